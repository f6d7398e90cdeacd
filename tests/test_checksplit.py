"""`vn check` split over two forked workers (game/checksplit.py) gives exactly what the serial check gives: the same
diagnostics in the same order (every one, not only the printed 200), counts, files and compiled-story cache entry,
also when the story leaves out a scene (an id used twice) or the load stops counting problems; and it steps aside
for the serial check where it could not (a small story, no fork, a header with scenes of its own, a worker that
fails)."""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest

from game import check as check_module
from game import checksplit, forked
from game.check import check_summary
from game.cli import main
from game.story import loader
from tests.conftest import ROOT

ASSETS = ROOT / "assets"
CAST = ("kakashi", "sakura", "tsunade", "kotetsu")
PLACES = ("memorial", "training-ground", "tower-stairs", "hokage-office", "rooftops")
WORDS = "the mist stone village quiet morning she names light slowly again hand cold café 日本 rain tea".split()
HEADER = """title: Split
cast:
  kakashi: {{name: Kakashi, color: "#9fb4c8", sprite: kakashi}}
  sakura: {{name: Sakura, color: "#f08cb0", sprite: sakura-21}}
  tsunade: {{name: Tsunade, color: "#e6c36a", sprite: tsunade}}
  kotetsu: {{name: Kotetsu, color: "#8cc9a2", sprite: kotetsu}}
places:
{places}
chapters:
{chapters}
"""


def _pick(rng: random.Random, good: list[str], bad: list[str], odds: float) -> str:
    return rng.choice(bad) if rng.random() < odds else rng.choice(good)


def _scene(rng: random.Random, sid: str, ids: list[str], odds: float, items: int) -> list[str]:
    """A scene of `items` lines of every kind the format has; with `odds` > 0, some of them are wrong."""
    out = [f"  - scene: {sid}", f"    title: Scene {sid}", f"    place: {_pick(rng, list(PLACES), ['nowhere'], odds / 4)}",
           f"    time: {_pick(rng, ['dawn', 'noon', 'night'], ['midnight'], odds / 4)}"]
    if rng.random() < 0.2:
        out.append(f"    music: {_pick(rng, ['birds', 'none'], ['trumpet'], odds * 4)}")
    if rng.random() < 0.1:
        out.append(f"    sprites: {{sakura: {_pick(rng, ['sakura-21'], ['sakura-99'], odds * 4)}}}")
    out.append("    lines:")
    stage: list[str] = []
    for n in range(items):
        who = rng.choice(stage) if stage else rng.choice(CAST)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 140 if rng.random() < 0.01 else 16)))
        text = f"{text.capitalize()} ({sid} {n})."
        r = rng.random()
        if not stage or r < 0.08:
            name = rng.choice(CAST)
            extra = _pick(rng, ["", "", " facing left", " standing", " +tears"], [" +tear", " sad standin"], odds)
            out.append(f"      - show: {name} {_pick(rng, ['neutral', 'smile', 'sad'], ['grinning'], odds)} "
                       f"at {_pick(rng, ['left', 'centre', 'right'], ['balcony'], odds)}{extra}")
            stage.append(name)
        elif r < 0.10:
            out.append(f"      - move: {_pick(rng, [who], list(CAST), odds * 3)} to {rng.choice(['left', 'right'])}")
        elif r < 0.11:
            gone = _pick(rng, [who], list(CAST), odds * 3)
            out.append(f"      - hide: {gone}")
            stage = [s for s in stage if s != gone]
        elif r < 0.12:
            out.append(f"      - sound: {_pick(rng, ['birds'], ['trumpet', 'chime'], odds * 4)}")
        elif r < 0.125:
            out.append(f"      - event: {_pick(rng, ['back-to-back', 'none'], ['back-to-bak'], odds * 4)}")
        elif r < 0.135:
            out.append(f"      - camera: {_pick(rng, ['close ' + who, 'wide', 'medium', 'pan left'], ['zoom in'], odds * 2)}")
        elif r < 0.14:
            out.append(f"      - gesture: {_pick(rng, [who], list(CAST), odds * 3)} {_pick(rng, ['nod', 'sigh'], ['dance'], odds)}")
        elif r < 0.145:
            out.append(f"      - set: {_pick(rng, ['trusted', 'late'], ['mood'], 0.2)}")
        elif r < 0.155:
            out.append(f"      - {who}: \"{text}\"")
            out.append(f"        if: {_pick(rng, ['trusted', 'not late'], ['trustd', 'x or y'], odds * 3)}")
        elif r < 0.158:
            out.append(f"      - jump: {_pick(rng, [*ids, 'end'], ['nowhere'], odds * 3)}")
            out.append(f"        if: {rng.choice(['trusted', 'late'])}")
        elif r < 0.16 and odds:
            out.append(f"      - jump: {rng.choice(ids)}")
        elif r < 0.165:
            out.append("      - choice:")
            for _ in range(rng.randint(1, 3)):
                out.append(f"          - text: {rng.choice(['Go', 'Stay', 'Wait'])}")
                if rng.random() < 0.5:
                    out.append(f"            if: {rng.choice(['trusted', 'late'])}")
                if rng.random() < 0.6:
                    out.append("            lines:")
                    out.append(f"              - {who}: \"{text} again\"")
                    out.append(f"              - show: {who} smile")
                if rng.random() < 0.3:
                    out.append(f"            jump: {rng.choice([*ids, 'end'])}")
        elif r < 0.17:
            out.append(f"      - {{{who}: \"{text}\", id: {_pick(rng, ['p' + str(n)], ['twice'], odds * 5)}}}")
        elif r < 0.175:
            out.append(f"      - page: \"{text}\"")
            out.append("        title: A page")
        elif r < 0.18 and rng.random() < odds * 5:
            out.append(rng.choice([f'      - sakra: "{text}"', f'      - {who}: ""', f'      - {who}: "a\\x07b"',
                                   "      - pause: forever"]))
        elif r < 0.19:
            out.append('      - "The same words again."')
        elif r < 0.45:
            out.append(f'      - "{text}"')
        elif r < 0.8:
            out.append(f'      - {who}: "{text}"')
        elif r < 0.9:
            out.append(f'      - {who} thinks: "{text}"')
        else:
            out.append(f'      - {who} ({_pick(rng, ["smile", "sad"], ["grinning"], odds)}): "{text}"')
    return out


def make_story(folder: Path, seed: int, chapters: int = 6, scenes: int = 8, items: int = 25, odds: float = 0.02,
               odd_files: bool = True, twice: str | None = None) -> Path:
    """A story of `chapters` chapter files; `odd_files` adds chapter files that cannot be read, parsed or used and
    odd entries in the chapter list; `twice` makes the last chapter's first scene reuse that scene id."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = [f"c{c}-s{k}" for c in range(chapters) for k in range(scenes)]
    names = []
    for c in range(chapters):
        lines = ["scenes:"]
        if c == 1 and odds:  # an alias, a pinned id used twice, a step after a jump, a scene nothing reaches, looks to check
            lines.append('  - &shared {scene: aliased, place: memorial, time: noon, lines: ["x", {sakura: "y", id: twice},'
                         ' "x", {sakura: "z", id: twice}, {show: sakura grinning}, {sound: trumpet}, {hide: kotetsu},'
                         ' "a", {jump: end}, "never"]}')
            lines.append('  - {scene: after-the-end, place: memorial, time: noon, lines: ["nobody comes here"]}')
        for k in range(scenes):
            sid = twice if (twice and c == chapters - 1 and k == 0) else ids[c * scenes + k]
            lines += _scene(rng, sid, ids, odds, items)
        names.append(f"ch{c}.yaml")
        (folder / names[-1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    listed = list(names)
    if odd_files:
        (folder / "syntax.yaml").write_text('scenes:\n  - scene: x\n    lines: ["unclosed\n', encoding="utf-8")
        (folder / "empty.yaml").write_text("\n", encoding="utf-8")
        (folder / "alist.yaml").write_text("- scene: y\n", encoding="utf-8")
        (folder / "noscenes.yaml").write_text("title: T\n", encoding="utf-8")
        (folder / "tabbed.yaml").write_text("scenes:\n\t- scene: z\n", encoding="utf-8")
        (folder / "noid.yaml").write_text(
            "scenes:\n  - place: memorial\n    time: noon\n    lines: [\"a\"]\n  - scene: Bad Id\n    place: memorial\n"
            "    time: noon\n    lines: [\"b\"]\n  - scene: odd-one\n    place: memorial\n    time: noon\n"
            "    lines: [\"c\", {show: sakura at balcony}, \"d\", jump: nowhere-else]\n", encoding="utf-8")
        odd = ["syntax.yaml", "missing.yaml", "empty.yaml", "alist.yaml", names[0], "noscenes.yaml", "tabbed.yaml",
               "noid.yaml", "../outside.yaml", "", "./ch1.yaml"]
        for at, name in enumerate(odd):
            listed.insert(min(1 + 2 * at, len(listed)), name)
    places = "\n".join(f"  {p}: {{map: maps/{p}.tmx}}" for p in PLACES)
    chapters_text = "\n".join(f"  - {json.dumps(name)}" for name in listed)
    (folder / "story.yaml").write_text(HEADER.format(places=places, chapters=chapters_text), encoding="utf-8")
    return folder


pytestmark = pytest.mark.skipif(not checksplit.can_fork(), reason="the split check forks: Linux only")


@pytest.fixture
def split(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any story with two chapter files or more is split (at its real size a test story would be checked serially),
    also on a machine of one core (where the check itself would not split)."""
    monkeypatch.setattr(checksplit, "MIN_BYTES", 0)
    monkeypatch.setattr(checksplit, "cores", lambda: checksplit.WORKERS)


@pytest.fixture
def uncapped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every diagnostic is compared, not only the 200 the check prints."""
    monkeypatch.setattr(check_module, "cap", lambda diagnostics, limit=0: diagnostics)


def serial(monkeypatch: pytest.MonkeyPatch, story: Path, with_assets: bool, cache_dir: Path | None = None):  # type: ignore[no-untyped-def]
    with monkeypatch.context() as patch:
        patch.setattr(checksplit, "can_fork", lambda: False)
        return check_summary(story, ASSETS, with_assets=with_assets, with_fit=with_assets, cache_dir=cache_dir)


def split_summary(story: Path, with_assets: bool, cache_dir: Path | None = None) -> checksplit.CheckSummary | None:
    return checksplit.split_check(story, ASSETS, with_assets, with_assets, cache_dir, check_module._sorted)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("with_assets", [True, False])
def test_the_split_check_finds_what_the_serial_check_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: None,
                                                           uncapped: None, seed: int, with_assets: bool) -> None:
    story = make_story(tmp_path / "story", seed)
    expected = serial(monkeypatch, story, with_assets)
    got = split_summary(story, with_assets)
    assert got is not None, "the story was split"
    assert got == expected
    codes = {d.code for d in expected.diagnostics}
    assert len(expected.diagnostics) > 20 and {"VN100", "VN101", "VN102", "VN110", "VN112", "VN115", "VN131", "VN140",
                                               "VN143", "VN173", "VN175"} <= codes, "the story has problems of every kind"
    if with_assets:
        assert {"VN123", "VN124", "VN125", "VN133"} <= codes


@pytest.mark.parametrize("seed", [4, 5])
def test_a_story_without_errors_is_counted_and_kept_compiled_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      split: None, seed: int) -> None:
    story = make_story(tmp_path / "story", seed, odds=0, odd_files=False)
    one, two = tmp_path / "serial-cache", tmp_path / "split-cache"
    expected = serial(monkeypatch, story, False, one)
    got = split_summary(story, False, two)
    assert got is not None and got == expected
    assert got.ok and got.scenes == 6 * 8 and got.lines > 900, "a playable story, counted"
    kept = [json.loads(p.read_bytes()) for p in sorted(one.glob("story-*.json"))]
    assert kept and kept == [json.loads(p.read_bytes()) for p in sorted(two.glob("story-*.json"))]
    cached = loader.read_cached(story, two)  # the entry the split wrote is read back as the story itself
    assert cached is not None and cached == loader.load_story_partial(story)


def test_the_check_command_prints_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split: None,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    story = make_story(tmp_path / "story", 6, odds=0.01)
    printed = []
    for name, fork in (("serial", False), ("split", True)):
        monkeypatch.setenv("VN_HOME", str(tmp_path / f"home-{name}"))
        with monkeypatch.context() as patch:
            if not fork:
                patch.setattr(checksplit, "can_fork", lambda: False)
            code = main(["check", "--json", "--assets", str(ASSETS), str(story)])
        printed.append((code, *capsys.readouterr()))
    assert printed[0] == printed[1]
    assert printed[0][0] == 1 and len(printed[0][1].splitlines()) > 30


def test_a_scene_left_out_of_the_story_leaves_out_what_was_found_in_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        split: None) -> None:
    story = make_story(tmp_path / "story", 7, odds=0.01, odd_files=False, twice="c0-s3")  # in the other worker's run
    expected = serial(monkeypatch, story, True)
    assert any(d.code == "VN130" for d in expected.diagnostics)
    assert split_summary(story, True) == expected


@pytest.mark.parametrize("files", [["ch1"], ["ch1", "ch4"], ["ch4"]])
def test_a_load_that_stops_counting_problems_stops_where_it_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 split: None, uncapped: None, files: list[str]) -> None:
    """240 problems in one chapter of either worker's run, or in one of each: the load stops at the 200th problem
    and checks nothing more, wherever the workers stopped."""
    wrong = '  - scene: wrong{n}\n    place: memorial\n    time: noon\n    lines:\n' + '      - sakra: "Who?"\n' * 120
    story = make_story(tmp_path / "story", 8, odd_files=False)
    for n, file in enumerate(files * (2 // len(files))):
        with (story / f"{file}.yaml").open("a", encoding="utf-8") as chapter:
            chapter.write(wrong.format(n=n))
    expected = serial(monkeypatch, story, True)
    assert expected.diagnostics[-1].code == "VN105" or any("stopped checking" in d.message for d in expected.diagnostics)
    assert split_summary(story, True) == expected


def test_a_header_with_scenes_of_its_own_is_left_to_the_serial_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     split: None) -> None:
    inline = make_story(tmp_path / "inline", 9, odd_files=False)
    header = inline / "story.yaml"
    header.write_text(header.read_text(encoding="utf-8") + 'scenes:\n  - {scene: first, place: memorial, time: noon, '
                      'lines: ["x"]}\n', encoding="utf-8")
    assert split_summary(inline, True) is None
    assert check_summary(inline, ASSETS, with_assets=True, with_fit=True) == serial(monkeypatch, inline, True)
    monkeypatch.setattr(checksplit, "can_fork", lambda: False)
    assert split_summary(make_story(tmp_path / "plain", 10), True) is None


def test_a_small_story_is_checked_serially() -> None:
    assert checksplit.MIN_BYTES >= 500_000
    assert split_summary(ROOT / "script", True) is None


def test_a_worker_that_fails_leaves_it_to_the_serial_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           split: None) -> None:
    story = make_story(tmp_path / "story", 11, odds=0.01)
    expected = serial(monkeypatch, story, True)
    convert = checksplit.convert_chapter

    def broken(path: Path, *args: object) -> object:
        if path.name == "ch4.yaml":  # in the second worker only (the change is made before the fork)
            raise RuntimeError("boom")
        return convert(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(checksplit, "convert_chapter", broken)
    assert split_summary(story, True) is None
    assert check_summary(story, ASSETS, with_assets=True, with_fit=True) == expected


def test_the_runs_keep_the_chapters_in_order_and_share_the_bytes() -> None:
    chapters = [(Path(f"c{n}.yaml"), f"c{n}.yaml") for n in range(7)]
    assert checksplit._runs(chapters, [10] * 7, 2) == [chapters[:4], chapters[4:]]
    assert checksplit._runs(chapters, [100, 1, 1, 1, 1, 1, 1], 2) == [chapters[:1], chapters[1:]]
    assert checksplit._runs(chapters[:2], [1, 100], 2) == [chapters[:1], chapters[1:2]]
    for sizes in ([5, 9, 1, 7, 3, 8, 2], [1] * 7, [1, 2, 3, 4, 5, 6, 7]):
        runs = checksplit._runs(chapters, sizes, 2)
        assert [c for run in runs for c in run] == chapters and all(runs)


def test_workers_still_at_work_are_ended_and_waited_for() -> None:
    workers = forked.Workers()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # a worker that never finishes
        try:
            time.sleep(600)
        finally:
            os._exit(0)
    os.close(write)
    workers.pids, workers.fds = [pid], [read]
    workers.end()  # as when the check is interrupted while they work: killed, not waited out (a hang fails on the timeout)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already waited for: no such child left
    with pytest.raises(OSError):
        os.fstat(read)  # closed


def test_one_core_or_threads_mean_no_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setattr(checksplit, "MIN_BYTES", 0)
    story = make_story(tmp_path / "story", 12, odd_files=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert checksplit.cores() == 1 and split_summary(story, True) is None
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert checksplit.can_fork() and split_summary(story, True) is not None
    waiting = threading.Event()
    thread = threading.Thread(target=waiting.wait)
    thread.start()
    try:
        assert not checksplit.can_fork() and split_summary(story, True) is None
    finally:
        waiting.set()
        thread.join()
