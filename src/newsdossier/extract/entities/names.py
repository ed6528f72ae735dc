"""Names as strings: folding, titles, the parts of a person's name, spelling-variant keys and initials.

Pure functions with no spaCy, shared by the entity extractor (short forms within a document) and the
resolver (variants across documents). The variant key folds the alternations that transliteration and
news spelling produce for the same name: diacritics (anyascii), doubled letters (Masimov / Massimov),
-ayev / -aev, y / i / j, kh / h, zh / j, w / v, ph / f, ck / k, British and American spellings of
organisation words. It never folds a final -a, which marks a different (female) relative in many names
(Nazarbayev / Nazarbayeva).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

#: Tie-break order when labels vote evenly: the more specific label first.
LABEL_PRIORITY = ("PERSON", "GPE", "ORG", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
DASHES = re.compile(r"[\u2010-\u2015\u2212]")

#: words and abbreviations that stand before a person's name as a form of address or a role
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame madam mister".split())
TITLE_WORDS = frozenset("""
president vice prime minister deputy premier chancellor secretary general attorney prosecutor chairman chairwoman
chairperson chair governor gov senator sen representative rep congressman congresswoman mayor judge justice king
queen prince princess emir sheikh ayatollah imam pope cardinal archbishop bishop rev reverend father pastor rabbi
professor prof ambassador commander colonel col captain capt lieutenant lt major maj sergeant sgt corporal cpl
private pte officer inspector detective det constable chief director spokesman spokeswoman spokesperson head
lawyer attorney adviser advisor aide coach ceo chief founder leader former acting interim state foreign interior
defence defense health justice finance economy economic trade energy education labour labor transport
speaker parliamentary general-secretary patriarch lord lady baron count duke mullah marshal admiral brigadier
coroner sheriff superintendent trooper agent commissioner councillor councilman councilwoman alderman magistrate
solicitor barrister dean provost warden ranger doctor mufti
""".split()) | HONORIFICS
#: multiword titles whose last word may be taken for part of a name ("Head of State Ilena Tarkhal")
TITLE_PHRASES = ("head of state", "head of government", "secretary of state", "minister of state",
                 "prosecutor general", "attorney general", "secretary general", "surgeon general", "governor general")
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
BARE_SUFFIXES = frozenset(s.rstrip(".") for s in SUFFIXES)
PARTICLES = frozenset("van von der den de del della da di du la le bin ibn al el abu ben dos das do st".split())
#: words skipped when initials are taken ("Collective Security Treaty Organization" -> CSTO)
INITIAL_STOPWORDS = frozenset("of the and for on in at to & de des du la le".split())
#: corporate forms dropped from organisation keys ("Apple Inc." = "Apple")
CORPORATE = frozenset("inc incorporated corp corporation co company ltd limited plc llc lp sa ag nv gmbh ab oy spa group holdings".split())
SPELLINGS = {"centre": "center", "organisation": "organization", "defence": "defense", "programme": "program",
             "theatre": "theater", "labour": "labor", "&": "and"}
#: words that make a place name a region around the place of the same name (city vs region)
REGION_WORDS = frozenset("""region province oblast district county state prefecture governorate territory
department krai canton municipality area republic valley basin""".split())


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lower case, ASCII (diacritics and other scripts transliterated), one space, no leading "the" or trailing possessive."""
    text = DASHES.sub("-", unicodedata.normalize("NFKC", text).translate(APOSTROPHES))
    text = anyascii(text).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"(?:'s|s'|')$", lambda m: "s" if m.group(0) == "s'" else "", text).strip()


@lru_cache(maxsize=131072)
def words(text: str) -> tuple[str, ...]:
    """The folded words of a name; hyphens and full stops inside words are kept ("kassym-jomart", "u.s.")."""
    return tuple(w for w in re.split(r"[\s,;:()\"]+", fold(text)) if w and w not in ("-", "'"))


def strip_titles(tokens: tuple[str, ...] | list[str]) -> list[str]:
    """Drop leading titles and honorifics ("President", "Mr.", "Head of State") and trailing suffixes ("Jr.")."""
    tokens = list(tokens)
    while tokens and tokens[-1].rstrip(".") in BARE_SUFFIXES:
        tokens.pop()
    while len(tokens) > 1:
        lowered = " ".join(t.rstrip(".") for t in tokens)
        phrase = next((p for p in TITLE_PHRASES if lowered.startswith(p + " ")), None)
        if phrase:
            tokens = tokens[len(phrase.split()):]
        elif tokens[0].rstrip(".") in TITLE_WORDS:
            tokens = tokens[1:]
        else:
            break
    return tokens


def is_initial(word: str) -> bool:
    """"T." or "T" (a single letter, with or without a full stop)."""
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


@lru_cache(maxsize=131072)
def person_parts(text: str) -> tuple[str | None, str]:
    """(first name or None, surname) of a person's name, titles dropped; "" surname if nothing is left.

    The surname keeps a leading particle ("van der Berg"); middle names and middle initials are dropped.
    """
    tokens = strip_titles(words(text))
    if not tokens:
        return None, ""
    last = [tokens[-1]]
    rest = tokens[:-1]
    while rest and rest[-1] in PARTICLES and len(rest) > 1:
        last.insert(0, rest.pop())
    return (rest[0] if rest else None), " ".join(last)


def first_names_agree(a: str | None, b: str | None) -> bool:
    """Whether two first names can name the same person: equal, equal as variants, one the initial of the
    other, or one a part of a hyphenated other ("Jomart" / "Kassym-Jomart"). None (no first name) agrees."""
    if not a or not b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if variant_key(a) == variant_key(b):
        return True
    parts_a, parts_b = set(a.split("-")), set(b.split("-"))
    return bool((len(parts_a) > 1 or len(parts_b) > 1) and parts_a & parts_b)


@lru_cache(maxsize=65536)
def variant_key(word: str) -> str:
    """A key shared by transliteration and spelling variants of one name or word.

    >>> variant_key("Massimov") == variant_key("Masimov"), variant_key("Oskarbayev") == variant_key("Oskarbaev")
    (True, True)
    """
    w = re.sub(r"[^a-z]", "", anyascii(word).lower())
    for old, new in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "v"),
                     ("x", "ks"), ("ye", "e"), ("yo", "o"), ("yu", "u"), ("iy", "i"), ("ij", "i"), ("y", "i"),
                     ("j", "i"), ("ie", "i"), ("ou", "u")):
        w = w.replace(old, new)
    w = re.sub(r"(.)\1+", r"\1", w)
    return w


def name_variant_key(text: str) -> str:
    """The variant key of a whole name, word by word, with organisation spellings and corporate forms folded."""
    tokens = [SPELLINGS.get(w, w) for w in words(text)]
    while len(tokens) > 1 and tokens[-1].rstrip(".") in CORPORATE:
        tokens.pop()
    return " ".join(variant_key(w) or w for w in tokens)


def is_acronym(text: str) -> bool:
    """Two to five capitals, with or without full stops ("NSC", "U.N.", "CSTO"). Longer words in capitals are
    more often a word set in capitals (a dateline's "MARENTA") than an acronym."""
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def is_short_form(text: str, target: str) -> bool:
    """Whether ``text`` shortens ``target`` (an acronym, a surname, a name with words left out) rather than
    naming the same thing differently (a translation or nickname: "Black January" / "Ketar Zhanvel")."""
    if is_acronym(text):
        return True
    own, full = strip_titles(words(text)), strip_titles(words(target))
    return bool(own) and (set(own) <= set(full) or (bool(full) and own[-1] == full[-1]))


def acronym_letters(text: str) -> str:
    return text.replace(".", "").replace("&", "").lower()


def initials(text: str) -> set[str]:
    """Acronyms a name could have: the initials of its words, without and with the small words
    ("Collective Security Treaty Organization" -> {"csto"}; "Ministry of Internal Affairs" -> {"mia", "moia"})."""
    tokens = [t for t in re.split(r"[\s\-]+", fold(text)) if t and t[0].isalnum()]
    every = "".join(t[0] for t in tokens)
    content = "".join(t[0] for t in tokens if t not in INITIAL_STOPWORDS)
    return {every, content} - {""}


def is_region_of(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` plus a region word ("Orvash Region" of "Orvash"): a different place."""
    a, b = words(longer), words(shorter)
    extra = [w for w in a if w not in b]
    return bool(extra) and all(w in REGION_WORDS or w in ("of", "city") for w in extra) and any(w in REGION_WORDS for w in extra)
