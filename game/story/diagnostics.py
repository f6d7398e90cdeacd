"""Problems as data: every diagnostic code with its severity, meaning, hint and a bad example.

The examples are tests: `tests/story/test_diagnostics.py` checks that each one triggers its code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from game.story.model import Loc
from game.story.text import escape_controls


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    severity: Severity
    summary: str
    example: str | None = None  # a story.yaml that must trigger this code (None: needs files or assets)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: Severity
    loc: Loc
    message: str
    hint: str | None = None

    def format(self) -> str:
        """One line for a terminal: control characters from the input are escaped, never echoed raw."""
        text = f"{self.loc}: {self.severity.value} {self.code}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return escape_controls(text)

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "file": self.loc.file,
            "line": self.loc.line,
            "column": self.loc.col,
            "message": self.message,
            "hint": self.hint,
        }


_HEAD = "title: T\ncast:\n  sakura: {name: Sakura}\nplaces:\n  park: {map: maps/park.tmx}\n"
_SCENE = "scenes:\n  - scene: s1\n    place: park\n    time: noon\n    lines:\n"

_REAL = "title: T\ncast:\n  sakura: {name: Sakura, sprite: sakura-21}\nplaces:\n  park: {map: maps/memorial.tmx}\n"  # bundled assets

E, W = Severity.ERROR, Severity.WARNING
CODES: dict[str, Code] = {c.code: c for c in [
    Code("VN100", "yaml-syntax", E, "the file is not valid YAML", _HEAD + "title: 'unclosed\n"),
    Code("VN101", "tab-indent", E, "a tab is used for indentation; YAML needs spaces",
         _HEAD + _SCENE + "\t- \"hello\"\n"),
    Code("VN102", "empty-file", E, "the file is empty", ""),
    Code("VN103", "not-text", E, "the file is not UTF-8 text", None),
    Code("VN104", "unreadable", E, "a file cannot be read (missing, a folder, no permission)", None),
    Code("VN105", "too-complex", E, "the document is too large, too deep or uses too many aliases",
         "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
         "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
         "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
         "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"),
    Code("VN110", "wrong-type", E, "a value has the wrong type (e.g. a list where a mapping belongs)",
         "- title: T\n"),
    Code("VN111", "unknown-key", E, "a key the format does not know", _HEAD + "titel: T2\n"),
    Code("VN112", "missing-key", E, "a required key is missing", "cast: {}\nplaces: {}\n"),
    Code("VN113", "bad-id", E, "an id is not lower-case words joined by - or _",
         "title: T\ncast:\n  Sakura Haruno: {name: Sakura}\nplaces: {}\n"),
    Code("VN114", "bad-colour", E, "a colour is not #rrggbb",
         "title: T\ncast:\n  sakura: {name: Sakura, color: pink}\nplaces: {}\n"),
    Code("VN115", "bad-value", E, "a value is out of range or not one of the allowed words",
         _HEAD + _SCENE + "      - pause: forever\n"),
    Code("VN120", "unknown-speaker", E, "a line names a character not in the cast",
         _HEAD + _SCENE + "      - sakra: \"Yo.\"\n"),
    Code("VN121", "unknown-place", E, "a scene names a place not in places",
         _HEAD + "scenes:\n  - scene: s1\n    place: prak\n    time: noon\n    lines: [\"x\"]\n"),
    Code("VN122", "unknown-time", E, "a time of day the engine does not know",
         _HEAD + "scenes:\n  - scene: s1\n    place: park\n    time: midnight\n    lines: [\"x\"]\n"),
    Code("VN123", "unknown-expression", E, "a sprite set has no such expression",
         _REAL + _SCENE + "      - show: sakura grinning\n      - \"x\"\n"),
    Code("VN124", "unknown-position", E, "the place's map has no such stage point",
         _REAL + _SCENE + "      - show: sakura at balcony\n      - \"x\"\n"),
    Code("VN125", "unknown-sound", E, "no such sound file in assets/sounds",
         _REAL + _SCENE + "      - sound: trumpet\n      - \"x\"\n"),
    Code("VN126", "unknown-sprite-set", E, "no such sprite folder in assets/sprites",
         _REAL.replace("sakura-21", "sakura-99") + _SCENE + "      - \"x\"\n"),
    Code("VN127", "bad-direction", E, "a stage direction's words cannot be read",
         _HEAD + _SCENE + "      - show: sakura at\n"),
    Code("VN128", "unknown-direction", E, "a line is a mapping that is neither speech, thought, page nor a direction",
         _HEAD + _SCENE + "      - shwo: sakura\n"),
    Code("VN129", "bad-camera", E, "a camera direction cannot be read (shot, name, side or speed)",
         _HEAD + _SCENE + "      - camera: zoom in\n      - \"x\"\n"),
    Code("VN130", "duplicate-scene", E, "two scenes have the same id",
         _HEAD + "scenes:\n  - {scene: s1, place: park, time: noon, lines: [\"a\"]}\n"
         "  - {scene: s1, place: park, time: noon, lines: [\"b\"]}\n"),
    Code("VN131", "duplicate-line-id", E, "two lines have the same id",
         _HEAD + _SCENE + "      - {sakura: \"a\", id: x}\n      - {sakura: \"b\", id: x}\n"),
    Code("VN132", "empty-scene", E, "a scene has no shown lines",
         _HEAD + _SCENE + "      - show: sakura\n"),
    Code("VN133", "not-on-stage", W, "a direction moves or hides a character who is not on stage",
         _HEAD + _SCENE + "      - hide: sakura\n      - \"x\"\n"),
    Code("VN134", "duplicate-key", E, "the same key twice in one mapping",
         _HEAD + "title: Again\n"),
    Code("VN135", "empty-text", E, "a line's text is empty", _HEAD + _SCENE + "      - sakura: \"\"\n"),
    Code("VN136", "control-character", E, "text holds a control character (NUL, escape, bell...) that cannot be shown",
         _HEAD + _SCENE + "      - sakura: \"a\\0b\"\n"),
    Code("VN140", "missing-file", E, "a map, tileset, chapter or other file does not exist",
         _HEAD + "chapters: [nowhere.yaml]\n"),
    Code("VN141", "bad-map", E, "a Tiled map cannot be read", None),
    Code("VN143", "path-outside", E, "a path leaves the assets (or script) folder",
         "title: T\ncast: {}\nplaces:\n  park: {map: ../../etc/passwd}\n"),
    Code("VN160", "unknown-pose", E, "a sprite set has no such pose (a second word in 'show:' that is no pose)",
         _REAL + _SCENE + "      - show: sakura sad standin\n      - \"x\"\n"),
    Code("VN161", "unknown-event", E, "no such illustration in assets/events",
         _REAL + _SCENE + "      - event: back-to-bak\n      - \"x\"\n"),
    Code("VN162", "bad-facing", E, "'facing' is not followed by left or right",
         _HEAD + _SCENE + "      - show: sakura facing rigth\n      - \"x\"\n"),
    Code("VN163", "unknown-extra", E, "a sprite set has no such extra (tears, blush, sweat...)",
         _REAL + _SCENE + "      - show: sakura +tear\n      - \"x\"\n"),
    Code("VN164", "bad-sprite-manifest", E, "a sprite set's sprite.yaml cannot be used (see docs/assets.md)", None),
    Code("VN165", "bad-event-light", W, "an illustration's 'light:' in assets/events/events.yaml is no time of day",
         None),
    Code("VN170", "jump-to-nowhere", E, "a 'jump:' names no scene (and is not 'end')",
         _HEAD + _SCENE + "      - \"x\"\n      - jump: s2\n"),
    Code("VN171", "empty-choice", E, "a 'choice:' has no options",
         _HEAD + _SCENE + "      - \"x\"\n      - choice: []\n"),
    Code("VN172", "bad-condition", E, "an 'if:' is not 'FLAG', 'not FLAG', 'FLAG == WORD' or 'FLAG != WORD'",
         _HEAD + _SCENE + "      - sakura: \"x\"\n        if: trusted or not\n"),
    Code("VN173", "unreachable-scene", W, "no jump reaches a scene and the scene before it always jumps away",
         _HEAD + _SCENE + "      - \"x\"\n      - jump: end\n  - {scene: s2, place: park, time: noon, lines: [\"y\"]}\n"),
    Code("VN174", "flag-never-set", W, "a condition reads a flag that no 'set:' sets",
         _HEAD + _SCENE + "      - set: trusted\n      - sakura: \"x\"\n        if: trustd\n"),
    Code("VN175", "after-jump", W, "a step comes after an unconditional jump in the same list: it is never reached",
         _HEAD + _SCENE + "      - \"x\"\n      - jump: end\n      - \"y\"\n"),
    Code("VN176", "duplicate-option", W, "a menu offers the same text twice",
         _HEAD + _SCENE + "      - \"x\"\n      - choice:\n          - text: Go\n          - text: Go\n"),
    Code("VN144", "bad-image", E, "a sprite or illustration is not a PNG, or is larger than the renderer allows", None),
    Code("VN150", "line-too-long", W, "a line needs more than one textbox page at the default text size",
         _HEAD + _SCENE + "      - \"" + "So many words in one box. " * 16 + "\"\n"),
    Code("VN151", "line-very-long", W, "a line is over 600 characters: split it",
         _HEAD + _SCENE + "      - \"" + "So many words in one box. " * 26 + "\"\n"),
]}


def make(code: str, loc: Loc, message: str, hint: str | None = None) -> Diagnostic:
    """A diagnostic of a registered code."""
    return Diagnostic(code, CODES[code].severity, loc, message, hint)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


def did_you_mean(word: str, choices: list[str] | tuple[str, ...] | set[str]) -> str | None:
    """A 'did you mean' hint, or None when nothing is close."""
    import difflib

    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None
