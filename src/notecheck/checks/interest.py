"""interest: the writer says they want this role, ideally more so after the interview.

Interest is the writer's own ("you said you were excited" is not), about this role, team
or company ("a field I love" is weaker and does not count), and not negated or withdrawn
("I'm no longer interested"). Hedged interest ("I'm probably interested") still counts but
gets a hint; interest that hangs on a condition ("only if the base is above...") does not.
Interest that grew from the interview ("even more excited") is the best form.
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import (
    Hit,
    Rules,
    clause_end,
    clause_start,
    conditional,
    evidence,
    hedged,
    negated,
    negated_inside,
    reported,
    speaker,
)

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "EAGER": {
        "excite",
        "excited",
        "excitement",
        "enthusiastic",
        "enthusiasm",
        "eager",
        "eagerly",
        "thrill",
        "thrilled",
        "keen",
        "interest",
        "interested",
        "passionate",
        "energize",
        "intrigue",
        "intrigued",
        "energized",
        "stoke",
        "stoked",
        "enthuse",
        "enthused",
        "psyched",
        "pumped",
        "energise",
        "energised",
        "eagerness",
        "desire",
        "keenness",
    },
    # What the interest is in: this job ...
    "ROLE": {
        "role",
        "position",
        "job",
        "post",
        "opening",
        "opportunity",
        "chance",
        "team",
        "company",
        "organization",
        "organisation",
        "firm",
        "clinic",
        "lab",
        "unit",
        "department",
        "practice",
        "school",
        "store",
        "restaurant",
        "kitchen",
        "agency",
        "group",
        "apprenticeship",
        "internship",
        "crew",
        "crow",  # the lookup lemmatizer's lemma of "crew"
        "you",
        "your",
        "here",
        "join",
        "joining",
        "work",
        "working",
        "offer",
        "candidacy",
        "program",
        "project",
        "it",
        "this",
    },
    # The job itself, as a noun (no pronouns): "the role even more appealing".
    "ROLE_NOUN": {
        "role",
        "position",
        "job",
        "post",
        "opening",
        "opportunity",
        "team",
        "company",
        "organization",
        "organisation",
        "firm",
        "clinic",
        "studio",
        "practice",
        "kitchen",
        "crew",
        "crow",  # the lookup lemmatizer's lemma of "crew"
        "department",
        "unit",
        "lab",
        "program",
        "programme",
        "mission",
        "offer",
        "work",
        "project",
        "place",
        "school",
        "ward",
        "shop",
        "store",
        "restaurant",
        "squad",
    },
    # An opening, by lemma ("openings" -> "open" in the lookup lemmatizer).
    "OPENING": {
        "role",
        "position",
        "opening",
        "open",
        "opportunity",
        "vacancy",
        "post",
        "job",
    },
    # The work itself, done for or with someone: "I'd love to cook for you".
    "CRAFT": {
        "work",
        "join",
        "contribute",
        "help",
        "build",
        "lead",
        "teach",
        "cook",
        "bake",
        "code",
        "design",
        "nurse",
        "serve",
        "care",
        "coach",
        "mentor",
        "train",
        "sell",
        "write",
        "edit",
        "tackle",
        "solve",
        "fix",
        "untangle",
        "do",
        "run",
        "manage",
        "support",
        "deliver",
        "ship",
        "own",
        "grow",
        "develop",
        "engineer",
        "program",
        "research",
        "treat",
        "drive",
        "organize",
        "organise",
        "launch",
        "rebuild",
        "improve",
        "tidy",
        "clean",
        "play",
        "perform",
        "report",
        "analyse",
        "analyze",
        "bring",
        "take",
    },
    # ... or only a field of work.
    "FIELD": {"field", "industry", "sector", "career", "discipline", "profession", "domain"},
    "JOIN": {
        "start",
        "come",
        "join",
        "work",
        "contribute",
        "become",
        "apply",
        "help",
        "grow",
        "bring",
        "serve",
        "represent",
        "move",
        "proceed",
        "continue",
        "advance",
        "prove",
    },
    # After "I want to": narrower ("I want to start by saying...", "I want to help you see").
    "WANT_JOIN": {"join", "work", "contribute", "become", "grow"},
    "GLAD": {
        "love",
        "like",
        "welcome",
        "glad",
        "happy",
        "thrill",
        "honor",
        "honour",
        "delight",
        "proud",
        "excite",
    },
    "WOULD": {"would", "'d", "’d"},
    "GREW_VERB": {
        "strengthen",
        "deepen",
        "increase",
        "reinforce",
        "confirm",
        "heighten",
        "solidify",
        "renew",
        "boost",
        "cement",
        "grow",
        "fuel",
        "spark",
    },
    "MORE_EAGER": {
        "excite",
        "excited",
        "interest",
        "interested",
        "eager",
        "enthusiastic",
        "keen",
        "thrill",
        "thrilled",
        "motivated",
        "convinced",
    },
}
PATTERNS = Rules(
    {
        "interest": [
            "$EAGER",
            "exciting|great|wonderful opportunity|role|position|chance",
            "@want ~{0,2} this|the|that|a ~? job|role|position|opportunity|apprenticeship|internship|post|spot",
            "@want it|this",
            "@want ~{0,2} to $WANT_JOIN",
            "@want ~{0,2} to be your|a|an|the|part|on|with",
            "@be down to",
            "$WOULD ~{0,2} @love|like|welcome to|the ~{0,2} $JOIN",
            "$WOULD ~? be ~{0,2} $GLAD to $JOIN",
            "$WOULD ~? be _{0,9} to join|work",
            "$WOULD ~? @love|like|welcome|be ~{0,3} to be ~? part|aboard|among|one|a",
            "@jump at ~{0,2} chance|opportunity|offer|role|job|position",
            "@appeal|speak to me",
            "@draw|attract me",
            "@resonate with me",
            "right|perfect|ideal|natural|logical|exciting ~? next? move|step|place|home|chapter for me",
            "kind|type|sort of ~{0,2} role|job|position|team|work|place|opportunity|environment i ~{0,3} @want|look|hope|enjoy|love|thrive",
            "exactly|precisely ~{0,6} @look|search|hope for",
            "what i ~? @want to do|be|build",
            "where i ~? @want|hope|like to be|work|grow|build",
            "role|job|position|team|work i ~{0,2} would|'d ~? genuinely|really|truly? @enjoy|love|relish",
            "keep|continue talking",
            "continue the conversation",
            "@imagine|picture my ~? first",
            "impatient to",
            "to get|receive an|the|this ~? offer|job|role|position",
            "@accept without hesitation",
            "more|very|highly|so motivated to|by",
            "@relocate|move for this|the|your ~? role|job|position|team|opportunity",
            "nowhere i ~? would|'d rather",
            "no place i ~? would|'d rather",
            "@say yes",
            "match for my ~? career? goals|ambitions|interests",
            "$WOULD ~? @love|like|welcome|appreciate ~? being|be|the considered",
            "$WOULD ~? be ~{0,2} glad|happy|grateful ~? to be considered",
            "$WOULD ~? be ~{0,2} grateful|thankful for the|this|an chance|opportunity",
            "$WOULD be a dream",
            "look|looking forward to ~{0,4} joining|working|contributing|being",
            "look|looking forward to the possibility|prospect|chance|opportunity",
            "@hope to $JOIN",
            "@hope to be",
            "@hope ~{0,5} chance|opportunity to $JOIN",
            "count me in",
            "in a heartbeat",
            "on the spot",
            "sign me up",
            "@hope ~? this|it|things ~? @work out",
            "@hope ~? this|it|things ~? @go|move forward",
            "my ~? name on it",
            "dream job|role|company|team|position|opportunity",
            "@seal it",
            "the ~? place|role|job|team|company for me",
            "hooked",
            "@hope ~{0,4} to? @get to work|join|be|contribute",
            "@jump at it|this",
            "@draw to|by",
            "@attract to|by",
            "call home",
            "@be ~? fully|very|really|truly? committed to",
            "i ~? @want in",
            "@love what|how your|you",
            "motivated to join|contribute|work|help",
            "we ~? @will|'ll|can|could ~? be ~? working together",
            "hopefully ~{0,4} @work together",
            "keep an eye on ~{0,3} openings|roles|postings|careers|positions",
            "@reapply",
            "top|first choice|pick",
            "$WOULD ~? be ~{0,2} proud|honored|honoured|thrilled|delighted to ~? hold|fill|accept",
            "top of my list",
            "where i ~? belong",
            "take the next step",
            "$WOULD be a|an ~? privilege|honor|honour|pleasure|dream to? ~? join|work|be",
            "$WOULD ~? @love|welcome|relish the|an|this ~? opportunity|chance|role|job|position '.|!|,",
            "$WOULD ~? @love|welcome|relish the ~? next step|round|stage",
            "all in",
            "nothing more than to",
            "what i @be ~? after|seeking|looking",
            "the|this ~? opportunity|role|job|chance i ~{0,4} @wait|hope|look for",
            "@can @not stop thinking about",
            "ready|eager|keen|excited to join|start|commit|accept|contribute|dive|get|hit",
            "$WOULD ~{0,2} accept|welcome ~{0,2} an|the|your offer",
            "@check ~? every|all|each ~? box|boxes",
            "sold on",
            "place|team|role|company where i ~{0,2} could|can|would|'d ~? grow|thrive|learn|contribute|belong",
            "@hope ~{0,4} @get|land|receive ~{0,2} the|this|an ~? job|role|offer|position",
            "right|perfect|ideal|logical|natural|great|exciting|wonderful next? move|step|chapter",
            "the|this ~? job|role|position|team i ~? really? @want",
            "$WOULD ~? relish|cherish|welcome|value the ~? chance|opportunity",
            "@can @not wait to start|join|work|get|be",
            "keep|kept me in mind",
            "think of me",
            "consider me for",
            "picture|see|imagine myself",
            "i ~? like|love to apply again",
            # Wanting, by class: intensifiers between the modal and the verb, the thing wanted
            # named before the verb, the role as the subject of an appeal, hoping to join.
            "$WOULD ~{0,2} @love|like|welcome|relish being ~? part|aboard|among|on",
            "raring to",
            "one|something i ~{0,3} @want|love|relish '.|!|,",
            "joining|working|being|becoming ~{0,6} $WOULD ~? mean",
            "the|this ~? role|job|offer|opportunity|position $WOULD ~? mean",
            "$WOULD|@want|@hope|@love|eager|keen|ready|happy|glad|proud ~{0,3} take|accept|fill|wear ~{0,3} the|this|that|your|an|a ~? role|job|position|offer|post|seat|badge|uniform",
            "@hope|hopeful ~{0,6} join|joining|aboard",
            "role|job|position|opportunity|work|team|company|mission|post|offer ~{0,3} @appeal|excite|thrill|attract|energize|inspire|intrigue",
            "set|intent|bent on joining|working|becoming",
            "determined|intent to join|work|become",
            "$WOULD ~? gladly|happily|readily|eagerly|gratefully accept|take|join|start|sign|say",
            "i @be ~? so|very|definitely|totally|absolutely|fully|still? in '.|!|,",
            "nothing better|more than to|the",
            "fired up",
            "this|it @be ~? the|a|an ~? right|perfect|ideal place|team|role|job|company|home|opportunity for me",
            "$WOULD be ~? a|an ~? easy|enthusiastic|resounding|definite|clear ~? yes",
            "@consider me '.|!|further|seriously",
            "my ~? name ~{0,2} all? over|on it",
            "@plan ~? about|out my ~? first ~? 30|60|90|month|months|week|weeks|day|days|year",
            "already ~{0,2} @think ~? about my ~? first ~? 30|60|90|month|months|week|weeks|day|days|year",
            "ready when you are",
            "@not ~? @imagine|find|ask|want|think ~? of|for? ~? a|an ~? better|more ~? exciting|fitting? place|role|team|job|company|opportunity|next|home|match|fit",
            "@not @want to miss|lose|pass ~? up? on? this|the|an|such ~? opportunity|chance|role|job|position",
            "opportunity|chance|role|job i ~{0,2} @not @want to miss|lose|pass",
            "$WOULD ~? hate to miss|lose|pass",
            "i ~? belong on|at|in|with|here",
            "$WOULD ~{0,3} welcome|love|like|relish ~{0,4} next|final|second|third round|stage|step|interview",
            "keep|kept me in the ~? running|consideration|process|pool|thoughts",
            "$WOULD be ~? a|an ~? proud|happy|eager|committed|enthusiastic ~? member|addition|part",
            "hungry|itching|dying|aching to",
            "privilege|honor|honour ~{0,2} to ~? join|work|be|serve|contribute",
            "exactly|precisely|everything|just ~{0,6} @seek|want|hope|wish|dream|look ~? for? '.|!|,|it|in|from|and",
            "what i ~{0,2} @want|seek|hope ~? for? '.|!|,|in|from",
            "@be ~{0,2} big|huge|great ~? fan of",
            # By class, continued: the chance to do the work ("I'd love the chance to tackle
            # it with your crew"), being on the team, wanting to do the craft there ("I want
            # to teach at ...", "I'd love to cook for you"), the role as the subject of an
            # appeal that grew ("made the role more attractive"), slang and British
            # enthusiasm, future openings in a reply to a rejection.
            "$WOULD ~{0,2} @love|like|welcome|relish|value ~? the|a|an|this ~? chance|opportunity|shot to $CRAFT",
            "$WOULD ~{0,2} @love|like|want|welcome|relish|be ~{0,2} to be on|with|at|joining ~? the|your|this|that|a ~? $ROLE_NOUN",
            "$WOULD ~{0,2} @love|like|want|welcome|relish|be ~{0,2} to be in the|your|this|that ~? $ROLE_NOUN",
            "$WOULD ~{0,3} to? be|come on board|onboard|aboard",
            "@want to $CRAFT here|there",
            "@want to $CRAFT at|for|with|alongside|under ~? the|your|this|that|you|#IS_TITLE",
            "$WOULD ~{0,2} @love|like|relish to $CRAFT ~? for|with|alongside|under you|your|#IS_TITLE",
            "$ROLE_NOUN ~{0,4} more|even|all|increasingly|only appealing|attractive|compelling|exciting|enticing|interesting|tempting",
            "$ROLE_NOUN ~{0,4} so|very|really|incredibly|genuinely|truly appealing|attractive|compelling|exciting|enticing|tempting",
            "$ROLE_NOUN ~{0,3} appealing|attractive|compelling|enticing|tempting ~{0,2} to me",
            "exactly|precisely|just ~{0,6} @seek|want|hope|wish|dream|look to find|see|join|do|build|have|be",
            "another|future|similar|suitable|new|other ~{0,3} $OPENING ~{0,2} @come|open|crop|pop up",
            "another|future|similar|suitable|new|other ~{0,3} $OPENING ~{0,2} @arise|open|become available? '.|!|,",
            "@want in '.|!|,|on|too",
            "pumped|stoked|psyched|chuffed|jazzed|amped about|for|to|by|at|with",
            "buzzing|buzzed about|to",
            "over the moon",
            "i @be ~? completely|totally|fully|so|well|thoroughly? sold '.|!",
            "$ROLE_NOUN|one i ~{0,2} $WOULD ~? really|truly|genuinely|absolutely? @love|like|relish|welcome|enjoy to $CRAFT|be|get",
            "what i ~{0,2} @love|enjoy|like ~? most? about|in the|this|your ~? $ROLE_NOUN",
            "@hope ~{0,3} work|working together",
            "@can @not wait to $JOIN|$CRAFT|get|be|dive|meet",
        ],
        # Interest only in the field, with no interest word at all: "Public health research
        # is a field I have cared about since college", "I hope to keep growing in it".
        "field interest": [
            "$FIELD ~{0,2} i ~{0,3} @love|care|enjoy|adore",
            "fascinating|rewarding|meaningful|exciting|wonderful|great|right|perfect $FIELD",
            "the ~? work|area|what i ~{0,2} @love|care ~? about? most",
            "what i ~{0,2} @care|love about most",
            "@keep|continue ~? growing|contributing|doing|working|learning ~{0,2} in|to|with? it",
            "wherever i ~? @land|end",
            "@love|enjoy|adore ~{0,3} $FIELD",
        ],
        "grew": [
            "even|much|only|all more",
            "all the more",
            "more than ever|before",
            "more $MORE_EAGER ~{0,8} than",
            "now more",
            "@grow|come|leave|walk ~{0,2} more",
            "$GREW_VERB ~{0,2} my ~? interest|enthusiasm|excitement|desire|eagerness",
            "my ~? interest|enthusiasm|excitement ~? @grow|deepen|increase",
            "@leave|come|walk ~{0,3} even|more|genuinely|really $MORE_EAGER",
            # The interview as the cause: "after meeting your team I'm especially excited",
            # "it made me want this one more, not less", "walked out wanting it", "keener
            # than I expected", "confirmed for me that", "but now I'm convinced".
            "after|since meeting|speaking|talking|hearing|seeing|visiting|touring|learning|spending|today",
            "after|since our|the|today's|yesterday's ~? conversation|chat|call|interview|visit|meeting|tour|talk|discussion",
            "more ~{0,3} ',? not less",
            "@make|leave me ~{0,2} want|wanting",
            "@walk|come|leave ~? out|away ~{0,3} wanting|sure|convinced|certain|$MORE_EAGER",
            "@leave ~{0,4} already|picturing|imagining",
            "keener|hungrier",
            "@confirm|reinforce|cement|solidify|affirm ~{0,2} for me|that",
            "but now|now that",
            "now i ~? @be ~? convinced|certain|sure",
            "@be ~? convinced|certain|sure ~{0,2} than ever",
        ],
        "withdraw": [
            "no longer ~{0,2} interested|interest|keen|pursuing|considering",
            "withdraw|withdrawing|withdrew ~{0,2} my|from ~{0,3} application|candidacy|consideration|name|process|search|running",
            "@decide to decline",
            "@decide to pursue|accept|take ~? another|other|a|an ~? different|other? offer|opportunity|role|position|job",
            "accepted ~{0,2} another|an|a|other ~? offer|position|role|job",
            "take|remove|withdraw my name ~{0,3} from|out",
            "pursue|pursuing another|other opportunity|opportunities|offer|role",
            "@must|have|need ~{0,2} to? decline|withdraw",
        ],
        # "interested to know why", "interested in how": curiosity, not wanting the job.
        "curious": [
            "interested|interest|curious to ~? know|hear|learn|understand|see|find ~{0,2} why|how|what|whether|if|about",
            "interested|curious in|about why|how|what|whether",
            "keen|eager to know|understand|find ~{0,2} why|how|what|whether|if|about",
            "keen|eager to hear why|how|what|whether|if",
            "keen eye|sense|ear|nose",
            "interest rate|rates|group|groups",
            "conflict|point|points|area|areas of interest",
            "best|public interest|interests",
            # Wanting feedback, or offering help, is not wanting the job.
            "$WOULD ~? @welcome|value|appreciate|love|like the|a|an|any ~? chance|opportunity to hear|get|receive|discuss ~? your|any|some|more ~? feedback|thoughts|input|pointers|advice",
            "@want to work on ~? the|your|my|this|that|any|these|those ~? feedback|weakness|weaknesses|skill|skills|area|areas|gap|gaps",
            "$WOULD ~? @like|love|want to be in a position",
            "$WOULD ~? be ~{0,2} glad|happy|pleased to help ~? with|in ~? anything|whatever|any",
        ],
        # "other companies interested in me": someone else's interest.
        "theirs": [
            "$EAGER in me|us|my|hiring",
            "your|their interest",
        ],
        "field": [
            "$FIELD",
            "career in",
        ],
        "strict condition": [
            "only if",
            "only|but ~? as long as",
            "provided that",
            "on the condition",
        ],
    },
    LEXICONS,
)

_SEVERITY = {"thank_you": "warning", "follow_up": "warning"}


# --- how it decides ----------------------------------------------------------------------


def _role_level(ctx: Context, hit: Hit, fields: list[Hit]) -> bool:
    """Interest in this job rather than a field: the first of the two named after it wins."""
    if not any(f.sentence == hit.sentence for f in fields):
        return True
    doc = ctx.analysis.doc
    role = PATTERNS.lexicons["ROLE"] - {"it", "this", "work", "working"}
    field = PATTERNS.lexicons["FIELD"]
    end = min(clause_end(ctx, hit.last - 1, hit.sentence), hit.last + 8)
    for token in doc[hit.last : end]:
        if token.lemma_ in role:
            return True
        if token.lemma_ in field:
            return False
    return False


def _names_role(ctx: Context, hit: Hit) -> bool:
    """ "passionate about the work your team does" names the job; "... about healthcare" not."""
    doc = ctx.analysis.doc
    end = min(clause_end(ctx, hit.last - 1, hit.sentence), hit.last + 8)
    role = PATTERNS.lexicons["ROLE"] | {"your", "what", "how"}
    return any(t.lemma_ in role for t in doc[hit.last : end])


def find_interest(ctx: Context) -> dict[str, list[Hit]]:
    """Hits by verdict: interest, grew, hedged, field, negated, conditional."""
    found = PATTERNS.find(ctx.analysis)

    def of(label: str) -> list[Hit]:
        return [h for h in found if h.label == label]

    curious, theirs, fields, strict = (
        of("curious"),
        of("theirs"),
        of("field"),
        of("strict condition"),
    )
    withdraw = [
        h
        for h in of("withdraw")
        if not negated(ctx, h, window=3) and speaker(ctx, h) != "other" and not _mulled(ctx, h)
    ]
    out: dict[str, list[Hit]] = {
        "interest": [],
        "grew": [],
        "hedged": [],
        "field": [],
        "negated": list(withdraw),
        "conditional": [],
    }
    for hit in of("interest"):
        if any(c.first <= hit.first < c.last for c in curious + theirs):
            continue
        if withdraw:
            continue  # "I'm no longer interested" outweighs "I was very interested in..."
        doc = ctx.analysis.doc
        if doc[hit.last - 1].lemma_ == "start" and doc[hit.last : hit.last + 1].text == "by":
            continue  # "I'd like to start by thanking you"
        if speaker(ctx, hit) == "other" or reported(ctx, hit) or _someone_else(ctx, hit):
            continue
        if negated(ctx, hit, window=4) and not negated_inside(ctx, hit):
            out["negated"].append(hit)
            continue
        if not _role_level(ctx, hit, fields) or (
            ctx.analysis.doc[hit.first].lemma_ in ("passionate", "passion")
            and not _names_role(ctx, hit)
        ):
            out["field"].append(hit)  # "I'm passionate about healthcare"
            continue
        if any(s.sentence == hit.sentence and s.first > hit.first for s in strict):
            out["conditional"].append(hit)
        elif hedged(ctx, hit) or conditional(ctx, hit) or _depends(ctx, hit):
            out["hedged"].append(hit)
        out["interest"].append(hit)
    out["field"] += [
        h
        for h in of("field interest")
        if not negated(ctx, h, window=3) and speaker(ctx, h) != "other"
    ]
    sentences = {h.sentence.index for h in out["interest"]}
    out["grew"] = [g for g in of("grew") if g.sentence.index in sentences]
    return out


# People other than the writer who can be keen, hopeful or excited themselves.
_PEOPLE = frozenset(
    {"everyone", "everybody", "someone", "somebody", "nobody", "people", "sister", "brother"}
    | {"friend", "friends", "colleague", "colleagues", "coworker", "coworkers", "manager"}
    | {"mother", "father", "mom", "dad", "wife", "husband", "partner", "son", "daughter"}
    | {"cousin", "boss", "mentor", "recruiter", "interviewer", "interviewers", "panel"}
    | {"candidates", "candidate", "he", "she", "they"}
)
_COPULA = frozenset({"is", "was", "were", "are", "seemed", "seems", "sounded", "sounds", "'s"})


def _someone_else(ctx: Context, hit: Hit) -> bool:
    """ "My sister is excited", "everyone seemed keen", "the manager hopes to join us":
    a person named just before the hit (or before a linking verb) is the one who wants."""
    lower = [t.lower_ for t in ctx.analysis.doc[max(hit.sentence.first, hit.first - 3) : hit.first]]
    while lower and lower[-1] in ("very", "really", "so", "quite", "also", "all"):
        lower.pop()
    if lower and lower[-1] in _COPULA:
        lower.pop()
    return bool(lower) and lower[-1] in _PEOPLE


# "I was thinking about pursuing other opportunities, but...": considered, not done.
_MULLING = frozenset(
    {"considering", "considered", "thinking", "thought", "instead", "rather", "than", "almost"}
    | {"nearly", "before", "weighing", "tempted"}
)


def _mulled(ctx: Context, hit: Hit) -> bool:
    doc = ctx.analysis.doc
    start = max(clause_start(ctx, hit.first, hit.sentence), hit.first - 5)
    return any(doc[k].lower_ in _MULLING for k in range(start, hit.first))


def _depends(ctx: Context, hit: Hit) -> bool:
    doc = ctx.analysis.doc
    return any(
        doc[k].lower_ in ("depending", "depends", "probably")
        for k in range(hit.sentence.first, hit.sentence.last)
    )


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    found = find_interest(ctx)
    interest = found["interest"]
    flags: list[Flag] = []
    for hit in found["negated"]:
        flags.append(
            Flag(
                "interest.negated",
                "This says you are not interested; if you mean to withdraw, say so plainly, "
                "otherwise remove it.",
                hit.start,
                hit.end,
                "warning",
            )
        )
    for hit in found["conditional"][:1]:
        flags.append(
            Flag(
                "interest.conditional",
                "Interest with a condition attached reads as a negotiation; state your "
                "interest plainly and keep conditions for the offer stage.",
                hit.sentence.start,
                hit.sentence.end,
                "warning",
            )
        )
    for hit in found["hedged"][:1]:
        flags.append(
            Flag(
                "interest.hedged",
                "This interest is hedged; say plainly that you want the role.",
                hit.sentence.start,
                hit.sentence.end,
                "info",
            )
        )
    if not interest and found["field"]:
        hit = found["field"][0]
        flags.append(
            Flag(
                "interest.weak",
                "Interest in the field is weaker than interest in this role and team; say "
                "why this job appeals to you.",
                hit.sentence.start,
                hit.sentence.end,
                "info",
            )
        )
    severity = _SEVERITY.get(ctx.kind)
    if not interest and severity is not None and not found["negated"]:
        flags.append(
            Flag(
                "interest.missing",
                "The note never says you want the job; add a sentence about what excites you "
                "about the role after the interview.",
                severity=severity,  # type: ignore[arg-type]
            )
        )
    grew = found["grew"]
    summary = (
        "interest grew from the interview (the strongest form)"
        if interest and grew
        else "states interest in the role"
        if interest
        else ""
    )
    return Outcome(
        tuple(flags),
        detected=bool(interest),
        # "keener" is both: keep the grew label on a span the two share.
        evidence=evidence(ctx, sorted(grew + interest, key=lambda h: h.start)) if interest else (),
        summary=summary,
    )


CHECK = Check(
    id="interest",
    title="Interest",
    summary="Looks for the writer's own interest or enthusiasm in this role, best when it grew "
    "from the interview; flags negated, conditional, hedged and field-only interest.",
    why="Interviewers want to hire people who want the job; a note that restates interest, "
    "especially interest the conversation strengthened, answers a question they still have.",
    how_to_fix="Say what about the role or team excites you now that you have met them: "
    "'Hearing about the migration project made me even more excited about the role.'",
    run=run,
    default_severity="warning",
    element=True,
    codes={
        "interest.missing": "no statement of interest (thank-you notes and follow-ups)",
        "interest.negated": "the note says the writer is not, or no longer, interested",
        "interest.conditional": "interest that depends on a condition ('only if the base "
        "is above ...'): still interest, but it reads as a negotiation",
        "interest.hedged": "interest stated with a hedge ('probably', 'might')",
        "interest.weak": "interest only in the field, not this role",
    },
    passing=(
        Example(
            "Dear Jo,\n\nThank you for today. Our talk made me even more excited about "
            "the role.\n\nBest,\nKim",
            title="interest that grew from the interview",
        ),
        Example(
            "Dear Jo,\n\nThank you for letting me know. Could you share any feedback?\n\nKim",
            kind="rejection_reply",
            title="a reply to a rejection need not restate interest",
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you for today. I am no longer interested in the position.\n\nKim",
            codes=("interest.negated",),
        ),
        Example(
            "Dear Jo,\n\nThank you for your time today.\n\nBest,\nKim", codes=("interest.missing",)
        ),
        Example(
            "Dear Jo,\n\nThank you for your time. Data science is a field I am passionate "
            "about.\n\nBest,\nKim",
            codes=("interest.weak", "interest.missing"),
            title="interest in the field only",
        ),
    ),
)
