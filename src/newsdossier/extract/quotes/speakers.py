"""Speakers: the phrase at the cue, and the name it stands for.

A named subject ("Jane Roe", "the interior ministry of Meridia") is its own name. A pronoun or a definite
role noun ("he", "the activist", "the ministry") is resolved to the nearest compatible named antecedent
before it in the same article: gender and number must fit (from titles, gendered role words and common
first names, and from what earlier pronouns resolved to), a person-pronoun needs a person, "it" an
organisation or place, a role noun a person or organisation that was described with that word (or, failing
that, the nearest person in the same or previous sentence). The search looks back over at most a few
sentences and paragraphs, so a speaker never comes from an unrelated paragraph far away; unknown stays None.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..entities import tidy_span
from . import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: how far back a pronoun may look: sentences, and paragraphs
WINDOW_SENTENCES = 6
WINDOW_PARAGRAPHS = 2


@dataclass(slots=True)
class Candidate:
    """A named mention that a later pronoun or role noun may refer to."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    paragraph: int
    subject: bool
    roles: frozenset[str] = frozenset()


@dataclass(slots=True)
class Speaker:
    """A speaker as written (offsets) and the name it resolves to (text and offsets, or None)."""

    start: int
    end: int
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None


@dataclass(slots=True)
class Antecedents:
    """The named mentions of one article seen so far, in text order, with what is known of their gender."""

    candidates: list[Candidate] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)

    def add_sentence(self, sent: "Span", offset: int, sentence: int, paragraph: int,
                     names: list[tuple[int, int, str]] | None = None) -> None:
        """Record the sentence's PERSON/ORG/GPE/NORP entities (call in text order): the entity stage's mentions
        (paragraph offsets and voted labels) when given, else spaCy's entities."""
        ents = sent.ents if names is None else [
            span for start, end, label in names if sent.start_char <= start < sent.end_char
            if (span := sent.doc.char_span(start, end, label=label, alignment_mode="expand")) is not None
        ]
        for ent in ents:
            if ent.label_ not in NAMED:
                continue
            tidy = tidy_span(ent.text, ent.start_char)
            if tidy is None:
                continue
            start, text = tidy
            roles = _roles(ent)
            if ent.label_ == "PERSON":
                self._learn_gender(ent, text, roles)
            subject = ent.root.dep_ in ("nsubj", "nsubjpass") or (
                ent.root.dep_ in ("appos", "compound") and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
            self._add(Candidate(start + offset, start + offset + len(text), text, ent.label_,
                                sentence, paragraph, subject, roles))
        for token in sent:  # "The interior ministry of Meridia issued ...": a described institution as subject
            if token.dep_ == "nsubj" and token.lemma_.lower() in lx.ORG_ROLES and token.ent_type_ == "" and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                first, last = phrase_bounds(token)
                doc = token.doc
                phrase = doc[first:last + 1]
                self._add(Candidate(phrase.start_char + offset, phrase.end_char + offset, phrase.text, "ORG",
                                    sentence, paragraph, True, frozenset({token.lemma_.lower()})))

    def _add(self, candidate: Candidate) -> None:
        index = bisect.bisect_left(self.starts, candidate.start)
        self.candidates.insert(index, candidate)
        self.starts.insert(index, candidate.start)

    def _learn_gender(self, ent: "Span", text: str, roles: frozenset[str]) -> None:
        doc = ent.doc
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        words = text.lower().replace(".", ". ").split()
        gender = None
        if before in lx.MALE_TITLES or (words and words[0] in lx.MALE_TITLES) or roles & lx.MALE_ROLES:
            gender = "m"
        elif before in lx.FEMALE_TITLES or (words and words[0] in lx.FEMALE_TITLES) or roles & lx.FEMALE_ROLES:
            gender = "f"
        elif len(words) > 1 and words[0] in lx.MALE_NAMES:
            gender = "m"
        elif len(words) > 1 and words[0] in lx.FEMALE_NAMES:
            gender = "f"
        if gender:
            self.set_gender(text, gender)

    def set_gender(self, text: str, gender: str) -> None:
        """Note a person's gender under their surname; a surname seen with both genders becomes unknown."""
        key = _surname(text)
        known = self.genders.get(key)
        self.genders[key] = gender if known in (None, gender) else "?"

    def gender(self, text: str) -> str | None:
        value = self.genders.get(_surname(text))
        return value if value in ("m", "f") else None

    def resolve(self, word: str, position: int, sentence: int, paragraph: int, role: str | None = None
                ) -> Candidate | None:
        """The nearest compatible named antecedent of a pronoun or role noun at ``position``, or None."""
        word = word.lower()
        index = bisect.bisect_left(self.starts, position)
        if role is not None:
            described = self._described(index, role, paragraph)
            if described is not None or role in lx.ORG_ROLES:
                return described
        # previous sentences first by subjects, then in text order; the current sentence right to left
        best: Candidate | None = None
        best_rank: tuple[int, int, int] | None = None
        for i in range(index - 1, -1, -1):
            c = self.candidates[i]
            if sentence - c.sentence > WINDOW_SENTENCES or paragraph - c.paragraph > WINDOW_PARAGRAPHS:
                break
            if role is not None and sentence - c.sentence > 1:
                break
            if not self._fits(word, c, role):
                continue
            rank = (sentence - c.sentence, 0 if (c.subject or c.sentence == sentence) else 1,
                    -c.start if c.sentence == sentence else c.start)
            if best_rank is None or rank < best_rank:
                best, best_rank = c, rank
            if c.sentence != sentence and best is not None and best.sentence != c.sentence:
                break  # a nearer sentence already gave one
        if best is not None and best.label == "PERSON" and word in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS:
            self.set_gender(best.text, "m" if word in lx.MALE_PRONOUNS else "f")
        return best

    def _fits(self, word: str, c: Candidate, role: str | None) -> bool:
        if role is not None:
            gender = self.gender(c.text)
            return c.label == "PERSON" and not (role in lx.FEMALE_ROLES and gender == "m") and \
                not (role in lx.MALE_ROLES and gender == "f")
        if word in lx.MALE_PRONOUNS:
            return c.label == "PERSON" and self.gender(c.text) != "f"
        if word in lx.FEMALE_PRONOUNS:
            return c.label == "PERSON" and self.gender(c.text) != "m"
        if word in lx.NEUTER_PRONOUNS:
            return c.label in ("ORG", "GPE")
        if word in lx.PLURAL_PRONOUNS:
            return c.label in ("ORG", "NORP")
        return False

    def _described(self, index: int, role: str, paragraph: int) -> Candidate | None:
        """The nearest earlier mention described with ``role`` ("Jane Roe, an activist", "activist Jane Roe")."""
        for i in range(index - 1, -1, -1):
            c = self.candidates[i]
            if paragraph - c.paragraph > 3 * WINDOW_PARAGRAPHS:
                return None
            if role in c.roles or (role in lx.ORG_ROLES and c.label in ("ORG", "GPE")
                                   and role in c.text.lower().split()):
                return c
        return None


def _surname(text: str) -> str:
    words = text.replace("’s", "").replace("'s", "").split()
    return words[-1].lower() if words else ""


def _roles(ent: "Span") -> frozenset[str]:
    """Role words describing an entity: its appositions and the nouns right before it ("activist Jane Roe")."""
    doc = ent.doc
    words = set()
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and not (ent.start <= child.i < ent.end):
            words.update(t.lemma_.lower() for t in child.subtree if t.pos_ == "NOUN")
    if root.dep_ == "appos":
        words.update(t.lemma_.lower() for t in root.head.subtree if t.pos_ == "NOUN" and t.i < ent.start)
    i = ent.start - 1
    while i >= 0 and doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and i >= ent.start - 4 and doc[i].ent_type_ != "PERSON":
        if doc[i].pos_ == "NOUN":
            words.add(doc[i].lemma_.lower())
        i -= 1
    return frozenset(words)


# ---------------------------------------------------------------- the phrase at the cue

EXCLUDED_CHILDREN = frozenset({"appos", "relcl", "acl", "punct", "parataxis", "advcl"})


def phrase_bounds(head: "Token") -> tuple[int, int]:
    """Token bounds [first, last] of a subject noun phrase without appositions, relative clauses or commas."""
    first = head.left_edge.i
    last = head.i
    for child in head.rights:
        joined = child.dep_ == "appos" and child.left_edge.i > 0 and \
            not head.doc[child.left_edge.i - 1].is_punct  # "the group Open Door"
        if (child.dep_ in EXCLUDED_CHILDREN and not joined) or child.text in (",", "(", "—", "–"):
            break
        last = child.right_edge.i
    doc = head.doc
    while last > first and doc[last].is_punct:
        last -= 1
    while first < last and doc[first].is_punct:
        first += 1
    return first, last


def describe(head: "Token", offset: int, antecedents: Antecedents, sentence: int, paragraph: int) -> Speaker:
    """The speaker phrase headed by ``head`` (as written) and the name it stands for, if any."""
    doc = head.doc
    first, last = phrase_bounds(head)
    start, end = doc[first].idx + offset, doc[last].idx + len(doc[last]) + offset
    speaker = Speaker(start, end)
    name = _name_of(head, first, last)
    if name is not None:
        speaker.name, speaker.name_start, speaker.name_end = name[2], name[0] + offset, name[1] + offset
        return speaker
    lower = head.lower_
    if head.dep_ != "relcl" and lower in lx.RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        return _adopt(speaker, describe(head.head.head, offset, antecedents, sentence, paragraph))
    if head.pos_ == "PRON" and lower in (lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS | lx.NEUTER_PRONOUNS
                                         | lx.PLURAL_PRONOUNS):
        return _adopt(speaker, _from(antecedents.resolve(lower, start, sentence, paragraph)))
    lemma = head.lemma_.lower()
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "our", "its", "their")
                   for c in head.children)
    if lemma in lx.DOCUMENT_NOUNS:
        issuer = _issuer(head)
        if issuer is not None:
            return _adopt(speaker, describe(issuer, offset, antecedents, sentence, paragraph))
        return speaker
    if definite and lemma in lx.PERSON_ROLES | lx.ORG_ROLES:
        found = _from(antecedents.resolve(lower, start, sentence, paragraph, role=lemma))
        if found.name is None and lemma in lx.ORG_ROLES and head.dep_ != "poss":
            found = Speaker(start, end, doc[first:last + 1].text, start, end)
        return _adopt(speaker, found)
    if head.pos_ == "PROPN" and head.is_title or head.is_upper and len(head) > 1 and head.pos_ == "PROPN":
        return Speaker(start, end, doc[first:last + 1].text, start, end)
    return speaker


def _name_of(head: "Token", first: int, last: int) -> tuple[int, int, str] | None:
    """(start, end, text) in the paragraph of the named entity the phrase is headed by, or of its apposition."""
    for ent in head.doc.ents:
        if ent.label_ in NAMED and ent.start <= head.i < ent.end:
            tidy = tidy_span(ent.text, ent.start_char)
            if tidy:
                return tidy[0], tidy[0] + len(tidy[1]), tidy[1]
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            for ent in head.doc.ents:
                if ent.start <= child.i < ent.end:
                    tidy = tidy_span(ent.text, ent.start_char)
                    if tidy:
                        return tidy[0], tidy[0] + len(tidy[1]), tidy[1]
    return None


def _issuer(head: "Token") -> "Token | None":
    """Who issued a statement: its possessor ("the ministry's statement") or a from/by/of object."""
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for grand in child.children:
                if grand.dep_ == "pobj" and (grand.ent_type_ in NAMED or grand.lemma_.lower() in lx.ORG_ROLES):
                    return grand
    return None


def _from(candidate: Candidate | None) -> Speaker:
    if candidate is None:
        return Speaker(0, 0)
    return Speaker(0, 0, candidate.text, candidate.start, candidate.end)


def _adopt(speaker: Speaker, found: Speaker) -> Speaker:
    """Keep the phrase as written, take the name that was found for it."""
    speaker.name, speaker.name_start, speaker.name_end = found.name, found.name_start, found.name_end
    return speaker
