"""Who a phrase in narration means: names, pronouns and gendered noun phrases resolved to cast ids,
from the mentions seen so far (most recent of the right gender wins).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from game.adapt.cast import Cast, Character, words_after
from game.adapt.document import Document
from game.adapt.lexicon import (FEMALE, FEMALE_NOUNS, FIRST, MALE, MALE_NOUNS, ROLE_NOUNS, TITLE_GENDER, TITLE_WORD, TITLES,
                                 noun_gender)

KIN_TITLES = frozenset("aunt uncle".split())  # 'my aunt': the person called Aunt Something
KIN_NOUNS = frozenset("""wife husband sister brother mother father daughter son aunt uncle niece nephew
grandmother grandfather mum mom dad""".split())

ABBREV = r"(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSt)\."
SENTENCE_RE = re.compile(r"(?:" + ABBREV + r"|[^.!?…])+[.!?…]*")  # a title's full stop ends no sentence
TOKEN_RE = re.compile(r"[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][A-ZÀ-ÖØ-Þa-zß-öø-ÿ'’]*(?:-[a-zß-öø-ÿ]+)*")
SUBJECT_PRONOUNS = {"he": "m", "his": "m", "she": "f", "her": "f", "i": "1", "my": "1"}
DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "their", "our", "my"}


@dataclass(frozen=True)
class Ref:
    """A phrase that points at a person: a cast id, or a gender still to resolve."""
    offset: int
    cid: str | None
    gender: str | None  # "m", "f", "1" (the narrator) or None
    word: str
    subject: bool = True  # could be a clause's subject (not an object pronoun or a mid-clause possessive)
    indefinite: bool = False  # "a man", "a girl": someone not met yet
    owner: str | None = None  # "her sister", "Tom's wife": the owner's gender ("f") or id, someone else
    adj: str = ""  # the word before the noun: "old" in "the little old man"
    post: str = ""  # what picks one person out after the noun: "in the white waistcoat"

    @property
    def key(self) -> str:
        """What an epithet is remembered by: the noun ('landlady'), or for a plain noun the
        adjective and the noun ('old man'); '' when a plain noun has no adjective; with what follows
        the noun and picks one person out, both ('gentleman in the white waistcoat')."""
        word = self.word.lower()
        if self.post:
            return f"{word} {self.post}"
        if word in PLAIN or word.rsplit("-", 1)[-1] in PLAIN and "-" not in word:
            return f"{self.adj} {word}" if self.adj else ""
        if self.adj in CONTRASTIVE:  # 'the elder sparrow', 'the younger sparrow': two of a kind, told apart
            return f"{self.adj} {word}"
        return word


CONTRASTIVE = frozenset("""elder eldest older oldest younger youngest smaller smallest larger largest bigger biggest
taller tallest shorter shortest""".split())  # the words that tell two of one kind apart
ROLE_NEAR = 1500  # 'A detective was detailed ...': his name must come within a few paragraphs, or he stays the detective
NEAR = 500  # "an old man came in. Mr. Lark kept the shop": how soon the name of a man or girl met so must come
STALE_TALK = 1500  # characters of narration between two lines of a scene after which the first one's talk is over
TALK_LINES = 64  # how far back a talk's start is looked for (lines)


class Resolver:
    """Mentions by offset; resolves a gender to the most recent matching person before an offset."""

    def __init__(self, cast: Cast, scene_starts: list[int]) -> None:
        self.cast = cast
        self.offsets: list[int] = []
        self.ids: list[str] = []
        self.strong: list[bool] = []
        self.spoken: list[bool] = []  # the mention is a line's speaker, not a phrase of narration
        self.speakers: list[tuple[int, str]] = []  # (offset, cid) of attributed lines, in order
        self.scene_starts = sorted(scene_starts) or [0]
        self.epithets: dict[str, str] = {}  # "landlady" -> the person first met as "a landlady"
        self.text = ""  # the document's text, where it is known
        self.seen: dict[str, list[int]] = {}  # offsets where narration names someone or they speak
        self.named_at: dict[str, list[int]] = {}  # offsets of every mention (a line's call or talk of them too)
        self.calls: list[tuple[int, str]] = []  # (offset, cid): names the lines call out, in order
        self.tag_nouns: dict[int, str] = {}  # a calling line's offset -> the noun its tag names its speaker by ('parson')
        self.own_names: list[tuple[int, str]] = []  # (offset, cid): names lines give as their speaker's ("My name is")
        self.designated: dict[str, str] = {}  # "sailor" -> the cast member known only as "the sailor"
        self.kin_named: dict[tuple[str, str], str] = {}  # (owner, 'father') -> who the reply called ('… Marek.')
        self.strangers: list[tuple[int, str, str]] = []  # (offset, gender, noun): 'a man' the narration brought in
        self.tied: dict[str, list[str]] = {}  # "archdeacon" -> the named people of the scene it can be
        self._surnames_written: dict[str, set[str]] = {}  # written_surnames, kept
        self.taken_as: dict[str, str] = {}  # one of no gender told -> the he or she a tag first resolved to them

    def designation(self, key: str, gender: str | None) -> str:
        """The person the text knows only as 'the `key`', made a cast member the first time."""
        if key not in self.designated:
            self.designated[key] = self.cast.designate(key, gender)
        return self.designated[key]

    def designate(self, ref: Ref) -> str | None:
        """For 'said the landlord' or 'an old sailor' no name follows: someone known only by a calling
        (a role noun, never a plain 'girl' or 'old man') that no named person was tied to."""
        word = ref.word.lower()
        if ref.owner is not None or not ref.key or word in KIN_NOUNS:
            return None
        if word not in ROLE_NOUNS and word not in self.cast.roles and not (ref.indefinite and word in PLAIN):
            return None
        gender = ref.gender
        if gender is None and self.text:  # "a sailor came in, shaking the rain from his hat"
            gender = self._sentence_gender(ref.offset)
            if gender is None and not ref.indefinite:  # "said the vicar": the sentence that first spoke of the vicar
                first = re.search(r"\b[Tt]he (?:[a-zß-öø-ÿ]+ )?" + re.escape(word) + r"\b",
                                  self.text[self.scene_start(ref.offset):ref.offset])
                gender = self._sentence_gender(self.scene_start(ref.offset) + first.end() - len(word)) if first else None
            if gender is None:  # '"…," said the stranger. He was a tall man': the next sentence's opening he or she
                after = re.match(r"[^.!?\n]*[.!?]+[\"”’]?\s+(He|She)\b", self.text[ref.offset:ref.offset + 200])
                gender = None if after is None else "m" if after.group(1) == "He" else "f"
        if not ref.indefinite and ref.key in self.designated:
            return self.designated[ref.key]
        ranked = self.cast.by_token.get(word)
        if ranked in self.cast.members and self.cast.members[ranked].designation:
            return ranked  # "the Captain", capitalised like a name: the person the cast made of it
        bearers = self.cast.by_title.get(TITLE_WORD.get(word, word), set())
        if len(bearers) > 1 and not ref.indefinite:  # Captain Cullen talked of, Captain Dunstan here: "the Captain"
            here = [c for c in self.could_be(ref.offset, None) if c in bearers]
            if len(here) == 1:
                return here[0]
        if not ref.indefinite and word in OFFICES and (gender is not None or ref.key in self.tied):
            # "the archdeacon ... when he did come" in a scene that names men: one of them, not someone new (the
            # one man named, or, with several, nobody the tag can tell); "the driver" of no gender stays a person
            if ref.key not in self.tied:
                self.tied[ref.key] = self.could_be(ref.offset, gender)  # type: ignore[arg-type]
            could = self.tied[ref.key]
            if could:
                return could[0] if len(could) == 1 else None
        elif not ref.indefinite and word in OFFICES and len(self.could_be(ref.offset, None)) > 1 \
                and (word not in TITLES or bearers):
            return None  # "replied the rector", no gender to go by, two or more named in the scene: any of them
            # (not "said the doctor" where no one is called Doctor or Dr.: someone the text never names)
        return self.designation(ref.key, gender)

    def stranger_between(self, start: int, end: int) -> str | None:
        """The first stranger the narration brings in from `start` up to `end` ('a man's voice', 'conscious of a man
        behind'): someone known only as that noun."""
        return next((self.designation(noun, g) for at, g, noun in self.strangers if start <= at < end), None)

    def described_before(self, ref: Ref) -> str | None:
        """'said a hard-featured dame of fifty' … 'said the dame': the one this scene already knows by that
        description alone, again."""
        if ref.indefinite or ref.owner is not None or ref.cid is not None or not ref.key:
            return None
        who = self.designated.get(ref.key)
        return who if who is not None and self.present(who, ref.offset) else None

    def named_as(self, ref: Ref) -> str | None:
        """The named person a description is tied to anywhere in the text: 'the man in the smock, who was, it
        presently appeared, a hurdle-maker named Noah Pegg'; 'the man in the smock, Noah Pegg,'."""
        phrase = re.escape(f"{ref.word} {ref.post}").replace(r"\ ", r"\s+")
        tie = re.search(r"\b[Tt]he\s+(?:[a-zß-öø-ÿ-]+\s+)?" + phrase + r"\b(?:,\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?),|"
                        r"[^.!?]*?\b(?:named|called|whose name was)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?))", self.text)
        if tie is None:
            return None
        name = tie.group(1) or tie.group(2)
        return self.cast.lookup(name) or self.cast.lookup(name.split()[0])

    def _sentence_gender(self, at: int) -> str | None:
        """The gender of the first he/his/him/she/her of the sentence from `at` on."""
        sentence = _SENTENCE_ON.match(self.text, at, at + 200).group()  # type: ignore[union-attr]
        pronoun = re.search(r"\b(he|his|him|she|her)\b", sentence)
        return None if pronoun is None else "m" if pronoun.group(1).startswith("h") and pronoun.group(1) != "her" else "f"

    def could_be(self, offset: int, gender: str) -> list[str]:
        """The people named in the narration of `offset`'s scene, of `gender`: who 'the archdeacon' may be."""
        start = self.scene_start(offset)
        after = bisect.bisect_right(self.scene_starts, offset)
        end = self.scene_starts[after] if after < len(self.scene_starts) else float("inf")
        lo, hi = bisect.bisect_left(self.offsets, start), bisect.bisect_left(self.offsets, end)
        out = []
        for cid in dict.fromkeys(self.ids[lo:hi]):
            member = self.cast.members.get(cid)
            if member is None or member.designation or member.narrator or gender is not None and member.gender != gender:
                continue
            out.append(cid)
        return out

    def unnamed(self, ref: Ref) -> str | None:
        """'The boy was waiting by the gate' in a scene where no one named could be a boy (nobody of
        that gender, or of none known, is named anywhere in the scene): someone known only as 'the boy'."""
        word = ref.word.lower()
        if ref.owner is not None or word in KIN_NOUNS or (ref.key or word) in self.epithets:
            return None
        start = self.scene_start(ref.offset)
        after = bisect.bisect_right(self.scene_starts, ref.offset)
        end = self.scene_starts[after] if after < len(self.scene_starts) else float("inf")
        lo, hi = bisect.bisect_left(self.offsets, start), bisect.bisect_left(self.offsets, end)
        for cid in set(self.ids[lo:hi]):
            member = self.cast.members.get(cid)
            if member is not None and not member.designation and not member.narrator \
                    and member.gender in (ref.gender, None):
                return None
        return self.designation(ref.key or word, ref.gender)

    def _lately(self, cid: str, offset: int, within: int = 4000) -> bool:
        """Whether `cid` is named within `within` characters before `offset`, or more than once in the text ('a coat
        like Dr. Johnson's' pages back is no one a 'he' can be)."""
        seen = self.seen.get(cid, [])
        i = bisect.bisect_left(seen, offset)
        return self.cast.members[cid].count > 1 or (i > 0 and seen[i - 1] >= offset - within)

    def _in_talk(self, cid: str, offset: int) -> bool:
        """Whether `cid` is named (in the narration or in a line) or speaks in the talk `offset` is in
        (`talk_start`)."""
        named = self.named_at.get(cid, [])
        i = bisect.bisect_left(named, offset)
        return i > 0 and named[i - 1] >= self.talk_start(offset)

    def present(self, cid: str, offset: int) -> bool:
        """Whether `cid` has been in this scene before `offset`: named in its narration, or speaking
        (not only called or talked about in its lines)."""
        seen = self.seen.get(cid, [])
        i = bisect.bisect_left(seen, self.scene_start(offset))
        return i < len(seen) and seen[i] < offset

    def _stranger(self, ref: Ref, skip: set[str]) -> str | None:
        """'the boy' after 'a boy of about twelve years' came into this scene and no one named was tied to him: the
        one the text knows as the boy (a person of the cast, once, for all the lines it gives him)."""
        start = self.scene_start(ref.offset)
        noun = ref.word.lower()
        met = [at for at, _g, n in self.strangers if n == noun and start <= at < ref.offset]
        if not met:
            return None
        if any(m.designation is False and noun in m.tokens for m in self.cast.members.values()) \
                or any(start <= at < ref.offset for at, _cid in self.own_names):
            return None  # someone has given their name in the scene since ('I'm Kit'): the boy may be them
        elders = {cid for cid, m in self.cast.members.items()  # never a Mr., nor one known by a description alone
                  if m.designation or grown(m)}
        named = self.newcomer(met[-1], ref.gender, NEAR, skip | elders)  # '… a girl from the workhouse. Hetty was
        if named is not None:  # twelve': Hetty, named soon after
            return named
        who = self.designation(noun, ref.gender)
        return None if who in skip else who

    def learn_epithet(self, ref: Ref) -> None:
        """'a landlady' is the next new person named: it mentions them, and later 'the landlady' is
        that person too."""
        word = ref.key
        if ref.indefinite and not word and ref.owner is None and ref.word.lower() in PLAIN and ref.gender in ("m", "f") \
                and not (self.text and _LIKENED.search(self.text, max(0, ref.offset - 60), ref.offset)):
            self.strangers.append((ref.offset, ref.gender, ref.word.lower()))  # 'conscious of a man behind'
        if ref.indefinite and word and word not in self.epithets and (noun_gender(ref.word.lower())
                                                                      or ref.word.lower() in self.cast.roles):
            claimed = set(self.epithets.values())  # "a clergyman and a young man": two people
            said_of = _PREDICATE.search(self.text, max(0, ref.offset - 60), ref.offset) if self.text else None
            if said_of is not None:  # "Mr. Marlow was a mild man", "She was a small, fair woman": what someone is,
                who = self.cast.lookup(said_of.group(1)) if said_of.group(1)[0].isupper() and said_of.group(1) != "I" \
                    else None  # not someone new
                if who is not None and self.cast.members[who].gender in (ref.gender, None):
                    self.epithets[word] = who
                return
            if self.text and _LIKENED.search(self.text, max(0, ref.offset - 60), ref.offset):
                return  # "as became a young man of his position", "the portrait of a young man": no one new
            named = _APPOSED.search(self.text, max(0, ref.offset - 60), ref.offset) if self.text else None
            if named is not None:  # "a farmer called Ellis, a big man with a cut": Ellis
                who = self.cast.lookup(named.group(1))
                if who is not None and self.cast.members[who].gender in (ref.gender, None):
                    self.epithets[word] = who
                    self.mention(ref.offset, who, strong=False)
                    return
            gender = ref.gender
            if gender is None and self.text:  # "A detective was detailed ..., so that he might be": a man
                gender = self._sentence_gender(ref.offset)
            who = self.newcomer(ref.offset, gender, NEAR if ref.word.lower() in PLAIN else ROLE_NEAR,
                                claimed, calls=True, noun=ref.word.lower())
            plain = ref.word.lower() in PLAIN
            if who is None and plain:  # "a stout gentleman" ... '"My name, sir, is Bellweather," he said.'
                who = self.introduced_after(ref.offset, ref.gender, claimed)
            if who is None and (not plain or self.newcomer(ref.offset, ref.gender, float("inf"), claimed, calls=True) is None):
                who = self.designate(ref)  # "An old sailor came in." / "a young girl ran up" and no name follows
            if who is not None:
                self.epithets[word] = who
                if " " in word:  # 'A ragged man, wet to the knees' ... 'said the man': the man too, if no one else is
                    self.epithets.setdefault(word.split()[-1], who)
                # "a landlady who ..." mentions her; "A little old man ... opened one eye" makes him the sentence's
                # subject, the 'he' of the next tag, once a name is tied to him (never a designation: often
                # someone named in another way later)
                self.mention(ref.offset, who, strong=ref.subject and not self.cast.members[who].designation)

    def mention(self, offset: int, cid: str, strong: bool = True, spoken: bool = False, called: bool = False) -> None:
        """A person named at `offset`; `strong` for subjects and speakers (pronouns prefer them);
        `called` for a name a line calls out ("Oh, Mr. Slade!"), which does not make them present."""
        if not called:
            bisect.insort(self.seen.setdefault(cid, []), offset)
        bisect.insort(self.named_at.setdefault(cid, []), offset)
        i = bisect.bisect_right(self.offsets, offset)
        self.offsets.insert(i, offset)
        self.ids.insert(i, cid)
        self.strong.insert(i, strong)
        self.spoken.insert(i, spoken)

    def spoke(self, offset: int, cid: str) -> None:
        """`cid` said the line at `offset`."""
        self.speakers.append((offset, cid))
        self.mention(offset, cid, spoken=True)

    def participants(self, offset: int, window: int = 8) -> list[str]:
        """Who spoke in this scene's last few lines before `offset`, most recent first: in the talk going on, not one
        that pages of narration ended (`talk_start`)."""
        start = self.talk_start(offset)
        out: list[str] = []
        for at, cid in reversed(self.speakers[-window * 4:]):
            if start <= at < offset and cid not in out:
                out.append(cid)
            if len(out) >= window:
                break
        return out

    def talk_start(self, offset: int) -> int:
        """Where the talk `offset` is in began: after the paragraph of the last line that more than STALE_TALK
        characters of narration separate from the next; the scene's start when no such gap comes in the last
        TALK_LINES lines. Who spoke before it is no longer one of the talk's people ('"Enough, I prefer to walk." …
        [pages of him alone] … "Madam!"'), though a pronoun may still mean them as someone named before."""
        newer, start, seen = offset, self.scene_start(offset), 0
        for at, _cid in reversed(self.speakers):
            if at >= offset:
                continue
            if at < start or seen >= TALK_LINES:
                break
            if newer - at > STALE_TALK:  # the talk before ends with that line's paragraph (its tag, its beat)
                end = _PARA_END.search(self.text, at, newer) or _LINE_END.search(self.text, at, newer)
                return end.end() if end else at + 1
            newer, seen = at, seen + 1
        return start

    def scene_para(self, offset: int, doc: Document) -> int:
        """The index of the paragraph before the first of `offset`'s scene (-1 at the start)."""
        start = self.scene_start(offset)
        return next((i for i, p in enumerate(doc.paragraphs) if p.end >= start), 0) - 1

    def scene_start(self, offset: int) -> int:
        i = bisect.bisect_right(self.scene_starts, offset) - 1
        return self.scene_starts[max(i, 0)]

    def recent(self, offset: int, limit: int = 12, strong_only: bool = False) -> list[str]:
        """Distinct people mentioned before `offset` in the same scene, most recent first."""
        start = self.scene_start(offset)
        i = bisect.bisect_left(self.offsets, offset) - 1
        out: list[str] = []
        while i >= 0 and self.offsets[i] >= start and len(out) < limit:
            if self.ids[i] not in out and (self.strong[i] or not strong_only):
                out.append(self.ids[i])
            i -= 1
        return out

    def subjects(self, offset: int) -> set[str]:
        """The people the narration of `offset`'s scene has made a subject before `offset` (not only speakers)."""
        start = self.scene_start(offset)
        lo, hi = bisect.bisect_left(self.offsets, start), bisect.bisect_left(self.offsets, offset)
        return {self.ids[i] for i in range(lo, hi) if self.strong[i] and not self.spoken[i]}

    def pair_before(self, offset: int, within: int = 120) -> tuple[str, str] | None:
        """The last two people the narration names in one sentence before `offset` ("Mr. Bingley and
        Jane"), in order: what 'the former' and 'the latter' mean."""
        start = self.scene_start(offset)
        i = bisect.bisect_left(self.offsets, offset) - 1
        while i > 0 and self.offsets[i] >= start:
            if not self.spoken[i]:
                j = i - 1
                while j >= 0 and self.offsets[j] >= self.offsets[i] - within:
                    between = self.text[self.offsets[j]:self.offsets[i]]
                    if any(c in between for c in "\n\"“”.!?"):
                        break  # one sentence of narration
                    if not self.spoken[j] and self.ids[j] != self.ids[i]:
                        return self.ids[j], self.ids[i]
                    j -= 1
            i -= 1
        return None

    def newcomer(self, offset: int, gender: str | None, near: float = float("inf"), skip: set[str] | None = None,
                 calls: bool = False, noun: str = "") -> str | None:
        """For "a landlady" at `offset`: the first person named after it in the scene (within `near`
        characters) who was not mentioned before it, of that gender, else of none known. With `calls`,
        a name a line calls out counts too ("A young man sat down." ... "Well, Dacre?"), but not one the `noun`
        calls in its own line ('"Good night, Sir John," said the parson': the parson is not Sir John)."""
        seen = set(self.recent(offset, limit=1000)) | (skip or set())
        i = bisect.bisect_right(self.offsets, offset)
        end = self.scene_starts[bisect.bisect_right(self.scene_starts, offset)] \
            if bisect.bisect_right(self.scene_starts, offset) < len(self.scene_starts) else None
        stop = min(end if end is not None else float("inf"), offset + near)
        if noun:  # whom the noun's own lines call is someone else
            seen |= {cid for at, cid in self.calls if offset < at < stop and self.tag_nouns.get(at) == noun}
        named = [(self.offsets[j], self.ids[j]) for j in range(i, bisect.bisect_left(self.offsets, stop))]
        called = [(at, cid) for at, cid in self.calls if offset < at < stop] if calls else []
        for people in (named, called):  # the narration's names first
            unknown = None  # someone of no known gender, if no one of this gender comes
            for at, cid in people:
                member = self.cast.members.get(cid)
                if cid not in seen and member is not None and not member.narrator:
                    if member.gender == gender or gender is None:  # a role of no gender: anyone
                        return cid
                    if member.gender is None and unknown is None:
                        unknown = cid
                        if self.text and not re.search(r"[.!?;\n]", self.text[offset:at]):
                            return cid  # "a little old man, whom everybody called Old Pinch,": one sentence
            if unknown is not None:
                return unknown
        return None

    def introduced_after(self, offset: int, gender: str | None, skip: set[str]) -> str | None:
        """The first person a line of this scene after `offset` names as its speaker's own ("My name is Pounce"),
        if not mentioned before `offset` and of the description's gender."""
        seen = set(self.recent(offset, limit=1000)) | skip
        start = self.scene_start(offset)
        for at, cid in self.own_names:
            if at > offset and self.scene_start(at) == start and cid not in seen:
                member = self.cast.members.get(cid)
                if member is not None and not member.narrator and member.gender == gender:
                    return cid
        return None

    def kin(self, ref: Ref, skip: set[str], owner: str | None) -> str | None:
        """A relative named by kinship: 'my aunt' is the one person called Aunt Something; 'his
        wife' or 'her brother' is the one person of that gender sharing the owner's surname."""
        word = ref.word.lower()
        if (owner, word) in self.kin_named and self.kin_named[(owner, word)] not in skip:
            return self.kin_named[(owner, word)]
        if word in KIN_TITLES:
            titled = {c.id for c in self.cast.members.values() if c.id not in skip
                      and any(t.startswith(word + " ") for t in c.tokens)}
            if len(titled) == 1:
                return titled.pop()
            latest = [c for c in self.recent(ref.offset, limit=1000) if c in titled]
            if latest:  # two aunts (or one called two ways): the one met last
                return latest[0]
        if word == "lady" and owner in self.cast.members and self.cast.members[owner].gender == "m":
            word = "wife"  # "said his lady to him": his wife, as older novels say it
        if owner == "p" and word in ("mother", "father"):  # '"My daughters," said their mother': the one Mrs. (Mr.)
            title = "mrs " if word == "mother" else "mr "  # of the talk, or of the household most of the cast is of
            married = list(dict.fromkeys(c for c in self.participants(ref.offset) + self.recent(ref.offset, limit=1000)
                                         if c not in skip and not self._unmarried(c)
                                         and any(t.startswith(title) for t in self.cast.members[c].tokens)))
            married = self._of_household(married)
            return married[0] if len(married) == 1 else None
        if owner is None or owner not in self.cast.members or word not in KIN_NOUNS:
            return None
        surnames = {t.split()[1] for t in self.cast.members[owner].tokens if " " in t}
        if not surnames and word in _SHARE_SURNAME:  # 'Her father' of Emma, whom the text writes 'Emma Woodhouse'
            surnames = self.written_surnames(owner)
        same = [c.id for c in self.cast.members.values() if c.id not in skip and c.id != owner
                and c.gender in (ref.gender, None) and any(" " in t and t.split()[1] in surnames for t in c.tokens)
                and (c.gender == ref.gender or any(TITLE_GENDER.get(t.split()[0]) == ref.gender
                                                   for t in c.tokens if " " in t))]
        if word in ("daughter", "sister") and ref.adj in ("younger", "youngest"):  # 'said her younger daughter': not
            eldest = {f"miss {n}" for n in surnames}  # Miss Ferrers (the eldest is Miss and the surname), but the one
            same = [c for c in same if not eldest & self.cast.members[c].tokens] or [  # called Miss and a given name
                c.id for c in self.cast.members.values() if c.id not in skip and c.id != owner and c.gender == "f"
                and any(t.startswith("miss ") and t.split()[1] in c.tokens for t in c.tokens)]
        if not same and surnames and word in _SHARE_SURNAME:  # 'mused his brother': Frank Oakley's brother is
            same = [c.id for c in self.cast.members.values() if c.id not in skip and c.id != owner  # Maurice Oakley,
                    and c.gender == ref.gender and not c.designation  # the one man the surname alone means
                    and (surnames & c.tokens or surnames & self.written_surnames(c.id))]
        if word in _PARENT_OR_SPOUSE:  # a wife or mother is never a Miss, a father never a Master: "his wife" is
            same = [c for c in same if not self._unmarried(c)]  # not Mr. Bingley's sister
        if len(same) != 1 and word in _PARENT_OR_SPOUSE:  # "cried her mother", "cried his wife": the one Mrs.
            title = "mrs " if ref.gender == "f" else "mr "  # (Mr.) of the owner's surname, or of the scene
            married = [c for c in same if any(t.startswith(title) for t in self.cast.members[c].tokens)]
            if not married:
                married = [c for c in self.participants(ref.offset) + self.recent(ref.offset, limit=1000)
                           if c not in skip and c != owner and any(t.startswith(title) for t in self.cast.members[c].tokens)]
            if not married:  # "replied her father" with Mrs. Thorne in the room: Mr. Thorne, not come in yet
                spouse = "mr " if title == "mrs " else "mrs "
                names = {t.split()[1] for c in self.participants(ref.offset) + self.recent(ref.offset, limit=1000)
                         if c not in skip and c != owner for t in self.cast.members[c].tokens if t.startswith(spouse)}
                married = [c.id for c in self.cast.members.values() if c.id not in skip and c.id != owner
                           and any(t.startswith(title) and t.split()[1] in names for t in c.tokens)]
            same = self._of_household(list(dict.fromkeys(married)))  # 'said his mother' with Mrs. Carrow and a caller
        return same[0] if len(same) == 1 else None

    def _of_household(self, candidates: list[str]) -> list[str]:
        """Of several parents or spouses who fit, the one whose titled surname the most of the cast bear (Mrs. Carrow,
        beside Mr. and Miss Carrow, before Mrs. Dacre, a caller); all of them when none stands out."""
        if len(candidates) < 2:
            return candidates
        households = {}
        for cid in candidates:
            names = {t.split()[1] for t in self.cast.members[cid].tokens if " " in t}
            households[cid] = sum(1 for c in self.cast.members.values()
                                  if any(" " in t and t.split()[1] in names for t in c.tokens))
        best = max(households.values())
        picked = [c for c, n in households.items() if n == best]
        return picked if best > 1 and len(picked) == 1 else candidates

    def written_surnames(self, cid: str) -> set[str]:
        """The surnames the text writes after a person's given name ('Emma Woodhouse', 'Daisy Miller') that a titled
        person of the cast bears ('Mr. Woodhouse'): a family the cast keeps apart from her, as it does when the
        surname has several given names before it."""
        if cid in self._surnames_written:
            return self._surnames_written[cid]
        titled = {t.split()[1] for c in self.cast.members.values() for t in c.tokens if " " in t}
        out: set[str] = set()
        for given in (t for t in self.cast.members[cid].tokens if " " not in t):
            for second in words_after(self.text, given.capitalize()):
                if second.lower() in titled:
                    out.add(second.lower())
        self._surnames_written[cid] = out  # one reading of the text per person
        return out

    def _unmarried(self, cid: str) -> bool:
        """Called Miss or Master: no one's wife, husband, mother or father."""
        return any(t.startswith(("miss ", "master ")) for t in self.cast.members[cid].tokens)

    def resolve(self, ref: Ref, exclude: set[str] | None = None, para_start: int | None = None,
                avoid: str | None = None, lookback: int | None = None) -> str | None:
        """A name is itself; a pronoun or gendered noun is, in order: the last subject of its gender in
        the same paragraph (or the narration just before it), a recent speaker, the last subject in the
        scene, the last mention, someone of unknown gender, the most frequent person of that gender.
        `avoid` (the previous line's speaker, for a tag in a new paragraph) is taken only when no other
        recent speaker or subject fits. `lookback` is where "just before" begins (else 300 characters
        back): the start of a paragraph of narration alone just before the line's."""
        if ref.cid is not None:
            return ref.cid
        if ref.post and not ref.indefinite and ref.owner is None:  # "said the gentleman in the white waistcoat":
            return self.named_as(ref) or self.designation(ref.key, ref.gender)  # someone known by that alone
        if ref.word.lower() in ("former", "latter"):
            pair = self.pair_before(ref.offset)
            return None if pair is None else pair[1] if ref.word.lower() == "latter" else pair[0]
        if ref.gender == "1":
            return "narrator" if self.cast.first_person else None
        if ref.gender == "n":  # 'it said': the last one named whom the text gives no he or she (a creature)
            return next((c for c in self.recent(ref.offset) if c not in (exclude or set())
                         and self.cast.members[c].gender is None and not self.cast.members[c].narrator), None)
        if ref.word.lower() in COMPANIONS and ref.owner is not None:  # the one talking with the owner
            owner = self.resolve(Ref(ref.offset, None, ref.owner, ""), exclude, para_start) \
                if ref.owner in ("m", "f", "1") else ref.owner
            talking = self.participants(ref.offset) + self.recent(ref.offset, strong_only=True)
            if ref.word.lower() in _NEWCOMERS:  # "our visitor": the last one the narration brought in
                talking = self.recent(ref.offset, strong_only=True) + talking
            fit = [c for c in talking if c != owner and c not in (exclude or set()) and not self.cast.members[c].narrator]
            return next((c for c in fit if c != avoid), fit[0] if fit else None)  # not the last speaker again
        if ref.gender is None:  # a role the narration brought someone in by: that person, once learnt
            who = self.epithets.get(ref.key) if not ref.indefinite and ref.word.lower() in self.cast.roles else None
            if who is None and not ref.indefinite and ref.owner is None:  # "the artist himself, Basil Hallward,"
                named = self.cast.described(ref.key or ref.word.lower(), ref.offset)  # ... "said the painter"
                who = named if named is not None and named in self.recent(ref.offset, limit=1000) else None
            if who is None and not ref.indefinite:  # "said the landlord", tied to no name: the landlord
                who = self.designate(ref)
            return who if who is not None and who not in (exclude or set()) else None
        skip = exclude or set()
        if ref.owner is not None:  # "her sister" is not the "her"
            owner = self.resolve(Ref(ref.offset, None, ref.owner, ""), exclude, para_start) \
                if ref.owner in ("m", "f", "1") else ref.owner
            skip = skip | ({owner} if owner else set())
        if not ref.indefinite and ref.key in self.epithets and self.epithets[ref.key] not in skip:
            return self.epithets[ref.key]
        again = self.described_before(ref)
        if again is not None and again not in skip:
            return again
        if not ref.indefinite and ref.owner is None:
            named = self.cast.described(ref.key or ref.word.lower(), ref.offset)
            if named is not None and named not in skip and named in self.recent(ref.offset, limit=1000):
                return named  # "Mr. Grubble, the landlord," ... "said the landlord"
        if not ref.indefinite:
            kin = self.kin(ref, skip, owner if ref.owner is not None else None)
            if kin is not None:
                return kin
            if ref.owner == "1" and ref.word.lower() in KIN_NOUNS and self.cast.first_person:
                return self.designation(ref.word.lower(), ref.gender)  # 'said my aunt', never named: 'Aunt'
            if ref.owner in ("m", "f") and ref.word.lower() in ("husband", "wife") and owner in self.cast.members \
                    and not self.cast.members[owner].narrator:  # 'said her husband', no Mr. Griffin: her husband
                return self.designation(f"{self.cast.members[owner].name}'s {ref.word.lower()}", ref.gender)
            if ref.owner is None and ref.word.lower() in ROLE_NOUNS:  # "said the maid", tied to no name
                who = self.designate(ref)
                if who is not None and who not in skip:
                    return who
        if ref.indefinite:
            newcomer = self.newcomer(ref.offset, ref.gender, NEAR if ref.word.lower() in PLAIN else float("inf"))
            if newcomer is not None:
                return newcomer

        if not ref.indefinite and ref.owner is None and not ref.adj and ref.word.lower() in PLAIN & _YOUNG:
            met = self._stranger(ref, skip)  # 'a boy of about twelve years' … 'cried the boy': that boy
            if met is not None:
                return met
        young = ref.word.lower() in _YOUNG
        someone_else = False
        if para_start is not None and not ref.indefinite and ref.owner is None and not ref.adj \
                and ref.word.lower() in ("man", "woman"):  # 'Buck was too quick for him. … "Yep," the man said'
            lo = bisect.bisect_left(self.offsets, para_start)  # the man is not one his paragraph calls by name
            named_here = {c for c in self.ids[lo:bisect.bisect_left(self.offsets, ref.offset)]
                          if not self.cast.members[c].designation}
            someone_else = bool(named_here - skip)
            skip = skip | named_here

        def fits(cid: str, gender: str | None) -> bool:  # the narrator is "I", never "she" or "he"
            member = self.cast.members[cid]
            if young and grown(member):
                return False  # "asked the girl": never Mrs. Tizzard; "said the boy": never Mr. Ashdown
            if gender is None and self.taken_as.get(cid, ref.gender) != ref.gender:
                return False  # one of no gender told, once 'her father', is never 'her mother'
            return member.gender == gender and cid not in skip and not member.narrator

        who = self._resolved(ref, skip, para_start, avoid, lookback, fits)
        if who is None and ref.owner in ("m", "f") and ref.word.lower() in KIN_NOUNS and not ref.indefinite \
                and owner in self.cast.members and not self.cast.members[owner].narrator:
            return self.designation(f"{self.cast.members[owner].name}'s {ref.word.lower()}", ref.gender)  # no one
            # known fits 'said her mother' (her father, of no gender told, is not her): Ola's mother; so with
            # 'said her uncle', 'said his sister'
        if who is not None and self.cast.members[who].gender is None and ref.gender in ("m", "f"):
            self.taken_as.setdefault(who, ref.gender)
        if who is None and someone_else:  # no one else of the talk: someone known only as the man
            return self.designation(ref.word.lower(), ref.gender)
        return who

    def _resolved(self, ref: Ref, skip: set[str], para_start: int | None, avoid: str | None, lookback: int | None,
                  fits: Callable[[str, str | None], bool]) -> str | None:
        """`resolve`'s last steps, by recency and gender, once who may be meant is known (`fits`; `skip`, the people
        it never is)."""
        if para_start is not None:  # a subject of this paragraph, or of the narration just before it
            i = bisect.bisect_left(self.offsets, ref.offset) - 1
            floor = max(min(para_start, ref.offset - 300 if lookback is None else lookback), self.scene_start(ref.offset))
            unknown = None  # a subject here whose gender the text never told, nearer than anyone of the pronoun's: the
            # one meant ('Shiro-senpai, who was twelve then, had crouched beside her. "…," he had told her.'), as is one in
            # the narration just before who has spoken, with no 'he' or 'she' since
            while i >= 0 and self.offsets[i] >= floor:
                if self.offsets[i] < para_start and (self.spoken[i] or self.ids[i] == avoid):  # see below
                    i -= 1
                    continue
                if self.strong[i] and fits(self.ids[i], ref.gender):
                    return self.ids[i]
                if self.strong[i] and unknown is None and fits(self.ids[i], None) and self.offsets[i] >= para_start:
                    unknown = self.ids[i]
                elif self.strong[i] and unknown is None and fits(self.ids[i], None) and lookback is not None \
                        and not self.spoken[i] and self.ids[i] in self.participants(ref.offset) and self.text \
                        and not _HE_SHE.search(self.text, self.offsets[i], ref.offset):
                    unknown = self.ids[i]  # 'Then the doctor laughed.' / '"Frost," he said.': the doctor
                i -= 1
            if unknown:
                return unknown
            named = {self.ids[j] for j in range(bisect.bisect_left(self.offsets, floor),
                                                bisect.bisect_left(self.offsets, ref.offset))
                     if not self.strong[j] and not self.spoken[j] and fits(self.ids[j], ref.gender)} \
                if self.text and ref.word.lower() in ("he", "she") else set()
            if len(named) == 1 and not _HE_SHE.search(self.text, floor, ref.offset):  # 'For the first time a red
                return named.pop()  # patch appeared on Gregory's forehead. / "You don't expect me," he said': his
        groups = (self.participants(ref.offset), self.recent(ref.offset, strong_only=True), self.recent(ref.offset))
        for group in groups:
            for cid in group:
                if fits(cid, ref.gender) and cid != avoid and (group is groups[0] or self._lately(cid, ref.offset)
                                                               and (avoid is None or self._in_talk(cid, ref.offset))):
                    return cid  # (one taken over the last speaker is someone of the talk going on: 'He called after
                    # her, "…"' goes on, not the colonel who left pages ago)
        if avoid is not None and fits(avoid, ref.gender) and avoid in groups[2] + groups[0]:
            return avoid
        for group in (self.participants(ref.offset), self.recent(ref.offset)):
            for cid in group:
                if fits(cid, None):
                    return cid
        for gender in (ref.gender, None):
            same = [c for c in self.cast.members.values() if fits(c.id, gender)]
            # a 'she' is someone the narration names or who has spoken, before one only talked of in a line further
            # on ('Miss Harlow's school?'); a noun may be that one ('"…a Mrs. Abel," … said the old woman')
            met = [c for c in same if self.seen.get(c.id)] if ref.word.lower() in ("he", "she") else []
            start = self.scene_start(ref.offset)  # and someone of this scene before one met only in another
            after = bisect.bisect_right(self.scene_starts, ref.offset)
            end = self.scene_starts[after] if after < len(self.scene_starts) else float("inf")
            here = [c for c in met if any(start <= at < end for at in self.seen[c.id])]
            if same and here:
                return max(here, key=lambda c: c.count).id
            if gender is not None and ref.word.lower() in ("he", "she"):  # no one of this scene is a he: the man the
                stranger = next((noun for at, g, noun in reversed(self.strangers)  # narration brought in just before
                                 if g == gender and start <= at < ref.offset), None)  # (a man of a later chapter is
                if stranger is not None:  # not the 'he' of its prologue)
                    return self.designation(stranger, gender)
            if same:
                return max(met or same, key=lambda c: c.count).id
        return None


_YOUNG = frozenset("boy girl lad lass child kid youngster youth schoolboy schoolgirl".split())
_SENTENCE_ON = re.compile(r"(?:[^.!?\"“”\n]|\n(?![ \t]*\n))*")  # to the sentence's end: a line break inside it is
# a hard-wrapped text's, a blank line ends the paragraph
_PARA_END = re.compile(r"\n[ \t]*\n")
_LINE_END = re.compile(r"\n")
_HE_SHE = re.compile(r"\b(?:he|she|He|She)\b")
GROWN_TITLES = frozenset("mr mrs ms lady dame lord sir dr doctor captain colonel major general admiral sergeant inspector "
                          "professor reverend rev aunt uncle madame".split())  # a title no boy or girl is called by


def grown(member: Character) -> bool:
    """Whether a cast member is called by a grown person's title ('Mr. Pryor', 'Lady Alcester')."""
    return any(t.split()[0] in GROWN_TITLES for t in member.tokens if " " in t)
_LIKENED = re.compile(r"\b(?:as|like|than|(?<!conscious )(?<!aware )(?<!sight )(?<!glimpse )(?<!presence )of|became|becomes|befitted|befits|befitting|becoming|being|been)\s+an?\s+"
                      r"(?:[a-zß-öø-ÿ-]+,?\s+){0,3}$")
_PREDICATE = re.compile(r"\b([Hh]e|[Ss]he|I|(?!(?:It|There|This|That|Here|What|Who|Which)\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+) (?:(?:himself|herself|myself|too|also) )?(?:was|is|seemed|seems|looked|looks|became|remained) "
                        r"(?:still |now |only |just )?an? (?:[\w-]+,? ){0,3}$")
# Offices and professions a story calls its named people by ('the archdeacon' is Dr. Fothergill, 'the doctor' Dr.
# Pell); a service calling ('the waiter', 'the driver', 'the porter') is as often someone never named.
OFFICES = frozenset("""rector vicar curate archdeacon bishop dean parson canon chaplain deacon abbot prior squire
doctor surgeon physician lawyer attorney solicitor barrister judge magistrate professor inspector superintendent
detective sergeant constable captain colonel major general admiral lieutenant commander governor mayor minister
priest pastor preacher headmaster headmistress schoolmaster schoolmistress governess tutor secretary""".split())
_PARENT_OR_SPOUSE = frozenset("mother father wife husband".split())
_SHARE_SURNAME = _PARENT_OR_SPOUSE | frozenset("son daughter brother sister".split())  # not an uncle: a mother's brother
_APPOSED = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+),\s+an?\s+(?:[a-zß-öø-ÿ-]+\s+){0,3}$")  # "Ellis, a big man" (the noun follows)
_BODY = frozenset("""face eyes eye voice lips mouth hand hands cheek cheeks brow forehead smile gaze glance look
expression features countenance head shoulders jaw chin fingers arm arms heart""".split())  # 'Tom's face fell': Tom
COMPANIONS = frozenset("""companion companions friend visitor guest host client interlocutor colleague partner
caller""".split())  # someone in the talk, of no gender the word tells: "said my companion", "our visitor"
PLACE_HEADS = frozenset("""street road lane row square avenue terrace crescent alley bridge station inn arms abbey
wharf quay park house manor castle lodge grange cottage farm hall court place hill green common""".split())
_RELATIONS = frozenset("cousin cousins child children parents neighbour neighbor servant servants".split())  # 'My cousin
# rushed to meet them': the cousin, not I
_NEWCOMERS = frozenset("visitor guest client caller".split())
_OWNERS = {"his": "m", "her": "f", "my": "1", "our": "1"}
_CLAUSE_END = re.compile(r"[,;:.!?—]\s*$")
_TITLE_GAP = re.compile(r"\.?\s+")
_INTERESTING = MALE_NOUNS | FEMALE_NOUNS | frozenset(SUBJECT_PRONOUNS) | {"him", "me"}


_AND_CLAUSE = re.compile(r"(?:[,;]\s+(?:and|but|while|when|as|until|till|where)\s+|;\s+)$")


def clause_subject(sentence: str, at: int) -> bool:
    """Whether the person-phrase at `at` opens a clause of its own after ', and' ('…, and Shiro-senpai, who was twelve
    then, had crouched beside her'; 'Holmes was sitting with his back to me, and I had given him no sign'): the
    subject of that clause."""
    return bool(_AND_CLAUSE.search(sentence, max(0, at - 12), at))


_HOUSEHOLD = frozenset("house household family home place estate farm mansion cottage residence".split())
_POSSESSIVE_S = re.compile(r"['’]s$")


def refs_in(cast: Cast, text: str, base: int, subjects_only: bool = False) -> list[Ref]:
    """Every person-phrase in a stretch of narration. With `subjects_only`, phrases that are rarely
    subjects are skipped: object pronouns, and possessives ('her', 'his', "Tom's") past a clause's start."""
    out: list[Ref] = []
    tokens = list(TOKEN_RE.finditer(text))

    def clause_start(i: int) -> bool:
        return i == 0 or bool(_CLAUSE_END.search(text, tokens[i - 1].end(), tokens[i].start()))

    for i, m in enumerate(tokens):
        word = m.group()
        low = word.lower()
        if word[0].isupper() and low != "i":
            prev = tokens[i - 1].group() if i and _TITLE_GAP.fullmatch(text, tokens[i - 1].end(), m.start()) else None
            cid = cast.lookup(word, prev)
            if cast.full_names and i + 1 < len(tokens) and text[m.end():tokens[i + 1].start()] == " " \
                    and f"{low} {_POSSESSIVE_S.sub('', tokens[i + 1].group().lower())}" in cast.full_names:
                continue  # 'Hamidullah Begum': the next word names her, not this one him
            if cid is not None and low.endswith(("'s", "’s")) and i + 1 < len(tokens) \
                    and (noun_gender(tokens[i + 1].group().lower()) or tokens[i + 1].group().lower() in COMPANIONS):
                out.append(Ref(base + tokens[i + 1].start(), None, noun_gender(tokens[i + 1].group().lower()),
                               tokens[i + 1].group(), clause_start(i), owner=cid))  # "Roz's father": someone else
                continue
            if cid is not None and i + 1 < len(tokens) and tokens[i + 1].group().lower() in PLACE_HEADS \
                    and tokens[i + 1].group()[0].isupper() and text[m.end():tokens[i + 1].start()] == " ":
                continue  # "Crewe Park", "Baker Street": a place named for someone, not them
            if cid is not None and 0 < i and i + 1 < len(tokens) and tokens[i - 1].group().lower() == "the" \
                    and tokens[i + 1].group() in _HOUSEHOLD and text[m.end():tokens[i + 1].start()] == " ":
                continue  # 'The inmates of the Oakley house': the family's house, no one of it
            if cid is not None and i and out and out[-1].offset == base + tokens[i - 1].start() and out[-1].cid \
                    not in (None, cid) and text[tokens[i - 1].end():m.start()] in (" ", "\n") and prev is None:
                continue  # 'Charlotte Temple': her surname, not the Mr. Temple the surname alone means
            if cid is not None:
                ok = not (low.endswith(("'s", "’s")) and not clause_start(i))
                if ok and i + 1 < len(tokens) and text[m.end():tokens[i + 1].start()] == " " \
                        and tokens[i + 1].group().lower().endswith(("'s", "’s")) \
                        and cast.lookup(tokens[i + 1].group()[:-2]) == cid \
                        and not (i + 2 < len(tokens) and tokens[i + 2].group().lower() in _BODY):
                    ok = False  # 'Lena Marsh's mother': whose, as 'Marsh's' is (and not the one thought of); but
                    # 'John Linden's face brightened': he does
                if ok or not subjects_only:
                    out.append(Ref(base + m.start(), cid, None, word, ok))
                continue
        if low in cast.by_title and i and tokens[i - 1].group().lower() == "the":  # "the doctor"
            cid = cast.by_rank(low)
            if cid is not None:
                out.append(Ref(base + m.start(), cid, None, word))
                continue
        if low in cast.epithets and not noun_gender(low):  # "the pawnbroker", once "Sowerby, the pawnbroker"
            det, adj = _determiner(tokens, i)
            if det == "the":
                cid = cast.described(low, base + m.start())
                if cid is not None:
                    out.append(Ref(base + m.start(), cid, None, word))
            continue
        if low in cast.roles and low not in cast.epithets:  # "a tall stranger" ... "said the stranger"
            det, adj = _determiner(tokens, i)
            if det in ("the", "a", "an"):
                out.append(Ref(base + m.start(), None, None, word, clause_start(i - 1) if i else True,
                               indefinite=det != "the", adj=adj))
            continue
        if low in ROLE_NOUNS and not noun_gender(low):  # "said the driver": a calling no name is tied to
            det, adj = _determiner(tokens, i)
            if det == "the":
                out.append(Ref(base + m.start(), None, None, word, clause_start(i - 1) if i else True, adj=adj))
            continue
        if low in ("former", "latter") and i and tokens[i - 1].group().lower() == "the":
            out.append(Ref(base + m.start(), None, None, word))
            continue
        if low in COMPANIONS and i and tokens[i - 1].group().lower() in _OWNERS:  # "said my companion"
            out.append(Ref(base + m.start(), None, None, word, clause_start(i - 1), owner=_OWNERS[tokens[i - 1].group().lower()]))
            continue
        if low in _STYLED and i and tokens[i - 1].group().lower() in ("her", "his", "your"):
            titled = [c.id for c in cast.members.values() if any(t.startswith(_STYLED[low]) for t in c.tokens)]
            if len(titled) == 1:  # "said her ladyship": the one Lady of the story
                out.append(Ref(base + m.start(), titled[0], None, word, clause_start(i - 1)))
            continue
        if low.endswith(("'s", "’s")) and noun_gender(low[:-2]) and i + 1 < len(tokens) \
                and tokens[i + 1].group().lower() in _PRESENCE and _determiner(tokens, i)[0] in ("a", "an"):
            out.append(Ref(base + m.start(), None, noun_gender(low[:-2]), word[:-2], clause_start(i - 1) if i else True,
                           indefinite=True, adj=_determiner(tokens, i)[1]))  # "A man's voice beside her": a man here
            continue
        if low not in _INTERESTING and not noun_gender(low):
            continue
        if low in ("his", "her", "my") and any(noun_gender(t.group().lower()) or t.group().lower() in COMPANIONS
                                              or t.group().lower() in _RELATIONS or t.group().lower() in _STYLED
                                              or t.group()[0].isupper() and cast.lookup(t.group()) is not None
                                              for t in tokens[i + 1:i + 3]):
            continue  # "her sister said", "my cousin Sylvie took": the sister, Sylvie, is the subject
        if low in SUBJECT_PRONOUNS or low in ("him", "me"):
            ok = low not in ("him", "me") and not (low in ("his", "her", "my") and not clause_start(i))
            if low == "i" and word != "I" or subjects_only and not ok:
                continue
            gender = SUBJECT_PRONOUNS.get(low) or ("m" if low == "him" else "1")
            out.append(Ref(base + m.start(), None, gender, word, ok))
        elif noun_gender(low):
            det, adj = _determiner(tokens, i)
            if det in DETERMINERS:
                back = next(j for j in range(i - 1, max(-1, i - 5), -1) if tokens[j].group().lower() == det)
                governed = back > 0 and tokens[back - 1].group().lower() in _GOVERNING \
                    and not _CLAUSE_END.search(text, tokens[back - 1].end(), tokens[back].start())
                if governed and subjects_only:
                    continue  # "borne by a maid", "looked at the boy": not the clause's subject
                out.append(Ref(base + m.start(), None, noun_gender(low), word, not governed, indefinite=det in ("a", "an"),
                               owner=SUBJECT_PRONOUNS[det] if det in ("his", "her", "my")
                               else "p" if det == "their" and low in ("mother", "father") else None, adj=adj))
    return out


_PRESENCE = frozenset("""voice voices hand hands face figure laugh laughter step steps footsteps footstep head shadow
arm eyes cry shout whisper form""".split())  # what makes a person present: 'a woman's voice', 'a man's hand'
_STYLED = {"ladyship": "lady ", "lordship": "lord "}  # "her ladyship", "his lordship": a Lady's, a Lord's style


def _determiner(tokens: list[re.Match[str]], i: int) -> tuple[str, str]:
    """The determiner before the noun at `i` across up to three lower-case adjectives ('a stout old
    gentleman'), and the word just before the noun when it is not the determiner."""
    for back in range(1, 5):
        if i - back < 0:
            break
        word = tokens[i - back].group()
        low = word.lower()
        if low in DETERMINERS:
            return low, tokens[i - 1].group().lower() if back > 1 else ""
        if not word.islower() or low in _INTERESTING or low in _GOVERNING:
            break  # 'the kind of man who…': 'the' is the kind's, not the man's
    return "", ""


_GOVERNING = frozenset("by to at with from of for on in into onto upon behind beside toward towards after about "
                       "past near over under around against than like".split())  # a noun after these is no subject
PLAIN = frozenset("man woman boy girl guy lady gentleman fellow youth male female".split())  # no epithets

def is_gendered(word: str) -> bool:
    low = word.lower()
    return low in MALE or low in FEMALE or low in FIRST or low in MALE_NOUNS or low in FEMALE_NOUNS
