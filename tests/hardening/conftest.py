"""Shared checks for the hardening tests: a script check must end in located diagnostics (a check that never
ends fails on the suite's hang guard, pytest-timeout, not on a clock here)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from game.check import CheckResult, check_story
from game.story.diagnostics import CODES, Severity

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "script"
ASSETS = ROOT / "assets"


def assert_located(result: CheckResult, folder: Path | None = None) -> None:
    """Every diagnostic is a registered code with a message and a real file:line:col; failure is never silent."""
    inside: dict[str, bool] = {}
    for d in result.diagnostics:
        assert d.code in CODES, d
        assert d.severity is CODES[d.code].severity, d
        assert d.message.strip(), d
        assert d.loc.file and d.loc.file != "<none>", d
        assert d.loc.line >= 1 and d.loc.col >= 1, d
        if folder is not None:
            if d.loc.file not in inside:
                inside[d.loc.file] = Path(d.loc.file).resolve().is_relative_to(folder.resolve())
            assert inside[d.loc.file], d
    if not result.ok:
        assert any(d.severity is Severity.ERROR for d in result.diagnostics), result.diagnostics
    else:
        assert result.story is not None and result.program is not None


def checked(folder: Path, assets: Path | None = None, *, with_assets: bool = False) -> CheckResult:
    """`check_story` on `folder`, asserting it returns located diagnostics."""
    result = check_story(folder, assets, with_assets=with_assets)
    assert_located(result, folder)
    return result


# -- what a piece of code opens and connects to, seen through Python's audit hooks --------------
class Recorder:
    """Paths opened (`open`, `os.open`, ElementTree, pytmx) and sockets connected while active."""

    def __init__(self) -> None:
        self.active = False
        self.opened: list[str] = []
        self.connected: list[object] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.active:
            return
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            self.opened.append(os.fsdecode(args[0]))
        elif event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
            self.connected.append(args)

    def __enter__(self) -> "Recorder":
        self.opened.clear()
        self.connected.clear()
        self.active = True
        return self

    def __exit__(self, *_: object) -> None:
        self.active = False

    def opened_under(self, folder: Path) -> list[str]:
        root = str(folder.resolve())
        return [p for p in self.opened if str(Path(p).resolve()).startswith(root)]


RECORDER = Recorder()
sys.addaudithook(RECORDER)  # audit hooks cannot be removed: this one is inert unless a test enters it
