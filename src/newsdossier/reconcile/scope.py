"""Scopes: which claims count the same thing.

A claim's ``scope`` is a phrase as the extractor found it ("in the capital
alone", "of them, security forces", "including 12 children"). Outlets word the
same scope differently, so claims are grouped under a folded key: function
words, "alone"/"only" and plural endings dropped, and a few group nouns that
news writes many ways brought to one word. Unscoped claims are the overall
count; a scoped count is a part of it and never compared with it as if both
counted the same thing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..records import Claim
from .describe import INACTIVE  # a figure that no longer stands cannot show that a larger whole was counted

#: Words that carry no scope of their own.
FILLER = frozenset(
    "in at on of across within among amongst inside the a an alone only them those these whom who which were was "
    "are is members member including include includes included with from for by and its their his her".split()
)
#: Group nouns written several ways -> one key word.
GROUPS = {
    "security": "security forces", "police": "security forces", "policemen": "security forces",
    "officer": "security forces", "officers": "security forces", "troops": "security forces",
    "soldier": "security forces", "soldiers": "security forces", "servicemen": "security forces",
    "serviceman": "security forces", "military": "security forces", "law-enforcement": "security forces",
    "enforcement": "security forces",
    "child": "children", "children": "children", "minor": "children", "minors": "children",
    "teenager": "children", "teenagers": "children",
    "civilian": "civilians", "civilians": "civilians",
    "foreigner": "foreigners", "foreigners": "foreigners", "foreign": "foreigners",
    "woman": "women", "women": "women", "teen": "children", "teens": "children",
}
WORD = re.compile(r"[\w'-]+")
#: a group word that only qualifies a place or a state, not people: "who died in police custody", "at a military base"
NOT_PEOPLE = re.compile(r"\b(?:police|military|army|security)[\s-]+(?=(?:custody|detention|stations?|cells?|vans?|cars?|"
                        r"headquarters|bases?|barracks|checkpoints?|hospitals?|zones?|operations?)\b)", re.IGNORECASE)
#: Head nouns that name a body of people by a group word before them ("security forces", "foreign nationals").
BODY_HEADS = frozenset("forces force personnel agencies agents guards units citizens nationals".split())
#: "members of the security forces" -> "security forces": the group is the noun after "members of".
MEMBERS_OF = re.compile(r"^(?:(?:members?|employees?|staff|ranks|officers?|personnel)\s+of\s+(?:the\s+)?)", re.IGNORECASE)
#: where a counted phrase's head noun phrase ends: a relative clause or a prepositional phrase after it.
HEAD_END = re.compile(r"\s+(?:who|whom|that|which|whose|in|at|on|from|during|after|near|inside|with|by|for)\b.*$",
                      re.IGNORECASE | re.DOTALL)


def scope_key(scope: str | None) -> str:
    """The folded key under which claims of one scope are grouped; "" for the overall count."""
    if not scope:
        return ""
    words = [w.casefold().strip("'-") for w in WORD.findall(NOT_PEOPLE.sub(" ", scope))]
    words = [w for w in words if w and w not in FILLER and not w.isdigit()]
    groups = sorted({GROUPS[w] for w in words if w in GROUPS})
    if groups:
        return " + ".join(groups)
    return " ".join(_singular(w) for w in words)


def counted_group(counted: str) -> str | None:
    """The subgroup a counted phrase names, as written up to its head noun ("members of the security forces",
    "minors", "police officers"), or None when the counted people are not one of ``GROUPS`` ("people", "young men",
    "people who died in police custody": the head is "people", police only say where)."""
    phrase = HEAD_END.sub("", counted.strip())
    words = [w.casefold().strip("'-") for w in WORD.findall(MEMBERS_OF.sub("", phrase))]
    if not words:
        return None
    head = words[-1]
    if head in GROUPS or (head in BODY_HEADS and any(w in GROUPS for w in words[:-1])):
        return phrase
    return None


#: A count of people still held or still in hospital at the time of writing (a standing count), told by the words
#: right after the figure in its clause: "About 1,200 remain in custody", "97 persons continue treatment in
#: hospitals", "Of them, 40 are still in hospital". Such a count is a part of the cumulative arrests or injuries
#: (many were released or discharged), not a rival figure for them.
STANDING = {
    "arrests": ("still in custody", re.compile(
        r"^[^,;:.()]{0,40}?\b(?:remain(?:s|ed|ing)?|(?:are|were|is|was)\s+still|still)\s+(?:being\s+)?"
        r"(?:in\s+(?:police\s+|pretrial\s+|pre-trial\s+)?(?:custody|detention|jail|prison)|behind\s+bars|"
        r"detained|held|imprisoned|jailed|locked\s+up)\b", re.IGNORECASE)),
    "injuries": ("still in hospital", re.compile(
        r"^[^,;:.()]{0,40}?\b(?:(?:remain(?:s|ed|ing)?|(?:are|were|is|was)\s+still|still)\s+(?:being\s+)?"
        r"(?:in\s+(?:the\s+)?(?:hospitals?|intensive\s+care|clinics?|wards?)|hospitali[sz]ed|treated|"
        r"receiving\s+treatment|under\s+treatment)|continue(?:s|d)?\s+(?:to\s+)?(?:receive\s+)?treatment)\b",
        re.IGNORECASE)),
}


def standing_group(claim: Claim) -> str | None:
    """"still in custody" / "still in hospital" when the claim counts people still held or still treated (``STANDING``),
    read in its sentence right after the figure; None otherwise, and for every other measure."""
    standing = STANDING.get(claim.measure)
    at = claim.sentence.find(claim.text) if claim.text else -1
    if standing is None or at < 0:
        return None
    label, pattern = standing
    return label if pattern.search(claim.sentence[at + len(claim.text):]) else None


#: a count written in digits ("230", "1,310"), not a piece of a decimal, a time or a longer number
DIGITS = re.compile(r"(?<![\w.,:])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w:]|[.,]\d)")
#: a year, which is no whole of anything
YEAR = re.compile(r"(?:19|20)\d\d")
#: words that open a breakdown of a figure given before in the sentence
BREAKDOWN = re.compile(r"\b(?:including|among\s+(?:them|whom|those)|of\s+(?:them|whom|those))\b", re.IGNORECASE)
#: the phrase after a breakdown's figure that says who it counts, up to the clause's end or the next figure
BREAKDOWN_PHRASE = re.compile(
    r"^\s*(?:(?:are|were|was|is)\s+)?((?:(?!\s+and\s+(?:at\s+least|about|some|nearly|more\s+than|over|up\s+to|\d|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds)\b)[^,;:.()])+)", re.IGNORECASE)


def breakdown_group(claim: Claim, earlier: list[Claim]) -> str | None:
    """The people a breakdown counts ("at least 230 people, including … at least six people who died in police
    custody" → "people who died in police custody"; "4,353 people were hurt, of them 1,310 are employees of law
    enforcement agencies and servicemen"): a figure after "including", "of them" or "among them" that follows a
    larger figure in its sentence is a part of it, named by the words after it. The larger figure is an earlier
    claim of the same measure, or any larger count written in digits before the breakdown: a whole the extractor
    does not read as a claim ("the names of at least 230 people" on a list) still makes the figure after it a part.
    None otherwise."""
    at = claim.sentence.find(claim.text) if claim.text else -1
    if at < 0:
        return None
    part = claim.value_high if claim.value_high is not None else claim.value_low
    wholes = [(begin + len(whole.text), whole.value_low) for whole in earlier
              if (begin := claim.sentence.find(whole.text) if whole.text else -1) >= 0 and begin < at
              and whole.unit == claim.unit and whole.value_low is not None]
    if claim.unit is None:
        wholes += [(number.end(), value) for number in DIGITS.finditer(claim.sentence, 0, at)
                   if not YEAR.fullmatch(number.group()) and (value := float(number.group().replace(",", "")))]
    for end, value in wholes:
        if part is not None and value > part and BREAKDOWN.search(claim.sentence, end, at):
            phrase = BREAKDOWN_PHRASE.match(claim.sentence[at + len(claim.text):])
            words = phrase.group(1).strip() if phrase else ""
            return words if len(WORD.findall(words)) > 1 or (words and words.casefold() != "people") else None
    return None


def _groups(claims: list[Claim]) -> dict[str, str]:
    """Claim id -> the group an unscoped claim counts: the group its counted phrase names, a standing count, a
    breakdown of a larger figure before it, or, for a figure whose counted noun is left out ("a dozen members of the
    security forces …, up from the eight it reported on Monday"), the group of the figure before it in the same
    sentence with the same measure."""
    groups: dict[str, str] = {}
    before: dict[tuple[str, str, str], list[tuple[Claim, str | None]]] = defaultdict(list)  # the sentence's figures
    for claim in sorted(claims, key=lambda c: (c.document, c.field, c.start)):
        if claim.scope or claim.value_low is None:
            continue
        earlier = before[(claim.document, claim.sentence, claim.measure)]
        if claim.counted.strip():
            group = counted_group(claim.counted)
        else:
            group = earlier[-1][1] if earlier else None
        group = group or standing_group(claim) or breakdown_group(claim, [c for c, _ in earlier])
        earlier.append((claim, group))
        if group:
            groups[claim.id] = group
    return groups


def subgroups(claims: Iterable[Claim]) -> dict[str, str]:
    """Claim id -> the subgroup it counts, for unscoped claims whose counted people are a group ("eight members of
    the security forces had been killed", "Five minors were among the dead") when the dossier also counts a larger
    whole for the same measure: those are a part of the overall count (the security forces' dead among all the
    dead), not a rival figure for it. Where the group is all there is ("two officers were shot", nothing larger)
    it is the overall count and stays so. The larger whole is one stated in the same article, or one that two
    articles give: the whole is often in another article (a ministry's early count of its own dead, the overall
    toll later), but a figure only one article gives elsewhere may be a misreading ("a Glock 19") or a background
    statistic, and it must not take the count away from the overall figure."""
    claims = list(claims)
    groups = _groups(claims)
    stated: dict[tuple[str, str, str], float] = {}  # (document, measure, unit) -> the largest whole it states
    documents_of: dict[tuple[str, str, float], set[str]] = defaultdict(set)  # (measure, unit, value) -> documents
    for claim in claims:
        if claim.scope or claim.value_low is None or claim.id in groups:
            continue
        if claim.status not in INACTIVE:
            key = (claim.document, claim.measure, claim.unit or "")
            stated[key] = max(stated.get(key, 0.0), claim.value_low)
            documents_of[(claim.measure, claim.unit or "", claim.value_low)].add(claim.document)
    corroborated: dict[tuple[str, str], float] = {}
    for (measure, unit, value), documents in documents_of.items():
        if len(documents) > 1:
            corroborated[(measure, unit)] = max(corroborated.get((measure, unit), 0.0), value)
    parts: dict[str, str] = {}
    for claim in claims:
        if claim.id not in groups:
            continue
        unit = claim.unit or ""
        whole = max(stated.get((claim.document, claim.measure, unit), 0.0), corroborated.get((claim.measure, unit), 0.0))
        if whole > (claim.value_high if claim.value_high is not None else claim.value_low):
            parts[claim.id] = groups[claim.id]
    return parts


def as_parts(claims: Iterable[Claim]) -> list[Claim]:
    """The claims with each subgroup count (``Claim.subgroup``, set from ``subgroups``) scoped to its group, as
    reconciliation, headlines and the export's voices group them."""
    return [replace(c, scope=c.subgroup) if c.subgroup and not c.scope else c for c in claims]


def group_key(measure: str, scope: str | None, unit: str | None) -> tuple[str, str, str]:
    """Claims with the same key count the same thing: same measure, same folded scope, same unit."""
    return (measure, scope_key(scope), unit or "")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
