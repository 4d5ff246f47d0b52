"""The speed-ups in extraction find exactly what the plain forms they replace would find."""

from __future__ import annotations

import bisect
import random
import re

import pytest

from visits.extraction import agreements, cleaning, dates, metadata, people, quotes, titles, visit

_SAMPLES = [
    "",
    "President Novak met the NATO Secretary General in 2019.\nThe 75th anniversary of ties, 1951-2026.",
    "x1999 2000x _2020 é2020 (2021) 12th anniversary x12th anniversary 1234th anniversary",
    "He said: «We agree». — said the Minister… Then?\r\nNext line\u2028para\x0bend. End.",
    "the EU-ASEAN talks; OSCE, UNESCO's chief; aNATO; NATO-led; U.S. and UAE; DPRKs",
    "Deputy Prime Minister and minister of foreign affairs; vice-president; Vice President; KING; ıntern",
    "2024-11-27 and 12024-1 and 2024-1x; Treaty TREATY treaty Treatment; MoU Mou MOU mou",
    "European Union and the European Union's Council; EuropeanUnion; -European Union; European Union-led",
]


@pytest.mark.parametrize("text", _SAMPLES)
def test_rewritten_patterns_match_their_plain_forms(text):
    plain = [
        (r"\b(?P<y>(?:19|20)\d\d)\b", 0, metadata._YEAR),
        (r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.I, metadata._ANNIVERSARY),
        (r"\d{4}-\d", 0, dates._ISO_ANCHOR),
        (r"[.!?…]+[\"”»’)]*(?=\s)|\n", 0, quotes._SENT_END),
        (r"(?<![\w\-])[A-Z]{2,}[a-z]{0,2}[A-Z]*(?![\w\-])", 0, people._ORG_ABBR_RE),
        (r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,3}", 0, agreements._CAP_RUN),
    ]
    for pattern, flags, fast in plain:
        expected = [(m.span(), m.groups()) for m in re.finditer(pattern, text, flags)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, pattern


_WORD_TEXTS = [*_SAMPLES, "AAA AA A_A -A A- AA-A aAAa NATO's NATO_ NATO² ²NATO NATO NATO", "U.S.U.S. U.S.. .U.S.", ""]


@pytest.mark.parametrize("text", _WORD_TEXTS)
def test_whole_word_spans(text):
    for name in ("European Union", "NATO", "U.S.", "AA", "A", ".", " ", "-A", "S. "):
        plain = re.compile(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])")
        assert people._whole_word_spans(name, text) == [m.span() for m in plain.finditer(text)], name


@pytest.mark.parametrize("text", _WORD_TEXTS)
def test_has_word(text):
    for name in ("European Union", "NATO", "U.S.", "AA", "A", ".", " ", "-A", "S. ", "", "A-", "_A"):
        plain = re.compile(r"\b" + re.escape(name) + r"\b")
        assert visit._has_word(name, text) == bool(plain.search(text)), name


@pytest.mark.parametrize("text", _SAMPLES)
def test_match_head_is_head_re(text):
    for pos in range(len(text) + 1):
        m, fast = titles.HEAD_RE.match(text, pos), titles.match_head(text, pos)
        assert (m and m.span()) == (fast and fast.span()), pos


def test_noun_stems_cover_every_opening():
    for lit in agreements._NOUN_LITERALS:
        assert any(lit.lower().startswith(stem) for stem in agreements._NOUN_STEMS), lit


@pytest.mark.parametrize("text", _SAMPLES)
def test_noun_positions(text):
    expected = set()
    for lit in agreements._NOUN_LITERALS:
        expected |= {m.start() for m in re.finditer(re.escape(lit), text)
                     if agreements._NOUN_FAST.match(text, m.start())}
    assert set(agreements._noun_positions(text)) == expected


def test_character_sets_of_the_space_patterns():
    every = "".join(map(chr, range(0x10000)))
    assert cleaning._ODD_SPACE.findall(every) == re.findall("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", every)
    assert cleaning._ZERO_WIDTH.findall(every) == re.findall("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", every)
    assert sorted(cleaning._LINE_BREAK_CHARS) == sorted("\r\u2028\u2029\x85\x0b\x0c")


def test_phrases_is_phrase_finditer():
    rng = random.Random(0)
    words = ["the", "a", "20", "two", "bilateral", "inter-governmental", "EU-agreement", "Joint", "new", "agreement",
             "agreements", "memorandum", "Treaty", "-", "\n", "of", "and", "plans of action", "joint  statement",
             "aGrEeMeNt", "road map", "_", "12345", "signed", "Tashkent-based"]
    texts = [*_SAMPLES, "The two sides signed 12 new bilateral intergovernmental agreements and a memorandum."]
    seps = [" ", "  ", "-", "", "\t", ", "]
    texts += ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 25))) for _ in range(2000)]
    for text in texts:
        expected = [(m.span(), m.groups()) for m in agreements._PHRASE.finditer(text)]
        assert [(m.span(), m.groups()) for m in agreements._phrases(text)] == expected, text


def test_title_initials():
    depth, alternatives, current = 0, [], ""
    for c in quotes._TITLE_NOUNS:
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += c
    alternatives.append(current)
    assert {a[0] for a in alternatives} == set(quotes._TITLE_INITIALS)


def test_is_in_place_cue():
    fast = visit._CUES[5]
    verb = r"(?P<verb>i(?<!\w.)s|w(?<!\w.)as|a(?<!\w.)re|w(?<!\w.)ere|r(?<!\w.)emains)"
    plain = re.compile(fast.pattern.replace(verb, r"\b(?P<verb>is|was|are|were|remains)"))
    assert plain.pattern != fast.pattern
    texts = [*_SAMPLES, "X, who is in Korea on an official visit, held talks",
             "He was in Warsaw on Tuesday for a working visit.",
             "Twas in Rome for a visit; she remains in Paris on her state visit; they were in Oslo for a visit"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)]


def test_date_pattern_lookahead():
    fast = dates._DATE_RE
    assert fast.pattern.startswith(dates._DATE_FIRST + "(?:") and fast.pattern.endswith(")")
    plain = re.compile(fast.pattern[len(dates._DATE_FIRST) + 3:-1])
    texts = [*_SAMPLES, "On 27 November 2024, from November 11 to 12, in December, IN FEBRUARY 2022, 30 November - 2 "
             "December 2024, Nov 11th to 12th, the 27th of November, since March, İn May, mid-June, 2024-11-27."]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)]


_LETTER_LOOKAHEAD = re.compile(r"\(\?=\[?([a-z]+)\]?\)")


@pytest.mark.parametrize("rx", [agreements._T_EXPECTED, agreements._T_FINITE, agreements._T_NOMINAL,
                                visit._BACKGROUND, visit._NEXT_DAY])
def test_first_letter_lookaheads(rx):
    opening = _LETTER_LOOKAHEAD.match(rx.pattern)
    assert opening
    plain = re.compile(rx.pattern[opening.end():], rx.flags)
    # every alternative of the plain pattern opens with one of the listed letters
    assert plain.pattern.startswith(r"\b(?:")
    depth, alternatives, current = 0, [], ""
    for c in plain.pattern[len(r"\b(?:"):]:
        depth += c == "("
        depth -= c == ")"
        if depth < 0:
            break
        if c == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += c
    alternatives.append(current)
    assert {a[0] for a in alternatives} == set(opening.group(1))
    texts = [*_SAMPLES, "Two years ago they signed it; the documents will be signed tomorrow, the next day.",
             "The agreement, inked in 2019 and ratified last year, is to be prepared; an exchange of notes; SIGNING"]
    for text in texts:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_country_tries_match_their_flat_alternations():
    from visits.extraction import reference

    forms = [f for c in reference.countries() for f in (*c.all_names, *c.demonyms)]
    text = " | ".join(f + tail for f in forms for tail in (" ", "n", "-", " Republic", "’s", "")) + " " + " ".join(
        _SAMPLES)
    for flat, trie in ((reference.country_name_pattern(), reference.country_name_trie()),
                       (reference.demonym_pattern(), reference.demonym_trie())):
        plain = re.compile(rf"(?:{flat})(?:\s+(?:Federation|Republic))?(?![\w\-])")
        fast = re.compile(rf"(?:{trie})(?:\s+(?:Federation|Republic))?(?![\w\-])")
        for pos in range(len(text)):
            m, f = plain.match(text, pos), fast.match(text, pos)
            assert (m and m.span()) == (f and f.span()), pos


def test_date_alternatives_lookaheads():
    fast = dates._DATE_RE
    plain = re.compile(fast.pattern.replace(dates._DIGIT_FIRST, "").replace(dates._MONTH_FIRST, ""))
    assert plain.pattern != fast.pattern
    assert {c for w in dates._MONTH_WORDS for c in (w.capitalize()[0], w.upper()[0])} <= set("JFMASOND")
    texts = [*_SAMPLES, "On 27 November 2024, from November 11 to 12, in December, IN FEBRUARY 2022, 30 November - 2 "
             "December 2024, Nov 11th to 12th, the 27th of November, since March, mid-June, 2024-11-27, ７ May."]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_country_of_words_skips_only_prefixes_no_name_opens():
    from visits.extraction import reference

    def plain(words):
        toks = words.split()
        for n in range(len(toks), 0, -1):
            cand = agreements._POSS_END.sub("", " ".join(toks[:n]))
            for lookup in (reference.country_by_name, reference.country_by_demonym, reference.country_by_city):
                if (c := lookup(cand)) is not None:
                    return c.code
        return None

    runs = {"A 's", "The Gambia", "`X Y", "Minister Of State", "U.S. State Department"}
    for c in reference.countries():
        for f in (*c.all_names, *c.demonyms, *c.cities):
            runs |= {f, f + " Ministry", "The " + f, f + "'s", f + " 's", "X " + f, f.upper(), f + "s Of"}
    for words in runs:
        assert agreements._country_of_words.__wrapped__(words) == plain(words), words


_WEEKDAYS_PLAIN = r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


@pytest.mark.parametrize("fast, plain", [
    (visit._INVITATION, r"\b[Aa]t\s+the\s+invitation\s+of\b([^,.\n]{3,120})"),
    (metadata._WEEKDAY_DATE, _WEEKDAYS_PLAIN + metadata._WEEKDAY_DATE.pattern[
        metadata._WEEKDAY_DATE.pattern.index(r",?\s+(?:the"):]),
])
def test_word_boundary_moved_after_the_first_letter(fast, plain):
    rx = re.compile(plain)
    assert rx.pattern != fast.pattern
    texts = [*_SAMPLES, "At the invitation of the host, xAt the invitation of him. at the invitation of the King",
             "Tuesday, November 10; xTuesday, 10 November; on Sunday the 3rd of May; Monday,  12 Dec"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in rx.finditer(text)]


def _openings(pattern: str) -> set[str]:
    """The first characters of the top-level alternatives of ``pattern``, looking into a group that opens one."""
    depth, alternatives, current, i = 0, [], "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current += pattern[i:i + 2]
            i += 2
            continue
        depth += c == "("
        depth -= c == ")"
        if depth < 0:
            break
        if c == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += c
        i += 1
    alternatives.append(current)
    out: set[str] = set()
    for a in alternatives:
        if a.startswith("(?:"):
            out |= _openings(a[3:])
        elif a.startswith(r"\b"):
            out |= _openings(a[2:])
        else:
            assert a[0].isalpha() or a[0] == "'", a
            out.add(a[0])
    return out


@pytest.mark.parametrize("rx, initials", [(quotes._SPEECH_RE, quotes._SPEECH_INITIALS),
                                          (quotes._NAMEISH_BEFORE, quotes._NAMEISH_INITIALS),
                                          (metadata._FUTURE, metadata._FUTURE_INITIALS)])
def test_initials_lookaheads(rx, initials):
    guard = f"(?=[{initials}])"
    assert rx.pattern.startswith(guard)
    plain = re.compile(rx.pattern[len(guard):], rx.flags)
    assert _openings(plain.pattern) == set(initials)
    texts = [*_SAMPLES, "He said, SAID, ſaid; according to X; in the words of Y; likes to repeat; pointed out",
             "the project called 'X'; a campaign: “Y”; known as Z; it will, they'll, won't, будет, планируют"]
    for text in texts:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_date_hint_is_the_plain_pattern():
    plain = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG"
                       r"|SEP|OCT|NOV|DEC|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)"
                       r"|\d{1,2}[./]\d{1,2}[./]\d\d|\d{4}-\d\d-\d\d")
    texts = [*_SAMPLES, "Jan 5", "xJan", "JANET", "12.05.24", "1.5.24", "2024-11-27", "a2024-11-27", "12024-11-2",
             "5/12/2024", "мая", "Вмая", "1.5", "12/2024", "x_Nov", "-Nov", "2024-1-27", "١٢.٠٥.٢٤"]
    for text in texts:
        assert metadata._date_hint(text) == bool(plain.search(text)), text


def test_portfolio_tree_matches_the_flat_alternation():
    assert all(w.isascii() and w.isalpha() and w.islower() for w in people._PW_WORDS)
    flat = "|".join(sorted(map(re.escape, people._PW_WORDS), key=len, reverse=True))
    words = people._PW_WORDS
    texts = [*_SAMPLES, " of " + " ,and ".join(w.upper() if i % 3 == 0 else w.capitalize() if i % 3 == 1 else w
                                               for i, w in enumerate(words)),
             " for " + ", ".join(w + "x" for w in words), " of the region for " + " and ".join(words) + " of ſtate",
             " of the Health and Social Protection of the Population, Minister for Labour & Ecology"]
    for fast in (people._PORTFOLIO_RE, people._LOWER_AREA_RE):
        plain = re.compile(fast.pattern.replace(people._PW, flat), fast.flags)
        assert plain.pattern != fast.pattern
        for text in texts:
            for pos in range(len(text)):
                m, f = plain.match(text, pos), fast.match(text, pos)
                assert (m and (m.span(), m.groups())) == (f and (f.span(), f.groups())), (text[pos:pos + 30])


def test_type_any_is_finditer():
    every = "".join(map(chr, range(0x110000)))
    classes = re.findall(r"\[[^\]]*\]", visit._VISIT_ANY_CASE.pattern)
    assert len(classes) == 5
    for letter, cls in zip("visit", classes, strict=True):
        assert set(re.findall(letter, every, re.I)) == set(cls[1:-1]), letter
    words = re.search(r"\\b\(([^)]*)\)", visit._TYPE_ANY.pattern).group(1).split("|")
    assert {len(w) for w in words} == set(visit._TYPE_ANY_WORDS)
    texts = [*_SAMPLES, "A state visit, an OFFICIAL   VISIT; the visit is an informal one. xstate visit, state visitor",
             "ſtate viſit, working\n\nvisit is a state one; visit  is an official one; official visitofficial visit",
             "visit is a working one visit"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in visit._type_any(text)] == [
            (m.span(), m.groups()) for m in visit._TYPE_ANY.finditer(text)]


def test_country_around_word_check():
    from visits.extraction import reference

    def plain(p, s, e):
        body, rx = p.body, people._GEO.country_re()
        for ws in range(max(0, s - 40), s + 1):
            if not body[ws].isupper() or (ws and (body[ws - 1].isalnum() or body[ws - 1] in "-'’.")):
                continue
            m = rx.match(body, ws)
            if m and m.end() >= e and m.end() - ws > e - s:
                code = people._GEO.country(m.group())
                if code:
                    return ws, m.end(), code
        return None

    forms = [f for c in reference.countries() for f in (*c.all_names, *c.demonyms)]
    body = " ".join(f"the Republic of {f}, {f}'s People’s Republic of the {f} Federation; x{f}-y Ivan {f}."
                    for f in forms) + " " + " ".join(_SAMPLES)
    p = people._Parser(body)
    for m in re.finditer(r"[^\W\d_][\w'’-]*(?:[ \u00a0][^\W\d_][\w'’-]*){0,2}", body):
        for s, e in ((m.start(), m.end()), (m.start(), m.start() + 1), (m.start() + 1, m.end())):
            assert p.country_around(s, e) == plain(p, s, e), body[s:e]


def test_keyword_sentences_with_many_keys():
    class _NoPeople:
        people, roles, mentions = [], [], []

    rng = random.Random(2)
    keys = visit._TRAVEL_KEYS
    assert len(keys) >= quotes._MANY_KEYS
    words = [w for k in keys for w in k.split()] + ["a", "the", ".", "\n", "travelled", "ahead", "onto"]
    for _ in range(300):
        body = " ".join(rng.choice(words) + rng.choice(["", ".", "!", ""]) for _ in range(rng.randint(0, 60)))
        d = quotes.Discourse(body, _NoPeople())
        low, starts = body.lower(), d.sent_starts
        expected = sorted({max(bisect.bisect_right(starts, i) - 1, 0) for k in keys
                           for i in range(len(low) + 1) if low.startswith(k, i)})
        assert d.keyword_sentences(keys) == expected, body


def test_periphrases_is_finditer():
    rx = quotes._periphrasis_re()
    assert rx.pattern.startswith(r"[Tt](?<!\w.)he\s+head\s+of\s+")
    texts = [*_SAMPLES, "the head of Peruvian diplomacy; The  head of the Chilean government; xthe head of Peruvian "
             "diplomacy, the\nhead of Peruvian government and the head of the head of Chilean diplomacy",
             "head of Peruvian diplomacy; he head of Peruvian diplomacy; The head of Peruvian diplomacyx"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in quotes._periphrases(text)] == [
            (m.span(), m.groups()) for m in rx.finditer(text)]


def test_on_weekday_is_finditer():
    rx = metadata._ON_WEEKDAY
    assert rx.pattern.startswith(r"(?:\b(?:Later|Earlier|Late|Early)\s+)?\b[Oo]n\s+(?P<w>")
    texts = [*_SAMPLES, "On Monday, Later on Tuesday, earlier on Friday; Earlier  on\nSunday. Late on Wednesday and "
             "Early on Thursday; xon Monday, Con Saturday, On Mondays, Lateron Friday, Later  On Sunday, on  Monday",
             "Monday on Monday", "on Monday", " Late on Monday"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in metadata._on_weekday(text)] == [
            (m.span(), m.groups()) for m in rx.finditer(text)]


def test_visit_year_pattern():
    plain = re.compile(r"\b(?:19|20)\d\d\b")
    for text in [*_SAMPLES, "in 2024, x2024 1999a 12024 2024 19999 2024_ ٢2024 1920 2019."]:
        assert [m.span() for m in visit._YEAR.finditer(text)] == [m.span() for m in plain.finditer(text)]
