"""Templates: filled in, and found back with their fields from the finished text."""

from __future__ import annotations

from reviewer.templates import Template, best_match


def test_a_field_used_twice_must_hold_the_same_value_both_times() -> None:
    says = Template("Test", "the file says it is {encoding} but byte {offset} is not {encoding}")
    assert says.fields == ("encoding", "offset")
    text = says(encoding="UTF-16", offset="7")
    assert text == "the file says it is UTF-16 but byte 7 is not UTF-16"
    assert best_match([says], text) == (says, {"encoding": "UTF-16", "offset": "7"})
    assert best_match([says], "the file says it is UTF-16 but byte 7 is not UTF-8") is None
    assert says.fixed_length == len(text) - len("UTF-16") * 2 - len("7")
