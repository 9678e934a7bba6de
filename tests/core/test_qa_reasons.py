"""Reasons are built from templates the app can match back and translate."""

from __future__ import annotations

import pytest

from reviewer.qa import form, language_check, numbers, reasons
from reviewer.qa.model import Category, PairText
from reviewer.templates import Template


@pytest.mark.parametrize("reason", reasons.REASONS, ids=lambda r: r.text[:40])
def test_every_reason_parses_back_to_its_template_and_values(reason: Template) -> None:
    values = {name: f"값{i} x" for i, name in enumerate(reason.fields)}
    assert reasons.parse(reason(**values)) == (reason, values)


def test_a_note_the_editor_wrote_matches_no_template() -> None:
    assert reasons.parse("이 문장은 어색함") is None
    assert reasons.parse("doubled space, and more") is None


def test_a_glossary_note_is_read_as_the_note_not_as_part_of_the_terms() -> None:
    text = reasons.TERM_MISSING_NOTE(term="defense", wanted="방위", note="house style")
    assert reasons.parse(text) == (
        reasons.TERM_MISSING_NOTE,
        {"term": "defense", "wanted": "방위", "note": "house style"},
    )


def test_a_reason_with_missing_or_extra_fields_is_refused() -> None:
    with pytest.raises(TypeError):
        reasons.NUMBER_MISSING(number="9")


def test_a_real_suspect_reason_is_found_with_its_number() -> None:
    [suspect] = numbers.check(
        [PairText(1, "The talks lasted 9 hours.", "회담은 여덟 시간 동안 이어졌다.")]
    )
    template, values = reasons.parse(suspect.reason) or (None, {})
    assert template in (reasons.NUMBER_CHANGED, reasons.NUMBER_MISSING)
    assert "9" in values["source"]


def test_words_the_checks_put_into_reasons_are_all_translatable() -> None:
    labels = {label for _, _, label in form._PAIRS}
    languages = set(language_check._LANG_NAMES.values())
    kinds = {Category.OMISSION.value, Category.ADDITION.value, "source", "target"}
    assert labels | languages | kinds | set(form._FAMILIES) <= set(reasons.WORDS)
