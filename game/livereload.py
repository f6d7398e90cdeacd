"""Live reload while the game runs: when the script's files are saved, check them again; on success
swap the story in and keep the player on the same line id; on errors keep playing the old story and
show the located errors as an overlay until the files are fixed.

Owns the reload decision and the current list of script errors; the app applies what it returns and owns
the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.check import CheckResult, check_story
from game.script_watcher import ScriptWatcher
from game.story.diagnostics import Diagnostic, Severity

SHOWN_ERRORS = 5


@dataclass(frozen=True)
class Reloaded:
    """What a reload found: the story to play from now on (None: the files have errors, kept in `errors`),
    and whether it mends errors shown until now."""

    result: CheckResult | None
    mended: bool = False

    @property
    def notice(self) -> str | None:
        """What the player is told (the app may say more: a line that moved)."""
        if self.result is None:
            return None
        return "Script fixed and reloaded." if self.mended else "Script reloaded."


class LiveReload:
    def __init__(self, source: Path, assets: Path | None) -> None:
        self.source, self.assets = Path(source), assets
        self.watcher = ScriptWatcher(self.source)
        self.errors: list[Diagnostic] = []
        self.reloads = 0

    def poll(self, now: float) -> Reloaded | None:
        """Called every frame (and at least every half second while idle); cheap when nothing changed.
        Returns what changed, for the app to apply, or None."""
        return self.reload() if self.watcher.poll(now) else None

    def reload(self) -> Reloaded:
        result: CheckResult = check_story(self.source, self.assets)
        if not result.ok:
            self.errors = [d for d in result.diagnostics if d.severity is Severity.ERROR][:SHOWN_ERRORS]
            return Reloaded(None)
        was_broken = bool(self.errors)
        self.errors = []
        self.reloads += 1
        return Reloaded(result, mended=was_broken)

    def overlay_lines(self) -> list[str]:
        """The overlay's text: what is wrong and where, as `vn check` prints it."""
        return [d.format() for d in self.errors]
