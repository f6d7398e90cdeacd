"""The pull API over a compiled story: what is showing now, advance, choose, back, forward, jump.

The caller asks `status` what to do next: READY (nothing shown yet: call advance),
SHOWING (a line waits for the reader: advance, back, ...), CHOOSING (a menu waits: read `choices`,
call `choose(index)`; `current` is still the line under the menu), ENDED (after the last line).
Like ink's `currentChoices` / `ChooseChoiceIndex`, options are numbered from 0 in the order written.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from game.story.anchor import anchor_of, relocate
from game.story.model import Story
from game.story.program import Beat, Menu, Next, Program, compile_story
from game.story.state import TRAIL_LIMIT, Stop, StoryState


class Status(str, Enum):
    READY = "ready"
    SHOWING = "showing"
    CHOOSING = "choosing"
    ENDED = "ended"


class JumpError(LookupError):
    """A jump to a scene or line that does not exist."""


class ChoiceError(LookupError):
    """A choice that cannot be made: no menu is showing, or that option is not offered."""


@dataclass(frozen=True, slots=True)
class MenuOption:
    """One option of the menu on screen: `index` (0-based, as written), its text, whether its `if:`
    lets it be picked now, and whether it is the one taken here before (after rolling back to the menu)."""

    index: int
    text: str
    enabled: bool
    taken: bool = False


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A line read (`beat`) or a menu passed (`menu`, with the option taken and its text)."""

    beat: Beat | None = None
    menu: str | None = None
    option: int | None = None
    text: str = ""


class Runner:
    def __init__(self, story: Story, state: StoryState | None = None, program: Program | None = None) -> None:
        self.story = story
        self.program = program or compile_story(story)[0]
        self.state = StoryState()
        self.notice: str | None = None
        if state is not None:
            self.notice = self.restore(state)

    # -- what is showing -------------------------------------------------------------
    @property
    def status(self) -> Status:
        if self.state.ended:
            return Status.ENDED
        if self.state.position is None:
            return Status.READY
        return Status.CHOOSING if self._menu() is not None else Status.SHOWING

    @property
    def current(self) -> Beat | None:
        """The line on screen; at a menu, the line shown under it (None when the story began with it)."""
        index = self._index()
        if index is not None:
            return self.program.beats[index]
        if self._menu() is None:
            return None
        for stop in reversed(self.state.trail):
            found = self.program.index_of(stop.at)
            if found is not None:
                return self.program.beats[found]
        return None

    @property
    def choices(self) -> list[MenuOption]:
        """The menu's options while CHOOSING (disabled ones included, with enabled=False), else []."""
        menu = self._menu()
        if menu is None or self.state.ended:
            return []
        return [MenuOption(i, e.text, e.when is None or e.when.holds(self.state.flags), i == self.state.took)
                for i, e in enumerate(menu.entries)]

    @property
    def flags(self) -> dict[str, bool | str]:
        return dict(self.state.flags)

    def _index(self) -> int | None:
        return None if self.state.position is None else self.program.index_of(self.state.position)

    def _menu(self) -> Menu | None:
        return None if self.state.position is None else self.program.menu(self.state.position)

    def _known(self, stop_id: str) -> bool:
        return self.program.index_of(stop_id) is not None or stop_id in self.program.menus

    def is_menu(self, stop_id: str | None) -> bool:
        return stop_id is not None and stop_id in self.program.menus

    def upcoming(self) -> str | None:
        """The id of what `advance` would reach next (a line or a menu), without going there; None at
        the end, and while a menu waits (what follows depends on the choice)."""
        if self.state.ended or self._menu() is not None:
            return None
        if self.state.future:
            return self.state.future[-1].at
        following = self.program.run(self.program.after(self.state.position), self.state.flags)
        if following.beat is not None:
            return following.beat.line.id
        return following.menu.id if following.menu is not None else None

    def history(self) -> list[Beat]:
        """The lines read so far, oldest first, ending with the one on screen."""
        ids = [*(stop.at for stop in self.state.trail), *([self.state.position] if self.state.position else [])]
        return [self.program.beats[i] for i in (self.program.index_of(x) for x in ids) if i is not None]

    def history_entries(self) -> list[HistoryEntry]:
        """The way here as data, oldest first: each line read and each menu passed with the option taken."""
        out: list[HistoryEntry] = []
        stops = [*self.state.trail, *([Stop(self.state.position)] if self.state.position else [])]
        for stop in stops:
            index = self.program.index_of(stop.at)
            menu = self.program.menu(stop.at)
            if index is not None:
                beat = self.program.beats[index]
                out.append(HistoryEntry(beat=beat, text=beat.line.text))
            elif menu is not None and stop.took is not None and stop.took < len(menu.entries):
                out.append(HistoryEntry(menu=menu.id, option=stop.took, text=menu.entries[stop.took].text))
        return out

    # -- moving ----------------------------------------------------------------------
    def advance(self) -> Beat | None:
        """Show the next line (replaying a rolled-back one first). None when the story ends, and when
        a menu is reached or waiting (status CHOOSING: call `choose`)."""
        if self.state.ended or self._menu() is not None:
            return None
        if self.state.future:
            return self.forward()
        return self._arrive(self.program.run(self.program.after(self.state.position), self.state.flags))

    def choose(self, index: int) -> Beat | None:
        """Take option `index` (0-based, as written) of the menu on screen; the way forward is forgotten.
        Returns the next line, or None when another menu follows or the story ends."""
        menu = self._menu()
        if menu is None or self.state.ended:
            raise ChoiceError("there is no menu to choose from")
        options = self.choices
        if not 0 <= index < len(options):
            raise ChoiceError(f"the menu has options 0 to {len(options) - 1}, not {index}")
        if not options[index].enabled:
            raise ChoiceError(f"option {index} ('{options[index].text}') is not offered now")
        self.state.took = index
        return self._arrive(self.program.run(menu.entries[index].start, self.state.flags))

    def back(self) -> Beat | None:
        """Roll back to the line (or menu) before; the stage and the flags come back with it. Returns the
        line then on screen (under a menu: the line before it). None when there is nothing before."""
        if self.state.ended:
            self.state.ended = False
            return self.current
        if not self.state.trail or self.state.position is None:
            return None
        self.state.future.append(Stop(self.state.position, self.state.took, dict(self.state.flags)))
        self._take(self.state.trail.pop())
        return self.current

    def forward(self) -> Beat | None:
        """Roll forward again after `back` (through a menu, taking the option taken before). None when
        there is nothing to roll forward to."""
        if not self.state.future:
            return None
        stop = self.state.future[-1]
        if not self._known(stop.at) or (self._menu() is not None and self.state.took is None):
            self.state.future.clear()
            return self.advance()
        self.state.future.pop()
        self._leave()
        self._take(stop)
        return self.current

    def jump(self, scene: str, line: str | None = None) -> Beat | None:
        """Go to a scene's start (its first line, or a menu it opens with: then None), or to one of its
        lines by id. Flags are kept."""
        if line is not None:
            full = line if "/" in line else f"{scene}/{line}"
            index = self.program.index_of(full)
            if index is None or self.program.beats[index].line.scene != scene:
                raise JumpError(f"scene '{scene}' has no line '{line}'")
            self.state.ended = False
            beat = self.program.beats[index]
            return self._arrive(Next(beat, None, self.state.flags))
        if scene not in self.program.scene_op:
            raise JumpError(f"no scene '{scene}'")
        self.state.ended = False
        return self._arrive(self.program.run(self.program.scene_op[scene], self.state.flags))

    def _arrive(self, following: Next) -> Beat | None:
        """Go to where running the ops stopped; the stop left is kept on the way back."""
        if following.beat is None and following.menu is None:
            self.state.ended = True
            return None
        self._leave()
        self.state.future.clear()
        self.state.flags, self.state.took = dict(following.flags), None
        if following.menu is not None:
            self.state.position = following.menu.id
            return None
        beat = following.beat
        assert beat is not None
        self.state.position = beat.line.id
        return beat

    def _leave(self) -> None:
        if self.state.position is not None:
            self.state.trail.append(Stop(self.state.position, self.state.took, dict(self.state.flags)))
            del self.state.trail[:-TRAIL_LIMIT]

    def _take(self, stop: Stop) -> None:
        self.state.position, self.state.took, self.state.flags = stop.at, stop.took, dict(stop.flags)

    # -- saving ----------------------------------------------------------------------
    def snapshot(self) -> dict:  # type: ignore[type-arg]
        """The state as JSON for a save, with the anchor that finds its line again after edits."""
        index = self._index()
        self.state.anchor = None if index is None else anchor_of(self.program, index)
        return self.state.to_json()

    def restore(self, state: StoryState) -> str | None:
        """Take a saved state; when its line is gone, fall back to its scene's start. Returns a notice or None."""
        self.state = state
        moved = False
        if state.position is not None and state.anchor is not None and state.anchor.get("at") == state.position:
            found, moved = relocate(self.program, state.position, state.anchor)
            if found is not None and self.program.beats[found].line.id != state.position:
                state.position, state.future = self.program.beats[found].line.id, []
        known = [stop for stop in state.trail if self._known(stop.at)]
        state.future = [stop for stop in state.future if self._known(stop.at)]
        here = None if state.position is None else self.program.index_of(state.position)
        if len(known) < len(state.trail) and here is not None:
            # lines behind the reader changed: the way back is the story's own lines before this one
            start = max(0, here - len(state.trail))
            known = [Stop(beat.line.id, None, dict(state.flags)) for beat in self.program.beats[start:here]]
        state.trail = known
        menu = self._menu()
        if menu is not None and state.took is not None and state.took >= len(menu.entries):
            state.took, state.future = None, []
        if moved:
            return "The line this save stopped on has changed; resuming at its new wording."
        if state.position is None or here is not None or menu is not None:
            return None
        scene = state.position.split("/", 1)[0]
        state.trail.clear()
        state.future.clear()
        state.took = None
        if scene in self.program.scene_first:
            state.position = self.program.beats[self.program.scene_first[scene]].line.id
            return f"The line this save stopped on has changed; resuming at the start of the scene '{scene}'."
        state.position = None
        state.ended = False
        return f"The scene '{scene}' of this save no longer exists; starting from the beginning."
