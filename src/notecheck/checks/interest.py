"""interest: the writer says they want this role, ideally more so after the interview.

Interest is the writer's own ("you said you were excited" is not), about this role, team
or company ("a field I love" is weaker and does not count), and not negated or withdrawn
("I'm no longer interested"). Hedged interest ("I'm probably interested") still counts but
gets a hint; interest that hangs on a condition ("only if the base is above...") does not.
Interest that grew from the interview ("even more excited") is the best form. Interest that
is over ("I was excited until I learned...", "I used to be") or doubted ("I'm less sure this
is the right match") does not count, nor does an aspiration that names only the trade ("my
dream is to become a nurse", against "to learn the trade in a shop like yours").

Patterns decide first. Only when they find no interest and no withdrawal does a logistic
regression over a sentence's lemmas (``data/interest_scorer.json``, made by
``benchmarks/train_interest_scorer.py``) get a say, and only in sentences no pattern judged.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterable, Mapping
from importlib.resources import files
from itertools import pairwise
from typing import Any

from .._analysis import Sentence
from .._check import Check, Context, Example, Flag, Option, Outcome
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
    words,
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
        "giddy",
        "jazzed",
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
        # Workplaces by kind, so "my kind of newsroom" names the job as "my kind of team" does.
        "office",
        "hospital",
        "newsroom",
        "garage",
        "workshop",
        "site",
        "workplace",
        "bakery",
        "salon",
        "station",
        "agency",
        "library",
        "museum",
        "bureau",
        "hotel",
        "branch",
        "plant",
        "warehouse",
        "classroom",
        "line",
        "floor",
        "desk",
        "route",
        "operation",
        "culture",
        "environment",
        "people",
        "challenge",
        "employer",
        "depot",
        "yard",
        "farm",
        "ranch",
        "vineyard",
        "brewery",
        "cafe",
        "café",
        "bistro",
        "pharmacy",
        "theater",
        "theatre",
        "gallery",
        "archive",
        "startup",
        "nonprofit",
        "charity",
        "foundation",
        "district",
        "campus",
        "mill",
        "fleet",
        "center",
        "centre",
        "org",
        "outfit",
        "staff",
        "faculty",
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
        "fly",
        "weld",
        "wire",
        "paint",
        "translate",
        "interpret",
        "photograph",
        "film",
        "illustrate",
        "farm",
        "install",
        "repair",
        "heal",
        "practise",
        "practice",
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
    # Strong feelings about doing something, rarely used to offer a favour ("I'd be proud to
    # lead", "honoured to teach"), unlike "happy/glad to" ("happy to send references").
    "PROUD": {
        "proud",
        "honored",
        "honoured",
        "honor",
        "honour",
        "delighted",
        "delight",
        "thrilled",
        "thrill",
        "excited",
        "excite",
        "privileged",
        "lucky",
        "fortunate",
        "blessed",
        "overjoyed",
        "ecstatic",
    },
    # Doing the job itself, for "I'd be happy to ..." (no favours: send, provide, answer, help).
    "DO_JOB": {
        "join",
        "work",
        "lead",
        "teach",
        "cook",
        "bake",
        "nurse",
        "serve",
        "coach",
        "mentor",
        "build",
        "contribute",
        "fly",
        "drive",
        "manage",
        "start",
        "become",
        "represent",
        "relocate",
        "care",
        "treat",
    },
    # Verbs after "I'd be proud/thrilled to ...": the work, or having a part in it.
    "TAKE_PART": {"have", "play", "call", "wear", "learn", "get", "land", "accept", "represent"},
    # How the job sounds to the writer: "the project sounds fascinating".
    "THRILLING": {
        "exciting",
        "thrilling",
        "fascinating",
        "energizing",
        "energising",
        "inspiring",
        "compelling",
        "appealing",
        "enticing",
        "fun",
        "rewarding",
        # the same words as lookup lemmas ("fascinating" -> "fascinate")
        "excite",
        "thrill",
        "fascinate",
        "energize",
        "energise",
        "inspire",
        "compel",
        "appeal",
        "entice",
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
# "Working with your team would be amazing": the job, named by what one would do. Word
# forms, not lemmas ("any time that works would be great" is not about the job).
DOING = "|".join(
    (
        "working",
        "joining",
        "teaching",
        "being",
        "serving",
        "cooking",
        "baking",
        "nursing",
        "building",
        "flying",
        "driving",
        "becoming",
        "contributing",
        "helping",
        "leading",
        "designing",
        "coding",
        "writing",
        "caring",
        "coaching",
        "running",
        "managing",
        "training",
        "playing",
        "doing",
    )
)
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
            "i ~? would|'d ~? much? rather join|work|come ~? to|for|with|at|on|part|#IS_TITLE|you|your|here|there",
            "$WOULD ~{0,2} @love|like to ~ for you|your|#IS_TITLE",
            "please|kindly ~? choose|pick|select|hire me",
            # variety_dev5-7: the place named as where the writer wants to be, asking to be
            # considered, non-native "a big pleasure to form part of the team".
            "#IS_TITLE @be where i ~? would|'d? @want|like|hope|belong|see|picture",
            "$ROLE_NOUN|here|this|that @be where i ~? would|'d? @want|like|hope|belong|see|picture",
            "$WOULD ~? really|sure|very|much|truly? like|love the|this|that ~? job|role|position|post|gig",
            "$WOULD ~{0,2} @love|like to ~{0,6} for you folks|guys|all|lot",
            "would|could|can i be considered for",
            "$WOULD ~? be ~? a|an|my ~? big|great|real|true? pleasure|honour|honor|privilege|joy to ~{0,3} join|form|be|work|become",
            "@make|leave me ~? want|wanting ~? to ~? join|work|start|be|become|stay",
            "@get|make|leave|have me ~{0,2} $MORE_EAGER ~? about|for|to",
            "@make|leave me ~? want|wanting the|this|that ~{0,3} job|role|position|post|internship|opportunity|offer",
            "@hope ~{0,2} you ~? @will? choose|pick|select|hire me",
            "kind|sort|type of _{0,5} role|job|position|team|place|work|company|opportunity i ~{0,3} @look|hope|want|seek",
            "joining|working|being|becoming ~{0,8} $WOULD ~? be ~? a|an|the|my ~{0,2} honour|honor|privilege|dream|pleasure|joy",
            "i ~{0,2} wanna|want to? be on|in|with|part ~? of? the|your|that|this ~? $ROLE_NOUN",
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
            "dream job|role|company|team|position|opportunity|employer|workplace|$ROLE_NOUN",
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
            "keep an eye on ~{0,3} openings|roles|postings|careers|positions|board|listings|site|page",
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
            "ready|eager|keen|excited to join|start|commit|accept|contribute|dive|get|hit|jump|roll|begin",
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
            "role|job|position|opportunity|work|team|company|mission|post|offer ~{0,3} @appeal|excite|thrill|attract|energize|inspire|intrigue|captivate|fascinate|grab|hook",
            "set|intent|bent on joining|working|becoming",
            "determined|intent to join|work|become",
            "$WOULD ~? gladly|happily|readily|eagerly|gratefully accept|take|join|start|sign|say",
            "i @be ~? so|very|definitely|totally|absolutely|fully|still? in '.|!|,",
            "nothing better|more than to|the",
            "fired up",
            "this|it|that @be|'s ~? the|a|an ~? right|perfect|ideal place|team|role|job|company|home|opportunity for me",
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
            # Families written for notes phrased in new ways (variety_dev2): the place as the
            # writer's own ("my kind of kitchen", "call it home"), strong feelings about doing
            # the work ("I'd be proud to lead", "an honour to teach"), a part in it ("a hand in
            # the next one"), dreams and goals about this place, hoping to be chosen, the work
            # sounding exciting, already planning it, and non-native "wishing to join".
            "my ~? kind|sort|type of ~{0,2} $ROLE_NOUN|place|thing|work|job|role|shop",
            "right up my alley|street",
            "my ~? cup of tea",
            "kind|type|sort of ~{0,2} $ROLE_NOUN ~{0,3} i ~{0,4} @want|look|hope|dream|seek|wish|love",
            "@call it|this|that|them|here ~? my|home",
            "@call ~? this|your|the ~? $ROLE_NOUN home",
            "@call #IS_TITLE home",
            "$WOULD ~? @be|feel ~{0,2} $PROUD to $CRAFT|$DO_JOB|$TAKE_PART|be",
            "$WOULD ~? be ~{0,2} happy|glad|pleased to $DO_JOB",
            "$WOULD ~? be ~{0,2} happy|glad|pleased to $CRAFT ~? for|with|alongside|on ~? your|the|this ~? $ROLE_NOUN|guests|patients|students|customers|clients|kids|children",
            "$WOULD ~{0,4} to? have|play|take ~? a|an ~? hand|part|role in",
            "$WOULD ~{0,4} to? be involved in|with",
            "@want ~? to? have|play ~? a|an ~? hand|part|role in",
            "my ~? lifelong|longtime|childhood|biggest|real|true|only? dream ~? to|is|has|was|would",
            "dream of mine",
            "dream come true",
            "@dream ~? of|about ~? joining|working|teaching|being|becoming|flying|cooking|serving",
            "with|at|for|join|joining ~{0,3} @be ~? still|always|definitely|very|much ~? my ~? top|first|main|biggest|ultimate|primary|real? goal|aim|ambition|priority|dream|hope",
            "motivation|motivated ~{0,3} for|to ~? this|the|your|join|work|be|become|contribute|start|joining|working",
            "motivated than ever",
            "@wish|wishing to $WANT_JOIN|start",
            "@wish|wishing to be considered|part|on|with|among|aboard",
            "@hope ~{0,3} i|it @be|'s ~? the one",
            "@hope ~{0,3} it @be|'s me",
            "@hope ~{0,4} @choose|pick|select|hire me",
            "finger|fingers ~? @cross",
            "@cross my ~? finger|fingers",
            "$ROLE_NOUN|project|projects|challenge|work|mission ~{0,4} @sound|look|seem ~{0,2} $THRILLING",
            "$ROLE_NOUN|project|projects|challenge|work|mission ~{0,4} @sound|look like ~? a|such|so ~? lot|great|real|huge ~? of? fun|blast|adventure",
            "what|such a|an ~? $THRILLING $ROLE_NOUN|project|challenge|mission|opportunity",
            "i @be ~{0,2} on board",
            "i @be ~{0,2} onboard|aboard",
            "@not @stop|quit thinking|talking about",
            "@think|talk ~? about|of little|nothing else",
            "@find myself ~{0,3} sketching|planning|brainstorming|jotting|scribbling|drafting|mapping|imagining|picturing|daydreaming",
            "already ~{0,3} @start|begin ~? planning|thinking|sketching|imagining|picturing|brainstorming|drafting|mapping",
            "already ~{0,2} picturing|imagining|planning|sketching|scribbling|brainstorming",
            "$WOULD ~{0,2} @love|relish to $CRAFT",
            "$WOULD ~{0,3} @like|love|want to $CRAFT ~{0,2} for|at|with|alongside|on ~? your|you|this|#IS_TITLE",
            "@tick|check ~? every|all|each|most ~? the? box|boxes",
            "@feel ~{0,2} at|like home",
            "@can @not wait '.|!|,",
            "$WOULD ~{0,2} @appreciate|cherish|treasure ~? the|a|an|this ~? chance|opportunity|shot to $CRAFT",
            "$WOULD mean ~{0,2} a|the|so|everything ~? lot|world|much ~{0,3} to ~? me? to $CRAFT|$DO_JOB|be|get",
            "hopefully ~{0,4} join|joining|aboard|become",
            "look|looking forward to ~{0,4} becoming|starting|helping|building|serving|teaching",
            f"{DOING} ~{{0,6}} $WOULD be ~{{0,2}} $THRILLING|great|wonderful|perfect|ideal|awesome|brilliant|amazing|fantastic|incredible",
            f"{DOING} ~{{0,6}} $WOULD be a|an|such ~? $THRILLING|great|real|absolute? privilege|honor|honour|dream|pleasure|thrill|joy|delight",
            "it $WOULD be ~{0,2} $THRILLING|great|wonderful|awesome|brilliant|perfect to $DO_JOB",
            # Liking the prospect ("I love the idea of joining", "the thought of working with
            # you excites me"), enjoying or starting the work, a yes, belief in the mission,
            # commitment that stays, and plain non-native forms ("I like very much your company").
            "@love|like|delight|thrill|excite|enjoy|relish|welcome|savour|savor ~{0,2} the ~? prospect|possibility|idea|thought|notion of",
            "prospect|possibility|idea|thought|notion of ~? $DO_JOB|being ~{0,6} @excite|thrill|appeal|energize|energise|delight|inspire|motivate",
            "$WOULD ~{0,2} @enjoy|relish|love ~{0,2} working|joining|being",
            "$WOULD ~{0,2} @enjoy|relish|welcome|love ~{0,2} the|this ~? challenge|work|role|job",
            "$WOULD be ~{0,2} happy|content here|there",
            "$WOULD be ~{0,2} happy|content at|with #IS_TITLE|your",
            "$WOULD ~? @be|feel ~? right? at home",
            "$WOULD ~? happily|gladly? start|begin ~? tomorrow|today|yesterday|immediately|now",
            "@consider myself ~? very|so|truly|incredibly? lucky|fortunate|privileged|blessed",
            "i @be ~{0,2} definitely|absolutely|very|much|an|a|enthusiastic|resounding? yes",
            "yes from me",
            "$WOULD ~{0,2} @love|like to make this|it|that work|happen",
            "let 's|us make it|this happen|work",
            "ready|eager|keen ~{0,2} to make the|this ~? move|leap|jump|switch",
            "@believe ~{0,2} in what you|your ~? are|'re|team|company",
            "@believe ~{0,2} in your|the ~? mission|vision|product|work|cause|values",
            "@connect ~{0,2} with ~{0,3} mission|vision|values|culture|purpose",
            "@remain|stay ~{0,2} committed|enthusiastic|keen|eager|excited",
            "committed to ~? this|the|your ~? role|opportunity|position|team",
            "@want ~{0,2} to be considered",
            "@like|love ~{0,2} very much ~? your|this|the|to",
            "i ~{0,2} @like|love ~? this|your|the ~? $ROLE_NOUN ~{0,2} very|a much|lot",
            "i ~{0,2} really|truly|genuinely|absolutely|just? @love your|this ~? $ROLE_NOUN",
            "i @be ~{0,2} very|really|so|much|most? interesting in|for|to",
            "@will|'ll|’ll ~? be ~{0,2} $PROUD|happy|glad to $DO_JOB",
            "it $WOULD be ~{0,2} $THRILLING|great|wonderful|awesome|brilliant|perfect to be ~? a? part|aboard|on|among|involved",
            "$WOULD ~{0,2} @enjoy|relish it|this|that ~? immensely|greatly|enormously? '.|!|,",
            "@will|'ll|plan|hope|intend ~{0,2} to? apply|reapply again|in",
            "@will|'ll|plan|hope|intend ~{0,2} to? apply|reapply for ~{0,3} $OPENING",
            "@watch ~{0,3} careers|jobs|openings|postings|vacancies",
            "look|looking forward to $WANT_JOIN",
            "$WOULD be my ~? pleasure|honor|honour|privilege to $DO_JOB|be",
            "invested in ~? this|the|your ~? role|opportunity|position|team|job|mission",
            "@think ~? about ~{0,4} ever since",
            "@think ~? about ~{0,4} nonstop|constantly",
            "serious about ~? this|the|your ~? role|position|opportunity|job|team",
            "@align ~{0,3} with my ~? career|long-term|professional? goals|aspirations|ambitions|interests|values|plans",
            "$WOULD ~{0,2} @like to join|work|lead|teach|cook|bake|nurse|serve|coach|mentor|build|contribute|fly|drive|manage ~{0,4} here|there|your|#IS_TITLE|team|crew|unit|kitchen|staff",
            "if you ~? @will|'ll|would|'d have me",
            "inspired|energized|energised|motivated by ~? your|the ~? team|team's|mission|work|vision|company|company's",
            "@hope ~{0,2} it @be|'s ~? a yes",
            "@will|'ll|’ll ~? be ~{0,2} $PROUD|happy|glad to be ~? a? part|member",
            "@will|$WOULD be ~? a|my? ~? big|great|real? pleasure|honor|honour|privilege ~{0,2} for me to $DO_JOB|be",
            "$WOULD ~? be ~{0,2} happy|glad|$PROUD if i ~? can|could|get ~? to? join|work|be",
            f"{DOING} ~{{0,5}} @be ~? my ~? wish|dream|goal|hope",
            "look|looking forward to be ~? a? part|member|with|on",
            "$ROLE_NOUN ~{0,2} @be|sound|seem ~? like? a|an|my ~? absolute|real|total? dream '.|!|,|for|come",
            "$WOULD be a|an|such ~? real|great|true|absolute? thrill|joy|delight|treat to $DO_JOB|be",
            "@consider me ~? a|an|as ~? strong|serious|enthusiastic|eager|keen ~? candidate|applicant",
            "@win me over",
            "@get me ~{0,2} excited|thinking|hooked|fired",
            "nothing ~{0,3} @make|please|delight me ~? happier|prouder|more",
            "$WOULD ~{0,3} to? step in",
            "$WOULD ~{0,2} @love|like|welcome|appreciate ~? another shot|chance|try",
            "$WOULD ~{0,2} @love|like|welcome|appreciate ~? a second shot|chance|try",
            "$ROLE_NOUN this|so|as $THRILLING",
            "@fall ~? for ~? this|the|your|that ~? $ROLE_NOUN|place",
            "@fall ~? in love with",
            "@want to be there|around when",
            "where do i sign",
            "i @be ~? so|very|definitely|totally|absolutely|fully|still? in if",
            "up for ~? the|this|that|it ~? challenge",
            "bring it on",
            "$WOULD ~{0,2} @love|enjoy it here|there",
            "$ROLE_NOUN|this|it ~{0,2} @be|'s|feel|seem|sound ~? like? a|an|the ~? great|perfect|ideal|good|natural|strong|right|excellent match|fit for me",
            "@wish|wishing to get|obtain|receive ~{0,2} this|the|an ~? job|position|role|offer",
            "$PROUD|happy|glad ~{0,2} if you ~{0,2} @choose|pick|select|hire|give me",
            "if i @get|land ~{0,2} this|the ~? job|role|position|offer",
            # Continued interest after a rejection or a wait: future openings, a résumé kept
            # on file, interest that has not faded ("I haven't lost any enthusiasm", "no less
            # excited", "I don't think I've ever been this excited").
            "$WOULD ~{0,2} @love|like|appreciate|welcome ~? to? hear|know|learn ~? about|of ~? any? future|other|new|similar|upcoming ~? $OPENING",
            "another|future|similar|other ~{0,3} $OPENING ~{0,6} ',? i? $WOULD ~{0,2} @love|like|welcome|appreciate|be",
            "keep my ~? resume|résumé|cv|information|details|application|name on file",
            "@be|remain ~{0,2} fan|admirer of ~? your|the ~? $ROLE_NOUN|mission|company|team|work",
            "@be|remain ~{0,2} fan|admirer of what",
            "@not @lose|waver|wane|fade|dim|diminish ~{0,3} interest|enthusiasm|excitement|eagerness|desire|passion",
            "nothing ~{0,2} @change ~{0,4} interest|enthusiasm|excitement|mind",
            "no|not|n't ~? any? less $EAGER",
            "nothing ~{0,3} $WOULD ~? like|love|want ~? more",
            "@not ~{0,3} ever ~{0,2} been|felt ~{0,2} this|so|as|more $EAGER",
            "@leave|walk|come ~{0,2} out|away? ~? inspired|energized|energised|buzzing",
            "@aspire|yearn ~{0,2} to $WANT_JOIN|$DO_JOB|be",
            "i ~? long|longing to $WANT_JOIN|$DO_JOB|be",
            "my ~? real|main|big|biggest|long-term|ultimate|career? goal|aim|ambition|hope|wish @be to $WANT_JOIN|$DO_JOB|be",
            "@envision|envisage|visualize|visualise myself|me",
            "@want|prefer ~? this|it|one ~? most",
            "@want|prefer ~? this|it|one ~? above all",
            "$WOULD ~? choose|pick|prefer ~{0,2} this|your|you|it ~? $ROLE_NOUN? over|above",
            "$ROLE_NOUN ~{0,2} @be|sound|seem|feel ~? just|absolutely|truly|really? perfect|ideal|right for me",
            "i @be ~? all? yours",
            "$WOULD be a|an|such ~? real|great|true|absolute? privilege|honor|honour|dream '.|!|,",
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
            "@enjoy|love|like ~{0,4} in general",
            "@have ~? always ~? been ~? meaningful|important|dear|close to me",
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
            "after|since our|the ~? conversation|chat|call|interview|visit|meeting|tour|talk|discussion",
            "after|since today|yesterday 's conversation|chat|call|interview|visit|meeting|tour|talk|discussion",
            "more ~{0,3} ',? not less",
            "@make|leave me ~{0,2} want|wanting",
            "@walk|come|leave ~? out|away ~{0,3} wanting|sure|convinced|certain|$MORE_EAGER",
            "@leave ~{0,4} already|picturing|imagining",
            "keener|hungrier",
            "@confirm|reinforce|cement|solidify|affirm ~{0,2} for me|that",
            "@convince|persuade|assure me",
            "@remind me ~{0,2} how|why",
            "@leave|make me ~{0,2} $MORE_EAGER|wanting|want|thinking|picturing|imagining|hooked",
            "@leave|walk|come ~{0,2} thinking|picturing|imagining|sketching|planning|hooked",
            "@leave|walk|come ~{0,2} out|away? ~? inspired|energized|energised|motivated|buzzing|fired",
            "on the|my ~? way|train|drive|ride|walk|bus|flight|commute home",
            "the more i ~{0,4} ',? the more",
            "@win me over",
            "@get me ~{0,2} excited|thinking|hooked|fired",
            "more so",
            "@make me ~{0,2} more",
            "deciding|clinching|tipping ~? factor|point",
            "@walk|come|leave ~? out|away ~{0,2} sold|hooked|smitten",
            "but now|now that",
            "now i ~? @be ~? convinced|certain|sure",
            "@be ~? convinced|certain|sure ~{0,2} than ever",
        ],
        "withdraw": [
            "no longer ~{0,2} interested|interest|keen|pursuing|considering",
            "no longer ~? looking|searching '.|!|,|for|so",
            "no longer available for ~? the|this|that ~? role|position|job|opportunity",
            "i @will|'ll|must|have|be ~{0,2} to? pass '.|!|,",
            "pass on this|the|that ~? opportunity|role|position|offer|one",
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
            "look|looking forward to work on ~? the|your|my|this|that|any|these|those ~? feedback|weakness|weaknesses|skill|skills|area|areas|gap|gaps",
            "$WOULD ~{0,2} @like|love|want to work|build on ~? the|your|my|this|that|any|these|those ~? feedback|advice|suggestions|weakness|weaknesses|skill|skills|area|areas|gap|gaps|presentation|communication|interview|interviewing",
            "$WOULD ~{0,2} @like|love|want to bring ~{0,3} attention|up",
            "$WOULD ~? @like|love|want to be in a position",
            "$WOULD ~? be ~{0,2} glad|happy|pleased to help ~? with|in ~? anything|whatever|any",
            "$WOULD ~{0,2} @love|like ~? to help ~? with|in|out ~? anything|whatever|any|however",
            "$WOULD ~? be ~{0,2} $PROUD|happy|glad|grateful|thankful ~? to get|receive|hear|have ~{0,2} your|any|some|more ~? feedback|thoughts|input|advice|pointers",
            "$WOULD ~? be ~{0,2} $PROUD to help ~? with|in ~? anything|whatever|any",
        ],
        # "other companies interested in me": someone else's interest.
        "theirs": [
            "$EAGER in me|us|my|hiring",
            "happy|glad|thrilled|excited|delighted|stoked for you|them|him|her",
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
    w = words(ctx)
    role = PATTERNS.lexicons["ROLE"] - {"it", "this", "work", "working"}
    field = PATTERNS.lexicons["FIELD"]
    end = min(clause_end(ctx, hit.last - 1, hit.sentence), hit.last + 8)
    for lemma in w.lemma[hit.last : end]:
        if lemma in role:
            return True
        if lemma in field:
            # "to grow in the field of nursing at your hospital": this place, named after.
            rest = w.lower[hit.last : clause_end(ctx, hit.last - 1, hit.sentence)]
            return any(t in ("your", "here") for t in rest)
    return False


def _names_role(ctx: Context, hit: Hit) -> bool:
    """ "passionate about the work your team does" names the job; "... about healthcare" not."""
    end = min(clause_end(ctx, hit.last - 1, hit.sentence), hit.last + 8)
    role = PATTERNS.lexicons["ROLE"] | {"your", "what", "how"}
    return any(t in role for t in words(ctx).lemma[hit.last : end])


def _not_a_field(ctx: Context, hit: Hit) -> bool:
    """ "my career" (the writer's own, here) and "your careers page" are not a field of work."""
    lower = words(ctx).lower
    after = lower[hit.last] if hit.last < hit.sentence.last else ""
    return lower[max(hit.first - 1, 0)] == "my" or after in ("page", "site", "portal")


# Nouns that name a workplace (not "work" or "the mission" in general).
_PLACES = PATTERNS.lexicons["ROLE_NOUN"] - {
    "work",
    "project",
    "challenge",
    "people",
    "culture",
    "environment",
    "mission",
    "offer",
    "opportunity",
}


_ASPIRATIONS = frozenset({"dream", "goal", "aim", "ambition", "aspire", "long", "yearn"})
_HERE = frozenset({"yours", "here", "you", "your", "join", "joining"})


def _dreams(ctx: Context, hit: Hit) -> bool:
    """ "It is my dream to ...", "my goal is to ...": an aspiration, maybe only the field's."""
    w = words(ctx)
    lemmas = w.lemma[hit.first : hit.last]
    if not any(t in _ASPIRATIONS for t in lemmas) or any(t in _PLACES for t in lemmas):
        return False
    # "my dream", "a dream of mine", "I aspire to": the writer's own aim, not "it would be a
    # dream" about something already named.
    return lemmas[0] in _ASPIRATIONS or any(
        t in ("my", "mine", "i") for t in w.lower[hit.first : hit.last]
    )


def _place_named(ctx: Context, hit: Hit) -> bool:
    """The sentence names this workplace ("a shop like yours", "working at Brightwater")
    rather than only the trade ("my dream has always been to become a nurse")."""
    w = words(ctx)
    lower, lemma, title = w.lower, w.lemma, w.title
    for k in range(hit.sentence.first, hit.sentence.last):
        if lower[k] in _HERE or lemma[k] in _PLACES:
            return True
        if k > hit.sentence.first and title[k] and lower[k - 1] in ("at", "for", "with"):
            return True
    return False


_UNSURE = frozenset({"unsure", "uncertain", "whether", "wonder", "wondering", "doubtful"})


def _doubted(ctx: Context, hit: Hit) -> bool:
    """Doubt before the hit in its clause: "less sure", "unsure whether", "I doubt"."""
    start = max(clause_start(ctx, hit.first, hit.sentence), hit.first - 6)
    before = words(ctx).lower[start : hit.first]
    for k, word in enumerate(before):
        if word in _UNSURE:
            return True
        following = before[k + 1] if k + 1 < len(before) else ""
        if word in ("less", "longer") and following in ("sure", "certain", "convinced"):
            return True
        if word == "doubt" and (k == 0 or before[k - 1] not in ("no", "without")):
            return True
    return False


# "I was excited about this role until I learned...", "I used to be interested": bygone.
_UNTIL = frozenset({"until", "till", "til"})


def _bygone(ctx: Context, hit: Hit) -> bool:
    lower = words(ctx).lower
    start = max(clause_start(ctx, hit.first, hit.sentence), hit.first - 5)
    before = lower[start : hit.first]
    if any(pair == ("used", "to") for pair in pairwise(before)):
        return True
    after = set(lower[hit.last : hit.sentence.last])
    return bool(after & _UNTIL) and bool({"was", "were", "had"} & set(before))


def find_interest(ctx: Context) -> dict[str, list[Hit]]:
    """Hits by verdict: interest, grew, hedged, field, negated, conditional."""
    found = PATTERNS.find(ctx.analysis)

    def of(label: str) -> list[Hit]:
        return [h for h in found if h.label == label]

    curious, theirs, strict = of("curious"), of("theirs"), of("strict condition")
    # "where I want to build my career", "your careers page": not a field of work.
    fields = [f for f in of("field") if not _not_a_field(ctx, f)]
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
        w = words(ctx)
        if w.lemma[hit.last - 1] == "start" and w.text[hit.last : hit.last + 1] == ["by"]:
            continue  # "I'd like to start by thanking you"
        if (
            w.lemma[hit.last - 1] in ("start", "begin", "launch")
            and "career" in w.lower[hit.last : min(hit.last + 5, hit.sentence.last)]
            and not set(w.lower[hit.last : min(hit.last + 9, hit.sentence.last)]) & _HERE
            and "where" not in w.lower[max(hit.sentence.first, hit.first - 4) : hit.first]
        ):
            out["field"].append(hit)  # "eager to start building my career in marketing"
            continue
        if (
            hit.first == hit.sentence.first
            and w.lower[hit.first + 1 : hit.first + 3] in (["is", "where"], ["'s", "where"])
            and w.lower[hit.first] not in ("here", "this", "it", "that", "there")
        ):
            out["field"].append(hit)  # "Marketing is where I want to be": a field, not a place
            continue
        # "(could you) keep me in mind", "think of me": the reader is asked, the wish is mine.
        asked = (
            w.lemma[hit.first] in ("keep", "think", "consider")
            and "me" in w.lower[hit.first : min(hit.first + 3, hit.last)]
        )
        if not asked and (
            speaker(ctx, hit) == "other" or reported(ctx, hit) or _someone_else(ctx, hit)
        ):
            continue
        if _doubted(ctx, hit):
            continue  # "I'm less sure this role is the right match for me"
        if (negated(ctx, hit, window=4) and not negated_inside(ctx, hit)) or _bygone(ctx, hit):
            out["negated"].append(hit)
            continue
        if (
            not _role_level(ctx, hit, fields)
            or (w.lemma[hit.first] in ("passionate", "passion") and not _names_role(ctx, hit))
            or (_dreams(ctx, hit) and not _place_named(ctx, hit))
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


# Words that tie a career start to this place: "start my career on your unit".
_HERE = frozenset({"your", "here", "you", "this", "with", "at"})
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
    lower = words(ctx).lower[max(hit.sentence.first, hit.first - 3) : hit.first]
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
    start = max(clause_start(ctx, hit.first, hit.sentence), hit.first - 5)
    return any(t in _MULLING for t in words(ctx).lower[start : hit.first])


def _depends(ctx: Context, hit: Hit) -> bool:
    return any(
        t in ("depending", "depends", "probably")
        for t in words(ctx).lower[hit.sentence.first : hit.sentence.last]
    )


# --- the learned sentence scorer ---------------------------------------------------------
# A logistic regression over a sentence's lemmas, trained on the development split and on
# hand-written sentences by benchmarks/train_interest_scorer.py. It only speaks when the
# rules found no interest and no withdrawal, and never in a sentence the rules judged.

SCORER_RESOURCE = "checks/data/interest_scorer.json"
_SCORER_NEGATORS = frozenset({"not", "n't", "n’t", "never", "no", "nor", "neither", "longer"})
_NEGATION_REACH = 3
_scorer: tuple[float, float, Mapping[str, float]] | None = None
_scorer_lock = threading.Lock()


def sentence_features(words: Iterable[tuple[str, str]]) -> set[str]:
    """The scorer's features of a sentence given as ``(lower-case text, lemma)`` per token:
    lemma unigrams and bigrams, lemmas in a negation's reach, and a few shape flags."""
    lemmas: list[str] = []
    question = False
    for lower, lemma in words:
        if lower.isalnum() or any(c.isalnum() for c in lower):
            lemmas.append("n't" if lower in ("n't", "n’t") else lemma.lower())
        elif lower == "?":
            question = True
    out = {"u:" + w for w in lemmas}
    out.update(["b:" + a + "_" + b for a, b in pairwise(lemmas)])
    if not _SCORER_NEGATORS.isdisjoint(lemmas):
        reach = 0
        for w in lemmas:
            if reach:
                out.add("n:" + w)
                reach -= 1
            if w in _SCORER_NEGATORS:
                reach = _NEGATION_REACH
    if lemmas[:1] in (["i"], ["we"]):
        out.add("f:i-first")
    if question:
        out.add("f:question")
    if len(lemmas) <= 4:
        out.add("f:short")
    return out


def load_scorer(text: str) -> tuple[float, float, dict[str, float]]:
    """``(bias, threshold, weights)`` from the scorer file's text."""
    data: dict[str, Any] = json.loads(text)
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return float(data["bias"]), float(data["threshold"]), weights


def _the_scorer() -> tuple[float, float, Mapping[str, float]]:
    global _scorer
    if _scorer is None:
        with _scorer_lock:
            if _scorer is None:
                text = files("notecheck").joinpath(SCORER_RESOURCE).read_text(encoding="utf-8")
                _scorer = load_scorer(text)
    return _scorer


def sentence_score(words: Iterable[tuple[str, str]]) -> float:
    """How likely the sentence states the writer's interest in the job, 0..1."""
    bias, _, weights = _the_scorer()
    z = bias + sum(weights.get(f, 0.0) for f in sentence_features(words))
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


def _scored(ctx: Context) -> Sentence | None:
    """The first body sentence the scorer accepts, outside every sentence a rule judged."""
    _, threshold, _ = _the_scorer()
    judged = {h.sentence.index for h in PATTERNS.find(ctx.analysis)}
    doc = ctx.analysis.doc
    for sentence in ctx.analysis.body_sentences:
        if sentence.index in judged:
            continue
        words = ((t.lower_, t.lemma_) for t in doc[sentence.first : sentence.last])
        if sentence_score(words) >= threshold:
            return sentence
    return None


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
    scored = None
    if not interest and not found["negated"] and ctx.options.get("scorer", False):
        scored = _scored(ctx)
    if scored is not None:
        flags = [f for f in flags if f.code != "interest.missing"]
        return Outcome(
            tuple(flags),
            detected=True,
            evidence=(ctx.evidence(scored.start, scored.end, "scored interest"),),
            summary="states interest in the role (recognised by the sentence scorer, "
            "not a pattern)",
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
    "from the interview; flags negated, conditional, hedged and field-only interest. When no "
    "pattern finds interest (and none is withdrawn), a small learned sentence scorer may "
    "recognise it in a sentence no pattern judged; the summary then says so.",
    why="Interviewers want to hire people who want the job; a note that restates interest, "
    "especially interest the conversation strengthened, answers a question they still have.",
    how_to_fix="Say what about the role or team excites you now that you have met them: "
    "'Hearing about the migration project made me even more excited about the role.'",
    run=run,
    default_severity="warning",
    element=True,
    options=(
        Option(
            "scorer",
            True,
            "When no pattern finds interest, let a small learned sentence scorer recognise "
            "it (never against a withdrawal or in a sentence a pattern judged).",
        ),
    ),
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
