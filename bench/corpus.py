"""A deterministic corpus of press texts shaped like the samples in ``seeds/``.

``generate(n, out_dir, seed=0)`` writes ``n`` texts of roughly 6-10 KB about visits between
varied countries: invented people (syllable-built given names and surnames, never anyone from
the seed texts) with titles, later surname-only mentions and transliteration variants, quotes
in curly and straight quotes and dash dialogue, photo captions followed by credit lines, counts
of agreements, dates with and without a year, and the boilerplate the scrapers leave behind
(calendar headers, share buttons, Wix bylines, "Read also" lists, exchange-rate and weather
widgets, "Text: ... Photos: ..." footers, a duplicated lede).

Every text depends only on ``(seed, index)``: the first 1,000 texts of a 10,000-text corpus are
the 1,000-text corpus. A small world of officials per country, outlets and their staff is shared
by all texts, so the same people recur across articles the way they do in real coverage.

CLI: ``python bench/corpus.py N OUT_DIR [--seed S]``
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Name parts of the people in seeds/ (and a few other real public figures): never generated.
_FORBIDDEN_TEXT = """
    tokayev putin peskov alnazarova alnazharova sabyrzhankyzy sabyrzhanqyzy sharlapaev suleimenov
    nurbek lavrov starovoit tuymebayev zamyatin lukashenko japarov rahmon matvienko sechin nabiullina
    siluanov akkenzhenov abayev zhumangarin madiyev kulshmanov yudina nurtas erdogan erdoğan trump
    abishev alzhanov kazangapov vladimir kassym jomart kassym-jomart dmitry sergey timur akmaral
    sayasat kanat zhanseit roman alexander sadyr emomali valentina igor elvira anton erlan dauren
    serik zhaslan aisultan kristina kairat gaziz dimash asel assel assol turar recep tayyip donald
    kemelovich biden xi jinping macron scholz modi
"""
FORBIDDEN_NAMES = frozenset(_FORBIDDEN_TEXT.split())

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_RU = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь",
             "Октябрь", "Ноябрь", "Декабрь"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty"]
FIELDS = ["energy", "healthcare", "education", "transport and logistics", "agriculture", "culture",
          "digital technologies", "tourism", "industry", "science", "water management", "finance",
          "space exploration", "sports", "civil aviation", "customs", "environmental protection"]
PORTFOLIOS = ["Energy", "Health", "Finance", "Education", "Transport", "Industry", "Agriculture",
              "Culture", "Digital Development", "National Economy", "Trade", "Science and Higher Education"]


# --------------------------------------------------------------------------- countries


@dataclass(frozen=True)
class Nation:
    code: str
    name: str
    demonym: str
    capital: str
    cities: tuple[str, ...] = ()


_FALLBACK_NATIONS = (
    Nation("AR", "Argentina", "Argentine", "Buenos Aires", ("Córdoba", "Rosario")),
    Nation("BR", "Brazil", "Brazilian", "Brasília", ("São Paulo", "Rio de Janeiro")),
    Nation("EG", "Egypt", "Egyptian", "Cairo", ("Alexandria", "Giza")),
    Nation("FI", "Finland", "Finnish", "Helsinki", ("Tampere", "Turku")),
    Nation("GE", "Georgia", "Georgian", "Tbilisi", ("Batumi", "Kutaisi")),
    Nation("ID", "Indonesia", "Indonesian", "Jakarta", ("Surabaya", "Bandung")),
    Nation("KE", "Kenya", "Kenyan", "Nairobi", ("Mombasa", "Kisumu")),
    Nation("MN", "Mongolia", "Mongolian", "Ulaanbaatar", ("Erdenet", "Darkhan")),
    Nation("PE", "Peru", "Peruvian", "Lima", ("Arequipa", "Cusco")),
    Nation("PL", "Poland", "Polish", "Warsaw", ("Kraków", "Gdańsk")),
    Nation("UZ", "Uzbekistan", "Uzbek", "Tashkent", ("Samarkand", "Bukhara")),
    Nation("VN", "Vietnam", "Vietnamese", "Hanoi", ("Ho Chi Minh City", "Da Nang")),
)


# Dependent territories in the reference list: nobody pays them a state visit.
_TERRITORY_CODES = """
    AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU
    PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT
"""
_TERRITORIES = frozenset(_TERRITORY_CODES.split())


@cache
def nations() -> tuple[Nation, ...]:
    """Countries from ``visits.extraction.reference`` (a fixed fallback list if it is unavailable)."""
    try:
        from visits.extraction.reference import countries
    except Exception:  # the reference module is optional for the generator
        return _FALLBACK_NATIONS
    found = []
    for c in countries():
        if c.code in _TERRITORIES or not c.capital or not c.demonyms or any(ch in c.name for ch in ",()"):
            continue
        found.append(Nation(c.code, c.name, c.demonyms[0], c.capital, tuple(c.cities)))
    found.sort(key=lambda n: n.code)
    return tuple(found) or _FALLBACK_NATIONS


# --------------------------------------------------------------------------- names

_G_START = ["A", "Ba", "Da", "E", "Fa", "Ga", "I", "Ka", "La", "Ma", "Na", "O", "Ra", "Sa", "Ta", "U", "Va",
            "Ya", "Za", "Be", "De", "Ke", "Le", "Me", "Ne", "Re", "Se", "Te", "Ve", "Bo", "Do", "Lo", "Mo",
            "No", "Ro", "So", "To", "Vo", "Zo", "Ki", "Li", "Mi", "Ni", "Ri", "Si", "Ti", "Vi", "Kha", "Sha"]
_G_MID = ["ri", "la", "mi", "ne", "do", "ve", "so", "ta", "lu", "ke", "ra", "no", "zi", "be", "ga", "len", "dar"]
_G_END_M = ["n", "r", "s", "l", "m", "d", "k", "t", "v", "x", "rd", "lt", "rn", "z", "sh"]
_G_END_F = ["a", "ia", "ina", "ela", "ara", "ene", "ya", "ida", "ona"]
_S_ROOT = ["Bal", "Ber", "Dor", "Gal", "Kar", "Kel", "Lom", "Mar", "Nor", "Or", "Pel", "Ros", "Sal", "Tor",
           "Val", "Vel", "Zar", "Zel", "Khal", "Akh", "Ukh", "Zakh", "Tul", "Mer", "Sev", "Dar", "Fen", "Gor",
           "Hal", "Jor", "Kor", "Lev", "Mol", "Nev", "Par", "Rim", "Sor", "Tam", "Ur", "Vos", "Kham", "Bakh",
           "Ilm", "Ost", "Quen", "Yar", "Brem", "Dov", "Esk", "Fal"]
_S_MID = ["a", "e", "i", "o", "u", "ar", "en", "il", "om", "ab", "ed", "ik", "ul", "ag", "es"]
_S_SUFFIX = [("ov", "ova"), ("ev", "eva"), ("enko", "enko"), ("ani", "ani"), ("ez", "ez"), ("son", "son"),
             ("escu", "escu"), ("idze", "idze"), ("yan", "yan"), ("ski", "ska"), ("berg", "berg"),
             ("elli", "elli"), ("ou", "ou"), ("ard", "ard"), ("ekov", "ekova"), ("uly", "kyzy"), ("ine", "ine"),
             ("ata", "ata"), ("ssen", "ssen"), ("bayev", "bayeva"), ("", "")]
_VOWELS = set("aeiouy")


def _given(rng: random.Random, female: bool) -> str:
    name = rng.choice(_G_START)
    if rng.random() < 0.6:
        name += rng.choice(_G_MID)
    name += rng.choice(_G_END_F if female else _G_END_M)
    return name[0].upper() + name[1:]


def _surname(rng: random.Random, female: bool) -> str:
    name = rng.choice(_S_ROOT)
    if rng.random() < 0.7:
        name += rng.choice(_S_MID)
    male, fem = rng.choice(_S_SUFFIX)
    name += fem if female else male
    return name


def variant_spelling(name: str) -> str | None:
    """A transliteration variant: kh -> h, a doubled consonant, or -yev/-iev; None if none applies."""
    if "kh" in name:
        return name.replace("kh", "h", 1)
    if "Kh" in name:
        return name.replace("Kh", "H", 1)
    for i in range(1, len(name) - 1):
        a, b, c = name[i - 1], name[i], name[i + 1]
        if a.lower() in _VOWELS and c in _VOWELS and b.lower() not in _VOWELS and b.isalpha() and b != "h":
            return name[: i + 1] + b + name[i + 1 :]
    if name.endswith("ev"):
        return name[:-2] + "iev"
    return None


def _forbidden(*parts: str) -> bool:
    return any(p.lower() in FORBIDDEN_NAMES for p in parts)


# --------------------------------------------------------------------------- the shared world


@dataclass
class Person:
    given: str
    surname: str
    female: bool
    nation: Nation
    title: str = ""  # "Minister of Energy", "President", "" for private people
    short_title: str = ""  # "Energy Minister"
    org: str = ""  # "National Bank"
    kind: str = "official"
    variant: str | None = None  # another spelling of the surname

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def _person(rng: random.Random, nation: Nation, used: set[str], **kw) -> Person:
    while True:
        female = rng.random() < 0.35
        given, surname = _given(rng, female), _surname(rng, female)
        full = f"{given} {surname}"
        if full in used or _forbidden(given, surname) or given == surname:
            continue
        used.add(full)
        return Person(given, surname, female, nation, variant=variant_spelling(surname), **kw)


@dataclass
class Cabinet:
    president: Person
    prime_minister: Person
    foreign_minister: Person
    ministers: list[Person]
    bank_head: Person
    press_secretary: Person
    ambassadors: list[Person]
    residence: str
    company: str
    university: str


@dataclass
class Outlet:
    name: str  # "Varonews.com"
    short: str  # "Varonews"
    journalists: list[Person]
    photographers: list[Person]
    home: Nation


class World:
    """Officials per country and outlets with their staff, all derived from the seed."""

    def __init__(self, seed: int):
        self.seed = seed
        self._cabinets: dict[str, Cabinet] = {}
        self._used: set[str] = set()
        rng = random.Random(f"{seed}:outlets")
        self.outlets = [self._outlet(rng) for _ in range(24)]

    def _word(self, rng: random.Random) -> str:
        mid = rng.choice(_S_MID)
        return rng.choice(_S_ROOT) + mid + (rng.choice(["n", "r", "l", "s"]) if mid[-1] in _VOWELS else "")

    def _outlet(self, rng: random.Random) -> Outlet:
        home = rng.choice(nations())
        stem = self._word(rng)
        style = rng.randrange(4)
        if style == 0:
            name = short = f"{stem}news.{rng.choice(['com', 'net', 'org', 'info'])}"
            short = stem + "news"
        elif style == 1:
            name = short = f"{stem} Times"
        elif style == 2:
            name, short = f"{stem}.{home.code.lower()}", stem
        else:
            name = short = f"{home.demonym} {rng.choice(['Herald', 'Daily', 'Telegraph', 'Review'])}"
        staff = [_person(rng, home, self._used, kind="journalist") for _ in range(3)]
        photos = [_person(rng, home, self._used, kind="photographer") for _ in range(3)]
        return Outlet(name, short, staff, photos, home)

    def cabinet(self, nation: Nation) -> Cabinet:
        if nation.code not in self._cabinets:
            rng = random.Random(f"{self.seed}:cabinet:{nation.code}")
            used: set[str] = set()  # per cabinet, so a cabinet never depends on which came first

            def official(title: str, short: str = "", org: str = "") -> Person:
                return _person(rng, nation, used, title=title, short_title=short or title, org=org)

            ministers = [official(f"Minister of {p}", f"{p.split(' and ')[0]} Minister")
                         for p in rng.sample(PORTFOLIOS, 7)]
            self._cabinets[nation.code] = Cabinet(
                president=official("President"),
                prime_minister=official("Prime Minister"),
                foreign_minister=official("Minister of Foreign Affairs", "Foreign Minister"),
                ministers=ministers,
                bank_head=official("Chairman of the National Bank", "National Bank Chairman", "National Bank"),
                press_secretary=official("press secretary", "press secretary"),
                ambassadors=[official("Ambassador") for _ in range(2)],
                residence=self._word(rng).capitalize() + rng.choice([" Palace", " Residence", " House"]),
                company=self._word(rng).capitalize() + rng.choice(["gaz", "neft", " Rail", " Energy", "atom"]),
                university=f"{nation.capital} State University",
            )
        return self._cabinets[nation.code]


@cache
def world(seed: int) -> World:
    return World(seed)


# --------------------------------------------------------------------------- one story


def _an(word: str) -> str:
    return f"an {word}" if word[:1].lower() in "aeiou" else f"a {word}"


def _num(rng: random.Random, n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.5 else str(n)


@dataclass
class Story:
    rng: random.Random
    world: World
    guest: Nation
    host: Nation
    outlet: Outlet
    year: int
    month: int
    day: int
    visit_type: str
    days: int
    seen: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        r = self.rng
        g, h = self.world.cabinet(self.guest), self.world.cabinet(self.host)
        self.gc, self.hc = g, h
        self.guest_leader, self.host_leader = g.president, h.president
        self.guest_team = [g.foreign_minister, *r.sample(g.ministers, r.randint(2, 4)), g.press_secretary]
        self.host_team = [h.prime_minister, *r.sample(h.ministers, r.randint(2, 4)), h.bank_head]
        if r.random() < 0.5:
            self.host_team.append(g.bank_head)
        self.ambassador = r.choice(h.ambassadors)
        self.journalist = r.choice(self.outlet.journalists)
        self.photographer = r.choice(self.outlet.photographers)
        self.extras: list[Person] = []  # one-off people: experts, artists, students
        self._once: dict[str, set[int]] = {}

    # ----- small helpers

    def pick(self, options):
        """One of ``options``; a callable option is called only when chosen (so names are not marked seen)."""
        choice = self.rng.choice(options)
        return choice() if callable(choice) else choice

    def once(self, key: str, options: list) -> str:
        """One of ``options`` not yet used under ``key`` in this story (any, once all are used)."""
        used = self._once.setdefault(key, set())
        fresh = [i for i in range(len(options)) if i not in used] or list(range(len(options)))
        i = self.rng.choice(fresh)
        used.add(i)
        return options[i]() if callable(options[i]) else options[i]

    def colour(self, n: int = 1) -> str:
        """``n`` sentences of atmosphere or background, none repeated within the story."""
        return " ".join(self.once("colour", colour_sentences(self)) for _ in range(n))

    @property
    def a_visit(self) -> str:
        return _an(self.visit_type)

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    @property
    def date_no_year(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.day}"

    @property
    def date_full(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.day}, {self.year}"

    def extra(self, kind: str, nation: Nation | None = None) -> Person:
        p = _person(self.rng, nation or self.host, set(), kind=kind)
        self.extras.append(p)
        return p

    def name(self, p: Person) -> str:
        """Full name at first mention, later mostly the surname, now and then another spelling."""
        if p.full not in self.seen:
            self.seen.add(p.full)
            return p.full
        roll = self.rng.random()
        if roll < 0.12 and p.variant:
            return self.pick([p.variant, f"{p.given} {p.variant}"])
        if roll < 0.35:
            return p.full
        return p.surname

    def titled(self, p: Person) -> str:
        """The person with their title, in one of the shapes the press uses."""
        n, nat = self.name(p), p.nation
        if p.title == "President":
            return self.pick([f"{nat.demonym} President {n}", f"President of {nat.name} {n}",
                              f"{nat.name}'s President {n}", f"President {n}"])
        if p.title == "press secretary":
            leader = self.world.cabinet(nat).president
            return self.pick([f"{leader.surname}'s press secretary, {n},",
                              f"the press secretary of the {nat.demonym} president, {n},"])
        if p.title == "Ambassador":
            other = self.guest if nat == self.host else self.host
            return self.pick([f"{nat.name}'s ambassador to {other.name}, {n},",
                              f"Ambassador of {nat.name} to {other.name} {n}"])
        if p.org:
            return self.pick([f"{p.short_title} {n}", f"{n}, head of the {p.org},",
                              f"the head of the {p.org} of {nat.name}, {n},"])
        if not p.title:
            return n
        return self.pick([f"{p.title} {n}", f"{nat.demonym} {p.short_title} {n}",
                          f"{nat.name}'s {p.title}, {n},", f"{n}, {nat.name}'s {p.short_title},",
                          f"{p.title} of {nat.name} {n}"])

    def quote(self) -> str:
        r = self.rng
        a, b = self.guest.name, self.host.name
        opener = r.choice(["I am confident that", "We believe that", "There is no doubt that", "Today we can say that",
                           "It is important to stress that", "I want to note that", "Everyone understands that",
                           "We are convinced that", ""])
        subject = r.choice([f"the partnership between {a} and {b}", "our countries", "the new agreements",
                            f"trade between {a} and {b}", f"the joint projects in {r.choice(FIELDS)}",
                            "our young people", "the regions of our countries", "our governments",
                            f"{b} and {a}", "the business communities of both sides"])
        predicate = r.choice(["will reach a new level", "open new horizons for business",
                              "need steady and patient work", f"have grown by {r.randint(3, 60)} percent",
                              "serve the interests of both peoples", "must be filled with concrete content",
                              "can achieve much more together", "rest on trust and mutual respect",
                              "are moving in the right direction", "deserve our constant attention"])
        first = f"{opener} {subject} {predicate}" if opener else f"{subject[0].upper()}{subject[1:]} {predicate}"
        if r.random() < 0.45:
            second = r.choice([f"We have agreed to meet again in {r.choice([self.guest.capital, self.host.capital])}",
                               "There are no problems between us that cannot be solved",
                               f"Our task is to double this figure by {self.year + r.randint(2, 6)}",
                               "This is what our peoples expect from us",
                               "I thank my colleague for the warm welcome"])
            return f"{first}. {second}"
        return first


# --------------------------------------------------------------------------- boilerplate


def title_line(s: Story) -> str:
    g, h = s.guest_leader, s.host_leader
    return s.pick([
        f"What happened behind the scenes of the {g.surname}-{h.surname} meeting",
        f"{g.surname} Meets with {h.surname} in {s.host.name}",
        f"Red carpet and handshakes: how {g.surname} was welcomed in {s.host.capital}",
        f"{s.guest.demonym} president's {s.visit_type} visit to {s.host.name}: what stayed behind the scenes",
        f"{s.host.capital} and {s.guest.capital} sign new agreements",
        f"Strength in details: {g.surname}'s visit to {s.host.capital}",
        f"{g.surname} arrives in {s.host.name} on {s.a_visit} visit",
    ])


def header(s: Story, title: str, lede: str) -> tuple[list[str], bool]:
    """Lines before the body, and whether the lede is already in them."""
    r = s.rng
    kind = r.randrange(5)
    if kind == 0:  # an aggregator's calendar widget
        last = 28 + r.randrange(4)
        cut = r.randint(8, 14)
        days = [" ".join(str(d) for d in range(1, cut)), *(str(d) for d in range(cut, last + 1))]
        agg = s.pick(["ru24.pro", "news-today.world", "allnews24.net", "worldpress.live"])
        return [agg, "World News", MONTHS_RU[s.month - 1], str(s.year), *days, "", title, "", "0"], False
    if kind == 1:  # a Wix blog byline block
        author = s.outlet.short if r.random() < 0.5 else s.journalist.full
        return ["top of page", "Search", "", title, "", f"  • Writer: {author}", f"    {author}",
                f"  • {MONTHS[s.month - 1][:3]} {s.day}", f"  • {r.randint(2, 9)} min read", "ree", ""], False
    if kind == 2:  # share buttons around a duplicated lede
        credit = s.pick([f"©️ {s.outlet.name}", f"©️ {s.hc.residence}", f"Photo: {s.photographer.full}"])
        return [title, "", "ПОДЕЛИТЬСЯ", "", f"{title} {credit}", "", lede, "", "ПОДЕЛИТЬСЯ", "", lede, ""], True
    if kind == 3:  # breadcrumbs, timestamp and a counter
        return [f"Home / {s.pick(['World', 'Politics', 'Diplomacy'])} / {s.guest.name}", title,
                f"{s.date_full} {r.randint(8, 22):02d}:{r.randrange(60):02d}",
                f"{r.randint(120, 9000)} views", ""], False
    return [title, ""], False


def footer(s: Story) -> list[str]:
    r = s.rng
    kind = r.randrange(5)
    if kind == 0:
        return [f"Text: {s.journalist.full}.Photos: {s.outlet.short}, the press service of {s.hc.residence}."]
    if kind == 1:
        city = s.pick([s.guest.capital, *s.guest.cities[:3]])
        heads = [f"{s.guest.name} to be hit by snowfall", f"Flights delayed at {city} airport",
                 f"US dollar drops sharply in {s.guest.name}", f"{s.guest.name} to raise living wage in {s.year + 1}",
                 "National currency continues to strengthen steadily",
                 f"New service has appeared in {s.outlet.short} app",
                 f"Summit opens in {s.pick([n.capital for n in nations()])}", "Fuel prices frozen until spring",
                 f"{s.guest.demonym} athletes win three medals"]
        rates = "  ".join(f"{r.uniform(1, 600):.2f}  course {s.pick(['up', 'down'])}" for _ in range(3))
        return [s.outlet.short, "Читайте также", "Join Telegram", *r.sample(heads, r.randint(5, 8)), "",
                "Exchange Rates", "", f" {rates}", "", " ", "", "Weather", "", "location-current", city, "", " ",
                "", "Редакция Advertising", "Социальные сети"]
    if kind == 2:
        return [" ", " ", " ", "", "Comments", "", "", "bottom of page"]
    if kind == 3:
        heads = [f"{s.host.demonym} parliament approves budget", f"What {s.guest.capital} expects from the summit",
                 f"{s.guest.name} and {s.host.name}: {r.randint(20, 40)} years of diplomatic relations",
                 f"Trade with {s.host.name} grows by {r.randint(5, 30)} percent", "Weather: frosts expected this week"]
        return ["Read also:", *(f"- {h}" for h in r.sample(heads, 3)), "",
                f"© {s.year} {s.outlet.name}. All rights reserved."]
    return [f"By {s.journalist.full}", f"Photos: {s.photographer.full}, {s.outlet.short}"]


def credit_line(s: Story) -> str:
    r = s.rng.random()
    if r < 0.35:
        return f"Photo by {s.pick([s.hc.residence, s.gc.residence])} press service"
    if r < 0.7:
        return f"©️ {s.outlet.name} / {s.photographer.full}"
    if r < 0.85:
        return f"Photo: {s.photographer.full} / {s.outlet.short}"
    return f"Photo by {s.photographer.full}"


# --------------------------------------------------------------------------- paragraphs


def lede(s: Story) -> str:
    g = s.titled(s.guest_leader)
    date = s.date_no_year if s.maybe(0.7) else s.date_full
    return s.pick([
        f"{s.outlet.name} - On {date}, {g} arrived in {s.host.name} for {s.a_visit} visit. "
        f"A photo report by {s.outlet.short} captured the events of the visit.",
        f"{s.outlet.name} – {g} has arrived in {s.host.capital} on {s.a_visit} visit — the "
        f"{'highest' if s.visit_type == 'state' else 'most practical'} form of diplomatic engagement.",
        lambda: f"At the invitation of {s.titled(s.host_leader)}, {g} will pay {s.a_visit} visit to {s.host.name} "
        f"from {s.date_no_year} to {s.day + s.days}{'' if s.maybe(0.5) else f', {s.year}'}.",
        f"{s.host.capital}, {date} ({s.outlet.short}) — {g} began a {s.days}-day {s.visit_type} visit to "
        f"{s.host.name} on {s.date_no_year}.",
    ])


def colour_sentences(s: Story) -> list[str]:
    r = s.rng
    g, h = s.guest, s.host
    k = r.randint(2, 12)
    return [
        "Camera operators and photographers line up in a row, and the changing of the guard takes place — "
        "beautiful, strict, almost choreography.",
        f"Every line, every motion is exact to the millimeter; the captain of the honor guard in {h.capital} "
        "monitors each move.",
        f"{h.capital} greets the new day with light rain, and the flags of the two countries sway in unison.",
        "White walls, reliefs and gold — together the hall feels overwhelming, yet harmonious in its own way.",
        f"Around {r.randint(20, 60)} representatives of {g.demonym} media outlets arrived for the event.",
        f"Trade turnover between {g.name} and {h.name} reached {r.randint(1, 40)}.{r.randrange(10)} billion dollars "
        f"last year and {r.randint(1, 20)} billion in the first {_num(r, r.randint(3, 10))} months of {s.year}.",
        f"In the first half of {s.year}, more than {r.randint(2, 900)} thousand {g.demonym} tourists visited "
        f"{h.name}, and the flow in the other direction grew by {r.randint(3, 45)} percent.",
        f"The last {s.visit_type} visit of {_an(g.demonym)} leader to {h.name} was {_num(r, k)} years ago, in "
        f"{s.year - k}.",
        f"In {MONTHS[(s.month - 3) % 12]}, the two leaders spoke twice by telephone to coordinate the details "
        "of this meeting.",
        f"Several branches of {s.hc.university} have been established in {g.name}, and thousands of students from "
        f"{g.name} study in {h.capital}.",
        f"The {s.hc.company} company is looking for long-term projects in {g.name}, from "
        f"{r.choice(FIELDS)} to {r.choice(FIELDS)}.",
        f"Both countries are members of several regional organizations and coordinate their positions on "
        f"{r.choice(FIELDS)} and security.",
        "State visits are always built on symbols and rituals, yet this one stood out.",
        f"Posts about the abundance of {g.demonym} flags on the streets of {h.capital} flooded social media.",
        "Behind the ceremonial gloss — the red carpets, anthems and handshakes — there was something more than a "
        "routine signing of documents.",
        f"The regional cooperation forum, held in {r.choice([h.capital, *h.cities[:2]])} on the same days, was "
        f"themed \"{r.choice(FIELDS).capitalize()} – engines of growth\".",
        f"The {g.demonym} side is particularly interested in {r.choice(FIELDS)} and {r.choice(FIELDS)}.",
        "A small detail, but events at the highest level are made up of such details.",
        f"Under the vaulted ceiling of the hall of the {s.hc.residence}, massive chandeliers shimmered softly.",
        f"According to official data, {r.randint(40, 900)} joint ventures now operate in {h.name}.",
        f"{g.capital} and {h.capital} have been linked by direct flights since {s.year - r.randint(1, 15)}.",
        f"The two countries established diplomatic relations {_num(r, r.randint(10, 20))} years ago, in "
        f"{s.year - r.randint(10, 20)}.",
        "The hall is decorated with green wallpaper with gold ornaments, heavy curtains and bronze clocks "
        "between the flags of the two countries.",
        f"Last year, {g.name} exported goods worth {r.randint(50, 990)} million dollars to {h.name}.",
        "A young soldier struggled to hide his nervousness, and a senior officer quietly adjusted his cap.",
        f"The {h.demonym} side has proposed a joint fund for {r.choice(FIELDS)} worth {r.randint(100, 900)} "
        "million dollars.",
        "Officers exchanged brief, by-the-book remarks; one adjusted his gloves, another aligned the edge "
        "of the carpet.",
        f"Negotiations on a free trade zone between {g.name} and {h.name} have been going on since "
        f"{s.year - r.randint(2, 8)}.",
        "The atmosphere was warm — restrained, yet unmistakably friendly.",
        f"The {g.demonym} community in {h.name} numbers about {r.randint(2, 300)} thousand people.",
        "Cameras were already set up in one of the halls, where the meeting was to take place.",
        f"Experts expect the visit to give new momentum to cooperation in {r.choice(FIELDS)}.",
        "Journalists were setting up their equipment and pondering what to include in their reports.",
        f"The motorcade drove along avenues lined with alternating {g.demonym} and {h.demonym} flags.",
    ]


def p_arrival(s: Story) -> list[str]:
    g, h = s.guest_leader, s.host_leader
    out = [s.once("arrival", [
        lambda: f"The {s.guest.demonym} leader's plane landed at {s.host.capital} International Airport in the "
        f"{s.pick(['afternoon', 'evening', 'morning'])}. At the airfield, {s.titled(h)} warmly welcomed "
        f"his counterpart. {s.colour()}",
        lambda:
            f"{s.name(g)}'s plane landed on the evening of {s.date_no_year}. At the foot of the ramp, he was "
        f"greeted by {s.name(h)}. An honor guard was lined up at the airport. {s.colour()}",
        lambda: f"Even before {s.name(g)}'s arrival, the red carpet was laid perfectly straight and the flags of "
        f"{s.guest.name} and {s.host.name} swayed in unison. {s.colour(2)}",
    ])]
    if s.maybe(0.6):
        out.append(credit_line(s))
    return out


def p_ceremony(s: Story) -> list[str]:
    g = s.guest_leader
    return [s.once("ceremony", [
        lambda:
            f"As a gesture of friendship between the peoples of {s.host.name} and {s.guest.name}, children holding the "
        f"flags of both nations welcomed {s.name(g)} and the members of the official delegation. {s.colour()}",
        lambda:
            f"The ceremonial welcome for {s.name(g)} continued at the {s.hc.residence}. The national anthems of both "
        f"countries were played, and the honor guard commander delivered a welcoming report.",
        lambda: f"Massive banners reading \"Welcome to {s.host.capital}, Mr. President!\" can be seen everywhere in "
        f"{s.host.capital}, and {s.guest.demonym} flags line the road from the airport. {s.colour()}",
        lambda: "A serviceman from the honor guard adjusted his cap. Once the command \"Attention!\" is given, "
        f"he won't have another chance to do so. {s.colour()}",
    ]), credit_line(s)]


def p_photo_captions(s: Story) -> list[str]:
    out = []
    for _ in range(s.rng.randint(1, 3)):
        out.append(_caption(s, *s.rng.sample(s.host_team + s.guest_team, 2)))
        out.append(credit_line(s))
    return out


def _caption(s: Story, a: Person, b: Person) -> str:
    return s.once("caption", [
            lambda: f"In this photo, {s.titled(a)} greets {s.titled(b)}.",
            lambda: f"{s.titled(a)} appeared to be deep in thought. Today, {s.name(a)} is set to sign a document on "
            f"cooperation in {s.pick(FIELDS)}.",
            lambda: f"Judging by the upward gaze of {s.titled(a)}, relations between the two countries have reached "
            "a new level.",
            lambda: f"{s.titled(a)} is seen talking on the phone, while {s.name(b)} studies the folders on the table.",
            lambda: f"{s.name(a)} and {s.name(b)} exchanged a few words before the ceremony. {s.colour()}",
            lambda:
                f"The {s.pick([s.guest.demonym, s.host.demonym])} delegation waits in the hall of the "
                f"{s.hc.residence}.",
            lambda: f"{s.titled(a)} takes out a phone and photographs the gilded details of the hall.",
            lambda: f"Here, {s.titled(a)} asks {s.titled(b)} to take a photo of him.",
        ])


def p_delegation(s: Story) -> list[str]:
    members = s.rng.sample(s.guest_team, min(3, len(s.guest_team)))
    names = ", ".join(s.titled(p).rstrip(",") for p in members)
    return [s.once("delegation", [
        lambda: f"The {s.guest.demonym} delegation includes {names}. {s.colour()}",
        f"Delegations gradually begin to arrive. Among the first in the hall are {names}.",
        lambda: f"During the break, {s.titled(members[0])} was in high demand and answered journalists' questions "
        f"\"from A to Z\". {s.colour()}",
    ])]


def p_talks(s: Story) -> list[str]:
    g, h = s.guest_leader, s.host_leader
    q1, q2 = s.quote(), s.quote()
    form = s.rng.randrange(6)
    intro = s.pick(["The heads of state then proceeded to the negotiation hall.",
                    "The talks were held first in a narrow and then in an expanded format.",
                    "The negotiations took place in an atmosphere that can be described as both strict and warm."])
    if form == 0:
        quote = f"“{q1},” {s.name(h)} said."
    elif form == 1:
        quote = f"“{q1},” said the President of {s.host.name}."
    elif form == 2:
        quote = f"— {q1},— said {s.name(g)}. — {q2}.\n— We thank our hosts,— the {s.guest.demonym} leader added."
    elif form == 3:
        quote = f"{s.name(h)} noted: “{q1}.”"
    elif form == 4:
        quote = f"\"{q1},\" {s.name(g)} told reporters."
    else:
        quote = f"“{q1}.\n{q2},” {s.name(g)} said."
    return [intro, f"{s.titled(h)} thanked his {s.guest.demonym} counterpart for the visit, emphasizing the "
                   f"importance of strengthening the strategic partnership. {s.colour()}", "", quote, ""]


def p_reply(s: Story) -> list[str]:
    g = s.guest_leader
    return [f"{s.name(g)}, in turn, expressed gratitude for the warm welcome and highlighted upcoming joint events "
            f"in {s.pick(FIELDS)} and {s.pick(FIELDS)}.", "", f"“{s.quote()},” the {s.guest.demonym} leader said.", ""]


def p_agreements(s: Story) -> list[str]:
    n = s.rng.randint(3, 30)
    f1, f2, f3 = s.rng.sample(FIELDS, 3)
    minister = s.rng.choice(s.host_team[1:-1])
    lines = [s.pick([
        lambda: f"{_num(s.rng, n).capitalize()} agreements were signed as a result of the visit.",
        lambda: f"In total, {_num(s.rng, n)} documents were signed, including an intergovernmental agreement on "
        f"cooperation in {f1}.",
        lambda:
            f"{s.name(s.host_leader)} noted that {_num(s.rng, n)} agreements are expected to be signed, paving the way "
        f"for new horizons in bilateral relations.",
        lambda: f"The sides signed {_num(s.rng, n)} agreements covering {f1}, {f2} and {f3}.",
    ]) + " " + s.colour()]
    if s.maybe(0.7):
        lines.append(s.pick([
            lambda: f"{s.titled(minister)} held an intergovernmental agreement on cooperation in {f2}.",
            lambda: f"A memorandum of understanding on {f3} was signed by {s.titled(minister)} and his "
            f"{s.guest.demonym} colleague.",
            f"The presidents adopted a joint declaration on strategic partnership between {s.guest.name} "
            f"and {s.host.name}.",
        ]))
        lines.append(credit_line(s))
    return lines


def p_background(s: Story) -> list[str]:
    return [s.colour(s.rng.randint(2, 3))]


def p_expert(s: Story) -> list[str]:
    expert = s.extra("expert", s.pick([s.host, s.guest]))
    q = s.quote()
    who = s.pick([f"political scientist {expert.full}", f"{expert.nation.demonym} political scientist {expert.full}",
                  f"{expert.full}, an analyst at the {expert.nation.capital} Institute of Strategic Studies,"])
    return [s.once("expert", [
        lambda: f"— {q},— believes {who.rstrip(',')}. — Some visits are protocol; this one brought decisions.",
        lambda:
            f"{who.rstrip(',')} explained in a telegram channel that the visit is {s.a_visit} one, which is why it is "
        f"being met with such pomp. {s.colour()}",
        lambda: f"“{q},” {who.rstrip(',')} told {s.outlet.short}. {s.colour()}",
    ])]


def p_culture(s: Story) -> list[str]:
    r = s.rng
    artist = s.extra("artist")
    out = [s.once("culture", [
        lambda: f"Professional artist {artist.full} presented a painting to the heads of state. {artist.surname} "
        f"began working on it as soon as {s.name(s.guest_leader)} departed for {s.host.capital}. "
        "The leaders also contributed to the artwork, adding their own colors.",
        lambda:
            f"{r.randint(15, 22)}-year-old {artist.full}, who has been studying the {s.guest.demonym} language for "
        f"only a year, sang a song for reporters. {s.colour()}",
        lambda: f"Inside the airport, {s.name(s.guest_leader)} spoke briefly with students of {s.hc.university}, "
        f"among them {artist.full}. The exchange was short but warm.",
    ])]
    if r.random() < 0.5:
        out.append(credit_line(s))
    return out


def p_wreath(s: Story) -> list[str]:
    return [s.once("wreath", [
        lambda: f"{s.name(s.guest_leader)}'s schedule includes laying a wreath at the Tomb of the Unknown Soldier in "
        f"{s.host.capital}. This gesture of remembrance traditionally opens the day of official events.",
        "After a minute of silence, the orchestra plays the first notes of the national anthem — and a "
        "familiar melody rings clearly and solemnly over the square.",
    ]) + " " + s.colour()]


def p_press_secretary(s: Story) -> list[str]:
    doing = s.pick(["is seen talking on the phone", "looked up at the chandeliers", "checked the schedule once more"])
    return [f"{s.titled(s.gc.press_secretary)} {doing}.", credit_line(s)]


def p_schedule(s: Story) -> list[str]:
    r = s.rng
    nxt = s.year + r.randint(0, 2)
    return [s.once("schedule", [
        lambda: f"{s.name(s.host_leader)} invited his colleague to visit {s.host.name} again in {nxt}.",
        lambda:
            f"On {MONTHS[r.randrange(12)]} {r.randint(1, 28)}, the leaders are expected to meet again at a summit in "
        f"{s.pick([n.capital for n in nations()])}.",
        f"The {s.guest.demonym} delegation will leave {s.host.capital} on {MONTHS[s.month - 1]} {s.day + s.days}.",
        lambda: f"The ambassador, {s.titled(s.ambassador).rstrip(',')}, was also present.",
    ]) + " " + s.colour()]


def p_closing(s: Story) -> list[str]:
    return [s.pick([
        lambda: f"{s.name(s.guest_leader)} called the visit a historic event marking an important milestone in the "
        f"development of {s.guest.name}-{s.host.name} relations.",
        "The official part is over. This visit will serve as a reminder that strength sometimes lies in calm.",
        f"While the specific results of the visit remain to be seen, {s.host.capital} and {s.guest.capital} "
        f"emphasize dialogue and cooperation.",
        f"At the end of his speech, the President of {s.host.name} expressed confidence that the relations "
        f"between the two countries would rise to a qualitatively new level.",
    ])]


MIDDLE = [p_ceremony, p_photo_captions, p_delegation, p_background, p_expert, p_culture, p_wreath,
          p_press_secretary, p_schedule, p_background, p_photo_captions, p_reply]


# --------------------------------------------------------------------------- assembly

_SPACE_BEFORE_PUNCT = re.compile(r",(?=[.,;:!?])")


def _sentence_case(line: str) -> str:
    return line[0].upper() + line[1:] if line[:1].islower() else line


def make_text(index: int, *, seed: int = 0) -> str:
    """The text number ``index`` of the corpus for ``seed``."""
    w = world(seed)
    rng = random.Random(f"{seed}:text:{index}")
    guest, host = rng.sample(nations(), 2)
    story = Story(rng, w, guest, host, rng.choice(w.outlets), year=rng.randint(2018, 2025),
                  month=rng.randint(1, 12), day=rng.randint(1, 25), visit_type=rng.choice(
                      ["state", "official", "working", "official", "state"]), days=rng.randint(1, 3))
    title = title_line(story)
    first = lede(story)
    top, has_lede = header(story, title, first)
    if not has_lede:
        top.append(first)
        if rng.random() < 0.3:  # the lede again, as scrapers often leave it
            top += ["", first]
    sep = rng.choice(["\n", "\n\n", "mixed"])
    blocks: list[list[str]] = [p_arrival(story)]
    tail = [p_talks(story), p_agreements(story), p_closing(story)]
    target = rng.randint(5800, 9400)

    def size() -> int:
        return sum(len(x) + 2 for b in [top, *blocks, *tail] for x in b)

    pool = MIDDLE[:]
    while size() < target:
        if not pool:
            pool = [p_background, p_photo_captions, p_expert, p_schedule]
        block = pool.pop(rng.randrange(len(pool)))(story)
        blocks.insert(rng.randint(1, len(blocks)), block)
    body_blocks = [*blocks, *tail]
    if rng.random() < 0.3:  # the talks before some of the colour
        body_blocks.insert(rng.randint(1, len(body_blocks) - 2), body_blocks.pop(-3))
    parts = ["\n".join(top)]
    for block in body_blocks:
        joint = sep if sep != "mixed" else rng.choice(["\n", "\n\n"])
        parts.append(joint.join(_sentence_case(line) for line in block))
    text = "\n\n".join(parts) + "\n\n" + "\n".join(footer(story)) + "\n"
    return _SPACE_BEFORE_PUNCT.sub("", text).replace("\n\n\n\n", "\n\n\n")


def generate(n: int, out_dir: Path, *, seed: int = 0) -> list[Path]:
    """Write ``n`` texts into ``out_dir`` (created if need be) and return their paths, in order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = out_dir / f"{i:06d}.txt"
        path.write_bytes(make_text(i, seed=seed).encode("utf-8"))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many texts")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = generate(args.n, args.out_dir, seed=args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} texts ({total / 1024:.0f} KB) to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
