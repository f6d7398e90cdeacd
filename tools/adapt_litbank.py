"""Turn LitBank's quotation annotations into texts and gold files that tools/adapt_eval.py scores.

Usage:
  python tools/adapt_litbank.py LITBANK OUT [WORK ...]

LITBANK is a copy of the corpus in its own layout (original/W.txt, quotations/tsv/W_brat.ann, coref/brat/W_brat.ann),
or a folder of W.txt, W.quotes.ann and W.coref.txt (the same three files, flat). For each work W (default: every
work with a quotations file) it writes OUT/W.txt and OUT/W.gold.jsonl and prints how many quotations it found in the
original; then `python tools/adapt_eval.py OUT/*.txt` scores `vn adapt` on them. See game/adapt/litbank.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.adapt.litbank import LitbankError, convert  # noqa: E402


def _files(corpus: Path, work: str) -> tuple[Path, Path, Path]:
    if (corpus / "original").is_dir():
        return (corpus / "original" / f"{work}.txt", corpus / "quotations" / "tsv" / f"{work}_brat.ann",
                corpus / "coref" / "brat" / f"{work}_brat.ann")
    return corpus / f"{work}.txt", corpus / f"{work}.quotes.ann", corpus / f"{work}.coref.txt"


def _works(corpus: Path) -> list[str]:
    if (corpus / "original").is_dir():
        return sorted(p.name[:-len("_brat.ann")] for p in (corpus / "quotations" / "tsv").glob("*_brat.ann"))
    return sorted(p.name[:-len(".quotes.ann")] for p in corpus.glob("*.quotes.ann"))


def _read(path: Path) -> str:
    """A file of the corpus as text ("" when the coreference file is absent); ValueError names what is wrong."""
    if not path.is_file():
        return ""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ValueError(f"{path}: {exc.strerror}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("works", nargs="*")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"adapt_litbank: {args.corpus}: no such folder", file=sys.stderr)
        return 2
    works = args.works or _works(args.corpus)
    if not works:
        print(f"adapt_litbank: {args.corpus}: no quotation files (quotations/tsv/*_brat.ann or *.quotes.ann)",
              file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    status = 0
    for work in works:
        original, quotes, coref = _files(args.corpus, work)
        missing = [str(p) for p in (original, quotes) if not p.is_file()]
        if missing:
            print(f"{work}: skipped, missing {', '.join(missing)}", file=sys.stderr)
            status = 1
            continue
        try:
            texts = [_read(path) for path in (original, quotes, coref)]
        except ValueError as exc:
            print(f"{work}: skipped, {exc}", file=sys.stderr)
            status = 1
            continue
        try:
            done = convert(*texts)
        except LitbankError as exc:
            print(f"{work}: skipped, {quotes}:{exc.line}: {exc.what}", file=sys.stderr)
            status = 1
            continue
        (args.out / f"{work}.txt").write_text(done.text, encoding="utf-8")
        with open(args.out / f"{work}.gold.jsonl", "w", encoding="utf-8") as gold:
            gold.write(json.dumps({"aliases": done.aliases}, ensure_ascii=False) + "\n")
            for row in done.gold:
                gold.write(json.dumps(row, ensure_ascii=False) + "\n")
        note = f"; not found: {' '.join(done.missing)}" if done.missing else ""
        print(f"{work}: {done.found} of {done.quotes} quotations found, {len(done.gold)} lines{note}")
    return status


if __name__ == "__main__":
    sys.exit(main())
