"""personalization: the note mentions something specific from the interview.

A note is personal when it calls back to something from the conversation and names it:
"hearing how your team rebuilt the churn dashboard", "the brand refresh you mentioned",
"the tour of the cross-dock facility". A callback to nothing in particular ("I enjoyed
learning more about the company", "the responsibilities you outlined") is generic, and so
is a template slot ("our conversation about {{ topic }}").

Patterns find where a note points at something (callbacks, thanks for, interest in, "your
...", a person met by name); the words they point at are then judged as a phrase: a run of
content words whose last word is its head. The job, the company, the meeting itself, courtesy
and time never count ("the barista opening", "your research group"); other common nouns count
with a specific modifier ("the audit calendar", "the scrap reduction project"), or without one
for something seen or described ("the tour of the kitchen", "the program you described").
"""

from __future__ import annotations

from .._check import Check, Context, Example, Flag, Outcome
from ._match import Hit, Rules, clause_end, clause_start, negated, words

# --- what it looks for -------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LEXICONS = {
    "HEAR": _words(
        "hear learn see discuss talk speak chat read explore watch tour shadow visit observe"
    ),
    "TALK": _words(
        "discussion conversation talk chat tour walkthrough demo presentation overview insight "
        "insights question questions exercise introduction description explanation test task "
        "session study assignment scenario simulation walk ride-along"
    ),
    "RECALL": _words(
        "mention describe explain share show outline discuss cover say note raise walk highlight "
        "point emphasise emphasize stress flag bring sketch present demo lay"
    ),
    # Honorifics: "Mr. Lindqvist", "Dr. Horomona" name a person met.
    "HONOR": _words("mr. ms. mrs. dr. mx. mr ms mrs dr prof. professor chef"),
}
# Words that name nothing in particular: the job, the company, the meeting itself,
# courtesy, time. A phrase ends at one of these: "your research group | appeals to me".
GENERIC_NOUNS = _words(
    """
    role position job post gig opening openings vacancy company organization organisation firm
    agency business employer team teams group department staff crew everyone members member
    colleague colleagues people folks person candidate candidates applicant applicants panel
    manager managers hiring recruiter recruiting recruitment search selection decision
    decisions news outcome result results offer step steps timeline update updates process
    application resume résumé cv portfolio background experience experiences skill skills
    qualification qualifications interview interviews onsite conversation conversations
    discussion discussions chat talk call meeting meetings visit tour lunch coffee dinner
    chance opportunity opportunities possibility consideration time patience help support kindness
    hospitality warmth guidance advice feedback insight insights perspective perspectives
    thoughts words email message note letter reply response voicemail schedule calendar inbox
    records reference references convenience attention interest enthusiasm energy passion
    knowledge expertise leadership culture values value mission vision goal goals need needs
    requirement requirements expectation expectations responsibility responsibilities duty
    duties workload work tasks day days morning afternoon evening night week weeks weekend
    month months year years hour hours minutes today yesterday tomorrow tonight monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december future growth environment industry field sector
    market place office workplace location everything anything something thing things stuff
    lot lots bit more detail details way ways kind type sort part aspect aspects question
    questions answer answers salary pay range compensation benefits clients client customers
    customers patients patient students student families children kids public population
    community volume operation operations structure dynamic dynamics atmosphere pace vibe vibes
    priority priorities area areas rest end status loss brilliance genius
    """
)
# Praise, filler and verbs that modify or surround a topic without naming it.
GENERIC_OTHER = _words(
    """
    great good wonderful lovely nice fantastic amazing excellent awesome terrific thoughtful
    insightful helpful interesting exciting engaging fascinating informative enjoyable
    productive valuable warm kind generous busy full whole entire new current upcoming next last
    previous recent specific particular additional further real true big small certain various
    several different important key main overall clear open candid honest detailed quick brief
    short long little first second final own same other such best better high higher strong
    right away soon
    really especially particularly truly genuinely honestly definitely certainly deeply thank
    thanks enjoy enjoyed appreciate appreciated love loved like liked learn learning learned
    hear hearing heard meet meeting met talk talking speak speaking chat chatting discuss
    discussing discussed see seeing saw know think feel hope look looking want wanted excited
    eager keen glad happy grateful thankful pleased interested able sure earlier later soon
    again also still even well much many join joining working being having getting making
    doing going help helping contribute contributing mentioned described explained shared
    outlined said expect decide provide pass passing spend spent make made take took give gave
    come came get got keep kept start starting
    """
)
GENERIC = GENERIC_NOUNS | GENERIC_OTHER
# Of those, the ones no modifier makes specific: the job ("the barista opening"), the
# organisation ("your research group"), the meeting itself ("the working interview"),
# courtesy and time. The rest name something with a modifier: "the audit calendar".
HARD = _words(
    """
    role position job post gig opening openings vacancy company organization organisation firm
    agency business employer team teams group department staff crew work field industry sector
    everyone members member colleague colleagues people folks person candidate candidates
    applicant applicants panel manager managers hiring recruiter interview interviews onsite
    conversation conversations discussion discussions chat talk call meeting meetings visit
    tour lunch coffee dinner chance opportunity opportunities consideration time patience help
    support kindness hospitality warmth guidance advice feedback words email message note
    letter reply response voicemail day days morning afternoon evening night week weeks
    weekend month months year years hour hours minutes today yesterday tomorrow tonight monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december experience experiences background skill
    skills qualification qualifications application resume résumé cv portfolio everything
    anything something thing things stuff lot lots bit more rest end status loss brilliance
    genius salary pay compensation benefits way ways kind type sort part
    """
)
# A head that names something only with a specific modifier: "the scrap reduction project",
# "your play-based approach", "the cross-dock facility", not "the project" or "the new plan".
SOFT = _words(
    """
    project projects plan plans approach approaches side program programme programs
    initiative initiatives system systems session sessions facility facilities clinic clinics
    unit units lab labs kitchen store stores site sites floor model models problem problems
    challenge challenges product products service services strategy strategies
    setup flow flows practice practices
    """
)
# A capitalised word before one of these is the job title or a place, not a topic.
TITLE_END = _words(
    "role position job post opening team department store branch office location site"
)
# The company's own name ("Corvid Systems") is not something specific from the interview.
COMPANY_END = _words(
    "inc inc. llc ltd ltd. co. corp corp. group systems labs studio studios partners "
    "associates holdings bank health solutions technologies consulting"
)
PATTERNS = Rules(
    {
        # A callback whose subject follows it: "hearing about the data migration".
        "forward": [
            "$HEAR about|how|of|that|why|what|the|your|through",
            "$TALK ~{0,2} ,? about|of|on|regarding|around|into|through|with",
            "open|candid|honest|frank|frankness|candor|candour|honesty|openness about|on",
            "open|candid|honest|frank|transparent you|they|he|she @be about|on",
            "the part|bit|piece|section|segment about|on|where|with",
            "@walk me through",
            "@show|introduce me",
            "for @explain|describe|share|show|outline",
            "you|u @mention|describe|explain|share|show|say|note|raise|highlight ~? that|how|the|your|you",
            "we @discuss|cover|talk",
            "the team|company|clinic|school|lab|foundation|unit 's",
            "sit|sat|sitting in on",
            "for|you @let|allow me",
            "@trust me with",
            "@learn ~{0,3} from",
            "@try ~? out|on",
        ],
        # Interest in something named: "excited about the T-cell project".
        "interest": [
            "excited|interested|curious|enthusiastic|keen about|in|by",
        ],
        # Thanks for something named: "thanks for the pairing session".
        "thanks": [
            "@thank|grateful|thankful|appreciate ~{0,3} for",
        ],
        # A callback whose subject comes before it: "the brand refresh you mentioned".
        "backward": [
            "you|u|we|he|she|they ~? $RECALL",
            "$RECALL ~? me|us through",
            "we @talk about",
            "$TALK",
        ],
        # Something of theirs, named: "your ERP rollout", "Biscuit's dental prep".
        "theirs": [
            "your",
            "#IS_TITLE 's",
        ],
        # A person met, by name.
        "person": [
            "you and $HONOR? #IS_TITLE",
            "$HONOR? #IS_TITLE and i|me",
            "$HONOR #IS_TITLE",
            "#IS_TITLE @mention|say|show|explain|describe|tell|walk|introduce",
            "@meet|introduction|introduce to? #IS_TITLE",
        ],
    },
    LEXICONS,
)
_LET_NOT = _words("know hear")
_PRONOUNS = _words("you u we he she they")
_CONTACT = _words("call phone ring email e-mail contact write reach cc copy forward text")
# Callbacks to something seen: a place counts without a modifier ("the tour of the lab").
_SEEN = _words(
    "tour tours toured touring show showed showing shown walk walked walking sit sat try tried "
    "trying"
)
_DETERMINERS = _words("the a an your our their his her its this that these those some any")


# --- how it decides ----------------------------------------------------------------------


def find_specifics(ctx: Context) -> list[Hit]:
    """Callbacks that name something specific from the interview (one per sentence)."""
    judge = _Judge(ctx)
    out: list[Hit] = []
    done: set[int] = set()
    for hit in PATTERNS.find(ctx.analysis):
        if hit.sentence.index in done:
            continue
        if judge.hit(hit):
            out.append(hit)
            done.add(hit.sentence.index)
    return out


class _Judge:
    """Judges the words a callback points at, over the note's token columns."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        columns = ctx.analysis.columns
        self.alpha, self.stop = columns["IS_ALPHA"], columns["IS_STOP"]
        self.num, self.title = columns["LIKE_NUM"], columns["IS_TITLE"]
        self.idx, self.length = columns["IDX"], columns["LENGTH"]
        self.w = words(ctx)
        self._names: frozenset[str] | None = None

    def hit(self, hit: Hit) -> bool:
        s = hit.sentence
        lower = self.w.lower
        if negated(self.ctx, hit, window=3):
            return False  # "I wasn't thankful for the traffic"
        if hit.label == "interest":
            runs = self.runs(hit.last, min(s.last, hit.last + 10))
            # Its objects only ("the position and the T-cell project"); a name there is the
            # company's ("interested in Solara Energy").
            objects, at = [], hit.last - 1
            for a, b in runs:
                if not self.after_for(a, at):
                    break
                objects.append((a, b))
                chained = b + 1 < s.last and lower[b] in ("and", "or")
                at = b if chained and lower[b + 1] in _DETERMINERS else -1
            return any(
                not any(self.title[k] and len(lower[k]) > 1 for k in range(a, b))
                and self.specific(a, b)
                for a, b in objects
            )
        if hit.label in ("forward", "thanks"):
            if lower[hit.last - 1] == "me" and hit.last < s.last and lower[hit.last] in _LET_NOT:
                return False  # "for letting me know"
            reach = 10 if hit.label == "forward" else 16
            end = min(clause_end(self.ctx, hit.last - 1, s), hit.last + reach)
            runs = [
                (a, b)
                for a, b in self.runs(hit.last, end)
                if not (lower[a - 1] in ("to", "with") and self.title[a])  # "along to Marcus"
            ]
            if hit.label == "thanks":
                # What the thanks are for, not the rest of the sentence: "thanks for the
                # time yesterday and for the ride-along on the rooftop unit call".
                runs = [(a, b) for a, b in runs if self.after_for(a)]
            seen = hit.label == "forward" and lower[hit.first] in _SEEN
            return any(self.specific(a, b, seen=seen) for a, b in runs)
        if hit.label == "backward":
            start = max(clause_start(self.ctx, hit.first, s), hit.first - 6)
            runs = self.runs(start, hit.first)
            # "the program you described": lenient, the writer points at it.
            lenient = hit.label == "backward" and lower[hit.first] in _PRONOUNS
            return (
                bool(runs) and runs[-1][1] == hit.first and self.specific(*runs[-1], seen=lenient)
            )
        if hit.label == "theirs":
            if hit.last - hit.first == 2 and not self.name(hit.first, s.first):
                return False
            runs = self.runs(hit.last, min(s.last, hit.last + 5))
            if not runs or runs[0][0] != hit.last:
                return False
            # One word after "your" is theirs but not named: "your lab", "your week".
            a, b = runs[0]
            return any(self.specific(a, k) for k in range(a + 2, b + 1))
        # person: the capitalised word of the hit is a name met, not the reader's.
        if hit.first - s.first < 2 and s.index == self.first_body():
            return False  # an unrecognised greeting: "Hiii Ms. Park!"
        if any(self.w.lemma[k] in _CONTACT for k in range(max(s.first, hit.first - 3), hit.first)):
            return False  # "I'll call Mr. Greyling": someone to contact, not someone met
        if lower[hit.first - 1] == "," and hit.last < s.last and not self.alpha[hit.last]:
            return False  # "Thank you for letting me know, Ms. Adair.": the reader
        return any(self.title[k] and self.name(k, s.first) for k in range(hit.first, hit.last))

    def after_for(self, k: int, word: int | None = None) -> bool:
        """The run at ``k`` directly follows "for" (or token ``word``), and a determiner."""
        lower = self.w.lower
        k -= 1
        if k >= 0 and lower[k] in _DETERMINERS:
            k -= 1
        return k >= 0 and (k == word if word is not None else lower[k] == "for")

    def runs(self, start: int, end: int) -> list[tuple[int, int]]:
        """Runs of content words (a hyphen joins: "quarter-end") in ``start:end``."""
        lower, space = self.w.lower, self.w.space
        out: list[tuple[int, int]] = []
        first = -1
        for k in range(start, end):
            content = (self.alpha[k] or self.num[k]) and not self.stop[k]
            # A hyphen joins words, stop words too: "quarter-end", "cut-over", "ride-along".
            joined = (lower[k] == "-" and first >= 0 and not space[k - 1] and not space[k]) or (
                self.alpha[k] and k > start and lower[k - 1] == "-" and first >= 0
            )
            if content or joined:
                if first < 0:
                    first = k
                continue
            if first >= 0:
                out.append((first, k))
                first = -1
        if first >= 0:
            out.append((first, end))
        # A phrase ends at a generic noun: "your research group | appeals to me".
        cut: list[tuple[int, int]] = []
        for a, b in out:
            for k in range(a, b):
                if lower[k] in GENERIC_NOUNS and not (k + 1 < b and lower[k + 1] == "-"):
                    cut.append((a, k + 1))
                    if k + 1 < b:
                        cut.append((k + 1, b))
                    break
            else:
                cut.append((a, b))
        return [(a, b) for a, b in cut if lower[b - 1] != "-" and lower[a] != "-"]

    def specific(self, first: int, last: int, *, seen: bool = False) -> bool:
        """Whether the run ``first:last`` names something in particular."""
        lower, lemma = self.w.lower, self.w.lemma
        if self.ctx.note.in_placeholder(
            self.idx[first], self.idx[last - 1] + self.length[last - 1]
        ):
            return False
        before = first - 1
        if before >= 0 and lower[before] in _DETERMINERS and lower[before] != "your":
            before -= 1
        if before >= 0 and lower[before] == "at":
            return False  # "at the Harbor Street café", "at Westbrook High": a workplace
        after = set(lower[last : last + 3])
        head = last - 1
        while head > first and lower[head] == "-":
            head -= 1
        # "the HR Coordinator role", "Corvid Systems", "your Elm Street store"
        titled = any(self.title[k] for k in range(first, last))
        if titled and (lemma[head] in TITLE_END or lower[head] in COMPANY_END or after & TITLE_END):
            return False
        word = lower[head]
        if word in HARD or len(word) < 3 or (lemma[head] in HARD and not word.endswith("ing")):
            return False
        if lower[head] in GENERIC_OTHER or lemma[head] in GENERIC_OTHER:
            return False
        if seen and not self.num[head] and word not in GENERIC_NOUNS:
            return True  # "the tour of the kitchen", "show me the lab"
        if _generic(lower[head], lemma[head]) or lemma[head] in SOFT or lower[head] in SOFT:
            return any(
                len(lower[k]) > 2 and lower[k] not in GENERIC and not self.num[k]
                for k in range(first, head)
            )
        # A verb form names nothing: "finally finding", "contribute quickly"; a compound
        # noun does: "the client onboarding".
        if head > first and word.endswith("ing") and not lower[head - 1].endswith("ly"):
            return True
        return not (word.endswith(("ing", "ly")) or (word.endswith("ed") and lemma[head] != word))

    def name(self, k: int, sentence_first: int) -> bool:
        """Token ``k`` is a name, and not the reader's, the writer's or the job title's."""
        lower = self.w.lower
        if self.stop[k] or not self.alpha[k] or lower[k] in LEXICONS["HONOR"]:
            return False
        if k == sentence_first and lower[k] in GENERIC:
            return False
        nxt = lower[k + 1] if k + 1 < len(lower) else ""
        if nxt in TITLE_END or nxt in COMPANY_END:
            return False
        return lower[k] not in self.names()

    def first_body(self) -> int:
        body = self.ctx.analysis.body_sentences
        return body[0].index if body else -1

    def names(self) -> frozenset[str]:
        """Words of the greeting, closing, signature and subject: the reader and writer."""
        if self._names is None:
            lower = self.w.lower
            self._names = frozenset(
                lower[k]
                for s in self.ctx.analysis.sentences
                if s.part in ("greeting", "closing", "signature", "subject")
                for k in range(s.first, s.last)
            )
        return self._names


def _generic(lower: str, lemma: str) -> bool:
    return lower in GENERIC or lemma in GENERIC


# --- what it reports ---------------------------------------------------------------------


def run(ctx: Context) -> Outcome:
    hits = find_specifics(ctx)
    if hits:
        seen: set[int] = set()
        shown = []
        for h in hits:
            if h.sentence.index not in seen:
                seen.add(h.sentence.index)
                shown.append(ctx.evidence(h.sentence.start, h.sentence.end, "specific"))
        return Outcome(evidence=tuple(shown), summary="mentions something specific")
    return Outcome(
        (
            Flag(
                "personalization.generic",
                "The note could have been sent after any interview; mention something "
                "specific you discussed.",
                severity="info",
            ),
        ),
        summary="generic",
    )


CHECK = Check(
    id="personalization",
    title="Personalization",
    summary="Looks for a reference to something specific from the interview: a project, a "
    "topic discussed, something seen on a tour.",
    why="A specific callback shows you listened and makes the note memorable; generic lines "
    "read like a template.",
    how_to_fix="Add one sentence about something you discussed: 'I enjoyed hearing about the "
    "move to on-call rotations.'",
    run=run,
    default_severity="info",
    codes={"personalization.generic": "nothing specific from the interview"},
    passing=(
        Example("Dear Jo,\n\nThank you. I enjoyed learning about the data migration.\n\nKim"),
    ),
    failing=(
        Example("Dear Jo,\n\nThank you for your time.\n\nKim", codes=("personalization.generic",)),
        Example(
            "Dear Jo,\n\nThank you. I enjoyed learning more about the company and the role.\n\nKim",
            codes=("personalization.generic",),
            title="a callback to nothing in particular",
        ),
    ),
)
