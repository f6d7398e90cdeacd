"""The pull API over a compiled story: what is showing now, advance, back, forward, jump.

The caller asks `status` what to do next: READY (nothing shown yet: call advance),
SHOWING (a line waits for the reader: advance, back, ...), ENDED (after the last line).
"""

from __future__ import annotations

from enum import Enum

from game.story.model import Story
from game.story.anchor import anchor_of, relocate
from game.story.program import Beat, Program, compile_story
from game.story.state import TRAIL_LIMIT, StoryState


class Status(str, Enum):
    READY = "ready"
    SHOWING = "showing"
    ENDED = "ended"


class JumpError(LookupError):
    """A jump to a scene or line that does not exist."""


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
        return Status.READY if self.state.position is None else Status.SHOWING

    @property
    def current(self) -> Beat | None:
        index = self._index()
        return None if index is None else self.program.beats[index]

    def _index(self) -> int | None:
        return None if self.state.position is None else self.program.index_of(self.state.position)

    def is_seen(self, line_id: str) -> bool:
        return line_id in self.state.seen

    def next_seen(self) -> bool:
        """Whether the line after this one has been seen before (for skipping)."""
        index = self._index()
        following = 0 if index is None else index + 1
        if following >= len(self.program.beats):
            return True
        return self.program.beats[following].line.id in self.state.seen

    def history(self) -> list[Beat]:
        """The lines read so far, oldest first, ending with the one on screen."""
        ids = [*self.state.trail, *([self.state.position] if self.state.position else [])]
        return [self.program.beats[i] for i in (self.program.index_of(x) for x in ids) if i is not None]

    # -- moving ----------------------------------------------------------------------
    def advance(self) -> Beat | None:
        """Show the next line (replaying a rolled-back one first). None when the story ends."""
        if self.state.ended:
            return None
        if self.state.future:
            return self.forward()
        index = self._index()
        following = 0 if index is None else index + 1
        if following >= len(self.program.beats):
            self.state.ended = True
            return None
        return self._go(following, keep_future=False)

    def back(self) -> Beat | None:
        """Roll back to the line before; the stage comes back with it. None when there is none."""
        if self.state.ended:
            self.state.ended = False
            return self.current
        if not self.state.trail or self.state.position is None:
            return None
        self.state.future.append(self.state.position)
        self.state.position = self.state.trail.pop()
        return self.current

    def forward(self) -> Beat | None:
        """Roll forward again after `back`. None when there is nothing to roll forward to."""
        if not self.state.future:
            return None
        target = self.program.index_of(self.state.future[-1])
        if target is None:
            self.state.future.clear()
            return self.advance()
        self.state.future.pop()
        return self._go(target, keep_future=True)

    def jump(self, scene: str, line: str | None = None) -> Beat:
        """Go to a scene's first line, or to one of its lines by id."""
        if line is not None:
            full = line if "/" in line else f"{scene}/{line}"
            index = self.program.index_of(full)
            if index is None or self.program.beats[index].line.scene != scene:
                raise JumpError(f"scene '{scene}' has no line '{line}'")
        else:
            if scene not in self.program.scene_first:
                raise JumpError(f"no scene '{scene}'")
            index = self.program.scene_first[scene]
        self.state.ended = False
        return self._go(index, keep_future=False)

    def _go(self, index: int, keep_future: bool) -> Beat:
        if self.state.position is not None:
            self.state.trail.append(self.state.position)
            del self.state.trail[:-TRAIL_LIMIT]
        if not keep_future:
            self.state.future.clear()
        beat = self.program.beats[index]
        self.state.position = beat.line.id
        self.state.seen.add(beat.line.id)
        return beat

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
        known = [x for x in state.trail if self.program.index_of(x) is not None]
        state.future = [x for x in state.future if self.program.index_of(x) is not None]
        here = None if state.position is None else self.program.index_of(state.position)
        if len(known) < len(state.trail) and here is not None:
            # lines behind the reader changed: the way back is the story's own lines before this one
            start = max(0, here - len(state.trail))
            known = [beat.line.id for beat in self.program.beats[start:here]]
        state.trail = known
        if moved:
            return "The line this save stopped on has changed; resuming at its new wording."
        if state.position is None or here is not None:
            return None
        scene = state.position.split("/", 1)[0]
        state.trail.clear()
        state.future.clear()
        if scene in self.program.scene_first:
            state.position = self.program.beats[self.program.scene_first[scene]].line.id
            return f"The line this save stopped on has changed; resuming at the start of the scene '{scene}'."
        state.position = None
        state.ended = False
        return f"The scene '{scene}' of this save no longer exists; starting from the beginning."
