"""Flags and the conditions that read them: `trusted`, `not trusted`, `mood == calm`, `mood != calm`.

A flag's value is true, false or a word (YAML's true/false become booleans, anything else is kept
as its text). An unset flag is false. Pure data, no story knowledge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

FlagValue = bool | str
FLAG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_WORD = r"[A-Za-z0-9_.-]+"
_IS = re.compile(r"^\s*(not\s+)?([a-z0-9][a-z0-9_-]*)\s*$")
_COMPARE = re.compile(rf"^\s*([a-z0-9][a-z0-9_-]*)\s*(==|!=)\s*({_WORD})\s*$")
FORMS = "'FLAG', 'not FLAG', 'FLAG == WORD' or 'FLAG != WORD'"


@dataclass(frozen=True, slots=True)
class Condition:
    """`op` is 'is' (the flag is set and not false), 'not', '==' or '!=' (against `value`, as text)."""

    flag: str
    op: str = "is"
    value: str = ""

    def holds(self, flags: Mapping[str, FlagValue]) -> bool:
        current = flags.get(self.flag, False)
        if self.op == "is":
            return truthy(current)
        if self.op == "not":
            return not truthy(current)
        same = self.flag in flags and as_text(current) == self.value
        return same if self.op == "==" else not same

    def __str__(self) -> str:
        if self.op == "is":
            return self.flag
        if self.op == "not":
            return f"not {self.flag}"
        return f"{self.flag} {self.op} {self.value}"


def parse_condition(text: str) -> Condition | None:
    """The condition written as `text`, or None when it is none of the four forms."""
    match = _IS.match(text)
    if match:
        return Condition(match.group(2), "not" if match.group(1) else "is")
    match = _COMPARE.match(text)
    if match:
        return Condition(match.group(1), match.group(2), match.group(3))
    return None


def truthy(value: FlagValue) -> bool:
    return value is not False and value not in ("", "false")


def as_text(value: FlagValue) -> str:
    """How a value compares with a word: true -> 'true', false -> 'false', a word as itself."""
    return ("true" if value else "false") if isinstance(value, bool) else value
