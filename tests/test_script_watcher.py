"""The script watcher reports a saved change once, within its poll interval, using injected time."""

from __future__ import annotations

import os
from pathlib import Path

from game.script_watcher import POLL_SECONDS, ScriptWatcher


def test_watcher_sees_a_save_once(tmp_path: Path) -> None:
    story = tmp_path / "story.yaml"
    story.write_text("title: A\n", encoding="utf-8")
    watcher = ScriptWatcher(tmp_path)
    assert watcher.poll(1.0) is False
    story.write_text("title: B, longer\n", encoding="utf-8")
    os.utime(story, ns=(1, 10**18))
    assert watcher.poll(1.0 + POLL_SECONDS / 2) is False  # not yet time to look
    assert watcher.poll(1.0 + POLL_SECONDS) is True
    assert watcher.poll(2.0 + POLL_SECONDS) is False  # reported once
    (tmp_path / "chapter-02.yaml").write_text("scenes: []\n", encoding="utf-8")
    assert watcher.poll(3.0 + POLL_SECONDS) is True
