"""The chapter's quoted words, extracted from its text: what tests/data/chapter-01-quotes.yaml holds.

The adaptation's spoken lines must be words the chapter quotes. The chapter's full text is not part
of this repository (it is another author's prose, and only its quotes are spoken in the game), so the
quotes are extracted here, mechanically, and committed as test data that CI can read:

    python tools/chapter_quotes.py ../shared/seed/chapter-01.txt          # rewrite the data file
    python tools/chapter_quotes.py ../shared/seed/chapter-01.txt --check  # exit 1 if it is stale

Each entry is one paragraph of the chapter that holds a quotation mark: its line number in the
chapter and every double-quoted passage in it, in order and exactly as written. Nothing is chosen by
hand: quotes that are not speech (the "D" word) are kept too. A paragraph with an odd number of
quotation marks is an error, since its passages could not be told apart from the narration."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "chapter-01-quotes.yaml"
QUOTE = re.compile(r'"([^"]*)"')
HEADER = ("# Every double-quoted passage of chapter 1 (\"Hear Me\"), by paragraph: written by\n"
          "# tools/chapter_quotes.py from the chapter's text, never by hand. The chapter itself is not\n"
          "# in the repository; tests/test_no_invented_speech.py reads this copy of its quotes.\n")


class QuoteError(ValueError):
    """The chapter's quotation marks do not pair up within a paragraph."""


def extract(text: str) -> list[dict[str, object]]:
    """[{"line": n, "quotes": [...]}] for every paragraph (one line of the text) that quotes anything."""
    found: list[dict[str, object]] = []
    for number, paragraph in enumerate(text.splitlines(), start=1):
        marks = paragraph.count('"')
        if marks % 2:
            raise QuoteError(f"line {number}: {marks} quotation marks, an odd number")
        if marks:
            found.append({"line": number, "quotes": QUOTE.findall(paragraph)})
    return found


def render(entries: list[dict[str, object]]) -> str:
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000)
    return HEADER + body


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--check"]
    if len(args) != 1:
        print("usage: python tools/chapter_quotes.py CHAPTER.txt [--check]", file=sys.stderr)
        return 2
    try:
        wanted = render(extract(Path(args[0]).read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, QuoteError) as error:
        print(f"{args[0]}: {error}", file=sys.stderr)
        return 1
    if "--check" in argv:
        current = DATA.read_text(encoding="utf-8") if DATA.is_file() else ""
        if current != wanted:
            print(f"{DATA.relative_to(ROOT)} is stale: rerun without --check", file=sys.stderr)
            return 1
        print(f"{DATA.relative_to(ROOT)} matches {args[0]}")
        return 0
    DATA.write_text(wanted, encoding="utf-8")
    print(f"wrote {DATA.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
