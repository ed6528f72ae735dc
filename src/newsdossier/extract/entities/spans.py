"""Name spans in one paragraph's ``Doc``: spaCy's entities, repaired, plus what the small model misses.

What en_core_web_sm gets wrong in news (see /work/shared/MEASUREMENTS.md) and what is done about it:

- spans that start with a preposition or conjunction at a sentence start ("Across Orvash Region"): the
  small words are cut off;
- a title taken into a name ("Sergeant Pavel Idrin", "State Ilena Tarkhal" from "Head of State"): the
  title is cut off and the rest is a person; a first name dropped ("Prosecutor General Lidiya Karaman" ->
  "Karaman" as ORG): the span is extended over the capitalised proper noun before it;
- a portfolio taken for an organisation ("Justice" in "Justice Minister Arno Keldys"): dropped;
- headlines in title case or capitals, where the model takes verbs into names ("Lindsay Lohan Checks Into
  Rehab"): a name keeps only the words the article also capitalises in its running text, or rare words;
- junk: spans without a capital letter (site furniture such as "icon-twitter"), a common word alone as a
  work of art or product ("Murder"), social networks taken for persons (made organisations);
- offices and agencies the model misses or cuts ("The Prosecutor General's Office", "Ministry of Internal
  Affairs"): runs of capitalised words ending in (or starting with) an organisation word become ORG;
- acronyms in capitals the model misses ("CSTO"): ORG, unless the text defines them otherwise (links.py).

Spans are token ranges of the paragraph ``Doc``; ``entities.py`` turns them into mentions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .names import HONORIFICS, TITLE_PHRASES, TITLE_WORDS, is_acronym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: small words cut from the start of a span
LEADING_WORDS = frozenset("""the a an across in at on from with for by under after before during and but of to into near
over as while since when if outside inside amid among between against via per according""".split())
#: small words that a headline in title case capitalises and running text does not
SMALL_WORDS = frozenset("""a an the and or but nor of in on at to for from with into onto over after before as by up out off
about amid against is are was were be been has have had will would can could may its his her their this that says say
than then""".split())
#: words after which a preceding capitalised word is a portfolio, not an organisation ("Justice Minister")
PORTFOLIO_HEADS = frozenset("minister ministers secretary commissioner".split())
#: last (or first, before "of") words that make a run of capitalised words an organisation
ORG_HEADS = frozenset("""office ministry committee commission council agency service services department bureau court
tribunal party front forum movement union alliance organization organisation institute university college academy
bank fund police army navy guard guards forces parliament assembly senate congress government administration
authority directorate inspectorate prosecutor's centre center foundation association federation society company
corporation network coalition bloc board cabinet chamber corps brigade battalion militia church mission""".split())
ORG_CONNECTORS = frozenset("of for and the on 's & de".split())
#: lower-case words that may stand inside a name
NAME_JOINERS = frozenset("of for and the on de la le les du des da di del della von van der den ter al el bin ibn bint y e st".split())
SOCIAL_NETWORKS = frozenset("twitter facebook instagram youtube telegram whatsapp tiktok linkedin x vk vkontakte".split())
#: capitalised words that are never acronyms of an entity
NOT_ACRONYMS = frozenset("""I A OK TV AM PM CEO CFO COO CTO GMT UTC BST EST PST ID PC DJ MP MPS MD PHD BC AD AKA FAQ
PS NB ET PDF HTML URL USB GPS DNA HIV AIDS COVID SARS LIVE UPDATE UPDATED NEW BREAKING VIDEO PHOTO PHOTOS WATCH READ MORE
NEWS MIN AFP""".split())
#: title words that do not on their own introduce a name ("the Justice Ministry", "Head of State")
WEAK_TITLES = frozenset("""former acting interim state foreign interior defence defense health justice finance economy
economic trade energy education labour labor transport head vice deputy chief private major lord lady count""".split())
JUNK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})


@dataclass(slots=True)
class Candidate:
    """A name span in one ``Doc``: token range [start, end), label, and where it came from."""

    start: int
    end: int
    label: str
    source: str = "ner"


@lru_cache(maxsize=65536)
def common(word: str) -> float:
    """How common a word is in English (wordfreq Zipf scale; 0 for unknown words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def is_capitalised(token: "Token") -> bool:
    text = token.text
    return bool(text[:1].isupper()) or (text[:1].isdigit() and any(c.isupper() for c in text))


def headline_sentences(doc: "Doc") -> set[int]:
    """Indices of sentence starts whose sentence is written in title case or in capitals.

    Title case shows in the small words ("Into", "For", "Is", "Says"): a running sentence writes them in lower
    case however many names it holds.
    """
    found = set()
    for sent in doc.sents:
        words = [t for t in sent[1:] if t.is_alpha]
        if len([t for t in words if len(t) > 2]) >= 3 and all(t.is_upper for t in words):
            found.add(sent.start)
            continue
        small = [t for t in words if t.lower_ in SMALL_WORDS]
        capitals = sum(is_capitalised(t) for t in small)
        if capitals and capitals >= len(small) - capitals:
            found.add(sent.start)
    return found


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What an article's running (not headline) sentences show about its words, lower-cased."""

    #: words capitalised inside a sentence, or at its start when the next word is capitalised too ("Lindsay
    #: Lohan checked into ...") or when the article never writes the word in lower case ("Lohan, who ...")
    attested: frozenset[str]
    #: words written with a capital and small letters ("Marenta", so "MARENTA" is no acronym)
    titled: frozenset[str]

    def __contains__(self, word: str) -> bool:
        return word in self.attested


def article_vocabulary(docs: list["Doc"]) -> Vocabulary:
    """The ``Vocabulary`` of an article's paragraphs."""
    words, lower, initial, titled = set(), set(), set(), set()
    for doc in docs:
        headlines = headline_sentences(doc)
        for sent in doc.sents:
            if sent.start in headlines:
                continue
            for k, token in enumerate(sent):
                if token.is_alpha and token.is_lower:
                    lower.add(token.text)
                if token.is_alpha and token.is_title and len(token) > 1:
                    titled.add(token.lower_)
                if not (is_capitalised(token) and token.is_alpha) or token.lower_ in LEADING_WORDS:
                    continue
                if k > 0 or (len(sent) > 1 and is_capitalised(sent[1]) and sent[1].is_alpha):
                    words.add(token.lower_)
                else:
                    initial.add(token.lower_)
    return Vocabulary(frozenset(words | {w for w in initial - lower if common(w) < 5.5}), frozenset(titled))


def find_spans(doc: "Doc", labels: frozenset[str], attested: Vocabulary) -> list[Candidate]:
    """Repaired entity spans plus rule spans for one paragraph, sorted and without overlaps."""
    headlines = headline_sentences(doc)
    in_headline = [False] * len(doc)
    for sent in doc.sents:
        if sent.start in headlines:
            for i in range(sent.start, sent.end):
                in_headline[i] = True
    spans: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in labels:
            continue
        for start, end in _pieces(doc, ent.start, ent.end):
            candidate = _repair(doc, Candidate(start, end, ent.label_), in_headline, attested)
            if candidate is not None:
                spans.append(candidate)
    spans = _add(spans, _offices(doc, in_headline))
    spans = _add(spans, _titled_names(doc, in_headline, spans))
    spans = _add(spans, _initialled_names(doc, in_headline))
    spans = _add(spans, _acronyms(doc, in_headline, attested))
    return sorted(spans, key=lambda c: (c.start, c.end))


def _pieces(doc: "Doc", start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at small words that do not join parts of a name, brackets and spaced dashes ("Jaguars at
    Jacksonville Municipal Stadium" -> "Jaguars", "Jacksonville Municipal Stadium"; "Bank of America" and
    "Health ministry" stay whole)."""
    pieces, begin = [], start
    for i in range(start, end):
        token = doc[i]
        dash = token.text in ("-", "–", "—", "|", "/") and token.whitespace_ and i > start and doc[i - 1].whitespace_
        small = token.is_lower and token.lower_ in LEADING_WORDS and token.lower_ not in NAME_JOINERS
        if dash or token.text in ("(", ")", "[", "]") or (small and i > start):
            if i > begin:
                pieces.append((begin, i))
            begin = i + 1
    if begin < end:
        pieces.append((begin, end))
    return pieces


def _repair(doc: "Doc", c: Candidate, in_headline: list[bool], attested: Vocabulary) -> Candidate | None:
    end = next((i for i in range(c.start, c.end) if "\n" in doc[i].text), c.end)
    start = c.start
    while start < end and doc[start].lower_ in LEADING_WORDS:
        start += 1
    while end > start and (doc[end - 1].lower_ in LEADING_WORDS or doc[end - 1].is_punct and doc[end - 1].text != "."):
        end -= 1  # "Banstead in", "Morningside Recovery ]"
    if start >= end:
        return None
    label = c.label
    if in_headline[start]:
        start, end = _headline_trim(doc, start, end, attested)
        if start >= end:
            return None
    title_end = _title_prefix(doc, start, end, label)
    if title_end > start:
        start, label = title_end, "PERSON"
    start, label = _extend_first_name(doc, start, end, label)
    span = doc[start:end]
    text = span.text
    if not any(ch.isupper() for ch in text):
        return None
    lowered = span.text.lower()
    if lowered in SOCIAL_NETWORKS or (label == "PERSON" and is_acronym(text)):
        label = "ORG"  # "Twitter" and "REOM" are no persons
    elif len(span) == 1 and label in JUNK_LABELS and common(lowered) >= 4.0:
        return None
    if (label not in ("PERSON", "GPE", "NORP") and end - start <= 2 and end < len(doc) and doc[end].lower_ in PORTFOLIO_HEADS
            and all(common(t.lower_) >= 4.0 for t in span)):
        return None  # "Justice" in "Justice Minister Arno Keldys": a portfolio
    return Candidate(start, end, label, c.source)


def _headline_trim(doc: "Doc", start: int, end: int, attested: Vocabulary) -> tuple[int, int]:
    """In a headline, keep the run of words the article also capitalises in its running text; a span with
    no such word keeps its leading run of uncommon words (a name the body does not repeat)."""

    def keeps(token: "Token") -> bool:
        return token.lower_ in attested or not token.is_alpha

    first = next((i for i in range(start, end) if doc[i].is_alpha and keeps(doc[i])), None)
    if first is None:  # a name the body does not repeat: its leading run of uncommon words
        stop = start
        while stop < end and (not doc[stop].is_alpha or common(doc[stop].lower_) < 4.2):
            stop += 1
        return start, stop
    while first > start and doc[first - 1].is_alpha and common(doc[first - 1].lower_) < 4.2:
        first -= 1  # a rare word just before ("Lindsay" when the body calls her "Lohan")
    stop = first
    while stop < end and (keeps(doc[stop]) or (doc[stop].lower_ in ORG_CONNECTORS and stop + 1 < end and keeps(doc[stop + 1]))):
        stop += 1
    return first, stop


def _title_prefix(doc: "Doc", start: int, end: int, label: str) -> int:
    """Where a name starts after the titles at the start of the span ("Sergeant Pavel Idrin" -> "Pavel")."""
    i = start
    while i < end - 1:
        word = doc[i].lower_.rstrip(".")
        phrase = _title_phrase_end(doc, i)
        if phrase is not None and phrase < end:
            i = phrase
        elif word in HONORIFICS or (label == "PERSON" and word in TITLE_WORDS):
            i += 1
        elif word in TITLE_WORDS and doc[i].is_title and 2 <= end - i - 1 <= 3 and all(
                t.pos_ == "PROPN" and t.is_title and t.lower_.rstrip(".") not in TITLE_WORDS and t.lower_ not in ORG_HEADS
                for t in doc[i + 1:end]):
            i += 1  # "Spokeswoman Sandy Angers" tagged ORG: a title, then a first name and a surname
        else:
            break
    return i if i > start and all(is_capitalised(t) for t in doc[i:end]) else start


def _title_phrase_end(doc: "Doc", i: int) -> int | None:
    """If token ``i`` is inside a multiword title ("Head of State"), the index after that title."""
    for phrase in TITLE_PHRASES:
        n = len(phrase.split())
        for begin in range(max(0, i - n + 1), i + 1):
            if begin + n <= len(doc) and " ".join(t.lower_ for t in doc[begin:begin + n]) == phrase:
                return begin + n
    return None


def _extend_first_name(doc: "Doc", start: int, end: int, label: str) -> tuple[int, str]:
    """Take in a first name the model dropped; a name after a title or honorific is a person."""
    if label in ("PERSON", "ORG") and end - start == 1 and start > 0:
        before = doc[start - 1]
        if (before.pos_ == "PROPN" and before.is_title and before.lower_.rstrip(".") not in TITLE_WORDS and before.is_alpha and before.ent_type_ == ""
                and (start - 1 == 0 or doc[start - 2].lower_.rstrip(".") in TITLE_WORDS or not is_capitalised(doc[start - 2])
                     or doc[start - 2].is_sent_start)):
            start -= 1
            if start > 0 and (doc[start - 1].lower_.rstrip(".") in TITLE_WORDS or _title_phrase_end(doc, start - 1) == start):
                label = "PERSON"
    if label != "PERSON" and start > 0 and all(t.is_title for t in doc[start:end]) and end - start <= 3:
        before = doc[start - 1].lower_.rstrip(".")
        if before in HONORIFICS or (before in TITLE_WORDS and doc[start - 1].is_title and label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC")):
            label = "PERSON"
    return start, label


def _offices(doc: "Doc", in_headline: list[bool]) -> list[Candidate]:
    """Runs of capitalised words that name an office or agency ("the Prosecutor General's Office")."""
    found = []
    i = 0
    while i < len(doc):
        if not _run_word(doc[i]) or in_headline[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and (_run_word(doc[j + 1]) or (doc[j + 1].lower_ in ORG_CONNECTORS and j + 2 < len(doc)
                                                             and _run_word(doc[j + 2]))):
            j += 1
        start = i + 1 if doc[i].lower_ in LEADING_WORDS and j > i else i
        possessive = next((k for k in range(start, j) if doc[k].lower_ == "'s"), None)
        if possessive is not None and not any(t.lower_ in TITLE_WORDS or t.lower_ in ORG_HEADS for t in doc[start:possessive]):
            start = possessive + 1  # "Russia's Foreign Ministry": the possessor is a name of its own
        words = [t.lower_ for t in doc[start:j + 1]]
        if len(words) >= 2 and (words[-1] in ORG_HEADS or (words[0] in ORG_HEADS and "of" in words)):
            found.append(Candidate(start, j + 1, "ORG", "office"))
        i = j + 1
    return found


def _run_word(token: "Token") -> bool:
    return token.is_alpha and (token.is_title or (token.is_upper and len(token) > 1))


def _titled_names(doc: "Doc", in_headline: list[bool], spans: list[Candidate]) -> list[Candidate]:
    """One to three capitalised proper nouns after a capitalised title or an honorific ("Prosecutor General
    Lidiya Karaman", "Mr. Oskarbayev") that the model missed or cut: a person."""
    covered = {i for c in spans if c.label == "PERSON" for i in range(c.start, c.end)}
    found = []
    for t in doc:
        word = t.lower_.rstrip(".")
        if in_headline[t.i] or not t.is_title or word not in TITLE_WORDS or word in WEAK_TITLES:
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 3 and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].is_alpha \
                and doc[j].lower_.rstrip(".") not in TITLE_WORDS and j not in covered:
            j += 1
        if j > t.i + 1 and (j == len(doc) or not (doc[j].is_title and doc[j].pos_ == "PROPN")):
            found.append(Candidate(t.i + 1, j, "PERSON", "title"))
    return found


def _initialled_names(doc: "Doc", in_headline: list[bool]) -> list[Candidate]:
    """An initial and a capitalised proper noun the model missed ("T. Oskarbaev"): a person."""
    found = []
    for t in doc[:-1]:
        following = doc[t.i + 1]
        if (len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." and not in_headline[t.i]
                and following.is_title and following.is_alpha and following.pos_ == "PROPN" and not following.ent_type_
                and following.lower_ not in TITLE_WORDS and (t.i == 0 or not doc[t.i - 1].is_title)):
            found.append(Candidate(t.i, t.i + 2, "PERSON", "initial"))
    return found


def _acronyms(doc: "Doc", in_headline: list[bool], vocabulary: Vocabulary) -> list[Candidate]:
    """Acronyms in capitals the model missed; not a word set in capitals that the article also writes in
    small letters ("MARENTA" in a dateline)."""
    return [Candidate(t.i, t.i + 1, "ORG", "acronym") for t in doc
            if is_acronym(t.text) and t.text.replace(".", "").upper() not in NOT_ACRONYMS and not in_headline[t.i]
            and t.lower_ not in vocabulary.titled]


def _add(spans: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """Add rule spans: one that covers model spans entirely replaces them; one that crosses a span is dropped."""
    for rule in extra:
        inside = [s for s in spans if rule.start <= s.start and s.end <= rule.end]
        crossing = [s for s in spans if s.start < rule.end and rule.start < s.end and s not in inside]
        if crossing or any((s.start, s.end) == (rule.start, rule.end) for s in inside):
            continue
        if rule.source == "office" and any(s.label == "PERSON" for s in inside) and len(inside) == 1 and \
                inside[0].end == rule.end:
            continue
        spans = [s for s in spans if s not in inside] + [rule]
    return spans
