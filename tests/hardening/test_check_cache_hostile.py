"""A damaged, forged or hostile entry of `vn check`'s result cache (game/checkcache.py) is refused without a
traceback: the check runs cold, prints the real result, and replaces the entry. A forged entry that passes
every check can only print diagnostics, and their text is escaped like any other."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from game import checkcache
from game.cli import main
from tests.hardening.conftest import ASSETS

STORY = """\
title: T
cast:
  sakura: {name: Sakura, sprite: sakura-21}
places:
  memorial: {map: maps/memorial.tmx}
scenes:
  - scene: one
    place: memorial
    time: dawn
    lines:
      - show: sakura sad at left
      - sakura: "The first line."
"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "story.yaml").write_text(STORY, encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], story: Path) -> tuple[int, str, str]:
    code = main(["check", str(story), "--assets", str(ASSETS)])
    out, err = capsys.readouterr()
    return code, out, err


def _entry(home: Path, story: Path) -> Path:
    return checkcache.entry_path(home / "cache", story / "story.yaml", ASSETS)


def _valid(capsys: pytest.CaptureFixture[str], story: Path, home: Path) -> dict:
    assert run(capsys, story)[0] == 0
    return json.loads(_entry(home, story).read_text(encoding="utf-8"))


def _forged(doc: dict, **result: object) -> bytes:
    return json.dumps({**doc, "result": {**doc["result"], **result}}).encode()


ROW = ["VN150", "warning", "story.yaml", 12, 7, "forged", None]
CASES = {
    "empty": lambda doc: b"",
    "truncated": lambda doc: json.dumps(doc).encode()[:200],
    "not-json": lambda doc: b"\x00\xff\xfe garbage",
    "nested": lambda doc: b"[" * 100_000 + b"]" * 100_000,
    "too-large": lambda doc: b" " * (checkcache.MAX_BYTES + 10) + b"{}",
    "a-list": lambda doc: b"[1, 2, 3]",
    "other-version": lambda doc: json.dumps({**doc, "version": 99}).encode(),
    "other-engine": lambda doc: json.dumps({**doc, "engine": "9.9"}).encode(),
    "other-context": lambda doc: json.dumps({**doc, "context": "0" * 64}).encode(),
    "no-story-files": lambda doc: json.dumps({**doc, "story": []}).encode(),
    "story-file-elsewhere": lambda doc: json.dumps({**doc, "story": [["/etc/hostname", "0" * 64]]}).encode(),
    "story-file-a-pipe": lambda doc: json.dumps({**doc, "story": [["fifo", "0" * 64]]}).encode(),
    "wrong-digest": lambda doc: json.dumps({**doc, "story": [[doc["story"][0][0], "0" * 64]]}).encode(),
    "assets-changed": lambda doc: json.dumps({**doc, "assets": doc["assets"][1:]}).encode(),
    "ok-with-an-error": lambda doc: _forged(doc, ok=True, diagnostics=[[*ROW[:1], "error", *ROW[2:]]]),
    "bad-code": lambda doc: _forged(doc, diagnostics=[["XX1", *ROW[1:]]]),
    "bad-severity": lambda doc: _forged(doc, diagnostics=[[ROW[0], "fatal", *ROW[2:]]]),
    "line-zero": lambda doc: _forged(doc, diagnostics=[[*ROW[:3], 0, *ROW[4:]]]),
    "line-as-text": lambda doc: _forged(doc, diagnostics=[[*ROW[:3], "12", *ROW[4:]]]),
    "line-as-bool": lambda doc: _forged(doc, diagnostics=[[*ROW[:3], True, *ROW[4:]]]),
    "short-row": lambda doc: _forged(doc, diagnostics=[ROW[:5]]),
    "too-many-rows": lambda doc: _forged(doc, diagnostics=[ROW] * (checkcache.MAX_DIAGNOSTICS + 1)),
    "scenes-as-text": lambda doc: _forged(doc, scenes="1"),
    "ok-as-number": lambda doc: _forged(doc, ok=1),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_entry_means_a_cold_check(capsys: pytest.CaptureFixture[str], story: Path, _user_home: Path,
                                        case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(story)  # files are named relative to it, as the check shows them ("fifo" below)
    doc = _valid(capsys, story, _user_home)
    expected = run(capsys, story)
    assert doc["story"][0][0] == "story.yaml"
    os.mkfifo(story / "fifo")
    entry = _entry(_user_home, story)
    entry.write_bytes(CASES[case](doc))
    calls = []
    import game.check

    real = game.check.check_story
    monkeypatch.setattr(game.check, "check_story", lambda *a, **k: calls.append(1) or real(*a, **k))
    code, out, err = run(capsys, story)
    assert calls, "the bad entry was used"
    assert (code, out) == expected[:2] and "Traceback" not in err
    assert checkcache.lookup(_user_home / "cache", story, ASSETS) is not None  # replaced by a good one


def test_the_untouched_entry_is_used(capsys: pytest.CaptureFixture[str], story: Path, _user_home: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The cases above differ from a good entry only where they say (else each would prove nothing)."""
    monkeypatch.chdir(story)
    doc = _valid(capsys, story, _user_home)
    _entry(_user_home, story).write_bytes(json.dumps(doc).encode())
    import game.check

    monkeypatch.setattr(game.check, "check_story", lambda *a, **k: pytest.fail("the good entry was refused"))
    assert run(capsys, story)[0] == 0


@pytest.mark.parametrize("what", ["fifo", "folder", "symlink-to-dev-zero"])
def test_an_entry_that_is_no_file_is_refused(capsys: pytest.CaptureFixture[str], story: Path, _user_home: Path,
                                             what: str) -> None:
    entry = _entry(_user_home, story)
    entry.parent.mkdir(parents=True, exist_ok=True)
    {"fifo": os.mkfifo, "folder": os.mkdir, "symlink-to-dev-zero": lambda p: os.symlink("/dev/zero", p)}[what](entry)
    code, out, err = run(capsys, story)
    assert code == 0 and "Traceback" not in err and "ok: 1 scenes, 1 lines" in err


def test_a_forged_entry_cannot_drive_the_terminal(capsys: pytest.CaptureFixture[str], story: Path,
                                                  _user_home: Path) -> None:
    doc = _valid(capsys, story, _user_home)
    _entry(_user_home, story).write_bytes(_forged(doc, diagnostics=[[*ROW[:5], "\x1b]0;owned\x07\x1b[2J", None]]))
    code, out, err = run(capsys, story)
    assert "\x1b" not in out + err and "\\x1b]0;owned" in out


def test_an_unwritable_cache_folder_only_means_no_cache(capsys: pytest.CaptureFixture[str], story: Path,
                                                        _user_home: Path) -> None:
    (_user_home / "cache").write_text("a file where the folder belongs", encoding="utf-8")
    for _ in range(2):
        code, _out, err = run(capsys, story)
        assert code == 0 and "Traceback" not in err
