"""Live reload: notices when the script's files change on disk, so the app can reload the story.

Owns only the question "did the sources change?", asked with an injected clock; the app decides
what to do (reload, keep the player on the same line id, or show the errors as an overlay).
"""

from __future__ import annotations

from pathlib import Path

POLL_SECONDS = 0.5


def _signature(files: list[Path]) -> tuple[tuple[str, int, int], ...]:
    found = []
    for path in files:
        try:
            stat = path.stat()
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            found.append((str(path), -1, -1))
    return tuple(found)


class ScriptWatcher:
    """Polls a story's files (the header, its chapters, every YAML file in the folder) at most every 0.5 s."""

    def __init__(self, script: Path) -> None:
        script = Path(script)
        self.folder = script if script.is_dir() else script.parent
        self._last_poll = 0.0
        self._signature = _signature(self.files())

    def files(self) -> list[Path]:
        return sorted(self.folder.glob("*.yaml"))

    def poll(self, now: float) -> bool:
        """True once after any file changed (saved, added, removed) since the last poll that said so."""
        if now - self._last_poll < POLL_SECONDS:
            return False
        self._last_poll = now
        signature = _signature(self.files())
        if signature == self._signature:
            return False
        self._signature = signature
        return True
