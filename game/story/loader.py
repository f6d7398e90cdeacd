"""YAML scene script -> `Story`: the header, its chapter files, cast, places, scenes and lines.

Every problem is collected as a located `Diagnostic`; nothing here raises on bad input.
Asset existence (maps, sprites, sounds) is checked elsewhere (`game.assets`), not here.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

import yaml

from game.story import cache, yamlsource
from game.story.diagnostics import Diagnostic, did_you_mean, has_errors, make
from game.story.model import TIMES, CastMember, Direction, Line, Loc, Place, Scene, Step, Story

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
HEAD_RE = re.compile(r"^([A-Za-z0-9_-]+)(\s+thinks)?\s*(?:\(\s*([A-Za-z0-9_-]+)\s*\))?$")
VERBS = ("show", "hide", "move", "place", "time", "sound", "music", "pause", "transition", "shake", "flash")
CHOICES = {
    "transition": ("dissolve", "fade", "cut"),
    "shake": ("small", "hard"),
    "flash": ("white", "red", "black"),
}
HEADER_KEYS = ("title", "subtitle", "content_note", "credits", "end_card", "cast", "places", "chapters", "scenes")
CAST_KEYS = ("name", "color", "sprite")
PLACE_KEYS = ("name", "map", "lighting")
SCENE_KEYS = ("scene", "title", "place", "time", "memory", "music", "sprites", "lines")
DEFAULT_COLOR = (230, 230, 230)
MAX_CHAPTERS = 500  # each costs a file read; a hostile list must not cost thousands
MAX_PROBLEMS = 200  # errors before loading stops: each costs a 'did you mean', and nobody reads 16,000


class _TooMany(Exception):
    """Raised by `_Ctx.err` once MAX_PROBLEMS errors are found: loading stops there."""

    def __init__(self, loc: Loc) -> None:
        super().__init__(str(loc))
        self.loc = loc


class _Ctx:
    """One file being converted: its shown name and the diagnostics found so far."""

    def __init__(self, shown: str, out: list[Diagnostic]) -> None:
        self.shown = shown
        self.out = out

    def loc(self, node: yaml.Node) -> Loc:
        return yamlsource.loc_of(node, self.shown)

    def err(self, code: str, node: yaml.Node, message: str, hint: str | None = None) -> None:
        if len(self.out) >= MAX_PROBLEMS:
            raise _TooMany(self.loc(node))
        self.out.append(make(code, self.loc(node), message, hint))

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[yaml.Node, yaml.Node]] | None:
        if isinstance(node, yaml.MappingNode):
            return node.value
        self.err("VN110", node, f"{what} should be a mapping (key: value), not {_kind(node)}")
        return None

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if isinstance(node, yaml.SequenceNode):
            return node.value
        self.err("VN110", node, f"{what} should be a list (lines starting with '- '), not {_kind(node)}")
        return None

    def text(self, node: yaml.Node, what: str) -> str | None:
        if isinstance(node, yaml.ScalarNode):
            return "" if node.tag.endswith(":null") and node.value in ("", "~", "null") else node.value
        self.err("VN110", node, f"{what} should be text, not {_kind(node)}")
        return None

    def ident(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not ID_RE.match(value):
            self.err("VN113", node, f"{what} '{value}' is not a valid id",
                     "use lower-case letters, digits, '-' or '_', e.g. 'hokage-office'")
            return None
        return value

    def keys(self, pairs: list[tuple[yaml.Node, yaml.Node]], allowed: tuple[str, ...], what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in pairs:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name is None:
                self.err("VN110", key, f"a key in {what} should be a word, not {_kind(key)}")
            elif name not in allowed:
                hint = did_you_mean(name, allowed) or f"known keys: {', '.join(allowed)}"
                self.err("VN111", key, f"unknown key '{name}' in {what}", hint)
            elif name not in found:
                found[name] = (key, value)
        return found


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the text '{_short(node.value)}'" if node.value else "nothing"


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:27] + "..."


def load_story(path: Path, cache_dir: Path | None = None) -> tuple[Story | None, list[Diagnostic]]:
    """Load a story from its folder (holding story.yaml) or from a YAML file.

    Returns the story (None when errors make it unusable) and every diagnostic found.
    With `cache_dir`, a compiled copy kept there is used while it is still valid (`game.story.cache`).
    """
    with _gc_paused():
        if cache_dir is not None:
            return cache.load_with_cache(Path(path), Path(cache_dir), _load_story, _shown)
        return _load_story(Path(path))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Loading makes a million objects and frees none: the cycle collector only slows it (2x at 100k lines)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_story(path: Path) -> tuple[Story | None, list[Diagnostic]]:
    header = path / "story.yaml" if path.is_dir() else path
    shown = _shown(header)
    diagnostics: list[Diagnostic] = []
    text, problems = yamlsource.read_text(header, shown)
    diagnostics += problems
    if text is None:
        return None, diagnostics
    story = load_story_text(text, shown, header.parent, diagnostics)
    if has_errors(diagnostics):
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
    except _TooMany as stop:
        out.append(make("VN105", stop.loc, f"more than {MAX_PROBLEMS} problems; stopped checking here",
                        "fix the ones above first"))
        return None


def _story_text(text: str, shown: str, folder: Path, out: list[Diagnostic]) -> Story | None:
    root, problems = yamlsource.compose(text, shown)
    out += problems
    if root is None:
        return None
    ctx = _Ctx(shown, out)
    pairs = ctx.mapping(root, "the story file")
    if pairs is None:
        return None
    keys = ctx.keys(pairs, HEADER_KEYS, "the story file")
    texts = {k: "" for k in ("title", "subtitle", "content_note", "credits", "end_card")}
    for name in texts:
        if name in keys:
            texts[name] = (ctx.text(keys[name][1], f"'{name}'") or "").strip()
    for required in ("title", "cast", "places"):
        if required not in keys:
            out.append(make("VN112", ctx.loc(root), f"the story file has no '{required}:'",
                            "a story needs title, cast and places"))
    cast = _cast(ctx, keys["cast"][1]) if "cast" in keys else {}
    places = _places(ctx, keys["places"][1]) if "places" in keys else {}
    scene_nodes: list[tuple[_Ctx, yaml.Node]] = []
    if "scenes" in keys:
        items = ctx.sequence(keys["scenes"][1], "'scenes'")
        scene_nodes += [(ctx, item) for item in items or []]
    files = [shown]
    if "chapters" in keys:
        for chapter_ctx, node in _chapters(ctx, keys["chapters"][1], folder, files):
            scene_nodes.append((chapter_ctx, node))
    if "scenes" not in keys and "chapters" not in keys:
        out.append(make("VN112", ctx.loc(root), "the story has no 'scenes:' and no 'chapters:'"))
    scenes = _scenes(scene_nodes, cast, places)
    return Story(
        title=texts["title"], subtitle=texts["subtitle"], content_note=texts["content_note"],
        credits=texts["credits"], end_card=texts["end_card"], cast=cast, places=places,
        scenes=tuple(scenes), files=tuple(files),
    )


def _chapters(ctx: _Ctx, node: yaml.Node, folder: Path, files: list[str]) -> list[tuple[_Ctx, yaml.Node]]:
    found: list[tuple[_Ctx, yaml.Node]] = []
    items = ctx.sequence(node, "'chapters'") or []
    if len(items) > MAX_CHAPTERS:
        ctx.err("VN105", node, f"{len(items)} chapter files are listed; the limit is {MAX_CHAPTERS}")
        return found
    listed: set[PurePosixPath] = set()  # each file is read once, however often (or through aliases) it is listed
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
            ctx.err("VN104", item, f"chapter '{_short(name)}' cannot be read ({exc.strerror or exc})")
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
        root, problems = yamlsource.compose(text, shown)
        ctx.out.extend(problems)
        if root is None:
            continue
        files.append(shown)
        chapter = _Ctx(shown, ctx.out)
        pairs = chapter.mapping(root, "a chapter file")
        if pairs is None:
            continue
        keys = chapter.keys(pairs, ("title", "scenes"), "a chapter file")
        if "scenes" not in keys:
            chapter.err("VN112", root, "the chapter file has no 'scenes:'")
            continue
        found += [(chapter, scene) for scene in chapter.sequence(keys["scenes"][1], "'scenes'") or []]
    return found


def _color(ctx: _Ctx, node: yaml.Node) -> tuple[int, int, int] | None:
    value = ctx.text(node, "a colour")
    if value is None:
        return None
    if not COLOR_RE.match(value):
        ctx.err("VN114", node, f"'{value}' is not a colour", "write colours as \"#rrggbb\", in quotes")
        return None
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def _cast(ctx: _Ctx, node: yaml.Node) -> dict[str, CastMember]:
    cast: dict[str, CastMember] = {}
    for key, value in ctx.mapping(node, "'cast'") or []:
        cid = ctx.ident(key, "character id")
        if cid is None:
            continue
        if cid in VERBS or cid == "page":
            ctx.err("VN113", key, f"'{cid}' is a stage direction word and cannot be a character id")
            continue
        keys = ctx.keys(ctx.mapping(value, f"character '{cid}'") or [], CAST_KEYS, f"character '{cid}'")
        if "name" not in keys:
            ctx.err("VN112", key, f"character '{cid}' has no 'name:'")
        name = ctx.text(keys["name"][1], "a name") if "name" in keys else cid
        color = _color(ctx, keys["color"][1]) if "color" in keys else DEFAULT_COLOR
        sprite = ctx.ident(keys["sprite"][1], "sprite set") if "sprite" in keys else cid
        cast[cid] = CastMember(cid, name or cid, color or DEFAULT_COLOR, sprite or cid, ctx.loc(key))
    return cast


def _places(ctx: _Ctx, node: yaml.Node) -> dict[str, Place]:
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


def safe_relative(path: str) -> bool:
    """True when `path` is relative and stays inside its root folder."""
    pure = PurePosixPath(path.replace("\\", "/"))
    return (bool(path) and "\x00" not in path and not pure.is_absolute() and ".." not in pure.parts
            and not re.match(r"^[A-Za-z]:", path))


def _scenes(nodes: list[tuple[_Ctx, yaml.Node]], cast: dict[str, CastMember], places: dict[str, Place]) -> list[Scene]:
    scenes: list[Scene] = []
    seen_scenes: dict[str, Loc] = {}
    seen_lines: dict[str, Loc] = {}
    for ctx, node in nodes:
        scene = _scene(ctx, node, cast, places)
        if scene is None:
            continue
        if scene.id in seen_scenes:
            ctx.out.append(make("VN130", scene.loc, f"scene id '{scene.id}' is used twice",
                                f"the first is at {seen_scenes[scene.id]}"))
            continue
        seen_scenes[scene.id] = scene.loc
        for line in scene.lines:
            if line.id in seen_lines:
                ctx.out.append(make("VN131", line.loc, f"line id '{line.id}' is used twice",
                                    f"the first is at {seen_lines[line.id]}"))
            seen_lines[line.id] = line.loc
        scenes.append(scene)
    return scenes


def _scene(ctx: _Ctx, node: yaml.Node, cast: dict[str, CastMember], places: dict[str, Place]) -> Scene | None:
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
        music = None if music in ("none", "stop") or not _sound_name(ctx, keys["music"][1], music) else music
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
        steps = _lines(ctx, keys["lines"][1], sid, cast, places)
    scene = Scene(sid, title, place, time, memory, music, tuple(sprites), tuple(steps), ctx.loc(keys["scene"][0]))
    if "lines" in keys and not scene.lines and len(ctx.out) == problems_before:
        ctx.err("VN132", keys["lines"][0], f"scene '{sid}' has no lines to show",
                "add at least one narration, speech or thought line")
    return scene


def _ref(ctx: _Ctx, pair: tuple[yaml.Node, yaml.Node] | None, known: dict[str, object], what: str, code: str) -> str | None:
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


def _lines(ctx: _Ctx, node: yaml.Node, sid: str, cast: dict[str, CastMember], places: dict[str, Place]) -> list[Step]:
    steps: list[Step] = []
    counts: dict[str, int] = {}
    for item in ctx.sequence(node, "'lines'") or []:
        step = _line(ctx, item, sid, cast, places)
        if isinstance(step, Line) and not _pinned(item):
            counts[step.id] = counts.get(step.id, 0) + 1
            if counts[step.id] > 1:
                step = _replace_id(step, f"{step.id}-{counts[step.id]}")
        if step is not None:
            steps.append(step)
    return steps


def _pinned(node: yaml.Node) -> bool:
    return isinstance(node, yaml.MappingNode) and any(
        isinstance(k, yaml.ScalarNode) and k.value == "id" for k, _ in node.value)


def _replace_id(line: Line, new_id: str) -> Line:
    return Line(new_id, line.kind, line.speaker, line.text, line.scene, line.expression, line.title, line.loc)


def derive_id(scene: str, kind: str, speaker: str | None, text: str) -> str:
    """A line id that depends only on the line itself: its scene, kind, speaker and text."""
    digest = hashlib.sha1(f"{kind}\x1f{speaker or ''}\x1f{text}".encode()).hexdigest()[:6]
    return f"{scene}/{kind[0]}-{digest}"


def _line(ctx: _Ctx, node: yaml.Node, sid: str, cast: dict[str, CastMember], places: dict[str, Place]) -> Step | None:
    if isinstance(node, yaml.ScalarNode):
        text = (ctx.text(node, "a line") or "").strip()
        if not text:
            ctx.err("VN135", node, "an empty narration line")
            return None
        return Line(derive_id(sid, "narrate", None, text), "narrate", None, text, sid, loc=ctx.loc(node))
    pairs = ctx.mapping(node, "a line")
    if pairs is None:
        return None
    extras = {k.value: (k, v) for k, v in pairs if isinstance(k, yaml.ScalarNode) and k.value in ("id", "title")}
    main = [(k, v) for k, v in pairs if not (isinstance(k, yaml.ScalarNode) and k.value in ("id", "title"))]
    if len(main) != 1:
        where = main[1][0] if len(main) > 1 else node
        ctx.err("VN110", where, "a line should have exactly one speaker, 'page' or direction",
                "put each line in its own '- ' item")
        return None
    key, value = main[0]
    head = ctx.text(key, "a speaker or direction") or ""
    match = HEAD_RE.match(head.strip())
    word = match.group(1) if match else head
    if match and not match.group(2) and not match.group(3) and word in VERBS:
        _no_extras(ctx, extras, ())
        return _direction(ctx, word, value, cast, places)
    if word == "page" and match and not match.group(2) and not match.group(3):
        _no_extras(ctx, extras, ("id", "title"))
        return _shown_line(ctx, node, value, sid, "page", None, None, extras)
    if not match:
        ctx.err("VN128", key, f"'{_short(head)}' is not a speaker, thought or direction",
                "write 'name: text', 'name thinks: text' or a direction like 'show: name'")
        return None
    if word not in cast:
        close = did_you_mean(word, [*cast, *VERBS, "page"])
        code = "VN128" if close and any(close == f"did you mean '{v}'?" for v in (*VERBS, "page")) else "VN120"
        message = f"unknown speaker '{word}'" if code == "VN120" else f"unknown direction '{word}'"
        ctx.err(code, key, message, close or (f"the cast is: {', '.join(cast)}" if cast else None))
        return None
    _no_extras(ctx, extras, ("id",))
    kind = "think" if match.group(2) else "say"
    return _shown_line(ctx, node, value, sid, kind, word, match.group(3), extras)


def _no_extras(ctx: _Ctx, extras: dict[str, tuple[yaml.Node, yaml.Node]], allowed: tuple[str, ...]) -> None:
    for name, (key, _value) in extras.items():
        if name not in allowed:
            ctx.err("VN111", key, f"'{name}:' does not belong on this line")


def _shown_line(ctx: _Ctx, node: yaml.Node, value: yaml.Node, sid: str, kind: str, speaker: str | None,
                expression: str | None, extras: dict[str, tuple[yaml.Node, yaml.Node]]) -> Line | None:
    text = ctx.text(value, "a line's text")
    if text is None:
        return None
    text = text.strip()
    if not text:
        ctx.err("VN135", value, "this line has no text", "write the text after the colon, in quotes")
        return None
    title = ctx.text(extras["title"][1], "a page title") if "title" in extras else None
    line_id = derive_id(sid, kind, speaker, text)
    if "id" in extras:
        pinned = ctx.ident(extras["id"][1], "line id")
        if pinned:
            line_id = f"{sid}/{pinned}"
    return Line(line_id, kind, speaker, text, sid, expression, title, ctx.loc(node))  # type: ignore[arg-type]


def _direction(ctx: _Ctx, verb: str, node: yaml.Node, cast: dict[str, CastMember], places: dict[str, Place]) -> Direction | None:
    raw = ctx.text(node, f"'{verb}'")
    if raw is None:
        return None
    words = raw.split()
    loc = ctx.loc(node)
    if not words:
        ctx.err("VN127", node, f"'{verb}:' needs something after it")
        return None
    if verb in ("show", "hide", "move"):
        return _stage_direction(ctx, verb, node, words, cast)
    if len(words) != 1 and verb != "pause":
        ctx.err("VN127", node, f"'{verb}:' takes one word, not '{raw}'")
        return None
    value = words[0]
    if verb == "pause":
        try:
            seconds = float(raw)
        except ValueError:
            ctx.err("VN115", node, f"pause should be a number of seconds, not '{raw}'", "e.g. 'pause: 1.5'")
            return None
        if not 0 <= seconds <= 30:
            ctx.err("VN115", node, f"a pause of {seconds} s is out of range", "use 0 to 30 seconds")
            return None
        return Direction("pause", seconds=seconds, loc=loc)
    if verb == "place":
        if value not in places:
            ctx.err("VN121", node, f"unknown place '{value}'", did_you_mean(value, list(places)))
            return None
    elif verb == "time":
        if value not in TIMES:
            ctx.err("VN122", node, f"unknown time of day '{value}'", did_you_mean(value, TIMES))
            return None
    elif verb in CHOICES and value not in CHOICES[verb]:
        ctx.err("VN115", node, f"'{value}' is not a {verb}",
                did_you_mean(value, CHOICES[verb]) or f"use one of: {', '.join(CHOICES[verb])}")
        return None
    if verb == "music" and value in ("none", "stop"):
        value = "none"
    if verb in ("sound", "music") and not _sound_name(ctx, node, value):
        return None
    return Direction(verb, value=value, loc=loc)


def _sound_name(ctx: _Ctx, node: yaml.Node, name: str | None) -> bool:
    """A sound is named like an id ('birds'), never by a path: it is looked up under assets/sounds."""
    if name is None or ID_RE.match(name):
        return True
    ctx.err("VN113", node, f"'{name}' is not a sound name",
            "name a file in assets/sounds without its suffix, e.g. 'birds'")
    return False


def _stage_direction(ctx: _Ctx, verb: str, node: yaml.Node, words: list[str], cast: dict[str, CastMember]) -> Direction | None:
    who = words[0]
    loc = ctx.loc(node)
    if verb == "hide" and who == "all" and len(words) == 1:
        return Direction("hide", who="all", loc=loc)
    if who not in cast:
        ctx.err("VN120", node, f"unknown character '{who}'", did_you_mean(who, list(cast)))
        return None
    rest = words[1:]
    if verb == "hide":
        if rest:
            ctx.err("VN127", node, f"'hide:' takes one name, not '{' '.join(words)}'")
            return None
        return Direction("hide", who=who, loc=loc)
    if verb == "move":
        if len(rest) != 2 or rest[0] != "to":
            ctx.err("VN127", node, "write 'move: NAME to POSITION'", "e.g. 'move: kakashi to right'")
            return None
        return Direction("move", who=who, position=rest[1], loc=loc)
    expression = position = None
    if rest and rest[0] != "at":
        expression = rest.pop(0)
    if rest:
        if len(rest) != 2 or rest[0] != "at":
            ctx.err("VN127", node, "write 'show: NAME [EXPRESSION] [at POSITION]'",
                    "e.g. 'show: sakura smile at left'")
            return None
        position = rest[1]
    return Direction("show", who=who, expression=expression, position=position, loc=loc)
