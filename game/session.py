"""One player's game: the story runner plus what is kept on disk for it — settings, save slots,
the record of seen lines and reached scenes, autosaves. Uses game.settings/saves/persistent; draws nothing.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from game.check import CheckResult
from game.persistent import Persistent, load_persistent, save_persistent
from game.saves import SaveError, SaveMeta, SaveStore
from game.settings import Settings, load_settings, save_settings
from game.story.model import Story
from game.story.program import Beat, Program
from game.story.runner import MenuOption, Runner, Status
from game.story.state import StateError, StoryState

log = logging.getLogger(__name__)


class Session:
    def __init__(self, result: CheckResult, folder: Path, now: Callable[[], float], durable: bool = True) -> None:
        if result.story is None or result.program is None:
            raise ValueError("the story has errors and cannot be played")
        self.story: Story = result.story
        self.program: Program = result.program
        self.folder = Path(folder)
        self.now = now
        self.notices: list[str] = []
        self.saving_off = _unusable(self.folder)  # why nothing can be kept, or None
        self.durable = durable  # False: a throwaway folder (a replay's): nothing in it is fsynced
        self.saves = SaveStore(self.folder / "saves", enabled=self.saving_off is None, durable=durable)
        if self.saving_off is None:
            self.settings, notice = load_settings(self.settings_path)
            self._note(notice)
            self.persistent, notice = load_persistent(self.folder / "persistent.json")
            self._note(notice)
        else:
            self.settings, self.persistent = Settings(), Persistent()
            self._note(f"Saving is off: the data folder cannot be used ({self.saving_off}).")
        self.runner = Runner(self.story, None, self.program)
        self.playing = False  # a game is under way (so quitting autosaves)

    def replace_story(self, result: CheckResult) -> str | None:
        """Swap in a reloaded story, keeping the reader's place by line id; a notice if it moved."""
        if result.story is None or result.program is None:
            raise ValueError("the reloaded story has errors")
        state = StoryState.from_json(self.runner.state.to_json())
        self.story, self.program = result.story, result.program
        self.runner = Runner(self.story, state, self.program)
        return self.runner.notice

    def _note(self, notice: str | None) -> None:
        if notice:
            self.notices.append(notice)

    @property
    def settings_path(self) -> Path:
        return self.folder / "settings.json"

    @property
    def screenshots(self) -> Path:
        return self.folder / "screenshots"

    # -- settings and persistent data -------------------------------------------------
    def save_settings(self) -> None:
        if self.saving_off:
            return
        try:
            save_settings(self.settings_path, self.settings, self.durable)
        except OSError as exc:
            self.notices.append(f"Could not save the settings ({exc.strerror or exc}).")

    def flush(self) -> None:
        if self.saving_off:
            return
        try:
            save_persistent(self.folder / "persistent.json", self.persistent, self.durable)
        except OSError as exc:
            log.warning("could not save the record of seen lines: %s", exc)

    def mark(self, beat: Beat) -> bool:
        """Remember a line as seen, its illustration as seen, and its scene as reached; True when the scene is newly reached."""
        self.persistent.seen.add(beat.line.id)
        if beat.stage.event:
            self.persistent.events.add(beat.stage.event)
        return self.persistent.reach(beat.line.scene)

    def seen(self, line_id: str) -> bool:
        """Whether the line was ever shown, in any playthrough (the player's one record of seen lines)."""
        return line_id in self.persistent.seen

    def next_line_id(self) -> str | None:
        """What the next click reaches (a line or a menu id), as the runner sees it."""
        return self.runner.upcoming()

    def may_skip(self) -> bool:
        """Whether skipping may go on to the next line (seen before, or the setting allows all); it
        stops at a menu, which the player must answer."""
        if self.runner.status in (Status.ENDED, Status.CHOOSING):
            return False
        following = self.next_line_id()
        if self.runner.is_menu(following):
            return False
        return following is None or self.settings.skip_unseen or self.seen(following)

    # -- menus ------------------------------------------------------------------------
    def choices(self) -> list[MenuOption]:
        """The options of the menu waiting for the player ([] when none is)."""
        return self.runner.choices

    def choose(self, index: int) -> Beat | None:
        """Take option `index` (0-based, as written; raises ChoiceError when it is not offered). Returns
        the line to show next, or None: another menu (status CHOOSING) or the end (status ENDED)."""
        return self.runner.choose(index)

    # -- starting and saving ----------------------------------------------------------
    def new_game(self) -> None:
        self.runner = Runner(self.story, None, self.program)
        self.playing = True

    def scene_title(self, scene_id: str) -> str:
        scene = self.story.scene(scene_id)
        return scene.title if scene and scene.title else scene_id

    def save(self, slot: str, thumbnail_png: bytes | None) -> None:
        """Write the game into `slot`; raises SaveError/OSError when it cannot."""
        if self.saving_off:
            raise SaveError(f"Saving is off: the data folder cannot be used ({self.saving_off}).")
        beat = self.runner.current
        if beat is None:
            raise SaveError("there is nothing to save yet")
        stamp = datetime.fromtimestamp(self.now()).isoformat(timespec="seconds")
        meta = SaveMeta(slot, beat.line.scene, self.scene_title(beat.line.scene), beat.line.id,
                        " ".join(beat.line.text.split())[:200], stamp, thumbnail_png)
        self.saves.write(slot, self.runner.snapshot(), meta)
        self.flush()

    def autosave(self, thumbnail_png: bytes | None) -> None:
        if self.playing and self.runner.current is not None:
            try:
                self.save("auto", thumbnail_png)
            except (SaveError, OSError) as exc:
                log.warning("autosave failed: %s", exc)

    def load(self, slot: str) -> str | None:
        """Resume from `slot`; returns a notice when the saved line had changed. Raises SaveError."""
        state_json, _meta = self.saves.read(slot)
        try:
            state = StoryState.from_json(state_json)
        except StateError as exc:
            raise SaveError(f"slot {slot} is damaged: {exc}") from exc
        runner = Runner(self.story, None, self.program)
        notice = runner.restore(state)
        if runner.status is Status.READY:
            runner.advance()
        self.runner = runner
        self.playing = True
        return notice


def _unusable(folder: Path) -> str | None:
    """Why the data folder cannot hold saves (it cannot be made, searched or listed), or None."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.listdir(folder)
        saves = folder / "saves"
        if saves.exists():
            os.listdir(saves)
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return None
