"""`vn replay` and `vn play` as a tester runs them: output paths checked first, signals obeyed, --from/--to
order, the first screenshot, and --input writing traces and shots (issue 14, testers 8, 10, 11, 12)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest

from tests.conftest import ROOT


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDL_")}
    return {**env, "PYTHONPATH": str(ROOT), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def vn(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env=_env())


def _outputs(tmp: Path) -> list[tuple[list[str], str]]:
    (tmp / "a-file").write_text("x", encoding="utf-8")
    cases = [
        (["replay", "--scene", "memorial-dawn", "--shots", str(tmp / "a-file")], "is a file, not a folder"),
        (["replay", "--trace", str(tmp / "missing" / "t.jsonl")], "does not exist"),
        (["replay", "--trace", str(tmp)], "is a folder"),
        (["play", "--record", "."], "is a folder"),
        (["play", "--record", str(tmp / "missing" / "r.jsonl")], "does not exist"),
        (["play", "--size", "60000x60000"], "--size 60000x60000 is out of range (160x90 to 7680x4320)"),
        (["replay", "--size", "0x0"], "--size 0x0 is out of range (160x90 to 7680x4320)"),
        (["replay", "--size", "wide"], "--size should look like 1280x720, not 'wide'"),
    ]
    if Path("/dev/full").exists():
        cases.append((["replay", "--trace", "/dev/full"], "the disk is full"))
    return cases


def test_bad_output_paths_exit_2_with_a_message_before_any_work(tmp_path: Path) -> None:
    for args, message in _outputs(tmp_path):
        done = vn(*args, timeout=60)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)
        assert "replay:" not in done.stdout  # nothing was played


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 3), (signal.SIGINT, 130)])
def test_a_signal_stops_a_replay_promptly_with_the_trace_written(tmp_path: Path, sig: int, code: int) -> None:
    trace = tmp_path / "t.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "game", "replay", "--trace", str(trace)], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (not trace.exists() or trace.read_text(encoding="utf-8").count("\n") < 3):
            time.sleep(0.05)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=120)  # a hang guard, not a speed target
    finally:
        proc.kill()
    assert proc.returncode == code, err
    assert "stopped by" in err and "Traceback" not in err
    records = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    assert 3 <= len(records) < 316  # stopped part-way, every written line whole


def test_to_before_from_is_refused(tmp_path: Path) -> None:
    trace = tmp_path / "t.jsonl"
    done = vn("replay", "--scene", "memorial-dawn", "--trace", str(trace))
    ids = [json.loads(line)["line"] for line in trace.read_text(encoding="utf-8").splitlines()]
    done = vn("replay", "--from", ids[5], "--to", ids[2])
    assert done.returncode == 2 and "comes before --from" in done.stderr and "replay:" not in done.stdout


def test_the_first_screenshot_is_the_first_line_not_the_title(tmp_path: Path) -> None:
    from game.replay.pilot import Pilot

    shots = tmp_path / "shots"
    done = vn("replay", "--scene", "memorial-dawn", "--shots", str(shots))
    assert done.returncode == 0, done.stderr
    first = pygame.image.load(str(sorted(shots.glob("0001-*.png"))[0]))
    pilot = Pilot()  # not instant: every reveal and transition is completed the slow way
    try:
        title = pilot.app.frame.copy()
        pilot.start("memorial-dawn")
        line = pilot.app.frame.copy()
    finally:
        pilot.close()

    def mean_diff(a: pygame.Surface, b: pygame.Surface) -> float:
        pa, pb = pygame.image.tobytes(a, "RGB"), pygame.image.tobytes(b, "RGB")
        return sum(abs(x - y) for x, y in zip(pa[::97], pb[::97])) / len(pa[::97])

    assert mean_diff(first, line) < 2 and mean_diff(first, title) > 10


def test_input_playback_writes_trace_shots_and_sheet(tmp_path: Path) -> None:
    recording = tmp_path / "rec.jsonl"
    frames = [{"t": 8000 * (i + 1), "events": [{"type": "key", "key": "space"}]} for i in range(3)]
    recording.write_text("\n".join(json.dumps(r) for r in [
        {"format": "vn-input", "version": 1, "start": {"scene": "memorial-dawn", "line": None}}, *frames]) + "\n",
        encoding="utf-8")
    shots, trace = tmp_path / "shots", tmp_path / "t.jsonl"
    done = vn("replay", "--input", str(recording), "--shots", str(shots), "--sheet", "--trace", str(trace),
              "--size", "640x360")
    assert done.returncode == 0, done.stderr
    assert "pygame.init() has not been called" not in done.stderr + done.stdout
    records = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4 and len({r["line"] for r in records}) == 4
    assert all(r["scene"] == "memorial-dawn" and Path(r["shot"]).is_file() for r in records)
    assert pygame.image.load(records[0]["shot"]).get_size() == (640, 360)
    assert (shots / "sheet-memorial-dawn.png").is_file()
