import json

from tests.extraction.stand_in import GOLD, SEEDS, _people, _seed_body, _seed_people
from visits.extraction.quotes import Discourse, find_quotes
from visits.extraction.types import ExtractedRole


def _quotes(body, persons, descriptions=(), hos=None):
    p = _people(body, persons, descriptions, hos)
    return [(q.text, p.people[q.speaker].name) for q in find_quotes(body, p)]


UZ = [("Shavkat Mirziyoyev", "UZ", ["Mirziyoyev"]), ("Olaf Scholz", "DE", ["Scholz"])]
UZ_DESC = [(r"\b[Tt]he (?:German [Cc]hancellor|Uzbek leader)\b", 0)]


def test_straight_quote_with_name_after_drops_trailing_comma():
    body = '"We view Kazakhstan as our reliable friend and closest ally," Putin said.'
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"])]) == [
        ("We view Kazakhstan as our reliable friend and closest ally", "Vladimir Putin")]


def test_verb_first_tag_with_description_resolves_to_person():
    body = ("Shavkat Mirziyoyev arrived in Berlin.\n\n“Uzbekistan is open to German business,” "
            "said the Uzbek leader.")
    assert _quotes(body, UZ, UZ_DESC) == [("Uzbekistan is open to German business", "Shavkat Mirziyoyev")]


def test_pronoun_tag_resolves_to_last_subject():
    body = ("Olaf Scholz opened the talks. He thanked the guests.\n\n"
            "“Our trade has doubled in five years,” he says.")
    assert _quotes(body, UZ) == [("Our trade has doubled in five years", "Olaf Scholz")]


def test_bare_title_tag_resolves_to_recent_president():
    body = ('Kassym-Jomart Tokayev praised the results of the talks.\n\n'
            '"I note that our cooperation is developing," the President stated.')
    p = _people(body, [("Kassym-Jomart Tokayev", "KZ", [])], hos={"KZ": 0})
    assert [(q.text, q.speaker) for q in find_quotes(body, p)] == [("I note that our cooperation is developing", 0)]


def test_tag_before_quote_with_that():
    body = "The German chancellor emphasized that both countries “share a commitment to open markets.”"
    assert _quotes(body, UZ, [(r"\bThe German chancellor\b", 1)]) == [
        ("share a commitment to open markets.", "Olaf Scholz")]


def test_subject_not_object_is_speaker_of_participle_tag():
    body = "Scholz thanked Mirziyoyev for the visit, noting the “very constructive spirit of the talks.”"
    assert _quotes(body, UZ) == [("very constructive spirit of the talks.", "Olaf Scholz")]


def test_colon_introduces_quote_on_next_line():
    body = "Mirziyoyev said:\n“We have signed twelve documents today.”"
    assert _quotes(body, UZ) == [("We have signed twelve documents today.", "Shavkat Mirziyoyev")]


def test_standalone_quote_after_sentence_naming_person():
    body = ("And Putin highlighted the equality of relations.\n\n"
            "“For Russia, Kazakhstan is an ally and a good neighbor.”")
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"])]) == [
        ("For Russia, Kazakhstan is an ally and a good neighbor.", "Vladimir Putin")]


def test_quote_over_line_break_is_one_quote_with_single_space():
    body = "“A memorandum has been prepared.\nWe can only welcome this,” Putin adds."
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"])]) == [
        ("A memorandum has been prepared. We can only welcome this", "Vladimir Putin")]


def test_quote_continued_in_next_paragraph_is_one_quote():
    body = "“First paragraph of the speech.\n\n“Second paragraph of it,” Scholz said."
    assert _quotes(body, UZ) == [("First paragraph of the speech. Second paragraph of it", "Olaf Scholz")]


def test_dash_dialogue_split_by_attribution_gives_two_quotes():
    body = ("— I want to thank the president. Dear colleague,— Putin began his speech, smiling,— "
            "we meet regularly.")
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"])]) == [
        ("I want to thank the president. Dear colleague", "Vladimir Putin"),
        ("we meet regularly.", "Vladimir Putin"),
    ]


def test_dash_dialogue_internal_comma_dash_is_kept():
    body = "— We will discuss security,— already within the CSTO,— said Putin, announcing a session."
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"])]) == [
        ("We will discuss security,— already within the CSTO", "Vladimir Putin")]


def test_dash_dialogue_attribution_then_second_sentence():
    body = ("— His image has suffered,— believes political scientist Dimash Alzhanov. — State visits can "
            "indeed be ceremonial [with the words \"Your Excellency\"]—and other things.")
    got = _quotes(body, [("Dimash Alzhanov", "KZ", [])])
    assert got == [("His image has suffered", "Dimash Alzhanov"),
                   ('State visits can indeed be ceremonial [with the words "Your Excellency"]—and other things.',
                    "Dimash Alzhanov")]


def test_unnamed_speaker_drops_quote():
    body = "“We’re lucky,” a local cameraman whispers. \"They went overboard\"—wrote a Facebook user from Astana."
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"])]) == []


def test_names_of_things_banners_and_themes_are_not_quotes():
    body = ('Massive banners reading "Your Excellency, Mr. Vladimir Putin, welcome to Astana!" hang. '
            'The state newspaper "Kazakhstan Pravda" published an article by Putin. '
            'The forum was themed "Vocational Skills – Engines of Economic Growth." '
            'Putin praised the "Baiterek" complex.\n\n'
            '“Welcome to the Russian Federation, His Excellency President Tokayev.”\n\n'
            'These words glowed on billboards.')
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"]), ("Tokayev", "KZ", [])]) == []


def test_government_subject_is_no_speaker():
    body = ('Astana and Moscow report that the agenda includes "issues of further development of '
            'partnership in various fields."')
    assert _quotes(body, [("Vladimir Putin", "RU", ["Putin"])]) == []


def test_catch_phrase_attributed_to_named_person_is_kept():
    body = ("Deputy Prime Minister Serik Zhumangarin was in high demand. He answered journalists, "
            "as he likes to say himself, “from A to Z”.")
    assert _quotes(body, [("Serik Zhumangarin", "KZ", [])]) == [("from A to Z", "Serik Zhumangarin")]


def test_she_prefers_a_female_antecedent():
    body = ("The press service reports that artist Anna Petrova presented the presidents with a painting "
            "which she began when Putin's flight took off. She invited Putin to \"take part in the canvas.\"")
    got = _quotes(body, [("Vladimir Putin", "RU", ["Putin"]), ("Anna Petrova", "RU", [])])
    assert got == [("take part in the canvas.", "Anna Petrova")]


def test_nested_single_quotes_stay_inside_outer_quote():
    body = "“The saying ‘a neighbor given by God’ is true,” Tokayev said."
    assert _quotes(body, [("Tokayev", "KZ", [])]) == [("The saying ‘a neighbor given by God’ is true", "Tokayev")]


def test_text_without_quotes_returns_empty():
    assert _quotes("Nothing was said today.", UZ) == []


def test_discourse_resolves_pronoun_subject():
    body = "Minister Sayasat Nurbek appeared deep in thought. Today, he is set to sign a document."
    d = Discourse(body, _people(body, [("Sayasat Nurbek", "KZ", [])]))
    pos = body.index("he is")
    assert d.person_at(pos, pos + 2) == 0


def test_seeds_match_gold_quotes_with_speakers():
    if not GOLD.exists():
        return
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["quotes"]
    right = 0
    extra = []
    for name in sorted({q["file"] for q in gold} | {p.name for p in SEEDS.glob("*.txt")}):
        body = _seed_body(name)
        p = _seed_people(body)
        got = {q.text: p.people[q.speaker].name for q in find_quotes(body, p)}
        expected = {q["text"]: q["speaker"] for q in gold if q["file"] == name}
        right += sum(1 for t, s in expected.items() if got.get(t) == s)
        extra += [t for t in got if t not in expected]
    assert right == len(gold)
    assert extra == []


# ---- invented texts in the shapes of the independent annotation


def _with_roles(body, persons, roles, descriptions=()):
    p = _people(body, persons, descriptions)
    for person, title in roles:
        p.roles.append(ExtractedRole(person=person, title=title.title(), title_as_written=title.title(),
                                     title_normalized=title, country=None))
    return [(q.text, p.people[q.speaker].name) for q in find_quotes(body, p)]


def test_phrase_quoted_inside_a_sentence_belongs_to_its_subject():
    body = ("Scholz replied that Germany was ready to “open a new chapter” in the region and announced that a "
            "partnership would be launched. Mirziyoyev described Germany as \"a partner for decades\" and said "
            "Tashkent was ready to invest.")
    assert _quotes(body, UZ) == [("open a new chapter", "Olaf Scholz"), ("a partner for decades",
                                                                          "Shavkat Mirziyoyev")]


def test_participle_after_a_quote_is_no_attribution():
    body = 'Mirziyoyev replied that Germany was "a true friend in hard times," recalling German help after the flood.'
    assert _quotes(body, UZ) == [("a true friend in hard times", "Shavkat Mirziyoyev")]


def test_epithet_quoted_before_a_name_belongs_to_the_sentence_subject():
    body = ('Scholz asked Mirziyoyev to convey his greetings to his "old friend" Ivan Petrov and said that Germany '
            'would always stand by Uzbekistan.')
    persons = [*UZ, ("Ivan Petrov", "UZ", [])]
    assert _quotes(body, persons) == [("old friend", "Olaf Scholz")]


def test_emperor_and_king_titles_resolve_to_their_holders():
    persons = [("Naruhiko", None, ["Emperor Naruhiko"]), ("Faisal bin Omar", None, ["King Faisal"])]
    body = ("Emperor Naruhiko greeted King Faisal bin Omar at the palace.\n\n"
            '"I remember the kindness of your people," the Emperor said.\n\n'
            '"Japan has always been a friend of our nation," the King said.')
    got = _with_roles(body, persons, [(0, "emperor"), (1, "king")])
    assert got == [("I remember the kindness of your people", "Naruhiko"),
                   ("Japan has always been a friend of our nation", "Faisal bin Omar")]


def test_head_of_the_regulator_and_the_analyst_point_back_to_the_last_subject():
    persons = [("Aram Petrosyan", "AM", ["Petrosyan"]), ("Karen Davtyan", "AM", ["Davtyan"])]
    body = ("Governor of the Central Bank Aram Petrosyan said inflation had slowed. At the same time, the governor "
            "warned against expecting more cuts.\n\n"
            '"We are not in a hurry. Every decision will depend on the data," the head of the regulator noted.\n\n'
            "Analyst Karen Davtyan said the tone was hawkish. In his view, a pause is likely.\n\n"
            '"The easing cycle is over," the analyst added.')
    got = _with_roles(body, persons, [(0, "governor"), (1, "analyst")])
    assert got == [("We are not in a hurry. Every decision will depend on the data", "Aram Petrosyan"),
                   ("The easing cycle is over", "Karen Davtyan")]


# ---- turns of a debate, titles with a country, characterisations


def test_dash_dialogue_reply_by_title_goes_to_the_other_speaker():
    body = ("Chairman Daniyar Serikbaev opened the sitting on Monday.\n\n"
            "Deputy Arman Kulov demanded a vote on the water bill.\n\n"
            "— The farmers cannot wait any longer, — Arman Kulov said.\n\n"
            "— The committee has not finished its work, — the Speaker replied.\n\n"
            "— Then let it finish tomorrow, — the deputy insisted.")
    persons = [("Daniyar Serikbaev", None, []), ("Arman Kulov", None, [])]
    got = _with_roles(body, persons, [(0, "chairman"), (1, "deputy")])
    assert got == [("The farmers cannot wait any longer", "Arman Kulov"),
                   ("The committee has not finished its work", "Daniyar Serikbaev"),
                   ("Then let it finish tomorrow", "Arman Kulov")]


def test_minister_of_a_country_is_the_nearest_one_speaking():
    body = ("At the airport he was met by Minister of Foreign Affairs of Korea Eva Dahl. The forum was opened by "
            "Minister of Trade of Korea Lars Berg. Lars Berg noted that trade had doubled. "
            "“We see you as a partner in technology,” the Korean minister said.")
    p = _people(body, [("Eva Dahl", "KR", []), ("Lars Berg", "KR", [])],
                descriptions=[(r"the Korean minister", 0)])
    for i, t in ((0, "minister of foreign affairs"), (1, "minister of trade")):
        p.roles.append(ExtractedRole(person=i, title=t.title(), title_as_written=t, title_normalized=t, country="KR"))
    assert [(q.text, p.people[q.speaker].name) for q in find_quotes(body, p)] == [
        ("We see you as a partner in technology", "Lars Berg")]


def test_a_title_is_not_resolved_to_the_holder_of_another_office():
    body = ("President Ivo Marin welcomed the guest at the palace. Responding, the Emir said: "
            "\"Between our capitals there is more than diplomacy.\"")
    got = _with_roles(body, [("Ivo Marin", None, [])], [(0, "president")])
    assert got == []


def test_a_quoted_characterisation_after_called_belongs_to_the_subject():
    body = ("Water expert Lena Rask, a researcher at the institute, called the memorandum "
            "\"the most useful paper in a decade\". In her opinion, data sharing is the key.")
    assert _quotes(body, [("Lena Rask", None, [])]) == [("the most useful paper in a decade", "Lena Rask")]


def test_a_list_number_ends_no_sentence():
    body = "The following documents were signed:\n\n1. Agreement on energy;\n2. Protocol on customs."
    d = Discourse(body, _people(body, []))
    texts = [body[s:e].strip() for s, e in d.sentences]
    assert "1. Agreement on energy;" in texts and "2. Protocol on customs." in texts


def test_a_description_does_not_point_at_someone_named_only_later():
    body = ("Governor of the Central Bank Aram Petrosyan said inflation had slowed. At the same time, the governor "
            "warned against further cuts.\n\n"
            "\"We are not on autopilot,\" the head of the regulator noted.\n\n"
            "Anna Sarkisyan, head of the Monetary Policy Department, presented the forecast.")
    persons = [("Aram Petrosyan", None, []), ("Anna Sarkisyan", None, [])]
    p = _people(body, persons, descriptions=[(r"the head of the regulator", 1)])
    for i, t in ((0, "governor"), (1, "head")):
        p.roles.append(ExtractedRole(person=i, title=t.title(), title_as_written=t, title_normalized=t))
    assert [(q.text, p.people[q.speaker].name) for q in find_quotes(body, p)] == [
        ("We are not on autopilot", "Aram Petrosyan")]


def test_quote_resumed_after_a_closed_attribution_keeps_its_speaker():
    body = ("Olaf Scholz spoke after the talks.\n\n"
            "“Trade has doubled in five years,” Scholz said. “We want to double it again.”\n\n"
            "The talks lasted two hours.")
    assert _quotes(body, UZ) == [("Trade has doubled in five years", "Olaf Scholz"),
                                 ("We want to double it again.", "Olaf Scholz")]


def test_tag_after_quote_reads_past_an_honorific_point():
    body = ("“We came with a list of projects, and the committee gives us a place to check them,” said "
            "Dr. Okonkwo-Diallo.\n\n“The text is agreed,” Mrs. Okafor told reporters.")
    persons = [("Amara Okonkwo-Diallo", "NG", ["Okonkwo-Diallo"]), ("Ngozi Okafor", "NG", ["Okafor"])]
    assert _quotes(body, persons) == [
        ("We came with a list of projects, and the committee gives us a place to check them", "Amara Okonkwo-Diallo"),
        ("The text is agreed", "Ngozi Okafor")]


def test_one_word_quote_of_the_head_of_a_countrys_diplomacy():
    # "the head of Armenian diplomacy" is that country's foreign minister, the latest one the text names
    body = ("Armenian Foreign Minister Aram Petrosyan met his counterpart in Tehran on Monday. Later, Petrosyan "
            "was received by Secretary Reza Karimi.\n\nIn a post on his channel, the head of Armenian diplomacy "
            'described the visit as "productive".')
    persons = [("Aram Petrosyan", "AM", ["Petrosyan"]), ("Reza Karimi", "IR", ["Karimi"])]
    p = _people(body, persons)
    p.roles.append(ExtractedRole(person=0, title="Foreign Minister", title_as_written="Foreign Minister",
                                 title_normalized="minister of foreign affairs", country="AM"))
    assert [(q.text, q.speaker) for q in find_quotes(body, p)] == [("productive", 0)]


def test_scare_quote_without_a_speaker_is_no_quote():
    body = 'Trade between the two countries is described as "stable" in the report.'
    assert _quotes(body, [("Aram Petrosyan", "AM", ["Petrosyan"])]) == []


def test_dash_dialogue_with_a_spaced_dash_and_no_mark_before_the_attribution():
    body = ("Lena Varga met reporters in Lisbon.\n\n"
            "– We have closed every open question. The deal opens the way for new loans – Varga told the agency.\n")
    assert _quotes(body, [("Lena Varga", "HU", ["Varga"])]) == [
        ("We have closed every open question. The deal opens the way for new loans", "Lena Varga")]


def test_a_dash_question_answered_on_the_next_line_is_the_interviewers():
    body = ("Asked by reporters whether the date had been set, Lena Varga was cautious.\n\n"
            "– Will the treaty be signed during the visit?\n\n– That is our hope – Varga replied.\n")
    assert _quotes(body, [("Lena Varga", "HU", ["Varga"])]) == [("That is our hope", "Lena Varga")]


def test_a_who_clause_gives_the_speaker_of_an_embedded_quote():
    persons = [("Lena Varga", "HU", ["Varga"]), ("Omar Haddad", "JO", ["Haddad"])]
    body = ("On Tuesday, Varga held talks with Trade Minister Omar Haddad, who said local firms «see Hungary as a "
            "gateway to the European market» and announced a new fund.")
    assert _quotes(body, persons) == [("see Hungary as a gateway to the European market", "Omar Haddad")]


def test_a_smile_after_a_quotation_attributes_it():
    body = "Asked about the summit, Lena Varga shrugs. \"That is for the leaders to say,\" she smiles."
    assert _quotes(body, [("Lena Varga", "HU", ["Varga"])]) == [("That is for the leaders to say", "Lena Varga")]


def _extracted_quotes(text):
    from visits.extraction.pipeline import extract

    article = extract(text)
    return [(q.text, article.people[q.speaker].name if q.speaker is not None else None) for q in article.quotes]


def test_the_head_of_state_is_the_president_and_an_officer_of_a_company_is_not_the_country_s_president():
    text = ("Presidency\n\nGuest visits\n\nPresident Ana Ruiz Soto met Prime Minister Nikos Andreou on Tuesday. The "
            "meeting with the head of the Greek Government took place at his office.\n\n“We found a partner,” said "
            "the Head of State after the meeting.\n\nThe president of ProLowland, Marta Diaz Pena, said exports "
            "grew. “Our coffee sells,” she said.\n")
    assert _extracted_quotes(text) == [("We found a partner", "Ana Ruiz Soto"), ("Our coffee sells", "Marta Diaz Pena")]


def test_a_long_quotation_after_called_is_the_speaker_s_words_a_short_one_a_name():
    body = ("The two governments signed a development agreement, which development minister Lars Holm called "
            "“the last of its kind – from now on we want to talk about partnership, not aid”. The plan is called "
            "“Green Bridge”.")
    assert _quotes(body, [("Lars Holm", "DK", ["Holm"])]) == [
        ("the last of its kind – from now on we want to talk about partnership, not aid", "Lars Holm")]


def test_a_long_name_after_called_is_still_a_name():
    body = ("Minister Lars Holm launched a scheme called “Clean Water for Every Village in the Country by 2030” "
            "on Monday.")
    assert _quotes(body, [("Lars Holm", "DK", ["Holm"])]) == []


def test_a_quotation_running_on_over_whole_paragraphs_keeps_its_speaker():
    quotes = _extracted_quotes(
        "Talks in Kingston\n\nAddressing the press, Prime Minister Everald Nugent said: \"We have competed for the "
        "same visitor for too long.\"\n\n\"A tourist who lands in one country should be able to fly home from the "
        "other.\"\n\n\"That is what a shared market means.\"\n\nThe talks ended at noon.\n")
    assert quotes == [("We have competed for the same visitor for too long.", "Everald Nugent"),
                      ("A tourist who lands in one country should be able to fly home from the other.",
                       "Everald Nugent"),
                      ("That is what a shared market means.", "Everald Nugent")]


def test_a_leader_who_welcomed_a_visit_in_words_of_his_own():
    body = ("Prime Minister Peni Wari welcomed the visit as “a new chapter between two neighbours who have looked "
            "past each other”. He welcomed the delegation at the “Grand Palace of the Nation”.")
    assert _quotes(body, [("Peni Wari", "PG", ["Wari"])]) == [
        ("a new chapter between two neighbours who have looked past each other", "Peni Wari")]
