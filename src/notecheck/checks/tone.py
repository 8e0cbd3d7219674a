"""tone: positive or plainly professional; each kind of tone problem has its own code.

Whole-note sentiment does not find tone problems (nearly every note scores as positive,
pushy ones included), so each problem is looked for by what shows it: hostile words and
complaints (negative), deadlines, demands and competing offers (pushy), pleading
(desperate), slang, emoji and all-lowercase text (casual), piled-up superlatives
(effusive), digs such as "per my last email" (passive-aggressive), capitals and "!!!"
(shouting), and pay or perks (salary). A businesslike note with none of these passes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._analysis import Sentence
from .._check import Check, Context, Example, Flag, Option, Outcome
from ._match import Hit, Rules, negated, reported, words
from .gratitude import find_thanks

if TYPE_CHECKING:
    pass

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "HOSTILE": {
        "disorganized",
        "disorganised",
        "unfair",
        "unprofessional",
        "rude",
        "disrespectful",
        "ridiculous",
        "absurd",
        "pointless",
        "incompetent",
        "terrible",
        "awful",
        "horrible",
        "pathetic",
        "insulting",
        "sham",
        "rigged",
        "unacceptable",
        "chaotic",
        "shambles",
        "idiot",
        "idiots",
        "stupid",
        "clueless",
        "lazy",
        "arrogant",
        "condescending",
        "useless",
        "disgrace",
        "disgraceful",
        "outrageous",
        "appalling",
        "shameful",
        "formality",
        "biased",
        "hostile",
        "nightmare",
        "farce",
        "insult",
        "worst",
        "amateurish",
        "dishonest",
        "unreasonable",
        "disgusted",
        "furious",
        "livid",
        "disrespected",
        "undervalued",
        "unwelcome",
        "unfriendly",
    },
    "DEADLINE": {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "tomorrow",
        "tonight",
        "noon",
        "eod",
        "cob",
        "end",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weekend",
        "midnight",
        "today",
    },
    "DEMAND": {"need", "must", "expect", "want", "require", "insist", "demand"},
    "COMPETE": {"other", "another", "competing", "second", "multiple", "several"},
    "OFFER": {"offer", "offers", "option", "options", "company", "companies", "firm", "employer"},
    "SLANG": {
        "lol",
        "lmao",
        "omg",
        "btw",
        "tbh",
        "ngl",
        "idk",
        "imo",
        "thx",
        "tysm",
        "pls",
        "plz",
        "u",
        "ur",
        "kinda",
        "sorta",
        "dope",
        "vibes",
        "def",
        "lmk",
        "xoxo",
        "haha",
        "hehe",
        "cuz",
        "dude",
        "bro",
        "sup",
        "ya",
        "yeah",
        "yep",
        "nope",
        "hiii",
        "heyyy",
        "rad",
        "fam",
        "stoked",
        "legit",
        "ttyl",
        "cya",
        "jk",
        "ikr",
        "tho",
        "gr8",
        "omw",
    },
    "MILD_SLANG": {"awesome", "super", "cool", "chill", "pumped", "gig", "totally", "stoked"},
    "GUSH": {
        "genius",
        "visionary",
        "legendary",
        "miracle",
        "worship",
        "idol",
        "hero",
        "fan",
        "speechless",
        "eternally",
        "blessed",
        "unbelievably",
        "incredible",
        "phenomenal",
        "extraordinary",
        "breathtaking",
        "life-changing",
        "awe",
        "amazing",
        "wow",
        "magical",
        "perfect",
        "greatest",
        "finest",
        "kindest",
        "wonderful",
        "fantastic",
        "brilliant",
        "inspiring",
        "honored",
        "honoured",
        "humbled",
        "heartfelt",
        "deepest",
        "spectacular",
        "flawless",
        "unforgettable",
    },
    "SALARY": {
        "salary",
        "salaries",
        "compensation",
        "wage",
        "wages",
        "bonus",
        "pto",
        "pension",
        "equity",
        "commission",
        "paycheck",
        "ctc",
        "lpa",
        "stipend",
        "401k",
    },
}
# Patterns by tone code; each hit is one piece of evidence for that problem.
PATTERNS = Rules(
    {
        "negative": [
            "$HOSTILE",
            "waste of ~? my|our|everyone ~? 's? ~? time",
            "a|was|is|total|complete joke|farce|sham",
            "your loss",
            "for nothing",
            "have|had the decency",
            "all i get|got",
            "never ~{0,2} looked|look up",
            "nobody ~{0,2} could|bothered|cared|seemed|even|read|knew",
            "no one ~{0,2} could|bothered|cared|seemed|even|read|knew",
            "went|go|going nowhere",
            "get|getting my hopes up",
            "@will|never @not? ~{0,3} @apply ~{0,4} again",
            "is|was|'s obvious ~{0,4} that? you|nobody|no|they|the|your|half|none|most",
            "you @have made a|an ~? big|huge|serious|terrible? mistake",
            "run better than",
            "would have done ~{0,2} better",
            "i waited|wait ~{0,3} minutes|hours",
            "plenty|lots of ~{0,2} better candidates",
            "probably ~? did @not interview well",
            "@can @not believe",
            "used to rejection",
            "used to being rejected|turned|ignored",
            "used to hearing no",
            "nobody ~? ever ~{0,2} @hire|call|pick|choose",
            "no one ~? ever ~{0,2} @hire|call|pick|choose",
            "@blow it",
            "@mess|screw ~? it|things ~? up",
            "always|never ~{0,2} @go ~? badly|well|wrong",
            "what 's|is the point",
            "i|we ~? @will|would @not ~? get it",
            "i|we ~? @will|would @not ~? get the job",
            "shame on",
            "do|does @not bother",
            "@be not|n't surprised",
            "unpaid work|consulting|labor|labour",
            # Families from variety_dev2 notes: a process called a formality or broken, the
            # panel unprepared, better expected, the outcome decided in advance.
            "box '- ticking",
            "tick '- box",
            "going through the motions",
            "they|you|panel|interviewer|interviewers|he|she|manager|recruiter ~{0,2} clearly|obviously|evidently ~{0,2} @not|never ~? @read|prepare|look|listen|care|bother",
            "dismissive|patronizing|patronising|demeaning|belittling",
            "disappointed|disappointing ~{0,2} by|with|in how|your",
            "disappointed|disappointing ~{0,2} by|with|in the way",
            "@expect ~? much|far? better|more from a|an|your|the|you",
            "process|interview|system|hiring ~{0,2} @be ~? completely|totally|clearly|so|really|fundamentally? broken|flawed|biased|rigged|chaos",
            "already ~{0,2} @pick|choose|decide|select ~{0,2} someone|somebody",
            "internal candidate|hire ~? anyway",
            "kept|keep ~? checking|looking ~? at? his|her|their|your ~? phone|watch|email|laptop",
            "not|n't ~? respected|valued|listened",
            "shame|pity ~{0,2} the|your ~? panel|interviewer|interviewers|team|company|process",
            "poorly|badly ~? designed|run|organized|organised|managed|planned|handled|communicated|prepared",
            "waste of ~? a|an|the|my|our ~? afternoon|morning|day|trip|hour|hours|evening",
            "questions ~{0,3} nothing to do with",
            # Badmouthing a current or past employer (variety_dev5).
            "@take|steal credit for",
            # variety_dev8: the process called exhausting, a current boss run down, sarcasm
            # after a rejection.
            "process ~{0,3} @be|feel|seem ~? so|really|honestly|incredibly? exhausting|draining|excessive|ridiculous|endless|absurd",
            "a lot|too much ~{0,2} to ask of",
            "@micromanage",
            "@count the days",
            "save ~? us|everyone|me|yourselves ~? all? the|some ~? trouble|bother",
            "already ~{0,2} @have someone|somebody in mind",
            # A rejection answered with contempt (variety_dev7).
            "luck finding|getting|hiring ~{0,2} anyone|someone|somebody who|that",
            "who|that 'll|will|would|can ~? put up with",
            "but ~? do n't|not pretend",
            "stop pretending",
            "i was ~? clearly|obviously|easily the most|best qualified|experienced",
            "my ~? current|previous|old|last|former ~? company|employer|boss|manager|job|team|workplace ~{0,4} @be a|an ~? total|complete|absolute|real? mess|disaster|nightmare|joke",
            # From variety_dev3: a rejection answered by ranking oneself above the hire,
            # or by a sneer at what the company values.
            "more|better|stronger|longer than whoever|whomever",
            "than the person|candidate|one you ~? @choose|pick|hire|select|go",
            "@not ~? count|matter ~? for ~? much|anything|nothing|little ~{0,3} anymore|there|here",
            "@not count|matter for much|anything",
            "i guess ~{0,4} @not ~? @count|matter|mean",
        ],
        # "Honestly, ..." only sharpens other hostility; on its own it is candour.
        "candid": [
            "frankly|honestly ,",
        ],
        "pushy": [
            "asap",
            "@receive|have|get an|another ~? offer from",  # competing-offer pressure
            "final rounds? with ~{0,3} other|another",
            "if i ~? do|don|@not ~? n't? hear ~{0,3} by|before $DEADLINE",
            "@encourage|urge|advise you to ~? move|act|decide ~? quickly|fast|soon",
            "a.s.a.p.",
            "$DEMAND ~{0,6} by|before|within ~{0,4} $DEADLINE",
            "$DEMAND ~{0,6} this|next week|weekend|friday|monday",
            "@send|decide|respond|reply|answer ~{0,5} by|before|within ~{0,3} $DEADLINE",
            "$COMPETE ~? $OFFER",
            "interviewing|interview elsewhere",
            "on the table",
            "@push me",
            "@can|will @not ~{0,2} wait|keep ~{0,5} indefinitely|forever|longer|waiting|open",
            "wait ~{0,2} indefinitely|forever",
            "i ~{0,2} @owe|owed",
            "@skip the ~? second|next|final ~? round|interview",
            "straight to an|the offer",
            "@not keep me waiting",
            "ball is in your court",
            "@need|want ~{0,3} answer|decision|response ~{0,2} today|tonight|tomorrow|now",
            "in your interest",
            "must insist",
            "i insist|demand",
            "firm date",
            "quick|fast|prompt|immediate answer|decision|response",
            "@expect to hear ~{0,4} within|by",
            "@hear ~? back|from ~? you? by|before $DEADLINE",
            "@contact|call|email|go|write|escalate ~{0,2} to? your ~? ceo|boss|manager|director|president|owner|supervisor|head ~? directly?",
            "an|another|the ~? offer ~{0,6} @expire",
            "@expire|expiring on|by|friday|monday|tomorrow|soon",
            "exploding offer",
            "@like|want|need to know|hear ~{0,2} soon|quickly|now|asap|immediately|today",
            "@not wait past|beyond|after",
            # Deadlines and hurry in other words: "at the latest", "no later than", "time is
            # of the essence", an ultimatum ("I'll assume ..."), other employers waiting.
            "$DEADLINE at the latest|earliest",
            "decision|answer|response|reply|back ~{0,2} at the earliest",
            "answer|decision|response|reply|word|back|know|hear|respond ~{0,3} no later than",
            "of the essence",
            "@get|come back to me ~{0,2} by|before|within ~{0,3} $DEADLINE",
            "'ll|will assume ~{0,4} not|no|n't|filled|moved|gone|taken",
            "@skip the ~? formalities|formality|process|rest",
            "companies|employers|firms|offers|recruiters ~{0,2} waiting|pending|lined",
            "please ~? hurry|expedite|rush",
            "hurry up",
            "expedite my|the ~? application|process|decision|review",
            "would|'d ~? like|appreciate ~{0,3} decision|answer|response|offer|reply ~{0,2} by|before|within ~{0,3} $DEADLINE",
            "need you to ~{0,2} move|act|decide|respond|hurry|speed",
            "please ~? @confirm|respond|reply|decide ~{0,4} by|before|within ~{0,3} $DEADLINE",
            "let me know ~{0,2} by|before|within ~{0,3} $DEADLINE",
            "let me know today|tonight|immediately",
            "@follow up|call|email|check ~? in? daily|hourly",
            "every day until",
        ],
        "desperate": [
            "really|desperately|truly|so ~? need ~{0,2} this|the|a ~? job|position|role|work|opportunity",
            "really , really",
            "need ~? a foot in the door",
            "do|doing anything",
            "take|accept ~{0,2} any|whatever salary|shift|role|position|hours|duties|pay",
            "any shift|duties|hours ~? at all|whatsoever",
            "one more|another|a second chance|shot to|at ~? show|prove",
            "one more|another|a second chance|shot '.|'!",
            "please ~? do n't|not judge me",
            "@beg",
            "please , please",
            "please please",
            "please ~{0,2} reconsider",
            "please ~{0,2} pick|hire|choose me",
            "one more|another|a second chance",
            "give up on me",
            "@pray",
            "out of work",
            "unemployed",
            "my savings",
            "@can @not afford",
            "do @not know what ~? else ~? i",
            "never let you down",
            "last hope|chance",
            "every hour",
            "@get|be very|so|really ~? worried|anxious|scared",
            "anything at all",
            "even if it is|'s bad news",
            "@apply to ~{0,3} hundred|hundreds",
            "@work|do it for less|free|nothing",
            "pay|salary cut",
            "lower|reduce|drop my ~? rate|salary|ask|pay",
            "prove myself",
            "whatever it takes",
            "please ~{0,2} give me a ~? shot|chance",
            # Offering to take less, everything riding on it, not coping with the wait.
            "less|lower|reduced|smaller|lesser ~? pay|salary|wage|wages",
            "for less money|pay",
            "@take|accept whatever|anything you ~{0,2} @offer|give|have",
            "@save my ~? family|life|career|home",
            "@can @not take ~{0,2} another|one ~? more? no|rejection",
            "i ~? really|truly|desperately|badly|so|seriously @need this|it",
            "my ~? only|last hope",
            "@can @not sleep",
            "@can @not stop worrying",
            "@have ~{0,3} family|kids|children|mouths to feed",
        ],
        "casual": [
            "$SLANG",
            "gon|wan|got na|ta",
            "@be down to",
            "cheers mate",
            "catch you|ya later",
            "@have a blast",
            "cool beans",
            "thx|ty|tysm|tyvm for|so|again",
            "convo",
        ],
        "mild casual": [
            "$MILD_SLANG",
            "no worries",  # informal, but common in a gracious reply: only with more
        ],
        "greeting": [
            "hey|yo|sup|hiya|hiii|heya|howdy|hiiii|heyyy",
        ],
        "effusive": [
            "$GUSH",
            "most ~? wonderful|amazing|incredible|inspiring|brilliant|important|talented|gracious|impressive|kind|generous",
            "best ~{0,3} ever",
            "i @have ever",
            "in the ~? entire|whole ~? world|universe|galaxy|cosmos",
            "on earth|the planet",
            "alive",
            "of my life|year|career",
            "of my ~? entire|whole life|career",
            "the highlight",
            "in the ~? entire|whole? industry|field|business|country",
            "never ~{0,2} met|known|seen ~? anyone|anybody|someone ~? as|so|more",
            "over the moon",
            "beyond words|measure|belief",
            "words @can @not express",
            "forever ~? grateful|thankful|indebted|and|your",
            "a million thanks",
            "thank you , thank you",
            "dream come true",
            "blown away",
            "so|deeply|truly honored|honoured",
        ],
        # "As I mentioned" recaps; it is a dig when repeated or among other digs.
        # "A gentle reminder": polite in many Englishes; a dig only beside other digs.
        "reminder": [
            "friendly|gentle|quick ~? reminder",
        ],
        "recap": [
            "as i ~{0,2} said|mentioned|noted|stated|explained|indicated|wrote|pointed",
            "as ~? previously|already stated|said|mentioned|noted|explained|indicated",
        ],
        "passive_aggressive": [
            "per my ~? last|previous|earlier ~? @email|message|note|mail|letter",
            "i @be sure ~{0,4} oversight|accident|mistake|capable",
            "@keep me waiting",
            "said|mentioned|asked|told|explained ~? twice|again|before|repeatedly",
            "my previous ~? two|three|several ~? messages|emails|notes",
            "still waiting",
            "the hold-up|holdup",
            "hold - up",
            "thanks|thank ~? for finally|eventually",
            "to finally meet|hear|get",
            "(|( eventually|finally",
            "@thank ~? anyway|anyways",
            "actually started|showed",
            "some people",
            "not that it",
            "if anyone ~{0,2} @decide",
            "assuming it ~? still exists",
            "no rush , obviously",
            ", obviously",
            "i suppose",
            "tick the box",
            "form email|letter|rejection",
            "would|'d have been ~? appreciated|nice|helpful|courteous ~? by now",
            "i understand|know ~{0,2} you 're|are ~? very|incredibly|so? busy ,? but",
            "bump|bumping ~{0,3} top of your inbox",
            "you ~? eventually|finally ~? @find|make|get|found|made",
            "i @be sure your ~? calendar|schedule|inbox|diary @be ~? very|so|quite? full|busy|packed",
            "whenever that may|might be",
            "not sure if|whether ~{0,3} my ~? previous|last|earlier ~? @email|message|note",
            "in case ~{0,4} @get lost|missed|slipped",
            "in case ~{0,4} @get|go|be buried|overlooked|unnoticed|ignored",
            "this @be ~? my|the ~? second|third|fourth|fifth ~? email|message|note|reminder",
            "without a|any ~? word|reply|response|answer",
            "message|email|note|messages|emails ~{0,3} @not|never ~? @reach|arrive|get",
            "actually ~? reply|respond|answer|responding|replying|getting|get|write|read",
            "i trust you ~? received|got|saw",
            "in case you missed",
            "i @be sure you @be ~? very|so ~? busy",
            "which|that you ~? also|already had",
            "better for you than",
            "always going to",
            "nobody seemed",
        ],
        "salary": [
            "$SALARY",
            "@pay|paid",
            "vacation|holiday|sick|personal ~? days|time|week|weeks|leave|policy",
            "days|time off",
            "work from home",
            "signing ~? bonus",
            "sign '- on ~? bonus",
            "remote ~? stipend",
            "what 's|is ~? the ~? pay|salary|compensation|rate",
            "benefits|insurance|relocation ~? package|plan|plans",
            "health|dental|medical|vision ~? benefits|insurance|coverage",
            "tuition reimbursement",
            "overtime ~? rate|rates|pay",
            "remote days|policy",
            "parental|maternity|paternity|bereavement|medical leave",
            "relocation allowance|assistance|support|budget|bonus",
            "company car|truck|vehicle|phone",
            "stock options",
            "base is|of|pay|salary",
            "my ask",
            "a|the|my ~? raise",
            "401 ( k )",
        ],
    },
    LEXICONS,
)
_MESSAGES = {
    "negative": "This sounds negative or hostile; a note to the interviewer should stay gracious.",
    "pushy": "This pressures the reader (a deadline, a demand or a competing offer); ask for an "
    "update politely instead.",
    "desperate": "This sounds desperate; confidence persuades better than pleading.",
    "casual": "This is too casual for a note to an interviewer.",
    "effusive": "This praise is overdone; one sincere, specific compliment lands better.",
    "passive_aggressive": "This reads as passive-aggressive; restate the point plainly if it "
    "matters, or leave it out.",
    "shouting": "Capitals and repeated exclamation marks read as shouting.",
    "salary": "Pay and benefits belong in the offer conversation, not in this note.",
}
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2764\U0001f000-\U0001f2ff]"
    r"|(?<![\w:/])(?::-?[)(DPp]|;-?\)|<3|xD|XD)(?!\w)"
)
# Every emoticon _EMOJI knows holds one of these pairs (its emoji are non-ASCII).
_EMOTICON_PAIRS = (":-", ":)", ":(", ":D", ":P", ":p", ";-", ";)", "<3", "xD", "XD")
_BANGS = re.compile(r"[!?]*!{2,}[!?]*|\?{2,}")
_MONEY = re.compile(
    r"[$£€]\s?\d[\d,.]*(?![\d,.])\s?(?:k\b|K\b)?(?!\s?(?:[MBmb]\b|mn\b|million|billion|bn))"
    r"(?P<rate>\s?(?:an?|per|/)\s?(?:hour|hr|year|yr|annum|month))?"
)
_MONEY_CONTEXT = re.compile(
    r"\b(?:salary|base|ask|expect|offer|lower|raise|at least|minimum|rate|pay|earn|making)\b",
    re.IGNORECASE,
)
# "As I already said twice": a recap that insists.
_INSISTING = frozenset(
    {"already", "twice", "again", "before", "previously", "repeatedly", "previous", "times"}
)
_EFFUSIVE_STRONG = frozenset(
    {"genius", "visionary", "legendary", "miracle", "worship", "idol", "speechless"}
)


# --- how it decides ----------------------------------------------------------------------


def _sentences(ctx: Context, *parts: str) -> list[Sentence]:
    return [s for s in ctx.analysis.sentences if s.part in parts]


def find_problems(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Spans of ``note.plain`` by tone code."""
    analysis = ctx.analysis
    body = _sentences(ctx, "paragraph", "greeting", "closing")
    found = PATTERNS.find(analysis, body)
    out: dict[str, list[tuple[int, int]]] = {code: [] for code in _MESSAGES}
    desperate = [h for h in found if h.label == "desperate"]

    for hit in found:
        code = hit.label
        if (
            code in ("negative", "pushy", "desperate", "passive_aggressive")
            and negated(ctx, hit, window=2)
            and not (code == "pushy" and _threat(ctx, hit))
        ):
            continue
        if code == "passive_aggressive" and _instead(ctx, hit):
            continue  # "you told me yourself rather than sending a form email": praise
        if code == "pushy" and (not _pushy(ctx, hit) or reported(ctx, hit)):
            continue
        if code == "negative" and hit.last - hit.first == 1 and not _aimed_at_them(ctx, hit):
            continue  # "the migration sounded like a nightmare": sympathy, not hostility
        if code == "salary" and (_overlaps(hit, desperate) or not _salary(ctx, hit)):
            continue
        if code in ("negative", "pushy", "desperate", "passive_aggressive", "salary"):
            out[code].append((hit.start, hit.end))

    kept = set(out["negative"])
    negative_at = {h.sentence.index for h in found if (h.start, h.end) in kept}
    lemma = words(ctx).lemma
    for hit in find_thanks(ctx)[1]:
        # Sarcastic thanks: "thanks for nothing", "thanks for wasting an hour" are hostile;
        # the rest ("thanks for finally replying") are digs.
        span = range(hit.first, min(hit.sentence.last, hit.last + 3))
        hostile = any(lemma[k] in _OPEN_HOSTILITY for k in span) or (
            hit.sentence.index in negative_at
        )
        out["negative" if hostile else "passive_aggressive"].append((hit.start, hit.end))
    doc = analysis.doc
    for hit in (h for h in found if h.label == "reminder"):
        if out["passive_aggressive"]:
            out["passive_aggressive"].append((hit.start, hit.end))
    for hit in (h for h in found if h.label == "recap"):
        sentence = {t.lower_ for t in doc[hit.sentence.first : hit.sentence.last]}
        # "As I mentioned in my last email, I still have not heard back"
        still_not = "still" in sentence and bool(sentence & {"not", "n't", "never", "no"})
        if out["passive_aggressive"] or sentence & _INSISTING or still_not:
            out["passive_aggressive"].append((hit.start, hit.end))
    if len(out["negative"]) > len(out["passive_aggressive"]):
        # Open hostility dominates: digs in an openly hostile note are not passive.
        out["negative"] += out["passive_aggressive"]
        out["passive_aggressive"] = []
    if out["negative"]:
        out["negative"] += [(h.start, h.end) for h in found if h.label == "candid"]
    out["casual"] = _casual(ctx, found)
    out["effusive"] = _effusive(ctx, found)
    out["shouting"] = _shouting(ctx)
    out["salary"] += _money(ctx, body)
    for code in out:
        out[code] = sorted(set(out[code]))
    if ctx.options.get("allow-emoji"):
        plain = ctx.note.plain
        out["casual"] = [s for s in out["casual"] if not _EMOJI.fullmatch(plain[s[0] : s[1]])]
    return out


# Sarcastic thanks that say outright what was bad: "thanks for wasting my afternoon".
_OPEN_HOSTILITY = frozenset({"nothing", "waste", "wasting", "wasted", "ruin", "ruining"})

# What a hostile word must be about to count: the reader, the interview, the process.
_THEM = frozenset(
    {"you", "your", "interview", "process", "panel", "test", "company", "team", "recruiter"}
    | {"hiring", "department", "they", "it", "this", "everyone", "nobody", "questions"}
    | {"manager", "organization", "organisation", "firm", "experience", "day", "lobby"}
)


def _aimed_at_them(ctx: Context, hit: Hit) -> bool:
    w = words(ctx)
    before = w.lemma[max(hit.sentence.first, hit.first - 4) : hit.first]
    if any(v in ("sound", "seem", "look") for v in before):
        return False  # "sounded like a nightmare": sympathy with a problem they described
    if set(w.lower[max(hit.sentence.first, hit.first - 3) : hit.first]) & {"our", "my"}:
        return False  # "I moved our two worst vendors onto scorecards": the writer's side
    return any(w.lower[k] in _THEM for k in range(hit.sentence.first, hit.sentence.last))


def _overlaps(hit: Hit, others: list[Hit]) -> bool:
    return any(o.first < hit.last and hit.first < o.last for o in others)


def _pushy(ctx: Context, hit: Hit) -> bool:
    doc = ctx.analysis.doc
    words = [t.lower_ for t in doc[hit.first : hit.last]]
    before = [t.lower_ for t in doc[max(hit.sentence.first, hit.first - 3) : hit.first]]
    if words[0] in ("other", "another", "second", "multiple", "several", "competing"):
        # "I have accepted another offer" withdraws; "another company's product" is not an
        # offer; only pressure counts.
        wider = [t.lower_ for t in doc[max(hit.sentence.first, hit.first - 6) : hit.first]]
        if any(w in ("accepted", "accept", "taken", "took") for w in wider):
            return False  # "I have accepted an offer from another company"
        if words[-1] in ("company", "companies", "firm", "employer"):
            return any(
                t.lower_ in ("interested", "interviewing", "offer", "offers", "pursuing")
                for t in doc[hit.sentence.first : hit.sentence.last]
            )
        if words[-1] in ("option", "options"):
            return any(
                t.lemma_ in ("wait", "keep", "consider", "weigh", "deadline")
                for t in doc[hit.sentence.first : hit.sentence.last]
            )
    if "owe" in words:
        return False  # "I owe you a big thank-you": the writer owes, nobody is pressed
    if doc[hit.first].lemma_ in _DEMANDING and before and before[-1] in _THEIR_SIDE:
        return False  # "I understand the department expects to decide by the 30th": their plan
    if doc[hit.first].lemma_ in ("send", "decide", "respond", "reply", "answer"):
        # "I will send the samples by Friday" is the writer's promise, not a deadline.
        return not (before and before[-1] in ("'ll", "will", "can", "could", "i", "to"))
    return True


def _instead(ctx: Context, hit: Hit) -> bool:
    lower = words(ctx).lower[max(hit.sentence.first, hit.first - 4) : hit.first]
    return "instead" in lower or ("rather" in lower and "than" in lower)


def _threat(ctx: Context, hit: Hit) -> bool:
    """ "If I don't hear by Friday, I'll...": the negation is part of the ultimatum."""
    lower = words(ctx).lower
    return "if" in lower[max(hit.sentence.first, hit.first - 5) : hit.first]


# Verbs of "expects/needs/wants ... by Friday", and the subjects that make it the employer's
# own plan.
_DEMANDING = frozenset(LEXICONS["DEMAND"] - {"insist", "demand"} | {"hope", "plan", "aim"})
_THEIR_SIDE = frozenset(
    {"you", "they", "he", "she", "department", "team", "company", "committee", "panel"}
    | {"board", "office", "district", "firm", "school", "agency", "hospital", "recruiter"}
    | {"manager", "council", "city", "county", "group", "practice", "clinic", "store"}
)


def _salary(ctx: Context, hit: Hit) -> bool:
    doc = ctx.analysis.doc
    token = doc[hit.first]
    # "the Compensation Analyst role": part of a job title, not pay talk.
    if token.is_title and hit.first > hit.sentence.first and not token.is_sent_start:
        return False
    words = {t.lower_ for t in doc[hit.first : hit.last]}
    following = doc[hit.last].lower_ if hit.last < hit.sentence.last else ""
    before = {t.lower_ for t in doc[max(hit.sentence.first, hit.first - 3) : hit.first]}
    after = {t.lower_ for t in doc[hit.last : min(hit.last + 4, hit.sentence.last)]}
    wider = {t.lemma_ for t in doc[max(hit.sentence.first, hit.first - 6) : hit.first]}
    if following == "-" or after & _PAY_WORK_OR_PAID or wider & _PAY_WORK_VERBS:
        # "salary benchmarking", "pay for your hourly staff", "my role involved handling
        # salary surveys": pay as the work itself, not the writer's own pay.
        return False
    if token.lemma_ == "pay" and following in ("attention", "off", "back", "tribute", "it"):
        return False
    if words & {"wage", "wages"} and following in _WAGE_LAW:
        return False  # "the wage-and-hour class action": a practice area, not pay
    if token.lemma_ == "pay" and before & _OTHERS_PAID:
        return False  # "how to keep everyone paid through it": payroll, not the writer's pay
    if "base" in words and _other_base(ctx, hit):
        return False  # "grow its base of monthly donors", "the customer base is loyal"
    if "bonus" in words and before & {"as", "added", "extra"}:
        return False  # "as a bonus, I speak Spanish"
    if words & {"equity", "commission"} and not _about_pay(ctx, hit):
        return False  # "health equity", "the planning commission"
    # "I took time off to care for my father", "I've worked from home"
    return not (words & {"off", "home"} and not (hit.sentence.is_question or _about_pay(ctx, hit)))


_PAY_WORK = frozenset(
    {"bands", "band", "benchmarking", "benchmarks", "survey", "surveys", "structures"}
    | {"media", "search", "social", "ads", "advertising", "campaign", "campaigns", "channels"}
    | {"data", "modelling", "modeling", "models", "audit", "audits", "equity", "pool"}
    | {"calculations", "calculation", "processing", "administration", "runs", "run"}
    | {"reviews", "review", "analysis", "analyses", "programs", "programmes", "system"}
    | {"plans", "design", "compliance", "reporting", "cycles", "cycle", "planning"}
)
_PAY_WORK_VERBS = frozenset(
    {"handle", "process", "administer", "run", "manage", "audit", "benchmark", "model"}
    | {"involve", "calculate", "lead", "reconcile", "build", "redesign", "rebuild"}
)
_WAGE_LAW = frozenset({"-", "theft", "garnishment", "claims", "claim", "law", "laws", "compliance"})
_OTHERS_PAID = frozenset(
    {"everyone", "staff", "employees", "people", "workers", "them", "vendors", "contractors"}
    | {"suppliers", "invoices", "bills", "everybody", "team", "drivers", "nurses", "employee"}
    | {"worker", "contractor", "vendor", "supplier", "driver", "nurse", "crew", "payroll"}
)
_PAY_WORK_OR_PAID = _PAY_WORK | _OTHERS_PAID
_PAY_CONTEXT = frozenset(
    {"stock", "grant", "package", "options", "stake", "percent", "%", "salary", "offer", "base"}
    | {"uncapped", "structure", "how", "much", "many", "would", "get", "expect", "need"}
)


def _about_pay(ctx: Context, hit: Hit) -> bool:
    doc = ctx.analysis.doc
    return any(t.lower_ in _PAY_CONTEXT for t in doc[hit.sentence.first : hit.sentence.last])


# Whose "base" it is when it is not base pay: "its base of donors", "the customer base".
_BASES = frozenset(
    {"its", "their", "customer", "client", "donor", "user", "fan", "member", "supporter"}
    | {"volunteer", "installed", "knowledge", "code", "data", "tax", "subscriber", "patient"}
    | {"student", "reader", "listener", "home", "army", "naval", "air", "military", "power"}
)


def _other_base(ctx: Context, hit: Hit) -> bool:
    doc = ctx.analysis.doc
    k = next(j for j in range(hit.first, hit.last) if doc[j].lower_ == "base")
    if k > hit.sentence.first and doc[k - 1].lower_ in _BASES:
        return True
    if k + 2 < hit.sentence.last and doc[k + 1].lower_ == "of":
        after = doc[k + 2]
        return not (
            after.like_num
            or after.is_currency
            or after.text[:1].isdigit()
            or after.lower_ in ("at", "around")
        )
    return False


def _money(ctx: Context, body: list[Sentence]) -> list[tuple[int, int]]:
    out = []
    for sentence in body:
        if "$" not in sentence.text and "£" not in sentence.text and "€" not in sentence.text:
            continue  # (_MONEY starts with a currency sign)
        for m in _MONEY.finditer(sentence.text):
            if m.group("rate") or _MONEY_CONTEXT.search(sentence.text):
                out.append((sentence.start + m.start(), sentence.start + m.end()))
    return out


def _casual(ctx: Context, found: list[Hit]) -> list[tuple[int, int]]:
    doc = ctx.analysis.doc
    strong = [h for h in found if h.label == "casual"]
    # "u" and "k" are only slang in lowercase; "U.S." or "K" in a list are not.
    strong = [h for h in strong if not (h.last - h.first == 1 and doc[h.first].text in ("U", "K"))]
    mild = [h for h in found if h.label == "mild casual"]
    greeting = [
        h
        for h in found
        if h.label == "greeting" and h.first == h.sentence.first and h.sentence.index <= 2
    ]
    spans = [(h.start, h.end) for h in strong + greeting]
    if spans or len(mild) >= 2:
        spans += [(h.start, h.end) for h in mild]
    plain = ctx.note.plain
    if not plain.isascii() or any(pair in plain for pair in _EMOTICON_PAIRS):
        spans += [(m.start(), m.end()) for m in _EMOJI.finditer(plain)]
    # All lowercase: sentences that start in lowercase and a lowercase "i".
    body = ctx.analysis.body_sentences
    # (The cheap test first: counting letters reads every character twice.)
    lower_starts = sum(1 for s in body if s.text[:1].islower())
    if lower_starts >= max(1, len(body) // 2) and _few_capitals(" ".join(s.text for s in body)):
        first = next((s for s in ctx.analysis.body_sentences), None)
        if first is not None:
            spans.append((first.start, first.end))
    return spans


def _few_capitals(text: str) -> bool:
    letters = sum(map(str.isalpha, text))
    return letters > 40 and sum(map(str.isupper, text)) <= letters * 0.01


def _effusive(ctx: Context, found: list[Hit]) -> list[tuple[int, int]]:
    lower = words(ctx).lower
    hits = [h for h in found if h.label == "effusive"]
    score = 0
    for h in hits:
        said = set(lower[h.first : h.last])
        score += 2 if said & _EFFUSIVE_STRONG or h.last - h.first > 1 else 1
    if score >= int(ctx.options.get("effusive-threshold", 4)):
        return [(h.start, h.end) for h in hits]
    return []


def _shouting(ctx: Context) -> list[tuple[int, int]]:
    columns = ctx.analysis.columns
    alpha, upper, stop = columns["IS_ALPHA"], columns["IS_UPPER"], columns["IS_STOP"]
    punct, space, length = columns["IS_PUNCT"], columns["IS_SPACE"], columns["LENGTH"]
    idx, lower = columns["IDX"], columns["LOWER"]
    strings = ctx.analysis.doc.vocab.strings
    pronoun_i = strings["i"]
    enders = {strings["!"], strings["?"], strings["."]}
    spans: list[tuple[int, int]] = []
    bangs: list[tuple[int, int]] = []
    for sentence in _sentences(ctx, "subject", "paragraph", "greeting", "closing"):
        if "!!" in sentence.text or "??" in sentence.text:  # (what _BANGS needs)
            for m in _BANGS.finditer(sentence.text):
                bangs.append((sentence.start + m.start(), sentence.start + m.end()))
        if not any(upper[sentence.first : sentence.last]):
            continue
        first = sentence.first
        if sentence.part == "subject":
            first = _after_subject_label(ctx, sentence)
        run: list[int] = []
        for k in range(first, sentence.last):
            if alpha[k] and upper[k] and (length[k] > 1 or lower[k] == pronoun_i):
                run.append(k)
            elif run and (not (punct[k] or space[k]) or lower[k] in enders):
                # (_shouted finds nothing in a run of fewer than two words.)
                if len(run) > 1:
                    spans.extend(_shouted(run, stop, idx, length))
                run = []
        spans.extend(_shouted(run, stop, idx, length))
    # Without capitals, "!!" twice is exuberance (casual at most); "!!!" or three runs shout.
    plain = ctx.note.plain
    loud = len(bangs) >= 3 or any(plain.count("!", s, e) >= 3 for s, e in bangs)
    if spans or (len(bangs) >= 2 and loud):
        spans.extend(bangs)
    return spans


def _after_subject_label(ctx: Context, sentence: Sentence) -> int:
    """The first token after "Subject:" and any "RE:", "Fwd:" labels ("RE: RE: FW:")."""
    doc = ctx.analysis.doc
    first = sentence.first
    while first < sentence.last and doc[first].lower_ in ("subject", "re", "fwd", "fw", "aw"):
        first += 2 if first + 1 < sentence.last and doc[first + 1].text == ":" else 1
    return first


def _shouted(
    run: list[int], stop: list[int], idx: list[int], length: list[int]
) -> list[tuple[int, int]]:
    """A run of capitalised words that is shouting rather than acronyms ("BLS, ACLS") or a
    title ("NIGHT SHIFT"): common words in capitals, as in "I AM THE RIGHT PERSON" or
    "REALLY REALLY"."""
    if len(run) < 2:
        return []
    common = sum(1 for k in run if stop[k])
    if common == 0 or (len(run) == 2 and common < 2):
        return []
    return [(idx[run[0]], idx[run[-1]] + length[run[-1]])]


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    problems = find_problems(ctx)
    flags: list[Flag] = []
    for code, spans in problems.items():
        for start, end in spans:
            flags.append(Flag(f"tone.{code.replace('_', '-')}", _MESSAGES[code], start, end))
    flags.sort(key=lambda f: (f.start, f.code))
    named = sorted({f.code for f in flags})
    return Outcome(
        tuple(flags),
        summary=", ".join(c.removeprefix("tone.") for c in named) if named else "tone is fine",
    )


CHECK = Check(
    id="tone",
    title="Tone",
    summary="Flags tone problems, each with its own code: negative or hostile, pushy, desperate, "
    "too casual, effusive, passive-aggressive, shouting, and salary or benefits talk. A "
    "positive or plainly businesslike note passes.",
    why="The recruiter forwards the note to the hiring manager; one pushy or sour sentence is "
    "what they will remember.",
    how_to_fix="Rewrite the flagged sentence plainly and politely; keep warmth specific and "
    "requests gentle.",
    run=run,
    default_severity="warning",
    codes={
        "tone.negative": "hostile words, complaints about the interview, or bitterness",
        "tone.pushy": "deadlines for the reader, demands, 'ASAP', competing-offer pressure",
        "tone.desperate": "pleading ('I really need this job', 'I'll do anything')",
        "tone.casual": "slang, emoji, 'hey', or an all-lowercase note",
        "tone.effusive": "piled-up superlatives and flattery",
        "tone.passive-aggressive": "digs: 'as I already said', 'per my last email', 'no rush, "
        "obviously', sarcastic thanks ('thanks for finally...'); a plain 'as I mentioned' "
        "only among other digs",
        "tone.shouting": "capitalised sentences or repeated exclamation marks",
        "tone.salary": "salary, benefits or perks (pay, bonus, vacation days, $42 an hour) in "
        "any kind of note",
    },
    options=(
        Option("allow-emoji", False, "Accept emoji (for casual workplaces)."),
        Option(
            "effusive-threshold",
            4,
            "How much praise (a point per glowing word, two per hyperbole) makes a note effusive.",
        ),
    ),
    passing=(
        Example("Dear Jo,\n\nThank you for the thoughtful conversation today.\n\nBest,\nKim"),
        Example(
            "Dear Jo,\n\nThank you for meeting me. I have five years of payroll experience. "
            "Please let me know the next steps.\n\nRegards,\nKim",
            title="businesslike is fine",
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThanks. I need an answer by Friday since I have another offer.\n\nKim",
            codes=("tone.pushy",),
        ),
        Example(
            "hey jo,\n\nthanks for the chat lol, it was awesome and i think i'd be good at it."
            "\n\nkim",
            codes=("tone.casual",),
        ),
        Example(
            "Dear Jo,\n\nAs I mentioned twice already, I can start at once. Per my last email, "
            "I am still waiting.\n\nKim",
            codes=("tone.passive-aggressive",),
        ),
        Example(
            "Dear Jo,\n\nTHANK YOU FOR THE INTERVIEW!!! I REALLY WANT THIS JOB!!!\n\nKim",
            codes=("tone.shouting",),
        ),
        Example(
            "Dear Jo,\n\nThank you. Before I decide, what is the salary and how many vacation "
            "days come with the role?\n\nKim",
            codes=("tone.salary",),
        ),
        Example(
            "Dear Jo,\n\nThank you. I really need this job; I'll do anything.\n\nKim",
            codes=("tone.desperate",),
        ),
        Example(
            "Dear Jo,\n\nYou are a genius and a visionary, the most inspiring leader in the "
            "entire world.\n\nKim",
            codes=("tone.effusive",),
        ),
        Example(
            "Dear Jo,\n\nFrankly, the interview was disorganized and unprofessional.\n\nKim",
            codes=("tone.negative",),
        ),
    ),
)
