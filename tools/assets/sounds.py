"""Synthesised sounds (``assets/sounds/<name>.wav``, 22050 Hz, 16-bit mono):
short effects (the music is tools/assets/music.py).  Pure stdlib (math, array, wave);
noise comes from a seeded ``random.Random`` so files are byte-identical."""
from __future__ import annotations

import array
import math
import random
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 22050
TAU = 2 * math.pi

Buf = list[float]


def silence(sec: float) -> Buf:
    return [0.0] * int(sec * RATE)


def add(dst: Buf, src: Buf, at: float = 0.0, gain: float = 1.0) -> None:
    o = int(at * RATE)
    for i, v in enumerate(src):
        j = o + i
        if 0 <= j < len(dst):
            dst[j] += v * gain


def env_ad(n: int, attack: float, decay: float) -> Buf:
    """Attack (s) then exponential decay with time constant ``decay`` (s)."""
    a = max(1, int(attack * RATE))
    return [(i / a) if i < a else math.exp(-(i - a) / (decay * RATE)) for i in range(n)]


def noise(rng: random.Random, n: int) -> Buf:
    return [rng.uniform(-1, 1) for _ in range(n)]


def lowpass(x: Buf, cutoff: float) -> Buf:
    k = 1 - math.exp(-TAU * cutoff / RATE)
    y, out = 0.0, []
    for v in x:
        y += k * (v - y)
        out.append(y)
    return out


def highpass(x: Buf, cutoff: float) -> Buf:
    lo = lowpass(x, cutoff)
    return [a - b for a, b in zip(x, lo)]


def bandpass(x: Buf, lo: float, hi: float) -> Buf:
    return highpass(lowpass(x, hi), lo)


def tone(freq: float, sec: float, harmonics: tuple[float, ...] = (1.0,), phase: float = 0.0) -> Buf:
    n = int(sec * RATE)
    return [sum(a * math.sin(TAU * freq * (k + 1) * i / RATE + phase) for k, a in enumerate(harmonics))
            for i in range(n)]


def mul(x: Buf, e: Buf) -> Buf:
    return [a * b for a, b in zip(x, e)]


def normalise(x: Buf, peak: float) -> Buf:
    m = max(1e-9, max(abs(v) for v in x))
    return [v * peak / m for v in x]


def fade(x: Buf, fin: float = 0.005, fout: float = 0.02) -> Buf:
    n = len(x)
    a, b = max(1, int(fin * RATE)), max(1, int(fout * RATE))
    return [v * min(1.0, i / a, (n - 1 - i) / b) for i, v in enumerate(x)]


def loopify(x: Buf, overlap: float) -> Buf:
    """Crossfade the tail into the head so the buffer loops without a seam."""
    m = int(overlap * RATE)
    body = x[:len(x) - m]
    for i in range(m):
        t = i / m
        body[i] = body[i] * t + x[len(x) - m + i] * (1 - t)
    return body


# ------------------------------------------------------------------ effects
def knock(rng: random.Random) -> Buf:
    out = silence(1.1)
    for k, t in enumerate((0.05, 0.3, 0.52)):
        n = int(0.12 * RATE)
        body = [math.sin(TAU * 140 * i / RATE) * 0.8 + math.sin(TAU * 310 * i / RATE) * 0.4 for i in range(n)]
        click = lowpass(noise(rng, n), 2500)
        s = [b + c * 2 for b, c in zip(body, click)]
        add(out, mul(s, env_ad(n, 0.001, 0.025)), t, 1.0 - 0.1 * k)
    return normalise(out, 0.7)


def thud(rng: random.Random) -> Buf:
    n = int(0.6 * RATE)
    f = [55 + 60 * math.exp(-i / (0.05 * RATE)) for i in range(n)]
    ph, body = 0.0, []
    for fr in f:
        ph += TAU * fr / RATE
        body.append(math.sin(ph))
    nz = lowpass(noise(rng, n), 600)
    s = [b + 1.5 * z for b, z in zip(body, nz)]
    return fade(normalise(mul(s, env_ad(n, 0.002, 0.12)), 0.8))


def door_click(rng: random.Random) -> Buf:
    out = silence(0.45)
    for t, g, cut in ((0.02, 1.0, 4000), (0.16, 0.7, 2500)):
        n = int(0.05 * RATE)
        s = [v + 0.5 * math.sin(TAU * 1800 * i / RATE) for i, v in enumerate(highpass(noise(rng, n), cut))]
        add(out, mul(s, env_ad(n, 0.0005, 0.006)), t, g)
    return normalise(out, 0.6)


def smash(rng: random.Random) -> Buf:
    n = int(1.4 * RATE)
    out = silence(1.4)
    add(out, mul(highpass(noise(rng, n), 1500), env_ad(n, 0.001, 0.18)), 0, 1.0)
    # ringing shards
    for _ in range(22):
        t = rng.uniform(0.0, 0.7)
        f = rng.uniform(2500, 6500)
        m = int(rng.uniform(0.05, 0.25) * RATE)
        add(out, mul(tone(f, m / RATE, (1.0, 0.3)), env_ad(m, 0.001, 0.04)), t, rng.uniform(0.1, 0.3))
    add(out, thud(rng), 0, 0.5)
    return fade(normalise(out, 0.75))


def chair_crash(rng: random.Random) -> Buf:
    out = silence(1.3)
    for t, g in ((0.0, 1.0), (0.18, 0.7), (0.33, 0.5), (0.5, 0.3)):
        n = int(0.35 * RATE)
        wood = [math.sin(TAU * rng.uniform(180, 260) * i / RATE) for i in range(n)]
        nz = bandpass(noise(rng, n), 200, 2500)
        s = [0.6 * a + 1.2 * b for a, b in zip(wood, nz)]
        add(out, mul(s, env_ad(n, 0.002, 0.06)), t, g)
    add(out, thud(rng), 0.02, 0.6)
    return fade(normalise(out, 0.8))


def plunk(rng: random.Random) -> Buf:
    n = int(0.7 * RATE)
    s = tone(392, 0.7, (1.0, 0.35, 0.12, 0.05))
    s = [v + 0.2 * z for v, z in zip(s, lowpass(noise(rng, n), 800))]
    return fade(normalise(mul(s, env_ad(n, 0.003, 0.14)), 0.6))


def pages(rng: random.Random) -> Buf:
    out = silence(1.2)
    for t in (0.0, 0.35, 0.7):
        n = int(0.32 * RATE)
        s = bandpass(noise(rng, n), 1200, 6000)
        e = [math.sin(math.pi * i / n) ** 2 * (0.6 + 0.4 * math.sin(TAU * 23 * i / RATE)) for i in range(n)]
        add(out, mul(s, e), t, rng.uniform(0.7, 1.0))
    return fade(normalise(out, 0.4))


def whoosh(rng: random.Random) -> Buf:
    n = int(0.8 * RATE)
    src = noise(rng, n)
    out, lo, lo2 = [], 0.0, 0.0
    for i, v in enumerate(src):
        t = i / n
        cut = 300 + 2800 * math.sin(math.pi * t)
        k = 1 - math.exp(-TAU * cut / RATE)
        lo += k * (v - lo)
        lo2 += k * (lo - lo2)
        out.append(lo2 * math.sin(math.pi * t) ** 1.5)
    return fade(normalise(out, 0.55))


def chirp(rng: random.Random, f0: float, f1: float, sec: float) -> Buf:
    n = int(sec * RATE)
    ph, out = 0.0, []
    for i in range(n):
        t = i / n
        f = f0 + (f1 - f0) * t + 300 * math.sin(TAU * 30 * t * sec)
        ph += TAU * f / RATE
        out.append(math.sin(ph) * math.sin(math.pi * t))
    return out


def birds(rng: random.Random) -> Buf:
    out = silence(2.6)
    t = 0.05
    while t < 2.3:
        f0 = rng.uniform(2600, 4200)
        for k in range(rng.randint(2, 4)):
            add(out, chirp(rng, f0, f0 + rng.uniform(-900, 900), rng.uniform(0.05, 0.11)), t + k * 0.12, 0.6)
        t += rng.uniform(0.4, 0.8)
    return fade(normalise(out, 0.4))


SOUNDS: dict[str, Callable[[random.Random], Buf]] = {
    "birds": birds, "knock": knock, "thud": thud, "door-click": door_click, "chair-crash": chair_crash,
    "smash": smash, "plunk": plunk, "pages": pages, "whoosh": whoosh,
}  # the music (long seamless pieces, OGG) is made by tools/assets/music.py


def write_wav(path: Path, x: Buf) -> None:
    data = array.array("h", (max(-32767, min(32767, round(v * 32767))) for v in x))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data.tobytes())


def write_all(root: Path) -> None:
    import zlib
    root.mkdir(parents=True, exist_ok=True)
    for name, fn in SOUNDS.items():
        write_wav(root / f"{name}.wav", fn(random.Random(zlib.crc32(name.encode()))))
    print(f"sounds: {len(SOUNDS)} written")
