"""fit: the writer reaffirms why they fit, tying their skills or experience to the role.

Two kinds of evidence count. A statement of the writer's own experience or skills ("My five
years running ICU night shifts...", "I have managed payroll for 600 employees", "my
background in logistics") is strong fit. A claim without anything behind it ("I'm a great
fit", "I know I could do the job", "my background would help") is bare fit: detected, with
a hint. Doubting one's own fit ("I'm not sure this is the right fit") is the opposite.
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import Hit, Rules, conditional, evidence, negated, speaker, words

# --- what it looks for -------------------------------------------------------------------

LEXICONS = {
    "NUM": {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "several",
        "+",
        "}",
        "numerous",
    },
    "SPAN": {"year", "yr", "yrs", "summer", "season", "decade"},
    # Things the writer did, in any tense after "I".
    "WORK": {
        "manage",
        "lead",
        "led",
        "build",
        "run",
        "ran",
        "supervise",
        "coordinate",
        "design",
        "develop",
        "launch",
        "organize",
        "organise",
        "create",
        "teach",
        "taught",
        "serve",
        "handle",
        "own",
        "train",
        "hold",
        "finish",
        "complete",
        "spend",
        "carry",
        "code",
        "deliver",
        "implement",
        "ship",
        "negotiate",
        "schedule",
        "keep",
        "kept",
        "support",
        "help",
        "validate",
        "work",
        "volunteer",
        "audit",
        "roll",
        "deploy",
        "introduce",
        "establish",
        "streamline",
        "overhaul",
        "rebuild",
        "expand",
        "scale",
        "pilot",
        "standardize",
        "standardise",
        "onboard",
        "hire",
        "edit",
        "produce",
        "draft",
        "review",
        "test",
        "assemble",
        "weld",
        "drive",
        "grow",
        "increase",
        "improve",
        "save",
        "win",
        "dispatch",
        "care",
        "nurse",
        "install",
        "repair",
        "service",
        "mentor",
        "oversee",
        "direct",
        "plan",
        "cut",
        "raise",
        "reduce",
        "process",
        "maintain",
        "administer",
        "operate",
        "conduct",
        "analyze",
        "analyse",
        "publish",
        "present",
        "treat",
        "cook",
        "redesign",
        "migrate",
        "automate",
        "precept",
        "tutor",
        "coach",
        "recruit",
        "sell",
        "close",
        "earn",
        "graduate",
        "specialize",
        "specialise",
        "focus",
        "study",
        "certify",
        "mock",
        "master",
        "solve",
        "tackle",
        "fix",
        "resolve",
        "troubleshoot",
        "untangle",
        "navigate",
        "modernize",
        "modernise",
        "consolidate",
        "revamp",
        "restructure",
        "reorganize",
        "reorganise",
        "refactor",
        "transform",
        "rescue",
        "simplify",
    },
    "SKILLS": {
        "experience",
        "background",
        "expertise",
        "training",
        "skill",
        "certification",
        "credential",
        "license",
        "licence",
        "degree",
        "residency",
        "internship",
        "rotation",
        "apprenticeship",
        "coursework",
        "portfolio",
        "career",
        "time",
        "year",
        "knowledge",
        "decade",
        "strength",
        "tenure",
        "stint",
        "history",
        "specialty",
        "qualification",
        "proficiency",
        "fluency",
        "familiarity",
        "grounding",
        "exposure",
    },
    # What ties experience to something specific rather than "my background" alone.
    "OF": {"in", "with", "as", "at", "on", "from", "of", "running", "managing", "doing", "leading"},
    "GOOD": {
        "great",
        "good",
        "strong",
        "perfect",
        "ideal",
        "natural",
        "right",
        "excellent",
        "solid",
        "best",
        "better",
        "valuable",
    },
    "MATCH": {"fit", "match", "candidate", "addition", "asset", "choice", "person", "hire"},
    "WELL": {"well", "ideally", "uniquely", "perfectly", "especially", "particularly"},
    "READY": {
        "suit",
        "suited",
        "position",
        "positioned",
        "prepare",
        "prepared",
        "place",
        "placed",
        "equip",
        "equipped",
        "qualify",
        "qualified",
    },
    "MODAL": {"can", "could", "will", "would", "'ll", "’ll", "'d", "’d"},
    "CREDENTIAL": {
        "licensed",
        "certified",
        "registered",
        "qualified",
        "trained",
        "experienced",
        "seasoned",
        "former",
        "bilingual",
        "practicing",
        "practising",
        "veteran",
        "graduate",
        # the same words as lemmas ("licensed" -> "license")
        "license",
        "certify",
        "register",
        "qualify",
        "train",
        "experience",
        "season",
        "practice",
        "practise",
    },
    "ABLE": {
        "fluent",
        "proficient",
        "certified",
        "skilled",
        "experienced",
        "trained",
        "versed",
        "licensed",
        "bilingual",
        "expert",
        "certify",
        "skill",
        "experience",
        "train",
        "verse",
        "license",
    },
    # "I could lead the new-hire training": doing the job's work (see _TRIVIAL for what is not).
    "ACT": {
        "handle",
        "manage",
        "lead",
        "run",
        "support",
        "cover",
        "own",
        "improve",
        "build",
        "streamline",
        "fix",
        "tackle",
        "deliver",
        "scale",
        "coordinate",
        "train",
        "mentor",
        "teach",
        "organize",
        "organise",
        "design",
        "develop",
        "implement",
        "launch",
        "deploy",
        "hit",
        "help",
        "diagnose",
        "troubleshoot",
        "repair",
        "install",
        "translate",
        "weld",
        "audit",
        "reconcile",
        "negotiate",
        "debug",
        "triage",
    },
    "ADV": {
        "really",
        "definitely",
        "also",
        "quickly",
        "certainly",
        "immediately",
        "easily",
        "confidently",
        "truly",
        "readily",
        "absolutely",
        "hit",
        "genuinely",
        "surely",
    },
    "CLOSE": {
        "close",
        "similar",
        "relevant",
        "related",
        "applicable",
        "comparable",
        "familiar",
        "transferable",
        "useful",
        "valuable",
        "aligned",
    },
    "LINK": {
        "match",
        "align",
        "fit",
        "translate",
        "transfer",
        "carry",
        "apply",
        "map",
        "prepare",
        "equip",
        "help",
        "allow",
        "let",
        "make",
        "suit",
        "line",
        "reflect",
        "serve",
    },
}
PATTERNS = Rules(
    {
        "experience": [
            "$NUM _? $SPAN",
            "#IS_DIGIT _? $SPAN",
            "{ ~ } $SPAN",
            "$SPAN of ~{0,3} experience",
            "@come from a|an ~{0,3} background",
            "no stranger to",
            "cut my teeth",
            "in my wheelhouse|element",
            "second nature to me",
            "inside out",
            "inside and out",
            "i @speak ~? fluent|native|conversational",
            "i know my way around",
            "my ~? last|previous|former|current ~? team|company|employer|firm|clinic ~{0,2} $WORK",
            "@be|'s my ~? job|work|role|focus|specialty|specialism|beat",
            "my job|work|role|focus|specialty|specialism @be",
            "bread and butter",
            "i know ~{0,4} well",
            "i also|truly|really|certainly|definitely|already? bring|offer ~{0,2} a|an|#LIKE_NUM|$NUM|my|years|strong|deep|solid|extensive",
            "i @pass|earn|obtain|receive|complete ~? the|my|a|an ~? bar|exam|license|licence|certification|degree|boards",
            "quick learner|study",
            "i @be ~? a|an ~{0,7} for years",
            "i @be ~? a|an ~{0,4} for ~? over|more|nearly? than? #LIKE_NUM|$NUM|many|several|a ~? years|year|decade",
            "something|what i @have ~? done",
            "something|what i @have been doing",
            "my ~{0,4} @teach|train|show|prepare me",
            "i @be ~? responsible for",
            "i @be ~? in charge of",
            "i ~? @head up",
            "skills|experience|knowledge|expertise i ~{0,2} @gain|pick|build|develop|acquire|learn|earn|bring",
            "knack|talent|gift|eye for",
            "my ~? career|background|training ~{0,3} @be|have|spend|focus|center ~{0,2} in|on|around|spent|focused",
            "@have been ~{0,4} for ~? over|more|nearly|almost? than? a|#LIKE_NUM|$NUM decade|decades|years",
            "my ~? previous|last|current|former ~? role|job|position involved|included|required|meant|had",
            "my team and i ~{0,2} $WORK",
            "we ~{0,2} $WORK",
            "my ~{0,2} $SKILLS $OF",
            "my ~{0,2} work on|at|for|with",
            "i @do ~? something|work|exactly|this|that ~? similar|before",
            "i @do ~? something|exactly ~? like this|that|it",
            "my ~? $SKILLS ~{0,3} @run|manage|lead|teach|ship|build|work|coordinate|support",
            "my ~? background|experience|qualifications|skills|credentials ':",
            "my ~{1,7} is|are|was|were ~? very|quite|directly|closely|highly|pretty|so ~? $CLOSE",
            "i ~{0,2} $WORK",
            "i have|'ve ~? got",
            "work i did|do",
            "what|thing|things i do ~? every|each|for day|daily|a",
            "kind|sort|type of thing|work|problem|project i ~? do|solve|handle|tackle|love|enjoy ~? every|daily|all",
            "in|during|at my ~? current|previous|last|recent|former ~? role|job|position|residency|internship|rotation|placement",
            "my ~? residency|rotation|apprenticeship|certification|credential|license|licence|degree|portfolio|renewal|training|record included|taught|gave|prepared|involved|covered|at|in|with|on|shows|show|proves|demonstrates|has|includes|contains",
            "my track record",
            "with my ~{1,6} certification|license|licence|credential|degree|experience",
            "with my experience|background|training|expertise in|with|as|at|running|managing|leading",
            "as a|an ~{0,3} with ~{0,2} $NUM",
            "having ~? $WORK",
            "i @be ~? a|an ~? $CREDENTIAL",
            "as a|an $CREDENTIAL",
            "i @be ~? $ABLE in|with|at|on",
            "i @have ~? done|worked ~{0,2} this|that|similar|the ~? same? kind|type|sort ~? of? ~? work|thing|job|role",
            "i @have ~{0,2} the ~? background|experience|skills|qualifications|credentials|training",
            # By class: first person + done/solved + "this/similar/before"; "I have (extensive)
            # experience with"; a past job that was "exactly/similar" to this one.
            "i @have ~? done ~{0,4} similar|same|exact|exactly|comparable|before|this|that|it",
            "i @do ~{0,3} similar|same|exact|exactly|comparable ~? work|job|role|thing|things|problem|problems",
            "i @have ~{0,3} experience|expertise|background|training|knowledge|skills ~{0,2} in|with|on|as|running|managing|leading|doing|across",
            "@have been ~{0,4} for many? years|decades",
            "i ~{0,2} $WORK ~{0,5} for years|decades",
            "what i ~? did|do|handled|managed|ran|led|built at|for|in|with|every|daily|as",
            "as someone|one|a|an ~{0,3} who ~{0,2} $WORK|@have",
            "with a|an|strong|solid|deep|extensive|years|over ~{0,3} background|experience|expertise|grounding|foundation in|with|as|at|of",
            "strong suit",
            # By class, continued: the problem they described is one the writer already met
            # ("the same one I untangled at ..."), counted work ("I've done three brand
            # projects"), a list introduced by "my background ...:", filled-in templates
            # ("With [X years] of experience"), what a past job taught the writer.
            "same|similar|exact|identical|kind|type|sort ~{0,4} one|ones|problem|problems|challenge|challenges|issue|issues|situation|situations|mess|thing|things|work|project|projects i @have|'ve|had? already|just|recently|also|personally? $WORK|@face|@see|@deal|@live|@hit",
            "i @have ~? done|completed|shipped|delivered|finished|handled|closed|launched|built|run|led|managed ~{0,3} $NUM|#LIKE_NUM|dozens|hundreds|several|multiple",
            "my ~? background|experience|skills|qualifications|work|career ~{0,6} ':",
            "with '[ ~{0,4} '] of? experience|expertise|background",
            "'] $SPAN",
            "@teach|train me how to",
            "my ~? last|previous|former|current|old|recent ~? role|job|position|post|work|employer|company is|was|has|had|involved ~{0,2} similar|exactly|precisely|identical|comparable|same|nearly",
            # Families from variety_dev2: years "since" a date, doing exactly this work now,
            # a track record, a credential with a prefix ("an ASE-certified mechanic"), the
            # languages the writer speaks.
            "i @be|@have ~{0,5} since #LIKE_NUM|$NUM",
            "been doing|working|handling|running ~? on? ~{0,2} exactly|precisely|essentially|basically ~? this|that|the ~? same|similar|kind|sort|type",
            "a|an ~? proven|strong|solid|long|consistent ~? track record|history of",
            "as a|an ~{0,2} '- $CREDENTIAL",
            "i speak ~? fluent|native|conversational|some? #IS_TITLE",
            "i speak ~? $NUM|#LIKE_NUM languages",
            "i @speak ~{0,4} fluently",
            "my ~{0,2} residency|rotation|internship|placement|externship|practicum|apprenticeship @be ~? on|in|at|with|a",
            "i was a|an ~{0,3} at|for #IS_TITLE",
            "before this|that|then ',? i was a|an",
            "before this|that|then ',? i worked|ran|managed|led|taught|supervised",
            "i @be ~? the|a|an ~{0,2} person|one|guy|woman|man|someone who|that ~{0,2} $WORK",
            "i ~{0,6} same|similar|identical|comparable ~{0,3} migration|rollout|transition|implementation|conversion|project|problem|problems|challenge|challenges|situation|issue|issues|kind ~{0,3} you ~? @describe|mention|outline|face|raise",
            "my ~? daily|everyday|day-to-day ~? life|work|routine|reality",
            "$NUM|#LIKE_NUM ~{0,8} @teach|train|prepare me",
            # From variety_dev3 (realistic notes): results against a target, a credential
            # worn as an adjective ("I'm PMP-certified"), a similar piece of work done.
            "i @hit|exceed|surpass|beat|smash|achieve|reach ~{0,2} #LIKE_NUM|$NUM",
            "i @hit|exceed|surpass|beat|smash|achieve|reach ~? my|our|every|all|each ~{0,2} target|targets|quota|quotas|goal|goals|number|numbers|kpis",
            "i @be ~{0,3} certified|licensed|accredited|board-certified|bonded",
            "@manage|lead|run|ship|deliver|complete|handle|build|oversee|implement|coordinate ~? a|an|the|two|three|several ~? similar|comparable|identical|same",
            # From variety_dev4/5: years of a trade without "I", where the writer is at home,
            # contributions, what the writer does now, something set up.
            "been $WORK ~{0,3} since|for ~? i|#LIKE_NUM|$NUM|years|a",
            "where i @be ~? the? most|really|very ~? comfortable|strongest",
            "where i @be ~? at home",
            "i @have ~? contributed|published|authored ~{0,3} to|a|an|#LIKE_NUM|$NUM|several|two|three",
            "i do|did ~? now|currently|daily|already|today|every ~? day? at|for|with",
            "i ~? set up|out",
            "i ~? moved|migrated|converted|ported|transitioned ~? #LIKE_NUM|$NUM|our|the|all|every|over",
            # variety_dev10: credentials renewed, a similar piece of work done, a figure
            # moved from one value to another.
            "i ~? @renew|earn|obtain|complete|finish|pass ~? my|the|a|an ~{0,3} license|licence|certification|certificate|credential|#IS_UPPER|#LIKE_NUM",
            # variety_dev11: a story the interview brought back, a result "by a fifth",
            # credentials that are current, know-how.
            "@remind me of ~{0,2} $WORK|my|when|the|our",
            "i know how to",
            "@cut|reduce|increase|grow|raise|lift|boost|improve _{0,8} by ~? about|around|nearly|over|roughly|almost|more? than? #LIKE_NUM|half|a|an",
            "my _{0,4} license|licence|certification|certifications|cdl|record|registration|credentials|clearance|certs ~{0,4} @be ~? current|valid|active|clean",
            "i @do|lead|run|handle|manage|complete ~{0,2} a|an ~? very|really? similar|comparable|identical",
            "i @do exactly|precisely this|that",
            "#LIKE_NUM|$NUM|many years|decades $WORK",
            "@bring|take|raise|lift|grow|increase|improve|cut|reduce|boost|drive _{0,6} from _? #LIKE_NUM ~? % ~? to",
            # variety_dev6: results moved down or up, taking over, work that lines up, a
            # long exam name, the same approach used before.
            "@get|bring|drive|push|cut|take _{0,5} down|up from ~? around|about|over|nearly|roughly? #LIKE_NUM|$NUM",
            "i @take over ~? the|a|an|our|their|my",
            "my _{0,10} @line up ~? well|closely|nicely|directly? with",
            "my _{0,10} @align|map ~? well|closely|nicely|directly ~? with|to|onto",
            "i ~? @pass|earn|obtain|complete ~? the|my|a|an ~{0,5} exam|examination|certification|boards|license|licence",
            "same|similar|identical ~{0,3} approach|method|process|setup|system|tool|technique|model|playbook i ~? @use|apply|build|run|take|follow|develop",
        ],
        "claim": [
            "$GOOD ~{0,2} $MATCH",
            "$WELL ~? $READY",
            "qualified|suited|prepared|equipped for",
            "@prepare|equip me",
            "$MODAL ~? fit|slot ~? well|right|in",
            "$MODAL ~? sit|slot|fit ~? naturally|well|neatly|nicely|comfortably ~? alongside|with|into|within",
            "i ~{0,2} $MODAL be ~? really|so|truly? amazing|great|excellent|fantastic|perfect|awesome|brilliant|good at|for|in",
            "i @be a|an ~? hard|dedicated|reliable|diligent|fast|quick ~? worker|learner",
            "i learn ~? fast|quickly",
            "i @be ~? clearly|easily|obviously|by? far? the most|best qualified|experienced|suited",
            "i ~{0,3} $MODAL $ADV? contribute|excel|succeed|thrive|fit|flourish|shine|blossom|prosper",
            "i ~{0,3} $MODAL $ADV? add ~? real? value",
            "i ~{0,3} $MODAL $ADV? make a|an ~{0,2} contribution|difference|impact",
            "i ~{0,3} $MODAL $ADV? jump|step|dive ~? right? in|into|up",
            "i ~{0,3} $MODAL $ADV? hit the ground",
            "i ~{0,3} $MODAL $ADV? take on ~{0,3} the|this|your|a|that",
            "i ~{0,3} $MODAL $ADV? $ACT",
            "i @be ~? comfortable|familiar with|using|working|running|managing|handling|in",
            "i @be ~? at home with|in",
            "i @be ~? very|well|quite? used|accustomed to",
            "i ~? really|tend|always? to? thrive|excel|shine in|under|with|when|on|at",
            "i @be ~? very|really|pretty|quite|particularly|especially? good|strong|great|adept|skilled at",
            "i @be ~? very|really|particularly|especially? adept|skilled|strong in",
            "i @be ~? very|really|pretty|quite|particularly|especially? good|great with people|customers|numbers|kids|children|patients|data|clients|details|students",
            "i @be ~? a|an ~? very|really? strong|skilled|seasoned|proven|accomplished|capable|excellent|natural|effective|confident|quick|fast|careful|meticulous ~{0,2} communicator|writer|leader|manager|learner|organizer|organiser|teacher|coder|engineer|analyst|negotiator|listener|planner|salesperson|seller|cook|driver|mechanic|nurse|designer|developer|programmer|presenter|collaborator|teammate|troubleshooter",
            "i @be ~? a|an ~? very|really? strong|skilled|seasoned|proven|accomplished|capable|excellent|natural|effective ~{0,2} problem '- solver",
            "i ~{0,3} $MODAL $ADV? do ~? the|this|that ~? job|work|role|well",
            "i ~{0,3} $MODAL $ADV? help ~{0,2} your|the ~? team|unit|clinic|department|company|you|crew",
            "i $MODAL be ~? great|good|successful|effective|valuable|an",
            "i ~{0,3} $MODAL $ADV? do ~? really|very|extremely|exceptionally? well",
            "with my experience|background|skills|skillset|qualifications|expertise ',|and",
            "i $MODAL be ~? perfect|ideal|excellent|brilliant|fantastic|terrific|outstanding|perfectly|ideally",
            "i $MODAL be ~? right|great|good|perfect|ideal|suited for the|this|your|that",
            "more experience|qualified|qualifications than",
            "@bring ~{0,6} to the|your|this table|team|role|position|job|unit|clinic|department|company|group",
            "@hit the ground running",
            "where i ~? really|truly? @shine|excel|thrive",
            "my ~{0,3} experience|background|qualifications|skills|expertise ~{0,4} $LINK",
            "my ~{0,3} profile|skillset|resume|résumé|cv|strengths|abilities|credentials ~{0,3} $LINK",
            "i @meet ~{0,3} requirements|criteria|qualifications",
            "i @be ~? exactly|just|precisely ~? what you ~? @need|want|look|seek",
            "i @have ~? everything|exactly|all ~{0,2} you ~? @need|want|look|seek",
            "my ~{0,3} $SKILLS ~{0,3} $MODAL ~? let|allow|help|enable|equip|prepare me",
            "i $MODAL $ADV? be ~{0,2} useful|helpful|productive|effective|valuable|successful",
            "i $MODAL $ADV? be a|an ~? real|immediate|great|valuable|strong|big? asset|contributor|help",
            "i @have|'ve ~? got? what it takes",
            "my ~{0,3} experience|background|qualifications|skills|expertise is|are|would ~? be ~? a|an|well|relevant|useful|valuable",
        ],
        "doubt": [
            "not|n't ~{0,2} sure|certain ~{0,6} fit|match|matched|qualified|right|ready|enough|suited",
            "i ~{0,2} @not ~{0,3} qualified|ready|suited|the|a ~? right|good|great|strong|fit",
            "@lack ~{0,3} experience|skills|qualifications|background",
            "do|did @not have ~{0,3} enough|much|the|any experience",
            "plenty|lots|many|number of ~{0,2} better|stronger|more qualified candidates|applicants",
            "underqualified",
            "under '- qualified",
            "did @not interview well",
            "less|longer sure|certain|convinced ~{0,6} fit|match|matched|qualified|right|ready|suited",
            "unsure|uncertain|doubtful ~{0,6} fit|match|matched|qualified|right|ready|suited",
        ],
    },
    LEXICONS,
)

# Words between "I" and a work verb that make it something other than a fact about me.
_NOT_A_FACT = frozenset(
    {
        "would",
        "'d",
        "will",
        "'ll",
        "could",
        "can",
        "should",
        "might",
        "may",
        "to",
        "not",
        "n't",
        "want",
        "hope",
        "need",
        "plan",
        "wish",
        "if",
    }
)
# What the writer did for this interview, not in their career.
_INTERVIEW_WORK = frozenset(
    {"exercise", "assessment", "test", "take-home", "case", "presentation", "interview"}
    | {"application", "website", "description", "posting", "materials", "homework", "prep"}
    | {"preparation", "trip", "drive", "traffic", "questions", "answers", "form", "paperwork"}
    | {"questionnaire", "assignment", "rapport", "hours", "minutes", "miles", "weekend"}
    # Errands around the visit: "I drove past your building", "I reviewed my notes", "I
    # tested the demo app", "I planned my route", "I took a closer look".
    | {"notes", "blog", "article", "demo", "app", "route", "commute", "train", "bus"}
    | {"past", "closer", "look", "parking", "directions", "lobby", "building"}
)
_IDLE = frozenset(
    {"weekend", "evening", "morning", "afternoon", "night", "day", "hour", "hours", "time"}
    | {"too"}  # "I suspect I spent too long on the cohort cut"
)
# "can I work from home": a question about the job, not experience.
_ASKING = frozenset({"can", "could", "would", "will", "do", "should", "may", "might", "shall"})
_SEVERITY = {"thank_you": "warning", "follow_up": "info"}


# --- how it decides ----------------------------------------------------------------------


def find_fit(ctx: Context) -> dict[str, list[Hit]]:
    """Hits by verdict: ``experience`` (strong), ``claim`` (bare) and ``doubt``."""
    found = PATTERNS.find(ctx.analysis)
    w = words(ctx)
    lower, lemma = w.lower, w.lemma
    out: dict[str, list[Hit]] = {"experience": [], "claim": [], "doubt": []}
    doubts = [h for h in found if h.label == "doubt"]
    doubts += [h for h in found if h.label == "claim" and negated(ctx, h, window=4)]
    out["doubt"] = sorted(doubts, key=lambda h: h.start)
    for hit in found:
        if hit.label == "doubt" or any(d.sentence == hit.sentence for d in doubts):
            continue  # "I don't think my background matches, since I've mostly worked in..."
        if _about_the_interview(ctx, hit):
            continue  # "my experience at your office today": the visit, not a skill
        inside = set(lower[hit.first : hit.last])
        before = lower[max(hit.sentence.first, hit.first - 4) : hit.first]
        if lower[hit.first] in ("i", "we"):
            if inside & _NOT_A_FACT and hit.label == "experience":
                continue  # "I would like to lead", "I didn't manage"
            if before and before[-1] in _ASKING:
                continue  # "can I work from home?"
            if before and before[-1] in _PENDING:
                continue  # "I'd be qualified once I finish the course": not done yet
            following = set(lower[hit.last : min(hit.last + 4, hit.sentence.last)])
            if lemma[hit.last - 1] == "spend" and following & _IDLE:
                continue  # "I spent the weekend reading about you"
            if (
                hit.label == "experience"
                and following & _INTERVIEW_WORK
                and not inside & {"similar", "same", "comparable", "identical"}
            ):
                continue  # "I completed the take-home exercise", "I reviewed your website"
            if (
                hit.label == "experience"
                and lower[hit.last - 2] in _THEY
                and lemma[hit.last - 1] in PATTERNS.lexicons["WORK"]
            ):
                continue  # "I appreciate you keeping me in the loop": the reader's work
            if hit.label == "experience" and _not_work(ctx, hit):
                continue  # "we ran out of time", "I kept thinking", "I enjoy primary care"
            if (
                hit.last - hit.first >= 3
                and lower[hit.last - 2] in _DETERMINERS
                and (
                    lower[hit.last - 1].endswith("ing")
                    or (
                        lemma[hit.last - 1] in PATTERNS.lexicons["WORK"]
                        and not lower[hit.last - 1].endswith("ed")
                    )
                )
            ):
                continue  # "I know the hiring process", "I remembered a study": a noun
            if lemma[hit.last - 1] in _SELF_BETTER and following & _SELF_BETTER_AFTER:
                continue  # "so I can improve for next time": the writer's own progress
            if hit.label == "experience" and {"interview", "interviews"} & set(before):
                continue  # "one of the better interview problems I've worked through"
            if before[-1:] and before[-1] in _RELATIVE_OBJECT:
                continue  # "anything I can work on would help": a clause about something else
            if any(b in ("glad", "happy", "pleased", "than") for b in before[-2:]) or inside & {
                "glad",
                "happy",
                "pleased",
            }:
                continue  # "glad I could help you tick the box", "more than I can manage"
        if hit.sentence.is_question and set(before) & _ASKING:
            continue  # "would my background in compliance be useful?": asking, not claiming
        if hit.label == "experience" and "than" in inside and inside & _EVERYONE:
            continue  # "more experience than anyone on your team": a boast (a bare claim)
        if lemma[hit.first] in ("teach", "train") and before[-1:] in (["for"], ["you"]):
            continue  # "thank you for teaching me how to": the reader's lesson today
        if negated(ctx, hit, window=4):
            continue
        if hit.label == "claim" and (
            speaker(ctx, hit) == "other"
            or conditional(ctx, hit)
            or any(b in ("whether", "if") for b in before)
            or not _first_person(ctx, hit)
            or _trivial(ctx, hit)
        ):
            continue  # "we talked about whether I'd fit in", "your firm is well positioned"
        if hit.label == "experience" and lower[hit.first] == "my" and set(before) & _SENDING:
            continue  # "I've attached my full portfolio": documents, not a claim
        if hit.label == "experience" and _got_theirs(ctx, hit):
            continue  # "I've got Erik's cell"
        if hit.label == "experience" and (
            lower[hit.first] in _ORDINALS
            or (lower[hit.first] in ("my", "our") and lower[hit.first + 1] in _ORDINALS)
        ):
            continue  # "since my first year of college": a time, not experience
        if hit.label == "experience" and before and before[-1] in _AHEAD:
            continue  # "it will take another two years", "within the next five years"
        if hit.label == "experience" and _someone_elses(ctx, hit):
            continue  # "she has eight years of billing", "the last analyst spent six years"
        aspiring_before = lemma[max(hit.sentence.first, hit.first - 3) : hit.first]
        if hit.label == "experience" and set(aspiring_before) & _ASPIRING:
            continue  # "I'd like to build my career in healthcare"
        out[hit.label].append(hit)
    return out


# A work verb in another sense: "we ran out of time", "I ran into traffic", "I kept
# thinking about it"; or the object of a feeling: "I enjoy primary care", "I love teaching".
_ASIDE = frozenset({"out", "into", "late", "over", "across", "behind"})
_FEELING = frozenset(
    {"enjoy", "love", "like", "prefer", "miss", "value", "appreciate", "admire", "respect"}
    | {"want", "hope", "imagine", "picture"}
)


def _not_work(ctx: Context, hit: Hit) -> bool:
    w = words(ctx)
    lower, lemma = w.lower, w.lemma
    verb = lemma[hit.last - 1]
    after = lower[hit.last] if hit.last < hit.sentence.last else ""
    if verb == "run" and after in _ASIDE:
        return True
    if verb == "keep" and after.endswith("ing"):
        return True
    if verb == "manage" and after == "to":
        return True  # "I managed to catch the early train"
    if lower[hit.last - 1].endswith("ing") and after == "to":
        return True  # "an area I'm working to improve", "I'm planning to stop by": an aim
    if verb == "care" and after in ("a", "about", "deeply", "so", "very"):
        return True  # "I care a lot about patient dignity": a value, not a job done
    following = lower[hit.last + 1] if hit.last + 1 < hit.sentence.last else ""
    if after in ("my", "our") and following in _RELATIVES:
        return True  # "I supported my sister through nursing school"
    if lower[hit.last - 1].endswith("ing"):
        return False  # "the kind of problem I love working on"
    return any(t in _FEELING for t in lemma[hit.first + 1 : hit.last - 1])


# "so I can improve for the next time", "I hope to grow on my weak spots": the writer's own
# progress, not work done for someone.
_SELF_BETTER = frozenset({"improve", "grow", "learn", "develop"})
_SELF_BETTER_AFTER = frozenset({"for", "myself", "on", "next", "from", "as", "in", "."})
_RELATIVE_OBJECT = frozenset({"anything", "something", "everything", "whatever", "what"})
_ORDINALS = frozenset({"first", "second", "third", "fourth"})
_THEY = frozenset({"you", "they", "he", "she", "u"})
_SENDING = frozenset(
    {"attached", "attach", "attaching", "enclosed", "enclose", "sent", "send", "sending"}
    | {"forwarded", "forward", "included", "include", "uploaded", "upload", "sharing", "share"}
)


def _got_theirs(ctx: Context, hit: Hit) -> bool:
    """ "I've got Erik's cell", "I've got your number": something of someone else's."""
    w = words(ctx)
    if w.lower[hit.last - 1] != "got" or hit.last + 1 >= hit.sentence.last:
        return False
    after = w.lower[hit.last : hit.last + 2]
    return after[0] in ("your", "his", "her", "their") or after[1] in ("'s", "’s")


_EVERYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "others", "most", "any"})
# Before a span of time still to come.
_AHEAD = frozenset({"another", "next", "coming", "upcoming", "within", "take", "takes"})
# "once I finish", "until I complete": a condition still to be met, not a fact.
_PENDING = frozenset({"once", "until", "unless", "if"})
_SELF_WORDS = frozenset({"i", "me", "my", "we", "our", "us", "myself"})
_DETERMINERS = frozenset({"the", "a", "an", "your", "his", "her", "their", "its"})
_HAS = frozenset({"has", "had", "have", "spent", "spends", "brings", "brought", "is", "was"})


def _someone_elses(ctx: Context, hit: Hit) -> bool:
    """Experience that belongs to someone else: "she has eight years", "the previous analyst
    had spent six years". Only for hits not led by the writer's own I/we/my."""
    lower = words(ctx).lower
    before = lower[max(hit.sentence.first, hit.first - 7) : hit.first]
    if _relative_speaks(ctx, hit):
        return True
    if lower[hit.first] in _SELF_WORDS or set(before) & _SELF_WORDS:
        return False
    if any(t in ("i", "i've", "i'd") for t in lower[hit.first : hit.last]):
        return False  # "the same ones I faced at ...": the writer is named inside the hit
    if speaker(ctx, hit) == "other":
        return True
    return any(
        before[k] in _DETERMINERS and _HAS & set(before[k + 1 : k + 4]) for k in range(len(before))
    )


# People the writer may name as "my ...": their experience is not the writer's.
_RELATIVES = frozenset(
    {"husband", "wife", "partner", "son", "daughter", "mother", "father", "mom", "dad"}
    | {"sister", "brother", "friend", "colleague", "coworker", "cousin", "boss", "manager"}
    | {"uncle", "aunt", "neighbor", "neighbour", "roommate", "fiancé", "fiance", "fiancée"}
)


def _relative_speaks(ctx: Context, hit: Hit) -> bool:
    """ "My husband has worked in Duluth for ten years": "my <person>" is the subject, and
    the writer is not named again before the hit."""
    lower = words(ctx).lower
    if lower[hit.first] in ("i", "we"):
        return False  # "Gary was my manager when I took over the night sort": the writer
    for k in range(hit.first - 1, hit.sentence.first, -1):
        if lower[k] in ("i", "me", "myself", "i've", "i'm"):
            return False
        if lower[k] in _RELATIVES and lower[k - 1] in ("my", "our"):
            return True
    return False


def _first_person(ctx: Context, hit: Hit) -> bool:
    """A claim is the writer's unless the sentence only speaks of others ("your firm is
    well positioned")."""
    said = set(words(ctx).lower[hit.sentence.first : hit.sentence.last])
    return bool(said & {"i", "me", "my", "myself"}) or not said & _OTHERS


_OTHERS = frozenset({"you", "your", "they", "their", "he", "she", "his", "her", "it", "its"})
# After "I can ...": things that are not the job ("I can bring references", "help with
# anything else", "manage my schedule", "handle the commute").
_TRIVIAL = frozenset(
    {"it", "that", "this", "anything", "something", "everything", "whatever", "else"}
    | {"questions", "question", "references", "reference", "copies", "copy", "samples"}
    | {"sample", "up", "out", "back", "my", "schedule", "commute", "travel", "drive"}
    | {"location", "hours", "salary", "parking", "time", "myself", "nerves", "by"}
)
_ALONGSIDE = frozenset({"with", "using", "working", "running", "managing", "handling", "in"})


def _trivial(ctx: Context, hit: Hit) -> bool:
    w = words(ctx)
    if (
        w.lemma[hit.last - 1] not in PATTERNS.lexicons["ACT"]
        and w.lower[hit.last - 1] not in _ALONGSIDE
    ):
        return False
    following = set(w.lower[hit.last : min(hit.last + 3, hit.sentence.last)])
    return not following or bool(following & _TRIVIAL)


_ASPIRING = frozenset(
    {"build", "start", "grow", "begin", "launch", "pursue", "advance", "continue"}
    | {"develop", "improve", "expand", "gain", "strengthen", "broaden", "deepen", "sharpen"}
    | {"hone", "learn"}
)


def _about_the_interview(ctx: Context, hit: Hit) -> bool:
    w = words(ctx)
    if not any(
        t in ("experience", "time") for t in w.lemma[max(hit.first, hit.last - 2) : hit.last]
    ):
        return False  # (only a hit that ends at the word: "my experience at your office")
    after = w.lower[hit.last - 1 : min(hit.last + 4, hit.sentence.last)]
    if after[0] in ("today", "yesterday") or after[1:2] == ["today"]:
        return True
    joined = after[0] in _JOINING or after[1:2] in (["at"], ["with"], ["of"], ["in"])
    return joined and bool(set(after[1:]) & _VISIT)


_JOINING = frozenset({"at", "with", "of", "in"})
_VISIT = frozenset(
    {"you", "your", "today", "yesterday", "interview", "interviewing", "meeting", "visit"}
    | {"tour", "here", "there", "onsite"}
)


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    found = find_fit(ctx)
    experience, claims, doubts = found["experience"], found["claim"], found["doubt"]
    flags = [
        Flag(
            "fit.doubt",
            "This undermines your own fit; say what you would bring instead.",
            d.start,
            d.end,
            "warning",
        )
        for d in doubts
    ]
    # Doubt outweighs a bare claim; stated experience still stands on its own.
    detected = bool(experience) or (bool(claims) and not doubts)
    if detected and not experience:
        flags.append(
            Flag(
                "fit.unsupported",
                "A bare fit claim is weak; tie it to a skill or experience that matches what "
                "the role needs.",
                claims[0].start,
                claims[0].end,
                "info",
            )
        )
    severity = _SEVERITY.get(ctx.kind)
    if not detected and severity is not None and not doubts:
        flags.append(
            Flag(
                "fit.missing",
                "The note does not say why you fit the role; add a sentence linking your "
                "experience to something discussed in the interview.",
                severity=severity,  # type: ignore[arg-type]
            )
        )
    shown = experience + claims if detected else []
    shown.sort(key=lambda h: h.start)
    return Outcome(
        tuple(flags),
        detected=detected,
        evidence=evidence(ctx, shown),
        summary="ties experience to the role"
        if experience
        else "claims fit without support"
        if detected
        else "",
    )


CHECK = Check(
    id="fit",
    title="Fit",
    summary="Looks for a reaffirmation of fit, strongest when tied to the writer's skills or "
    "experience; flags bare claims and self-undermining statements.",
    why="The note is the last word before a decision: one sentence linking your experience to "
    "the team's needs reminds them why to pick you.",
    how_to_fix="Connect a skill to a need you heard: 'My three years running ICU night shifts "
    "would help with the staffing changes you described.'",
    run=run,
    default_severity="warning",
    element=True,
    codes={
        "fit.missing": "no statement of fit (a warning for thank-you notes, a hint for "
        "follow-ups, nothing for replies to a rejection)",
        "fit.unsupported": "a fit claim with no skill or experience behind it",
        "fit.doubt": "the writer doubts their own fit",
    },
    passing=(
        Example(
            "Dear Jo,\n\nThank you. My five years of Python experience would help your "
            "data team.\n\nBest,\nKim"
        ),
    ),
    failing=(
        Example(
            "Dear Jo,\n\nThank you. I'm not sure this is the right fit for me.\n\nKim",
            codes=("fit.doubt",),
        ),
        Example("Dear Jo,\n\nThank you for your time today.\n\nBest,\nKim", codes=("fit.missing",)),
        Example(
            "Dear Jo,\n\nThank you for your time today. I'm a great fit.\n\nBest,\nKim",
            codes=("fit.unsupported",),
            title="a bare claim",
        ),
    ),
)
