"""A character's small motions (`gesture:` in the script): how far the figure is from where it stands, over
time. Each motion ends where it began, so the line's still picture is the same with or without it; the
presenter draws the figure apart from its stage (`StageRenderer.apart`) and moves it by these offsets.

Offsets are shares of the figure's drawn height, so a close-up nods as far, to the eye, as a wide shot.
"""

from __future__ import annotations

import math

DURATION_MS: dict[str, int] = {"nod": 620, "shake-head": 640, "shiver": 700, "start": 420, "laugh": 600, "sigh": 1300}


def _bump(t: float) -> float:
    """0 -> 1 -> 0 over t in 0..1, easing in and out."""
    return math.sin(math.pi * min(1.0, max(0.0, t))) ** 2


def offset(kind: str, elapsed_ms: int, height: int) -> tuple[int, int]:
    """Where the figure is drawn, relative to its place, `elapsed_ms` into the motion (0, 0 at the end)."""
    duration = DURATION_MS.get(kind, 0)
    if duration <= 0 or elapsed_ms >= duration or elapsed_ms <= 0:
        return (0, 0)
    t = elapsed_ms / duration
    if kind == "nod":  # two dips, the second shallower: a head bowed and raised, as the whole figure shows it
        dip = _bump(t / 0.55) if t < 0.55 else 0.45 * _bump((t - 0.55) / 0.45)
        return (0, round(0.022 * height * dip))
    if kind == "shake-head":  # side to side twice, settling
        return (round(0.012 * height * math.sin(2 * math.pi * 2 * t) * (1 - t)), 0)
    if kind == "shiver":  # a quick tremble that dies away
        return (round(0.006 * height * math.sin(2 * math.pi * 9 * t) * (1 - t) ** 0.5), 0)
    if kind == "start":  # a jolt up, then settling back
        up = t / 0.25 if t < 0.25 else 1 - (t - 0.25) / 0.75
        return (0, -round(0.03 * height * (up if t < 0.25 else up * up)))
    if kind == "laugh":  # small quick bounces
        return (0, -round(0.01 * height * abs(math.sin(math.pi * 3 * t)) * (1 - 0.5 * t)))
    if kind == "sigh":  # the breath in lifts the shoulders a little, the breath out lets them sink lower, slowly
        if t < 0.3:
            return (0, -round(0.008 * height * _bump(t / 0.3)))
        return (0, round(0.016 * height * _bump((t - 0.3) / 0.7)))
    return (0, 0)

