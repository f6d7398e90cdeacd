"""Cast inference: proper names and how often they occur, honorific suffixes, full and family names
merged into one person, gender from nearby pronouns, first-person narration, and an existing story's cast.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import permutations

from game.adapt.lexicon import (CONTRACTION_RE, FEMALE, FEMALE_NOUNS, FIRST, GIVEN_GENDER, HONORIFIC_RE,
                                MALE, MALE_NOUNS, NICKNAMES, NOT_NAMES, PHRASAL_VERBS, PLACE_NAMES, ROLE_NOUNS,
                                SPEECH_VERBS, THOUGHT_VERBS, TITLE_CANON, TITLE_GENDER, TITLE_RE, TITLE_WORD, TITLES,
                                noun_gender, phrasal, title_key)
from game.adapt.quotes import quote_style

_TITLED = re.compile(r"(\w+)\.?\s+(\S+)$")
_SOCIAL = frozenset("mr mrs ms miss sir lady lord aunt uncle master madame father mother".split())  # not ranks
NAME_RE = re.compile(r"\b((?:[OD]['’](?=[A-ZÀ-ÖØ-Þ]))?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})?(?:['’](?!s\b)[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?)((?:-[a-zß-öø-ÿ]+){0,2})(['’]s\b)?")
WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][A-ZÀ-ÖØ-Þa-zß-öø-ÿ'’]*")


@dataclass
class Character:
    id: str
    name: str
    tokens: set[str] = field(default_factory=set)  # lower-case name words that refer to this person
    gender: str | None = None  # "m", "f" or None
    count: int = 0
    narrator: bool = False
    known: bool = False  # from the existing story's cast
    designation: bool = False  # known only by a description ("the sailor"), never by a name


@dataclass
class Cast:
    members: dict[str, Character] = field(default_factory=dict)
    by_token: dict[str, str] = field(default_factory=dict)
    first_person: bool = False
    second_person: bool = False  # told to a 'you' (read as first person: `person`); the narrator is 'You'
    by_title: dict[str, set[str]] = field(default_factory=dict)  # "captain" -> ids of the captains
    epithets: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # "landlord" -> [(offset, id)]
    roles: set[str] = field(default_factory=set)  # nouns of no gender the narration brings someone in by ("a stranger")
    full_names: dict[str, str] = field(default_factory=dict)  # "hamidullah begum" -> her id: two words, someone
    # other than the one the first word alone means

    def describe(self, noun: str, offset: int, cid: str) -> None:
        """The narration calls `cid` 'the `noun`' at `offset` ("Grubble, the landlord,")."""
        self.epithets.setdefault(noun, []).append((offset, cid))

    def described(self, noun: str, offset: int) -> str | None:
        """Who 'the `noun`' means at `offset`: the last person so described before it, or the first after."""
        seen = self.epithets.get(noun)
        if not seen:
            return None
        before = [cid for at, cid in seen if at <= offset]
        return before[-1] if before else seen[0][1]

    def designate(self, key: str, gender: str | None) -> str:
        """A cast member for someone the text knows only as 'the `key`' ("the sailor", "the old
        man"), named by the description; its id."""
        cid = self.free_id(slug(key))
        self.members[cid] = Character(cid, key[:1].upper() + key[1:], set(), gender=gender, designation=True)
        return cid

    def free_id(self, base: str) -> str:
        """`base`, or `base-2`, `base-3`…: the first no member has."""
        cid, n = base, 2
        while cid in self.members:
            cid, n = f"{base}-{n}", n + 1
        return cid

    def add(self, member: Character) -> None:
        self.members[member.id] = member
        for token in member.tokens:
            self.by_token.setdefault(token, member.id)
        self.index_titles(member)

    def merge(self, cid: str, into: str) -> None:
        """`cid` is `into` under another name: its names, ranks and descriptions become `into`'s."""
        member = self.members.pop(cid)
        target = self.members[into]
        target.tokens |= member.tokens
        target.gender = target.gender or member.gender  # 'Miss Lowther' is a woman, whoever she turns out to be
        for token in member.tokens:
            self.by_token[token] = into
        for ids in self.by_title.values():
            if cid in ids:
                ids.discard(cid)
                ids.add(into)
        for seen in self.epithets.values():
            seen[:] = [(at, into if who == cid else who) for at, who in seen]

    def remove(self, cid: str) -> None:
        """`cid` is no one (a family in the plural, an idea): gone from every index, its descriptions too."""
        del self.members[cid]
        for token in [t for t, who in self.by_token.items() if who == cid]:
            del self.by_token[token]
        for ids in self.by_title.values():
            ids.discard(cid)
        for seen in self.epithets.values():
            seen[:] = [(at, who) for at, who in seen if who != cid]

    def index_titles(self, member: Character) -> None:
        """Remember the ranks a person's names carry, so "the Captain" can mean them."""
        for token in member.tokens:
            head = token.split()[0] if " " in token else ""
            if head in TITLE_GENDER and head not in _SOCIAL:
                self.by_title.setdefault(TITLE_WORD.get(head, head), set()).add(member.id)

    def by_rank(self, word: str) -> str | None:
        """The one person a bare title means ("the Colonel", "the doctor"), if only one bears it."""
        low = word.lower().rstrip(".")
        ids = self.by_title.get(TITLE_WORD.get(low, low), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def lookup(self, word: str, title: str | None = None) -> str | None:
        """The person a name means; `word` may carry a title ("Mrs. Bennet"), or `title` gives it."""
        if " " in word:
            m = _TITLED.match(word)
            if m and m.group(1).lower() in TITLE_GENDER:
                title, word = m.group(1), m.group(2)
        base = HONORIFIC_RE.sub("", word).lower().replace("’", "'") if "-" in word else word.lower().replace("’", "'")
        if base.endswith("'s"):
            base = base[:-2]
        if "-" in base and base not in self.by_token and base.split("-")[0] in self.by_token:
            base = base.split("-")[0]  # "said Winnie-the-Pooh": the name's first word is the person's
        if title and f"{title_key(title)} {base}" in self.by_token:
            return self.by_token[f"{title_key(title)} {base}"]
        if base not in self.by_token and not title and word[:1].isupper():
            return self.by_rank(base)
        return self.by_token.get(base)

    def display(self, cid: str | None) -> str | None:
        return self.members[cid].name if cid in self.members else None

    def of_gender(self, gender: str) -> list[str]:
        return [c.id for c in self.members.values() if c.gender == gender]


def slug(name: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")  # 'Zoë' -> 'zoe': ids stay plain
    return s if s and s[0].isalpha() else f"c-{s or 'x'}"


_MONTH_NAME = re.compile(r"(?<=[a-zß-öø-ÿ,;] )(May|June|April)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b(?![.]?\s*\d)")


_SAID_NAME = re.compile(r"\b(?:said|says|asked|asks|cried|cries|replied|replies|answered|answers|called|calls)\s+"
                         r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b(?!-)")


_NAME_SAID = re.compile(r"[,!?…—-][\"”’]\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+([a-zß-öø-ÿ]+)\b")  # '…, do yuh?" Irish laughed'


def _said_names(text: str) -> frozenset[str]:
    """Words the lexicon knows as sounds or common words that are names in this text: written capitalised after a
    speaking verb at least twice ('said Pooh': 'pooh' is also a scornful sound; 'said Will', 'asked Hope'), or as the
    subject of a speaking verb just after a line ('"…," Irish agreed': a nickname that is also a nationality), never a
    title ('said Lady' is no one's name)."""
    seen = Counter(m.group(1).lower() for m in _SAID_NAME.finditer(text))
    seen.update(m.group(1).lower() for m in _NAME_SAID.finditer(text) if m.group(2) in SPEECH_VERBS)
    return frozenset(word for word, n in seen.items() if n >= 2 and word not in TITLES and word not in TITLE_GENDER)


def _months_as_names(text: str) -> frozenset[str]:
    """Months that are given names in this text: written before the same name, mid-sentence, at least twice
    ('engaged to May Welland', 'that May Welland had'); not 'in May Parliament sat', nor 'June 4'."""
    seen = Counter((m.group(1).lower(), m.group(2).lower()) for m in _MONTH_NAME.finditer(text)
                   if m.group(2).lower() not in NOT_NAMES and m.group(2).lower() not in TITLES
                   and m.group(2).lower() not in PLACE_NAMES)
    return frozenset(month for (month, _name), n in seen.items() if n >= 2)


# speech in single marks: from a mark that opens a word to one that closes it, in one paragraph ("wasn't" and
# "the Joneses'" hold no closing mark: a closing mark is not followed by a letter)
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=\S)[^\n]*?(?<=\S)[’'](?![A-ZÀ-ÖØ-Þa-zß-öø-ÿ])",
                            re.M)


@functools.lru_cache(maxsize=2)
def _outside_quotes(text: str) -> str:
    """The text with quoted words blanked (same length), so names said aloud don't count as mentions (in single
    marks where the text's speech is: 'If you say "I told you so", Ron, I will hex you.')."""
    blank = re.sub(r'"[^"\n]*"|“[^”\n]*”', lambda m: " " * len(m.group()), text)
    if quote_style(text) == "single":
        blank = _SINGLE_QUOTED.sub(lambda m: " " * len(m.group()), blank)
    return blank


def infer_cast(text: str, known: list[tuple[str, str]] | None = None) -> Cast:
    """Characters named in `text`; `known` is an existing story's (id, display name) list, used first."""
    counts: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    honorific: Counter[str] = Counter()
    after_the: Counter[str] = Counter()
    after_prep: Counter[str] = Counter()
    said_the: Counter[str] = Counter()
    called: Counter[str] = Counter()
    kin_named: Counter[str] = Counter()
    agent: Counter[str] = Counter()
    speaks: Counter[str] = Counter()
    acts: Counter[str] = Counter()  # followed by an action verb (not 'was', 'had', ...)
    attributive: Counter[str] = Counter()
    titled: dict[str, str] = {}  # "mrs bennet" -> "Mrs" ("mr lebrun" -> "Monsieur", as the text writes it)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: Counter[tuple[str, str]] = Counter()
    lower_words = Counter(w.lower() for w in re.findall(r"\b[a-zß-öø-ÿ][a-zß-öø-ÿ'’]+\b", text))
    named_anyway = _months_as_names(text) | _said_names(text)  # 'May Welland', 'said Pooh', 'said Will'
    for word in named_anyway:  # the modal 'may' written small says nothing of the name
        lower_words[word] = 0
    matches = list(NAME_RE.finditer(text))
    spelled = {m.group(1).lower(): m.group(1) for m in matches if not m.group(1).isupper()}  # 'MacPhail'
    carried: re.Match[str] | None = None  # a title that belongs to the next word
    given: list[tuple[str, str]] = []  # ("delia", "mrs orme")
    for i, m in enumerate(matches):
        word = m.group(1)
        key = word.lower().replace("’", "'")
        if key in NOT_NAMES and key not in named_anyway or key in PLACE_NAMES or len(key) < 2 or CONTRACTION_RE.match(key) \
                or _place_word(text, m.start(), key) or _in_an_oath(text, m) or _VESSEL.search(text, max(0, m.start() - 16), m.start()) \
                or text.startswith("New ", max(0, m.start() - 4)) and m.start() >= 4:  # 'New York', 'New Orleans'
            continue
        if not m.group(3) and i + 1 < len(matches) and matches[i + 1].start() == m.end() + 1 and text[m.end()] == " " \
                and matches[i + 1].group(1).lower() in _PLACE_NOUNS & _STREETS \
                and not TITLE_RE.search(text[max(0, m.start() - 14):m.start()]):
            counts[key] += 1  # 'Stone Lodge', 'Blackwater House': a place's name, as 'at Blackwater' is a place
            after_prep[key] += 1
            continue
        title = TITLE_RE.search(text[max(0, m.start() - 14):m.start()]) or carried
        carried = None
        if title and title.group(1) in _SURNAME_TITLES and i + 1 < len(matches) and not m.group(2) and not m.group(3) \
                and matches[i + 1].start() == m.end() + 1 and matches[i + 1].group(1).lower() not in NOT_NAMES \
                and matches[i + 1].group(1).lower() not in _PLACE_NOUNS:
            carried, title = title, None  # "Mrs. Delia Orme": Mrs. Orme, whose first name is Delia
            given.append((key, f"{title_key(carried.group(1))} {matches[i + 1].group(1).lower()}"))
        if title and title.group(1).lower() in TITLE_GENDER:
            if f"{title.group(1).lower()} {key}" in _FEASTS:
                continue  # "since Lady Day": a quarter day, no lady
            key = f"{title_key(title.group(1))} {key}"
            spellings[key][title.group(1)] += 1
            titled[key] = max(spellings[key], key=lambda t: (spellings[key][t], t))  # the spelling used most
        counts[key] += 1
        before = text[max(0, m.start() - 12):m.start()]
        if not re.search(r"(?:^|[.!?…]['\"”’]?|[\"“‘]|\n)\s*$", before):
            mid[key] += 1
        if m.group(2) and HONORIFIC_RE.fullmatch(m.group(2)):
            honorific[key] += 1
        prev_word = re.findall(r"[A-ZÀ-ÖØ-Þa-zß-öø-ÿ]+", before)[-1:] or [""]
        if prev_word[0].lower() in ("the", "a", "an") or prev_word[0][:1].isupper() \
                and _ARTICLE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            after_the[key] += 1  # "the Golden Cross", "a Giotto": a thing or a place, unless it speaks
        if prev_word[0].lower() in _KIN_WORDS and m.start() and text[m.start() - 1] == " " \
                and not (prev_word[0][:1].isupper() and _IN_A_PROPER_NOUN.search(text, max(0, m.start() - 40), m.start())):
            agent[key] += 1  # "their niece Winifred", "her brother Tom": a person
            mid[key] += 1
            kin_named[key] += 1
        phrasal_tag = prev_word[0] in ("in", "on", "out", "up", "back") and \
            re.search(r"([A-ZÀ-ÖØ-Þa-zß-öø-ÿ]+-[a-zß-öø-ÿ]+)\s+$", phrasal(text[max(0, m.start() - 16):m.start()]))
        if phrasal_tag and phrasal_tag.group(1).lower() in PHRASAL_VERBS:  # "put in Robert": he speaks
            speaks[key] += 1
            agent[key] += 1
        elif prev_word[0].lower() in ("in", "at", "to", "from", "of", "into", "towards", "toward"):
            after_prep[key] += 1
        after = text[m.end():m.end() + 20]
        nxt = re.match(r"\s+([a-zß-öø-ÿ]+)", after)
        if nxt and _verb_like(nxt.group(1)) and nxt.group(1) not in ("was", "had", "could", "would", "will", "can", "is", "has"):
            acts[key] += 1
        if m.group(3) or (nxt and _verb_like(nxt.group(1))):
            agent[key] += 1
        if title and nxt and not _verb_like(nxt.group(1)) and _THE_TITLE.search(text, max(0, m.start() - 30), m.start()) \
                and re.match(r"\s+[a-zß-öø-ÿ]+\s*[,.;:!?]", after):
            attributive[key] += 1  # 'shouts of the Aunt Sally man,': a titled name that only names a kind of thing
        if before.endswith(", ") and not m.group(3) and _CALLED.match(text, m.end()) or before[-1:] in "\"“‘" \
                and not key.endswith("ly") and key not in KIN_CALLS and _CALLING.match(text, m.end()):
            called[key] += 1  # '"You are new here, Lisle," said': a name the lines call out
        if prev_word[0].lower() == "the" and _SAID_THE.search(text, max(0, m.start() - 16), m.start()):
            said_the[key] += 1  # "said the Signora": a title used as a name
        if m.group(3) and re.match(r"\s+(?:[a-zß-öø-ÿ]+\s+)?voice\b", text[m.end():m.end() + 24]):
            agent[key] += 1  # "Sakura's voice came from behind him": she speaks
            speaks[key] += 1
        if re.search(r"\b(?:said|asked|replied|called|shouted|says|asks|replies|calls|shouts)\s*$", before, re.I) or \
                prev_word[0].lower() in SPEECH_VERBS and re.search(r"[a-zß-öø-ÿ]\s+$", before) and prev_word[0].islower() or \
                (nxt and (nxt.group(1) in SPEECH_VERBS or nxt.group(1) in THOUGHT_VERBS)):
            agent[key] += 1
            speaks[key] += 1
        if i + 1 < len(matches) and matches[i + 1].start() == m.end() + 1 and not m.group(3) \
                and (not m.group(2) or text[m.end()] == "-"):  # "Winnie-the-Pooh", "Badger-in-the-Hedge": one name
            pairs[(key, matches[i + 1].group(1).lower())] += 1
    # "said the Mouse" twice: a capitalised creature or office that speaks is a character ("a mouse" elsewhere is
    # only its kind)
    speaker_noun = {k for k, n in said_the.items() if n >= 2 and after_prep[k] * 2 <= counts[k]}
    names = [k for k, n in counts.items()
             if k in speaker_noun or k in titled and attributive[k] < n or (honorific[k] or speaks[k] or mid[k] and (n >= 2 or agent[k])
                 or agent[k] and n >= 2 or acts[k] and not lower_words[k]
                 or (called[k] or kin_named[k]) and not lower_words[k])
             and not (k.endswith("ing") and not mid[k] and not honorific[k]) and k not in TITLES
             and (k in titled or lower_words[k] * 3 < n)
             and (after_the[k] * 2 <= n or said_the[k] and not after_prep[k]) and after_prep[k] * 2 <= n
             and (agent[k] or honorific[k] or k in titled or called[k] and not lower_words[k])]
    names += _aliases_of_titled(names, titled, counts, pairs, lower_words, after_the, named_anyway)
    names += sorted({a for (a, b) in pairs if b in names and a not in names and a not in TITLES
                     and (a not in NOT_NAMES or a in named_anyway)
                     and not lower_words[a] and not after_the[a] and len(a) > 2})  # "Benedict Osei": his first name
    cast = Cast()
    for cid, name in known or []:
        tokens = {cid, name.lower(), *(t.lower() for t in re.findall(r"[A-ZÀ-ÖØ-Þa-zß-öø-ÿ']+", name) if t.lower() not in NOT_NAMES)}
        cast.add(Character(cid, name, tokens, known=True))
    families = _families(titled)
    siblings = _siblings(names, pairs, text)
    namesakes = _namesakes(names, pairs, text)
    heads = _heads(families | siblings, pairs, names, text)
    names = [n for n in names if (n not in siblings or n in heads) and n not in namesakes]  # 'Lacey', 'John' alone: which of them?
    kin_pairs = Counter({(a, b): n for (a, b), n in pairs.items()
                         if (b not in families and b not in siblings or a in TITLES or heads.get(b) == a)
                         and a not in namesakes})
    groups = _merge_titled(_group_full_names(names, counts, kin_pairs, pairs), titled, counts, text)
    for display, tokens in groups:
        existing = next((cast.by_token[t] for t in tokens if t in cast.by_token), None)
        if existing:
            cast.members[existing].tokens |= tokens
            cast.index_titles(cast.members[existing])
            for t in tokens:
                cast.by_token.setdefault(t, existing)
            continue
        cid = slug(display)
        while cid in cast.members:
            cid += "-2"
        if display in titled and display in tokens:
            title = titled[display]
            surname = display.split()[1]
            stop = '.' if title in ('Mr', 'Mrs', 'Ms', 'Dr', 'Mme', 'Mlle') else ''
            name = f"{title}{stop} {spelled.get(surname, surname.capitalize())}"
            gender = TITLE_GENDER.get(title.lower()) or ("m" if any(t.startswith("mr ") for t in tokens) else None)
            cast.add(Character(cid, name, set(tokens), gender=gender))
        else:  # 'Archer', who is 'Mr. Archer' twice: a man all the same
            genders = {TITLE_GENDER.get(titled[t].lower()) for t in tokens if t in titled} - {None}
            shown = " ".join(spelled.get(w, w.capitalize()) for w in display.split())
            cast.add(Character(cid, shown, set(tokens),
                               gender=genders.pop() if len(genders) == 1 else None))
    bearers: dict[str, set[str]] = defaultdict(set)  # 'mademoiselle' -> who is called so
    for key, spelled in titled.items():
        if spelled.lower() in TITLE_CANON and key in cast.by_token:
            bearers[spelled.lower()].add(cast.by_token[key])
    for word, ids in bearers.items():  # "Mademoiselle" alone: the one woman the text calls so ("Monsieur" with two, no one)
        if len(ids) == 1 and word not in cast.by_token:
            cid = ids.pop()
            cast.members[cid].tokens.add(word)
            cast.by_token[word] = cid
    for first, full in given:
        title, _, surname = full.partition(" ")
        if title == "miss" and any(a != first and b == surname and a not in TITLES for a, b in pairs):
            continue  # "Miss Elizabeth Bennet" beside "Jane Bennet": a younger sister, not "Miss Bennet", the eldest
        if full in cast.by_token and first not in cast.by_token and first not in TITLES:
            cast.by_token[first] = cast.by_token[full]
            cast.members[cast.by_token[full]].tokens.add(first)
        elif full in cast.by_token and cast.by_token.get(first) not in (None, cast.by_token[full]) \
                and cast.members[cast.by_token[first]].tokens == {first} and not cast.members[cast.by_token[first]].known:
            cast.merge(cast.by_token[first], cast.by_token[full])  # "Miss Agatha Pemberton" ... "Agatha": one woman
    for member in cast.members.values():
        member.count = sum(counts[t] for t in member.tokens)
    _join_short_names(cast, text)
    _known_as(cast, text)
    _called_by_spouse(cast, text)
    _nicknames(cast, text)
    _appositions(text, cast)
    plain = _outside_quotes(text)
    cast.roles = {w for w in ROLE_NOUNS | _NEWCOMER_NOUNS if not noun_gender(w) and _introduced(plain, w)} | _tag_callings(text, plain)
    _capital_designations(plain, cast)
    _genders(text, cast)
    _split_by_gender(cast, text)
    for member in cast.members.values():  # 'Papa' is a man and 'Mama' a woman, whatever pronouns are near
        kin = {t for t in member.tokens} & KIN_GENDER.keys()
        if member.gender is None and kin and len({KIN_GENDER[t] for t in kin}) == 1:
            member.gender = KIN_GENDER[kin.pop()]
    for member in cast.members.values():  # 'Lydia', 'Paul': a given name's usual gender, where the text told none
        usual = {GIVEN_GENDER[t] for t in member.tokens if t in GIVEN_GENDER}
        if member.gender is None and not member.designation and len(usual) == 1:
            member.gender = usual.pop()
    _drop_groups_and_ideas(cast)
    _drop_titles_of_works(cast, text)
    cast.first_person = first_person(text)
    return cast


# a short span set off by underscores or stars, as plain text writes italics: '_Cousin Kate_', '*Hamlet*'
_EMPHASISED = re.compile(r"(?<![\w*])([_*])(?=\S)((?:[^_*\n]|\n(?!\n)){1,40}?)(?<=\S)\1(?![\w*])")


def _drop_titles_of_works(cast: Cast, text: str) -> None:
    """'The third act of _Cousin Kate_ was well advanced': a name written only ever in a short italic span, with
    nothing else of the person's named outside it, is a play's or a ship's title, no one in the story."""
    spans = [(m.start(2), m.end(2)) for m in _EMPHASISED.finditer(text) if len(m.group(2).split()) <= 4]
    if not spans:
        return
    for cid, member in list(cast.members.items()):
        if member.known or member.designation or member.narrator:
            continue
        words = {w for t in member.tokens for w in t.split() if w not in TITLE_GENDER}
        starts = [at for w in words for at in word_starts(text, w.capitalize())]
        if starts and all(any(a <= at < b for a, b in spans) for at in starts):
            cast.remove(cid)


def _drop_groups_and_ideas(cast: Cast) -> None:
    """Names that are no one: sisters in the plural ('the Miss Bennets', beside a Bennet of the cast; not 'Mrs.
    Braddocks' beside a misspelt 'Mrs. Braddock'), a nation or a party ('the Italians', 'the Conservatives', with no
    title nor gender), and an idea ('Imperialism')."""
    singular = {t.rsplit(" ", 1)[-1] for m in cast.members.values() for t in m.tokens}
    for cid, member in list(cast.members.items()):
        if member.known or member.designation or member.narrator:
            continue
        words = {t.rsplit(" ", 1)[-1] for t in member.tokens}
        if not words:
            continue
        plural = all(w.endswith("s") and not w.endswith("ss") and (w[:-1] in singular or w[:-2] in singular
                                                                   and w.endswith("es")) for w in words)
        groups = all(w.endswith(("ians", "ans", "ists", "ites")) and member.gender is None
                     and " " not in t for w, t in zip(words, member.tokens))
        ideas = all(w.endswith(("ism", "isms")) for w in words)
        if plural and any(t.startswith("miss ") for t in member.tokens) or groups or ideas:
            cast.remove(cid)


_CAPITAL_ROLE = re.compile(r"\b[Tt]he ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b(?![ -][A-ZÀ-ÖØ-Þ])")


def _capital_designations(plain: str, cast: Cast) -> None:
    """'the Captain', 'the Squire', written capitalised like a name at least twice in the narration and
    borne by no one named (no Captain Hardwick): a person of their own, called by the rank."""
    counts = Counter(m.group(1).lower() for m in _CAPITAL_ROLE.finditer(plain))
    for noun, n in sorted(counts.items()):
        if n < 2 or noun not in ROLE_NOUNS and noun not in TITLE_GENDER or noun in _SOCIAL or noun in cast.by_token \
                or cast.by_title.get(TITLE_WORD.get(noun, noun)):
            continue
        gender = TITLE_GENDER.get(noun) or noun_gender(noun)
        cast.add(Character(noun, noun.capitalize(), {noun}, gender=gender, designation=True))


_SURNAME_TITLES = frozenset("Mr Mrs Ms Miss Dr Herr Frau Fraulein Monsieur Mademoiselle Mme Mlle Signor Signora "
                            "Signorina Senor Senora Senorita Fräulein Señor Señora Señorita".split())  # before a surname ('Sir William', 'Lady Anne' are first names)
_NEWCOMER_NOUNS = frozenset("stranger newcomer traveller traveler visitor intruder".split())
_ROLE_ARTICLE = re.compile(r"(?<!\blike )(?<!\bas )(?<!\bthan )(?<!\bof )(?<!\bbe )(?<!\bwas )(?<!\bis )"
                           r"\b[Aa]n?\s+(?:[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*,?\s+){0,3}$")


_TAG_CALLING = re.compile(r"[\"”’]\s*,?\s*(?:said|asked|answered|replied|cried|returned|observed|remarked|added|exclaimed|"
                          r"continued|whispered|muttered|murmured|called|shouted|inquired|enquired|rejoined|responded|"
                          r"declared|interposed|retorted|explained|demanded|repeated|suggested)\s+the\s+"
                          r"(?:(?!(?:at|in|of|on|to|by|for|with|and|or|but|as)\s)[a-zß-öø-ÿ][a-zß-öø-ÿ-]*\s+){0,2}?"
                          r"([a-zß-öø-ÿ][a-zß-öø-ÿ-]{3,})(?=\s*[,.;:!?—]|\s+[a-zß-öø-ÿ]+ly\b)")
# ('said the master at length': no calling 'length')
_NOT_CALLINGS = frozenset("""other others last first second third one same latter former voice rest whole elder younger
eldest youngest older
board crowd company party chorus jury court assembly group audience class family pair couple""".split())
_YOUNG_NOUNS = frozenset("child kid youngster youth infant baby".split())  # someone named, more often than not


def _tag_callings(text: str, plain: str) -> set[str]:
    """Nouns a tag gives a line to ('" said the station-master carelessly', '" answered the proprietor.'): a
    calling the lexicon may not hold, which the tag itself shows to be someone's. Not a group ('said the
    board'), a plural, a title ('said the count' is Count Mippipopolous), nor a child (usually named). `plain` is
    `text` with its quotations blanked."""
    out = set()
    for m in _TAG_CALLING.finditer(text):
        word = m.group(1)
        if word in out or word in _NOT_CALLINGS or word in _YOUNG_NOUNS or word in TITLES or noun_gender(word) \
                or word in ROLE_NOUNS or word.endswith(("ed", "ing", "ly")) or word.endswith("s") and not word.endswith("ss"):
            continue
        spelt = re.escape(word).replace(r"\-", "-?")  # 'the stationmaster' ... 'said the station-master'
        met = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-zß-öø-ÿ-]+\s+){0,2}?" + spelt + r"\b")
        if met.search(plain, 0, max(0, m.start(1) - 40)):
            out.add(word)  # someone the narration met before the tag, not an epithet the tag coins ('the enquirer')
    return out


_IN_A_PROPER_NOUN = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*(?:['’]?\s?s)?\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+$")
# "the Deceased Wife's Sister Bill": a capitalised kin word inside a longer name ('Father Brown' and 'Sister Agnes' are
# people)


def _introduced(plain: str, noun: str) -> bool:
    """Whether the narration brings someone in as 'a `noun`' ("a tall stranger"; not "like a bishop")."""
    at = plain.find(" " + noun)
    while at >= 0:
        end = at + 1 + len(noun)
        if (end == len(plain) or not plain[end].isalpha()) and _ROLE_ARTICLE.search(plain, max(0, at - 40), at + 1):
            return True
        at = plain.find(" " + noun, end)
    return False


_KIN_WORDS = frozenset("""niece nephew cousin brother sister son daughter wife husband uncle aunt father mother
grandson granddaughter friend""".split())
KIN_CALLS = frozenset("""papa pa mamma mama ma father mother uncle aunt grandmamma grandpapa granny nurse dad daddy mum
mummy mom mommy grandma grandpa grandad gran nan nana auntie""".split())  # what kin call each other by: a relation, never a name
PARENT_CALLS = {"father": frozenset("dad daddy papa pa pop father".split()),
                "mother": frozenset("mum mom mummy mommy mama mamma ma mother".split())}
# what a child calls a parent ('pop' too): in first person, a member known by one of these alone is 'my father'
KIN_GENDER = {**dict.fromkeys("papa pa father uncle grandpapa dad daddy grandpa grandad".split(), "m"),
              **dict.fromkeys("mamma mama ma mother aunt grandmamma granny mum mummy mom mommy grandma gran nan nana auntie"
                              .split(), "f")}
_CALLING = re.compile(r",\s+(?:you|your|I|we|what|how|why|come|do|don't|don’t|listen|look|please|wait|tell|give|go|"
                      r"let|pray|my|dear)\b")  # '"Mary, you do not know"': a name called at a line's start
_CALLED = re.compile(r"\s*[,!?.]?[\"”’]")  # a name just before a closing quote
_SAID_THE = re.compile(r"\b(?:said|asked|replied|cried|answered|returned)\s+the\s+$", re.I)
_THE_TITLE = re.compile(r"\b[Tt]he\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\.?\s+$")  # 'the Aunt ' before 'Sally man'
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Colonel)\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+){0,2}$")
_PLACE_NOUNS = frozenset("""street road lane row square avenue terrace crescent alley bridge station inn arms abbey
castle manor church chapel wharf quay yard court hill hall house park place green common gate gardens cross
end market drive boulevard mews parade lodge grange cottage farm""".split())
_NAMED_PLACE = re.compile(r"(?:\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+['’]s|\b(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+$")


_OATH_BEFORE = re.compile(r"\b(?:for|for\s+the\s+love\s+of)\s+$", re.I)


def _in_an_oath(text: str, m: re.Match[str]) -> bool:
    """A name in an oath is no one in the story: 'for Christ's sake', 'for the love of Mike', 'God Almighty'."""
    after = text[m.end():m.end() + 12]
    if re.match(r"\s+almighty\b", after, re.I):
        return True
    if not _OATH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    return bool(re.match(r"['’]?\s*sake\b", after, re.I)) if m.group(3) or after[:1] in "'’" \
        else bool(re.search(r"love\s+of\s+$", text[max(0, m.start() - 20):m.start()], re.I))


def _place_word(text: str, start: int, key: str) -> bool:
    """'Row' in "Cutler's Row", 'Street' in "Mill Street": the last word of a place's name, not a person."""
    if key not in _PLACE_NOUNS:
        return False
    before = text[max(0, start - 30):start]
    m = _NAMED_PLACE.search(before)
    return bool(m) and (m.group().rstrip().endswith(("'s", "’s")) or key in _STREETS)


_VESSEL = re.compile(r"\b(?:brig|schooner|ship|barque|bark|sloop|steamer|steamship|yacht|frigate|cutter|lugger|"
                     r"smack|ketch|packet|liner|whaler|clipper|galleon|gunboat|trawler)\s+(?:the\s+)?$", re.I)
# 'the brig Providence', 'the schooner Mary Ann': a ship, not a person


_STREETS = frozenset("""street road row square avenue terrace crescent alley bridge station inn arms abbey wharf quay
park house manor castle lodge grange cottage farm lane drive boulevard mews parade place gardens""".split())


PAST = frozenset("""was had could would will can did sat stood went came took made saw knew felt ran got gave
found held kept left put set told began fell rose shook drew threw wore woke sang spoke stopped
says is has does goes comes takes makes sees knows feels runs gets gives holds keeps sits stands
slid let lay bent caught brought bought fought hung led leant leapt lit meant met paid rode rang sank shut slept
spun spread strode struck swept swung tore wept won wrote hid hit bit blew broke chose drove ate flew forgot froze
grew knelt laid lost sent spent stole stuck swore taught understood""".split())


def _verb_like(word: str) -> bool:
    """A word that can follow a subject: a past tense, a common irregular or present verb, a speech verb."""
    return word.endswith("ed") or word in PAST or word in SPEECH_VERBS or word in THOUGHT_VERBS


_FEASTS = frozenset({"lady day", "lord's day", "lord’s day"})  # days of the calendar a title begins


def _families(titled: dict[str, str]) -> set[str]:
    """Surnames a man and a woman both bear with a title ('Mr. Bennet', 'Mrs. Bennet', 'Miss Bennet'):
    a family's, so a first name before it ('Elizabeth Bennet') is a person of its own, not the man."""
    genders: dict[str, set[str | None]] = defaultdict(set)
    for key, title in titled.items():
        genders[key.split()[1]].add(TITLE_GENDER.get(title.lower()))
    return {surname for surname, seen in genders.items() if {"m", "f"} <= seen}


def _siblings(names: list[str], pairs: Counter[tuple[str, str]], text: str) -> set[str]:
    """Surnames two people bear: two first names written before one surname ('Anne Lacey', 'Tom Lacey') where the
    narration shows them apart, in one sentence together ('Tom laughed, and Anne turned back') or with pronouns
    of two genders. Neither a short form nor a pet name of the other ('Joss', 'Josiah'; 'Jack', 'John'), nor a kin
    word ('Granny Tizzard')."""
    firsts: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if a in names and b in names and a not in TITLES and a not in KIN_CALLS and a not in NOT_NAMES and a != b:
            firsts[b].add(a)
    return _borne_by_two(firsts, text, lambda a, b: not _one_first_name(a, b), first_names=True)


def _one_first_name(a: str, b: str) -> bool:
    """Whether two first names can be one person's: a short form ('Joss', 'Josiah') or a pet name ('Jack', 'John')."""
    return short_form_of(a, b) or short_form_of(b, a) or b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ())


def _heads(surnames: set[str], pairs: Counter[tuple[str, str]], names: list[str], text: str) -> dict[str, str]:
    """For a surname a family or several people bear, the man 'Oakley' alone means:
    - the one whose first name is written before it three times as often as all the others' together (three times
      at least; twice as often will do when the surname is written with 'he' after it), unless that first name is
      ever written after a 'Mr.' (he is 'Mr. Oakley' and 'Oakley' alone: 'Maurice Oakley' ten times, 'Francis Oakley'
      twice; 'Mr. John Knightley' is not the one Mr. Knightley);
    - else the one of its first names that is not a woman's, when the surname alone (no first name or title before
      it) is written with 'he' and 'Mr.' is never written before it ('Lucian Gregory', his sister 'Rosamond
      Gregory', and 'Gregory' alone: Lucian)."""
    out: dict[str, str] = {}
    for surname in surnames:
        firsts = Counter({a: n for (a, b), n in pairs.items() if b == surname and a in names and a not in TITLES})
        if len(firsts) < 2:
            continue
        (top, n), *rest = firsts.most_common()
        men = [a for a in firsts if GIVEN_GENDER.get(a) != "f"]
        mister = r"\bM(?:r|ister)\.?\s+%s\b"
        if not (n >= 3 and n >= 3 * sum(c for _, c in rest)) and len(men) == 1 and _alone_male(text, surname, True) \
                and not re.search(mister % re.escape(surname.capitalize()), text):
            out[surname] = men[0]  # 'Lucian Gregory' twice, his sister 'Rosamond Gregory' once, and 'Gregory … he'
            continue  # forty times: the surname alone is the one man's ('Mr. Lucian Gregory' is he too)
        others = sum(c for _, c in rest)  # ('Maurice Oakley' seven times, 'Francis' or 'Frank Oakley' three, and
        # 'Oakley … he' alone: Maurice)
        if n >= 3 and (n >= 3 * others or n >= 2 * others and _alone_male(text, surname)) \
                and GIVEN_GENDER.get(top) != "f" and not re.search(mister % re.escape(top.capitalize()), text):
            out[surname] = top
    unknown = sorted({top for top in out.values() if top not in GIVEN_GENDER})
    if unknown:  # a first name no list knows ('Berry'): a man if the text says he
        probe = Cast()
        for top in unknown:
            probe.add(Character(top, top.capitalize(), {top}))
        _genders(text, probe)
        out = {s: top for s, top in out.items() if top in GIVEN_GENDER or probe.members[top].gender == "m"}
    return out


def _namesakes(names: list[str], pairs: Counter[tuple[str, str]], text: str) -> set[str]:
    """First words two people bear: one word written before two surnames ('John Smith', 'John Brown'; a way of
    address too: 'Mistah Tobias', 'Mistah Hollis') whose bearers the narration shows apart, in one sentence together
    or with pronouns of two genders. Not a name in three parts ('Sarah Ann Holt'), nor a short form."""
    seconds: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        if a in names and b in names and a != b and a not in KIN_CALLS:
            seconds[a].add(b)
    return _borne_by_two(seconds, text, lambda a, b: (a, b) not in pairs and (b, a) not in pairs
                         and not short_form_of(a, b) and not short_form_of(b, a))


def _borne_by_two(groups: dict[str, set[str]], text: str, may_differ: Callable[[str, str], bool],
                  first_names: bool = False) -> set[str]:
    """The words of `groups` (each with the names written beside it) that two people bear: two of its names (that
    `may_differ`) the narration shows apart, in one sentence together or with pronouns of two genders
    (`first_names`: the names are first names, which are of their usual gender where the text tells none)."""
    out: set[str] = set()
    sentences: dict[str, set[int]] | None = None
    undecided: dict[str, list[tuple[str, str]]] = {}  # words whose names no sentence holds together: by gender
    for word, given in groups.items():
        apart = [(a, b) for a in sorted(given) for b in sorted(given) if a < b and may_differ(a, b)]
        if not apart:
            continue
        if sentences is None:
            sentences = _sentences_of(_outside_quotes(text))
        if any(sentences.get(a, set()) & sentences.get(b, set()) for a, b in apart):
            out.add(word)
        else:
            undecided[word] = apart
    if undecided:  # the genders of all their names in one reading of the text (a reading per word took seconds)
        probe = Cast()
        for a in sorted({a for apart in undecided.values() for pair in apart for a in pair}):
            probe.add(Character(a, a.capitalize(), {a}))
        _genders(text, probe)
        for member in probe.members.values() if first_names else ():  # 'Florence', 'John': a first name's usual
            member.gender = member.gender or GIVEN_GENDER.get(member.id)  # gender, where the text told none
        out |= {word for word, apart in undecided.items()
                if any({probe.members[a].gender, probe.members[b].gender} == {"m", "f"} for a, b in apart)}
    return out


def _group_full_names(names: list[str], counts: Counter[str], pairs: Counter[tuple[str, str]],
                      every_pair: Counter[tuple[str, str]] | None = None) -> list[tuple[str, set[str]]]:
    """'Hatake Kakashi' and 'Kakashi' are one person, shown by the word used most on its own; by both words when
    the text gives that first name to someone else too ('John Andrew' beside 'John Beaver')."""
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for (a, b), n in pairs.items():
        if a in parent and b in parent and n >= 1:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[rb] = ra
    groups: dict[str, set[str]] = defaultdict(set)
    for n in names:
        groups[root(n)].add(n)
    out = []
    for tokens in groups.values():
        alone = {t: counts[t] - sum(v for (a, b), v in pairs.items() if t in (a, b)) for t in tokens}
        display = max(sorted(tokens), key=lambda t: (alone[t], counts[t]))
        seconds = sorted(b for (a, b) in pairs if a == display and b in tokens)
        shared = any(a == display and b not in tokens and b in names for (a, b) in every_pair or {})
        if shared and len(seconds) == 1:
            display = f"{display} {seconds[0]}"
        out.append((display, tokens))
    out.sort(key=lambda g: -sum(counts[t] for t in g[1]))
    return out


def _aliases_of_titled(names: list[str], titled: dict[str, str], counts: Counter[str],
                       pairs: Counter[tuple[str, str]], lower_words: Counter[str], after_the: Counter[str],
                       named_anyway: frozenset[str] = frozenset()) -> list[str]:
    """Words that are names because a titled person bears them: the surname alone ('Darcy' beside
    'Mr. Darcy') and a first name written before a name ('Fitzwilliam Darcy')."""
    surnames = {k.split()[1] for k in titled}
    out = [k for k, n in counts.items() if k in surnames and k not in names and k not in TITLES
           and lower_words[k] * 3 < n and after_the[k] * 2 <= n]
    known = set(names) | set(out)
    out += sorted({a for (a, b) in pairs if b in known and b in surnames and a not in known and a not in TITLES
                   and (a not in NOT_NAMES or a in named_anyway) and not lower_words[a]})
    return out


_PRONOUN_AFTER = re.compile(r"[^.!?\"“”\n]{0,80}?\b(he|him|his|she|her)\b")


def _told_genders(text: str, words: set[str]) -> dict[str, str]:
    """The gender the text's pronouns give each one-word name of `words` that they give one (a probe cast of
    those names alone)."""
    probe = Cast()
    for word in sorted(w for w in words if " " not in w):
        probe.add(Character(word, word.capitalize(), {word}))
    if probe.members:
        _genders(text, probe)
    return {m.id: m.gender for m in probe.members.values() if m.gender in ("m", "f")}


def _side_by_side(text: str, titled: str, tokens: set[str]) -> bool:
    """Whether a paragraph names both a woman by title and surname ('Madame Couvreur') and, by a first name of its own,
    a person whose gender the text does not tell ('Lucien', 'Lucien Couvreur'): two people, one calling or speaking
    of the other, not one person named twice."""
    title, surname = titled.split()[0], titled.split()[-1]
    firsts = {t.split()[0] for t in tokens if len(t.split()) == 2 and t.split()[1] == surname} | \
        {t for t in tokens if " " not in t and t != surname}
    firsts -= set(TITLE_GENDER)
    if not firsts:
        return False
    her = re.compile(r"\b" + re.escape(title) + r"\.?\s+" + re.escape(surname) + r"\b", re.I)
    them = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(firsts)) + r")\b", re.I)
    return any(them.search(her.sub(" ", para)) for para in _paragraphs(text) if her.search(para))


@functools.lru_cache(maxsize=2)
def _paragraphs(text: str) -> tuple[str, ...]:
    """The text's paragraphs (split once for every titled surname asked about)."""
    return tuple(re.split(r"\n\s*\n", text))


def _alone_male(text: str, surname: str, unnamed: bool = False) -> bool:
    """Whether a surname written alone (no title before it; with `unnamed`, no first name either) is a man's: the
    first he or she after it on its line, with no other capitalised name between, says he at least twice and more
    often than she."""
    votes: Counter[str] = Counter()
    word = surname.capitalize()
    for start in word_starts(text, word):
        end = start + len(word)
        if text[end:end + 2] in ("'s", "’s") or TITLE_RE.search(text, max(0, start - 14), start) \
                or unnamed and _FIRST_BEFORE.search(text, max(0, start - 30), start):
            continue
        after = _PRONOUN_AFTER.match(text, end)
        if after and not re.search(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b", text[end:after.start(1)]):  # no one else named between
            votes["m" if after.group(1) in ("he", "him", "his") else "f"] += 1
    return votes["m"] >= 2 and votes["m"] > votes["f"]


_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b")
_FIRST_BEFORE = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+ $")  # 'Owen Marsh': a first name before the surname


@functools.lru_cache(maxsize=2)
def _capitalised(text: str) -> tuple[dict[str, list[int]], dict[str, list[tuple[str, str]]], dict[str, list[str]]]:
    """Every capitalised word of `text` (as written -> where each starts) and each pair of them with only white space
    between (the second -> (the first, the space); the first -> the second): read once per text for the questions
    that look a name up across the whole of it."""
    starts: dict[str, list[int]] = defaultdict(list)
    before: dict[str, list[tuple[str, str]]] = defaultdict(list)
    after: dict[str, list[str]] = defaultdict(list)
    last: re.Match[str] | None = None
    for m in _CAPITALISED.finditer(text):
        starts[m.group()].append(m.start())
        if last is not None and text[last.end():m.start()].isspace():
            before[m.group()].append((last.group(), text[last.end():m.start()]))
            after[last.group()].append(m.group())
        last = m
    return starts, before, after


def _plain_word(word: str) -> bool:
    return bool(_CAPITALISED.fullmatch(word))


def word_starts(text: str, word: str) -> list[int]:
    """Where `word` (a capitalised word) stands alone in `text` (as `\\bword\\b` finds it)."""
    if not _plain_word(word):
        return [m.start() for m in re.finditer(r"\b%s\b" % re.escape(word), text)]
    return _capitalised(text)[0].get(word, [])


def words_before(text: str, word: str, one_space: bool = False) -> list[str]:
    """The capitalised words written just before `word` in `text` with only white space between ('Emma' of
    'Emma Woodhouse'), in order; with `one_space`, a single space."""
    if not _plain_word(word):
        gap = " " if one_space else r"\s+"
        return [m.group(1) for m in re.finditer(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)" + gap + r"(?=" + re.escape(word) + r"\b)", text)]
    return [first for first, space in _capitalised(text)[1].get(word, []) if not one_space or space == " "]


def words_after(text: str, word: str) -> list[str]:
    """The capitalised words written just after `word` in `text` with only white space between ('Woodhouse' of
    'Emma Woodhouse'), in order."""
    if not _plain_word(word):
        return [m.group(1) for m in re.finditer(r"\b" + re.escape(word) + r"\s+(?=([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b)", text)]
    return _capitalised(text)[2].get(word, [])


def _merge_titled(groups: list[tuple[str, set[str]]], titled: dict[str, str],
                  counts: Counter[str], text: str = "") -> list[tuple[str, set[str]]]:
    """'Mr. Darcy', 'Darcy' and 'Fitzwilliam Darcy' are one person, shown with the title. A surname
    two titled people share ('Mr. Bennet', 'Mrs. Bennet') goes alone to the one man among them."""
    surnames: dict[str, list[str]] = defaultdict(list)
    for key in titled:
        surnames[key.split()[1]].append(key)
    index = {t: i for i, (_, tokens) in enumerate(groups) for t in tokens}
    into: dict[int, int] = {}
    moved: dict[str, int] = {}  # a surname alone that is the titled man's, not the family member's it was grouped with
    told: dict[str, str] | None = None
    ranked: set[str] = set()
    for surname, keys in surnames.items():
        keys = [k for k in keys if k in index]
        ranks = [k for k in keys if k.split()[0] not in _SOCIAL]
        misters = [k for k in keys if k.split()[0] == "mr"]
        if len(ranks) == 1 and len(misters) == 1 and index[ranks[0]] != index[misters[0]]:
            into[index[ranks[0]]] = index[misters[0]]  # "Lieutenant Kerr" is "Mr. Kerr" to his elders: one man
            ranked.add(ranks[0])
            keys = [k for k in keys if k != ranks[0]]
        if surname not in index or not keys:
            continue
        if len(keys) > 1:
            keys = [k for k in keys if TITLE_GENDER.get(k.split()[0]) == "m"]
        if len(keys) == 1 and TITLE_GENDER.get(keys[0].split()[0]) == "f" and text and _alone_male(text, surname):
            continue  # 'Mrs. Braddocks' and '"…," Braddocks said. He …': a surname alone is her husband's, not hers
        given = {GIVEN_GENDER[t] for t in groups[index[surname]][1] if t in GIVEN_GENDER}
        if not given and len(keys) == 1 and text:  # 'Berry Hamilton … He was' and the one 'Mrs. Hamilton': a first
            if told is None:  # name no list knows, told by the text (every such name probed at once: one pass)
                told = _told_genders(text, {t for _, tokens in groups for t in tokens if t not in GIVEN_GENDER})
            given = {told[t] for t in groups[index[surname]][1] - {surname} if t in told}
        if len(keys) == 1 and given and TITLE_GENDER.get(keys[0].split()[0]) not in given | {None}:
            if TITLE_GENDER.get(keys[0].split()[0]) == "m" and text and _alone_male(text, surname):
                moved[surname] = index[keys[0]]  # 'Charlotte Temple' and 'Mr. Temple', 'Temple … he': his name
            continue  # 'Tom Pryor' and the one 'Mrs. Pryor': his mother or his wife, not him
        if len(keys) == 1 and not given and TITLE_GENDER.get(keys[0].split()[0]) == "f" and text \
                and _side_by_side(text, f"{titled[keys[0]]} {surname}", groups[index[surname]][1] - {surname}):
            continue  # '"Lucien," said Madame Couvreur': the one 'Madame Couvreur' calls is not she
        if len(keys) == 1 and index[surname] != index[keys[0]]:
            into[index[surname]] = index[keys[0]]
    merged: dict[int, set[str]] = {i: set(tokens) for i, (_, tokens) in enumerate(groups)}
    for token, target in moved.items():
        merged[index[token]].discard(token)
        merged[target].add(token)
    for source, target in into.items():
        while target in into:
            target = into[target]
        merged[target] |= merged.pop(source)
    out = []
    for i, tokens in merged.items():
        if not tokens:
            continue
        titles = [t for t in tokens if t in titled]
        own = groups[i][0] if groups[i][0] not in moved else max(sorted(tokens), key=lambda t: counts[t])  # moved away
        display = max(sorted(titles), key=lambda t: (t in ranked, counts[t])) if titles else own
        common = max(sorted(tokens), key=lambda t: counts[t])
        if titles and display not in ranked and counts[display] <= 2 and counts[display] * 10 < counts[common]:
            display = common  # 'Alice' four hundred times and 'Miss Alice' once: she is Alice
        elif titles and display.split()[0] in ("miss", "master") and display.split()[1] in GIVEN_GENDER \
                and display.split()[1] in tokens and counts[display.split()[1]] >= counts[display]:
            display = display.split()[1]  # 'Miss Leslie', as the servants call her, and 'Leslie' as often: Leslie
        elif titles and display not in ranked and common == display.split()[1] and counts[common] >= 3 * counts[display]:
            display = common  # 'Syme' written alone three times as often as 'Mr. Syme': the text calls him Syme
        out.append((display, tokens))
    out.sort(key=lambda g: -sum(counts[t] for t in g[1]))
    return out


_NAME = r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Aunt|Uncle|Captain|Colonel|Old|Young|Little)\.?\s+)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"
_DESCRIPTION = r"(?:the|a|an|his|her|their|our|my|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+['’]s)\s+((?:[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*,?\s+){0,4}[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*)"
_DESCRIPTION_END = r"(?=\s*[,.;:!?—]|\s+(?:from|of|who|whom|with|at|in|on|and|whose|that)\b)"
_APPOSITION = re.compile(r"\b" + _NAME + r",\s+" + _DESCRIPTION + _DESCRIPTION_END)  # "Grubble, the landlord,"
_COPULA = re.compile(r"(?:^|[.!?]\s+)The\s+([a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*)\s+was\s+" + _NAME + r"\b")  # "The boy was Nat"
_APPOSITION_HEAD = re.compile(r"\bthe\s+((?:[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*\s+){0,2}?[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*)(?:\s+(?:himself|herself))?,\s+"
                             + _NAME + r"(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?,")  # "the landlord, Grubble,", "the artist himself, Basil Hallward,"
# Callings named two ways: a person described by one is described by the other ('the artist' is 'the painter')
ROLE_SYNONYMS = [frozenset(g.split()) for g in ("painter artist", "doctor physician", "lawyer attorney",
                                                 "sailor seaman", "policeman constable")]
_NOT_AGENTS = frozenset("""other another either neither rather whether together father mother brother sister
daughter corner door floor water paper letter matter number order silence moment present parent
evening morning dinner supper winter summer weather hour honour colour favour""".split())


def _person_noun(word: str) -> bool:
    """A noun that names a person's role or kind: gendered ('lad', 'errand-boy', 'washerwoman') or
    an agent noun ('pawnbroker', 'chandler', 'visitor')."""
    head = word.rsplit("-", 1)[-1]
    return bool(noun_gender(word)) or head in ROLE_NOUNS or (len(head) > 4 and head.endswith(("er", "or", "ist", "ant", "ent"))
                                       and head not in _NOT_AGENTS)


def _appositions(text: str, cast: Cast) -> None:
    """What the narration calls people: 'Mr. Grubble, the landlord,', 'Kit, the pawnbroker's
    errand-boy,', 'The boy was Nat', 'the landlord, Grubble,'. Each description (and the last part of a
    compound) means that person from there on; a name so described that was not yet in the cast, and
    whose description tells a gender, joins it."""
    plain = _outside_quotes(text)
    found: list[tuple[int, str, str]] = []
    for m in _APPOSITION.finditer(plain):  # the first person-noun of the description
        nouns = [w for w in re.findall(r"[a-zß-öø-ÿ][a-zß-öø-ÿ'’-]*", m.group(2)) if not w.endswith(("'s", "’s")) and _person_noun(w)]
        if nouns:
            found.append((m.start(), m.group(1), nouns[0]))
    for m in _APPOSITION_HEAD.finditer(plain):
        found.append((m.start(), m.group(2), m.group(1).split()[-1]))
    for m in _COPULA.finditer(plain):  # "The man was English": a name only if it comes again
        if cast.lookup(m.group(2)) is not None or len(re.findall(r"\b%s\b" % re.escape(m.group(2)), text)) > 1:
            found.append((m.start(1), m.group(2), m.group(1)))
    for offset, name, noun in sorted(found):
        noun = noun.lower().replace("’", "'")
        if not _person_noun(noun):
            continue
        cid = cast.lookup(name)
        word = name.split()[-1]
        if cid is None and noun_gender(noun) and word.lower() not in NOT_NAMES:
            cid = cast.lookup(word)
            named_mid = re.search(r"[a-zß-öø-ÿ,;]\s+%s\b" % re.escape(word), plain)  # a name, not "Startled, the girl"
            if cid is None and named_mid and not re.search(r"\b%s\b" % re.escape(word.lower()), text):
                cid = slug(word)
                while cid in cast.members:
                    cid += "-2"
                tokens = {word.lower()} | ({name.lower()} if " " in name else set())
                cast.add(Character(cid, word, tokens, gender=noun_gender(noun),
                                   count=len(re.findall(r"\b%s\b" % word, text))))
        if cid is None:
            continue
        if cast.members[cid].gender is None and noun_gender(noun):  # "The Captain, a tall man,"
            cast.members[cid].gender = noun_gender(noun)
        cast.describe(noun, offset, cid)
        for same in (w for group in ROLE_SYNONYMS if noun in group for w in group - {noun}):
            cast.describe(same, offset, cid)
        if "-" in noun:
            cast.describe(noun.rsplit("-", 1)[1], offset, cid)


_DIMINUTIVE_ENDS = ("sie", "ie", "ey", "y", "s", "e")


def short_form_of(short: str, full: str) -> bool:
    """Whether `short` can be a short form of the first name `full`: 'Theo' of Theodore, 'Barty' of
    Bartholomew, 'Mads' of Madison, 'Kate' of Katherine, 'Lizzy' of Elizabeth (a stem of three letters or more that begins
    the full name, or of four or more inside it, or a short name the full one begins with)."""
    if len(short) < 3 or len(full) < len(short) + 1 or " " in short or " " in full:
        return False
    stems = {short} | {short[:-len(e)] for e in _DIMINUTIVE_ENDS if short.endswith(e) and len(short) - len(e) >= 3}
    stems |= {s[:-1] for s in list(stems) if len(s) >= 4 and s[-1] == s[-2]}  # 'Lizz' -> 'Liz'
    # the full name is two letters longer than the short one, or three longer than a stem a pet ending came off
    # ('Danny' of Daniel, 'Sammy' of Samuel; never 'Jenny' of Jenna, 'Annie' of Anna)
    stems = {s for s in stems if len(full) >= len(s) + (2 if s == short else 3)}
    # inside the name, never its tail: 'Liz' of Elizabeth, not 'Ino' of Shino (two names)
    return any(full.startswith(s) or (len(s) >= 3 and 0 < full.find(s, 1, 3 + len(s)) <= len(full) - len(s) - 2)
               for s in stems)


def _sentences_of(plain: str) -> dict[str, set[int]]:
    """For each lower-cased word of the narration, the sentences (by number) it is in."""
    index: dict[str, set[int]] = defaultdict(set)
    for n, sentence in enumerate(re.split(r"[.!?]|\n[ \t]*\n", plain)):  # a hard-wrapped line break is inside one
        for word in re.findall(r"[A-ZÀ-ÖØ-Þa-zß-öø-ÿ]+", sentence):
            index[word.lower()].add(n)
    return index


def _given(member: Character) -> set[str]:
    """A person's first names: bare names, and the name after a title that goes with a first name ('Lord Henry')."""
    return {t for t in member.tokens if " " not in t} | {t.split()[1] for t in member.tokens
                                                         if len(t.split()) == 2 and t.split()[0] in ("lord", "sir", "lady")}


def _nicknames(cast: Cast, text: str) -> None:
    """'Big Medicine', 'Happy Jack': a name the text never writes without the same capitalised word before it
    (twice or more, a word that is no title and no one else's name) is shown with that word, as the text writes
    it; so is a first name and a second one the text only ever writes together."""
    for member in cast.members.values():
        if member.known or " " in member.name or member.designation:
            continue
        starts = word_starts(text, member.name)
        before = words_before(text, member.name, one_space=True)
        after = words_after(text, member.name)
        if len(starts) < 2:
            continue
        if len(before) == len(starts) and len(set(before)) == 1 and before[0].lower() not in TITLES \
                and cast.by_token.get(before[0].lower(), member.id) == member.id and before[0].lower() not in KIN_GENDER:
            name = f"{before[0]} {member.name}"
        elif len(after) == len(starts) and len(set(after)) == 1 and after[0].lower() in member.tokens \
                and len(word_starts(text, after[0])) == len(starts):
            name = f"{member.name} {after[0]}"  # 'Happy Jack', never 'Happy' nor 'Jack' alone
        else:
            continue
        member.name = name
        member.tokens.add(name.lower())
        cast.by_token.setdefault(name.lower(), member.id)


_KNOWN_AS = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+\.?\s+){0,2}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+),?\s+(?:who\s+(?:was|is)\s+)?"
                       r"(?:known|nicknamed|(?:was|is|being)\s+called)\b(?:(?!\bas\b)[^.;:!?\"“”]){0,60}"
                       r"\bas\s+[\"“‘']?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b")  # '…, known to her friends as "Tuppence"'
_OR_AS = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+\.?\s+){0,2}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+),\s+or\s+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+)?"
                    r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+),\s+as\s+(?:he|she)\s+(?:was|is|(?:had|has)\s+(?:[a-zß-öø-ÿ]+\s+)?been)\s+(?:[a-zß-öø-ÿ]+\s+){0,3}?"
                    r"(?:called|termed|named|nicknamed|known|dubbed)\b")  # 'Caroline, or Sister Carrie, as she had
# been half affectionately termed'


def _known_as(cast: Cast, text: str) -> None:
    """'Miss Prudence Cowley, known to her intimate friends for some mysterious reason as "Tuppence"', 'Caroline, or
    Sister Carrie, as she had been termed': one woman, shown by the name the text uses most."""
    for m in [*_KNOWN_AS.finditer(text), *_OR_AS.finditer(text)]:
        b = cast.lookup(m.group(2))
        named = [cast.lookup(w) for w in m.group(1).replace(".", " ").split()]
        a = next((cid for cid in named if cid is not None), None)
        if a is None or b is None or a == b:
            continue
        for cid in dict.fromkeys(c for c in named if c not in (None, a)):  # 'Miss Prudence Cowley': one woman
            if not cast.members[cid].known:
                cast.members[a].count += cast.members[cid].count
                cast.merge(cid, a)
        into, other = cast.members[a], cast.members[b]
        if other.known or into.known or None not in (into.gender, other.gender) and into.gender != other.gender:
            continue
        if other.count > into.count:  # kept under the name the text uses most, and its id ('tuppence')
            into, other = other, into
        into.count += other.count
        cast.merge(other.id, into.id)  # (which keeps a gender either one has)


# '"Gilbert," said his wife', '"…, Gilbert," said his wife': the one called is the husband of the one speaking
_CALLED_BY_SPOUSE = re.compile(r"(?:[\"“](?:[^\"”\n]*?,\s*)?)([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s*[,.!?]?[\"”]\s*,?\s*"
                               r"(?:said|cried|answered|replied|murmured|put\s+in)\s+(his\s+wife|her\s+husband)\b")


def _called_by_spouse(cast: Cast, text: str) -> None:
    """'"Gilbert," said his wife' beside the one 'Mr. Harcourt' and the one 'Mrs. Harcourt' of the cast: Gilbert,
    known by no surname, is Mr. Harcourt (and 'said her husband' after a woman's name makes her Mrs. Somebody)."""
    for m in _CALLED_BY_SPOUSE.finditer(text):
        called = cast.lookup(m.group(1))
        if called is None or cast.members[called].known or any(" " in t for t in cast.members[called].tokens):
            continue
        mine, theirs = ("mr ", "mrs ") if m.group(2).startswith("his") else ("mrs ", "mr ")
        spouses = {t.split()[1] for c in cast.members.values() for t in c.tokens if t.startswith(theirs)}
        titled = [c.id for c in cast.members.values() if c.id != called
                  and any(t.startswith(mine) and t.split()[1] in spouses for t in c.tokens)]
        gender = "m" if mine == "mr " else "f"
        if len(titled) == 1 and cast.members[called].gender in (gender, None) \
                and not cast.members[titled[0]].known:
            cast.members[titled[0]].count += cast.members[called].count
            cast.merge(called, titled[0])


def _join_short_names(cast: Cast, text: str) -> None:
    """A short form of one person's first name is that person: a cast member known only by it is
    merged into them ('Barty' into Bartholomew Finch), and a short form used only to call someone
    in dialogue ('Come on, Mads.') becomes one of their names. Never when the text names both in one
    sentence of narration, or when their genders differ."""
    sentences = _sentences_of(_outside_quotes(text))
    bare = {cid: {t for t in m.tokens if " " not in t} for cid, m in cast.members.items() if not m.known}

    def together(word: str, tokens: set[str]) -> bool:  # both in one sentence of narration: two people
        return any(sentences.get(word, set()) & sentences.get(t, set()) for t in tokens)

    by_trigram: dict[str, set[str]] = defaultdict(set)  # every short form shares its first three letters
    for cid, tokens in bare.items():
        for t in tokens:
            for i in range(len(t) - 2):
                by_trigram[t[i:i + 3]].add(cid)

    # first names: not a word written after one of the person's given names ('Cal' is no short form of Calloway,
    # written after Ruth: a surname; 'Hinata' after 'Oda', no given name the lists know, may be a given name)
    firsts = {cid: {t for t in tokens if not any(w.lower() in tokens and w.lower() in GIVEN_GENDER
                                                 for w in words_before(text, t.capitalize(), True))}
              for cid, tokens in bare.items()}

    def owners(word: str, skip: str | None = None) -> list[str]:
        pet = NICKNAMES.get(word, frozenset())  # 'Harry' for Henry: no letters in common at the start
        near = by_trigram.get(word[:3], set()) | ({cid for cid in bare if cid in cast.members} if pet else set())
        return [cid for cid in sorted(near) if cid != skip and cid in cast.members
                and (any(short_form_of(word, t) for t in firsts[cid]) or _given(cast.members[cid]) & pet)
                and not together(word, bare[cid])]

    def fuller(word: str) -> list[str]:  # 'Jessamyn' called in dialogue: the one the narration calls 'Jess'
        return [cid for cid in sorted(by_trigram.get(word[:3], set())) if cid in cast.members
                and any(short_form_of(t, word) for t in bare[cid]) and not together(word, bare[cid])]

    for cid, tokens in sorted(bare.items(), key=lambda kv: cast.members[kv[0]].count):
        member = cast.members.get(cid)
        if member is None or len(tokens) != 1 or len(member.tokens) != 1:
            continue
        word = next(iter(tokens))
        found = owners(word, cid)
        if len(found) != 1:
            continue
        into = cast.members[found[0]]
        if None not in (member.gender, into.gender) and member.gender != into.gender:
            continue
        family = {w.lower() for t in bare[into.id] for w in words_after(text, t.capitalize())} | into.tokens
        if any(w.lower() not in family and cast.by_token.get(w.lower()) not in (None, into.id)
               for w in words_after(text, word.capitalize())):
            continue  # 'Joseph Gradgrind', of another family: never a short form of Miss Josephine Sleary's name
        if " " not in into.name and member.count > into.count:  # 'Danny' eleven times, 'Daniel' once: Danny
            into.name = member.name
        into.count += member.count
        into.gender = into.gender or member.gender
        cast.merge(cid, into.id)
    kin: dict[str, list[tuple[str, str]]] = defaultdict(list)  # "aunt" -> [(name, id)]
    for cid, member in cast.members.items():
        for token in member.tokens:
            title, _, name = token.partition(" ")
            if title in ("aunt", "uncle") and name and not member.known:
                kin[title].append((name, cid))
    for named in kin.values():  # "Aunt Pip" is "Aunt Philippa": one aunt, by a short name
        for short, cid in named:
            if cid not in cast.members or len(short) > 4:
                continue
            same = {o for name, o in named if o != cid and o in cast.members and len(name) > len(short)
                    and name[0] == short[0] and not together(short, {name})}
            if len(same) == 1:
                target = same.pop()
                cast.members[target].count += cast.members[cid].count
                cast.merge(cid, target)
    called: set[str] = set()
    for quote in re.findall(r'"([^"\n]*)"|“([^”\n]*)”', text):
        said = quote[0] or quote[1]
        for m in re.finditer(r"^\W*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s*[,!?.]|[,!?.]\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s*[.!?]*\W*$", said):
            called.add((m.group(1) or m.group(2)).lower())
    for word in sorted(called - set(cast.by_token) - NOT_NAMES):
        found = owners(word) or fuller(word)
        if len(found) == 1:
            cast.members[found[0]].tokens.add(word)
            cast.by_token[word] = found[0]


def _genders(text: str, cast: Cast) -> None:
    """The first third-person pronoun after a name in narration (same or next sentence) votes for its gender."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    plain = _outside_quotes(text)
    for m in NAME_RE.finditer(plain):
        title = TITLE_RE.search(plain[max(0, m.start() - 14):m.start()])
        cid = cast.lookup(m.group(0), title.group(1) if title else None)
        if cid is None or cast.members[cid].gender is not None:
            continue
        before = plain[max(0, m.start() - 3):m.start()]
        end = plain.find("\n", m.end())
        window = plain[m.end():min(end if end >= 0 else len(plain), m.end() + 240)]
        surname = re.match(r" [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b(?!['’])", window)
        if surname and cast.lookup(surname.group().strip()) not in (None, cid) and not m.group(3):
            window = window[surname.end():]  # "Susan Marlow put her head in": past her own surname
        if m.start() and not re.search(r"(?:^|[.!?\n]\s*)$|^\s*$", before):
            vote = _next_sentence_pronoun(plain, m.start(), window, cast, cid)
        else:  # a name opening its sentence: the sentence is about them
            vote = _first_pronoun(window, cast, cid)
        if vote:
            votes[cid][vote] += 1
        title = re.search(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Lord)\.?\s*$", plain[max(0, m.start() - 6):m.start()])
        if title:
            votes[cid]["m" if title.group(1) in ("Mr", "Sir", "Lord") else "f"] += 3
        elif re.search(r"\b(?:Captain|Capt|Lieutenant|Lieut|Sergeant|Sergt|Inspector)\.?\s*$", plain[max(0, m.start() - 12):m.start()]):
            votes[cid]["m"] += 1  # a rank most stories give to a man: a weak vote any pronoun outweighs
    for m in _KIN_NAMED.finditer(plain):  # "her little brother Benjamin"
        cid = cast.lookup(m.group(2))
        if cid is not None and cast.members[cid].gender is None:
            votes[cid][_gender_of(m.group(1)) or ""] += 2
    for m in _NAMING.finditer(plain):  # "everyone called him Pops"
        cid = cast.lookup(m.group(2))
        if cid is not None and cast.members[cid].gender is None:
            votes[cid][_gender_of(m.group(1)) or ""] += 2
    for m in _GENDERED_HONORIFIC.finditer(text):  # "Naruto-kun!", in the lines too: how the others address them
        cid = cast.lookup(m.group(1))
        if cid is not None and cast.members[cid].gender is None:
            suffix = m.group(2).lower()
            votes[cid]["m" if suffix in _HE_HONORIFICS else "f"] += 1 if suffix == "chan" else 2
    for cid, vote in votes.items():
        vote.pop("", None)
        if cast.members[cid].gender is None and vote:
            (g, n), *rest = vote.most_common()
            usual = {GIVEN_GENDER[t] for t in cast.members[cid].tokens if t in GIVEN_GENDER}
            if len(usual) == 1 and g not in usual and n < 3:
                continue  # 'But Charlotte had made too great an impression on his mind': his, the man's whose mind it
                # is; a given name's usual gender stands against a vote or two (it is given further on)
            if not rest or n > rest[0][1]:
                cast.members[cid].gender = g


# Japanese honorifics that say who is addressed: '-kun' a boy or young man, '-hime' a princess, an older brother or
# sister ('-nii', '-nee' and their polite forms); '-chan' mostly a girl (a weaker vote: it is also for small children
# and in teasing). '-san', '-sama', '-sensei' and the rest say nothing of it.
_HE_HONORIFICS = frozenset({"kun", "nii", "niisan", "nii-san", "nii-chan"})
_GENDERED_HONORIFIC = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)-(kun|chan|hime|nii-san|nii-chan|niisan|nii|"
                                 r"nee-san|nee-chan|neesan|nee)\b(?!-)", re.I)
_KIN_NAMED = re.compile(r"\b(brother|sister|son|daughter|father|mother|uncle|aunt|nephew|niece|wife|husband|"
                        r"grandson|granddaughter)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b")
_NAMING = re.compile(r"\b(?:call(?:ed|s)?|name[ds]?|nicknamed|christened|dubbed)\s+(him|her)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)")


def _split_by_gender(cast: Cast, text: str) -> None:
    """'Hamidullah Begum was a distant aunt of Aziz, and she…' beside 'Hamidullah! am I late?" he cried': a name's
    second word never written alone, whose full form the pronouns make a woman and the first word alone a man (or
    the other way), names someone else: a wife called by her husband's name and a title, a son by his father's.
    Every such name is probed in one reading of the text: each full form written as a placeholder word of its own."""
    found: list[tuple[Character, str, str, re.Pattern[str]]] = []
    for member in cast.members.values():
        if member.known or member.designation or len(member.tokens) != 2 or any(" " in t for t in member.tokens):
            continue
        for first, second in permutations(sorted(member.tokens)):
            a, b = first.capitalize(), second.capitalize()
            together = words_after(text, a).count(b)  # 'A B' (the index of capitalised words: no pass over the text)
            if together and len(word_starts(text, b)) == together:  # not when the second word is also written
                found.append((member, first, second, re.compile(rf"\b{re.escape(a)}\s+{re.escape(b)}\b")))
                break  # alone: a surname or a second given name
    if not found:
        return
    probe = Cast()  # everyone else as they are (their names stop a pronoun's vote), these afresh
    chosen = {id(member) for member, *_ in found}
    for other in cast.members.values():
        if id(other) not in chosen:
            probe.add(Character(other.id, other.name, set(other.tokens), gender=other.gender))
    probed = text
    for i, (member, first, second, full) in enumerate(found):
        probe.add(Character(f"(short {i})", first.capitalize(), {first}))
        word = "Qzfull" + "".join(chr(ord("a") + int(d)) for d in str(i))  # a word no text has, one per name
        probe.add(Character(f"(full {i})", word, {word.lower()}))
        probed = full.sub(word, probed)
    _genders(probed, probe)
    for i, (member, first, second, full) in enumerate(found):
        short, whole = probe.members[f"(short {i})"].gender, probe.members[f"(full {i})"].gender
        if short is None or whole is None or short == whole:
            continue
        a, b = first.capitalize(), second.capitalize()
        member.tokens = {first}
        member.name = a if member.name.lower() == f"{first} {second}" else member.name
        member.gender = short
        cid = cast.free_id(slug(f"{first} {second}"))
        cast.members[cid] = Character(cid, f"{a} {b}", {second}, gender=whole, count=len(full.findall(text)))
        cast.by_token[second] = cid
        cast.full_names[f"{first} {second}"] = cid


def _next_sentence_pronoun(plain: str, start: int, window: str, cast: Cast, cid: str) -> str | None:
    """For a name inside its sentence: 'he'/'she' starting the next sentence, if no one else is
    named in this one ("The ferry was late, and Ada was cold. She stamped her feet.")."""
    floor = max(0, start - 400)
    opening = max(plain.rfind(". ", floor, start), plain.rfind("\n", floor, start), plain.rfind("! ", floor, start),
                  plain.rfind("? ", floor, start), floor - 1)
    head = plain[opening + 1:start]
    stop = re.search(r"[.!?]\s", window)
    tail, rest = (window[:stop.start()], window[stop.end():]) if stop else (window, "")
    words = WORD_RE.findall(head) + WORD_RE.findall(tail)
    if any(w[0].isupper() and cast.lookup(w) not in (None, cid) for w in words):
        return None
    return _opening_subject(rest, cast)


_PREPOSITIONS = frozenset("at to with for from on behind beside toward towards after of about by past near over "
                          "under into onto upon around against than".split())


def _gender_of(word: str) -> str | None:
    lw = word.lower()
    return "m" if lw in MALE or lw in MALE_NOUNS else "f" if lw in FEMALE or lw in FEMALE_NOUNS else None


_NOT_AFTER_HER = frozenset("""and but or as then again that when while who before if so too the a an without because
until now once already""".split())
_PLACE_PREPOSITIONS = frozenset("on in into onto from under over off around of with".split())  # "on her back": her own


def _first_pronoun(window: str, cast: Cast, cid: str) -> str | None:
    """After a sentence-opening name: a pronoun later in its sentence before anyone else is named,
    or 'he'/'she' starting the next sentence."""
    sentence, rest = (re.split(r"(?<=[.!?])\s+", window, maxsplit=1) + [""])[:2]
    words = WORD_RE.findall(sentence)[:30]
    others: set[str] = set()  # genders of someone else the sentence has met ("to her ... and she caught it")
    for i, w in enumerate(words):
        if cast.lookup(w) not in (None, cid) and w[0].isupper():
            break
        if w.lower() in ("him", "her") and i and words[i - 1].lower() in _PREPOSITIONS:
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if w.lower() == "him" or words[i - 1].lower() not in _PLACE_PREPOSITIONS or not after \
                    or after in _PREPOSITIONS or after in _NOT_AFTER_HER:
                others.add(_gender_of(w) or "")
                continue  # "Kenta glared at her": someone else ("lying on her back" is her own)
        elif w.lower() == "him" and i or w.lower() == "her" and i and (i + 1 == len(words)
                                                                       or words[i + 1].lower() in _DETERMINERS):
            others.add(_gender_of(w) or "")
            continue  # "Choji passed her his spare", "Ada thanked him": the one it is done to, not the doer
        if w.lower() not in MALE | FEMALE and i and words[i - 1].lower() in _POSSESSIVES:
            break  # "Susan turned to her father, who ... his": the father is someone else
        if w.lower() not in MALE | FEMALE and _gender_of(w) and _someone_else(words, i):
            break  # "Oliver sat by the fire, and the old woman came in": a woman, not Oliver
        if w.lower() in _SUBORDINATORS and i and words[i - 1].lower() in SPEECH_VERBS:
            break  # '"You're soaking," Tsunade said when he came in': whoever came in, not the one who spoke
        if w.lower() in ("he", "she") and i and words[i - 1].lower() in _SUBORDINATORS:
            break  # "Ron waited until she had turned": the clause's own subject may be someone else; the sentence
            # says no more ("Anne went to fetch it; and as she passed ... he said": not 'he')
        if _gender_of(w) and _gender_of(w) not in others:
            return _gender_of(w)
    return _opening_subject(rest, cast)


_DETERMINERS = frozenset("his my your our their its the a an this that these those some every".split())
_SUBORDINATORS = frozenset("when as while before after until till because since once".split())
_COPULAS = frozenset("was is were are seemed seems became becomes remained looked like as".split())


def _someone_else(words: list[str], i: int) -> bool:
    """Whether the gendered noun `words[i]` brings in another person: after 'the' ('the old woman came in'), or
    after 'a' not said of the subject ('met a woman'; not 'was a tall woman', 'Ada, a widow,')."""
    j = i - 1
    while j >= 0 and j > i - 4 and words[j].islower() and words[j] not in ("the", "a", "an"):
        j -= 1  # past up to two adjectives
    if j < 0 or words[j] not in ("the", "a", "an"):
        return False
    if words[j] == "the":
        return True
    return j > 0 and words[j - 1].lower() not in _COPULAS


_POSSESSIVES = frozenset("his her my their your our its".split())


def _opening_subject(rest: str, cast: Cast) -> str | None:
    """The gender of 'he'/'she' in the first few words of the next sentence, before anyone is named
    ('She stopped.', 'At the top she stopped.')."""
    sentence = re.split(r"(?<=[.!?])\s+", rest, maxsplit=1)[0]
    for w in WORD_RE.findall(sentence)[:5]:
        if w[0].isupper() and w not in ("He", "She", "At", "In", "On", "Then", "When", "As", "For", "After") \
                and cast.lookup(w) is not None:
            return None
        if w.lower() in ("he", "she"):
            return _gender_of(w)
    return None


def first_person(text: str) -> bool:
    """Narration (outside quotes) told by an 'I'."""
    plain = _outside_quotes(text)
    words = [w.lower() for w in WORD_RE.findall(plain)]
    if not words:
        return False
    first = sum(w in FIRST for w in words)
    third = sum(w in ("he", "she") for w in words)
    if first >= 4 and _FIRST_TAG.search(text):  # '"Nothing?" I said.': only a narrator says 'I said'
        return True
    if first >= 5 and first * 1000 / len(words) > 30 and first > third:
        return True  # a short chapter, mostly talk, its narration dense with 'I' ('I got him onto the bench')
    return first >= 8 and first * 1000 / len(words) > 12 and first > third * 0.6


_FIRST_TAG = re.compile(r"[”\"’]\s+(?:I\s+(?:said|asked|replied|answered|cried|returned|remarked|observed|"
                        r"say|ask|reply|answer|tell|told)|"
                        r"(?:said|asked|replied|answered|cried|returned|remarked|observed)\s+I)\b")
# '"Nothing?" I said.' (or '‘Nothing?’ I said.') and, told in the present, '"Mum called," I say.'; only a narrator says so


def add_narrator(cast: Cast) -> str:
    if "narrator" not in cast.members:
        cast.add(Character("narrator", "Narrator", {"narrator"}, narrator=True))
    cast.members["narrator"].narrator = True
    return "narrator"
