"""How far the writer stands behind a figure, read from the figure's own clause.

Precedence (tests/fixtures/claims/README.md): retracted > negated > disputed > hedged > reported > asserted.
"""

from __future__ import annotations

import re

#: where one clause ends and the next begins: a second figure after "and", "but", "while", a semicolon
CLAUSE_BREAK = re.compile(r";|\s+and that\s+|,\s+(?:and|but|while|whereas|saying|adding|although|though|despite|even though|"
                          r"(?:far |much )?(?:fewer|more|less) than)\b|\s+but\s+|\s+and now\s+|,\s+with\s+"
                          # a participle after a comma opens a statement of its own (it stays in it: "calling … propaganda"):
                          # "…, warning that the caseload could pass 2,000", "denied that …, telling parliament that …"
                          r"|,\s+(?=(?:warning|telling|calling|noting|insisting|stressing|arguing|explaining|putting|countering|"
                          r"estimating)\b)"
                          # "…, worth $4.8 million, not $48 million as first reported": the wrong figure is a clause of
                          # its own (a "Correction:" notice states the right figures; the wrong ones are marked as such)
                          r"|,\s+(?=not\s+(?:the\s+)?(?:[$€£]\s?)?\d)"
                          # "…, having named correct number of the victims — 6": the source's new figure
                          r"|,\s+(?=having\s+(?:named|given|put|stated|reported|cited|published|announced)\b)"
                          r"|\s+and\s+(?=(?:[a-z]+\s+){0,3}(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"dozens|hundreds|thousands|several|a few|scores|tens of thousands|a dozen|half a dozen)\b))")
#: a phrase naming a figure given before: "the figure", "its casualty estimate", "that toll"
THE_FIGURE = r"(?:the|its|that|this|their) (?:[\w-]+ )?(?:figure|number|estimate|count|toll|tally|claim|total)s?"
RETRACTED = re.compile(r"\b(?:retract\w*|"
                       # (goods "withdrawn from illegal turnover", translated, were seized: nothing is retracted)
                       r"withdr[ae]wn?(?! from (?:the )?(?:illegal |unlawful )?(?:turnover|circulation|sale|the market)\b)|withdraw(?:s|ing)?\b|published in error|rescind\w*|walked back|"
                       r"(?:removed|deleted) from (?:its|the|their) (?:website|site|page)|"
                       # a report withdrawn with what it said: "removed a report that 200 soldiers had deserted"
                       r"(?:removed|deleted|pulled|took down|taken down|withdrew|withdrawn|spiked) (?:a|an|the|its|their|that|this) "
                       r"(?:[\w-]+ )?(?:report|story|article|post|bulletin|broadcast|item|tweet|claim|statement|announcement|"
                       r"protocol)s? (?:that|saying|claiming|in which)|"
                       # a count's record declared void: "annulled the protocol …, in which the turnout was given as 74,8%"
                       # (the record and what it gave: "cancelled the results in 14 precincts" voids no count of precincts)
                       r"(?:annull?(?:ed|s|ing)?|cancell?(?:ed|ing|s)?|voided|invalidated) (?:the|its|their|that) "
                       r"(?:[\w-]+ ){0,2}?(?:protocols?|results?|figures?|tall(?:y|ies)|counts?|reports?|records?)\b"
                       r"[^.;]{0,50}?\b(?:in which|where|that|which|saying|showing|giving)\b|"
                       # "pulled the figure from later editions", "dropped the number from its bulletin"
                       r"(?:pulled|dropped|struck|cut) " + THE_FIGURE + r" from\b|"
                       # "scrapped its estimate that …"
                       r"scrap(?:ped|s|ping)? (?:the|its|their|that|this|his|her) (?:[\w-]+ ){0,2}?(?:figure|number|toll|"
                       r"count|total|tally|estimate|report|claim)s?|removed (?:the|its|that|this) (?:report|story|article|post|"
                       r"item|bulletin|broadcast|claim)s? from|(?:was|were|has been|have been) (?:later |quietly |since )?"
                       r"(?:removed|deleted|taken offline)|taken down|an earlier version|"
                       r"(?:corrected|revised|amended) (?:the|its|their|that|his|her) (?:[\w-]+ ){0,3}?(?:figure|number|toll|count|total|tally|"
                       r"estimate)|no longer stands|was wrong|in error|"
                       r"(?:wrongly|incorrectly|erroneously|mistakenly) (?:stated|reported|said|gave|put|listed|claimed)|"
                       # refuted by its own source ("this figure was by it refuted"), not by another party (disputed)
                       r"(?:was|were|has been|have been|had been) (?:\w+ )?by (?:it|them|itself|themselves) (?:refuted|"
                       r"denied|disproved|disavowed)|(?:refuted|disproved|disavowed) by (?:it|itself|them|themselves)\b(?! \w+ed\b))\b",
                       re.IGNORECASE)
DISPUTED = re.compile(r"\b(?:without (?:providing |offering |giving |citing |presenting |producing )?(?:of )?(?:any )?"
                      r"(?:evidence|documents?|proofs|"
                      r"proof|sources?)|claim(?:ed|ing)\b|claims? (?:that|to)\b|(?:a|the|this|that|their|its|his|her) claim\b|"
                      r"(?<!insurance )(?<!damage )claims\b(?! (?:from|for|of|were|filed|paid|made|by|on|against|totall?ing|likely|expected|"
                      r"could|may|might|set|worth|estimated|are|is|have|has|topping|reaching|running)\b)|"
                      r"dismiss\w* (?:\S+ ){0,8}?as\b|\bclaim(?=\s*[.;,]|\s*$)|could not be (?:independently )?(?:verified|confirmed)|"
                      r"unverified|(?<!\ba )(?<!\bthe )(?<!\bdomestic )(?<!\bfamily )(?<!\blegal )(?<!\bland )(?<!\bpay )(?<!\blabor )(?<!\blabour )"
                      r"(?<!\bborder )(?<!\bterritorial )disput\w+|contest\w+|refut\w+|appears? to have been (?:\w+ )?revised|"
                      # a figure someone else rejects: "a figure state television denied", "was challenged by aid group X"
                      r"(?:figure|number|toll|count|estimate|tally|claim)s? (?:that |which )?(?:[\w'’-]+ ){1,4}?"
                      r"(?:denied|denies|deny|rejected|rejects|reject)\b|"
                      r"challeng(?:ed|es|ing) (?:the|that|this|its|their|a) (?:figure|number|toll|count|estimate|claim|tally)|"
                      r"questioned (?:the|that|this|its|their) (?:figure|number|toll|count|claim|estimate)|"
                      r"rejected (?:the|that) figure|exaggerat\w+|inflated|baseless|"
                      # "rejected the ministry's count of 6,000", "disputed the organisers' estimate"
                      r"(?:rejected|rejects|rejecting|disputed|disputes|disputing|dismissed|dismisses|dismissing) "
                      r"(?:the|that|this|its|their|an?) (?:[\w'’-]+ ){0,3}?(?:figure|number|toll|count|estimate|tally|claim)s?\b|"
                      # "a gross understatement", "called 'far smaller than announced'"
                      r"(?:understatement|overstatement)s?|(?:far|much|considerably|significantly) (?:smaller|lower|"
                      r"fewer|larger|higher|bigger|less|more) than (?:announced|claimed|stated|reported|officially stated)|"
                      r"(?:is|are|was|were)(?: (?:far|much|way|clearly|grossly|significantly))? too (?:low|high)|"
                      r"called (?:it |the figure |that |the number )?(?:absurd|false|fabricated|a lie|ridiculous)|absurd|"
                      # a figure another party names a fiction: "whose figures the ministry has called \"fabricated\"",
                      # "a figure opposition leaders called laughable", "branded the count pure propaganda"
                      # "calling reports of 200 captured troops 'enemy propaganda'", "these data the press service names 'fabrication'"
                      r"(?:called|calls|call|calling|branded|brands|branding|labell?ed|labell?ing|termed|names|named|naming|"
                      r"described as|dismissed as) (?:[^.;]{0,60}?\s)??[\"“‘']?"
                      r"(?:(?:pure|a|an|complete|total|utter|simply|outright|blatant|enemy|hostile|cheap|crude) )?(?:fabricat\w*|fiction|lies?|laughable|"
                      r"propaganda|nonsense|fake|invented|invention|untrue|made[- ]up|fantasy|fantasies|lying|provocations?|"
                      r"slander|disinformation|misinformation|hoax|myth|fairy[- ]tales?|jokes?|fake news|falsifications?|"
                      r"fabrications?)\b|"
                      # figures nobody could check: "these data cannot be confirmed independently"
                      r"(?:cannot|can ?not|can't|could not|couldn't) be (?:independently )?(?:verified|confirmed)|"
                      r"(?:verified|confirmed) independently|"
                      # translated: "however these data it is not possible to verify", "impossible to confirm"
                      r"(?:not possible|impossible) to (?:independently )?(?:verify|confirm|check)\b|"
                      # someone named who could not check it: "a figure independent monitors could not verify"
                      r"(?:cannot|can ?not|can't|could not|couldn't|did not|didn't|were unable to|was unable to|"
                      r"have been unable to|has been unable to) (?:independently )?(?:verify|confirm)\b(?! (?:whether|if|how|the identit)))",
                      re.IGNORECASE)
NOT_HEDGE = re.compile(r"\b(?:could|may|might|is expected to|was expected to|are expected to|likely to) "
                       # (not a figure it may rise to: "the toll could climb above 50" is a prediction of 50)
                       r"(?:rise|increase|grow|climb|go up)\b(?!\s+(?:to|above|past|beyond|over|toward|towards|as high as)\s)|"
                       r"neither confirmed nor denied|"
                       # a prognosis for the people counted, not doubt about how many: "all four are expected to survive"
                       r"\b(?:expected|likely|believed) to (?:survive|recover|live|pull through|be (?:ok|okay|all right|fine)\b|"
                       r"make (?:a )?(?:full )?recovery)", re.IGNORECASE)
HEDGED = re.compile(r"\b(?:(?-i:may)|might|could|possibly|perhaps|feared|fear|unconfirmed|likely|believed to|thought to|"
                    r"believes?|expected to|expects?\b|expecting|hope to|hopes to|hoping to|reportedly|is said to|are said to|predict\w*|forecast\w*|"
                    r"(?:has|have|had|did) not (?:yet )?(?:been )?confirm\w*|not been (?:independently )?confirmed|"
                    # "with a further 1,000 expected within days"
                    r"expected (?:within|by|in the coming|over the coming|later|soon|next|shortly|tomorrow)\b|"
                    # "faces a possible 15-year sentence"
                    r"(?:faces?|facing|risks?|risking) (?:a )?possible|"
                    # translated "can" for "may" with a verb of being somewhere: "under the ruins can remain to 20"
                    r"(?-i:can) (?:still )?(?:remain|stay|be (?:under|in|among|trapped|buried|missing|dead)|"
                    r"be(?= (?:(?:not|no|up|to|about|around|some|over|more|than|as|many) ){0,3}\d)))\b",
                    re.IGNORECASE)
#: a yield projected from a share, right before the figure: "between 11 and 13 percent, enough for roughly 20 seats"
PROJECTED = re.compile(r"\benough (?:for|to (?:win|secure|take|give|gain))\s+$", re.IGNORECASE)
#: a poll, whose seats are a projection (hedged) while its shares are what it reports
POLL = re.compile(r"\b(?:exit[- ]polls?|opinion polls?|polls?|surveys?|projections?)\b", re.IGNORECASE)
#: an estimate nobody is named for: "Damage is estimated at …", "Estimates of the crowd ranged from …"
ESTIMATED = re.compile(r"\b(?:(?:is|are|was|were|been) estimated|estimates? (?:of|range|ranged|vary|varied|put)|"
                       # a participle after its noun: "with losses estimated at €140 million"
                       r"(?<!an )(?<!the )estimated at)\b",
                       re.IGNORECASE)
NEGATED = re.compile(r"\b(?:no one|nobody|none|no (?:deaths|casualties|injuries|arrests|fatalities|bodies|evacuations|cases|"
                     r"charges)|not a single)\b", re.IGNORECASE)
#: harm denied in the figure's clause: "two other kids in the car were not hurt", "both were not struck" (not "not
#: seriously hurt", which denies how bad; not "did not know who hurt them", a question of who)
NOT_HURT = re.compile(r"\b(?:not|never|n't) (?:(?!(?:seriously|critically|badly|severely|gravely|life|who|whom|what|why|"
                      r"how|whether|if|that|know|say|said)\b)\w+ ){0,2}(?:hurt|harmed|wounded|struck|hit)\b", re.IGNORECASE)
DENIED = re.compile(r"\b(?:denied|denies|deny|rejected reports|did not|didn't|has not|have not|was not|were not)\b",
                    re.IGNORECASE)


def clause(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: status words elsewhere in the sentence ("No one was killed, and 14 were
    treated…", "Police withdrew their estimate of 50,000 and now say about 20,000…") do not reach it."""
    begin, stop = clause_span(text, start, end)
    return text[begin:stop]


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets in ``text`` of the clause holding text[start:end] (see ``clause``)."""
    begin = 0
    for match in CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            return begin, match.start()
    return begin, len(text)


#: a clause that goes on about the figure before it: "…, although that number appears to have been revised"
_FIGURE_NOUNS = r"(?:numbers?|figures?|tolls?|estimates?|counts?|totals?|tall(?:y|ies)|claims?|reports?)"
ABOUT_THE_FIGURE = re.compile(rf"^\s*[,;]?\s*(?:although|though|but|even though|while)?\s*(?:(?:that|the|this|these|those|a|which) "
                              rf"{_FIGURE_NOUNS}\b"
                              # or someone's word on the figure as the object: "…, though the ministry has neither
                              # confirmed nor denied the figure", "…, but the army disputes that number"
                              rf"|[^,;.\d]{{0,60}}?\b(?:confirmed|denied|denies|disputed|disputes|contested|contests|rejected|"
                              rf"rejects|questioned|questions|verified|challenged|challenges|rescinded|withdrew|retracted|"
                              rf"scrapped)\s+(?:the|that|this|these|those|its|their) "
                              rf"{_FIGURE_NOUNS}\b"
                              # past a parallel clause joined by "and", a word on every figure of the statement: "killed no
                              # fewer than 22 civilians and wounded 61 others, the governor said, though the army has not
                              # confirmed the toll"; "sent 2,500 troops and 40 vehicles …, a deployment the daily Vrana
                              # called 'far smaller than announced'"
                              # (a parallel clause of the same subject, a verb or a figure after "and": not "and the
                              # student union claims 64")
                              rf"|\s+and\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|he|she|they|it|we|"
                              rf"police|officials|authorities)\b)(?-i:(?![A-Z]))(?:(?!,\s*(?:and|but)\b)[^;]){{0,160}}?,\s*(?:(?:although|though|but|even though|while)\s+[^,;.\d]{{0,60}}?"
                              rf"\b(?:confirmed|denied|denies|disputed|disputes|contested|contests|rejected|rejects|questioned|"
                              rf"questions|challenged|challenges)\s+(?:the|that|this|these|those) {_FIGURE_NOUNS}\b"
                              rf"|(?:a|the|that|these|those) (?:[\w-]+ ){{0,2}}?(?:{_FIGURE_NOUNS}|deployments?) (?:that |which )?"
                              rf"[^,;.\d]{{0,60}}?\b(?:called|dismissed|dismisses|branded|rejected|disputed|disputes|denied|"
                              rf"denies|described|contested|challenged|questioned)\b))",
                              re.IGNORECASE)


#: the narrator's future in the past, told after the fact: "one would later die at the hospital", "two of them would go
#: on to die", "one would die two days later" (an event of the story, not a prediction)
NARRATED_LATER = re.compile(r"\bwould\s+(?:later\s+|eventually\s+|subsequently\s+|ultimately\s+|soon\s+|go\s+on\s+to\s+)"
                            r"(?:die|succumb|be\s+pronounced\s+dead|be\s+declared\s+dead|pass\s+away)\b|"
                            r"\bwould\s+(?:die|succumb)\b[^.;]{0,40}?\blater\b", re.IGNORECASE)
#: "would" after the figure in its own clause: what is to happen to the counted ("two battalions would arrive"),
#: not a relative clause about it ("a 10-year sentence, which her lawyers said they would appeal")
WOULD_AFTER = re.compile(r"(?:(?!\b(?:which|who|that)\b)[^,;])*?\bwould\b", re.IGNORECASE)


#: a figure alone in scare quotes: "the ministry put participation at 'a few thousand'" (not a quoted statement, which
#: has words of its own)
SCARE_QUOTED_FIGURE = re.compile(r"(?:^|[\s(])[\"“‘'](?:(?:a few|several|some|about|around|only|just|barely|over|under|nearly|"
                                 r"almost|at most|at least|fewer than|less than|more than|well over|no more than)\s+)?"
                                 r"(?:\d[\d,.]*|a few|several|dozens|hundreds|thousands|a handful|one|two|three|four|five|six|"
                                 r"seven|eight|nine|ten|twenty|fifty|hundred)(?:\s+(?:hundred|thousand|million|dozen))?"
                                 r"[\"”’'](?=[\s.,;:)]|$)", re.IGNORECASE)


#: a figure in scare quotes with its noun: "only '1,200 activists'", "put their losses at 'a few men'" (the quote
#: opens right before the figure's words and closes within its noun phrase)
QUOTE_OPENS = re.compile(r"(?:^|[\s(])[\"“‘'](?:(?:barely|only|just|some|about|around|nearly|almost|over|under|a mere|"
                         r"well over|no more than)\s+)?$", re.IGNORECASE)
QUOTE_CLOSES = re.compile(r"(?:\s+[a-z][\w-]*){0,2}[\"”’'](?=[\s.,;:)]|$)", re.IGNORECASE)


def scare_quoted(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] (with its qualifier words) opens a phrase in scare quotes."""
    return bool(QUOTE_OPENS.search(text[max(0, start - 20):start]) and QUOTE_CLOSES.match(text, end))


def status(clause_text: str, counted: str, source: str | None) -> str:
    """The status of a figure from the words of its clause, the counted phrase and whether a source states it."""
    if RETRACTED.search(clause_text):
        return "retracted"
    if re.search(r"neither confirmed nor denied", clause_text, re.I):
        return "hedged"
    third_party = re.search(r"(?:figure|number|toll|count|estimate|tally|claim)s? (?:that |which )?(?:[\w'’-]+ ){1,4}?"
                            r"(?:denied|denies|deny)\b", clause_text, re.I) and not re.search(r"neither confirmed", clause_text, re.I)
    if DENIED.search(clause_text) and re.search(r"\b(?:denied|denies|deny)\b", clause_text, re.I) and not third_party:
        return "negated"  # "Police denied detaining 120 people" (not "a figure state television denied": disputed)
    if DISPUTED.search(clause_text) or SCARE_QUOTED_FIGURE.search(clause_text) \
            or (counted and re.search(rf"[\"“‘']{re.escape(counted.split()[-1])}[\"”’']", clause_text)):
        return "disputed"
    zero = NEGATED.search(re.sub(r"\bnone of the\b", " ", clause_text, flags=re.I))
    at = clause_text.find(counted) if counted else -1
    if zero and at >= 0 and zero.start() >= at + len(counted):
        zero = None  # "the 400 police officers deployed around the square detained no one": the zero is another count
    if zero and at > zero.end() and re.match(r"no \w+s\b", zero.group(0), re.I) \
            and counted.split()[-1].lower() not in zero.group(0).lower():
        # "No arrests have been made in connection with the three killings": the zero counts its own noun; a figure of
        # another noun after it stands
        zero = None
    if zero \
            or re.search(r"\b(?:not|never|n't) (?:\w+ ){0,2}(?:kill|arrest|detain|injur|evacuat)", clause_text) \
            or NOT_HURT.search(clause_text):
        return "negated"  # "None of the 18 passengers was hurt": the 18 is no negation, the zero figure is
    if HEDGED.search(NOT_HEDGE.sub(" ", clause_text)) or (not source and ESTIMATED.search(clause_text)):
        return "hedged"
    return "reported" if source else "asserted"
