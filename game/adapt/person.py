"""Second-person narration: a story told to a 'you' who acts in it ('You knock on his door. "You're late,"
Marcus said.'), as reader-insert fan fiction is written.

The steps that find who speaks know one narrating person, the 'I' of first-person narration (a cast member
of their own, named by what others call them). A text told as 'you' has the same shape, so it is read the
same way: `as_first_person` gives a copy of the text, the same length, in which the narration's 'you' is
written 'I' or 'me' and 'your' 'my' (the lines, and the italic spans a character thinks in, are left as
they are). The steps that decide read that copy; the draft's words come from the text as it was.

A reader-insert calls the reader 'Y/N' ('(Y/N)', '[Y/N]'), told as 'you' or in the third person: the steps read
it as a name too (`reader_named`).
"""

from __future__ import annotations

import re

from game.adapt.cast import WORD_RE
from game.adapt.lexicon import FIRST, PAST_NARRATION, PRESENT_NARRATION, SPEECH_VERBS

SECOND = frozenset("you your yours yourself".split())

# '"You're late," Marcus said.' / '"The bus broke down," you said.': only the one the story is told to says so
_SECOND_TAG = re.compile(r"[”\"’]\s+you\s+(?:said|asked|replied|answered|whispered|murmured|called|shouted|say|ask|"
                         r"reply|answer|whisper|murmur|call|shout|tell|told)\b|[”\"’]\s+(?:said|asked|replied|"
                         r"answered)\s+you\b")

# after these, 'you' opens a clause: its subject ('when you finally knocked', 'and you said')
_CLAUSE_OPENERS = frozenset("""and but or so yet then when while as if because since until till before after though
although once where whereas unless whether that now""".split())

_SWAP = {"your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you’re": "I’m", "you've": "I've",
         "you’ve": "I’ve", "you'd": "I'd", "you’d": "I’d", "you'll": "I'll", "you’ll": "I’ll"}

# the reader-insert's name for the reader ('"Open up, Y/N!"', '(Y/N) pushed the door'): read as one name, Ynx
READER_NAME = re.compile(r"[(\[]?\b[Yy]/[Nn]\b[)\]]?")
READER_TOKEN = "Ynx"  # a word no text writes, shaped like a name, as long as 'Y/N'

_YOU_ACT = re.compile(r"\b[Yy]ou\s+(?:[a-z]+ly\s+)?([a-z]+)\b")  # 'you finally knocked', 'You groan'
_THEY_ACT = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][a-z]+)\s+(?:[a-z]+ly\s+)?([a-z]+)\b")  # 'Marcus said', 'Jun calls'
_IRREGULAR_PAST = frozenset("""was were had did said went came saw felt knew took got made thought told gave found left
stood sat ran held kept heard began let put set brought caught fell met paid sent spent won wore woke wrote ate drank
drew drove flew forgot grew hid hung lay led lost meant rode rang rose sang shook shut slept spoke swam threw
understood wept bit blew broke built bought chose dug fed fought forgave froze hit hurt knelt lit quit read sank
slid slipped spun stole stuck struck swore swept swung taught tore wound""".split())
# after 'you', words that are no act of the one the story is told to: modals (a storyteller's 'you may think'), and
# what follows an object ('hands you a cup', 'tells you about it')
_NOT_ACTING = frozenset("""may might must will would shall should can could cannot and or but nor to too in on at of
for with from by about into onto over under up down out off a an the all both again there here now then as if than
that this these those his her its their my our your what who""".split())


def _is_past(word: str) -> bool:
    return word in _IRREGULAR_PAST or word.endswith("ed") and len(word) > 3


def reader_named(text: str) -> str:
    """`text` with the reader-insert's 'Y/N' ('(Y/N)', '[Y/N]') written as the name Ynx, padded to its length, so
    the steps that find people take it for a name: 'Y/N pushed the door' -> 'Ynx pushed the door'. The padding goes
    before the name, so what follows it stays next to it: '(Y/N), come' -> '  Ynx, come', a call as 'Ann, come' is;
    '(Y/N)'s' -> '  Ynx's'."""
    return READER_NAME.sub(lambda m: READER_TOKEN.rjust(len(m.group())), text)


# a reader-insert's blanks for the reader to fill: '(Y/N)', '(E/C) eyes', '(H/C) hair', '(L/N)'
READER_BLANK = re.compile(r"[(\[]\s*(?:[YyEeHhLlFf]/[NnCc]|[Ss]/[Cc])\s*[)\]]|\b[Yy]/[Nn]\b")


def second_person(narration: str, blanks: bool = False) -> bool:
    """Narration (the text with its lines blanked) told to a 'you' who acts in it: 'you' and 'your' outnumber 'I'
    and 'my' two to one, are as common as the he and she of the people around them, and as common as first-person
    narration's 'I' would be (or a '"…," you said' tag says so), and 'you' does things three times or more in the
    narration's own tense ('you knocked', 'You groan'). A storyteller's word to the reader in a tale told of others
    ('as you know', 'you may think', 'if you are clever') is not enough. With a reader-insert's `blanks` ('(Y/N)',
    '(E/C) eyes') in the text, which only a story told to its reader has, twice is enough, and a short one will do."""
    words = [w.lower() for w in WORD_RE.findall(narration)]
    if not words:
        return False
    second = sum(w in SECOND or w.startswith(("you'", "you’")) for w in words)
    first = sum(w in FIRST for w in words)
    third = sum(w in ("he", "she") for w in words)
    if second <= 2 * first or second <= third * 0.6:
        return False
    done = [m.group(1) for m in _YOU_ACT.finditer(narration)]
    did = sum(_is_past(w) for w in done)
    does = sum(w not in _NOT_ACTING and not _is_past(w) for w in done)
    need = 2 if blanks else 3
    if max(did, does) < need:
        return False
    # the narration's own tense, from what the others do ('Marcus said', 'Jun calls'): 'you' must act in it
    others = [m.group(1) for m in _THEY_ACT.finditer(narration) if m.group(1) not in _NOT_ACTING]
    past = sum(map(_is_past, others)) + len(PAST_NARRATION.findall(narration))
    present = sum(w.endswith("s") and not w.endswith("ss") and not _is_past(w) for w in others) \
        + len(PRESENT_NARRATION.findall(narration))
    if (did if past > present else does if present > past else max(did, does)) < need:
        return False
    return bool(_SECOND_TAG.search(narration)) or blanks or second >= 8 and second * 1000 / len(words) > 12


def as_first_person(text: str, keep: list[tuple[int, int]]) -> str:
    """`text` with the second person outside the `keep` spans (the lines and italic thoughts) written in the
    first, each word padded with spaces to its own length: 'You knock' -> 'I   knock', 'handed you a' ->
    'handed me  a', 'your hair' -> 'my   hair'."""
    chars = list(text)
    kept = sorted(keep)
    k = 0
    for m in re.finditer(r"\b[Yy]ou(?:rs|rself|r|['’](?:re|ve|d|ll))?\b", text):
        while k < len(kept) and kept[k][1] <= m.start():
            k += 1
        if k < len(kept) and kept[k][0] <= m.start() < kept[k][1]:
            continue
        word = m.group()
        low = word.lower()
        if low == "you":
            new = "I" if _subject(text, m.start(), m.end()) else "me"
        else:
            new = _SWAP[low]
            if word[0].isupper() and new[0] != "I":
                new = new[0].upper() + new[1:]
        chars[m.start():m.end()] = list(new.ljust(len(word)))
    return "".join(chars)


def _subject(text: str, start: int, end: int) -> bool:
    """Whether the 'you' at `start` is a clause's subject ('You knock', 'when you said', '"…," you said',
    '"…," said you.'), not an object ('handed you a towel', 'for you')."""
    before = text[max(0, start - 40):start]
    word = re.search(r"([A-Za-z]+)\W*$", before)
    if word is None or re.search(r"[.!?;:,”\"’—*_)\]\n]\s*$", before):
        return True
    if word.group(1).lower() in _CLAUSE_OPENERS:
        return True
    # 'said you.': a tag's subject after its verb
    return word.group(1).lower() in SPEECH_VERBS and bool(re.match(r"\s*[.,;:!?]", text[end:end + 2]))
