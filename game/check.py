"""Everything `vn check` runs: load the script, compile it, check it against the assets.

Returns the story (when usable), its program and every diagnostic, sorted by file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from game import paths
from game.assets import Catalogue, check_assets
from game.story.diagnostics import Diagnostic, has_errors, make
from game.story.gcpause import gc_paused
from game.story.nodes import MAX_PROBLEMS
from game.story.loader import load_story_partial, read_cached
from game.story.model import Story
from game.story.program import Program, compile_story

if TYPE_CHECKING:
    from game.checksplit import CheckSummary


@dataclass
class CheckResult:
    story: Story | None
    program: Program | None
    diagnostics: list[Diagnostic]
    source: Path | None = None  # the story folder or file that was checked (for live reload)
    assets: Path | None = None
    files: tuple[str, ...] = ()  # the story files the loader read, as the diagnostics name them

    @property
    def ok(self) -> bool:
        return self.story is not None and not has_errors(self.diagnostics)


def check_story(script: Path | None = None, assets: Path | None = None, *, with_assets: bool = True,
                with_fit: bool = False, cache_dir: Path | None = None,
                loaded: tuple[Story | None, list[Diagnostic]] | None = None, read_cache: bool = True) -> CheckResult:
    """Load, compile and check a story. `with_fit` also measures every line against the textbox (needs pygame
    fonts). With `cache_dir` (the commands pass the user's cache folder), an unchanged story that had no
    errors is read from its compiled copy there instead of parsed again. `loaded`: the story and its load's
    diagnostics, already read from that copy (`loader.read_cached`); `read_cache` False: the copy was just found
    unusable, so it is not read again (a cold load replaces it)."""
    script = script or paths.script_dir()
    assets = Path(assets or paths.assets_dir())
    with gc_paused():  # the cycle collector's first pass after the load walks every object it built: 0.16 s at 100k lines
        return _check(Path(script), assets, with_assets, with_fit, cache_dir, loaded, read_cache)


def check_summary(script: Path | None = None, assets: Path | None = None, *, with_assets: bool = True,
                  with_fit: bool = False, cache_dir: Path | None = None) -> CheckSummary:
    """`check_story` as the check command prints and keeps it (no story or program: the counts). A large story
    that is not kept compiled in `cache_dir` is checked split over two processes (`game.checksplit`), with the
    same result."""
    from game.checksplit import CheckSummary, split_check  # only `vn check` needs it: not on the game's start-up

    script = Path(script or paths.script_dir())
    assets = Path(assets or paths.assets_dir())
    with gc_paused():
        loaded = read_cached(script, cache_dir) if cache_dir is not None else None
        if loaded is None:
            split = split_check(script, assets, with_assets, with_fit, cache_dir, _sorted)
            if split is not None:
                return split
        result = check_story(script, assets, with_assets=with_assets, with_fit=with_fit, cache_dir=cache_dir,
                             loaded=loaded, read_cache=False)
    ok = result.ok and result.program is not None
    return CheckSummary(ok, len(result.story.scenes) if ok and result.story else 0,
                        len(result.program.beats) if ok and result.program else 0, result.diagnostics, result.files)


def _check(script: Path, assets: Path, with_assets: bool, with_fit: bool, cache_dir: Path | None,
           loaded: tuple[Story | None, list[Diagnostic]] | None = None, read_cache: bool = True) -> CheckResult:
    if loaded is None:  # keeps going past errors: report them all
        story, diagnostics = load_story_partial(script, cache_dir, read_cache=read_cache)
    else:
        story, diagnostics = loaded
    program = None
    files = story.files if story is not None else ()
    if story is not None:
        catalogue = Catalogue(assets) if with_assets else None
        program, warnings = compile_story(story, catalogue.looks if catalogue else None)
        diagnostics += warnings
        if catalogue is not None:
            diagnostics += check_assets(story, program, catalogue)
        if with_fit:
            from game.textfit import check_fit

            diagnostics += check_fit(story)
    diagnostics = _sorted(diagnostics)
    if has_errors(diagnostics):
        story = None
    return CheckResult(story, program if story else None, diagnostics, script, assets, files)


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """By file and line (stably: problems at one place stay in the order they were found), then capped."""
    diagnostics.sort(key=lambda d: (d.loc.file, d.loc.line, d.loc.col))
    return cap(diagnostics)


def cap(diagnostics: list[Diagnostic], limit: int = MAX_PROBLEMS) -> list[Diagnostic]:
    """At most `limit` diagnostics, whichever check found them, and one more saying how many were left out."""
    if len(diagnostics) <= limit:
        return diagnostics
    left = len(diagnostics) - limit
    last = diagnostics[limit - 1]
    return [*diagnostics[:limit], make("VN105", last.loc, f"{left} more problems are not shown (the limit is {limit})",
                                       "fix the ones above first")]
