from __future__ import annotations

import pytest

from quotecompare.attribution.speakers import SpeakerIndex, names_in, split_mention
from quotecompare.attribution.story import build_quotes
from quotecompare.models import Quote, Source
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article


def quotes_of(*articles: str) -> tuple[list[Source], list[Quote]]:
    sources = [parse_article(f"a{i}.txt", text, source_id=f"a{i}") for i, text in enumerate(articles)]
    quotes, _ = build_quotes(sources, {s.id: extract(s) for s in sources})
    return sources, quotes


def speakers_of(*articles: str) -> list[list[tuple[str, str | None]]]:
    sources, quotes = quotes_of(*articles)
    return [[(q.text, q.speaker) for q in quotes if q.source == s.id] for s in sources]


def speakers_in(*paragraphs: str) -> list[str | None]:
    """The speaker of each quotation of one article made of ``paragraphs`` under a headline."""
    (got,) = speakers_of("Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    return [who for _, who in got]


BODY = (
    "Headline\n\n"
    "Harbour Commissioner Alma Reyes met Mayor Tobias Lindqvist on Monday.\n\n"
    "“We are not done,” Reyes told Lindqvist. “The port needs dredging.”\n\n"
    "Lindqvist shook his head. “Nobody disputes that,” he said.\n\n"
    "Lindqvist said the plan was “fully funded.”\n\n"
    "“It will be finished by spring.”\n\n"
    "Council spokesman Ivo Brandt called the timetable a “fantasy” and left.\n\n"
    "Reyes added: “We will see.”\n"
)


def test_cues_pronouns_continuation_and_third_person() -> None:
    (got,) = speakers_of(BODY)
    assert got == [
        ("We are not done,", "Alma Reyes"),
        ("The port needs dredging.", "Alma Reyes"),  # continuation in the same paragraph
        ("Nobody disputes that,", "Tobias Lindqvist"),  # "he": the subject just named
        ("fully funded.", "Tobias Lindqvist"),
        ("It will be finished by spring.", "Tobias Lindqvist"),  # unattributed paragraph continues
        ("fantasy", "Ivo Brandt"),  # one-word quote belongs to its own speaker
        ("We will see.", "Alma Reyes"),
    ]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("“Rates stay,” said Finance Minister Ada Holm.", "Ada Holm"),
        ("“Rates stay,” Holm, a veteran economist, said.", "Holm"),
        ("Holm said on Tuesday: “Rates stay.”", "Holm"),
        ("Holm said the bank is “ready” to act.", "Holm"),
        ("“Risks rose,” the report states.", "The report"),
        ("Rates are “stable” according to the ministry.", "The ministry"),
        # The object of a preposition is not the speaker; the name set off after it is.
        (
            "In an email forwarded by Ms. Okafor, Dana Whitlow, her lawyer, said the claim was a “fishing expedition”.",
            "Dana Whitlow",
        ),
        ("A spokesman for Gov. Ruiz, Tomas Ferrante, said the vote was “premature”.", "Tomas Ferrante"),
        # An adverb after a description is not part of it.
        ("“We are ready,” the committee also said.", "The committee"),
        ("The suit also claims the firm “broke the rules”.", "The suit"),
        # ...but a phrase with no name after it keeps its head: the poll is the speaker.
        ("An alleged poll in Wyoming said the race was “close”.", "An alleged poll in Wyoming"),
    ],
)
def test_cue_speaker(sentence: str, who: str) -> None:
    ((_, speaker),) = speakers_of(f"T\n\n{sentence}\n")[0]
    assert speaker == who


def test_sentence_final_quote_does_not_take_next_sentences_cue() -> None:
    got = speakers_of("T\n\nJo Bell spoke first. “That is all.” Ivo Lenz added: “We disagree.”\n")[0]
    assert got == [("That is all.", "Jo Bell"), ("We disagree.", "Ivo Lenz")]


def test_name_variants_merge_across_sources() -> None:
    a = "T\n\nDeputy Mayor Michael Thibodeau spoke. “We are ready,” Thibodeau said.\n"
    b = "T\n\n“We are ready,” said Mike Thibodeau, the deputy mayor.\n"
    got = speakers_of(a, b)
    assert got[0][0][1] == got[1][0][1]


def test_split_mention() -> None:
    m = split_mention("former Vice President Dan Ortiz")
    assert (m.title, m.name) == ("former Vice President", "Dan Ortiz")


def test_description_resolves_to_titled_person() -> None:
    (got,) = speakers_of(
        "T\n\nThe dispute involves former Vice President Dan Ortiz.\n\n“Freedom matters,” the former vice president said.\n"
    )
    assert got == [("Freedom matters,", "Dan Ortiz")]


def test_same_surname_kept_apart() -> None:
    (got,) = speakers_of(
        "T\n\n“I disagree,” Ruth Okafor wrote.\n\n“I stand by it,” Daniel Okafor said.\n\n“No,” Ruth Okafor replied.\n"
    )
    assert [w for _, w in got] == ["Ruth Okafor", "Daniel Okafor", "Ruth Okafor"]


def test_index_resolves_bare_surname() -> None:
    idx = SpeakerIndex()
    idx.observe_text("Senator Jo Pike arrived.")
    assert idx.resolve("Pike").name == "Jo Pike"


def test_nested_quote_belongs_to_the_inner_speaker() -> None:
    sources, (outer, inner) = quotes_of(
        "T\n\nFormer director Lena Voss wrote in her memo: \"Governor Paul Hart told me, 'I hope you can let "
        "this go,' and I did not answer.\"\n"
    )
    assert outer.speaker == "Lena Voss" and outer.text.startswith("Governor Paul Hart told me")
    assert (inner.text, inner.speaker, inner.within) == ("I hope you can let this go,", "Paul Hart", outer.id)
    assert sources[0].raw[inner.start : inner.end] == inner.text


def test_scare_quote_inside_a_quote_is_not_a_nested_quote() -> None:
    (got,) = speakers_of("T\n\n\"They call it a 'pause,' but we know better,\" Dan Moss said.\n")
    assert got == [("They call it a 'pause,' but we know better,", "Dan Moss")]


def test_organisation_variants_merge() -> None:
    got = speakers_of(
        'T\n\n"We will sue," the Riverside Tenants Association said.\n',
        'T\n\n"We will sue," said the RTA.\n',
        'T\n\n"We are suing," the association said.\n',
    )
    assert {w for article in got for _, w in article} == {"Riverside Tenants Association"}


def test_a_body_with_its_country_s_initials_before_it_is_the_body_other_outlets_name() -> None:
    # "U.S." before a body's name, and its letters in the acronym ("USHS"), name the same body.
    got = speakers_of(
        'T\n\n"The tide will stay high all week," the U.S. Harbour Survey said.\n',
        'T\n\n"The tide will stay high all week," the Harbour Survey said.\n',
        'T\n\n"Stay off the sea wall," the USHS said.\n',
    )
    assert {w for article in got for _, w in article} == {"Harbour Survey"}
    # The acronym may leave the country's initials out: "HSB" of the "U.S. Harbour Safety Board".
    got = speakers_of(
        'T\n\n"Stay off the sea wall," the U.S. Harbour Safety Board said.\n',
        'T\n\n"Do not use the ferry ramp," the HSB said.\n',
    )
    assert {w for article in got for _, w in article} == {"U.S. Harbour Safety Board"}


def test_a_company_under_its_full_short_web_and_owned_names_is_one_body() -> None:
    words = "We take these concerns very seriously indeed,"
    got = speakers_of(
        f'T\n\n"{words}" Veltris.com Inc. said in a statement.\n',
        f'T\n\n"{words}" Veltris said.\n',
        f'T\n\n"{words}" Veltris Motor Corp. said.\n',
        f'T\n\n"{words}" Veltris Platforms said.\n',
    )
    assert {w for article in got for _, w in article} == {"Veltris"}
    got = speakers_of(f'T\n\n"{words}" Harbourline Inc\'s Ferrybook said.\n', f'T\n\n"{words}" Ferrybook said.\n')
    assert {w for article in got for _, w in article} == {"Ferrybook"}


def test_a_country_s_ministry_under_its_four_names_is_one_body() -> None:
    words = "We reject these claims entirely and completely,"
    got = speakers_of(
        f'T\n\n"{words}" the Ministry of Foreign Affairs said.\n',
        f'T\n\n"{words}" the Foreign Ministry said.\n',
        f'T\n\n"{words}" Chile\'s foreign ministry said.\n',
        f'T\n\n"{words}" the Chilean Foreign Ministry said.\n',
    )
    assert {w for article in got for _, w in article} == {"Chilean Foreign Ministry"}
    # Two countries' ministries: "the Foreign Ministry" alone is neither.
    got = speakers_of(
        f'T\n\n"{words}" the Foreign Ministry said.\n',
        'T\n\n"No comment," the Chilean Foreign Ministry said.\n',
        'T\n\n"Nothing to add," the Peruvian Foreign Ministry said.\n',
    )
    assert [w for article in got for _, w in article] == [
        "Foreign Ministry",
        "Chilean Foreign Ministry",
        "Peruvian Foreign Ministry",
    ]


def test_a_coast_guard_or_a_survey_is_a_body_not_a_person() -> None:
    _, quotes = quotes_of('T\n\n"We are searching the bay," the Tidewater Coast Guard said.\n')
    assert [q.speaker_key for q in quotes] == ["tidewater coast guard"]


def test_titles_and_scare_quotes_are_terms_not_quotes() -> None:
    _, quotes = quotes_of(
        'T\n\nShe opposed the "stay in your lane" policy and the "reform" plan.\n\n'
        '"We will win," Mayor Ada Bell said.\n'
    )
    assert [(q.text, q.kind) for q in quotes] == [
        ("stay in your lane", "term"),
        ("reform", "term"),
        ("We will win,", "quote"),
    ]


def test_a_party_named_in_a_quote_is_not_a_person() -> None:
    """'Stubborn Greens' (two capitalised words) must not become a person whose 'surname' is Greens."""
    got = speakers_of(
        'T\n\n"The vote was blocked by the Stubborn Greens," Mayor Ilse Brandt said.\n\n'
        'The Greens accused the mayor of "rushing the budget."\n'
    )
    assert [speaker for _, speaker in got[0]] == ["Ilse Brandt", "Greens"]


def test_predicate_after_a_name_is_no_gender_clue_for_it() -> None:
    """In "..., daughter of Tomas Ruiz, criticized her sister" the "her" is about Ana, not Tomas."""
    got = speakers_of(
        "T\n\nAna Ruiz, the younger sister of council candidate Eva Ruiz and daughter of former mayor "
        "Tomas Ruiz, criticized her sister's stance.\n\n"
        "Their father, former mayor Tomas Ruiz, backs the plan, and the younger Ruiz echoed him "
        "when she added, “Fair means fair for all.”\n"
    )
    assert got[0] == [("Fair means fair for all.", "Ana Ruiz")]


def test_british_single_quotes_are_attributed_and_meet_double_quotes() -> None:
    british, american = speakers_of(
        "T\n\n'We will not sign a deal that hurts our fishermen,' Minister Ruth Okoye said.\n",
        'T\n\n"We will not sign a deal that hurts our fishermen," Okoye said.\n',
    )
    assert british == [("We will not sign a deal that hurts our fishermen,", "Ruth Okoye")]
    assert american == [("We will not sign a deal that hurts our fishermen,", "Ruth Okoye")]


def test_an_organisation_is_not_its_chairs_title() -> None:
    got = speakers_of(
        "T\n\nHBA Chairman Ivo Lenz spoke first. “We need the money,” Lenz said.\n\n"
        "The closure was “a disaster for the town,” according to the HBA.\n"
    )
    assert got[0] == [("We need the money,", "Ivo Lenz"), ("a disaster for the town,", "HBA")]


def test_a_pull_quote_belongs_to_the_speaker_it_repeats() -> None:
    got = speakers_of(
        "T\n\n“We will rebuild the harbour before the winter storms,” Mayor Ana Ruiz said.\n\n"
        "Councillor Ivo Lenz disagreed. “It cannot be done this year,” he said.\n\n"
        "“We will rebuild the harbour before the winter storms.”\n\n"
        "'We will rebuild the harbour before the winter storms.'\n"
    )
    assert [speaker for _, speaker in got[0]] == ["Ana Ruiz", "Ivo Lenz", "Ana Ruiz", "Ana Ruiz"]


# The patterns of issue 9, each on a sentence of our own: (text after the title, the speaker).
ISSUE_9_PATTERNS = [
    # A cue after the quote with a complex subject.
    ("Sen. Ada Holm met voters.\n\n“We will not back down,” the senator’s spokeswoman, Jo Ruiz, said.", "Jo Ruiz"),
    ("“We will not back down,” State Gov. Ada Holm said.", "Ada Holm"),
    ("“We will not back down,” Rep. Ada Holm (D-Mo.) said.", "Ada Holm"),
    ("“We will not back down,” Ada Holm (R) said.", "Ada Holm"),
    ("“We will not back down,” Ada Holm fumed.", "Ada Holm"),
    ("“We will not back down,” Ada Holm quipped.", "Ada Holm"),
    ("“We will not back down,” Ada Holm wrote in a statement.", "Ada Holm"),
    ("Ada Holm tweeted: “We will not back down.”", "Ada Holm"),
    ("“We will not back down,” Ada Holm of the Green Party said.", "Ada Holm"),
    ("“We will not back down,” Ada Holm, 45, of Dayton, Ohio, who runs the shelter, said.", "Ada Holm"),
    ("“We will not back down,” Jo Ruiz — a teacher from Dayton — said.", "Jo Ruiz"),
    # One quote from two people.
    ("“We will not back down,” Ada Holm and Jo Ruiz said in a joint statement.", "Ada Holm and Jo Ruiz"),
    # Speakers set by layout.
    ("Ada Holm, Daily Tribune: “We will not back down.”", "Ada Holm"),
    ("Ada Holm: “We will not back down.”", "Ada Holm"),
    ("VOTERS SPEAK OUT - Ada Holm: “We will not back down.”", "Ada Holm"),
    ("“We will not back down.” ― Ada Holm", "Ada Holm"),
    ("Ada Holm met Jo Ruiz.\n\nHOLM: “We will not back down.”", "Ada Holm"),
    # A partial quote inside reported speech.
    ("Ada Holm assured supporters that the review would “leave no stone unturned.”", "Ada Holm"),
    ("Ada Holm worried that the plan was becoming “a hammock for the idle.”", "Ada Holm"),
    # Descriptions and organisations resolve to what was named earlier.
    ("Acme Corp. filed its plan on Monday.\n\n“We will not back down,” the company said.", "Acme Corp."),
    ("The Holm Foundation sued the city.\n\n“We will not back down,” the foundation said.", "Holm Foundation"),
    ("Jo Ruiz is the council's spokesman.\n\n“We will not back down,” the spokesman said.", "Jo Ruiz"),
    # A place is not the speaker when a person is the subject of the cue.
    ("In Ohio, Ada Holm said the plan was “dead on arrival.”", "Ada Holm"),
    ("Ada Holm, during a visit to Dayton, Ohio, said the plan was “dead on arrival.”", "Ada Holm"),
]


# Patterns that recur in PolNeAR train, each on a sentence of our own.
RECURRING_PATTERNS = [
    ("Speaking to reporters in Dayton, Holm called Ruiz “able” but described his plan as “a fantasy.”", "Holm"),
    ("In Dayton, OH, after winning Ohio, Gov. Ada Holm (R-OH), said, “We are ready to go west.”", "Ada Holm"),
    ("At a rally in Dayton, Ohio Monday, the Holm supporter retorted: “There is no going back.”", "The Holm supporter"),
    ("“It is unusual,“ said Jo Ruiz, a lawyer with the Legal Center.", "Jo Ruiz"),
    ("“Vote for me!” Ada Holm shouted as she left the stage.", "Ada Holm"),
    ("“Vote for me!” Ada Holm shouted, shorthand for a longer speech.", "Ada Holm"),
    ("“We won the count,” Ada Holm said, adding that the recount was over.", "Ada Holm"),
    ("“We can go on,” added his campaign manager Jo Ruiz, speaking to reporters.", "Jo Ruiz"),
    ("“It is unknown,” nuclear experts Ada Holm and Jo Ruiz wrote in September.", "Ada Holm and Jo Ruiz"),
    (
        "“It is unknown,” Ada Holm of the Institute for Science and International Security wrote on Monday.",
        "Ada Holm",
    ),
    (
        "“The records will be searched” for the request, Justice Department senior trial counsel Ada Holm wrote.",
        "Ada Holm",
    ),
    ("Ada Holm clashed with Ruiz during the hearing, chiding him, “What difference does it make?”", "Ada Holm"),
]

# After a quotation that ends its sentence, a verb with an object of its own starts new narration.
NOT_THE_CUE = [
    "“We lose too many people.” Ada Holm criticized her state’s gun laws.",
    "“We lose too many people.” Ada Holm said, it was time to act.",
]


@pytest.mark.parametrize(("text", "speaker"), ISSUE_9_PATTERNS + RECURRING_PATTERNS)
def test_issue_9_patterns(text: str, speaker: str) -> None:
    got = speakers_of(f"Title\n\n{text}\n")[0]
    assert got and got[0][1] == speaker, got


@pytest.mark.parametrize("text", NOT_THE_CUE)
def test_a_cue_with_its_own_object_is_new_narration(text: str) -> None:
    got = speakers_of(f"Title\n\n{text}\n")[0]
    assert got and got[0][1] is None, got


def test_a_woman_in_a_town_who_told_him_is_the_speaker() -> None:
    got = speakers_of(
        "Title\n\nAda Holm is assuring voters she is tough after a woman in Dayton, Ohio, told her "
        "she worries Holm is “too nice” to win.\n"
    )[0]
    assert got[0][1] == "A woman in Dayton"


def test_unnamed_people_of_one_article_stay_apart() -> None:
    got = speakers_of(
        "Title\n\n“We will win,” said one Democrat close to the campaign.\n\n"
        "“We will lose,” said one Republican strategist.\n"
    )[0]
    assert got[0][1] != got[1][1]


def test_every_quote_records_its_rule_and_evidence() -> None:
    sources, quotes = quotes_of("T\n\nAda Holm spoke on Monday.\n\n“We won,” she said. “We will do more.”\n")
    raw = sources[0].raw
    first, second = quotes
    assert first.attribution.rule == "cue_after" and second.attribution.rule == "continuation"
    assert raw[slice(*first.attribution.evidence)] == "she"
    assert raw[slice(*first.attribution.resolved)] == "Ada Holm"
    assert second.attribution.evidence == first.attribution.evidence


def test_a_quote_without_a_speaker_says_why() -> None:
    _, (q,) = quotes_of("T\n\nThe vote is on Monday.\n\n“Nobody knows what happens next.”\n")
    assert q.speaker is None and q.attribution.rule is None
    assert q.attribution.reason and "no cue" in q.attribution.reason


def test_pronouns_skip_headings_and_other_quotes_words() -> None:
    # The heading names Tom Reyes; the quote names Ivo Lenz; "she" is Ada Holm, the person narrated.
    got = speakers_of(
        "Tom Reyes wins the vote\n\n## Tom Reyes wins\n\nAda Holm voted no. “Ivo Lenz was wrong,” she said.\n"
    )[0]
    assert got == [("Ivo Lenz was wrong,", "Ada Holm")]


def test_no_cue_continues_only_while_the_narration_stays() -> None:
    got = speakers_of(
        "T\n\n“We won,” Ada Holm said.\n\n“It was close.”\n\n"
        "Jo Ruiz, her rival, conceded on Tuesday night after a recount in the city.\n\n“Nobody saw it coming.”\n"
    )[0]
    assert got[1] == ("It was close.", "Ada Holm")
    assert got[2][1] != "Ada Holm"


def test_narration_about_a_thing_does_not_turn_away_from_the_speaker() -> None:
    # A sentence whose subject is no one who could speak ("The files were found …") leaves the paragraph
    # with its speaker; one about a person ("The aide left early") turns away, and the words stay unnamed.
    got = speakers_in("“Iran lied,” Ada Holm said. The files were found last year. “I am sure he will act.”")
    assert got == ["Ada Holm", "Ada Holm"]
    got = speakers_in("“Iran lied,” Ada Holm said. The aide left early. “I am sure he will act.”")
    assert got == ["Ada Holm", None]


def test_a_paragraph_ending_on_the_speaker_again_hands_on_its_speaker() -> None:
    # "Holm thanked the voters." / "Then she thanked …" is about the one who spoke: the next paragraph's
    # uncued quotation goes on with her. A paragraph ending on someone else still turns away.
    assert speakers_in("“We won,” Ada Holm said. Holm thanked the voters.", "“It was close.”") == ["Ada Holm"] * 2
    assert speakers_in("“We won,” Ada Holm said. Then she thanked them.", "“It was close.”") == ["Ada Holm"] * 2
    assert speakers_in("“We won,” Ada Holm said. Jo Ruiz left.", "“It was close.”") == ["Ada Holm", None]
    assert speakers_in("“We won,” John Holm said. Then she left.", "“It was close.”") == ["John Holm", None]


def test_it_said_again_is_the_document_the_last_it_said_stood_for() -> None:
    # The email is named three paragraphs before the last "it read": a run of "it" cues keeps it. After a
    # paragraph between, "it" must find its document in the narration again.
    email = "The email was sent by Ada Holm."
    quotes = ["“I tried you on the phone,” it reads.", "“We have the forces,” it said.", "“Please advise,” it read."]
    assert speakers_in(email, *quotes) == ["The email"] * 3
    assert speakers_in(email, quotes[0], "Jo Ruiz was not copied.", "Nor was Ivo Brandt.", quotes[2]) == [
        "The email",
        None,
    ]


def test_titles_and_nicknames_are_terms() -> None:
    _, quotes = quotes_of(
        "T\n\nHolm told NBC's “Meet the Press” she would run. Her book “Rivers of Home” sold well. "
        "Critics call her “Ada the Great.”\n"
    )
    assert {q.text: q.kind for q in quotes} == {
        "Meet the Press": "term",
        "Rivers of Home": "term",
        "Ada the Great.": "term",
    }
    # Titles are nobody's words here; a nickname is kept with whoever the sentence says uses it.
    assert [q.speaker for q in quotes][:2] == [None, None]


def test_a_nested_quote_is_reported_once_with_its_own_speaker() -> None:
    _, quotes = quotes_of(
        "T\n\n“Governor Paul Hart told me, ‘I hope you can let this go,’ and I did not answer,” Lena Voss wrote.\n"
    )
    inner = [q for q in quotes if q.within]
    assert len(inner) == 1 and inner[0].speaker == "Paul Hart"
    assert len([q for q in quotes if q.text.startswith("I hope")]) == 1


def test_a_verb_joined_by_and_takes_its_subject_across_an_earlier_quote() -> None:
    got = speakers_of(
        "Title\n\nVoters were quick to respond, with Ada Holm tweeting that it was a “disaster” "
        "for the town and asking, “How can anyone defend this?”\n"
    )[0]
    assert got[-1] == ("How can anyone defend this?", "Ada Holm")


# A capitalised word that only ever starts a sentence is not a name (the truecasing test).
def test_a_word_that_only_starts_sentences_is_nobody() -> None:
    got = speakers_of(
        "Title\n\nOptimism greeted the harbour plan as “the only way to keep the ferries running.”\n\n"
        "Jo Ruiz, the harbour master, spoke on Monday.\n\n"
        "Only a year earlier the plan had failed. “We will build it this time,” he said.\n"
    )[0]
    assert got == [
        ("the only way to keep the ferries running.", None),
        ("We will build it this time,", "Jo Ruiz"),
    ]


def test_a_surname_that_also_starts_a_sentence_is_still_a_name() -> None:
    got = speakers_of(
        "Title\n\nHarbour master Jo Ruiz spoke on Monday.\n\nRuiz called the plan “the only way forward for the town.”\n"
    )[0]
    assert got == [("the only way forward for the town.", "Jo Ruiz")]


def test_plural_people_at_a_sentence_start_still_speak() -> None:
    got = speakers_of("Title\n\nDemonstrators chanted that the plan was “a betrayal of the whole town.”\n")[0]
    assert got == [("a betrayal of the whole town.", "Demonstrators")]


def test_a_pronoun_with_a_contraction_is_a_pronoun() -> None:
    got = speakers_of(
        "Title\n\nJo Ruiz spoke on Monday.\n\n“We will keep the ferries running all winter,” he’s said.\n"
    )[0]
    assert got == [("We will keep the ferries running all winter,", "Jo Ruiz")]  # not "He’s"


def test_an_adverb_before_a_name_is_not_part_of_it() -> None:
    assert [n.name for n in names_in("Only Ada Holm voted, and Perhaps Jo Ruiz abstained.")] == [
        "Ada Holm",
        "Jo Ruiz",
    ]
    assert names_in("WHERE MONEY WOULD COME FROM") == []


def test_a_share_of_a_poll_speaks_as_itself() -> None:
    got = speakers_of(
        "Title\n\nThe Dayton Poll surveyed 900 residents of the town.\n\n"
        "Only 52 percent of registered voters agreed that the mayor is “fit to serve another term in office.”\n\n"
        "But 75 percent of Republicans said the ferry is “the best thing the town has ever built,” "
        "while 75 percent of Democrats said it was “a waste of money from the very start.”\n"
    )[0]
    assert [speaker for _, speaker in got] == [
        "52 percent of registered voters",
        "75 percent of Republicans",
        "75 percent of Democrats",
    ]


@pytest.mark.parametrize("title", ["State Treasurer", "Comptroller", "Assemblywoman", "Envoy"])
def test_office_titles_are_not_part_of_the_name(title: str) -> None:
    got = speakers_of(f"Title\n\n“We will balance the budget,” said {title} Ada Holm.\n")[0]
    assert got == [("We will balance the budget,", "Ada Holm")]


def test_a_pronoun_passes_down_a_run_of_paragraphs_it_leads() -> None:
    got = speakers_of(
        "Title\n\nSenator Jo Ruiz spoke to supporters in Dayton on Tuesday night.\n\n"
        "He thanked the crowd for coming out in the rain.\n\n"
        "He talked about the campaign and his family for a while.\n\n"
        "He vowed to “continue the fight in the next primary,” and left.\n"
    )[0]
    assert got == [("continue the fight in the next primary,", "Jo Ruiz")]


def test_a_pronoun_passes_down_through_cues_set_off_inside_sentences() -> None:
    # Each "she said" set off by commas is the subject of its cue, though not of its sentence.
    got = speakers_of(
        "Title\n\nAda Holm, the council's leader, wrote to members on Monday.\n\n"
        "“The plan is a fantasy,” she wrote.\n\n"
        "The port, she said, had waited eleven years for the money.\n\n"
        "The harbour would close, she said, unless the state paid.\n\n"
        "“Nobody should pretend this was easy,” she said.\n"
    )[0]
    assert got == [("The plan is a fantasy,", "Ada Holm"), ("Nobody should pretend this was easy,", "Ada Holm")]


@pytest.mark.parametrize(
    "text",
    [
        "Said Dorothy Poynter, a neighbor, “We were all so proud of her.”",
        "Said Dorothy Poynter, who grew up with her in the neighborhood, “We were all so proud of her.”",
    ],
)
def test_an_inverted_cue_takes_its_subject_across_an_apposition(text: str) -> None:
    assert speakers_of(f"Title\n\nThe small house is now a museum. {text}\n")[0][0][1] == "Dorothy Poynter"


def test_a_verb_that_opens_a_sentence_is_not_a_given_name() -> None:
    assert [n.name for n in names_in("It ended. Said Jo Ruiz: yes. Edward Said wrote it.")] == [
        "Jo Ruiz",
        "Edward Said",
    ]
    got = speakers_of("Title\n\nJo Ruiz ran the ferry. Said Ruiz, “We were all so proud of her.”\n")[0]
    assert got == [("We were all so proud of her.", "Jo Ruiz")]


def test_a_place_after_in_is_no_ones_antecedent() -> None:
    got = speakers_of(
        "Title\n\nMayor Jo Ruiz spoke on Monday.\n\n"
        "At a rally in West Dayton, Ohio, he was asked about the ferry. “We will keep it running,” he said.\n"
    )[0]
    assert got == [("We will keep it running,", "Jo Ruiz")]


def test_a_tv_shows_name_in_quotation_marks_is_a_term() -> None:
    """ "told “Fox & Friends”" names a show the speaker spoke to; its name is no one's words (text written here)."""
    _, quotes = quotes_of(
        'Talks\n\nThe president told "Fox & Friends" on Thursday that the talks went well. '
        'Later he said on "Meet the Press" that he was hopeful.\n\n"We are winning," the president said.\n'
    )
    assert [(q.text, q.kind) for q in quotes] == [
        ("Fox & Friends", "term"),
        ("Meet the Press", "term"),
        ("We are winning,", "quote"),
    ]
    # An interview with a show names the show.
    _, quotes = quotes_of('Talks\n\nIn an interview with "60 Minutes," Ada Holm said the plan was "dead."\n')
    assert [(q.text, q.kind) for q in quotes] == [("60 Minutes,", "term"), ("dead.", "quote")]


def test_he_or_she_is_never_a_plural_noun_leading_a_sentence() -> None:
    """ "Aides said …" names several people: the "he" of the next quote is the man named before."""
    (got,) = speakers_of(
        "T\n\nMayor Tobias Lindqvist was coy about the vote. Aides said he hoped to delay it.\n\n"
        "“Nobody knows what I will do,” he said.\n\n"
        "Officials met on Friday. “We are ready,” they said.\n"
    )
    assert got == [("Nobody knows what I will do,", "Tobias Lindqvist"), ("We are ready,", "Officials")]


def test_a_credit_line_after_a_quoted_paragraph_names_its_speaker() -> None:
    """Fact checks and round-ups: “…” ¶ — Name, where. Only a short line of a name after a dash counts."""
    text = (
        "Claims\n\nThe debate was long.\n\n“Our schools have never been better funded.”\n\n"
        "— Ada Holm, at the debate.\n\nThat is not so.\n\n“We will cut the tax.”\n\n"
        "— and the crowd went on cheering for a long time after the end of the debate that night.\n"
    )
    assert speakers_of(text) == [
        [("Our schools have never been better funded.", "Ada Holm"), ("We will cut the tax.", None)]
    ]


def test_a_possessive_before_a_title_tells_nothing_of_the_named_ones_gender() -> None:
    # "her rival, Ivo Brandt": "her" is Holm; Brandt is still a "he".
    (got,) = speakers_of(
        "Headline\n\n"
        "Ada Holm thanked her rival, Ivo Brandt, and her chief rival, Ivo Brandt, again.\n\n"
        "Brandt took the stage after her. “We will win this,” he said.\n"
    )
    assert got == [("We will win this,", "Ivo Brandt")]


def test_a_bare_surnames_gender_is_the_one_this_article_names() -> None:
    # The story's most-named Ruiz is a woman; this article's Ruiz is Tom, and "he" is him.
    sisters = "Headline\n\nMrs. Jo Ruiz spoke. Mrs. Jo Ruiz left. Mrs. Jo Ruiz came back. “Fine,” Jo Ruiz said.\n"
    _, got = speakers_of(
        sisters,
        "Headline\n\nTom Ruiz opened the plant on Monday.\n\nThe line runs all night.\n\nOrders are up.\n\n"
        "Ruiz toured the floor. “It works,” he said.\n",
    )
    assert got == [("It works,", "Tom Ruiz")]


def test_the_first_of_two_surnames_printed_alone_is_the_same_person() -> None:
    (got,) = speakers_of(
        "Headline\n\nThe island's treasurer, Marisol Ortega Vidal, met the bankers.\n\n"
        "“We need the law,” Ms. Ortega said.\n"
    )
    assert got == [("We need the law,", "Marisol Ortega Vidal")]


def test_the_one_a_closing_cue_names_is_the_subject_a_pronoun_looks_back_to() -> None:
    # "Brandt's plan … , Holm said.": Holm spoke; the plan's owner is only talked about.
    (got,) = speakers_of(
        "Headline\n\nTom Holm and Ivo Brandt spoke on Monday.\n\n"
        "Brandt's plan to close the mill had cost the town dearly, Holm said.\n\n"
        "“If my son still worked there, he would be out of a job,” he said.\n"
    )
    assert got == [("If my son still worked there, he would be out of a job,", "Tom Holm")]


def test_a_common_word_opening_a_sentence_is_no_name_another_article_gave_someone() -> None:
    # Another outlet names a Mrs. Jo Trust; here "Trust" opens a sentence and is a common word.
    _, got = speakers_of(
        "Headline\n\nMrs. Jo Trust runs the bakery. “We open at six,” Jo Trust said.\n",
        "Headline\n\nAda Holm spoke to the council.\n\nVoters trust her. Trust in the council is low.\n\n"
        "“We will fix it,” she said.\n",
    )
    assert got == [("We will fix it,", "Ada Holm")]


def test_a_thing_with_a_past_participle_after_the_words_is_no_cue() -> None:
    # "the number needed" describes the words' number; "She says" before them is the cue.
    got = speakers_of(
        "Title\n\nAda Holm spoke in Dayton.\n\n"
        "She says no candidate is “on pace to win 1,237 delegates,” the number needed to clinch the nomination.\n"
    )[0]
    assert got == [("on pace to win 1,237 delegates,", "Ada Holm")]


def test_a_paragraph_announcing_a_statement_introduces_the_quoted_one_after_it() -> None:
    got = speakers_of(
        "Title\n\nAt its chair's request, the Harbour Board issued a statement apologizing to the mayor.\n\n"
        "“On behalf of everyone at the board, we offer a deep apology.”\n\n"
        "The mayor met the press. Ada Holm released a statement on Monday.\n\n“We are done.”\n"
    )[0]
    assert got == [
        ("On behalf of everyone at the board, we offer a deep apology.", "Harbour Board"),
        ("We are done.", "Ada Holm"),
    ]


@pytest.mark.parametrize(
    "came", ["came shouts from the crowd", "came a shout from the crowd", "came the cry from the crowd"]
)
def test_words_that_came_as_shouts_from_someone_are_theirs(came: str) -> None:
    assert speakers_of(f"Title\n\nThe vote was denied. “Call the roll,” {came}, as the hall booed.\n")[0] == [
        ("Call the roll,", "The crowd")
    ]


def test_two_adjectives_with_a_comma_between_describe_one_person() -> None:
    got = speakers_of(
        "Title\n\nIvo Brandt made the port his first task.\n\n"
        "“From day one, the port came first,” the bespectacled, 71-year-old diplomat said in an interview.\n\n"
        "Ada Holm spoke. “We are done,” the group, said a member.\n"
    )[0]
    assert got == [("From day one, the port came first,", "Ivo Brandt"), ("We are done,", "A member")]


@pytest.mark.parametrize("role", ["the MP", "the 45-year-old MP", "the veteran MEP"])
def test_a_parliament_member_described_is_the_one_named_before(role: str) -> None:
    got = speakers_of(f"Title\n\nAda Holm hit back at critics. “We will deliver,” {role} told a radio station.\n")[0]
    assert got == [("We will deliver,", "Ada Holm")]


@pytest.mark.parametrize("told", ["told Harbour TV", "told the Harbour Gazette"])
def test_a_body_spoken_to_leaves_the_next_description_to_the_one_named(told: str) -> None:
    got = speakers_of(
        "Title\n\nThe port will reopen “within a year,” Ivo Brandt said on Monday.\n\n"
        f"“It has been a long wait,” the retired surgeon {told} in an interview.\n\n"
        "The former mayoral candidate continued, saying, “Nobody should pretend this was easy.”\n"
    )[0]
    assert [who for _, who in got] == ["Ivo Brandt", "Ivo Brandt", "Ivo Brandt"]


@pytest.mark.parametrize("when", ["Last week", "This morning"])
def test_a_time_phrase_opening_the_sentence_is_no_subject(when: str) -> None:
    got = speakers_of(f"Title\n\n{when}, when Jo Ruiz asked Ada Holm about it, she looked at him and said, “Never.”\n")
    assert got == [[("Never.", "Ada Holm")]]


def test_she_goes_on_with_the_unnamed_woman_who_spoke_before() -> None:
    # "said the woman, who … because she feared": the narration after her words is only hers; "Now 46 and
    # living in X, she is …" opens with an age, and "she" is its subject, so the next "she said" is the woman.
    got = speakers_in(
        "“My mom said we were citizens,” said the woman, who spoke on condition of anonymity because she feared her boss.",
        "Now 46 and living in Ohio, she is terrified of losing her job.",
        "“I am even more scared,” she said.",
    )
    assert got == ["The woman", "The woman"]
    got = speakers_in(
        "“My mom said we were citizens,” said the woman.",
        "Now 46 and living in Ohio, her brother Ivo Holm is terrified.",
        "“I am even more scared,” she said.",
    )
    assert got == ["The woman", None]
