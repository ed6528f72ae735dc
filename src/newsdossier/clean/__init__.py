"""Clean: ``RawArticle`` -> ``Article``.

The steps, for every format:

1. markup to text: HTML through trafilatura (main text, metadata, htmldate
   for the date), Markdown stripped of its syntax; all text normalised
   (Unicode NFC, line endings, invisible characters) and mojibake repaired
   with ftfy;
2. the header (site-name line, headline, byline, outlet and dateline lines)
   moves to metadata (``header.py``);
3. page furniture (share lines, reading times, "Read More:" links with another
   story's headline, captions, bios, syndication notes…) comes out with its
   reason, captions kept apart (``furniture.py``);
4. machine-translation artifacts are repaired and recorded (``repair.py``);
5. with no stated or metadata date, the publication date is inferred from the
   body (``pubdate.py``), labelled "inferred".

Every span taken out is in ``Article.removed`` with its reason: nothing
disappears silently. Numbers and names are never altered.
"""

from __future__ import annotations

from ..dates import normalize_date
from ..errors import EmptyInputError
from ..records import Article, Caption, RawArticle, Removed, Repair
from .furniture import strip_furniture
from .header import split_authors, split_header, strip_site_suffix
from .markup import from_html, from_markdown
from .pubdate import infer_published
from .repair import repair
from .text import BLANK_RUNS, content_hash, fix_encoding, guess_language, normalize_text

__all__ = ["clean", "content_hash", "guess_language", "normalize_text"]


#: A page whose body is all furniture (a stub that only lists other stories' videos) is kept for its headline when
#: the headline has at least this many words ("4 injured by gunfire in Sacramento"): the headline is the page's own
#: statement, and the title readers take figures from it. Shorter titles ("Video", "Page not found") are no story,
#: and neither is a first line guessed to be the title when the input stated none.
TITLE_ONLY_WORDS = 4


def clean(raw: RawArticle) -> Article:
    """Clean one raw article. Raises ``InputError`` subclasses naming ``raw.source``. An article whose body cleaning
    leaves empty but whose headline tells a story is kept with empty ``text`` (``TITLE_ONLY_WORDS``)."""
    removed: list[Removed] = []
    title, outlet, language = raw.title, raw.outlet, raw.language
    authors = list(raw.authors)
    published = normalize_date(raw.published)
    basis = "metadata" if published else "unknown"

    if raw.format == "html":
        body, meta = from_html(raw)
        title = title or meta["title"]
        outlet = outlet or meta["sitename"]
        authors = authors or (split_authors(meta["author"]) if meta["author"] else [])
        if not published and (published := normalize_date(meta["date"])):
            basis = "metadata"
        language = language or meta["language"]
    else:
        body = normalize_text(raw.content)
        if raw.format == "markdown":
            body, md_title = from_markdown(body, removed)
            title = title or md_title

    lines = [fix_encoding(line) for line in body.split("\n")]
    encoding_fixes = [(old, new) for old, new in zip(body.split("\n"), lines) if old != new]
    stated_title = title  # from the input's metadata, not guessed from the body's first line
    header = split_header("\n".join(lines), removed, title)
    title = header.title or title
    authors = authors or header.authors
    outlet = outlet or header.outlet
    if header.published and basis != "metadata":
        published, basis = header.published, "stated"

    furniture = strip_furniture(header.body.split("\n"), authors)
    removed.extend(furniture.removed)
    authors = authors or furniture.authors
    outlet = outlet or furniture.outlet

    text = BLANK_RUNS.sub("\n\n", "\n".join(furniture.lines)).strip()
    text, repairs = repair(text)
    repairs = (*_locate(text, encoding_fixes), *repairs)
    title = strip_site_suffix(title, outlet)
    if not text and (not stated_title or len((title or "").split()) < TITLE_ONLY_WORDS):
        raise EmptyInputError(raw.source, "no article text left after cleaning")
    if not published and (published := infer_published(text)):
        basis = "inferred"
    digest = content_hash(text or f"title: {title}")  # a page that is only its headline is told apart by it
    return Article(
        id=f"doc-{digest[:16]}",
        content_hash=digest,
        source=raw.source,
        url=raw.url,
        title=title,
        outlet=outlet,
        authors=tuple(authors),
        published=published,
        published_basis=basis if published else "unknown",
        language=language or guess_language(text or title or ""),
        text=text,
        removed=tuple(removed),
        captions=tuple(Caption(text=c.text, date=c.date) for c in furniture.captions),
        repairs=tuple(sorted(repairs, key=lambda r: r.start)),
    )


def _locate(text: str, fixes: list[tuple[str, str]]) -> list[Repair]:
    """Encoding repairs are made line by line; record those whose line is still in the text."""
    found = []
    for old, new in fixes:
        start = text.find(new) if new else -1
        if start >= 0:
            found.append(Repair(start=start, end=start + len(new), original=old, replacement=new, kind="encoding"))
    return found
