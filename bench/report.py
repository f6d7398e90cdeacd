"""The results: one `Row` per figure, printed as a table and written as JSON."""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Row:
    figure: str
    measured: str
    floor: str = "-"
    ratio: float | None = None
    goal: str = "report"
    met: bool | None = None  # None: no goal, or not measured
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        if self.measured == "not measured":
            return "not measured"
        return {True: "met", False: "NOT MET", None: "-"}[self.met]


def not_measured(figure: str, goal: str, reason: str) -> Row:
    return Row(figure, "not measured", goal=goal, note=reason)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def table(rows: list[Row]) -> str:
    head = ("figure", "measured", "floor", "ratio", "goal", "met", "note")
    body = [(r.figure, r.measured, r.floor, "-" if r.ratio is None else f"{r.ratio:.2f}x", r.goal, r.verdict, r.note)
            for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head[:-1])]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head[:-1], widths)) + "  note"]
    lines.append("  ".join("-" * w for w in widths) + "  ----")
    for b in body:
        lines.append("  ".join(c.ljust(w) for c, w in zip(b[:-1], widths)) + "  " + b[-1])
    return "\n".join(lines)


def markdown(rows: list[Row]) -> str:
    out = ["| figure | measured | floor | ratio | goal | met | note |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}×"
        cells = (r.figure, r.measured, r.floor, ratio, r.goal, r.verdict, r.note)
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out)


def machine() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def write_json(rows: list[Row], path: Path, seconds: float, argv: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "argv": argv, "runtime_s": round(seconds, 1),
        "machine": machine(),
        "rows": [{**asdict(r), "verdict": r.verdict} for r in rows],
    }
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
