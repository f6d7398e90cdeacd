"""Point-of-view sections: fan fiction told in turns by several people, each part under a heading that says whose
eyes it is seen through ("~Hinata's POV~", "Naruto POV", "POV: Itachi"), often each in the first person.

The 'I' of each part is the person its heading names, so a story with such headings is decided part by part: each
part is read alone (the rest of the text blanked, same length), with a copy of the cast in which the heading's
person is that part's narrator when the part is told as 'I' (a line calling them is a call to the narrator, their
name in the narration a mention of the narrator). The lines the part's narrator says are then that person's; people
a part brings in by a description join the cast. A heading that names no one ("Normal POV", "Third person POV"), or
a chapter heading with no POV heading after it, starts a part told the usual way. A text with no such heading is
decided whole, as before.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace

from game.adapt.cast import WORD_RE, Cast, Character, add_narrator, slug
from game.adapt.document import Document, Paragraph
from game.adapt.lexicon import FIRST
from game.adapt.quotes import Utterance
from game.adapt.scenes import Segment

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
_WHOSE = re.compile(r"^\W*(?:(?P<a>" + _NAME + r")\s+(?:[Pp][Oo][Vv]|[Pp]\.[Oo]\.[Vv]\.?|[Pp]oint [Oo]f [Vv]iew)|"
                    r"(?:POV|P\.O\.V\.?)\s*[:\-–—]?\s*(?P<b>" + _NAME + r"))\W*$")
# what a heading names when it names no one's eyes: the story told from outside
_NO_ONE = frozenset("""normal third 3rd narrator author omniscient general nobody everyone everybody random multiple
mixed outside neutral regular""".split())


@dataclass
class Part:
    """Consecutive scenes under one heading (or before the first): their paragraphs and whose eyes they are."""
    paras: set[int]
    name: str | None  # the heading's person, as written ("Hinata"), or None


def heading_name(text: str) -> str | None:
    """The person a POV heading names ('~Hinata's POV~' -> 'Hinata'), or None (no heading, or 'Normal POV')."""
    m = _WHOSE.match(text.strip())
    if m is None:
        return None
    name = (m.group("a") or m.group("b")).strip()
    if name.isupper():  # 'LIESL'S P.O.V.'
        name = " ".join(w.capitalize() for w in name.split())
    name = re.sub(r"(?:['’][Ss]|s['’])$", "", name)
    if name.split()[0].lower().rstrip("'’s") in _NO_ONE:
        return None
    return name


def parts(doc: Document, segments: list[Segment]) -> list[Part] | None:
    """The text's POV parts, or None when no heading names anyone (the text is decided whole)."""
    out: list[Part] = [Part(set(), None)]
    named = False
    for seg in segments:
        if seg.heading is not None:
            name = heading_name(doc.para_text(doc.paragraphs[seg.heading]))
            named = named or name is not None
            out.append(Part({seg.heading}, name))
        elif seg.chapter:  # a new chapter with no POV heading: no one's part goes on into it
            out.append(Part(set(), None))
        out[-1].paras.update(seg.paras)
    return [p for p in out if p.paras] if named else None


def alone(doc: Document, part: Part, breaks: list[Paragraph] | None = None) -> Document:
    """The document with the text outside `part` blanked (the same length, newlines kept) and every paragraph
    outside it a break, which the deciding steps pass over at once: a part of a long text costs its own length.
    `breaks` (every paragraph of `doc` as a break, made once for all the parts) saves making them again."""
    first, last = min(part.paras), max(part.paras)
    start, end = doc.paragraphs[first].start, doc.paragraphs[last].end
    text = _blank(doc.text[:start]) + doc.text[start:end] + _blank(doc.text[end:])
    paragraphs = list(breaks) if breaks is not None else as_breaks(doc)
    for index in part.paras:
        paragraphs[index] = doc.paragraphs[index]
    return Document(text, paragraphs)


def as_breaks(doc: Document) -> list[Paragraph]:
    """Every paragraph of `doc` as a break (where it is, with no words to read)."""
    return [Paragraph(para.start, para.end, (), True) for para in doc.paragraphs]


def _blank(text: str) -> str:
    """Spaces for every character of `text` but its newlines."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def told_as_i(narration: str) -> bool:
    """A part's narration (its lines blanked) told as 'I': a heading has said whose eyes these are, so a short part
    needs only a few: 'I', 'me', 'my' three times or more, as often as first-person narration has them."""
    words = [w.lower() for w in WORD_RE.findall(narration)]
    mine = sum(w in FIRST for w in words)
    return mine >= 3 and mine * 1000 / max(1, len(words)) > 15


def cast_for(cast: Cast, part: Part, first: bool) -> tuple[Cast, str | None]:
    """A copy of `cast` for deciding `part`, and the id in `cast` of the heading's person (added to `cast` if it
    did not know them). Told as 'I', the copy's narrator is that person."""
    person = None
    if part.name is not None:
        person = _member(cast, part.name)
    mine = _copied(cast)
    mine.first_person = first
    if first:
        add_narrator(mine)
        if person is not None:
            mine.merge(person, "narrator")
            mine.members["narrator"].name = cast.members[person].name
    return mine, person


def _copied(cast: Cast) -> Cast:
    """A copy of `cast` whose members, names and indexes can change without changing `cast` (what a deep copy
    gives, at a fraction of its cost: a long text has a copy per part)."""
    mine = copy.copy(cast)
    mine.members = {cid: replace(m, tokens=set(m.tokens)) for cid, m in cast.members.items()}
    mine.by_token = dict(cast.by_token)
    mine.by_title = {k: set(v) for k, v in cast.by_title.items()}
    mine.epithets = {k: list(v) for k, v in cast.epithets.items()}
    mine.roles = set(cast.roles)
    mine.full_names = dict(cast.full_names)
    return mine


def _member(cast: Cast, name: str) -> str:
    """The cast member `name` means, by the whole name or one of its words; a new one if none."""
    for word in [name, *name.split()]:
        cid = cast.lookup(word)
        if cid is not None and cid != "narrator":
            return cid
    cid = cast.free_id(slug(name))
    cast.add(Character(cid, name, {name.lower(), *(w.lower() for w in name.split())}))
    return cid


def settle(cast: Cast, mine: Cast, person: str | None, utterances: list[Utterance]) -> None:
    """After a part is decided with its own cast: its narrator's lines are the heading's person's (or the whole
    text's narrator, where no heading names one), and people it described join `cast`."""
    for cid, member in mine.members.items():
        if cid != "narrator" and cid not in cast.members:
            cast.add(copy.deepcopy(member))
    if person is None and "narrator" in mine.members and "narrator" not in cast.members:
        add_narrator(cast)
        cast.members["narrator"].name = mine.members["narrator"].name
    who = person or "narrator"
    for u in utterances:
        if u.speaker == "narrator":
            u.speaker = who
        if "narrator" in u.addressee:
            u.addressee = (u.addressee - {"narrator"}) | {who}
