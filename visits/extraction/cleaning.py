"""Decoding raw press files and cleaning scraped pages into an article body (no Django).

``decode`` turns bytes into text (UTF-8/16/32 with a BOM, UTF-8, or a legacy code page
detected by charset-normalizer). ``clean`` removes site chrome from a scraped page and keeps
what the metadata and photo readers need:

* the body is one paragraph per kept line, joined by a blank line; whitespace inside lines is
  normalised (NBSP, odd spaces, zero-width characters) but quotes and dashes stay as written;
* the title (first headline-shaped line after any header block) is *not* part of the body;
* a dateline at the start of the lede ("Outlet.kz – ...", "ASTANA, Nov 27 (Reuters) -") stays in
  the body: the metadata reader parses it there;
* photo-credit lines leave the body and become ``CreditLine``s whose caption is the nearest
  content line above (it stays in the body, with its span) or the text before an inline credit;
* byline lines ("Text: X", "Writer: X", "By X", a date line such as "Nov 11") go to ``bylines``,
  whole-article credits ("Photos: A, B.") to ``general_credits``.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .dates import WEEKDAYS
from .reference import country_by_city, country_by_name
from .types import Span


class ExtractionError(Exception):
    """A raw file that cannot be read as a press text; the message says why."""


# ---------------------------------------------------------------------------------------------
# decoding

# (the dot first, so the engine scans for it; the initial before it is checked behind)
_GLUED_INITIAL = re.compile(r"\.(?<=(?<![\w.])[A-ZА-ЯЁ]\.)(?=[A-ZА-ЯЁ][a-zа-яёöüäə]{2})")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _plausibility(text: str) -> float:
    """Share of characters a press text in a Latin or Cyrillic script plausibly contains."""
    if not text:
        return 0.0
    good = sum(
        1
        for c in text
        if (c.isascii() and (c.isprintable() or c in "\n\r\t"))
        or "\u00a0" <= c <= "\u00ff"
        or "\u0400" <= c <= "\u045f"
        or "\u2010" <= c <= "\u2026"
        or c in "\u20ac\u2116\u00ab\u00bb"
    )
    return good / len(text)


_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f\W]\w*")
_ODD_WORD = re.compile(r"[\u00c0-\u00ff]{3,}|[a-zA-Z\u00c0-\u00ff][\u0400-\u045f]|[\u0400-\u045f][a-zA-Z\u00c0-\u00ff]")


def _reading_score(text: str) -> float:
    """Plausibility, less a penalty for words no language writes: 'Ìîñêâà' (cp1251 read as cp1252)
    or a Latin word with a Cyrillic letter inside (cp1252 read as cp1251)."""
    words = _NON_ASCII_WORD.findall(text)
    odd = sum(1 for w in words if _ODD_WORD.search(w))
    return _plausibility(text) - (0.5 * odd / len(words) if words else 0.0)


def _utf16_without_bom(data: bytes) -> str | None:
    """BOM-less UTF-16 (NUL bytes all on one side of the code units), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul, odd_nul = data[0::2].count(0), data[1::2].count(0)
    if odd_nul > 9 * even_nul:
        codec = "utf-16-le"
    elif even_nul > 9 * odd_nul:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if _plausibility(text) >= 0.95 else None


def _legacy(data: bytes) -> str:
    """Text in a legacy code page: charset-normalizer's guess, unless cp1252 or cp1251 reads better.

    On short texts the detector sometimes picks a rare code page ("à" read as Baltic "ą").
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    candidates = [str(best)] if best is not None else []
    for codec in ("cp1252", "cp1251"):
        try:
            candidates.append(data.decode(codec))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ExtractionError("cannot decode as text")
    # max() keeps the first of equals: the detector's choice wins ties
    text = max(candidates, key=_reading_score)
    if _plausibility(text) < 0.9:
        raise ExtractionError("cannot decode as text")
    return text


def decode(data: bytes) -> str:
    """The text of a raw file: BOM-marked Unicode, UTF-8, or a detected legacy encoding.

    Raises ``ExtractionError`` for an empty, whitespace-only, binary or undecodable file.
    """
    if not data:
        raise ExtractionError("empty file")
    text: str | None = None
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            text = data.decode("utf-32")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise ExtractionError("cannot decode as text") from exc
    if text is None:
        if b"\x00" in data:
            text = _utf16_without_bom(data)
            if text is None:
                raise ExtractionError("binary file: contains NUL bytes")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = _legacy(data)
    if "\x00" in text:
        raise ExtractionError("binary file: contains NUL bytes")
    if not text.strip():
        raise ExtractionError("only whitespace")
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise ExtractionError("cannot decode as text")
    return text


# ---------------------------------------------------------------------------------------------
# results


@dataclass(slots=True)
class CreditLine:
    text: str  # the credit verbatim: "Photo by X press service", "©️ Outlet.kz / Photographer"
    line_no: int  # 1-based line number in the raw text
    caption: str  # verbatim caption it belongs to ("" if none)
    caption_span: Span | None  # where that caption is in Cleaned.body (None if not in the body)


@dataclass(slots=True)
class Cleaned:
    body: str  # cleaned article text: paragraphs joined by "\n\n"
    title: str | None  # None when the text has none
    credits: list[CreditLine] = field(default_factory=list)  # photo credits in order
    general_credits: list[str] = field(default_factory=list)  # "Photos: A, B."
    bylines: list[str] = field(default_factory=list)  # "Text: Name", "Writer: X", "Nov 11"
    header: list[str] = field(default_factory=list)  # dropped leading chrome lines
    removed: list[str] = field(default_factory=list)  # every other line dropped
    site: str | None = None  # the site's name printed in the page header ("Outlet Name"), as written


# ---------------------------------------------------------------------------------------------
# line vocabulary

_LINE_BREAK_CHARS = "\r\u2028\u2029\x85\x0b\x0c"
_ODD_SPACE_CHARS = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_ODD_SPACE = re.compile("[" + re.escape(_ODD_SPACE_CHARS) + "]")
_ZERO_WIDTH = re.compile("[" + re.escape(_ZERO_WIDTH_CHARS) + "]")


# A page printed from a PDF (or a plain-text release) keeps its hard line breaks: a paragraph comes as
# lines of about one width, words hyphenated across them ("Minis-" / "ter"). Such a text is unwrapped before
# anything reads it; a scraped web page, a paragraph per line, is left as it is.
_WRAP_END = re.compile(r"[.!?:;]['\"”’»)]*$")
_GOES_ON = re.compile(r"^['\"“‘«]?[A-Z]")
# a next line that starts something of its own: a list item, a credit, a bullet
_NOT_CONTINUED = re.compile(r"^(?:[(\[•·▪●◦‣∙*–—©]|\d{1,2}[.)]\s|[a-z][.)]\s|(?:Photo|Foto|Credit|Source)s?\b)", re.I)
_PAGE_FURNITURE = re.compile(r"^Page \d+(?: of \d+)?$|www\.|@|https?://", re.I)


def _wrapped_lines(lines: list[str], *, known: bool = False) -> set[int]:
    """The lines a hard wrap ended (their paragraph goes on on the next line): one of about a page's width
    (40-90 characters) ending without a stop; once the text is ``known`` to be wrapped, also one ending in a
    word hyphenated by the wrap, or one of the page's width whose sentence ended with it."""
    out = set()
    for i in range(len(lines) - 1):
        t, nxt = lines[i].strip(), lines[i + 1].strip()
        if not t or not nxt or _NOT_CONTINUED.match(nxt) or _PAGE_FURNITURE.search(nxt) or _PAGE_FURNITURE.search(t):
            continue
        plain = 40 <= len(t) <= 90 and not _WRAP_END.search(t)
        hyphenated = t[-1] == "-" and t[-2:-1].isalpha() and nxt[:1].islower()
        stopped = 50 <= len(t) <= 90 and _SENTENCE_END.search(t) and _GOES_ON.match(nxt)
        if plain or (known and (hyphenated or stopped)):
            out.add(i)
    return out


def unwrap(text: str) -> str:
    """Join the lines of a hard-wrapped text into paragraphs ("Minis-" + "ter" -> "Minister", "Guinea-" + "Bissau"
    -> "Guinea-Bissau"); a text with fewer than five wrapped lines, or where they are under 40% of the lines
    of 40 characters or more, is returned as it is."""
    lines = text.split("\n")
    wrapped = _wrapped_lines(lines)
    if len(wrapped) < 5 or len(wrapped) < 0.4 * sum(1 for line in lines if len(line.strip()) >= 40):
        return text
    wrapped = _wrapped_lines(lines, known=True)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i - 1 not in wrapped:
            out.append(line.rstrip())
            continue
        prev, t = out[-1], line.strip()
        if prev[-1] == "-" and prev[-2:-1].isalpha():
            out[-1] = (prev[:-1] if t[:1].islower() else prev) + t  # "natu-" "ral"; "Guinea-" "Bissau"
        else:
            out[-1] = f"{prev} {t}"
    return "\n".join(out)


def _has_any(text: str, chars: str) -> bool:
    """One of ``chars`` occurs in ``text`` (a few substring tests are cheaper than a regex scan)."""
    return any(c in text for c in chars)


_BULLETS = "•·▪●◦‣∙*–—-"

_MONTHS_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_MONTHS_RU = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "янв",
    "фев",
    "мар",
    "апр",
    "июн",
    "июл",
    "авг",
    "сен",
    "сент",
    "окт",
    "ноя",
    "дек",
]
_MONTHS_KK = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
]
MONTH_NUMBERS: dict[str, int] = {}
for _names in (_MONTHS_EN[:12], _MONTHS_RU[:12], _MONTHS_RU[12:24], _MONTHS_KK):
    for _i, _n in enumerate(_names, start=1):
        MONTH_NUMBERS[_n] = _i
for _i, _n in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1):
    MONTH_NUMBERS[_n] = _i
for _i, _n in enumerate(["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"], start=1):
    MONTH_NUMBERS.setdefault(_n, _i)
MONTH_NUMBERS["sept"] = 9
MONTH_NUMBERS["сент"] = 9
_MONTH_ALT = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))

_NAV = frozenset(
    """
top of page|bottom of page|back to top|to top|search|menu|main menu|home|homepage|skip to content
|skip to main content|log in|login|sign in|sign up|register|subscribe|newsletter|close|open menu
|toggle navigation|navigation|more|read more|continue reading|load more|show more|next|previous
|next article|previous article|print|print version|advertisement|advertising|ad|sponsored|cookies
|accept|accept all|accept cookies|accept all cookies|decline|reject|reject all|got it|got it!|i agree|agree
|allow all|allow cookies|manage cookies|cookie settings|manage preferences|contacts|contact us|about us|about
|more information|more info|learn more|cookie policy
|privacy policy|terms of use|terms of service
|all news|news|latest|world news|en|ru|kz|eng|рус|қаз|english|русский|қазақша|главная|меню|поиск
|войти|регистрация|подписаться|реклама|контакты|о нас|все новости|новости|версия для печати
|see all|view all|show all|see more|view more|show comments|hide comments|all comments
|loading|loading...|comments|comment|add comment|leave a comment|leave a reply|post comment
|комментарии|комментарий|добавить комментарий|tags|теги|тэги|source|источник|follow us|мы в соцсетях
""".replace("\n", "").split("|")
)

# a language or script switcher: "English | Русский", "Latin | Ћирилица" (languages by their own names)
_LANGUAGES = frozenset(
    """
english|русский|русская|қазақша|кыргызча|o‘zbekcha|oʻzbekcha|o'zbekcha|o’zbekcha|ozbekcha|ўзбекча|тоҷикӣ
|türkmençe|azərbaycanca|հայերեն|ქართული|монгол|deutsch|français|español|italiano|português|türkçe|polski
|magyar|українська|беларуская|srpski|српски|hrvatski|čeština|română|中文|日本語|한국어|العربية|فارسی
|latin|latinica|latinica|cyrillic|ћирилица|кириллица|ćirilica|cirilica|кирил|eng|en|ru|рус|kz|қаз|uz|ўз
|kg|кыр|tj|az|de|fr|es|zh|ar|sr|pt|it|ja|ko|tr|pl|hu|uk|ro|cs|el|nl|sv|fi|no|da|et|lv|lt|sk|sl|bg|mk|sq|hr|bs|he
|hi|bn|ur|fa|id|ms|th|vi|sw|am|ka|hy|mn|አማርኛ|amharic|afaan oromoo|oromoo|ትግርኛ|soomaali|kiswahili|swahili|hausa
|yorùbá|igbo|afrikaans|ελληνικά|ไทย|tiếng việt|bahasa indonesia|bahasa melayu|bahasa|melayu|हिन्दी|বাংলা|اردو
|עברית|gaeilge|nederlands|svenska|suomi|norsk|dansk|eesti|latviešu|lietuvių|slovenčina|slovenščina|български
|македонски|shqip|bosanski|filipino|tagalog|қазақ тілі|русский язык|ру|ўзб|عربي|íslenska|català
|galego|euskara|srpskohrvatski|اللغة العربية|中文版|简体中文|繁體中文
|deu|ger|fra|fre|esp|spa|pol|ita|por|rus|ukr|укр|jpn|kor|ara|tur|chi|chn|zho|ell|gre|nld|dut|swe|fin|nor|dan|ces|cze
|slk|slv|hrv|srp|ron|rum|bul|hun|lit|lav|est|kaz|uzb|aze|arm|hye|geo|kat|mon|heb|hin|vie|tha|ind|msa
""".replace("\n", "").split("|")
)
# section names of a news site's menu, for a menu printed as one row of single words
_SECTIONS = frozenset(
    """
politics|economy|business|society|world|sport|sports|culture|opinion|opinions|tech|technology|science
|health|region|regions|video|videos|photo|photos|lifestyle|entertainment|travel|education|analytics|analysis
|interview|interviews|finance|markets|local|national|international|news|environment|climate|columns
|features|multimedia|podcasts|home|incidents|arts|life|style|auto|law|security|diplomacy|politika
|ekonomija|svet|vesti|politik|wirtschaft|kultur|политика|экономика|общество|мир|спорт|культура|мнения
|происшествия|регионы|новости|видео|фото|аналитика|интервью
""".replace("\n", "").split("|")
)


def _language_row(text: str) -> bool:
    """A language switch: "EN | FR", "Русский | English", "ไทย | English" (a known language beside
    words in a non-Latin script, which name their languages in that script)."""
    items = [p.strip().casefold() for p in re.split(r"[|/•·]", text)]
    return len(items) >= 2 and any(p in _LANGUAGES for p in items) and all(
        p in _LANGUAGES or _non_latin_word(p) for p in items)


def _non_latin_word(text: str) -> bool:
    """One or two words, no letter of the Latin script ("ไทย", "ລາວ", "ខ្មែរ")."""
    return 0 < len(text.split()) <= 2 and not any(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in text
                                                   if c.isalpha())


def _section_row(text: str) -> bool:
    """A menu printed as one row of single capitalised words ("Politics Economy World Sport")."""
    words = text.split()
    if len(words) < 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    return sum(w.casefold() in _SECTIONS for w in words) >= 0.75 * len(words)


_SHARE = frozenset(
    """
share|shares|tweet|retweet|like|likes|поделиться|поделись|поделитесь|бөлісу|репост|share this
|share this article|share on facebook|share on twitter|share on x|copy link|copy|link copied
|копировать ссылку|скопировать ссылку|facebook|twitter|x|telegram|whatsapp|viber|vk|vkontakte
|вконтакте|ok|одноклассники|linkedin|pinterest|reddit|email|e-mail|mail|instagram|youtube|threads
|tiktok|messenger|send|отправить|save|сохранить|pocket|flipboard
""".replace("\n", "").split("|")
)

_RELATED = frozenset(
    """
read also|also read|read more|see also|related|related news|related articles|related stories
|related posts|related content|more on this topic|more on the topic|more news|more stories
|latest news|latest|most read|most popular|popular|trending|recommended|you may also like
|you might also like|don't miss|editor's picks|top stories|related coverage|more coverage|trending now
|most viewed|most read today|top news|recent posts|recent news|recent articles|recent stories
|latest posts|latest articles|latest stories|popular posts|more posts|more articles|читайте также|читайте нас
|читать также|смотрите также|см. также|похожие новости|похожие материалы|по теме|новости по теме
|другие новости|последние новости|популярное|самое читаемое|самое популярное|лента новостей
|рекомендуем|главное|оқи отырыңыз|тағы оқыңыз|ұқсас жаңалықтар
""".replace("\n", "").split("|")
)

# Footer widgets: after one of these, the page is over unless real prose follows.
_FOOTER = frozenset(
    """
exchange rates|currency rates|weather|курсы валют|курс валют|погода|ауа райы|социальные сети
|social networks|social media|follow us on social media|редакция|editorial office|editorial board
|about the project|о проекте|контакты|contacts|partners|партнеры|advertising|реклама|rss|sitemap
|all rights reserved|все права защищены|bottom of page
""".replace("\n", "").split("|")
)
_FOOTER_WORDS = frozenset(
    [
        "редакция",
        "advertising",
        "реклама",
        "контакты",
        "contacts",
        "about",
        "privacy",
        "terms",
        "rss",
        "sitemap",
        "partners",
        "партнеры",
        "вакансии",
        "careers",
        "социальные",
        "сети",
        "social",
        "networks",
        "media",
        "o",
        "нас",
        "us",
        "policy",
    ]
)
# After these, everything is comments or footer.
_HARD_FOOTER = frozenset(
    """comments|comment|add comment|leave a comment|leave a reply|post comment
|комментарии|комментарий|добавить комментарий|bottom of page|all comments|discussion|обсуждение
""".replace("\n", "").split("|")
)

# "Also in Sport", "More in World News": a list of links to a section (its name in capitals, nothing after)
_SECTION_LINK = re.compile(r"(?:Also|More|ALSO|MORE) (?:in|IN) [A-Z][\w'’-]*(?: (?:&|and|[A-Z][\w'’-]*)){0,3}")
# "Comments (14)", "Comments [3]": a comment section's heading with its count
_COUNTED_FOOTER = re.compile(r"(?:comments?|комментари\w*|discussion|обсуждение)\s*[(\[]\d+[)\]]$")

_PLACEHOLDERS = frozenset(
    [
        "image",
        "img",
        "photo",
        "picture",
        "pic",
        "video",
        "play",
        "play video",
        "gallery",
        "embed",
        "icon",
        "фото",
        "видео",
        "изображение",
    ]
)

# A credit body: 1–12 tokens without sentence punctuation beyond dots inside names/domains.
_CREDIT_TAIL = r"[^\s.!?;][^!?;]{0,100}"
_CREDIT_WORD = (
    r"(?:Photo|Photograph|Photography|Image|Picture|Pic|Illustration|Фото|Фотография"
    r"|Снимок|Иллюстрация|Сурет|Суреттер|Foto)"
)
_CREDIT_WORD_PL = r"(?:Photos|Photographs|Images|Pictures|Фотографии|Фотоснимки)"
_CREDIT_RE = re.compile(
    rf"^\(?\s*(?:{_CREDIT_WORD}(?:\s+credits?)?\s*(?:by\b|from\b|courtesy of\b|:|/|—|–|\||-\s)\s*"
    rf"|(?:Image\s+)?Credits?\s*:\s*|Source\s+of\s+photo\s*:?\s*|Courtesy(?:\s+of)?\s*:\s*|Фото\s+предоставлено\s+)"
    rf"(?P<who>{_CREDIT_TAIL})\)?\.?$",
    re.I,
)
_GENERAL_CREDIT_RE = re.compile(rf"^{_CREDIT_WORD_PL}(?:\s+by|\s*:)\s*\S.*$", re.I)
_COPYRIGHT_RE = re.compile(r"^(?:©\ufe0f?|\(c\)|copyright\b\s*©?\ufe0f?)\s*(?P<who>\S.{0,100})$", re.I)
_COPYRIGHT_FOOTER = re.compile(
    r"rights reserved|права защищены|all rights|^\W*(?:copyright\s*©?|©)\ufe0f?"
    r"\s*(?:19|20)\d\d\b|^\W*©\ufe0f?[^/|]{2,60}?\b(?:Ltd|Limited|Inc|LLC|plc|PLC|Group|Media|Holdings|Publishing|"
    r"Publications|Newspapers?|Corporation|Corp|Company|GmbH|S\.A|AG)\.?,?\s+(?:(?:19|20)\d\d\s*[-–]\s*)?(?:19|20)\d\d\.?$"
    r"|\b(?:use|reproduction|reprint\w*|copying|republication) of (?:the )?materials"
    r"|riproduzione riservata|droits réservés|derechos reservados|rechte vorbehalten|prawa zastrzeżone"
    r"|©\ufe0f?\s*copyright\b"
    r"|hyperlink|reference to the source|link to the source|citing the source|(?:при )?использовании материалов",
    re.I,
)
# cookie banners: "We use cookies ... Accept", "This website uses cookies. OK"
_COOKIE = re.compile(
    r"\bcookies?\b.{0,200}\b(?:accept\w*|agree|ok|got it|consent|settings|policy|preferences|learn more"
    r"|more info|allow|continu\w*|understand)\b|\b(?:accept|allow)\b.{0,20}\bcookies\b"
    r"|^(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies|файл\w* cookie|cookie-файл"
    r"|\bcookies\b.{0,150}\b(?:to measure|personali[sz]e)\b|\binformation on your device\b",
    re.I,
)
_INLINE_COPYRIGHT = re.compile(r"^(?P<cap>.*\S)\s+(?P<credit>©\ufe0f?\s*[^©\s][^©]{0,80})$")
_INLINE_PHOTO = re.compile(
    rf"^(?P<cap>.*[.!?…\"”»)])\s*(?P<credit>\(?{_CREDIT_WORD}(?:\s+by|\s*:)\s*[^.()!?]{{2,60}}\)?\.?)$"
)
_INLINE_TAIL = re.compile(r"^(?P<cap>.*[a-zа-яё\d\"”»)][.!?])\s+(?P<credit>[^.!?\s][^!?]{2,140})$")
_PRESS_SERVICE = re.compile(
    r"^\(?\s*(?P<who>[^()]{0,60}\b(?:press[ -]service|press office|press bureau|press secretariat|media office"
    r"|media unit|press unit|media division|press division"
    r"|communications? office"
    r"|information office|photo service|пресс-служб\w*|баспасөз қызметі)\b[^()]{0,60})\)?$",
    re.I,
)
_SLASH_PART = r"[A-ZА-ЯЁ][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}"
_SLASH_CREDIT = re.compile(rf"^(?P<who>{_SLASH_PART}(?:\s*/\s*{_SLASH_PART}){{1,3}})$")
_AGENCY_TOKEN = re.compile(
    r"(?<![\w.])[A-ZА-ЯЁ]{2,}(?![\w.])|\b(?:Photo|Images|Handout|Press Office|Press Service"
    r"|Pool|Archive|Agency)\b|(?:^|/)\s*[\w-]+\.[a-z]{2,6}\s*(?:/|$)"
)

_BYLINE_RE = re.compile(
    r"^(?P<label>Text|Writer|Written by|Author|Authors|Reporter|Reporting by|Report by|Story by|Words by"
    r"|Editor|Edited by|Editing by|Correspondent|Автор|Авторы|Текст|Редактор|Корреспондент|Авторы текста"
    r"|Мәтін|Автор материала)(?:(?<=by)\s+|\s*(?::|—|–|-)\s*)(?P<who>\S.{0,120})$",
    re.I,
)
_BY_RE = re.compile(
    r"^(?:By|От)\s+(?P<who>[A-ZА-ЯЁ][\w.'’-]*(?:[ ,]+(?:and|&|и|bin|ibn|al|el|von|van|der|den|de|da|di|du|dos|"
    r"del|della|la|le|ter|ten|ben|abu|[A-ZА-ЯЁ]"
    r"[\w.'’-]*)){0,6})(?:\s*[,|•·—–-]\s*(?:[A-ZА-ЯЁ\d][^.!?]{0,60})?)?$"
)
# "Ana Ruiz | Staff Writer", "Ana Ruiz, Diplomatic Correspondent": a name and the writer's post
STAFF_BYLINE = re.compile(r"^(?P<who>[A-Z][\w.'’-]*(?: (?:[a-z]{1,3} ){0,2}[A-Z][\w.'’-]*){1,3})\s*[|,–—-]\s*"
                           r"(?P<post>Staff\s+(?:Writer|Reporter|Correspondent)|(?:(?:Senior|Special|Foreign|"
                           r"Political|Diplomatic|Chief|Business|Economics|Our)\s+)?(?:Correspondent|Reporter|Writer|"
                           r"Editor)|Contributor|Contributing\s+Writer)$")
# "Ana Ruiz, Lisbon": a writer and the city the story is filed from (the city checked against the reference)
NAME_PLACE_BYLINE = re.compile(r"^(?P<who>[^\W\d_][^\W\d_'’-]+(?: [^\W\d_][^\W\d_'’-]+){1,2}),\s+"
                               r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$")
# the post a byline printed on two lines names under the writer ("Staff Writer", "Senior Correspondent")
_WRITER_POST = re.compile(r"(?:Staff\s+|Senior\s+|Special\s+|Foreign\s+|Political\s+|Diplomatic\s+|Chief\s+)?"
                          r"(?:Writer|Reporter|Correspondent)")
# a date line naming its writer: "Posted on October 30, 2031 by Ana Ruiz", "March 3, 2031, 10:15 by Ana Ruiz"
_POSTED_BY = re.compile(r"^(?:(?:posted|published|updated)(?:\s+on)?\s+(?P<date>[^\n]{6,40}?\d)|"
                        r"(?P<dated>(?:\d{1,2}[\s./-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)"
                        r"[^\n]{2,30}?(?:19|20)\d\d(?:,?\s+\d{1,2}:\d\d)?),?)\s+by\s+"
                        r"(?P<who>(?-i:[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,4}))$", re.I)
_GLUED_CREDIT = re.compile(rf"(?<=[.\w)])\s*(?=(?:{_CREDIT_WORD}|{_CREDIT_WORD_PL})\s*:)")

_DATE_LINE = re.compile(
    r"^(?:(?:published|(?:last\s+)?updated|posted|modified|date|опубликовано|обновлено|дата|жарияланды)"
    r"(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:"
    rf"(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})\.?(?:,?\s+(?:19|20)\d\d)?(?:\s*г\.?)?"
    # "dd.mm.yyyy." with a final dot, and "d. m. yyyy" spaced, as Central European pages print them
    r"|\d{1,2}(?:[./]|\.\s)\d{1,2}(?:[./]|\.\s)(?:19|20)?\d\d\.?"
    r"|(?:19|20)\d\d-\d\d-\d\d"
    r"|(?:today|yesterday|сегодня|вчера)"
    r")"
    r"(?:\s*(?:,|at|в|\||-|—|–)?\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d\d)?)?\)?)?)?\.?$",
    re.I,
)
_PLACE_DATE = re.compile(r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2},\s+"
                         r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?\.?$")
# a numeric date line, after a document label, with a time: "press release 14.10.2026 16.45" (case-folded)
_RELEASE_DATE = re.compile(r"^(?:(?:press\s+release|news|statement|release)\s+)?(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./]"
                           r"(?:19|20)\d\d\.?(?:\s+\d{1,2}[.:]\d\d)?$")
_BRAND = re.compile(r"^[a-z]{1,4}[A-Z][a-zA-Z]+(?:\.[a-z]{2,6})?$")
_SPACED_DATE = re.compile(r"^(?P<d>\d{1,2})\. (?P<m>\d{1,2})\. (?:19|20)\d\d$")
# "18.03 | 21:05", "01.09 14:26", "08.04 09:14 GMT": day and month without a year, then a time
_DAY_MONTH_TIME = re.compile(
    r"^(?:(?:published|(?:last\s+)?updated|posted)\s*:?\s*)?(?P<d>\d{1,2})[./](?P<m>\d{1,2})\.?"
    r"\s*(?:,|\||-|—|–)?\s*\d{1,2}:\d\d(?:\s*\(?[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d\d)?)?\)?)?$",
    re.I,
)
# one segment of a metadata row ("Source: Agency | 08.04 09:14 GMT | 3 min read")
_SOURCE_SEGMENT = re.compile(r"^(?:source|via|источник|дереккөз)\s*:\s*\S.{0,40}$", re.I)
_TIME_ONLY = re.compile(
    r"^\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?$|^(?:(?:updated|posted|published)\s*:?\s*)?"
    r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$"
    r"|^\d+\s+(?:минут\w*|час\w*|дн\w*|секунд\w*)\s+назад$",
    re.I,
)
_READ_TIME = re.compile(
    r"^(?:\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?\.?)\s*(?:read|reading|чтения|на чтение)"
    r"|(?:reading time|время чтения)\s*:?.*)$",
    re.I,
)
_COUNTER = re.compile(
    r"^(?:[\d\s.,]+[KkMmКкМм]?|\d+\s*(?:views?|comments?|просмотр\w*|комментари\w*|likes?"
    r"|shares?|reads?)|[👁💬❤♥]\ufe0f?\s*\d+"
    r"|(?:views?|comments?|просмотр\w*|комментари\w*|likes?|shares?|reads?)\s*:?\s*\d[\d\s.,]*[KkMmКкМм]?)$"
)
_YEAR_LINE = re.compile(r"^(?:19|20)\d\d$")
_MONTH_LINE = re.compile(rf"^(?:{_MONTH_ALT})\.?(?:\s+(?:19|20)\d\d)?$", re.I)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,6}/?$", re.I)
_CSS_TOKEN = re.compile(r"^[a-z]+(?:[-_][a-z]+)+$")
_PLACEHOLDER = re.compile(r"^[a-z]{1,4}$")
_SOCIAL = re.compile(
    r"^(?:join|subscribe|follow|подписывайтесь|подпишитесь|присоединяйтесь|читайте нас)\b.{0,60}"
    r"\b(?:telegram|whatsapp|channel|newsletter|facebook|instagram|twitter|youtube|vk|viber"
    r"|телеграм\w*|канал\w*|соцсет\w*|дзен|threads|tiktok)\b.{0,40}$",
    re.I,
)
# weather and exchange-rate widgets: "City +24°C  USD 87.45  EUR 101.90"
_TEMPERATURE = re.compile(r"(?<![\w.])[+\-−]?\d{1,2}(?:[.,]\d)?\s*°\s*[CF]?(?!\w)")
# "USD 87.45", "MNT/USD 3,412.50", "$9,870/t": a rate or price, thousands separated or not, per unit
# (a currency by its code, or by a dollar sign and its country's letters: "N$/US$ 18.10")
_CUR = r"(?:[A-Z]{1,3}\$|[A-Z]{3})"
_RATE = re.compile(rf"(?<![\w])(?:(?:{_CUR}/)?{_CUR}|[$€£¥₽])\s*:?\s*"
                   r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:/[a-z]{1,3})?(?![\w])")
# one exchange rate alone on its line, named by its currency pair ("BWP/USD 0.0741", "EUR/USD: 1.08 ▲0.2%")
_PAIR_RATE = re.compile(rf"{_CUR}/{_CUR}\s*:?\s*\d[\d.,]*(?:\s*[▲▼△▽↑↓+\-−]?\s*\d[\d.,]*\s*%?)?")
_WIDGET_MARKS = str.maketrans(dict.fromkeys("|▲▼△▽↑↓", " "))  # separators and up/down arrows
# a weather widget's conditions ("City -6°C Light snow")
_WEATHER = frozenset(
    (
        "snow", "rain", "showers", "cloudy", "clouds", "sunny", "clear", "fog", "mist", "drizzle", "sleet", "storm",
        "thunderstorm", "overcast", "windy", "wind", "light", "heavy", "partly", "mostly",
        "снег", "дождь", "облачно", "ясно", "туман", "пасмурно", "небольшой",
    )
)
_AD_MARKER = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|реклама|жарнама)\b\s*(?:[·•|:–—-]\s*)?"
    r"(?:scroll (?:down )?to continue(?: reading)?|continue reading below|story continues below)?\W*$",
    re.I,
)
# site boilerplate written as sentences: newsletter blurbs, aggregator notices, comment prompts
_BOILER_PROSE = re.compile(
    r"\bsubscrib\w*\b.{0,80}\b(?:newsletter|inbox|digest)\b"
    r"|\bnewsletter\b.{0,80}\b(?:inbox|every (?:morning|evening|day|week))"
    r"|\b(?:get|receive)\b.{0,40}\b(?:news|stories|headlines)\b.{0,30}"
    r"\b(?:every (?:morning|evening|day)|delivered|inbox)"
    r"|\bby (?:subscribing|signing up|registering)\b.{0,40}\bagree|\bproperty of (?:its|their) respective owners\b"
    r"|\baggregates? (?:news|content|stories|articles)\b|\b(?:there are )?no comments yet\b"
    r"|\bbe the first to comment\b|\byou must be logged in to (?:comment|post)\b",
    re.I,
)
# a paywall or subscription prompt in the page chrome ("Subscribe for $1 a week", "Get unlimited access")
_PAYWALL = re.compile(
    r"^(?:subscribe\b|(?:become|join as) an? (?:member|subscriber)\b|(?:get|unlock) (?:unlimited|full|digital"
    r"|premium) access\b|start (?:your )?free trial\b|already (?:a subscriber|subscribed)\b)",
    re.I,
)
# "ABBR - Full Name": a site header naming the outlet twice; the full name holds a media word
_SITE_PAIR = re.compile(r"^(?P<short>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&.-]{1,9})\s+[-–—|:]\s+(?P<full>\S.{2,60})$")
_MEDIA_WORDS = frozenset(
    [
        "agency",
        "press",
        "news",
        "times",
        "post",
        "daily",
        "herald",
        "tribune",
        "courier",
        "wire",
        "gazette",
        "journal",
        "telegraph",
        "observer",
        "broadcasting",
        "radio",
        "television",
        "tv",
        "media",
        "network",
        "agencja",
        "prasowa",
        "агентство",
        "новости",
    ]
)
_BOILER_KEYS = ("subscrib", "newsletter", "inbox", "owners", "aggregat", "comment", "logged in")
_COURSE = re.compile(r"\bcourse (?:up|down)\b|[↑↓▲▼]", re.I)
_NUM_TOKEN = re.compile(r"^[+-]?\d[\d.,%]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”»’)]*$")
_SENTENCE_BOUNDARY = re.compile(r"[a-zа-яё\d\"”»)]{2}[.!?]\s+[\"“«]?[A-ZА-ЯЁ]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GLUED_HEADING = re.compile(
    r"^(?P<para>.*[.!?…\"”»)])\s+(?P<head>(?:[IVX]{1,5}|\d{1,2})[.)]\s+[A-ZА-ЯЁ][^.!?:;]{2,150}?)$"
)
# comparison key of a paragraph: case-folded, without spaces and edge punctuation
_KEY_TRIM = " \t.,;:!?…'\"“”«»‘’()-–—"


def _core(text: str) -> str:
    """The line without list bullets and trailing colon, case-folded: the chrome lookup key."""
    return text.lstrip(_BULLETS + " ").rstrip(" :.…").casefold()


def _is_credit_who(who: str) -> bool:
    """A credit body is short and not a sentence."""
    w = who.split()
    return 0 < len(w) <= 12 and not _SENTENCE_BOUNDARY.search(who)


def credit_kind(text: str) -> str | None:
    """'credit' for a per-photo credit line, 'general' for an all-photos credit, else None."""
    if len(text) > 140:
        return None
    if _GENERAL_CREDIT_RE.match(text):
        return "general"
    m = _CREDIT_RE.match(text)
    if m and _is_credit_who(m.group("who")):
        return "credit"
    m = _COPYRIGHT_RE.match(text)
    if m and not _COPYRIGHT_FOOTER.search(text) and _is_credit_who(m.group("who")):
        return "credit"
    low = text.casefold()
    if ("press" in low or "office" in low or "media" in low or "photo service" in low or "пресс" in low
            or "баспасөз" in low) and \
            text.count(" ") <= 7:
        m = _PRESS_SERVICE.match(text)
        if m and not _SENTENCE_END.search(text.rstrip(")")):
            return "credit"
    if "/" in text and len(text.split()) <= 10:
        m = _SLASH_CREDIT.match(text)
        parts = text.split("/")
        if (
            m
            and _AGENCY_TOKEN.search(text)
            and (len(parts) >= 3 or any(len(p.split()) >= 2 or "." in p for p in parts))
        ):
            return "credit"
        if len(parts) == 2 and _name_slash_agency(text.strip().removeprefix("(").removesuffix(")")):
            return "credit"
    return None


# a capitalised name word in any alphabet ("Sofía", "Larrañaga", "Ерлан", "Abu-Bakr")
_NAME_WORD = re.compile(r"^(?=[^\W\d_])[^\W\d_a-zа-яё](?:[^\W\d_]|['’])+(?:-[^\W\d_](?:[^\W\d_]|['’])*)?$")
_AGENCY_WORD = re.compile(r"^[A-ZА-ЯЁ][\w&'’.-]{1,24}$")
# words of titles, offices and regions: "Prime Minister/President", "Central Asia/Europe" are no credits
_NOT_NAME_WORDS = frozenset(
    [
        "prime",
        "minister",
        "president",
        "vice",
        "deputy",
        "foreign",
        "affairs",
        "ministry",
        "state",
        "secretary",
        "general",
        "chief",
        "head",
        "national",
        "central",
        "north",
        "south",
        "east",
        "west",
        "middle",
        "eastern",
        "western",
        "northern",
        "southern",
        "asia",
        "europe",
        "africa",
        "america",
        "pacific",
        "union",
        "united",
        "kingdom",
        "republic",
        "federal",
        "government",
        "office",
        "press",
        "news",
        "agency",
        "photo",
        "image",
        "images",
        "service",
        "archive",
        "pool",
        "handout",
        "staff",
    ]
)


def _name_slash_agency(text: str) -> bool:
    """ "Firstname Lastname/Agency" or "Agency/Firstname Lastname" on a line of its own: one side a
    person's name (two or three capitalised words), the other a single capitalised word."""
    parts = [p.strip() for p in text.split("/")]
    if len(parts) != 2:
        return False
    for person, agency in (parts, parts[::-1]):
        words = person.split()
        if (
            2 <= len(words) <= 3
            and all(_NAME_WORD.match(w) and not w[1:].isupper() and w.casefold() not in _NOT_NAME_WORDS
                    for w in words)
            and _AGENCY_WORD.match(agency)
            and " " not in agency
        ):
            return True
    return False


def _inline_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a line ends with a photo credit, else None."""
    if "©" in text:
        m = _INLINE_COPYRIGHT.match(text)
        if m and _is_credit_who(m.group("credit")) and not _COPYRIGHT_FOOTER.search(m.group("credit")):
            return m.group("cap"), m.group("credit")
    if ("Photo" in text or "Фото" in text) and (m := _INLINE_PHOTO.match(text)):
        return m.group("cap"), m.group("credit")
    if (
        "/" in text
        and (m := _INLINE_TAIL.match(text))
        and "/" in m.group("credit")
        and credit_kind(m.group("credit")) == "credit"
    ):
        return m.group("cap"), m.group("credit")
    return None


def _byline(text: str) -> str | None:
    """The byline as written ("Writer: X", "By X") when the line is one, else None."""
    core = text.lstrip(_BULLETS + " ")
    if core[:1] == "(" and core[-1:] == ")" and _BYLINE_RE.match(core[1:-1].strip()):
        core = core[1:-1].strip()  # "(Reporting by Ana Ruiz; Editing by Lars Holm)" closing a wire story
    m = _BYLINE_RE.match(core)
    if m and len(m.group("who").split()) <= 12 and not _SENTENCE_BOUNDARY.search(m.group("who")):
        return core.rstrip(" .") if not core.endswith(("Jr.", "Sr.")) else core
    m = _BY_RE.match(core)
    if m and len(core) <= 120:
        return core
    if (" by " in core or " By " in core or " BY " in core) and (m := _POSTED_BY.match(core)) and (
            m.group("dated") is None or _only_date_words(m.group("dated"))):
        return core  # "Posted on October 30, 2026 by Ana Ruiz"
    if STAFF_BYLINE.match(core):
        return core  # "Ana Ruiz | Staff Writer"
    return None


_DATE_WORDS = frozenset(w[:3] for w in (*MONTH_NUMBERS, *WEEKDAYS))


def _only_date_words(text: str) -> bool:
    """Nothing but a date and a time: every word of three letters or more a month's or a weekday's."""
    return all(w.casefold()[:3] in _DATE_WORDS for w in re.findall(r"[^\W\d_]{3,}", text))


def _is_numeric_row(text: str) -> bool:
    toks = text.split()
    if len(toks) < 2:
        return False
    nums = sum(1 for t in toks if _NUM_TOKEN.match(t))
    return nums == len(toks) or (nums / len(toks) >= 0.6 and not _WORD.search(text.replace("course", "")))


def _all_in(text: str, vocab: frozenset[str]) -> bool:
    toks = _core(text).replace(",", " ").replace("|", " ").replace(":", " ").split()
    return len(toks) >= 2 and all(t in vocab for t in toks)


_HAS_DIGIT = re.compile(r"\d").search
_RELATED_PREFIXES = (
    "read also:",
    "also read:",
    "read more:",
    "see also:",
    "читайте также:",
    "читайте также ",
    "по теме:",
)

# line kinds
BLANK, TEXT, CHROME, NAV, CAL, SITE, SHARE, RELATED, FOOTER, HARDFOOT, BYLINE, DATE, CREDIT, GENERAL = (
    "blank",
    "text",
    "chrome",
    "nav",
    "calendar",
    "site",
    "share",
    "related",
    "footer",
    "hardfoot",
    "byline",
    "date",
    "credit",
    "general",
)


_WEEKDAY_ROW = re.compile(r"(?:(?:mon?|tue?|we[d]?|thu?|fri?|sat?|sun?|пн|вт|ср|чт|пт|сб|вс|дс|сс|бс|жм|сн|жс)"
                          r"\.?(?: |$)){5,7}$")


def _classify(text: str) -> str:
    """The kind of one whitespace-normalised line, without context (cheap tests first)."""
    # Site chrome (calendar numbers, share buttons, footers) recurs from text to text: short lines
    # are remembered; long ones are prose, decided quickly and rarely seen twice.
    return _classify_line(text) if len(text) > 160 else _classify_short(text)


def _classify_line(text: str) -> str:
    if not text:
        return BLANK
    core = _core(text)
    if not core:
        return CHROME  # bullets or punctuation only
    if core in _HARD_FOOTER or (core[-1:] in ")]" and _COUNTED_FOOTER.match(core)):
        return HARDFOOT
    if core in _RELATED or core.startswith(_RELATED_PREFIXES):
        return RELATED
    if core.startswith("more from ") and len(core) <= 40 and not _SENTENCE_END.search(text):
        return RELATED  # "More from Asia"
    if core.startswith(("also in ", "more in ")) and _SECTION_LINK.fullmatch(text.strip()):
        return RELATED  # "Also in Sport", "More in World News": not "Also in attendance:", "More in common ..."
    if "cookie" in core and len(text) <= 400 and _COOKIE.search(core):
        return CHROME
    if (
        len(text) <= 300
        and (core.startswith(("©", "(c)", "copyright")) or "rights reserved" in core)
        and _COPYRIGHT_FOOTER.search(text)
    ):
        return FOOTER  # "© Outlet, 2026. Use of materials ... with a reference to the source."
    if len(text) <= 300 and any(k in core for k in _BOILER_KEYS) and _BOILER_PROSE.search(text):
        return CHROME
    spaces = text.count(" ")
    if len(text) > 160 or (spaces >= 12 and text[-1] in '.!?…"”»'):
        return TEXT  # prose: none of the chrome shapes below is this long
    if core in _NAV:
        return NAV
    if spaces <= 10 and ("|" in text or "/" in text) and _language_row(text):
        return NAV
    if 3 <= spaces <= 12 and _section_row(text):
        return NAV
    if core in _SHARE or (spaces <= 8 and _all_in(text, _SHARE)):
        return SHARE
    if core in _FOOTER or (spaces <= 8 and _all_in(text, _FOOTER_WORDS)):
        return FOOTER
    if ("©" in text or "right" in core or "прав" in core) and _COPYRIGHT_FOOTER.search(text):
        return FOOTER
    if 4 <= spaces <= 6 and _WEEKDAY_ROW.match(core):
        return CAL  # a calendar widget's header row: "Mo Tu We Th Fr Sa Su"
    has_digit = _HAS_DIGIT(text) is not None
    if spaces <= 2 and (_MONTH_LINE.match(core) or (has_digit and _YEAR_LINE.match(core))):
        return CAL
    if has_digit:
        if spaces == 2 and (m := _SPACED_DATE.match(core)) and _day_month_ok(m):
            return DATE  # "6. 10. 2026"
        if spaces <= 4 and (m := _RELEASE_DATE.match(core)) and _day_month_ok(m):
            return DATE  # "Press release 14.10.2026 16.45", "02.11.2026"
        if _COUNTER.match(core) or _TIME_ONLY.match(core) or _READ_TIME.match(core):
            return CHROME
        if _is_numeric_row(text) or ("course" in core and _COURSE.search(text)):
            return CAL if all(_NUM_TOKEN.match(t) for t in text.split()) else CHROME
        if spaces <= 14 and _widget_row(text):
            return CHROME
        if _DAY_MONTH_TIME.match(core) and _day_month_ok(_DAY_MONTH_TIME.match(core)):
            return DATE
        if ("|" in text or "·" in text or "•" in text) and _meta_row(text):
            return DATE
    if spaces == 0 and "." in core and _DOMAIN.match(core):
        return SITE
    if spaces <= 5 and _AD_MARKER.match(core):
        return CHROME
    if spaces <= 10 and _PAYWALL.match(core) and not _SENTENCE_BOUNDARY.search(text):
        return CHROME
    if spaces <= 1 and (_PLACEHOLDER.match(text) or core in _PLACEHOLDERS or _CSS_TOKEN.match(text)):
        return CHROME
    if spaces <= 14 and _SOCIAL.match(core):
        return CHROME
    if spaces <= 8 and _DATE_LINE.match(core):
        return DATE
    kind = credit_kind(text)
    if kind == "credit":
        return CREDIT
    if kind == "general":
        return GENERAL
    if _byline(text) is not None:
        return BYLINE
    if " > " in text or " » " in text or " › " in text:
        parts = re.split(r"\s+[>»›]\s+", text)
        if len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts):
            return NAV  # breadcrumbs
    if " / " in text and not has_digit and _slash_breadcrumb(text, 1):
        return NAV  # "Asia / Pakistan"
    return TEXT


def _day_month_ok(m: re.Match[str]) -> bool:
    return 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12


def _widget_row(text: str) -> bool:
    """A weather / exchange-rate widget: a temperature and rates ("City +24°C USD 87.45 EUR 101.90")."""
    if _PAIR_RATE.fullmatch(text.strip()):
        return True
    temps = len(_TEMPERATURE.findall(text))
    rates = len(_RATE.findall(text))
    if temps + rates < 2 and not (temps and len(text.split()) <= 4):
        return False
    # what is left besides the readings: at most a city name or two
    rest = _RATE.sub(" ", _TEMPERATURE.sub(" ", text)).translate(_WIDGET_MARKS).split()
    # ("Kampong Cham 33°C | Ban Lung 29°C": a city of two words to each temperature, in a row split by bars)
    return len(rest) <= max(3, rates - 1, 2 * temps if "|" in text else 0) and all(
        w[:1].isupper() or not w[:1].isalpha() or (temps and w.casefold() in _WEATHER) for w in rest
    )


def _meta_row(text: str) -> bool:
    """A row of article metadata: a date plus times, read time, counters or a source, split by pipes
    (or the middle dots some sites print: "November 12 · 4 min read")."""
    parts = [p.strip() for p in re.split(r"[|·•]", text) if p.strip()]
    if not 2 <= len(parts) <= 5:
        return False
    dated = False
    for i, p in enumerate(parts):
        core = _core(p)
        if _DATE_LINE.match(core) or ((m := _DAY_MONTH_TIME.match(core)) and _day_month_ok(m)):
            dated = True
        elif not (_TIME_ONLY.match(core) or _READ_TIME.match(core) or _COUNTER.match(core) or _SOURCE_SEGMENT.match(p)
                  or _HIJRI_DATE.match(core) or (i == 0 and _SECTION_SEGMENT.match(p))):
            return False
    return dated


# The Hijri date a Gulf page prints beside the Gregorian one ("Rajab 12, 1446", "3 Rabi al-Awwal 1445 AH")
_HIJRI_MONTH = (r"(?:muharram|safar|rabi['’]?\s*(?:al-|ul-|al\s+)?(?:awwal|thani|akhir|i{1,2})|"
                r"jumad[ae]\s*(?:al-|ul-|al\s+)?(?:ula|awwal|akhirah?|thani|i{1,2})|rajab|sha['’]?ban|rama[dz]an|"
                r"shawwal|dhu['’-]?\s*al[-\s]?(?:qa['’]?dah|qi['’]?dah|hijjah))")
_HIJRI_DATE = re.compile(rf"^(?:\d{{1,2}}\s+{_HIJRI_MONTH}|{_HIJRI_MONTH}\s+\d{{1,2}}),?\s+1[34]\d\d(?:\s*a\.?h)?$")
# the section a metadata row opens with ("Economy | 17.09.2025 11:20 | Source: Agency")
_SECTION_SEGMENT = re.compile(r"^[^\W\d_][\w&'’-]*(?: [^\W\d_][\w&'’-]*){0,2}$")


def _slash_breadcrumb(text: str, max_words: int = 3) -> bool:
    """Section path "Asia / Pakistan", "World / Middle East": short capitalised parts, no sentence.

    Parts of one word make a breadcrumb anywhere; longer parts ("Agency / Ann Lee" could be a credit)
    only right above the headline.
    """
    if len(text) > 80 or _SENTENCE_END.search(text) or _HAS_DIGIT(text):
        return False
    parts = text.split(" / ")
    if parts[0].casefold() in ("home", "main", "start"):
        max_words = max(max_words, 3)  # "Home / Media / Press Releases": a path from the home page
    return 2 <= len(parts) <= 5 and all(
        1 <= len(p.split()) <= max_words
        and p[:1].isupper()
        and all(w[:1].isupper() or w in _NAME_LINKS for w in p.split())
        for p in parts
    )


_classify_short = lru_cache(maxsize=32768)(_classify_line)


def _headline_shaped(text: str) -> bool:
    """A title: short, no final period, a single sentence, starting like a headline."""
    words = text.split()
    if not 2 <= len(words) <= 30 or len(text) > 250:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    if _SENTENCE_BOUNDARY.search(text):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "\"“«'‘"


_NAV_SPLIT = re.compile(r"\s*[|•·]\s*|\s{2,}")
_NAV_ITEM = re.compile(r"^[^\W\d_][\w&'’.+-]*(?: [\w&'’.+-]+){0,2}$")
_NAME_LINKS = frozenset(["of", "the", "and", "&", "de", "la", "du", "des", "der", "für", "for", "on", "in"])


def _nav_row(line: str) -> list[str] | None:
    """The items of a navigation bar ("Home | Politics | World", "News  Politics  Business"), else None.

    Items are separated by pipes/bullets or by runs of spaces; each is one to three words starting
    with a capital. Two items make a bar only when both are navigation words ("Sign in  Subscribe").
    """
    s = line.strip()
    if len(s) > 200 or ("|" not in s and "  " not in s and "•" not in s and "·" not in s):
        return None
    items = [p for p in _NAV_SPLIT.split(s) if p]
    counters = [p for p in items if _COUNTER.match(_core(p))]
    if counters:
        # "27 comments   Show comments": a counter beside a navigation command
        rest = [p for p in items if p not in counters]
        return items if rest and all(_core(p) in _NAV or _core(p) in _SHARE for p in rest) else None
    if len(items) < 2 or not all(_NAV_ITEM.match(p) and p[0].isupper() for p in items):
        return None
    if len(items) == 2 and not all(p.casefold() in _NAV or p.casefold() in _SHARE for p in items):
        return None
    return items


def _site_pair(text: str) -> str | None:
    """The short form of a site header "ABBR - Full Name" ("WNA - World News Agency"), else None."""
    m = _SITE_PAIR.match(text)
    if not m or not _site_shaped(m.group("full")):
        return None
    if not any(w.casefold() in _MEDIA_WORDS for w in m.group("full").split()):
        return None
    return m.group("short").rstrip(".")


def _site_shaped(text: str) -> bool:
    """A site name: one to six capitalised words ("Daily Courier", "NEWS WIRE"), no sentence, no date."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or _SENTENCE_END.search(text) or _HAS_DIGIT(text):
        return False
    caps = 0
    for w in words:
        if w.casefold() in _NAME_LINKS:
            continue
        if not (w[0].isupper() and all(c.isalpha() or c in "&'’.-" for c in w)):
            return False
        caps += 1
    return caps > 0 and words[0].casefold() not in _NAME_LINKS - {"the"}


_MINISTRY_NAME = re.compile(r"(?:Ministry|Department|Office)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w'’-]*){0,7}")


def _ministry_name(text: str) -> bool:
    """A ministry's full name heading its site, longer than a site name ("Ministry of Foreign Affairs and
    Foreign Trade")."""
    return len(text) <= 80 and _MINISTRY_NAME.fullmatch(text) is not None


def _short_label(text: str, max_words: int = 3) -> bool:
    return len(text.split()) <= max_words and not _SENTENCE_END.search(text) and not text[:1].isdigit()


def _prose(text: str) -> bool:
    return text.count(" ") >= 5 and bool(_SENTENCE_END.search(text))


def _key(text: str) -> str:
    return "".join(text.casefold().split()).strip(_KEY_TRIM)


@dataclass(slots=True)
class _Line:
    no: int
    raw: str
    text: str
    kind: str
    drop: str = ""  # why the line left the body: header | removed | credit | general | byline


@dataclass(slots=True)
class _Para:
    text: str
    line: int  # index into the lines list
    caption_of: list[int] = field(default_factory=list)


_PRESS_OFFICE = re.compile(r"\b(?:Prensa|Press(?:\s+(?:Office|Service|Centre|Center))|Presse|Imprensa|Stampa|"
                           r"Newsroom|Media\s+(?:Centre|Center|Office))\b")


def _mark_header(lines: list[_Line], nav_items: set[str]) -> str | None:
    """Leading navigation / site name / calendar widget / section labels: mark them "header".

    Returns the site's name when the header prints one: the first site-shaped line of the header
    that is not a navigation item or section label (a one-word name only as the page's first line
    or in capitals), unless the header names the site by its domain.
    """
    anchors = (NAV, SITE, CAL)
    last = -1
    first = next((i for i, ln in enumerate(lines[:80]) if ln.kind != BLANK), -1)

    def label(i: int, ln: _Line) -> bool:
        return ln.kind == TEXT and (
            _short_label(ln.text) or (i == first and (_site_shaped(ln.text) or _site_pair(ln.text) is not None
                                                      or _ministry_name(ln.text)))
        )

    def tagline(i: int, ln: _Line) -> bool:
        # "Mongolia's business news in English" under the masthead, above the section menu
        if ln.kind != TEXT or len(ln.text.split()) > 10 or _SENTENCE_END.search(ln.text):
            return False
        # or under a masthead printing the site's domain ("Outlet.kz"), above a menu or its first item
        prev = next((m for m in reversed(lines[:i]) if m.kind != BLANK and not m.drop), None)
        nxt = next((m for m in lines[i + 1 : i + 4] if m.kind != BLANK and not m.drop), None)
        if prev is None or nxt is None:
            return False
        if prev.kind == SITE:
            return nxt.kind == NAV or (nxt.kind == TEXT and _short_label(nxt.text, 2))
        # or the institution under a state's name ("Kingdom of X" over "Ministry of Foreign Affairs"), above
        # a menu or a language switch
        return len(ln.text.split()) <= 8 and prev is lines[first] and label(first, prev) and (
            nxt.kind == NAV or (nxt.kind == TEXT and _language_row(nxt.text)))

    for i, ln in enumerate(lines[:80]):
        if ln.kind == BLANK or ln.drop:
            continue
        if ln.kind in anchors or (ln.kind == CHROME and ln.text.replace(" ", "").isdigit()) or (
                ln.kind == TEXT and "|" in ln.text and _language_row(ln.text)):
            last = i  # (a language switch "УКР | ENG | FRA" is the site's chrome too)
        elif ln.kind in (CHROME, SHARE) or label(i, ln) or tagline(i, ln):
            continue
        else:
            break
    # section labels (and the site name) between the site chrome and the headline ("World"); cookie
    # banners, a date line and a "read also" block may sit among them. A menu printed one item per
    # line may run longer, but only without blank lines between its items.
    labels: list[int] = []
    j = last + 1
    while j < len(lines) and (
        len(labels) <= 4
        or (len(labels) <= 14 and not any(lines[k].kind == BLANK for k in range(labels[0], labels[-1])))
    ):
        ln = lines[j]
        if ln.kind in (BLANK, CHROME, SHARE, NAV, DATE) or ln.drop:
            j += 1
            continue
        if label(j, ln):
            labels.append(j)
            j += 1
            continue
        break
    while j < len(lines) and lines[j].kind == BLANK:
        j += 1  # (a long one-item-a-line menu stops at the blank line after it, before the headline)
    if labels and j < len(lines) and (last >= 0 or len(labels) >= 2):
        nxt = lines[j]
        if nxt.kind == TEXT and _headline_shaped(nxt.text) and len(nxt.text.split()) >= 4:
            last = labels[-1]
    headline = _headline_by_its_byline(lines)
    if headline is not None and headline > last:
        last = headline - 1
    site = None
    domain = False
    for i, ln in enumerate(lines[: last + 1]):
        if ln.kind == BLANK or ln.kind in (DATE, BYLINE) or ln.drop:
            continue
        ln.drop = "header"
        domain = domain or ln.kind == SITE
        if site is None and ln.kind == TEXT and i == first and (pair := _site_pair(ln.text)) is not None:
            site = pair
        if site is None and i == first and _BRAND.match(ln.text):
            site = ln.text  # "allAfrica", "eKathimerini": a brand written in camel case
        if (
            site is None
            and ln.kind == TEXT
            and (_site_shaped(ln.text) or (i == first and _ministry_name(ln.text)))
            and ln.text.casefold() not in nav_items
            and _core(ln.text) not in _NAV
            and (i == first or len(ln.text.split()) >= 2 or (ln.text.isupper() and len(ln.text) >= 3))
        ):
            site = ln.text
            # "Government of X" over "Press Office": the press office under the site's name publishes
            nxt = next((m for m in lines[i + 1 : last + 1] if m.kind != BLANK), None)
            # or an agency's full name over its brand
            if nxt is not None and (
                (nxt.kind == TEXT and _site_shaped(nxt.text) and _PRESS_OFFICE.search(nxt.text)
                 and not _spells_out(site, nxt.text))
                or _brand_under_name(site, nxt, nav_items)
            ):
                site = nxt.text
    return None if domain else site


# the words of a news agency's full name ("Agencia Peruana de Noticias", "Bulgarian News Agency")
_AGENCY_WORDS = re.compile(r"\b(?:Agency|Agencia|Agência|Agence|Agenzia|Agentur|Ajansı)\b")
# words in capitals that head a page's sections or languages, not an agency's brand (besides the _NAV words)
_SECTION_WORDS = frozenset([
    "live", "opinion", "breaking", "world", "sports", "sport", "exclusive", "analysis", "video", "videos", "photos",
    "politics", "economy", "business", "español", "espanol", "français", "francais", "português", "portugues",
    "deutsch", "regional", "local", "international", "culture", "society",
])


def _brand_under_name(site: str, nxt: _Line, nav_items: set[str]) -> bool:
    """An agency's full name over its brand in capitals ("Agencia Peruana de Noticias" / "ANDINA"): the
    brand is the name it goes by."""
    brand = nxt.text
    return (
        nxt.kind == TEXT and len(brand) >= 3 and brand.isalpha() and brand.isupper()
        and (word := brand.casefold()) not in nav_items and word not in _SECTION_WORDS and word not in _NAV
        and country_by_name(brand) is None
        and len(site.split()) >= 2 and _AGENCY_WORDS.search(site) is not None
    )


def _spells_out(short: str, long: str) -> bool:
    """Whether ``long`` spells out an abbreviation of ``short`` ("PNA News" over "Presse Nationale Africaine"):
    the masthead's name, with its expansion printed under it."""
    initials = "".join(w[0] for w in long.split() if w[:1].isupper())
    return any(len(w) >= 2 and w.isupper() and w == initials for w in short.split())


def _headline_by_its_byline(lines: list[_Line]) -> int | None:
    """The headline of a page whose masthead and menus the header rules did not read: a
    headline-shaped line over its byline or date line, or under its date line, with nothing
    above it but short lines (site name, tagline, menu items, breadcrumbs). Else None."""
    prev = None
    for i, ln in enumerate(lines[:60]):
        if ln.kind == BLANK or ln.drop:
            continue
        if ln.kind == TEXT and len(ln.text.split()) >= 4 and _headline_shaped(ln.text):
            nxt = next((m for m in lines[i + 1 : i + 4] if m.kind != BLANK), None)
            if (nxt is not None and nxt.kind in (BYLINE, DATE)) or (prev is not None and prev.kind == DATE):
                return i
        if ln.kind == TEXT and (len(ln.text.split()) > 10 or _SENTENCE_END.search(ln.text)):
            return None  # prose before any headline: the page's top is not all chrome
        prev = ln
    return None


def _mark_source_under_title(lines: list[_Line], title: int, out_bylines: list[str]) -> None:
    """An aggregator prints the story's outlet on its own line under the headline, over the date or
    byline ("Zambia Daily Mail" / "26 September 2026" / "By X"): a source line."""
    nxt = [j for j in range(title + 1, min(title + 6, len(lines))) if lines[j].kind != BLANK][:2]
    if len(nxt) < 2:
        return
    src, after = lines[nxt[0]], lines[nxt[1]]
    if src.kind == TEXT and not src.drop and _site_shaped(src.text) and len(src.text.split()) >= 2 and \
            after.kind in (DATE, BYLINE):
        src.drop = "byline"
        # "Ana Ruiz" / "05/11/2026": a writer's name over the date is the byline, not an outlet
        out_bylines.append(f"{'By' if _writer_shaped(src.text) else 'Source:'} {src.text}")


# words no person's name holds: _MEDIA_WORDS, articles opening a paper's name ("Le Monde"), more words of
# newspapers' names ("Mmegi Online", "Ukrainska Pravda"), and of offices and buildings ("Elm Palace")
_NOT_WRITER_WORDS = _MEDIA_WORDS | frozenset({
    "the", "le", "la", "les", "el", "al", "der", "die", "das", "il", "de",
    "online", "today", "weekly", "digital", "magazine", "review", "report", "star", "standard", "nation", "mirror",
    "sun", "sunday", "voice", "monitor", "chronicle", "express", "independent", "guardian", "sentinel", "mail",
    "week", "bulletin", "insider", "globe", "era", "world", "evening", "morning", "business", "financial",
    "info", "live", "focus", "pravda", "welle", "gazeta", "noviny", "prensa", "latina", "zeitung", "tribuna",
    "diario", "vesti", "izvestia", "novosti", "haber", "jornal", "folha", "correio", "courrier", "nouvelles", "presse",
    "noticias", "notícias", "agencia", "agência", "stampa", "corriere", "repubblica", "dnevnik", "novine", "politika",
    "gazete", "shimbun", "ilbo", "tempo", "kompas", "akhbar", "watan", "khaleej", "insight",
    "centre", "center", "hotel", "minister", "prime", "president", "ministry", "government", "palace", "house",
})


def _writer_shaped(text: str) -> bool:
    """Two or three capitalised words, none in capitals, none of ``_NOT_WRITER_WORDS`` or a country's name: a
    person's name ("Ana Ruiz", "Mary O'Neill"), not an outlet's ("Zambia Daily Mail", "Le Monde")."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[0].isupper() and not w.isupper() for w in words) and not any(
        w.casefold() in _NOT_WRITER_WORDS or country_by_name(w) for w in words)


def _mark_place_bylines(lines: list[_Line]) -> None:
    """"Ana Ruiz, Lisbon" alone on a line at the page's top: the writer and the city the story is filed from
    (a known city, after a person-shaped name: not "Elm Palace, Lisbon" or "Prime Minister, Lisbon")."""
    for ln in lines[:80]:
        if ln.kind == TEXT and "," in ln.text and (m := NAME_PLACE_BYLINE.match(ln.text)) and _writer_shaped(
                m.group("who")) and country_by_city(m.group("place")) is not None:
            ln.kind = BYLINE


_PRIVACY_HEADING = re.compile(r"(?i)\b(?:privacy|cookies?|consent|your (?:data|choices))\b")


def _mark_cookie_headings(lines: list[_Line]) -> None:
    """A cookie banner's heading ("Your privacy matters") over its text: chrome like the banner."""
    prev = None
    for ln in lines[:80]:
        if ln.kind == BLANK:
            continue
        if ln.kind == CHROME and prev is not None and prev.kind == TEXT and len(prev.text.split()) <= 6 and \
                _PRIVACY_HEADING.search(prev.text) and "cookie" in ln.text.casefold() and \
                _COOKIE.search(_core(ln.text)):
            prev.kind = CHROME
        prev = ln


def _join_staff_bylines(lines: list[_Line]) -> None:
    """A byline printed on two lines, the name over the writer's post ("ANA RUIZ" / "Staff Writer"):
    one byline line, the post line chrome of its block."""
    for ln, nxt in itertools.pairwise(lines[:80]):  # (the page's top: a footer's "Name / Editor" is an imprint)
        if ln.kind == TEXT and nxt.kind == TEXT and len(ln.text) <= 60 and _WRITER_POST.fullmatch(nxt.text) and (
                STAFF_BYLINE.match(joined := f"{ln.text} | {nxt.text}")):
            ln.text, ln.kind = joined, BYLINE
            nxt.kind = CHROME


def _mark_bylines(lines: list[_Line], out_bylines: list[str]) -> None:
    """Byline blocks: the byline, then bullet lines, a repeated name, date and reading time."""
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        if ln.drop or ln.kind not in (BYLINE, DATE):
            i += 1
            continue
        ln.drop = "byline"
        name = ""
        if ln.kind == BYLINE:
            byl = _byline(ln.text) or ln.text
            out_bylines.append(byl)
            name = re.sub(r"^[^:]*:\s*|^By\s+", "", byl).casefold()
        else:
            out_bylines.append(ln.text.lstrip(_BULLETS + " "))
        j = i + 1
        while j < n and j <= i + 6:
            nxt = lines[j]
            if nxt.drop or nxt.kind == BLANK:
                break
            bulleted = nxt.raw.lstrip()[:1] in "•·▪●◦‣∙"
            if nxt.kind in (DATE, BYLINE):
                nxt.drop = "byline"
                out_bylines.append(_byline(nxt.text) or nxt.text.lstrip(_BULLETS + " "))
            elif (
                nxt.kind == CHROME
                or (name and nxt.text.casefold() == name)
                or (bulleted and len(nxt.text.split()) <= 6 and not _SENTENCE_END.search(nxt.text))
            ):
                nxt.drop = "removed"
            else:
                break
            j += 1
        i = j


def _mark_related(lines: list[_Line]) -> None:
    """A "read also" marker and the headline-shaped lines that follow it."""
    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.kind != RELATED or ln.drop:
            continue
        ln.drop = "removed"
        if ":" in ln.text.rstrip(": ") and len(ln.text.split()) > 2:
            continue  # "Read also: Headline" on one line
        j = i + 1
        taken = False
        while j < n:
            nxt = lines[j]
            if nxt.kind == BLANK or nxt.drop:
                if nxt.kind == BLANK and taken:
                    break  # the block is the run of headlines under its marker
                j += 1
                continue
            if nxt.kind in (CHROME, SHARE, DATE, SITE, NAV) or (
                nxt.kind == TEXT and len(nxt.text.split()) <= 20 and not _SENTENCE_END.search(nxt.text)
            ):
                nxt.drop = "removed"
                taken = taken or nxt.kind == TEXT
                j += 1
                continue
            break


def _mark_footer(lines: list[_Line]) -> None:
    """From the first footer widget with no prose after it (or a comment section) to the end."""
    n = len(lines)
    # article prose after line i (a comment section does not count)
    prose_after = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        ln = lines[i]
        if ln.kind == HARDFOOT:
            prose_after[i] = False
            continue
        prose_after[i] = prose_after[i + 1] or (ln.kind == TEXT and not ln.drop and _prose(ln.text))
    start = None
    for i, ln in enumerate(lines):
        if ln.kind == HARDFOOT and i >= n // 3:
            start = i
            break
        if ln.kind in (FOOTER, RELATED) and not prose_after[i + 1]:
            start = i
            break
    if start is None:
        return
    for ln in lines[start:]:
        if ln.drop or ln.kind in (BLANK, GENERAL):
            continue
        if ln.kind != CREDIT or _bare_copyright(ln.text):
            ln.drop = "removed"  # a bare "© Site" under the footer is the page's copyright
    # the site's name printed alone just above the footer ("Outlet")
    k = start - 1
    while k >= 0 and lines[k].kind == BLANK:
        k -= 1
    if (
        k >= 0
        and lines[k].kind == TEXT
        and not lines[k].drop
        and _short_label(lines[k].text, 2)
        and len(lines[k].text) <= 30
    ):
        lines[k].drop = "removed"


def _bare_copyright(text: str) -> bool:
    """A copyright notice: "© Name" with no photographer, agency part or photo word."""
    return bool(_COPYRIGHT_RE.match(text)) and "/" not in text and not re.search(r"(?i)photo|фото", text)


def _mark_placeholders(lines: list[_Line]) -> None:
    """Lone chrome-ish lines and the remaining simple chrome kinds."""
    for ln in lines:
        if ln.drop:
            continue
        if ln.kind in (CHROME, NAV, SHARE, CAL, SITE, FOOTER, HARDFOOT):
            ln.drop = "removed"


# The kind of document a government or company page labels above its headline
_DOC_TYPE = re.compile(r"(?:press\s+release|press\s+statement|news\s+release|media\s+release|news\s+story|"
                       r"statement|speech|communiqu[eé]|announcement|readout)(?:\s+(?:no\.?|nr\.?)\s*[\w/.-]+)?$",
                       re.I)

_DOC_NUMBER = re.compile(r"(?:no|nr|ref|reference|number)\.?\s*:?\s*[\w/.-]*\d[\w/.-]*$", re.I)


def _issuer_over_doc_type(lines: list[_Line], i: int) -> bool:
    """Line ``i`` names the issuer right above a document-type label ("Ministry of X" / "Press release")."""
    if len(lines[i].text.split()) > 8:
        return False
    # (over blank lines, and over one more short line of the issuer's: "GOVERNMENT OF X" / "Office of the
    # Spokesperson" / "" / "PRESS RELEASE")
    short = 0
    for nxt in lines[i + 1:i + 6]:
        if nxt.kind == BLANK:
            continue
        if nxt.kind != TEXT or nxt.drop:
            return False
        if _DOC_TYPE.match(nxt.text):
            return True
        short += 1
        if short > 1 or len(nxt.text.split()) > 8:
            return False
    return False


def _title_line(lines: list[_Line], i: int) -> bool:
    """Line ``i`` reads as the headline: headline-shaped, no photo credit in it, and text after it."""
    ln = lines[i]
    return ln.kind == TEXT and _headline_shaped(ln.text) and _inline_credit(ln.text) is None and any(
        not m.drop and m.kind == TEXT for m in lines[i + 1:])

def clean(text: str) -> Cleaned:
    """Split a scraped page into title, body, credits, bylines and dropped chrome."""
    if _has_any(text, _LINE_BREAK_CHARS):
        text = _LINE_BREAKS.sub("\n", text)
    text = unwrap(text)
    raw_lines = text.split("\n")
    # the regexes only where their characters occur: most texts have none
    if _has_any(text, _ODD_SPACE_CHARS):
        text = _ODD_SPACE.sub(" ", text)
    if _has_any(text, _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    text = _GLUED_INITIAL.sub(". ", text)  # "B.Surname" (the Mongolian way of writing a name) -> "B. Surname"
    spaced = text.split("\n")
    lines = []
    nav_items: set[str] = set()
    for i, (raw, line) in enumerate(zip(raw_lines, spaced, strict=True)):
        t = " ".join(line.split())
        kind = _classify(t)
        if kind == TEXT and (items := _nav_row(line)) is not None:
            kind = NAV
            if i < 80:
                nav_items.update(p.casefold() for p in items)
        lines.append(_Line(i + 1, raw, t, kind))
    _join_staff_bylines(lines)
    _mark_cookie_headings(lines)
    _mark_place_bylines(lines)

    general: list[str] = []
    bylines: list[str] = []
    # "Text: Name.Photos: A, B." — a byline glued to a general credit
    for ln in lines:
        if ln.kind in (TEXT, BYLINE) and ("hoto" in ln.text or "Фото" in ln.text) and ":" in ln.text:
            parts = _GLUED_CREDIT.split(ln.text, maxsplit=1)  # (the split point is before a "Photos:")
            if len(parts) == 2 and _byline(parts[0]) and credit_kind(parts[1]):
                ln.kind = BYLINE
                ln.drop = "byline"
                bylines.append((_byline(parts[0]) or parts[0]).rstrip(" ."))
                if credit_kind(parts[1]) == "general":
                    general.append(parts[1])
                else:
                    general.append(parts[1])  # a per-photo wording used for the whole article

    _mark_related(lines)
    site = _mark_header(lines, nav_items)
    _mark_bylines(lines, bylines)
    _mark_footer(lines)
    _mark_placeholders(lines)

    # title: the first headline-shaped content line after the header
    title = None

    crumb = None
    for i, ln in enumerate(lines):
        if ln.drop or ln.kind == BLANK:
            continue
        if crumb is None and ln.kind == TEXT and " / " in ln.text and _slash_breadcrumb(ln.text):
            crumb = ln  # "World / Middle East" above the headline
            continue
        if ln.kind == TEXT and _issuer_over_doc_type(lines, i):
            ln.drop = "removed"  # "Ministry of Foreign Affairs" over "Press release": who issued it
            continue
        if ln.kind == TEXT and (_DOC_TYPE.match(ln.text) or _DOC_NUMBER.match(ln.text)):
            ln.drop = "removed"  # "Press release", "No: 12/26"
            continue
        if ln.kind == TEXT and _PLACE_DATE.match(ln.text):
            # "Dublin, 22 September 2026": a press release's place and date, no title above it; a headline
            # may come under it, as a release printed from a PDF has it
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].kind != BLANK and not lines[j].drop), None)
            if nxt is not None and _title_line(lines, nxt):
                title = lines[nxt].text
                lines[nxt].drop = "title"
            break
        if _title_line(lines, i):
            title = ln.text
            ln.drop = "title"
            if crumb is not None:
                crumb.drop = "removed"
            _mark_source_under_title(lines, i, bylines)
        break

    # paragraphs, credits, duplicates
    paras: list[_Para] = []
    credits_raw: list[tuple[str, int, str, int | None]] = []  # text, line_no, caption, para index
    seen: dict[str, int] = {}
    prefixes: dict[str, str] = {}  # first 50 key characters -> key, to spot a cut-off repeat
    title_key = _key(title) if title else None
    last_content: tuple[str, int | None] | None = (title, None) if title else None
    removed: list[str] = []
    header: list[str] = []
    for i, ln in enumerate(lines):
        if ln.drop == "header":
            header.append(ln.text)
            continue
        if ln.drop == "title" or ln.kind == BLANK:
            continue
        if ln.drop == "byline":
            continue
        if ln.drop:
            removed.append(ln.text)
            continue
        if ln.kind == CREDIT:
            cap, pidx = last_content if last_content else ("", None)
            credits_raw.append((ln.text, ln.no, cap or "", pidx))
            last_content = ("", None)  # two credits in a row: the second has no caption of its own
            continue
        if ln.kind == GENERAL:
            general.append(ln.text)
            continue
        if ln.kind in (BYLINE, DATE):
            bylines.append(ln.text)
            continue
        body_text = ln.text
        inline = _inline_credit(body_text)
        if inline is not None:
            cap, credit = inline
            key = _key(cap)
            if key == title_key or key in seen:
                pidx = seen.get(key)
                credits_raw.append((credit, ln.no, cap, pidx))
                last_content = (cap, pidx)
                continue
            body_text = cap
        key = _key(body_text)
        if (
            (key == title_key and not paras)
            or (len(key) >= 30 and key in seen)
            or (len(key) >= 60 and _near_duplicate(key, prefixes.get(key[:50], "")))
        ):
            removed.append(ln.text)
            continue
        # a numbered section heading glued to the end of a paragraph
        m = _GLUED_HEADING.match(body_text) if not _SENTENCE_END.search(body_text) else None
        if m and _heading_like(m.group("head")):
            paras.append(_Para(m.group("para"), i))
            paras.append(_Para(m.group("head"), i))
        else:
            paras.append(_Para(body_text, i))
        pidx = len(paras) - 1
        seen.setdefault(key, len(paras) - 1 if m is None else len(paras) - 2)
        prefixes.setdefault(key[:50], key)
        if inline is not None:
            credits_raw.append((inline[1], ln.no, inline[0], pidx))
        last_content = (paras[-1].text, pidx)

    # assemble the body with spans
    starts: list[int] = []
    pos = 0
    for p in paras:
        starts.append(pos)
        pos += len(p.text) + 2
    body = "\n\n".join(p.text for p in paras)
    credits = []
    for text_, no, cap, pidx in credits_raw:
        span = None
        if pidx is not None and paras[pidx].text == cap:
            span = Span(starts[pidx], starts[pidx] + len(cap))
        credits.append(CreditLine(text_, no, cap, span))
    return Cleaned(
        body=body,
        title=title,
        credits=credits,
        general_credits=general,
        bylines=bylines,
        header=header,
        removed=removed,
        site=site,
    )


def _near_duplicate(a: str, b: str) -> bool:
    """Same paragraph up to a cut end: one key is a prefix of the other and covers most of it."""
    if not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) and len(short) >= 0.8 * len(long_)


def _heading_like(head: str) -> bool:
    words = [w for w in _WORD.findall(head) if len(w) > 3]
    if not words:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.5 and len(head.split()) <= 16
