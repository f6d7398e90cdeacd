"""A JSON Schema (draft-07) of the script format, for editors (yaml-language-server completes and validates with it).

`vn check` remains the authority; the schema catches shape and spelling as you type.
"""

from __future__ import annotations

from typing import Any

from game.story.format import (CAST_KEYS, DIRECTIONS, FLOW, FLOW_EXTRAS, GESTURES, HEADER_KEYS, LINE_EXTRAS, OPTION_KEYS,
                               PLACE_KEYS, SCENE_KEYS)
from game.story.lines import CHOICES
from game.story.model import TIMES

ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"}
COLOR = {"type": "string", "pattern": "^#[0-9a-fA-F]{6}$", "description": "a colour, \"#rrggbb\""}
TEXT = {"type": "string"}

_DIRECTIONS: dict[str, dict[str, Any]] = {
    "show": {**TEXT, "pattern": r"^\s*[a-z0-9][a-z0-9_-]*(\s+(at\s+\S+|facing\s+(left|right)|[+-]?[a-z0-9][a-z0-9_-]*))*\s*$",
             "description": "WHO then, in any order: EXPRESSION, POSE, +EXTRA / -EXTRA, at POSITION, "
                            "facing left|right; e.g. 'kakashi sad sitting-couch at couch facing right +tears'"},
    "hide": {**TEXT, "description": "WHO, or 'all'"},
    "move": {**TEXT, "description": "WHO to POSITION, e.g. 'kakashi to right'"},
    "place": {**ID, "description": "change the background to another place"},
    "time": {"enum": list(TIMES), "description": "change the time of day"},
    "sound": {**TEXT, "description": "play a sound effect once"},
    "music": {**TEXT, "description": "change the loop, or 'none'"},
    "event": {**TEXT, "pattern": "^[a-z0-9][a-z0-9_-]*$",
              "description": "show a full-frame illustration (assets/events/NAME.png) in place of the stage; 'none' ends it"},
    "pause": {"type": "number", "minimum": 0, "maximum": 30, "description": "seconds to wait"},
    "camera": {"type": "string",
               "pattern": r"^\s*(wide|medium(\s+[a-z0-9_-]+)?|close\s+[a-z0-9_-]+|pan\s+(left|right)(\s+(slow|normal|fast))?"
                          r"|push\s+in(\s+(slow|normal|fast))?)\s*$",
               "description": "wide | medium [WHO] | close WHO | pan left|right [slow|fast] | push in [slow|fast]"},
    "gesture": {"type": "string", "pattern": r"^\s*[a-z0-9][a-z0-9_-]*\s+(" + "|".join(GESTURES) + r")\s*$",
                "description": "WHO MOTION: a small motion with the next line, e.g. 'sakura nod' (" + ", ".join(GESTURES) + ")"},
    **{verb: {"enum": list(words)} for verb, words in CHOICES.items()},
}


def _keys(declared: tuple[str, ...], specs: dict[str, Any]) -> dict[str, Any]:
    """The properties of one part of the format, in its declared order (`game.story.format`): a key
    declared there without a spec here, or a spec for an undeclared key, fails at import."""
    extra = set(specs) - set(declared)
    if extra:
        raise KeyError(f"schema specs for undeclared keys: {sorted(extra)}")
    return {key: specs[key] for key in declared}


_keys(DIRECTIONS, _DIRECTIONS)

CONDITION = {"type": "string",
             "pattern": r"^\s*((not\s+)?[a-z0-9][a-z0-9_-]*|[a-z0-9][a-z0-9_-]*\s*(==|!=)\s*[A-Za-z0-9_.-]+)\s*$",
             "description": "FLAG, not FLAG, FLAG == WORD or FLAG != WORD"}
_EXTRAS = {"id": ID, "title": {**TEXT, "description": "a page's heading"}, "if": CONDITION}
_OPTION = {"type": "object", "required": ["text"], "additionalProperties": False,
           "properties": _keys(OPTION_KEYS, {
               "text": {**TEXT, "description": "what the player picks"}, "if": CONDITION,
               "lines": {"type": "array", "items": {"$ref": "#/definitions/line"}, "description": "played when picked"},
               "jump": {**ID, "description": "then go to this scene ('end' ends the story)"}})}
_FLOW = _keys(FLOW, {
    "set": {"anyOf": [ID, {"type": "object", "propertyNames": ID,
                           "additionalProperties": {"type": ["boolean", "string", "number"]}}],
            "description": "set a flag (true), or flags to true, false or a word"},
    "jump": {**ID, "description": "go on at this scene's start; 'end' ends the story"},
    "choice": {"type": "array", "minItems": 1, "items": _OPTION, "description": "a menu of options"},
})


def _line_schema() -> dict[str, Any]:
    directions = [
        {"type": "object", "properties": {verb: spec}, "required": [verb], "additionalProperties": False}
        for verb, spec in _DIRECTIONS.items()
    ]
    flow = [
        {"type": "object", "properties": {word: spec, **({"if": CONDITION} if word in ("set", "jump") else {})},
         "required": [word], "additionalProperties": False}
        for word, spec in _FLOW.items()
    ]
    assert all(extra in _EXTRAS for extra in (*LINE_EXTRAS, *FLOW_EXTRAS))
    page = {"type": "object", "required": ["page"], "additionalProperties": False,
            "properties": {"page": TEXT, **_keys(LINE_EXTRAS, _EXTRAS)}, "description": "an inserted page"}
    speech = {
        "type": "object", "minProperties": 1, "maxProperties": 3,
        "properties": {"id": ID, "if": CONDITION},
        "patternProperties": {r"^[a-z0-9][a-z0-9_-]*(\s+thinks)?(\s*\([a-z0-9_-]+\))?$": TEXT},
        "additionalProperties": False,
        "description": "speech 'name: text', thought 'name thinks: text', optional '(expression)'",
    }
    return {"anyOf": [{**TEXT, "description": "narration"}, page, *directions, *flow, speech]}


def schema() -> dict[str, Any]:
    scene = {
        "type": "object", "required": ["scene", "place", "time", "lines"], "additionalProperties": False,
        "properties": _keys(SCENE_KEYS, {
            "scene": ID, "title": TEXT, "place": ID, "time": {"enum": list(TIMES)},
            "memory": {"type": "boolean"}, "music": TEXT,
            "sprites": {"type": "object", "additionalProperties": ID},
            "lines": {"type": "array", "items": {"$ref": "#/definitions/line"}},
        }),
    }
    cast = {"type": "object", "required": ["name"], "additionalProperties": False,
            "properties": _keys(CAST_KEYS, {"name": TEXT, "color": COLOR, "sprite": ID})}
    place = {"type": "object", "additionalProperties": False,
             "properties": _keys(PLACE_KEYS, {"name": TEXT, "map": TEXT,
                                              "lighting": {"type": "object", "propertyNames": {"enum": list(TIMES)},
                                                           "additionalProperties": COLOR}})}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "Visual-novel scene script (story.yaml or a chapter file)",
        "type": "object",
        "additionalProperties": False,
        "properties": _keys(HEADER_KEYS, {
            "title": TEXT, "subtitle": TEXT, "content_note": TEXT, "credits": TEXT, "end_card": TEXT,
            "cast": {"type": "object", "propertyNames": ID, "additionalProperties": {"$ref": "#/definitions/cast"}},
            "places": {"type": "object", "propertyNames": ID, "additionalProperties": {"$ref": "#/definitions/place"}},
            "chapters": {"type": "array", "items": TEXT},
            "scenes": {"type": "array", "items": {"$ref": "#/definitions/scene"}},
        }),
        "definitions": {"scene": scene, "cast": cast, "place": place, "line": _line_schema()},
    }
