"""The script format's keys and words, declared once: the loader's tables, the JSON Schema's keys and
the compiled-story cache's verbs are all derived from here (a key added here and nowhere else is an
error at import time in `game.story.schema`, so the three cannot drift apart)."""

from __future__ import annotations

HEADER_KEYS = ("title", "subtitle", "content_note", "credits", "end_card", "cast", "places", "chapters", "scenes")
HEADER_TEXTS = ("title", "subtitle", "content_note", "credits", "end_card")
CHAPTER_KEYS = ("title", "scenes")
CAST_KEYS = ("name", "color", "sprite")
PLACE_KEYS = ("name", "map", "lighting")
SCENE_KEYS = ("scene", "title", "place", "time", "memory", "music", "sprites", "lines")

# Stage directions: change what is on screen, take no click, never depend on a condition.
DIRECTIONS = ("show", "hide", "move", "place", "time", "sound", "music", "pause", "transition", "shake", "flash",
              "event", "camera", "gesture")
# A character's small motion with the next line (`gesture: sakura nod`); each is drawn by game.render.gestures
# and ends where it began, so the line's still picture is the same with or without it.
GESTURES = ("nod", "shake-head", "shiver", "start", "laugh", "sigh")
# Steps that steer the story: set flags, go to another scene, offer a menu of options.
FLOW = ("set", "jump", "choice")
# Keys written beside a shown line (`- sakura: "Hi."` then `id:` / `if:` on the next line); `title` is for pages.
LINE_EXTRAS = ("id", "title", "if")
# Keys beside `jump:` / `set:` (a conditional jump or set).
FLOW_EXTRAS = ("if",)
# An option of a `choice:` menu.
OPTION_KEYS = ("text", "if", "lines", "jump")
# Words that start a line but are never a character: a character id may not be one of them.
RESERVED = (*DIRECTIONS, *FLOW, "page")
# `jump: end` ends the story; no scene may be called that.
END = "end"
