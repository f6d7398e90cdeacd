"""Saves, settings and persistent data: atomic, versioned, and damage is reported, never raised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.persistent import Persistent, load_persistent, save_persistent
from game.saves import SaveError, SaveMeta, SaveStore
from game.settings import Settings, load_settings, save_settings

META = SaveMeta("1", "memorial-dawn", "Before dawn", "memorial-dawn/n-abc123", "Mist.", "2026-11-25T12:00:00", b"\x89PNG")
STATE = {"format": "vn-story-state", "version": 1, "min_compatible": 1, "position": "memorial-dawn/n-abc123"}


def test_save_and_read_back(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    store.write("1", STATE, META)
    state, meta = store.read("1")
    assert state == STATE and meta == META
    assert [p.name for p in tmp_path.iterdir()] == ["slot-1.json"]  # no temp files left behind


def test_slots_list_empty_damaged_and_good(tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    store.write("2", STATE, META)
    (tmp_path / "slot-3.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "slot-4.json").write_text(json.dumps({"format": "vn-save", "version": 9, "min_compatible": 9}))
    (tmp_path / "slot-5.json").write_text(json.dumps({"format": "vn-save", "version": 1, "min_compatible": 1,
                                                      "meta": {"scene_id": 5}, "state": {}}))
    info = {s.slot: s for s in store.slots()}
    assert info["1"].meta is None and info["1"].damaged is None
    assert info["2"].meta is not None
    assert "broken JSON" in info["3"].damaged
    assert "newer version" in info["4"].damaged
    assert "not text" in info["5"].damaged
    assert store.latest() == "2"


@pytest.mark.parametrize("slot", ["../x", "", "0", "100", "quick/../1"])
def test_bad_slot_names_are_refused(tmp_path: Path, slot: str) -> None:
    with pytest.raises(SaveError):
        SaveStore(tmp_path).path(slot)


def test_settings_roundtrip_and_clamping(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(text_speed=80, fullscreen=True))
    settings, notice = load_settings(path)
    assert notice is None and settings.text_speed == 80 and settings.fullscreen is True
    path.write_text(json.dumps({"version": 1, "settings": {"text_speed": 10_000, "music_volume": "loud"}}))
    settings, notice = load_settings(path)
    assert settings.text_speed == 120 and settings.music_volume == Settings().music_volume
    assert notice and "music_volume" in notice


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[]", b'{"settings": 3}', b"nan"])
def test_damaged_settings_fall_back_to_defaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings, notice = load_settings(path)
    assert settings == Settings() and notice and "defaults" in notice


def test_missing_settings_are_defaults_without_notice(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == (Settings(), None)


def test_persistent_roundtrip_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "persistent.json"
    data = Persistent({"a/b"}, ["a"], True)
    save_persistent(path, data)
    assert load_persistent(path) == (data, None)
    path.write_text('{"seen": 5, "reached": []}')
    fresh, notice = load_persistent(path)
    assert fresh == Persistent() and notice
