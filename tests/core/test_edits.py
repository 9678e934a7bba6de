"""Editing operations as an editor sees them: the pairs change, flags follow their text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.edits import beads as bead_edits
from reviewer.edits import flags as flag_edits
from reviewer.edits import segments as segment_edits
from reviewer.edits.beads import EditError
from reviewer.edits.flags import SpanRef
from reviewer.store import ProjectStore
from tests.core.factory import PAIRS, layout, make_project, snapshot


@pytest.fixture
def store(tmp_path: Path) -> ProjectStore:
    s = make_project(tmp_path / "p.rvproj")
    yield s
    s.close()


def flag_on(
    store: ProjectStore, segment_id: int, word: str, category: str = "mistranslation"
) -> int:
    text = store.segment(segment_id).text
    start = text.index(word)
    changes = flag_edits.add_flag(
        store, [SpanRef(segment_id, start, start + len(word))], category, "major", note="n"
    )
    (flag_id,) = changes.flags
    return flag_id


def test_merge_with_next_and_previous(store: ProjectStore) -> None:
    ids = store.bead_ids()
    bead_edits.merge_beads(store, ids[0])  # 0:1 caption + the next 1:1
    assert layout(store)[0] == (PAIRS[1][0], PAIRS[0][1] + PAIRS[1][1])
    bead_edits.merge_beads(store, store.bead_ids()[2], with_next=False)
    assert layout(store)[1] == (PAIRS[2][0] + PAIRS[3][0], PAIRS[2][1] + PAIRS[3][1])
    with pytest.raises(EditError, match="no next bead"):
        bead_edits.merge_beads(store, store.bead_ids()[-1])


def test_merge_resets_approval_of_the_changed_bead(store: ProjectStore) -> None:
    ids = store.bead_ids()
    bead_edits.set_status(store, [ids[1]], "approved")
    bead_edits.merge_beads(store, ids[1])
    assert store.bead(ids[1]).status == "proposed"


def test_split_bead_pairs_sentences_in_order(store: ProjectStore) -> None:
    bead_id = store.bead_ids()[2]  # 1:2
    bead_edits.split_bead(store, bead_id)
    got = layout(store)
    assert got[2] == (PAIRS[2][0], PAIRS[2][1][:1])
    assert got[3] == ([], PAIRS[2][1][1:])
    with pytest.raises(EditError, match="nothing to split"):
        bead_edits.split_bead(store, store.bead_ids()[1])


def test_shift_moves_one_sentence_to_the_neighbour(store: ProjectStore) -> None:
    ids = store.bead_ids()
    bead_edits.shift_segment(store, ids[2], "tgt", down=True)  # last Korean of 1:2 → next bead
    got = layout(store)
    assert got[2] == (PAIRS[2][0], PAIRS[2][1][:1])
    assert got[3] == (PAIRS[3][0], PAIRS[2][1][1:] + PAIRS[3][1])
    bead_edits.shift_segment(store, ids[3], "tgt", down=False)  # and back up
    assert layout(store) == PAIRS


def test_shift_that_empties_a_bead_removes_it(store: ProjectStore) -> None:
    ids = store.bead_ids()
    bead_edits.shift_segment(store, ids[0], "tgt", down=True)  # the 0:1 caption joins the next
    assert len(store.bead_ids()) == len(PAIRS) - 1
    assert layout(store)[0] == (PAIRS[1][0], PAIRS[0][1] + PAIRS[1][1])


def test_detach_makes_a_sentence_its_own_bead(store: ProjectStore) -> None:
    bead = store.bead(store.bead_ids()[5])  # 2:1
    bead_edits.detach_segment(store, bead.src[1].id)
    got = layout(store)
    assert got[5] == (PAIRS[5][0][:1], PAIRS[5][1])
    assert got[6] == (PAIRS[5][0][1:], [])


def test_pin_and_note(store: ProjectStore) -> None:
    bead_id = store.bead_ids()[1]
    bead_edits.set_pinned(store, [bead_id], True)
    bead_edits.set_note(store, bead_id, "check with client")
    bead = store.bead(bead_id)
    assert bead.pinned and bead.note == "check with client"


def test_approve_min_score_only_takes_confident_proposed_beads(store: ProjectStore) -> None:
    ids = store.bead_ids()
    bead_edits.set_status(store, [ids[5]], "rejected")
    bead_edits.approve_min_score(store, 0.6)  # scores are 0.5 + 0.05k
    statuses = [b.status for b in store.beads()]
    assert statuses == ["proposed", "proposed", "approved", "approved", "approved", "rejected"]


def test_approve_min_score_leaves_one_sided_beads_to_the_editor(tmp_path: Path) -> None:
    pairs = [
        ([], ["금요일 한국의 안규백 국방부 장관이 요코스카를 방문했다."]),  # a caption
        (["The ministers met in Yokosuka."], ["두 장관은 요코스카에서 만났다."]),
        (["They agreed to resume exchanges."], []),  # dropped by the translator
    ]
    with make_project(tmp_path / "p.rvproj", pairs, scores=[0.99, 0.9, 0.98]) as store:
        bead_edits.approve_min_score(store, 0.8)
        assert [b.status for b in store.beads()] == ["proposed", "approved", "proposed"]


def test_flag_follows_its_text_through_a_typo_fix(store: ProjectStore) -> None:
    seg = store.bead(store.bead_ids()[4]).tgt[0]
    flag_id = flag_on(store, seg.id, "에어로빅")
    segment_edits.edit_text(store, seg.id, "한국 공군의 블랙 이글스 에어로빅 팀이 나하를 방문했다.")
    (flag,) = store.flags([flag_id])
    span = flag.spans[0]
    assert store.segment(seg.id).text[span.start : span.end] == "에어로빅"
    assert not flag.needs_attention


def test_flag_whose_text_was_edited_away_is_kept_and_marked(store: ProjectStore) -> None:
    seg = store.bead(store.bead_ids()[4]).tgt[0]
    flag_id = flag_on(store, seg.id, "에어로빅")
    segment_edits.edit_text(store, seg.id, "한국 공군 블랙 이글스 곡예비행팀이 나하를 방문했다.")
    (flag,) = store.flags([flag_id])
    assert flag.needs_attention
    assert flag.spans[0].text == "에어로빅"  # what was flagged stays visible


def test_split_sentence_carries_flags_to_the_second_half(store: ProjectStore) -> None:
    seg = store.bead(store.bead_ids()[5]).tgt[0]
    flag_id = flag_on(store, seg.id, "고이즈미")
    at = seg.text.index("고이즈미에게")
    segment_edits.split_segment(store, seg.id, at)
    bead = store.bead(store.bead_ids()[5])
    assert [s.text for s in bead.tgt] == [seg.text[:at].rstrip(), seg.text[at:]]
    (flag,) = store.flags([flag_id])
    assert flag.spans[0].segment_id == bead.tgt[1].id
    assert bead.tgt[1].text[flag.spans[0].start : flag.spans[0].end] == "고이즈미"


def test_join_sentences_carries_flags_of_the_second(store: ProjectStore) -> None:
    bead = store.bead(store.bead_ids()[5])
    flag_id = flag_on(store, bead.src[1].id, "Koizumi")
    segment_edits.join_segments(store, bead.src[0].id)
    joined = store.bead(bead.id).src
    assert len(joined) == 1
    (flag,) = store.flags([flag_id])
    assert joined[0].text[flag.spans[0].start : flag.spans[0].end] == "Koizumi"


def test_join_never_reaches_into_the_next_pair(store: ProjectStore) -> None:
    """A join is a segmentation fix: taking the next pair's first sentence would also
    change two pairings (before, it did so silently)."""
    before = snapshot(store)
    last_of_pair = store.bead(store.bead_ids()[1]).tgt[-1]
    assert segment_edits.join_obstacle(store, last_of_pair.id) == "pair"
    with pytest.raises(segment_edits.JoinRefusedError, match="merge the two pairs first") as info:
        segment_edits.join_segments(store, last_of_pair.id)
    assert info.value.reason == "pair"
    assert snapshot(store) == before


def test_join_across_a_paragraph_break_only_when_asked(store: ProjectStore) -> None:
    bead = store.bead(store.bead_ids()[5])  # two English sentences
    store.conn.execute(
        "UPDATE segments SET paragraph = paragraph + 1 WHERE id = ?", (bead.src[1].id,)
    )  # as if the second one began a new line of the file
    before = snapshot(store)
    assert segment_edits.join_obstacle(store, bead.src[0].id) == "paragraph"
    with pytest.raises(segment_edits.JoinRefusedError, match="new paragraph"):
        segment_edits.join_segments(store, bead.src[0].id)
    assert snapshot(store) == before
    segment_edits.join_segments(store, bead.src[0].id, across_paragraphs=True)
    assert [s.text for s in store.bead(bead.id).src] == [f"{PAIRS[5][0][0]} {PAIRS[5][0][1]}"]
    assert segment_edits.join_obstacle(store, store.bead(bead.id).src[0].id) == "none"


def test_flags_follow_sentences_through_merge_and_shift(store: ProjectStore) -> None:
    ids = store.bead_ids()
    seg = store.bead(ids[2]).tgt[1]
    flag_id = flag_on(store, seg.id, "금요일", "addition")
    bead_edits.shift_segment(store, ids[2], "tgt", down=True)
    assert store.flags([flag_id])[0].bead_id == ids[3]
    bead_edits.merge_beads(store, ids[3], with_next=False)
    assert store.flags([flag_id])[0].bead_id == ids[2]
    assert flag_id in {f.id for f in store.bead(ids[2]).flags}


def test_flag_lifecycle_edit_resolve_delete(store: ProjectStore) -> None:
    seg = store.bead(store.bead_ids()[4]).tgt[0]
    flag_id = flag_on(store, seg.id, "에어로빅")
    flag_edits.update_flag(store, flag_id, severity="critical", suggestion="곡예비행팀")
    flag_edits.set_flag_status(store, [flag_id], "resolved")
    (flag,) = store.flags([flag_id])
    assert (flag.severity, flag.suggestion, flag.status) == ("critical", "곡예비행팀", "resolved")
    flag_edits.delete_flag(store, flag_id)
    assert store.flags([flag_id]) == []
    store.undo_last()
    assert store.flags([flag_id])[0].status == "resolved"


def test_flag_span_on_both_sides(store: ProjectStore) -> None:
    bead = store.bead(store.bead_ids()[4])
    en, ko = bead.src[0], bead.tgt[0]
    changes = flag_edits.add_flag(
        store,
        [
            SpanRef(en.id, en.text.index("aerobatic"), en.text.index("aerobatic") + 9),
            SpanRef(ko.id, ko.text.index("에어로빅"), ko.text.index("에어로빅") + 4),
        ],
        "mistranslation",
        "major",
    )
    (flag,) = store.flags(changes.flags)
    assert [(s.side, s.text) for s in flag.spans] == [("src", "aerobatic"), ("tgt", "에어로빅")]


def test_bad_flag_input_is_refused(store: ProjectStore) -> None:
    seg = store.bead(store.bead_ids()[1]).src[0]
    with pytest.raises(EditError):
        flag_edits.add_flag(store, [SpanRef(seg.id, 0, 4)], "nonsense", "major")
    with pytest.raises(EditError, match="outside"):
        flag_edits.add_flag(store, [SpanRef(seg.id, 0, 10_000)], "omission", "major")


def test_undoing_every_action_restores_the_project_exactly(store: ProjectStore) -> None:
    original = snapshot(store)
    ids = store.bead_ids()
    seg = store.bead(ids[4]).tgt[0]
    flag_on(store, seg.id, "에어로빅")
    bead_edits.set_status(store, ids[:2], "approved")
    bead_edits.merge_beads(store, ids[2])
    bead_edits.split_bead(store, ids[2])
    bead_edits.shift_segment(store, ids[4], "src", down=False)
    segment_edits.edit_text(store, seg.id, "전혀 다른 문장이다.")
    segment_edits.split_segment(store, seg.id, 3)
    segment_edits.join_segments(store, seg.id)
    bead_edits.detach_segment(store, store.bead(ids[1]).src[0].id)
    while store.undo_last() is not None:
        pass
    assert snapshot(store) == original
    while store.redo_last() is not None:
        pass
    assert snapshot(store) != original
