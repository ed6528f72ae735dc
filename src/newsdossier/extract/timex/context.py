"""What the parse tree says about a temporal expression: its verb's tense, its clause, its event.

All functions take a spaCy ``Doc`` (one paragraph) and token indices, never
offsets into the article, so they can be tested on single sentences.
Tokens are compared by ``.i``: spaCy recreates Token objects on access.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[^\n\-–—]{1,30}?)?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]+\s+")
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
#: verbs whose complement lies ahead: "is expected to report in September", "plans to vote on Friday"
FUTURE_HEADS = frozenset({"plan", "schedule", "expect", "due", "set", "intend", "aim", "hope", "prepare", "vow",
                          "promise", "threaten", "pledge", "propose", "want", "seek", "agree", "decide", "go"})
#: children whose subtree is a clause of its own, left out of the clause a time expression anchors
OWN_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})


def root_of(doc: "Doc", first: int, last: int) -> int:
    """The index of the token of ``doc[first:last + 1]`` whose head lies outside it (the span's syntactic head)."""
    for index in range(first, last + 1):
        head = doc[index].head.i
        if head < first or head > last or head == index:
            return index
    return first


def governing_verb(doc: "Doc", index: int) -> int | None:
    """The verb a token hangs from (itself if it is one), walking up the heads; None in a verbless fragment."""
    seen = set()
    current = index
    while current not in seen:
        seen.add(current)
        token = doc[current]
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and (token.dep_ == "ROOT" or any(
                child.dep_ in ("nsubj", "nsubjpass", "expl") for child in token.children))):
            return current  # a verb, or a copula heading its own clause ("networks were down on Monday")
        if token.head.i == current:
            return None
        current = token.head.i
    return None


def _future_chain(doc: "Doc", verb: int) -> bool:
    current = verb
    for _ in range(4):
        token = doc[current]
        for child in token.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX:
                return True
        if token.lemma_ in FUTURE_HEADS and current != verb and token.tag_ != "VBD":
            return True
        if token.lemma_ == "be" and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                                        for c in token.children) and token.tag_ in ("VBZ", "VBP"):
            return True  # "the minister is to visit on Friday"
        if token.dep_ not in ("xcomp", "conj") or token.head.i == current:
            return False
        current = token.head.i
    return False


def tense(doc: "Doc", verb: int | None) -> str | None:
    """"future" when the verb or a verb it complements looks ahead (will, would, is to, expected to, plans to),
    "past" when it is in a past tense or a perfect, else None (present tense or no verb)."""
    if verb is None:
        return None
    if _future_chain(doc, verb):
        return "future"
    token = doc[verb]
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if token.tag_ == "VBN" and (any(a.lemma_ == "have" for a in aux)
                                or (not aux and token.dep_ not in ("acomp", "xcomp", "oprd", "conj"))):
        return "past"  # a perfect, or a participle standing alone ("the protesters detained on Monday")
    if token.tag_ == "VBN" and not aux and token.dep_ in ("acomp", "xcomp", "oprd") and token.head.i != verb:
        return tense(doc, token.head.i)  # "remain closed until Friday": the tense of "remain"
    if token.tag_ in ("VB", "VBG") and token.dep_ in ("xcomp", "conj") and not aux:
        head = token.head
        for _ in range(3):  # "was able to restore": up through the adjective to the verb
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.i != verb and head.pos_ in ("VERB", "AUX"):
            return tense(doc, head.i)
    return None


#: verbs that put what they govern ahead: "a trial date was set for October 28", "adjourned until Friday"
SCHEDULING = frozenset({"set", "schedule", "slate", "reschedule", "postpone", "adjourn", "delay", "push", "move",
                        "fix", "plan", "due", "book", "defer", "put"})
#: prepositions that point ahead: "closed until Friday", "by March", "set for Thursday"
LOOKING_AHEAD = frozenset({"until", "till", "by", "before"})
#: nouns that name a coming occasion more often than a past one ("a May 10 deadline", "the Thursday hearing")
OCCASIONS = frozenset({"deadline", "hearing", "trial", "arraignment", "sentencing", "vote", "election", "referendum",
                       "summit", "meeting", "conference", "launch", "release", "appointment", "ceremony", "funeral",
                       "memorial", "date", "session", "appearance", "debate", "talks"})


def expression_tense(doc: "Doc", root: int, verb: int | None) -> str | None:
    """The tense that decides which Thursday or which September an expression means: the verb's (``tense``),
    made "future" by a scheduling verb with "for/until/to" or by "until/by/before" under a present-tense verb,
    and left open (None) when the expression dates a noun that names an occasion ("a May 10 deadline")."""
    token = doc[root]
    preposition = token.head if token.dep_ == "pobj" else None
    if verb is not None and preposition is not None and preposition.lower_ in ("for", "until", "till", "to") \
            and doc[verb].lemma_.lower() in SCHEDULING:
        return "future"
    current = token.head.i
    for _ in range(6):
        if verb is None or current == verb:
            break
        if doc[current].lemma_.lower() in OCCASIONS and doc[current].pos_ == "NOUN":
            return None
        if doc[current].head.i == current:
            break
        current = doc[current].head.i
    if token.dep_ in ("compound", "nmod", "amod") and token.head.lemma_.lower() in OCCASIONS:
        return None
    found = tense(doc, verb)
    if found is None and preposition is not None and preposition.lower_ in LOOKING_AHEAD:
        return "future"
    if found == "past" and preposition is not None and preposition.lower_ in ("until", "till") and verb is not None \
            and doc[verb].tag_ != "VBD" and not any(c.tag_ == "VBD" for c in doc[verb].children if c.dep_ == "aux"):
        return "future"  # "has kept the markets closed until Friday": a perfect reaching a limit still ahead
    return found


def clause(doc: "Doc", verb: int, first: int, last: int) -> tuple[int, int]:
    """Token range (inclusive) of the clause ``verb`` heads, without the clauses embedded in it (reported content,
    relative and adverbial clauses), always keeping the time expression ``first..last``; edges trimmed of
    punctuation and conjunctions."""
    token = doc[verb]
    dropped: set[int] = set()
    for child in token.children:
        if child.dep_ in OWN_CLAUSE or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            members = {t.i for t in child.subtree}
            if not any(first <= i <= last for i in members):
                dropped |= members
    kept = {t.i for t in token.subtree} - dropped
    start = end = verb
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    start, end = min(start, first), max(end, last)
    while start < first and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark")):
        start += 1
    while end > last and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    return start, end


def event_object(doc: "Doc", first: int, last: int) -> tuple[int, int, tuple[str, ...]] | None:
    """For "six months before the protests" or "... before the protests began": the token range of what the
    expression counts from and the lemmas that may name it, most telling first (("protest",), ("begin",
    "protest")); None when nothing follows the signal word."""
    signal = doc[last]
    if signal.lower_ not in ("before", "after", "prior"):
        return None
    for child in signal.children:
        if child.dep_ == "pobj":
            members = [t.i for t in child.subtree]
            return min(members), max(members), (child.lemma_.lower(),)
        if child.dep_ == "prep" and child.lower_ == "to":  # "prior to the vote"
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    members = [t.i for t in grandchild.subtree]
                    return min(members), max(members), (grandchild.lemma_.lower(),)
    if signal.dep_ == "mark":
        verb = signal.head
        subjects = [c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        members = [t.i for t in verb.subtree]
        return min(members), max(members), (verb.lemma_.lower(), *subjects[:1])
    if last + 1 < len(doc) and doc[last + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        head = doc[last + 1]
        while head.head.i > head.i and head.head.i <= last + 6 and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        members = [t.i for t in head.subtree if t.i > last]
        if members:
            return min(members), max(members), (head.lemma_.lower(),)
    return None


#: verbs that date nothing by themselves: "the price was back on Friday" says nothing about when prices doubled
PLAIN_VERBS = frozenset({"be", "have", "say", "tell", "add", "report", "do", "remain", "continue", "seem"})


def event_names(doc: "Doc", root: int, verb: int | None) -> list[str]:
    """Lemmas that name what a dated expression dates. Inside a noun phrase, the noun it dates ("the protests of
    January 5", "whose removal on January 1"); hanging from a verb that names a happening, the verb and its
    subject ("the protests began on January 2": "begin", "protest")."""
    names: list[str] = []
    current = doc[root].head.i
    for _ in range(6):
        token = doc[current]
        if verb is not None and current == verb:
            break
        if token.pos_ == "NOUN":
            return [token.lemma_.lower()]
        if token.head.i == current:
            break
        current = token.head.i
    if verb is not None and doc[verb].lemma_.lower() not in PLAIN_VERBS:
        verb_token = doc[verb]
        names.append(verb_token.lemma_.lower())
        for child in verb_token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                names.append(child.lemma_.lower())
    return names


def dateline_end(text: str) -> int:
    """Where a wire dateline ends at the start of a paragraph ("MARENTA, Jan 6 (MPA) - ", "ORVASH - "); 0 if none."""
    found = _DATELINE.match(text)
    return found.end() if found else 0
