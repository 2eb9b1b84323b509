"""Who said it: general patterns read on PolNeAR train and the real stories, each in text written here."""

from __future__ import annotations

from quotecompare.attribution.story import build_quotes
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article
from tests.helpers import kinds, speakers


def test_a_participle_after_a_relative_clause_is_the_main_subjects() -> None:
    got = speakers("Ada Holm laid out the blame that Wall Street faced, saying, “We will fix it.”")
    assert got == [("We will fix it.", "Ada Holm")]


def test_a_closing_cue_credits_every_quote_of_its_sentence() -> None:
    got = speakers(
        "Ada Holm and Jo Ruiz met on Monday.\n\n"
        "The leaders “agreed that the port must stay open,” which is “resolved to defend its trade,” "
        "Holm's statement said."
    )
    assert got == [("agreed that the port must stay open,", "Ada Holm"), ("resolved to defend its trade,", "Ada Holm")]


def test_he_after_an_inverted_cue_is_the_one_it_names() -> None:
    got = speakers(
        "Mayor Tom Keel and Senator Ivo Brandt would have kept the plan, said Rick Tyler, a consultant.\n\n"
        "“They would have looked at it first,” he said."
    )
    assert got == [("They would have looked at it first,", "Rick Tyler")]


def test_the_adviser_is_the_unnamed_adviser_just_met_not_an_earlier_named_one() -> None:
    got = speakers(
        "Colin Keel, a former adviser to the mayor, said the deal worked.\n\n"
        "One Republican adviser close to the council said on condition of anonymity that Holm made no effort. "
        "“He doesn't know,” the adviser said."
    )
    assert got == [("He doesn't know,", "One Republican adviser close to the council")]


def test_a_counted_crowd_is_a_group_that_they_can_mean() -> None:
    assert speakers("About 100 people marched along the beach. They chanted, “No borders! No wall!”") == [
        ("No borders! No wall!", "About 100 people")
    ]
    assert speakers("A group of about 100 people chanted, “No borders! No wall!”") == [
        ("No borders! No wall!", "A group of about 100 people")
    ]


def test_a_passive_cue_verb_names_no_speaker() -> None:
    got = speakers("Three people were shot last summer at a screening of her film, “Trainwreck.”")
    assert got == [("Trainwreck.", None)]


def test_who_said_in_a_relative_clause_is_the_one_it_is_about() -> None:
    got = speakers("Keel ripped the envoy Ivo Brandt, who said the mayor is being “impetuous” and rash.")
    assert got == [("impetuous", "Ivo Brandt")]


def test_was_quoted_as_saying_is_the_speakers_cue() -> None:
    got = speakers("“We are fully prepared to act,” Ada Holm was quoted by state television as saying.")
    assert got == [("We are fully prepared to act,", "Ada Holm")]


def test_they_are_the_two_people_just_named_together() -> None:
    got = speakers(
        "Council officials have said that quotas would be needed.\n\n"
        "Mayor Ada Holm and Treasurer Jo Ruiz welcomed the exemption.\n\n"
        "“The exemption reflects a fair relationship,” they said in a statement."
    )
    assert got == [("The exemption reflects a fair relationship,", "Ada Holm and Jo Ruiz")]


def test_the_president_is_not_another_countrys_president() -> None:
    text = (
        "President Ada Holm delayed the tariffs.\n\n"
        "She discussed them with French President Jean Marceau on Monday.\n\n"
        "But the {} has justified the tariffs by pointing out “shuttered plants and mills.”"
    )
    assert speakers(text.format("president")) == [("shuttered plants and mills.", "Ada Holm")]
    assert speakers(text.format("French president")) == [("shuttered plants and mills.", "Jean Marceau")]


def test_marks_of_the_other_family_nest_inside_a_quotation() -> None:
    from quotecompare.read.quotes import extract_text

    texts = [
        f.text
        for f in extract_text(
            'Holm stated:\n\n"The department isn’t about “Equal Justice” anymore. It is about power.\n\n'
            '"The latest example is its “Bathroom Bill,” which lets owners decide."'
        )
    ]
    assert texts == [
        "The department isn’t about “Equal Justice” anymore. It is about power. "
        "The latest example is its “Bathroom Bill,” which lets owners decide."
    ]
    tweet = '"Mexico can stop these large "Caravans" of people. They must stop them," he tweeted.'
    assert [f.text for f in extract_text(tweet)] == [
        'Mexico can stop these large "Caravans" of people. They must stop them,'
    ]


def test_a_quotation_inside_a_straight_quoted_excerpt_keeps_its_own_speaker() -> None:
    got = speakers('"Ada Holm ridiculed the plan and said, “It will never float in this harbour.”" the paper wrote.')
    assert ("It will never float in this harbour.", "Ada Holm") in got


def test_chants_shouts_and_signs_are_words_not_titles() -> None:
    assert kinds("The crowd broke into chants of “Lock Her Up” as she spoke.") == [("Lock Her Up", "quote")]
    assert kinds("Supporters chanted “Marco! Marco!” in the hall.") == [("Marco! Marco!", "quote")]
    assert kinds("A girl hoisted a sign that read “Vote Holm” at the rally.") == [("Vote Holm", "quote")]
    assert kinds("Holm appeared on “Meet the Press” on Sunday.") == [("Meet the Press", "term")]


def test_he_after_a_sign_goes_to_the_person_the_narration_moved_on_to() -> None:
    got = speakers(
        "At the rally, Ada Pelletier hoisted a sign that read “15%!” Her father, Brad Pelletier, worried "
        "that voters limit the news they read.\n\n“People are afraid of wasting their votes,” he said."
    )
    assert got[-1] == ("People are afraid of wasting their votes,", "Brad Pelletier")


def test_a_participle_or_a_plural_noun_opening_a_sentence_is_nobody() -> None:
    got = speakers(
        "Senator Tom Keel spoke in Manchester on Monday.\n\n"
        "Walking into the office to chants of “Marco! Marco!,” Keel said his campaign was “closing strong.”"
    )
    assert ("closing strong.", "Tom Keel") in got
    got = speakers(
        "Jo Ruiz, a psychologist, studies leaders. Narcissists can achieve great things.\n\n"
        "“They need the spotlight,” he said."
    )
    assert got == [("They need the spotlight,", "Jo Ruiz")]


def test_a_reduced_relative_clause_is_not_the_speakers() -> None:
    got = speakers("Ada Holm discusses the problems Wall Street faced, saying, “We will fix it.”")
    assert got == [("We will fix it.", "Ada Holm")]


def test_a_question_embedded_after_a_verb_the_lexicon_lacks_is_not_the_speakers() -> None:
    # "discusses" is no verb the lexicon knows: "the tax law" had been the one noting.
    got = speakers("Ada Holm discusses how the tax law was passed, noting that it was done “for political reasons.”")
    assert got == [("for political reasons.", "Ada Holm")]


def test_a_person_before_the_colon_speaks_when_the_subject_is_a_thing() -> None:
    got = speakers("The timing of the surge doesn’t surprise pollster Dana Shaw: “Late surges are common.”")
    assert got == [("Late surges are common.", "Dana Shaw")]
    got = speakers("Ada Holm ended her speech by quoting Leonardo da Vinci in Italian: “Every obstacle yields.”")
    assert got == [("Every obstacle yields.", "Ada Holm")]


def test_a_cue_missing_its_verb_still_names_the_speaker() -> None:
    got = speakers("“We are going to have frank talks,” Ada Holm in an interview broadcast Monday.")
    assert got == [("We are going to have frank talks,", "Ada Holm")]
    got = speakers("“The town lied,” Mayor Ada Holm during a televised address carried by local networks.")
    assert got == [("The town lied,", "Ada Holm")]


def test_a_documents_noun_before_a_speech_verb_is_its_subject() -> None:
    got = speakers(
        "Secretary Ada Holm issued a statement.\n\n“Let me be clear,” Holm's statement read. “We will enforce the law.”"
    )
    assert got == [("Let me be clear,", "Ada Holm"), ("We will enforce the law.", "Ada Holm")]


def test_an_adjective_before_a_title_leaves_the_subject_whole() -> None:
    got = speakers(
        "And newly confirmed Secretary of State Ada Holm, as a congresswoman in December 2015, told an "
        "audience that the only real solution was “the end of the current board.”"
    )
    assert got == [("the end of the current board.", "Ada Holm")]


def test_what_x_called_is_xs_words_in_anyones_sentence() -> None:
    got = speakers("But even as they touted what Holm called “a very special relationship,” Keel hinted at rifts.")
    assert got == [("a very special relationship,", "Holm")]


def test_he_after_a_description_is_the_one_it_describes() -> None:
    got = speakers(
        "“The board lied,” Prime Minister Ada Holm said.\n\n"
        "The Danish leader spoke in English and showed pictures.\n\n"
        "“After the deal, the board hid its files,” she said."
    )
    assert got[-1] == ("After the deal, the board hid its files,", "Ada Holm")


def test_an_owners_claim_reaches_past_adjectives_and_not_past_but() -> None:
    got = speakers(
        "Analyst Bradley Ruiz was fired in October. But Ruiz’s most explosive claim is that the panel "
        "is a “partisan witch hunt” run by the mayor."
    )
    assert got == [("partisan witch hunt", "Bradley Ruiz")]


def test_they_is_not_a_thing_that_was_the_subject() -> None:
    got = speakers(
        "The sale of the two mills drew criticism from Ada Holm and Jo Ruiz. "
        "They slammed the deal as “a raid on the county.”"
    )
    assert got == [("a raid on the county.", None)]  # no one the text shows, rather than the sale


def test_an_act_of_someone_is_no_part_of_their_name() -> None:
    got = speakers(
        "This year, she rose to the defense of Ivo Brandt, the embattled president of the rowing club.\n\n"
        "“He is a very bright man,” the club president said."
    )
    assert got == [("He is a very bright man,", "Ivo Brandt")]


def test_a_well_known_outlet_is_an_organisation_and_keeps_its_whole_name() -> None:
    source = parse_article(
        "a.txt",
        "Headline\n\n“Nothing is settled,” the newspaper USA Today reported.\n\n“Still more,” Time reported.\n",
        source_id="a",
    )
    quotes, speakers = build_quotes([source], {source.id: extract(source)})
    assert [q.speaker for q in quotes] == ["USA Today", "Time"]  # not "Today": "USA" is no title
    assert {s.name: s.type for s in speakers} == {"USA Today": "organisation", "Time": "organisation"}


def test_the_senator_from_a_state_is_the_senator_the_story_names_with_it() -> None:
    got = speakers(
        "Vermont Sen. Ivo Brandt and Sen. Ada Holm met the mayor on Monday.\n\n"
        "“The system is corrupt,” the senator from Vermont said."
    )
    assert got == [("The system is corrupt,", "Ivo Brandt")]


def test_an_abbreviated_title_before_a_full_name_is_its_title() -> None:
    from quotecompare.attribution.names import names_in

    assert [(n.name, n.title) for n in names_in("They met Sen. Ivo Brandt, Dr. Ada Holm and Lt. Gen. Jo Ruiz.")] == [
        ("Ivo Brandt", "sen"),
        ("Ada Holm", "dr"),
        ("Jo Ruiz", "lt gen"),  # and no one called "Gen"
    ]


def test_a_naming_verb_before_a_term_is_not_the_next_quotes_cue() -> None:
    got = speakers(
        "On Sunday, Ada Holm shared a syllabus for a class called “Rivers” on her page, writing “Come and see.”"
    )
    assert got == [("Rivers", None), ("Come and see.", "Ada Holm")]


def test_a_subject_with_a_lower_case_title_before_its_written_title_is_the_subject() -> None:
    got = speakers(
        "Ada Holm spoke first. But state Rep. Gilda Cobb-Hunter, a member of the committee, recalled 2008.\n\n"
        "“It is not a monolith,” she said."
    )
    assert got == [("It is not a monolith,", "Gilda Cobb-Hunter")]


def test_a_participle_after_an_inverted_cue_goes_on_with_its_speaker() -> None:
    # "adding:" opens a cue of its own, so a one-word quotation after it is words, not a term.
    text = "“We won’t stop,” said Ada Holm, adding: “Never.”\n\n“Fine,” Jo Ruiz said, adding, “Not yet.”"
    assert speakers(text) == [
        ("We won’t stop,", "Ada Holm"),
        ("Never.", "Ada Holm"),
        ("Fine,", "Jo Ruiz"),
        ("Not yet.", "Jo Ruiz"),
    ]
    assert [k for _, k in kinds(text)] == ["quote"] * 4


def test_a_title_cased_sentence_after_a_credited_quote_is_the_speaker_going_on() -> None:
    text = "“I don’t know,” Lisa Ng said. “Maybe.”\n\nNg once wrote a memoir, “Crossings.”"
    assert kinds(text) == [("I don’t know,", "quote"), ("Maybe.", "quote"), ("Crossings.", "term")]
    assert speakers(text)[:2] == [("I don’t know,", "Lisa Ng"), ("Maybe.", "Lisa Ng")]


def test_a_he_after_a_described_subject_is_not_someone_unnamed_before() -> None:
    text = (
        "A harbour official said the talks were “going well.”\n\n"
        "The senator struck a different tone. “I don’t know,” he said."
    )
    assert speakers(text) == [("going well.", "A harbour official"), ("I don’t know,", "The senator")]
    # Someone unnamed is still whom "he" stands for when no one nearer is described.
    assert speakers("A delegate said he was tired. “I am done,” he said.")[-1] == ("I am done,", "A delegate")


def test_a_label_may_say_how_the_words_came() -> None:
    text = (
        "Mayor Ada Holm spoke on Monday.\n\n"
        "Holm, asked about the cost: “It will be worth it.”\n\n"
        "Holm, speaking to reporters in Leeds: “No deal.”"
    )
    assert speakers(text) == [("It will be worth it.", "Ada Holm"), ("No deal.", "Ada Holm")]


def test_someone_quoted_as_saying_said_it() -> None:
    text = (
        "Mayor Ada Holm and Jo Ruiz spoke.\n\n"
        "Holm was quoted as saying the plan was “dead.”\n\n"
        "Ruiz was widely quoted as saying: “We are done.”\n\n"
        "The plan was described as “dead” by critics."
    )
    assert speakers(text) == [("dead.", "Ada Holm"), ("We are done.", "Jo Ruiz"), ("dead", "Critics")]


def test_a_role_held_in_someone_else_s_case_is_not_the_article_s_topic() -> None:
    # "the judge" is no re-mention of the man the article is about, as "the senator" may be.
    text = "Dan Holm spoke on Monday.\n\nThe nature of the decision was “political,” the judge wrote."
    assert speakers(text) == [("political,", "The judge")]
    text = "Dan Holm spoke on Monday.\n\nThe plan was “political,” the senator said."
    assert speakers(text) == [("political,", "Dan Holm")]


def test_another_is_one_more_of_the_unnamed_people_before() -> None:
    text = (
        "“It’s a trick,” one resident told the Herald.\n\n"
        "“We agree with that,” another added.\n\n"
        "Two harbour officials spoke on condition of anonymity. “It was chaos,” one said.\n\n"
        "“It was fine,” the other said."
    )
    assert speakers(text) == [
        ("It’s a trick,", "One resident"),
        ("We agree with that,", "Another resident"),
        ("It was chaos,", "One harbour official"),
        ("It was fine,", "The other harbour official"),
    ]


def test_a_round_up_label_may_follow_its_topic() -> None:
    text = "Ada Holm and Jo Ruiz debated.\n\nOn the economy, Ruiz: “The system is rigged.”"
    assert speakers(text) == [("The system is rigged.", "Jo Ruiz")]


def test_a_gendered_title_outweighs_the_census_given_name() -> None:
    # "Stephane" is mostly a woman's name in the census; "spokesman" is the text's own word for him.
    text = (
        "“It is catastrophic,” said Rami Holm, who heads the group.\n\n"
        "U.N. spokesman Stephane Lind told reporters that the U.N. was “deeply concerned.”\n\n"
        "“We call on all parties to protect civilians,” he said."
    )
    assert [who for _, who in speakers(text)] == ["Rami Holm", "Stephane Lind", "Stephane Lind"]


def test_a_title_with_its_byline_is_a_term() -> None:
    text = (
        "FAREWELL—“The pier cafe to close at the end of May,” by Herald’s Jo Ruiz: “The cafe will close.”\n\n"
        "Lind criticized the “ugliness of remarks, largely unprompted,” by Holm last week."
    )
    assert kinds(text) == [
        ("The pier cafe to close at the end of May,", "term"),
        ("The cafe will close.", "quote"),
        ("ugliness of remarks, largely unprompted,", "quote"),
    ]


def test_it_said_is_the_body_or_document_named_before() -> None:
    text = (
        "Harbour Industries issued a recall on Monday.\n\n"
        "“We regret the error,” it said in a statement.\n\n"
        "The report was released Tuesday. Two Americans were named in it. “The economy is weak,” it said."
    )
    assert speakers(text) == [("We regret the error,", "Harbour Industries"), ("The economy is weak,", "The report")]


def test_came_the_reply_from_is_a_cue() -> None:
    text = "Ada Holm and Jo Ruiz debated.\n\n“Not today,” came the reply from Ruiz."
    assert speakers(text) == [("Not today,", "Jo Ruiz")]


def test_a_sentence_saying_someone_did_not_respond_is_no_cue_for_the_quote_before() -> None:
    text = (
        "Harbour Industries cut 200 jobs. In a statement, the company said it was “deeply disappointed.” "
        "The mayor's office did not respond.\n\n"
        "Jo Ruiz said it was “a sad day.” Ada Holm didn’t respond."
    )
    assert speakers(text) == [("deeply disappointed.", "Harbour Industries"), ("a sad day.", "Jo Ruiz")]


def test_the_company_is_the_body_the_narration_just_named_as_its_subject() -> None:
    text = (
        "“We have changed our work,” Harbour Industries said in a statement. The company said its moves had “produced results.”\n\n"
        "The FBI confirmed that it was “working on the matter.”\n\n"
        "The agency declined to detail the “scope.”\n\n"
        "The State Department said the files were “in order.” The company said the files were “lost.”"
    )
    assert speakers(text) == [
        ("We have changed our work,", "Harbour Industries"),
        ("produced results.", "Harbour Industries"),
        ("working on the matter.", "FBI"),
        ("scope.", "FBI"),
        ("in order.", "State Department"),
        ("lost.", "The company"),  # a department is no company
    ]


def test_a_participle_aside_after_the_subject_is_the_subjects_quotation() -> None:
    # "said the candidate could win" reports a clause: "the candidate" is no inverted speaker.
    text = "Ada Holm, citing “the magic of the mayor,” said the candidate could win in the north."
    assert speakers(text) == [("the magic of the mayor,", "Ada Holm")]
    text = "Ivo Brandt, later alleging that Mayor Jo Ruiz wanted a port, said the plan was “mostly wrong.”"
    assert speakers(text) == [("mostly wrong.", "Ivo Brandt")]


def test_a_titled_name_before_a_work_noun_is_a_title_whoever_is_speaking() -> None:
    # A title is no one's words at all, not even a term of the speaker's.
    got = speakers("Ada Holm, speaking to me for the “Harbour Talk” podcast, remembered the storm.")
    assert got == [("Harbour Talk", None)]


def test_an_owner_in_an_apposition_is_no_title_of_the_person() -> None:
    # Ivo Brandt is one of the mayor's lawyers, not "the mayor".
    text = (
        "“We are negotiating,” said Ivo Brandt, one of the mayor's lawyers.\n\n"
        "“I need loyalty,” the mayor said, according to a former aide."
    )
    assert speakers(text) == [("We are negotiating,", "Ivo Brandt"), ("I need loyalty,", "The mayor")]


def test_the_place_and_party_is_the_one_named_from_that_place_whose_party_is_not_given() -> None:
    text = (
        "Sen. Ada Holm, R-Ohio, said she was “disappointed.” Her colleague, Sen. Una Falk of Maine, "
        "said the nominee was “qualified.”\n\n"
        "The two senators met later. “We agreed to disagree,” the Maine Republican said."
    )
    assert speakers(text)[-1] == ("We agreed to disagree,", "Una Falk")


def test_a_description_answering_a_question_is_the_one_it_was_put_to() -> None:
    text = (
        "Ivo Brandt spoke in Dayton on Thursday.\n\n"
        "“Should there be a register?” a reporter asked Brandt after the event.\n\n"
        "“There should be many registers,” the businessman replied."
    )
    assert speakers(text)[-1] == ("There should be many registers,", "Ivo Brandt")


def test_an_age_fits_the_person_before_whose_age_is_not_known_past_a_photo_credit() -> None:
    # The relative clause closes with a comma inside the marks of a title; the credit line is no narration.
    text = (
        "English comedian and actor Ivo Brandt wanted to know.\n\n"
        "Brandt, who’s starred in “Harbour Days” and “Guardians of the Tide,” posted the clip on Thursday.\n\n"
        "Jo Ruiz via Getty Images.\n\n"
        "“What if the mayor had lessons?” the 43-year-old asked in the description."
    )
    assert speakers(text)[-1] == ("What if the mayor had lessons?", "Ivo Brandt")


def test_a_rivalry_role_does_not_keep_a_person_from_an_office_description() -> None:
    # "her chief rival Ivo Brandt" gives him no office that excludes "the senator".
    text = (
        "Ada Holm has 31 endorsements, and her chief rival Ivo Brandt has none.\n\n"
        "“Oh well, if you say so,” Brandt responded.\n\n"
        "Six months ago, the independent Vermont senator said, the press called him a “fringe candidate.”"
    )
    assert speakers(text)[-1] == ("fringe candidate.", "Ivo Brandt")


def test_a_party_in_the_description_keeps_it_from_a_person_of_the_other_party() -> None:
    text = (
        "Republican front-runner Ivo Brandt attacked the plan on Monday.\n\n"
        "“We will not stand for it,” the Democratic candidate said."
    )
    assert speakers(text) == [("We will not stand for it,", "The Democratic candidate")]


def test_who_says_in_a_relative_clause_credits_the_one_who_stands_for() -> None:
    assert speakers("The ad features a retired teacher who says the levy is “a disaster.”") == [
        ("a disaster.", "A retired teacher")
    ]
    assert speakers("The ad features Ada Holm, a retired teacher, who says the levy is “a disaster.”") == [
        ("a disaster.", "Ada Holm")
    ]
    # "memoirs of a spymaster who wrote": the spymaster, not the memoirs.
    got = speakers("Aides shared a passage from the memoirs of a former spymaster who wrote of the “creative” use.")
    assert got[0][1] == "A former spymaster"


def test_who_says_inside_someones_report_leaves_the_report_to_its_rules() -> None:
    # The bare plural "critics" is no one the writer introduced; a report's own verb comes first.
    got = speakers("Mayor Ada Holm rebuked critics who say she should call them “radical Islamists.”")
    assert got == [("radical Islamists.", "Ada Holm")]


def test_a_rulers_epithet_is_the_leader_named_before() -> None:
    text = "North Korean leader Kim Ho Sun met the envoy on Friday.\n\n“We will open a new history,” the dictator said."
    assert speakers(text) == [("We will open a new history,", "Kim Ho Sun")]


def test_a_message_that_says_is_its_senders_words() -> None:
    text = "The suit prompted Ada Holm to send a late tweet that called the council “obstructionist” on Friday."
    assert speakers(text) == [("obstructionist", "Ada Holm")]
    text = "Jo Ruiz penned a series of angry “Dear Ivo” letters that called him “out of touch.”"
    assert speakers(text)[-1] == ("out of touch.", "Jo Ruiz")


def test_a_pronoun_for_some_people_is_no_one_and_ends_the_speakers_run() -> None:
    got = speakers(
        "Ada Holm called the levy “a grave mistake.” Others called it “a stunt.” Many said it was “overdue.”\n\n"
        "“It is a shame,” Jo Ruiz said. Some said it was “late.”"
    )
    assert got == [
        ("a grave mistake.", "Ada Holm"),
        ("a stunt.", None),
        ("overdue.", None),
        ("It is a shame,", "Jo Ruiz"),
        ("late.", None),
    ]
    # After "and", in the same sentence as another speaker's words.
    assert speakers("Critics called it “a stunt,” and many said it was “overdue.”") == [
        ("a stunt,", "Critics"),
        ("overdue.", None),
    ]


def test_a_relative_clause_closing_with_a_comma_before_said_hides_its_own_verb() -> None:
    # "spoke" belongs to the clause "who like others spoke …", which the comma before "said" closes.
    got = speakers(
        "Critics called it “a stunt.” Jo Ruiz, who like others spoke on condition of anonymity, said it was “a shame.”"
    )
    assert got == [("a stunt.", "Critics"), ("a shame.", "Jo Ruiz")]


def test_words_ending_a_sentence_with_its_own_cue_take_none_from_the_next() -> None:
    got = speakers("Ada Holm said the bill was “a start.” Jo Ruiz, meanwhile, urged calm.\n\n“We won.” Ruiz said.")
    assert got == [("a start.", "Ada Holm"), ("We won.", "Jo Ruiz")]


def test_that_was_x_after_words_ending_their_own_sentence_names_the_speaker() -> None:
    got = speakers(
        "Jo Ruiz spoke first. “We will find the money,” Ruiz said.\n\n"
        "“That is a lie.” That was council member Tom Keel, speaking on local radio.\n\n"
        "“We are not done.” Those were the words of Ada Holm."
    )
    assert got == [
        ("We will find the money,", "Jo Ruiz"),
        ("That is a lie.", "Tom Keel"),
        ("We are not done.", "Ada Holm"),
    ]
    assert speakers("“It will pass.” That was the plan, at least.") == [("It will pass.", None)]


def test_a_dotted_abbreviation_joined_by_a_hyphen_is_one_word() -> None:
    # AP style: "Jo Ruiz, D-N.Y., said" reads "D-N.Y." as one word, as "R-Ky." is.
    got = speakers("Jo Ruiz, D-N.Y., said Republicans had “rammed it through.” Ada Holm, R-S.C., said: “We won.”")
    assert got == [("rammed it through.", "Jo Ruiz"), ("We won.", "Ada Holm")]
    # "U.S.-led" is one word too, as "Saudi-led" is.
    assert speakers("The U.S.-led coalition said it was “ready.”") == [("ready.", "The U.S.-led coalition")]


def test_a_round_up_label_naming_a_place_as_its_topic_introduces_the_words() -> None:
    got = speakers(
        "What the candidates said on Tuesday.\n\nAda Holm on China:\n\n“They cheat.”\n\n"
        "Tom Keel on tariffs:\n\n“Tariffs are a tax.”"
    )
    assert got == [("They cheat.", "Ada Holm"), ("Tariffs are a tax.", "Tom Keel")]


def test_came_the_reply_is_the_answer_of_the_one_asked() -> None:
    got = speakers("Ada Holm asked Jo Ruiz, “Will you resign?”\n\n“I will never resign,” came the reply.")
    assert got == [("Will you resign?", "Ada Holm"), ("I will never resign,", "Jo Ruiz")]
    got = speakers("“Will you resign?” a reporter asked Jo Ruiz.\n\n“Never,” came the reply.")
    assert got == [("Will you resign?", "A reporter"), ("Never,", "Jo Ruiz")]
    assert speakers("“We won,” came the reply.") == [("We won,", None)]  # no one asked: no one's


def test_a_deputy_or_vice_office_is_another_office() -> None:
    """ "The deputy mayor" is not the mayor, "the president" not the vice president, in the article or the story."""
    got = speakers(
        "The mayor, Ada Holm, said the city was “ready.” Her deputy, Tom Keel, disagreed. “We are not,” the deputy mayor said."
    )
    assert got == [("ready.", "Ada Holm"), ("We are not,", "Tom Keel")]
    got = speakers("President Ada Holm and Vice President Tom Keel met.\n\n“We agree,” the vice president said.")
    assert got == [("We agree,", "Tom Keel")]
    got = speakers("Vice President Tom Keel spoke.\n\nOn Monday, “we agree,” the president said.")
    assert got == [("we agree,", "The president")]


def test_excerpts_under_topic_labels_are_the_speech_the_article_reports() -> None:
    got = speakers(
        "Ada Holm gave a speech on the economy in Ohio on Tuesday. Here are highlights.\n\n"
        "On China:\n\n“They cheat.”\n\nOn her opponent, Tom Keel:\n\n“He never created a job.”"
    )
    assert got == [("They cheat.", "Ada Holm"), ("He never created a job.", "Ada Holm")]
    # No speech reported before the first label: no one's.
    assert speakers("Trade was the theme on Tuesday.\n\nOn China:\n\n“They cheat.”") == [("They cheat.", None)]


def test_the_one_who_wants_to_ask_asks() -> None:
    # "the questions Holm wants to ask": a relative clause with no "that", its subject the asker; the
    # sentence's own subject ("the questions") is no one.
    got = speakers("Among the questions Ada Holm wants to ask: “What did you know?”")
    assert got == [("What did you know?", "Ada Holm")]
    got = speakers("Among the questions the board plans to ask: “What did you know?”")
    assert got == [("What did you know?", "The board")]


def test_a_feeling_voiced_before_that_is_the_voicers() -> None:
    # "expressed frustration … that": the "that" clause is hers, not its own subject's ("Gulf allies").
    got = speakers(
        "Ada Holm expressed frustration in an interview this year that European and Gulf allies were acting "
        "as “free riders.”"
    )
    assert got == [("free riders.", "Ada Holm")]


def test_as_the_debate_went_on_is_a_clause_of_time_not_a_cue() -> None:
    # "went on" had been read as the debate's cue ("As X went on, …"), and the words went to no one.
    got = speakers("As the debate went on, Ada Holm stood by her comment that “the plan is dead.”")
    assert got == [("the plan is dead.", "Ada Holm")]
