"""The top of a scraped article: site name, headline, bylines, outlet and dateline lines -> metadata.

Reading stops at the first line that is neither a header line nor page
furniture (furniture stays for ``furniture.strip_furniture`` to remove with its
own reason). Every line moved to metadata is recorded in ``removed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import foreign_date, normalize_date
from ..records import Removed
from .furniture import classify

BYLINE = re.compile(r"^(?:by|written by|words by|reporting by|text by|reporter|column by|por|par|di|von|door|de)\s*:?\s+"
                    r"(?P<names>[A-ZÀ-Ý][^\n]{1,120})$", re.IGNORECASE)
POSTED_BY = re.compile(r"^(?:posted|published|produced)\s+by\s*:?\s+(?P<outlet>[^\n]{2,80})$", re.IGNORECASE)
AUTHOR_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*", re.IGNORECASE)
HEADER_SPLIT = re.compile(r"\s+[|•·]\s+|\s+[-–—]\s+")
DATELINE_PREFIX = re.compile(
    r"^(?:(?:first )?published|updated|posted|date|dated|last updated|last modified|created|modified|publicado|actualizado"
    r"|publié|mis à jour|pubblicato|aggiornato|atualizado|veröffentlicht|aktualisiert|issued|released|filed)"
    r"(?: on| el| le| il| em| am)?"
    r"\s*:?\s*", re.IGNORECASE)
RELATIVE_TIME = re.compile(
    r"^(?:published|updated|posted|last updated|atualizado|actualizado|publié|mis à jour|aggiornato)?\s*:?\s*"
    r"(?:(?:\d+|an?|one)\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\s+ago"
    r"|(?:há|hace|il y a|vor)\s+\d+\s+\w+|\d+\s+(?:ore|horas|heures|stunden) (?:fa|atrás))$|^(?:just now|yesterday|today)$",
    re.IGNORECASE,
)
TIME_TAIL = re.compile(r"[\s,|]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Za-z]{2,5})?"
                       r"(?:\s*[+-]\d{2}:?\d{2})?\s*$", re.IGNORECASE)
AT_TIME = re.compile(r"\s+at\s+(?=\d{1,2}[:.]\d{2})", re.IGNORECASE)
PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}$")
ROLE = re.compile(r"^(?:[\w-]+\s+){0,2}(?:writer|reporter|correspondent|editor|contributor|staff|columnist|engineer"
                  r"|officer|manager|director|spokesperson|spokesman|spokeswoman|secretary|minister|chief|head)s?$",
                  re.IGNORECASE)
SMALL_WORDS = frozenset("the of and on de di du da do la le el des del der die van von".split())
SITE_WORDS = frozenset(
    "daily news times herald post gazette tribune journal wire chronicle observer review monitor courier express star "
    "sun agency press tv radio media weekly ledger dispatch record standard guardian telegraph mail insider report "
    "network online today bulletin gazeta correspondent digest informer voice world sentinel mirror examiner "
    "inquirer enquirer register leader independent globe nation patriot beacon advocate citizen clarion messenger "
    "courant argus gleaner lantern outlook spectator bugle intelligencer free evening morning sunday weekend "
    "broadcasting channel newsroom live info diary blog tidings correio courrier voce gazzetta corriere diario heraldo "
    "periódico periodico zeitung nouvelles noticias notícias jornal giornale tribuna crónica cronaca eco écho dépêche "
    "nieuws krant dagblad ministry department office council government borough fm".split()
)
HEADER_ZONE = 12


@dataclass(slots=True)
class Header:
    body: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None


def split_header(body: str, removed: list[Removed], title: str | None = None) -> Header:
    """Read the header block at the top of ``body`` into metadata.

    The header block is every line before the first line of prose (a long
    line, or a sentence of six words or more), at most ``HEADER_ZONE`` lines.
    In it, in any order: page furniture (left for the furniture pass), a
    site-name line, bylines, outlet and dateline lines, relative-time stamps,
    and the headline: the first remaining line that is not a sentence.
    """
    header = Header(body=body, title=title)
    lines = body.split("\n")
    candidates: list[int] = []
    taken: list[tuple[int, Removed]] = []
    for index in _zone(lines):
        stripped = lines[index].strip()
        if classify(stripped) is not None:
            continue  # furniture: the furniture pass removes it with its reason
        if title and _same(stripped, title):
            taken.append((index, Removed(text=stripped, reason="title (moved to metadata)")))
        elif RELATIVE_TIME.match(stripped):
            taken.append((index, Removed(text=stripped, reason="header line (relative time, no date)")))
        elif _take(stripped, header):
            taken.append((index, Removed(text=stripped, reason="header line (moved to metadata)")))
        elif header.outlet is None and _site_name(stripped):
            header.outlet = stripped
            taken.append((index, Removed(text=stripped, reason="header line (site name, moved to metadata)")))
        else:
            candidates.append(index)
            continue
        lines[index] = ""
    if header.outlet is None and len(candidates) >= 2 and _shouting(lines[candidates[0]].strip()):
        header.outlet = lines[candidates[0]].strip()  # an all-capitals line above the headline: the site's name
        taken.append((candidates[0], Removed(text=header.outlet, reason="header line (site name, moved to metadata)")))
        lines[candidates.pop(0)] = ""
    if not title:
        for index in candidates:
            if _headline(lines, index):
                header.title = lines[index].strip()
                taken.append((index, Removed(text=header.title, reason="title (moved to metadata)")))
                lines[index] = ""
                break
    removed.extend(r for _, r in sorted(taken, key=lambda pair: pair[0]))
    header.body = "\n".join(lines).strip()
    return header


def _zone(lines: list[str]) -> list[int]:
    """Indexes of the non-blank lines before the first line of prose."""
    zone: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if classify(stripped) is not None:
            zone.append(index)  # furniture inside the header block ("You have 2 free articles left…")
            continue
        if _prose(stripped) or len(zone) >= HEADER_ZONE:
            break
        zone.append(index)
    return zone


def _prose(line: str) -> bool:
    """A line of the article itself: long, or a sentence of six words or more (stamps like "Posted: Sep. 13,
    2023, 6:12 p.m." are not)."""
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 3]
    return len(line) > 160 or (len(words) >= 5 and line.rstrip("\"'”’)").endswith((".", "!", "?", ":")))


def _take(line: str, header: Header) -> bool:
    """Read one header line into ``header``; False when it is not a header line."""
    if posted := POSTED_BY.match(line):
        if header.outlet is None:
            header.outlet = posted.group("outlet").strip()
        return True
    parts = [p.strip() for p in HEADER_SPLIT.split(line) if p.strip()]
    names: list[str] = []
    found = False
    for part in parts:
        byline = BYLINE.match(part)
        date = _date(part)
        if not byline and not date and classify(part) is not None:
            continue  # "View Comments", "categories: …" inside a header line
        if byline and not header.authors:
            header.authors, found = split_authors(byline.group("names")), True
            outlets = [p.strip() for p in AUTHOR_SPLIT.split(byline.group("names")) if _site_name(p.strip())]
            if outlets and header.outlet is None:
                header.outlet = outlets[0]
        elif date and header.published is None:
            header.published, found = date, True
        else:
            names.append(part)
    if not found and "," in line and header.published is None and (dated := _dated_piece(line)):
        header.published, found, names = dated[0], True, dated[1]
    short = all(len(n.split()) <= 6 and n[:1].isupper() and not n.rstrip().endswith(".") for n in names)
    if not short or not (found or len(parts) > 1):
        return False
    sites = [n for n in names if _site_name(n)]
    people = [n for n in names if n not in sites and PERSON.match(n)]
    if header.outlet is None and (sites or names):
        header.outlet = (sites or [n for n in names if n not in people] or names)[0]
    if people and not header.authors and len(parts) > 1:
        header.authors = people[:1]  # "Priya Halloran | The Fenwick Allotment Diary"
    return True


def _date(part: str) -> str | None:
    """A header part as a date: "Last modified on Thu 7 Mar 2024 16.40 GMT", "2023-10-23 14:20 (local time)"."""
    text = DATELINE_PREFIX.sub("", part.strip())
    text = re.sub(r"\([^)]*\)", " ", text)
    text = AT_TIME.sub(" ", text)
    text = re.sub(r"\s+(?:à|a las|alle|às|um)\s+\d{1,2}\s*[h:.]\s*\d{2}.*$", "", text)
    text = TIME_TAIL.sub("", text).strip(" ,|")
    return (normalize_date(text) or foreign_date(text)) if text else None


def _dated_piece(line: str) -> tuple[str, list[str]] | None:
    """"Orvash Courier, Friday 10 January 2025", "Publié le 3 mars 2024 à 10h15, mis à jour …": the first
    comma-separated piece that is a date, and the other pieces before it (names)."""
    pieces = [p.strip() for p in line.split(",")]
    for index, piece in enumerate(pieces):
        if date := _date(piece):
            return date, [p for p in pieces[:index] if p]
    return None


def strip_site_suffix(title: str | None, outlet: str | None) -> str | None:
    """"Headline - The Planetary Press" -> "Headline" when the suffix is the outlet's name, or when it reads as a
    site's name whatever the outlet: "… - KSLA News 12 Shreveport, Louisiana News Weather & Sports"."""
    if not title:
        return title
    if outlet:
        match = re.match(r"^(?P<head>.+?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60})$", title)
        if match and _same(match.group("site"), outlet):
            return match.group("head").strip()
        match = re.match(r"^(?P<site>[^|–—]{2,60})\s+[|–—-]\s+(?P<head>.+)$", title)
        if match and _same(match.group("site"), outlet):
            return match.group("head").strip()
    bare = re.sub(r"(?:\s+[|–—-])+\s*$", "", title)  # "… Telemundo -"
    for separator in re.finditer(r"\s+[|–—-]\s+", bare):
        head, tail = bare[:separator.start()].strip(), bare[separator.end():].strip()
        if len(head.split()) >= 3 and _site_tail(tail):
            return head
    return title


#: words of a broadcaster's or site's name beyond ``SITE_WORDS``
BROADCAST_WORDS = frozenset("weather sports sport channel fox cbs nbc abc cw pbs npr newschannel headlines "
                            "stormtracker closings".split())
CALL_LETTERS = re.compile(r"\b[KW][A-Z]{2,3}\b|\.com\b|\.net\b|\.org\b|\b(?:FOX|CBS|NBC|ABC|CW)\s*\d+|\b[A-Za-z]+\d+\b|"
                          r"\b\d+(?!st\b|nd\b|rd\b|th\b)[A-Za-z]+\b")


def _site_tail(tail: str) -> bool:
    """The rest of a title after a separator names a site: a site or broadcast word, call letters or a domain, and
    no sentence in it (every word capitalised, a number or a connecting word)."""
    words = [w for w in re.findall(r"[\w.'’&/-]+", tail) if re.search(r"\w", w)]
    if not words or len(words) > 20:
        return False
    lowered = {part for w in words for part in re.split(r"[-/.]", w.lower()) if part}
    signal = lowered & (SITE_WORDS | BROADCAST_WORDS) or CALL_LETTERS.search(tail)
    named = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS | TAIL_WORDS or "." in w for w in words)
    return bool(signal) and named


#: lower-case words a site's tagline uses: "News, Weather, and Sports for Huntsville"
TAIL_WORDS = frozenset("and for in your news weather sports sport traffic video closings".split())


def split_authors(names: str) -> list[str]:
    names = re.split(r"\s*[|]\s*", names.strip())[0]
    names = re.sub(r"\s*\([^)]*\)", "", names)  # "X (now) and Y (earlier)"
    parts = [p.strip() for p in AUTHOR_SPLIT.split(names.strip().rstrip(".")) if p.strip()]
    return [p for p in parts if not _site_name(p) and not ROLE.match(p)]


def _site_name(text: str) -> bool:
    """"THE VELHORA HERALD", "The Ardent Post": a short name with a word newspapers use."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words or re.search(r"[!?:]|\.(?!\d)", text):
        return False
    if len(text.split()) == 1 and len(words[0]) >= 6 and any(w in words[0] for w in SITE_WORDS if len(w) >= 4):
        return text[:1].isupper()  # "Newsfold", "Timesline"
    if not any(w in SITE_WORDS for w in words):
        return False
    titled = len(text.split()) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in text.split()
                                            if w.lower() not in SMALL_WORDS)
    return _shouting(text) or titled


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(text.split()) <= 6 and not re.search(r"[.!?:]", text)


def _headline(lines: list[str], index: int) -> bool:
    """A headline: a few words, not a sentence ending in a full stop, not a date, standing alone (a blank,
    header or furniture line after it) with more text to follow."""
    line = lines[index].strip()
    if not (2 <= len(line.split()) <= 30) or line.endswith((".", ":", ";", ",")) or normalize_date(line):
        return False
    after = lines[index + 1].strip() if index + 1 < len(lines) else None
    if after is None or (after and classify(after) is None):
        return False
    return any(lines[i].strip() for i in range(index + 1, len(lines)))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().strip(" .") == " ".join(b.split()).casefold().strip(" .")
