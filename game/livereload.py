"""Live reload while the game runs: when the script's files are saved, check them again; on success
swap the story in and keep the player on the same line id; on errors keep playing the old story and
show the located errors as an overlay until the files are fixed.

Owns the reload decision and the current list of script errors; the app owns the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.check import CheckResult, check_story
from game.reload import ScriptWatcher
from game.story.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from game.app import App

SHOWN_ERRORS = 5


class LiveReload:
    def __init__(self, source: Path, assets: Path | None) -> None:
        self.source, self.assets = Path(source), assets  # no reference to the app: no cycle to collect
        self.watcher = ScriptWatcher(self.source)
        self.errors: list[Diagnostic] = []
        self.reloads = 0

    def poll(self, app: App) -> None:
        """Called every frame (and at least every half second while idle); cheap when nothing changed."""
        if self.watcher.poll(app.now()):
            self.reload(app)

    def reload(self, app: App) -> None:
        result: CheckResult = check_story(self.source, self.assets)
        app.dirty = True
        if not result.ok:
            self.errors = [d for d in result.diagnostics if d.severity is Severity.ERROR][:SHOWN_ERRORS]
            return
        was_broken = bool(self.errors)
        self.errors = []
        self.reloads += 1
        notice = app.replace_story(result)
        app.toast(notice or ("Script fixed and reloaded." if was_broken else "Script reloaded."))

    def overlay_lines(self) -> list[str]:
        """The overlay's text: what is wrong and where, as `vn check` prints it."""
        return [d.format() for d in self.errors]
