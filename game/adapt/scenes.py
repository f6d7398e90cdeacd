"""Scenes: front matter and author's notes left out, cuts at scene breaks and clear shifts of time,
memory (flashback) scenes proposed from cues, and each scene's place and time of day guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.adapt.document import Document
from game.adapt.quotes import Piece, label_lines
from game.adapt.lexicon import (AUTHOR_NOTE, END_FLASHBACK_MARK, FLASHBACK_MARK, FRONT_MATTER, MEMORY_CUES,
                                PAST_OPENER, TIME_SHIFT, TIME_WORDS)

HEADING = re.compile(r"^\W*(?:chapter|part|book)\s+(?:[0-9]+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
                     re.I)
# "Sakura's POV", "Kakashi POV", "POV: Itachi", "~Normal P.O.V.~": whose eyes the next part is seen through (fan
# fiction's own heading), never a line of the story
POV_HEADING = re.compile(r"^\W*(?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}(?:[Pp][Oo][Vv]|[Pp]\.[Oo]\.[Vv]\.?|[Pp]oint [Oo]f [Vv]iew)|"
                         r"(?:POV|P\.O\.V\.?)\s*[:\-–—]?\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*)?)\W*$")
# ('Odo's pov' and 'LIESL'S P.O.V.' too)
STOP = frozenset("the a an of and in on at to s house room".split())


@dataclass
class Segment:
    paras: list[int]
    memory: bool = False
    memory_why: str = ""
    place: str | None = None  # a known place id, or None for the placeholder
    place_why: str = ""
    time: str = "morning"
    cues: list[str] = field(default_factory=list)
    marked: str = ""  # "start"/"end" when an explicit flashback marker opened or closed it
    insert: str = ""  # for a remembered paragraph inside a scene, made a scene of its own: what goes back in time
    heading: int | None = None  # the POV heading that opens it ("Kakashi's POV"): it names who is there
    chapter: bool = False  # a chapter heading ("CHAPTER II") comes before it: a POV part ends there


def _words(text: str) -> int:
    return len(text.split())


def _is_prose(text: str) -> bool:
    """Not a title line: a sentence (ends like one), a longer paragraph, or speech."""
    return _words(text) >= 12 or bool(re.search(r"[\"“”]", text)) or \
        (_words(text) >= 3 and text.rstrip()[-1:] in ".!?…")


def split_scenes(doc: Document, labelled: list[Piece] | None = None) -> list[Segment]:
    """Cut the document into scenes, without front matter or author's notes (`labelled`: its chat lines, if known)."""
    segments: list[Segment] = [Segment([])]
    chat = {p.para for p in (label_lines(doc) if labelled is None else labelled)}  # 'X: a' / 'Y: b' / 'X: c': a
    # conversation, not a title block
    started = False
    in_note = False
    for index, para in enumerate(doc.paragraphs):
        text = doc.para_text(para).strip()
        if para.is_break:
            in_note = False
            if segments[-1].paras:
                segments.append(Segment([]))
            continue
        if POV_HEADING.match(text):  # "Sakura's POV", before the story starts or inside it
            if segments[-1].paras:
                segments.append(Segment([]))
            segments[-1].heading = index
            continue
        if not started:
            if FRONT_MATTER.match(text) or not _is_prose(text) and index not in chat:
                continue
            started = True
        if HEADING.match(text) and _words(text) <= 8:  # "CHAPTER II", "Part Two: Winter"
            if segments[-1].paras:
                segments.append(Segment([]))
            segments[-1].chapter = True
            continue
        if in_note and re.match(r"[\"“‘']", text):
            in_note = False  # a line of the story after the note: the story goes on
        if AUTHOR_NOTE.match(text):
            in_note = not _NOTE_CLOSED.match(text)  # '(A/N: sorry, exams!)' in the middle is that paragraph alone
            continue
        if in_note:
            continue
        marker = "start" if FLASHBACK_MARK.match(text) else "end" if END_FLASHBACK_MARK.match(text) else ""
        if marker or (TIME_SHIFT.match(text) and len(segments[-1].paras) >= 3):
            if segments[-1].paras:
                segments.append(Segment([]))
            if marker:
                segments[-1].marked = marker
                continue
        segments[-1].paras.append(index)
    return [part for s in segments if s.paras for part in _inserts(doc, s)]


# an author's note in brackets that closes them: the note is this paragraph, and the story goes on after it
_NOTE_CLOSED = re.compile(r"^\s*(?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])\W*$")


# A paragraph that goes back in time inside a scene: 'And just like that she was nine years old again', 'She remembered
# the day …', 'Years ago, …'; told in the past perfect ('had crouched', 'he had told her')
_INSERT_OPENER = re.compile(r"\b(?:(?:was|were|am|is|are)\s+(?:\w+\s+){0,2}?(?:years?\s+old\s+)?again\b|"
                            r"remembered\s+(?:the|when|how|that)\b|(?:years|months)\s+(?:ago|earlier|before)\b|"
                            r"back then\b)", re.I)
_PAST_PERFECT = re.compile(r"\b(?:had|'d)\s+(?:\w+ly\s+)?(?:been|\w+ed|gone|seen|known|done|made|taken|come|told|"
                           r"said|grinned|flicked|sat|stood|felt|thought|held|run|won|lost)\b")


def _inserts(doc: Document, seg: Segment) -> list[Segment]:
    """A scene with a remembered paragraph inside it ('And just like that she was nine years old again, …'), that
    paragraph opening on the return to the past and told in the past perfect, twice or more: three scenes, the
    middle one a memory (marked, as a flashback marker marks one) and the last one back in the present."""
    for k, index in enumerate(seg.paras[1:-1], start=1):
        text = doc.para_text(doc.paragraphs[index])
        first = re.match(r"[^.!?]*[.!?]?", text)
        if first and _INSERT_OPENER.search(first.group()) and len(_PAST_PERFECT.findall(text)) >= 2:
            before = Segment(seg.paras[:k], marked=seg.marked, heading=seg.heading, chapter=seg.chapter)
            back = _INSERT_OPENER.search(first.group()).group()  # type: ignore[union-attr]
            return [before, Segment([index], marked="start", insert=f"goes back in the middle of a scene: '{back}'"),
                    Segment(seg.paras[k + 1:], marked="end")]
    return [seg]


def _text(doc: Document, seg: Segment) -> str:
    return "\n".join(doc.para_text(doc.paragraphs[i]) for i in seg.paras)


def mark_memories(doc: Document, segments: list[Segment], places_of: list[str | None]) -> None:
    """A scene with recall cues ('she remembered', 'years ago') is the present; the scenes after it
    are a memory until a scene recalls again, returns to a present scene's place, or a marker ends it."""
    in_memory = False
    present_places: set[str] = set()
    for i, seg in enumerate(segments):
        text = _text(doc, seg)
        edges = seg.paras[:2] + seg.paras[-2:]
        edge_text = re.sub(r'"[^"]*"|“[^”]*”', " ", "\n".join(doc.para_text(doc.paragraphs[i]) for i in edges))
        seg.cues = sorted({m.group().lower() for m in MEMORY_CUES.finditer(edge_text)})
        past_perfect = len(re.findall(r"\b(?:had|'d)\s+(?:been|\w+ed|gone|seen|known|done|made|taken|come)\b", text))
        sentences = max(len(re.findall(r"[.!?]", text)), 1)
        if seg.marked == "start":
            seg.memory, seg.memory_why, in_memory = True, seg.insert or "flashback marker", True
            continue
        opener = PAST_OPENER.match(doc.para_text(doc.paragraphs[seg.paras[0]]))
        if i and opener:  # "Three years earlier, Rin had stood in the same place."
            seg.memory, seg.memory_why, in_memory = True, f"opens in the past: '{opener.group().strip()}'", True
            continue
        if seg.marked == "end":
            in_memory = False
        place = places_of[i]
        prev = segments[i - 1] if i else None
        if i == 0 or seg.marked == "end":
            in_memory = False
        elif seg.cues:
            in_memory = False
            seg.memory_why = "recalls: " + ", ".join(seg.cues[:3])
        elif place is not None and place in present_places:
            in_memory = False
            seg.memory_why = "back at a present scene's place"
        elif prev is not None and (prev.memory or prev.cues):
            in_memory = True
            seg.memory_why = "continues the memory" if prev.memory else "after recall cues: " + ", ".join(prev.cues[:3])
        elif past_perfect / sentences > 0.5:
            in_memory = True
            seg.memory_why = "a run of past perfect"
        else:
            in_memory = False
        seg.memory = in_memory
        if not seg.memory and place is not None:
            present_places.add(place)


def guess_place(text: str, places: dict[str, str], names: set[str]) -> tuple[str | None, str]:
    """The known place whose name this scene's text mentions most (whole names count most)."""
    low = text.lower()
    best, best_score, why = None, 0.0, ""
    counts: dict[str, int] = {}
    for pid, name in places.items():
        for w in set(re.findall(r"[a-zß-öø-ÿ]+", f"{pid} {name}".lower())):
            counts[w] = counts.get(w, 0) + 1
    for pid, name in places.items():
        score = 0.0
        phrase = re.sub(r"^the\s+", "", name.lower())
        hits = len(re.findall(r"\b" + re.escape(phrase).replace("'s", "(?:'s)?") + r"\b", low))
        score += 3 * hits
        words = {w for w in re.findall(r"[a-zß-öø-ÿ]+", f"{pid} {name}".lower()) if len(w) > 3 and w not in STOP and w not in names}
        for w in words:
            n = len(re.findall(r"\b" + w + r"(?:s|es)?\b", low))
            score += n / counts[w]
        if score > best_score:
            best, best_score, why = pid, score, f"mentions '{phrase}'" if hits else "words of its name"
    return (best, why) if best_score >= 1 else (None, "")


_TIME_RE = re.compile(r"\b(" + "|".join(re.escape(w) for words in TIME_WORDS.values() for w in words) + r")\b")
_TIME_OF = {w: time for time, words in TIME_WORDS.items() for w in words}


def guess_time(text: str, previous: str | None) -> str:
    """The first time-of-day word of the scene, else the previous scene's time."""
    m = _TIME_RE.search(text.lower())
    return _TIME_OF[m.group(1)] if m else previous or "morning"
