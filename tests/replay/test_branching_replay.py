"""Branching as a tester meets it: the example story checks clean, `vn replay --choose` and
`--all-paths` answer its menus through the headless player, and `vn coverage` over the traces."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXAMPLE = ROOT / "docs" / "examples" / "branching"


def vn(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDL_")}
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**env, "PYTHONPATH": str(ROOT)})


def rows(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def all_paths(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    trace = tmp_path_factory.mktemp("paths") / "paths.jsonl"
    return vn("replay", str(EXAMPLE), "--all-paths", "--trace", str(trace)), trace


def test_the_example_checks_clean() -> None:
    done = vn("check", str(EXAMPLE))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "" and "ok: 3 scenes, 12 lines" in done.stderr


def test_all_paths_takes_every_way_through_the_menus(all_paths) -> None:  # type: ignore[no-untyped-def]
    done, trace = all_paths
    assert done.returncode == 0, done.stderr
    assert ", 5 paths," in done.stdout and "bounded" not in done.stdout
    records = rows(trace)
    ways = {}
    for row in records:
        if "choice" in row:
            ways.setdefault(row["path"], []).append(row["chose"])
    # menu 1: turn around (1) or not (2); menu 2: stay, leave, or her name (3, only after turning around)
    assert sorted(ways.values()) == [[1, 1], [1, 2], [1, 3], [2, 1], [2, 2]]
    hidden = next(r for r in records if r.get("path") == 4 and r.get("chose") and r["choice"].startswith("dawn/")
                  and len(r["options"]) == 3)
    assert hidden["options"][2] == {"text": "Say her name", "enabled": False}
    endings = {r["path"]: r["scene"] for r in records if "line" in r}  # each path's last line
    assert sorted(endings.values()) == ["together", "together", "together", "training", "training"]


def test_coverage_over_every_path_reaches_every_line(all_paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, trace = all_paths
    done = vn("coverage", str(trace), "--story", str(EXAMPLE))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "coverage: 12/12 lines reached in 3 scenes (1 trace)" in done.stdout
    report = json.loads(vn("coverage", str(trace), "--story", str(EXAMPLE), "--json").stdout)
    assert report["total"] == {"lines": 12, "reached": 12} and report["unknown"] == []


def test_choose_takes_the_listed_options_and_coverage_lists_the_rest(tmp_path: Path) -> None:
    trace = tmp_path / "one.jsonl"
    done = vn("replay", str(EXAMPLE), "--choose", "2,2", "--trace", str(trace))
    assert done.returncode == 0, done.stderr
    assert "2 choices" in done.stdout
    records = rows(trace)
    assert [r["text"] for r in records if "choice" in r] == ["Keep looking at the stone", '"I was just leaving."']
    assert [r["text"] for r in records if "line" in r][-1] == "Coward."
    cover = vn("coverage", str(trace), "--story", str(EXAMPLE), "--json")
    assert cover.returncode == 1
    report = json.loads(cover.stdout)
    together = next(s for s in report["scenes"] if s["scene"] == "together")
    assert together["reached"] == 0 and [m["text"] for m in together["missed"]][0] == "Thank you."
    assert together["missed"][0]["loc"].endswith("chapter.yaml:55:9")


def test_choose_of_an_option_not_offered_names_the_menu(tmp_path: Path) -> None:
    done = vn("replay", str(EXAMPLE), "--choose", "2,3")
    assert done.returncode == 1
    assert "chapter.yaml:24:9: --choose: option 3 ('Say her name') of menu 2" in done.stderr
    assert "offered: 1, 2" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("args", [["--choose", "0"], ["--choose", "a,b"], ["--all-paths", "--scene", "dawn"],
                                  ["--max-paths", "0"]])
def test_bad_choice_arguments_are_usage_errors(args: list[str]) -> None:
    done = vn("replay", str(EXAMPLE), *args)
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_max_paths_bounds_the_walk_and_says_so(tmp_path: Path) -> None:
    done = vn("replay", str(EXAMPLE), "--all-paths", "--max-paths", "2")
    assert done.returncode == 0
    assert ", 2 paths (bounded by --max-paths)" in done.stdout
    assert "stopped at --max-paths 2: 2 branch(es) not walked yet" in done.stderr


def test_coverage_of_a_broken_trace_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"line": "dawn/x"}\nnot json\n', encoding="utf-8")
    done = vn("coverage", str(bad), "--story", str(EXAMPLE))
    assert done.returncode == 2 and f"{bad}:2: not a JSON line" in done.stderr
    missing = vn("coverage", str(tmp_path / "nope.jsonl"), "--story", str(EXAMPLE))
    assert missing.returncode == 2 and "cannot be read" in missing.stderr


def test_help_says_option_numbers_start_at_one() -> None:
    text = " ".join(vn("replay", "--help").stdout.split())
    assert "1-based" in text and "--all-paths" in text and "--max-paths" in text
    assert "exit 1 when some were not" in " ".join(vn("--help").stdout.split())


def test_the_headless_player_waits_at_a_menu_without_crashing(_user_home: Path) -> None:
    from game.check import check_story
    from game.replay.pilot import Pilot
    from game.story.runner import Status

    pilot = Pilot(check_story(EXAMPLE), home=_user_home)
    try:
        pilot.start()
        for _ in range(3):
            pilot.advance()
        runner = pilot.app.session.runner
        assert runner.status is Status.CHOOSING and pilot.view.screen == "game"
        for key in ("page down", "space"):  # reading on does not pass a menu: the first Enter or Space
            pilot.press(key)               # only lights an option (tests/app/test_choices.py picks them)
            assert runner.status is Status.CHOOSING and pilot.view.screen == "game"
        skipping = pilot.app.session.may_skip()
        assert skipping is False
        pilot.press("page up")  # rollback from the menu: the line it came after, which waits for a click again
        assert pilot.finish().text == "Footsteps on the gravel behind him." and runner.status is Status.SHOWING
        pilot.press("page down")
        assert runner.status is Status.CHOOSING
        beat = pilot.app.session.choose(1)
        pilot.app.show(beat, "advance")
        assert pilot.finish().text == "He does not turn. The footsteps stop."
    finally:
        pilot.close()


def test_the_web_export_refuses_a_branching_story_with_a_reason(tmp_path: Path) -> None:
    done = vn("export", "web", str(tmp_path / "site"), str(EXAMPLE))
    assert done.returncode == 1 and "plays a linear story only" in done.stderr
    assert not (tmp_path / "site").exists()


def test_the_bundled_chapter_stays_linear() -> None:
    from game.check import check_story

    assert check_story(with_assets=False).program.linear  # type: ignore[union-attr]


def test_a_save_at_a_menu_loads_at_the_menu_with_its_flags(tmp_path: Path) -> None:
    from game.check import check_story
    from game.session import Session
    from game.story.runner import Status

    result = check_story(EXAMPLE, with_assets=False)
    game = Session(result, tmp_path, lambda: 1_790_000_000.0)
    game.new_game()
    runner = game.runner
    for _ in range(4):
        runner.advance()
    game.choose(0)  # turn around: greeted
    runner.advance()  # "Can I stay a while?"
    runner.advance()  # the second menu
    assert runner.status is Status.CHOOSING and runner.flags == {"greeted": True}
    game.save("1", None)
    saved = json.loads((tmp_path / "saves" / "slot-1.json").read_text(encoding="utf-8"))
    assert saved["state"]["version"] == 3 and saved["meta"]["line_text"] == "Can I stay a while?"
    again = Session(result, tmp_path, lambda: 1_790_000_000.0)
    assert again.load("1") is None
    assert again.runner.status is Status.CHOOSING and again.runner.flags == {"greeted": True}
    assert [o.enabled for o in again.choices()] == [True, True, True]  # 'Say her name' needs greeted
    assert again.choose(2).line.text == "Sakura."
    assert [e.text for e in again.runner.history_entries() if e.menu] == ["Turn around", "Say her name"]
