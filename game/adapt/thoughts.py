"""Unquoted thoughts in narration: italic spans, tagged thoughts ("Here it comes, she thought", "she thought, Here
it comes"), and, when the italics were lost, first-person or present-tense sentences inside third-person past
narration.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from game.adapt.cast import Cast
from game.adapt.document import Document, Paragraph
from game.adapt.lexicon import PAST_NARRATION, PRESENT_NARRATION
from game.adapt.narration import sentence_spans
from game.adapt.referents import Ref, Resolver, refs_in

_TAGGED = re.compile(r"^(?P<thought>.{2,200}?)[,?!][’'”\"]?\s+(?P<who>[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*|he|she|I)\s+"
                     r"(?P<verb>thinks|thought|wonders|wondered|muses|mused)(?:\s+to\s+(?:him|her|my)self)?"
                     r"(?:\s+\w+ly)?(?=\s*(?:[,.;!?—…]|and\b|as\b|$))"
                     r"(?P<rest>.*)$", re.S)
_TAG_AFTER = re.compile(r"[\s,.!?…*]*([A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*|he|she|I)\s+(?:\w+ly\s+)?(?:thinks|thought|wonders|wondered|muses|think|wonder|"
                        r"mused|(?:tells|told|says|said)\s+(?:herself|himself|myself))\b")  # an italic thought's own tag,
# right after it ('*Say something,* Nadia tells herself.', '*Not tonight,* I think.')
_FIRST = re.compile(r"\b(?:I|I'm|I've|I'll|I'd|me|my|myself|mine)\b")
_PRESENT = re.compile(r"\b(?:am|is|are|isn't|aren't|don't|doesn't|can't|won't)\b")


@dataclass
class Thought:
    start: int
    end: int
    speaker: str | None
    evidence: str
    confidence: float
    text: str  # the words of the thought (a tagged thought leaves out its tag)


def _thinker(cast: Cast, resolver: Resolver, doc: Document, para_start: int, offset: int,
            after: tuple[int, int] | None = None) -> str | None:
    """The point-of-view person: the paragraph's first resolvable subject before `offset`, else (for an italic thought
    ending at `after[0]` in a paragraph ending at `after[1]`) one of the first two after it, else the last subject
    before it in the scene (the 'I' of a thought is the thinker, not a clue)."""
    for ref in refs_in(cast, doc.text[para_start:offset], para_start, subjects_only=True):
        if ref.gender != "1" or cast.first_person:
            who = resolver.resolve(ref, para_start=para_start)
            if who:
                return who
    for ref in refs_in(cast, doc.text[after[0]:after[1]], after[0], subjects_only=True)[:2] if after else []:
        # an italic thought opening its paragraph: the one the paragraph then names ('*Did he laugh?* Her ears went hot.')
        if ref.gender in ("m", "f") and ref.owner is None or ref.cid is not None:
            who = resolver.resolve(ref, para_start=para_start)
            if who:
                return who
    start = resolver.scene_start(offset)
    for ref in reversed(refs_in(cast, doc.text[start:para_start], start, subjects_only=True)):
        if ref.gender != "1" or cast.first_person:
            who = resolver.resolve(ref)
            if who:
                return who
    recent = resolver.recent(offset)
    return recent[0] if recent else None


def verse_lines(doc: Document) -> set[tuple[int, int]]:
    """The italic spans that are written words read, not thought: lines of verse (a song on the radio, a poem) and a
    letter's paragraphs. Verse is two or more lines in a row, each a whole line of its own (alone in its paragraph,
    or next to the others with only a space or a line break between), short, opening with a capital letter, and only
    the last of the run ending a sentence. A letter opens with a paragraph of its salutation alone ('Dear Harry,')
    and runs over the paragraphs wholly in italics after it, to its sign-off ('Love, Hermione')."""
    lines = []  # (start, end, text) of each italic span that could be a line of verse, in order
    for para in doc.paragraphs:
        for ia, ib in para.italics:
            text = doc.text[ia:ib].strip()
            if text and text[0].isupper() and len(text.split()) <= 12:
                lines.append((ia, ib, text))
    out: set[tuple[int, int]] = set()
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        if len(run) >= 2 and not any(t.rstrip("\"”’'")[-1:] in ".!?…" for _a, _b, t in run[:-1]):
            out.update((a, b) for a, b, _t in run)

    for line in lines:
        if run and not re.fullmatch(r"[\s*_]*", doc.text[run[-1][1]:line[0]]):
            close()
            run = []
        run.append(line)
    close()
    letter = False
    for para in doc.paragraphs:
        if para.is_break or not _all_italic(doc, para):
            letter = False  # (most paragraphs: no italics at all)
            continue
        text = doc.para_text(para).strip()
        if _SALUTATION.match(text):
            letter = True
        if letter:
            out.update(para.italics)
            letter = not _SIGN_OFF.match(text)
    return out


def _all_italic(doc: Document, para: Paragraph) -> bool:
    """Whether every word of the paragraph is in italics."""
    if not para.italics:
        return False
    outside, pos = [], para.start
    for a, b in sorted(para.italics):
        outside.append(doc.text[pos:max(pos, a)])
        pos = max(pos, b)
    outside.append(doc.text[pos:para.end])
    return not re.search(r"[^\W_]", "".join(outside))


def told_in_italics(doc: Document, spans: dict[int, list[tuple[int, int]]]) -> set[int]:
    """The paragraphs of a passage set in italics, as a remembered scene or a dream often is: a run of paragraphs
    wholly in italics, one of which at least holds speech ('*"You're late again," Obito said.*'). Their italics are
    the passage's type, not thoughts."""
    out: set[int] = set()
    run: list[int] = []
    speech = False
    for index, para in enumerate(doc.paragraphs):
        if index in spans and _all_italic(doc, para):
            run.append(index)  # (some of a paragraph not narration, beyond its marks: speech)
            speech = speech or sum(b - a for a, b in spans[index]) < para.end - para.start - 2
            continue
        if speech:
            out.update(run)
        run, speech = [], False
    if speech:
        out.update(run)
    return out


_SALUTATION = re.compile(r"(?:Dear(?:est)?|My\s+(?:dear(?:est)?|darling)|To)\s+[A-ZÀ-ÖØ-Þ][\w.'’ -]{0,40},?\s*$")
_SIGN_OFF = re.compile(r"(?:(?:All\s+my\s+|With\s+)?[Ll]ove|Yours|Sincerely|Regards|Best\s+wishes|Cheers|Always|"
                       r"Your\s+(?:friend|son|daughter|brother|sister|mother|father))\b[^.!?]{0,40}$")


def find_thoughts(doc: Document, cast: Cast, resolver: Resolver, spans: dict[int, list[tuple[int, int]]],
                  third_person_past: bool, verse: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset()
                  ) -> list[Thought]:
    """`spans`: paragraph index -> its narration spans (outside quotes); `verse`: the italic spans that are read, not
    thought (`verse_lines`, found once for the whole text)."""
    has_italics = any(p.italics for p in doc.paragraphs)
    told = " ".join(doc.text[a:b] for narration in spans.values() for a, b in narration)
    present = len(PRESENT_NARRATION.findall(told)) > len(PAST_NARRATION.findall(told))  # told in the present tense
    out: list[Thought] = []
    styled = told_in_italics(doc, spans)
    for index, narration in spans.items():
        para = doc.paragraphs[index]
        for a, b in narration:
            for ia, ib in () if index in styled else para.italics:
                if (ia, ib) in verse:
                    continue  # a song's or a poem's lines: narration, no one's thought
                ia, ib = max(ia, a), min(ib, b)
                words = doc.text[ia:ib].split()
                whole = not doc.text[a:ia].strip(" \t\n\"“”") and not doc.text[ib:b].strip(" \t\n.\"“”")
                tag = _TAG_AFTER.match(doc.text, ib, b) if ib > ia else None  # "*Stupid,* Sakura thought."
                if ib > ia and (len(words) >= 3 or whole or doc.text[ia:ib].rstrip()[-1:] in "?!." or tag):
                    refs = refs_in(cast, tag.group(1), tag.start(1)) if tag else []
                    named = refs[0].cid if refs else None  # a name is sure; a pronoun is the paragraph's thinker
                    if tag and tag.group(1) == "I" and cast.first_person and "narrator" in cast.members:
                        named = "narrator"  # '*Not tonight,* I think.': the narrator's own
                    who = named or _thinker(cast, resolver, doc, para.start, ia, (ib, para.end)) \
                        or (resolver.resolve(refs[0], para_start=para.start) if refs else None)
                    text = " ".join(words)
                    out.append(Thought(ia, ib, who, "italics", 0.75, text[:-1] + "." if text.endswith(",") else text))
            for sa, sb in _with_tags(doc.text, sentence_spans(doc.text[a:b], a)):
                if any(t.start < sb and sa < t.end for t in out):
                    continue
                sentence = doc.text[sa:sb]
                m = _TAGGED.match(sentence)
                if m and len(m.group("thought").split()) <= 25:
                    refs = refs_in(cast, m.group("who"), sa + m.start("who"))
                    who = _named_here(cast, doc, narration, sa + m.start("who"), refs[0]) if refs else None
                    who = who or (_last_subject(cast, resolver, refs[0]) or resolver.resolve(refs[0]) if refs else None)
                    text = " ".join(m.group("thought").split()).strip(" ,")
                    if text[:1] in "'‘\"“":  # "'Only if he goes,' she thought.": in quotation marks of its own
                        text = text[1:].strip()
                    if not text.endswith(("?", "!", ".", "…")):
                        text += sentence[m.end("thought")] if sentence[m.end("thought")] in "?!" else "."
                    out.append(Thought(sa, sa + m.start("rest"), who, "tag", 0.95, text))  # with its adverb
                elif (lead := _LEAD_TAG.match(sentence)) and len(lead.group("thought").split()) <= 25 \
                        and (refs := refs_in(cast, lead.group("before"), sa, subjects_only=True)):
                    # 'Sakura thought, This is bad.': the words after the tag, the sentence's subject's
                    who = _named_here(cast, doc, narration, refs[0].offset, refs[0]) \
                        or _last_subject(cast, resolver, refs[0]) or resolver.resolve(refs[0])
                    text = " ".join(lead.group("thought").split())
                    out.append(Thought(sa + lead.start("verb"), sb, who, "tag", 0.95,
                                       text if text.endswith(("?", "!", ".", "…")) else text + "."))
                elif not has_italics and third_person_past and _proposed(sentence, present):
                    who = _thinker(cast, resolver, doc, para.start, sa)
                    out.append(Thought(sa, sb, who, "first-person", 0.3, " ".join(sentence.split())))
    return _merge(doc, out)


def _named_here(cast: Cast, doc: Document, narration: list[tuple[int, int]], upto: int, ref: Ref) -> str | None:
    """For a 'he' or 'she' tagging a thought: one of that gender the paragraph's own narration names before it, the
    last such subject, else the first one named; then the same with someone of no gender told ('A knot began forming
    in Sakura's stomach. Something was wrong. So that's why I've been called here, she thought': Sakura, not whoever
    spoke to her just before)."""
    if ref.cid is not None or ref.gender not in ("m", "f"):
        return None

    def named(subjects: bool, gender: str | None) -> list[str]:
        return [r.cid for a, b in narration if a < upto
                for r in refs_in(cast, doc.text[a:min(b, upto)], a, subjects_only=subjects)
                if r.cid is not None and cast.members[r.cid].gender == gender and not cast.members[r.cid].narrator]

    for gender in (ref.gender, None):  # of that gender, else of none the text has told
        subjects = named(True, gender)  # the last one who does something here; else the first one named here
        if subjects:
            return subjects[-1]
        mentioned = named(False, gender)
        if mentioned:
            return mentioned[0]
    return None


def _last_subject(cast: Cast, resolver: Resolver, ref: Ref) -> str | None:
    """For a 'he' or 'she' tagging a thought, after its own paragraph: the scene's last subject of that gender (a
    thought is not a turn of talk: the one the narration follows, not the last to speak)."""
    if ref.cid is not None or ref.gender not in ("m", "f"):
        return None
    return next((c for c in resolver.recent(ref.offset, strong_only=True)
                 if cast.members[c].gender == ref.gender and not cast.members[c].narrator), None)


# a tag before the thought: 'She took a huge gulp and thought, Forgive me.' (the words after it open with a capital)
_LEAD_TAG = re.compile(r"^(?P<before>.{2,300}?)\b(?P<verb>thinks|thought|wonders|wondered)"
                       r"(?:\s+to\s+(?:him|her|my)self)?\s*[,:]\s+(?P<thought>[A-ZÀ-ÖØ-Þ].{1,200})$", re.S)
_TAG_ALONE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*|he|she|I)\s+"
                        r"(?:thinks|thought|wonders|wondered|muses|mused)\b")


def _with_tags(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, a question or an exclamation joined to the tag that follows it ('Why does he always do this?
    she thinks.'), which the sentence splitter cut after the mark."""
    out: list[tuple[int, int]] = []
    for sa, sb in spans:
        if out and text[out[-1][0]:out[-1][1]].rstrip()[-1:] in "?!" and _TAG_ALONE.match(text, sa, sb):
            out[-1] = (out[-1][0], sb)
        else:
            out.append((sa, sb))
    return out


def _proposed(sentence: str, present: bool = False) -> bool:
    """A first-person or present-tense sentence (quoted words aside) in third-person past narration; in narration
    told in the present tense ('Kakashi stands under the awning'), a first-person one only."""
    bare = re.sub(r'"[^"]*"|“[^”]*”', " ", sentence)
    return bool(_FIRST.search(bare) or not present and _PRESENT.search(bare) and not PAST_NARRATION.search(bare))


def _merge(doc: Document, thoughts: list[Thought]) -> list[Thought]:
    """Neighbouring low-confidence sentences of one thinker in one paragraph become one thought."""
    thoughts.sort(key=lambda t: t.start)
    starts = [p.start for p in doc.paragraphs]
    out: list[Thought] = []
    for t in thoughts:
        prev = out[-1] if out else None
        if prev and prev.evidence == t.evidence == "first-person" and prev.speaker == t.speaker \
                and not doc.text[prev.end:t.start].strip() and len(prev.text) + len(t.text) < 400 \
                and bisect.bisect_right(starts, prev.start) == bisect.bisect_right(starts, t.start):
            # (not across paragraphs: the draft keeps a thought with the paragraph it opens in)
            out[-1] = Thought(prev.start, t.end, prev.speaker, prev.evidence, prev.confidence, f"{prev.text} {t.text}")
        else:
            out.append(t)
    return out
