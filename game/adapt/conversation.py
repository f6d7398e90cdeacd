"""The weaker attribution steps, for a line with no tag: who the narration just before it is about,
who the previous line spoke to, and whose turn it is in the conversation.

A conversation is the scene's attributed lines in order; a *turn* is a run of lines by one speaker.
"""

from __future__ import annotations

import re

from game.adapt.cast import Cast
from game.adapt.document import Document
from game.adapt.lexicon import ROLE_NOUNS, SPEECH_VERBS
from game.adapt.quotes import Utterance
from game.adapt.referents import SENTENCE_RE, TOKEN_RE, Ref, Resolver, clause_subject, grown, refs_in

CONFIDENCE = {"tag": 0.95, "label": 0.95, "tag-pronoun": 0.85, "paragraph": 0.8, "beat": 0.75, "lead-in": 0.7,
              "addressed": 0.7, "self-named": 0.8, "vocative": 0.65, "turn-taking": 0.6,
              "turn-back": 0.6, "last-named": 0.35, "none": 0.0}


def turns(lines: list[Utterance]) -> list[str]:
    """The speakers of `lines` with a run of lines by one speaker counted once, oldest first."""
    out: list[str] = []
    for u in lines:
        if u.speaker is not None and (not out or out[-1] != u.speaker):
            out.append(u.speaker)
    return out


_LOOK_AT = re.compile(
    r"\b(?:(?:look|turn|glanc|star|smil|grinn|nodd|wink|frown|peer|gaz|hand|pass|offer|whisper|lean|bow)(?:ed|s|ing)|"
    r"looks?|turns?|glances?|stares?|smiles?|grins?|nods?|winks?|frowns?|peers?|gazes?|hands?|offers?|whispers?|"
    r"gave|gives|bent|bends|leant)\s+(?:\w+\s+){0,2}?(?:at|to|towards?|upon|on)\s+|"
    r"\blook(?:ed|s|ing)?\s+(?=\w+\s+up and down)", re.I)
_ROUND_ON = re.compile(r"\b(?:(?:swung|swings|wheeled|wheels|spun|spins|rounded|rounds|turned|turns)\s+"
                       r"(?:round\s+|around\s+|back\s+)?(?:up)?on|"
                       r"(?:turned|turns|swung|swings|wheeled|spun)\s+(?:round\s+|around\s+|back\s+)?to)\s+"
                       r"(him|her|them|me|us|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b")  # 'Mum swung round on her', 'Tom turned to Ada'
_SAID_TO = re.compile(r"\b(?:said|cried|replied|answered|returned|observed|remarked|added|exclaimed|continued|"
                      r"whispered|muttered|murmured|called|shouted|asked|began|went on)\b"
                      r"(?:\b(?:Mr|Mrs|Ms|Dr|St)\.|[^.!?\"“”\n]){0,30}?\bto\s+")
# '"My dear," said Mrs. Bennet to her husband': whom the line is said to
_TOLD = re.compile(r"\b(?:told|tells|asked|asks|assured|assures|informed|informs|reminded|reminds|warned|warns)\s+(?=\w)")
# '"Benny is young," the fat man told me': the one told is spoken to
_AFTER_OBJECT = frozenset("and but or as then again that with for while who when before after".split())


_WE = re.compile(r"\b(?:[Ww]e|[Tt]hey)\b")


def beat_addressee(cast: Cast, doc: Document, resolver: Resolver, u: Utterance,
                   narration: list[tuple[int, int]]) -> str | None:
    """Whom the speaker looks or turns to in the line's paragraph ("She looked me up and down.",
    "He turned to Ada."): someone other than the speaker, spoken to."""
    for a, b in narration:
        for m in [*_LOOK_AT.finditer(doc.text, a, b), *_SAID_TO.finditer(doc.text, a, b), *_TOLD.finditer(doc.text, a, b)]:
            opening = max((e.end() for e in re.finditer(r"[.!?]\s+", doc.text[a:m.start()])), default=0)
            subject = doc.text[a + opening:m.start()]
            if _WE.search(subject):
                continue  # "We passed close to Georgette": the two of them, not one looking at her
            refs = refs_in(cast, doc.text[m.end():min(b, m.end() + 30)], m.end())[:1]
            if not refs or refs[0].offset - m.end() > 12:
                continue
            after = TOKEN_RE.match(doc.text, refs[0].offset + len(refs[0].word) + 1)
            if refs[0].word.lower() == "her" and after and after.group().lower() not in _AFTER_OBJECT:
                continue  # "to her hair": whose, not whom
            who = resolver.resolve(refs[0], exclude={u.speaker} if u.speaker else None,
                                   para_start=doc.paragraphs[u.para].start)
            if refs[0].owner is not None and who is None:  # "to her husband": her own, the speaker's
                who = resolver.resolve(refs[0], para_start=doc.paragraphs[u.para].start)
            if who is not None and who != u.speaker:
                return who
    return None


_CONTRASTING = frozenset("younger elder older other second".split())


_WHOSE = ("his", "her", "their")  # a possessive opening a sentence: someone's hand or face, no one new


def lead_in(doc: Document, cast: Cast, resolver: Resolver, u: Utterance, quoted: set[int],
            since: int, last: str | None = None) -> tuple[str | None, bool]:
    """For a line opening its paragraph after paragraphs of narration alone (since paragraph `since`,
    the last one with speech): the subject of the first sentence of that narration that has one
    ("Colin had said nothing so far. He turned a boot over." / "What about the road?"), and whether
    that person answered without words there ("She nodded."), which is a turn of the conversation.
    When that subject is `last`, who spoke the line before, and the paragraph then turns to someone else by name
    or description ("Mara poured the water. Tom hung his coat on the hook."), the line is that other person's."""
    para = doc.paragraphs[u.para]
    if doc.text[para.start:u.start - 1].strip():
        return None, False
    index = u.para - 1
    while index > since and index >= u.para - 3:
        before = doc.paragraphs[index]
        if before.is_break or index in quoted:
            return None, False
        refs: list[tuple[Ref, bool]] = []
        rounding = None
        text = doc.text[before.start:before.end]
        for m in SENTENCE_RE.finditer(text):
            if len(TOKEN_RE.findall(m.group())) < 2:
                continue
            subjects = [r for r in refs_in(cast, m.group(), before.start + m.start(), subjects_only=True)
                        if r.gender != "1" or cast.first_person]
            found = [r for r in subjects if r.offset - before.start - m.start() < 60]
            refs += [(found[0], bool(GESTURE_RE.search(m.group())))] if found else []
            refs += [(r, False) for r in subjects[1:] if found and r is not found[0] and r.owner is None
                     and not r.indefinite and clause_subject(m.group(), r.offset - before.start - m.start())]
            # ('Holmes was sitting with his back to me, and I had given him no sign': a clause's own subject)
            rounded = _ROUND_ON.search(m.group()) if found and index == u.para - 1 else None
            rounding = (found[0], rounded, before.start + m.start()) if rounded else None
        if refs and rounding is not None and rounding[0] is refs[-1][0] and len(refs) > 1:
            turned = resolver.resolve(rounding[0], para_start=before.start)  # '… made the mistake of snorting. Mum
            if turned is not None:  # swung round on her.': the one who rounds on someone last speaks next, to them
                _rounded_on(cast, resolver, u, turned, rounding[1], rounding[2], before.start)
                return turned, False
        entering = _entering(cast, resolver, text, before.start)
        if entering is not None:
            return entering, False
        if refs:
            who = resolver.resolve(refs[0][0], para_start=before.start)  # the paragraph's first subject
            if who is not None and who == last and refs[0][0].adj in _CONTRASTING and refs[0][0].cid is None:
                who = resolver.resolve(refs[0][0], exclude={last}, para_start=before.start)  # 'The younger man
                # flushed' after a man's line: the other man, not the one who spoke
            if who is not None and who == last:  # not 'His brother' (whose) nor 'a man' (anyone)
                others = [w for w in (resolver.resolve(r, para_start=before.start) for r, _ in refs[1:]
                                      if r.owner is None and not r.indefinite and r.word.lower() not in _WHOSE)
                          if w not in (None, last)]  # by a name or a description: 'His fingers were grey' is no one new
                if others:
                    return others[0], False
            answered = any(gesture and resolver.resolve(ref, para_start=before.start) == who for ref, gesture in refs)
            return who, answered
        index -= 1
    return None, False


def _rounded_on(cast: Cast, resolver: Resolver, u: Utterance, turned: str, rounded: re.Match[str], base: int,
                para_start: int) -> None:
    """The one `turned` rounds on ('on her', 'to Ada') is whom the line speaks to, if it calls no one."""
    word = rounded.group(1)
    if u.addressee:
        return
    if word[0].isupper():
        who = cast.lookup(word)
    else:
        gender = {"him": "m", "her": "f"}.get(word.lower())
        who = resolver.resolve(Ref(base + rounded.start(1), None, gender, word, subject=False), exclude={turned},
                               para_start=para_start) if gender else None
    if who is not None and who != turned:
        u.addressee = {who}


_GERUNDS = frozenset("""remarking observing replying answering adding asking inquiring enquiring explaining
declaring announcing whispering murmuring muttering continuing interrupting returning rejoining retorting""".split())
LEADING_GERUNDS = _GERUNDS | {"saying", "crying", "exclaiming", "calling"}  # '… and saying, "…"': a lead-in's verb
# ('… and Mrs. Hilbery deftly joined the severed parts by leaning towards him and remarking:')
_SPEAKING = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS | LEADING_GERUNDS | {"say", "began", "accosted",
                                                                                     "addressed"}, key=len,
                                                     reverse=True)) + r")\b")
_BY_NAME = re.compile(r"\b(?:accosted|addressed|interrupted|greeted|answered|met)\s+by\s+"
                      r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
                      r"\s*[,:]?\s*$")


_CLAUSE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?;]\s+")  # not "Mr. Penrose"
_RELATIVE = re.compile(r",\s+(?:who|which|whom|whose)\b[^,]*,")


def introduced_by(doc: Document, cast: Cast, resolver: Resolver, u: Utterance, quoted: set[int]) -> str | None:
    """The one who speaks a line that a narration paragraph just before it leads straight into, its last
    sentence ending in a comma or colon: the subject of that sentence's last speaking verb ('Mr. Darcy replied
    with great intrepidity,'; 'it was impossible for him not to say exactly as he had said at dinner,'), or
    whoever did it to someone else ('when thus accosted by Miss Bingley,')."""
    para = doc.paragraphs[u.para]
    index = u.para - 1
    if doc.text[para.start:u.start - 1].strip() or index < 0 or index in quoted or doc.paragraphs[index].is_break:
        return None
    before = doc.paragraphs[index]
    text = doc.text[before.start:before.end].rstrip()
    if not text.endswith((",", ":")):
        return None
    start = max((m.end() for m in _CLAUSE_END.finditer(text)), default=0)  # the last sentence (or clause)
    sentence = text[start:]
    by = _BY_NAME.search(sentence)
    if by is not None:
        return cast.lookup(by.group(1))
    verbs = list(_SPEAKING.finditer(sentence))
    if not verbs:
        return None
    head = _RELATIVE.sub(lambda m: " " * len(m.group()), sentence[:verbs[-1].start()])  # ", who had been watching her,"
    refs = [r for r in refs_in(cast, head, before.start + start, subjects_only=True)
            if r.owner is None and not r.indefinite]
    if not refs:
        return None
    return resolver.resolve(refs[-1], para_start=before.start)


def _entering(cast: Cast, resolver: Resolver, text: str, base: int) -> str | None:
    """The one person a narration paragraph names who was not mentioned before in the scene
    ("the maid showed in Colonel Vane"): someone arriving, who speaks next."""
    seen = set(resolver.recent(base, limit=1000))
    refs = refs_in(cast, text, base)
    new = {r.cid for r in refs if r.cid is not None and r.cid not in seen and not cast.members[r.cid].narrator}
    if len(new) == 1:
        last = refs[-1]  # "Tony spoke to Mr Partridge; then he was joined by the vicar.": the vicar, who came last
        if last.cid is None and last.gender is None and not last.indefinite and last.owner is None and not last.post \
                and (last.word.lower() in ROLE_NOUNS or last.word.lower() in cast.roles) \
                and last.offset > max(r.offset for r in refs if r.cid in new):
            who = resolver.designate(last) or resolver.designation(last.key, None)  # one who just came: no one named
            return who if who not in seen else new.pop()
    return new.pop() if len(new) == 1 else None


SILENCE_RE = re.compile(r"\b(?:(?:was|fell) (?:a|an) (?:\w+ )?silence|no (?:one|body) (?:answered|replied|spoke|said anything)|"
                        r"nobody (?:answered|replied|spoke|said anything)|(?:there was|got|received) no (?:answer|reply)|"
                        r"no one moved|nobody moved|hesitated|said nothing|says nothing|(?:was|is|stayed|kept) silent)\b", re.I)
NO_ANSWER_RE = re.compile(r"\b(?:did not|didn't|didn’t|could not|couldn't|couldn’t|made no|gave no|returned no|"
                          r"vouchsafed no)\s+(?:answer|reply|respond)", re.I)  # a reply withheld
GESTURE_RE = re.compile(r"\b(?:nod(?:s|ded)|shrug(?:s|ged)|bow(?:s|ed)|sh(?:ook|akes) (?:his|her|my|their) heads?|"
                        r"(?:told|tells|answered|answers|explained|explains) (?:him|her|them|me|us)\b)", re.I)
# a nod, a shrug, or an answer the narration reports ("He told her."): a turn taken without words
_BROKEN_OFF = re.compile(r"(?:—|–|--)\W*$")
# a line broken off with a dash: after narration of the talk's two parties alone, its speaker takes it up again
# (not after someone new comes in)


def weak_steps(doc: Document, cast: Cast, resolver: Resolver, u: Utterance, beat: Ref | None,
               history: list[Utterance], quoted: set[int]) -> None:
    """Decide an untagged line: action beat, lead-in narration, the previous line's addressee,
    turn-taking (the speaker before the last, never someone this line addresses), the last named."""
    scene = resolver.scene_start(u.start)
    recent = [h for h in history[-40:] if h.start >= scene and h.speaker is not None]
    last_para = recent[-1].pieces[-1].para if recent else -1
    asked = {c for h in recent if h.pieces[-1].para == last_para for c in h.addressee} - u.addressee
    asked -= {recent[-1].speaker} if recent else set()
    absent = _Absent(cast, doc, resolver, recent[-4:], u.start)
    asked = {c for c in asked if c not in absent}  # "His name is Slade." / "Obadiah!": someone talked of, never here
    own = SELF_NAMED.search(u.text(doc))
    if own is None and recent and (any(ASKS_NAME.search(h.text(doc)) for h in recent[-3:] if h.pieces[-1].para == last_para)
                                   or SELF_NAMED.search(recent[-1].text(doc))):
        # "And the name, sir?" / "Quarle."; '"Tell me your name!" said the man. "Be quick!"' / "Teddy, sir."; "I'm Owen,
        # by the way." / "Priya."
        own = BARE_NAME.match(u.text(doc))
        if own is not None and cast.lookup(own.group(1)) in (None, recent[-1].speaker):
            own = None
        elif own is not None:
            u.addressee = u.addressee - {cast.lookup(own.group(1))}  # the name given, not called
    if own is None and (again := _NAME_AGAIN.fullmatch(u.text(doc))) is not None:
        # '"Teddy, sir."' given when asked, then '"Teddy. Teddy, sir."' said again when told to: the name is still the
        # speaker's own, not a call
        given = cast.lookup(again.group(1))
        if given is not None and any(cid == given and at < u.start for at, cid in resolver.own_names):
            own = again
            u.addressee = u.addressee - {given}
    if own is not None and (beat is None or beat.cid is None and beat.gender in ("m", "f")):  # "My name is Penrose."
        who = cast.lookup(own.group(1) or (own.group(2) if own.re.groups > 1 else None))  # / "I am Vane." / "I'm Helen." She looked at me.
        if who is not None and who not in u.addressee and (beat is None or cast.members[who].gender in (beat.gender, None)):
            return _set(u, who, "self-named")
    if beat is not None:
        fitting = [c for c in asked if cast.members[c].gender in (beat.gender, None)
                   and not (cast.members[c].narrator and beat.gender in ("m", "f"))]  # "I" is never "she"
        if beat.cid is None and beat.gender in ("m", "f") and last_para == u.para - 1 and len(fitting) == 1:
            return _set(u, fitting[0], "beat")  # "Kenta." / "The boy braced himself."
        who = resolver.resolve(beat, para_start=doc.paragraphs[u.para].start)
        if who is not None and who not in u.addressee:
            return _set(u, who, "beat")
    intro = introduced_by(doc, cast, resolver, u, quoted)
    if intro is not None and intro not in u.addressee:
        return _set(u, intro, "lead-in")  # 'Mr. Darcy replied with great intrepidity,' / "Miss Elizabeth Bennet."
    # a conversation goes on across up to two paragraphs of narration
    adjacent = bool(recent) and last_para >= u.para - 3 and \
        all(not doc.paragraphs[i].is_break for i in range(last_para, u.para))
    if adjacent:
        prev = recent[-1]
        who, answered = lead_in(doc, cast, resolver, u, quoted, last_para, prev.speaker)
        asking = doc.text[prev.start:prev.end].rstrip().endswith("?")
        if answered and asking and who != prev.speaker and prev.speaker not in u.addressee:
            return _set(u, prev.speaker, "turn-taking")  # a nod was the answer: the last speaker goes on
        between = " ".join(doc.para_text(doc.paragraphs[i]) for i in range(last_para + 1, u.para))
        if asking and SILENCE_RE.search(between) and prev.speaker not in u.addressee | {None}:
            return _set(u, prev.speaker, "turn-taking")  # "There was a silence.": the asker asks again
        if last_para < u.para - 1 and _BROKEN_OFF.search(doc.text[prev.start:prev.end]) \
                and prev.speaker not in u.addressee | {None} and (who is None or who in turns(recent)[-2:]):
            return _set(u, prev.speaker, "turn-taking")  # "Agnes —" / She stopped. / "The lamp...": he goes on
        if NO_ANSWER_RE.search(between) and prev.speaker not in u.addressee | {None}:
            return _set(u, prev.speaker, "turn-taking")  # "I did not answer.": the last speaker goes on
        if who is not None and who not in u.addressee:
            return _set(u, who, "lead-in")
        if (last_para == u.para - 1 or who is None) and len(asked) == 1:  # also across narration naming no one
            return _set(u, asked.pop(), "addressed")  # ("Robert!" / Twigs came down. / "Which shears?")
        if last_para == u.para - 1 and len(asked) > 1:  # "Mr. Brook! ... Jenny, fetch another cup.": Jenny answers
            last = _last_called(cast, doc, [h for h in recent if h.pieces[-1].para == last_para], asked)
            if last is not None:
                return _set(u, last, "addressed")
        order = turns(recent)
        if len(order) >= 2 and order[-2] in u.addressee and order[-1] not in u.addressee and order[-1] not in absent \
                and len(set(order[-4:])) == 2 and len(re.findall(r"[A-Za-zß-öø-ÿ]+", doc.text[prev.end:u.start])) >= 3:
            # two people talking, the line calls the other, narration between: the last speaker goes on (with no
            # narration between, the alternation is more likely wrong already)
            # ('"Mother gave it to me," said Ogden. … Mr. Pett grunted. … / "Got a grouch, haven't you, pop?"')
            return _set(u, order[-1], "vocative")
        candidates = [c for c in reversed(order[:-1]) if c != order[-1]]
        met = _met_before(doc, cast, resolver, prev, quoted) if len(order) > 1 else []
        if met and order[-2] not in met:  # the talk before is over: one known by a calling, just come, answers
            candidates = [c for c in met if c not in order and cast.members[c].designation] + candidates
        candidates += [c for c in resolver.recent(u.start) if c != order[-1]]
        if cast.first_person and "narrator" in cast.members and order[-1] != "narrator":
            candidates.append("narrator")  # told as 'I': the narrator is in every scene
        itself = _named_in(cast, doc, u, list(cast.members), introducing=False)  # "Ask Sam.": not Sam's
        candidates = [c for c in candidates if c not in u.addressee and c not in itself and c not in absent]
        if _KIN_CALL.search(u.text(doc)):  # 'What does that mean, Grandpapa?': a child of the house, not a Mr. or a
            young = [c for c in candidates if not grown(cast.members[c])]  # Mrs. of it
            candidates = young or candidates
        if candidates:
            return _set(u, candidates[0], "vocative" if u.addressee else "turn-taking")
    if not recent or not adjacent:  # the scene's first line, or the talk resumed after a stretch of narration:
        # the narration just before it may say who
        who, _ = lead_in(doc, cast, resolver, u, quoted, resolver.scene_para(u.start, doc) if not recent else last_para)
        if who is not None and who not in u.addressee:
            return _set(u, who, "lead-in")
    if u.addressee:
        others = [h.speaker for h in reversed(recent) if h.speaker not in u.addressee]
        others += [c for c in resolver.recent(u.start) if c not in u.addressee and c not in absent]
        if others:
            return _set(u, others[0], "vocative")
    named = [c for c in resolver.recent(u.start) if c not in absent and c not in u.addressee] \
        or [c for c in resolver.recent(u.start) if c not in u.addressee]  # "Auntie Nell!" is never Nell's
    if cast.first_person and "narrator" in cast.members and "narrator" not in named and "narrator" not in u.addressee:
        named.append("narrator")  # told as 'I': the narrator is in every scene, named or not (not who is called)
    if recent and not u.addressee:  # a scene's second line: the other person of the talk before
        earlier = [h.speaker for h in reversed(history) if h.speaker not in (None, recent[-1].speaker)]
        if earlier and (not named or named == [recent[-1].speaker]):
            return _set(u, earlier[0], "turn-taking")
    if recent and recent[-1].pieces[-1].para < u.para:  # a new paragraph is someone else's line
        named = [c for c in named if c != recent[-1].speaker] or named
    if named:
        _set(u, named[0], "last-named")


_KIN_CALL = re.compile(r"(?i)(?:^\W*|,\s*)(?:papa|mamma|mama|father|mother|grandpapa|grandmamma|granny|grandfather|"
                       r"grandmother|uncle|aunt)\s*[,.!?…—-]")  # 'Papa, …', '…, Mother.': a parent or an aunt called


SELF_NAMED = re.compile(r"(?:\b(?:[Mm]y name(?:,\s*(?:sir|madam|ma'am|ma’am|miss|my lord|my lady|my dear),)? is|"
                        r"[Mm]y name's|[Mm]y name’s|I am|I'm|I’m|[Cc]all me)|"
                        r"(?:^|[.!?]\s+)Name of)\s+"
                         r"((?:(?:Mr|Mrs|Miss|Ms|Dr|Captain|Lady|Lord|Sir)\.?\s+)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\b(?!['’])|"
                         r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)['’]s my name\b")
_INTRODUCING = re.compile(r"(?:\b(?:I am|I'm|I’m|"
                          r"name(?:,\s*(?:sir|madam|ma'am|ma’am|miss|my lord|my lady|my dear),)? is|"
                          r"name's|name’s|call me|this is|it is|it's|it’s)|"
                          r"(?:^|[.!?]\s+)Name of)\s+"
                          r"(?:(?:Mr|Mrs|Miss|Dr)\.?\s+)?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)")
# a name given again, repeated or with a 'sir' ('Teddy. Teddy, sir.'); not a name cried alone ('Posy!'), a call
_NAME_AGAIN = re.compile(r"\W*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:(?:[.,…]+\s*\1)+(?:\s*,\s*(?:sir|ma'am|ma’am|madam|miss))?|"
                         r"\s*,\s*(?:sir|ma'am|ma’am|madam|miss))[.…]*")
ASKS_NAME = re.compile(r"(?:(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bmy )\bname\b[^.!?]*|"
                        r"\bwhat (?:are|were) you called|\bwhat do (?:they|people|you) call you)[?!]\W*$", re.I)
# "What's your name?", "And the name, sir?", "Tell us your name!"; not "Her name?", asking after someone else's
BARE_NAME = re.compile(r"^\W*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\s*(?:[.!]|,\s*(?:sir|ma'am|ma’am|madam|miss)\b)")  # "Hamish Reid. From the council."


_OWNED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+['’]s\s+(?!(?:the|a|an|not|no|never|just|only|always|still|been|got|gone|"
                    r"going|here|there|in|out|on|at|up|down|right|quite|very|so|too|all)\b)[a-zß-öø-ÿ]")
# "Priya's cousin is coming", "the tiles were not Oswald's fault": an owner, not someone talked of as here
# ("Rupert's the strongest" is Rupert is)
_COORDINATED = re.compile(r"\b(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|you|me|him|her)\s+(?:and|or)\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b|"
                          r"\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+(?:and|or)\s+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|me|you|I)\b")
# "You and Tom must take the cart", "Scrimshaw and Dunn", "me and Walter": one of several, not someone singled out


def _named_in(cast: Cast, doc: Document, line: Utterance, present: list[str], introducing: bool = True,
              owners: bool = True) -> set[str]:
    """The people of the conversation a line names in the third person (not whom it calls; with
    `introducing` False, not a name the speaker may give as their own: "Hamish Reid. From the council.",
    "My name is Orme.")."""
    text = line.text(doc)
    if not introducing:
        text = _INTRODUCING.sub(" ", text)
        bare = BARE_NAME.match(text)
        if bare and cast.lookup(bare.group(1)) is not None:
            text = text[bare.end():]
    if not owners:
        text = _COORDINATED.sub(" ", _OWNED.sub(" ", text))
    named = {cast.lookup(m.group(1)) for m in re.finditer(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’]s)?)\b", text)}
    return {c for c in named if c in present} - line.addressee


def _last_called(cast: Cast, doc: Document, lines: list[Utterance], asked: set[str]) -> str | None:
    """Of the people `asked` that a turn's `lines` call by name, the one whose name comes last in them."""
    best, at = None, -1
    for line in lines:
        for piece in line.pieces:
            for m in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*", doc.text[piece.start:piece.end]):
                cid = cast.lookup(m.group())
                if cid in asked and piece.start + m.start() > at:
                    best, at = cid, piece.start + m.start()
    return best


def _met_before(doc: Document, cast: Cast, resolver: Resolver, line: Utterance, quoted: set[int]) -> list[str]:
    """The subjects of the narration (up to two paragraphs, no speech) just before a line that opens its paragraph,
    in order: who came in or was there when the talk began ('The detective was waiting on the lawn when Maurice
    Oakley returned.')."""
    first = line.pieces[0].para
    if doc.text[doc.paragraphs[first].start:line.start - 1].strip():
        return []
    out: list[str] = []
    index = first - 1
    while index >= max(0, first - 2) and index not in quoted and not doc.paragraphs[index].is_break:
        before = doc.paragraphs[index]
        found: list[str] = []
        for m in SENTENCE_RE.finditer(doc.text[before.start:before.end]):
            for ref in refs_in(cast, m.group(), before.start + m.start(), subjects_only=True):
                if not ref.subject or ref.owner is not None or ref.indefinite:
                    continue  # 'looked at the stranger', 'his wife', 'a man': no one the sentence is about
                who = resolver.resolve(ref, para_start=before.start)
                if who is not None and who not in found:
                    found.append(who)
        out = found + [c for c in out if c not in found]
        index -= 1
    return out


def _set(u: Utterance, who: str | None, evidence: str) -> None:
    u.speaker, u.evidence, u.confidence = who, evidence, CONFIDENCE[evidence]


class _Absent:
    """`cid in absent`: someone the last lines name in the third person who has not been in the scene
    (named in its narration or speaking), checked only for the people asked about."""

    def __init__(self, cast: Cast, doc: Document, resolver: Resolver, lines: list[Utterance], offset: int) -> None:
        self.cast, self.doc, self.resolver, self.lines, self.offset = cast, doc, resolver, lines, offset
        self.talked_of: set[str] | None = None
        self.here: dict[str, bool] = {}

    def __contains__(self, cid: object) -> bool:
        if not isinstance(cid, str) or cid == "narrator":
            return False
        if cid not in self.here:
            self.here[cid] = self.resolver.present(cid, self.offset)
        if self.here[cid]:
            return False
        if self.talked_of is None:
            self.talked_of = {c for h in self.lines for c in _third_person(self.cast, self.doc, h)}
        return cid in self.talked_of


def _third_person(cast: Cast, doc: Document, line: Utterance) -> set[str]:
    """The cast members a line names in the third person ("His name is Slade."), not whom it calls."""
    if line.talks_of is None:
        line.talks_of = _named_in(cast, doc, line, list(cast.members), introducing=False)
    return line.talks_of
