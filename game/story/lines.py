"""A scene's `lines:` -> shown lines (narration, speech, thought, page), stage directions and the
flow steps (`set:`, `jump:`, `choice:` with its options' own lines).

Owns the screenplay forms (`name: text`, `name thinks (expression): text`, `page:`, `show: ...`),
stable line and menu ids, and the words each direction accepts.
"""

from __future__ import annotations

import hashlib
import re

import yaml

from game.story.camera import camera_direction
from game.story.conditions import FORMS, Condition, FlagValue, parse_condition
from game.story.diagnostics import did_you_mean
from game.story.format import DIRECTIONS, FLOW, GESTURES, LINE_EXTRAS, OPTION_KEYS
from game.story.model import TIMES, CastMember, Choice, Direction, Jump, Line, Loc, Option, Place, SetFlags, Step
from game.story.nodes import ID_RE, Ctx, short
from game.story.text import CONTROL_RE, visible

HEAD_RE = re.compile(r"^([A-Za-z0-9_-]+)(\s+thinks)?\s*(?:\(\s*([A-Za-z0-9_-]+)\s*\))?$")
VERBS = DIRECTIONS
FACINGS = ("left", "right")
CHOICES = {
    "transition": ("dissolve", "fade", "cut"),
    "shake": ("small", "hard"),
    "flash": ("white", "red", "black"),
}


_VALUE_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
_has_control = CONTROL_RE.search
_sha1 = hashlib.sha1


def parse_lines(ctx: Ctx, node: yaml.Node, sid: str, cast: dict[str, CastMember], places: dict[str, Place],
                counts: dict[str, int] | None = None) -> list[Step]:
    """A `lines:` list (a scene's or an option's); `counts` numbers repeated ids across the whole scene."""
    steps: list[Step] = []
    counts = {} if counts is None else counts
    for item in ctx.sequence(node, "'lines'") or []:
        step = _plain(ctx, item, sid, cast, places)
        if step is _NOT_PLAIN:
            step = _line(ctx, item, sid, cast, places, counts)
            if step is None or not isinstance(step, (Line, Choice)) or _pinned(item):
                if step is not None:
                    steps.append(step)
                continue
        elif step is None or type(step) is not Line:  # a plain item has no 'id:' of its own
            if step is not None:
                steps.append(step)
            continue
        seen = counts.get(step.id, 0) + 1
        counts[step.id] = seen
        if seen > 1:
            step = _replace_id(step, f"{step.id}-{seen}")
        steps.append(step)
    return steps


_NOT_PLAIN = object()
_ScalarNode, _MappingNode = yaml.ScalarNode, yaml.MappingNode


def _plain(ctx: Ctx, node: yaml.Node, sid: str, cast: dict[str, CastMember], places: dict[str, Place]) -> Step | None | object:
    """The step of an item in one of the forms nearly every line takes, as `_line` makes it: narration
    (`- "text"`), a line of a character in the cast (`- sakura (smile): "text"`, `- sakura thinks: ...`) or a
    stage direction (`- show: ...`), with no key beside it. `_NOT_PLAIN` for anything else (and for any key or
    narration `_line` would report on), which `_line` then reads from the start: this path reports nothing
    before it hands over, and reports only what `_line` would report, in the same order, after it."""
    kind = type(node)
    if kind is _ScalarNode:
        value = node.value
        if node.tag.endswith(":null") or _has_control(value) is not None:
            return _NOT_PLAIN
        text = value.strip()
        if not visible(text):
            return _NOT_PLAIN
        mark = node.start_mark
        return Line(derive_id(sid, "narrate", None, text), "narrate", None, text, sid,
                    loc=Loc(ctx.shown, mark.line + 1, mark.column + 1))
    if kind is not _MappingNode or len(node.value) != 1:
        return _NOT_PLAIN
    key, value = node.value[0]
    if type(key) is not _ScalarNode:
        return _NOT_PLAIN
    head = key.value
    if head in LINE_EXTRAS or key.tag.endswith(":null") or _has_control(head) is not None:
        return _NOT_PLAIN
    match = HEAD_RE.match(head.strip())
    if match is None:
        return _NOT_PLAIN
    word, thinks, expression = match.groups()
    if word in cast:  # never a direction or flow word: those cannot be character ids
        kind = "think" if thinks else "say"
        if type(value) is _ScalarNode and not value.tag.endswith(":null") and _has_control(value.value) is None:
            text = value.value.strip()
            if visible(text):  # else _shown_line reports it
                mark = node.start_mark
                return Line(derive_id(sid, kind, word, text), kind, word, text, sid, expression,  # type: ignore[arg-type]
                            loc=Loc(ctx.shown, mark.line + 1, mark.column + 1))
        return _shown_line(ctx, node, value, sid, kind, word, expression, _NO_EXTRAS)
    if thinks or expression or word not in VERBS:
        return _NOT_PLAIN
    return _direction(ctx, word, value, cast, places)


_NO_EXTRAS: dict[str, tuple[yaml.Node, yaml.Node]] = {}


def _pinned(node: yaml.Node) -> bool:
    return isinstance(node, yaml.MappingNode) and any(
        isinstance(k, yaml.ScalarNode) and k.value == "id" for k, _ in node.value)


def _replace_id(step: Line | Choice, new_id: str) -> Line | Choice:
    if isinstance(step, Choice):
        return Choice(new_id, step.options, step.loc)
    return Line(new_id, step.kind, step.speaker, step.text, step.scene, step.expression, step.title, step.when, step.loc)


def derive_id(scene: str, kind: str, speaker: str | None, text: str) -> str:
    """A line id that depends only on the line itself: its scene, kind, speaker and text."""
    digest = _sha1(f"{kind}\x1f{speaker or ''}\x1f{text}".encode()).hexdigest()[:6]
    return f"{scene}/{kind[0]}-{digest}"


def _line(ctx: Ctx, node: yaml.Node, sid: str, cast: dict[str, CastMember], places: dict[str, Place],
          counts: dict[str, int]) -> Step | None:
    if isinstance(node, yaml.ScalarNode):
        text = (ctx.text(node, "a line") or "").strip()
        if not visible(text):
            ctx.err("VN135", node, "an empty narration line" if not text else "a narration line of only invisible characters")
            return None
        return Line(derive_id(sid, "narrate", None, text), "narrate", None, text, sid, loc=ctx.loc(node))
    pairs = ctx.mapping(node, "a line")
    if pairs is None:
        return None
    extras = {k.value: (k, v) for k, v in pairs if isinstance(k, yaml.ScalarNode) and k.value in LINE_EXTRAS}
    main = [(k, v) for k, v in pairs if not (isinstance(k, yaml.ScalarNode) and k.value in LINE_EXTRAS)]
    if len(main) != 1:
        where = main[1][0] if len(main) > 1 else node
        ctx.err("VN110", where, "a line should have exactly one speaker, 'page' or direction",
                "put each line in its own '- ' item")
        return None
    key, value = main[0]
    head = ctx.text(key, "a speaker or direction") or ""
    match = HEAD_RE.match(head.strip())
    word = match.group(1) if match else head
    if match and not match.group(2) and not match.group(3) and word in FLOW:
        return _flow(ctx, word, node, value, extras, sid, cast, places, counts)
    if match and not match.group(2) and not match.group(3) and word in VERBS:
        _no_extras(ctx, extras, ())
        return _direction(ctx, word, value, cast, places)
    if word == "page" and match and not match.group(2) and not match.group(3):
        _no_extras(ctx, extras, ("id", "title", "if"))
        return _shown_line(ctx, node, value, sid, "page", None, None, extras)
    if not match:
        ctx.err("VN128", key, f"'{short(head)}' is not a speaker, thought or direction",
                "write 'name: text', 'name thinks: text' or a direction like 'show: name'")
        return None
    if word not in cast:
        close = did_you_mean(word, [*cast, *VERBS, *FLOW, "page"])
        code = "VN128" if close and any(close == f"did you mean '{v}'?" for v in (*VERBS, *FLOW, "page")) else "VN120"
        message = f"unknown speaker '{word}'" if code == "VN120" else f"unknown direction '{word}'"
        ctx.err(code, key, message, close or (f"the cast is: {', '.join(cast)}" if cast else None))
        return None
    _no_extras(ctx, extras, ("id", "if"))
    kind = "think" if match.group(2) else "say"
    return _shown_line(ctx, node, value, sid, kind, word, match.group(3), extras)


def _no_extras(ctx: Ctx, extras: dict[str, tuple[yaml.Node, yaml.Node]], allowed: tuple[str, ...]) -> None:
    for name, (key, _value) in extras.items():
        if name not in allowed:
            ctx.err("VN111", key, f"'{name}:' does not belong on this line",
                    "a stage direction is never conditional: put 'if:' on the lines it goes with"
                    if name == "if" else None)


def _when(ctx: Ctx, extras: dict[str, tuple[yaml.Node, yaml.Node]]) -> Condition | None:
    """The `if:` beside a line, a jump, a set or an option (None when there is none or it cannot be read)."""
    if "if" not in extras:
        return None
    node = extras["if"][1]
    text = ctx.text(node, "a condition")
    if text is None:
        return None
    condition = parse_condition(text)
    if condition is None:
        ctx.err("VN172", node, f"'{short(text)}' is not a condition", f"write {FORMS}")
    return condition


def _flow(ctx: Ctx, word: str, node: yaml.Node, value: yaml.Node, extras: dict[str, tuple[yaml.Node, yaml.Node]],
          sid: str, cast: dict[str, CastMember], places: dict[str, Place], counts: dict[str, int]) -> Step | None:
    """`set:`, `jump:` (both may carry an `if:`) and `choice:`."""
    if word == "choice":
        _no_extras(ctx, extras, ())
        return _choice(ctx, node, value, sid, cast, places, counts)
    _no_extras(ctx, extras, ("if",))
    when = _when(ctx, extras)
    if word == "jump":
        target = ctx.ident(value, "a scene to jump to")
        return Jump(target, when, ctx.loc(value)) if target else None
    flags = _flags(ctx, value)
    return SetFlags(flags, when, ctx.loc(value)) if flags else None


def _flags(ctx: Ctx, node: yaml.Node) -> tuple[tuple[str, FlagValue], ...]:
    """`set: trusted` (true) or `set: {trusted: true, mood: calm}`: a value is true, false or one word."""
    if isinstance(node, yaml.ScalarNode):
        name = ctx.ident(node, "a flag")
        return ((name, True),) if name else ()
    found: list[tuple[str, FlagValue]] = []
    for key, value in ctx.mapping(node, "'set'") or []:
        name = ctx.ident(key, "a flag")
        raw = ctx.text(value, f"the value of '{name}'") if name else None
        if name is None or raw is None:
            continue
        if value.tag.endswith(":bool"):
            found.append((name, raw.lower() in ("true", "yes", "on")))
        elif _VALUE_RE.match(raw):
            found.append((name, raw))
        else:
            ctx.err("VN115", value, f"'{short(raw)}' cannot be a flag's value", "use true, false or one word")
    return tuple(found)


def _choice(ctx: Ctx, node: yaml.Node, value: yaml.Node, sid: str, cast: dict[str, CastMember],
            places: dict[str, Place], counts: dict[str, int]) -> Choice | None:
    items = ctx.sequence(value, "'choice'")
    if items is None:
        return None
    if not items:
        ctx.err("VN171", value, "this choice has no options", "give it a list of options, each with 'text:'")
        return None
    options: list[Option] = []
    for item in items:
        keys = ctx.keys(ctx.mapping(item, "an option") or [], OPTION_KEYS, "an option")
        if "text" not in keys:
            if isinstance(item, yaml.MappingNode):
                ctx.err("VN112", item, "this option has no 'text:'", "write what the player picks, e.g. text: \"Stay\"")
            continue
        text = (ctx.text(keys["text"][1], "an option's text") or "").strip()
        if not visible(text):
            ctx.err("VN135", keys["text"][1], "this option has no text")
            continue
        steps = parse_lines(ctx, keys["lines"][1], sid, cast, places, counts) if "lines" in keys else []
        if "jump" in keys:
            target = ctx.ident(keys["jump"][1], "a scene to jump to")
            if target:
                steps.append(Jump(target, None, ctx.loc(keys["jump"][1])))
        options.append(Option(text, _when(ctx, keys), tuple(steps), ctx.loc(item)))
    if not options:
        return None
    digest = hashlib.sha1("\x1f".join(o.text for o in options).encode()).hexdigest()[:6]
    return Choice(f"{sid}/@c-{digest}", tuple(options), ctx.loc(node))


def _shown_line(ctx: Ctx, node: yaml.Node, value: yaml.Node, sid: str, kind: str, speaker: str | None,
                expression: str | None, extras: dict[str, tuple[yaml.Node, yaml.Node]]) -> Line | None:
    text = ctx.text(value, "a line's text")
    if text is None:
        return None
    text = text.strip()
    if not visible(text):
        ctx.err("VN135", value, "this line has no text" if not text else "this line has only invisible characters",
                "write the text after the colon, in quotes")
        return None
    title = ctx.text(extras["title"][1], "a page title") if "title" in extras else None
    line_id = derive_id(sid, kind, speaker, text)
    if "id" in extras:
        pinned = ctx.ident(extras["id"][1], "line id")
        if pinned:
            line_id = f"{sid}/{pinned}"
    return Line(line_id, kind, speaker, text, sid, expression, title, _when(ctx, extras), ctx.loc(node))  # type: ignore[arg-type]


def _direction(ctx: Ctx, verb: str, node: yaml.Node, cast: dict[str, CastMember], places: dict[str, Place]) -> Direction | None:
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
    if verb == "camera":
        return camera_direction(ctx, node, words, cast)
    if verb == "gesture":
        return _gesture(ctx, node, words, cast)
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
    if verb == "event" and not ID_RE.match(value):
        ctx.err("VN113", node, f"'{value}' is not an illustration name",
                "name a file in assets/events without its suffix, e.g. 'back-to-back', or 'none'")
        return None
    if verb == "music" and value in ("none", "stop"):
        value = "none"
    if verb in ("sound", "music") and not sound_name(ctx, node, value):
        return None
    return Direction(verb, value=value, loc=loc)


def _gesture(ctx: Ctx, node: yaml.Node, words: list[str], cast: dict[str, CastMember]) -> Direction | None:
    """`gesture: WHO MOTION`: a character's small motion (a nod, a shiver) played with the next line."""
    if len(words) != 2:
        ctx.err("VN127", node, "write 'gesture: NAME MOTION'", f"e.g. 'gesture: sakura nod' (motions: {', '.join(GESTURES)})")
        return None
    who, motion = words
    if who not in cast:
        ctx.err("VN120", node, f"unknown character '{who}'", did_you_mean(who, list(cast)))
        return None
    if motion not in GESTURES:
        ctx.err("VN115", node, f"'{motion}' is not a gesture",
                did_you_mean(motion, GESTURES) or f"use one of: {', '.join(GESTURES)}")
        return None
    return Direction("gesture", who=who, value=motion, loc=ctx.loc(node))


def sound_name(ctx: Ctx, node: yaml.Node, name: str | None) -> bool:
    """A sound is named like an id ('birds'), never by a path: it is looked up under assets/sounds."""
    if name is None or ID_RE.match(name):
        return True
    ctx.err("VN113", node, f"'{name}' is not a sound name",
            "name a file in assets/sounds without its suffix, e.g. 'birds'")
    return False


def _stage_direction(ctx: Ctx, verb: str, node: yaml.Node, words: list[str], cast: dict[str, CastMember]) -> Direction | None:
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
    return _show(ctx, node, who, rest)


SHOW_FORM = "write 'show: NAME [EXPRESSION] [POSE] [+EXTRA] [-EXTRA] [at POSITION] [facing left|right]'"


def _show(ctx: Ctx, node: yaml.Node, who: str, rest: list[str]) -> Direction | None:
    """`show:` words after WHO, in any order: looks (an expression, a pose: told apart by the sprite set
    when the story is compiled), `+extra` / `-extra`, `at POSITION`, `facing left|right`."""
    looks: list[str] = []
    extras: list[str] = []
    position = facing = None
    words = iter(rest)
    for word in words:
        if word in ("at", "facing"):
            value = next(words, None)
            if value is None:
                ctx.err("VN127", node, f"'{word}' needs a word after it", SHOW_FORM)
                return None
            if word == "at":
                position = value
            elif value in FACINGS:
                facing = value
            else:
                ctx.err("VN162", node, f"'{value}' is not a facing", did_you_mean(value, FACINGS) or "use left or right")
                return None
        elif word[0] in "+-" and ID_RE.match(word[1:]):
            extras.append(word)
        elif ID_RE.match(word):
            looks.append(word)
        else:
            ctx.err("VN127", node, f"'{word}' cannot be read in 'show:'", SHOW_FORM)
            return None
    if len(looks) > 2:
        ctx.err("VN127", node, f"'show:' takes one expression and one pose, not '{' '.join(looks)}'", SHOW_FORM)
        return None
    return Direction("show", who=who, position=position, looks=tuple(looks), extras=tuple(extras), facing=facing,
                     loc=ctx.loc(node))
