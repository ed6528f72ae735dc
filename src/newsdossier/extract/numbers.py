"""Numbers as news writes them: "4,353", "1.2 million", "five", "a dozen", "dozens", "between 40 and 50".

``find_numbers(text)`` yields every number phrase with its value range and the
qualifier words written before it. Words become values with text2num; vague
magnitudes become ranges (documented in tests/fixtures/claims/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from text_to_num import text2num

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
WORD = r"(?:" + "|".join(sorted(UNITS + list(SCALES), key=len, reverse=True)) + r")"
WORD_NUMBER = rf"{WORD}(?:(?:\s+and\s+|[\s-]+){WORD})*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d,.])|\d+(?:\.\d+)?"
SCALE_AFTER = r"(?:\s*(?:million|billion|thousand|hundred|mn|bn|m|k)\b)?"
SCALE_TAIL = re.compile(r"\s*(million|billion|thousand|hundred|mn|bn|m|k)$", re.IGNORECASE)
#: vague magnitudes -> (low, high)
VAGUE = {
    "several hundred": (300, 900), "a few hundred": (200, 500), "several thousand": (3_000, 9_000),
    "a few thousand": (2_000, 5_000), "several dozen": (36, 108), "a few dozen": (24, 60),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
    "thousands": (2_000, 9_999), "hundreds": (200, 999), "dozens": (24, 99), "scores": (40, 99), "several": (3, 9),
    "a few": (2, 5), "a handful": (2, 5),
}
FIXED = {"half a dozen": 6, "a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1_000, "a million": 1_000_000,
         "a couple of": 2, "a pair of": 2, "half a million": 500_000, "half a billion": 500_000_000,
         "a quarter of a million": 250_000, "a quarter million": 250_000}
QUALIFIERS = (
    # machine translation drops "than" here too: "were detained not less 1 thousand 200 persons"
    ("at_least", r"at (?:the )?(?:very )?least|no fewer than|not less than|not fewer than|a minimum of|at a minimum|"
                 r"(?:not|no) (?:less|fewer)"),
    # "just over"/"just under" keep the side of "over"/"under"; "north of", "in excess of" are "more than";
    # machine translation drops "than" ("more 300 houses") and "of the" ("order 900", for "of the order of")
    ("more_than", r"more than|just over|over|upwards of|in excess of|above|well over|north of|"
                  r"(?<!no )(?<!any )(?<!once )(?<!the )(?<!\d )(?-i:more)|exceed|exceeds|exceeded|exceeding|surpass|"
                  r"pass|passes|passed|passing|"
                  r"surpassed|surpassing|topped|tops|(?<!the )(?<!a )top(?= [$£€¥₹]|(?: US)?\$)|"
                  # the verb after "to" or a modal: "payouts are expected to top $60 million", "could top 200 million"
                  r"(?:(?<=\bto )|(?<=\bwill )|(?<=\bcould )|(?<=\bmay )|(?<=\bmight )|(?<=\bwould )|(?<=\bcan ))top"),
    ("about", r"about|some|around|nearly|roughly|approximately|approx\.|almost|close to|closer to|nearer to|nearer|near|"
              r"an estimated|estimated at|estimated|in the region of|of the order of|"
              r"(?<!the )(?<!an )(?<!a )(?<!court )(?<!executive )(?-i:order)|"
              r"upward of|circa|an approximate"),
    # "not more than" is a ceiling (found at its "not", left of the "more than" that would read it as a floor)
    ("at_most", r"at (?:the )?(?:very )?most|up to|no more than|not more than|not over|not above|not exceeding|not more|"
                r"as many as|as high as|as much as|a maximum of"),
    ("less_than", r"fewer than|less than|just under|under|below|(?:just |a little |a touch )?shy of"),
)
QUALIFIER_BEFORE = re.compile(
    r"(?:" + "|".join(f"(?P<{name}>\\b(?:{words}))" for name, words in QUALIFIERS) + r")\s+(?:[$£€¥₹]|US\$|USD\s)?$",
    re.IGNORECASE,
)
#: machine translation's "to" for "up to": "destroyed to 60 fighters", ", to 14 are hospitalized" (after an event verb
#: that takes no destination, or opening a clause; "rose to 60", "sentenced to 12 years", "moved to 3 shelters" are not)
UP_TO_TRANSLATED = re.compile(r"(?:(?P<opens>(?:^|(?<!\d)[,;:])\s*)|(?<!of )(?<!the )\b(?:destroyed|killed|detained|arrested|"
                              r"injured|wounded|hospitali[sz]ed|eliminated|liquidated|neutrali[sz]ed|captured|"
                              # a verb of being somewhere, which takes no destination: "can remain to 20 persons"
                              r"remain|remains|remained|stay|stays|stayed)\s+)"
                              r"(?P<q>to)\s+$", re.IGNORECASE)
#: what follows a clause-opening "to N": its verb ("to 14 are hospitalized"), so the figure is the clause's subject
SUBJECT_VERB_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:are|were|is|was|have|has|had)\b", re.IGNORECASE)
#: a part of a group after the figure: "To 3 of them the court gave terms" is the dative "to", not "up to"
PART_OF_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|these|the)\b", re.IGNORECASE)
#: a sum after the figure: "estimated at 140 million euros"
CURRENCY_AFTER = re.compile(r"\s*(?:million|billion|thousand|mn|bn|m|k)?\s*(?:euros?|dollars?|pounds?|francs?|yen|rubles?|"
                            r"roubles?|EUR|USD|GBP|CHF)\b", re.IGNORECASE)
#: nouns after which "about" is a preposition: "information about 12 victims"
ABOUT_PREPOSITION = re.compile(r"\b(?:information|data|news|reports?|talk|questions?|stories|story|details|claims?|"
                               r"rumou?rs?|figures?|"
                               # a verb of speaking or knowing: "the ministry speaks about 87 detained" (translated)
                               r"speaks?|spoke|spoken|speaking|talks?|talked|talking|writes?|wrote|written|writing|"
                               r"knows?|knew|heard|hears?|"
                               # a verb of telling, translated: "the ministry informed about 45 detained"
                               r"informs?|informed|informing|notif(?:y|ies|ied|ying))\s+$", re.IGNORECASE)
#: a bound written after the figure: "fifty or more", "300 or so", "20 or fewer"
BOUND_AFTER = (("at_least", re.compile(r"\s+or\s+(?:more|above|higher|greater)\b", re.IGNORECASE)),
               ("at_most", re.compile(r"\s+or\s+(?:fewer|less|below|under)\b", re.IGNORECASE)),
               ("about", re.compile(r"\s+or\s+so\b", re.IGNORECASE)))
#: a verb of change before "from N to M": the two are the old and the new value, not a range
CHANGE_BEFORE = re.compile(r"\b(?:ros[ei]n?|rising|rises|fell|fallen|falls?|falling|increas\w*|decreas\w*|correct\w*|revis\w*|"
                           r"rais\w*|lower\w*|cut|cuts|cutting|climb\w*|jump\w*|dropp?\w*|gr[eo]wn?|grows|growing|reduc\w*|"
                           r"amend\w*|adjust\w*|updat\w*|chang\w*|swell\w*|swollen|soar\w*|doubl\w*|halv\w*)\b"
                           r"(?:(?!\brang|\bvar)[^.;])*\bfrom\s+$", re.IGNORECASE)
#: Phone numbers and similar codes, masked before numbers are looked for.
PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b|\b\d{1,4}(?:-\d{2,4}){2,}\b")
_NUMBER = rf"(?:{DIGITS}){SCALE_AFTER}|{WORD_NUMBER}"
NUMBER = re.compile(
    r"(?P<vague>\b(?:" + "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True)) + r")\b)"
    r"|(?P<fixed>\b(?:" + "|".join(sorted((re.escape(v) for v in FIXED), key=len, reverse=True)) + r")\b)"
    rf"|(?P<between>\bbetween\s+(?:[$£€¥₹]|US\$)?(?P<b1>{_NUMBER})\s+and\s+(?:[$£€¥₹]|US\$)?(?P<b2>{_NUMBER}))"
    # a sum "from €600,000 to €1.1 million": each end with its own currency and scale
    rf"|(?P<mrange>\bfrom\s+(?:[$£€¥₹]|US\$)(?P<m1>{_NUMBER})\s+to\s+(?:[$£€¥₹]|US\$)(?P<m2>{_NUMBER}))"
    rf"|(?P<range>(?P<r1>{DIGITS})(?:\s*(?:-|–|—|to)\s*|\s+or\s+)(?P<r2>{DIGITS}){SCALE_AFTER})"
    rf"|(?P<wrange>\b(?P<w1>{WORD_NUMBER})\s+(?:to|or)\s+(?P<w2>{WORD_NUMBER})\b)"
    # "2 billion 300 million (rubles)": a larger and a smaller scale, as machine translation writes 2.3 billion
    r"|(?P<compound2>(?<![\w.,-])(?P<e1>\d{1,3})\s+(?P<escale>billion|million)\s+(?P<e2>\d{1,3})\s+"
    r"(?P<e2scale>million|thousand)\b)"
    r"|(?P<compound>(?<![\w.,-])(?P<c1>\d{1,3})\s+(?P<cscale>thousand|million)\s+(?P<c2>\d{1,3})(?![\w,.]*\d))"
    r"|(?P<decimal>(?<![\w.,-])(?P<d1>\d+),(?P<d2>\d{1,2})\s*(?P<dscale>million|billion|thousand)\b)"
    # a decimal comma before a percentage or a span of time: "48,2 percent", "7,5 years" (translated)
    r"|(?P<pdecimal>(?<![\w.,-])(?P<p1>\d{1,2}),(?P<p2>\d{1,2})(?=\s*(?:%|percent\b|per cent\b|"
    r"(?:years?|months?|weeks?|days?|hours?)\b)))"
    # a digit run glued to letters names something ("7News", "Fox5", "9mm"); a glued scale ("5K", "2M") is money
    rf"|(?P<digits>(?<![\w.,-])(?:{DIGITS}){SCALE_AFTER})(?![\w-]*\d)(?![^\W\d_])"
    rf"|(?P<words>\b{WORD_NUMBER}\b)",
    re.IGNORECASE,
)
SCALE_WORDS = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3, "hundred": 1e2}


@dataclass(frozen=True, slots=True)
class Number:
    start: int  # of the phrase, qualifier included
    end: int
    number_start: int  # of the number itself
    low: float
    high: float
    qualifier: str


def value(text: str) -> float | None:
    """"4,353" -> 4353, "1.2 million" -> 1200000, "twenty-seven" -> 27; None if it is no number."""
    text = text.strip().lower()
    match = re.fullmatch(rf"(?P<n>{DIGITS})(?:\s*(?P<scale>million|billion|thousand|hundred|mn|bn|m|k))?", text)
    if match:
        number = float(re.sub(r"[,\s\u202f\u00a0]", "", match.group("n")))
        # (rounded: "3.4 million" is 3,400,000, not 3,399,999.9999999995)
        return round(number * SCALE_WORDS.get((match.group("scale") or "").lower(), 1), 6)
    if text in FIXED:
        return float(FIXED[text])
    try:
        return float(text2num(text.replace(" and ", " "), "en"))
    except ValueError:
        return None


def _bound_after(text: str, end: int) -> tuple[str, int] | None:
    """The qualifier a bound written right after a figure gives, and where that bound ends ("fifty or more")."""
    for name, pattern in BOUND_AFTER:
        if bound := pattern.match(text, end):
            return name, bound.end()
    return None


def find_numbers(text: str) -> Iterator[Number]:
    text = PHONE.sub(lambda m: "#" * len(m.group(0)), text)  # same length: offsets stay right
    for match in NUMBER.finditer(text):
        start = match.start()
        qualifier = "exact"
        if match.group("vague"):
            low, high = VAGUE[match.group("vague").lower()]
            qualifier = "vague"
        elif match.group("compound"):  # "3 thousand 400", as machine translation writes 3,400
            scale = SCALE_WORDS[match.group("cscale").lower()]
            low = high = float(match.group("c1")) * scale + float(match.group("c2"))
        elif match.group("compound2") and SCALE_WORDS[match.group("escale").lower()] \
                > SCALE_WORDS[match.group("e2scale").lower()]:  # "2 billion 300 million"
            low = high = (float(match.group("e1")) * SCALE_WORDS[match.group("escale").lower()]
                          + float(match.group("e2")) * SCALE_WORDS[match.group("e2scale").lower()])
        elif match.group("pdecimal"):  # "48,2 percent": a decimal comma
            low = high = float(f"{match.group('p1')}.{match.group('p2')}")
        elif match.group("decimal"):  # "3,5 million": a decimal comma
            low = high = float(f"{match.group('d1')}.{match.group('d2')}") * SCALE_WORDS[match.group("dscale").lower()]
        elif match.group("mrange") and CHANGE_BEFORE.search(text, max(0, start - 60), start + 5):
            # "cut the fine from €2 million to €1.5 million": a sum and the one it became, not a range
            for name in ("m1", "m2"):
                number = value(match.group(name)) or 0.0
                yield Number(start=match.start(name) - 1, end=match.end(name), number_start=match.start(name) - 1,
                             low=number, high=number, qualifier="exact")
            continue
        elif match.group("between") or match.group("range") or match.group("wrange") or match.group("mrange"):
            # "between 40 and 50", "40-50", "three to nine (years)", "two or three (people)"
            first, second = ((match.group("b1"), match.group("b2")) if match.group("between") else
                             (match.group("m1"), match.group("m2")) if match.group("mrange") else
                             (match.group("w1"), match.group("w2")) if match.group("wrange") else
                             (match.group("r1"), match.group("r2")))
            tail = SCALE_TAIL.search(match.group(0)) if match.group("range") else None
            scale = tail.group(1) if tail else ""
            low, high = value(first + " " + scale), value(second + " " + scale)
            shared = SCALE_TAIL.search(second) if match.group("between") else None
            if shared and not SCALE_TAIL.search(first) and re.fullmatch(r"\d+(?:\.\d+)?", first.strip()) \
                    and low is not None and high is not None and low * SCALE_WORDS[shared.group(1).lower()] < high:
                low = value(first + " " + shared.group(1))  # "between 2.1 and 2.6 million": both in millions
            if match.group("wrange") and low is not None and high is not None and low >= high:
                # "from one to one": two numbers, not a range
                for name in ("w1", "w2"):
                    number = value(match.group(name)) or 0.0
                    yield Number(start=match.start(name), end=match.end(name), number_start=match.start(name),
                                 low=number, high=number, qualifier="exact")
                continue
            if match.group("range") and low is not None and high is not None and "to" in match.group(0) \
                    and re.search(r"\bfrom\s+$", text[max(0, start - 10):start], re.IGNORECASE) \
                    and (low >= high or CHANGE_BEFORE.search(text, max(0, start - 60), start)):
                # "corrected its toll from 31 to 13", "rose from 12 to 40": a figure and the one it became, not a range
                # ("destroyed from 120 to 150 houses", "estimates ranged from 5,000 to 7,000" are ranges)
                for name in ("r1", "r2"):
                    number = value(match.group(name) + " " + scale) or 0.0  # "from 2 to 3 million": both in millions
                    yield Number(start=match.start(name), end=match.end(name) if name == "r1" else match.end(),
                                 number_start=match.start(name), low=number, high=number, qualifier="exact")
                continue
            if low is None or high is None or low >= high:
                continue
            qualifier = "range"
        else:
            number = value(match.group(0))
            if number is None:
                continue
            low = high = number
        end = match.end()
        half = re.match(r"\s+and a half\b", text[end:])
        if half and qualifier == "exact":  # "four and a half years"
            low, high, end = low + 0.5, high + 0.5, end + half.end()
        before = QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
        if before and before.group("about") and ABOUT_PREPOSITION.search(text, max(0, before.start() - 30),
                                                                       before.start()):
            before = None  # "information about 12 victims": a preposition, not an approximation
        if before and before.group("more_than") and re.search(r"\b(?:hand|turn|sign)(?:s|ed|ing)?\s+$",
                                                            text[max(0, before.start() - 20):before.start()], re.I):
            before = None  # "handed over 48 captured soldiers", "turned over 12 suspects": a verb's particle
        if before and before.group("about") and re.match(r"estimated at", before.group("about"), re.I) \
                and (re.search(r"[$£€¥₹]|US\$|USD", before.group(0)) or CURRENCY_AFTER.match(text, end)):
            before = None  # "Damage is estimated at €140 million": a sum as estimated, not a rough count
        if before and qualifier == "exact":
            qualifier = next(name for name, _ in QUALIFIERS if before.group(name))
            start = before.start()
        elif qualifier == "exact" and (after := _bound_after(text, end)):
            qualifier, end = after
        elif qualifier == "exact" and match.group("digits") and (up_to := UP_TO_TRANSLATED.search(text, max(0, start - 30),
                                                                                                  start)) \
                and (not up_to.group("opens") or SUBJECT_VERB_AFTER.match(text, end)) \
                and not PART_OF_AFTER.match(text, end):
            qualifier, start = "at_most", up_to.start("q")
        yield Number(start=start, end=end, number_start=match.start(), low=float(low), high=float(high),
                     qualifier=qualifier)
