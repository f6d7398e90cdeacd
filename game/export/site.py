"""`vn export web OUT [PATH]`: write the story as a self-contained static site that plays it in a browser.

OUT gets index.html (the story's JSON inline, so the page also opens from a local folder), player.js,
player.css, story.json (the same data, for tools), the typeface with its licence, the stage pictures
(one file per distinct picture) and the sounds the story uses. Nothing is fetched from elsewhere.
The same story and size give the same bytes. Owns the site's layout on disk, not the page's behaviour
(web/player.js) nor the pictures (pictures.py).
"""

from __future__ import annotations

import argparse
import html
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from game import paths
from game.check import CheckResult
from game.exitcodes import EXIT_ERRORS, EXIT_OK, EXIT_RUNTIME, EXIT_USAGE
from game.logical import LOGICAL
from game.export import storyjson
from game.export.pictures import MissingEncoder, PictureWriter, encoder, title_backdrop

WEB = Path(__file__).resolve().parent / "web"
MARK = '<meta name="generator" content="vn export web">'
OURS = ("index.html", "player.js", "player.css", "story.json", "pictures", "sounds", "fonts")
FONTS = ("Regular", "Bold", "Italic")
BUDGET = 15 * 1024 * 1024  # the chapter's whole site


class ExportError(RuntimeError):
    """OUT cannot be written (not empty and not an earlier export, or a file system error)."""


@dataclass
class Report:
    out: Path
    lines: int
    pictures: int
    picture_bytes: int
    sounds: int
    total_bytes: int
    seconds: float

    def format(self) -> str:
        mb = 1024 * 1024
        return (f"vn export web: {self.out}: {self.lines} lines, {self.pictures} pictures "
                f"({self.picture_bytes / mb:.1f} MB), {self.sounds} sounds; {self.total_bytes / mb:.1f} MB in all, "
                f"{self.seconds:.1f} s")


def site_size(out: Path) -> int:
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def _prepare(out: Path) -> None:
    """OUT must be missing, empty or an earlier export (whose files are replaced; nothing else is touched)."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()):
        index = out / "index.html"
        if not (index.is_file() and MARK in index.read_text(encoding="utf-8", errors="replace")):
            raise ExportError(f"{out} is not empty and is not an earlier web export; choose an empty folder")
        for name in OURS:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    out.mkdir(parents=True, exist_ok=True)


def _fonts(out: Path) -> None:
    try:
        import fontpkg_atkinson_hyperlegible as pkg
    except ImportError as exc:
        raise ExportError("the typeface package fontpkg-atkinson-hyperlegible is not installed") from exc
    folder = out / "fonts"
    folder.mkdir()
    for style in FONTS:
        shutil.copyfile(Path(pkg.ROOT) / "files" / f"AtkinsonHyperlegible-{style}.ttf",
                        folder / f"AtkinsonHyperlegible-{style}.ttf")
    shutil.copyfile(Path(pkg.ROOT) / "LICENSE", folder / "LICENSE.txt")


def _sounds(out: Path, assets: Path, names: list[str]) -> dict[str, str]:
    """Copy the sounds the story names (.ogg before .wav, as the game looks them up); name -> site path."""
    found: dict[str, str] = {}
    for name in names:
        for suffix in (".ogg", ".wav"):
            source = assets / "sounds" / f"{name}{suffix}"
            if source.is_file():
                (out / "sounds").mkdir(exist_ok=True)
                shutil.copyfile(source, out / "sounds" / source.name)
                found[name] = f"sounds/{source.name}"
                break
    return found


def export_web(result: CheckResult, out: Path, size: tuple[int, int] = LOGICAL) -> Report:
    """Write the site for a checked story into `out`."""
    started = time.perf_counter()
    story, program = result.story, result.program
    assert story is not None and program is not None, "export a story that passed vn check"
    assets = Path(result.assets or paths.assets_dir())
    encoder()  # Pillow missing: say so before OUT is touched
    _prepare(out)
    writer = PictureWriter(story, assets, out / "pictures", size)
    data = storyjson.story_data(story, program, lambda beat: "pictures/" + writer.picture(beat), None, _slug(story.title))
    title = title_backdrop(writer, story)
    data["titlePicture"] = f"pictures/{title}" if title else None
    names = sorted({n for line in data["lines"] for n in [*line.get("sounds", ()), line["music"]] if n})
    data["sounds"] = _sounds(out, assets, names)
    text = storyjson.dumps(data)
    (out / "story.json").write_text(text + "\n", encoding="utf-8")
    page = (WEB / "index.html").read_text(encoding="utf-8")
    page = page.replace("{{title}}", html.escape(story.title)).replace("{{story}}", storyjson.for_html(text))
    (out / "index.html").write_text(page, encoding="utf-8")
    for name in ("player.js", "player.css"):
        shutil.copyfile(WEB / name, out / name)
    _fonts(out)
    picture_bytes = sum(p.stat().st_size for p in (out / "pictures").iterdir())
    return Report(out, len(program.beats), len(writer.names), picture_bytes, len(data["sounds"]),
                  site_size(out), time.perf_counter() - started)


def _slug(title: str) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
    return "-".join(part for part in slug.split("-") if part) or "story"


def run(result: CheckResult, args: argparse.Namespace) -> int:
    """`vn export web`; returns the exit code."""
    from game.outputs import OutputError, parse_size  # the one --size parser, as vn play and vn replay use

    try:
        size = parse_size(args.size)
    except OutputError as exc:
        print(f"vn export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    program = result.program
    if program is not None and not program.linear:
        print("vn export: the web edition plays a linear story only; this one has menus, flags or jumps "
              "(play it with 'vn play')", file=sys.stderr)
        return EXIT_ERRORS
    try:
        report = export_web(result, args.out, size)
    except (ExportError, MissingEncoder) as exc:
        print(f"vn export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"vn export: could not write {args.out}: {exc}", file=sys.stderr)
        return EXIT_RUNTIME
    print(report.format())
    if report.total_bytes > BUDGET:
        print(f"vn export: note: the site is over the {BUDGET // (1024 * 1024)} MB budget", file=sys.stderr)
    return EXIT_OK
