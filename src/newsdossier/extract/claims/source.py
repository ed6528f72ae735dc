"""Who states a figure: "according to X", "X said", "…, informs the Ministry of Defence."; None for the outlet's voice.

A source is returned with its character offsets in the paragraph ``Doc`` so that the claim can point at
the words (and the lead can link them to an entity mention). ``find_source`` finds the source of a sentence or of a
stretch of it; the cue words it matches are in ``source_cues``, the source the figure's own words name in
``source_nearby``, and sources that stand for someone else (pronouns, relative and embedded clauses) in
``source_relative``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...annotate import text_of
from .source_cues import (
    ACCORDING, BY_ESTIMATE, DATA_NOUNS, HEADLINE_COLON, HEADLINE_SOURCE, MT_TRAILING, NOT_SOURCES, NOT_WHO, OPENING_CUE,
    OWN_VOICE, PRONOUNS, RELATIVE_WORDS, REPORTS, SOURCE_CUES, STUDY_SOURCE, TRAILING_SOURCE, UNNAMED_DATA, VERB_FIRST,
    VERDICTS, _frees, _informed_of, _keeps_count, _speaks_of_figure, _withdraws_statement,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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


#: a translated cue with a comma before "that": "The State Border Service informs, that for the week …"
INFORMS_THAT = re.compile(r"\s*(?P<source>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}?[A-Z][\w'’.-]*)\s+(?:informs|communicates|"
                          r"declares|notifies|reports|announces|states|specifies)\s*,\s*that\b")


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
    informs = INFORMS_THAT.match(text, lo, hi) if lo == sent.start_char else None
    if informs:  # translated "The State Border Service informs, that …" (the parser may take "informs" for a noun)
        return _trimmed(text, informs.start("source"), informs.end("source"))
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
                and (SOURCE_CUES.match(token.lemma_) and (token.lemma_.lower() not in ("give",) or any(
                    # "Exit polls gave the Greens 14 percent": a poll or count gives a figure (a person gives a thing)
                    c.dep_ == "nsubj" and c.lemma_.lower() in DATA_NOUNS for c in token.children)) and not _frees(token)
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
                if token.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children):
                    continue  # "With all precincts counted, …": what was counted, not who counts
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
