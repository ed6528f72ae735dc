"""Who states a figure: "according to X", "X said", "…, informs the Ministry of Defence."; None for the outlet's voice.

A source is returned with its character offsets in the paragraph ``Doc`` so that the claim can point at
the words (and the lead can link them to an entity mention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...annotate import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
                       r"counting|duplicat\w*|typos?|clerical)\b)|as reported by|attributed to|per|(?:by|on|under|from) (?:the |a )?"
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


@dataclass(frozen=True, slots=True)
class Source:
    """A source phrase and its offsets in the paragraph text."""

    text: str
    start: int
    end: int


def _trimmed(text: str, start: int, end: int, strip: str = "") -> Source:
    """The phrase text[start:end] without blanks (and the ``strip`` characters) around it."""
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return Source(text=text[start:end], start=start, end=end)


def find_source(sent: "Span", lo: int | None = None, hi: int | None = None) -> Source | None:
    """Who states the figures between paragraph offsets lo and hi (the sentence by default): "according to X",
    a trailing "…, X said.", or the active subject of a reporting verb."""
    lo = sent.start_char if lo is None else lo
    hi = sent.end_char if hi is None else hi
    text = text_of(sent.doc)
    match = ACCORDING.search(text, lo, hi) or BY_ESTIMATE.search(text, lo, hi)
    if match and lo == sent.start_char and re.match(r"\s*citing\b", text[match.start():], re.I) \
            and not text[sent.start_char:match.start()].strip():
        # "Citing an officer close to the command, the state agency Belpress reported …": the agency that reports is the
        # source (the one it cites is its informant), when the sentence names it with a reporting verb
        reporter = find_source(sent, text.find(",", match.end("source") - 1, hi) + 1 or hi, hi)
        if reporter is not None:
            return reporter
    if match:
        # "by data of the Ministry of Emergency Situations are evacuated …": the source ends before a clause's verb
        cut = re.search(r"\s+(?:are|is|were|was|have|has|had|will)\s|\s+(?:and|but|while)\s+(?=(?:[a-z]+\s+){0,3}\d)",
                        text[match.start("source"):match.end("source")])
        end = match.start("source") + cut.start() if cut else match.end("source")
        return _trimmed(text, match.start("source"), end)
    translated = MT_TRAILING.search(text, lo, hi) if hi == sent.end_char else None
    if translated:  # "…, it is said on the site of the mayoralty."
        return _trimmed(text, translated.start("source"), translated.end("source"))
    for trailing in (TRAILING_SOURCE.finditer(text, lo, hi) if hi == sent.end_char else ()):
        # "…, informs the Ministry of Defence." / "…, the regional relief office estimates."
        group = "after" if trailing.group("after") else "before"
        found = _trimmed(text, trailing.start(group), trailing.end(group))
        if not re.search(r"\d", found.text) and len(found.text.split()) <= 10 and not NOT_WHO.search(found.text):
            return found
    colon = HEADLINE_COLON.match(sent.text) if (lo, hi) == (sent.start_char, sent.end_char) \
        and not re.search(r"[.!?\"”’]\s*$", sent.text) else None
    if colon and not any(t.pos_ in ("VERB", "AUX") and t.idx < sent.start_char + colon.end("source") for t in sent):
        # "Interior ministry: 312 protesters detained, 47 officers injured" (not "Ferry sinks off the coast: 9 dead")
        return _trimmed(text, sent.start_char + colon.start("source"), sent.start_char + colon.end("source"))
    study = STUDY_SOURCE.search(text, lo, hi) if hi == sent.end_char else None
    if study:
        group = "source" if study.group("source") else "records"
        return _trimmed(text, study.start(group), study.end(group))
    headline = HEADLINE_SOURCE.search(text, lo, hi) if hi == sent.end_char and not re.search(r"[.!?\"”’]\s*$",
                                                                                            sent.text) else None
    if headline and len(headline.group("source").split()) <= 4:  # "Bus crash toll rises to 17 - hospital"
        return _trimmed(text, headline.start("source"), headline.end("source"))
    opening = VERB_FIRST.match(text, lo, hi) if lo == sent.start_char else None
    if opening:  # "Informs the Ministry of Internal Affairs: …"
        return _trimmed(text, opening.start("source"), opening.end("source"))
    pronoun: Source | None = None
    for token in sent:
        if not lo <= token.idx < hi:
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") \
                and (token.head.dep_ == "ROOT" and (token.tag_ == "VBD" or token.doc[token.i - 1].text == ",")
                     or _informed_of(token)) \
                and SOURCE_CUES.match(token.lemma_) and token.i > token.head.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children) \
                and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") and t.i < token.i
                            for t in token.head.subtree):
            # "The ruling party's newspaper, Dawn of Kalvena, alleged without evidence that …": the parser took the
            # sentence for a noun phrase; the noun is the subject of the reporting verb
            words = [t for t in token.head.subtree if t.i < token.i]
            while words and words[-1].is_punct:
                words.pop()
            return _trimmed(text, words[0].idx, words[-1].idx + len(words[-1]), ",")
        if token.dep_ in ("relcl", "acl") and lo == sent.start_char and hi == sent.end_char:
            antecedent = _antecedent(token)
            if antecedent:  # "State television, which on Sunday reported 9 deaths, …"
                return antecedent
            continue  # "a 10-year sentence, which her lawyers said they would appeal": not the figure's source
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) and token.i - sent.start > 3 \
                and (lo, hi) == (sent.start_char, sent.end_char):
            continue  # "…, as some newspapers reported, …" credits the figure before it (``figure_source``)
        if token.pos_ in ("VERB", "NOUN") and token.dep_ in ("ROOT", "ccomp", "conj", "parataxis", "advcl", "relcl", "dep") \
                and (SOURCE_CUES.match(token.lemma_) and token.lemma_.lower() not in ("give",) and not _frees(token)
                     or token.lemma_.lower() == "find" and any(c.dep_ == "ccomp" and c.lower_ not in VERDICTS
                                                               for c in token.children)
                     or _speaks_of_figure(token) or _withdraws_statement(token) or _keeps_count(token)):
            # "find" reports only a finding: "The commission found that 1,340 votes …" (not "Police found two bodies")
            # (nor a verdict: "the jury found the four officers not guilty" is an act of the jury, not a statement)
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if token.lemma_.lower() in ("show", "suggest", "indicate") and subjects \
                    and subjects[0].lemma_.lower() in DATA_NOUNS:  # "Government figures … show 412 people in detention"
                words = [t for t in subjects[0].subtree if t.dep_ not in ("relcl", "punct") and not any(
                    a.dep_ == "relcl" for a in t.ancestors if a.i in {x.i for x in subjects[0].subtree})]
                return _trimmed(text, words[0].idx, words[-1].idx + len(words[-1]), ",")
            head = token
            # a passive cue has its own subject ("300 households were told to keep their windows shut": an instruction
            # to them), not the subject of the verb it is joined to
            while not subjects and not any(c.dep_ == "nsubjpass" for c in token.children) and head.dep_ in ("conj", "dep") and head.head.i != head.i and head.head.pos_ in ("VERB",
                                                                                                         "AUX"):
                # "police put the turnout at 22,000 and reported 14 arrests"; "The commission first gave the party
                # 18,300 votes …, then withdrew the figure and now puts …": the subject of the verbs it goes on from
                head = head.head
                subjects = [c for c in head.children if c.dep_ == "nsubj"]
            agent = _document_agent(subjects[0]) if subjects and token.lemma_.lower() in ("show", "suggest", "indicate",
                                                                                          "reveal") else None
            if agent is not None:  # "Satellite pictures reviewed by the Harwell Conflict Lab show 4,000 troops": the lab
                return agent
            if subjects and subjects[0].lower_ != "there" and subjects[0].lower_ not in RELATIVE_WORDS:
                # "police, who had 2,500 officers on duty, put the crowd at …": the subject without its relative clause
                clauses = {t.i for c in subjects[0].children if c.dep_ in ("relcl", "acl") for t in c.subtree}
                subtree = [t for t in subjects[0].subtree if t.i not in clauses]
                while subtree and subtree[-1].text in (",", ";", ":", "-", "–", "—") and len(subtree) > 1:
                    subtree.pop()
                if any(t.like_num and t.pos_ == "NUM" for t in subtree) or any(t.lemma_.lower() in NOT_SOURCES
                                                                               for t in subtree):
                    continue  # "the figure was …", "A further 21 deaths were recorded": the figure, not a source
                found = _trimmed(text, subtree[0].idx, subtree[-1].idx + len(subtree[-1]), ",")
                if OWN_VOICE.search(found.text) and (lo, hi) == (sent.start_char, sent.end_char):
                    continue  # "An earlier version of this report said …": its own clause only (see figures)
                if found.text.lower() in PRONOUNS:  # "'We are expecting 50,000,' union leader Petra Holm told …"
                    pronoun = pronoun or found
                    continue
                return found
    opening = OPENING_CUE.match(text, lo, hi) if lo == sent.start_char else None
    if opening and not any(t.pos_ in ("VERB", "AUX") for t in sent if opening.start("source") <= t.idx < opening.end("source")):
        # "The mayor's lawyers allege, without evidence, that …" where the parser took the verb for a noun
        return _trimmed(text, opening.start("source"), opening.end("source"))
    reports = REPORTS.search(text, lo, hi)
    if reports:  # "despite reports that dozens of buildings had cracked", "Unconfirmed reports suggest …"
        return _trimmed(text, reports.start("source"), reports.end("source"))
    unnamed = UNNAMED_DATA.match(text, lo, hi) if lo == sent.start_char and pronoun is None else None
    if unnamed:
        # "By unconfirmed data, under the ruins … may be found 20–25 persons" (as "Unconfirmed reports suggest"), when
        # nobody is named ("By preliminary data, …, reports the agency X": the agency)
        return _trimmed(text, unnamed.start("source"), unnamed.end("source"))
    return pronoun


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


def _document_agent(noun: "Token") -> Source | None:
    """Who read a document that shows figures: the agent of a participle on it ("pictures reviewed by the lab",
    "records obtained by the newspaper", "data compiled by monitors"), or None."""
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            for agent in clause.children:
                objects = [c for c in agent.children if c.dep_ == "pobj"] if agent.dep_ == "agent" else []
                if objects:
                    words = list(objects[0].subtree)
                    return _trimmed(text_of(noun.doc), words[0].idx, words[-1].idx + len(words[-1]), ",")
    return None


def _keeps_count(verb: "Token") -> bool:
    """Whether "keep" / "maintain" takes a list or tally as its object: "Relatives' groups keep a list of 1,316 men"."""
    return verb.lemma_.lower() in ("keep", "maintain", "compile", "publish") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("list", "tally", "count", "register", "record", "log", "database")
        for c in verb.children)


def _withdraws_statement(verb: "Token") -> bool:
    """Whether a verb of removing takes a statement as its object: "deleted from its website a tally giving …",
    "scrapped its estimate that …" (not "rescuers removed 12 bodies")."""
    return verb.lemma_.lower() in WITHDRAW_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in WITHDRAWN_NOUNS
                                                         for c in verb.children)


def _frees(verb: "Token") -> bool:
    """Whether a "release" verb frees people rather than publishing figures: "each side released 95 prisoners of war"
    (the release is the event counted, not a statement), unlike "the ministry released figures showing …"."""
    if verb.lemma_.lower() != "release":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.like_num or any(g.like_num for g in c.children)
                                                   or c.lower_ in ("prisoners", "hostages", "detainees", "captives"))
               for c in verb.children)


#: "Its first figure, 73 injured, …": a pronoun's count (resolved like a pronoun source)
PRONOUN_COUNT = re.compile(r"\b(?P<source>its|their)\s+(?:own\s+|first\s+|latest\s+|initial\s+|new\s+|earlier\s+|"
                           r"revised\s+|official\s+)?(?:counts?|estimates?|tall(?:y|ies)|figures?|tolls?)\b[^.;\d]{0,20}$",
                           re.IGNORECASE)
#: who the figure's own words credit: "the city hall's count of 4,000", "300 students …, as activists alleged"
POSSESSIVE_SOURCE = re.compile(r"(?P<source>(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?[\w-]+?)(?:['’]s|(?<=s)['’])\s+(?:own\s+|latest\s+|"
                               r"official\s+|initial\s+|final\s+)?(?:counts?|estimates?|tall(?:y|ies)|figures?|tolls?|data|"
                               r"census)\b(?:\s+(?:of|at|was|is|were|are|stood at|put at)|[^,;\d]{0,40}?\s+(?:at|of))\s+$",
                               re.IGNORECASE)
#: a count named by who made it, without a possessive: "running instead a police count of 25,000", "an army estimate of"
AGENT_COUNT = re.compile(r"\b(?:a|an|the|their|its)\s+(?P<source>police|army|military|government|ministry|hospital|coroner|"
                         r"union|organi[sz]ers|UN|NGO|city|council|church|party|opposition|monitors|rebel|militia)\s+"
                         r"(?:counts?|estimates?|tall(?:y|ies)|figures?)\s+(?:of|at|was|is|put at|stood at)\s+$")
#: someone's account of the figure: "disputes the sheriff's account that deputies fired only 4 rounds"
POSSESSIVE_ACCOUNT = re.compile(r"(?P<source>(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+?)(?:['’]s|(?<=s)['’])\s+(?:own\s+|"
                                r"official\s+|initial\s+|first\s+|earlier\s+)?(?:account|version|claim|assertion|statement)"
                                r"\s+that\b[^,;\d]{0,60}$", re.IGNORECASE)
AS_ALLEGED = re.compile(r"[^,;]{0,60},?\s+as\s+(?!(?:originally|initially|previously|earlier|first|wrongly|incorrectly|"
                        r"mistakenly|erroneously)\s)(?P<source>(?:the\s+|an?\s+)?[\w'’ -]{2,50}?)\s+(?:had\s+|have\s+|has\s+)?"
                        r"(?:alleged|claimed|said|reported|stated|insisted|suggested|charged|contended)\b", re.IGNORECASE)


def nearest_cue(sent: "Span", start: int) -> Source | None:
    """With two or more "according to" / "by the estimate of" cues in a sentence, the one that governs the figure at
    paragraph offset ``start``: the nearest before it, else the first after it ("by the estimate of the ministry,
    about 3 500 people, by the estimate of organizers — not less than 25 thousand"). None with fewer than two."""
    text = text_of(sent.doc)
    cues = [m for pattern in (ACCORDING, BY_ESTIMATE) for m in pattern.finditer(text, sent.start_char, sent.end_char)
            if m.group("source").strip().lower() not in ("the", "a", "an", "its", "their", "his", "her")]
    if len({m.start() for m in cues}) < 2:
        return None
    right_after = [m for m in cues if m.start() >= start and m.start() - start <= 60
                   and not re.search(r"(?<!\d)[,;:—–]|[,;:—–](?!\d)|\band\b", text[start:m.start()])]
    if right_after:
        # "62,000 people by the organisers' count and no more than 18,000 by the estimate of city police": a cue right
        # after the figure, in its own phrase, is its own
        match = right_after[0]
        return _trimmed(text, match.start("source"), _cue_end(match))
    before = [m for m in cues if _cue_end(m) <= start]
    match = max(before, key=lambda m: m.start()) if before else min(cues, key=lambda m: m.start())
    return _trimmed(text, match.start("source"), _cue_end(match))


def _cue_end(match: re.Match[str]) -> int:
    """Where a cue's source ends: before a verb or a dash ("by the estimate of organizers — not less than …")."""
    # (or before another figure: "according to the parish and no more than 1,500 according to …")
    cut = re.search(r"\s+(?:are|is|were|was|have|has|had|will)\s|\s*[—–]|\s+-\s|\s+(?:and|but|while)\s+(?=(?:[a-z]+\s+){0,3}\d)",
                    match.group("source"))
    return match.start("source") + (cut.start() if cut else len(match.group("source")))


#: a figure "given by", "released by" someone, right after it (over its noun): "a figure of 75 dead given by local officials"
GIVEN_BY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:given|released|issued|published|announced|provided|cited|compiled|"
                      r"supplied|reported)\s+by\s+(?P<source>(?:the\s+|an?\s+)?[\w'’ -]{2,50}?)(?=\s+(?:was|were|is|are|has|"
                      r"have|had|on|in|at|last|this|and|but|which|who)\b|\s*[,.;]|$)", re.IGNORECASE)


#: a time after "by", not who gave the figure: "29 were released by Friday", "by the end of the week"
TIME_WORDS = re.compile(r"(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                        r"april|may|june|july|august|september|october|november|december|noon|midday|midnight|dawn|dusk|"
                        r"nightfall|evening|morning|afternoon|tonight|today|tomorrow|then|now|end|close|start|time|"
                        r"\d)\b", re.IGNORECASE)


#: unnamed reports of the figure: "calling reports of 200 captured troops 'enemy propaganda'"
REPORTS_OF = re.compile(r"\b(?P<source>(?:(?:unconfirmed|unverified|local|media|press|earlier|initial|first|some|other|"
                        r"social media|online)\s+)?reports)\s+of\s+(?:(?:up to|about|some|around|nearly|almost|at least|"
                        r"more than|over|as many as|roughly)\s+)?$", re.IGNORECASE)


def figure_source(sent: "Span", start: int, end: int) -> Source | None:
    """A source the words right around the figure at paragraph offsets start:end name: a possessive count before it
    ("the city hall's count of 4,000"), unnamed "reports of 200" (decision 9: source "reports"), or an "as X alleged"
    after it."""
    text = text_of(sent.doc)
    before = POSSESSIVE_SOURCE.search(text, max(sent.start_char, start - 80), start) \
        or PRONOUN_COUNT.search(text, max(sent.start_char, start - 60), start) \
        or REPORTS_OF.search(text, max(sent.start_char, start - 60), start) \
        or POSSESSIVE_ACCOUNT.search(text, max(sent.start_char, start - 100), start) \
        or AGENT_COUNT.search(text, max(sent.start_char, start - 60), start)
    verbs = [t for t in sent if before and t.pos_ in ("VERB", "AUX", "ADV")
             and before.start("source") <= t.idx < before.end("source")]
    if verbs and before.re is POSSESSIVE_SOURCE and not any(SOURCE_CUES.match(v.lemma_) for v in verbs):
        # (a counting verb's subject gives the figure: "now puts the union's tally there at 9,150" is the commission's)
        # "The ministry called the opposition's tally of 20,000 …": the owner starts after the verb
        before = POSSESSIVE_SOURCE.search(text, verbs[-1].idx + len(verbs[-1]), start)
    if before and not any(t.pos_ in ("VERB", "AUX", "ADV") for t in sent
                          if before.start("source") <= t.idx < before.end("source")):
        # (not "now puts the union's tally there at 9,150": the union is what is tallied, the verb's subject tallies)
        return _trimmed(text, before.start("source"), before.end("source"))
    after = AS_ALLEGED.match(text, end, sent.end_char)
    if after:
        return _trimmed(text, after.start("source"), after.end("source"))
    given = GIVEN_BY.match(text, end, sent.end_char)
    if given and not TIME_WORDS.match(given.group("source")):  # "A figure of 75 dead given by local officials was rejected …"
        return _trimmed(text, given.start("source"), given.end("source"))
    return None


def resolve_pronoun(source: Source | None, sent: "Span", before: list["Span"],
                    named: Source | None = None) -> Source | None:
    """A pronoun source ("He said", "'We expect 50,000,' they said") stands for ``named`` (the sentence's own source)
    when that comes first, else for the source or the named subject of a sentence before (nearest first); it is
    left out when none names one. A source found in another paragraph keeps its words but not its offsets
    (``start`` = -1), which point into that paragraph's text."""
    if source is None:
        return source
    document = DOCUMENT_PRONOUN.fullmatch(source.text)
    if document:  # "That bulletin had listed 301 deaths" after "The health ministry … corrected its earlier bulletin"
        for previous in before:
            found = find_source(previous) or _named_subject(previous, True)
            if found is not None and found.text.lower() not in PRONOUNS and not DOCUMENT_PRONOUN.fullmatch(found.text):
                return found if previous.doc is sent.doc else Source(text=found.text, start=-1, end=-1)
        return source
    if source.text.lower() not in PRONOUNS:
        return source
    if source.text.lower() in ("it", "its") and source.start >= 0:
        own = _governing_subject(sent, source.start)
        if own is not None:
            # "The station has since removed the report, saying its figure of 60 was 'unverified'": "its" is the
            # subject of the clause it stands in, named before it
            return own
    if named is not None and named.text.lower() not in PRONOUNS and (named.start < source.start
                                                                    or source.text.lower() in ("i", "we")):
        # "…, the fire service said, up from the two it reported in the morning"; "'We have confirmed 58 deaths,'
        # Governor Petra Varga told reporters": the first person of a quote is its speaker
        return named
    if source.start > sent.start_char:
        # "The sheriff's office withdrew its statement …; three bystanders were grazed, it added": the pronoun stands
        # for whoever gives figures earlier in the same sentence
        earlier = find_source(sent, sent.start_char, source.start)
        if earlier is not None and earlier.text.lower() not in PRONOUNS and not OWN_VOICE.search(earlier.text):
            return earlier
    for previous in before:
        found = find_source(previous) or _named_subject(previous, source.text.lower() in ("it", "its", "they", "their"))
        if found is not None and found.text.lower() not in PRONOUNS and not OWN_VOICE.search(found.text):
            return found if previous.doc is sent.doc else Source(text=found.text, start=-1, end=-1)
    return None


def _governing_subject(sent: "Span", at: int) -> Source | None:
    """The noun subject, named before it, of the nearest clause above the pronoun at paragraph offset ``at``: "The
    station has since removed the report, saying its figure …" -> "The station" (None when there is none)."""
    pronoun = next((t for t in sent if t.idx == at), None)
    if pronoun is None:
        return None
    for verb in pronoun.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                    and pronoun.i not in {t.i for t in c.subtree}]
        if subjects:
            if subjects[0].pos_ not in ("NOUN", "PROPN"):
                return None
            aside = {t.i for c in subjects[0].children if c.dep_ in ("relcl", "acl") for t in c.subtree}
            words = [t for t in subjects[0].subtree if t.i not in aside]
            while len(words) > 1 and words[-1].is_punct:
                words.pop()
            if len(words) > 10 or any(t.like_num for t in words) or any(t.lemma_.lower() in NOT_SOURCES for t in words):
                return None
            return _trimmed(text_of(sent.doc), words[0].idx, words[-1].idx + len(words[-1]), ",")
    return None


def _named_subject(sent: "Span", common: bool = False) -> Source | None:
    """The subject of a sentence when it names someone ("Police chief Ana Roe spoke to reporters"): who a "she"
    in the next sentence most likely is. With ``common`` a common noun will do ("The health ministry has issued
    three tallies. Its first figure …"): "it" and "they" are often an organisation."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    # without a relative clause set off by commas: "Radio Sarvan, which broadcasts from rebel-held
    # territory, carried a report …" -> "Radio Sarvan"
    aside = {t.i for c in subjects[0].children if c.dep_ in ("relcl", "acl") and c.i > subjects[0].i
             and c.left_edge.i > 0 and sent.doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    subtree = [t for t in subjects[0].subtree if t.i not in aside]
    while len(subtree) > 1 and subtree[-1].is_punct:
        subtree.pop()
    if len(subtree) > 12 or any(t.like_num for t in subtree) or subjects[0].pos_ == "PRON" or not any(
            (t.pos_ == "PROPN" or common and t.pos_ == "NOUN")
            and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY") for t in subtree):
        return None
    return _trimmed(text_of(sent.doc), subtree[0].idx, subtree[-1].idx + len(subtree[-1]), ",")


#: nouns for something stated: a figure in a clause they govern is theirs ("A statement … that 2,000 people had died",
#: "A ministry statement giving the number of detainees as 2,300")
STATEMENT_NOUNS = frozenset("statement statements report reports bulletin announcement post tweet message notice "
                            "communique communiqué press release leaflet".split())


def statement_source(token: "Token") -> Source | None:
    """The statement whose clause holds the figure ``token``, when the statement is its sentence's subject: the noun
    phrase up to the clause."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("acl", "relcl") and node.head.lower_ in STATEMENT_NOUNS and node.head.i < node.i \
                and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.dep_ == "ROOT":
            # not "The agency withdrew its report that …" nor "The ministry said a bulletin showing … was wrong"
            noun = node.head
            words = [t for t in noun.subtree if t.i < node.left_edge.i]
            return _trimmed(text_of(noun.doc), words[0].idx, words[-1].idx + len(words[-1]), ",") if words else None
        node = node.head
    return None


#: a party that rejects the figure before and gives its own in a participle: "…, a figure the insurgents' spokesman called
#: 'fantasy', saying only 12 …", "…, a claim the port authority rejected, putting the figure at fewer than 2,000"
REBUTTAL = re.compile(r",\s*(?:a|the|that|this|which)\s+(?:[\w-]+\s+){0,2}?(?:figure|claim|number|toll|count|estimate|tally|"
                      r"account|deployment|report|version|total)s?\s+(?:that\s+|which\s+)?(?P<who>(?:the\s+|an?\s+)?"
                      r"[^,;\d]{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:called|calls|rejected|rejects|disputed|disputes|dismissed|"
                      r"dismisses|denied|denies|branded|brands|described|contested|contests|challenged|challenges|"
                      r"questioned|questions|labell?ed|termed)\b[^,;]{0,60},\s*(?:saying|putting|insisting|adding|arguing|"
                      r"countering|claiming|estimating|noting|stating)\s*$", re.IGNORECASE)
PARTICIPLE = re.compile(r"\s*(?:saying|putting|insisting|adding|arguing|countering|claiming|estimating|noting|stating)\b",
                        re.IGNORECASE)


def clause_source(sent: "Span", clause_text: str) -> Source | None:
    """The source named in the figure's own clause ("…, but the opposition said at least 25,000 …"), or the party
    that rejected the figure before it and gives its own after a participle ("…, a figure the insurgents' spokesman
    called 'fantasy', saying only 12 of his fighters had died")."""
    start = sent.text.find(clause_text)
    if start < 0 or clause_text.strip() == sent.text.strip():
        return None
    participle = PARTICIPLE.match(clause_text)
    rebuttal = REBUTTAL.search(sent.text, 0, start + (participle.end() if participle else 0))
    if rebuttal:
        return _trimmed(text_of(sent.doc), sent.start_char + rebuttal.start("who"), sent.start_char + rebuttal.end("who"))
    return find_source(sent, sent.start_char + start, sent.start_char + start + len(clause_text))


def _antecedent(verb: "Token") -> Source | None:
    """The noun a relative reporting clause hangs on, when the clause's subject is "which" or "who": "State
    television, which on Sunday reported 9 deaths" -> "State television"."""
    if not SOURCE_CUES.match(verb.lemma_):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ not in ("which", "who", "that"):
        return None
    noun = verb.head
    tokens = [t for t in noun.subtree if t.i <= noun.i]
    return _trimmed(text_of(noun.doc), tokens[0].idx, noun.idx + len(noun), ",")


def embedded_source(token: "Token") -> Source | None:
    """The subject of a reporting verb in a relative or adverbial clause that governs the figure ``token``: "…, which
    the education ministry says will close about 3,200 schools" -> "the education ministry"; "… after aid agencies
    counted fewer than 900" -> "aid agencies" (see ``embedded_cue``)."""
    found = embedded_cue(token)
    return found[0] if found else None


def embedded_cue(token: "Token") -> tuple[Source, int, int] | None:
    """The source of a reporting verb in a relative or adverbial clause whose reported clause or object is the figure
    ``token``, with the clause's paragraph offsets (its words, not the sentence's, tell the figure's status: "The
    ministry withdrew its estimate of 3,000 after aid agencies counted fewer than 900" -> 900 is not withdrawn)."""
    node = token
    while node.head.i != node.i:
        verb = node.head
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("relcl", "advcl") and SOURCE_CUES.match(verb.lemma_) \
                and (node.dep_ in ("ccomp", "xcomp") or node.dep_ in ("dobj", "npadvmod", "attr", "oprd") and node.i > verb.i):
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "who", "that", "it")
                        and c.pos_ != "PRON"]
            speaker = verb.head  # a person or body, not a document ("a statement that said 54") nor "each"
            antecedent = _antecedent(verb) if not subjects and verb.dep_ == "relcl" and speaker.pos_ in ("NOUN", "PROPN") \
                and speaker.lemma_.lower() not in WITHDRAWN_NOUNS | DATA_NOUNS | DOCUMENT_NOUNS else None
            if antecedent is not None:
                # "contradicting a local clinic that said it had treated 41 wounded": the noun the clause is about; what
                # the sentence says of it from there on tells the status ("State television, which reported 9 deaths,
                # later said the figure had been published in error")
                return antecedent, antecedent.start, verb.sent.end_char
            if not subjects:
                return None
            subtree = list(subjects[0].subtree)
            words = list(verb.subtree)
            source = _trimmed(text_of(token.doc), subtree[0].idx, subtree[-1].idx + len(subtree[-1]), ",")
            return source, words[0].idx, words[-1].idx + len(words[-1])
        if verb.pos_ in ("VERB", "AUX") and node.dep_ not in ("ccomp", "xcomp", "conj"):
            if node.dep_ not in ("nummod", "quantmod", "compound", "amod", "pobj", "prep", "dobj", "nsubj", "nsubjpass",
                                 "attr", "appos", "npadvmod", "advmod"):
                return None
        node = verb
    return None


def _puts_money_in(verb: "Token") -> bool:
    """Whether "put" is a verb of paying or placing ("the $31 million they put in", "the cash they put up"), not of
    estimating ("the 10,000 the organisers put at …", which has "at")."""
    return verb.lemma_.lower() == "put" and not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def relative_source(tokens: list["Token"]) -> Source | None:
    """The source of a figure a reporting clause describes: "the 10,000 the organisers had predicted"."""
    for token in tokens:
        for clause_verb in token.children:
            if clause_verb.dep_ == "relcl" and SOURCE_CUES.match(clause_verb.lemma_) and not _puts_money_in(clause_verb):
                subjects = [c for c in clause_verb.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "who",
                                                                                                    "that")]
                if subjects:
                    subtree = list(subjects[0].subtree)
                    return _trimmed(text_of(token.doc), subtree[0].idx, subtree[-1].idx + len(subtree[-1]), ",")
    return None