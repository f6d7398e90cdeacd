"""Hostile and broken scripts: random YAML, mutations of the real script, bytes, bombs, huge and deep input.

Whatever a writer (or a stranger) feeds `vn check`, the answer is a list of located diagnostics,
in under 5 s and 200 MB: never a traceback, a hang or an error without a file:line:col.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.story.format import FLOW, OPTION_KEYS
from game.story.loader import CAST_KEYS, HEADER_KEYS, PLACE_KEYS, SCENE_KEYS, VERBS
from game.check import CheckResult, check_story
from tests.hardening.conftest import ROOT, SCRIPT, checked

# Deterministic in CI; `VN_FUZZ_EXAMPLES=5000 VN_FUZZ_SEED=random` for a long local hunt.
FUZZ = settings(derandomize=os.environ.get("VN_FUZZ_SEED") != "random", database=None, deadline=None,
                max_examples=int(os.environ.get("VN_FUZZ_EXAMPLES", "120")),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
STORY = (SCRIPT / "story.yaml").read_bytes()
CHAPTER = (SCRIPT / "chapter-01.yaml").read_bytes()


def run(files: dict[str, bytes], *, with_assets: bool = False) -> CheckResult:
    """Write the files into a fresh folder and check it (located diagnostics, in time)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        return checked(folder, ROOT / "assets" if with_assets else None, with_assets=with_assets)


def codes(result: CheckResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def test_the_real_script_is_clean() -> None:
    """The baseline every mutation starts from: no diagnostics at all without assets."""
    assert codes(run({"story.yaml": STORY, "chapter-01.yaml": CHAPTER})) == []


# -- random documents ---------------------------------------------------------------------
WORDS = st.sampled_from([*HEADER_KEYS, *CAST_KEYS, *PLACE_KEYS, *SCENE_KEYS, *VERBS, *FLOW, *OPTION_KEYS, "end",
                         "not trusted", "mood == calm", "s1", "page", "id", "sakura",
                         "kakashi", "sakura thinks", "kakashi (sad)", "memorial", "noon", "maps/memorial.tmx",
                         "../../etc/passwd", "/etc/passwd", "chapter-01.yaml", "story.yaml", "#ff00ff"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), WORDS,
                    st.text(max_size=40), st.text(alphabet="\t\r\n\x00\x85\u2028\ufeff :-#&*!|>'\"[]{}", max_size=20))
KEYS = st.one_of(WORDS, st.text(max_size=12), st.integers())
DOCS = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=6),
                                                     st.dictionaries(KEYS, inner, max_size=6)), max_leaves=60)


def story_shaped(junk: st.SearchStrategy[object]) -> st.SearchStrategy[dict[str, object]]:
    """A story header whose every part is either the right shape or random junk: wrong types, deep down."""
    line = st.one_of(st.text(max_size=30), st.fixed_dictionaries({"sakura": st.text(max_size=20)}),
                     st.dictionaries(WORDS, junk, min_size=1, max_size=2), junk)
    scene = st.one_of(st.fixed_dictionaries({
        "scene": st.one_of(st.just("s1"), junk), "place": st.one_of(st.just("memorial"), junk),
        "time": st.one_of(st.just("noon"), junk), "lines": st.one_of(st.lists(line, max_size=8), junk),
    }, optional={"memory": junk, "music": junk, "sprites": junk, "title": junk}), junk)
    return st.fixed_dictionaries({}, optional={
        "title": st.one_of(st.just("T"), junk),
        "cast": st.one_of(st.just({"sakura": {"name": "Sakura"}}), st.dictionaries(KEYS, junk, max_size=3), junk),
        "places": st.one_of(st.just({"memorial": {"map": "maps/memorial.tmx"}}),
                            st.dictionaries(KEYS, st.dictionaries(WORDS, junk, max_size=3), max_size=3), junk),
        "scenes": st.one_of(st.lists(scene, max_size=4), junk),
        "chapters": st.one_of(st.lists(WORDS, max_size=3), junk),
    })


@FUZZ
@given(doc=st.one_of(DOCS, story_shaped(DOCS)))
def test_random_yaml_documents(doc: object) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True, default_flow_style=None)
    run({"story.yaml": text.encode("utf-8", "surrogatepass"), "chapter-01.yaml": CHAPTER})


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_random_bytes(data: bytes) -> None:
    run({"story.yaml": data})
    run({"story.yaml": STORY, "chapter-01.yaml": data})


# -- mutations of the real script -----------------------------------------------------------
VALUES = ["[]", "{}", "[a, b]", "{x: 1}", "~", "", "123", "-1e999", ".nan", "true", "&a x", "*a", "*nope",
          "!!binary aGVsbG8=", "!!python/object/apply:os.system [echo pwned]", "!!set {a, b}", "? [a]\n: b",
          "'unclosed", '"unclosed', "|", ">-", "- - -", "{a: [b, {c: d}]}", "\x00", "\ufeff", "\t",
          "x" * 100_000, "[" * 2000 + "]" * 2000, "[" * 70 + "]" * 70, "sakura: sakura: sakura"]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """One of the two real files with a few random edits: lines deleted, duplicated, retyped, bytes spliced..."""
    name = draw(st.sampled_from(["story.yaml", "chapter-01.yaml"]))
    lines = (STORY if name == "story.yaml" else CHAPTER).split(b"\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "value", "retype", "indent", "tab", "bytes", "truncate",
                                   "key"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "value" and b": " in lines[i]:
            head = lines[i].split(b": ", 1)[0]
            lines[i] = head + b": " + draw(st.sampled_from(VALUES)).encode("utf-8")
        elif op == "retype":
            lines[i] = draw(st.text(max_size=60)).encode("utf-8", "surrogatepass")
        elif op == "indent":
            lines[i] = b" " * draw(st.integers(0, 12)) + lines[i].lstrip(b" ")
        elif op == "tab":
            lines[i] = b"\t" + lines[i]
        elif op == "bytes":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.binary(min_size=1, max_size=8)) + lines[i][at:]
        elif op == "truncate":
            del lines[i:]
            lines.append(lines.pop()[: draw(st.integers(0, 20))] if lines else b"")
        elif op == "key" and b":" in lines[i]:
            lines[i] = draw(WORDS).encode("utf-8") + b":" + lines[i].split(b":", 1)[1]
        if not lines:
            lines = [b""]
    return name, b"\n".join(lines)


@FUZZ
@given(change=mutated(), with_assets=st.booleans())
def test_mutations_of_the_real_script(change: tuple[str, bytes], with_assets: bool) -> None:
    name, data = change
    run({"story.yaml": STORY, "chapter-01.yaml": CHAPTER, name: data}, with_assets=with_assets)


# -- targeted hostile documents -------------------------------------------------------------
def billion_laughs(levels: int = 9, width: int = 10) -> bytes:
    out = ["lol0: &lol0 lol"]
    for i in range(1, levels + 1):
        out.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * width) + "]")
    out.append(f"title: *lol{levels}\ncast: *lol{levels}\nplaces: *lol{levels}\nscenes: [*lol{levels}]")
    return "\n".join(out).encode()


def lines_story(items: list[str]) -> bytes:
    head = "title: T\ncast:\n  sakura: {name: Sakura}\nplaces:\n  p: {}\nscenes:\n  - scene: s\n    place: p\n" \
           "    time: noon\n    lines:\n"
    return (head + "".join(f"      - {item}\n" for item in items)).encode()


def alias_amplifier() -> bytes:
    """Shared scenes: a small file whose aliases repeat 1,500-line scenes 1,300 times (~2M nodes)."""
    lines = "".join(f'      - "line {i}"\n' for i in range(1500))
    head = "title: T\ncast: {}\nplaces:\n  p: {}\nshared:\n  - &s\n    scene: s\n    place: p\n    time: noon\n" \
           "    lines:\n" + lines
    return (head + "scenes: [" + ", ".join(["*s"] * 1300) + "]\n").encode()


HOSTILE: dict[str, tuple[bytes, str | None]] = {
    "billion-laughs": (billion_laughs(), "VN105"),
    "billion-laughs-in-keys": (b"a: &a {x: 1, y: 1}\nb: &b {" + b", ".join(b"k%d: *a" % i for i in range(50))
                               + b"}\nc: &c {" + b", ".join(b"k%d: *b" % i for i in range(50)) + b"}\n"
                               + b"title: {" + b", ".join(b"k%d: *c" % i for i in range(50)) + b"}\n", "VN105"),
    "alias-amplified-scenes": (alias_amplifier(), "VN105"),
    "recursive-anchor": (b"title: &a [*a]\n", "VN105"),
    "self-referencing-mapping": (b"title: T\ncast: &c {sakura: *c}\nplaces: {}\nscenes: []\n", "VN105"),
    "deep-flow-nesting": (b"title: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "VN100"),
    "deep-block-nesting": (b"title:\n" + b"".join(b" " * i + b"- \n" for i in range(1, 1500)), "VN100"),
    "deep-but-parsable": (b"title: " + b"[" * 200 + b"]" * 200 + b"\n", "VN105"),
    "huge-string": (lines_story(['"' + "x" * (3 * 1024 * 1024) + '"']), None),
    "huge-key": (b"title: T\n? " + b"k" * (3 * 1024 * 1024) + b"\n: v\ncast: {}\nplaces: {}\nscenes: []\n", "VN111"),
    "huge-simple-key": (b"title: T\n" + b"k" * (3 * 1024 * 1024) + b": v\n", "VN100"),
    "over-the-size-limit": (b"title: T\n# " + b"x" * (5 * 1024 * 1024) + b"\n", "VN105"),
    "too-many-nodes": (b"title: [" + b"x," * 500_000 + b"x]\n", "VN105"),
    "many-lines-just-under-the-limit": (lines_story(['sakura: "hello there"'] * 16_000), None),
    "many-bad-lines": (lines_story(['sakra: "hello there"'] * 16_000), "VN120"),
    "many-duplicate-keys": (b"title: T\n" + b"title: T\n" * 20_000, "VN134"),
    "nul-bytes": (b"title: T\x00\ncast: {}\n", "VN103"),
    "latin-1": ("title: Café\ncast: {}\nplaces: {}\nscenes: []\n".encode("latin-1"), "VN103"),
    "utf-16-with-bom": ("title: T\ncast: {}\n".encode("utf-16"), "VN103"),
    "utf-8-bom": (b"\xef\xbb\xbf" + STORY, None),
    "bom-in-the-middle": (STORY.replace(b"cast:", b"\xef\xbb\xbfcast:", 1), "VN100"),
    "tabs": (STORY.replace(b"\n  ", b"\n\t", 1), "VN101"),
    "crlf": (STORY.replace(b"\n", b"\r\n"), None),
    "lone-cr": (STORY.replace(b"\n", b"\r"), None),
    "control-characters": (b"title: T\x07\x1b[31m\ncast: {}\n", "VN100"),
    "only-comments": (b"# nothing\n", "VN102"),
    "empty": (b"", "VN102"),
    "whitespace": (b"   \n\n  ", "VN102"),
    "two-documents": (STORY + b"\n---\n" + STORY, "VN100"),
    "python-tags": (b"title: !!python/object/apply:os.system ['touch /tmp/pwned']\ncast: {}\nplaces: {}\n"
                    b"scenes: []\n", "VN110"),
    "a-list-at-the-top": (b"- title: T\n", "VN110"),
    "a-scalar-at-the-top": (b"hello\n", "VN110"),
    "complex-keys": (b"? [a, b]\n: c\ntitle: T\ncast: {? {a: b} : c}\nplaces: {}\n", "VN110"),
    "many-chapters": (b"title: T\ncast: {}\nplaces: {}\nchapters: [" + b", ".join(b"c%d.yaml" % i for i in range(20_000))
                      + b"]\n", "VN105"),
    "one-chapter-listed-often": (STORY.replace(b"  - chapter-01.yaml", b"  - chapter-01.yaml\n" * 400), "VN115"),
    "chapter-outside": (b"title: T\ncast: {}\nplaces: {}\nchapters: [../../../../etc/passwd, /etc/passwd]\n", "VN143"),
    "chapter-is-a-device": (b"title: T\ncast: {}\nplaces: {}\nchapters: [/dev/zero]\n", "VN143"),
    "chapter-name-with-nul": (b"title: T\ncast: {}\nplaces: {}\nchapters: [\"a\\0b.yaml\"]\n", "VN143"),
    "map-path-with-nul": (STORY.replace(b"maps/memorial.tmx", b'"maps/memo\\0rial.tmx"'), "VN143"),
    "chapter-name-too-long": (b"title: T\ncast: {}\nplaces: {}\nchapters: [" + b"x" * 100_000 + b"]\n", "VN104"),
    "map-outside": (STORY.replace(b"maps/memorial.tmx", b"../../../../etc/passwd"), "VN143"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_story_files(name: str) -> None:
    """Each is refused with its own code, or (code None) loads: hostile is not the same as wrong."""
    data, code = HOSTILE[name]
    result = run({"story.yaml": data, "chapter-01.yaml": CHAPTER})
    if code is None:
        assert result.ok, result.diagnostics[:3]
    else:
        assert code in codes(result), result.diagnostics[:3]


@pytest.mark.parametrize("name", ["billion-laughs", "deep-flow-nesting", "too-many-nodes", "nul-bytes",
                                  "latin-1", "tabs", "two-documents", "empty"])
def test_hostile_chapter_files(name: str) -> None:
    data, code = HOSTILE[name]
    result = run({"story.yaml": STORY, "chapter-01.yaml": data})
    assert code in codes(result), result.diagnostics[:3]
    assert all(d.loc.file.endswith("chapter-01.yaml") for d in result.diagnostics if d.code == code)


def test_a_map_path_too_long_for_the_file_system() -> None:
    """Found by fuzzing: 'File name too long' escaped check_assets as an OSError."""
    data = STORY.replace(b"maps/memorial.tmx", b"x" * 100_000)
    result = run({"story.yaml": data, "chapter-01.yaml": CHAPTER}, with_assets=True)
    assert any(d.code == "VN141" and "cannot be read" in d.message for d in result.diagnostics)


def test_chapter_symlink_leaving_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_bytes(CHAPTER)
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_bytes(STORY)
    (folder / "chapter-01.yaml").symlink_to(outside)
    assert "VN143" in codes(checked(folder))


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null", "/proc/self/mem", "/"])
def test_the_story_path_is_not_a_regular_file(target: str) -> None:
    """`vn check /dev/zero` once read forever: a device or pipe is refused before it is read."""
    result = check_story(Path(target), with_assets=False)
    assert not result.ok and result.diagnostics[0].code in ("VN104", "VN102")


# -- memory: each hostile document checked in a fresh process, its peak RSS growth measured -----
MEMORY_PROBE = """
import json, resource, sys
from pathlib import Path
from game.check import check_story
def peak_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
before = peak_kb()
result = check_story(Path(sys.argv[1]), with_assets=False)
print(json.dumps({"growth_kb": peak_kb() - before, "codes": sorted({d.code for d in result.diagnostics})}))
"""
MEMORY_LIMIT_MB = 200


@pytest.mark.parametrize("name", ["billion-laughs", "alias-amplified-scenes", "huge-string", "huge-key",
                                  "too-many-nodes", "many-lines-just-under-the-limit", "many-bad-lines",
                                  "deep-flow-nesting", "over-the-size-limit"])
def test_memory_stays_bounded(name: str, tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_bytes(HOSTILE[name][0])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(tmp_path)], capture_output=True, text=True,
                          timeout=30, env=env, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["growth_kb"] < MEMORY_LIMIT_MB * 1024, report
