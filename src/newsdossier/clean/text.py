"""Text normalisation shared by every input format."""

from __future__ import annotations

import hashlib
import re
import unicodedata

CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200c\u200d\u2060\ufeff]")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
BLANK_RUNS = re.compile(r"\n{3,}")
#: Frequent English function words, for a cheap language check.
ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from it he said are be has have were its this an "
    "not but they his who after had been their will or which".split()
)


def normalize_text(text: str) -> str:
    """NFC, Unix line endings, no control or zero-width characters, single spaces, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def fix_encoding(line: str) -> str:
    """Mojibake repair with ftfy ("cafÃ©" -> "café"), leaving quotes, widths and ligatures as they are."""
    if line.isascii():
        return line
    import ftfy

    config = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                                  unescape_html=False, normalization="NFC", explain=False)
    return ftfy.fix_text(line, config)


def guess_language(text: str) -> str | None:
    """"en" when English function words are frequent enough, else None (unknown)."""
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(word in ENGLISH_WORDS for word in words) / len(words)
    return "en" if share >= 0.15 else None


def content_hash(text: str) -> str:
    """Hash of the cleaned text with white space folded: the same article gets the same hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
