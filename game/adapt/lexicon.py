"""Word lists of English fiction the other steps share: speech and thought verbs, pronouns,
gendered nouns, honorific suffixes and capitalised words that are not names.

General English only: nothing here is taken from, or tuned to, one story.
"""

from __future__ import annotations

import functools
import re

# Speech verbs of two words ("put in the boy", "he went on", "Kate broke in"): `phrasal` joins them with a
# hyphen (same length, so offsets hold) and the joined forms are speech verbs.
_PHRASAL = {"in": "put puts broke breaks break struck strikes cut cuts chimed chimes chipped butted",
            "on": "went goes go going continued ran",
            "out": "burst bursts called calls cried cries blurted blurts sang sings spoke rang",
            "up": "spoke speaks piped pipes",
            "back": "snapped snaps shot shoots fired fires called"}
PHRASAL_RE = re.compile(r"\b(" + "|".join(sorted({v for vs in _PHRASAL.values() for v in vs.split()})) + r") (" +
                        "|".join(_PHRASAL) + r")\b", re.I)
PHRASAL_VERBS = frozenset(f"{v}-{p}" for p, vs in _PHRASAL.items() for v in vs.split())


def phrasal(text: str) -> str:
    """`text` with two-word speech verbs joined by a hyphen ("went on" -> "went-on"); same length."""
    return PHRASAL_RE.sub(lambda m: f"{m.group(1)}-{m.group(2)}" if f"{m.group(1)}-{m.group(2)}".lower()
                          in PHRASAL_VERBS else m.group(), text)


SPEECH_VERBS = frozenset("""
vociferate vociferates vociferated aver avers averred opine opines opined interject interjects interjected
assent assents assented counsel counsels counselled counseled promise promises promised concede concedes conceded
expostulate expostulates expostulated echo echoes echoed coo coos cooed crow crows crowed pipe pipes piped
quaver quavers quavered simper simpers simpered lisp lisps lisped thunder thunders thundered babble babbles
babbled prattle prattles prattled chatter chatters chattered
say says said ask asks asked reply replies replied answer answers answered whisper whispers whispered
grunt grunts grunted panted whimper whimpers whimpered snarl snarls snarled intone intones intoned proclaimed
commented mocked puffed cautioned reminded
shout shouts shouted call calls called cry cries cried yell yells yelled scream screams screamed
mutter mutters muttered murmur murmurs murmured grumble grumbles grumbled begin begins began
continue continues continued add adds added explain explains explained exclaim exclaims exclaimed
snap snaps snapped sigh sighs sighed laugh laughs laughed growl growls growled hiss hisses hissed
breathe breathes breathed demand demands demanded insist insists insisted agree agrees agreed
protest protests protested suggest suggests suggested offer offers offered admit admits admitted
repeat repeats repeated respond responds responded retort retorts retorted stammer stammers stammered
stutter stutters stuttered mumble mumbles mumbled tell tells told tease teases teased whine whines whined
plead pleads pleaded beg begs begged interrupt interrupts interrupted correct corrects corrected
declare declares declared announce announces announced observe observes observed remark remarks remarked
note notes noted warn warns warned order orders ordered command commands commanded bark barks barked
chuckle chuckles chuckled giggle giggles giggled snort snorts snorted scoff scoffs scoffed sneer sneers
sneered huff huffs huffed groan groans groaned moan moans moaned sob sobs sobbed squeak squeaks squeaked
squeal squeals squealed gasp gasps gasped wail wails wailed roar roars roared bellow bellows bellowed
drawl drawls drawled purr purrs purred lie lies lied joke jokes joked quip quips quipped venture ventures
ventured prompt prompts prompted urge urges urged counter counters countered conclude concludes concluded
speak speaks spoke utter utters uttered inquire inquires inquired enquire enquires enquired query queries
queried shriek shrieks shrieked sang sing sings chirp chirps chirped croak croaks croaked rasp rasps rasped
greet greets greeted reassure reassures reassured assure assures assured confess confesses confessed
persist persists persisted sniff sniffs sniffed smile smiles smiled grin grins grinned nod nods nodded
mouth mouths mouthed choke chokes choked blurt blurts blurted gush gushes gushed trail trails trailed
scold scolds scolded chide chides chided complain complains complained object objects objected
return returns returned rejoin rejoins rejoined interpose interposes interposed resume resumes resumed
pursue pursues pursued falter falters faltered ejaculate ejaculated remonstrate remonstrated
instruct instructs instructed propose proposes proposed interjoin interjoins interjoined pout pouts pouted
bluster blusters blustered screech screeches screeched advise advises advised volunteer volunteers volunteered
hazard hazards hazarded
""".split()) | PHRASAL_VERBS  # the last two lines: tags of older fiction ("returned he", "rejoined Mrs. Oakes")

THOUGHT_VERBS = frozenset("""
think thinks thought wonder wonders wondered muse muses mused reflect reflects reflected
realise realises realised realize realizes realized reason reasons reasoned
""".split())

MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
FIRST = frozenset("i me my mine myself".split())
PRONOUNS = MALE | FEMALE | FIRST | frozenset("they them their theirs we us our you your it its".split())

MALE_NOUNS = frozenset("""man boy guy gentleman lad father dad son brother uncle husband king prince lord
sir mister monk priest nephew grandfather grandpa fellow youth male""".split())
FEMALE_NOUNS = frozenset("""woman girl lady mother mom mum daughter sister aunt wife queen princess madam
miss nun niece grandmother grandma female maid""".split())

# Given names whose bearers in English-language fiction are nearly always of one gender: the last resort for a
# person the text gives no pronoun, title or kin word for ('Lydia', 'Paul'). Names borne by both (Jean, Leslie,
# Evelyn, Marion, Vivian, Sidney, Robin, Charlie, Sam, Kit, Jo, ...) are left out, and so are May and Will (never
# names here: NOT_NAMES and modal verbs). Only names the cast already holds are looked up, so a word such as 'rose'
# or 'grace' gives a gender only to someone the text writes as a name.
GIVEN_FEMALE = frozenset("""
abigail ada adela adelaide adeline agatha agnes alice alicia amelia amy angela angelina ann anna anne annie
arabella audrey augusta barbara beatrice beatrix becky bella bertha beth betsy betty blanche bridget caroline
catherine cecilia cecily charlotte christina christine clara clarissa claudia constance cora cordelia cynthia
daisy delia diana dinah dolly dora doris dorothea dorothy edith edna eleanor elinor eliza elizabeth ella ellen
elsie emily emma esther ethel eugenia eva eve evelina evie fanny flora florence frances gertrude grace
gwendolen hannah harriet helen helena henrietta hester hilda ida irene isabel isabella jane janet jemima jennie
jenny jessie joan josephine judith julia juliet kate katharine katherine kathleen kitty laura lavinia letitia
lilian lillian lily lizzie lizzy lois louisa louise lucy lydia mabel madeleine maggie margaret margery maria
marian marianne marie marjorie martha mary matilda maud maude meg mildred millie minnie miriam molly nancy
nell nellie nora olive olivia pamela pauline peggy penelope phoebe polly priscilla rachel rebecca rhoda rosa
rosalind rose rosamond ruth sally sarah selina sophia sophie susan susanna sybil sylvia tabitha theresa
ursula victoria violet virginia winifred sonia sophy sheila nadia natasha olga tatiana vera katya masha
frieda greta gretchen ingrid marguerite colette yvonne lucia henriette mathilde francesca teresa carmen
elena irina polina sofya daria anastasia lisa liza jennifer jessica megan lauren amanda nicole michelle
stephanie melissa danielle samantha katie chloe zoe mia ava freya priya aisha fatima yasmin leila layla
""".split())
GIVEN_MALE = frozenset("""
aaron abraham adam adolphus albert alec alexander alfred algernon allan ambrose andrew angus anthony archibald
archie arthur augustus barnaby bartholomew basil benjamin bernard bertie bill billy bob charles charley
christopher clarence claude clement cuthbert cyril daniel david dick donald dorian douglas duncan ebenezer
edgar edmund edward edwin eli elijah ernest eustace felix ferdinand fitzwilliam francis frank fred freddie
frederick gabriel geoffrey george gerald gilbert giles godfrey gregory guy harold harry harvey henry herbert
horace horatio hugh humphrey isaac jack jacob james jasper jem jim jimmy joe john jonathan joseph joshua
julian julius kenneth lawrence leonard lewis lionel louis luke malcolm matthew maurice michael miles nathan
nathaniel ned neville nicholas norman oliver oscar owen patrick paul percy peter philip ralph randolph
reginald richard robert roderick roger rupert samuel sebastian septimus silas simon solomon stephen theodore
thomas timothy toby tom tony victor vincent walter wilfred william willie zachary alexei alexey andrei boris
dmitri fyodor ivan mikhail nikolai pavel pyotr sergei vasily vladimir yakov pierre jacques henri gaston hans
karl fritz otto heinrich johann wilhelm giovanni giuseppe luigi carlo pedro juan carlos diego miguel brian
kevin jason justin ryan tyler kyle ethan liam mason logan lucas
""".split())
# Pet names of English first names that do not begin like them ('Harry' is Henry, 'Peggy' Margaret): a person
# known only by one is the one person of the full name, as a short form that does ('Theo', 'Lizzy') is.
NICKNAMES = {nick: frozenset(full.split()) for nick, full in (
    ("frank", "francis"), ("harry", "henry harold"), ("hal", "henry"), ("bill", "william"), ("billy", "william"),
    ("bob", "robert"), ("bobby", "robert"), ("dick", "richard"), ("jack", "john"), ("johnny", "john"),
    ("ned", "edward edmund"), ("ted", "edward theodore"), ("teddy", "edward theodore"), ("tom", "thomas"),
    ("tommy", "thomas"), ("jim", "james"), ("jimmy", "james"), ("jem", "james"), ("tony", "anthony"),
    ("sandy", "alexander"), ("fred", "frederick"), ("freddie", "frederick"), ("kit", "christopher"),
    ("peggy", "margaret"), ("meg", "margaret"), ("maggie", "margaret"), ("madge", "margaret"), ("polly", "mary"),
    ("molly", "mary"), ("sally", "sarah"), ("nell", "eleanor helen ellen"), ("nelly", "eleanor helen ellen"),
    ("bess", "elizabeth"), ("betsy", "elizabeth"), ("betty", "elizabeth"), ("beth", "elizabeth"),
    ("patty", "martha"), ("nancy", "ann anne"), ("fanny", "frances"), ("lottie", "charlotte"),
    ("dolly", "dorothy"), ("kitty", "catherine katherine"), ("kate", "catherine"), ("jenny", "jane"),
    ("carrie", "caroline"), ("hetty", "henrietta hester"), ("hattie", "harriet"), ("patsy", "martha patricia"),
    ("sukey", "susan"), ("minnie", "wilhelmina"), ("ginny", "virginia"), ("tilly", "matilda"),
    ("bertie", "albert herbert bertram"), ("bert", "albert herbert bertram"), ("alf", "alfred"),
    ("gus", "augustus gustavus"), ("larry", "lawrence laurence"), ("jock", "john"),
    ("hank", "henry"), ("chuck", "charles"), ("lew", "lewis louis"), ("zeke", "ezekiel"), ("abe", "abraham"))}
GIVEN_GENDER = {**{n: "f" for n in GIVEN_FEMALE}, **{n: "m" for n in GIVEN_MALE}}

# People named by their calling or rank ("said the clerk", "the rector, Mr. Hale,"): the -er/-or/-ist nouns
# are found by their ending; these are the others.
class _Callings(frozenset):  # type: ignore[type-arg]
    """A set of callings that also holds a hyphened compound of one ('saloon-keeper', 'ship-captain')."""

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or (isinstance(word, str) and "-" in word
                                              and super().__contains__(word.rsplit("-", 1)[1]))


ROLE_NOUNS = _Callings("""clerk rector vicar curate archdeacon bishop dean parson canon chaplain deacon abbot prior
sexton beadle squire doctor surgeon physician nurse midwife lawyer attorney solicitor barrister judge magistrate
constable sergeant captain colonel admiral lieutenant ensign corporal bosun boatswain
cook maid housemaid butler footman coachman groom porter steward stewardess valet usher guard sentry
landlord landlady innkeeper host hostess waiter barmaid ostler tailor smith blacksmith carpenter mason cobbler
grocer baker butcher chemist apothecary merchant banker agent clerk secretary governess tutor schoolmaster
schoolmistress professor student scholar poet artist painter stranger detective inspector superintendent
officer soldier sailor pilot skipper fisherman farmer shepherd gardener keeper gamekeeper postman driver
chauffeur priest minister pastor preacher monk nun friar king queen prince princess
duke duchess earl countess baron baroness marquis viscount emperor empress
barman bartender barkeeper concierge stationmaster station-master conductor shopman shopkeeper shopwoman shopgirl
cashier doorman doorkeeper gatekeeper turnkey jailer gaoler warder cabman cabby cabbie carter drover ploughman
boatman ferryman bargeman waterman lamplighter hawker pedlar peddler milkman fishmonger greengrocer draper hatter
milliner dressmaker seamstress laundress washerwoman charwoman housekeeper kitchenmaid parlourmaid nursemaid
chambermaid publican proprietor foreman overseer bailiff auctioneer undertaker verger organist matron lecturer
missionary dentist druggist barber hairdresser stableman huntsman poacher woodman woodcutter weaver tinker saddler
wheelwright locksmith watchmaker jeweller pawnbroker moneylender stockbroker accountant bookkeeper notary coroner
sheriff trooper adjutant quartermaster purser helmsman steersman coxswain stoker mechanic postilion postboy
typist journalist reporter photographer sculptor surveyor fiddler violinist pianist jockey hostler
guide messenger herald sentinel watchman policeman""".split())
# (the second part: trades and posts a story's minor people are called by, "the barman came with the drinks")

HONORIFICS = ("sensei", "shishou", "shisho", "chan", "kun", "san", "sama", "senpai", "sempai", "dono",
              "nii", "nee", "niisan", "neesan", "baachan", "jiji", "hime", "tan", "kohai")
HONORIFIC_RE = re.compile(r"-(?:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + r")(?:-\w+)?\b")

TITLES = frozenset("""mr mrs ms miss dr doctor professor prof sir lady lord captain uncle aunt saint st colonel major
general admiral lieutenant sergeant inspector reverend rev madame master dame
herr frau fraulein fräulein monsieur mademoiselle mme mlle signor signora signorina senor senora senorita señor señora
señorita""".split())
# (the words of address other languages write before a surname: 'Herr Liesecke' is not 'Frau Liesecke', and two
# men called Monsieur are not one man)
# Titles that make a name of their own ("Mrs. Bennet" is not "Mr. Bennet"), and the gender they tell.
TITLE_GENDER = {"mr": "m", "sir": "m", "lord": "m", "uncle": "m", "master": "m", "father": "m",
                "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "aunt": "f", "madame": "f", "mother": "f",
                "dr": None, "doctor": None, "professor": None, "captain": None, "colonel": "m", "major": "m",
                "general": "m", "admiral": "m", "lieutenant": None, "sergeant": None, "inspector": None,
                "reverend": "m", "rev": "m", "herr": "m", "frau": "f", "fraulein": "f", "monsieur": "m",
                "mademoiselle": "f", "mme": "f", "mlle": "f", "signor": "m", "signora": "f", "signorina": "f",
                "senor": "m", "senora": "f", "senorita": "f", "fräulein": "f", "señor": "m", "señora": "f",
                "señorita": "f"}
# Words of address of other languages are the English titles for who is who ('Monsieur Pontellier' is 'Mr.
# Pontellier'); the spelling a text uses most is what the draft shows.
TITLE_CANON = {**dict.fromkeys("monsieur herr signor senor señor".split(), "mr"),
               **dict.fromkeys("madame mme frau signora senora señora".split(), "mrs"),
               **dict.fromkeys("mademoiselle mlle fraulein fräulein signorina senorita señorita".split(), "miss")}


def title_key(title: str) -> str:
    """A title as the cast keys it: lower case, other languages' words of address as their English title."""
    low = title.lower()
    return TITLE_CANON.get(low, low)


TITLE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Doctor|Professor|Sir|Lady|Lord|Captain|Colonel|Major|General|Admiral|"
                      r"Lieutenant|Sergeant|Inspector|Reverend|Rev|Aunt|Uncle|Master|Madame|Dame|Herr|Frau|Fraulein|"
                      r"Monsieur|Mademoiselle|Mme|Mlle|Signor|Signora|Signorina|Senor|Senora|Senorita|Fräulein|Señor|Señora|"
                      r"Señorita)"
                      r"(?:(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bRev)\.|(?<=\bMme)\.|(?<=\bMlle)\.)?\s+$")
# (only an abbreviation takes its full stop: "Dr. Hale" is a name, "Come, Doctor. We shall" ends a sentence)
# A title used alone ("the Captain", "the doctor") means the one person who bears it; Dr. is a doctor.
TITLE_WORD = {"dr": "doctor", "rev": "reverend", "prof": "professor"}

# Well-known places (countries, continents, regions, cities) whose names are not people's names: 'Paris is a fine
# town' makes no one called Paris. Places that are also given names or titles (Florence, Georgia, Virginia,
# Charlotte, Lincoln, Washington, Kent, York, Derby, Hastings, Chester, Sydney, ...) are left out.
PLACE_NAMES = frozenset("""
england france germany italy spain russia america scotland ireland wales britain india china japan egypt greece
austria switzerland holland belgium portugal sweden norway denmark poland canada mexico australia africa asia
europe brazil prussia bohemia hungary persia arabia siberia palestine algeria morocco argentina chile peru
london paris rome venice vienna berlin moscow madrid naples geneva zurich brussels amsterdam edinburgh dublin
boston chicago manhattan brooklyn philadelphia baltimore liverpool glasgow calcutta bombay delhi cairo lisbon
constantinople petersburg milan genoa turin munich dresden hamburg heidelberg marseilles lyons
yorkshire derbyshire devonshire hertfordshire lancashire shropshire hampshire wiltshire somerset sussex cornwall
normandy provence tuscany bavaria alsace montparnasse montmartre piccadilly mayfair belgravia kensington
""".split())

# Capitalised words that start sentences or are common in fiction but are not characters.
NOT_NAMES = frozenset("""
thereupon whereupon hereupon afterwards afterward presently instantly immediately accordingly thereafter
nevertheless nonetheless moreover likewise furthermore consequently eventually gradually hence thus
american english french german italian russian spanish dutch irish scotch scottish welsh british swiss austrian
polish greek turkish swedish norwegian danish belgian portuguese canadian australian mexican european african asian
indian chinese japanese prussian bavarian venetian parisian londoner yankee jewish catholic protestant
i a an the and but or nor for so yet if then when while though although because since as at by in on of to
from with without into onto upon after before during until till about above below over under again still
he she it they we you me him her them us my your his its our their mine yours hers ours theirs
this that these those there here where what which who whom whose why how
yes no not oh ah uh um hmm well okay ok hey hi hello goodbye bye please thank thanks sorry god gods
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december chapter part book prologue epilogue disclaimer note end
mr mrs ms dr sir lady lord miss mister madam captain professor mistah mistuh mista marse massa missus
messrs messieurs mesdames mesdemoiselles misses
one two three four five six seven eight nine ten first second third last next every each all some any
nothing something everything anything someone somebody everyone everybody nobody none maybe perhaps
just only even also too very really quite once twice now today tomorrow yesterday tonight later soon
never always sometimes often again still instead besides anyway however meanwhile suddenly finally
don't didn't can't won't wasn't isn't aren't couldn't wouldn't shouldn't i'm i'll i'd i've it's that's
let let's come go get look see tell say said ask asked thought think know knew want wanted like why
lol omg ooc a/n an
sensei shishou shisho senpai sempai kohai
fine right sure wait listen enough good great stop careful indeed nonsense certainly exactly true yeah yep nope nah
huh hm hmph humph mm mmm mhm er erm eh aha oho ugh ow ouch whoa wow yikes hush shh psst alas bah pah pooh pshaw tut
ha hah heh ahem gosh golly blimey crikey cripes jeez geez damn dammit heavens goodness mercy bless amen aye ay nay
wal waal wull shucks mebbe och begorra
hurrah hooray oops whoops phew tsk argh eek ahh ohh ooh uhh umm pfft meh boo shoo hallo hullo howdy oi ahoy bravo
silence stillness darkness quiet laughter applause noise smoke
actually honestly seriously basically literally obviously clearly frankly apparently definitely absolutely naturally
personally luckily hopefully anyhow pray crumbs cheers
slightly kindly gently quickly slowly softly quietly silently sadly gladly briefly shortly directly simply merely
nearly hardly scarcely barely partly mostly largely chiefly mainly
englishman englishwoman englishmen englishwomen frenchman frenchwoman frenchmen frenchwomen irishman irishwoman
irishmen scotsman scotswoman scotsmen scotchman welshman welshmen dutchman dutchmen chinaman cornishman
yorkshireman countryman countrywoman countrymen
americans indians hindus moslems muslims mohammedans christians europeans asiatics orientals
""".split())
# Sounds people make: a word of these quoted in narration ('with a small "umph"') is still something said.
INTERJECTIONS = frozenset("""
oh ah uh um hmm huh hm hmph humph umph mm mmm mhm er erm eh aha oho ugh ow ouch whoa wow yikes hush shh psst alas
bah pah pooh pshaw tut ha hah heh ahem gosh golly oops whoops phew tsk argh eek ahh ohh ooh uhh umm pfft meh boo shoo
hallo hullo ahoy bravo hurrah hooray yes no yeah yep nope nah okay ok hey hi hello bye goodbye
""".split())
# Contractions are never names: "We're closed." / "You'd know." ("we're", "you'd", "they'll", "couldn't").
CONTRACTION_RE = re.compile(r"^[a-zß-öø-ÿ]+(?:'(?:re|ve|ll|d|m)|n't)$")

TIME_WORDS = {
    "dawn": ("dawn", "daybreak", "first light", "before sunrise"),
    "sunrise": ("sunrise", "rising sun", "sun rose", "sun was rising"),
    "morning": ("morning", "breakfast"),
    "noon": ("noon", "midday", "lunch"),
    "afternoon": ("afternoon",),
    "dusk": ("dusk", "evening", "sunset", "twilight", "dinner", "supper"),
    "night": ("night", "midnight", "moonlight", "dark outside", "stars"),
}

# Words of a present scene that looks back (its first or last paragraphs): the next scene may be a memory.
MEMORY_CUES = re.compile(
    r"\b(?:(?:years|long|months|weeks) (?:ago|earlier)|back then|in those days|remembered|recalled|"
    r"thought back|thinking back|cast (?:her|his|my) mind back|flashback|reminisc\w*)\b", re.I)
# A scene that opens in the past is itself remembered: "Three years earlier, Rin had stood there.", "Years ago, ..."
PAST_OPENER = re.compile(r"^\W*(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|"
                         r"a few|\d+)\s+)?(?:years|months|weeks|summers|winters)\s+(?:earlier|ago|before)\b|"
                         r"^\W*long ago\b|^\W*back then\b", re.I)
FLASHBACK_MARK = re.compile(r"^\W*(?:flash\s*back|memory|past)\W*$", re.I)
END_FLASHBACK_MARK = re.compile(r"^\W*(?:end(?:\s+of)?\s+flash\s*back|back to the present|present day)\W*$", re.I)
TIME_SHIFT = re.compile(
    r"^(?:the next (?:morning|day|evening|night|week)|the following (?:morning|day|evening|week)|"
    r"(?:later|early|late) that (?:day|night|morning|evening|afternoon)|meanwhile|"
    r"(?:a|one|two|three|four|five|six|several|a few|many) (?:hours?|days?|weeks?|months?|years?) later|"
    r"(?:hours|days|weeks|months|years) (?:later|passed)|that (?:night|evening|afternoon)|the morning after)\b",
    re.I)
FRONT_MATTER = re.compile(r"^\W*(?:disclaimer|a/?n\b|author'?s'? notes?|chapter\b|summary|rating|warning)", re.I)
# "A/N:", "AN:", "(A/N) ...", "Author's note": never a paragraph that opens with a quotation mark (speech), and
# never a plain "An" ("An' I don't", "An affliction,")
AUTHOR_NOTE = re.compile(r"^[^\w\"“”‘'’]*(?:a/n\b|an\s*:|author'?s'?\s+notes?\b|"
                         r"(?:please\s+)?(?:review|r\s*&\s*r|read\s+(?:and|&)\s+review)\b(?!\s+(?:the|his|her|their|my|"
                         r"our|your|it|them|this|that|these|those)\b)|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+reading\b|"
                         r"to\s+be\s+continued\b|tbc\b|next\s+(?:chapter|time)\s*:)", re.I)
# ('Please review!', 'R&R', 'Thanks for reading!', 'To be continued…', 'Next chapter: …': the author's words after the
# story; not 'Review the file, Jones.')


_NOT_MEN = frozenset("human humans german germans roman romans shaman talisman ottoman caiman".split())


@functools.lru_cache(maxsize=4096)
def noun_gender(low: str) -> str | None:
    """'m' or 'f' for a gendered noun: the word lists, -man/-woman/-lady/-wife/-master words
    ('clergyman', 'landlady'), a few -ess words and other words for a man or a woman ('dame', 'chap'), and the last
    part of a compound ('errand-boy')."""
    if "-" in low:
        return noun_gender(low.rsplit("-", 1)[1])
    if low in MALE_NOUNS:
        return "m"
    if low in FEMALE_NOUNS or (low.endswith("woman") and len(low) > 5):
        return "f"
    if low.endswith("man") and len(low) > 4 and low not in _NOT_MEN:
        return "m"
    if low.endswith(("lady", "wife", "mistress")) or low in _WOMEN:
        return "f"
    if low.endswith(("lord", "master")) and len(low) > 6 or low in _MEN:
        return "m"
    return None


_WOMEN = frozenset("""waitress actress hostess duchess countess governess seamstress stewardess heiress goddess
abbess baroness marchioness dame lass lassie wench hag crone damsel housewife""".split())
_MEN = frozenset("chap bloke gent laddie stripling".split())  # (not "widow": an epithet of someone named)

# the tense narration is told in, counted from its commonest verbs (thoughts, second person)
PAST_NARRATION = re.compile(r"\b(?:was|were|had|did|said|looked|felt|knew)\b")
PRESENT_NARRATION = re.compile(r"\b(?:is|are|has|does|says|looks|feels|knows)\b")
