"""Quote finding: the document's quotation style, each quotation's span, quotes that name words
rather than speak them, and the joining of quotes broken by a tag or continued across paragraphs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from game.adapt.document import Document
from game.adapt.lexicon import INTERJECTIONS, SPEECH_VERBS, THOUGHT_VERBS, phrasal


@dataclass(frozen=True)
class Piece:
    """One quotation mark pair: `start`/`end` are the offsets of the words inside the marks."""
    start: int
    end: int
    para: int
    closed: bool = True
    label: int = -1  # a chat or script line ('Sakura: are you awake'): where the speaker's name before it starts

    @property
    def opening(self) -> int:
        """Where the line opens in the text: its quotation mark, or a chat line's name."""
        return self.start - 1 if self.label < 0 else self.label


@dataclass
class Utterance:
    """One spoken (or quoted-thought) line: one or more pieces joined."""
    pieces: list[Piece]
    kind: str = "say"
    speaker: str | None = None  # cast id
    evidence: str = "none"
    confidence: float = 0.0
    agreement: str = "none"  # how the exchange around the line agrees with its speaker (game/adapt/confidence.py)
    voices: int = 0  # how many people the draft gives lines to in the line's scene
    addressee: set[str] = field(default_factory=set)
    talks_of: set[str] | None = None  # people the line names in the third person, once asked
    tag_gender: str | None = None  # '"…," she said' with no one the 'she' could be: whoever says it is a she
    led: bool = False  # its tag is narration leading into it ('Mrs. Griffin spoke. "…"'), not one after or inside it

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def para(self) -> int:
        return self.pieces[0].para

    def text(self, doc: Document) -> str:
        return " ".join(" ".join(doc.text[p.start:p.end].split()) for p in self.pieces).strip()


def quote_style(text: str) -> str:
    """'curly', 'straight', 'single' or 'dash': which marks this text uses for speech ('dash': a line opens its
    paragraph with a dash and has no closing mark, as in Joyce and in many translations)."""
    curly = text.count("“")
    straight = text.count('"') // 2
    curly_single = text.count("‘")
    straight_single = len(re.findall(r"(?:^|(?<=[\s(\[—–-]))'(?=\w)", text, re.M))
    dashes = len(_DASH_LINE.findall(text))
    if dashes >= 3 and dashes > 2 * (curly + straight + curly_single):
        return "dash"
    if curly_single >= 2 and curly_single > curly + straight:
        return "single"
    if straight_single >= 4 and straight_single > 2 * (curly + straight):  # a quotation inside speech may be in doubles
        return "single"
    if straight_single >= 2 and curly + straight == 0 and len(_SINGLE_CLOSE.findall(text)) >= straight_single:
        return "single"  # a short scene in British marks, with no double quotation mark at all ('Nothing,' said Harry.)
    return "curly" if curly >= straight else "straight"


# Speech marks of other traditions, read as English curly quotes (one character for one, so every offset holds):
# «French» and »German« guillemets, „German“ low-high quotes, and the corner brackets 「…」 (『…』 inside) of
# Japanese, which fan fiction of anime often keeps
_ANGLE = str.maketrans("«»‹›", "“”‘’")
_ANGLE_TURNED = str.maketrans("»«›‹", "“”‘’")  # »so«, as German and Danish print them
_CORNER = str.maketrans("「」『』", "“”‘’")
_LOW = str.maketrans("„“‚‘", "“”‘’")  # „so“


def english_marks(text: str) -> str:
    """`text` with its speech marks as English curly quotes, where it writes speech in guillemets, corner brackets
    or low-high quotes more often than in English marks (the same length: only those marks change); else `text`."""
    english = text.count("“") + text.count("”") + text.count('"')
    angle = text.count("«") + text.count("»")
    corner = text.count("「") + text.count("」")
    low = text.count("„")
    best = max(angle, corner, 2 * low)
    if best < 4 or best <= english - low:  # (each „ of low-high quotes brings one “ of its own)
        return text
    if best == corner:
        return text.translate(_CORNER)
    if best == angle:  # which one opens: the first of a paragraph's, in most paragraphs
        firsts = [m.group(1) for m in re.finditer(r"(?:^|\n)[^«»\n]*([«»])", text)]
        return text.translate(_ANGLE_TURNED if 2 * firsts.count("»") > len(firsts) else _ANGLE)
    return text.translate(_LOW)


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–\-\"“]))[‘'](?=\S)")
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?![A-ZÀ-ÖØ-Þa-zß-öø-ÿ])")


_A_VERB = r"\b(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b"
_DASH = r"(?:—|―|--)(?!-)[ \t]*"  # a dash that opens a line ('---' is a rule, not a dash)
_DASH_LINE = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*" + _DASH + r"(?=[\w‘'(¡¿])")  # a paragraph opening '—Come up'
_DASH_OPEN = re.compile(r"[ \t]*" + _DASH)
# where a dash line's words stop and its tag begins: '—Back to barracks! he said sternly.' (the tag's subject and a
# speech verb after the line's own stop or comma)
_DASH_TAG = re.compile(r"(?<=[.!?,…])\s+(?=(?:he|she|I|they|we|it|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
                       r"\s+(?:[a-zß-öø-ÿ]+ly\s+)?" + _A_VERB + ")")
_DASH_AGAIN = re.compile(r"[.!?…]\s+" + _DASH)  # '... he said. —Come on.': the line goes on


def _dashed(text: str, base: int, index: int) -> list[Piece]:
    """The spoken parts of a paragraph that opens with a dash: to its end, or to a tag, and on again after a
    dash that follows the tag's sentence."""
    start = _DASH_OPEN.match(text)
    if start is None or not start.group().strip():
        return []
    out: list[Piece] = []
    pos = start.end()
    while pos < len(text):
        tag = _DASH_TAG.search(text, pos)
        end = tag.start() if tag else len(text.rstrip())
        out.append(Piece(base + pos, base + end, index))
        if tag is None:
            break
        again = _DASH_AGAIN.search(text, tag.end())
        if again is None:
            break
        pos = again.end()
    return out


def find_pieces(doc: Document, style: str | None = None, labelled: list[Piece] | None = None) -> list[Piece]:
    style = style or quote_style(doc.text)
    out: list[Piece] = []
    for index, para in enumerate(doc.paragraphs):
        if para.is_break:
            continue
        text = doc.text[para.start:para.end]
        if style == "dash":
            out.extend(_dashed(text, para.start, index))
            continue
        if style == "straight":
            marks = [m.start() for m in re.finditer('"', text)]
            for k in range(0, len(marks) - 1, 2):
                out.append(Piece(para.start + marks[k] + 1, para.start + marks[k + 1], index))
            if len(marks) % 2 == 1:
                out.append(Piece(para.start + marks[-1] + 1, para.end, index, closed=False))
            continue
        if style == "curly":
            out.extend(_curly(text, para.start, para.end, index))
            continue
        pos = 0
        while True:
            m = _SINGLE_OPEN.search(text, pos)
            if not m:
                break
            c = _SINGLE_CLOSE.search(text, m.end())
            if c is None:
                out.append(Piece(para.start + m.end(), para.end, index, closed=False))
                break
            out.append(Piece(para.start + m.end(), para.start + c.start(), index))
            pos = c.end()
    out = [p for p in out if doc.text[p.start:p.end].strip()]
    labelled = label_lines(doc) if labelled is None else labelled
    if not labelled:
        return out
    starts = [p.label for p in labelled]  # the chat lines, in order, never overlapping: a quotation inside one of
    ends = [p.end for p in labelled]  # them ('Naruto: "Hey!"') is that line's words, already taken

    def inside(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and at < ends[k]

    out = [p for p in out if not inside(p.start) and not inside(p.end - 1)]
    return sorted(out + labelled, key=lambda p: p.start)


# A chat or script line: a name of one to three capitalised words (an honorific may follow: 'Kakashi-sensei'), a
# colon, and what they say to the line's end ('Sakura: are you awake', 'INO: I'm here.', '**Naruto:** Hey!')
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.]*){0,2}(?:-[a-z]+)?"
LABEL_NAME = re.compile(_NAME)  # the name a chat line's `label` points at
_LABEL = re.compile(r"^[ \t]*(?:\*\*|__|\[)?(?P<name>" + _NAME + r")"
                    r"(?:\*\*|__|\])?(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*:(?:\*\*|__)?[ \t]+(?P<said>\S[^\n]*?)[ \t]*$", re.M)
# (a time after the name, as messages show it, is left out: 'Sakura (11:02 PM): are you awake', '[Ino]: here')
# what a line opening 'Word:' in fiction names when it is no one: notes, headings, forms and lists
_NOT_SPEAKERS = frozenset("""note notes a/n an ps p.s edit update summary disclaimer warning warnings rating pairing
pairings genre genres chapter part title time date day location place setting beta fandom characters words status tags
series prompt translation translator question answer q a mission objective rank name age reason result team target
subject from to re cc sent reply message text night morning evening dear sincerely p.p.s""".split())
_MARKS = "\"“”‘’'"


def label_lines(doc: Document) -> list[Piece]:
    """The lines of a chat or script ('Sakura: are you awake' / 'Ino: I'm here.'), one per line or paragraph: taken
    only in a run of three or more such lines next to each other with two names or more, one of them more than
    once (a conversation), or of two or more under one name the text names elsewhere (someone's messages), so a
    note ('Disclaimer: …') or a one-off 'Result: …' never is; runs a paragraph or two of narration apart that share
    a name are one conversation. Each a piece whose `label` is where its name
    starts."""
    found: list[tuple[int, int, int, int, str]] = []  # label start, said start, said end, paragraph, name
    for index, para in enumerate(doc.paragraphs):
        if para.is_break:
            continue
        for m in _LABEL.finditer(doc.text, para.start, para.end):
            name = m.group("name")
            if name.lower().rstrip(".") in _NOT_SPEAKERS or name.split()[0].lower() in _NOT_SPEAKERS:
                continue
            a, b = m.start("said"), m.end("said")
            while a < b and doc.text[a] in _MARKS and doc.text[b - 1] in _MARKS:  # 'Naruto: "Hey!"'
                a, b = a + 1, b - 1
            if b > a:
                found.append((m.start("name"), a, b, index, name.lower()))
    runs: list[list[tuple[int, int, int, int, str]]] = []
    for row in found:
        last = runs[-1][-1] if runs else None
        if last is not None and (row[3] == last[3] and doc.text.count("\n", last[2], row[0]) == 1
                                 or row[3] == last[3] + 1
                                 and not doc.text[doc.paragraphs[row[3]].start:row[0]].strip(_MARKS + "*_ \t")
                                 and not doc.text[last[2]:doc.paragraphs[last[3]].end].strip(_MARKS + "*_ \t")):
            runs[-1].append(row)
        else:
            runs.append([row])
    talks: list[list[tuple[int, int, int, int, str]]] = []  # runs a line or two of narration apart, in one scene
    for run in runs:  # ('KAKASHI: Quiet.' / 'Sakura rolled her eyes.' / 'NARUTO: Sensei, what…')
        last = talks[-1][-1] if talks else None
        if last is not None and run[0][3] - last[3] <= 3 and len(run) + len(talks[-1]) >= 3 \
                and not any(doc.paragraphs[i].is_break for i in range(last[3], run[0][3])) \
                and {r[4] for r in run} & {r[4] for r in talks[-1]}:
            talks[-1] += run
        else:
            talks.append(list(run))
    out: list[Piece] = []
    for talk in talks:
        names = [r[4] for r in talk]
        if len(talk) >= 3 and len(set(names)) >= 2 and len(set(names)) < len(names) \
                or len(talk) >= 2 and len(set(names)) == 1 and _named_elsewhere(doc, talk):
            out.extend(Piece(a, b, index, label=at) for at, a, b, index, _name in talk)
    return out


def _named_elsewhere(doc: Document, talk: list[tuple[int, int, int, int, str]]) -> bool:
    """Whether the one name of a run of lines ('Naruto: where r u' / 'Naruto: ramen in 10???', messages) is someone
    the text names outside the run too, as it writes names: the run is then that person's messages, not a form."""
    first, last = doc.paragraphs[talk[0][3]].start, doc.paragraphs[talk[-1][3]].end
    word = re.escape(doc.text[talk[0][0]:talk[0][0] + len(talk[0][4])])
    pattern = re.compile(r"(?<![\w'’-])" + word + r"(?![\w'’-]*:)")
    return bool(pattern.search(doc.text, 0, first) or pattern.search(doc.text, last))


def _curly(text: str, base: int, end: int, index: int) -> list[Piece]:
    out: list[Piece] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if ch == "“" or (ch == '"' and start is None):
            if start is not None:  # a new opening mark: the open one runs on unclosed
                out.append(Piece(base + start, base + i, index, closed=False))
            start = i + 1
        elif ch in "”\"" and start is not None:
            out.append(Piece(base + start, base + i, index))
            start = None
    if start is not None:
        out.append(Piece(base + start, end, index, closed=False))
    return out


_TERM_BEFORE = re.compile(
    r"\b(?:words?|terms?|phrases?|titled?|called|named|labell?ed|marked|signs?|signed|reads?|spelled|"
    r"the name|nicknamed|dubbed|as in|meaning|means)\s+(?:(?:the|a|an|of|was|is|as|simply|just)\s+)*$", re.I)


def is_term(doc: Document, piece: Piece, previous_term: Piece | None) -> bool:
    """A quotation that names or stresses words ("the word 'me'") rather than speaking them, or that a notice, a sign
    or a telegram shows in capitals."""
    if _written(doc, piece):
        return True
    words = doc.text[piece.start:piece.end].split()
    if len(words) > 6:
        return False
    para = doc.paragraphs[piece.para]
    before = doc.text[max(para.start, piece.start - 40):piece.start - 1]
    if len(words) <= 4 and _TERM_BEFORE.search(before) or _inline(doc, piece):
        return True
    if len(words) > 4:
        return False
    if previous_term is not None and previous_term.para == piece.para:
        between = doc.text[previous_term.end + 1:piece.start - 1]
        return bool(re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*", between))
    return False


_WRITING = re.compile(r"(?i)\b(?:notice|sign|signs|signboard|placard|poster|banner|label|card|telegram|wire|headline|"
                      r"inscription|plaque|written|printed|painted|carved|scrawled|lettered|stencilled|stenciled)\b")


def _written(doc: Document, piece: Piece) -> bool:
    """'Someone had nailed a notice to the gate.' / "SECOND-YEAR NIGHT TRIAL. ANYONE CAUGHT…": words in capitals, three
    or more, that the narration just before shows written somewhere, are read, not said."""
    said = doc.text[piece.start:piece.end]
    letters = [c for c in said if c.isalpha()]
    if len(said.split()) < 3 or len(letters) < 8 or any(c.islower() for c in letters):
        return False
    para = doc.paragraphs[piece.para]
    start = para.start
    if not doc.text[para.start:piece.start - 1].strip() and piece.para > 0:  # the quotation opens its paragraph:
        start = doc.paragraphs[piece.para - 1].start  # the paragraph before says what it is
    return bool(_WRITING.search(doc.text, max(start, piece.start - 300), piece.start))


_SAYING = frozenset("out aloud forth herself himself themselves myself yourself ourselves".split())
_LOOK_BACK = 1000  # characters of the paragraph before a quotation read for the word before it and a tag since


def _inline(doc: Document, piece: Piece) -> bool:
    """'an authority on "form" in New York', 'to keep out the "new people" whom': a few words quoted in the middle
    of a sentence of narration, right after one of its words, are stressed or borrowed, not said; unless that
    word says they were ('said "Hell."', 'called out "The race is over!"', 'saying to herself "This is Bill,"')."""
    said = doc.text[piece.start:piece.end].strip()
    sounds = re.findall(r"[a-zß-öø-ÿ’']+", said.lower())
    if said.endswith(("?", "!")) or sounds and all(w in INTERJECTIONS for w in sounds):
        return False  # 'a small "Kakashi?"', 'the occasional "hm"': something said, however short
    para = doc.paragraphs[piece.para]
    before = doc.text[max(para.start, piece.start - 1 - _LOOK_BACK):piece.start - 1]
    m = re.search(r"([A-ZÀ-ÖØ-Þa-zß-öø-ÿ][\w'’]*)\s*$", before)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _SAYING or word in SPEECH_VERBS or word in THOUGHT_VERBS:
        return False
    if word.endswith("ing") and ({word[:-3], word[:-3] + "e"} & (SPEECH_VERBS | THOUGHT_VERBS)):
        return False
    since = before[max(before.rfind(mark) for mark in '"“”') + 1:]  # the narration since the last quotation mark
    return not _tag_between(since)


def _tag_between(text: str) -> bool:
    """Narration between two pieces that is only a speech tag: ', she began, ' / ' said Tom. '."""
    words = re.findall(r"[\w'’-]+", phrasal(text).lower())
    if not words or len(words) > 14:
        return False
    plain = _TITLE_STOP.sub("", text.strip())  # "said Mr. Crane," is one clause
    return any(w in SPEECH_VERBS or w in THOUGHT_VERBS for w in words) and not re.search(r"[.!?]\s+\S", plain)


def _broken(said: str, between: str, rest: str) -> bool:
    """Two pieces of one paragraph that are one line: joined by a tag that ends on a comma or a dash after a piece
    cut at a comma or a dash ('"Sakura," she began, "I wish…"'), by a tag that ends on a semicolon or a colon ('"Oh,
    yes!" said he; "I have…"', 'said the Mouse, frowning: "Did you speak?"'), by narration that ends on no full
    stop before a piece that goes on in lower case ('"Ahem!" said the Mouse with an important air, "are you all
    ready?"'), or by nothing but an aside in brackets ('"…, Mrs. Mann." (He drew it towards him.) "You feel…"').
    A tag that ends a sentence ('"No," he said. "I won't."') parts two lines, and so does narration that opens a new
    sentence after a piece that ended one ('"I am off." Nell looked up and said: "Good night."')."""
    end = between.strip()
    if _ANOTHER_LEADS.match(between) or _TWO_TAGS.search(phrasal(between)):
        return False  # '"That is new," and Tom would say, "No, it is old."': someone else's line, led in by its tag
    if _THEN_ADDED.match(between):
        return False  # '"…shocks as these;" and then he added: "To think…"': a second saying, after the first
    if said[-1:] in tuple(",—–-…"):
        if _tag_between(between) and end.endswith((",", "—", "–", "-", ";", ":")):
            return True
    elif said[-1:] in tuple(".!?") and not _tag_opens(between):
        return False  # '"I am off." Nell looked up and said: "Good night."': a new sentence, someone else's tag
    elif _tag_between(between) and end.endswith((";", ":")):
        return True
    if re.fullmatch(r"\s*\([^()]*\)\s*", between):
        return True
    words = re.findall(r"[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][\w'’]*", rest)
    if not words or not words[0][0].islower():
        return False
    plain = _TITLE_STOP.sub("", end)
    if re.search(r"[.!?][)\]]?\s+[A-ZÀ-ÖØ-Þ]", plain):
        return False
    return plain.endswith((",", ";", ":", "—", "–", "-", ")")) or _tag_between(between)


_ANOTHER_LEADS = re.compile(r"\s*,?\s*(?:and|but|while|whereupon)\s+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\.?\s+)*?"
                            r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+(?:[a-zß-öø-ÿ]+\s+){0,2}?(?:say|said|says|asked|asks|replied|"
                            r"replies|answered|answers|cried|added|called)\b")


_THEN_ADDED = re.compile(r"\s*,?\s*(?:and\s+)?then\b[^.!?\"“”]{0,80}?\b(?:added|adds|continued|went\s+on|resumed)\b")
_TWO_TAGS = re.compile(_A_VERB + r"[^.!?]*?,\s*(?:and|but|while|whereupon)\s+[^.!?]*?" + _A_VERB)
# '"Oh--" Mrs. Welland murmured, while the young man, smiling at his betrothed, replied: "As soon…"': two tags, two lines


def _tag_opens(between: str) -> bool:
    """Narration after a piece that ends a sentence ('"Ahem!" said the Mouse', '"Oh!" Mrs. Archer continued;') is
    that piece's tag only if it opens in lower case or with its speech verb among its first four words; an aside
    in brackets is the speaker's too."""
    words = re.findall(r"[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*", phrasal(between))
    if not words or between.lstrip().startswith("("):
        return True
    return words[0][0].islower() or any(w.lower() in SPEECH_VERBS or w.lower() in THOUGHT_VERBS for w in words[:4])


_TITLE_STOP = re.compile(r"(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.")


def join_pieces(doc: Document, pieces: list[Piece]) -> list[Utterance]:
    """Join tag-broken quotes ("Sakura," she began, "I wish…") and speeches that run on across
    paragraphs (a paragraph ending inside a quote, the next one opening with a quote)."""
    out: list[Utterance] = []
    for piece in pieces:
        prev = out[-1].pieces[-1] if out else None
        if prev is not None and piece.label < 0 and prev.label < 0:  # a chat line is one line, whole
            first_here = piece.start - 1 == doc.paragraphs[piece.para].start or \
                not doc.text[doc.paragraphs[piece.para].start:piece.start - 1].strip()
            if not prev.closed and piece.para == prev.para + 1 and first_here:
                out[-1].pieces.append(piece)
                continue
            if prev.para == piece.para and prev.closed:
                said = doc.text[prev.start:prev.end].rstrip()
                between = doc.text[prev.end + 1:piece.start - 1]
                if _broken(said, between, doc.text[piece.start:piece.end]):
                    out[-1].pieces.append(piece)
                    continue
        out.append(Utterance([piece]))
    return out


def find_utterances(doc: Document, labelled: list[Piece] | None = None) -> tuple[list[Utterance], list[Piece]]:
    """Speech and quoted thought, joined; and the quotations left out as terms."""
    style = quote_style(doc.text)
    pieces = find_pieces(doc, style, labelled)
    kept: list[Piece] = []
    terms: list[Piece] = []
    last_term: Piece | None = None
    for piece in pieces:
        if style != "dash" and piece.label < 0 and is_term(doc, piece, last_term):  # a dash opens a line, never a term
            terms.append(piece)
            last_term = piece
        else:
            kept.append(piece)
            last_term = None
    return join_pieces(doc, kept), terms
