"""The music: four pieces of at least a minute, OGG Vorbis, decoded by pygame as the game plays them, that
loop without a seam, at sensible levels without clipping; and the crossfade between pieces through the
audio layer (SDL's dummy audio driver mixes in real time, so the fades really run).

Nobody listened to these: the checks are numerical."""

from __future__ import annotations

import array
import math
import shutil
import subprocess
import time
import wave
from pathlib import Path

import pygame
import pytest

from game import paths
from game.audio import MIXER, Audio, ensure_mixer

PIECES = ["morning", "memory-theme", "night-room", "sunrise"]
SOUNDS = paths.assets_dir() / "sounds"


@pytest.fixture(scope="module")
def mixer():
    assert ensure_mixer()  # the game's format, even when an earlier test opened the mixer in another
    yield pygame.mixer.get_init()


def _decoded(name: str, mixer) -> list[float]:  # type: ignore[no-untyped-def]
    if name not in _DECODED:
        raw = array.array("h", pygame.mixer.Sound(str(SOUNDS / f"{name}.ogg")).get_raw())
        _DECODED[name] = [v / 32768 for v in raw[::mixer[2]]]  # the left channel (the pieces are mono)
    return _DECODED[name]


_DECODED: dict[str, list[float]] = {}


def _rms(x: list[float]) -> float:
    return math.sqrt(sum(v * v for v in x) / len(x))


@pytest.mark.parametrize("name", PIECES)
def test_each_piece_is_a_minute_of_ogg_vorbis_at_a_sensible_level(name, mixer):
    path = SOUNDS / f"{name}.ogg"
    assert path.read_bytes()[:4] == b"OggS" and b"vorbis" in path.read_bytes()[:64]
    assert not (SOUNDS / f"{name}.wav").exists()  # the game would still prefer the OGG, but no stale copy ships
    assert path.stat().st_size < 300_000
    x = _decoded(name, mixer)
    seconds = len(x) / mixer[0]
    assert 60 <= seconds <= 70
    peak = max(abs(v) for v in x)
    assert 0.3 <= peak <= 0.8  # no clipping, and not a whisper
    assert -24 <= 20 * math.log10(_rms(x)) <= -14
    window = mixer[0] * 4  # never silent for long: every 4 s window has some sound
    assert min(_rms(x[i:i + window]) for i in range(0, len(x) - window, window)) > 0.01


@pytest.mark.parametrize("name", PIECES)
def test_each_piece_loops_without_a_seam(name, mixer):
    x = _decoded(name, mixer)
    n, rate = len(x), mixer[0]
    steps = sorted(abs(x[i + 1] - x[i]) for i in range(n - 1))
    typical = steps[int(0.999 * len(steps))]
    seam = abs(x[0] - x[-1])
    assert seam <= typical  # the step from the last sample to the first is an ordinary one
    bend = abs(x[1] - 2 * x[0] + x[-1])  # no kink either
    bends = sorted(abs(x[i + 1] - 2 * x[i] + x[i - 1]) for i in range(1, n - 1, 7))
    assert bend <= bends[int(0.999 * len(bends))]
    quarter = rate // 4
    assert 0.5 <= _rms(x[-quarter:]) / _rms(x[:quarter]) <= 2.0  # no jump in level across the loop


def test_the_script_names_the_pieces():
    text = (paths.script_dir() / "chapter-01.yaml").read_text(encoding="utf-8")
    for name in PIECES:
        assert f"music: {name}" in text


def _audio(tmp_path: Path, fade_ms: int) -> Audio:
    (tmp_path / "sounds").mkdir()
    for name in ("morning", "sunrise"):
        shutil.copyfile(SOUNDS / f"{name}.ogg", tmp_path / "sounds" / f"{name}.ogg")
    return Audio(tmp_path, fade_ms=fade_ms)


def _until(done, limit: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    """Wait (real time: the mixer's thread runs the fades) until `done()`, at most `limit` seconds."""
    end = time.monotonic() + limit
    while not done():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


def test_a_new_piece_crossfades_with_the_old_one(tmp_path, mixer):
    audio = _audio(tmp_path, fade_ms=600)
    try:
        assert audio.ok
        audio.play_music("morning")
        time.sleep(0.8)
        audio.play_music("sunrise")
        samples = []
        for _ in range(4):
            time.sleep(0.1)
            new, old = audio._decks[audio._deck], audio._decks[1 - audio._deck]
            samples.append((new.get_volume(), old.get_volume(), old.get_busy()))
        assert all(busy for _, _, busy in samples)  # both pieces sound together for a while...
        assert samples[-1][0] > samples[0][0] and samples[-1][1] < samples[0][1]  # ... the new rising, the old falling
        assert _until(lambda: not audio._decks[1 - audio._deck].get_busy())  # the old one ends
        assert audio.decks()[audio._deck] == ("sunrise", True)
        audio.play_music("sunrise")  # the same piece carries on
        assert audio.decks()[audio._deck] == ("sunrise", True)
    finally:
        audio.stop()


def test_music_volume_follows_the_settings_and_stopping_fades_out(tmp_path, mixer):
    audio = _audio(tmp_path, fade_ms=200)
    try:
        audio.set_volumes(0.5, 0.6, 1.0)
        audio.play_music("morning")
        sound = audio._playing[audio._deck][1]
        assert sound.get_volume() == pytest.approx(0.3, abs=0.01)
        audio.set_volumes(1.0, 0.25, 1.0)
        assert sound.get_volume() == pytest.approx(0.25, abs=0.01)
        audio.play_music(None)
        assert _until(lambda: not any(busy for _, busy in audio.decks()))
        audio.play_music("no-such-piece")  # a missing piece is silence, not an error
        assert not any(busy for _, busy in audio.decks())
    finally:
        audio.stop()


def test_without_a_device_music_is_a_silent_no_op(tmp_path):
    audio = Audio(tmp_path, enabled=False)
    audio.play_music("morning")
    audio.set_volumes(1, 1, 1)
    audio.play_music(None)
    assert audio.music is None and audio.decks() == []


@pytest.mark.skipif(shutil.which("oggenc") is None, reason="oggenc (vorbis-tools) is needed to encode")
def test_encoding_is_deterministic(tmp_path):
    from tools.assets.music import Loop, encode, finish
    from tools.assets.sounds import write_wav

    loop = Loop(2.0)
    loop.chord(0.0, 1.5, [57, 60, 64], 0.2, attack=0.1, release=1.0)  # rings past the end: wraps to the start
    x = finish(loop)
    assert abs(x[0] - x[-1]) < 0.01
    write_wav(tmp_path / "a.wav", x)
    encode(tmp_path / "a.wav", tmp_path / "1.ogg", "test")
    encode(tmp_path / "a.wav", tmp_path / "2.ogg", "test")
    assert (tmp_path / "1.ogg").read_bytes() == (tmp_path / "2.ogg").read_bytes()
    with wave.open(str(tmp_path / "a.wav")) as w:
        assert w.getnframes() == 2 * 22050
    assert subprocess.run(["oggenc", "--version"], capture_output=True).returncode == 0


def test_the_game_opens_the_mixer_mono_at_22_khz_even_after_pygame_init(tmp_path: Path) -> None:
    """pygame.init() opens the mixer at 44.1 kHz stereo, four times the memory per decoded piece: the game asks
    for its format first, and the audio layer reopens a mixer found in another format."""
    from game.check import check_story
    from game.app import App

    pygame.mixer.quit()
    pygame.mixer.pre_init(44100, -16, 2)  # pygame's own default, as in a process that never asked
    pygame.init()
    assert pygame.mixer.get_init() == (44100, -16, 2)
    Audio(SOUNDS.parent)
    assert pygame.mixer.get_init() == MIXER[:3]
    pygame.mixer.quit()
    app = App(check_story(), settings_dir=tmp_path)
    assert pygame.mixer.get_init() == MIXER[:3] and app.audio.ok
