"""The adaptation pipeline: a Document in, a Draft out (cast, places, scenes of narration, speech and
thought lines, each guess with its evidence). It orders the steps; each step lives in its own module.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from game.adapt.attribution import attribute, name_narrator
from game.adapt.confidence import calibrate, mark
from game.adapt.cast import PARENT_CALLS, Cast, Character, add_narrator, first_person, infer_cast
from game.adapt.document import STARRED, Document
from game.adapt.lexicon import FRONT_MATTER, SPEECH_VERBS, THOUGHT_VERBS
from game.adapt.narration import boxes
from game.adapt.person import READER_BLANK, READER_NAME, READER_TOKEN, as_first_person, reader_named, second_person
from game.adapt.pov import Part, alone, as_breaks, cast_for, parts as pov_parts, settle, told_as_i
from game.adapt.naming import show_full_names
from game.adapt.quotes import Utterance, english_marks, find_utterances, label_lines
from game.adapt.referents import ABBREV, Resolver
from game.adapt.scenes import Segment, guess_place, guess_time, mark_memories, split_scenes
from game.adapt.thoughts import Thought, find_thoughts, verse_lines

PLACEHOLDER = "draft-place"
UNKNOWN = "someone"


@dataclass
class DraftLine:
    kind: str  # "narrate", "say", "think"
    text: str
    speaker: str | None = None
    comment: str = ""
    beat: str = ""  # a speech line's tag or beat the narration leaves out ("she sighed"): it may tell a gesture


@dataclass
class DraftScene:
    id: str
    title: str
    place: str
    time: str
    memory: bool
    lines: list[DraftLine] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class KnownStory:
    """What `--story` brings: cast (id -> name, color, sprite) and places (id -> name, map)."""
    cast: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    places: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class Draft:
    doc: Document
    cast: Cast
    utterances: list[Utterance]
    scenes: list[DraftScene]
    places: dict[str, tuple[str, str]]
    subtitle: str = ""
    speakers: set[str] = field(default_factory=set)
    telling: str = ""  # how the text is told, for the writer: "told by an 'I' (Nell)", "told in POV parts: …"


@dataclass
class Read:
    """Italic words the story's people read, not think (a song's line, a letter's paragraph: `verse_lines`): a draft
    line of narration each, where they are in the paragraph."""
    start: int
    end: int
    text: str


def _blank(text: str, utterances: list[Utterance], spans: Sequence[tuple[int, int]] = ()) -> str:
    """The text with the words of every line found (and of `spans`) blanked (same length; the quotation marks
    stay)."""
    chars = list(text)
    for start, end in [(p.start, p.end) for u in utterances for p in u.pieces] + list(spans):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def adapt_document(doc: Document, story: KnownStory | None = None) -> Draft:
    story = story or KnownStory()
    shown = doc  # the draft's words; the steps read `doc`, whose «guillemets» or 「brackets」 are “curly quotes”
    marks = english_marks(doc.text)
    doc = doc if marks is doc.text else Document(marks, doc.paragraphs)
    labelled = label_lines(doc)  # the chat lines, read once: they are lines, and they start the story
    segments = split_scenes(doc, labelled)
    # the text the deciding steps read (the draft's words come from `doc`): a reader-insert's 'Y/N' is a name
    reader = READER_NAME.search(doc.text)
    told = doc if reader is None else Document(reader_named(doc.text), doc.paragraphs)
    cast = infer_cast(told.text, [(cid, v[0]) for cid, v in story.cast.items()])
    reader_id = cast.by_token.get(READER_TOKEN.lower()) if reader is not None else None
    if reader_id is not None:  # shown as the text writes it ('Y/N', '(Y/N)'), known in the draft as `reader`
        found, named = cast.members[reader_id], cast.free_id("reader")
        cast.add(Character(named, reader.group(), set(), gender=found.gender, count=found.count))
        cast.merge(reader_id, named)
        reader_id = named
    utterances, _terms = find_utterances(doc, labelled)
    # told by an 'I': judged on the narration outside the lines found, whatever their quotation marks
    # (in single quotes, as British texts write, the dialogue's 'I' is not the narration's), and outside italics
    # (a third-person story's thoughts, '*She always comes when I don't want her to*', and a song's lyrics)
    narration_only = _blank(told.text, utterances, [span for para in doc.paragraphs for span in para.italics])
    cast.first_person = first_person(narration_only)
    if not cast.first_person and second_person(narration_only, bool(READER_BLANK.search(doc.text))):  # told to a
        # 'you' (a reader-insert's '(E/C) eyes' says so at once): read as told by an 'I'
        cast.first_person = cast.second_person = True
        keep = [(p.start, p.end) for u in utterances for p in u.pieces]
        keep += [span for para in doc.paragraphs for span in para.italics]
        told = Document(as_first_person(told.text, keep), doc.paragraphs)
    if cast.first_person:
        add_narrator(cast)
    reader_insert = cast.second_person and reader is not None
    if reader_insert:  # '"Open up, Y/N!"': the reader's own name as written, and no other is sought
        cast.members["narrator"].name = reader.group()  # ('"Gloves," Kes says' names no one)
        if reader_id is not None:
            cast.merge(reader_id, "narrator")
        cast.members["narrator"].tokens.add(READER_TOKEN.lower())
        cast.by_token[READER_TOKEN.lower()] = "narrator"
    kept = {i for s in segments for i in s.paras}
    utterances = [u for u in utterances if u.para in kept]
    starts = [doc.paragraphs[s.paras[0] if s.heading is None else s.heading].start for s in segments]
    narration = _narration_spans(doc, utterances, kept)
    by_pov = None if cast.second_person else pov_parts(doc, segments)
    verse = verse_lines(doc)  # a song's, a poem's or a letter's lines: narration, a line each, no one's thoughts
    if by_pov is not None:  # '~Hinata's POV~' ... '~Naruto's POV~': each part's 'I' is the one its heading names
        thoughts, tellers = _decide_by_parts(told, cast, utterances, starts, narration, by_pov, verse)
        resolver = Resolver(cast, starts)
    else:
        if not reader_insert:
            name_narrator(cast, told, utterances)
        resolver = attribute(told, cast, utterances, starts)
        if cast.second_person and cast.members["narrator"].name == "Narrator":
            cast.members["narrator"].name = "You"
        thoughts = find_thoughts(told, cast, resolver, narration, third_person_past=not cast.first_person,
                                 verse=verse)
        if cast.first_person:
            _join_parents(cast, utterances, thoughts)
    calibrate(utterances, resolver.scene_start)
    show_full_names(cast, doc.text, [(p.start, p.end) for u in utterances for p in u.pieces])
    names = {t for c in cast.members.values() for t in c.tokens}
    places_of = []
    previous_time = None
    for seg in segments:
        text = "\n".join(doc.para_text(doc.paragraphs[i]) for i in seg.paras)
        seg.place, seg.place_why = guess_place(text, {k: v[0] for k, v in story.places.items()}, names)
        places_of.append(seg.place)
        seg.time = guess_time(text, previous_time)
        previous_time = seg.time
    mark_memories(doc, segments, places_of)
    starts_of = [p.start for p in doc.paragraphs]
    utterances_in: dict[int, list[Utterance]] = {}
    for u in utterances:
        utterances_in.setdefault(u.para, []).append(u)
    thoughts_in: dict[int, list[Thought | Read]] = {}
    for t in thoughts:
        thoughts_in.setdefault(bisect.bisect_right(starts_of, t.start) - 1, []).append(t)
    for a, b in sorted(verse):  # cut out of the narration around them as a thought is, and shown as narration
        thoughts_in.setdefault(bisect.bisect_right(starts_of, a) - 1, []).append(
            Read(a, b, " ".join(shown.text[a:b].split())))
    scenes = [_scene(shown, cast, n, seg, utterances_in, thoughts_in, narration) for n, seg in enumerate(segments, 1)]
    places = dict(story.places)
    if any(s.place == PLACEHOLDER for s in scenes):
        places[PLACEHOLDER] = ("A place to choose", "maps/draft.tmx")
    speakers = {line.speaker for s in scenes for line in s.lines if line.speaker}
    if by_pov is not None:
        telling = "told in POV parts: " + ", ".join(tellers)
    elif cast.second_person:
        telling = f"told to a 'you' ({cast.members['narrator'].name})"
    elif cast.first_person:
        telling = f"told by an 'I' ({cast.members['narrator'].name})"
    else:
        telling = "told in the third person"
    return Draft(shown, cast, utterances, scenes, places, _subtitle(shown, segments), speakers, telling)


def _join_parents(cast: Cast, utterances: list[Utterance], thoughts: list[Thought]) -> None:
    """Told as 'I': the teller's parent met as 'my father' (a member named 'Father' by the description) and the one
    the lines call 'Dad' (a member known by that call alone) are one person, shown by the call."""
    for relation, calls in PARENT_CALLS.items():
        described = [c.id for c in cast.members.values() if c.designation and c.name.lower() == relation]
        called = [c.id for c in cast.members.values() if c.tokens and c.tokens <= calls and not c.narrator]
        if len(described) != 1 or len(called) != 1:
            continue
        gone, kept = described[0], called[0]
        cast.merge(gone, kept)
        for u in utterances:
            u.speaker = kept if u.speaker == gone else u.speaker
            u.addressee = {kept if c == gone else c for c in u.addressee}
        for t in thoughts:
            t.speaker = kept if t.speaker == gone else t.speaker


def _decide_by_parts(doc: Document, cast: Cast, utterances: list[Utterance], starts: list[int],
                     narration: dict[int, list[tuple[int, int]]],
                     parts: list[Part], verse: set[tuple[int, int]]) -> tuple[list[Thought], list[str]]:
    """Who says and thinks each line of a text told in POV parts, part by part (`pov`); the thoughts found, and
    how each part is told ("Hinata as 'I'", "from outside")."""
    if "narrator" in cast.members:  # each part says whether it is told as 'I', and by whom
        cast.remove("narrator")
    cast.first_person = False
    thoughts: list[Thought] = []
    tellers: list[str] = []
    breaks = as_breaks(doc)
    for part in parts:
        text = alone(doc, part, breaks)
        lines = [u for u in utterances if u.para in part.paras]
        told = _blank(text.text, lines)
        first = told_as_i(told) if part.name is not None else first_person(told)
        mine, person = cast_for(cast, part, first)
        if first and person is None:
            name_narrator(mine, text, lines)
        resolver = attribute(text, mine, lines, starts)
        found = find_thoughts(text, mine, resolver, {i: s for i, s in narration.items() if i in part.paras},
                              third_person_past=not first, verse=verse)
        settle(cast, mine, person, lines)
        for t in found:
            t.speaker = (person or "narrator") if t.speaker == "narrator" else t.speaker
        thoughts += found
        who = cast.members[person].name if person is not None else None
        tellers.append(f"{who} as 'I'" if first and who else who or ("an 'I'" if first else "from outside"))
    cast.first_person = "narrator" in cast.members
    return thoughts, tellers


def _subtitle(doc: Document, segments: list[Segment]) -> str:
    first = doc.paragraphs[segments[0].paras[0]].start if segments else len(doc.text)
    for para in doc.paragraphs:
        if para.start >= first:
            break
        text = doc.para_text(para).strip()
        if re.match(r"chapter\b", text, re.I) and len(text) < 80:
            return text
    return ""


def _narration_spans(doc: Document, utterances: list[Utterance], kept: set[int]) -> dict[int, list[tuple[int, int]]]:
    quoted: dict[int, list[tuple[int, int]]] = {}
    for u in utterances:
        for p in u.pieces:
            quoted.setdefault(p.para, []).append((p.opening, p.end + 1))
    out: dict[int, list[tuple[int, int]]] = {}
    for index in sorted(kept):
        para = doc.paragraphs[index]
        pos, spans = para.start, []
        for a, b in sorted(quoted.get(index, [])):
            if a > pos:
                spans.append((pos, a))
            pos = max(pos, b)
        if pos < para.end:
            spans.append((pos, para.end))
        out[index] = [(a, b) for a, b in spans if doc.text[a:b].strip()]
    return out


# The first clause of narration: to its sentence's end, a ';', or a ', and' / ', but' / ', then' (which goes too)
LEAD_CLAUSE = re.compile(r"\s*((?:" + ABBREV + r"|[^.!?;])*?(?:(?!" + ABBREV + r")[.!?;]+|,\s*(?:and|but|then)\b))\s*")
# (a title's full stop, 'Mr.', ends no clause)


# A tag's head going on into what the speaker does: 'she said shyly, wringing her hands' / 'he asked, cocking his
# head' (a speech verb after a name or pronoun, its adverbs, then a participle or a preposition)
TAG_HEAD = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)?|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou)\s+([a-zß-öø-ÿ]+)"
                      r"((?:\s+[a-zß-öø-ÿ]+ly)*)\s*,?\s+(?=([a-zß-öø-ÿ]+)\b)")
_LEADS_ON = frozenset("with without for as in into at under over through before after while".split())


def _tag_head(text: str, verbs: frozenset[str] = SPEECH_VERBS) -> int:
    """How much of `text` is a tag's head ('She said shyly ', or with `verbs` THOUGHT_VERBS after a thought, 'I
    thought, ') going on into the speaker's action, or 0."""
    m = TAG_HEAD.match(text)
    if m is None or m.group(1) not in verbs or len(text[m.end():].split()) < 3:
        return 0
    nxt = m.group(3)
    return m.end() if nxt.endswith(("ing", "ed")) or nxt in _LEADS_ON else 0


def _is_tag(text: str) -> bool:
    words = re.findall(r"[\w'’-]+", text.lower())
    if 5 < len(words) <= 8 and words[0] in SPEECH_VERBS and words[1] in ("the", "a", "an") and "," not in text:
        return True  # 'said the man with the basket.', 'said the boy to nobody in particular.'
    return 0 < len(words) <= 5 and any(w in SPEECH_VERBS or w in THOUGHT_VERBS for w in words)


def unstarred(text: str) -> str:
    """`text` without the asterisks that mark *italics* in plain text (the script has no italics in a line)."""
    return STARRED.sub(r"\1", text).replace(" * ", " ").strip("*") if "*" in text else text


def _tidy(text: str) -> str:
    text = " ".join(unstarred(text).split()).lstrip(" ,;:—–-.…").rstrip(" ,;:—–-")
    if not text or not re.search(r"\w", text):
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…\"”'’)" else text + "."


def _scene(doc: Document, cast: Cast, n: int, seg: Segment, utterances_in: dict[int, list[Utterance]],
           thoughts_in: dict[int, list[Thought | Read]], narration: dict[int, list[tuple[int, int]]]) -> DraftScene:
    events: list[tuple[int, int, object, int]] = []  # offset, order, what, paragraph
    for index in seg.paras:
        events.extend((u.start, 1, u, index) for u in utterances_in.get(index, []))
        events.extend((t.start, 1, t, index) for t in thoughts_in.get(index, []))
    for index in seg.paras:
        thoughts = thoughts_in.get(index, [])
        for a, b in narration.get(index, []):
            pos = a
            for t in sorted((t for t in thoughts if a <= t.start < b), key=lambda t: t.start):
                if t.start > pos:
                    events.append((pos, 2, (pos, t.start), index))
                pos = max(pos, t.end)
            if pos < b:
                events.append((pos, 2, (pos, b), index))
    events.sort(key=lambda e: e[0])
    scene = DraftScene(f"scene-{n:02d}", "", seg.place or PLACEHOLDER, seg.time, seg.memory)
    spoken: tuple[DraftLine, int] | None = None  # the first line of the paragraph's last quotation, and the paragraph
    beat: tuple[str, int] | None = None  # a tag left out before its paragraph's first quotation
    thought_para = -1  # the paragraph of the last thought
    for _, _, item, para in events:
        if isinstance(item, Utterance):
            at = len(scene.lines)
            _speech(doc, cast, scene, item)
            spoken = (scene.lines[at], para) if len(scene.lines) > at else None
            if spoken is not None and beat is not None and beat[1] == para:
                spoken[0].beat = beat[0]
            beat = None
        elif isinstance(item, Read):
            scene.lines.extend(DraftLine("narrate", text) for text in boxes(item.text))
        elif isinstance(item, Thought):
            comment = f"thought: {item.evidence}, {mark(item.confidence)}"
            who = item.speaker or UNKNOWN
            for k, text in enumerate(boxes(item.text)):
                scene.lines.append(DraftLine("think", text, who, comment if k == 0 else ""))
            thought_para = para
        else:
            a, b = item  # type: ignore[misc]
            raw = doc.text[a:b]
            if _is_tag(raw):  # left out; kept beside its quotation for the gestures it may tell ("she sighed")
                if spoken is not None and spoken[1] == para:
                    spoken[0].beat = f"{spoken[0].beat} {raw.strip()}".strip()
                else:
                    beat = (raw.strip(), para)
                continue
            lead = LEAD_CLAUSE.match(raw) if spoken is not None and spoken[1] == para else None
            if lead is not None and _is_tag(lead.group(1)):  # '"No," said Tom. He left.': the tag is not narration
                spoken[0].beat = f"{spoken[0].beat} {lead.group(1).strip()}".strip()  # type: ignore[index]
                raw = raw[lead.end():]
            head = _tag_head(raw) if spoken is not None and spoken[1] == para else 0
            if head:  # '"Hi," she said shyly, wringing her hands.': what she does is narration, the tag is not
                spoken[0].beat = f"{spoken[0].beat} {raw[:head].strip()} {raw[head:].split(',')[0]}".strip()  # type: ignore[index]
                raw = raw[head:]
            elif thought_para == para and (head := _tag_head(raw, THOUGHT_VERBS)):
                raw = raw[head:]  # '*I could just run,* I thought, standing at the back': the tag, as after a line
            for text in boxes(_tidy(raw)):
                scene.lines.append(DraftLine("narrate", text))
    first = next((line.text for line in scene.lines if line.kind == "narrate"), "")
    words = first.split()[:6]
    scene.title = " ".join(words).rstrip(",.;:!?") + ("…" if len(first.split()) > 6 else "") or f"Scene {n}"
    place_note = f"place: guessed, {seg.place_why}, check" if seg.place else "place: unknown, a placeholder to replace"
    scene.comments = [place_note, f"time: guessed ({seg.time})"]
    if seg.memory:
        scene.comments.append(f"memory: proposed ({seg.memory_why}), check")
    elif seg.cues:
        scene.comments.append(f"recall cues here ({', '.join(seg.cues[:3])}): the next scene may be a memory")
    return scene


def _speech(doc: Document, cast: Cast, scene: DraftScene, u: Utterance) -> None:
    said = u.text(doc)
    acts: list[str] = []
    if u.pieces[0].label >= 0 and u.speaker in cast.members:  # 'Naruto: *grins* Believe it!': the action in
        acts = [" ".join(m.group(1).split()) for m in STARRED.finditer(said)]  # asterisks is what they do, not say
        said = " ".join(STARRED.sub(" ", said).split())
    name = cast.members[u.speaker].name.split()[0] if acts else ""
    text = unstarred(said)
    if text.endswith(","):
        text = text[:-1] + "."
    if not text.strip(" .,;:!?…-—"):  # 'Sasuke: *rolls eyes*': no words, only what they do
        scene.lines.extend(DraftLine("narrate", f"{name} {act.rstrip('.')}.") for act in acts)
        return
    who = u.speaker or UNKNOWN
    if u.speaker is None:
        comment = "speaker: unknown, check"
    else:
        comment = f"speaker: {u.evidence}, {mark(u.confidence)}"
    first = len(scene.lines)
    for k, box in enumerate(boxes(text)):
        scene.lines.append(DraftLine(u.kind, box, who, comment if k == 0 else ""))
    if acts:
        scene.lines[first].beat = " ".join(f"{name} {act.rstrip('.')}." for act in acts)


def cast_in_draft(draft: Draft) -> list[Character]:
    """The cast members the draft's lines use (and the narrator), most frequent first."""
    used = [c for c in draft.cast.members.values() if c.id in draft.speakers or c.known]
    used.sort(key=lambda c: (not c.known, -c.count))
    if UNKNOWN in draft.speakers:
        used.append(Character(UNKNOWN, "???", {UNKNOWN}))
    return used


def is_front_matter(text: str) -> bool:
    return bool(FRONT_MATTER.match(text))
