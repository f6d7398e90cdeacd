"""`vn replay` split over two processes (game/replay/split.py): the same trace, screenshots, contact sheets and
summary as one process; where it is not split; a failed part means the serial replay; a stop keeps the rows."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

import pytest

from game.check import check_story
from game.replay import split
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not (hasattr(os, "fork") and sys.platform.startswith("linux")),
                                reason="the split replay forks: Linux only")


def replay(*args: str, serial: bool, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDL_") and k != split.SERIAL_ENV}
    if serial:
        env[split.SERIAL_ENV] = "1"
    return subprocess.run([sys.executable, "-m", "game", "replay", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**env, "PYTHONPATH": str(ROOT), "VN_HOME": str(cwd / "home")})


def pixels(path: Path) -> str:
    """A picture's pixels, as a digest (a short value for pytest to compare and print)."""
    import pygame

    return hashlib.sha256(pygame.image.tobytes(pygame.image.load(str(path)), "RGB")).hexdigest()


@pytest.fixture(scope="module")
def chapter():  # type: ignore[no-untyped-def]
    result = check_story()
    assert result.ok
    return result


@pytest.mark.slow
def test_a_split_replay_writes_what_one_process_writes(tmp_path: Path, chapter,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of 138 lines over five scenes, from a line of one scene to a line of another: cut at a scene's start,
    it gives the same trace rows (byte for byte), screenshots and contact sheets (pixel for pixel) and counts as the
    serial replay."""
    monkeypatch.setattr(split, "can_fork", lambda: True)  # this process may hold threads; the replays are new ones
    ids = [beat.line.id for beat in chapter.program.beats]
    first, last = ids[92], ids[229]  # lunch-under-the-tree's first line, a line of kakashi-door
    parts = split.plan(chapter, first.split("/")[0], first, last)
    if parts is None:
        pytest.skip("one core: the replay is not split")
    assert [p.first for p in parts] == [0, len(parts[0].lines)] and parts[1].lead_in
    assert parts[0].lines + parts[1].lines == tuple(ids[92:230])
    assert chapter.program.beats[92 + parts[1].first].scene_start  # cut where a scene starts
    runs = {}
    for way in ("serial", "split"):
        folder = tmp_path / way
        folder.mkdir()
        done = replay("--from", first, "--to", last, "--trace", str(folder / "trace.jsonl"), "--shots",
                      str(folder / "shots"), "--sheet", serial=way == "serial", cwd=folder)
        assert done.returncode == 0, done.stderr
        runs[way] = done
    serial, parted = tmp_path / "serial", tmp_path / "split"
    rows = [(serial / "trace.jsonl").read_text(encoding="utf-8"), (parted / "trace.jsonl").read_text(encoding="utf-8")]
    assert rows[0].replace(str(serial), str(parted)) == rows[1]
    assert [json.loads(row)["line"] for row in rows[1].splitlines()] == ids[92:230]
    files = sorted(p.name for p in (serial / "shots").iterdir())
    assert files == sorted(p.name for p in (parted / "shots").iterdir()) and len(files) == 138 + 5  # and 5 sheets
    # the same pixels (as the determinism test compares them: the fast deflate's bytes may differ for equal pixels)
    assert [pixels(serial / "shots" / name) for name in files] == [pixels(parted / "shots" / name) for name in files]
    counts = [done.stdout.split(" frames")[0] for done in runs.values()]
    assert counts[0] == counts[1] == "replay: 138 lines, 5 scenes, 275"


def test_where_a_replay_is_not_split(chapter, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    first = chapter.story.scenes[0].id
    monkeypatch.setattr(split, "can_fork", lambda: True)  # whatever threads an earlier test left in this worker
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert split.plan(chapter, first, None, None) is not None
    monkeypatch.setenv(split.SERIAL_ENV, "1")
    assert split.plan(chapter, first, None, None) is None
    monkeypatch.setenv(split.SERIAL_ENV, "0")
    assert split.plan(chapter, first, None, None) is not None
    ids = [beat.line.id for beat in chapter.program.beats]
    assert split.plan(chapter, first, None, ids[split.MIN_LINES - 2]) is None  # too short to be worth two processes
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert split.plan(chapter, first, None, None) is None


def _story(root: Path, menu: bool, flag_at: int | None) -> Path:
    """Four scenes of 40 lines; a menu at the end of the second, or a flag set before a line."""
    root.mkdir()
    scenes = []
    for n in range(4):
        lines = []
        for i in range(40):
            if flag_at == n * 40 + i:
                lines.append("- set: met")
            lines.append(f'- "Line {n}.{i}."')
        if menu and n == 1:
            lines += ["- choice:", "    - text: Go on", "      lines:", '        - "Onward."']
        scenes.append(f"  - scene: s{n}\n    title: S{n}\n    place: yard\n    time: noon\n    lines:\n"
                      + "\n".join("      " + line for line in lines))
    (root / "chapter.yaml").write_text("scenes:\n" + "\n".join(scenes) + "\n", encoding="utf-8")
    (root / "story.yaml").write_text("title: T\ncast:\n  kakashi:\n    name: Kakashi\n    sprite: kakashi\n"
                                     "places:\n  yard:\n    name: Yard\n    map: maps/memorial.tmx\n"
                                     "chapters:\n  - chapter.yaml\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(("menu", "flag_at", "cut"), [(False, None, True), (True, None, False), (False, 5, False),
                                                      (False, 100, True)])
def test_no_cut_past_a_menu_or_a_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, menu: bool,
                                       flag_at: int | None, cut: bool) -> None:
    """A new game jumping to the cut has no flags and took no option: the run is cut only where the serial run is in
    that state (a flag set after the cut does not matter)."""
    monkeypatch.setattr(split, "can_fork", lambda: True)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    result = check_story(_story(tmp_path / "story", menu, flag_at), ROOT / "assets", with_assets=False)
    assert result.ok, [d.format() for d in result.diagnostics]
    parts = split.plan(result, "s0", None, None)
    assert (parts is not None) == cut
    if parts is not None:
        assert parts[1].lines[0] == "s2/" + parts[1].lines[0].split("/")[1] and len(parts[0].lines) == 80


def _parts() -> list[split.Part]:
    return [split.Part("a", None, "a/2", 0, ("a/1", "a/2")), split.Part("a", "a/2", None, 2, ("b/1", "b/2"), True)]


def _player(folder: Path, fail: int | None = None, wander: bool = False):  # type: ignore[no-untyped-def]
    def play(part: split.Part, trace: TextIO) -> split.Played:
        written = []
        for n, line in enumerate(part.lines):
            shot = folder / f"{part.first + n + 1:04d}.png"
            shot.write_bytes(b"x")
            written.append(str(shot))
            trace.write(json.dumps({"line": line}) + "\n")
            os.write(2, f"warning: {line[0]}\n".encode())  # a process's stderr (pytest's sys.stderr is its own)
        os.write(2, b"warning: both\n")
        if fail is not None and part.first == fail:
            raise RuntimeError("a part that fails")
        shown = list(part.lines[::-1]) if wander and part.first else list(part.lines)
        return split.Played(shown, [part.lines[0][0]], [1.0, 2.0], written)

    return play


def test_parts_rows_come_back_in_order_and_each_warning_once(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    rows: list[str] = []
    played = split.run(_parts(), _player(tmp_path), rows.append, ())
    assert played is not None and [p.shown for p in played] == [["a/1", "a/2"], ["b/1", "b/2"]]
    assert [json.loads(r)["line"] for r in rows] == ["a/1", "a/2", "b/1", "b/2"]
    # each part's own warnings as it gave them; the one both gave, once (as one process logs a warning once)
    assert capfd.readouterr().err == "warning: a\nwarning: a\nwarning: both\nwarning: b\nwarning: b\n"


def test_the_first_parts_rows_are_kept_while_it_plays(tmp_path: Path) -> None:
    """As one process writes its trace: a tester following the file sees rows while the replay works."""
    seen = tmp_path / "seen"

    def play(part: split.Part, trace: TextIO) -> split.Played:
        answered = []
        for line in part.lines:
            trace.write(json.dumps({"line": line}) + "\n")
            deadline = time.monotonic() + 60  # a guard: the assertion is on what was seen, not on a time
            while part.first == 0 and not (seen / line.replace("/", "-")).exists() and time.monotonic() < deadline:
                time.sleep(0.01)  # the first part goes on once this process has its row
            answered.append(str((seen / line.replace("/", "-")).exists()))
        return split.Played(list(part.lines), answered, [], [])

    seen.mkdir()
    rows: list[str] = []

    def keep(row: str) -> None:
        rows.append(row)
        (seen / json.loads(row)["line"].replace("/", "-")).touch()

    played = split.run(_parts(), play, keep, ())
    assert played is not None and played[0].scenes == ["True", "True"]  # each row kept while the part played
    assert [json.loads(r)["line"] for r in rows] == ["a/1", "a/2", "b/1", "b/2"]


@pytest.mark.parametrize("how", ["fails", "wanders"])
def test_a_part_that_fails_or_wanders_means_the_serial_replay(tmp_path: Path, how: str) -> None:
    """None: the serial replay plays the run again (nothing is kept unless rows are kept live, which the caller
    takes back). What the parts said they wrote is taken away first (a part that failed says nothing: the serial
    replay writes its files again, under the same names)."""
    rows: list[str] = []
    play = _player(tmp_path, fail=2) if how == "fails" else _player(tmp_path, wander=True)
    assert split.run(_parts(), play, rows.append, (), live=False) is None
    assert rows == []
    if how == "wanders":
        assert list(tmp_path.iterdir()) == []


_STOPPED = """
import json, os, signal, sys, time
from pathlib import Path
from game.replay import split

folder, parent = Path(sys.argv[1]), os.getpid()

class Stop(Exception):
    pass

def play(part, trace):
    trace.write(json.dumps({"line": part.lines[0]}) + "\\n")
    try:
        if part.first:
            os.kill(parent, signal.SIGUSR1)
        time.sleep(600)  # until the replay asks it to stop
    finally:
        (folder / f"closed-{part.first}").touch()
    raise AssertionError("not reached")

def stop(signum, frame):
    raise Stop()

signal.signal(signal.SIGUSR1, stop)
rows, stopped = [], False
parts = [split.Part("a", None, "a/2", 0, ("a/1", "a/2")), split.Part("a", "a/2", None, 2, ("b/1", "b/2"), True)]
try:
    split.run(parts, play, rows.append, (Stop,))
except Stop:
    stopped = True
try:
    os.waitpid(-1, os.WNOHANG)
    left = True
except ChildProcessError:
    left = False
print(json.dumps({"stopped": stopped, "rows": [json.loads(r)["line"] for r in rows], "left": left,
                  "closed": sorted(p.name for p in folder.iterdir())}))
"""


def test_a_stop_keeps_the_rows_written_so_far(tmp_path: Path) -> None:
    """Stopped, each part is asked to stop and finishes what it was writing (as a stopped replay writes the
    screenshots it has begun), then the rows written so far are kept, and the stop goes on up. Played in a process
    of its own, of one thread, as `vn replay` is (a test worker has threads of its own, and a signal sent to it
    while its main thread forks may be taken by another thread and handled late or not at all)."""
    done = subprocess.run([sys.executable, "-c", _STOPPED, str(tmp_path)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["stopped"], got
    assert got["rows"] in (["a/1", "b/1"], ["b/1"]), got  # part one may not have written its row yet
    assert "closed-2" in got["closed"], got  # the part that was at work finished as a stopped replay does
    assert not got["left"], got  # both parts ended and waited for


def test_rows_kept_live_are_taken_back_for_the_serial_replay(tmp_path: Path) -> None:
    from game.outputs import open_output
    from game.replay.driver import _Outputs

    trace = open_output(tmp_path / "t.jsonl", "--trace")
    out = _Outputs(trace, None, False, (1280, 720))
    out.keep('{"line": "a/1"}\n')
    assert out.count == 1 and (tmp_path / "t.jsonl").read_text(encoding="utf-8") == '{"line": "a/1"}\n'
    out.restart()
    out.keep('{"line": "a/1"}\n')  # the serial replay's first row, in the first place
    trace.close()
    assert out.count == 1 and (tmp_path / "t.jsonl").read_text(encoding="utf-8") == '{"line": "a/1"}\n'
