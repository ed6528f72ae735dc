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
    "woman": "women", "women": "women",
}
WORD = re.compile(r"[\w'-]+")


def scope_key(scope: str | None) -> str:
    """The folded key under which claims of one scope are grouped; "" for the overall count."""
    if not scope:
        return ""
    words = [w.casefold().strip("'-") for w in WORD.findall(scope)]
    words = [w for w in words if w and w not in FILLER and not w.isdigit()]
    groups = sorted({GROUPS[w] for w in words if w in GROUPS})
    if groups:
        return " + ".join(groups)
    return " ".join(_singular(w) for w in words)


def group_key(measure: str, scope: str | None, unit: str | None) -> tuple[str, str, str]:
    """Claims with the same key count the same thing: same measure, same folded scope, same unit."""
    return (measure, scope_key(scope), unit or "")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
