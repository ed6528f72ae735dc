"""Official and independent counts: who a figure comes from, by kind of voice.

A researcher reading a contested toll asks first what the authorities say and what independent counters (rights
groups, doctors, witnesses, monitors) say, and only then which is right. ``voice_kind`` sorts a claim's source
into one of three kinds by the words that name it:

- ``official``: a state body or its people — a ministry, the police, prosecutors, a president or governor, the
  army, state media, "a government-linked source";
- ``independent``: counters outside the state — rights groups and NGOs, monitors, doctors and hospitals, the Red
  Cross, the UN, witnesses, relatives, opposition, lawyers, organisers;
- ``press``: the outlet's own voice (no source) or a named news organisation.

A source that names no kind ("Open Hands", "Ms Osten") gets none and is left out, never guessed. ``by_voice``
gives, for one group of claims (one measure and scope), the latest firm figure of each kind, so the report can
put "official 227 · independent at least 230" beside the headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import Claim
from .describe import FIRM
from .intervals import interval

KINDS = ("official", "independent", "press")

#: words that make a source a state voice; "government-linked" and "state-run" count
OFFICIAL = re.compile(
    r"\b(?:government|governments|govt|ministry|ministries|minister|ministers|ministerial|police|policemen|"
    r"prosecutors?|prosecutor's|prosecution|interior|authorities|officials?|spokes(?:man|woman|person)|president|"
    r"presidential|presidency|prime minister|premier|governor|mayor|sheriff|sheriff's|coroner|medical examiner|"
    r"army|military|armed forces|defen[cs]e forces|national guard|state media|state television|state tv|"
    r"state news agency|state-run|state-owned|government-linked|kremlin|white house|pentagon|cabinet|parliament|"
    r"municipality|city hall|regional administration|administration|emergency services|emergencies|"
    r"civil protection|fire (?:department|service|chief)|troopers?|deputies|department|agency|commission|"
    r"committee|council|embassy|consulate|junta|regime|health department|public health|investigators|"
    r"law enforcement)\b",
    re.IGNORECASE,
)
#: words that make a source a counter outside the state
INDEPENDENT = re.compile(
    r"\b(?:rights|ngos?|non-governmental|monitors?|monitoring|observatory|watchdog|activists?|opposition|"
    r"witness(?:es)?|eyewitness(?:es)?|residents?|relatives|families|family|doctors?|medics?|physicians|"
    r"nurses|hospitals?|clinic|morgue|red cross|red crescent|amnesty|united nations|un|unicef|who|unhcr|ocha|"
    r"msf|médecins|charity|charities|volunteers|lawyers?|attorneys?|organi[sz]ers|trade union|union|"
    r"independent|researchers?|academics?|church|diocese|mosque|survivors?|tally by|count by|civil society)\b",
    re.IGNORECASE,
)
#: a named news organisation as the source ("Reuters", "the Ledger's own count")
PRESS = re.compile(r"\b(?:reuters|associated press|ap|afp|agence france-presse|news agency|newspaper|the paper|"
                   r"broadcaster|tv channel|journalists?|reporters?|correspondents?|outlet|our count|own count|"
                   r"tally by the|times|post|herald|gazette|tribune|journal|ledger|wire|observer|review|courier)\b",
                   re.IGNORECASE)


#: a dateline glued to the front of a source ("ORVASH - Veloria's health ministry")
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+\s+[-–—]+\s+")
#: "the Ministry of Health" and "the health ministry" are one body; a few portfolios go by two names
MINISTRY_OF = re.compile(r"\bministry\s+of\s+(?:the\s+)?([a-z]+(?:\s+(?:affairs|security|protection))?)")
BEFORE_MINISTRY = re.compile(r"\b([a-z]+(?:\s+affairs)?)\s+ministry\b")
PORTFOLIOS = {"internal affairs": "interior", "home affairs": "interior", "home": "interior", "defense": "defence",
              "public health": "health"}
#: words around a source that do not change who it is ("health ministry data", "the police's figures")
SOURCE_FILLER = re.compile(r"^(?:the|a|an)\s+|\s+(?:data|figures?|statistics|tally|count|estimates?|reports?)$")


def source_key(source: str | None) -> str:
    """One key for the ways articles name one source: case, articles, a glued dateline and words such as "data" or
    "figures" dropped, and a ministry named by its portfolio ("the Ministry of Health", "Veloria's health ministry",
    "health ministry data" → "health ministry"). Anything else is kept as written, folded; "" for no source.
    Reconciliation uses it to tell which earlier figures a source has since replaced with its own."""
    if not source:
        return ""
    text = DATELINE.sub("", source.strip()).casefold().replace("’", "'")
    ministry = MINISTRY_OF.search(text) or BEFORE_MINISTRY.search(text)
    if ministry and ministry.group(1) not in ("the", "a", "its", "their", "his", "her"):
        portfolio = ministry.group(1)
        return f"{PORTFOLIOS.get(portfolio, portfolio)} ministry"
    previous = None
    while previous != text:
        previous, text = text, SOURCE_FILLER.sub("", text).strip()
    return text


def voice_kind(source: str | None) -> str | None:
    """"official", "independent" or "press" for a claim's source text (None: the outlet's own voice, "press");
    None when the words name no kind."""
    if source is None or not source.strip():
        return "press"
    independent, official = INDEPENDENT.search(source), OFFICIAL.search(source)
    if independent and official:  # "a rights group citing police figures": the first named is the speaker
        return "independent" if independent.start() < official.start() else "official"
    if official:
        return "official"
    if independent:
        return "independent"
    if PRESS.search(source):
        return "press"
    return None


def by_voice(claims: Iterable[Claim]) -> dict[str, Claim]:
    """The latest firm figure of each kind of voice among one group's claims: latest by the date it was reported
    (``Claim.reported``, as the headlines order figures), then by the time it holds for; a bounded figure leads an
    open or vague one given the same day; then the higher."""
    best: dict[str, Claim] = {}
    for claim in claims:
        kind = voice_kind(claim.source)
        if kind is None or claim.status not in FIRM or interval(claim) is None:
            continue
        if kind not in best or _rank(claim) > _rank(best[kind]):
            best[kind] = claim
    return {kind: best[kind] for kind in KINDS if kind in best}


def _rank(claim: Claim) -> tuple[str, str, bool, float]:
    return (claim.reported or claim.as_of or "", claim.as_of or "", claim.qualifier not in ("vague", "more_than", "at_least"),
            claim.value_low or 0.0)
