"""`vn export web`: the files of the site, the story data, pictures without interface, the size budget,
deterministic bytes, and a folder that is not an export left alone."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pygame
import pytest

from game.check import check_story
from game.cli import main
from game.export.site import BUDGET, export_web, site_size


def _story(site: Path) -> dict:
    return json.loads((site / "story.json").read_text(encoding="utf-8"))


def _embedded(site: Path) -> dict:
    page = (site / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="story">(.*?)</script>', page, re.S)
    assert found, "the story's JSON is inline in index.html"
    return json.loads(found.group(1))


@pytest.mark.slow
def test_the_chapter_site_has_every_part_and_fits_the_budget(chapter_site: Path) -> None:
    data = _story(chapter_site)
    program = check_story().program
    assert [line["id"] for line in data["lines"]] == [b.line.id for b in program.beats]
    assert _embedded(chapter_site) == data
    for name in ("index.html", "player.js", "player.css", "fonts/LICENSE.txt",
                 "fonts/AtkinsonHyperlegible-Regular.ttf", "fonts/AtkinsonHyperlegible-Italic.ttf"):
        assert (chapter_site / name).is_file(), name
    assert "SIL Open Font License" in (chapter_site / "fonts" / "LICENSE.txt").read_text(encoding="utf-8")
    used = {line["picture"] for line in data["lines"]} | {data["titlePicture"]}
    assert {f"pictures/{p.name}" for p in (chapter_site / "pictures").iterdir()} == used
    named = {n for line in data["lines"] for n in [*line.get("sounds", ()), line["music"]] if n}
    assert set(data["sounds"]) == named and all((chapter_site / p).is_file() for p in data["sounds"].values())
    assert site_size(chapter_site) <= BUDGET
    memory = {s["id"]: s["memory"] for s in data["scenes"]}
    assert all(line["memory"] == memory[line["scene"]] for line in data["lines"])
    assert data["lines"][0]["start"] and data["lines"][0]["transition"] == "fade"
    assert any(line["transition"] == "memory" for line in data["lines"])


def test_nothing_is_fetched_from_elsewhere(chapter_site: Path) -> None:
    for name in ("player.js", "player.css"):
        assert not re.search(r"https?://|//cdn|@import", (chapter_site / name).read_text(encoding="utf-8")), name
    page = (chapter_site / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'(?:src|href)="([^"]+)"', page) == ["data:,", "player.css", "player.js"]


def test_pictures_are_named_by_content(chapter_site: Path) -> None:
    files = list((chapter_site / "pictures").iterdir())
    digests = [hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in files]
    assert [p.stem for p in files] == digests and len(set(digests)) == len(files)
    assert all(p.suffix == ".webp" and p.read_bytes()[8:12] == b"WEBP" for p in files)
    by_stage: dict = {}
    for line, beat in zip(_story(chapter_site)["lines"], check_story().program.beats, strict=True):
        assert by_stage.setdefault(beat.stage, line["picture"]) == line["picture"], f"{line['id']}: one stage, one picture"
    assert len(files) <= len(by_stage) + 1  # a picture per distinct stage, and the title's backdrop


def test_without_pillow_the_export_says_what_to_install(small_story: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "PIL", None)
    assert main(["export", "web", str(tmp_path / "site"), str(small_story)]) == 2
    assert "need Pillow: pip install 'bleed-for-me-vn[export]'" in capsys.readouterr().err
    assert not (tmp_path / "site").exists(), "nothing is written"


def _difference(a: pygame.Surface, b: pygame.Surface, rect: pygame.Rect) -> float:
    """Mean absolute difference per channel (0-255) inside `rect`."""
    up, down = a.copy(), b.copy()
    up.blit(b, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    down.blit(a, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    return sum(pygame.transform.average_color(up, rect)[:3]) / 3 + sum(pygame.transform.average_color(down, rect)[:3]) / 3


def test_a_picture_is_the_stage_without_the_textbox(chapter_site: Path, pilot) -> None:  # type: ignore[no-untyped-def]
    data = _story(chapter_site)
    line = next(x for x in data["lines"] if x["memory"] and x["kind"] == "say")
    pilot.start(line["scene"], line["id"])
    game_frame = pilot.app.frame.copy()
    stage = pilot.app.renderer.compose(pilot.app.session.runner.current.stage)
    picture = pygame.image.load(str(chapter_site / line["picture"]))
    textbox = pygame.Rect(80, 516, 1120, 170)
    assert _difference(picture, stage, textbox) < 3, "the exported picture is the renderer's stage (WebP noise only)"
    assert _difference(picture, stage, picture.get_rect()) < 3
    assert _difference(picture, game_frame, textbox) > 12, "the game frame has a textbox there; the picture must not"


def test_the_same_story_gives_the_same_bytes(small_story: Path, tmp_path: Path) -> None:
    result = check_story(small_story)
    assert result.ok, [d.format() for d in result.diagnostics]
    first, second = tmp_path / "a", tmp_path / "b"
    export_web(result, first, (640, 360))
    export_web(check_story(small_story), second, (640, 360))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    assert pygame.image.load(str(first / _story(first)["lines"][0]["picture"])).get_size() == (640, 360)


def test_story_text_cannot_break_out_of_the_page(small_story: Path, tmp_path: Path) -> None:
    export_web(check_story(small_story), tmp_path / "site", (320, 180))
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert page.count("</script>") == 2 and "<!--" not in page and "<b>" not in page
    data = _embedded(tmp_path / "site")
    assert data == _story(tmp_path / "site")
    assert data["title"] == "Small </script> test"
    assert "<title>Small &lt;/script&gt; test</title>" in page
    think = next(line for line in data["lines"] if line["kind"] == "think")
    assert think["who"] == "kakashi" and think["text"].startswith("Why me? </script>")
    assert [line["memory"] for line in data["lines"]] == [False, False, False, True, True]
    assert data["lines"][1]["sounds"] == ["birds"] and data["lines"][3]["transition"] == "memory"
    assert data["cast"]["kakashi"] == {"name": "Kakashi", "color": "#9fb4c8"}


def test_an_earlier_export_is_replaced_and_other_folders_are_refused(small_story: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    assert main(["export", "web", str(out), str(small_story), "--size", "320x180"]) == 0
    assert "vn export web:" in capsys.readouterr().out
    (out / "pictures" / "stale.webp").write_bytes(b"old")
    assert main(["export", "web", str(out), str(small_story), "--size", "320x180"]) == 0
    assert not (out / "pictures" / "stale.webp").exists()
    other = tmp_path / "notes"
    other.mkdir()
    (other / "mine.txt").write_text("keep me", encoding="utf-8")
    assert main(["export", "web", str(other), str(small_story)]) == 2
    assert "not empty and is not an earlier web export" in capsys.readouterr().err
    assert [p.name for p in other.iterdir()] == ["mine.txt"]
    assert main(["export", "web", str(tmp_path / "x"), str(small_story), "--size", "big"]) == 2
    (small_story / "one.yaml").write_text("scenes: [", encoding="utf-8")
    assert main(["export", "web", str(tmp_path / "y"), str(small_story)]) == 1
    assert "one.yaml:" in capsys.readouterr().err and not (tmp_path / "y").exists()


@pytest.mark.parametrize(("size", "message"), [("big", "--size should look like 1280x720, not 'big'"),
                                                ("60000x60000", "--size 60000x60000 is out of range (160x90 to 7680x4320)")])
def test_a_bad_size_is_refused_by_the_one_size_parser(small_story: Path, tmp_path: Path, size: str, message: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """vn export web checks --size with vn play's and vn replay's parser (game/outputs.py), same limits and words."""
    assert main(["export", "web", str(tmp_path / "x"), str(small_story), "--size", size]) == 2
    assert capsys.readouterr().err.endswith(f"\nvn export: {message}\n")
    assert not (tmp_path / "x").exists()
