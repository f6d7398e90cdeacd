"""The web edition's story data: what the page needs to play every line, as plain JSON-ready data.

Line ids, kinds, speakers (name and colour), text, memory flags, scene titles, the picture of each
line's stage, music and one-shot cues (sounds, pauses, shakes, flashes) and the transition into each
line (chosen as the game chooses it). Keys and lists are in story order, so the same story gives the
same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from game.presenter import choose_transition
from game.story.model import Story
from game.story.program import Beat, Program

FORMAT = "bleed-for-me-web"
VERSION = 1


def _hex(color: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*color)


def _reflow(text: str) -> list[str]:
    """Prose with hard line breaks as paragraphs (single newlines join; blank lines separate)."""
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def line_record(beat: Beat, previous: Beat | None, picture: str) -> dict[str, Any]:
    line, stage = beat.line, beat.stage
    record: dict[str, Any] = {
        "id": line.id, "scene": line.scene, "kind": line.kind, "who": line.speaker, "text": line.text.strip(),
        "memory": stage.memory, "picture": picture, "music": stage.music,
        "transition": choose_transition(previous, beat),
    }
    sounds = [c.value for c in beat.cues if c.verb == "sound" and c.value]
    pause = sum(int(c.seconds * 1000) for c in beat.cues if c.verb == "pause")
    shake = next((c.value or "small" for c in beat.cues if c.verb == "shake"), None)
    flash = next((c.value or "white" for c in beat.cues if c.verb == "flash"), None)
    for key, value in (("sounds", sounds), ("pause", pause), ("shake", shake), ("flash", flash)):
        if value:
            record[key] = value
    if beat.scene_start:
        record["start"] = True
    return record


def story_data(story: Story, program: Program, picture: Callable[[Beat], str], title_picture: str | None,
               slug: str) -> dict[str, Any]:
    """Everything the page plays; `picture(beat)` names the file of a line's stage picture."""
    lines, previous = [], None
    for beat in program.beats:
        lines.append(line_record(beat, previous, picture(beat)))
        previous = beat
    return {
        "format": FORMAT, "version": VERSION, "slug": slug,
        "title": story.title, "subtitle": story.subtitle,
        "contentNote": _reflow(story.content_note), "credits": [c.strip() for c in story.credits.strip().splitlines() if c.strip()],
        "endCard": _reflow(story.end_card), "titlePicture": title_picture,
        "cast": {c.id: {"name": c.name, "color": _hex(c.color)} for c in story.cast.values()},
        "scenes": [{"id": s.id, "title": s.title, "memory": s.memory, "first": program.scene_first[s.id]}
                   for s in story.scenes if s.id in program.scene_first],
        "lines": lines,
    }


def dumps(data: dict[str, Any]) -> str:
    """Compact, stable JSON (UTF-8 text kept as is)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def for_html(text: str) -> str:
    """JSON that is safe inside <script type="application/json">: every "<" is escaped, so no "</script>"
    or "<!--" can end or open anything."""
    return text.replace("<", "\\u003c")
