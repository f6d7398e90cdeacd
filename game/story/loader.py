"""YAML scene script -> `Story`: the header, its chapter files, cast, places, scenes and lines.

Every problem is collected as a located `Diagnostic`; nothing here raises on bad input.
Asset existence (maps, sprites, sounds) is checked elsewhere (`game.assets`), not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from game.story import cache, yamlsource
from game.story.flow import SceneFlow, report_flow, scene_flow
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


def load_story_partial(path: Path, cache_dir: Path | None = None, *,
                       read_cache: bool = True) -> tuple[Story | None, list[Diagnostic]]:
    """Like `load_story`, but keeps what could be built despite errors (bad lines left out), so
    `vn check` can go on to find the stage and asset problems too. Never play such a story. With `cache_dir`,
    a story without errors is kept compiled there, as `load_story` does (one with errors is never kept);
    `read_cache` False: the caller has just found no usable entry there (`read_cached`), so none is read."""
    with gc_paused():
        if cache_dir is not None:
            return cache.load_with_cache(Path(path), Path(cache_dir), _load_partial, _shown, read=read_cache)
        return _load_story(Path(path), partial=True)


def read_cached(path: Path, cache_dir: Path) -> tuple[Story | None, list[Diagnostic]] | None:
    """The story at `path` as kept compiled in `cache_dir`, or None when no valid, current entry is there."""
    with gc_paused():
        return cache.read_cached(Path(path), Path(cache_dir), _shown)


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
    loaded = _loaded(text, shown, folder, out, _Read())
    return None if loaded is None else loaded.story()


def _loaded(text: str, shown: str, folder: Path, out: list[Diagnostic], source: _Source) -> _Loaded | None:
    """`_story_text`, or None once it has found MAX_PROBLEMS (noted, where it stopped)."""
    try:
        return _story_text(text, shown, folder, out, source)
    except TooMany as stop:
        out.append(make("VN105", stop.loc, f"more than {MAX_PROBLEMS} problems; stopped checking here",
                        "fix the ones above first"))
        return None


class _Loaded:
    """What the header and the chapters gave: the header's texts, cast and places, the scenes, the files read."""

    def __init__(self, texts: dict[str, str], cast: dict[str, CastMember], places: dict[str, Place], scenes: _Scenes,
                 files: list[str], inline: bool) -> None:
        self.texts, self.cast, self.places, self.scenes, self.files, self.inline = texts, cast, places, scenes, files, inline

    def story(self) -> Story:
        texts = self.texts
        return Story(title=texts["title"], subtitle=texts["subtitle"], content_note=texts["content_note"],
                     credits=texts["credits"], end_card=texts["end_card"], cast=self.cast, places=self.places,
                     scenes=tuple(self.scenes.scenes), files=tuple(self.files))


def _story_text(text: str, shown: str, folder: Path, out: list[Diagnostic], source: _Source) -> _Loaded | None:
    """The header, then its chapters through `source` (read here, or already converted elsewhere), then the flow
    checks of the whole story."""
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
        _chapters(ctx, keys["chapters"][1], folder, files, scenes, source)
    if "scenes" not in keys and "chapters" not in keys:
        out.append(make("VN112", ctx.loc(root), "the story has no 'scenes:' and no 'chapters:'"))
    out += report_flow(scenes.flows())
    return _Loaded(texts, cast, places, scenes, files, "scenes" in keys)


def _chapters(ctx: Ctx, node: yaml.Node, folder: Path, files: list[str], scenes: _Scenes, source: _Source) -> None:
    """Read each listed chapter file and convert its scenes at once: only one chapter's node tree is held
    at a time (a tree costs ~350 bytes a node, several times the story it becomes)."""
    items = ctx.sequence(node, "'chapters'") or []
    if len(items) > MAX_CHAPTERS:
        ctx.err("VN105", node, f"{len(items)} chapter files are listed; the limit is {MAX_CHAPTERS}")
        return
    listed: set[PurePosixPath] = set()  # each file is read once, however often (or through aliases) it is listed
    nodes = 0  # in the chapter files so far: the whole story is bounded, not only each file
    for item in items:
        found = _chapter_path(ctx, item, folder, listed)
        if found is None:
            continue
        name, path, shown = found
        count = source.open(path, shown, ctx.out)
        if count is None:
            continue
        nodes += count
        if nodes > yamlsource.MAX_STORY_NODES:
            ctx.err("VN105", item, f"with chapter '{short(name)}' the story holds more than "
                    f"{yamlsource.MAX_STORY_NODES} YAML nodes; the chapters from here on are not read",
                    "a story this large is not supported; split it into several stories")
            break
        files.append(shown)
        try:
            source.convert(shown, ctx.out, scenes)
        except _Full as full:
            ctx.err("VN105", item, f"with scene '{full.scene}' of chapter '{short(name)}' the story holds more than "
                    f"{MAX_STORY_STEPS} script lines (items under 'lines:'); the chapters from here on are not read",
                    "a story this large is not supported; split it into several stories")
            break


def _chapter_path(ctx: Ctx, item: yaml.Node, folder: Path, listed: set[PurePosixPath]) -> tuple[str, Path, str] | None:
    """A listed chapter's name, path and shown name, or None (reported, unless the name is empty) when it is listed
    twice, outside the story folder, missing or cannot be looked at."""
    name = ctx.text(item, "a chapter file name")
    if not name:
        return None
    relative = PurePosixPath(name)
    if relative in listed:
        ctx.err("VN115", item, f"chapter '{name}' is listed twice", "list each chapter file once")
        return None
    listed.add(relative)
    path = folder / relative
    try:
        inside = safe_relative(name) and path.resolve().is_relative_to(folder.resolve())
        exists = inside and path.is_file()
    except OSError as exc:  # e.g. a name too long for the file system
        ctx.err("VN104", item, f"chapter '{short(name)}' cannot be read ({exc.strerror or exc})")
        return None
    if not inside:
        ctx.err("VN143", item, f"chapter '{name}' is outside the story folder",
                "name chapter files relative to story.yaml, without '..'")
        return None
    shown = _shown(path)
    if not exists:
        ctx.err("VN140", item, f"chapter file '{name}' does not exist",
                did_you_mean(name, [p.name for p in folder.glob("*.yaml")]))
        return None
    return name, path, shown


def _open(path: Path, shown: str, out: list[Diagnostic]) -> tuple[yaml.Node, int] | None:
    """A chapter file's node tree and its node count, or None (reported) when it cannot be read or parsed."""
    text, problems = yamlsource.read_text(path, shown)
    out.extend(problems)
    if text is None:
        return None
    root, problems, count = yamlsource.compose_counted(text, shown)
    out.extend(problems)
    return None if root is None else (root, count)


def _scene_nodes(chapter: Ctx, root: yaml.Node) -> list[yaml.Node] | None:
    """A chapter file's list of scenes, or None (reported) when it has none."""
    pairs = chapter.mapping(root, "a chapter file")
    if pairs is None:
        return None
    keys = chapter.keys(pairs, CHAPTER_KEYS, "a chapter file")
    if "scenes" not in keys:
        chapter.err("VN112", root, "the chapter file has no 'scenes:'")
        return None
    return chapter.sequence(keys["scenes"][1], "'scenes'") or []


class _Source:
    """Where `_chapters` gets each chapter's tree (`open`: its node count, or None) and its scenes (`convert`)."""

    def open(self, path: Path, shown: str, out: list[Diagnostic]) -> int | None:
        raise NotImplementedError

    def convert(self, shown: str, out: list[Diagnostic], scenes: _Scenes) -> None:
        raise NotImplementedError


class _Read(_Source):
    """Each chapter read, parsed and converted here, then its tree let go."""

    def __init__(self) -> None:
        self.root: yaml.Node | None = None

    def open(self, path: Path, shown: str, out: list[Diagnostic]) -> int | None:
        opened = _open(path, shown, out)
        if opened is None:
            return None
        self.root, count = opened
        return count

    def convert(self, shown: str, out: list[Diagnostic], scenes: _Scenes) -> None:
        chapter, root, self.root = Ctx(shown, out), self.root, None
        nodes = _scene_nodes(chapter, root)  # type: ignore[arg-type]
        if nodes is not None:
            scenes.add(chapter, nodes)


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
    and the whole story holds at most MAX_STORY_STEPS steps (lines, directions, flow; options' included).
    `scenes` are the scenes converted here; `records`, those converted elsewhere (`split`), as their facts."""

    def __init__(self, cast: dict[str, CastMember], places: dict[str, Place]) -> None:
        self.cast, self.places = cast, places
        self.scenes: list[Scene] = []
        self.records: list[SceneRecord] = []
        self.seen_scenes: dict[str, Loc] = {}
        self.steps = 0

    def add(self, ctx: Ctx, nodes: list[yaml.Node]) -> None:
        for node in nodes:
            scene = _scene(ctx, node, self.cast, self.places)
            if scene is None:
                continue
            steps = scene.walk()
            if self.register(ctx.out, scene.id, scene.loc, len(steps), _line_twice(steps)):
                self.scenes.append(scene)

    def register(self, out: list[Diagnostic], sid: str, loc: Loc, steps: int, twice: list[Diagnostic]) -> bool:
        """Count a converted scene's steps (raises _Full past the bound) and take it, with the VN131s of its lines
        (`twice`), unless its id is taken (VN130): False then."""
        if self.steps + steps > MAX_STORY_STEPS:
            raise _Full(sid)
        self.steps += steps
        if sid in self.seen_scenes:
            out.append(make("VN130", loc, f"scene id '{sid}' is used twice", f"the first is at {self.seen_scenes[sid]}"))
            return False
        self.seen_scenes[sid] = loc
        out += twice
        return True

    def flows(self) -> list[SceneFlow]:
        return [scene_flow(scene) for scene in self.scenes] + [record.flow for record in self.records]


def _line_twice(steps: list[Step]) -> list[Diagnostic]:
    """VN131 for each line whose id an earlier line of the same scene has (at the latest such line). A scene's
    line ids all start with its own id and a '/' (derived, pinned or numbered; no scene id holds a '/'), so lines
    of two scenes never share an id, and checking scene by scene finds what checking the whole story finds."""
    seen: dict[str, Loc] = {}
    out: list[Diagnostic] = []
    for line in steps:
        if not isinstance(line, Line):
            continue
        if line.id in seen:
            out.append(make("VN131", line.loc, f"line id '{line.id}' is used twice", f"the first is at {seen[line.id]}"))
        seen[line.id] = line.loc
    return out


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


# -- the load split over processes (`game.checksplit`) ----------------------------------------------------------
# Each process converts a run of the chapter files (`convert_chapter`) and hands back what the load found in
# them as small records; one process then goes through the header and the chapters as `_chapters` does, taking
# each chapter's diagnostics and scenes from its record (`replay_split`), so every diagnostic comes out in the
# order the load of one process gives it, the load stops counting problems where it would (TooMany), and scene
# ids, the step bound and the node bound are checked the same way, which decides the scenes the story has.
class NotSplit(Exception):
    """The split load cannot stand for the load in one process here (a chapter that was not converted, a problem
    found other than through `Ctx.err`): load the story in one process."""


@dataclass(slots=True)
class SceneRecord:
    """A scene converted elsewhere: the problems found converting it (`found`), then, when it has an id, what
    registering it needs (its location, steps, repeated line ids), its flow facts, its shown lines (the beats it
    compiles to) and what the check found in it (`facts`, the caller's: `game.checksplit`)."""

    found: list[Diagnostic]
    id: str | None = None
    loc: Loc | None = None
    steps: int = 0
    twice: list[Diagnostic] = field(default_factory=list)
    flow: SceneFlow | None = None
    lines: int = 0
    facts: object = None


@dataclass(slots=True)
class ChapterRecord:
    """A chapter file converted elsewhere: the problems reading and parsing it (`opened`), its node count when it
    parsed (`count`, None otherwise), the problems with its top level (`head`), its scenes (None: it has none), and,
    when its converter stopped counting problems within it (TooMany), where (`stop`: nothing follows in the record)."""

    opened: list[Diagnostic]
    count: int | None
    head: list[Diagnostic] = field(default_factory=list)
    scenes: list[SceneRecord] | None = None
    stop: Loc | None = None


class _Counted(Ctx):
    """A chapter's Ctx that counts its problems: all of them must come through `err` (the load counts those against
    MAX_PROBLEMS) for a record to be gone through as the load goes through the chapter. Its list is the converting
    process's, so it stops (TooMany) once that process alone has found MAX_PROBLEMS."""

    def __init__(self, shown: str, out: list[Diagnostic]) -> None:
        super().__init__(shown, out)
        self.counted = 0

    def err(self, code: str, node: yaml.Node, message: str, hint: str | None = None) -> None:
        super().err(code, node, message, hint)
        self.counted += 1


def convert_chapter(path: Path, shown: str, cast: dict[str, CastMember], places: dict[str, Place],
                    out: list[Diagnostic]) -> tuple[ChapterRecord, list[Scene]]:
    """One chapter file converted as `_chapters` converts it: its record and its scenes (those with an id, in order).
    `out` holds the problems found so far in this process's chapters (a record's are copied from it); the record's
    `stop` is set, and the rest of the file left, when they reach MAX_PROBLEMS (then convert no more chapters)."""
    opened: list[Diagnostic] = []
    found = _open(path, shown, opened)
    if found is None:
        return ChapterRecord(opened, None), []
    root, count = found
    start = len(out)
    chapter = _Counted(shown, out)
    record = ChapterRecord(opened, count)
    scenes: list[Scene] = []
    try:
        nodes = _scene_nodes(chapter, root)
        record.head = out[start:]
        if nodes is None:
            return record, scenes
        record.scenes = []
        for node in nodes:
            before = len(out)
            converted = SceneRecord([])
            record.scenes.append(converted)
            try:
                scene = _scene(chapter, node, cast, places)
            finally:
                converted.found = out[before:]
            if scene is None:
                continue
            steps = scene.walk()
            converted.id, converted.loc, converted.steps = scene.id, scene.loc, len(steps)
            converted.twice, converted.flow = _line_twice(steps), scene_flow(scene)
            converted.lines = sum(isinstance(step, Line) for step in steps)
            scenes.append(scene)
    except TooMany as stop:
        record.head = record.head if record.scenes is not None else out[start:]
        record.stop = stop.loc
    if chapter.counted != len(out) - start:
        raise NotSplit(f"{shown}: a problem found other than through Ctx.err")
    return record, scenes


def _count_in(out: list[Diagnostic], found: list[Diagnostic]) -> None:
    """Add problems found through `Ctx.err` elsewhere as `Ctx.err` adds them: TooMany once there are MAX_PROBLEMS."""
    for problem in found:
        if len(out) >= MAX_PROBLEMS:
            raise TooMany(problem.loc)
        out.append(problem)


class _Plan(_Source):
    """Lists the chapter files `_chapters` would open (path and shown name), opening none."""

    def __init__(self) -> None:
        self.chapters: list[tuple[Path, str]] = []

    def open(self, path: Path, shown: str, out: list[Diagnostic]) -> int | None:
        self.chapters.append((path, shown))
        return None


class _Replay(_Source):
    """Takes each chapter from its record."""

    def __init__(self, records: dict[tuple[Path, str], ChapterRecord]) -> None:
        self.records = records
        self.record: ChapterRecord | None = None

    def open(self, path: Path, shown: str, out: list[Diagnostic]) -> int | None:
        record = self.records.get((path, shown))
        if record is None:
            raise NotSplit(f"{shown} was not converted")
        self.record = record
        out.extend(record.opened)
        return record.count

    def convert(self, shown: str, out: list[Diagnostic], scenes: _Scenes) -> None:
        record = self.record
        assert record is not None
        _count_in(out, record.head)
        for scene in record.scenes or ():
            _count_in(out, scene.found)
            if scene.id is not None and scenes.register(out, scene.id, scene.loc, scene.steps, scene.twice):  # type: ignore[arg-type]
                scenes.records.append(scene)
        if record.stop is not None:  # its converter alone had MAX_PROBLEMS here: so has the load, if it got here
            raise TooMany(record.stop)


@dataclass(slots=True)
class SplitPlan:
    """A story whose chapters can be converted apart: its header, cast, places and the chapter files to convert."""

    header: Path
    shown: str
    text: str
    cast: dict[str, CastMember]
    places: dict[str, Place]
    chapters: list[tuple[Path, str]]


@dataclass(slots=True)
class SplitLoad:
    """What the load gave, from the chapters' records: every load diagnostic (the flow checks' included), and,
    unless it stopped counting problems (`story` False: no story, as `load_story_text` gives None), the header's
    texts, cast and places, the files read and the records of the story's scenes, in order."""

    diagnostics: list[Diagnostic]
    story: bool
    texts: dict[str, str] = field(default_factory=dict)
    cast: dict[str, CastMember] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    scenes: list[SceneRecord] = field(default_factory=list)


def plan_split(path: Path) -> SplitPlan | None:
    """The plan of a story in a folder (or a header file) whose scenes are all in chapter files, or None (a header
    that cannot be read, has problems of its own count, or holds scenes itself: load it in one process)."""
    header = path / "story.yaml" if path.is_dir() else path
    shown = _shown(header)
    text, problems = yamlsource.read_text(header, shown)
    if text is None or problems:
        return None
    plan = _Plan()
    try:
        with gc_paused():
            loaded = _story_text(text, shown, header.parent, [], plan)
    except TooMany:
        return None
    if loaded is None or loaded.inline:
        return None
    return SplitPlan(header, shown, text, loaded.cast, loaded.places, plan.chapters)


def replay_split(plan: SplitPlan, records: dict[tuple[Path, str], ChapterRecord]) -> SplitLoad:
    """The load of the planned story with its chapters' records, as `load_story_text` gives it; raises NotSplit when
    a chapter it reads has no record."""
    out: list[Diagnostic] = []
    story = _loaded(plan.text, plan.shown, plan.header.parent, out, _Replay(records))
    if story is None:
        return SplitLoad(out, False)
    return SplitLoad(out, True, story.texts, story.cast, story.places, story.files, story.scenes.records)
