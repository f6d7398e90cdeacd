"""`python -m bench`: run every benchmark, print the table, write bench/results/latest.json.

Options: --quick (1k and 10k lines only, no screenshot replay: a smoke run), --only load|player|processes|...
(--only check: the two `vn check` figures of the processes section alone, a minute or two)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench import adapt, player, processes, script_load, util, web
from bench.report import Row, markdown, table, write_json

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
SECTIONS = ("player", "load", "web", "adapt", "processes", "check")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller stories, no screenshot replay")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only this section (repeatable)")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"JSON results (default {RESULTS})")
    args = parser.parse_args(argv)
    util.headless()
    started = time.monotonic()
    rows: list[Row] = []
    sections = args.only or SECTIONS

    def log(message: str) -> None:
        print(f"[{time.monotonic() - started:6.1f} s]{message}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="vn-bench-") as tmp:
        if "player" in sections:
            rows += player.measure(Path(tmp), quick=args.quick, log=log)
        if "load" in sections:
            sizes = script_load.SIZES[:2] if args.quick else script_load.SIZES
            rows += script_load.measure(Path(tmp), sizes, log=log)
        if "web" in sections:
            rows += web.measure(Path(tmp), quick=args.quick, log=log)
        if "adapt" in sections:
            rows += adapt.measure(Path(tmp), log=log)
        if "processes" in sections:
            rows += processes.measure(Path(tmp), log=log)
        elif "check" in sections:  # the processes section measures these too
            rows += processes.measure_check(Path(tmp), log=log)
    seconds = time.monotonic() - started
    print(table(rows))
    if args.markdown:
        print()
        print(markdown(rows))
    write_json(rows, args.out, seconds, sys.argv[1:] if argv is None else argv)
    print(f"\n{len(rows)} figures in {seconds:.0f} s; JSON in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
