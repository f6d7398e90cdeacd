"""LitBank's quotation layer read into a text and gold rows (game/adapt/litbank.py, tools/adapt_litbank.py), on a
small sample of my own in the corpus's layout: tokenized quotations found in the original whitespace and all, a
quotation broken by its speaker's tag kept as one line, speakers named by their proper names with their
descriptions as aliases, and bad input said in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from game.adapt.evaluate import NARRATOR_ALIAS, score
from game.adapt.litbank import convert

ORIGINAL = ("THE FERRY\n\nA tall woman stood at the rail. The ferryman watched her.\n\n"
            "\u201cYou\u2019re late,\u201d said Ada Quill, \u201cand the tide won\u2019t wait.\u201d\n\n"
            "\u201cNor will I,\u201d said the ferryman.\n\nThey crossed in silence.\n\nMore of the book follows here.\n")
QUOTES = ("QUOTE\tQ1\t3\t0\t3\t6\t\u201c You \u2019re late , \u201d\n"
          "QUOTE\tQ2\t3\t11\t3\t19\t\u201c and the tide wo n\u2019t wait . \u201d\n"
          "QUOTE\tQ3\t4\t0\t4\t5\t\u201c Nor will I , \u201d\n"
          "ATTRIB\tQ1\tA_tall_woman-1\nATTRIB\tQ2\tA_tall_woman-1\nATTRIB\tQ3\tThe_ferryman-2\n")
COREF = ("T1\tA_tall_woman-1 12 24\tA tall woman\nT2\tThe_ferryman-2 40 53\tThe ferryman\n"
         "T3\tA_tall_woman-1 90 99\tAda Quill\nT4\tA_tall_woman-1 60 63\ther\nT5\tSomeone_else-3 1 2\tBob\n")


def test_quotations_are_found_and_a_tag_broken_one_is_one_line() -> None:
    done = convert(ORIGINAL, QUOTES, COREF)
    assert (done.quotes, done.found, done.missing) == (3, 3, [])
    assert [row["speaker"] for row in done.gold] == ["Ada Quill", "The ferryman"]
    first = done.gold[0]
    assert done.text[first["start"]:first["end"]] == ("\u201cYou\u2019re late,\u201d said Ada Quill, "
                                                      "\u201cand the tide won\u2019t wait.\u201d")
    assert done.text.endswith("said the ferryman.")  # cut at the end of the last quotation's paragraph


def test_speakers_carry_their_names_and_descriptions() -> None:
    done = convert(ORIGINAL, QUOTES, COREF)
    assert "tall woman" in done.aliases["Ada Quill"] and "Ada Quill" in done.aliases["Ada Quill"]
    assert "Bob" not in json.dumps(done.aliases)  # only the speakers' mentions
    assert not any(NARRATOR_ALIAS in names for names in done.aliases.values())  # told in the third person


def test_a_draft_scored_against_the_converted_gold() -> None:
    done = convert(ORIGINAL, QUOTES, COREF)
    predicted = [{"start": row["start"] + 1, "end": row["end"] - 1, "speaker": who}
                 for row, who in zip(done.gold, ["Ada", "Ferryman"])]
    result = score(predicted, [{"aliases": done.aliases}, *done.gold])
    # 'Ferryman' is the ferryman's own name; 'Ada' fits only Ada Quill's names, word for word
    assert (result.found, result.correct, result.correct_by_words) == (2, 1, 2)


def test_the_tool_writes_texts_and_gold_files_and_says_what_is_missing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(ORIGINAL, encoding="utf-8")
    (corpus / "ferry.quotes.ann").write_text(QUOTES, encoding="utf-8")
    (corpus / "ferry.coref.txt").write_text(COREF, encoding="utf-8")
    (corpus / "lost.quotes.ann").write_text(QUOTES, encoding="utf-8")  # its original is missing
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "tools/adapt_litbank.py", str(corpus), str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "ferry: 3 of 3 quotations found, 2 lines" in done.stdout
    assert "lost: skipped, missing" in done.stderr
    rows = [json.loads(line) for line in (out / "ferry.gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "aliases" in rows[0] and [r["speaker"] for r in rows[1:]] == ["Ada Quill", "The ferryman"]
    nothing = subprocess.run([sys.executable, "tools/adapt_litbank.py", str(tmp_path / "none"), str(out)],
                             capture_output=True, text=True)
    assert nothing.returncode == 2 and nothing.stderr.count("\n") == 1 and "no such folder" in nothing.stderr


def test_a_broken_quotation_row_or_a_file_not_utf8_is_said_in_one_line_with_its_place(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text(ORIGINAL, encoding="utf-8")
    (corpus / "ferry.quotes.ann").write_text(QUOTES.replace("QUOTE\tQ3\t4\t0", "QUOTE\tQ3\tfour\t0"), encoding="utf-8")
    (corpus / "latin.txt").write_bytes("caf\u00e9".encode("latin-1"))
    (corpus / "latin.quotes.ann").write_text(QUOTES, encoding="utf-8")
    done = subprocess.run([sys.executable, "tools/adapt_litbank.py", str(corpus), str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"ferry: skipped, {corpus / 'ferry.quotes.ann'}:3: a QUOTE row needs")
    assert lines[1].startswith(f"latin: skipped, {corpus / 'latin.txt'}: not UTF-8 text")
