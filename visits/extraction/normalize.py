"""Text and name normalisation shared by extraction and loading (no Django)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_APOSTROPHES = re.compile(r"[\u2019\u02bc\u2018`´]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DOUBLED = re.compile(r"(.)\1+")

# Transliteration pairs that name the same sound in Latin spellings of Cyrillic/Turkic names:
# Abdykyzy/Abdyqyzy (q/k), Nazharova/Nazarova (zh/z), Khan/Han (kh/h).
_FOLDS = (
    ("mp", "mb"),  # Greek μπ written "mp" or "mb": Lymperopoulos/Lymberopoulos
    ("kh", "h"),
    ("zh", "z"),
    ("q", "k"),
    ("dj", "j"),
    ("yu", "u"),
    ("ya", "a"),
    ("iy", "i"),
    ("y", "i"),
    ("w", "v"),
    ("ph", "f"),
    ("x", "ks"),
    ("c", "k"),
    ("j", "dz"),
)

# Arabic long vowels and ذ/ظ in English and French spellings (Saeed/Said, Mahmoud/Mahmood/Mahmud,
# Kadhim/Kazim), folded in words of five letters or more only: short East Asian names keep them apart
# (Lee/Li, Moon/Mun).
_LONG_WORD_FOLDS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("dh", "z"))
_LONG_WORD = 5

PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|uly|uli|kyzy|qyzy|kizi|oglu|ogly)$", re.I)


# Latin letters that Unicode does not decompose into a base letter and a mark, written in
# English-language copy as their usual ASCII spelling: Vietnamese đ, Danish/Norwegian æ and ø,
# Icelandic ð/þ, Polish ł, Turkish dotless ı, German ß, French œ, Maltese ħ, Sámi ŧ/ŋ.
_LATIN_LETTERS = str.maketrans({
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe",
    "ß": "ss", "ẞ": "Ss", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
    "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "Ng", "ƀ": "b", "ɨ": "i", "ʉ": "u", "ǥ": "g", "Ǥ": "G",
})


def strip_accents(s: str) -> str:
    """'Çelikoğlu' -> 'Celikoglu', 'Đặng' -> 'Dang', 'Sætre' -> 'Saetre' (combining marks and
    variation selectors removed; letters with a stroke or ligature spelt as English copy spells them)."""
    decomposed = unicodedata.normalize("NFKD", s.translate(_LATIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The exact match key of a name: accents stripped, case folded, punctuation to spaces.

    'Anna-Maria Kowalska' -> 'anna maria kowalska'; "Çelikoğlu’s" -> 'celikoglus'.
    """
    s = _APOSTROPHES.sub("", strip_accents(name).casefold())
    return " ".join(_NON_ALNUM.sub(" ", s).split())


# A word-initial "ye" before a consonant is the iotated E of Cyrillic spellings, written with or
# without the glide: Yerlan/Erlan, Yevgeny/Evgeny, Yelena/Elena.
_INITIAL_YE = re.compile(r"^ye(?=[^aeiouy])")
# "ow" before a consonant is the vowel of "ou": Rowshan/Roushan (a final "-ow" is the Russian "-ov":
# Gorbachow/Gorbachov, folded by w/v)
_OW_BEFORE_CONSONANT = re.compile(r"ow(?=[b-df-hj-np-tv-xz])")
# Slavic "c" is English "ts" (Tsvetanov/Cvetanov, Gatsov/Gacov; "tz" in older spellings), folded before
# c/k; not a word-initial "ts" before a vowel, which is Chinese (Tsang is no Kang), and "tts" is one
# sound (Watts/Wats)
_TS = re.compile(r"t?t[sz](?<!^ts)(?<!^tz)|^t[sz](?![aeiouy])")


@lru_cache(maxsize=65536)
def token_skeleton(token: str) -> str:
    """A coarse phonetic key of one name token, folding transliteration variants."""
    s = _INITIAL_YE.sub("e", token) if len(token) > 3 else token
    if "ts" in s or "tz" in s:
        s = _TS.sub("c", s)
    if len(s) >= _LONG_WORD:
        if "ow" in s:
            s = _OW_BEFORE_CONSONANT.sub("u", s)
        for a, b in _LONG_WORD_FOLDS:
            s = s.replace(a, b)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", s)


@lru_cache(maxsize=65536)
def name_skeleton(name: str) -> str:
    """The coarse key of a whole name: 'Assem Abdykyzy' and 'Asem Abdyqyzy' agree."""
    return " ".join(token_skeleton(t) for t in name_key(name).split())


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text.lower()``, kept for the last few texts: several stages search one body in lower case."""
    return text.lower()


def normalize_whitespace(s: str) -> str:
    return " ".join(s.split())


def normalize_dashes(s: str) -> str:
    return s.translate(_DASHES)


def matches_at(rx: re.Pattern, text: str, starts) -> Iterator[re.Match]:
    """The matches of ``rx`` anchored at these offsets, in order and not overlapping, as
    ``rx.finditer(text)`` would find them when every match begins at one of ``starts``."""
    pos = 0
    for at in sorted(starts):
        if at < pos:
            continue
        m = rx.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def space_before(text: str, i: int) -> int:
    """Where the run of white space that ends at ``i`` begins (``i`` itself when there is none)."""
    while i and text[i - 1].isspace():
        i -= 1
    return i
