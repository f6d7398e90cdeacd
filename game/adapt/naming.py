"""Display names: which of the names the text writes for a cast member the draft shows, once the cast is known.

A reader's cast list (and a corpus's alias list) names a person by their fullest proper name as the text writes it:
'Harvey Stone' rather than the 'Harvey' the narration uses most, 'Sherlock Holmes' rather than a 'Mr. Holmes' said
once; a narrator known only by others' calls by the titled surname they are called ('Mr. Barnes') rather than a
bare first name; someone the text calls 'the General' forty times and 'General Perovski' once by the rank. This
step only chooses among the names already joined to a person: it never changes who is who.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable

from game.adapt.cast import Cast, Character
from game.adapt.lexicon import (
    HONORIFIC_RE,
    NOT_NAMES,
    ROLE_NOUNS,
    TITLE_GENDER,
    TITLE_RE,
    TITLE_WORD,
    TITLES,
    title_key,
)

_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?:['’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*\b")
_KIN_TITLES = frozenset({"aunt", "uncle", "mother", "father"})  # 'Aunt Pip' is a relation's name, never the narrator's
_ABBREVIATED = frozenset({"Mr", "Mrs", "Ms", "Dr"})
_SOCIAL = frozenset({"mr", "mrs", "ms", "miss", "sir", "lady", "lord", "aunt", "uncle", "master", "madame", "father",
                     "mother"})  # titles that are no rank
# words of address and rank written before a name as if they were a first name ('Mademoiselle Georgette', 'Marshal Ney')
_ADDRESS = frozenset({"monsieur", "mademoiselle", "madame", "mme", "mlle", "signor", "signora", "signorina", "senor",
                      "senora", "herr", "frau", "fraulein", "count", "countess", "baron", "baroness", "marquis",
                      "marquess", "prince", "princess", "duke", "duchess", "king", "queen", "emperor", "empress",
                      "marshal", "commander", "chief", "father", "mother", "brother", "sister"}) | ROLE_NOUNS | TITLES
_OWN_NAME_TITLES = frozenset({"sir", "dame", "lord", "lady"})  # 'Lord Ambrel Fosk', 'Sir Walter Elliot': the person's
# own given name and surname after the title (after 'Mrs.' they may be her husband's: 'Mrs. Alexander Spencer')
_STYLED = re.compile(r"\b(Sir|Dame|Lord|Lady)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b")  # 'Lord Ambrel Fosk'
_THE_CAPITAL = re.compile(r"\b[Tt]he ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b")
_NEXT_CAPITAL = re.compile(r"\s[A-ZÀ-ÖØ-Þ]")
_SENTENCE_START = re.compile("(?:^|[.!?…:;\n]['\"”’]?|[\"“‘—(])\\s*$")


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


def _parts(word: str) -> list[str]:
    """'Grant-Menzies' -> ['grant', 'menzies']: a double surname's cast tokens."""
    return _key(word).split("-")


def _inside(spoken: list[tuple[int, int]], at: int) -> bool:
    i = bisect.bisect_right(spoken, (at, float("inf"))) - 1
    return i >= 0 and spoken[i][0] <= at < spoken[i][1]


def _written_pairs(text: str, spoken: list[tuple[int, int]]) -> dict[str, dict[tuple[str, str], list[int]]]:
    """Two capitalised words written side by side with no title before them ('Harvey Stone', not 'Mrs. Alexander
    Spencer'), by the first word's key: 'harvey' -> {(first, last) as spelled -> [times in the narration, times
    inside the lines]}."""
    out: dict[str, dict[tuple[str, str], list[int]]] = {}
    words = list(_WORD.finditer(text))
    for k, (a, b) in enumerate(itertools.pairwise(words)):
        title = TITLE_RE.search(text, max(0, a.start() - 14), a.start())
        if b.start() != a.end() + 1 or text[a.end()] not in " \n" or title and title_key(title.group(1)) not in _OWN_NAME_TITLES:
            continue
        if k + 2 < len(words) and words[k + 2].start() == b.end() + 1 and text[b.end()] in " \n":
            continue  # 'William Walter Elliot': a first name and a middle name, not a first name and a surname
        row = out.setdefault(_key(a.group()), {}).setdefault((a.group(), b.group()), [0, 0])
        row[_inside(spoken, a.start())] += 1
    return out


def _full_name(member: Character, pairs: dict[str, dict[tuple[str, str], list[int]]], named: set[str],
               alone: set[str], owner: Callable[[str], str | None]) -> str | None:
    """The first name and surname written together for `member` most often: written twice, or once in the
    narration (a line's 'Jacob Barnes!', said once, is a call, not how the text names him). The first name is
    written capitalised inside a sentence somewhere (`named`): 'Thereupon Anne' only opens one. A word of address
    ('Mademoiselle Georgette') is no first name, unless it is all the person is shown by ('Fraulein')."""
    best: tuple[int, str] | None = None
    tokens = member.tokens | {t.split()[1] for t in member.tokens  # 'Lord Ambrel' (and 'Fosk'): Ambrel is his own name
                              if len(t.split()) == 2 and t.split()[0] in _OWN_NAME_TITLES}
    written = [(pair, seen) for token in sorted(tokens) for pair, seen in pairs.get(token, {}).items()]
    for (first, last), (told, said) in written:
        word = _key(first)
        family = word not in alone and not any(owner(p) for p in _parts(last))  # 'Emma McChesney', never 'Emma' alone,
        # and 'McChesney' alone nobody's (her son is a McChesney too)
        if word in _ADDRESS and word != _key(member.name) or word in NOT_NAMES or word not in tokens \
                or word not in named or word in _parts(last) or not (family or all(p in member.tokens for p in _parts(last))):
            continue
        if word not in alone and len({owner(b) or _key(b) for _a, b in pairs.get(word, {})}) > 1:
            continue  # only ever written before a name, and before the names of two people or more ('Mistah Frank',
            # 'Mistah Oakley'): a way of address, not a first name
        if (told or said > 1) and (best is None or told + said > best[0]):
            best = (told + said, f"{first} {last}")
    return best[1] if best else None


def _untitled(member: Character, text: str) -> str | None:
    """'Master John', known by nothing else, whom the narration once names in full ('my good friend, Master John
    Rolfe'): John Rolfe, as a cast list names him (a young master's or a miss's given name is no name of its own)."""
    if len(member.tokens) != 1 or not member.name.startswith(("Master ", "Miss ")) or len(member.name.split()) != 2:
        return None
    full = re.search(r"\b%s\s([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\b(?!['’])" % re.escape(member.name), text)
    if full is None or full.group(1).lower() in NOT_NAMES:
        return None
    return f"{member.name.split()[1]} {full.group(1)}"


def _titled_name(member: Character, counts: Counter[str], spelled: dict[str, str]) -> str | None:
    """The titled surname others call a narrator by most ('Mr. Barnes', 'Dr. Watson'): one they are called by
    bare too ('Barnes'), so surely theirs, and never two of them of two genders ('Mr.' and 'Mrs. Greaves')."""
    titled = [t for t in member.tokens if " " in t and t.split()[0] in TITLE_GENDER and t.split()[0] not in _KIN_TITLES
              and t.split(" ", 1)[1] in member.tokens]
    if not titled or len({TITLE_GENDER[t.split()[0]] for t in titled} - {None}) > 1:
        return None
    best = max(sorted(titled), key=lambda t: counts[t])
    if not counts[best]:
        return None
    title, surname = best.split(" ", 1)
    title = title.capitalize()
    return f"{title}{'.' if title in _ABBREVIATED else ''} {spelled.get(surname, surname.capitalize())}"


def _rank_alone(member: Character, counts: Counter[str], the: Counter[str]) -> str | None:
    """'the General' written ten times as often as the one 'General Perovski' the person is named by: the rank,
    which is how the text knows them."""
    if len(member.tokens) != 1 or " " not in next(iter(member.tokens)):
        return None
    token = next(iter(member.tokens))
    title = token.split()[0]
    if title not in TITLE_GENDER or title in _SOCIAL:
        return None
    rank = TITLE_WORD.get(title, title).capitalize()
    return rank if the[rank] >= 10 * counts[token] else None


_COMPOUND = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)+\b")


def _hyphenated(member: Character, compounds: Counter[str]) -> str:
    """A one-word name shown with its hyphenated whole: 'Jean' is 'Jean-Luc' and 'Kate' 'Mary-Kate' where the text
    writes it so twice or more and both parts are the person's names (the parts stay the person's tokens)."""
    words = member.name.split()
    if len(words) != 1 or "-" in member.name:
        return member.name  # 'Newland Archer' beside 'the Archer-Newland marriage': a full name is shown already
    fits = [c for c in compounds if compounds[c] >= 2 and all(_key(p) in member.tokens for p in c.split("-"))
            and _key(words[0]) in _parts(c)]
    if not fits:
        return member.name
    best = max(sorted(fits), key=lambda c: compounds[c])
    return best


def show_full_names(cast: Cast, text: str, spoken: list[tuple[int, int]]) -> None:
    """Give each inferred cast member (not the existing story's, nor one known only by a description) the fullest
    name the text writes for them; `spoken` are the spans of the lines, whose calls count less than the narration.
    Where names take honorific suffixes ('Ishikawa-sensei') they are written family name first, and a person keeps
    their given name ('Hatake Kakashi' is Kakashi)."""
    pairs = _written_pairs(text, sorted(spoken)) if len(HONORIFIC_RE.findall(text)) < 2 else {}
    counts: Counter[str] = Counter()  # 'mr barnes' -> times written
    named: set[str] = set()  # words written capitalised inside a sentence
    alone: set[str] = set()  # words written capitalised with no capitalised word after them ('said Frank.')
    spelled: dict[str, str] = {}  # 'mcmurdo' -> 'McMurdo'
    the = Counter(m.group(1) for m in _THE_CAPITAL.finditer(text))  # 'General' -> times 'the General' is written
    for m in _WORD.finditer(text):
        spelled.setdefault(_key(m.group()), m.group())
        if not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
            named.add(_key(m.group()))
        if not _NEXT_CAPITAL.match(text, m.end()):
            alone.add(_key(m.group()))
        title = TITLE_RE.search(text, max(0, m.start() - 14), m.start())
        if title:
            counts[f"{title_key(title.group(1))} {_key(m.group())}"] += 1
    compounds = Counter(m.group() for m in _COMPOUND.finditer(text))  # 'Jean-Luc', 'Mary-Kate', 'Grant-Menzies'
    styled = {f"{m.group(2)} {m.group(3)}": m.group(1) for m in reversed(list(_STYLED.finditer(text)))}  # the first one
    for member in cast.members.values():
        if member.known or member.designation:
            continue
        member.name = (_full_name(member, pairs, named, alone, cast.lookup) or _rank_alone(member, counts, the)
                       or _untitled(member, text)
                       or (_titled_name(member, counts, spelled) if member.narrator else None) or member.name)
        member.name = _hyphenated(member, compounds)
        if member.name in styled:  # 'Lord Ambrel Fosk', 'Sir Edmund Carrow': as the text styles him
            member.name = f"{styled[member.name]} {member.name}"
