"""`game.story` never imports pygame (nor pytmx, which imports it)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

CODE = """
import sys
sys.modules["pygame"] = None
sys.modules["pytmx"] = None
import pkgutil, importlib, game.story
for module in pkgutil.walk_packages(game.story.__path__, "game.story."):
    importlib.import_module(module.name)
from game.story.loader import load_story
story, diagnostics = load_story(__import__("pathlib").Path("script"))
print("ok", story is not None or bool(diagnostics))
"""


def test_story_engine_imports_without_pygame() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok True"
