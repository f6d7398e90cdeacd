"""What text can be shown: control characters, invisible-only text, and cleaning untrusted display text.

Pure Python (no pygame): the loader refuses what the renderer could not draw, and the renderer and the
Load screen clean whatever reaches them anyway (saves are not trusted).
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls and DEL, except the newline that separates paragraphs.
CONTROL_RE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_ESCAPE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"}


def control_chars(text: str) -> list[str]:
    """The control characters in `text` that cannot be drawn (newlines are allowed), in order."""
    return CONTROL_RE.findall(text)


def visible(text: str) -> bool:
    """True when `text` holds at least one character that draws something (not only spaces,
    zero-width or direction marks, or combining marks with nothing to sit on)."""
    if "!" <= text[:1] <= "~":  # a printable ASCII character other than the space draws: nearly every line
        return True
    return any(unicodedata.category(c) not in _INVISIBLE for c in text)


def printable(text: str, newlines: bool = True) -> str:
    """`text` without control characters (and without newlines unless `newlines`)."""
    text = CONTROL_RE.sub("", text)
    return text if newlines else text.replace("\n", " ")


def display(text: object, limit: int = 200) -> str:
    """Untrusted text (from a save) made safe to show on one line: a string, no controls, at most
    `limit` characters (an ellipsis marks a cut), and never invisible-only (then empty)."""
    if not isinstance(text, str):
        return ""
    text = printable(text[: limit * 4], newlines=False)
    if not visible(text):
        return ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def escape_controls(text: str) -> str:
    """Control characters written out as \\x1b, \\x00 ... so a message printed to a terminal cannot
    move its cursor, retitle it or clear it."""
    return _ESCAPE_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
