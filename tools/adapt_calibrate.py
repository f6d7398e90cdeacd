"""Fit the confidence table of `vn adapt` (game/adapt/confidence.py) from texts with gold files, and show how well
the stored table's marks (sure / likely / check) tell right lines from wrong ones on them.

Usage:
  python tools/adapt_calibrate.py TEXT [TEXT ...]           the stored table's marks on these texts, then the
                                                           table fitted on them, as constants to paste
  python tools/adapt_calibrate.py --report TEXT [TEXT ...]  the stored table's marks only (for texts the table
                                                           must not learn from)

Each TEXT is adapted as `vn adapt` does (NAME.gold.jsonl beside NAME.txt, as tools/adapt_eval.py reads it); every
line found is a row: its evidence kind, the agreement around it and its scene's voices (both in the `--json`
output), and whether its speaker is right (as the evaluation counts it). The fit is confidence.fit: each (kind,
agreement, voices) cell's share of right lines, smoothed towards its (kind, agreement)'s, and that towards its kind's.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.adapt import adapt_file  # noqa: E402
from game.adapt.confidence import AGREEMENTS, SMOOTHING, VOICES, fit, mark, voiced  # noqa: E402
from game.adapt.evaluate import read_jsonl, right  # noqa: E402
from game.adapt.writer import to_json_lines  # noqa: E402

Row = tuple[str, str, str, bool, float]  # evidence, agreement, voices, right?, the stored confidence


def rows_of(text: Path) -> list[Row]:
    gold = read_jsonl(text.with_name(text.name.split(".")[0] + ".gold.jsonl"))
    predicted = [json.loads(line) for line in to_json_lines(adapt_file(text)).splitlines()]
    return [(p["evidence"], p.get("agreement", "none"), voiced(int(p.get("voices", 0))), ok, float(p["confidence"]))
            for p, ok in right(predicted, gold)]


def report(rows: list[Row]) -> str:
    """How the stored marks sort these lines: each mark's share right and share of lines, and how many of the
    wrong lines a writer is sent to look at (marked likely or check)."""
    counts = {m: [0, 0] for m in ("sure", "likely", "check")}
    brier = 0.0
    for _evidence, _agreement, _voices, ok, confidence in rows:
        counts[mark(confidence)][0] += ok
        counts[mark(confidence)][1] += 1
        brier += (confidence - ok) ** 2
    out = [f"{len(rows)} lines found"]
    for name, (c, n) in counts.items():
        out.append(f"  {name:<7} {c:>5}/{n:<5} {c / n if n else 0:6.1%} right   {n / len(rows) if rows else 0:6.1%} of lines")
    wrong = sum(not ok for _e, _a, _v, ok, _c in rows)
    sent = sum(not ok and mark(c) != "sure" for _e, _a, _v, ok, c in rows)
    out.append(f"  wrong lines marked likely or check: {sent}/{wrong}")
    out.append(f"  Brier score (mean squared gap between confidence and right): {brier / len(rows) if rows else 0:.3f}")
    return "\n".join(out)


def constants(rows: Iterable[Row]) -> str:
    fitted = fit(((e, a, v, ok) for e, a, v, ok, _c in rows), SMOOTHING)
    out = [f"# {sum(n for _c, n in fitted.counts.values())} lines; all lines {fitted.overall:.3f}",
           "KINDS: dict[str, float] = {"]
    out += [f"    {kind!r}: {share:.3f}," for kind, share in sorted(fitted.kinds.items())]
    out += ["}", "PAIRS: dict[tuple[str, str], float] = {"]
    out += [f"    {key!r}: {share:.3f}," for key, share in sorted(fitted.pairs.items(),
                                                               key=lambda kv: (kv[0][0], AGREEMENTS.index(kv[0][1])))]
    out += ["}", "TABLE: dict[tuple[str, str, str], float] = {"]
    for key in sorted(fitted.table, key=lambda k: (k[0], AGREEMENTS.index(k[1]), VOICES.index(k[2]))):
        c, n = fitted.counts[key]
        out.append(f"    {key!r}: {fitted.table[key]:.3f},  # {c}/{n}")
    out.append("}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", nargs="+", type=Path)
    parser.add_argument("--report", action="store_true", help="the stored marks only; fit nothing")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for text in args.texts:
        if not text.with_name(text.name.split(".")[0] + ".gold.jsonl").is_file():
            print(f"no gold file beside {text}", file=sys.stderr)
            return 2
        try:
            rows += rows_of(text)
        except (OSError, ValueError) as exc:  # a file that cannot be read, a gold row that is not a line
            print(f"adapt_calibrate: {exc}", file=sys.stderr)
            return 2
    print(report(rows))
    if not args.report:
        print()
        print(constants(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
