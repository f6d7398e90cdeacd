"""An injected clock that moves only when told to (like arcade's Clock): tests and replays tick it."""

from __future__ import annotations


class FakeClock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    __call__ = now

    def tick(self, ms: float) -> None:
        self.t += ms / 1000.0


class CallClock:
    """An injected wall clock that moves on by `step` seconds each time it is read (save timestamps
    stay distinct and ordered without any real time passing)."""

    def __init__(self, start: float = 1_764_000_000.0, step: float = 1.0) -> None:
        self.t, self.step = start, step

    def __call__(self) -> float:
        self.t += self.step
        return self.t
