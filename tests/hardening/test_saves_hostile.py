"""Saves, settings and the record of seen lines, truncated, corrupted and hand-edited (wrong types,
unknown line ids, future versions): listed as damaged or defaulted with a notice, never a crash.
Older saves keep loading: a save written by format version 1 is kept here as a golden file."""

from __future__ import annotations

import base64
import copy
import json
import math
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.check import check_story
from game.persistent import Persistent, load_persistent
from game.saves import SaveError, SaveStore
from game.session import Session
from game.settings import SETTING_RANGES, Settings, load_settings
from game.story.runner import Status
from tests.hardening.conftest import SCRIPT

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=150,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
GOLDEN = Path(__file__).parent / "data" / "save-v1.json"
RESULT = check_story(SCRIPT, with_assets=False)
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
                    max_leaves=30)
HOSTILE_VALUES: list[Any] = [None, True, 0, -1, 10**400, 1e308, math.nan, math.inf, "", "x" * 10_000, "../../etc",
                             [], {}, [1, 2], {"a": 1}, "\x00", "nope/nope"]


def session(folder: Path) -> Session:
    return Session(RESULT, folder, lambda: 1_790_000_000.0)


def a_real_save(folder: Path, lines: int = 12) -> dict[str, Any]:
    """Play a few lines, go back one, save in slot 1; returns the file's JSON."""
    game = session(folder)
    game.new_game()
    for _ in range(lines):
        game.runner.advance()
    game.runner.back()
    game.save("1", _png(64, 36))
    return json.loads((folder / "saves" / "slot-1.json").read_text(encoding="utf-8"))


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = zlib.compress(b"".join(b"\x00" + bytes(width * 3) for _ in range(min(height, 64))))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def outcome(folder: Path, slot: str = "1") -> str:
    """Load `slot` the way the game does: 'loaded', 'loaded: NOTICE' or 'damaged: WHY'; anything else raises."""
    store = SaveStore(folder / "saves")
    info = {s.slot: s for s in store.slots()}[slot]
    assert (info.meta is None) != (info.damaged is None) or (info.meta is None and info.damaged is None)
    game = session(folder)
    try:
        notice = game.load(slot)
    except SaveError as exc:
        assert info.meta is None or "damaged" in str(exc) or "newer" in str(exc), (info, exc)
        return f"damaged: {exc}"
    assert game.runner.status in (Status.SHOWING, Status.ENDED)
    assert game.runner.current is not None or game.runner.status is Status.ENDED
    return f"loaded: {notice}" if notice else "loaded"


def put(folder: Path, data: Any, slot: str = "1") -> None:
    path = folder / "saves" / f"slot-{slot}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data, allow_nan=True).encode())


def paths_of(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += paths_of(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc[:3]):
            found += paths_of(value, (*prefix, index))
    return found


def edited(doc: Any, path: tuple[Any, ...], value: Any, delete: bool = False) -> Any:
    doc = copy.deepcopy(doc)
    holder = doc
    for step in path[:-1]:
        holder = holder[step]
    if delete:
        del holder[path[-1]]
    else:
        holder[path[-1]] = value
    return doc


# -- saves ---------------------------------------------------------------------------------
def test_a_real_save_loads_where_it_was(tmp_path: Path) -> None:
    doc = a_real_save(tmp_path)
    assert doc["format"] == "vn-save" and doc["version"] >= 1 and doc["min_compatible"] <= doc["version"]
    assert outcome(tmp_path) == "loaded"
    game = session(tmp_path)
    game.load("1")
    assert game.runner.state.position == doc["state"]["position"]


def test_every_field_hand_edited_to_every_wrong_type(tmp_path: Path) -> None:
    """Every key of a real save set to each hostile value, or deleted: loaded or damaged, never a crash."""
    doc = a_real_save(tmp_path)
    results: dict[str, int] = {}
    for path in paths_of(doc):
        for value in [*HOSTILE_VALUES, "DELETE"]:
            put(tmp_path, edited(doc, path, value, delete=value == "DELETE"))
            kind = outcome(tmp_path).split(":")[0]
            results[kind] = results.get(kind, 0) + 1
    assert results.get("damaged") and results.get("loaded")


@pytest.mark.parametrize("cut", [0, 1, 2, 10, 100, 0.25, 0.5, 0.75, 0.99, -2, -1])
def test_truncated_saves_are_damaged(tmp_path: Path, cut: float) -> None:
    a_real_save(tmp_path)
    path = tmp_path / "saves" / "slot-1.json"
    data = path.read_bytes()
    end = int(len(data) * cut) if isinstance(cut, float) else cut % len(data) if cut < 0 else cut
    path.write_bytes(data[:end])
    assert outcome(tmp_path).startswith("damaged")


@FUZZ
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8))
def test_corrupted_bytes(tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[float, int]]) -> None:
    folder = tmp_path_factory.mktemp("flip")
    a_real_save(folder)
    path = folder / "saves" / "slot-1.json"
    data = bytearray(path.read_bytes())
    for where, byte in flips:
        data[int(where * len(data))] = byte
    path.write_bytes(bytes(data))
    outcome(folder)


@FUZZ
@given(doc=st.one_of(JSON, st.fixed_dictionaries({"format": st.just("vn-save"), "version": JSON,
                                                  "min_compatible": JSON, "meta": JSON, "state": JSON,
                                                  "thumbnail_png": JSON})))
def test_random_json_in_a_slot(tmp_path_factory: pytest.TempPathFactory, doc: Any) -> None:
    folder = tmp_path_factory.mktemp("json")
    put(folder, doc)
    outcome(folder)


@pytest.mark.parametrize("content", [b"", b"\x00" * 100, b"\xff\xfe{\x00}\x00", "{}".encode("utf-16"),
                                     b"[" * 100_000 + b"]" * 100_000, b"1" * 5000, b'{"a": ' + b"9" * 5000 + b"}",
                                     b"\xef\xbb\xbf{}", b"NaN", b"null", b'"vn-save"'])
def test_garbage_slot_files_are_damaged(tmp_path: Path, content: bytes) -> None:
    put(tmp_path, content)
    assert outcome(tmp_path).startswith("damaged")


def test_oversized_save_is_damaged_without_being_read_whole(tmp_path: Path) -> None:
    put(tmp_path, b'{"format": "vn-save", "pad": "' + b"x" * (17 * 1024 * 1024) + b'"}')
    assert "too large" in outcome(tmp_path)


@pytest.mark.parametrize("kind", ["directory", "fifo", "dev-zero", "dangling-symlink"])
def test_a_slot_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    import os

    path = tmp_path / "saves" / "slot-1.json"
    path.parent.mkdir(parents=True)
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        path.symlink_to(tmp_path / "nowhere")
    result = outcome(tmp_path)  # a pipe once blocked forever, /dev/zero was read without end
    assert result.startswith("damaged")


@pytest.mark.parametrize(("position", "expected"), [
    ("nope/n-000000", "no longer exists"),
    ("memorial-dawn/n-000000", "start of the scene"),
    ("", "no longer exists"),
    ("/", "no longer exists"),
])
def test_unknown_line_ids_resume_with_a_notice(tmp_path: Path, position: str, expected: str) -> None:
    doc = a_real_save(tmp_path)
    doc["state"]["position"] = position
    doc["state"]["trail"] = ["nope/a", doc["state"]["trail"][0], "x" * 1000]
    doc["state"]["future"] = ["gone/gone"]
    put(tmp_path, doc)
    assert expected in outcome(tmp_path)


def test_future_versions(tmp_path: Path) -> None:
    """A newer game's save that says an older game may read it loads; one that says it may not is listed."""
    doc = a_real_save(tmp_path)
    put(tmp_path, {**doc, "version": 99})  # newer, but min_compatible still 1: readable
    assert outcome(tmp_path) == "loaded"
    put(tmp_path, {**doc, "version": 99, "min_compatible": 2})
    assert "newer version" in outcome(tmp_path)
    put(tmp_path, {**doc, "state": {**doc["state"], "version": 99, "min_compatible": 50}})
    assert "newer game" in outcome(tmp_path)
    put(tmp_path, {**doc, "state": {**doc["state"], "version": 99, "min_compatible": 1, "new_field": [1, 2]}})
    assert outcome(tmp_path) == "loaded"


def test_the_version_1_save_still_loads(tmp_path: Path) -> None:
    """The golden file was written by version 1 of the format; every later version must still load it."""
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["min_compatible"] == 1
    put(tmp_path, doc)
    result = outcome(tmp_path)
    if RESULT.program is not None and RESULT.program.index_of(doc["state"]["position"]) is None:
        assert "start of the scene" in result  # the script's line was edited since: its scene still opens
        return
    assert result == "loaded"
    game = session(tmp_path)
    game.load("1")
    assert game.runner.current is not None and game.runner.current.line.id == doc["meta"]["line_id"]


def test_a_state_without_min_compatible_loads(tmp_path: Path) -> None:
    """Older story states may lack min_compatible: the version then stands for it."""
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    del doc["state"]["min_compatible"]
    put(tmp_path, doc)
    assert outcome(tmp_path).startswith("loaded")


@pytest.mark.parametrize("size", [(100_000, 100_000), (0, 10), (64, 36)])
def test_hostile_thumbnails_do_not_spoil_the_save(tmp_path: Path, size: tuple[int, int]) -> None:
    """A thumbnail declaring 100,000 px a side is dropped, not handed to SDL_image to decode."""
    doc = a_real_save(tmp_path)
    doc["thumbnail_png"] = base64.b64encode(_png(*size)).decode()
    put(tmp_path, doc)
    assert outcome(tmp_path) == "loaded"
    meta = SaveStore(tmp_path / "saves").read("1")[1]
    assert (meta.thumbnail_png is not None) == (size == (64, 36))


def test_non_png_thumbnails_are_dropped(tmp_path: Path) -> None:
    doc = a_real_save(tmp_path)
    doc["thumbnail_png"] = base64.b64encode(b"BM" + bytes(100)).decode()
    put(tmp_path, doc)
    assert SaveStore(tmp_path / "saves").read("1")[1].thumbnail_png is None


# -- settings and persistent data ----------------------------------------------------------
def settings_are_sane(value: Settings) -> None:
    defaults = Settings()
    for name, spec in SETTING_RANGES.items():
        got, default = getattr(value, name), getattr(defaults, name)
        assert type(got) is type(default), (name, got)
        if spec is not None:
            assert spec.low <= got <= spec.high and math.isfinite(got), (name, got)


@FUZZ
@given(doc=st.one_of(JSON, st.fixed_dictionaries(
    {"version": JSON, "settings": st.dictionaries(st.sampled_from([*SETTING_RANGES, "other"]),
                                                   st.one_of(JSON, st.sampled_from(HOSTILE_VALUES)))})))
def test_random_settings_files(tmp_path_factory: pytest.TempPathFactory, doc: Any) -> None:
    path = tmp_path_factory.mktemp("settings") / "settings.json"
    path.write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")
    value, notice = load_settings(path)
    settings_are_sane(value)
    assert notice is None or "reset" in notice or "defaults" in notice


@pytest.mark.parametrize("raw", [b'{"settings": {"text_speed": 1' + b"0" * 400 + b"}}",
                                 b'{"settings": {"text_speed": 1' + b"0" * 5000 + b"}}",
                                 b'{"settings": {"master_volume": NaN, "music_volume": Infinity}}',
                                 b'{"settings": {"fullscreen": 1, "text_size": true}}',
                                 b'{"version": 99, "settings": {"text_speed": 60, "new_thing": {"a": 1}}}',
                                 b"[" * 50_000, b"\xff" * 10, b""])
def test_hand_edited_settings(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(raw)
    value, notice = load_settings(path)
    settings_are_sane(value)
    if b"version\": 99" in raw:
        assert value.text_speed == 60 and notice is None  # a newer game's settings: what we know is kept
    else:
        assert notice


@FUZZ
@given(doc=st.one_of(JSON, st.fixed_dictionaries({"seen": JSON, "reached": JSON, "content_note_read": JSON})))
def test_random_persistent_files(tmp_path_factory: pytest.TempPathFactory, doc: Any) -> None:
    path = tmp_path_factory.mktemp("persistent") / "persistent.json"
    path.write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")
    value, notice = load_persistent(path)
    assert isinstance(value, Persistent) and all(isinstance(x, str) for x in [*value.seen, *value.reached])
    assert notice is None or "afresh" in notice


def test_the_game_starts_whatever_its_files_hold(tmp_path: Path) -> None:
    """Damaged settings and persistent data become notices the player sees; the session still starts."""
    (tmp_path / "settings.json").write_bytes(b'{"settings": {"text_speed": 1' + b"0" * 400 + b"}}")
    (tmp_path / "persistent.json").write_bytes(b'{"seen": "all", "reached": []}')
    game = session(tmp_path)
    assert len(game.notices) == 2 and game.settings.text_speed == Settings().text_speed
