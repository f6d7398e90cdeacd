"""`vn adapt` end to end: a chapter in, a draft that `vn check` passes, and the quote JSON."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "adapt" / "dev"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_adapt_then_check_passes_and_json_has_every_quote(tmp_path: Path) -> None:
    out, quotes = tmp_path / "draft.yaml", tmp_path / "quotes.jsonl"
    done = run("adapt", str(DEV / "d1-station.txt"), "-o", str(out), "--json", str(quotes))
    assert done.returncode == 0, done.stderr
    assert "adapted: 1 scene, 17 spoken lines" in done.stderr
    assert "speakers, told in the third person -> " in done.stderr  # how the tool read the text
    text = out.read_text(encoding="utf-8")
    assert "priya: \"Fine. But you’re carrying your own guitar.\"  # speaker: beat, check" in text
    assert "sprite: draft" in text and "map: maps/draft.tmx" in text
    assert "# A speaker marked sure is one of a kind found right 95% of the time or more" in text  # what a mark means
    assert "- show: owen at left" in text and "- show: priya at right" in text
    checked = run("check", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "warning" not in checked.stderr
    rows = [json.loads(line) for line in quotes.read_text(encoding="utf-8").splitlines()]
    source = (DEV / "d1-station.txt").read_text(encoding="utf-8")
    assert len(rows) == 17
    assert {"text", "speaker", "start", "end", "kind", "confidence", "evidence", "agreement"} <= set(rows[0])
    assert source[rows[0]["start"]:rows[0]["end"]] == rows[0]["text"] == "Missed it too?"
    # the summary counts the lines the draft's comments mark, as the writer will search for them
    counted = re.search(r"\((\d+) to check, (\d+) likely\)", done.stderr)
    assert counted is not None, done.stderr
    marks = re.findall(r"# speaker: [\w-]+, (sure|likely|check)$", text, re.M)
    assert len(marks) == 17
    assert (int(counted[1]), int(counted[2])) == (marks.count("check"), marks.count("likely"))


def test_adapt_with_the_bundled_story_uses_its_cast_and_places(tmp_path: Path) -> None:
    chapter = tmp_path / "ch.md"
    chapter.write_text("# Chapter 9\n\nKakashi stood at the memorial stone. Sakura came up behind him.\n\n"
                       "\"You're early,\" Sakura said.\n\n\"So are you,\" said Kakashi. *She always is,* "
                       "he thought.\n\n***\n\nLater, at the training ground, Naruto shouted at the trees.\n",
                       encoding="utf-8")
    out = tmp_path / "draft.yaml"
    done = run("adapt", str(chapter), "--story", "script", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "sprite: sakura-21" in text and "place: memorial" in text and "place: training-ground" in text
    assert "kakashi thinks: \"She always is.\"" in text
    assert run("check", str(out)).returncode == 0


def test_adapt_prints_to_stdout_and_reports_bad_input(tmp_path: Path) -> None:
    done = run("adapt", str(DEV / "d3-untagged.txt"))
    assert done.returncode == 0 and done.stdout.startswith("# A draft made by `vn adapt`")
    missing = run("adapt", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "no such file" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "x.odt").write_text("?", encoding="utf-8")
    assert run("adapt", str(tmp_path / "x.odt")).returncode == 2
    assert run("adapt", str(DEV / "d3-untagged.txt"), "--story", str(tmp_path / "none")).returncode == 2


def _epub(path: Path, chapters: list[str]) -> None:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("adapt-cli")
    book.set_title("Two chapters")
    book.set_language("en")
    items = []
    for n, body in enumerate(chapters, 1):
        item = epub.EpubHtml(title=f"Chapter {n}", file_name=f"c{n}.xhtml", lang="en")
        item.content = f"<html><body>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = items
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *items]
    epub.write_epub(str(path), book)


def test_adapt_html_and_epub_end_to_end(tmp_path: Path) -> None:
    body = ("<p>Edwin waited at the gate. Edwin was cold.</p><p>&ldquo;You came,&rdquo; said Edwin.</p>"
            "<p>Lotte shrugged. <em>Of course I came,</em> she thought. &ldquo;I said I would.&rdquo;</p>")
    html = tmp_path / "page.html"
    html.write_text(f"<html><body><nav><p>Menu</p></nav><div>{body}</div></body></html>", encoding="utf-8")
    book = tmp_path / "book.epub"
    _epub(book, [body, "<p>Morning came. Edwin was gone.</p>"])
    for source, scenes in ((html, 1), (book, 2)):
        out = tmp_path / f"{source.stem}.yaml"
        done = run("adapt", str(source), "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert f"adapted: {scenes} scene{'s' if scenes > 1 else ''}, 2 spoken lines" in done.stderr
        text = out.read_text(encoding="utf-8")
        assert "edwin: \"You came.\"  # speaker: tag, sure" in text
        assert "lotte thinks: \"Of course I came.\"  # thought: italics" in text
        assert "lotte: \"I said I would.\"  # speaker: beat, check" in text
        checked = run("check", str(out))
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_output_to_a_pipe_goes_through_it(tmp_path: Path) -> None:
    """`-o` naming a pipe or a device (`-o /dev/null`) writes into it; it is never replaced by a file."""
    import os
    import stat
    import threading

    fifo = tmp_path / "draft-pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = run("adapt", str(DEV / "d1-station.txt"), "-o", str(fifo))
    reader.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert got and b"scenes:" in got[0] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_folder_or_a_file_that_is_not_text_is_refused_and_utf16_is_read(tmp_path: Path) -> None:
    """A folder given as the chapter, and a file that is not text (a word processor's, a picture: NUL bytes), are
    one message each, not 'no such file' and not a draft made from noise; a chapter saved as UTF-16 with its mark
    (as some editors save) is read."""
    folder = run("adapt", str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr and "Traceback" not in folder.stderr
    (tmp_path / "odd.txt").write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/document.xml" + bytes(range(256)))
    binary = run("adapt", str(tmp_path / "odd.txt"))
    assert binary.returncode == 2 and "not a text file" in binary.stderr and "Traceback" not in binary.stderr
    (tmp_path / "wide.txt").write_bytes((DEV / "d1-station.txt").read_text(encoding="utf-8").encode("utf-16"))
    wide = run("adapt", str(tmp_path / "wide.txt"), "--json", str(tmp_path / "q.jsonl"))
    assert wide.returncode == 0 and "17 spoken lines" in wide.stderr, wide.stderr


def test_control_characters_in_a_chapter_become_spaces_and_the_draft_passes_check(tmp_path: Path) -> None:
    """A stray form feed, a DEL and a C1 code (text passed through an old tool) were carried into the draft, which
    `vn check` then refused (a control character in a line, or no YAML at all for a DEL): each is a space now, one
    for one, so the JSON offsets into the text as read still hold."""
    chapter = tmp_path / "old.txt"
    source = 'Tom came in.\x0c He sat down\x7f.\n\n"Hello,\x90 Ann," said Tom.\n\n"Hello," said Ann.\n'
    chapter.write_text(source, encoding="utf-8")
    out, quotes = tmp_path / "old.yaml", tmp_path / "old.jsonl"
    done = run("adapt", str(chapter), "-o", str(out), "--json", str(quotes))
    assert done.returncode == 0, done.stderr
    checked = run("check", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    rows = [json.loads(line) for line in quotes.read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["speaker"]) for r in rows] == [("Hello, Ann,", "Tom"), ("Hello,", "Ann")]
    assert [source[r["start"]:r["end"]] for r in rows] == ["Hello,\x90 Ann,", "Hello,"]


def test_outputs_that_cannot_be_written_are_said_before_the_work(tmp_path: Path) -> None:
    """-o or --json naming a folder, or a file in a folder that does not exist, is refused before anything is done
    (no folder is made for it); a write that fails at the end (a full disk) is a message and exit 1, not a
    traceback."""
    chapter = str(DEV / "d1-station.txt")
    into_folder = run("adapt", chapter, "-o", str(tmp_path))
    assert into_folder.returncode == 2 and "-o" in into_folder.stderr and "is a folder" in into_folder.stderr
    nowhere = tmp_path / "no" / "such" / "q.jsonl"
    missing = run("adapt", chapter, "-o", str(tmp_path / "d.yaml"), "--json", str(nowhere))
    assert missing.returncode == 2 and "does not exist" in missing.stderr and "adapted:" not in missing.stderr
    assert not (tmp_path / "no").exists() and not (tmp_path / "d.yaml").exists()
    if Path("/dev/full").exists():
        full = run("adapt", chapter, "-o", "/dev/full")
        assert full.returncode == 1 and "cannot write" in full.stderr and "Traceback" not in full.stderr


def test_a_file_with_no_text_is_refused_rather_than_drafted_into_a_script_that_fails_check(tmp_path: Path) -> None:
    for name, data in (("empty.txt", ""), ("blank.md", "\n\n   \n"), ("bare.html", "<html><body><script>x</script></body></html>")):
        (tmp_path / name).write_text(data, encoding="utf-8")
        done = run("adapt", str(tmp_path / name), "-o", str(tmp_path / "d.yaml"))
        assert done.returncode == 2 and "no text to adapt" in done.stderr, (name, done.stderr)
        assert not (tmp_path / "d.yaml").exists()
    (tmp_path / "notes.txt").write_text("Disclaimer: not mine.\n\nA/N: thanks for reading!\n", encoding="utf-8")
    done = run("adapt", str(tmp_path / "notes.txt"), "-o", str(tmp_path / "d.yaml"))  # notes alone: no scene
    assert done.returncode == 2 and "no story text to adapt" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "d.yaml").exists()


def test_a_short_chat_is_a_scene_not_a_title_block(tmp_path: Path) -> None:
    (tmp_path / "chat.txt").write_text("Mira: you up\nTomas: yes\nMira: come outside\n", encoding="utf-8")
    out = tmp_path / "d.yaml"
    done = run("adapt", str(tmp_path / "chat.txt"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert 'mira: "come outside"  # speaker: label, sure' in out.read_text(encoding="utf-8")
    checked = run("check", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_text_where_no_one_speaks_drafts_a_story_that_check_passes(tmp_path: Path) -> None:
    # a chapter of narration alone: the draft's cast was 'cast:' with nothing under it, which `vn check` refused
    # ('cast' should be a mapping)
    source, out = tmp_path / "river.txt", tmp_path / "draft.yaml"
    source.write_text("CHAPTER I.\n\nThe house stood on a hill above the river, and the road wound up to it through "
                      "an orchard of old pear trees.\n\nIn winter the river froze, and the village children skated on "
                      "it from the mill to the bridge.\n", encoding="utf-8")
    done = run("adapt", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "0 spoken lines" in done.stderr
    checked = run("check", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
