"""Who says each quote, in steps from the surest evidence to the weakest: an explicit tag, an action
beat in the same paragraph, vocatives (who is *not* speaking), turn-taking, the last person named.
Each answer carries its evidence kind and a confidence.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import Counter
from dataclasses import replace

from game.adapt.cast import KIN_CALLS, Cast, Character, slug, words_before
from game.adapt.lexicon import HONORIFIC_RE, TITLE_GENDER, TITLE_RE, TITLES
from game.adapt.conversation import (ASKS_NAME, BARE_NAME, CONFIDENCE, LEADING_GERUNDS, SELF_NAMED, beat_addressee,
                                     weak_steps)
from game.adapt.document import Document
from game.adapt.lexicon import ROLE_NOUNS, SPEECH_VERBS, THOUGHT_VERBS, noun_gender, phrasal
from game.adapt.quotes import LABEL_NAME, Utterance
from game.adapt.ranker import rerank
from game.adapt.reanchor import called_back, reanchor
from game.adapt.referents import (ABBREV, KIN_NOUNS, NEAR, PLAIN, SENTENCE_RE, TOKEN_RE, Ref, Resolver, clause_subject,
                                  grown, refs_in)

PRONOUNS = frozenset("he she his her i my him me".split())
SPEECH_END = tuple(",?!—–-…:")
FIRST_SENTENCE_RE = re.compile(r"(?:" + ABBREV + r"|[^.!?…\"“”])*(?:[.!?…]+|(?=[\"“”])|$)")


def _verb(word: str) -> bool:
    return word.lower() in SPEECH_VERBS or word.lower() in THOUGHT_VERBS


def tag_after(cast: Cast, text: str, base: int, said: str) -> tuple[Ref | None, str] | None:
    """A tag right after a quote: '" he said', '" said Tom', '" the girl called out'."""
    sentence = phrasal(FIRST_SENTENCE_RE.match(text).group())  # type: ignore[union-attr]
    tokens = list(TOKEN_RE.finditer(sentence))[:9]
    if not tokens or sentence.lstrip().startswith("("):  # '" (when she thought it over afterwards, ...)': an aside
        return None
    open_end = said.rstrip()[-1:] in SPEECH_END if said.strip() else False
    reply = _WAS_REPLY.match(sentence) or _VOICE.match(sentence)  # '" was her answer.', '" Sakura's voice came'
    described = None if reply else _WAS_THEIR_REPLY.match(sentence)  # '" was the impatient man's question.'
    if described:
        refs = refs_in(cast, described.group(1), base + described.start(1), subjects_only=True)
        if refs and refs[0].cid is None and refs[0].owner is None:
            return refs[0], "said"
    whose = _whose(cast, reply, base) if reply else None
    if whose is not None:
        return whose, "said"
    starts_low = sentence.lstrip()[:1].islower()
    if _verb(tokens[0].group()) and len(tokens) > 1:  # inverted: said Tom / asked the girl
        refs = refs_in(cast, sentence[tokens[1].start():tokens[min(3, len(tokens) - 1)].end()],
                       base + tokens[1].start(), subjects_only=True)
        if len(refs) > 1 and refs[0].word[:1].islower() and refs[1].cid is not None and refs[0].owner is None \
                and sentence[refs[0].offset - base + len(refs[0].word):refs[1].offset - base] == " ":
            return refs[1], tokens[0].group().lower()  # 'replied the poet Syme': Syme, whom 'the poet' names
        if refs:
            return _picked_out(refs[0], sentence, base), tokens[0].group().lower()
    refs = [r for r in refs_in(cast, sentence, base, subjects_only=True) if r.offset - base <= tokens[min(4, len(tokens) - 1)].start()]
    it = _IT_SAID.match(sentence)
    if not refs and it is not None and _verb(it.group(2)):  # '"Come back," it said': a creature called 'it'
        return Ref(base + it.start(1), None, "n", it.group(1)), it.group(2).lower()
    if not refs:
        verb = next((t.group().lower() for t in tokens[:5] if _verb(t.group())), None)
        if open_end and starts_low and verb:  # '" a deep voice whispered': a tag whose subject is no one known
            return None, verb
        return None
    ref = refs[0]
    after = [t for t in tokens if t.start() > ref.offset - base][:4]
    said_at = next((t for t in after if _verb(t.group())), None)
    if said_at is not None:
        heard = next((t for t in after if t.start() < said_at.start() and t.group().lower() in _HEARD), None)
        if heard is not None:  # '"Is it bad?" Mary heard her say.': the one heard speaks, not the hearer
            spoken = refs_in(cast, sentence[heard.end():said_at.start()], base + heard.end())
            return (replace(spoken[0], subject=True), said_at.group().lower()) if spoken else None
        if said_at.group().lower() in _ANSWERED and re.match(r"\s+that\b", sentence[said_at.end():]):
            return None  # '"Do you know what day it is?" I answered that it was the fourth of May.': the reply
        return ref, said_at.group().lower()
    if open_end and (starts_low or ref.cid) and after and _SHORT_CLAUSE.match(sentence, ref.offset - base) \
            and after[0].group().lower() not in _LISTENED \
            and not any(t.group().lower() in _SUBORDINATE for t in tokens if t.start() < ref.offset - base):
        return ref, after[0].group().lower()  # '"Oh!" Tom gasped.'; not '"... waiting!" Alice felt so desperate that'
    return None


# '"What would Mr. Bounderby say?" as if Mr. Bounderby had been…': a clause of its own, no tag
_SUBORDINATE = frozenset("as if though because when while since until unless like than that".split())
# '"…," were the next words Margaret heard.': who hears or overhears a line is not its speaker
_LISTENED = frozenset("heard overheard hears overhears listened caught noticed".split())
_HEARD = frozenset("heard overheard hear hears overhear overhears".split())  # 'heard him say': him


_SHORT_CLAUSE = re.compile(r"[\w'’.-]+(?:\s+[\w'’-]+){1,4}\s*(?:[.,;:!?—–]|$)")  # a tag's clause: a few words


_IT_SAID = re.compile(r"\s*(?:[a-zß-öø-ÿ]+\s+){0,1}?(it)\s+(?:[a-zß-öø-ÿ]+ly\s+)?([a-zß-öø-ÿ]+)\b")


_PICKED_OUT = re.compile(r"\s+((?:in|with)\s+the\s+(?:[a-zß-öø-ÿ][a-zß-öø-ÿ-]*\s+){0,2}(?!(?:voice|tone|manner|way|hurry|moment|"
                         r"end|same|least|most|world|dark|air|act)\b)[a-zß-öø-ÿ][a-zß-öø-ÿ-]*)\b(?=\s*[,.;:!?—-]|\s*$)")
# 'in the white waistcoat', 'with the wooden leg'; not 'in a tone of decision' nor 'in the same voice'


def _picked_out(ref: Ref, sentence: str, base: int) -> Ref:
    """'said the gentleman in the white waistcoat': a person noun and what picks one person out after it (a
    phrase of 'in' or 'with' that ends the tag's clause) name someone the text may know by that alone."""
    if ref.cid is not None or ref.owner is not None or not noun_gender(ref.word.lower()) \
            and ref.word.lower() not in ROLE_NOUNS:
        return ref
    m = _PICKED_OUT.match(sentence, ref.offset - base + len(ref.word))
    if m is None or any(w == "same" or w.endswith(("ity", "ness", "tion", "ment")) for w in m.group(1).split()):
        return ref  # 'with the same placidity': how it was said
    return replace(ref, post=" ".join(m.group(1).split()))  # one phrase, as wrapped lines never show it


_REPLY_NOUN = (r"(?:answer|reply|response|rejoinder|retort|remark|comment|observation|question|"
               r"exclamation|greeting|explanation|advice|protest)\b")
_WHOSE = (r"(?:\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+(?=[A-ZÀ-ÖØ-Þ]))?"  # 'Mr Shepherd's', 'his'
          r"\b(?P<who>[Hh]is|[Hh]er|[Mm]y|[A-ZÀ-ÖØ-Þ][\w'’]*?(?=['’]s\b))(?:['’]s)?\s+")
_WAS_REPLY = re.compile(r"\s*(?:was|came)\s+" + _WHOSE + r"(?:[a-zß-öø-ÿ]+\s+){0,2}?" + _REPLY_NOUN)
# '" was Mr Shepherd's rejoinder'
_REPLY_WAS = re.compile(_WHOSE + r"(?:[a-zß-öø-ÿ]+\s+)?" + _REPLY_NOUN + r"\s+(?:was|came)\b[^.!?\"“”]*$")
# a lead-in: 'Sir Walter's remark was, soon afterwards,--'
_WAS_THEIR_REPLY = re.compile(r"\s*(?:was|came)\s+(the\s+(?:[a-zß-öø-ÿ-]+\s+){0,2}?[a-zß-öø-ÿ-]+)['’]s\s+(?:[a-zß-öø-ÿ]+\s+){0,2}?"
                              + _REPLY_NOUN)  # '"…" was the impatient man's question.'
_VOICE = re.compile(r"\s*(?:(?:came|rang|sounded|called)\s+(?:out\s+)?)?(?P<who>his|her|my|[A-ZÀ-ÖØ-Þ][\w'’]*?(?=['’]s\b))"
                    r"(?:['’]s)?\s+(?:[a-zß-öø-ÿ]+\s+)?voice\b")  # '" Sakura's voice came from behind him.', '" came her voice'


def _whose(cast: Cast, m: re.Match[str], base: int) -> Ref | None:
    """The person a reply or voice pattern's 'who' names ('his', 'Mr Shepherd's'), or None for a name no one bears."""
    word = m.group("who")
    gender = {"his": "m", "her": "f", "my": "1"}.get(word.lower())
    cid = None if gender else cast.lookup(word, m.groupdict().get("title"))
    return Ref(base + m.start("who"), cid, gender, word) if cid is not None or gender is not None else None


def tag_before(cast: Cast, text: str, base: int, bare: bool = False) -> tuple[Ref | None, str] | None:
    """A tag leading into a quote: 'Tom said, "' / 'she all but screamed, "'. The subject is the
    person just before the last speech verb of the clause. With `bare`, also a speech verb with no stop
    before the quote ('Ben shouted "Legs!"')."""
    stripped = text.rstrip()
    led = _REPLY_WAS.search(stripped) if stripped.endswith((",", ":", "-", "—")) else None
    whose = _whose(cast, led, base) if led else None
    if whose is not None:  # 'Sir Walter's remark was, soon afterwards,--"…"'
        return whose, "said"
    spoke = stripped.endswith(".") and (TOKEN_RE.findall(stripped[-20:]) or [""])[-1].lower() in _SPOKE
    if spoke:  # 'whereupon Mrs. Griffin spoke. "Well, …"': the sentence before ends on its speaking
        stripped = stripped[:-1]
    elif not stripped.endswith((",", ":", "—")) and not (bare and _verb((TOKEN_RE.findall(stripped[-20:]) or [""])[-1])):
        return None
    stops = [m.start() for m in _STOP.finditer(stripped)]
    cut = max(stops[-1] if stops else -1, stripped.rfind('"'), stripped.rfind("”"))
    clause = phrasal(stripped[cut + 1:])
    offset = base + cut + 1
    if spoke and clause.rstrip().lower().endswith("aloud"):  # 'I read his record aloud.': the reader's words
        refs = refs_in(cast, clause, offset, subjects_only=True)
        return (refs[0], "read") if refs and refs[0].subject else None
    verbs = [m for m in TOKEN_RE.finditer(clause) if _verb(m.group())]
    if not verbs and stripped.endswith(","):  # 'but Katharine rose at the same moment, and saying, "…"'
        verbs = [m for m in TOKEN_RE.finditer(clause) if m.group().lower() in LEADING_GERUNDS][-1:]
    if not verbs:
        return None
    verb = verbs[-1]
    head = clause[:verb.start()]
    comma = max(head.rfind(","), head.rfind(";"))
    refs = refs_in(cast, head[comma + 1:], offset + comma + 1, subjects_only=True)
    if not refs:
        refs = refs_in(cast, head, offset, subjects_only=True)
        if refs and _AND_THEN.fullmatch(head[comma + 1:]):  # 'She saw, I suppose, the doubt in my face, for she put
            main = max(head.rfind(", but ", 0, comma), head.rfind("; ", 0, comma))  # the rosary round my neck, and said,'
            refs = [r for r in refs if r.offset >= offset + main][:1] or refs[:1]  # the one who did the rest says it
            # (of the last main clause: 'Denham rose …, but Katharine rose at the same moment, and saying,')
    if not re.search(r",?\s+who\s+(?:[a-zß-öø-ÿ]+\s+){0,2}$", head):  # 'he looked at Ben, who said,': Ben
        subjects = [r for r in refs if not _OBJECT_OF.search(clause, 0, r.offset - offset)]
        refs = subjects or refs  # 'He turned to Hallward and said,': he, not Hallward
    if len(refs) > 1 and refs[-1].indefinite and not refs[-2].indefinite and _APPOSITION_GAP.fullmatch(
            clause, refs[-2].offset - offset + len(refs[-2].word), refs[-1].offset - offset):
        refs = refs[:-1]  # 'the footman, a melancholy young man, announced:': the footman, described
    it = re.search(r"\b(it)\s+(?:[a-zß-öø-ÿ]+ly\s+)?$", head)
    if it is not None and (not refs or refs[-1].offset < offset + it.start(1)):  # 'and it said in a low voice,'
        return Ref(offset + it.start(1), None, "n", "it"), verb.group().lower()
    return (refs[-1], verb.group().lower()) if refs else (None, verb.group().lower())


_STOP = re.compile(r"(?!" + ABBREV + r")[.!?] ")  # a sentence's end (not the stop of 'Mrs. ')
_ANSWERED = frozenset("answered replied responded returned".split())
_AND_THEN = re.compile(r"\s*(?:and|and\s+then|then|but)\s*")
_SPOKE = frozenset("spoke answered replied began resumed continued interposed interrupted aloud".split())  # a sentence
# ending on one of these leads into the quote after it
_READ_ALOUD = re.compile(r"\b(?:read|reads)\b[^.!?]{0,60}\baloud\.$")  # a paragraph ending 'I read his record aloud.'
_APPOSITION_GAP = re.compile(r",\s+an?\s+(?:[a-zß-öø-ÿ-]+,?\s+){0,3}")  # between 'the footman' and 'young man'


def vocatives(cast: Cast, said: str) -> set[str]:
    """People addressed by name: 'Tom, …', '…, Tom.', 'Tom!' or 'Tom —' alone, '… I wish, Tom, that …' (a name
    set off by commas in the middle of a sentence: not a list's 'Tom, and', nor 'Tom, who')."""
    out: set[str] = set()
    kin_titles = "|".join(sorted(w.capitalize() for w in _KIN_BEFORE))
    name = (r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|" + kin_titles + r"|Captain|"
            r"Colonel|Major|Doctor|Professor|Inspector|Sergeant|Father|Sister|Brother|Master|Madame|Monsieur)\.?\s+)?"
            r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)")  # 'Tom', 'Mrs. Hale', 'Auntie Tess', 'Captain Trevannion'"
    patterns = (r"^\W*" + name + r"\s*[,!?.…]", r",\s*" + name + r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)?\s*[.!?…]*\W*$",
                r"^\W*" + name + r"(?:[!?]+|\s*(?:—|–|--))\W*$", r"[,!?.]\s+" + name + r"\s*[!?]", r"[.!?…]\s+" + name + r",\s+(?:[a-zß-öø-ÿ]|I\b)", r",\s*" + name + r"\s*(?:[.!?…]+(?=\s)|[;:](?=\s))",
                r"[a-zß-öø-ÿI],\s*" + name + r",\s+(?!and\b|or\b|nor\b|who\b|whom\b|whose\b|which\b)[a-zß-öø-ÿ]",
                r"[a-zß-öø-ÿ],\s*" + name + r",\s+and\s+(?!(?:the|a|an|his|her|their|my|our|its|this|that|these|those|"
                r"some|all|then|so|I|he|she|we|they|it|you)\b)[a-zß-öø-ÿ]+\s+(?:me|us|him|her|them|it)\b")
    # 'Come, brace up now, Frank, and tell me about it': a call before an order (not 'the dog, Rex, and the cat')
    said = said.strip()
    for pattern in patterns:
        for m in re.finditer(pattern, said):
            if _TITLE_BEFORE.search(said, 0, m.start(1)):
                continue  # "Mrs. Weston, of": the surname after a title's full stop is not a name called alone
            if _apposed(said, m.start(1)):
                continue  # "His boy, Joe, shaved me": who the boy is, not someone called
            if m.start(1) == said.find(m.group(1)) and _INVERTED.match(said, m.end(1)):
                continue  # 'Penhale, Arthur, clerk, 1881.': a name written surname first, read out, calls no one
            cid = cast.lookup(m.group(1))
            kin, _, given = m.group(1).partition(" ")
            if cid is None and kin.lower() in _KIN_BEFORE and given:  # "Auntie Tess!": Tess, whom the cast knows
                cid = cast.lookup(given)  # by her name alone
            if cid is None and m.group(1).lower() in _BARE_KIN:  # "Was that you, Aunt?": the one Aunt Somebody
                title = _BARE_KIN[m.group(1).lower()] + " "
                titled = [c.id for c in cast.members.values() if any(t.startswith(title) for t in c.tokens)]
                cid = titled[0] if len(titled) == 1 else None
            if cid is not None:
                out.add(cid)
    return out


_INVERTED = re.compile(r"\s*,\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s*,\s*(?:[A-Z][.A-Z]*|\d)")  # ', Arthur, M.A.' / ', Arthur, 1881'
_APPOSED_TO = re.compile(r"\b(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Yy]our|[Tt]heir|[Tt]he)\s+(?:[a-zß-öø-ÿ-]+\s+)?([a-zß-öø-ÿ-]+),\s*$")
_CALLED_SO = frozenset("sir madam dear darling love lord lady friend child man woman fellow".split())  # 'my dear, Tom'


def _apposed(said: str, at: int) -> bool:
    """Whether the name at `at` follows a person noun it names ('His boy, Joe,', 'the butler, Jenkins,')."""
    m = _APPOSED_TO.search(said, max(0, at - 40), at)
    if m is None or m.group(1) in _CALLED_SO:
        return False
    word = m.group(1)
    return bool(noun_gender(word)) or word in ROLE_NOUNS or word in KIN_NOUNS


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St)\.\s*$")
_BARE_KIN = {"aunt": "aunt", "auntie": "aunt", "aunty": "aunt", "uncle": "uncle"}
_KIN_BEFORE = frozenset(_BARE_KIN) | frozenset("granny grandma grandpa nana".split())  # 'Auntie Tess', 'Granny Ames'


REACH = 2000  # characters: how far before a line the sentence it sits in is looked for
NEAR_SPANS = 4  # stretches of narration on each side of a line that its beat and addressee are read from


def _near(spans: list[tuple[int, int]], u: Utterance) -> list[tuple[int, int]]:
    """The paragraph's narration `spans` (in order) on either side of the line, NEAR_SPANS each way: all of them in
    a paragraph of a few lines; not the thousands of a 'paragraph' of thousands of lines (a text whose paragraph
    breaks were lost), which were read once per line (20,000 lines in one paragraph took minutes)."""
    if len(spans) <= 2 * NEAR_SPANS:
        return spans
    at = bisect.bisect_left(spans, (u.start, -1))  # the first span after the line
    return spans[max(0, at - NEAR_SPANS):at + NEAR_SPANS]


_I_SEE = re.compile(r"I\s+(?:can\s+|could\s+)?(?:still\s+)?(?:see|saw|watched|watch|noticed|observed|heard|hear)\s+$")


_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|being|been)\s+(?:[a-zß-öø-ÿ]+ly\s+)?[a-zß-öø-ÿ]+(?:ed|met|told)\s+(?:with\s+|by\s+)$")

_THIS_WAS = re.compile(r"[\"”’]?[^.!?\"“”]{0,120}[.!?]\s+(?:This|That|It|Here)\s+was\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                       r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)")


def _beat(cast: Cast, doc: Document, u: Utterance, narration: list[tuple[int, int]]) -> Ref | None:
    """The subject of the nearest sentence of narration in the same paragraph; for a quote inside a
    sentence ('barking orders like "…"'), the last subject before it in that sentence."""
    before: list[Ref] = []
    after: list[Ref] = []
    para = doc.paragraphs[u.para]
    base = max(para.start, u.start - 1 - REACH)  # a sentence longer than this is no sentence
    lead = doc.text[base:u.start - 1]
    sentence_start = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "), lead.rfind("\n"))
    inside = lead[sentence_start + 1:]
    if _PASSIVE_BY.search(inside):  # 'where she was greeted by "I want to see…"': she hears it; whoever greets her
        # says it, named in the next sentence if anywhere ('This was Adela Quested, the queer, cautious girl …')
        end = u.pieces[-1].end
        named = _THIS_WAS.match(doc.text, end, para.end)
        refs = refs_in(cast, named.group(1), named.start(1), subjects_only=True) if named else []
        return refs[0] if refs and refs[0].cid is not None else None
    if inside.strip() and not re.search(r"[,:—]\s*$", inside) and not re.search(r"[\"”’]\s*$", inside):
        refs = refs_in(cast, inside, base + sentence_start + 1, subjects_only=True)
        if refs:
            return refs[-1]
    for a, b in narration:
        text = doc.text[a:b]
        for m in SENTENCE_RE.finditer(text):
            sentence = m.group()
            if len(TOKEN_RE.findall(sentence)) < 2:
                continue
            refs = [r for r in refs_in(cast, sentence, a + m.start(), subjects_only=True)
                    if r.offset - a - m.start() < 60 and (r.gender != "1" or cast.first_person)]
            if len(refs) > 1 and refs[0].gender == "1" and refs[1].cid is not None \
                    and _I_SEE.match(doc.text, refs[0].offset, refs[1].offset):
                refs = refs[1:]  # 'I can see Douglas there before the fire, … "Nobody but me…"': Douglas acts
            if refs:
                (before if a + m.start() < u.start else after).append(refs[0])
    if before:
        return before[-1]
    return after[0] if after else None


def attribute(doc: Document, cast: Cast, utterances: list[Utterance], scene_starts: list[int]) -> Resolver:
    resolver = Resolver(cast, scene_starts)
    resolver.text = doc.text
    pieces_in: dict[int, list[tuple[int, int]]] = {}
    for u in utterances:
        for p in u.pieces:  # a chat line's name is no narration: its span opens where the name does
            pieces_in.setdefault(p.para, []).append((p.opening + 1, p.end))
    for spans in pieces_in.values():
        spans.sort()  # in the text's order (quotes never overlap): looked up by bisection, not walked per line
    by_para: dict[int, list[Utterance]] = {}
    for u in utterances:
        by_para.setdefault(u.para, []).append(u)
    narration_of: dict[int, list[tuple[int, int]]] = {}
    epithets: list[Ref] = []
    definites: list[Ref] = []
    callings: list[Ref] = []  # a calling as a sentence's subject: whoever the text knows by it, once it does
    narrator = cast.first_person and "narrator" in cast.members
    for index, para in enumerate(doc.paragraphs):
        if para.is_break:
            continue
        spans = _narration_spans(para.start, para.end, sorted(pieces_in.get(index, [])))
        narration_of[index] = spans
        for a, b in spans:
            for m in SENTENCE_RE.finditer(doc.text[a:b]):
                refs = refs_in(cast, m.group(), a + m.start())
                subject = next((r for r in refs if r.subject), None)
                # 'as I sat …, I did not see …, that my good friend, Master John Rolfe, was without': a 'he' or
                # 'she' is never the narrator, so the first one named who could be a subject after an 'I' counts too
                third = next((r for r in refs if r.subject and r.cid is not None), None) \
                    if subject is not None and subject.word == "I" and narrator else None
                for ref in refs:
                    if ref.cid is not None:
                        resolver.mention(ref.offset, ref.cid, strong=ref is subject or ref is third
                                         or ref.subject and clause_subject(m.group(), ref.offset - a - m.start()))
                    elif ref is subject and ref.word == "I" and narrator:  # "I sit down beside her.": here
                        resolver.mention(ref.offset, "narrator", strong=True)
                    elif ref.indefinite:
                        epithets.append(ref)
                    elif ref.subject and ref.gender in ("m", "f") and ref.word.lower() not in PRONOUNS:
                        definites.append(ref)  # 'The boy was waiting by the gate.'
                    if ref is subject and ref.cid is None and not ref.indefinite and ref.owner is None and ref.key \
                            and (ref.word.lower() in ROLE_NOUNS or ref.word.lower() in cast.roles) \
                            and _OPENS.fullmatch(m.group(), 0, ref.offset - a - m.start()):
                        callings.append(ref)  # 'The parson rode a step or two nearer.'
                    elif ref.subject and ref.owner == "1" and narrator and ref.word.lower() in KIN_NOUNS \
                            and ref.gender in ("m", "f") and not ref.indefinite \
                            and not _said_before(m.group()[:ref.offset - a - m.start()]):
                        callings.append(ref)  # 'my mother whinnied to me to come to her, and then she said:'
    for u in utterances:
        # a speech broken by a tag calls whom each of its pieces calls ('"…of me, Maurice," he said; "I have…"'),
        # as it would if the tag had parted it into two lines
        pieces = [" ".join(doc.text[p.start:p.end].split()) for p in u.pieces] if len(u.pieces) > 1 else []
        u.addressee = vocatives(cast, u.text(doc)).union(*(vocatives(cast, piece) for piece in pieces)) \
            - _subject_split(cast, doc, u)
    resolver.calls = sorted((u.start, cid) for u in utterances for cid in u.addressee)
    resolver.tag_nouns = {u.start: noun for u in utterances if u.addressee and not _opens_with_call(cast, doc, u)
                          for noun in [_tag_noun(doc, u, pieces_in[u.para])] if noun}
    resolver.own_names = sorted((u.start, cid) for u in utterances for m in [SELF_NAMED.search(u.text(doc))] if m
                                for cid in [cast.lookup(m.group(1) or m.group(2))] if cid is not None)
    for k, (asked, answer) in enumerate(zip(utterances, utterances[1:])):  # "What are you called?" / "Georgette."
        asking = any(ASKS_NAME.search(h.text(doc)) for h in utterances[max(0, k - 2):k + 1] if h.para == asked.para)
        bare = BARE_NAME.match(answer.text(doc)) if asking else None  # ('"Tell me your name!" … "Be quick!"' / "Teddy.")
        cid = cast.lookup(bare.group(1)) if bare else None
        if cid is not None and answer.para != asked.para:
            resolver.own_names = sorted([*resolver.own_names, (answer.start, cid)])
    for ref in epithets:
        resolver.learn_epithet(ref)
    for ref in definites:
        who = resolver.unnamed(ref)
        if who is not None:
            resolver.mention(ref.offset, who)
    history: list[Utterance] = []
    quoted = set(pieces_in)
    reply_to = {a.start: b for a, b in zip(utterances, utterances[1:])}
    callings.reverse()
    for index in sorted(by_para):
        group = by_para[index]
        while callings and callings[-1].offset < group[0].start:
            _calling_acts(resolver, callings.pop())
        for k, u in enumerate(group):
            if u.addressee:
                u.addressee -= _asked_about(cast, doc, resolver, u, history)
            if u.addressee and history and _NAME_ALONE.fullmatch(u.text(doc)) \
                    and _WHO_ASKED.search(history[-1].text(doc)):
                u.addressee = set()  # '"What is his name?" / "Bingley."': the answer, no one called
            kin_only = {c for c in u.addressee if cast.members[c].tokens <= KIN_CALLS}  # 'Papa' as a name of its own
            if (not u.addressee or kin_only) and (_PARENT_WORD.search(doc.text, u.start, u.end)
                                                  or _PARENT_CALL.search(u.text(doc).strip())):  # '"Dad, the doctor…
                parent = _parent_called(cast, resolver, u.text(doc), u.start)
                u.addressee = (u.addressee - kin_only) | parent if parent else u.addressee
            if u.pieces[0].label >= 0:
                _labelled(doc, cast, u)
            else:
                _tag_step(doc, cast, resolver, u, pieces_in, _previous_speaker(doc, cast, history, u), history,
                          reply_to.get(u.start), group[k - 1] if k else None)
        tagged = next((u for u in group if u.speaker is not None), None)
        spoken_before: Utterance | None = None  # the last line before this one in the paragraph with a speaker
        for k, u in enumerate(group):
            actor = _acted_between(cast, doc, group[k - 1], u) if k and u.speaker is None else None
            if actor is not None and actor != group[k - 1].speaker and actor not in u.addressee:
                u.speaker, u.evidence, u.confidence = actor, "beat", CONFIDENCE["beat"]  # '"_I_ will!" cried the
                # ladies. Mrs. Griffin, however, expressed the need for more light. "Who was it …?"': hers
            if u.speaker is None and tagged is not None and not (tagged.led and tagged.evidence == "tag" and u.start < tagged.start):
                # (a name's lead-in is its own line's: '"Yes," … he left us. Mrs. Griffin spoke. "Well, …"')
                u.speaker, u.evidence, u.confidence = tagged.speaker, "paragraph", CONFIDENCE["paragraph"]
                u.kind = tagged.kind
            if u.speaker is None and spoken_before is not None and u.evidence != "tag-unknown":
                u.speaker, u.evidence = spoken_before.speaker, "paragraph"  # one paragraph, one speaker
                u.confidence = CONFIDENCE["paragraph"]
            narration = _near(narration_of.get(index, []), u)
            if u.speaker is None and u is group[-1] and _voice_next(doc, u, quoted):  # '"I beg your pardon." /
                voiced = doc.paragraphs[u.pieces[-1].para + 1]  # A man's voice beside her made her turn.'
                who = resolver.stranger_between(voiced.start, voiced.end) or _voice(resolver, u.end, voiced.end, history)
                if who is not None:
                    u.speaker, u.evidence, u.confidence = who, "lead-in", CONFIDENCE["lead-in"]
            if u.speaker is None:
                beat = None if u.evidence == "tag-unknown" else _beat(cast, doc, u, narration)
                weak_steps(doc, cast, resolver, u, beat, history, quoted)
            if u.tag_gender and u.speaker is not None and (cast.members[u.speaker].narrator or
                                                           cast.members[u.speaker].gender not in (None, u.tag_gender)):
                u.speaker, u.evidence, u.confidence = None, "none", CONFIDENCE["none"]  # "she said": never "I", nor a he
            if u.speaker is not None:
                resolver.spoke(u.start, u.speaker)
                if not u.addressee:
                    looked_at = beat_addressee(cast, doc, resolver, u, narration)
                    u.addressee = {looked_at} if looked_at else set()
            for cid in sorted(u.addressee):  # in one order whatever the run's string hashing
                resolver.mention(u.start, cid, strong=False, called=True)
            history.append(u)
            if u.speaker is not None:
                spoken_before = u
    scene_of = {u.start: resolver.scene_start(u.start) for u in utterances}
    reanchor(doc, utterances, scene_of)
    called_back(doc, utterances, scene_of, CONFIDENCE["addressed"])
    rerank(doc, cast, resolver, utterances)
    return resolver


_WORD_BEFORE = re.compile(r"\b([a-zß-öø-ÿ]+)\s+(?:my|our)\s+(?:[a-zß-öø-ÿ-]+\s+)?$")


def _said_before(head: str) -> bool:
    """Whether a relation ('my aunt') at the end of `head` is a speaking verb's subject: 'said my aunt', a tag."""
    m = _WORD_BEFORE.search(head)
    return m is not None and m.group(1) in SPEECH_VERBS


_OPENS = re.compile(r"\W*[Tt]he\s+(?:[a-zß-öø-ÿ-]+\s+){0,2}")  # a sentence's opening words before its subject noun


def _calling_acts(resolver: Resolver, ref: Ref) -> None:
    """A calling a sentence of narration opens with ('The parson rode a step or two nearer.'): the person a tag
    or an introduction has already tied to it does that, and a 'he said' just after may be them. So does the teller's
    relation ('my mother whinnied to me'), who is the one 'said my mother' names."""
    if ref.owner == "1":  # the teller's relation: the one named so, else someone known as 'Mother', as 'said my
        word = ref.word.lower()  # mother' makes her
        who = resolver.kin(ref, set(), "narrator") or resolver.designated.get(word)
        if who is not None:
            resolver.mention(ref.offset, who)
        return
    who = resolver.epithets.get(ref.key) or resolver.cast.described(ref.key, ref.offset) \
        or resolver.designated.get(ref.key)  # 'Sowerby, the pawnbroker' … 'The pawnbroker nodded.': Sowerby
    if who is not None and resolver.present(who, ref.offset):
        resolver.mention(ref.offset, who)


_PARENT_WORD = re.compile(r"(?i)\b(?:papa|mamma|mama|daddy|mommy|mummy)\b|"
                          r"[,\"“‘]\s*(?:father|mother|pa|ma|pop|dad|mom|mum)\b(?!['’])")
_PARENT_CALL = re.compile(r"^\W*(papa|father|pa|mamma|mama|mother|ma|pop|dad|daddy|mom|mommy|mum|mummy)\b\s*[,!?.]|"
                          r",\s*(papa|father|mamma|mama|mother|pop|dad|daddy|mom|mommy|mum|mummy)\s*[,.!?…]|"
                          r"[.!?…]\s+(papa|father|mamma|mama|mother|dad|daddy|mom|mommy|mum|mummy)\s*[,!?]", re.I)
# "... name. Papa, may I?", "haven't you, pop?"
_FATHER_CALLS = frozenset("papa father pa pop dad daddy".split())


def _parent_called(cast: Cast, resolver: Resolver, said: str, offset: int) -> set[str]:
    """'Papa, you are very provoking.' / 'There is tea, mamma.': the one man (or woman) with a title
    of his gender who has been in the scene, if only one has."""
    m = _PARENT_CALL.search(said.strip())
    if not m:
        return set()
    word = (m.group(1) or m.group(2) or m.group(3)).lower()
    gender = "m" if word in _FATHER_CALLS else "f"
    titles = ("mr ",) if gender == "m" else ("mrs ", "lady ")
    here = [c for c in cast.members.values() if not c.narrator and any(t.startswith(titles) for t in c.tokens)
            and resolver.present(c.id, offset)]
    if len(here) > 1 and resolver.text:  # several: the one with a child of his name in the cast ('Emma Woodhouse')
        firsts = {t for c in cast.members.values() for t in c.tokens if " " not in t}
        parents = []
        for c in here:
            surnames = {t.split()[1] for t in c.tokens if t.startswith(titles)}
            if any(first.lower() in firsts and first.lower() not in c.tokens
                   for name in surnames for first in words_before(resolver.text, name.capitalize(), one_space=True)
                   if first.lower() not in TITLE_GENDER):
                parents.append(c)
        here = parents
    return {here[0].id} if len(here) == 1 else set()


def _opens_with(head: str) -> bool:
    """Whether the words before a name in its sentence are none, or its title alone."""
    return not head.strip() or TITLE_RE.fullmatch(head.lstrip()) is not None


def _acted_between(cast: Cast, doc: Document, before: Utterance, u: Utterance) -> str | None:
    """The one named person who opens a whole sentence of narration between two lines of one paragraph, as its
    subject ('Mrs. Griffin, however, expressed…'; not a tag, 'replied the poet Syme.'), if any."""
    gap = doc.text[before.end + 1:u.start - 1]
    if before.pieces[-1].para != u.para or not re.search(r"[.!?]\s*$", gap.strip() + " ") or len(gap) > 400:
        return None
    named = {r.cid for m in SENTENCE_RE.finditer(gap) if len(TOKEN_RE.findall(m.group())) >= 3
             for r in refs_in(cast, m.group(), before.end + 1 + m.start(), subjects_only=True)[:1]
             if r.cid is not None and not cast.members[r.cid].narrator and r.word[:1].isupper()
             and _opens_with(m.group()[:r.offset - before.end - 1 - m.start()])}
    return next(iter(named)) if len(named) == 1 else None


def _narration_spans(start: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    pos = start
    for a, b in quoted:
        if a - 1 > pos:
            out.append((pos, a - 1))
        pos = b + 1
    if pos < end:
        out.append((pos, end))
    return out


def _previous_speaker(doc: Document, cast: Cast, history: list[Utterance], u: Utterance) -> str | None:
    """The speaker of the line ending the paragraph just before `u`'s (a new paragraph: a new speaker),
    unless narration goes on after that line (the speaker may go on after it too)."""
    if not history or history[-1].pieces[-1].para != u.para - 1:
        return None
    tail = doc.text[history[-1].end + 1:doc.paragraphs[u.para - 1].end]
    for m in SENTENCE_RE.finditer(phrasal(tail)):
        words = TOKEN_RE.findall(m.group())
        if words and not any(_verb(w) for w in words[:4]):  # not a tag ('she said', 'said Tom quietly')
            return None
        if len(words) > 12 and not {r.cid for r in refs_in(cast, m.group(), 0)} - {None, history[-1].speaker}:
            return None  # a tag the sentence goes on from about no one else: 'said he, and turned … he saw …'
    return history[-1].speaker


def _tag_step(doc: Document, cast: Cast, resolver: Resolver, u: Utterance,
              pieces_in: dict[int, list[tuple[int, int]]], avoid: str | None = None,
              history: list[Utterance] | None = None, reply: Utterance | None = None,
              prior: Utterance | None = None) -> None:
    para = doc.paragraphs[u.para]
    said_last = doc.text[u.pieces[-1].start:u.pieces[-1].end]
    found = None
    for i, piece in enumerate(u.pieces[:-1]):  # a tag inside a joined quote
        nxt = u.pieces[i + 1]
        if nxt.para == piece.para:
            found = tag_after(cast, doc.text[piece.end + 1:nxt.start - 1], piece.end + 1, doc.text[piece.start:piece.end])
            if found:
                break
    last_para = doc.paragraphs[u.pieces[-1].para]
    if found is None and u.pieces[-1].closed:
        spans = pieces_in[u.pieces[-1].para]
        following = bisect.bisect_right(spans, (u.end, float("inf")))  # the first quote starting after this one
        end = min(spans[following][0] - 1, last_para.end) if following < len(spans) else last_para.end
        found = tag_after(cast, doc.text[u.end + 1:end], u.end + 1, said_last)
        if found is not None and found[0] is not None and (not _verb(found[1]) or _GOES_ON.match(doc.text, u.end + 1)):
            led = _tag_before_line(cast, doc, u, pieces_in, bare=True)  # 'Ben shouted "Legs!" and John kicked': Ben's
            if led is not None and led[0] is not None and _verb(led[1]):
                found = led
    if found is None:
        found = _tag_before_line(cast, doc, u, pieces_in)
        u.led = found is not None
    if found is None:
        return
    ref, verb = found
    if verb in THOUGHT_VERBS:
        u.kind = "think"
    if ref is None:
        u.evidence = "tag-unknown"  # a tag, but its subject is nobody known: the weaker steps decide
        tails = [doc.text[u.pieces[-1].end + 1:last_para.end]] + [  # after the line, or inside it ('"That," said a
            doc.text[a.end + 1:b.start - 1] for a, b in zip(u.pieces, u.pieces[1:]) if a.para == b.para]  # voice, "is…"')
        if any(_UNSEEN.match(tail) for tail in tails) or _UNSEEN_BEFORE.search(doc.text[para.start:u.start]):
            later = heapq.nsmallest(2, (a for spans in pieces_in.values() for a, _ in spans if a > last_para.end))
            upto = min(later[-1:] + [u.end + 600])  # to the line after the reply ('"Is it?" she answered. / A young man
            # had taken the seat beside her.')
            who = _voice(resolver, u.end, upto, history or [])  # '"Hello-o?" called a voice from the hall'
            if who is not None:
                u.speaker, u.evidence, u.confidence = who, "lead-in", CONFIDENCE["lead-in"]
        return
    before = u.para - 1
    lookback = doc.paragraphs[before].start if before >= 0 and before not in pieces_in \
        and not doc.paragraphs[before].is_break else None  # a paragraph of narration just before
    exclude = _called_in(u, doc, cast)
    if ref.owner in ("m", "f") and ref.word.lower() in KIN_NOUNS:  # '"Another time, Lizzy," said her mother': Lizzy's
        called = [c for c in u.addressee if cast.members[c].gender == ref.owner and not cast.members[c].narrator]
        if len(called) == 1 and (any(" " in t for t in cast.members[called[0]].tokens)
                                 or resolver.written_surnames(called[0])):  # whose family the text tells
            ref = replace(ref, owner=called[0])
    elif ref.owner in ("m", "f") and _kin_word(ref.word) in KIN_NOUNS and avoid is not None \
            and cast.members[avoid].gender == ref.owner and not cast.members[avoid].narrator:
        ref = replace(ref, owner=avoid)  # '"I will not be spoken to like that!" / "I thought you had," said his
        # step-son': the son of the one who spoke last, the man spoken to (a step-son or an in-law shares no surname
        # kin() could go by; a plain 'his son' is left to it: taking the last speaker as the owner there lost 4 lines)
    if ref.cid is None and ref.gender in ("m", "f"):  # 'He turned to Hallward and said, "…"': not Hallward
        exclude = (exclude or set()) | _turned_to(cast, doc.text, ref.offset, u) | _hearer(cast, doc.text, ref.offset)
        if _CHILD_CALL.search(u.text(doc)):  # '"Girls, if you must quarrel, …," she said': a mother, not a girl
            elders = {c for c in resolver.participants(u.start) + resolver.recent(u.start)
                      if cast.members[c].gender == ref.gender and grown(cast.members[c])}
            if elders:
                exclude |= {c for c, m in cast.members.items() if not grown(m)}
    speaker = _went_on(cast, u, ref, verb, prior) or resolver.described_before(ref) \
        or _answering(cast, doc, u, ref, avoid, history, pieces_in) \
        or _asked_before(cast, doc, u, ref, verb, pieces_in, exclude) \
        or _kin_called_back(cast, resolver, u, ref, reply) \
        or (_someone_new(resolver, ref) if ref.indefinite and ref.owner is None else None) \
        or resolver.resolve(ref, exclude=exclude or None, para_start=doc.paragraphs[u.para].start, avoid=avoid,
                            lookback=lookback)
    if speaker is not None and ref.owner == "1" and ref.word.lower() in KIN_NOUNS:
        resolver.kin_named.setdefault(("narrator", ref.word.lower()), speaker)  # 'my uncle' stays the one found
    if ref.cid is None:  # '"Forgive me," said he. "My name is Quayle."': the name the paragraph's lines give is his
        spans = pieces_in[u.para]
        at = bisect.bisect_left(spans, (u.start, -1))  # this line and the paragraph's next few
        own = SELF_NAMED.search(" ".join(doc.text[a:b] for a, b in spans[at:at + 2 * NEAR_SPANS]))
        named = cast.lookup(own.group(1) or own.group(2)) if own else None
        if named is not None and named not in u.addressee and not cast.members[named].narrator \
                and cast.members[named].gender in (ref.gender, None):
            speaker = named
    if speaker is None:
        u.tag_gender = ref.gender if ref.cid is None and ref.gender in ("m", "f") else None
        return
    u.speaker = speaker
    u.evidence = "tag" if ref.cid else "tag-pronoun"
    u.confidence = CONFIDENCE[u.evidence]
    if ref.cid is None and ref.gender in ("m", "f") and cast.members[speaker].gender is None:
        resolver.taken_as.setdefault(speaker, ref.gender)  # 'said her father': he, whatever else the text tells


_GOING_ON = frozenset("added adds continued continues resumed resumes".split())


def _kin_word(word: str) -> str:
    """A kin noun without 'step' or 'in-law' ('step-son' is a son, 'mother-in-law' a mother)."""
    low = word.lower()
    low = low[5:] if low.startswith("step-") else low[4:] if low.startswith("step") and low[4:] in KIN_NOUNS else low
    return low[:-7] if low.endswith("-in-law") else low


def _went_on(cast: Cast, u: Utterance, ref: Ref, verb: str, last: Utterance | None) -> str | None:
    """'"It'll be because you were born to hang," laughed the keeper. "Here, lend me a hand," he added.': one who adds
    to a line goes on from it: the speaker of the line just before in the paragraph (`last`), when the he or she fits."""
    if verb not in _GOING_ON or ref.cid is not None or ref.word.lower() not in ("he", "she") or last is None \
            or last.speaker is None or last.pieces[-1].para != u.para:
        return None
    member = cast.members[last.speaker]
    return last.speaker if not member.narrator and member.gender in (ref.gender, None) else None


def _tag_noun(doc: Document, u: Utterance, spans: list[tuple[int, int]]) -> str | None:
    """The calling a line's own tag gives its speaker ('"Good night, Sir John," said the parson': 'parson'), or None:
    read in the narration between the paragraph's quotes before and after it (`spans`, in order)."""
    para = doc.paragraphs[u.pieces[-1].para]
    if u.pieces[0].para != u.pieces[-1].para:
        return None
    at = bisect.bisect_left(spans, (u.start, -1))
    after = bisect.bisect_left(spans, (u.end + 1, -1))
    edges = [spans[at - 1][1] + 1 if at else para.start, *(x for p in u.pieces for x in (p.start - 1, p.end + 1)),
             spans[after][0] - 1 if after < len(spans) else para.end]
    narration = " ".join(doc.text[a:b] for a, b in zip(edges[::2], edges[1::2]) if b > a)
    found = _TAG_NOUN.search(narration)
    if found is None:
        return None
    verb, noun = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    return noun.lower() if _verb(verb) else None


def _opens_with_call(cast: Cast, doc: Document, u: Utterance) -> bool:
    """Whether the line opens with a name it calls ('"Hobday," said the old man': perhaps his own, given)."""
    first = TOKEN_RE.search(u.text(doc))
    return first is not None and cast.lookup(first.group()) in u.addressee


_TAG_NOUN = re.compile(r"\b([a-z]+)\s+the\s+(?:[a-z-]+\s+)?([a-z][a-z-]+)\b|\b[Tt]he\s+(?:[a-z-]+\s+)?([a-z][a-z-]+)\s+([a-z]+)\b")


def _someone_new(resolver: Resolver, ref: Ref) -> str | None:
    """'"'Tis her," said a sailor', 'cried a woman in the crowd': someone not met before the tag. The one the scene
    names next, if any; else someone known by that description alone ('Sailor', 'Woman in the crowd'). A plain 'a
    girl' with nothing to pick her out ('a small pink-haired girl … called out') is left to the pronoun's steps:
    she is as often someone the reader has met."""
    plain = ref.word.lower() in PLAIN and not ref.post
    described = {cid for cid, member in resolver.cast.members.items() if member.designation}  # 'a sailor' next: no name
    named = resolver.newcomer(ref.offset, ref.gender, NEAR, described)
    if named is not None or plain:
        return named
    if ref.gender in ("m", "f") and ref.key and ref.owner is None:  # 'said a hard-featured dame of fifty', 'asked
        return resolver.designate(ref) or resolver.designation(ref.key, ref.gender)  # a young wife': no calling, new
    return resolver.designate(ref)


_CHILD_CALL = re.compile(r"(?i)(?:^\W*|,\s*)(?:(?:my\s+)?(?:dear(?:est)?\s+)?(?:child|children|girls|boys)|my\s+(?:dear\s+)?"
                         r"(?:boy|girl|son|daughter|lad|lass))\s*[,.!?…—-]")  # 'Hush, child,', 'My dear girls, …'


def _labelled(doc: Document, cast: Cast, u: Utterance) -> None:
    """A chat or script line's speaker is the name before its colon ('Sakura: are you awake'): a person of the
    cast, or one added under that name."""
    piece = u.pieces[0]
    name = LABEL_NAME.match(doc.text, piece.label).group()  # type: ignore[union-attr]
    cid = cast.lookup(name)
    if cid is None:
        cid = cast.free_id(slug(name) or "speaker")
        words = {HONORIFIC_RE.sub("", name).lower(), name.lower()}
        cast.add(Character(cid, name if not name.isupper() else name.title(), words))
    u.speaker, u.evidence, u.confidence = cid, "label", CONFIDENCE["label"]


def _tag_before_line(cast: Cast, doc: Document, u: Utterance, pieces_in: dict[int, list[tuple[int, int]]],
                     bare: bool = False) -> tuple[Ref | None, str] | None:
    """The tag leading into `u` from the narration before it in its paragraph ('Tom said, "')."""
    spans = pieces_in[u.para]
    earlier = bisect.bisect_left(spans, (u.start, -1))  # the quotes before this one (they end before it starts)
    begin = spans[earlier - 1][1] + 1 if earlier else doc.paragraphs[u.para].start
    if not earlier and not doc.text[begin:u.start - 1].strip() and u.para > 0:
        before = doc.paragraphs[u.para - 1]  # 'My uncle saw me staring and said to me:' // '"Well, so…"'
        start = pieces_in[u.para - 1][-1][1] + 1 if u.para - 1 in pieces_in else before.start  # after its last quote
        text = doc.text[start:before.end].rstrip()  # ('"…?" I answered. She shook her head as she said again:')
        if (text.endswith(":") or _READ_ALOUD.search(text) or _REPLY_WAS.search(text)) and not before.is_break:
            last = max(text.rfind(". ", 0, len(text) - 1), text.rfind("! "), text.rfind("? ")) + 1
            return tag_before(cast, text[last:] + " ", start + last, bare)
    return tag_before(cast, doc.text[begin:max(u.start - 1, begin)], begin, bare)


_GOES_ON = re.compile(r"[\"”’]?\s*,?\s*(?:and|but|while|as|then)\b")
# '" and Tony would say,': the narration goes on after the line, not a tag of it


_UNSEEN = re.compile(r"\W*(?:[a-zß-öø-ÿ]+\s+){0,2}?(?:(?:a|an|another|some)\s+(?:[a-zß-öø-ÿ-]+\s+){0,2}voice|someone|somebody)\b")
_UNSEEN_BEFORE = re.compile(r"(?:\b(?:[Aa]|[Aa]n|[Aa]nother|[Ss]ome)\s+(?:[a-zß-öø-ÿ-]+\s+){0,2}voice|\b[Ss]omeone|\b[Ss]omebody)"
                            r"\s+(?:[a-zß-öø-ÿ]+\s+){0,3}?[a-zß-öø-ÿ]+[,:]\s*$")  # 'A voice from the door said, "'


_VOICE_NEXT = re.compile(r"\W*(?:[Aa]n?|[Aa]nother|[Ss]ome)\s+(?:[a-zß-öø-ÿ-]+\s+){0,2}?(?:[a-zß-öø-ÿ]+['’]s\s+)?voice\b")


def _voice_next(doc: Document, u: Utterance, quoted: set[int]) -> bool:
    """Whether the line ends its paragraph and the next, narration alone, opens on the voice that spoke it ('A man's
    voice beside her made her start')."""
    para = u.pieces[-1].para
    if doc.text[u.end + 1:doc.paragraphs[para].end].strip() or para + 1 >= len(doc.paragraphs) or para + 1 in quoted:
        return False
    return bool(_VOICE_NEXT.match(doc.para_text(doc.paragraphs[para + 1])))


def _voice(resolver: Resolver, offset: int, upto: int, history: list[Utterance]) -> str | None:
    """Whose is 'a voice from the door': the first person the narration names as a subject after the line and
    before the next one who has not spoken in the scene ('Mr. Ormerod came in upon the words')."""
    start = resolver.scene_start(offset)
    spoke = {h.speaker for h in history if h.start >= start}
    i = bisect.bisect_right(resolver.offsets, offset)
    end = min(upto, offset + 600)
    while i < len(resolver.offsets) and resolver.offsets[i] < end:
        if (resolver.strong[i] or resolver.cast.members[resolver.ids[i]].designation) and not resolver.spoken[i] \
                and resolver.ids[i] not in spoke and resolver.scene_start(resolver.offsets[i]) == start:
            return resolver.ids[i]  # (or one the narration brings in by a description: 'A young man had taken…')
        i += 1
    return resolver.stranger_between(offset + 1, end)  # 'conscious of a man behind'


_OBJECT_OF = re.compile(r"\b(?:to|at|towards|toward|upon|with|from|by|for|of|on)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?$")
_TO_WHOM = re.compile(r"\b(?:to|at|towards|toward|upon)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?"
                      r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)")


def _kin_called_back(cast: Cast, resolver: Resolver, u: Utterance, ref: Ref, reply: Utterance | None) -> str | None:
    """'"Gravy," said her father.' / '"It's by your elbow, Marek."': a relation the text has given no name yet
    ('her father', whose owner is known) is the one person the reply in the next paragraph calls by name (of the
    relation's gender or of none told, not the owner, nor the narrator); remembered for the owner's later lines."""
    word = ref.word.lower()
    if ref.cid is not None or ref.owner not in ("m", "f", "1") or word not in KIN_NOUNS or reply is None \
            or reply.para != u.pieces[-1].para + 1 or len(reply.addressee) != 1:
        return None
    owner = resolver.resolve(Ref(ref.offset, None, ref.owner, ""))
    if owner is None or resolver.kin(ref, set(), owner) is not None:
        return None  # the text has told who that relation is
    who = next(iter(reply.addressee))
    member = cast.members[who]
    if who == owner or member.narrator or member.gender not in (ref.gender, None) \
            or who in resolver.kin_named.values():
        return None
    resolver.kin_named[(owner, word)] = who
    return who


def _turned_to(cast: Cast, text: str, at: int, u: Utterance) -> set[str]:
    """The people a pronoun tag's own clause turns or speaks to ('He turned to Hallward and said,', '" she said to
    Tom'), from the pronoun to the quote before it or to the end of its sentence after it: not the speaker."""
    if at < u.start:
        span = text[at:u.start]
    else:
        span = re.match(r"[^.!?\"“”]*", text[at:at + 200]).group()  # type: ignore[union-attr]
    return {cid for m in _TO_WHOM.finditer(span) for cid in [cast.lookup(m.group(1))] if cid is not None}


_HEARER = re.compile(r"([A-Z][\w'’.-]*)\s+(?:could\s+|had\s+)?(?:" + "|".join(sorted(_HEARD)) + r")\s+$")


def _hearer(cast: Cast, text: str, at: int) -> set[str]:
    """'Mary heard her say': the one who hears a pronoun speak is not that pronoun."""
    m = _HEARER.search(text, max(0, at - 80), at)
    cid = cast.lookup(m.group(1)) if m else None
    return {cid} if cid is not None else set()


def _called_in(u: Utterance, doc: Document, cast: Cast) -> set[str] | None:
    """Whom a line calls by name while saying something else too: never its speaker ('"Tubb, you are a bore," he
    murmured.'). A line that is a name alone may be the speaker giving it ('"Bolt," he said. "Of the Excise."')."""
    said = doc.text[u.pieces[0].start:u.pieces[0].end]
    goes_on = len(u.pieces) > 1 and doc.text[u.pieces[1].start:u.pieces[1].end].lstrip(" \"'“‘—-")[:1].islower()
    # '"Annie," she teased, "just give us one…"': the sentence the name opens goes on after the tag, so it was called
    words = TOKEN_RE.findall(said)
    called = {part for c in u.addressee for t in cast.members[c].tokens for part in t.split()}
    other = [w for w in words if w.lower() not in TITLES and w.lower() not in called]  # ('"Good-bye, Berry," he
    # said': a greeting and a name, a call; '"Mrs. Moore," she said': a name alone)
    return (u.addressee or None) if len(words) > 2 or other and len(words) > 1 or goes_on else None


_ASKED_WHO = re.compile(r"\b(?:asked|questioned|enquired\s+of|inquired\s+of)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                        r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+(?:when|whether|if|what|why|how|where|who|about)\b")


def _asked_before(cast: Cast, doc: Document, u: Utterance, ref: Ref, verb: str,
                  pieces_in: dict[int, list[tuple[int, int]]], exclude: set[str] | None) -> str | None:
    """'…, and asked Aziz when he was going to be married. // Respectful but irritated, he answered, "…"': a 'he' or
    'she' who answers is the one the narration just before (this paragraph, and the one before if it has no line)
    says was asked (after its last line, if it has one)."""
    if verb not in _ANSWERED or ref.cid is not None or ref.word.lower() not in ("he", "she"):
        return None
    start = doc.paragraphs[u.para].start
    if u.para > 0 and not doc.paragraphs[u.para - 1].is_break:  # the narration after the last line there
        start = max([doc.paragraphs[u.para - 1].start] + [b for _a, b in pieces_in.get(u.para - 1, [])])
    asked = list(_ASKED_WHO.finditer(doc.text, start, u.start))
    if not asked:
        return None
    who = cast.lookup(asked[-1].group(1))
    if who is None or who in (exclude or set()) or cast.members[who].gender not in (ref.gender, None):
        return None
    return who


def _answering(cast: Cast, doc: Document, u: Utterance, ref: Ref, avoid: str | None,
               history: list[Utterance] | None, pieces_in: dict[int, list[tuple[int, int]]]) -> str | None:
    """'"Well, Mr. Crane?" // "I cannot say," said he.': a 'he' or 'she' tagging a line that opens its paragraph
    straight after another's line is the one person that line called by name, if of that gender (or of none the text
    has told). So too after up to two paragraphs of narration that name no one else of that gender as a subject
    ('"Out with it, Pell." // The clerk hesitated. // "This came today," he said.'). A person's noun ('the boy', 'the
    old woman') is the one called only straight after the calling line, and of its gender (of none told, after a
    question)."""
    mine = ref.owner == "1" and ref.word.lower() in KIN_NOUNS and cast.first_person
    if mine and history and history[-1].pieces[-1].para == u.para - 1 and not doc.text[doc.paragraphs[u.para].start:
                                                                                         u.start - 1].strip():
        # '"Am I right, Jack?"' // '"…," said my uncle.': the narrator's relation, never named, is the one called
        called = [c for c in history[-1].addressee if c != history[-1].speaker and c in cast.members
                  and not cast.members[c].narrator and cast.members[c].gender in (ref.gender, None)]
        return called[0] if len(called) == 1 else None
    if not history or ref.cid is not None or ref.owner or ref.word.lower() not in ("he", "she") \
            and not (ref.gender in ("m", "f") and noun_gender(ref.word.lower()) == ref.gender):
        return None  # a 'he' or 'she', or a person's noun of that gender ('"Yes," the boy whispered')
    para = doc.paragraphs[u.para]
    if doc.text[para.start:u.start - 1].strip():
        return None
    if ref.word.lower() not in ("he", "she") and history[-1].pieces[-1].para != u.para - 1:
        return None  # a noun after narration may be whom it brought in ('stood a stout gentleman ... said the stout
        # gentleman'): only straight after the line that called
    if avoid is None:
        last = history[-1].pieces[-1].para
        if not u.para - 3 <= last < u.para - 1 \
                or any(i in pieces_in or doc.paragraphs[i].is_break for i in range(last + 1, u.para)):
            return None
        between = doc.text[doc.paragraphs[last + 1].start:doc.paragraphs[u.para - 1].end]
        named = {r.cid for r in refs_in(cast, between, doc.paragraphs[last + 1].start, subjects_only=True)
                 if r.cid is not None}
        avoid = history[-1].speaker
        if any(cast.members[c].gender == ref.gender for c in named - set(history[-1].addressee)):
            return None
    called = [c for c in history[-1].addressee if c != avoid and c in cast.members]
    asked = doc.text[history[-1].start:history[-1].end].rstrip(" \"'”’").endswith("?")
    # a noun ('the boy') answers a question put to someone of its gender or of none the text has told; after
    # anything else it must be of that gender ('"Benny." // "Let him talk," said the girl at the piano': not Benny)
    told = (ref.gender, None) if ref.word.lower() in ("he", "she") or asked else (ref.gender,)
    if len(called) == 1 and cast.members[called[0]].gender in told and not cast.members[called[0]].narrator:
        return called[0]
    return None


_I_SAID = re.compile(r"[,!?.…—-]?[”\"’][^\S\n]*(?:I\s+[a-zß-öø-ÿ]+ed|I\s+(?:said|told|asked|say|tell|ask|began|cried)|(?:said|asked|cried)\s+I)\b")
_CALL_INSIDE = re.compile(r"^\W*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)\.\s+[A-ZÀ-ÖØ-Þ]|,\s*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)\s*[.!?]+\s+\S")
VOCATIVE_RE = re.compile(r"^\W*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)\s*[,!?]|,\s*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)\s*[.!?…,]+\W*$")
# a name called between commas, or after 'my dear': '"Well, Harding, what do you make of it?"', '"I have several, my
# dear Harding, and…"'
_TITLED_CALL = re.compile(r"^\W*(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*)\s*[,!?]|"
                          r",\s*(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*)\s*[.!?…,]")
# 'It is Tuesday, Mr. Harlan.': the surname is called, as the bare name of ', Harlan.' is
_CALL_BETWEEN = re.compile(r"(?:(?<=,)|^\W*)\s*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)\s*,(?!\s*(?:and|or)\b)|"
                           r"\b(?:[Mm]y|[Oo]ur)\s+(?:dear|dearest|good|poor|old)\s+"
                           r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)\b(?!['’-])")


# the narration after a call saying the name was the teller's: '"Cal," he said—I hadn't told him my first name'
_MY_NAME = re.compile(r"[^\"“”]{0,60}?\b(?:my|me\s+by\s+my)\s+(?:first\s+|christian\s+|given\s+|own\s+)?name\b")
# the narration naming its teller: 'I called myself Teddy', 'they called me Bram', 'my name was Hester'
_NARRATOR_NAMED = re.compile(r"\b(?:I\s+(?:called|call|named|name)\s+myself|(?:[Tt]hey|[Ee]veryone|[Pp]eople|[Ww]e)\s+"
                             r"(?:called|call)\s+me|[Mm]y\s+name\s+(?:is|was))\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b(?!['’-])")


def name_narrator(cast: Cast, doc: Document, utterances: list[Utterance]) -> None:
    """In first-person narration, the narrator's name is the one others call them by: a name said
    to someone in dialogue that the narration itself (told as 'I') hardly uses."""
    if not cast.first_person or "narrator" not in cast.members:
        return
    from game.adapt.lexicon import NOT_NAMES

    parts, pos = [], 0
    for u in sorted(utterances, key=lambda u: u.start):
        parts.append(doc.text[pos:u.start])
        pos = max(pos, u.end)
    parts.append(doc.text[pos:])
    plain = " ".join(parts)
    named_inside = {m.group(1) for m in _NAME_INSIDE.finditer(doc.text)}
    called: Counter[str] = Counter()
    inside: Counter[str] = Counter()  # called within a longer line ("Tess. You said Thursday.", "…of us, Tess. The shop.")
    answered: Counter[str] = Counter()  # called in a line the narrator's own line answers, in the next paragraph
    titled: Counter[str] = Counter()  # surnames called with a title ('It is Tuesday, Mr. Harlan.')
    before = ""
    ordered = sorted(utterances, key=lambda u: u.start)
    mine = [bool(_I_SAID.match(doc.text, u.pieces[0].end)) for u in ordered]
    mine_told: str | None = None  # a name called where the narration says it is the narrator's ('my first name')
    kin_answered = _answered_by_kin(doc, ordered)
    given_away = _names_given_to_narrator(doc, ordered, mine)
    for i, u in enumerate(ordered):
        said = u.text(doc)
        reply = next((j for j in range(i + 1, min(i + 4, len(ordered))) if ordered[j].para > u.pieces[-1].para), None)
        answers = reply is not None and ordered[reply].para == u.pieces[-1].para + 1 and mine[reply]
        if mine[i]:  # '"Look, Sam. I told you," I said.': the narrator's own line
            own = re.fullmatch(r"\W*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)\W*", said)
            if own and own.group(1).lower() not in NOT_NAMES | KIN_CALLS | set(re.findall(r"[a-zß-öø-ÿ]+", before.lower())) \
                    and ASKS_NAME.search(before):
                # '"Sam," I said.': the narrator giving their name (not '"…was left." / "Left?" I said.', an echo)
                called[own.group(1)] += 1
                inside[own.group(1)] += 2
            before = said
            continue
        calls = _ASKED_ABOUT.sub(" ", said) if len(TOKEN_RE.findall(said)) > 1 else said  # "Gedge? Why on earth..."
        if (first := re.match(r"\W*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+", calls)) and _INVERTED.match(calls, first.end()):
            before = said  # 'Penhale, Arthur, M.A., 1881.': a name written surname first, read out
            continue
        found = [(m.group(1) or m.group(2), m.start()) for m in [*VOCATIVE_RE.finditer(calls), *_CALL_INSIDE.finditer(calls)]]
        seen = {word for word, _at in found}  # a name between commas the patterns above missed
        found += [(word, m.start()) for m in _CALL_BETWEEN.finditer(calls)
                  if (word := m.group(1) or m.group(2)) not in seen]
        for m in _TITLED_CALL.finditer(calls):  # '…, Mr. Harlan.': a surname called, which may be a parent's too
            titled[m.group(1) or m.group(2)] += 1
        for word, at in found:
            if u.start in kin_answered:
                continue  # '"Am I right, Jack?"' / '"That's my principle, too," said my uncle.': the uncle's name
            alone = not re.sub(r"\W", "", said.replace(word, "", 1))
            if at == 0 and mine_told is None and word.lower() not in NOT_NAMES \
                    and _MY_NAME.match(doc.text, u.pieces[0].end + 1, doc.paragraphs[u.pieces[-1].para].end):
                mine_told = word  # '"Cal," he said—I hadn't told him my first name': the narrator's own
            if at == 0 and not alone and word not in named_inside and cast.lookup(word) is None:
                continue  # '"Interesting, though elementary."': a word opening a longer line calls someone only if
                # the text writes it as a name somewhere ('"Will," he said.' alone is a call as before)
            echo = alone and word.lower() in re.findall(r"[a-zß-öø-ÿ]+", before.lower())  # "…was left." / "Left?"
            # a line of one word cried or asked is a call only if the text writes the word as a name somewhere,
            # capitalised inside a sentence: '"Impossible!"' is an exclamation, '"Rose!"' (with a 'said Rose') a call,
            # and '"Will," he said.' a call however it is written
            if alone and (said.rstrip("'’\" ")[-1:] in "!?" or word.endswith("ing")) and word not in named_inside:
                continue  # '"Hunting," said Pooh.': a participle, an answer, unless the text writes it as a name
            if word.lower() not in NOT_NAMES and word.lower() not in TITLE_GENDER and word.lower() not in KIN_CALLS \
                    and not echo:  # "Papa, she is here!" calls a relation, not the narrator
                called[word] += 1
                inside[word] += not alone  # a line of one word ('"Jollof," she said.') may call nobody
                answered[word] += answers
        before = said
    words_in_narration = Counter(re.findall(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*", plain))
    own = _NARRATOR_NAMED.search(plain)  # '…, and I called myself Teddy, and so everyone else did too.'
    given = own.group(1) if own is not None else mine_told
    if given is not None and given.lower() not in NOT_NAMES | KIN_CALLS:
        called = Counter({given: 1})  # the narration's own word for the narrator, whatever others call them
        inside = answered = Counter({given: 1})
        words_in_narration[given] = 0
    for word, n in titled.items():  # a surname others call with a title again and again ('Mr. Harlan' by three people)
        if n >= 3:
            called[word] += n
            inside[word] += n
    in_narration = {w: words_in_narration[w] for w in called}
    # a name others call inside their lines twice or more comes first
    # a name whose call the narrator's own line answers ('"…, Watson," he said.' // '"But consider!" I said') comes
    # first of all: a porter called four times by others is not the narrator
    for word in sorted(called, key=lambda w: (not answered[w], in_narration[w] > 1, inside[w] < 2, in_narration[w],
                                              cast.lookup(w) is None, -called[w])):
        cid = cast.lookup(word)
        if cid == "narrator" or in_narration[word] > 1 or (cid is not None and cast.members[cid].known) \
                or word in given_away:
            continue
        told = in_narration[word] if cid is None else max(  # "Rosalind" in the narration: "Ros" is someone else
            [words_in_narration[w.capitalize()] for t in cast.members[cid].tokens for w in t.split()
             if w not in TITLE_GENDER] + [0])  # 'Dr' in the narration tells no one's name
        if (cid is not None or inside[word]) and (told > 1 or told and inside[word] < 2):  # "Inspector Rudd was in the room": someone
            continue  # else, unless others call the narrator by it inside their lines again and again
        narrator = cast.members["narrator"]
        narrator.name = word
        narrator.tokens.add(word.lower())
        cast.by_token[word.lower()] = "narrator"
        if cid is not None:
            cast.merge(cid, "narrator")
        break
    _absorb_called_names(cast, utterances, doc, plain, kin_answered, given_away)


def _names_given_to_narrator(doc: Document, ordered: list[Utterance], mine: list[bool]) -> set[str]:
    """Names others give when the narrator asks for one ('Name?' I asked. // "Bastien. Bastien Farrow."): the
    answer's, not the narrator's, however often the narrator then calls them by it. The question is the narrator's
    when its tag says so, or when it stands alone in its paragraph right after the narrator's own sentence ('I
    could work with grey.' // '"Name?"'); an answer tagged 'I said' is the narrator's own name, as before."""
    out: set[str] = set()
    for k in range(1, len(ordered)):
        asked, answer = ordered[k - 1], ordered[k]
        if mine[k] or answer.para != asked.pieces[-1].para + 1 or not ASKS_NAME.search(asked.text(doc)):
            continue
        bare = BARE_NAME.match(answer.text(doc))
        if bare is None:
            continue
        para = doc.paragraphs[asked.para]
        alone = not re.sub(r"[\W_]", "", doc.text[para.start:asked.start] + doc.text[asked.end:para.end])
        before = doc.para_text(doc.paragraphs[asked.para - 1]) if alone and asked.para else ""
        last = SENTENCE_RE.findall(before)[-1:] if before and not re.search(r"[\"“”]", before) else []
        if mine[k - 1] or (last and re.match(r"\W*I\b", last[0].strip())):
            out.add(bare.group(1))
    return out


def _answered_by_kin(doc: Document, ordered: list[Utterance]) -> set[int]:
    """The starts of the lines the next paragraph's line answers with a tag naming the narrator's relation ('"Am I
    right, Jack?"' // '"…," said my uncle.'): the names those lines call are that relation's."""
    return {a.start for a, b in zip(ordered, ordered[1:])
            if b.para == a.pieces[-1].para + 1 and _MY_KIN_TAG.match(doc.text, b.pieces[0].end + 1)}


_MY_KIN_TAG = re.compile(r"[^\S\n]*(?:said|asked|answered|replied|returned|cried|added)\s+my\s+(?:uncle|aunt|father|mother|"
                         r"brother|sister|cousin|grandfather|grandmother|husband|wife)\b")


# a capitalised word inside a sentence: after a lower-case word, a comma or a title, not after the end of a sentence,
# a quotation mark or a dash
_NAME_INSIDE = re.compile(r"(?:[a-zß-öø-ÿ,;]|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?) ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*(?:-[\w'’]+)*)")


# '"Mrs. Fenwick?"' alone, or as a sentence of its own after another ('And the others? Mrs. Fenwick?'): a name asked
# about as often as one called, so it is no call that could name the narrator
_ASKED_ABOUT = re.compile(r"(?:^|(?<=[.!?…]))\W*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?"
                          r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*\?+(?=\W*$|\s)")
def _asked_about(cast: Cast, doc: Document, resolver: Resolver, u: Utterance, history: list[Utterance]) -> set[str]:
    """'"Father is in his study." / "And Mrs. Fenwick?"': a name alone as a question, in the middle of a talk between
    two others who have both spoken (the line before is one of theirs, with no narration between), asks about
    someone not in the scene; it calls nobody. Not so the scene's first line ('"Mr. Calloway?" / "Who's asking?"'),
    nor a call to someone the scene has brought in, nor to the narrator."""
    said = u.text(doc)
    asked = u.addressee - vocatives(cast, _ASKED_ABOUT.sub(" ", said))
    if not asked:
        return set()
    scene = resolver.scene_start(u.start)
    talk = [h for h in history if h.start >= scene and h.speaker is not None]
    if len({h.speaker for h in talk[-2:]}) < 2 or talk[-1].pieces[-1].para != u.para - 1:
        return set()
    return {c for c in asked if c != "narrator" and not resolver.present(c, u.start)
            and c not in {h.speaker for h in talk}}


_NAME_ALONE = re.compile(r"\W*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\s*[.!]?\W*")
_WHO_ASKED = re.compile(r"\b(?:[Ww]ho|[Ww]hom|[Ww]hat|[Ww]hich)\b[^?]*\?\W*$")
_KIN_TITLES = frozenset("aunt uncle mother father grandmother grandfather cousin".split())


def _absorb_called_names(cast: Cast, utterances: list[Utterance], doc: Document, plain: str,
                         kin_answered: set[int], given_away: set[str]) -> None:
    """The narrator's other names: a name that others call someone by in dialogue ('Not at all,
    Mr. Asher.') and that the narration, told as 'I', never uses is the narrator's too (a relative's
    title, 'Aunt Pip', is someone the narrator calls by it; a name given when the narrator asked for it is not)."""
    narrator = cast.members["narrator"]
    calls = [(u, cid) for u in utterances for cid in vocatives(cast, _ASKED_ABOUT.sub(" ", u.text(doc)))]
    called = {cid for _u, cid in calls}
    kin = {cid for u, cid in calls if u.start in kin_answered or _my_kin_near(doc, u) & {cast.members[cid].gender}}
    narrated = set(re.findall(r"[a-zß-öø-ÿ]+", plain.lower()))
    found = []
    for cid in sorted(called):
        member = cast.members.get(cid)
        if member is None or member.narrator or member.known or cid in kin \
                or {w.lower() for w in given_away} & member.tokens:
            continue
        if any(t.split()[0] in _KIN_TITLES for t in member.tokens if " " in t) or member.tokens <= KIN_CALLS:
            continue  # 'Aunt Pip', 'Papa': relations the narrator calls, never the narrator
        if narrator.name != "Narrator" and all(" " not in t for t in member.tokens):
            continue  # the narrator already has a first name: another one called ('Well, Danny,') is someone else's
        words = {w for t in member.tokens for w in t.split() if w not in TITLE_GENDER}
        if not words & narrated:
            found.append(member)
    if found and narrator.name != "Narrator":  # "My name is Orme.": a visitor's name, not the narrator's
        introduced = {cast.lookup(m.group(1) or m.group(2)) for u in utterances
                      for m in SELF_NAMED.finditer(u.text(doc))}
        found = [m for m in found if m.id not in introduced]
    if len({m.gender for m in found} - {None}) > 1:  # 'Mr. Greaves' and 'Mrs. Greaves': not both, nor either
        found = [m for m in found if m.gender is None]
    titled = [t.split()[1:] for t in narrator.tokens if " " in t and t.split()[0] in TITLE_GENDER]
    surnames = {frozenset(w for t in m.tokens for w in t.split() if w not in TITLE_GENDER) for m in found}
    if titled or len(surnames) > 1:  # 'Dr. Watson' and 'Mrs. Hudson' both called: one surname is the narrator's
        mine = {w for t in narrator.tokens for w in t.split() if w not in TITLE_GENDER}
        found = [m for m in found if any(w in mine for t in m.tokens for w in t.split() if w not in TITLE_GENDER)]
    if narrator.name == "Narrator" and found:  # never named by a call alone: by the name used most
        narrator.name = max(found, key=lambda m: (m.count, m.name)).name
    for member in found:
        cast.merge(member.id, "narrator")


_MY_KIN = re.compile(r"\b[Mm]y\s+(?:step-?)?(mother|father|mum|mom|dad)\b(?!['’])")  # a parent, not one's things


def _my_kin_near(doc: Document, u: Utterance) -> set[str]:
    """The genders of the narrator's parents ('my mother', not 'my mother's') the narration names in the two
    paragraphs before a line or around it: a titled name the line calls ('If that's okay, Mrs. Haddad.') may be that
    parent's (an uncle or aunt is called by that: 'Uncle Jim')."""
    start = doc.paragraphs[max(0, u.para - 2)].start
    end = doc.paragraphs[u.pieces[-1].para].end
    return {noun_gender(m.group(1).lower()) or "" for m in _MY_KIN.finditer(doc.text, start, end)} - {""}


def _subject_split(cast: Cast, doc: Document, u: Utterance) -> set[str]:
    """'"Mr. Dawes," she said, "has always kept his cart in the lane."': a name that is all of a line's first piece,
    its sentence going on after the tag with a verb ('has', 'was', 'says', 'kept'; not 'you may', 'can you'), is the
    sentence's subject, not someone called."""
    if len(u.pieces) < 2:
        return set()
    first = doc.text[u.pieces[0].start:u.pieces[0].end]
    rest = doc.text[u.pieces[1].start:u.pieces[1].end].lstrip()
    m = re.fullmatch(r"\W*((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Aunt|Uncle)\.?\s+)?[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)\s*,\s*", first)
    words = re.findall(r"[\w'’]+", rest)[:2]
    if m is None or not rest[:1].islower() or not words or (len(words) > 1 and words[1].lower() in _PERSONAL):
        return set()
    if not (words[0] in _AUX or re.fullmatch(r"[a-zß-öø-ÿ]+(?:ed|s)", words[0])):
        return set()  # '"Miss Thorne," he said, "you have not told me"': a call
    cid = cast.lookup(m.group(1))
    return {cid} if cid is not None else set()


_PERSONAL = frozenset("i you he she we they it me him her us them".split())
_AUX = frozenset("has had is was will would shall should can could may might must does did never always".split())
