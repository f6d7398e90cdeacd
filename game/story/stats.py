"""Reading statistics: lines, words and estimated reading time per scene and per speaker."""

from __future__ import annotations

from typing import Any

from game.story.model import Story

WORDS_PER_MINUTE = 200  # a relaxed on-screen reading pace


def _row(lines: int, words: int) -> dict[str, Any]:
    return {"lines": lines, "words": words, "minutes": round(words / WORDS_PER_MINUTE, 1)}


def story_stats(story: Story) -> dict[str, Any]:
    scenes, speakers = [], {}
    total_lines = total_words = 0
    for scene in story.scenes:
        words = sum(len(line.text.split()) for line in scene.lines)
        scenes.append({"scene": scene.id, "title": scene.title, "memory": scene.memory, **_row(len(scene.lines), words)})
        total_lines += len(scene.lines)
        total_words += words
        for line in scene.lines:
            name = story.cast[line.speaker].name if line.speaker else f"({line.kind})"
            if line.kind == "think" and line.speaker:
                name += " (thinks)"
            count = speakers.setdefault(name, [0, 0])
            count[0] += 1
            count[1] += len(line.text.split())
    return {
        "scenes": scenes,
        "speakers": [{"speaker": k, **_row(*v)} for k, v in sorted(speakers.items(), key=lambda kv: -kv[1][1])],
        "total": _row(total_lines, total_words),
    }


def format_table(stats: dict[str, Any]) -> str:
    out = [f"{'scene':<24} {'lines':>6} {'words':>7} {'min':>6}  title"]
    for row in stats["scenes"]:
        mark = " (memory)" if row["memory"] else ""
        out.append(f"{row['scene']:<24} {row['lines']:>6} {row['words']:>7} {row['minutes']:>6}  {row['title']}{mark}")
    out += ["", f"{'speaker':<24} {'lines':>6} {'words':>7} {'min':>6}"]
    out += [f"{r['speaker']:<24} {r['lines']:>6} {r['words']:>7} {r['minutes']:>6}" for r in stats["speakers"]]
    total = stats["total"]
    out += ["", f"{'total':<24} {total['lines']:>6} {total['words']:>7} {total['minutes']:>6}"]
    return "\n".join(out)
