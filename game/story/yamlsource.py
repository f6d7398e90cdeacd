"""Reading one YAML file safely into a located node tree: bytes -> text -> nodes, or diagnostics.

Owns the checks that come before the format: encoding, emptiness, tabs, YAML syntax,
duplicate keys, size and alias limits. Knows nothing of the script's keys.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from game.story.diagnostics import Diagnostic, make
from game.story.model import Loc

try:  # libyaml when present: faster, same safety
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

def plain_data(text: str) -> object:
    """A small YAML file that needs no locations (a sprite manifest, the illustrations' titles) as plain
    data, through libyaml where present: the pure-Python loader took 90 ms of the start for six manifests."""
    return yaml.load(text, Loader=_Loader)  # a safe loader: CSafeLoader or SafeLoader


# Per file. The bundled chapter is 40 KB and 1,400 nodes; a file at these limits still loads in
# about a second, and a hostile one is refused before its cost (time, memory) grows with it.
MAX_BYTES = 4 * 1024 * 1024
MAX_NODES = 50_000  # YAML nodes, counting each alias (*name) as the whole subtree it repeats
MAX_DEPTH = 64
# The whole story (header and every chapter): bounds the time spent composing (about 2.5 us a node) and
# converting. The loader holds one chapter's node tree at a time (~350 bytes a node), and bounds the
# story's memory by its script lines (loader.MAX_STORY_STEPS). A generated 100,000-line story holds 268,000
# nodes; this leaves room for a story of that length with more directions and conditions per line.
MAX_STORY_NODES = 500_000
STREAM_CHECK_CHARS = 512 * 1024  # above this, count nodes while streaming before composing (bounds memory)

Node = yaml.Node


def loc_of(node: Node, file: str) -> Loc:
    mark = node.start_mark
    return Loc(file, mark.line + 1, mark.column + 1)


def read_text(path: Path, shown: str) -> tuple[str | None, list[Diagnostic]]:
    """The file's text, or a located diagnostic saying why it cannot be had."""
    try:
        if path.is_dir():
            return None, [make("VN104", Loc(shown, 1, 1), f"'{shown}' is a folder, not a YAML file")]
        if path.exists() and not path.is_file():  # a device or a pipe: may never end
            return None, [make("VN104", Loc(shown, 1, 1), f"'{shown}' is not a regular file")]
        with path.open("rb") as handle:  # read at most the limit, even if the file grows meanwhile
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            size = max(len(data), path.stat().st_size)
            return None, [make("VN105", Loc(shown, 1, 1),
                               f"the file is {size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB")]
    except FileNotFoundError:
        return None, [make("VN104", Loc(shown, 1, 1), f"no such file: '{shown}'")]
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        why = getattr(exc, "strerror", None) or exc
        return None, [make("VN104", Loc(shown, 1, 1), f"cannot read '{shown}': {why}")]
    return decode(data, shown)


def decode(data: bytes, shown: str) -> tuple[str | None, list[Diagnostic]]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        return None, [make("VN103", Loc(shown, 1, 1), "this looks like a binary file, not YAML text",
                           "save the script as plain UTF-8 text")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [make("VN103", Loc(shown, line, col),
                           f"byte 0x{data[exc.start]:02x} is not UTF-8", "save the file as UTF-8")]
    if not text.strip():
        return None, [make("VN102", Loc(shown, 1, 1), "the file is empty",
                           "a story file starts with 'title:', a chapter file with 'scenes:'")]
    return text, []


def find_tabs(text: str, shown: str) -> list[Diagnostic]:
    """Tabs in indentation: YAML forbids them, and editors hide them."""
    found: list[Diagnostic] = []
    if "\t" not in text:  # nearly every file: one scan in C instead of a loop over its lines
        return found
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            found.append(make("VN101", Loc(shown, number, indent.index("\t") + 1),
                              "a tab is used for indentation", "indent with spaces only"))
    return found


def compose(text: str, shown: str) -> tuple[Node | None, list[Diagnostic]]:
    """The YAML node tree (aliases left shared, never expanded), or located diagnostics."""
    node, problems, _count = compose_counted(text, shown)
    return node, problems


def compose_counted(text: str, shown: str) -> tuple[Node | None, list[Diagnostic], int]:
    """`compose`, and how many nodes the tree holds, each alias counted as the subtree it repeats (the
    shape check counts them anyway; 0 when there is no tree)."""
    tabs = find_tabs(text, shown)
    if tabs:
        return None, tabs, 0
    try:
        if len(text) > STREAM_CHECK_CHARS:  # a small file cannot hold enough nodes to hurt: skip the extra pass
            too_many = _count_events(text, shown)
            if too_many:
                return None, too_many, 0
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        context = f" {exc.context}" if exc.context else ""
        hint = _syntax_hint(problem + context)
        return None, [make("VN100", Loc(shown, line, col), f"YAML syntax: {problem}{context}".strip(), hint)], 0
    except yaml.YAMLError as exc:
        return None, [make("VN100", Loc(shown, 1, 1), f"YAML syntax: {exc}")], 0
    except RecursionError:
        return None, [make("VN105", Loc(shown, 1, 1), "the document is nested too deeply")], 0
    if node is None:
        return None, [make("VN102", Loc(shown, 1, 1), "the file holds only comments")], 0
    problems, count = _check_shape(node, shown)
    return (None if problems else node), problems, count


def _count_events(text: str, shown: str) -> list[Diagnostic]:
    """Refuse a document of too many nodes while streaming it: composing one costs ~4x more."""
    count = 0
    for event in yaml.parse(text, Loader=_Loader):
        count += isinstance(event, yaml.NodeEvent)  # a scalar, an alias, a list or mapping's start
        if count > MAX_NODES:
            return [make("VN105", Loc(shown, event.start_mark.line + 1, event.start_mark.column + 1),
                         f"the file holds more than {MAX_NODES} YAML nodes",
                         "split it into several chapter files")]
    return []


def _syntax_hint(problem: str) -> str | None:
    if "quoted scalar" in problem or "end of stream" in problem:
        return "is a quote left unclosed?"
    if "mapping values are not allowed" in problem:
        return "a text containing ': ' needs quotes around it"
    if "expected <block end>" in problem or "indentation" in problem:
        return "check the indentation of this line against the one above"
    return None


def _check_shape(root: Node, shown: str) -> tuple[list[Diagnostic], int]:
    """Depth, size (counting shared aliases as often as they are reached) and duplicate keys; and the count."""
    quick = _shape_within_limits(root, shown)
    return quick if quick is not None else _check_shape_node_by_node(root, shown)


_ScalarNode, _MappingNode = yaml.ScalarNode, yaml.MappingNode


def _shape_within_limits(root: Node, shown: str) -> tuple[list[Diagnostic], int] | None:
    """`_check_shape` of a document within the size and depth limits, or None (`_check_shape_node_by_node` then
    says which limit, where). The same walk, but a text (three nodes in four) is counted where it is met instead of
    being put on the stack and taken off again: the containers are taken in the same order, so the duplicate keys
    are found in the same order, and the count is the same. Half the time of the node-by-node walk."""
    problems: list[Diagnostic] = []
    visits = 1
    stack: list[tuple[Node, int]] = [] if type(root) is _ScalarNode else [(root, 1)]
    while stack:
        node, depth = stack.pop()
        items = node.value
        if not items:
            continue
        depth += 1
        if depth > MAX_DEPTH:
            return None
        if type(node) is _MappingNode:
            visits += 2 * len(items)
            if len(items) > 1:
                seen: dict[str, Node] = {}
                for key, _value in items:
                    if type(key) is _ScalarNode:
                        if key.value in seen:
                            first = loc_of(seen[key.value], shown)
                            problems.append(make("VN134", loc_of(key, shown), f"'{key.value}' appears twice in this mapping",
                                                 f"the first is at line {first.line}"))
                        else:
                            seen[key.value] = key
            for key, value in items:
                if type(key) is not _ScalarNode:
                    stack.append((key, depth))
                if type(value) is not _ScalarNode:
                    stack.append((value, depth))
        else:
            visits += len(items)
            stack.extend((item, depth) for item in items if type(item) is not _ScalarNode)
        if visits > MAX_NODES:
            return None
    return problems, visits


def _check_shape_node_by_node(root: Node, shown: str) -> tuple[list[Diagnostic], int]:
    """`_check_shape`, one node at a time: stops at the first node past a limit, in this walk's order."""
    problems: list[Diagnostic] = []
    visits = 0
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        visits += 1
        if visits > MAX_NODES:
            return [make("VN105", loc_of(root, shown), "the document expands to too many nodes",
                         "YAML aliases (*name) repeat whole subtrees; use fewer")], visits
        if depth > MAX_DEPTH:
            return [make("VN105", loc_of(node, shown), f"nesting deeper than {MAX_DEPTH} levels")], visits
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        first = loc_of(seen[key.value], shown)
                        problems.append(make("VN134", loc_of(key, shown),
                                             f"'{key.value}' appears twice in this mapping",
                                             f"the first is at line {first.line}"))
                    else:
                        seen[key.value] = key
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return problems, visits
