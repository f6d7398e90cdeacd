"""What the game remembers across playthroughs: lines ever seen (for skipping), scenes reached
(for the Scenes menu), illustrations seen (for the Gallery), whether the content note was read. Atomic JSON,
merged with other game processes' records on write; damage means a fresh start."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from game.fsutil import atomic_write_json, read_json

VERSION = 1


@dataclass
class Persistent:
    seen: set[str] = field(default_factory=set)
    reached: list[str] = field(default_factory=list)  # scene ids, in the order first reached
    content_note_read: bool = False
    events: set[str] = field(default_factory=set)  # event illustrations seen (the Gallery unlocks them)

    def reach(self, scene_id: str) -> bool:
        """Record a scene as reached; True when it is new."""
        if scene_id in self.reached:
            return False
        self.reached.append(scene_id)
        return True


def load_persistent(path: Path) -> tuple[Persistent, str | None]:
    if not Path(path).exists():
        return Persistent(), None
    try:
        data = read_json(path)
        seen, reached = data["seen"], data["reached"]
        note = data.get("content_note_read", False)
        events = data.get("events", [])  # absent in files written before the Gallery
        if not (isinstance(seen, list) and isinstance(reached, list) and isinstance(note, bool) and isinstance(events, list)):
            raise ValueError("wrong types")
        if not all(isinstance(x, str) for x in [*seen, *reached, *events]):
            raise ValueError("ids are not text")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Persistent(), f"The record of seen lines was damaged ({exc}); starting it afresh."
    return Persistent(set(seen), list(dict.fromkeys(reached)), note, set(events)), None


def save_persistent(path: Path, persistent: Persistent, durable: bool = True) -> None:
    """Write the record, merged with what another game process wrote meanwhile (read, union, atomic
    replace, under a lock where the system has one): no process's seen lines are lost. `persistent`
    takes in the other process's lines too."""
    path = Path(path)
    with _locked(path):
        on_disk, problem = load_persistent(path)
        if problem is None:
            persistent.seen |= on_disk.seen
            persistent.reached[:] = list(dict.fromkeys([*on_disk.reached, *persistent.reached]))
            persistent.content_note_read = persistent.content_note_read or on_disk.content_note_read
            persistent.events |= on_disk.events
        atomic_write_json(path, {
            "version": VERSION,
            "seen": sorted(persistent.seen),
            "reached": persistent.reached,
            "content_note_read": persistent.content_note_read,
            "events": sorted(persistent.events),
        }, durable=durable)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # no advisory locks (Windows): the merge alone still keeps most of both
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
