"""Attributions given by layout rather than grammar: interview transcripts and dash signatures.

* ``PENCE: Well, look, ...`` — a line that starts with a speaker label (a name in capitals, or a person
  or organisation the parser recognised) and a colon is that speaker's turn; the colon is the cue.
* ``"We will not leave." ― Ana Ruiz`` — a quote followed by a dash and a name on the same line is signed
  by that name; the dash is the cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .marks import Quoted

LABEL = re.compile(r"^[ \t\"“”']*(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+(?P<body>\S.*)$",
                   re.MULTILINE)
#: labels that introduce something other than a speaker's turn
NOT_SPEAKERS = frozenset("""
note update updated editor's photo photos video source sources read watch see related correction caption
credit warning disclaimer q a question answer subject from to cc date time location tags share breaking
exclusive opinion analysis live poll report review transcript
""".split())
SIGNATURE = re.compile(r"[ \t\u00a0]*(?P<dash>[―—–]|--?)[ \t\u00a0]*(?P<name>[A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*)"
                       r"{0,5})[ \t\u00a0.]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker's turn or signed quote: content, cue and speaker label as article offsets."""

    content: tuple[int, int]
    cue: tuple[int, int]
    speaker: tuple[int, int]


def transcript_turns(text: str, named: set[str], quotes: list[Quoted]) -> list[Turn]:
    """Lines of the form ``LABEL: words``; a label counts when in capitals or a recognised name in ``named``.

    A turn runs to the end of its line, or, when the line opens a quotation, to the end of that quotation
    (a turn quoted over several paragraphs).
    """
    opening = {q.start: q for q in quotes}
    turns = []
    for match in LABEL.finditer(text):
        label = match.group("label")
        if label.lower().rstrip(".") in NOT_SPEAKERS:
            continue
        letters = [c for c in label if c.isalpha()]
        if not ((len(letters) >= 2 and all(c.isupper() for c in letters)) or label in named):
            continue
        body_start, body_end = match.start("body"), match.end("body")
        quote = opening.get(match.start())
        if quote is None:
            lead = match.start() + len(text[match.start():match.start("label")]) - \
                len(text[match.start():match.start("label")].lstrip(" \t"))
            quote = opening.get(lead)
        if quote is not None and quote.end > body_end:
            body_end = quote.end
        while body_end > body_start and text[body_end - 1] in " \t\"”":
            body_end -= 1
        colon = text.index(":", match.end("label"))
        turns.append(Turn((body_start, body_end), (colon, colon + 1), (match.start("label"), match.end("label"))))
    return turns


def signed_quotes(text: str, quotes: list[Quoted]) -> list[Turn]:
    """Quotes followed on their line by a dash and a name."""
    turns = []
    for quote in quotes:
        line_end = text.find("\n", quote.end)
        line_end = len(text) if line_end < 0 else line_end
        match = SIGNATURE.match(text, quote.end, line_end)
        if match:
            turns.append(Turn((quote.start, quote.end), (match.start("dash"), match.end("dash")),
                              (match.start("name"), match.end("name"))))
    return turns
