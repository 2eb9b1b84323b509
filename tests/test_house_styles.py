"""Copy in the typography and habits of sites the corpus lacks: British marks, show titles.

Each article is text written here; each test fails without the rule it names.
"""

from __future__ import annotations

from tests.test_attribution import quotes_of, speakers_in, speakers_of


def test_british_copy_with_double_marks_inside_is_attributed() -> None:
    # The quotation within the quotation (and the headline's) in double marks keep the single ones primary.
    got = speakers_in(
        "Harbour chief Ruth Okoye met the fishermen on Monday.",
        "‘They told us “wait”, and we waited,’ Ms Okoye said. ‘Not any more.’",
        "Councillor Ivo Lenz was unmoved. ‘The fishermen’s patience is not the council’s problem,’ he said.",
    )
    assert got == ["Ruth Okoye", "Ruth Okoye", "Ivo Lenz"]


def test_a_nickname_in_single_marks_is_part_of_the_name() -> None:
    _, quotes = quotes_of(
        "T\n\nFormer marine John ‘Tig’ Tiegen found both issues disqualifying.\n\n"
        "‘She goes home. That’s it,’ Tiegen said. ‘A leader would be in the room.’\n"
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("term", None), ("quote", "John Tiegen"), ("quote", "John Tiegen")]


def test_a_show_title_is_not_the_one_a_pronoun_means() -> None:
    got = speakers_in(
        "Senator Ada Holm conceded the result was “deeply regrettable.”",
        "On CBS’ Face the Nation the day before, she said, “When I look at this, it is bad.”",
        "On NBC’s Meet the Press on Sunday, she added, “We will win the next one.”",
    )
    assert got == ["Ada Holm", "Ada Holm", "Ada Holm"]


def test_a_nickname_in_single_marks_joins_the_outlet_that_prints_it_alone() -> None:
    _, quotes = quotes_of(
        "T\n\nFormer marine John ‘Tig’ Tiegen spoke on Monday.\n\n‘She goes home,’ Tiegen said.\n",
        "T\n\n“She went home,” said Tig Tiegen, a former marine.\n",
    )
    assert {q.speaker for q in quotes if q.kind == "quote"} == {"John Tiegen"}


def test_guillemets_are_read_as_double_marks_are() -> None:
    # A nickname (a term), a quotation closing with a comma before its cue, and one quoted inside.
    got = speakers_in(
        "Senator Jo «Tig» Ruiz dubbed it a «press conference.»",
        "«But that was the first time in a long time, senator,» CBS This Morning co-anchor Ada Holm said. «It is rare.»",
        "«Call it “a press conference” if you like,» Ruiz said.",
    )
    assert got == [None, "Jo Ruiz", "Ada Holm", "Ada Holm", "Jo Ruiz", "Jo Ruiz"]


def test_westminster_roles_are_descriptions_and_offices_find_their_holders() -> None:
    (first, second) = speakers_of(
        "T\n\nA senior Tory said the party was “doomed”. A Labour MP said: “It is over.” "
        "A No 10 spokesman said: “We do not comment.”\n\n"
        "The Prime Minister told the Commons: “We are delivering.” The Health Secretary said: “Yes.”\n",
        "T\n\nPrime Minister Keir Starmer said: “We are delivering.” Health Secretary Wes Streeting said: “Yes.”\n",
    )
    assert [who for _, who in first] == [
        "A senior Tory",
        "A Labour MP",
        "A No 10 spokesman",
        "Keir Starmer",
        "Wes Streeting",
    ]
    assert [who for _, who in second] == ["Keir Starmer", "Wes Streeting"]


def test_a_capitalised_role_is_a_description_wherever_its_place_is_unknown() -> None:
    first, _ = speakers_of(
        "T\n\nThe Senate Majority Leader said: “No.” The House Speaker said: “Yes.” "
        "“Sure,” the Wayanad MP said.\n\nDemocratic leader Ada Holm spoke. The New Hampshire Union Leader said the plan "
        "was “dead.”\n",
        "T\n\nSenate Majority Leader Mitch McConnell said: “No.” House Speaker Paul Ryan said: “Yes.”\n",
    )
    assert [who for _, who in first] == ["Mitch McConnell", "Paul Ryan", "The Wayanad MP", "New Hampshire Union Leader"]


def test_a_month_that_is_a_surname() -> None:
    got = speakers_in(
        "Prime Minister Theresa May said: “Brexit means Brexit.” Mrs May added: “We will leave.”",
        "In May, Ada Holm said: “We will stay.” Holm on Tuesday said: “Still here.”",
        "“We will leave soon,” Mrs May said later.",
    )
    assert got == ["Theresa May", "Theresa May", "Ada Holm", "Ada Holm", "Theresa May"]
    assert speakers_in("“We will leave,” Mrs May said.") == ["May"]  # a surname alone, not a month
    assert speakers_in("Theresa May spoke on Monday.", "“We will leave,” Mrs May said.") == ["Theresa May"]


def test_family_names_first_are_the_names_a_later_mention_uses() -> None:
    first, second = speakers_of(
        "T\n\nChinese President Xi Jinping said: “We want peace.” Kim Jong Un said: “We are ready.” "
        "Moon Jae-in said: “Talks will go on.” U.N. chief Ban Ki-moon said: “Good.” Kim Darroch said: “Fine.”\n",
        "T\n\n“We want peace,” Xi said. Mr. Kim said: “We are ready.” Moon said: “Talks go on.”\n",
    )
    assert [who for _, who in first] == ["Xi Jinping", "Kim Jong Un", "Moon Jae-in", "Ban Ki-moon", "Kim Darroch"]
    assert [who for _, who in second] == ["Xi Jinping", "Kim Jong Un", "Moon Jae-in"]  # "Moon" was Ban Ki-moon


def test_an_unnamed_source_with_a_participle_after_the_noun() -> None:
    got = speakers_in(
        "Secretary of State Ada Holm arrived in Sochi on Tuesday.",
        "“I expect nothing,” a senior official traveling with Holm told CNN.",
        "An aide working for the governor said: “We were not consulted.”",
    )
    assert got == ["A senior official traveling with Holm", "An aide working for the governor"]


def test_the_two_named_before_are_the_pair_even_as_the_subject() -> None:
    got = speakers_in(
        "Ada Holm and Jo Ruiz spoke on Monday. The two senators said the bill was “dead.”",
        "Two senators said the bill was “alive.”",
    )
    assert got == ["Ada Holm and Jo Ruiz", "Two senators"]


def test_according_to_a_description_and_the_name_after_it() -> None:
    got = speakers_in(
        "Mayor Ada Holm will resign. The plan is “dead on arrival,” according to Holm’s spokesman, Tom Keel.",
        "“It is over,” according to her deputy.",
    )
    assert got == ["Tom Keel", "Ada Holm's deputy"]


def test_a_statement_from_her_office_is_hers() -> None:
    got = speakers_in(
        "Mayor Ada Holm will resign, according to a statement from her office. “It has been an honor,” the statement said."
    )
    assert got == ["Ada Holm"]


def test_one_name_in_several_transliterations() -> None:
    first, second = speakers_of(
        'T\n\nAlexei Navalny said: "We will win." Yevgeny Prigozhin said: "No." Alexander Lukashenko said: "Yes."\n',
        'T\n\nAleksei Navalny said: "We will not stop." Evgeny Prigozhin said: "Never." Aleksandr Lukashenko said: "Yes."\n',
    )
    assert [who for _, who in first + second] == ["Alexei Navalny", "Yevgeny Prigozhin", "Alexander Lukashenko"] * 2


def test_an_embedded_post_is_credited_by_its_line() -> None:
    _, quotes = quotes_of(
        "T\n\nThe president praised the call.\n\nJust had a great call with the prime minister. Very productive! "
        "pic.twitter.com/ab12\n\n— Ada Holm (@adaholm) May 14, 2019\n\n"
        "“Productive meetings today,” pic.twitter.com/cd34 — Secretary Jo Ruiz (@SecRuiz) May 14, 2019\n\n"
        "He said it went well.\n\n— Tom Keel, a neighbour.\n"
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Just had a great call with the prime minister. Very productive!", "Ada Holm"),
        ("Productive meetings today,", "Jo Ruiz"),
    ]


def test_one_body_under_its_names_across_outlets() -> None:
    first, second, third = speakers_of(
        "T\n\nThe Justice Department said: “We will review it.” The United Nations said: “We are concerned.”\n",
        "T\n\nThe Department of Justice said: “We will review.” The U.N. said: “Concerned.”\n",
        "T\n\nDOJ said: “Review.” The UN said: “Deeply concerned.”\n",
    )
    assert {who for _, who in first + second + third} == {"Justice Department", "United Nations"}


def test_a_body_s_short_form_and_abbreviated_adjective() -> None:
    first, second, third = speakers_of(
        "T\n\nThe European Commission said: “We will act.” The Supreme Court said: “Denied.”\n",
        "T\n\nThe Court said: “Denied.”\n",
        "T\n\nThe EU Commission said: “We will act soon.”\n",
    )
    assert {who for _, who in first + second + third} == {"European Commission", "Supreme Court"}


def test_a_dash_hands_a_quotation_over_to_its_cue() -> None:
    # No comma inside the marks, a dash after them: the cue that follows is still the quotation's.
    got = speakers_in(
        "Jo Ruiz and Ivo Brandt spoke first.",
        "“That is false” — Ada Holm said on Tuesday.",
        "“We never agreed to it” - Holm told reporters.",
        # A dash after words inside a sentence starts an aside: the cue before them is the one.
        "Brandt called the plan “a disaster” — Ruiz said the council would vote.",
    )
    assert got == ["Ada Holm", "Ada Holm", "Ivo Brandt"]


def test_a_round_up_s_topic_label_is_not_the_sentence() -> None:
    # "On ferries:" labels the topic; the sentence after it has its own subject, not the relative clause's.
    got = speakers_in(
        "On ferries: Ada Holm attacks the deal that Tarnow signed with the port, saying, “It is a disaster.”",
        "On fares: Jo Ruiz calls the rise “a tax on islanders.”",
    )
    assert got == ["Ada Holm", "Jo Ruiz"]


def test_a_name_of_four_short_syllables_is_whole() -> None:
    # Burmese names run to four syllables; the first is no title. A place before a three-word name still is one.
    got = speakers_in(
        "Aung Min Thu Zaw won the vote.",
        "“We will govern,” Aung Min Thu Zaw said. “It is a new day,” Thu Zaw added.",
        "“We lost,” said Iowa Jo Ann Lee.",
    )
    assert got == ["Aung Min Thu Zaw", "Aung Min Thu Zaw", "Jo Ann Lee"]


def test_how_someone_put_it_says_whose_words_they_were() -> None:
    got = speakers_in(
        "“Enough is enough.” That was how Ada Holm put it.",
        "“We start again.” That is how Jo Ruiz summed it up on Monday.",
        "“It is a disgrace,” was how Sen. Vi Lund described the bill.",
    )
    assert got == ["Ada Holm", "Jo Ruiz", "Vi Lund"]
    # How a race was won, not how the words were said.
    assert speakers_in("“Fair play.” That is how Vi Lund won the race.") == [None]
    # Contracted, and with the name set off after a description.
    got = speakers_in(
        "Ivo Brandt met voters. “We need help.” That's how one voter, Ada Holm, put it.",
        "Ivo Brandt met voters. “We need help.” That’s one voter, Ada Holm, speaking on radio.",
    )
    assert got == ["Ada Holm", "Ada Holm"]
    # Without a comma after the words.
    assert speakers_in("“We will fight” is how Ada Holm put it.") == ["Ada Holm"]
    # "So said …" after the words, and a reply with its adjective.
    got = speakers_in(
        "“We're not going anywhere.” So said Ada Holm on Tuesday.", "“No,” came the defiant reply from Jo Ruiz."
    )
    assert got == ["Ada Holm", "Jo Ruiz"]


def test_any_speech_verb_inverts_before_a_name_without_a_comma() -> None:
    got = speakers_in(
        "“For months we have had to stand by” quipped Nick Holm, a campaign spokesman.",
        "“It is over” fumed Vi Lund.",
        "The “fake news” charged Jo Ruiz with bias.",  # a verb with its object: no cue
    )
    assert got == ["Nick Holm", "Vi Lund", None]


def test_what_the_words_were_about_after_any_saying_verb() -> None:
    text = "“He stopped and said, ‘How do we win?’” Ada Holm, the chairman, quipped of the encounter she had with Ruiz."
    assert speakers_in("Jo Ruiz met Vi Lund.", text)[0] == "Ada Holm"


def test_a_run_in_head_in_capitals_is_not_the_sentence_s_subject() -> None:
    text = (
        "AT LEAST 10 HURT IN PORT BLAST Mayor Ada Holm said the driver, who crashed in the middle "
        "of the quay, had “no licence.” [Wire.]"
    )
    assert speakers_in(text) == ["Ada Holm"]
