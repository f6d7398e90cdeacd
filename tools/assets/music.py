"""Music made by code: four pieces of about a minute, one per mood of the chapter, each built on a circular
buffer (a note that rings past the end carries on at the start), so the loop has no seam by construction.

    morning       dawn at the memorial stone: D major, slow open chords, a soft flute line, air
    memory-theme  the memory theme: A minor in 3/4, a music-box motif over a warm pad, varied on its return
    night-room    grief at night: D minor, low sustained strings, a lone cello-like voice, long silences
    sunrise       the closing sunrise: the memory motif turned to F major, rising, brighter

Written as 22050 Hz mono 16-bit WAV, then encoded to OGG Vorbis by `oggenc` (Debian's vorbis-tools) with a
fixed quality and serial number, so a rerun gives the same bytes. Pure stdlib apart from the encoder.
"""

from __future__ import annotations

import math
import random
import shutil
import subprocess
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

from tools.assets.sounds import RATE, write_wav

TAU = 2 * math.pi
TABLE = 4096
QUALITY = "1"  # oggenc -q: about 45 kbit/s for this mono 22 kHz material
Buf = list[float]


def midi(note: int) -> float:
    return 440.0 * 2 ** ((note - 69) / 12)


def _table(harmonics: tuple[float, ...]) -> list[float]:
    peak = sum(abs(h) for h in harmonics) or 1.0
    return [sum(h * math.sin(TAU * (k + 1) * i / TABLE) for k, h in enumerate(harmonics)) / peak for i in range(TABLE)]


TIMBRES = {
    "pad": _table((1.0, 0.45, 0.22, 0.12, 0.06, 0.03)),
    "flute": _table((1.0, 0.18, 0.06)),
    "box": _table((1.0, 0.0, 0.35, 0.0, 0.12)),
    "cello": _table((1.0, 0.6, 0.42, 0.25, 0.16, 0.1, 0.06)),
    "piano": _table((1.0, 0.5, 0.25, 0.14, 0.08, 0.04)),
}


class Loop:
    """A circular buffer `seconds` long; everything added wraps around its end."""

    def __init__(self, seconds: float) -> None:
        self.n = int(round(seconds * RATE))
        self.buf = [0.0] * self.n

    def note(self, at: float, dur: float, pitch: int, gain: float, timbre: str, attack: float = 0.02,
             release: float = 0.6, decay: float = 0.0, vibrato: float = 0.0, detune: float = 0.0) -> None:
        """A note from `at` (s) for `dur` (s), then a release; `decay` (per s) makes it fade while held."""
        table, freq = TIMBRES[timbre], midi(pitch) * (1 + detune)
        step = freq * TABLE / RATE
        start, held, tail = int(at * RATE), int(dur * RATE), int(release * RATE)
        a = max(1, int(attack * RATE))
        phase, buf, n = 0.0, self.buf, self.n
        for i in range(held + tail):
            env = min(1.0, i / a) * (math.exp(-decay * i / RATE) if decay else 1.0)
            if i >= held:
                env *= 1.0 - (i - held) / tail
            if vibrato:
                phase += step * (1 + vibrato * math.sin(TAU * 5.0 * i / RATE) * min(1.0, i / (0.4 * RATE)))
            else:
                phase += step
            buf[(start + i) % n] += gain * env * table[int(phase) % TABLE]

    def chord(self, at: float, dur: float, pitches: list[int], gain: float, timbre: str = "pad", **kw: float) -> None:
        for k, p in enumerate(pitches):
            self.note(at, dur, p, gain, timbre, detune=0.0015 * (k % 2 * 2 - 1), **kw)

    def air(self, rng: random.Random, gain: float, cutoff: float) -> None:
        """Soft filtered noise (wind, room), itself seamless: the filter runs twice round the loop."""
        noise = [rng.uniform(-1, 1) for _ in range(self.n)]
        for i, v in enumerate(_circular_lowpass(_circular_lowpass(noise, cutoff), cutoff)):
            self.buf[i] += gain * v * 8


def _circular_lowpass(x: Buf, cutoff: float) -> Buf:
    """A one-pole lowpass whose state carries round the loop (a warm-up lap, then the kept lap)."""
    k = 1 - math.exp(-TAU * cutoff / RATE)
    y, out = 0.0, [0.0] * len(x)
    for lap in range(2):
        for i, v in enumerate(x):
            y += k * (v - y)
            if lap:
                out[i] = y
    return out


def finish(loop: Loop, peak: float = 0.55) -> Buf:
    """Soften the top (a circular lowpass) and set the peak level: no clipping, the pieces about equally loud."""
    out = _circular_lowpass(loop.buf, 5200)
    top = max(abs(v) for v in out) or 1.0
    return [v * peak / top for v in out]


# ------------------------------------------------------------------- the pieces
def morning(rng: random.Random) -> Buf:
    """Dawn at the stone: D - Bm - G - A, four seconds each, twice with a different flute line (64 s)."""
    loop = Loop(64.0)
    chords = [[50, 57, 62, 66], [47, 54, 62, 66], [43, 55, 59, 62], [45, 52, 57, 61]]
    lines = [[74, 76, 78, 81, 78, 76], [74, 71, 69, 71, 74, 76], [79, 78, 74, 71, 74], [76, 73, 69, 73, 76, 78]]
    for bar in range(16):
        t = bar * 4.0
        loop.chord(t, 4.2, chords[bar % 4], 0.09, attack=1.2, release=1.8)
        if bar % 8 >= 2:  # the flute enters after a while and breathes every few bars
            phrase = lines[(bar + bar // 8) % 4]
            beat = 4.0 / len(phrase)
            for k, p in enumerate(phrase):
                if rng.random() < 0.85:
                    loop.note(t + k * beat, beat * 0.95, p + (12 if bar >= 12 and k == len(phrase) - 1 else 0),
                              0.11, "flute", attack=0.08, release=0.35, vibrato=0.004)
    loop.air(rng, 0.05, 400)
    return finish(loop)


MEMORY_MOTIF = [(0, 76), (1, 72), (2, 69), (3, 71), (4, 72), (5, 74)]  # (eighth of the bar, pitch)


def memory_theme(rng: random.Random) -> Buf:
    """The memory theme: Am - F - C - G | Am - F - E - E, 3/4 at 72 bpm; the motif on a music box, answered
    on a piano, and an octave up on its return (26 bars, 65 s)."""
    bar = 2.5
    loop = Loop(26 * bar)
    chords = [[45, 57, 60, 64], [41, 57, 60, 65], [48, 55, 60, 64], [43, 55, 59, 62],
              [45, 57, 60, 64], [41, 57, 60, 65], [40, 56, 59, 64], [40, 56, 59, 62]]
    for b in range(26):
        t = b * bar
        c = chords[b % 8]
        loop.chord(t, bar, c[1:], 0.06, attack=0.5, release=1.0)
        loop.note(t, bar * 0.9, c[0], 0.1, "piano", attack=0.01, release=1.2, decay=0.9)
        for k in range(3):  # the arpeggio under the tune
            loop.note(t + k * bar / 3, bar / 3, c[1 + k] + 12, 0.035, "box", attack=0.005, release=0.5, decay=2.5)
        if 2 <= b < 10 or 14 <= b < 24:
            up = 12 if b >= 14 else 0
            shift = [0, -3, 0, -1, 0, 2, 0, -2][b % 8]
            for eighth, p in MEMORY_MOTIF if b % 2 == 0 else MEMORY_MOTIF[:3]:
                voice = "box" if b % 4 < 2 else "piano"
                loop.note(t + eighth * bar / 6, bar / 6 * (1.6 if eighth == 5 else 0.9), p + shift + up,
                          0.09 if voice == "box" else 0.08, voice, attack=0.005, release=0.8, decay=1.4)
    loop.air(rng, 0.015, 900)
    return finish(loop)


def night_room(rng: random.Random) -> Buf:
    """Grief at night: Dm - Bb - Gm - A, six seconds each, low strings; a lone cello voice that rests often."""
    loop = Loop(66.0)
    chords = [[38, 50, 53, 57], [34, 50, 53, 58], [31, 50, 55, 58], [33, 49, 52, 57]]
    cello = [[57, 55, 53], [53, 50], [55, 58, 57], [57, 52, 49], [50, 53, 55], [58, 57], [55, 53, 50], [52, 49]]
    for k in range(11):
        t = k * 6.0
        loop.chord(t, 6.3, chords[k % 4], 0.075, attack=2.0, release=2.5)
        if k % 3 != 1:
            phrase = cello[(k * 3) % 8]
            step = 6.0 / (len(phrase) + 1)
            for j, p in enumerate(phrase):
                loop.note(t + 0.6 + j * step, step * 1.1, p, 0.12, "cello", attack=0.45, release=1.2, vibrato=0.005)
    loop.air(rng, 0.02, 250)
    return finish(loop, 0.5)


def sunrise(rng: random.Random) -> Buf:
    """The closing sunrise: the memory motif in F major, rising: F - C/E - Dm - Bb, 4 s each, a brighter
    second half (64 s)."""
    loop = Loop(64.0)
    chords = [[41, 57, 60, 65], [40, 55, 60, 64], [38, 57, 62, 65], [34, 53, 58, 62]]
    motif = [(0, 72), (1, 69), (2, 65), (3, 67), (4, 69), (5, 72)]
    for k in range(16):
        t = k * 4.0
        c = chords[k % 4]
        loop.chord(t, 4.2, c[1:] + ([c[-1] + 12] if k >= 8 else []), 0.06, attack=1.0, release=1.6)
        loop.note(t, 3.8, c[0], 0.09, "piano", attack=0.01, release=1.5, decay=0.6)
        if k % 2 == 0 or k >= 8:
            lift = 12 if k >= 12 else 0
            for eighth, p in motif:
                loop.note(t + eighth * 4.0 / 6, 4.0 / 6 * (1.8 if eighth == 5 else 0.95),
                          p + [0, 2, -3, 1][k % 4] + lift, 0.085, "flute" if k >= 8 else "piano",
                          attack=0.02 if k < 8 else 0.08, release=0.8, decay=0.0 if k >= 8 else 1.0, vibrato=0.003)
    loop.air(rng, 0.03, 600)
    return finish(loop)


PIECES: dict[str, Callable[[random.Random], Buf]] = {
    "morning": morning, "memory-theme": memory_theme, "night-room": night_room, "sunrise": sunrise,
}


def encode(wav: Path, ogg: Path, name: str) -> None:
    """WAV -> OGG Vorbis with oggenc at a fixed quality and serial (deterministic bytes)."""
    if shutil.which("oggenc") is None:
        raise SystemExit("music: oggenc not found (Debian: apt-get install vorbis-tools)")
    serial = str(zlib.crc32(name.encode()) & 0x7FFFFFFF)
    subprocess.run(["oggenc", "-Q", "-q", QUALITY, "--serial", serial, "-o", str(ogg), str(wav)], check=True)


def write_all(root: Path, names: list[str] | None = None) -> None:
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, fn in PIECES.items():
            if names and name not in names:
                continue
            wav = Path(tmp) / f"{name}.wav"
            write_wav(wav, fn(random.Random(zlib.crc32(name.encode()))))
            encode(wav, root / f"{name}.ogg", name)
    print(f"music: {len(names or PIECES)} pieces written")
