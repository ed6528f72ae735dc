"""Shares of a vote and of an electorate: "62 percent for the incumbent", "puts his share of the vote at 52.6 percent",
"won 38 percent", "Fewer than 40 percent of registered voters cast ballots".

A vote share counts votes (key ``votes``, unit ``percent``); it names no counted noun after "of", so the share rules
(``exclude``: "prices rose 12 percent" is a share of nothing) would drop it. The election is told by the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: an election in the sentence: ballots, votes, polls, a runoff, a candidate
ELECTION = re.compile(r"\b(?:vot(?:e|es|ers|ing|ed)|elections?|electoral|ballots?|polls?|polling|runoff|run-off|"
                      r"referend\w*|electorate|candidates?|incumbent|first round|second round|exit poll|"
                      # translated "of voices" for votes: "receives 54,3% of voices"
                      r"(?<=% )of (?:the )?voices|(?<=percent )of (?:the )?voices)\b", re.IGNORECASE)
QUALIFIER = r"(?:(?:about|some|around|nearly|near|close to|almost|roughly|just over|just under|more than|less than|over|under|only|" \
            r"barely|a mere|an estimated|between)\s+)?"
#: words before a share that make it one of the vote
VOTE_BEFORE = re.compile(r"(?:\b(?:share|portion|percentage)(?: of the (?:\w+ )?votes?(?: cast)?)?|\bvote share|"
                         r"\b(?:win|wins|won|winning|take|takes|took|taking|receive[sd]?|receiving|get|gets|got|getting|"
                         r"secure[sd]?|securing|poll(?:ed|s|ing)?|garner(?:ed|s|ing)?|captur(?:ed|es|ing)|gain(?:ed|s|ing)?|"
                         r"obtain(?:ed|s|ing)?|scor(?:ed|es|ing)|credit(?:s|ed|ing)? (?:\S+ ){0,3}?with|backed by|ahead with|trailing with|"
                         r"finished with|ended with|(?<=\w )ha[sd]|"
                         # a poll or count giving a party its share: "Exit polls gave the Greens between 11 and 13 percent"
                         r"(?:gave|give|gives|giving|put|puts|putting|showed|shows|credited) (?:the |a )?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}))\s+(?:(?:at|to|of|was|is|stood at|stands at|with)\s+)?" + QUALIFIER + r"$",
                         re.IGNORECASE)
#: words after a share that make it one of the vote: "62 percent for the incumbent", "52 percent of the vote"
VOTE_AFTER = re.compile(r"\s*(?:%|percent|per cent)\s+(?:of the (?:\w+ )?votes?(?: cast)?\b|for (?:the |his |her |their |its )?(?!example\b|instance\b|now\b)[\w'’-]+|support\b)",
                        re.IGNORECASE)
BOUNDARY = re.compile(r"[.;!?](?=\s|$)")
#: a percentage given as another value of a figure named before it: "its corrected figure is 58 percent", "the
#: administration names the figure of 30 percent" (a share given earlier in the sentence counts the same thing)
FIGURE_PERCENT = re.compile(r"\b(?:figure|estimate|number|rate|share|turnout|tally|count)(?:\s+(?:is|was|of|at|stood at|"
                            r"stands at|to|as)\s+|\s*[–—:]\s*)(?:(?:about|some|around|nearly|roughly|only|just|almost)\s+)?$",
                            re.IGNORECASE)
#: the next entry of a list of shares after a dash or colon: "party A receives 54% of votes, the bloc – near 31%"
LISTED_AFTER_DASH = re.compile(r"[–—:]\s*" + QUALIFIER + r"$", re.IGNORECASE)
#: a vote share earlier in the sentence, which a listed share continues
EARLIER_VOTE_SHARE = re.compile(r"(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:votes?|voices|ballots)\b",
                                re.IGNORECASE)
PERCENT_AFTER = re.compile(r"\s*(?:%|(?:percent|per cent)\b)", re.IGNORECASE)  # ("%" has no word boundary after it)


#: the share of voters who voted one way: "voted 78 percent in favour of a strike", "voted by 64 percent to reject"
VOTED_BEFORE = re.compile(r"\bvot(?:ed|es|e|ing)\s+(?:by\s+)?" + QUALIFIER + r"$", re.IGNORECASE)
VOTED_AFTER = re.compile(r"\s*(?:%|percent|per cent)\s+(?:in favou?r|for|against|to)\b", re.IGNORECASE)


def voters_share(text: str, number_start: int, end: int) -> bool:
    """Whether the percentage at text[number_start:end] is the share of voters who voted one way ("voted 78 percent in
    favour"): a share of the ballots cast, counted as voters (unit percent; the total is not stated)."""
    before = text[max(0, number_start - 40):number_start]
    return bool(VOTED_BEFORE.search(before) and VOTED_AFTER.match(text, end))


def vote_share(text: str, number_start: int, end: int) -> bool:
    """Whether the percentage at text[number_start:end] (the number, its qualifier before) is a share of a vote."""
    if not PERCENT_AFTER.match(text, end):
        return False
    # (a stop before a space ends a sentence; the point of "47.5" does not)
    sentence_start = max((b.end() for b in BOUNDARY.finditer(text, 0, number_start)), default=0)
    following = BOUNDARY.search(text, end)
    sentence_end = following.start() if following else len(text)
    if not ELECTION.search(text, sentence_start, sentence_end):
        return False
    if re.search(r"\bturnout\b[^.;]{0,40}$", text[sentence_start:number_start], re.IGNORECASE):
        return False  # turnout is the voters' share, read as such elsewhere
    before = text[max(sentence_start, number_start - 60):number_start]
    if voters_share(text, number_start, end):
        return True
    if LISTED_AFTER_DASH.search(before) and EARLIER_VOTE_SHARE.search(text, sentence_start, number_start):
        return True  # "…, the opposition bloc – near 31%": the list of vote shares goes on
    return bool(VOTE_AFTER.match(text, end) or VOTE_BEFORE.search(before))


def share_head(doc: "Doc", start: int, stop: int) -> str | None:
    """The head word of the noun phrase a share is "of", up to its verb: "of registered voters| cast ballots" ->
    voters (the three words after "of" may run into the verb)."""
    words = []
    for token in doc:
        if token.idx < start or token.idx >= stop:
            continue
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD") or token.dep_ == "ROOT" and token.pos_ == "VERB" \
                or token.is_punct or token.lower_ in ("who", "that", "which", "in", "on", "at", "from", "with"):
            break
        if token.is_alpha:
            words.append(token.lower_)
    return words[-1] if words else None
