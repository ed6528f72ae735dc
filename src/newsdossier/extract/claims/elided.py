"""Figures whose counted thing is not in their own clause ("police said 4,000", "another 600 on standby", "In Olvasi
alone, 630.", "Of them, eight were police officers."): the measure of the figure before, of the sentence before, or of
a thing named before.

Split out of ``figures``: ``_elided`` decides only where a figure with no counted noun of its own takes its measure
from; ``figure_claim`` calls it when the figure's own words give none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from . import things
from .located import in_place_phrase, placed_noun
from ...records import Claim
from .build import Sentence
from .counted import RELEASED_WORDS
from .lexicon import FIGURE_WORDS, GENERIC_NOUNS, PEOPLE_MEASURES, TIME_UNITS, measure_from, people_noun
from .source_cues import SOURCE_CUES
from .verbs import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: a sentence that goes on about the figures of the one before: "Of them, eight were police officers."
SUBSET_OPENING = re.compile(r"^\s*(?:of (?:them|these|those|whom)|among them|in \w+(?: \w+)? alone)\b", re.IGNORECASE)
#: a figure compared with the one before: it counts the same thing
COMPARED = re.compile(r"\b(?:than|from|with|against|versus|vs\.?)\s+(?:the\s+|an?\s+)?(?:estimated\s+)?$", re.IGNORECASE)
#: the new value of a corrected figure: "corrected its figure of 58 deaths to 38"
CORRECTED_TO = re.compile(r"\b(?:corrected|revised|changed|amended|lowered|raised|updated|cut)\b[^.;]*\bto\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
#: a figure that adds to the one before: "another 600", "a further 40", "an additional 12"
ANOTHER = re.compile(r"\b(?:another|a further|an additional|further|the other|the remaining|"
                     # more of the same thing, added to the figure before: "will cut 1,100 jobs …, on top of 450 shed in
                     # the spring", "in addition to 300 laid off in May"
                     r"on top of (?:the )?|in addition to (?:the )?|over and above (?:the )?)\s*"
                     r"(?:(?:about|some|around|nearly|roughly|at least|more than|over|up to|almost)\s+)?$", re.IGNORECASE)
#: "several hundred more": more of the thing the figure before counts
MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)", re.IGNORECASE)
#: another estimate of the figure before, by its pronoun or figure word: "puts the number at 64", "put it at"
SAME_COUNT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate|estimating|gave|gives|"
                        r"giving|set|sets|setting)\s+"
                        r"(?:it|that|this|them|(?:the|their|its) (?:(?:real|true|actual|correct|official|final|likely|"
                        r"right) )?(?:number|figure|toll|count|total|tally|turnout|crowd|strength))\s+(?:at\s+)?[\"'‘“]?\s*$",
                        re.IGNORECASE)
#: verbs of counting whose bare object is another count of the figure before: "the interior ministry counted 40,000"
COUNT_VERBS = frozenset("count tally estimate record register log number reckon".split())
#: a bare figure after "<figure> <noun> to": "41,207 votes to 38,950", "from seven years to four and a half"
TO_FIGURE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
                       r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million))[\d,.]*\s+[a-z]+\s+to\s+$",
                       re.IGNORECASE)
#: verbs of winning or keeping a count of things (seats, votes, medals)
WON = re.compile(r"win|take|get|secure|gain|retain|keep|hold|lose|capture|receive|pick")
WON_WORDS = re.compile(r"\b(?:w[io]ns?|winning|t[ao]ok|takes?|taking|taken|g[eo]ts?|got|gotten|secured?|securing|gain\w*|"
                       r"retain\w*|kept|keeps?|holds?|held|los[te]s?|losing|captur\w*|received?|picked)\b", re.IGNORECASE)


def _parallel_object(figure: "Token") -> "Token | None":
    """The noun for people a bare figure borrows from the object of the verb its own verb is joined to: in "killed 6
    people and kidnapped some 20" the 20 are people too (the object of "killed", counted by a figure of its own)."""
    verb = figure.head
    if figure.dep_ != "dobj" or verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < figure.i
               and any(n.like_num and n.dep_ == "nummod" for n in c.children) and people_noun(c.text)]
    return objects[0] if objects else None


def _joined_without_verb(s: Sentence, tokens: list["Token"]) -> bool:
    """Whether a bare figure is joined ("and", "or", "against") to the last figure of the sentence with no verb, no
    clause break and no other figure between: the same count again ("62,000 people by the organisers' count and no
    more than 18,000 by the estimate of city police")."""
    previous = s.claims[-1]
    if previous.measure is None or previous.unit or previous.measure in ("sentence", "money"):
        return False
    doc = s.sent.doc
    begin = previous.end - s.offset  # offsets of the document's text
    between = [t for t in doc if begin <= t.idx and t.idx + len(t) <= tokens[0].idx and not t.is_space]
    if len(between) < 3 or any(t.pos_ in ("VERB", "AUX") and t.lower_ != "according" or t.like_num or t.text in ";:."
                               for t in between):
        return False  # "12 dead and 40 …" (nothing between but a word and "and") is left to the clause's own words
    if between[-1].lower_ in ("than", "of", "to", "from"):
        return False  # a qualifier or a preposition the number search left out
    return any(t.lower_ in ("and", "or", "against", "versus") for t in between)


def _elided(s: Sentence, tokens: list["Token"], own: str) -> tuple[str | None, "Span | None"]:
    """The measure of a figure whose counted thing is not in its clause, and the sentence that names it:
    "police said 4,000" after "organisers put the turnout at 15,000" (the same sentence); "An earlier figure of
    164 …", "In Olvasi alone, 630.", "Of them, eight were police officers." (a sentence before, up to two back)."""
    doc_text = text_of(s.sent.doc)
    if s.claims and (ANOTHER.search(doc_text, max(0, tokens[0].idx - 30), tokens[0].idx)
                     or MORE_AFTER.match(doc_text, tokens[-1].idx + len(tokens[-1]))
                     or re.search(r"\(\s*(?:[\w-]+\s+){0,2}$", doc_text[max(0, tokens[0].idx - 30):tokens[0].idx])):
        # "2,400 officers on the streets and another 600 on standby", "Dozens of families …, and several hundred more
        # are staying with relatives", "1,146 households (roughly 4,300 people)": more of the same, or the same
        # figure in other words; "the other two" are of the last figure that counts no unit (years, money)
        alike = [c for c in s.claims if c.measure not in ("sentence", "money") and not c.unit] or s.claims
        other = _other_fate(tokens, alike[-1])
        if other:  # "Hundreds of people were left homeless and thousands more lost electricity": more people, no event
            return other, None
        return alike[-1].measure, None
    if s.claims and _joined_without_verb(s, tokens):
        # "drew 62,000 people by the organisers' count and no more than 18,000 by the estimate of city police": another
        # estimate of the figure before, joined to it with no verb of its own between
        return s.claims[-1].measure, None
    if (s.claims or s.earlier) and things.FIGURE_SUBJECT.search(doc_text, max(0, tokens[0].idx - 60), tokens[0].idx):
        # "Measles has sickened more than 600 children …, and officials fear the count could top 1,000": the same count
        return (s.claims or s.earlier)[-1].measure, None
    if s.claims and (SAME_COUNT.search(doc_text, max(0, tokens[0].idx - 60), tokens[0].idx)
                     # "had put the number of dead at 412 but revised it to 389": the figure corrected, again
                     or CORRECTED_TO.search(doc_text, max(0, tokens[0].idx - 60), tokens[0].idx)
                     or TO_FIGURE.search(doc_text, max(0, tokens[0].idx - 40), tokens[0].idx)):
        # "Opposition groups say 300 were killed; the ministry puts the number at 64", "organisers put it at 'well over
        # 50,000'": another estimate of the figure before; "41,207 votes to 38,950", "from seven years to four and a
        # half": the same thing counted on the other side
        return s.claims[-1].measure, None
    following = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if s.claims and tokens[-1].dep_ == "dobj" and following is not None and following.lower_ == "in" \
            and following.i + 1 < len(following.doc) and following.doc[following.i + 1].lower_ in ("return", "exchange"):
        # "handed over 95 and received 102 in return": the same thing again, whatever counted the figure before
        return s.claims[-1].measure, None
    if s.claims and tokens[-1].dep_ == "dobj" and tokens[-1].head.pos_ == "VERB" \
            and not SOURCE_CUES.match(tokens[-1].head.lemma_) and not measure_from(s.claims[-1].counted or "") \
            and ((s.claims[-1].counted or "people").split()[-1].lower() in GENERIC_NOUNS
                 or s.claims[-1].measure in PEOPLE_MEASURES and _parallel_object(tokens[-1]) is not None):
        # "killing 23 people and abducting at least 40": the figure before was counted by its verb, and this one has a
        # verb of its own; the people are the same, their fate is not ("killed 9 villagers and abducted about 30": the
        # 30 are villagers, ``_parallel_object``)
        return None, None
    if s.claims and tokens[-1].dep_ == "dobj" and following is not None and following.pos_ in ("ADP", "ADV") \
            and not following.lower_ == "of":
        return s.claims[-1].measure, None  # "handed over 48 captured soldiers and received 52 in return": the same again
    if s.claims and tokens[-1].dep_ == "dobj" and tokens[-1].head.lemma_.lower() in COUNT_VERBS:
        # "… claimed 200,000 supporters had joined, while the interior ministry counted 40,000-45,000": the same again
        return s.claims[-1].measure, None
    if s.claims and (_clause_ends(tokens[-1]) or COMPARED.search(text_of(s.sent.doc), 0, tokens[0].idx)):
        # "He received seven years, and his deputy three.", "far fewer than the 10,000 the organisers predicted"
        return s.claims[-1].measure, None
    won = s.claims or s.earlier
    if won and tokens[-1].dep_ in ("dobj", "pobj", "conj") and WON.fullmatch(verb_above(tokens[-1]).lemma_.lower()) \
            and won[-1].measure not in PEOPLE_MEASURES and won[-1].unit is None \
            and WON_WORDS.search(won[-1].sentence):
        # "The Unity Bloc won 182 seats in 2021. Exit polls suggest it could take between 140 and 155 this time.": what
        # is won again is what was won before
        return won[-1].measure, None
    text = s.sent.text
    if s.earlier and s.before and (SUBSET_OPENING.search(text) or not _has_verb(s.sent, s.sent.text)):
        return s.earlier[-1].measure, s.before[0]  # a sentence without a verb goes on about the figure before
    if FIGURE_WORDS.search(text):  # "By Tuesday the number had reached 480."
        for previous in s.before:
            found = measure_from(previous.text)
            if found:
                return found, previous
    opens = tokens[0].i == s.sent.start and tokens[-1].lower_ not in ("one", "1")
    # (a count of the places the event happened in says nothing of who it befell: "… targeted retirees in four
    # provinces. More than 9,000 lost their savings" counts retirees)
    counts_before = [c for c in s.earlier if not in_place_phrase(c)]
    if opens and not counts_before and s.before and tokens[-1].dep_ in ("nsubj", "nsubjpass"):
        # "Homeowners … filed insurance claims after the hailstorm. More than 4,100 had been lodged by Friday.": a bare
        # figure opening the sentence as its subject, whose clause tells no event, counts the last plural noun of the
        # sentence before (which has no figure of its own to go on about)
        noun = _last_plural_noun(s.before[0])
        if noun is not None:
            # what befell them, if a clause on the noun tells it: "… the families who fled the fighting. More than
            # 14,000 have registered at the camp" are displaced (guideline decision 2: the event before the noun)
            told = " ".join(t.text for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree)
            verb = verb_above(noun)  # "The army deployed engineers to the delta": deployed
            done = verb.text if verb.i != noun.i else ""
            # (the places counted before are the event's, not this figure's scope: no context then)
            return (measure_from(noun.text) or measure_from(told) or measure_from(done) or noun.lower_,
                    None if s.earlier else s.before[0])
    if not s.claims and not s.earlier and s.before and tokens[-1].dep_ in ("dobj", "nsubj", "nsubjpass") \
            and (tokens[-1].head.pos_ in ("VERB", "AUX")) and not measure_from(own) \
            and not any(t.lower_ in DEFINITE for t in tokens[0].doc[max(tokens[0].sent.start, tokens[0].i - 2):tokens[0].i]):
        # a bare figure whose counted thing is named only in the sentence before, which has no figure of its own:
        # "Both sides traded prisoners of war. Kesh handed over 95 and received 102 in return", "… a fresh deployment
        # of paratroopers. Nearly 2,400 had arrived by Friday"
        found = measure_from(s.before[0].text)
        noun = _last_plural_noun(s.before[0])
        if found and not RELEASED_WORDS.search(own):
            noun = None
        if noun is not None and people_noun(noun.text):
            # (people freed are counted by their noun, guideline decision 2: "… exchanged detainees. Vell freed 41")
            found = noun.lower_  # "Both armies swapped prisoners … Ardan released 64": the people named, by their noun
        if found:
            return found, None  # (its place and period are the event's, not this figure's)
    thing = things.thing_named_before(tokens, s.claims, s.earlier, s.before)
    if thing:  # "Rebels attacked a convoy of 31 trucks. Twelve were set on fire": trucks
        return thing, None
    zero = ZERO_BEFORE.search(doc_text, s.sent.start_char, tokens[0].idx)
    if zero is not None and _clause_ends(tokens[-1]):
        # "not a single complaint had been filed, though observers said they had received 46": the figure set against
        # a zero of the sentence counts the zero's noun
        from .zeros import _single_noun_key

        key = _single_noun_key(s.sent, zero.end() - s.sent.start_char)
        if key is not None:
            return key, None
    return None, None


#: a zero of a noun earlier in the sentence: "not a single complaint", "not one ballot box"
ZERO_BEFORE = re.compile(r"\bnot (?:a single|one)\b(?!\s+of\b)", re.IGNORECASE)


def _other_fate(tokens: list["Token"], before: "Claim") -> str | None:
    """The key of "N more" that befell something other than the figure before: its own verb, after "more", tells no
    event ("thousands more lost electricity"), while the figure before took its measure from its verb ("Hundreds of
    people were left homeless"); the people are counted by the noun of the figure before. None otherwise ("several
    hundred more are staying with relatives" tells its own event; "another 600 on standby" has no verb)."""
    doc = tokens[0].doc
    more = tokens[-1].i + 1
    if more >= len(doc) or doc[more].lower_ != "more" or not before.counted or before.measure not in PEOPLE_MEASURES:
        return None
    verbs = []
    for token in doc[more + 1:min(len(doc), more + 4)]:
        if token.is_punct or token.lower_ in ("and", "but", "while"):
            break
        if token.pos_ in ("VERB", "ADJ") or token.tag_ in ("VBD", "VBN", "VBZ", "VBP"):  # ("lost" may be tagged ADJ)
            verbs.append(token)
    if not verbs or token_measure(verbs[0]) or measure_from(before.counted):
        return None
    key = before.counted.split()[-1].lower()
    # (a pronoun names nobody: "1,100 of them have left …, and several hundred more are camping in their gardens")
    return key if people_noun(key) and (key not in GENERIC_NOUNS or key in ("people", "persons")) else None


def token_measure(verb: "Token") -> str | None:
    """The measure the verb's own phrase tells: the verb and the words after it up to a clause break."""
    words = []
    for token in verb.doc[verb.i:min(len(verb.doc), verb.i + 6)]:
        if token.is_punct or token.lower_ in ("after", "when", "as", "while", "because", "but"):
            break
        words.append(token.text)
    return measure_from(" ".join(words))


#: words that make a bare figure point back at people already told of ("the other two walked in later", "while the
#: two were playing", "all four were taken to hospital"), not a new count of the thing the sentence before names
DEFINITE = frozenset("the these those all both other each".split())


def _last_plural_noun(sent: "Span") -> "Token | None":
    """The last plural common noun of a sentence that may name what a later bare figure counts ("… among inmates at
    the county jail" -> inmates), not a time unit or a generic word."""
    nouns = [t for t in sent if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.lower_ not in TIME_UNITS
             and t.lower_ not in GENERIC_NOUNS and t.is_alpha and not placed_noun(t)
             # not a noun inside a relative clause, which only describes its antecedent ("the families who lost their
             # homes": the families)
             and not any(a.dep_ == "relcl" for a in t.ancestors)]
    return nouns[-1] if nouns else None


def _clause_ends(token: "Token") -> bool:
    """Whether the figure ends its clause: "…; police said 4,000." (nothing it counts follows)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.text in (".", ";", ",", ")", "!", "?")


def _has_verb(sent: "Span", own: str) -> bool:
    """Whether the figure's clause has a verb of its own (not a reporting one): "In Olvasi alone, 630." has none."""
    begin = sent.start_char + max(0, sent.text.find(own))
    return any(t.pos_ == "VERB" and begin <= t.idx < begin + len(own) and t.lower_ != "according"
               and not SOURCE_CUES.match(t.lemma_) for t in sent)
