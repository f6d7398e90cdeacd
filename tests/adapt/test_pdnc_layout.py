"""Gold from a novel folder laid out as the Project Dialogism Novel Corpus publishes it (a text, a quotation CSV
with character spans, a character CSV with alias sets): read, cut to an excerpt, scored, and a broken row named.
The text here is written for the test."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from game.adapt import adapt_document
from game.adapt.evaluate import score
from game.adapt.pdnc import CorpusError, read_pdnc
from game.adapt.readers import read_text
from game.adapt.writer import to_json_lines
from tests.conftest import ROOT

TEXT = ('"Is the ferry late again?" asked Marta.\n\n'
        '"It is always late," said Pell. "Sit down."\n\n'
        'Marta sat on the crate. "Then we wait."\n\n'
        '"We wait," he agreed.\n')


def _folder(tmp_path: Path, spans: str = "[[0, 26]]") -> Path:
    folder = tmp_path / "Ferry"
    folder.mkdir()
    (folder / "novel_text.txt").write_text(TEXT, encoding="utf-8")
    quotes = [(spans, "Marta", "Explicit")]
    for piece, speaker, kind in (('"It is always late,"', "Old Pell", "Explicit"),
                                 ('"Then we wait."', "Marta", "Implicit"), ('"We wait,"', "Old Pell", "Anaphoric")):
        start = TEXT.index(piece)
        quotes.append((f"[[{start}, {start + len(piece)}]]", speaker, kind))
    with (folder / "quotation_info.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, quoting=csv.QUOTE_ALL)
        out.writerow(["quoteID", "quoteText", "subQuotationList", "quoteByteSpans", "speaker", "addressees",
                      "quoteType"])
        for n, (span, speaker, kind) in enumerate(quotes):
            out.writerow([f"Q{n}", "", "[]", span, speaker, "[]", kind])
    (folder / "character_info.csv").write_text(
        "Character ID,Main Name,Aliases,Gender,Category\n"
        "0,Marta,{'Marta'},F,major\n"
        "1,Old Pell,\"{'Old Pell', 'Pell', 'the ferryman'}\",M,major\n", encoding="utf-8")
    return folder


def test_a_corpus_folder_gives_gold_rows_with_aliases_and_kinds(tmp_path: Path) -> None:
    text, rows = read_pdnc(_folder(tmp_path))
    assert text == TEXT
    assert rows[0] == {"aliases": {"Marta": ["Marta"], "Old Pell": ["Old Pell", "Pell", "the ferryman"]}}
    assert [(r["speaker"], r["type"]) for r in rows[1:]] == [
        ("Marta", "Explicit"), ("Old Pell", "Explicit"), ("Marta", "Implicit"), ("Old Pell", "Anaphoric")]
    assert TEXT[rows[3]["start"]:rows[3]["end"]] == '"Then we wait."'


def test_an_excerpt_keeps_only_the_quotes_inside_it(tmp_path: Path) -> None:
    cut = TEXT.index("Marta sat")
    text, rows = read_pdnc(_folder(tmp_path), upto=cut)
    assert text == TEXT[:cut] and [r["speaker"] for r in rows[1:]] == ["Marta", "Old Pell"]


def test_the_adapter_is_scored_by_the_corpus_kinds_and_aliases(tmp_path: Path) -> None:
    text, rows = read_pdnc(_folder(tmp_path))
    predicted = [__import__("json").loads(line) for line in to_json_lines(adapt_document(read_text(text))).splitlines()]
    s = score(predicted, rows)
    assert (s.gold, s.found) == (4, 4)
    assert s.by_type["Explicit"] == [2, 2]  # "asked Marta"; "said Pell", an alias of the gold's "Old Pell"
    assert sum(t for _, t in s.by_type.values()) == 4


def test_a_broken_span_names_its_file_and_row(tmp_path: Path) -> None:
    folder = _folder(tmp_path, spans="[[0, oops]]")
    with pytest.raises(CorpusError, match=r"quotation_info\.csv:2: not a list or set literal"):
        read_pdnc(folder)


def test_the_tool_prints_the_table_for_a_corpus_folder_and_a_clear_message_for_a_wrong_one(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "adapt_eval.py"), "--pdnc", str(folder)],
                          check=False, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Ferry" in done.stdout and "attribution by the gold's kind of quote:" in done.stdout
    assert "Explicit" in done.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "adapt_eval.py"), "--pdnc", str(empty)],
                          check=False, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and "none of novel_text.txt, text.txt" in done.stderr
    assert "Traceback" not in done.stderr
