"""The words that tell who states a figure: reporting verbs, "according to" phrases, trailing cues ("…, X said.",
"…, informs the Ministry of Defence."), headline sources, translated wire-copy cues, and the words that look like a
source but name nobody (pronouns, relative words, the figure itself).

Split out of ``source``: these patterns, word lists and one-verb tests are what the source finders (``source``,
``source_nearby``, ``source_relative``) and ``reach`` match against; they find no span themselves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SOURCE_CUES = re.compile(
    r"^(?:say|said|tell|told|report|announce|state|confirm|claim|estimate|add|note|put|declare|allege|insist|deny|"
    r"inform|withdraw|retract|correct|revise|predict|expect|warn|raise|lower|update|document|count|register|"
    r"write|tweet|post|publish|give|release|quote|cite|record|tally|suggest|indicate|seek|demand|fear|believe|clarif|"
    r"list|expect|admit|concede|acknowledge|ask|show|communicat|forecast|"
    # "police logged 22 people wounded", "the channel asserts that …", translated corrections "refined: detained are 33"
    r"log(?!ic)|assert|refine|maintain|contend|affirm|calculate|reckon|air(?!\w)|broadcast)",
    re.IGNORECASE)
ACCORDING = re.compile(r"\b(?:according to (?:the )?(?:[\w-]+ )?(?:data|information|figures|estimates?|count|statement|"
                       r"message|report) (?:of|from|by)|according to|(?<!without )citing(?!\s+instead\b)(?!\s+(?:no|none|any|nothing)\b)(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                       # "citing a data-entry error", "citing security concerns": a reason, not who said it
                       r"(?:errors?|mistakes?|glitch\w*|reasons?|concerns?|lack|problems?|difficult\w*|issues?|needs?|"
                       r"risks?|threats?|fears?|delays?|confusion|oversights?|(?:double|duplicate)[- ]?count\w*|miscount\w*|"
                       r"counting|duplicat\w*|typos?|clerical)\b)|as reported by|attributed to|per|"
                       # translated "by the words of", "with reference to": "By the words of the representative of …"
                       r"(?:by|in|on|from) (?:the )?words of|with reference to|referring to|"
                       r"(?:by|on|under|from) (?:the |a )?"
                       # translated "by preliminary data of", "by the latest data of", "by official figures of"
                       r"(?:(?:preliminary|latest|updated|official|operational|initial|first|provisional|new|last|current)\s+)?"
                       r"(?:data|estimates?|figures|count|information) of)\s+(?P<source>[^,.;:]{2,80})", re.IGNORECASE)
TRAILING_SOURCE = re.compile(
    r",[\"”’]?\s*(?:(?P<verb_first>(?:as\s+)?(?:informs?|informed|communicates?|communicated|reports?|reported|says|said|writes|wrote|notes|noted|announced|stated|"
    r"declares|declared|specifies|specified|clarifies|clarified|notif(?:y|ies|ied)|announces|transmits|"
    r"told reporters|confirmed))\s+(?P<after>(?:the\s+)?[A-Z][^,.;]{2,70})|(?P<before>(?:the\s+|a\s+)?[^,;]{3,70}?|it|he|she|they|we)"
    r"(?<!\bnot)(?<!n't)(?<!never)(?<!\bbe)(?<!\bbeen)(?<!\bindependently)(?<!\bwere)(?<!\bwas)(?<!\bis)(?<!\bare)\s+"
    r"(?:said|says|estimates?|estimated|reported|reports|added|told reporters|confirmed|announced|fear|fears|feared|"
    r"believe|believes|warned|warn|warns|admitted|conceded|acknowledged|told(?:\s+(?!that\b)[\w'’-]+){1,3}?)"
    r"(?:\s+(?:on|late on|early on|last|this)\s+\w+|\s+in a (?:statement|report|post|bulletin))?)"
    # the cue ends the sentence, the part before a semicolon, or comes before a clause about something else
    # ("…, the civil protection office said, as the river rose above its flood mark")
    r"\s*(?:\.?[\"”’]?\s*$|;|,\s*(?:as|though|although|while|whereas|where|when|after|before|because|since|"
    r"adding|saying|citing|amid|despite|and|but|also)\b"
    # or set off by commas within the sentence: "More than 84,000 people have fled …, the UN refugee agency estimates,
    # roughly two-thirds of them women and children" (``reach`` decides which clauses it covers)
    r"|(?=,\s+(?!(?:who|which|whose|whom|where|when|that)\b)\S))",
    re.IGNORECASE,
)
#: a verdict, which a "find" gives as an act, not a statement of a figure
VERDICTS = frozenset("guilty innocent liable responsible culpable fit unfit competent".split())
#: a study as the source: "…, a survey by the energy regulator found."
STUDY_SOURCE = re.compile(r",\s*(?P<source>(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:survey|study|report|poll|census|"
                          r"audit|review|analysis|assessment)(?:\s+(?:by|from|of)\s+[^,.;]{2,50}?)?)\s+(?:found|finds|shows?|"
                          r"showed|suggests?|suggested|concluded)\s*\.?\s*$"
                          # records without an owner or article: "…, court records show."
                          r"|,\s*(?P<records>(?:[\w'’-]+\s+){0,2}?(?:records|documents|filings|papers|statistics|data))\s+(?:show|"
                          r"showed|indicate|indicated|suggest|suggested)\s*\.?\s*$", re.IGNORECASE)
#: cues of translated wire copy that end the sentence and name whoever gives the figures after them: "…, it is said in
#: the message of the press service of courts.", "…, such data lead in the traffic police.", "…, as said to the
#: correspondent of the agency in the rescue headquarters."
MT_TRAILING = re.compile(r"[,;]\s*(?:it is (?:said|spoken|told|reported|informed|communicated|stated|specified|noted) "
                         r"(?:in|on|at) (?:the )?(?:message|site|website|report|statement|communiqu\w+|press release|page|"
                         r"bulletin|channel|information) (?:of|from)"
                         r"|such (?:data|figures|information|numbers) (?:lead|are led|give|are given|cite|are cited|bring|are "
                         r"brought|result|are resulted) (?:in|by|at)"
                         r"|as (?:said|told|reported|informed|communicated|stated|specified) (?:to )?(?:the |a )?"
                         r"correspondents? of (?:the )?(?:[\w-]+ )?(?:agency|newspaper|channel|portal|edition|outlet) (?:in|at|by))"
                         r"\s+(?P<source>[^,;]{2,80}?)\s*[.!]?\s*$", re.IGNORECASE)
#: nouns for a body of figures: the subject of "show" is then the source ("Government figures show 412 …")
DATA_NOUNS = frozenset("figure data statistic record tally estimate count survey report study poll census".split())
#: "by police estimates", "by the army's count": the estimator before the noun
BY_ESTIMATE = re.compile(r"\bby (?P<source>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?:['’]s?)?\s+(?:own\s+)?"
                         r"(?:estimates?|figures|count|tally|reckoning|calculations?)\b", re.IGNORECASE)
#: a headline's source before a colon: "Interior ministry: 312 protesters detained" (not "Correction:", "Update:")
HEADLINE_COLON = re.compile(r"\s*(?!(?:correction|update|updated|breaking|exclusive|analysis|opinion|watch|live|note|"
                            r"editor'?s note|factbox|explainer|timeline)\b)(?P<source>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}):\s",
                            re.IGNORECASE)
#: a headline's source after a dash: "Bus crash toll rises to 17 - hospital"
HEADLINE_SOURCE = re.compile(r"\s[-–—]\s+(?P<source>[A-Za-z][\w'’ ]{1,30}?)\s*$")
#: "An earlier version of this report said …": the outlet's own voice, not a source
OWN_VOICE = re.compile(r"\b(?:this|our) (?:report|article|story|page)\b", re.IGNORECASE)
#: phrases before a reporting verb that are a figure, not who states it: "…, up from the eight reported on Monday"
NOT_WHO = re.compile(r"^(?:up|down|rising|falling|compared|from|than|against|versus|with|as|though|although|while|but|and|"
                     r"if|when|because|since|after|before|where|which|who)\b|^(?:a|the|that|this) (?:number|figure|"
                     r"toll|count|estimate|total|tally)\b|\b(?:one|two|three|four|five|"
                     r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|"
                     r"hundreds|thousands|several)\b", re.IGNORECASE)
#: a document pointed back at ("That bulletin", "this report"): it stands for whoever issued it, named before
DOCUMENT_PRONOUN = re.compile(r"(?:that|this|the|its|their|the same|the earlier|that earlier) (?:bulletin|report|statement|"
                              r"update|release|press release|communiqu[eé]|notice|post)", re.IGNORECASE)
PRONOUNS = frozenset("i we you he she they it us them him her its their".split())
#: relative words, which name nobody: "…, whose declared assets …", "a clinic that said"
RELATIVE_WORDS = frozenset("which that who whose whom".split())
#: a reporting verb first, as machine translation writes it: "Informs the Ministry of Internal Affairs: …"
VERB_FIRST = re.compile(r"\s*(?i:as\s+)?(?i:informs?|reports?|says|said|announced|stated|told|declares?|declared|communicates|"
                        # "As transfers the state agency X, …" (a literal "as X relays"), "As declare in the republic, …"
                        r"transfers|transmits|passes|"
                        # "As claimed without any proofs the so-called 'authorities' of …, …"
                        r"claims|claimed)(?i:\s+without\s+(?:any\s+)?(?:evidence|proofs?))?\s+(?i:(?:in|at)\s+(?=the\s))?"
                        r"(?P<source>(?:the\s+)?\w[^:;,.]{2,70})"
                        r"(?::|,\s*that\b|(?<=[\w'’”\"])(?=,))")
#: a subject and a reporting verb opening the sentence, with "that" after it (an aside between): read from the words when
#: the parse misses the verb ("The mayor's lawyers allege, without evidence, that …")
OPENING_CUE = re.compile(r"\s*(?P<source>(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}?)\s+(?:allege|alleges|alleged|claim|"
                         r"claims|claimed|say|says|said|insist|insists|insisted|maintain|maintains|maintained|contend|"
                         r"contends|contended)(?:\s*,[^,;]{2,50},)?\s+that\b", re.IGNORECASE)
#: unnamed reports as the source: "reports that …", "Unconfirmed reports suggest …"
REPORTS = re.compile(r"\b(?P<source>(?:(?:unconfirmed|local|media|press|earlier|initial|some|other)\s+)?reports)\s+"
                     r"(?:that|suggest\w*|say|said|indicate\w*)\b", re.IGNORECASE)
#: subjects of a reporting verb that are the figure, not who states it ("the figure was revised")
NOT_SOURCES = frozenset(("figure", "toll", "number", "death", "correction", "damage", "document", "sum", "amount",
                         # a cause, not who states it: "a data-entry error had doubled the tally"
                         "error", "mistake", "glitch", "typo"))
#: things that say something without being who says it
DOCUMENT_NOUNS = frozenset("statement document message post tweet release letter bulletin article story broadcast "
                           "communique communiqué notice item entry version edition page website site".split())
#: unnamed data as the source, in translated wire copy: "By unconfirmed data, …", "According to preliminary information, …"
UNNAMED_DATA = re.compile(r"\s*(?:by|on|per|according to|under) (?P<source>(?:unconfirmed|unofficial|preliminary|unverified) "
                          r"(?:data|information|reports|figures))\s*,", re.IGNORECASE)
#: words that make "speak of" a figure: "state radio spoke of a few hundred troublemakers"
_VAGUE_FIGURES = frozenset("hundreds thousands dozens scores millions few several handful dozen".split())
#: verbs that withdraw a statement: their subject gave the figure ("The bureau scrapped its estimate that …")
WITHDRAW_VERBS = frozenset("scrap rescind remove delete pull drop".split())
#: what is withdrawn: a statement of figures
WITHDRAWN_NOUNS = frozenset("estimate figure figures claim story article tally count report post bulletin statement "
                            "number total toll data".split())


def _informed_of(verb: "Token") -> bool:
    """Whether a reporting verb "of" a figure hangs on the clause's subject as a modifier, as translation writes "the
    agency Ostinform informed of 9 dead, however …" (the parser took "informed" for a participle)."""
    return verb.head.dep_ == "nsubj" and verb.lemma_.lower() in ("inform", "report", "communicate", "announce") \
        and verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree)
                                                for c in verb.children)


def _speaks_of_figure(verb: "Token") -> bool:
    """Whether "speak of" / "talk of" names a figure: "rebel channels speak of thousands of volunteers" (not "spoke of
    the victims")."""
    if verb.lemma_.lower() not in ("speak", "talk"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num or t.lower_ in _VAGUE_FIGURES
                                                               for t in c.subtree) for c in verb.children)


def _keeps_count(verb: "Token") -> bool:
    """Whether "keep" / "maintain" takes a list or tally as its object: "Relatives' groups keep a list of 1,316 men"."""
    return verb.lemma_.lower() in ("keep", "maintain", "compile", "publish") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("list", "tally", "count", "register", "record", "log", "database")
        for c in verb.children)


def _withdraws_statement(verb: "Token") -> bool:
    """Whether a verb of removing takes a statement as its object: "deleted from its website a tally giving …",
    "scrapped its estimate that …" (not "rescuers removed 12 bodies")."""
    taken_down = verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return (verb.lemma_.lower() in WITHDRAW_VERBS or taken_down) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WITHDRAWN_NOUNS for c in verb.children)  # "took down a story …"


def _frees(verb: "Token") -> bool:
    """Whether a "release" verb frees people rather than publishing figures: "each side released 95 prisoners of war"
    (the release is the event counted, not a statement), unlike "the ministry released figures showing …"."""
    if verb.lemma_.lower() != "release":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.like_num or any(g.like_num for g in c.children)
                                                   or c.lower_ in ("prisoners", "hostages", "detainees", "captives"))
               for c in verb.children)
