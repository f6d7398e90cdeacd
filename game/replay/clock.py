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
