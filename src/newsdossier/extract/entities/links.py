"""What one paragraph says about its names: acronym definitions, equated names, role appositions.

- Acronyms defined beside their expansion: "Collective Security Treaty Organization (CSTO)" or
  "CSTO (Collective Security Treaty Organization)": the acronym refers to the expansion everywhere in the
  article (``entities.py`` applies the definitions document-wide).
- Names the text equates, such as an event's local name and its translation or nickname:
  '"Ketar Zhanvel" ("Black January")', "Ketar Zhanvel, or Black January", "known as X", '"X", which means
  "Y"'. The second refers to the first; if either is an event, both are.
- Role appositions: "X, head of the national security committee and former prime minister, ..." and
  "The former head of the NSC, X, ..." (from the dependency parse), and roles written before a name
  ("ministry spokesman Emil Tursan", "Prosecutor General Lidiya Karaman").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import HONORIFICS, TITLE_WORDS, acronym_letters, initials, is_acronym
from .spans import Candidate, is_capitalised

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTES = frozenset("\"'“”‘’«»„`")
#: token texts (lower case, quotes left out) between two names that equate them
EQUATING = {
    "(": "paren", ", or": "or", "or": "or", "known as": "known", ", known as": "known", "also known as": "known",
    ", also known as": "known", "which means": "means", ", which means": "means", "meaning": "means",
    ", meaning": "means", "translated as": "means", ", translated as": "means", "or the": "or",
}
#: words before "known as", "called" or "dubbed" that make the name that follows an event's name
EVENT_NOUNS = frozenset("""protests protest unrest riots riot events event crisis war uprising revolt revolution massacre
operation attack attacks crackdown days week weeks month months clashes violence coup strike strikes campaign
movement incident disaster tragedy""".split())
INTRODUCERS = frozenset("known called dubbed named as".split())
DETERMINERS = frozenset("a an the".split())
RELATIVES = frozenset("who whom whose which that where when".split())


def acronym_definitions(doc: "Doc", spans: list[Candidate]) -> list[tuple[Candidate, Candidate]]:
    """(acronym, expansion) pairs written as "Expansion (ACR)" or "ACR (Expansion)"; missing acronym spans are added."""
    pairs = []
    by_start = {c.start: c for c in spans}
    for c in list(spans):
        if c.end + 2 < len(doc) and doc[c.end].text == "(" and doc[c.end + 2].text == ")":
            inner = doc[c.end + 1]
            if _acronym_like(inner.text) and c.end - c.start >= 2 and c.label not in ("PERSON", "GPE"):
                acronym = by_start.get(inner.i)
                if acronym is None or acronym.end != inner.i + 1:
                    acronym = Candidate(inner.i, inner.i + 1, c.label, "acronym")
                    spans.append(acronym)
                    by_start[inner.i] = acronym
                acronym.label = c.label
                pairs.append((acronym, c))
        if c.end - c.start == 1 and _acronym_like(doc[c.start].text) and c.end < len(doc) and doc[c.end].text == "(":
            inside = by_start.get(c.end + 1)
            if (inside is not None and inside.end < len(doc) and doc[inside.end].text == ")" and inside.end - inside.start >= 2
                    and acronym_letters(doc[c.start].text) in initials(doc[inside.start:inside.end].text)):
                c.label = inside.label
                pairs.append((c, inside))
    return pairs


def _acronym_like(text: str) -> bool:
    """"CSTO", "U.N.", or a mixed-case short form with two capitals or more ("MoD", "NSCs" is not)."""
    return is_acronym(text) or (2 <= len(text) <= 8 and text[0].isupper() and sum(ch.isupper() for ch in text) >= 2
                                and text.isalpha())


def equated_names(doc: "Doc", spans: list[Candidate]) -> list[tuple[Candidate, Candidate]]:
    """(second, first) pairs of names the text equates; quoted names and capitalised runs after a cue are added."""
    units = {(c.start, c.end): c for c in spans}
    quoted = set()
    for start, end in _quoted_names(doc):
        quoted.add((start, end))
        inside = [c for c in spans if start <= c.start and c.end <= end]
        if not any((c.start, c.end) == (start, end) for c in inside):
            units[(start, end)] = Candidate(start, end, "", "quoted")
    ordered = sorted(units.values(), key=lambda c: (c.start, c.end))
    pairs = []
    for first in ordered:
        second, cue = _next_name(doc, first, ordered)
        if second is None:
            continue
        is_quoted = (first.start, first.end) in quoted or (second.start, second.end) in quoted
        introduced = _introduced(doc, first.start)
        ok = {"paren": is_quoted, "known": True, "means": (second.start, second.end) in quoted,
              "or": is_quoted or "EVENT" in (first.label, second.label) or introduced is not None}[cue]
        if not ok:
            continue
        eventish = "EVENT" in (first.label, second.label) or introduced == "event" or cue == "means"
        for unit in (first, second):
            if unit.source in ("quoted", "run") and unit not in spans:
                spans.append(unit)
        labels = {first.label, second.label} - {""}
        label = "EVENT" if eventish or not labels else first.label or second.label
        if eventish or not first.label or not second.label:
            first.label = second.label = label
        pairs.append((second, first))
    return pairs


def _quoted_names(doc: "Doc") -> list[tuple[int, int]]:
    """Token ranges of one to four capitalised words standing alone between quotation marks."""
    found = []
    for i, token in enumerate(doc):
        if token.text not in QUOTES and not token.is_quote:
            continue
        for n in range(1, 5):
            j = i + 1 + n
            if j >= len(doc):
                break
            if doc[j].text in QUOTES or doc[j].is_quote:
                words = doc[i + 1:j]
                if all(t.is_alpha and (is_capitalised(t) or t.lower_ in ("of", "the")) for t in words) and is_capitalised(words[0]):
                    found.append((i + 1, j))
                break
    return found


def _next_name(doc: "Doc", first: Candidate, ordered: list[Candidate]) -> tuple[Candidate | None, str]:
    """The name right after ``first`` behind an equating cue, and the cue's kind."""
    i, gap = first.end, []
    while i < len(doc) and len(gap) <= 4:
        token = doc[i]
        if token.text in QUOTES or token.is_quote:
            i += 1
            continue
        cue = EQUATING.get(" ".join(gap).replace(" ,", ","))
        if cue and gap:
            following = next((c for c in ordered if c.start == i), None)
            if following is None:
                following = _run(doc, i)
            if following is not None:
                return following, cue
        if token.text == ")" or (is_capitalised(token) and gap):
            break
        gap.append(token.lower_ if token.text != "," else ",")
        i += 1
    return None, ""


def _run(doc: "Doc", i: int) -> Candidate | None:
    """A run of one to four capitalised words starting at ``i`` (not at a sentence start)."""
    j = i
    while j < len(doc) and j - i < 4 and doc[j].is_alpha and is_capitalised(doc[j]) and not doc[j].is_sent_start:
        j += 1
    return Candidate(i, j, "", "run") if j > i else None


def _introduced(doc: "Doc", start: int) -> str | None:
    """"event" if the name at ``start`` follows "known as" / "called" after an event noun, "name" after any
    other introducer, else None."""
    k = start - 1
    while k >= 0 and (doc[k].text in QUOTES or doc[k].is_quote):
        k -= 1
    if k < 0 or doc[k].lower_ not in INTRODUCERS:
        return None
    window = {t.lower_ for t in doc[max(0, k - 6):k]}
    return "event" if window & EVENT_NOUNS else "name"


def descriptions(doc: "Doc", spans: list[Candidate]) -> dict[int, str]:
    """Index in ``spans`` -> the role apposition or the role written before the name, for persons and organisations."""
    found = {}
    covered = {i for c in spans for i in range(c.start, c.end)}
    for n, c in enumerate(spans):
        if c.label not in ("PERSON", "ORG") or (c.end - c.start == 1 and is_acronym(doc[c.start].text)):
            continue
        span = doc[c.start:c.end]
        root = span.root
        text = _apposition_after(doc, c, root, covered) or _apposition_before(doc, c, root) or _role_before(doc, c, root)
        if text:
            found[n] = text
    return found


def _apposition_after(doc: "Doc", c: Candidate, root: "Token", covered: set[int]) -> str | None:
    """"X, head of the national security committee and former prime minister, ..." -> the part after X."""
    if c.end >= len(doc) or doc[c.end].text != ",":
        return None
    for child in root.children:
        if child.dep_ == "appos" and child.i > c.end and child.pos_ == "NOUN" and child.i not in covered:
            end = next((k for k in range(child.i, child.right_edge.i + 1) if doc[k].text in (",", ";", "(")),
                       child.right_edge.i + 1)  # "the former governor, and his wife ...": the apposition ends at a comma
            return _clean(doc, child.left_edge.i, end)
    return None


def _apposition_before(doc: "Doc", c: Candidate, root: "Token") -> str | None:
    """"The former head of the NSC, X, ..." and "ministry spokesman X" -> the noun phrase X is in apposition to."""
    head = root.head
    if root.dep_ != "appos" or head.i >= c.start or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.pos_ == "PROPN" and head.lower_.rstrip(".") not in TITLE_WORDS:
        return None
    return _clean(doc, head.left_edge.i, c.start)


def _role_before(doc: "Doc", c: Candidate, root: "Token") -> str | None:
    """Words before the name that modify it ("Prosecutor General" Lidiya Karaman, "Russian President" X)."""
    k = c.start - 1
    while k >= 0 and doc[k].dep_ in ("compound", "amod", "nmod", "poss", "case") and root.i in {a.i for a in doc[k].ancestors}:
        k -= 1
    if k + 1 >= c.start:
        return None
    words = doc[k + 1:c.start]
    if not any(t.pos_ == "NOUN" or t.lower_.rstrip(".") in TITLE_WORDS - HONORIFICS for t in words):
        return None
    return _clean(doc, k + 1, c.start)


def _clean(doc: "Doc", start: int, end: int) -> str | None:
    """The text of tokens [start, end) without leading determiners or honorifics, trailing commas or a
    relative clause; None when nothing is left or it runs longer than 20 words."""
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].lower_.rstrip(".") in HONORIFICS):
        start += 1
    if start < end and doc[start].lower_ in RELATIVES:
        return None
    for i in range(start, end):
        if doc[i].lower_ in RELATIVES:
            end = i
            break
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (")",)):
        end -= 1
    if end <= start or end - start > 20 or not any(t.is_alpha for t in doc[start:end]):
        return None
    if doc[start:end].text.count("(") != doc[start:end].text.count(")"):
        return None
    return doc[start:end].text
