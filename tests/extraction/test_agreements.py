from tests.extraction.stand_in import _people, _seed_body, _seed_people
from visits.extraction.agreements import find_agreements
from visits.extraction.pipeline import extract
from visits.extraction.types import PartialDate

TR = [("Recep Tayyip Erdogan", "TR", ["Erdogan"]), ("Ilham Aliyev", "AZ", ["Aliyev"]),
      ("Mikayil Jabbarov", "AZ", ["Jabbarov"])]
DAY = PartialDate(2025, 3, 3)


def _agreements(body, persons=TR, **kw):
    p = _people(body, persons, hos={"TR": 0, "AZ": 1})
    return p, find_agreements(body, p, default_date=kw.get("default_date", DAY))


def test_count_of_signed_agreements():
    _, found = _agreements("During Aliyev's working visit to Ankara, the two sides signed 12 documents.")
    assert len(found) == 1
    a = found[0]
    assert (a.count, a.status, a.kind) == (12, "signed", "document")
    assert sorted(a.parties) == ["AZ", "TR"]
    assert a.date == DAY


def test_expected_count_with_number_word():
    _, found = _agreements("Erdogan noted that twenty agreements are expected to be signed as a result of the visit.")
    assert [(a.count, a.status, a.signatories) for a in found] == [(20, "expected", [])]


def test_titled_intergovernmental_agreement_after_signing_sentence():
    body = ("After the signing and exchange of documents, the ministers posed with them.\n"
            "Minister Jabbarov held an intergovernmental agreement on cooperation in healthcare.")
    _, found = _agreements(body)
    assert len(found) == 1
    a = found[0]
    assert a.title == "intergovernmental agreement on cooperation in healthcare"
    assert (a.kind, a.level, a.field, a.status) == ("agreement", "intergovernmental", "health", "signed")


def test_future_signing_with_pronoun_signatory():
    body = ("Minister Mikayil Jabbarov appeared deep in thought. "
            "Today, he is set to sign a document on the opening of a trade office in Izmir.")
    _, found = _agreements(body)
    assert [(a.title, a.kind, a.status, a.signatories) for a in found] == [
        ("document on the opening of a trade office in Izmir", "document", "expected", [2])]


def test_two_leaders_sign_document_are_signatories():
    body = ("Recep Tayyip Erdogan and Ilham Aliyev put their signatures on a document that elevates relations "
            "between Turkey and Azerbaijan to a new level.")
    _, found = _agreements(body)
    assert len(found) == 1
    assert found[0].kind == "document"
    assert found[0].signatories == [0, 1]
    assert found[0].title.startswith("document that elevates relations between Turkey and Azerbaijan")


def test_ratification_has_status_ratified_and_no_date():
    body = "Shortly before the visit, the parliament approved the ratification of the agreement on visa-free travel."
    _, found = _agreements(body)
    assert [(a.title, a.status, a.date) for a in found] == [("agreement on visa-free travel", "ratified", None)]


def test_memorandum_prepared_is_expected_memorandum():
    body = "A memorandum has been prepared following your visit, which states that we are elevating our relations."
    _, found = _agreements(body)
    assert [(a.kind, a.status) for a in found] == [("memorandum", "expected")]


def test_plain_documents_signed_pool_into_one_record():
    body = ("On March 3, important documents were signed. Then the presidents proceed to sign documents.\n"
            "The ministers begin exchanging folders. Each of these documents outlines concrete steps.")
    _, found = _agreements(body)
    assert len(found) == 1
    assert (found[0].kind, found[0].count) == ("document", None)


def test_count_and_apposition_in_one_sentence_make_one_record():
    _, found = _agreements("Today we will adopt very important documents—15 agreements that will give an impetus.")
    assert [(a.count, a.status) for a in found] == [(15, "expected")]


def test_generic_talk_about_agreements_is_not_a_record():
    body = ("The two leaders spoke by telephone to coordinate the implementation of existing agreements. "
            "Folders with documents are already waiting. The Collective Security Treaty Organization met.")
    assert _agreements(body)[1] == []


def test_bulleted_list_gives_one_record_each():
    body = ("The following documents were signed:\n"
            "- Agreement on cooperation in energy\n"
            "- Memorandum of understanding in education\n"
            "- Programme of cultural cooperation for 2025-2027")
    _, found = _agreements(body)
    # no number said: the list's records are the statement, no count of them is made up
    assert [a.kind for a in found] == ["agreement", "memorandum", "programme"]
    assert all(a.status == "signed" for a in found)
    assert found[0].title == "Agreement on cooperation in energy"
    _, found = _agreements(body.replace("The following documents", "The following three documents"))
    assert (found[0].count, found[0].title) == (3, "three documents")  # a number said: its count


def test_the_signed_documents_after_a_list_are_the_listed_ones():
    body = ("In the presence of both presidents, the following documents were signed:\n\n"
            "1. Joint Declaration on the Strategic Partnership;\n"
            "2. Memorandum of Understanding on Defence Industry Cooperation.\n\n"
            "The presidents watched as the ministers exchanged the signed documents.")
    _, found = _agreements(body)
    assert [a.kind for a in found] == ["declaration", "memorandum"]


def test_seeds_agreements_match_gold_statements():
    expected = {
        "000_e439a4b7d7e248e2.txt": 3, "001_7afc1cab3bb346d6.txt": 3, "002_e6e49ca9d2d0c371.txt": 2,
        "003_66c02dc949ab30a8.txt": 0, "004_16dfb7eff7418677.txt": 1,
    }
    kinds = []
    for name, n in expected.items():
        body = _seed_body(name)
        found = find_agreements(body, _seed_people(body))
        assert len(found) == n, (name, [a.title for a in found])
        kinds += [(a.kind, a.count, a.status) for a in found]
    assert kinds.count(("agreement", 20, "expected")) == 2
    assert ("agreement", 20, "signed") in kinds
    assert ("agreement", None, "ratified") in kinds
    assert ("memorandum", None, "expected") in kinds


# ---- invented texts in the shapes of the independent annotation


def _titles(recs):
    return [(r.title, r.count) for r in recs]


def test_one_phrase_naming_two_agreements_counts_two_beside_the_total():
    body = ("A total of six cooperation documents were signed during the visit, including agreements on "
            "tourism and on the protection of migrant workers.")
    _, recs = _agreements(body)
    assert _titles(recs) == [("six cooperation documents", 6),
                             ("agreements on tourism and on the protection of migrant workers", 2)]


def test_agreements_worth_a_sum_concluded_at_the_named_forum():
    body = ("The President then opened the Turkish-Azerbaijani Investment Forum in Baku.\n\n"
            "According to Minister Jabbarov, agreements worth 2.4 billion dollars were concluded on the sidelines "
            "of the forum, including projects in logistics.")
    _, recs = _agreements(body)
    assert _titles(recs) == [("agreements worth 2.4 billion dollars concluded on the sidelines of the "
                              "Turkish-Azerbaijani Investment Forum", None)]


def test_exchange_of_notes_and_loan_agreement_worth():
    body = ("In the presence of the two leaders, the ministers signed an exchange of notes on a grant of 1.2 billion "
            "yen for the repair of rural schools. The finance ministers signed a loan agreement worth 30 billion "
            "yen to support the budget.")
    _, recs = _agreements(body)
    assert _titles(recs) == [
        ("exchange of notes on a grant of 1.2 billion yen for the repair of rural schools", None),
        ("loan agreement worth 30 billion yen to support the budget", None),
    ]


def test_list_of_expected_memoranda_is_split_at_each_instrument():
    body = ("The parties are expected to sign about eight documents, including a memorandum of understanding on "
            "tourism and a memorandum on the joint production of fertilisers, the minister said.")
    _, recs = _agreements(body)
    assert _titles(recs) == [("eight documents", 8), ("memorandum of understanding on tourism", None),
                             ("memorandum on the joint production of fertilisers", None)]
    assert {r.status for r in recs} == {"expected"}


def test_headline_lines_and_a_document_pointing_back_are_not_new_agreements():
    body = ("Turkish President in Baku: memoranda on energy and transport, joint declaration signed\n"
            "During the visit, the sides are expected to sign agreements on energy and transport\n\n"
            "Erdogan and Aliyev signed a Joint Declaration on Allied Relations. The document sets out cooperation "
            "in trade and energy.")
    _, recs = _agreements(body)
    assert _titles(recs) == [("Joint Declaration on Allied Relations", None)]


def test_what_an_instrument_provides_in_future_tense_is_not_its_status():
    body = ("The ministers signed a Memorandum on Cooperation in Higher Education, under which the number of "
            "scholarships will rise to 300 a year.")
    _, recs = _agreements(body)
    assert [(r.title, r.status) for r in recs] == [("Memorandum on Cooperation in Higher Education", "signed")]


def test_a_relative_clause_about_the_signing_keeps_its_status():
    body = "The sides discussed a treaty on the border, which is expected to be signed next year."
    _, recs = _agreements(body)
    assert [(r.title, r.status) for r in recs] == [("treaty on the border", "expected")]


# ---- numbered lists, quotations, re-mentions


def test_numbered_list_items_are_whole_titles_and_make_a_count():
    body = ("Following the talks, in the presence of the two presidents, the following three documents were signed:"
            "\n\n"
            "1. Joint Statement of the President of Azerbaijan and the President of Turkey;\n"
            "2. Protocol amending the Agreement on the avoidance of double taxation;\n"
            "3. Memorandum of Understanding between the State Company \"Azerneft\" and the Turkish Gas Company.\n\n"
            "The business forum followed.")
    _, found = _agreements(body)
    assert [(a.kind, a.count) for a in found] == [("document", 3), ("declaration", None), ("protocol", None),
                                                 ("memorandum", None)]
    assert found[2].title == "Protocol amending the Agreement on the avoidance of double taxation"
    assert found[3].title.endswith("the Turkish Gas Company")
    assert all(a.status == "signed" for a in found)


def test_plan_of_consultations_is_an_instrument():
    body = ("The foreign ministers also signed the Plan of Consultations between the Ministries of Foreign Affairs "
            "of the two countries for 2027–2028.")
    _, found = _agreements(body)
    assert [a.title for a in found] == ["Plan of Consultations between the Ministries of Foreign Affairs of the two "
                                        "countries for 2027–2028"]


def test_quoted_re_mentions_and_characterisations_are_no_new_instruments():
    body = ("The ministers signed a Memorandum of Understanding on the shared use of rivers. "
            "“The memorandum we signed today is not a declaration, it is a working instrument,” Aliyev said. "
            "An expert called the memorandum \"the most practical document signed by the two countries in years\". "
            "The foreign minister described it as « a road map for the next five years » and said more would come.")
    _, found = _agreements(body)
    assert [a.kind for a in found] == ["memorandum"]


def test_definite_re_mention_with_a_modifier_is_the_recorded_agreement():
    body = ("The finance ministers signed a financing agreement under which the bank will provide 100 million euros. "
            "An analyst noted that the financing agreement was prepared long before the visit.")
    _, found = _agreements(body)
    assert len(found) == 1 and found[0].status == "signed"


def test_plural_joined_to_a_count_is_part_of_it():
    body = ("In addition, ministers of the two countries exchanged five agreements and memoranda of understanding "
            "covering culture, sport and investment.")
    _, found = _agreements(body)
    assert [(a.count, a.kind) for a in found] == [(5, "agreement")]


def test_letter_of_intent_is_an_instrument_of_its_own():
    _, found = _agreements("The two sides are expected to sign a memorandum of understanding on tourism and a "
                           "letter of intent on cooperation in vocational training.")
    assert [(a.title, a.status) for a in found] == [
        ("memorandum of understanding on tourism", "expected"),
        ("letter of intent on cooperation in vocational training", "expected")]


def test_witnessed_exchange_of_counted_documents():
    _, found = _agreements("After the talks, Erdogan and Aliyev witnessed the exchange of five cooperation "
                           "documents covering energy, transport and culture.")
    assert [(a.count, a.status) for a in found] == [(5, "signed")]
    assert found[0].title.startswith("five cooperation documents covering energy")


def test_present_tense_caption_does_not_add_a_second_signing():
    body = ("Jabbarov and the Turkish minister signed a loan agreement for the new rail corridor.\n"
            "Jabbarov and the Turkish minister exchange the signed documents in Ankara.\n"
            "The corridor opens next year.")
    _, found = _agreements(body)
    assert [a.title for a in found] == ["loan agreement for the new rail corridor"]


def test_purpose_clause_stays_in_the_title():
    _, found = _agreements("The ministers signed a memorandum on student exchange that will allow up to 1,500 "
                           "students a year to study in the other country.")
    assert [a.title for a in found] == [
        "memorandum on student exchange that will allow up to 1,500 students a year to study in the other "
        "country"]


def test_renewed_agreement_is_recorded_in_force_in_the_month_stated():
    body = ("Reserves rose in October, the central bank said. The bilateral currency swap agreement with the central "
            "bank of a neighbouring country was renewed in August for another three years.")
    _, found = _agreements(body, default_date=PartialDate(2031, 11, 3))
    assert [(a.kind, a.status, a.date) for a in found] == [("agreement", "in_force", PartialDate(2031, 8, None))]
    assert "currency swap agreement" in found[0].title


def test_definite_restatement_of_a_listed_instrument_is_not_a_second_record():
    body = ("Aliyev and Erdogan held talks. The following documents were signed:\n"
            "1. Agreement on the Avoidance of Double Taxation;\n"
            "2. Memorandum of Understanding on Cooperation in Water Resources Management.\n\n"
            "The double taxation agreement was signed by Mikayil Jabbarov and Recep Tayyip Erdogan, while Ilham "
            "Aliyev signed the water memorandum with Erdogan. The memorandum on water resources is the first "
            "of its kind.")
    _, found = _agreements(body)
    titles = [a.title for a in found if a.count is None]
    assert titles == ["Agreement on the Avoidance of Double Taxation",
                      "Memorandum of Understanding on Cooperation in Water Resources Management"]
    assert [a.signatories for a in found if a.count is None] == [[2, 0], [1, 0]]


def test_definite_phrase_naming_two_earlier_instruments_adds_no_signatories():
    body = ("The ministers signed a memorandum on water management and a memorandum on water technology research. "
            "Jabbarov, who signed the water memorandum, thanked the hosts.")
    _, found = _agreements(body)
    assert [(a.title, a.signatories) for a in found] == [("memorandum on water management", []),
                                                          ("memorandum on water technology research", [])]


def test_two_texts_signed_are_a_count():
    body = ("Two texts were signed in the presence of Erdogan and Aliyev: a memorandum of understanding on green "
            "hydrogen and an air services agreement that will allow more weekly flights to Baku.")
    _, found = _agreements(body)
    assert (found[0].count, found[0].kind, found[0].status) == (2, "document", "signed")
    assert [a.status for a in found] == ["signed", "signed", "signed"]
    assert found[2].title.startswith("agreement that will allow")


def test_background_instruments_stated_in_force_beside_their_name():
    _, found = _agreements("The bilateral trade agreement, in force since 2011, has been a solid base, he says. "
                           "Ministers also reviewed the Free Trade Agreement between Chile and Peru, which has "
                           "been in force since May 2022.")
    assert [(a.title, a.status) for a in found] == [
        ("bilateral trade agreement, in force since 2011", "in_force"),
        ("Free Trade Agreement between Chile and Peru, in force since May 2022", "in_force")]


def test_memorandum_signed_between_two_bodies_takes_them_into_its_title():
    _, found = _agreements("After the talks, a Memorandum of cooperation was signed between the Lyon city hall "
                           "and the Porto Chamber of Commerce.")
    assert [a.title for a in found] == [
        "Memorandum of cooperation between the Lyon city hall and the Porto Chamber of Commerce"]


def test_under_negotiation_is_expected_not_signed():
    _, found = _agreements("The two governments are currently negotiating an agreement on pensions, so that "
                           "workers keep their rights.")
    assert [(a.title, a.status) for a in found] == [("agreement on pensions", "expected")]


def test_questions_and_whether_clauses_report_no_instrument():
    _, found = _agreements("She declines to say whether new agreements will be signed in Lima.\n\n"
                           "– Will the agreement be signed during the visit?\n– We expect so – Aliyev replied.")
    assert found == []


def test_a_decision_taken_and_a_quoted_roadmap_restated_are_not_new_records():
    _, found = _agreements("The presidents signed the Roadmap for strategic partnership for 2026–2030.\n\n"
                           "\"Today we have taken a historic decision to raise our relations and adopted a concrete "
                           "Roadmap for the next five years,\" Aliyev said.")
    assert [a.title for a in found] == ["Roadmap for strategic partnership for 2026–2030"]


def test_a_second_predicate_ends_the_instrument_title():
    _, found = _agreements("Erdogan signed a roadmap for a strategic partnership and watched ministers sign five "
                           "agreements in Ankara.")
    assert [a.title for a in found][:1] == ["roadmap for a strategic partnership"]


def test_the_agreement_to_be_signed_on_a_loan_described_just_before():
    _, found = _agreements("\"Spain is ready to extend a loan of 20 million euros for hospitals in Peru. We hope to "
                           "sign the agreement before the end of the year,\" Erdogan said.")
    assert [(a.title, a.status) for a in found] == [
        ("agreement on a loan of 20 million euros for hospitals in Peru", "expected")]


def test_sign_verb_before_a_bare_plural_is_not_part_of_its_title():
    _, found = _agreements("At the forum, Turkish and Azerbaijani companies signed commercial agreements worth "
                           "US$ 90 million, Jabbarov said.")
    assert [a.title for a in found] == ["commercial agreements worth US$ 90 million"]


def test_the_memoranda_witnessed_after_four_counted_ones_are_those_four():
    body = ("The two leaders witnessed the signing of four memoranda of understanding between the governments "
            "of the two countries.\n\nErdogan and Aliyev witness the signing of the memoranda of understanding.\n")
    _, found = _agreements(body)
    assert [(a.count, a.kind) for a in found] == [(4, "memorandum")]


def test_readiness_to_ratify_agreements_in_general_is_no_instrument():
    _, found = _agreements("The speaker said the parliament stands ready to ratify agreements between the two "
                           "countries in a timely manner.")
    assert found == []
    _, found = _agreements("Aliyev said Azerbaijan is ready to sign an agreement on transit with Turkey.")
    assert len(found) == 1


def test_no_agreements_signed_is_no_instrument():
    for text in ("No agreements were signed during the informal visit.",
                 "No new documents are expected to be signed during the visit.",
                 "The two sides did not sign any agreements."):
        assert _agreements(text)[1] == [], text
    _, found = _agreements("No fewer than 12 agreements were signed during the visit.")
    assert [a.count for a in found] == [12]


def test_an_instrument_left_unsigned_in_a_but_clause_is_not_the_signed_ones_title():
    _, found = _agreements("The two sides signed an agreement on trade but did not sign the memorandum on fisheries.")
    assert [a.title for a in found] == ["agreement on trade"]


def test_a_count_keeps_its_number_across_field_words_before_the_noun():
    for text, count in (("Companies signed 14 business agreements worth $120 million at the forum.", 14),
                        ("The government had signed eleven legal stability agreements with investors.", 11),
                        ("Five energy agreements are expected to be signed at the forum.", 5)):
        _, found = _agreements(text)
        assert [a.count for a in found] == [count], text


def test_a_list_after_witnessed_the_signing_gives_each_item_and_arrangements_are_instruments():
    _, found = _agreements("The two leaders witnessed the signing of three documents:\n"
                           "• an arrangement on a Working Holiday Scheme;\n"
                           "• a memorandum of understanding on education cooperation;\n"
                           "• a memorandum of understanding between the two central banks.")
    titles = [a.title for a in found if a.count is None]
    assert len(titles) == 3 and "Working Holiday Scheme" in titles[0] and "central banks" in titles[2]


def test_the_programme_of_the_visit_is_an_itinerary_not_an_instrument():
    _, found = _agreements("The two sides signed a programme of cooperation in culture for 2027-2029.\n\n"
                           "According to the programme of the visit, the Prime Minister will on Tuesday lay a wreath "
                           "at the monument, then travel to the port to open the Business Forum, with the "
                           "participation of more than 150 companies.")
    assert [a.title for a in found] == ["programme of cooperation in culture for 2027-2029"]


def test_instruments_named_by_their_field_and_statements_to_the_press():
    text = ("Talks in Ljubljana\n\nThe two presidents held talks on Tuesday. Foreign ministers Ana Lind and Eva Holm "
            "signed a defence cooperation agreement and a cultural programme, while an energy memorandum was signed "
            "by the energy ministers.\n\nIn joint statements to the press, Lind said the talks went well. Holm made a "
            "joint statement to the media.\n")
    assert [(a.kind, a.title) for a in extract(text).agreements] == [
        ("agreement", "defence cooperation agreement"), ("programme", "cultural programme"),
        ("memorandum", "energy memorandum")]


def test_a_dozen_documents_is_a_count_and_a_list_of_some_of_them_is_none():
    body = ("Erdogan and Aliyev witnessed the signing of a dozen bilateral documents.\n\n"
            "The documents signed include:\n\n"
            "– the Agreement on Joint Border Control;\n\n"
            "– the Memorandum of Understanding on Power Interconnection.")
    _, recs = _agreements(body)
    assert [r.count for r in recs if r.count] == [12]
    assert len(recs) == 3


def test_could_be_signed_is_expected_and_a_treaty_to_sign_in_general_is_no_instrument():
    _, recs = _agreements("According to Aliyev, an agreement on the Kura hydropower complex could be signed by the "
                          "end of the year.")
    assert [r.status for r in recs] == ["expected"]
    _, recs = _agreements("\"Leaders should not only meet when there is a crisis or a treaty to sign,\" Erdogan "
                          "told reporters.")
    assert recs == []


def test_half_a_dozen_or_two_dozen_is_no_count_of_twelve():
    _, recs = _agreements("Erdogan and Aliyev signed half a dozen agreements.")
    assert all(r.count != 12 for r in recs)
    _, recs = _agreements("Erdogan and Aliyev signed two dozen agreements.")
    assert all(r.count != 12 for r in recs)


def test_a_signing_the_leaders_supervised_is_a_signing():
    _, found = _agreements("Following the talks, the two heads of state supervised the signing of six agreements.")
    assert [(a.count, a.status) for a in found] == [(6, "signed")]


def test_a_caption_over_a_recorded_signing_is_no_new_instrument():
    body = ("Following the talks, the two ministers signed a memorandum of understanding on regular political "
            "consultations.\n\nAna Ruiz and Eva Soto sign the memorandum of understanding at the Palace of Elms.\n"
            "Photo: Ministry\n\nThe talks went on.")
    _, found = _agreements(body)
    assert [a.title for a in found] == ["memorandum of understanding on regular political consultations"]


def test_captions_lists_and_numbers_that_do_not_restate_or_count():
    _, found = _agreements("The two ministers of energy signed a memorandum of understanding on hydropower.\n\n"
                           "Transport ministers Pedro Gil and Ana Ruiz sign the memorandum of understanding on "
                           "cross-border road transport.\nPhoto: Ministry\n\nThe talks went on.")
    assert len(found) == 2  # a caption naming another subject is another instrument
    _, found = _agreements("Agreements the two countries signed in earlier years include:\n"
                           "1. Agreement on air services (2016);\n2. Memorandum on tourism (2019).\n\n"
                           "After the talks on Monday, the two prime ministers witnessed the exchange of signed "
                           "documents.")
    assert len(found) == 3  # a list of some earlier ones: the day's exchange is its own signing
    _, found = _agreements("On May 12 the following documents were signed:\n1. Agreement on air services;\n"
                           "2. Memorandum on tourism;\n3. Programme on culture.")
    assert [a.count for a in found] == [None, None, None]  # a number that counts no documents
