"""Durability: a process killed with SIGKILL while it writes saves, settings and the record of seen
lines, 200 times. Every file left must be the old one or the new one, complete and loadable."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from game.persistent import Persistent, load_persistent, save_persistent
from game.saves import SaveMeta, SaveStore
from game.settings import Settings, load_settings, save_settings

KILLS = 200
PAD = "x" * 150_000  # a thumbnail-sized save: the write takes long enough to be killed in the middle


def state(counter: int) -> dict[str, object]:
    return {"format": "vn-story-state", "version": 1, "min_compatible": 1, "position": f"s/n-{counter:06d}",
            "ended": False, "trail": [f"s/n-{i:06d}" for i in range(max(0, counter - 300), counter)],
            "future": [], "seen": [], "counter": counter, "pad": PAD[: 1000 + counter % 1000]}


def writer(folder: Path, start: int) -> None:
    """The child: write slot 1, the settings and the seen lines, counting up, until killed."""
    store = SaveStore(folder / "saves")
    counter = start
    while True:
        meta = SaveMeta("1", "s", "Scene", f"s/n-{counter:06d}", "text", f"2026-01-01T00:00:{counter % 60:02d}")
        store.write("1", state(counter), meta)
        save_settings(folder / "settings.json", Settings(text_speed=counter % 120))
        save_persistent(folder / "persistent.json", Persistent({f"s/n-{i}" for i in range(counter % 500)}, ["s"]))
        counter += 1


def check(folder: Path, last: int) -> int:
    """Every file is complete and loadable, and no older than the last one seen; returns the save's counter."""
    saved, meta = SaveStore(folder / "saves").read("1")
    counter = saved["counter"]
    assert isinstance(counter, int) and counter >= last
    assert saved == state(counter) and meta.line_id == f"s/n-{counter:06d}"
    settings, notice = load_settings(folder / "settings.json")
    assert notice is None and 0 <= settings.text_speed < 120
    persistent, notice = load_persistent(folder / "persistent.json")
    assert notice is None and persistent.reached == ["s"]
    return counter


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_sigkill_while_saving_leaves_old_or_new_files(tmp_path: Path) -> None:
    rng = random.Random(9)
    last, mid_write = 0, 0
    writer_done = SaveStore(tmp_path / "saves")
    writer_done.write("1", state(0), SaveMeta("1", "s", "Scene", "s/n-000000", "text", "2026-01-01T00:00:00"))
    save_settings(tmp_path / "settings.json", Settings())
    save_persistent(tmp_path / "persistent.json", Persistent(set(), ["s"]))
    for _ in range(KILLS):
        before = set(os.listdir(tmp_path / "saves"))
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            try:
                writer(tmp_path, last + 1)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.002, 0.03))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        last = check(tmp_path, last)
        leftovers = [n for n in set(os.listdir(tmp_path / "saves")) - before if n.endswith(".tmp")]
        mid_write += bool(leftovers)
    assert last > KILLS // 4  # the writers got somewhere (fewer on a loaded machine: a kill may land before the first write)
    assert mid_write > 0, "no kill landed inside a write: the test proved nothing"
    print(f"{KILLS} kills, {mid_write} inside a write, {last} saves written")


def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception between the temp file and the rename (a full disk) leaves the old save and no temp file."""
    import game.fsutil

    store = SaveStore(tmp_path)
    meta = SaveMeta("1", "s", "Scene", "s/n-000001", "text", "2026-01-01T00:00:00")
    store.write("1", state(1), meta)

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(game.fsutil.os, "replace", full_disk)
    with pytest.raises(OSError):
        store.write("1", state(2), meta)
    assert store.read("1")[0] == state(1)
    assert os.listdir(tmp_path) == ["slot-1.json"]


def test_temp_files_left_by_a_kill_are_cleared_once_old(tmp_path: Path) -> None:
    """A kill mid-write leaves '.slot-1.json.*.tmp'; the next save removes those over an hour old."""
    store = SaveStore(tmp_path)
    meta = SaveMeta("1", "s", "Scene", "s/n-000001", "text", "2026-01-01T00:00:00")
    old, young = tmp_path / ".slot-1.json.abc.tmp", tmp_path / ".slot-1.json.def.tmp"
    other = tmp_path / ".slot-2.json.abc.tmp"
    for path in (old, young, other):
        path.write_bytes(b"half a save")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    os.utime(other, (time.time() - 7200, time.time() - 7200))
    store.write("1", state(1), meta)
    assert not old.exists() and young.exists() and other.exists()  # a live writer's file, another slot's


def test_a_pipe_or_device_target_is_written_through_not_replaced(tmp_path: Path) -> None:
    """`vn adapt -o /dev/null` (or a named pipe) must not rename a file over the device: the data goes
    through it and it stays what it was. Shown with a FIFO, so no test ever risks the real /dev/null. (A save
    or cache path that is a FIFO is replaced instead: tests/hardening/test_check_cache_hostile.py.)"""
    import stat
    import threading

    from game.fsutil import atomic_write_bytes

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    atomic_write_bytes(fifo, b"draft: yes\n", devices=True)
    reader.join(timeout=10)
    assert got == [b"draft: yes\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temp file left beside it
