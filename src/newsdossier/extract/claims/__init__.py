"""Numeric claims: every figure that counts something, with qualifier, measure, scope, source and status.

Per sentence (spaCy parse, one paragraph per ``Doc``):

1. ``numbers.find_numbers`` finds the figures and the qualifier written before
   them; ``exclude`` drops dates, times, ordinals, ages, durations, years,
   percentages of nothing, route, phone and model numbers.
2. ``measure`` (with the word lists of ``lexicon``; the counted words are read in ``counted``, the event words in
   ``measure_words``, the verbs over them in ``verbs``): the counted thing is the noun the figure modifies ("227 people",
   "dozens of protesters"); the measure comes from that noun, its verb or
   adjective ("were killed", "dead", "detained"), a "death toll" phrase, the
   claim it is part of ("including 19 members of the security forces"), or,
   for a figure whose counted thing is only named in the previous sentence
   ("An earlier figure of 164 …"), from that sentence.
3. ``scope``: "in the capital alone", "in the past two weeks", groups named by
   "including" / "of them" / "among them".
4. ``source`` (cue words in ``source_cues``, the figure's own words in ``source_nearby``, pronouns and relative
   clauses in ``source_relative``): "according to X", the subject of a reporting verb ("the
   prosecutor's office said"), with its offsets; the outlet's own voice has none. ``reach`` says which figures of
   the sentence that source covers (not an independent clause joined after a cue set off by commas, nor a relative
   clause hanging on the cue).
5. ``status``: retracted, disputed, hedged, negated, reported (a source),
   asserted; a retraction in a later sentence ("… was later retracted")
   reaches back to the figure it names.
6. ``shares``: "80 percent of homes", "half of the 8,000 inhabitants", money.
7. as_of: a date written in the sentence, else the document's date.

``extract.extract_claims`` runs these over an article (``figures`` reads each number, with ``elided`` and
``figure_nouns``; ``zeros`` each zero; ``shares`` each fraction);
``build.make_claim`` builds every record.
"""

from .build import NAME, make_claim
from .extract import extract_claims
from .lexicon import CANONICAL, MEASURE_WORDS, measure_from

__all__ = ["CANONICAL", "MEASURE_WORDS", "NAME", "extract_claims", "make_claim", "measure_from"]
