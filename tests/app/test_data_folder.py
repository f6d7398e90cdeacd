"""Saves and the data folder as players meet them (issue 14, saves): untrusted display texts, a save made
at the end, a data folder that cannot be used, atomic screenshots, two games sharing the seen lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.replay.pilot import Pilot


def _slot(home: Path, pilot: Pilot, **meta: object) -> Path:
    """A real quick save of the pilot's game, with its display texts replaced."""
    pilot.press("f5")
    path = home / "saves" / "slot-quick.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meta"].update(meta)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("meta", [{"line_text": "x" * 4000}, {"line_text": "a\x00b"}, {"scene_title": "\u200b"},
                                  {"scene_title": "\u200f" * 50, "scene_id": "\u200b"}, {"line_text": "\x1b[2J" * 300}],
                         ids=["long-word", "nul", "zero-width-title", "only-marks", "escapes"])
def test_a_saves_display_texts_cannot_crash_or_stall_the_load_screen(pilot: Pilot, meta: dict) -> None:  # type: ignore[type-arg]
    pilot.start()
    pilot.advance(2)
    _slot(pilot.home, pilot, **meta)
    pilot.press("escape")
    pilot.click_button("Load")
    assert pilot.view.screen == "load"
    pilot.wait(100)  # the Load screen is drawn with the slot's thumbnail and texts
    from game.saves import SaveStore

    shown = {s.slot: s for s in SaveStore(pilot.home / "saves").slots()}["quick"].meta
    assert shown is not None and len(shown.line_text) <= 200 and "\x00" not in shown.line_text + shown.scene_title
    assert "\x1b" not in shown.line_text


def test_a_save_made_at_the_end_opens_the_end_card_with_a_notice(pilot: Pilot) -> None:
    pilot.start()
    pilot.advance(1)
    path = _slot(pilot.home, pilot)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["state"].update({"ended": True, "position": None, "trail": [], "future": []})
    path.write_text(json.dumps(data), encoding="utf-8")
    pilot.press("f9")
    view = pilot.view
    assert view.screen == "end" and view.notice and "end of the story" in view.notice


@pytest.mark.parametrize("home", ["too-long", "saves-is-a-file"])
def test_a_data_folder_that_cannot_be_used_starts_with_saving_off(tmp_path: Path, home: str) -> None:
    if home == "too-long":
        folder = tmp_path / ("x" * 300) / "home"
    else:
        folder = tmp_path / "home"
        folder.mkdir()
        (folder / "saves").write_text("not a folder", encoding="utf-8")
    pilot = Pilot(home=folder)
    try:
        assert pilot.view.notice and pilot.view.notice.startswith("Saving is off")
        pilot.start()
        pilot.advance(1)
        pilot.press("f5")
        assert "Saving is off" in (pilot.view.notice or "")
        pilot.press("s")
        assert "saving is off" in (pilot.view.notice or "")
        assert pilot.view.screen == "game"
    finally:
        pilot.close()


def test_a_screenshot_is_written_atomically(pilot: Pilot, monkeypatch: pytest.MonkeyPatch) -> None:
    import game.fsutil as fsutil

    replaced: list[str] = []
    real = fsutil.os.replace

    def replace(src: str, dst: str) -> None:
        replaced.append(str(dst))
        real(src, dst)

    monkeypatch.setattr(fsutil.os, "replace", replace)
    pilot.start()
    path = pilot.app.screenshot()
    assert path is not None and str(path) in replaced
    assert path.read_bytes().startswith(b"\x89PNG") and not list(path.parent.glob(".*.tmp"))

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "fsync", full)
    assert pilot.app.screenshot() is None and "No space left" in (pilot.view.notice or "")
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no empty or partial file


def test_two_games_sharing_a_data_folder_keep_both_records_of_seen_lines(tmp_path: Path) -> None:
    first, second = Pilot(home=tmp_path), Pilot(home=tmp_path)
    try:
        first.start("memorial-dawn")
        first.advance(3)
        second.start("kakashi-door")
        second.advance(2)
        seen_first, seen_second = set(first.app.session.persistent.seen), set(second.app.session.persistent.seen)
    finally:
        first.close()
        second.close()
    saved = json.loads((tmp_path / "persistent.json").read_text(encoding="utf-8"))
    assert seen_first | seen_second <= set(saved["seen"])
    assert {"memorial-dawn", "kakashi-door"} <= set(saved["reached"])
