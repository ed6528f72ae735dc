"""Page furniture in scraped text: which lines are not the article, and why.

Scrapers keep share buttons, reading times, "Read More:" links with another
story's headline, photo captions, author bios and the like. ``strip_furniture``
classifies every line; the ones it takes out are returned with their reason
(nothing disappears silently), captions are kept apart, and what a bio or a
syndication note says about authors and outlet is returned as metadata.

Each rule is a small function over one line so that it can be read and tested
alone. The rules are conservative: a line is only furniture when it is short
and made of furniture words, or matches a furniture shape exactly; a body
sentence that merely starts like furniture ("Share prices fell", "Related to
the dispute") stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..dates import find_dates
from ..records import Caption, Removed

SOCIAL_WORDS = frozenset(
    "share shares sharing this article story page post on via with facebook twitter x whatsapp telegram linkedin "
    "email e-mail mail print reddit pinterest copy link url tweet messenger vk ok flipboard sms icon and or the "
    "threads bluesky viber wechat weibo line tumblr pocket instagram youtube tiktok google follow us click to opens in "
    "new window tab pin it compartir partager condividi compartilhar teilen delen copier le lien copiar enlace "
    "link kopieren sur en su em auf per loading".split()
)
SOCIAL_ANCHORS = frozenset(
    "share facebook twitter whatsapp telegram linkedin email e-mail reddit pinterest tweet messenger vk flipboard "
    "bluesky viber wechat weibo tumblr pocket copy pin compartir partager condividi compartilhar teilen delen copier "
    "copiar".split()
)
RELATED = re.compile(
    r"^\s*(?:read more|more|related(?: stories| articles| news| coverage)?|also read|read also|see also|more on this"
    r"(?: story)?|recommended(?: for you)?|you may also like|you might also like|further reading|must read|don'?t miss"
    r"|trending(?: now)?|watch|listen|more from [\w ]{1,30}|also on [\w ]{1,30}|also see|editor'?s picks?|read next"
    r"|up next|most read|top stories|latest(?: news)?|popular|also in (?:the )?[\w ]{1,30}|related coverage"
    r"|related headlines|more headlines|previous(?: story| stories| coverage)?|gallery|photos|videos?|other news"
    r"|continuing coverage"
    r"|lee también|lea también|te puede interesar|lire aussi|à lire aussi|voir aussi|leggi anche|leia também|veja também"
    r"|auch interessant|mehr zum thema|lesen sie auch)\s*[:»|>–—-]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
RELATED_ALONE = re.compile(r"^\s*(?:related(?: stories| articles| news| coverage)?|read more|also read|read also|see also|"
                           r"more on this(?: story)?|recommended(?: for you)?|trending(?: now)?|most read|top stories|"
                           r"read next|up next|more from [\w ]{1,30}|also on [\w ]{1,30}|more stories|related coverage|"
                           r"you (?:might|may) also like|more [\w]{2,15}|related press releases|latest from [\w ]{1,30}|"
                           r"te puede interesar|lire aussi|leggi anche|leia também|lesen sie auch)\s*[:»]?\s*$",
                           re.IGNORECASE)
#: A link label run into another story's headline without a separator: "Related Coverage Man charged with …".
RELATED_RUN_ON = re.compile(r"^\s*(?:related (?:coverage|headlines|stories|articles|content|links)|previous stor(?:y|ies)|"
                            r"more (?:headlines|stories|media|video))\s+(?P<rest>[A-Z0-9].+)$", re.IGNORECASE)
#: A link wrapped in brackets inside the body: "[PREVIOUS: Four teens taken to hospital after …]".
BRACKETED = re.compile(r"^\s*[\[(](?P<inner>[^\])]+)[\])]\s*$")
#: Another story's headline in a widget: after a close glyph ("× Four People Shot at …"), as a video playlist
#: entry with its running time ("1:49 Grandmother says … Pause"), or after an image's file name ("Hatlestad.jpg …").
WIDGET_HEADLINE = re.compile(
    r"^\s*(?:[×✕✖+]|play pause|\d{1,2}:\d{2}(?!\s*(?:[ap]\.?m\b|[ap]\.m\.))|[\w.-]+\.(?:jpe?g|png|gif|webp))\s+"
    r"(?P<rest>.+?)(?:\s+(?:Pause|Play))?\s*$", re.IGNORECASE)
#: The description of an embedded video, stamped with its own publication date: "Two people were killed … NBC 6's
#: Hank Tester reports. (Published Tuesday, June 24, 2014)". The headline line above it is the video's title.
VIDEO_STAMP = re.compile(r"\((?:Published|Updated) (?:\w+day, )?\w+\.? \d{1,2}, \d{4}\)\s*$")
#: A headline in a list of links: "1. …", "• …", "→ …".
LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[•▪◦·*→›»>-])\s+")
ARROW_HEADLINE = re.compile(r"^\s*[→»›]\s+(?P<rest>.+)$")
COMMENTS = re.compile(
    r"^\s*(?:leave a (?:comment|reply)|comments?\s*\(\d+\)|\d+\s+comments?|join the (?:conversation|discussion)"
    r"|(?:add|post|write) (?:a |your )?comment|(?:show|view|load|hide|read) (?:all )?\d*\s*comments?(?:\s*\(\d+\))?"
    r"|no comments yet"
    r"|comment on this (?:story|article)|be the first to comment|comments are closed|\d+ (?:replies|responses)"
    r"|commenting (?:has been|is) (?:disabled|closed|turned off)\b.{0,40})"
    r"[\s.!:»]*$",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(
    r"^\s*(?:sign up|subscribe|get|receive|join|don'?t miss)\b[^.!?]{0,100}\b(?:newsletters?|briefings?|digest|inbox"
    r"|e-?mail alerts?|alerts|updates delivered|our (?:daily|weekly|morning|evening) )\b.{0,80}$"
    r"|^\s*(?:subscribe(?: now| today| here)?|sign up(?: now| here)?|newsletter)\s*[.!:»]*$",
    re.IGNORECASE,
)
THEME = re.compile(
    r"^\s*(?:switch to (?:dark|light|night|day) (?:mode|theme)|(?:dark|light|night) (?:mode|theme)(?: on| off)?"
    r"|toggle (?:dark|light|night) mode|(?:font|text)(?: size)?\s*:?\s*(?:a[+-]?\s*\|?\s*){1,4}(?:print)?"
    r"|(?:font|text) size\b.{0,20}|a\s?a\s?a|a\+?\s*a-|reader mode|audio|listen(?:\s*\(\d+\s*min\w*\))?|print(?: this)?"
    r"(?: page| article| story)?|listen(?: to)?(?: this)? (?:article|story)\b.{0,30}|audio (?:version|article)\b.{0,20}"
    r"|save(?: article| for later| to reading list)?|bookmark(?: this)?|(?:increase|decrease) (?:font|text) size"
    r"|zoom in|zoom out|play audio|download (?:pdf|the app)|listen live|listen\s*·\s*\d+:\d{2}|show key events only"
    r"|(?:please )?(?:turn on|enable) javascript.{0,60}|was this (?:page|article) (?:helpful|useful)\?.{0,20}"
    r"|ouvir esta not[ií]cia|escuchar (?:esta )?noticia|écouter (?:cet )?article|ascolta(?: l'articolo)?)[\s.!:»]*$",
    re.IGNORECASE,
)
SUBSCRIPTION = re.compile(
    r"^\s*(?:subscribe (?:now|today|here)?\s*(?:to|for)\b.{0,80}\b(?:full story|edition|access|unlimited|read)"
    r"|to (?:view|read|continue reading|access|unlock) (?:the|this) (?:full )?(?:story|article),? (?:please )?"
    r"(?:subscribe|log in|sign in|register)|if you['’]re (?:seeing|reading) this.{0,60}\bsubscriber"
    r"|(?:already a subscriber|first-time subscribers|become a (?:subscriber|member)|this (?:story|article|content) is "
    r"(?:for|available to|reserved for) (?:subscribers|members))"
    r"|for the latest (?:news|stories).{0,80}\bdownload\b|download (?:the|our) .{0,40}\bapps?\b"
    r"|get (?:the|our) .{1,40}(?:app|edition)\b.{0,60}\b(?:by e-?mail|free|sign up)"
    r"|open (?:this )?in the .{1,30} app|read (?:this|it) in the app|suscríbete|assine)"
    r"|\byou have \d+ free (?:articles?|stories) left|\bsubscribe (?:for|to get) unlimited|\bsubscribe to (?:the|our) .{1,40}"
    r" for [$£€]|\bréservé aux abonnés|\bdéjà abonné|\bsolo para suscriptores|\briservato agli abbonati"
    r"|\bexclusivo para assinantes",
    re.IGNORECASE,
)
SIGN_UP = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|subscribing)\b.{0,80}\b(?:newsletters?|inbox|e-?mail|briefing)\b"
    r"|\bsign up(?: here| now| today| for free)?[.!]?$|^\s*[\w' ]{1,40}\bnewsletters?\s*$"
    r"|^\s*sign up (?:to|for) (?:get|receive|our|the)\b|^\s*(?:enable|turn on|allow|get) (?:push |breaking news )?"
    r"(?:notifications|alerts)\b|^\s*(?:tap|click) here to (?:get|receive|sign up|subscribe|turn on)\b"
    r"|\b(?:get|receive)\b.{0,60}\b(?:in your inbox|straight to your inbox|by e-?mail every)\b"
    r"|\b(?:inbox|newsletter|bulletin)\b.{0,60}\bsign up\b|\bsign up to (?:the|our) .{1,40}\b(?:bulletin|newsletter|briefing)"
    r"|^\s*receba (?:as )?not[ií]cias|^\s*recibe (?:las )?noticias|^\s*inscrivez-vous|^\s*abonnez-vous",
    re.IGNORECASE,
)
SOCIAL_FOLLOW = re.compile(
    r"^\s*(?:follow|like|join) (?:us|@?[\w.' ]{1,40}) on (?:twitter|facebook|instagram|x|tiktok|telegram|linkedin"
    r"|youtube|whatsapp|threads|bluesky)\b",
    re.IGNORECASE,
)
LETTERS = re.compile(
    r"\b(?:submit|send|write) (?:a |your )?letters? to the editor\b|\bwe want to hear what you think\b"
    r"|\bhave your say\b.{0,40}\bcomment", re.IGNORECASE,
)
APPEAL = re.compile(
    r"\b(?:would you consider|please consider|consider) (?:supporting|donating|a donation)\b|\bsupport (?:our|independent)"
    r" (?:work|journalism|reporting)\b.{0,60}(?:donat|click|subscri|member|contribut)|\bhelp us continue\b.{0,80}"
    r"\bdonate\b|^\s*donate(?: now| today)?[.!]?\s*$|\bbecome a (?:patron|supporter)\b|\bdonate (?:today|now)\b"
    r"|\breader-funded\b|\bchip in\b|\bif you value (?:local|our|independent) (?:news|journalism|reporting)\b"
    r"|\bsupport (?:local|independent) journalism\b",
    re.IGNORECASE,
)
DISCLOSURE = re.compile(
    r"\b(?:this (?:post|article|page|story) (?:contains|may contain) (?:affiliate )?(?:links|references to products)"
    r"|we may (?:receive|earn) (?:a )?(?:compensation|commission)|advertisers do not influence"
    r"|(?:is|are) an estimated value calculated by)\b",
    re.IGNORECASE,
)
COOKIES = re.compile(
    r"\b(?:we|this site|our site|we and our partners) use(?:s)? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:settings|policy"
    r"|preferences)\b.{0,40}\b(?:accept|manage|reject)|\bmanage preferences\b", re.IGNORECASE,
)
READING_TIME = re.compile(
    r"^\s*(?:(?:estimated )?reading time\s*:?\s*(?:about |approx\.? )?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?)\.?"
    r"|\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?|m)\.?\s*(?:read|reading(?: time)?|to read)"
    r"|read(?:ing)?(?: time)?\s*:?\s*\d+\s*(?:min|mins|minutes?)\.?"
    r"|less than (?:a|one) minute read|(?:tiempo de lectura|lecture|temps de lecture|tempo di lettura|tempo de leitura"
    r"|lesezeit|leestijd)\s*:?\s*\d+\s*(?:min\w*)\.?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
ADVERTISEMENT = re.compile(
    r"^[\s\-–—*•|_=]*(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| by .{1,40}|\s*[·:|–-]\s*.{1,80})?"
    r"|publicidad|publicité|pubblicità|publicidade|anzeige|werbung|advertentie|promoted(?: content)?"
    r"|paid (?:content|post|partnership)|story continues below(?: advertisement)?|continue reading below"
    r"|scroll to continue(?: with content)?)[\s.!:»\-–—*•|_=]*$",
    re.IGNORECASE,
)
NAVIGATION = re.compile(
    r"^\s*(?:back to top|top of page|skip to (?:main )?content|skip navigation|next (?:article|story|post)"
    r"|previous (?:article|story|post)|home|menu|close|search|more stories|all news|go to homepage"
    r"|our standards\b.{0,60}|(?:categor(?:y|ies)|tags?|filed under|topics?)\s*:.{0,80}|skip to [\w ]{1,20}"
    r"|.{0,60}\b(?:page|p\.|seite|página|pagina) \d+(?: of \d+)?)\s*[»«›‹>↑]*\s*$",
    re.IGNORECASE,
)
BREADCRUMB_SEP = re.compile(r"\s+(?:>>?|›|»|/|\\|→)\s+")
CAPTION_START = re.compile(
    r"^\s*[(\[]?(?:photo|photos|pic|pics|image|picture|pictured|file photo|video|caption|credit|photograph|photo credit"
    r"|illustration|graphic|screenshot|foto|fotos|file)\s*(?:\d+\s*)?(?:[:|/–—]|\s-\s)|^\s*\(?(?:photo|photograph|image|picture)s?"
    r" (?:by|courtesy of|credit)\b", re.IGNORECASE,
)
CAPTION_CREDIT = re.compile(
    r"(?:\b(?:AP|AFP|EPA(?:-EFE)?|REUTERS|ANADOLU|XINHUA|TASS|SPUTNIK|UPI|DPA|ANSA|KYODO|YONHAP|PA|IANS|PTI)\s+PHOTOS?"
    r"|\bGetty Images(?: via [\w ]+)?|\bShutterstock|\bAlamy(?: Stock Photo)?|\bREUTERS/[A-Z][\w .'-]+"
    r"|/(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Anadolu|Xinhua|TASS|Sputnik|UPI|dpa)\b"
    r"|\((?i:(?:file )?(?:photo|image|picture))(?: by| credit|:|\s*/)[^)]{1,80}\)|\b[A-Z][A-Z ]{2,40}\bPHOTO(?:/[\w .'-]+)?"
    r"|\b(?:AP|AFP|EPA|Reuters|REUTERS|Getty|Xinhua|Anadolu) (?i:photo)s?/[\w .'-]+"
    r"|\b(?i:photo(?:graph)?|foto|pic|image|picture)\s*:\s*[A-Z][\w .'/-]{1,60}|\((?i:courtesy)(?: of)?:?\s[^)]{1,80}\)"
    r"|\((?i:foto)\s[^)]{1,80}\)|©\s*[A-Z][^.]{1,60}|\b[A-Z]\w+ (?i:photo)/[A-Z][\w .'-]+"
    r"|[.)]\s+(?:AP|AFP|REUTERS|EPA|ANADOLU|XINHUA|TASS|GETTY IMAGES|SPUTNIK|UPI|DPA)"
    r"|\bPHOTO\s*/\s*[\w .'-]+|\((?:AP|AFP|EPA|Reuters)(?: Photo)?(?:/[\w .'-]+)?\))\s*\.?\s*$",
)
BIO = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|el|bin|da)){1,3})\s+(?:is|was|has been|works as)\s+"
    r"(?:a|an|the|our)\b.{0,160}\b(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|producer"
    r"|analyst|photographer|fellow|freelancer|stringer|bureau chief|news desk|author|column|columns|blog|newsletter)\b"
)
AUTHOR_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has|had|writes|reports|covers)\b")
BIO_WRITES = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:writes|reports|blogs|covers)\s+"
    r"(?:(?:about|on|for)\b|.{1,100}\bfor (?:the|our)\b)"
)
DISCLAIMER = re.compile(r"^\s*(?:the )?(?:views|opinions) expressed (?:in this|here|are)\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")
ORGANISATION = re.compile(
    r"\b(?:Alliance|Foundation|Group|Company|Inc|Ltd|LLC|Association|Council|Institute|Organi[sz]ation|Agency|Trust"
    r"|Society|Network|Coalition|Centre|Center|Fund|Union|Ministry|Department|Office|Bank|Corporation|Partners)\b"
)
ABOUT_AUTHOR = re.compile(r"^\s*(?:(?i:about the authors?|about the writer|author bio|the author)\s*[:.]?|About [A-Z][\w'’-]+"
                          r"(?: [A-Z][\w'’-]+)?\s*:)\s*(?P<rest>.*)$")
SYNDICATION = re.compile(
    r"^\s*(?:this (?:article|story|report|piece|press release|release|column|post) (?:was|is|has been) "
    r"(?:originally |first )?(?:produced|published|written"
    r"|republished|reproduced|adapted|syndicated|reprinted)\b|originally (?:published|appeared) (?:by|in|on|at) (?:the )?"
    r"[A-Z]|(?:first )?published"
    r" (?:originally )?(?:by|in|on) [A-Z].{0,80}(?:and is )?republished|republished (?:from|with|under|by)\b"
    r"|reprinted (?:with|by)\b|(?:this|the) (?:article|story) (?:first )?appeared\b|distributed by\b|syndicated (?:by|from)\b"
    r"|(?:this )?(?:story|article) (?:was )?produced by\b.{1,120}\bto publish on\b|produced by\b.{1,120}\bto publish on\b"
    r"|copyright\b.{0,60}\b(?:all rights reserved|reprinted|syndicat)|©|riproduzione riservata|tous droits réservés"
    r"|todos los derechos reservados|all rights reserved)",
    re.IGNORECASE,
)
PUBLISH_ON = re.compile(r"\bto publish on\s+(?P<outlet>[^.,;]+)", re.IGNORECASE)

#: A line that is only a photo credit: "(Photo by X/Agency)", "AP Photo/Name", "Getty Images".
CREDIT_ONLY = re.compile(
    r"^\s*\(?(?:(?:file )?(?:photo|photograph|image|picture)s?(?: by| courtesy of| credit)?\s*[:/]?\s*[\w .'/-]{1,60}"
    r"|(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Xinhua)(?: (?i:photo))?(?:/[\w .'-]+)?"
    r"|[A-Z]\w+ photo/[\w .'-]{1,40}|courtesy(?: of)?:? [\w .'/-]{1,60})\)?\s*\.?\s*$",
    re.IGNORECASE,
)
MAX_SHORT_WORDS = 12
WORDPRESS_LIKE = re.compile(r"^\s*(?:like this|like loading\.*|share this)\s*:?\s*$", re.IGNORECASE)
ICON_PREFIX = re.compile(r"^(?:icon|fa|social|share)[-_]")
#: Icons, arrows and dashes standing before or after a furniture line's words.
SYMBOLS_AROUND = re.compile(r"^[^\w\"'“‘(\[]+|[\s→»›>↗↓↑▶►•·|–—-]+$")
COMMENT_ICON = re.compile(r"^\s*[💬🗨🗯]\s*(?:\d+|comments?(?:\s*\(\d+\))?)?\s*$", re.IGNORECASE)


@dataclass(slots=True)
class Furniture:
    """What ``strip_furniture`` found: the kept lines and everything taken out."""

    lines: list[str]
    removed: list[Removed] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None


def words(line: str) -> list[str]:
    return re.findall(r"[\w@#+'’-]+", line.lower())


def is_icon_row(line: str) -> bool:
    """A row of share icons as text: "f 𝕏 in ✉ 🔗", "X" alone."""
    tokens = line.split()
    return 0 < len(tokens) <= 8 and all(len(t) <= 2 or not any(c.isalnum() for c in t) for t in tokens) \
        and (len(tokens) > 1 or tokens[0] in ("X", "𝕏", "f"))


def is_share(line: str) -> bool:
    if len(line) > 200:
        return False
    tokens = [ICON_PREFIX.sub("", t) for t in words(line)]
    tokens = [t for t in tokens if t and not t.isdigit()]
    if not tokens or len(tokens) > MAX_SHORT_WORDS:
        return False
    return all(t in SOCIAL_WORDS for t in tokens) and any(t in SOCIAL_ANCHORS or t == "share" for t in tokens)


def is_breadcrumb(line: str) -> bool:
    """"Home > World > Africa", "Opinion › Columnists", "News | Sports | Obituaries | Opinion"."""
    text = line.strip()
    parts = BREADCRUMB_SEP.split(text)
    short = lambda ps: all(0 < len(p.split()) <= 3 and not p.rstrip().endswith(".") for p in ps)  # noqa: E731
    if len(parts) >= 3 and short(parts):
        return True
    if len(parts) == 2 and re.search(r"\s(?:›|»|>>)\s", text) and short(parts):
        return True
    menu = re.split(r"\s+[|·•]\s+", text)
    return (len(menu) >= 3 and short(menu) and all(p[:1].isupper() for p in menu)
            and not re.search(r"\d|^(?:by|par|por|di|von)\s", text, re.IGNORECASE))  # not "By X | Outlet | Jan 9, 2025"


def is_caption(line: str) -> bool:
    if len(line.split()) > 60:
        return False
    return bool(CAPTION_START.match(line) or CAPTION_CREDIT.search(line))


def looks_like_headline(line: str) -> bool:
    """An injected headline: short, no sentence inside, not ending in a full stop (a list mark before it is fine)."""
    text = LIST_MARK.sub("", line.strip())
    return 0 < len(text.split()) <= 25 and not re.search(r"[.!?][\"'”’]?\s+[A-Z]", text) and not text.endswith(".")


#: (reason, test) in the order they are tried; the first that matches wins.
LINE_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("reading_time", lambda line: bool(READING_TIME.match(line))),
    ("share", lambda line: is_share(line) or bool(WORDPRESS_LIKE.match(line))),
    ("comments", lambda line: bool(COMMENTS.match(line))),
    ("newsletter", lambda line: len(line.split()) <= 30 and bool(NEWSLETTER.match(line) or SIGN_UP.search(line))),
    ("subscription", lambda line: len(line.split()) <= 45 and bool(SUBSCRIPTION.search(line))),
    ("share", lambda line: len(line.split()) <= 40 and bool(SOCIAL_FOLLOW.match(line))),
    ("comments", lambda line: len(line.split()) <= 40 and bool(LETTERS.search(line))),
    ("appeal", lambda line: len(line.split()) <= 40 and bool(APPEAL.search(line))),
    ("advertisement", lambda line: len(line.split()) <= 60 and bool(DISCLOSURE.search(line))),
    ("theme", lambda line: bool(THEME.match(line)) or (len(line.split()) <= 50 and bool(COOKIES.search(line)))),
    ("advertisement", lambda line: bool(ADVERTISEMENT.match(line))),
    ("share", is_icon_row),
    ("navigation", lambda line: bool(NAVIGATION.match(line)) or is_breadcrumb(line)),
    ("caption", is_caption),
    ("syndication", lambda line: len(line.split()) <= 60 and bool(SYNDICATION.match(line))),
)


@lru_cache(maxsize=8192)
def classify(line: str) -> str | None:
    """The furniture reason of one line, or None when it belongs to the article.

    Icons and arrows around the words ("💬 14", "⏱ 3 min read", "↑ Back to top",
    "— Photo courtesy of …") do not count; a line made of parts separated by
    " | " is furniture when every part is ("Font: A+ | A- | Print").
    """
    if COMMENT_ICON.match(line):
        return "comments"
    core = SYMBOLS_AROUND.sub("", line)
    if not core:
        return None
    for reason, test in LINE_RULES:
        if test(core):
            return reason
    parts = [p for p in re.split(r"\s+\|\s+|\s{3,}", core) if p.strip()]
    if len(parts) > 1:
        reasons = [classify(p) for p in parts]
        if all(reasons):
            return reasons[0]
    return None


def strip_furniture(lines: Sequence[str], authors: Sequence[str] = ()) -> Furniture:
    """Take the furniture lines out of an article body (one string per line, blank lines kept)."""
    out = Furniture(lines=[])
    index = 0
    article_lines = [i for i, line in enumerate(lines) if line.strip() and classify(line.strip()) is None]
    tail_start = _tail_start(article_lines)
    wide_tail_start = _tail_start(article_lines, 8)  # a bio naming a journalist's job stands within the last eight
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if not stripped:
            out.lines.append(line)
            index += 1
            continue
        bracketed = BRACKETED.match(stripped)
        related = RELATED.match(bracketed.group("inner") if bracketed else stripped)
        if related is None and (run_on := RELATED_RUN_ON.match(stripped) or WIDGET_HEADLINE.match(stripped)):
            if looks_like_headline(run_on.group("rest")):
                out.removed.append(Removed(text=stripped, reason="related_link"))
                index += 1
                continue
        if related and (not related.group("rest") or looks_like_headline(related.group("rest"))):
            out.removed.append(Removed(text=stripped, reason="related_link"))
            if not related.group("rest").strip():
                index = _take_injected_headline(lines, index + 1, out)
            index += 1
            continue
        arrow = ARROW_HEADLINE.match(stripped)
        if arrow and looks_like_headline(arrow.group("rest")) and classify(arrow.group("rest")) is None:
            out.removed.append(Removed(text=stripped, reason="related_link"))  # "→ Storm Ilse: 2 killed as …"
            index += 1
            continue
        if RELATED_ALONE.match(stripped):
            out.removed.append(Removed(text=stripped, reason="related_link"))
            index = _take_injected_headline(lines, index + 1, out) + 1
            continue
        about = ABOUT_AUTHOR.match(stripped)
        if about and index >= tail_start:
            out.removed.append(Removed(text=stripped, reason="author_bio"))
            name = AUTHOR_NAME.match(about.group("rest"))
            if name and not ORGANISATION.search(name.group("name")):  # "About Fieldwater Alliance:" is no author
                _add_author(out, name.group("name"), authors)
            index += 1
            continue
        if DISCLAIMER.match(stripped):
            out.removed.append(Removed(text=stripped, reason="author_bio"))
            index += 1
            continue
        bio = BIO.match(stripped) or (BIO_WRITES.match(stripped) if index >= tail_start else None)
        if bio and REPORTED.search(stripped):
            bio = None  # "X is a reporter who lost his home, neighbours said": reported, not a bio
        if bio and (index >= tail_start or _same_person(bio.group("name"), authors)
                    or (BIO.match(stripped) and index >= wide_tail_start)):
            out.removed.append(Removed(text=stripped, reason="author_bio"))
            _add_author(out, bio.group("name"), authors)
            index += 1
            continue
        if VIDEO_STAMP.search(stripped) and len(stripped.split()) <= 80:
            _take_video_title(out)
            out.removed.append(Removed(text=stripped, reason="caption"))
            out.captions.append(Caption(text=stripped, date=_last_date(stripped)))
            index += 1
            continue
        reason = classify(stripped)
        if reason is None:
            out.lines.append(line)
        else:
            out.removed.append(Removed(text=stripped, reason=reason))
            if reason == "caption":
                if CREDIT_ONLY.match(SYMBOLS_AROUND.sub("", stripped)) and _caption_before(out):
                    text = out.lines.pop().strip()
                    out.removed.insert(len(out.removed) - 1, Removed(text=text, reason="caption"))
                    out.captions.append(Caption(text=text, date=_last_date(text)))
                out.captions.append(Caption(text=stripped, date=_last_date(stripped)))
            elif reason == "syndication" and out.outlet is None:
                # "produced by X to publish on Z" names the outlet; "originally published by X" only the source
                if match := PUBLISH_ON.search(stripped):
                    out.outlet = match.group("outlet").strip().rstrip(".")
        index += 1
    return out


def _last_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[-1] if dates else None


def _take_video_title(out: Furniture) -> None:
    """The headline-like line above a video's description (blank lines between allowed) is the video's title."""
    above = next((i for i in range(len(out.lines) - 1, -1, -1) if out.lines[i].strip()), None)
    if above is None:
        return
    text = out.lines[above].strip()
    words = [w for w in text.split() if w[:1].isalpha()]
    if looks_like_headline(text) and words and sum(w[0].isupper() for w in words) / len(words) >= 0.6:
        del out.lines[above:]
        out.lines.append("")
        out.removed.append(Removed(text=text, reason="caption"))
        out.captions.append(Caption(text=text, date=None))


def _caption_before(out: Furniture) -> bool:
    """A bare credit line takes the line right above it (no blank between) as its caption, if that is short."""
    if not out.lines or not out.lines[-1].strip():
        return False
    above = out.lines[-1].strip()
    return len(above.split()) <= 30 and classify(above) is None and not above.endswith((":", ","))


def _tail_start(article_lines: list[int], size: int = 4) -> int:
    """Index of the first of the last ``size`` lines that are neither blank nor furniture: where bios stand."""
    return article_lines[-size] if len(article_lines) >= size else 0


def _take_injected_headline(lines: Sequence[str], start: int, out: Furniture) -> int:
    """After a bare "Read More:" or "Trending now", the next non-blank line is another story's headline, and so
    is each line right under it (a list of links, no blank line between). Returns the index of the last one."""
    for index in range(start, min(start + 3, len(lines))):
        candidate = lines[index].strip()
        if not candidate:
            continue
        if not looks_like_headline(candidate):
            break
        out.removed.append(Removed(text=candidate, reason="related_link"))
        last = index
        while last + 1 < len(lines) and last - index < 6 and lines[last + 1].strip() \
                and looks_like_headline(lines[last + 1].strip()):
            last += 1
            out.removed.append(Removed(text=lines[last].strip(), reason="related_link"))
        return last
    return start - 1


def _same_person(name: str, authors: Sequence[str]) -> bool:
    key = name.casefold()
    return any(key == a.casefold() or key.split()[-1] == a.casefold().split()[-1] for a in authors if a.strip())


def _add_author(out: Furniture, name: str, authors: Sequence[str]) -> None:
    if not _same_person(name, [*authors, *out.authors]):
        out.authors.append(name.strip())
