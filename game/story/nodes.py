"""Reading located YAML nodes into typed values: text, ids, mappings, lists, known keys.

Owns how a wrong type or an unknown key is reported (a located `Diagnostic`) and the cap on how many
are collected; knows nothing of what the keys mean.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import yaml

from game.story import yamlsource
from game.story.diagnostics import Diagnostic, did_you_mean, make
from game.story.model import Loc
from game.story.text import CONTROL_RE, control_chars, escape_controls

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_has_control = CONTROL_RE.search
MAX_PROBLEMS = 200  # errors before loading stops: each costs a 'did you mean', and nobody reads 16,000


class TooMany(Exception):
    """Raised by `_Ctx.err` once MAX_PROBLEMS errors are found: loading stops there."""

    def __init__(self, loc: Loc) -> None:
        super().__init__(str(loc))
        self.loc = loc


class Ctx:
    """One file being converted: its shown name and the diagnostics found so far."""

    def __init__(self, shown: str, out: list[Diagnostic]) -> None:
        self.shown = shown
        self.out = out

    def loc(self, node: yaml.Node) -> Loc:
        return yamlsource.loc_of(node, self.shown)

    def err(self, code: str, node: yaml.Node, message: str, hint: str | None = None) -> None:
        if len(self.out) >= MAX_PROBLEMS:
            raise TooMany(self.loc(node))
        self.out.append(make(code, self.loc(node), message, hint))

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[yaml.Node, yaml.Node]] | None:
        if isinstance(node, yaml.MappingNode):
            return node.value
        self.err("VN110", node, f"{what} should be a mapping (key: value), not {kind_of(node)}")
        return None

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if isinstance(node, yaml.SequenceNode):
            return node.value
        self.err("VN110", node, f"{what} should be a list (lines starting with '- '), not {kind_of(node)}")
        return None

    def text(self, node: yaml.Node, what: str) -> str | None:
        if isinstance(node, yaml.ScalarNode):
            value = node.value
            if node.tag.endswith(":null") and value in ("", "~", "null"):
                return ""
            if _has_control(value) is not None:  # reported; the value is kept as written, so a path's own checks still see it
                self.err("VN136", node, f"{what} holds a control character ({escape_controls(control_chars(value)[0])}) "
                         "that cannot be shown", "remove it; only a newline may break text")
            return value
        self.err("VN110", node, f"{what} should be text, not {kind_of(node)}")
        return None

    def ident(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not ID_RE.match(value):
            self.err("VN113", node, f"{what} '{value}' is not a valid id",
                     "use lower-case letters, digits, '-' or '_', e.g. 'hokage-office'")
            return None
        return value

    def keys(self, pairs: list[tuple[yaml.Node, yaml.Node]], allowed: tuple[str, ...], what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in pairs:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name is None:
                self.err("VN110", key, f"a key in {what} should be a word, not {kind_of(key)}")
            elif name not in allowed:
                hint = did_you_mean(name, allowed) or f"known keys: {', '.join(allowed)}"
                self.err("VN111", key, f"unknown key '{name}' in {what}", hint)
            elif name not in found:
                found[name] = (key, value)
        return found


def kind_of(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the text '{short(node.value)}'" if node.value else "nothing"


def short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "..."


def safe_relative(path: str) -> bool:
    """True when `path` is relative and stays inside its root folder."""
    pure = PurePosixPath(path.replace("\\", "/"))
    return (bool(path) and "\x00" not in path and not pure.is_absolute() and ".." not in pure.parts
            and not re.match(r"^[A-Za-z]:", path))
