"""The compiled-script cache: a loaded `Story` (with every location and the loader's warnings) kept as JSON.

Owns the cache file's format, its key and its validation; never decides what a story means (the
loader does). An entry is keyed by the sha256 of every source file's bytes, the engine version,
the loader's own code and this format's version; it is used only when every part still matches and
every field has the right type, and is otherwise thrown away and rebuilt. JSON, never pickle: a
cache file is data, and a damaged or hostile one can only cost a cold load.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterator
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

import game
from game.fsutil import atomic_write_bytes
from game.story.diagnostics import Diagnostic, Severity
from game.story.format import DIRECTIONS, HEADER_TEXTS
from game.story.conditions import Condition, parse_condition
from game.story.model import (SHOWN_KINDS, TIMES, CastMember, Choice, Direction, Jump, Line, Loc, Option, Place, Scene,
                              SetFlags, Step, Story)

FORMAT = "vn-story-cache"
VERSION = 2  # 2: flow steps (set, jump, choice) and lines' conditions
MAX_BYTES = 64 * 1024 * 1024
_CODE = ("loader.py", "lines.py", "nodes.py", "yamlsource.py", "model.py", "diagnostics.py", "cache.py",
         "format.py", "conditions.py", "flow.py")  # their text is part of the key
_VERBS = frozenset(DIRECTIONS)  # from the format's one declaration (it once lacked 'camera': no entry with a shot was ever read)

Loaded = tuple[Story | None, list[Diagnostic]]
T = TypeVar("T")


class CacheError(ValueError):
    """A cache entry that cannot be used (stale, damaged, or of another format)."""


def default_dir() -> Path:
    """Where the game keeps its cache: the user's cache folder (`game.paths.cache_dir`)."""
    from game import paths  # the story engine does not otherwise depend on the app's folders

    return paths.cache_dir()


def load_with_cache(path: Path, cache_dir: Path, cold: Callable[[Path], Loaded],
                    shown: Callable[[Path], str], read: bool = True) -> Loaded:
    """The story at `path` from `cache_dir` when a valid entry is there; else `cold(path)`, then cached.

    `shown` names a file the way the loader does (its locations depend on it). A cache folder
    that cannot be read or written only means no cache. With `read` False the entry is not looked at
    (the caller has just found it unusable) and is replaced.
    """
    header = path / "story.yaml" if path.is_dir() else path
    entry = entry_path(cache_dir, header)
    cached = read_cached(path, cache_dir, shown) if read else None
    if cached is not None:
        return cached
    story, diagnostics = cold(path)
    if story is not None and not any(d.severity is Severity.ERROR for d in diagnostics):  # never read back
        try:
            write_entry(entry, story, diagnostics)
        except (OSError, ValueError):
            pass  # an unwritable cache folder only means no cache
    return story, diagnostics


def read_cached(path: Path, cache_dir: Path, shown: Callable[[Path], str]) -> Loaded | None:
    """The story at `path` from its entry in `cache_dir`, or None when there is no valid, current entry."""
    header = path / "story.yaml" if path.is_dir() else path
    try:
        return read_entry(entry_path(cache_dir, header), shown(header), shown)
    except Exception:  # noqa: BLE001 - missing, stale, damaged or hostile: any failure means a cold load
        return None


def entry_path(cache_dir: Path, header: Path) -> Path:
    """One entry per story header: rebuilt in place when stale, so the folder does not grow."""
    where = hashlib.sha256(str(header.absolute()).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return Path(cache_dir) / f"story-{where}.json"


def code_digest() -> str:
    """The loader's own code: a cache made by other loading code is stale even at the same version."""
    digest = hashlib.sha256(f"{FORMAT}/{VERSION}/{game.__version__}".encode())
    here = Path(__file__).resolve().parent
    for name in _CODE:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())  # an install without sources: the version alone keys it
    return digest.hexdigest()


def sources_key(files: list[str]) -> str:
    """The combined key: the loader's code, then each source file's name (as the loader shows it,
    relative to the working folder or absolute) and the sha256 of its bytes as they are now."""
    key = hashlib.sha256(code_digest().encode())
    for name in files:
        digest = hashlib.sha256(Path(name).read_bytes()).hexdigest()
        key.update(f"\x00{name}\x00{digest}".encode("utf-8", "surrogatepass"))
    return key.hexdigest()


# -- writing -----------------------------------------------------------------------------------
def write_entry(entry: Path, story: Story, diagnostics: list[Diagnostic]) -> None:
    """Write the entry atomically (temp file + rename). No fsync: a torn entry fails validation."""
    if not story.files:
        raise CacheError("a story without source files")
    encoded = encode_story(story)
    write_parts(entry, encoded, [scene_parts(encoded)], diagnostics)


def write_parts(entry: Path, head: dict[str, Any], parts: list[dict[str, Any]], diagnostics: list[Diagnostic]) -> None:
    """Write the entry of a story from its encoded header (`encode_story` of the story without its scenes, or with
    them: its scene columns are not used) and the JSON of its scenes' columns in runs (`scene_parts`), in order:
    the entry `write_entry` writes, each column the runs' items one after another."""
    files = head["files"][: head["n_files"]]
    if not files:
        raise CacheError("a story without source files")
    top = _dumps({"format": FORMAT, "version": VERSION, "engine": game.__version__, "key": sources_key(files)})
    chunks = [top[:-1].encode() + b',"story":{']  # written one after another: no copy of the whole entry is made

    def column(pieces: list[bytes]) -> None:
        chunks.append(b"[")
        chunks.extend(_commas([piece for piece in pieces if piece]))
        chunks.append(b"]")

    for at, (name, value) in enumerate(head.items()):
        chunks.append((b"," if at else b"") + _dumps(name).encode() + b":")
        if name in ("scenes", "flow"):
            column([part[name] for part in parts])
        elif name in ("lines", "directions"):
            chunks.append(b"{")
            for number, key in enumerate(value):
                chunks.append((b"," if number else b"") + _dumps(key).encode() + b":")
                column([part[name][key] for part in parts])
            chunks.append(b"}")
        else:
            chunks.append(_dumps(value).encode("utf-8"))
    chunks.append(b'},"diagnostics":' + _dumps([_encode_diagnostic(d) for d in diagnostics]).encode("utf-8") + b"}")
    atomic_write_bytes(entry, chunks, durable=False)  # a lost cache entry only costs a cold load


def _commas(pieces: list[bytes]) -> list[bytes]:
    out = pieces[:1]
    for piece in pieces[1:]:
        out += (b",", piece)
    return out


def scene_parts(encoded: dict[str, Any]) -> dict[str, Any]:
    """The JSON of an encoded story's scene columns (scenes, lines, directions, flow), each as UTF-8 without its
    brackets, for `write_parts` to put one after another: a run of scenes encoded with the whole story's files."""
    def items(values: list[Any]) -> bytes:
        return _dumps(values)[1:-1].encode("utf-8")

    return {"scenes": items(encoded["scenes"]), "flow": items(encoded["flow"]),
            **{name: {column: items(values) for column, values in encoded[name].items()}
               for name in ("lines", "directions")}}


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def encode_story(story: Story) -> dict[str, Any]:
    files = list(story.files)
    index = {name: i for i, name in enumerate(files)}

    def loc(value: Loc) -> list[int]:
        if value.file not in index:
            index[value.file] = len(files)
            files.append(value.file)
        return [index[value.file], value.line, value.col]

    shown: list[Line] = []
    directions: list[Direction] = []
    flow: list[list[Any]] = []  # set, jump and choice steps, in the order their marks are read

    def marks(steps: tuple[Step, ...]) -> str:
        """'L' a line, 'D' a direction, 'S' / 'J' / 'C' a flow step; a choice's options follow it as
        '(MARKS|MARKS...)'. Lines and directions are kept in order for their columns, flow steps go to `flow`."""
        out = []
        for step in steps:
            kind = type(step)
            if kind is Line:
                out.append("L")
                shown.append(step)  # type: ignore[arg-type]
            elif kind is Direction:
                out.append("D")
                directions.append(step)  # type: ignore[arg-type]
            elif kind is SetFlags:
                out.append("S")
                flow.append([[list(pair) for pair in step.flags], _when(step.when), *loc(step.loc)])  # type: ignore[union-attr]
            elif kind is Jump:
                out.append("J")
                flow.append([step.target, _when(step.when), *loc(step.loc)])  # type: ignore[union-attr]
            else:
                out.append("C")
                flow.append([step.id, [[o.text, _when(o.when), *loc(o.loc)] for o in step.options], *loc(step.loc)])  # type: ignore[union-attr]
                out.append("(" + "|".join(marks(o.steps) for o in step.options) + ")")  # type: ignore[union-attr]
        return "".join(out)

    scenes = []
    for scene in story.scenes:
        scenes.append([scene.id, scene.title, scene.place, scene.time, scene.memory, scene.music,
                       [list(p) for p in scene.sprites], marks(scene.steps), *loc(scene.loc)])
    lines = _columns(shown, Line.__slots__, loc)
    lines["when"] = list(map(_when, lines["when"]))
    dirs = _columns(directions, Direction.__slots__, loc)
    dirs["looks"] = list(map(list, dirs["looks"]))
    dirs["extras"] = list(map(list, dirs["extras"]))
    cast = [[c.id, c.name, list(c.color), c.sprite, *loc(c.loc)] for c in story.cast.values()]
    places = [[p.id, p.name, p.map, [[t, list(rgb)] for t, rgb in p.lighting], *loc(p.loc)]
              for p in story.places.values()]
    return {
        "title": story.title, "subtitle": story.subtitle, "content_note": story.content_note,
        "credits": story.credits, "end_card": story.end_card, "n_files": len(story.files),
        "cast": cast, "places": places, "scenes": scenes, "lines": lines, "directions": dirs, "flow": flow,
        "files": files,
    }


def _columns(steps: list[Any], fields: tuple[str, ...], loc: Callable[[Loc], list[int]]) -> dict[str, list[Any]]:
    """One list per field (a column) over `steps`, in order, the location as three columns f, l, c: a pass of
    C-level attribute reads per field (building the columns step by step took 1.3 of the 2.2 s it took to write
    the 100k story's entry, under cProfile)."""
    columns = {name: list(map(attrgetter(name), steps)) for name in fields if name != "loc"}
    at = list(map(loc, map(attrgetter("loc"), steps)))
    columns["f"], columns["l"], columns["c"] = ([row[i] for row in at] for i in range(3))
    return columns


def _when(condition: Condition | None) -> str | None:
    return None if condition is None else str(condition)


def _encode_diagnostic(d: Diagnostic) -> list[Any]:
    return [d.code, d.severity.value, d.loc.file, d.loc.line, d.loc.col, d.message, d.hint]


# -- reading -----------------------------------------------------------------------------------
def read_entry(entry: Path, header_shown: str, shown: Callable[[Path], str]) -> Loaded:
    """A valid, current entry's story and diagnostics; raises CacheError (or OSError) otherwise.

    The story depends only on its files' names as shown and their bytes: the header's name must be
    the one the loader would show now, each other name must still name itself, and the key over
    every file's current bytes must match.
    """
    if entry.stat().st_size > MAX_BYTES:
        raise CacheError("the cache entry is too large")
    doc = json.loads(entry.read_bytes().decode("utf-8"))
    _expect(isinstance(doc, dict) and doc.get("format") == FORMAT and doc.get("version") == VERSION
            and doc.get("engine") == game.__version__, "another format or engine version")
    encoded = _dict(doc["story"])
    files = _list(encoded["files"])[: _int(encoded["n_files"])]
    _expect(bool(files) and _all_type(files, str), "file names")
    _expect(files[0] == header_shown, "the story is seen from another folder")
    _expect(all(shown(Path(name)) == name for name in files[1:]), "the story is seen from another folder")
    _expect(doc.get("key") == sources_key(files), "a source file or the loader has changed")
    story = decode_story(encoded)
    diagnostics = [_decode_diagnostic(d) for d in _list(doc["diagnostics"])]
    _expect(not any(d.severity is Severity.ERROR for d in diagnostics), "an entry with errors")
    return story, diagnostics


def _expect(ok: bool, what: str) -> None:
    if not ok:
        raise CacheError(f"unusable cache entry: {what}")


def _is_list(value: object, size: int | None = None) -> bool:
    return type(value) is list and (size is None or len(value) == size)


def _list(value: object, size: int | None = None) -> list[Any]:
    _expect(_is_list(value, size), "a list is expected")
    return value  # type: ignore[return-value]


def _all_type(values: list[Any], *types: type) -> bool:
    return set(map(type, values)) <= set(types)


def _str(value: object, nullable: bool = False) -> Any:
    _expect(type(value) is str or (nullable and value is None), "a text is expected")
    return value


def _int(value: object) -> int:
    _expect(type(value) is int, "a number is expected")
    return value  # type: ignore[return-value]


def _rgb(value: object) -> tuple[int, int, int]:
    parts = _list(value, 3)
    _expect(_all_type(parts, int) and all(0 <= p <= 255 for p in parts), "a colour")
    return parts[0], parts[1], parts[2]


def _column(table: dict[str, Any], name: str, size: int, *types: type) -> list[Any]:
    values = _list(table[name])
    _expect(len(values) == size and _all_type(values, *types), f"column '{name}'")
    return values


def _locs(table: dict[str, Any], size: int, files: list[str]) -> list[Loc]:
    f, l, c = (_column(table, k, size, int) for k in "flc")
    _expect(not f or (min(f) >= 0 and max(f) < len(files)), "a location's file")
    return _build(Loc, {"file": list(map(files.__getitem__, f)), "line": l, "col": c}, size)


def _build(cls: type[T], columns: dict[str, list[Any]], size: int) -> list[T]:
    """`size` instances of a frozen, slotted dataclass from checked columns, one per field.

    Sets each slot directly, as the dataclass's own frozen `__init__` does with `object.__setattr__`,
    but one column at a time: three times faster than calling `__init__` 100,000 times.
    """
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    _expect(sorted(names) == sorted(columns) and not hasattr(cls, "__post_init__"), f"the fields of {cls.__name__}")
    made = list(map(object.__new__, repeat(cls, size)))
    for name in names:
        _expect(len(columns[name]) == size, f"column '{name}'")
        deque(map(cls.__dict__[name].__set__, made, columns[name]), maxlen=0)
    return made


def _loc(row: list[Any], at: int, files: list[str]) -> Loc:
    f = _int(row[at])
    _expect(0 <= f < len(files), "a location's file")
    return Loc(files[f], _int(row[at + 1]), _int(row[at + 2]))


def decode_story(doc: object) -> Story:
    """The `Story` an encoded entry holds, every field checked for its type (CacheError otherwise)."""
    _expect(isinstance(doc, dict), "the story is not an object")
    assert isinstance(doc, dict)
    files = _list(doc["files"])
    _expect(_all_type(files, str), "file names")
    n_files = _int(doc["n_files"])
    _expect(0 < n_files <= len(files), "file count")
    cast: dict[str, CastMember] = {}
    for row in _list(doc["cast"]):
        row = _list(row, 7)
        cast[_str(row[0])] = CastMember(row[0], _str(row[1]), _rgb(row[2]), _str(row[3]), _loc(row, 4, files))
    places: dict[str, Place] = {}
    for row in _list(doc["places"]):
        row = _list(row, 7)
        lighting = []
        for pair in _list(row[3]):
            pair = _list(pair, 2)
            _expect(pair[0] in TIMES, "a time of day")
            lighting.append((pair[0], _rgb(pair[1])))
        places[_str(row[0])] = Place(row[0], _str(row[1]), _str(row[2]), tuple(lighting), _loc(row, 4, files))
    rows = [_list(row, 11) for row in _list(doc["scenes"])]
    for row in rows:
        _expect(_all_type(row[:4], str) and type(row[4]) is bool and type(row[7]) is str, "a scene")
        _str(row[5], nullable=True)
        _expect(set(row[7]) <= set("LDSJC(|)"), "a scene's steps")
    n_lines = sum(row[7].count("L") for row in rows)
    n_dirs = sum(row[7].count("D") for row in rows)
    lines = _decode_lines(_dict(doc["lines"]), n_lines, files, rows)
    directions = _decode_directions(_dict(doc["directions"]), n_dirs, files)
    scenes: list[Scene] = []
    reader = _Steps(iter(lines), iter(directions), iter(_list(doc["flow"])), files)
    for row in rows:
        sprites = []
        for pair in _list(row[6]):
            pair = _list(pair, 2)
            sprites.append((_str(pair[0]), _str(pair[1])))
        steps = reader.read(row[7])
        scenes.append(Scene(row[0], row[1], row[2], row[3], row[4], row[5], tuple(sprites), steps,
                            _loc(row, 8, files)))
    _expect(reader.done(), "steps left over")
    texts = [_str(doc[k]) for k in HEADER_TEXTS]
    return Story(*texts, cast=cast, places=places, scenes=tuple(scenes), files=tuple(files[:n_files]))


class _Steps:
    """Reads a scene's marks back into steps, taking lines, directions and flow steps in order."""

    def __init__(self, lines: Iterator[Line], dirs: Iterator[Direction], flow: Iterator[Any], files: list[str]) -> None:
        self.lines, self.dirs, self.flow, self.files = lines, dirs, flow, files

    def read(self, marks: str) -> tuple[Step, ...]:
        steps, rest = self._list(marks)
        _expect(rest == "", "a scene's steps")
        return steps

    def done(self) -> bool:
        return next(self.lines, None) is None and next(self.dirs, None) is None and next(self.flow, None) is None

    def _next(self, it: Iterator[T]) -> T:
        item = next(it, None)
        _expect(item is not None, "fewer steps than marks")
        return item  # type: ignore[return-value]

    def _list(self, marks: str) -> tuple[tuple[Step, ...], str]:
        steps: list[Step] = []
        while marks and marks[0] not in "|)":
            mark, marks = marks[0], marks[1:]
            if mark == "L":
                steps.append(self._next(self.lines))
            elif mark == "D":
                steps.append(self._next(self.dirs))
            elif mark == "S":
                row = _list(self._next(self.flow), 5)
                flags = []
                for pair in _list(row[0]):
                    pair = _list(pair, 2)
                    _expect(type(pair[1]) in (bool, str), "a flag's value")
                    flags.append((_str(pair[0]), pair[1]))
                steps.append(SetFlags(tuple(flags), _condition(row[1]), _loc(row, 2, self.files)))
            elif mark == "J":
                row = _list(self._next(self.flow), 5)
                steps.append(Jump(_str(row[0]), _condition(row[1]), _loc(row, 2, self.files)))
            else:
                _expect(mark == "C" and marks[:1] == "(", "a choice's options")
                row = _list(self._next(self.flow), 5)
                options = []
                for option in _list(row[1]):
                    option = _list(option, 5)
                    _expect(marks[:1] in ("(", "|"), "a choice's options")
                    inner, marks = self._list(marks[1:])
                    options.append(Option(_str(option[0]), _condition(option[1]), inner, _loc(option, 2, self.files)))
                _expect(marks[:1] == ")" and bool(options), "a choice's options")
                marks = marks[1:]
                steps.append(Choice(_str(row[0]), tuple(options), _loc(row, 2, self.files)))
        return tuple(steps), marks


def _condition(value: object) -> Condition | None:
    if value is None:
        return None
    condition = parse_condition(_str(value))
    _expect(condition is not None, "a condition")
    return condition


def _dict(value: object) -> dict[str, Any]:
    _expect(type(value) is dict, "an object is expected")
    return value  # type: ignore[return-value]


def _decode_lines(table: dict[str, Any], size: int, files: list[str], scenes: list[list[Any]]) -> list[Line]:
    ids = _column(table, "id", size, str)
    kinds = _column(table, "kind", size, str)
    _expect(set(kinds) <= set(SHOWN_KINDS), "a line's kind")
    speakers = _column(table, "speaker", size, str, type(None))
    texts = _column(table, "text", size, str)
    owners = _column(table, "scene", size, str)
    expected = [sid for row in scenes for sid in [row[0]] * row[7].count("L")]
    _expect(owners == expected, "a line's scene")
    expressions = _column(table, "expression", size, str, type(None))
    titles = _column(table, "title", size, str, type(None))
    whens = [_condition(v) for v in _column(table, "when", size, str, type(None))]
    return _build(Line, {"id": ids, "kind": kinds, "speaker": speakers, "text": texts, "scene": owners,
                         "expression": expressions, "title": titles, "when": whens,
                         "loc": _locs(table, size, files)}, size)


def _decode_directions(table: dict[str, Any], size: int, files: list[str]) -> list[Direction]:
    verbs = _column(table, "verb", size, str)
    _expect(set(verbs) <= _VERBS, "a direction's verb")
    columns = {k: _column(table, k, size, str, type(None)) for k in ("who", "expression", "position", "value", "facing")}
    seconds = _column(table, "seconds", size, float)
    words = {k: [_words(v) for v in _column(table, k, size, list)] for k in ("looks", "extras")}
    return _build(Direction, {"verb": verbs, **columns, **words, "seconds": seconds,
                              "loc": _locs(table, size, files)}, size)


def _words(value: list[Any]) -> tuple[str, ...]:
    _expect(_all_type(value, str), "a list of words")
    return tuple(value)


def _decode_diagnostic(row: object) -> Diagnostic:
    row = _list(row, 7)
    return Diagnostic(_str(row[0]), Severity(row[1]), Loc(_str(row[2]), _int(row[3]), _int(row[4])),
                      _str(row[5]), _str(row[6], nullable=True))


def entries(cache_dir: Path) -> Iterator[Path]:
    """The entries in a cache folder (for clearing it)."""
    return Path(cache_dir).glob("story-*.json")
