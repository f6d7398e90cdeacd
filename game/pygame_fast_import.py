"""Imports pygame without its optional use of setuptools' `pkg_resources`, which takes about 0.17 s to import
(a third of the player's start-up) and which pygame only uses to find its own data files; without it pygame
finds them by path. Import this module before pygame where start-up time matters (game.app does)."""

from __future__ import annotations

import sys

if "pygame" not in sys.modules and "pkg_resources" not in sys.modules:
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail fast
    try:
        import pygame  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]  # anyone else may still import the real one
