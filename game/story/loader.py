"""YAML scene script -> `Story`: the header, its chapter files, cast, places, scenes and lines.

Every problem is collected as a located `Diagnostic`; nothing here raises on bad input.
Asset existence (maps, sprites, sounds) is checked elsewhere (`game.assets`), not here.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import yaml

from game.story import cache, yamlsource
from game.story.flow import check_flow
from game.story.diagnostics import Diagnostic, did_you_mean, has_errors, make
from game.story.format import END, CAST_KEYS, CHAPTER_KEYS, HEADER_KEYS, HEADER_TEXTS, PLACE_KEYS, RESERVED, SCENE_KEYS
from game.story.gcpause import gc_paused
from game.story.lines import CHOICES, VERBS, derive_id, parse_lines, sound_name  # noqa: F401 (re-exported)
from game.story.model import TIMES, CastMember, Choice, Line, Loc, Place, Scene, Step, Story
from game.story.nodes import MAX_PROBLEMS, Ctx, TooMany, safe_relative, short

COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_COLOR = (230, 230, 230)
MAX_CHAPTERS = 500  # each costs a file read; a hostile list must not cost thousands
# The whole story's script lines (items under `lines:`, options' included): 1.5x a 100,000-line novel. What a
# story costs in memory grows with its steps (about 0.6 kB a line once compiled), not with its YAML nodes: a
# chapter of bare narration is one node a line, so the node bound alone let a hostile story of tiny lines
# past 250 MB. Checked scene by scene, as the chapters are converted one at a time.
MAX_STORY_STEPS = 150_000


def load_story(path: Path, cache_dir: Path | None = None) -> tuple[Story | None, list[Diagnostic]]:
    """Load a story from its folder (holding story.yaml) or from a YAML file.

    Returns the story (None when errors make it unusable) and every diagnostic found.
    With `cache_dir`, a compiled copy kept there is used while it is still valid (`game.story.cache`).
    """
    with gc_paused():
        if cache_dir is not None:
            return cache.load_with_cache(Path(path), Path(cache_dir), _load_story, _shown)
        return _load_story(Path(path))


def load_story_partial(path: Path, cache_dir: Path | None = None) -> tuple[Story | None, list[Diagnostic]]:
    """Like `load_story`, but keeps what could be built despite errors (bad lines left out), so
    `vn check` can go on to find the stage and asset problems too. Never play such a story. With `cache_dir`,
    a story without errors is kept compiled there, as `load_story` does (one with errors is never kept)."""
    with gc_paused():
        if cache_dir is not None:
            return cache.load_with_cache(Path(path), Path(cache_dir), _load_partial, _shown)
        return _load_story(Path(path), partial=True)


def _load_partial(path: Path) -> tuple[Story | None, list[Diagnostic]]:
    return _load_story(path, partial=True)


def _load_story(path: Path, partial: bool = False) -> tuple[Story | None, list[Diagnostic]]:
    header = path / "story.yaml" if path.is_dir() else path
    shown = _shown(header)
    diagnostics: list[Diagnostic] = []
    text, problems = yamlsource.read_text(header, shown)
    diagnostics += problems
    if text is None:
        return None, diagnostics
    story = load_story_text(text, shown, header.parent, diagnostics)
    if has_errors(diagnostics) and not partial:
        return None, diagnostics
    return story, diagnostics


def _shown(path: Path) -> str:
    """A path as a writer knows it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def load_story_text(text: str, shown: str, folder: Path, out: list[Diagnostic]) -> Story | None:
    """Build a story from the header's text; chapter files are read from `folder`."""
    try:
        return _story_text(text, shown, folder, out)
    except TooMany as stop:
        out.append(make("VN105", stop.loc, f"more than {MAX_PROBLEMS} problems; stopped checking here",
                        "fix the ones above first"))
        return None


def _story_text(text: str, shown: str, folder: Path, out: list[Diagnostic]) -> Story | None:
    root, problems = yamlsource.compose(text, shown)
    out += problems
    if root is None:
        return None
    ctx = Ctx(shown, out)
    pairs = ctx.mapping(root, "the story file")
    if pairs is None:
        return None
    keys = ctx.keys(pairs, HEADER_KEYS, "the story file")
    texts = {k: "" for k in HEADER_TEXTS}
    for name in texts:
        if name in keys:
            texts[name] = (ctx.text(keys[name][1], f"'{name}'") or "").strip()
    for required in ("title", "cast", "places"):
        if required not in keys:
            out.append(make("VN112", ctx.loc(root), f"the story file has no '{required}:'",
                            "a story needs title, cast and places"))
    cast = _cast(ctx, keys["cast"][1]) if "cast" in keys else {}
    places = _places(ctx, keys["places"][1]) if "places" in keys else {}
    scenes = _Scenes(cast, places)
    if "scenes" in keys:
        items = ctx.sequence(keys["scenes"][1], "'scenes'")
        try:  # one file of at most MAX_NODES cannot hold MAX_STORY_STEPS steps; bounded all the same
            scenes.add(ctx, items or [])
        except _Full as full:
            ctx.err("VN105", keys["scenes"][0], f"with scene '{full.scene}' the story holds more than "
                    f"{MAX_STORY_STEPS} script lines (items under 'lines:'); the rest is not read")
    files = [shown]
    if "chapters" in keys:
        _chapters(ctx, keys["chapters"][1], folder, files, scenes)
    if "scenes" not in keys and "chapters" not in keys:
        out.append(make("VN112", ctx.loc(root), "the story has no 'scenes:' and no 'chapters:'"))
    story = Story(
        title=texts["title"], subtitle=texts["subtitle"], content_note=texts["content_note"],
        credits=texts["credits"], end_card=texts["end_card"], cast=cast, places=places,
        scenes=tuple(scenes.scenes), files=tuple(files),
    )
    out += check_flow(story)
    return story


def _chapters(ctx: Ctx, node: yaml.Node, folder: Path, files: list[str], scenes: _Scenes) -> None:
    """Read each listed chapter file and convert its scenes at once: only one chapter's node tree is held
    at a time (a tree costs ~350 bytes a node, several times the story it becomes)."""
    items = ctx.sequence(node, "'chapters'") or []
    if len(items) > MAX_CHAPTERS:
        ctx.err("VN105", node, f"{len(items)} chapter files are listed; the limit is {MAX_CHAPTERS}")
        return
    listed: set[PurePosixPath] = set()  # each file is read once, however often (or through aliases) it is listed
    nodes = 0  # in the chapter files so far: the whole story is bounded, not only each file
    for item in items:
        name = ctx.text(item, "a chapter file name")
        if not name:
            continue
        relative = PurePosixPath(name)
        if relative in listed:
            ctx.err("VN115", item, f"chapter '{name}' is listed twice", "list each chapter file once")
            continue
        listed.add(relative)
        path = folder / relative
        try:
            inside = safe_relative(name) and path.resolve().is_relative_to(folder.resolve())
            exists = inside and path.is_file()
        except OSError as exc:  # e.g. a name too long for the file system
            ctx.err("VN104", item, f"chapter '{short(name)}' cannot be read ({exc.strerror or exc})")
            continue
        if not inside:
            ctx.err("VN143", item, f"chapter '{name}' is outside the story folder",
                    "name chapter files relative to story.yaml, without '..'")
            continue
        shown = _shown(path)
        if not exists:
            ctx.err("VN140", item, f"chapter file '{name}' does not exist",
                    did_you_mean(name, [p.name for p in folder.glob("*.yaml")]))
            continue
        text, problems = yamlsource.read_text(path, shown)
        ctx.out.extend(problems)
        if text is None:
            continue
        root, problems, count = yamlsource.compose_counted(text, shown)
        ctx.out.extend(problems)
        if root is None:
            continue
        nodes += count
        if nodes > yamlsource.MAX_STORY_NODES:
            ctx.err("VN105", item, f"with chapter '{short(name)}' the story holds more than "
                    f"{yamlsource.MAX_STORY_NODES} YAML nodes; the chapters from here on are not read",
                    "a story this large is not supported; split it into several stories")
            break
        files.append(shown)
        chapter = Ctx(shown, ctx.out)
        pairs = chapter.mapping(root, "a chapter file")
        if pairs is None:
            continue
        keys = chapter.keys(pairs, CHAPTER_KEYS, "a chapter file")
        if "scenes" not in keys:
            chapter.err("VN112", root, "the chapter file has no 'scenes:'")
            continue
        try:
            scenes.add(chapter, chapter.sequence(keys["scenes"][1], "'scenes'") or [])
        except _Full as full:
            ctx.err("VN105", item, f"with scene '{full.scene}' of chapter '{short(name)}' the story holds more than "
                    f"{MAX_STORY_STEPS} script lines (items under 'lines:'); the chapters from here on are not read",
                    "a story this large is not supported; split it into several stories")
            break


def _color(ctx: Ctx, node: yaml.Node) -> tuple[int, int, int] | None:
    value = ctx.text(node, "a colour")
    if value is None:
        return None
    if not COLOR_RE.match(value):
        ctx.err("VN114", node, f"'{value}' is not a colour", "write colours as \"#rrggbb\", in quotes")
        return None
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def _cast(ctx: Ctx, node: yaml.Node) -> dict[str, CastMember]:
    cast: dict[str, CastMember] = {}
    for key, value in ctx.mapping(node, "'cast'") or []:
        cid = ctx.ident(key, "character id")
        if cid is None:
            continue
        if cid in RESERVED:
            ctx.err("VN113", key, f"'{cid}' is a stage direction or script word and cannot be a character id")
            continue
        keys = ctx.keys(ctx.mapping(value, f"character '{cid}'") or [], CAST_KEYS, f"character '{cid}'")
        if "name" not in keys:
            ctx.err("VN112", key, f"character '{cid}' has no 'name:'")
        name = ctx.text(keys["name"][1], "a name") if "name" in keys else cid
        color = _color(ctx, keys["color"][1]) if "color" in keys else DEFAULT_COLOR
        sprite = ctx.ident(keys["sprite"][1], "sprite set") if "sprite" in keys else cid
        cast[cid] = CastMember(cid, name or cid, color or DEFAULT_COLOR, sprite or cid, ctx.loc(key))
    return cast


def _places(ctx: Ctx, node: yaml.Node) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for key, value in ctx.mapping(node, "'places'") or []:
        pid = ctx.ident(key, "place id")
        if pid is None:
            continue
        keys = ctx.keys(ctx.mapping(value, f"place '{pid}'") or [], PLACE_KEYS, f"place '{pid}'")
        map_path = f"maps/{pid}.tmx"
        if "map" in keys:
            given = ctx.text(keys["map"][1], "a map path") or map_path
            if not safe_relative(given):
                ctx.err("VN143", keys["map"][1], f"map path '{given}' leaves the assets folder",
                        "give a path under assets/, e.g. maps/memorial.tmx")
            map_path = given
        lighting: list[tuple[str, tuple[int, int, int]]] = []
        if "lighting" in keys:
            for tkey, tvalue in ctx.mapping(keys["lighting"][1], f"lighting of '{pid}'") or []:
                time = ctx.text(tkey, "a time of day")
                if time not in TIMES:
                    ctx.err("VN122", tkey, f"unknown time of day '{time}'", did_you_mean(time or "", TIMES))
                    continue
                color = _color(ctx, tvalue)
                if color:
                    lighting.append((time, color))
        name = ctx.text(keys["name"][1], "a name") if "name" in keys else None
        places[pid] = Place(pid, name or pid.replace("-", " ").capitalize(), map_path, tuple(lighting), ctx.loc(key))
    return places


class _Full(Exception):
    """A scene would take the story past MAX_STORY_STEPS: reading stops before it."""

    def __init__(self, scene: str) -> None:
        super().__init__(scene)
        self.scene = scene


class _Scenes:
    """The story's scenes, converted file by file; scene and line ids are unique across the whole story,
    and the whole story holds at most MAX_STORY_STEPS steps (lines, directions, flow; options' included)."""

    def __init__(self, cast: dict[str, CastMember], places: dict[str, Place]) -> None:
        self.cast, self.places = cast, places
        self.scenes: list[Scene] = []
        self.seen_scenes: dict[str, Loc] = {}
        self.seen_lines: dict[str, Loc] = {}
        self.steps = 0

    def add(self, ctx: Ctx, nodes: list[yaml.Node]) -> None:
        seen_scenes, seen_lines = self.seen_scenes, self.seen_lines
        for node in nodes:
            scene = _scene(ctx, node, self.cast, self.places)
            if scene is None:
                continue
            steps = scene.walk()
            if self.steps + len(steps) > MAX_STORY_STEPS:
                raise _Full(scene.id)
            self.steps += len(steps)
            if scene.id in seen_scenes:
                ctx.out.append(make("VN130", scene.loc, f"scene id '{scene.id}' is used twice",
                                    f"the first is at {seen_scenes[scene.id]}"))
                continue
            seen_scenes[scene.id] = scene.loc
            for line in steps:
                if not isinstance(line, Line):
                    continue
                if line.id in seen_lines:
                    ctx.out.append(make("VN131", line.loc, f"line id '{line.id}' is used twice",
                                        f"the first is at {seen_lines[line.id]}"))
                seen_lines[line.id] = line.loc
            self.scenes.append(scene)


def _scene(ctx: Ctx, node: yaml.Node, cast: dict[str, CastMember], places: dict[str, Place]) -> Scene | None:
    pairs = ctx.mapping(node, "a scene")
    if pairs is None:
        return None
    keys = ctx.keys(pairs, SCENE_KEYS, "a scene")
    for required in ("scene", "place", "time", "lines"):
        if required not in keys:
            ctx.err("VN112", node, f"this scene has no '{required}:'")
    if "scene" not in keys:
        return None
    sid = ctx.ident(keys["scene"][1], "scene id")
    if sid is None:
        return None
    if sid == END:
        ctx.err("VN113", keys["scene"][1], f"'{END}' cannot be a scene id: 'jump: {END}' ends the story",
                "call the scene something else, e.g. 'ending'")
        return None
    place = _ref(ctx, keys.get("place"), places, "place", "VN121") or ""
    time = ""
    if "time" in keys:
        time = ctx.text(keys["time"][1], "a time of day") or ""
        if time not in TIMES:
            ctx.err("VN122", keys["time"][1], f"unknown time of day '{time}'",
                    did_you_mean(time, TIMES) or f"use one of: {', '.join(TIMES)}")
    memory = False
    if "memory" in keys:
        raw = ctx.text(keys["memory"][1], "memory")
        if raw in ("true", "True", "yes", "false", "False", "no"):
            memory = raw in ("true", "True", "yes")
        elif raw is not None:
            ctx.err("VN115", keys["memory"][1], f"memory should be true or false, not '{raw}'")
    music = None
    if "music" in keys:
        music = ctx.text(keys["music"][1], "music") or None
        music = None if music in ("none", "stop") or not sound_name(ctx, keys["music"][1], music) else music
    sprites: list[tuple[str, str]] = []
    if "sprites" in keys:
        for ckey, cvalue in ctx.mapping(keys["sprites"][1], "'sprites'") or []:
            who = _ref(ctx, (ckey, ckey), cast, "character", "VN120")
            setname = ctx.ident(cvalue, "sprite set")
            if who and setname:
                sprites.append((who, setname))
    title = (ctx.text(keys["title"][1], "a title") or sid) if "title" in keys else sid
    steps: list[Step] = []
    problems_before = len(ctx.out)
    if "lines" in keys:
        steps = parse_lines(ctx, keys["lines"][1], sid, cast, places)
    scene = Scene(sid, title, place, time, memory, music, tuple(sprites), tuple(steps), ctx.loc(keys["scene"][0]))
    if "lines" in keys and len(ctx.out) == problems_before and not _has_line(scene.steps):
        ctx.err("VN132", keys["lines"][0], f"scene '{sid}' has no lines to show",
                "add at least one narration, speech or thought line")
    return scene


def _has_line(steps: tuple[Step, ...]) -> bool:
    """Whether `Scene.lines` would hold anything, without building it (the first step is nearly always a line)."""
    for step in steps:
        if isinstance(step, Line):
            return True
        if isinstance(step, Choice) and any(_has_line(option.steps) for option in step.options):
            return True
    return False


def _ref(ctx: Ctx, pair: tuple[yaml.Node, yaml.Node] | None, known: dict[str, object], what: str, code: str) -> str | None:
    if pair is None:
        return None
    value = ctx.text(pair[1], what)
    if value is None:
        return None
    if value not in known:
        hint = did_you_mean(value, list(known)) or (f"known: {', '.join(sorted(known))}" if known else None)
        ctx.err(code, pair[1], f"unknown {what} '{value}'", hint)
        return None
    return value
