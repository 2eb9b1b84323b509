"""What kind of speaker each is (a person, an organisation, a group), and which short forms name one (issue 16)."""

from __future__ import annotations

from quotecompare.attribution.kinds import description_type
from quotecompare.attribution.story import build_quotes
from quotecompare.read.sources import parse_article


def _types(text: str) -> tuple[list[str | None], dict[str, str]]:
    quotes, speakers = build_quotes([parse_article("a.txt", "Headline\n\n" + text)])
    return [q.speaker for q in quotes], {s.name: s.type for s in speakers}


def test_a_name_ending_in_a_company_word_is_an_organisation_and_no_he() -> None:
    text = (
        "In a statement, Harbour Industries said: “We are reviewing the matter.”\n\n"
        "“I don’t know,” he said, when asked about the vote.\n\n"
        "“We will appeal,” said Tidewater Watch.\n"
    )
    got, types = _types(text)
    assert got == ["Harbour Industries", None, "Tidewater Watch"]
    assert types == {"Harbour Industries": "organisation", "Tidewater Watch": "organisation"}


def test_a_company_word_inside_a_person_s_name_leaves_the_person() -> None:
    # Only a name's last word makes it a body: a person whose given name is a company word stays a person.
    got, types = _types("“We will appeal,” said Media Holm.\n\n“It is late,” said Capital Lind.\n")
    assert types == {"Media Holm": "person", "Capital Lind": "person"}
    assert got == ["Media Holm", "Capital Lind"]


def test_a_plural_noun_opening_a_sentence_heads_a_description_with_its_preposition() -> None:
    # Capitalised only by its place: "Analysts at Tidewater Partners" are analysts, not the firm, and "at the
    # firm" says whose they are, not where they spoke ("Holm at a rally said" keeps its name).
    text = (
        "Analysts at Tidewater Partners said growth would “slow.”\n\n"
        "Economists at the bank said it would “stop.”\n\n"
        "Sen. Ada Holm spoke on Monday. Holm at a rally said she was “thrilled.”\n"
    )
    got, types = _types(text)
    assert got == ["Analysts at Tidewater Partners", "Economists at the bank", "Ada Holm"]
    assert types["Analysts at Tidewater Partners"] == types["Economists at the bank"] == "group"


def test_groups_of_different_people_stay_apart() -> None:
    # A group's preposition says whose it is: two groups of supporters are two speakers.
    text = (
        "Supporters of the mayor said the plan was “a gift.”\n\n"
        "Later, supporters of the harbour league said it was “a theft.”\n"
    )
    got, _ = _types(text)
    assert got == ["Supporters of the mayor", "Supporters of the harbour league"]


def test_a_body_s_people_are_a_group_a_later_they_stands_for() -> None:
    # "Union members", "Senate aides": the body's name only says whose people they are, and "they" in the
    # next sentence is them, not the body. A word that is a verb too ("Holm chairs") stays a verb.
    text = (
        "The vote was close. Harbour Union members were less diplomatic. “Sell-out!” they chanted.\n\n"
        "Senate aides were furious. “We were blindsided,” they said.\n\n"
        "Ada Holm chairs the panel. “We will look again,” she said.\n"
    )
    got, types = _types(text)
    assert got == ["Harbour Union members", "Senate aides", "Ada Holm"]
    assert types["Harbour Union members"] == types["Senate aides"] == "group"


def test_the_plural_of_a_surname_the_story_names_is_a_family_group() -> None:
    # "the Holms" after Ada and Per Holm are a family, a group; "the Marshes", whom no one here is named after,
    # are read as a body, as before.
    got, types = _types(
        "Sen. Ada Holm and Per Holm met reporters. “We are shocked,” the Holms said.\n\n"
        "“We will be back,” the Marshes said.\n"
    )
    assert got == ["Holms", "Marshes"]
    assert types["Holms"] == "group" and types["Marshes"] == "organisation"


def test_a_surname_shaped_like_a_plural_is_a_person() -> None:
    # "Rogers" ends like "officers"; a census surname all the same, it is one person, not a group.
    got, types = _types("“We are ready,” Rogers said.\n\nOfficials said they were “not ready.”\n")
    assert got == ["Rogers", "Officials"]
    assert types == {"Rogers": "person", "Officials": "group"}


def test_a_name_s_initials_are_the_one_person_of_the_story_with_them() -> None:
    quotes, _ = build_quotes(
        [
            parse_article("a.txt", "A\n\nCrown Prince Omar bin Rashid met Rep. Ada Ocasio-Lind on Monday.\n"),
            parse_article("b.txt", "B\n\n“We will work together,” OBR told reporters. “No way,” AOL tweeted.\n"),
        ]
    )
    assert [q.speaker for q in quotes] == ["Omar bin Rashid", "Ada Ocasio-Lind"]
    # A full name with an initial of its own is not an acronym's: "FBI" stays the bureau.
    quotes, _ = build_quotes(
        [
            parse_article("a.txt", "A\n\nFrank B. Ingram spoke.\n"),
            parse_article("b.txt", "B\n\n“We are looking into it,” the FBI said.\n"),
        ]
    )
    assert [q.speaker for q in quotes] == ["FBI"]


def test_plurals_in_es_are_people_too() -> None:
    got, types = _types("The blast “shook the city,” witnesses said.\n\nThe team “played well,” its coaches said.\n")
    assert got == ["Witnesses", "Its coaches"]
    assert set(types.values()) == {"group"}


def test_a_state_s_media_speak_as_a_body() -> None:
    # "state" before "media" is the state's, not Syria stating; the media are a body.
    got, types = _types("Syrian state media said that forces had “liberated” the town.\n")
    assert got == ["Syrian state media"]
    assert types == {"Syrian state media": "organisation"}


def test_a_noun_for_people_before_a_given_name_is_no_part_of_the_name() -> None:
    got, _ = _types("Neighbor Tom Hale, 71, was less sure. “I might leave,” Hale said.\n")
    assert got == ["Tom Hale"]


def test_capitals_before_a_lower_case_title_and_a_name_are_the_title_s() -> None:
    # "Reality TV" and "Holm" qualify the role of the person named next: no one of their own for "she" or "he".
    text = (
        "Reality TV star Kim Vale visited the harbour on Monday.\n\n“It was a great day,” she said.\n\n"
        "Holm spokesman Dan Lind took questions. “No comment,” he said.\n"
    )
    got, _ = _types(text)
    assert got == ["Kim Vale", "Dan Lind"]


def test_passers_by_are_people_not_a_name() -> None:
    # The hyphen of "Passers-by" is no given name's: a group; "Martin-Sanders" stays one person's surname.
    got, types = _types("Passers-by said the car was “on fire.”\n\n“It is over,” said Jean-Luc Martin-Sanders.\n")
    assert got == ["Passers-by", "Jean-Luc Martin-Sanders"]
    assert types == {"Passers-by": "group", "Jean-Luc Martin-Sanders": "person"}


def test_a_body_named_with_of_and_a_place_or_field_keeps_it() -> None:
    text = (
        "The Army Corps of Engineers said its review was “not yet completed.”\n\n"
        "The Harbour Chamber of Commerce said the levy was “a mistake.”\n\n"
        "The Church of Tidewater said it was “saddened.”\n"
    )
    got, types = _types(text)
    assert got == ["Army Corps of Engineers", "Harbour Chamber of Commerce", "Church of Tidewater"]
    assert set(types.values()) == {"organisation"}


def test_a_capital_city_that_speaks_at_a_sentence_start_is_its_government() -> None:
    # A place is always written with a capital, so its only capital at a sentence start is no common word's.
    got, types = _types("Talks stalled on Monday.\n\nBeijing said: “We will not sign.”\n")
    assert got == ["Beijing"]
    assert types == {"Beijing": "organisation"}


def test_international_ending_a_name_makes_it_a_body() -> None:
    got, types = _types("Tidewater International called the law “a step backward.”\n")
    assert got == ["Tidewater International"]
    assert types == {"Tidewater International": "organisation"}


def test_a_name_the_sentence_calls_it_is_a_body_and_speaks_as_it() -> None:
    # "Tidewater Marsh" has a person's shape; "cut its forecast" and "said it would" say it is a body.
    got, types = _types(
        "Tidewater Marsh cut its forecast on Monday. “Growth will slow,” it said in a note.\n\n"
        "Ada Holm cut her forecast too. “It will not,” she said.\n"
    )
    assert got == ["Tidewater Marsh", "Ada Holm"]
    assert types == {"Tidewater Marsh": "organisation", "Ada Holm": "person"}


def test_a_one_word_name_that_says_its_is_a_body_but_not_through_an_apposition() -> None:
    got, types = _types(
        "Tidewell said its ferry would sail in “early fall.”\n\n"
        "The party lost. Htun Aye, its acting chairman, said: “We lost.”\n"
    )
    assert got == ["Tidewell", "Htun Aye"]
    assert types == {"Tidewell": "organisation", "Htun Aye": "person"}


def test_a_one_word_name_the_article_writes_as_a_body_s_is_an_organisation() -> None:
    text = (
        "Responding online, Portwatch said the lawsuit was “a stunt.” Data went to PortWatch, which published it.\n\n"
        "Tarnoil said the deal was “still valid.” Tarnoil chief executive Ada Holm did not comment.\n\n"
        "Ruiz said the plan was “dead.”\n"
    )
    got, types = _types(text)
    assert got == ["Portwatch", "Tarnoil", "Ruiz"]
    assert types == {"Portwatch": "organisation", "Tarnoil": "organisation", "Ruiz": "person"}


def test_machines_named_like_people_in_er_say_nothing() -> None:
    # "-er" makes a guess of a person ("a reporter"), but a server or a printer is a thing.
    got, types = _types("Ada Holm's private server had handled messages later deemed “highly sensitive to the core.”\n")
    assert got == [None]
    assert types == {}
    assert [description_type(d) for d in ("the server", "a printer", "the reporter")] == [None, None, "unnamed"]


def test_a_town_or_village_that_issues_a_statement_is_a_body() -> None:
    got, types = _types("The town released a statement saying the comments “are based on opinion, not facts.”\n")
    assert got == ["The town"]
    assert types == {"The town": "organisation"}


def test_a_ruling_or_a_filing_speaks_as_a_document_though_its_noun_ends_in_ing() -> None:
    got, types = _types(
        "The law is “unconstitutional,” the ruling said.\n\n“The state failed,” the court filing says.\n"
    )
    assert got == ["The ruling", "The court filing"]
    assert set(types.values()) == {"document"}


def test_thousands_or_hundreds_opening_a_sentence_are_a_group() -> None:
    got, types = _types("Thousands marched through the town, chanting “go home.”\n")
    assert got == ["Thousands"]
    assert types == {"Thousands": "group"}


def test_a_list_a_dossier_or_a_script_states_words_as_a_document() -> None:
    # "the list asks" had been dropped as no one: a list of questions is a text that states them.
    got, types = _types(
        "“What did you know about the calls?” the list asks.\n\nThe dossier claims it was “agreed in secret.”\n"
    )
    assert got == ["The list", "The dossier"]
    assert set(types.values()) == {"document"}


def test_a_body_named_like_a_person_is_a_body_where_the_article_says_so() -> None:
    # "Goldman Sachs, which advised …" and "Baker McKenzie, the law firm," are bodies, though each name has
    # two capitalised words; without such a sign a two-word name stays a person's.
    got, types = _types(
        "“It is a fair deal,” said Goldman Sachs, which advised the buyer.\n\n"
        "Baker McKenzie, the law firm, called the suit “frivolous.”\n\n“We disagree,” Ivo Brandt said.\n"
    )
    assert got == ["Goldman Sachs", "Baker McKenzie", "Ivo Brandt"]
    assert types == {"Goldman Sachs": "organisation", "Baker McKenzie": "organisation", "Ivo Brandt": "person"}
    # Or what only a body has: "Morgan Stanley's chief executive" (not a person's given-named "employees").
    got, types = _types(
        "Morgan Stanley’s chief executive, Jo Gorman, was upbeat.\n\n“Profits fell,” Morgan Stanley said.\n\n"
        "“We grew,” Ada Holm said. Ada Holm’s employees cheered.\n"
    )
    assert types == {"Morgan Stanley": "organisation", "Ada Holm": "person"}


def test_a_name_joined_by_an_ampersand_is_one_body() -> None:
    # "Procter & Gamble" had been a person, "Gamble", and "Johnson & Johnson" a person "Johnson".
    got, types = _types(
        "Johnson & Johnson said the claims were “without merit.”\n\n“We stand by our products,” Procter & Gamble said.\n"
    )
    assert got == ["Johnson & Johnson", "Procter & Gamble"]
    assert set(types.values()) == {"organisation"}


def test_a_body_s_name_with_and_inside_is_one_name_and_its_description_stands_for_it() -> None:
    # "the Harbour and Rail Commission" had been "Rail Commission", and the description after it found no body.
    text = (
        "“We will review every claim,” the Harbour and Rail Commission said.\n\n"
        "The Parks and Water Administration opened an inquiry. “We take these reports seriously,” the agency said.\n\n"
        "“It is a matter for the courts,” said the Tide and Marsh Foundation.\n"
    )
    got, types = _types(text)
    assert got == ["Harbour and Rail Commission", "Parks and Water Administration", "Tide and Marsh Foundation"]
    assert set(types.values()) == {"organisation"}


def test_a_documents_noun_capitalised_by_the_sentence_is_a_document() -> None:
    # "Reports suggest …": the sentence's capital had made "Reports" a person.
    got, types = _types("Ada Holm spoke.\n\nReports suggest the plan was “rushed.”\n")
    assert got == ["Reports"]
    assert types == {"Reports": "document"}


def test_the_team_or_the_band_is_the_body_named_before() -> None:
    # "the team said" after "The Lakers …" is the Lakers, as "the company said" is the company named before.
    got, types = _types(
        "The Lakers also weighed in. “We are proud of her,” the team said.\n\n"
        "The NFL fined the player. “It was a dangerous hit,” the league said.\n"
    )
    assert got == ["Lakers", "NFL"]
    assert types["NFL"] == "organisation" and types["Lakers"] in {"organisation", "group"}  # a plural name


def test_a_role_of_two_words_joined_by_of_keeps_both() -> None:
    # "Holm's chief of staff" had been listed as "Ada Holm's chief".
    got, _ = _types("Mayor Ada Holm resigned.\n\nHolm's chief of staff says the mayor was “pushed out.”\n")
    assert got == ["Ada Holm's chief of staff"]


def test_a_team_s_player_described_by_position_is_someone() -> None:
    # "His star quarterback agreed: “…”" had no speaker: "quarterback" was no word for a person.
    got, types = _types(
        "Coach Ivo Brandt was blunt. “We were outplayed,” Brandt said. His star quarterback agreed: “They wanted it more.”\n"
    )
    assert got == ["Ivo Brandt", "Ivo Brandt's star quarterback"]
    assert types["Ivo Brandt's star quarterback"] == "unnamed"
