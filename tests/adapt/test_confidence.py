"""A draft's confidence (game/adapt/confidence.py): the agreement of the exchange around each line, the table that
turns kind and agreement into the share of such lines found right, and the words the writer reads (sure / likely /
check)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from game.adapt import adapt_document, confidence
from game.adapt.evaluate import read_jsonl, right, score, table
from game.adapt.quotes import Piece, Utterance
from game.adapt.readers import read_input
from game.adapt.writer import to_json_lines

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "adapt" / "dev"
sys.path.insert(0, str(ROOT / "tools"))

import adapt_calibrate  # noqa: E402


def _lines(*spoken: tuple[int, str | None]) -> list[Utterance]:
    """One line per (paragraph, speaker), ten characters apart; every line in one scene."""
    return [Utterance([Piece(10 * i, 10 * i + 5, para)], speaker=who) for i, (para, who) in enumerate(spoken)]


def one_scene(_offset: int) -> int:
    return 0


def test_alternating_talk_agrees_and_a_broken_turn_does_not() -> None:
    lines = _lines((0, "ann"), (1, "bob"), (2, "ann"), (3, "bob"), (4, "ann"), (5, "ann"), (6, "bob"))
    assert confidence.agreements(lines, one_scene) == ["one", "one", "both", "one", "mixed", "against", "none"]


def test_no_neighbour_across_narration_a_scene_or_an_unknown_speaker() -> None:
    # paragraph 3 is narration: the run is cut there
    cut = _lines((0, "ann"), (1, "bob"), (2, "ann"), (4, "bob"), (5, "ann"), (6, "bob"))
    assert confidence.agreements(cut, one_scene) == ["one", "none", "one", "one", "none", "one"]
    scenes = _lines((0, "ann"), (1, "bob"), (2, "ann"))
    assert confidence.agreements(scenes, lambda at: 0 if at < 20 else 20) == ["none", "none", "none"]
    unknown = _lines((0, "ann"), (1, None), (2, "ann"))
    assert confidence.agreements(unknown, one_scene) == ["none", "none", "none"]


def test_a_paragraph_of_two_lines_by_one_speaker_is_one_turn() -> None:
    lines = _lines((0, "ann"), (1, "bob"), (1, "bob"), (2, "ann"))
    assert confidence.agreements(lines, one_scene) == ["one", "none", "none", "one"]
    split = _lines((0, "ann"), (1, "bob"), (1, "cat"), (2, "ann"))  # two voices between: no turn to count
    assert confidence.agreements(split, one_scene) == ["none", "none", "none", "none"]


def test_the_table_gives_the_share_found_right() -> None:
    assert confidence.confidence("tag", "both", 3) >= confidence.SURE  # a named tag in a talk that alternates
    assert confidence.confidence("turn-taking", "none", 3) < confidence.LIKELY  # nothing around it says so
    assert confidence.confidence("turn-taking", "both", 3) > confidence.confidence("turn-taking", "against", 3)
    # a pronoun tag where the draft hears only two people is seldom wrong
    assert confidence.confidence("tag-pronoun", "none", 2) > confidence.confidence("tag-pronoun", "none", 3)
    # a cell the read novels never filled falls back on its kind and agreement, then its kind
    assert ("tag-pronoun", "mixed", "two") not in confidence.TABLE
    assert confidence.confidence("tag-pronoun", "mixed", 2) == confidence.PAIRS[("tag-pronoun", "mixed")]
    assert confidence.confidence("no-such-kind", "both", 2, 0.4) == 0.4
    assert [confidence.mark(x) for x in (0.95, 0.949, 0.75, 0.749, 0.0)] == ["sure", "likely", "likely", "check",
                                                                          "check"]


def test_fit_smooths_a_cell_towards_its_pair_the_pair_towards_its_kind_and_the_kind_towards_all() -> None:
    rows = [("tag", "both", "two", True)] * 12 + [("tag", "both", "more", True)] * 6 + \
        [("tag", "none", "more", False)] * 2 + [("turn-taking", "one", "two", False)] * 10
    fitted = confidence.fit(rows, smoothing=10)
    overall = 18 / 30
    tag = (18 + 10 * overall) / (20 + 10)
    both = (18 + 10 * tag) / (18 + 10)
    assert fitted.overall == pytest.approx(overall)
    assert fitted.kinds["tag"] == pytest.approx(tag)
    assert fitted.pairs[("tag", "both")] == pytest.approx(both)
    assert fitted.table[("tag", "both", "two")] == pytest.approx((12 + 10 * both) / (12 + 10))
    assert fitted.table[("tag", "both", "more")] == pytest.approx((6 + 10 * both) / (6 + 10))
    assert fitted.table[("tag", "none", "more")] == pytest.approx((0 + 10 * fitted.pairs[("tag", "none")]) / 12)
    assert fitted.counts[("turn-taking", "one", "two")] == (0, 10)
    assert confidence.fit([]).overall == 0.5


TALK = """Mara came into the workshop with the rain still on her coat. Jonas was bent over the bench.

"You're back early," said Jonas.

"The road was shut."

"Shut? By whom?"

"By the river, mostly."

"Then sit and dry off," said Jonas.

The kettle took a long time. Outside, the rain went on.

"Is there news of the bridge?"
"""


def test_a_draft_marks_named_tags_sure_and_reads_the_agreement_and_voices(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_text(TALK, encoding="utf-8")
    draft = adapt_document(read_input(path))
    rows = {row["text"]: row for row in map(json.loads, to_json_lines(draft).splitlines())}
    first = rows["You're back early,"]
    assert (first["speaker"], first["evidence"], first["agreement"]) == ("Jonas", "tag", "one")
    assert confidence.mark(first["confidence"]) == "sure"
    middle = rows["Shut? By whom?"]
    assert (middle["speaker"], middle["agreement"]) == ("Jonas", "both")
    assert confidence.mark(middle["confidence"]) != "check"
    alone = rows["Is there news of the bridge?"]  # after narration: no exchange around it
    assert alone["agreement"] == "none" and confidence.mark(alone["confidence"]) == "check"
    assert {row["voices"] for row in rows.values()} == {2}  # Jonas and Mara
    assert all(row["confidence"] == round(confidence.confidence(row["evidence"], row["agreement"], 2), 3)
               for row in rows.values() if row["speaker"])


def test_the_evaluation_counts_each_mark() -> None:
    text = DEV / "d1-station.txt"
    draft = adapt_document(read_input(text))
    predicted = [json.loads(line) for line in to_json_lines(draft).splitlines()]
    gold = read_jsonl(DEV / "d1-station.gold.jsonl")
    scored = score(predicted, gold)
    judged = right(predicted, gold)
    assert len(judged) == scored.found and sum(ok for _p, ok in judged) == scored.correct
    assert sum(t for _c, t in scored.by_mark.values()) == scored.found
    for name, (c, t) in scored.by_mark.items():
        assert (c, t) == (sum(ok for p, ok in judged if (confidence.mark(p["confidence"]) if p["speaker"]
                                                         else "check") == name),
                          sum(1 for p, _ok in judged if (confidence.mark(p["confidence"]) if p["speaker"]
                                                         else "check") == name))
    printed = table({"d1": scored})
    assert "attribution by the draft's mark" in printed and "wrong lines marked likely or check:" in printed


def test_the_calibration_tool_reports_and_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    texts = sorted(DEV.glob("d1*.txt"))
    assert adapt_calibrate.main([str(t) for t in texts]) == 0
    out = capsys.readouterr().out
    report, constants = out.split("\n\n", 1)
    found = int(report.split()[0])
    assert found == sum(len(adapt_calibrate.rows_of(t)) for t in texts) > 0
    names: dict[str, object] = {}
    exec(constants, names)  # the printed block is the module's own form: it can be pasted as it is
    assert set(names["KINDS"]) <= set(confidence.KINDS) | {"none"}  # type: ignore[arg-type]
    assert all(key[:2] in names["PAIRS"] for key in names["TABLE"])  # type: ignore[attr-defined,operator]
    assert all(0 < v < 1 for v in names["TABLE"].values())  # type: ignore[attr-defined]
    assert adapt_calibrate.main(["--report", str(texts[0])]) == 0
    assert "KINDS" not in capsys.readouterr().out


def test_the_calibration_tool_wants_gold_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lone = tmp_path / "lone.txt"
    lone.write_text('"Hello," said Ann.\n', encoding="utf-8")
    assert adapt_calibrate.main([str(lone)]) == 2
    assert "no gold file beside" in capsys.readouterr().err
