from tests.extraction.stand_in import _people, _seed_body, _seed_people
from visits.extraction.types import ExtractedRole, PartialDate
from visits.extraction.visit import find_visits

UZ = [("Shavkat Mirziyoyev", "UZ", ["Mirziyoyev"]), ("Frank-Walter Steinmeier", "DE", ["Steinmeier"])]


def _visits(body, persons=UZ, hos=None, published=None):
    p = _people(body, persons, hos=hos if hos is not None else {"UZ": 0, "DE": 1})
    return find_visits(body, p, published=published)


def test_arrival_for_official_visit_with_date():
    body = ("President of Uzbekistan Shavkat Mirziyoyev arrived in Berlin on an official visit on March 3. "
            "His plane landed at Berlin Brandenburg Airport. An official welcome ceremony followed at "
            "Bellevue Palace, then talks in narrow format and in expanded format.")
    [v] = _visits(body, published=PartialDate(2025, 3, 3))
    assert (v.guest, v.host, v.guest_country, v.host_country, v.visit_type) == (0, 1, "UZ", "DE", "official")
    assert v.cities == ["Berlin"]
    assert v.start == v.end == PartialDate(2025, 3, 3)
    kinds = [e.kind for e in v.events]
    assert kinds[:2] == ["arrival", "arrival"]
    assert {"welcome_ceremony", "talks_narrow"} <= set(kinds)


def test_will_pay_state_visit_with_range_and_invitation():
    body = ("At the invitation of President Steinmeier, Uzbek President Shavkat Mirziyoyev will pay a state "
            "visit to Germany from November 11 to 12.")
    [v] = _visits(body, published=PartialDate(2025, 11, 1))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "DE", "state")
    assert (v.start, v.end) == (PartialDate(2025, 11, 11), PartialDate(2025, 11, 12))


def test_no_year_without_published():
    body = "Shavkat Mirziyoyev will pay a working visit to Germany from November 11 to 12."
    [v] = _visits(body)
    assert v.visit_type == "working"
    assert v.start == PartialDate(None, 11, 11)


def test_second_day_counts_back_start():
    body = ("The second day of the state visit of President Shavkat Mirziyoyev to Berlin has come to an end. "
            "And on November 12, the official part of the negotiations took place.\n\n"
            "Mirziyoyev laid a wreath at the memorial.")
    [v] = _visits(body, published=PartialDate(2025, 11, 12))
    assert (v.start, v.end) == (PartialDate(2025, 11, 11), PartialDate(2025, 11, 12))
    assert "wreath_laying" in [e.kind for e in v.events]


def test_background_visit_and_invitation_are_not_the_visit():
    body = ("A year ago, Steinmeier visited Tashkent. Steinmeier's last state visit to Uzbekistan was nine years "
            "ago. Mirziyoyev invited Steinmeier to visit Uzbekistan in 2026.")
    assert _visits(body) == []


def test_text_about_no_visit_returns_empty():
    assert _visits("Inflation in Uzbekistan slowed to 9 percent in March, the central bank said.") == []


def test_summit_mentioned_in_passing_is_an_event_not_a_visit():
    body = ("On November 27, Shavkat Mirziyoyev arrived in Germany for a state visit. "
            "The following day, in Berlin, a session of the Council of the Organization will be held.")
    visits = _visits(body, published=PartialDate(2024, 11, 27))
    assert len(visits) == 1
    summit = [e for e in visits[0].events if e.kind == "summit"]
    assert summit and summit[0].date == PartialDate(2024, 11, 28)


def test_turkish_azerbaijani_working_visit():
    persons = [("Ilham Aliyev", "AZ", ["Aliyev"]), ("Recep Tayyip Erdogan", "TR", ["Erdogan"])]
    body = ("Azerbaijani President Ilham Aliyev has arrived in Ankara on a working visit. "
            "Aliyev and Erdogan held a meeting with Turkish businessmen, and 12 documents were signed.")
    [v] = _visits(body, persons, hos={"AZ": 0, "TR": 1}, published=PartialDate(2025, 5, 5))
    assert (v.guest, v.host, v.host_country, v.visit_type, v.cities) == (0, 1, "TR", "working", ["Ankara"])
    assert v.start == PartialDate(2025, 5, 5)


SEED_VISITS = {
    "000_e439a4b7d7e248e2.txt": (0, 1, "RU", "KZ", "state", ["Astana"], (2024, 11, 27), (2024, 11, 27)),
    "001_7afc1cab3bb346d6.txt": (1, 0, "KZ", "RU", "state", ["Moscow"], (2025, 11, 11), (2025, 11, 12)),
    "003_66c02dc949ab30a8.txt": (1, 0, "KZ", "RU", "state", ["Moscow"], None, None),
    "004_16dfb7eff7418677.txt": (1, 0, "KZ", "RU", "state", ["Moscow"], (2025, 11, 11), (2025, 11, 12)),
}


def test_seed_visits_fields():
    published = {"000": PartialDate(2024, 11, 27), "001": PartialDate(2025, 11, 12),
                 "004": PartialDate(2025, 11, 11)}
    for name, exp in SEED_VISITS.items():
        body = _seed_body(name)
        [v] = find_visits(body, _seed_people(body), published=published.get(name[:3]))
        start = (v.start.year, v.start.month, v.start.day) if v.start else None
        end = (v.end.year, v.end.month, v.end.day) if v.end else None
        got = (v.guest, v.host, v.guest_country, v.host_country, v.visit_type, v.cities, start, end)
        assert got == exp, name


def test_seed_plane_landed_visit_without_destination_sentence():
    body = _seed_body("002_e6e49ca9d2d0c371.txt")
    [v] = find_visits(body, _seed_people(body), published=PartialDate(2024, 11, 27))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "KZ", "state")
    assert v.start == v.end == PartialDate(2024, 11, 27)
    assert "summit" in [e.kind for e in v.events]


# ---- invented texts in the shapes of the independent annotation (guests below heads of state,
# monarchs, weekdays, stated durations and ends, programme cities)


def _with_roles(p, roles):
    """roles: [(person, normalized title, country)] added to the stand-in's roles."""
    for person, title, country in roles:
        p.roles.append(ExtractedRole(person=person, title=title.title(), title_as_written=title.title(),
                                     title_normalized=title, country=country))
    return p


def test_minister_working_visit_host_is_the_counterpart_not_the_president():
    persons = [("Ilgar Hasanov", "AZ", ["Hasanov"]), ("Selim Arslan", "TR", ["Arslan"]),
               ("Murat Kaya", "TR", ["Kaya"])]
    body = ("Azerbaijan's Minister of Foreign Affairs Ilgar Hasanov paid a working visit to Izmir on March 4, "
            "where he held talks with Turkish Foreign Minister Selim Arslan and was received by President "
            "Murat Kaya.\n\nLater in the day, Murat Kaya received Hasanov at his residence.")
    p = _with_roles(_people(body, persons, hos={"TR": 2}), [(0, "minister of foreign affairs", "AZ"),
                                                           (1, "minister of foreign affairs", "TR")])
    [v] = find_visits(body, p, published=PartialDate(2027, 3, 4))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "TR", "working")
    assert v.cities == ["Izmir"]
    assert v.start == v.end == PartialDate(2027, 3, 4)


def test_king_state_visit_weekdays_stated_end_and_host_who_receives_him():
    persons = [("Omar bin Faisal", None, ["King Omar"]), ("Harald", None, ["Emperor Harald"]),
               ("Ingrid Berg", "NO", [])]
    body = ("Emperor Harald greeted King Omar bin Faisal in front of the palace.\n\n"
            "The welcome ceremony on Wednesday, March 4, opened the King's three-day state visit to Norway, "
            "which ends on Friday. The King arrived in Oslo on Tuesday evening and was met by Ingrid Berg.\n\n"
            "Later, Emperor Harald received the King in an audience. In the evening, the Emperor hosted a "
            "banquet in honour of the guest.\n\n"
            "On Thursday, the King is scheduled to travel by train to Bergen, where he will visit a port.")
    p = _with_roles(_people(body, persons), [(0, "king", None), (1, "emperor", None)])
    [v] = find_visits(body, p)
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "NO", "state")
    assert v.cities == ["Oslo", "Bergen"]
    assert (v.start, v.end) == (PartialDate(None, 3, 3), PartialDate(None, 3, 6))


def test_three_day_visit_starts_on_the_landing_date_and_counts_the_days():
    persons = [("Nguyen Van An", "VN", []), ("Rui Costa", "PT", ["Costa"])]
    body = ("Prime Minister of Vietnam Nguyen Van An arrived in Lisbon on Monday for a three-day official visit "
            "to Portugal at the invitation of Prime Minister Rui Costa.\n\n"
            "The Vietnamese delegation landed at Humberto Delgado Airport late on June 2, where it was met by "
            "officials.")
    p = _people(body, persons)
    [v] = find_visits(body, p, published=PartialDate(2027, 6, 3))
    assert (v.guest, v.host, v.host_country, v.visit_type, v.cities) == (0, 1, "PT", "official", ["Lisbon"])
    assert (v.start, v.end) == (PartialDate(2027, 6, 2), PartialDate(2027, 6, 4))


def test_visit_as_part_of_talks_arrival_in_demonym_capital_and_last_until():
    persons = [("Ruslan Abdyldaev", "KG", []), ("Li Qiang Ming", "CN", [])]
    body = ("On May 12, President of Kyrgyzstan Ruslan Abdyldaev held talks with President of China Li Qiang Ming "
            "as part of his state visit to China.\n\n"
            "Ruslan Abdyldaev arrived in the Chinese capital on the evening of May 11. The visit will last "
            "until May 14.")
    [v] = find_visits(body, _people(body, persons, hos={"KG": 0, "CN": 1}), published=PartialDate(2027, 5, 12))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "CN", "state")
    assert v.cities == ["Beijing"]
    assert (v.start, v.end) == (PartialDate(2027, 5, 11), PartialDate(2027, 5, 14))


def test_range_in_a_sentence_about_the_visit_and_two_day_visit():
    body = ("BERLIN - President of Uzbekistan Shavkat Mirziyoyev has concluded his two-day state visit to the "
            "Federal Republic of Germany. The visit, which took place on June 8–9 at the invitation of "
            "President Steinmeier, was the first in years.")
    [v] = _visits(body, published=PartialDate(2027, 6, 9))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "DE", "state")
    assert (v.start, v.end) == (PartialDate(2027, 6, 8), PartialDate(2027, 6, 9))


def test_visit_ends_on_stated_date_and_programme_city():
    persons = [("Carlos Mendes", "BR", ["Mendes"]), ("Anil Sharma", "IN", [])]
    body = ("Brazilian President Carlos Mendes has arrived in New Delhi on a state visit to India. "
            "The visit takes place at the invitation of the President of India and will last four days.\n\n"
            "On Friday, Mendes is scheduled to travel to Mumbai. The visit ends on March 13.")
    p = _people(body, persons, [(r"the President of India", 1)], hos={"BR": 0, "IN": 1})
    [v] = find_visits(body, p, published=PartialDate(2027, 3, 10))
    assert (v.guest, v.host, v.cities) == (0, 1, ["New Delhi", "Mumbai"])
    assert (v.start, v.end) == (PartialDate(2027, 3, 10), PartialDate(2027, 3, 13))


# ---- who is in a country on a visit, invitations, institutions as hosts


def test_guest_who_is_in_a_country_on_a_visit_and_not_the_one_invited_back():
    body = ("President of Uzbekistan Shavkat Mirziyoyev, who is in Germany on an official visit, held talks in "
            "Berlin on 4 June 2027 with Frank-Walter Steinmeier. In the evening Steinmeier hosted a dinner in "
            "honour of the guest. Mirziyoyev invited Frank-Walter Steinmeier to pay a visit to Uzbekistan at any "
            "convenient time. The official visit of the President of Uzbekistan to Germany will conclude on 5 June.")
    [v] = _visits(body, published=PartialDate(2027, 6, 4))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "DE", "official")
    assert v.end == PartialDate(2027, 6, 5)


def test_the_inviter_is_the_host_not_the_guest():
    body = ("Paris: the Emir began a three-day state visit to France yesterday at the invitation of President "
            "Jean Morel. The Emir's aircraft landed at Orly airport on 2 December.")
    persons = [("Jean Morel", None, ["President Jean Morel"])]
    assert _visits(body, persons, hos={}, published=PartialDate(2027, 12, 3)) == []


def test_invitation_of_an_institution_makes_its_head_the_host():
    body = ("Prime Minister of Georgia Nika Abashidze arrived in Brussels on Tuesday, 16 March 2027, on a working "
            "visit at the invitation of the European Commission. He held talks with President of the European "
            "Commission Anna Lindqvist.")
    persons = [("Nika Abashidze", "GE", []), ("Anna Lindqvist", None, [])]
    p = _people(body, persons, hos={})
    p.roles.append(ExtractedRole(person=0, title="Prime Minister", title_as_written="Prime Minister",
                                 title_normalized="prime minister", country="GE"))
    p.roles.append(ExtractedRole(person=1, title="President", title_as_written="President",
                                 title_normalized="president", organization="European Commission"))
    [v] = find_visits(body, p, published=PartialDate(2027, 3, 16))
    assert (v.guest, v.host, v.visit_type, v.cities) == (0, 1, "working", ["Brussels"])


def test_arrival_at_the_invitation_to_pay_a_visit_is_the_visit():
    body = ("Shavkat Mirziyoyev arrived in Berlin on 4 June 2027 at the invitation of Frank-Walter Steinmeier to pay "
            "a state visit to Germany.")
    [v] = _visits(body, published=PartialDate(2027, 6, 4))
    assert (v.guest, v.host, v.visit_type, v.start) == (0, 1, "state", PartialDate(2027, 6, 4))


# ---- the visit of the report, not a background one; cues in ordinary press shapes (whole pipeline)


def _extracted_visit(text, n=1):
    from visits.extraction.pipeline import extract

    article = extract(text)
    assert len(article.visits) == n
    v = article.visits[0]
    names = [p.name for p in article.people]
    return v, names[v.guest], names[v.host] if v.host is not None else None


def test_current_state_visit_wins_over_a_dated_earlier_one_and_since_clause_is_no_background():
    text = ("Nordic Wire\n\nEstonian president opens state visit to Portugal\n\nLisbon, 14 May 2025\n\n"
            "Estonian President Mart Kivisild, who landed at Figo Maduro airport on Tuesday evening, is the first "
            "Estonian head of state to pay a state visit to Portugal since the two countries restored diplomatic "
            "relations in 1991.\nHe was received on Wednesday by Portuguese President Helena Vasconcelos at Belem "
            "Palace.\nVasconcelos recalled that she paid an official visit to Estonia on June 3-5, 2023, and was "
            "hosted in Tallinn by Kivisild.\nOn Friday Kivisild is due in Porto, where he will visit a shipyard "
            "before the visit ends on Saturday.\n")
    # the earlier visit, told with its days and year, is recorded too, after the article's own
    v, guest, host = _extracted_visit(text, n=2)
    assert (guest, host, v.host_country, v.visit_type) == ("Mart Kivisild", "Helena Vasconcelos", "PT", "state")
    assert v.cities == ["Lisbon", "Porto"]
    assert (v.start, v.end) == (PartialDate(2025, 5, 13), PartialDate(2025, 5, 17))


def test_was_in_a_city_on_a_weekday_for_a_working_visit_meets_the_counterpart():
    text = ("Baltic Courier\n\nLatvian minister in Vilnius\n\n12 May 2026\n\n"
            "Latvian Foreign Minister Andris Kalnins was in Vilnius on Tuesday for a working visit focused on "
            "energy.\nKalnins held talks with Lithuanian Foreign Minister Darius Petraitis at the foreign ministry.\n")
    v, guest, host = _extracted_visit(text)
    assert (guest, host, v.host_country, v.visit_type, v.cities) == (
        "Andris Kalnins", "Darius Petraitis", "LT", "working", ["Vilnius"])
    assert v.start == v.end == PartialDate(2026, 5, 12)


def test_began_a_state_visit_and_was_welcomed_by_the_king():
    text = ("Gulf Herald\n\nTuesday 2 September 2025\n\n"
            "The Emir of Qatar, Tamim bin Khalifa Al Rayyan, began a two-day state visit to Norway on Tuesday, the "
            "first by a Qatari ruler since ties were set up in 1972, and drove to the palace in Oslo.\n"
            "The Emir was welcomed at the palace by King Harald VII and Queen Sonja.\n"
            "Tamim bin Khalifa was later received by Prime Minister Erik Solvang.\n")
    v, guest, host = _extracted_visit(text)
    assert (guest, host, v.host_country, v.visit_type, v.cities) == (
        "Tamim bin Khalifa Al Rayyan", "Harald VII", "NO", "state", ["Oslo"])
    assert (v.start, v.end) == (PartialDate(2025, 9, 2), PartialDate(2025, 9, 3))


def test_a_news_agency_in_the_dateline_is_never_the_guest():
    text = ("Agency wire\n\n2026-04-06 10:00\n\n"
            "ACCRA, April 6 (Xinhua) -- Peruvian President Luis Alberto Quispe arrived in Accra on Monday for a "
            "three-day state visit to Ghana.\n\"We came to trade,\" Quispe told Xinhua.\n")
    v, guest, _host = _extracted_visit(text)
    assert guest == "Luis Alberto Quispe"
    assert (v.host_country, v.visit_type, v.cities) == ("GH", "state", ["Accra"])
    assert (v.start, v.end) == (PartialDate(2026, 4, 6), PartialDate(2026, 4, 8))


def test_day_of_visit_cue_dates_from_its_own_weekday():
    # invented text; 2025-03-05 is a Wednesday
    body = ("Shavkat Mirziyoyev on Wednesday held talks with Frank-Walter Steinmeier in Berlin, on the second day "
            "of his three-day working visit to Germany.\n\nThe talks lasted two hours.")
    [v] = _visits(body, published=PartialDate(2025, 3, 5))
    assert (v.guest, v.host_country, v.visit_type) == (0, "DE", "working")
    assert (v.start, v.end) == (PartialDate(2025, 3, 4), PartialDate(2025, 3, 6))


def test_was_in_country_for_days_on_working_visit_host_is_the_minister_met():
    # a minister whose country is not known, "was in X from 16 to 18 June on a working visit", talks in the next
    # sentence with the host's minister; the only year the text writes dates the visit
    persons = [("Amara Okonkwo-Diallo", None, ["Okonkwo-Diallo"]), ("Kenji Watanabe", "JP", ["Watanabe"])]
    body = ("The Minister of Industry and Commerce, Dr. Amara Okonkwo-Diallo, was in Japan from 16 to 18 June on a "
            "working visit that took her to Tokyo and Osaka.\n\nThe visit began on Tuesday in Tokyo, where the "
            "Minister held bilateral talks with Japan's Minister of Trade, Kenji Watanabe.\n\nOn Thursday the "
            "delegation attended the Japan Trade Expo 2031 in Osaka.")
    p = _with_roles(_people(body, persons, hos={}), [(0, "minister of industry and commerce", None),
                                                    (0, "minister", None), (1, "minister of trade", "JP")])
    [v] = find_visits(body, p, published=PartialDate(None, 6, 19))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "JP", "working")
    assert v.cities == ["Tokyo", "Osaka"]
    assert (v.start, v.end) == (PartialDate(2031, 6, 16), PartialDate(2031, 6, 18))


def test_visit_that_ends_the_same_day_ends_on_the_day_last_named():
    body = ("Shavkat Mirziyoyev arrived in Berlin on September 22 on an official visit.\n\n"
            "On September 23, the President will travel to Hamburg. The official visit will end the same day "
            "with his departure from Hamburg Airport.")
    [v] = _visits(body, published=PartialDate(2027, 9, 22))
    assert (v.start, v.end) == (PartialDate(2027, 9, 22), PartialDate(2027, 9, 23))


def test_years_written_twice_differently_give_no_year():
    body = ("Shavkat Mirziyoyev was in Germany from 16 to 18 June on a working visit. Trade doubled from 2019 "
            "to 2024.")
    [v] = _visits(body)
    assert v.start == PartialDate(None, 6, 16)


def test_guest_is_the_person_a_who_clause_describes_not_the_dateline_agency():
    # invented wire story: the agency in the dateline was (wrongly) found as a person
    persons = [("Ortiz Press", None, []), ("Lena Varga", "HU", ["Varga"]), ("Tomas Lind", "SE", ["Lind"])]
    body = ("MADRID, May 4 (Ortiz Press) – Hungarian Deputy Prime Minister Lena Varga, who is on a working visit "
            "to Sweden from May 3 to 5 at the invitation of Tomas Lind, met with Lind in Stockholm on Monday.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 4))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (1, 2, "SE", "working")
    assert (v.start, v.end) == (PartialDate(2026, 5, 3), PartialDate(2026, 5, 5))


def test_ambassador_on_a_working_visit_to_the_region_named_before():
    persons = [("Omar Haddad", "JO", ["Haddad"]), ("Pavel Novak", None, ["Novak"])]
    body = ("On May 12, Governor of Ostrava region Pavel Novak received a delegation headed by the Ambassador of "
            "Jordan to the Czech Republic Omar Haddad, who is on a working visit to the region.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 13))
    assert (v.guest, v.host, v.host_country, v.visit_type, v.cities) == (0, 1, "CZ", "working", ["Ostrava"])
    assert v.start == v.end == PartialDate(2026, 5, 12)


def test_a_visit_dated_to_a_month_of_an_earlier_year_is_background():
    body = ("Much of this goes back to the state visit of Shavkat Mirziyoyev to Berlin in March 2019, when "
            "loans were agreed.")
    assert _visits(body, published=PartialDate(2026, 11, 12)) == []


def test_an_earlier_visit_told_with_its_days_and_year_is_its_own_visit():
    body = ("Shavkat Mirziyoyev arrived in Berlin on a state visit on March 3.\n\n"
            "Frank-Walter Steinmeier paid an official visit to Uzbekistan on May 18-20, 2021, and was hosted in "
            "Samarkand by Mirziyoyev.")
    own, earlier = _visits(body, published=PartialDate(2025, 3, 3))
    assert (own.guest, own.host_country, own.start) == (0, "DE", PartialDate(2025, 3, 3))
    assert (earlier.guest, earlier.host, earlier.host_country, earlier.visit_type, earlier.cities) == (
        1, 0, "UZ", "official", ["Samarkand"])
    assert (earlier.start, earlier.end) == (PartialDate(2021, 5, 18), PartialDate(2021, 5, 20))


def test_slash_agency_dateline_does_not_date_the_visit():
    persons = [("Ana Petrescu", "RO", ["Petrescu"]), ("Jonas Berg", "NO", ["Berg"])]
    body = ("OSLO, May 4 /Nordpress/ – Romanian Foreign Minister Ana Petrescu, who is in Oslo on a working visit on "
            "May 4-5, held talks with Norwegian Foreign Minister Jonas Berg on Monday.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 4))
    assert (v.guest, v.host_country) == (0, "NO")
    assert (v.start, v.end) == (PartialDate(2026, 5, 4), PartialDate(2026, 5, 5))


def test_programme_city_announced_as_the_visit_continuing_there_or_a_city_of():
    persons = [("Ana Petrescu", "RO", ["Petrescu"]), ("Jonas Berg", "NO", ["Berg"])]
    body = ("On 4 May, Prime Minister of Romania Ana Petrescu arrived in Oslo on an official visit at the invitation "
            "of Jonas Berg.\nOn 5 May, the visit of the Prime Minister of Romania will continue in Bergen.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 4))
    assert v.cities == ["Oslo", "Bergen"]
    body = ("Petrescu, who arrived in Oslo on Monday for a two-day state visit, held talks with Berg.\n"
            "On Tuesday, Petrescu is scheduled to travel to the old Hanseatic port city of Bergen before returning "
            "home.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 4))
    assert v.cities == ["Oslo", "Bergen"]


def test_report_of_the_last_day_ends_the_visit_that_day_and_counts_back_its_length():
    persons = [("Ana Petrescu", "RO", ["Petrescu"]), ("Jonas Berg", "NO", ["Berg"])]
    body = ("On May 5, Romanian President Ana Petrescu, who is in Norway on a state visit, toured a shipyard in "
            "Bergen with Jonas Berg.\nDuring the two-day visit the parties signed four documents.\n"
            "The state visit ended with a farewell ceremony at the airport.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 5))
    assert (v.start, v.end) == (PartialDate(2026, 5, 4), PartialDate(2026, 5, 5))
    # without the end, the same report is read as the first of the two days
    [v] = _visits(body.rsplit("\n", 1)[0], persons=persons, hos={}, published=PartialDate(2026, 5, 5))
    assert (v.start, v.end) == (PartialDate(2026, 5, 5), PartialDate(2026, 5, 6))


def test_guest_country_from_the_visit_by_a_demonym_office():
    persons = [("Ana Petrescu", None, ["Petrescu"]), ("Jonas Berg", "NO", ["Berg"])]
    body = ("Prime Minister Ana Petrescu arrived in Oslo on Monday for a two-day official visit and held talks with "
            "Jonas Berg.\nIt is the first official visit to Norway by a Romanian prime minister in ten years.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 4))
    assert (v.guest, v.guest_country, v.host_country) == (0, "RO", "NO")


def test_concluding_a_three_day_visit_tomorrow_gives_the_visit_and_its_end():
    persons = [("Ana Petrescu", "RO", ["Petrescu"]), ("Jonas Berg", None, ["Berg"])]
    body = ("Prime Minister Jonas Berg held talks today with Prime Minister of Romania Ana Petrescu.\n"
            "Petrescu, who arrived in Oslo on Sunday, thanked the hosts.\n"
            "The Romanian Prime Minister is scheduled to meet business leaders tomorrow, Tuesday, before concluding "
            "her three-day official visit to Norway.")
    p = _people(body, persons, descriptions=[(r"The Romanian Prime Minister", 0)])
    p.roles = [ExtractedRole(person=0, title="Prime Minister", title_as_written="Prime Minister of Romania",
                             title_normalized="prime minister", country="RO"),
               ExtractedRole(person=1, title="Prime Minister", title_as_written="Prime Minister",
                             title_normalized="prime minister")]
    [v] = find_visits(body, p, published=PartialDate(2026, 5, 4))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "NO", "official")
    assert v.cities == ["Oslo"]
    assert (v.start, v.end) == (PartialDate(2026, 5, 3), PartialDate(2026, 5, 5))


def test_days_of_the_visit_after_the_day_of_a_ceremony_in_one_sentence():
    persons = [("Ana Petrescu", "RO", ["Petrescu"]), ("Jonas Berg", "NO", ["Berg"])]
    body = ("President Jonas Berg chaired a welcome ceremony in Oslo on May 4 for President of Romania Ana Petrescu, "
            "who is paying a state visit to Norway from May 4 to 6 at the invitation of Berg.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 4))
    assert (v.start, v.end) == (PartialDate(2026, 5, 4), PartialDate(2026, 5, 6))


def test_travel_to_a_city_of_four_words():
    persons = [("Ana Petrescu", "RO", ["Petrescu"]), ("Tran Van Long", "VN", ["Long"])]
    body = ("President of Romania Ana Petrescu arrived in Hai Phong on a state visit and held talks with "
            "Tran Van Long.\nShe will travel to Ho Chi Minh City on Thursday.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 4))
    assert v.cities == ["Hai Phong", "Ho Chi Minh City"]


def test_report_of_the_last_day_naming_where_and_when_the_visit_began():
    persons = [("Mateo Arancibia Sotomayor", None, ["Arancibia Sotomayor"]), ("Tran Van Long", "VN", ["Long"])]
    body = ("Da Nang, May 7, 2026.– The President of the Republic, Mateo Arancibia Sotomayor, concluded today in "
            "Da Nang his state visit to the Socialist Republic of Vietnam, which began on Tuesday, May 5, in "
            "Hai Phong.\n"
            "In Hai Phong, the President was received by his counterpart, President Tran Van Long.")
    [v] = _visits(body, persons=persons, hos={"VN": 1}, published=PartialDate(2026, 5, 7))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "VN", "state")
    assert v.cities == ["Hai Phong", "Da Nang"]
    assert (v.start, v.end) == (PartialDate(2026, 5, 5), PartialDate(2026, 5, 7))


def test_visited_a_country_on_stated_days_is_a_visit():
    persons = [("Ana Petrescu", "RO", ["Petrescu"]), ("Jonas Berg", "NO", ["Berg"])]
    body = ("Minister of Foreign Affairs Ana Petrescu visited Norway on 4–5 May. Trade was high on the agenda.\n"
            "In Oslo, Petrescu held talks with Norway's Minister of Foreign Affairs Jonas Berg.")
    [v] = _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 5))
    assert (v.guest, v.host_country) == (0, "NO")
    assert (v.start, v.end) == (PartialDate(2026, 5, 4), PartialDate(2026, 5, 5))
    body = "Ana Petrescu visited Norway in 2019 and again last spring."
    assert _visits(body, persons=persons, hos={}, published=PartialDate(2026, 5, 5)) == []


def test_abbreviated_month_and_initials_end_no_sentence_and_a_leader_without_country_hosts_a_premier():
    text = ("Island Courier\n\nPremier brings trade mission to the south\n\nBy Ana Cruz\n\n"
            "LOWLAND Prime Minister Arun Chaiwat is in Port Elm today, Thursday, Oct. 15, on the second day of his "
            "three-day official visit to the Philippines, a day after he and President Jose R. Dalisay Jr. "
            "witnessed the signing of 12 documents.\n\nChaiwat was welcomed at the airport by Governor Rita "
            "Ongpin.\n\nOn Wednesday, Chaiwat held a one-on-one meeting with President Dalisay, followed by "
            "expanded talks.\n")
    v, guest, host = _extracted_visit(text)
    assert (guest, host, v.host_country, v.visit_type) == ("Arun Chaiwat", "Jose R. Dalisay Jr", "PH", "official")
    assert v.start.day == 14 and v.end.day == 16


def test_a_visit_wrapped_up_on_a_weekday_ends_that_day_and_counts_back_its_length():
    text = ("Danube Daily\n\nGuest heads home\n\nBy Ana Cruz\n15 October 2026\n\n"
            "Ruritanian President Ivo Marek wrapped up a two-day official visit to Hungary on Thursday with a trip "
            "to Debrecen.\n\nMarek held talks with President Tamas Berenyi in Budapest.\n")
    v, guest, _host = _extracted_visit(text)
    assert guest == "Ivo Marek"
    assert (v.start, v.end) == (PartialDate(2026, 10, 14), PartialDate(2026, 10, 15))


def test_the_city_a_report_finds_the_guest_in_and_a_town_the_reference_does_not_list():
    text = ("Island Courier\n\nPremier in the south\n\nBy Ana Cruz\n\n"
            "LOWLAND Prime Minister Arun Chaiwat is in Cebu City today, Thursday, Oct. 15, on the second day of his "
            "three-day official visit to the Philippines.\n\nOn Wednesday, Chaiwat held talks with President Jose "
            "Dalisay in Manila.\n\nOn Friday he will travel to Dumaguete, where he will visit a port, and will then "
            "fly back to Bangkok.\n")
    v, _guest, _host = _extracted_visit(text)
    assert v.cities == ["Manila", "Cebu City", "Dumaguete"]


def test_a_conferred_title_alone_is_its_holder_and_a_visit_continued_is_reported():
    text = ("Phnom Post\n\nPremier agrees to double trade\n\nBy Ana Cruz\nThursday, October 22, 2026\n\n"
            "Prime Minister Samdech Thipadei Sok Vireak and his New Zealand counterpart Tom Ashby yesterday agreed "
            "to double trade, as the Cambodian leader continued a four-day official visit to New Zealand.\n\n"
            "Samdech Thipadei arrived in Wellington on Tuesday evening.\n")
    v, guest, host = _extracted_visit(text)
    assert (guest, host, v.visit_type) == ("Sok Vireak", "Tom Ashby", "official")
    assert (v.start, v.end) == (PartialDate(2026, 10, 20), PartialDate(2026, 10, 23))


def test_a_home_outlets_report_gets_the_host_country_from_the_cities_and_the_end_from_the_trip_home():
    text = ("Flanders Courier\n\nGuest tours the port\n\nOctober 13, 2026\n\nBy Ana Cruz\n\n"
            "Moldovan prime minister Ion Rusu toured the port of Antwerp on Tuesday morning, on the second day of "
            "an official visit which has put energy on the agenda.\n\n"
            "On Monday Rusu held talks with prime minister Pieter Claes at his residence in Brussels.\n\n"
            "After the tour in Antwerp Rusu travelled to Ghent, where he opened a trade fair.\n\n"
            "On Wednesday Rusu is due to visit a textile plant in Kortrijk before flying home to Chisinau in the "
            "afternoon.\n")
    v, guest, _host = _extracted_visit(text)
    assert (guest, v.host_country, v.visit_type) == ("Ion Rusu", "BE", "official")
    assert (v.start, v.end) == (PartialDate(2026, 10, 12), PartialDate(2026, 10, 14))
    assert set(v.cities) == {"Brussels", "Antwerp", "Ghent", "Kortrijk"}
    departure = [e for e in v.events if e.kind == "departure"]
    assert [e.date for e in departure] == [PartialDate(2026, 10, 14)]


def test_a_visit_by_a_head_of_state_of_a_named_nationality_and_programme_days_by_weekday():
    text = ("Andes Wire\n\nNovember 4, 2026\n\n"
            "Chilean President Rosa Vidal and her Bolivian peer Mario Quispe on Tuesday signed five agreements, on "
            "the first state visit by a Chilean head of state to Bolivia in a decade.\n\n"
            "Vidal landed in La Paz on Monday evening.\n\n"
            "On Tuesday morning President Quispe received his guest with an official welcome ceremony.\n\n"
            "On Wednesday the Chilean president travels to Santa Cruz de la Sierra. She is due to fly back to "
            "Santiago on Wednesday evening.\n")
    v, guest, _host = _extracted_visit(text)
    assert (guest, v.host_country, v.visit_type) == ("Rosa Vidal", "BO", "state")
    assert (v.start, v.end) == (PartialDate(2026, 11, 2), PartialDate(2026, 11, 4))
    assert v.cities == ["La Paz", "Santa Cruz de la Sierra"]
    welcome = next(e for e in v.events if e.kind == "welcome_ceremony")
    assert welcome.date == PartialDate(2026, 11, 3)


def test_a_city_whose_name_opens_with_the():
    text = ("Baltic Wire\n\nMarch 2, 2026\n\n"
            "Estonian Foreign Minister Kadri Tamm arrived in The Hague on Monday on an official visit.\n")
    v, guest, _host = _extracted_visit(text)
    assert (guest, v.host_country, v.cities) == ("Kadri Tamm", "NL", ["The Hague"])


def test_a_weekday_told_in_the_past_is_the_week_of_the_report_and_the_last_leg_today_ends_the_visit():
    text = ("Kathmandu Courier\n\nPremier holds talks in Oslo\n\nPublished: 07:45 am Nov 10, 2026\n\n"
            "OSLO, NOVEMBER 10\n\nPrime Minister Ram Bahadur Karki held talks with his Norwegian counterpart Ola "
            "Berg on Monday, the first day of his three-day official visit to Norway.\n")
    v, guest, _host = _extracted_visit(text)
    assert guest == "Ram Bahadur Karki"
    assert (v.start, v.end) == (PartialDate(2026, 11, 9), PartialDate(2026, 11, 11))
    text = ("Nordic Post\n\nPremier heads north\n\nNovember 11, 2026\n\nBy Ana Berg\n\n"
            "The prime minister of Nepal, Ram Bahadur Karki, is in Bergen today on the last leg of a three-day "
            "official visit to Norway.\n")
    v, _guest, _host = _extracted_visit(text)
    assert (v.start, v.end, v.cities) == (PartialDate(2026, 11, 9), PartialDate(2026, 11, 11), ["Bergen"])


def test_a_city_with_lower_case_words_in_its_name():
    text = ("Maputo Wire\n\nNovember 5, 2026\n\nPresident Ana Mabote arrived in Dar es Salaam on Wednesday "
            "afternoon for a three-day state visit to Tanzania.\n")
    v, _guest, _host = _extracted_visit(text)
    assert (v.host_country, v.cities) == ("TZ", ["Dar es Salaam"])


def test_an_onward_trip_is_not_the_trip_home_and_a_life_story_is_not_the_visit_s_cities():
    text = ("Danube Daily\n\nGuest in Japan\n\nOctober 12, 2026\n\nBy Ana Cruz\n\n"
            "Ruritanian President Ivo Marek arrived in Tokyo on Monday on a five-day official visit to Japan.\n\n"
            "Marek, who was born in Nagoya and studied in Kyoto, held talks with Prime Minister Ken Sato in Tokyo. "
            "Marek will depart for Osaka on Wednesday, and will fly home on Friday.\n")
    v, guest, _host = _extracted_visit(text)
    assert guest == "Ivo Marek"
    assert (v.start, v.end) == (PartialDate(2026, 10, 12), PartialDate(2026, 10, 16))
    assert "Nagoya" not in v.cities and "Kyoto" not in v.cities


def test_on_the_second_day_of_an_official_visit_then_a_comma():
    text = ("Flanders Courier\n\nGuest tours the port\n\nOctober 13, 2026\n\n"
            "Moldovan prime minister Ion Rusu toured the port of Antwerp on Tuesday, on the second day of an "
            "official visit, and met dock workers.\n\n"
            "On Monday Rusu held talks with prime minister Pieter Claes in Brussels.\n")
    v, guest, _host = _extracted_visit(text)
    assert (guest, v.host_country) == ("Ion Rusu", "BE")
    assert v.start == PartialDate(2026, 10, 12)


def test_a_town_the_reference_does_not_list_is_a_city_of_the_visit_when_the_text_calls_it_a_town():
    text = ("Tatra Wire\n\nPresidents in the mountains\n\nStara Dolina, October 17 (TW) - Austrian President Konrad "
            "Weissler, who is on a two-day informal visit to Slovakia at the invitation of President Juraj Pekar, "
            "spent Saturday in the historic mining town of Stara Dolina.\n\n"
            "Weissler arrived in Bratislava on Friday afternoon. He then toured the mine in Stara Dolina.\n")
    v, guest, host = _extracted_visit(text)
    assert (guest, host) == ("Konrad Weissler", "Juraj Pekar")
    assert v.cities == ["Bratislava", "Stara Dolina"]


def test_a_town_with_a_district_council_where_the_two_delegations_went_is_a_city_of_the_visit():
    text = ("Danube Wire\n\nPresident ends visit in the south\n\nChisinau, 17 September 2031 - Ukrainian President "
            "Taras Melnyk on Thursday visited the port of Giurgiulesti on the second and last day of his state "
            "visit to Moldova, after talks in Chisinau with President Ana Cebotari.\n\n"
            "Later the two delegations attended a business forum in Vadeni. The chairman of the Vadeni District "
            "Council, Ion Rusu, welcomed them.\n")
    v, guest, _host = _extracted_visit(text)
    assert guest == "Taras Melnyk"
    assert "Vadeni" in v.cities


def test_a_town_of_another_country_and_a_line_opening_the_are_no_city_of_the_visit():
    text = ("Tatra Wire\n\nPresidents at the border\n\nBratislava, October 17 (TW) - Austrian President Konrad "
            "Weissler, who is on a two-day informal visit to Slovakia at the invitation of President Juraj Pekar, "
            "looked across the river to the Austrian town of Hohenwald.\n\n"
            "The October 17 programme was short. Weissler then spoke in The Carlton Hotel and later in Hohenwald.\n\n"
            "On Saturday in Nitra, the leaders of the opposition parties will hold a rally.\n")
    v, guest, _host = _extracted_visit(text)
    assert guest == "Konrad Weissler"
    assert v.cities == ["Bratislava"]


def test_a_visit_the_guest_returned_home_after_names_its_host_by_its_formal_name():
    text = ("Press release\n\nDili, 21 October 2026\n\nThe Prime Minister of Timor-Leste, Joao Sarmento, returned to "
            "Dili this evening after a three-day official visit to the Independent State of Papua New Guinea, "
            "undertaken from 19 to 21 October at the invitation of the Prime Minister of Papua New Guinea, Peni "
            "Wari.\n")
    v, guest, host = _extracted_visit(text)
    assert (guest, host) == ("Joao Sarmento", "Peni Wari")
    assert (v.guest_country, v.host_country, v.visit_type) == ("TL", "PG", "official")
    assert (v.start, v.end) == (PartialDate(2026, 10, 19), PartialDate(2026, 10, 21))


def test_a_guest_who_spent_days_somewhere_on_a_visit():
    text = ("Lomé, 28 November 2026\n\nBenin's President Marc Adjovi spent Friday evening and Saturday morning in "
            "Togo on an informal visit, at the invitation of the President of the Council of Ministers, Kodjo "
            "Amenyo.\n")
    v, guest, _host = _extracted_visit(text)
    assert guest == "Marc Adjovi"
    assert (v.guest_country, v.host_country, v.visit_type) == ("BJ", "TG", "informal")


def test_towns_the_guest_drove_or_travelled_to_are_cities_of_the_visit():
    text = ("Lomé, 28 November 2026\n\nBenin's President Marc Adjovi spent Friday evening and Saturday morning in "
            "Togo on an informal visit, at the invitation of the President of the Council of Ministers, Kodjo "
            "Amenyo.\n\nOn Saturday morning, the two leaders drove along the coastal road to Aneho, 45 km east of "
            "Lomé, to inspect the sea defences.\n")
    v, _guest, _host = _extracted_visit(text)
    assert v.cities == ["Lomé", "Aneho"]
    text = ("PANAMA CITY, Feb 24 (EFE).- Ecuador's President Tomas Brena wrapped up a three-day state visit to "
            "Panama on Wednesday.\n\nIn the afternoon Brena travelled to the Caribbean province of Colón, where "
            "he saw the locks.\n")
    v, _guest, _host = _extracted_visit(text)
    assert "Colón" in v.cities
