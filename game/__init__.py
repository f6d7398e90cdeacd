"""A small visual-novel engine: a pure-Python story core (`game.story`) and a pygame player."""

__version__ = "0.1.0"

import os as _os

_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
