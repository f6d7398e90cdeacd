"""`vn coverage`: which of the story's lines no replay trace reached, per scene (like a script
coverage report): read JSON Lines traces (`vn replay --trace`), compare with every line of the story,
options' lines included. Pure data in and out; never imports pygame.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.story.model import Story

MAX_TRACE_BYTES = 256 * 1024 * 1024


class TraceError(ValueError):
    """A trace that cannot be read: the message names the file (and line)."""


def reached_lines(traces: list[Path]) -> set[str]:
    """Every line id the traces show (rows with a "line"); menu rows and other rows are passed over."""
    reached: set[str] = set()
    for path in traces:
        try:
            if path.stat().st_size > MAX_TRACE_BYTES:
                raise TraceError(f"{path}: larger than {MAX_TRACE_BYTES // 2**20} MB")
            with path.open(encoding="utf-8") as handle:
                for number, text in enumerate(handle, start=1):
                    if not text.strip():
                        continue
                    try:
                        row = json.loads(text)
                    except ValueError:
                        raise TraceError(f"{path}:{number}: not a JSON line (is this a 'vn replay --trace' file?)") from None
                    if not isinstance(row, dict):
                        raise TraceError(f"{path}:{number}: a trace row should be a JSON object")
                    if isinstance(row.get("line"), str):
                        reached.add(row["line"])
        except UnicodeDecodeError:
            raise TraceError(f"{path}: not UTF-8 text") from None
        except OSError as exc:
            raise TraceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return reached


def coverage(story: Story, reached: set[str]) -> dict[str, Any]:
    """Per scene: how many lines it has, how many were reached, and each line not reached (id, place, text)."""
    scenes = []
    known: set[str] = set()
    for scene in story.scenes:
        missed = [{"line": line.id, "loc": str(line.loc), "text": line.text}
                  for line in scene.lines if line.id not in reached]
        known.update(line.id for line in scene.lines)
        scenes.append({"scene": scene.id, "lines": len(scene.lines), "reached": len(scene.lines) - len(missed),
                       "missed": missed})
    total = sum(s["lines"] for s in scenes)
    got = sum(s["reached"] for s in scenes)
    return {"scenes": scenes, "total": {"lines": total, "reached": got},
            "unknown": sorted(reached - known)}  # ids in the traces the story does not have (an older script?)


def format_report(report: dict[str, Any], traces: int) -> str:
    out = [f"{'scene':<28} {'reached':>9}"]
    for scene in report["scenes"]:
        mark = "" if scene["reached"] == scene["lines"] else "  <- not all reached"
        out.append(f"{scene['scene']:<28} {scene['reached']:>4}/{scene['lines']:<4}{mark}")
    missed = [m for scene in report["scenes"] for m in scene["missed"]]
    if missed:
        out += ["", "not reached:"]
        out += [f"  {m['loc']}: {m['line']}: {_short(m['text'])}" for m in missed]
    total = report["total"]
    out.append("")
    if report["unknown"]:
        out.append(f"{len(report['unknown'])} line id(s) in the traces are not in this story (traces of an older script?)")
    out.append(f"coverage: {total['reached']}/{total['lines']} lines reached in {len(report['scenes'])} scenes "
               f"({traces} trace{'s' if traces != 1 else ''})")
    return "\n".join(out)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 60 else flat[:57] + "..."
