"""The `vn` command: play, check, replay, coverage, export, schema, stats, adapt; argument parsing and exit codes only.

Exit codes: 0 success; 1 the script (or a replay) has errors, or lines no trace reached (coverage);
2 usage error; 3 runtime failure (declared in game/exitcodes.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from game.exitcodes import EXIT_ERRORS, EXIT_OK, EXIT_RUNTIME, EXIT_USAGE
from game.logical import LOGICAL_H, LOGICAL_W

_LOGICAL = f"{LOGICAL_W}x{LOGICAL_H}"  # the default --size


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one clear line
        self.print_usage(sys.stderr)
        print(f"vn: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vn", description="Play, check and replay the visual novel.",
                     epilog="Exit codes: 0 ok, 1 script errors (coverage: lines not reached), 2 usage error, "
                            "3 runtime failure.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    play = sub.add_parser("play", help="play the story (the default)")
    _story_args(play)
    play.add_argument("--scene", help="start at this scene")
    play.add_argument("--line", help="start at this line id (with --scene)")
    play.add_argument("--record", type=Path, metavar="FILE", help="record inputs to FILE for 'vn replay --input'")
    play.add_argument("--size", help=f"window size WxH (default {_LOGICAL})")
    check = sub.add_parser("check", help="check a script for problems")
    _story_args(check)
    check.add_argument("--json", action="store_true", help="print diagnostics as JSON lines")
    check.add_argument("--no-assets", action="store_true", help="skip map, sprite, sound and text-fit checks")
    replay = sub.add_parser("replay", help="replay scenes headless: traces and screenshots")
    _story_args(replay)
    replay.add_argument("--scene", action="append", default=[], metavar="ID", help="replay this scene (repeatable)")
    replay.add_argument("--from", dest="from_line", metavar="LINE_ID", help="start at this line id")
    replay.add_argument("--to", dest="to_line", metavar="LINE_ID", help="stop after this line id")
    replay.add_argument("--trace", type=Path, metavar="FILE", help="write a JSON Lines trace")
    replay.add_argument("--shots", type=Path, metavar="DIR", help="write one PNG per line")
    replay.add_argument("--sheet", action="store_true", help="with --shots: a contact sheet per scene")
    replay.add_argument("--input", type=Path, metavar="FILE", help="play back recorded inputs")
    replay.add_argument("--choose", type=_numbers, metavar="N,N,...",
                        help="at each menu in turn, take option N (1-based, counted as written in the script, "
                             "hidden options included); after the list, and without it, the first option offered")
    replay.add_argument("--all-paths", action="store_true",
                        help="play the story once for every way through its menus (depth first) and say how many")
    replay.add_argument("--max-paths", type=_positive, default=100, metavar="N",
                        help="with --all-paths: stop after N paths, saying how many were left (default 100)")
    replay.add_argument("--size", default=_LOGICAL, help="frame size WxH")
    cover = sub.add_parser("coverage", help="which lines no replay reached, per scene (exit 1 when some were not)",
                           description="Read 'vn replay --trace' files and list, per scene, the lines none of them "
                                       "reached. Exit 0 when every line was reached, 1 when some were not, 2 when a "
                                       "trace cannot be read.")
    cover.add_argument("traces", nargs="+", type=Path, metavar="TRACE", help="a JSON Lines trace from 'vn replay --trace'")
    cover.add_argument("--story", dest="path", type=Path, metavar="PATH",
                       help="story folder or story.yaml the traces are of (default: the bundled story)")
    cover.add_argument("--assets", type=Path, help="assets folder (default: the bundled assets)")
    cover.add_argument("--json", action="store_true", help="print the report as JSON")
    export = sub.add_parser("export", help="export the story: 'web' writes a static site that plays it in a browser")
    export.add_argument("format", choices=["web"], help="what to export (web: a static site)")
    export.add_argument("out", type=Path, metavar="OUT", help="folder to write (empty, or an earlier export)")
    _story_args(export)
    export.add_argument("--size", default=_LOGICAL, help=f"stage picture size WxH (default {_LOGICAL})")
    sub.add_parser("schema", help="print the JSON Schema of the script format")
    stats = sub.add_parser("stats", help="lines, words and reading time per scene and speaker")
    _story_args(stats)
    stats.add_argument("--json", action="store_true", help="print JSON")
    adapt = sub.add_parser("adapt", help="turn a prose chapter (.txt, .md, .html, .epub) into a draft script")
    adapt.add_argument("input", type=Path, help="the chapter: .txt, .md, .html or .epub")
    adapt.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the draft here (default: print it)")
    adapt.add_argument("--story", type=Path, metavar="DIR", help="use this story's cast and places first")
    adapt.add_argument("--json", type=Path, metavar="FILE", help="also write every quotation as JSON lines")
    return parser


def _numbers(text: str) -> list[int]:
    """'2,1' -> [2, 1]: option numbers, 1-based."""
    try:
        numbers = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a list of option numbers like 2,1") from None
    if not numbers or min(numbers) < 1:
        raise argparse.ArgumentTypeError("option numbers start at 1")
    return numbers


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of at least 1")
    return value


def _story_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", type=Path, help="story folder or story.yaml (default: the bundled story)")
    parser.add_argument("--assets", type=Path, help="assets folder (default: the bundled assets)")
    parser.add_argument("--no-cache", action="store_true",
                        help="use nothing kept in the user's cache folder: read the story from its files (not its compiled "
                             "copy) and draw the title afresh")


def _cache(args: argparse.Namespace) -> Path | None:
    """Where the compiled story is kept for this command (None: --no-cache)."""
    from game import paths

    return None if getattr(args, "no_cache", True) else paths.cache_dir()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    command = args.command or "play"
    if args.command is None:
        args = build_parser().parse_args(["play"])
    if argv is None and command == "replay":  # the whole process is this replay (not a test calling it)
        from game import os_memory

        os_memory.keep_pages()
    try:
        return {"play": _play, "check": _check, "replay": _replay, "coverage": _coverage, "export": _export,
                "schema": _schema, "stats": _stats, "adapt": _adapt}[command](args)
    except KeyboardInterrupt:
        return EXIT_RUNTIME


def _check(args: argparse.Namespace) -> int:
    """Check the story; with the cache on, an unchanged story's kept result is printed as it was found
    (game/checkcache.py), without loading the script, its assets or pygame."""
    from game.story.gcpause import gc_paused

    with gc_paused():  # a cold check builds millions of objects and keeps them to the end: the collector only walks them
        return _check_paused(args)


def _check_paused(args: argparse.Namespace) -> int:
    from game import checkcache, paths
    from game.story.diagnostics import Diagnostic, Severity
    from game.story.model import Loc

    if args.path is not None and not args.path.exists():
        print(f"vn check: no such file or folder: {args.path}", file=sys.stderr)
        return EXIT_USAGE
    script, assets = Path(args.path or paths.script_dir()), Path(args.assets or paths.assets_dir())
    checked = None if args.no_assets else assets  # the assets the result depends on
    cache = _cache(args)
    kept = checkcache.lookup(cache, script, checked) if cache is not None else None
    if kept is not None:
        ok, scenes, lines = kept.ok, kept.scenes, kept.lines
        diagnostics = [Diagnostic(code, Severity(severity), Loc(file, line, col), message, hint)
                       for code, severity, file, line, col, message, hint in kept.rows]
    else:
        from game.check import check_summary

        result = check_summary(script, assets, with_assets=not args.no_assets, with_fit=not args.no_assets,
                               cache_dir=cache)
        ok, scenes, lines, diagnostics = result.ok, result.scenes, result.lines, result.diagnostics
        if cache is not None:
            rows = [[d.code, d.severity.value, d.loc.file, d.loc.line, d.loc.col, d.message, d.hint] for d in diagnostics]
            checkcache.store(cache, script, checked, result.files, ok, scenes, lines, rows)
    for diagnostic in diagnostics:
        print(json.dumps(diagnostic.to_json()) if args.json else diagnostic.format())
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    if not args.json:
        where = _where(script, assets)
        if ok:
            print(f"ok: {scenes} scenes, {lines} lines" + (f", {warnings} warning(s)" if warnings else "")
                  + f" ({where})", file=sys.stderr)
        else:
            print(f"{errors} error(s), {warnings} warning(s) ({where})", file=sys.stderr)
    return EXIT_OK if ok else EXIT_ERRORS


def _which(result) -> str:  # type: ignore[no-untyped-def]
    """Which story and assets a command used, in words (a writer must see that their checkout is the one)."""
    return _where(result.source, result.assets)


def _where(source: Path | None, assets: Path | None) -> str:
    from game import paths

    where = "this checkout" if paths.checkout() is not None and source == paths.script_dir() else None
    return f"story {source}, assets {assets}" + (f": {where}" if where else "")


def _load_or_report(args: argparse.Namespace, verb: str):  # type: ignore[no-untyped-def]
    from game.check import check_story

    result = check_story(getattr(args, "path", None), getattr(args, "assets", None), cache_dir=_cache(args))
    print(f"vn {verb}: {_which(result)}", file=sys.stderr)
    if not result.ok:
        for diagnostic in result.diagnostics:
            print(diagnostic.format(), file=sys.stderr)
        return None
    return result


def _play(args: argparse.Namespace) -> int:
    from game.outputs import OutputError, open_output, parse_size

    try:  # before the story is read or a window opens
        if args.size:
            parse_size(args.size)
        if args.record:
            open_output(args.record, "--record").close()
    except OutputError as exc:
        print(f"vn play: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = _load_or_report(args, "play")
    if result is None:
        return EXIT_ERRORS
    problem = _warp_problem(result, args)
    if problem:
        print(f"vn play: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from game.window import play

    return play(result, args)


def _warp_problem(result, args: argparse.Namespace) -> str | None:  # type: ignore[no-untyped-def]
    """Check --scene/--line before a window opens; a line id alone names its scene."""
    if args.line and not args.scene:
        args.scene = args.line.split("/", 1)[0] if "/" in args.line else None
        if not args.scene:
            return "--line needs --scene (or a full line id, SCENE/LINE)"
    if args.scene and result.story.scene(args.scene) is None:
        return f"no scene '{args.scene}' (scenes: {', '.join(s.id for s in result.story.scenes)})"
    if args.line:
        full = args.line if "/" in args.line else f"{args.scene}/{args.line}"
        if result.program.index_of(full) is None or not full.startswith(f"{args.scene}/"):
            return f"scene '{args.scene}' has no line '{args.line}' (line ids are in 'vn replay --trace')"
    return None


def _replay(args: argparse.Namespace) -> int:
    from game.outputs import OutputError, open_output, output_folder, parse_size

    try:  # before the story is read: a bad output path is one message, not a traceback after the work
        parse_size(args.size)
        if args.shots:
            output_folder(args.shots, "--shots")
        if args.trace:
            open_output(args.trace, "--trace").close()
    except OutputError as exc:
        print(f"vn replay: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = _load_or_report(args, "replay")
    if result is None:
        return EXIT_ERRORS
    from game.replay.driver import replay

    return replay(result, args)


def _coverage(args: argparse.Namespace) -> int:
    from game.coverage import TraceError, coverage, format_report, reached_lines

    if args.path is not None and not args.path.exists():
        print(f"vn coverage: no such story: {args.path}", file=sys.stderr)
        return EXIT_USAGE
    try:
        reached = reached_lines(args.traces)
    except TraceError as exc:
        print(f"vn coverage: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = _load_or_report(args, "coverage")
    if result is None:
        return EXIT_ERRORS
    report = coverage(result.story, reached)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else format_report(report, len(args.traces)))
    total = report["total"]
    return EXIT_OK if total["reached"] == total["lines"] else EXIT_ERRORS


def _export(args: argparse.Namespace) -> int:
    result = _load_or_report(args, "export")
    if result is None:
        return EXIT_ERRORS
    from game.export.site import run

    return run(result, args)


def _schema(args: argparse.Namespace) -> int:
    from game.story.schema import schema

    print(json.dumps(schema(), indent=2))
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    from game.story.stats import format_table, story_stats

    result = _load_or_report(args, "stats")
    if result is None:
        return EXIT_ERRORS
    table = story_stats(result.story)
    print(json.dumps(table, indent=2) if args.json else format_table(table))
    return EXIT_OK


def _adapt(args: argparse.Namespace) -> int:
    from game.adapt import AdaptInputError, adapt_file, known_story
    from game.adapt.confidence import mark
    from game.adapt.writer import to_json_lines, to_yaml
    from game.fsutil import atomic_write_bytes

    from game.outputs import OutputError, output_file

    try:  # the outputs are written at the end: a path that cannot be used is said now, before the work
        for path, option in ((args.output, "-o"), (args.json, "--json")):
            if path is not None:
                output_file(path, option)
    except OutputError as exc:
        print(f"vn adapt: {exc}", file=sys.stderr)
        return EXIT_USAGE
    story = None
    if args.story is not None:
        if not args.story.exists():
            print(f"vn adapt: no such story: {args.story}", file=sys.stderr)
            return EXIT_USAGE
        story, problems = known_story(args.story)
        if story is None:
            print("\n".join(problems), file=sys.stderr)
            print(f"vn adapt: the story {args.story} has errors; fix them or leave out --story", file=sys.stderr)
            return EXIT_ERRORS
    try:
        draft = adapt_file(args.input, story)
    except AdaptInputError as exc:
        print(f"vn adapt: {exc}", file=sys.stderr)
        return EXIT_USAGE
    title = draft.doc.title or args.input.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Draft"
    text = to_yaml(draft, f"{title} (draft)", story.cast if story else None)
    if args.output is None:
        sys.stdout.write(text)
    writes = [(args.output, "-o", text), (args.json, "--json", to_json_lines(draft) if args.json else "")]
    for path, option, data in writes:
        if path is None:
            continue
        try:
            atomic_write_bytes(path, data.encode("utf-8"), devices=True)
        except OSError as exc:  # checked before the work, but a disk fills and some places refuse files
            print(f"vn adapt: {option} {path}: cannot write ({exc.strerror or exc})", file=sys.stderr)
            return EXIT_ERRORS
    said = sum(u.kind == "say" for u in draft.utterances)
    marks = [mark(u.confidence) for u in draft.utterances]
    print(f"adapted: {_count(len(draft.scenes), 'scene')}, {_count(said, 'spoken line')} "
          f"({marks.count('check')} to check, {marks.count('likely')} likely), "
          f"{_count(len(draft.speakers), 'speaker')}" + (f", {draft.telling}" if draft.telling else "")
          + (f" -> {args.output}" if args.output else ""), file=sys.stderr)
    return EXIT_OK


def _count(n: int, noun: str) -> str:
    """'1 scene', '2 scenes'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
