"""Sources that stand for or hang on someone else: a pronoun or "that bulletin" resolved to who it stands for, a
statement whose clause holds the figure, the subject of a reporting verb in a relative or adverbial clause over the
figure ("…, which the education ministry says will close 3,200 schools"), and of a relative clause on it ("the 10,000
the organisers had predicted").

Split out of ``source``: these follow the parse from the figure or the pronoun to the one who states it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...annotate import text_of
from .source import Source, _antecedent, _trimmed, find_source
from .source_cues import (DATA_NOUNS, DOCUMENT_NOUNS, DOCUMENT_PRONOUN, NOT_SOURCES, OWN_VOICE, PRONOUNS, SOURCE_CUES,
                          WITHDRAWN_NOUNS)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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


#: verbs of a count promised or hoped for, whose subject gives the figure: "the 10,000 the unions had promised"
PROMISING = frozenset("promise pledge anticipate".split())


def promised(tokens: list["Token"]) -> bool:
    """Whether a clause on the figure's words says someone promised the count ("the 10,000 the unions had promised"):
    a count to come, hedged as a prediction is (guideline: "predicted or expected")."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in PROMISING for token in tokens for c in token.children)


def relative_source(tokens: list["Token"]) -> Source | None:
    """The source of a figure a reporting clause describes: "the 10,000 the organisers had predicted"."""
    for token in tokens:
        for clause_verb in token.children:
            if clause_verb.dep_ == "relcl" and (SOURCE_CUES.match(clause_verb.lemma_)
                                                or clause_verb.lemma_.lower() in PROMISING) \
                    and not _puts_money_in(clause_verb):
                subjects = [c for c in clause_verb.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "who",
                                                                                                    "that")]
                if subjects:
                    subtree = list(subjects[0].subtree)
                    return _trimmed(text_of(token.doc), subtree[0].idx, subtree[-1].idx + len(subtree[-1]), ",")
    return None