"""Cues in a parsed sentence: the reporting verb or phrase, its speaker and the content it governs.

Content follows the PARC/PolNeAR convention, so spans can be compared with that corpus: an indirect
quote's content is the reported clause with its "that"; a clause before "..., X said" is the content of
that cue; "according to X, ..." governs the rest of its sentence; a framing verb governs its object and
complement ("called [the plan 'reckless']"). Everything is read off the dependency tree with the O(1)
``left_edge``/``right_edge`` bounds, so a sentence costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: SPEECH verbs whose direct object can be the thing said ("denied the report", "announced a ceasefire");
#: not "claim", "report" or "question", whose objects are usually not speech ("claimed responsibility",
#: "reported a fire", "questioned a suspect")
OBJECT_CONTENT = frozenset("""
deny confirm announce predict promise pledge vow demand cite mention reiterate repeat acknowledge
admit concede reveal disclose propose recommend forecast estimate discuss reject express dispute
""".split())
#: SPEECH verbs taking a to-infinitive content ("vowed to fight", "urged voters to stay home")
TO_CONTENT = frozenset("promise pledge vow threaten urge ask tell warn instruct implore call plead demand"
                       .split())
#: words that, as a direct object, say nothing ("said so", "denied it")
EMPTY_OBJECTS = frozenset("it this that so nothing something anything everything them him her me us".split())
#: verbs whose content is the object of a preposition ("spoke of X", "pointed to X", "warned of X")
PREP_CONTENT = {"speak": {"of", "about"}, "talk": {"about", "of"}, "point": {"to"}, "comment": {"on"},
                "complain": {"about", "of"}, "warn": {"of", "about", "against"}, "rail": {"against"},
                "boast": {"about", "of"}, "brag": {"about"}, "testify": {"about"}, "joke": {"about"},
                "write": {"about", "of"}, "call": {"for"}}
#: belief verbs that report a finding when a document, poll or study is their subject
FINDING_VERBS = frozenset({"show", "find", "suggest", "indicate", "reveal", "estimate"})
SUBJECTS = ("nsubj", "nsubjpass")
#: says whether a token lies inside quoted text
Inside = Callable[["Token"], bool]
FINITE = ("VBD", "VBZ", "VBP")
CLIMB = ("advcl", "xcomp", "conj", "pcomp", "prep")


@dataclass(slots=True)
class Cue:
    """One cue found in a sentence; token indices are into the paragraph's ``Doc``."""

    verb: "Token"
    first: int  # cue span tokens [first, last]
    last: int
    speaker: "Token | None"
    #: content as token bounds [first, last], possibly in pieces; empty when only quotes may give it
    content: list[tuple[int, int]]
    #: the sentence ends with a colon right after the cue: the content follows
    colon: bool = False


def find_cues(sent: "Span", inside_quote: Inside) -> list[Cue]:
    """Every cue of the sentence outside quoted text; ``inside_quote(token)`` says if a token is quoted."""
    found: list[Cue] = []
    for token in sent:
        if inside_quote(token):
            continue
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            cue = _according(token, sent)
        elif token.pos_ == "VERB":
            cue = _verb_cue(token, sent, inside_quote)
        else:
            cue = None
        if cue is not None:
            found.append(cue)
    # an attribution inside another one's content belongs to it ("he said he hoped ...")
    return [c for c in found if not any(o is not c and any(a <= c.verb.i <= b for a, b in o.content)
                                         for o in found)]


def _verb_cue(verb: "Token", sent: "Span", inside_quote: Inside) -> Cue | None:
    lemma = verb.lemma_.lower()
    if lemma in lx.SPEECH or lemma == "read":
        kind = "speech"
    elif lemma in lx.FRAMING:
        kind = "framing"
    elif lemma in lx.BELIEF:
        kind = "belief"
    else:
        return None
    speaker = subject_of(verb, inside_quote)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if speaker is None and verb.dep_ != "acl" and not passive and not (verb.tag_ in FINITE and kind != "framing"):
        return None
    if speaker is not None and speaker.lower_ == "you":
        return None
    if lemma == "read" and (speaker is None or speaker.lemma_.lower() not in lx.DOCUMENT_NOUNS):
        return None  # "the statement read: ..." is a cue, "he read the report" is not
    content = _content(verb, lemma, kind, sent)
    if speaker is None and not content:
        return None
    colon = False
    if not content:
        if kind != "speech":
            return None
        after = [t for t in sent if t.i > verb.i and not t.is_space]
        colon = bool(after) and after[-1].text == ":" or (
            bool(after) and after[0].text in (":", ",") and len(after) <= 3)
    first, last = cue_bounds(verb, lemma)
    return Cue(verb, first, last, speaker, content, colon)


def subject_of(verb: "Token", inside_quote: Inside = lambda token: False) -> "Token | None":
    """The subject of a cue verb, or of the verb it hangs from ("..., adding that", "was quoted as saying").

    A subject inside quoted text is a misparse of the quote ("'... Full panic mode,' said X") and is skipped.
    """
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ == "nsubjpass" and not inside_quote(child):
                return _agent(current)  # "X was described as ...": X is what is spoken of, not the speaker
            if child.dep_ == "nsubj" and not inside_quote(child):
                return child
        if current.dep_ == "acl":
            return current.head  # "a statement saying that ..."
        if current.dep_ not in CLIMB or current.head.i == current.i:
            return None
        current = current.head
    return None


def _agent(verb: "Token") -> "Token | None":
    """The 'by X' of a passive cue, or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def cue_bounds(verb: "Token", lemma: str) -> tuple[int, int]:
    """The cue span: the verb with its auxiliaries and adjacent adverbs, and a particle that belongs to it."""
    first = last = verb.i
    lefts = sorted((c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")), key=lambda c: -c.i)
    for child in lefts:
        if child.i == first - 1:
            first = child.i
    for child in verb.rights:
        if child.i == last + 1 and (child.dep_ == "prt" or child.lower_ in lx.CUE_PARTICLES.get(lemma, ())
                                    or child.lower_ in PREP_CONTENT.get(lemma, ())):
            last = child.i
    return first, last


def _content(verb: "Token", lemma: str, kind: str, sent: "Span") -> list[tuple[int, int]]:
    children = list(verb.children)
    comps = [c for c in children if c.dep_ == "ccomp"]
    if kind == "framing":
        return _framing_content(verb, lemma, children)
    if comps:
        right = [c for c in comps if c.i > verb.i]
        comp = right[0] if right else comps[-1]
        end = comp.right_edge.i
        if right:  # "said that A: B" — clauses the parser hung on the verb continue the content
            for child in children:
                if child.i > end and child.dep_ in ("parataxis", "ccomp", "conj") and not _is_cue(child):
                    end = child.right_edge.i
            doc = verb.doc
            if end + 1 < sent.end - 1 and doc[end + 1].text in (":", ";", "—", "–") and \
                    not any(_is_cue(t) for t in doc[end + 1:sent.end]):
                end = sent.end - 1  # "that A: B, C" — a misparse cut the content at the colon
        return [(comp.left_edge.i, end)]
    if kind == "belief":
        subject = subject_of(verb)
        if lemma in FINDING_VERBS and subject is not None and subject.lemma_.lower() in lx.DOCUMENT_NOUNS:
            for child in children:  # "a poll shows [Clinton ahead]", "the study found [higher rates]"
                if child.dep_ in ("dobj", "xcomp", "oprd") and child.i > verb.i and child.lower_ not in EMPTY_OBJECTS:
                    last = max(c.right_edge.i for c in children if c.i >= child.i and c.dep_ not in ("punct", "cc"))
                    return [(child.left_edge.i, last)]
        return []
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i and _after_clause(verb):
        head = verb.head
        end = verb.left_edge.i - 1
        if end >= head.left_edge.i:
            return [(head.left_edge.i, end)]
    around = _parenthetical(verb, sent)
    if around:
        return around
    for child in children:
        if child.dep_ == "prep" and child.i > verb.i and child.lower_ in PREP_CONTENT.get(lemma, ()):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return [(objects[0].left_edge.i, child.right_edge.i)]
    if lemma in TO_CONTENT:
        for child in children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                objects = [c for c in children if c.dep_ in ("dobj", "dative") and verb.i < c.i < child.i]
                start = objects[0].left_edge.i if objects else child.left_edge.i
                return [(start, child.right_edge.i)]
    if lemma in OBJECT_CONTENT:
        for child in children:
            if child.dep_ == "dobj" and child.i > verb.i and child.lower_ not in EMPTY_OBJECTS:
                return [(child.left_edge.i, child.right_edge.i)]
    return []


def _is_cue(token: "Token") -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and (lemma in lx.SPEECH or lemma in lx.BELIEF or lemma in lx.FRAMING)


def _parenthetical(verb: "Token", sent: "Span") -> list[tuple[int, int]]:
    """'A, he said, B' and 'A, he said.': the cue clause sits between commas; the sentence around it is content."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return []
    left = min(subject.left_edge.i, verb.i)
    for child in sorted(verb.lefts, key=lambda c: -c.i):
        if child.dep_ in ("aux", "auxpass", "neg", "advmod") and child.i == left - 1:
            left = child.i
    right = max(subject.right_edge.i if subject.i > verb.i else verb.i, verb.i)
    for child in verb.rights:
        if child.i <= right:
            continue
        if child.left_edge.i == right + 1 and child.dep_ in ("npadvmod", "prep", "advmod", "dative", "dobj", "prt",
                                                              "agent") and not any(t.pos_ == "VERB" for t in child.subtree):
            right = child.right_edge.i
        else:
            break
    if left <= sent.start or doc[left - 1].text not in (",", "—", "–"):
        return []
    final = right + 1 >= sent.end or (doc[right + 1].is_punct and doc[right + 1].text in ".!?" and right + 2 >= sent.end)
    if not final and doc[right + 1].text not in (",", "—", "–"):
        return []
    pieces = [(sent.start, left - 2)]
    if not final:
        pieces.append((right + 2, sent.end - 1))
    return [(a, b) for a, b in pieces if b >= a]


def _after_clause(verb: "Token") -> bool:
    """'CLAUSE, X said': the cue clause follows punctuation and is not itself reported by another cue."""
    head = verb.head
    if head.lemma_.lower() in lx.SPEECH or head.lemma_.lower() in lx.BELIEF:
        return False
    left = verb.left_edge.i
    return left > 0 and verb.doc[left - 1].text in (",", "”", '"', "’", "'", "—", "–", "-", ":", ";")


def _framing_content(verb: "Token", lemma: str, children: list["Token"]) -> list[tuple[int, int]]:
    """Object and complement of a framing verb; none unless a complement is there."""
    preps = lx.FRAMING_PREPOSITIONS.get(lemma, set())
    if lemma == "call":
        preps = {p for p in preps if verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == p}

    def marked(c: "Token") -> bool:  # "described X as overwhelmed": 'as' marks an adverbial clause
        return c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in preps for g in c.children)

    parts = [c for c in children if c.i > verb.i and (
        c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp")
        or (c.dep_ == "prep" and c.lower_ in preps) or marked(c))]
    complement = any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr", "acomp", "prep", "advcl") for c in parts) or any(
        t.dep_ == "prep" and t.lower_ in preps for c in parts if c.dep_ == "dobj" for t in c.subtree) or any(
        t.is_quote for c in parts for t in c.subtree)  # "called the plan 'reckless'", misparsed as amod
    if lemma in ("call", "describe", "dismiss", "label", "brand", "dub", "term", "characterize",
                 "characterise", "portray") and not complement:
        return []
    if not parts or (lemma in ("urge", "ask", "implore") and not complement):
        return []
    if all(c.dep_ == "dobj" and c.lower_ in EMPTY_OBJECTS for c in parts):
        return []
    start = min(c.left_edge.i for c in parts)
    if lemma == "call" and verb.i + 1 == start and verb.nbor().lower_ in ("for", "on"):
        start += 1  # "called for [X]": the preposition is part of the cue
    return [(start, _without_tail(verb.doc, start, max(c.right_edge.i for c in parts)))]


def _without_tail(doc, first: int, last: int) -> int:
    """Cut the reporter's words off the end of a framing verb's content: a time adjunct ('on Tuesday') or
    a comma-separated comment (', a phrase the article does not endorse')."""
    for i in range(first + 1, last + 1):
        token = doc[i]
        if token.text == "," and i < last:
            nxt = i + 1
            while nxt < last and doc[nxt].is_quote:
                nxt += 1
            head = doc[nxt]
            while head.head.i != head.i and i < head.head.i <= last:
                head = head.head
            if head.left_edge.i == nxt and head.right_edge.i >= last - 1 and head.dep_ in ("appos", "relcl", "advcl"):
                return i - 1
        if token.dep_ == "prep" and token.right_edge.i >= last - 1 and i > first and \
                any(c.ent_type_ in ("DATE", "TIME") for c in token.children if c.dep_ == "pobj"):
            return i - 1
    return last


def _according(token: "Token", sent: "Span") -> Cue | None:
    """'according to X, CLAUSE' / 'CLAUSE, according to X': the rest of the sentence is the content."""
    to = token.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    speaker = objects[0] if objects else None
    phrase_first = token.i
    phrase_last = max(token.right_edge.i, to.right_edge.i, speaker.right_edge.i if speaker is not None else to.i)
    content = []
    if phrase_first > sent.start:
        content.append((sent.start, phrase_first - 1))
    if phrase_last < sent.end - 1:
        content.append((phrase_last + 1, sent.end - 1))
    if not content:
        return None
    return Cue(token, token.i, to.i, speaker, content)
