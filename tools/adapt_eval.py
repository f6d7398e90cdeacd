"""Score `vn adapt` quote detection and speaker attribution against hand-made gold files.

Usage:
  python tools/adapt_eval.py --pred OUT.jsonl --gold GOLD.jsonl     score a `vn adapt --json` file
  python tools/adapt_eval.py TEXT [TEXT ...] [--story DIR]          adapt each text and score it
      against its gold file beside it (NAME.gold.jsonl next to NAME.txt/.md/.html/.epub)
  python tools/adapt_eval.py --pdnc FOLDER [FOLDER ...] [--upto N]  adapt a novel in the Project Dialogism
      Novel Corpus's layout (novel_text.txt, quotation_info.csv, character_info.csv) and score it against
      its published speakers; --upto N reads the first N characters only

Prints quote detection recall and precision, attribution accuracy (on the quotes found) overall
and by evidence kind, and the confusions. Gold format: see game/adapt/evaluate.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.adapt import adapt_document, adapt_file, known_story  # noqa: E402
from game.adapt.evaluate import read_jsonl, score, table  # noqa: E402
from game.adapt.pdnc import CorpusError, read_pdnc  # noqa: E402
from game.adapt.readers import read_text  # noqa: E402
from game.adapt.writer import to_json_lines  # noqa: E402


def gold_for(text: Path) -> Path:
    return text.with_name(text.name.split(".")[0] + ".gold.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", nargs="*", type=Path)
    parser.add_argument("--pred", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--story", type=Path)
    parser.add_argument("--pdnc", type=Path, nargs="+", default=[], metavar="FOLDER")
    parser.add_argument("--upto", type=int, metavar="N")
    args = parser.parse_args(argv)
    scores = {}
    try:
        if args.pred and args.gold:
            scores[args.pred.name] = score(read_jsonl(args.pred), read_jsonl(args.gold))
        story = known_story(args.story)[0] if args.story else None
        for text in args.texts:
            gold = gold_for(text)
            if not gold.is_file():
                print(f"no gold file {gold}", file=sys.stderr)
                return 2
            draft = adapt_file(text, story)
            predicted = [json.loads(line) for line in to_json_lines(draft).splitlines()]
            scores[text.name] = score(predicted, read_jsonl(gold))
    except (OSError, ValueError) as exc:  # a file that cannot be read, a row that is not a line: said, not raised
        print(f"adapt_eval: {exc}", file=sys.stderr)
        return 2
    for folder in args.pdnc:
        try:
            text, gold_rows = read_pdnc(folder, args.upto)
        except (CorpusError, OSError) as exc:
            print(exc, file=sys.stderr)
            return 2
        draft = adapt_document(read_text(text), story)
        predicted = [json.loads(line) for line in to_json_lines(draft).splitlines()]
        scores[folder.name] = score(predicted, gold_rows)
    if not scores:
        parser.print_usage(sys.stderr)
        return 2
    print(table(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
