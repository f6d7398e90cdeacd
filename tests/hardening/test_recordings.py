"""Recorded input is input: hostile recordings are refused with file:line and a reason, in bounded time
and memory, (issue 14, tester 9; the recorder's real time is in tests/app/test_window.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.replay.record import MAX_BYTES, RecordError, read_recording
from tests.conftest import ROOT

HEADER = json.dumps({"format": "vn-input", "version": 1, "start": {"scene": None, "line": None}})
FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=150,
                suppress_health_check=[HealthCheck.too_slow])


def write(tmp: Path, *lines: str) -> Path:
    path = tmp / "rec.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


BAD_LINES = {
    "button-infinity": (HEADER, '{"t": 5, "events": [{"type": "click", "pos": [1, 2], "button": Infinity}]}'),
    "y-1e400": (HEADER, '{"t": 5, "events": [{"type": "wheel", "y": 1e400}]}'),
    "pos-float": (HEADER, '{"t": 5, "events": [{"type": "move", "pos": [1.5, 2]}]}'),
    "pos-huge": (HEADER, '{"t": 5, "events": [{"type": "move", "pos": [10000000000, 2]}]}'),
    "start-line-number": ('{"format": "vn-input", "version": 1, "start": {"line": 5}}',),
    "start-line-no-scene": ('{"format": "vn-input", "version": 1, "start": {"line": "x"}}',),
    "nested": (HEADER, "[" * 100_000 + "]" * 100_000),
    "digits": (HEADER, '{"t": ' + "9" * 5000 + ', "events": []}'),
    "t-huge": (HEADER, '{"t": 1000000000000000, "events": []}'),
    "t-backwards": (HEADER, '{"t": 50, "events": []}', '{"t": 40, "events": []}'),
    "t-bool": (HEADER, '{"t": true, "events": []}'),
    "key-number": (HEADER, '{"t": 5, "events": [{"type": "key", "key": 32}]}'),
    "key-unknown": (HEADER, '{"t": 5, "events": [{"type": "key", "key": "no such key"}]}'),
    "mod-text": (HEADER, '{"t": 5, "events": [{"type": "key", "key": "a", "mod": "ctrl"}]}'),
    "events-many": (HEADER, json.dumps({"t": 5, "events": [{"type": "quit"}] * 5000})),
    "end-type": (HEADER, '{"end": {"screen": 3, "line": null}}'),
    "nan": (HEADER, '{"t": NaN, "events": []}'),
}


@pytest.mark.parametrize("name", list(BAD_LINES))
def test_a_bad_field_is_refused_with_its_line_number(tmp_path: Path, name: str) -> None:
    pygame.init()
    lines = BAD_LINES[name]
    path = write(tmp_path, *lines)
    with pytest.raises(RecordError) as caught:
        read_recording(path)
    assert f"{path}:{len(lines)}:" in str(caught.value), str(caught.value)
    assert len(str(caught.value)) < 400  # the message quotes a bad value briefly, never the whole line


def test_files_that_are_not_regular_or_too_big_are_refused_at_once(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    with open(big, "wb") as handle:  # sparse: 300 MB on paper, nothing on disk
        handle.truncate(300 * 1024 * 1024)
    with pytest.raises(RecordError, match="over the 16 MB"):
        read_recording(big)
    assert MAX_BYTES == 16 * 1024 * 1024
    with pytest.raises(RecordError, match="not a regular file"):
        read_recording(tmp_path)
    if Path("/dev/zero").exists():
        with pytest.raises(RecordError, match="not a regular file"):
            read_recording(Path("/dev/zero"))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result: list[BaseException | None] = []
    reader = threading.Thread(target=lambda: _catch(result, fifo), daemon=True)
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(result[0], RecordError) and "not a regular file" in str(result[0])


def _catch(out: list[BaseException | None], path: Path) -> None:
    try:
        read_recording(path)
        out.append(None)
    except BaseException as exc:  # noqa: BLE001 - the test looks at what was raised
        out.append(exc)


@pytest.mark.parametrize("given_path, message", [("/dev/zero", "not a regular file"), ("FIFO", "not a regular file"),
                                                ("BAD", "rec.jsonl:2:")])
def test_vn_replay_input_refuses_with_exit_1_and_no_traceback(tmp_path: Path, given_path: str, message: str) -> None:
    if given_path == "FIFO":
        given_path = str(tmp_path / "fifo")
        os.mkfifo(given_path)
    elif given_path == "BAD":
        given_path = str(write(tmp_path, *BAD_LINES["button-infinity"]))
    elif not Path(given_path).exists():
        pytest.skip("no /dev/zero here")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("SDL_")}, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "game", "replay", "--input", given_path], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr, done.stderr


EVENT = st.fixed_dictionaries({"type": st.sampled_from(["key", "keyup", "click", "release", "move", "wheel", "resize",
                                                        "quit", "tap", 7])},
                              optional={"key": st.one_of(st.sampled_from(["space", "a", "page up"]), st.integers(), st.text(max_size=5)),
                                        "pos": st.lists(st.one_of(st.integers(), st.floats(), st.none()), max_size=3),
                                        "button": st.one_of(st.integers(), st.floats(), st.booleans()),
                                        "y": st.one_of(st.integers(), st.floats()),
                                        "size": st.lists(st.integers(), max_size=3),
                                        "mod": st.one_of(st.lists(st.sampled_from(["ctrl", "alt", "meta"])), st.text(max_size=4))})
FRAME = st.fixed_dictionaries({"t": st.one_of(st.integers(min_value=-5, max_value=10 ** 20), st.floats(), st.text(max_size=3)),
                               "events": st.one_of(st.lists(EVENT, max_size=4), st.integers())})
LINE = st.one_of(FRAME.map(json.dumps), st.just('{"end": {"screen": "game", "line": null}}'), st.text(max_size=30),
                 st.sampled_from(["Infinity", "-Infinity", "[[[[[[[[[[1]]]]]]]]]]", "1e999", "{}", "null"]))


@FUZZ
@given(lines=st.lists(LINE, max_size=8))
def test_any_recording_is_read_or_refused_with_a_located_reason(tmp_path_factory: pytest.TempPathFactory,
                                                               lines: list[str]) -> None:
    pygame.init()
    path = write(tmp_path_factory.mktemp("rec"), HEADER, *(line.replace("\n", " ") for line in lines))
    try:
        header, frames, _end = read_recording(path)
    except RecordError as exc:
        assert str(exc).startswith(f"{path}:"), str(exc)
        return
    assert header["format"] == "vn-input"
    times = [t for t, _ in frames]
    assert times == sorted(times) and all(0 <= t <= 6 * 3600 * 1000 for t in times)
