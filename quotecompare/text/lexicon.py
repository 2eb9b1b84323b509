"""Word lists used to read attribution: general English, no story in them.

Each list is one string of words so it stays easy to read and extend. The
speech verbs were gathered from the cue words of PolNeAR's training split
(US political news, gold by the corpus authors) and common newsroom usage;
their inflected forms are made once at import by :func:`_inflect`.

>>> sorted(_inflect("quip*"))
['quip', 'quipped', 'quipping', 'quips']
>>> {"said", "says", "told", "tweeting", "replied"} <= SPEECH_FORMS
True
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path


def _inflect(lemma: str) -> set[str]:
    """A regular verb's forms; a trailing ``*`` doubles the last consonant (quip* -> quipped)."""
    double = lemma.endswith("*")
    base = lemma.rstrip("*")
    if base.endswith("e") and not base.endswith(("ee", "ye")):
        stem_ed, stem_ing = base[:-1], base[:-1]
    elif base.endswith("y") and base[-2] not in "aeiou":
        stem_ed, stem_ing = base[:-1] + "i", base
    elif double:
        stem_ed = stem_ing = base + base[-1]
    else:
        stem_ed = stem_ing = base
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return {base, third, stem_ed + "ed", stem_ing + "ing"}


# Verbs that report speech or writing: a quote's cue ("X said", "said X", "X told Y").
_SPEECH_LEMMAS = """
    acknowledge add address admit* advise affirm agree allege announce answer apologize apologise
    argue ask assert assure attest bark bemoan blast boast brag call caution charge chide claim
    comment complain concede conclude condemn confess confirm contend continue counter cry decry
    declare denounce deny deride describe dismiss echo email emphasize emphasise exclaim explain
    exhort fume gripe groan grumble gush insist inform interject joke lament laugh maintain marvel
    mock muse mutter note object observe opine plead pledge point post praise predict proclaim
    promise protest query question quip* rail rant reason rebut* recall recount reiterate
    remark remind reply report respond retort reveal scoff scold scream shout sigh slam* snap* sneer
    state stress suggest swear tease testify thank thunder tout tweet urge vent voice vow warn
    whisper wonder yell label brand dub* accuse blame criticize criticise cite credit quote text chant
    message retweet repeat reason refer* describe dub* nickname remember interrupt beam react relate
    assail lambaste excoriate berate castigate ridicule disparage belittle
    demand elaborate clarify sniff concur* gloat beg* implore hint speculate posit theorize theorise reassure
    exult taunt jeer heckle
""".split()
_IRREGULAR = """
    say says said saying tell tells told telling write writes wrote written writing read reads reading
    speak speaks spoke spoken speaking swore sworn shot put puts think thinks thought thinking
    went goes go sang sing sings singing pressed
""".split()

SPEECH_FORMS: frozenset[str] = frozenset(
    {form for lemma in _SPEECH_LEMMAS for form in _inflect(lemma)} | set(_IRREGULAR)
)
"""Every form of a speech verb, lower case."""

# Two-word cues whose first word alone means something else ("went on", "shot back").
PARTICLES = frozenset(
    tuple(pair.split("+"))
    for pair in "went+on goes+on shot+back shoots+back fired+back fires+back pointed+out points+out hit+back "
    "lashed+out spoke+out speaks+out wrote+back writes+back called+out calls+out".split()
)

AUXILIARIES = frozenset(
    """
    is are was were be been being has have had do does did will would shall should can could may might
    must 's 've 'd also then later again once still even just never already repeatedly recently
    previously finally further quickly publicly privately openly initially immediately reportedly
    first often long not however too therefore nonetheless nevertheless herself himself themselves
    isn't aren't wasn't weren't doesn't don't didn't won't can't hasn't haven't hadn't wouldn't couldn't
    shouldn't isn’t aren’t wasn’t weren’t doesn’t don’t didn’t won’t can’t hasn’t haven’t hadn’t
    wouldn’t couldn’t shouldn’t
    """.split()
)
"""Words that may stand between a speaker and their verb ("X has also said")."""

BE_FORMS = frozenset("is are was were be been being".split())
"""The forms of "be": before a participle, a passive ("was reported by X")."""

DETERMINERS = frozenset(
    """
    the a an his her its their our my your this that these those another one two three four five six
    seven eight nine ten several some many both each every no any all
    """.split()
)

CATENATIVES = frozenset("kept keeps keep began begin begins started start starts went goes stopped".split())
"""Verbs a participle may follow without a comma and still be the subject's act ("X kept asking")."""

PURE_PREPOSITIONS = frozenset(
    """
    of for at from in on with by to about against into over under during without within among between
    through across toward towards near per via upon amid despite inside
    """.split()
)
"""Prepositions that are never also conjunctions ("after", "as", "since" are both)."""

PREPOSITIONS = frozenset(
    """
    of for at from in on with by to about against into over under after before during since without
    within among between through across toward towards near like as per via than upon amid despite
    including regarding concerning outside inside beyond behind beside besides throughout beneath unlike
    absent pending barring alongside following considering excluding notwithstanding
    """.split()
)

CONJUNCTIONS = frozenset("and or but nor yet so".split())

SUBORDINATORS = frozenset(
    """
    after although as because before if once since though unless until when whenever where whereas
    wherever while whether
    """.split()
)
"""Words that open a fronted clause whose verbs are not the sentence's cue ("After X said ...,")."""

RELATIVES = frozenset("who whom whose which that what why how".split())  # wh-words: never in a noun phrase

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
"""Pronouns that are someone as a clause's subject: "…, he looked into my camera", "A mother of two, she voted"."""

PRONOUNS = PERSONAL_PRONOUNS | {"who"}

SUBJECT_PRONOUNS = PERSONAL_PRONOUNS | {"it", "you"}

PRONOUN_GENDERS = {"he": "m", "she": "f"}
"""The gender a third-person pronoun tells, as the name index writes genders."""

COMMUNICATION_NOUNS = frozenset(
    """
    letter letters statement statements email emails e-mail tweet tweets post posts memo memos op-ed
    column speech remarks comments message messages book website site page release interview
    testimony note essay article account blog video ad ads filing response reply claim claims promise
    pledge vow remark comment assertion charge description words line quip slogan motto mantra catchphrase
    warning plea argument criticism complaint admission demand boast insistence declaration verdict
    accusation broadside conclusion dictum phrase rhetoric language lines retort assessment finding answer
    contention point view position belief telling recollection estimation take reaction explanation excuse
    prediction pitch observation advice
    """.split()
)
"""Things a person says something in: "Hoff's letter says" is Hoff speaking."""

TITLE_WORDS = frozenset(
    """
    acting adm. adviser advisor affairs aide ambassador analyst anchor assistant associate attorney
    campaign candidate capt. ceo chair chairman chairwoman chancellor chief col. commander commerce
    commissioner counsel counsellor counselor dame defence defense democrat deputy director dr dr.
    editor executive foreign former founder gen. general gov gov. governor homeland host incumbent
    interior judge justice king labor lady lawyer lead leader lord lt. majority manager mayor
    minister minority mr mr. mrs mrs. ms ms. officer official pope premier president press prime
    prince princess prof. professor queen rep rep. representative republican rev. secretary security
    sen sen. sens sens. reps reps. govs govs. senator senior sgt. sheriff sir speaker special spokesman spokesperson spokeswoman
    state top treasury vice councillor councilor councilman councilwoman alderman alderwoman member
    head chairperson superintendent principal coach captain inspector detective congressman
    congresswoman strategist pollster consultant economist activist actor actress author writer
    reporter correspondent columnist commentator producer businessman businesswoman billionaire
    mogul nominee hopeful contender challenger rival candidate frontrunner front-runner pastor
    reverend rabbi imam bishop cardinal archbishop professor dean provost president-elect then-candidate gop democratic independent
    whip mp mep historian diplomat envoy negotiator lobbyist journalist economist physician doctor novelist
    comedian filmmaker advocate
    clerk trooper warden chef astronaut nurse pilot soldier veteran priest monk nun surgeon dentist
    firefighter paramedic playwright poet singer rapper musician artist designer architect entrepreneur
    investor banker accountant broker trader rancher plumber electrician mechanic constable
    physicist chemist biologist epidemiologist virologist psychologist psychiatrist therapist pharmacist
    veterinarian educator investigator curator composer conductor dancer athlete quarterback goalkeeper
    referee umpire vintner bartender waitress cashier janitor nanny
    boss substitute striker midfielder winger defender pitcher batter bowler skipper rookie jockey cyclist
    golfer boxer sprinter swimmer gymnast wrestler shortstop linebacker
    recorder treasurer auditor comptroller assessor coroner registrar magistrate marshal
    rep sen. hon. amb. atty. supt. det. sec. cmdr. lt gen col sgt capt rev prof
    maj. maj brig. brig pvt. pvt cpl. cpl spc. spc pfc. pfc ens. ens msgr. msgr ald. ald
    emeritus emerita chaplain monsignor regent undersheriff meteorologist coordinator catcher outfielder infielder reliever
    goaltender fullback halfback lineman cornerback forward
    """.split()
)
"""Words of titles and roles that precede a name (lower case)."""

ROLE_NOUNS = frozenset(
    """
    senator governor president secretary minister chairman chairwoman chair chairperson spokesman
    spokeswoman spokesperson candidate nominee congressman congresswoman representative mayor judge
    justice director leader speaker ambassador attorney lawyer adviser advisor aide official officer
    strategist pollster economist analyst businessman businesswoman billionaire mogul host anchor
    reporter columnist commentator author writer professor activist actor actress general commander
    sheriff chief ceo pm founder executive manager boss president-elect frontrunner front-runner hopeful
    contender challenger incumbent lawmaker legislator politician pastor rabbi bishop pope king queen
    prince princess premier chancellor prosecutor counsel consultant donor owner superintendent
    councillor councilor councilman councilwoman councilmember alderperson selectman selectwoman supervisor
    freeholder commissioner librarian engineer coach captain
    agent operative fellow scholar researcher scientist expert delegate voter resident student teacher
    worker publisher contributor blogger pundit organizer volunteer supporter critic ally partner
    co-founder cofounder president adviser treasurer comptroller auditor assemblyman assemblywoman
    assemblymember envoy trustee magistrate star historian admiral colonel lieutenant sergeant corporal lady
    brigadier commodore sheikh shaikh sayyed sayyid ayatollah mullah emir cleric pontiff monarch diplomat
    duke duchess countess baroness marquess viscount mp mep msp
    """.split()
)
"""Nouns for a person's role: "the senator said" is the senator named earlier in the article."""

TITLE_WORDS = TITLE_WORDS | ROLE_NOUNS

PARTY_MEMBERS = frozenset("republican democrat conservative liberal progressive libertarian socialist tory".split())
"""A party's member as a noun: "the Oregon Democrat said" is a person the article names with that party."""

CAPITAL_KINDS = frozenset(
    """
    marine marines airman guardsman ranger catholic catholics muslim muslims jew jews christian christians
    mormon mormons evangelical evangelicals protestant protestants hindu hindus sikh sikhs buddhist buddhists
    """.split()
)
"""Kinds of people written with a capital: "a Marine", "a Catholic" name no one."""

PEOPLE_NOUNS = frozenset(
    """
    neighbor neighbour resident student teacher nurse farmer voter fan volunteer worker retiree shopper commuter
    homeowner owner parent patient survivor witness protester customer driver
    """.split()
)
"""Nouns for people, capitalised only by a sentence's start before a name: "Neighbor Tom Hale, 71, said"."""

TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    # Plural, before two names: "Sens. Ivo Brandt and Ada Holm" are each a senator.
    "sens": "senator",
    "reps": "representative",
    "govs": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "sec": "secretary",
    "pres": "president",
    "atty": "attorney",
    "amb": "ambassador",
    "rev": "reverend",
    "prof": "professor",
    "adm": "admiral",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "cmdr": "commander",
    "maj": "major",
    "brig": "brigadier",
    "pvt": "private",
    "cpl": "corporal",
    "spc": "specialist",
    "pfc": "private",
    "ens": "ensign",
    "msgr": "monsignor",
    "ald": "alderman",
}
"""Abbreviated titles (lower case, without the period) and the word they stand for."""

STATE_ABBREVIATIONS = frozenset(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
"""US states as news style abbreviates them ("San Bernardino, Calif."), lower case, without the period."""

_STATES = """
al:ala:alabama ak:alaska:alaska az:ariz:arizona ar:ark:arkansas ca:calif:california co:colo:colorado
ct:conn:connecticut de:del:delaware fl:fla:florida ga:ga:georgia hi:hawaii:hawaii id:idaho:idaho il:ill:illinois
in:ind:indiana ia:iowa:iowa ks:kan:kansas ky:ky:kentucky la:la:louisiana me:maine:maine md:md:maryland
ma:mass:massachusetts mi:mich:michigan mn:minn:minnesota ms:miss:mississippi mo:mo:missouri mt:mont:montana
ne:neb:nebraska nv:nev:nevada nh:nh:new_hampshire nj:nj:new_jersey nm:nm:new_mexico ny:ny:new_york
nc:nc:north_carolina nd:nd:north_dakota oh:ohio:ohio ok:okla:oklahoma or:ore:oregon pa:pa:pennsylvania
ri:ri:rhode_island sc:sc:south_carolina sd:sd:south_dakota tn:tenn:tennessee tx:tex:texas:texas ut:utah:utah
vt:vt:vermont va:va:virginia wa:wash:washington wv:wva:west_virginia wi:wis:wisconsin wy:wyo:wyoming
"""
STATE_NAMES = {k: t[-1].replace("_", " ") for t in (x.split(":") for x in _STATES.split()) for k in t[:-1]}
"""US states by postal code and news abbreviations (lower case, no periods): "ore" and "or" -> "oregon".

Every word of :data:`STATE_ABBREVIATIONS` is among its keys (a test keeps the two lists together)."""

ABBREVIATIONS = (
    frozenset(
        """
        mr mrs ms dr sen rep gov gen lt col sgt capt adm cmdr prof rev hon sec amb atty supt det insp pres
        maj brig pvt cpl spc pfc ens msgr ald
        sens reps govs
        jr sr st inc co corp ltd bros vs no mt ft ave blvd rd dept univ assn jan feb mar apr jun jul aug
        sep sept oct nov dec
        """.split()
    )
    | STATE_ABBREVIATIONS
)
"""Words that take a period without ending a sentence (lower case, without the period)."""

NAME_PARTICLES = frozenset("de da del della di du van von der den la le bin ibn al el".split())
"""Lower-case words inside a name: "Charles de Gaulle", "Osama bin Laden"."""

NICKNAMES = dict(
    pair.split(":")
    for pair in """
    mike:michael mick:michael liz:elizabeth beth:elizabeth betty:elizabeth bill:william will:william
    billy:william bob:robert rob:robert bobby:robert dick:richard rick:richard rich:richard
    tom:thomas tommy:thomas jim:james jimmy:james jamie:james joe:joseph joey:joseph dan:daniel
    danny:daniel dave:david steve:steven stephen:steven chris:christopher kate:katherine
    katie:katherine cathy:katherine catherine:katherine sue:susan tony:anthony ted:edward ed:edward
    eddie:edward ned:edward andy:andrew drew:andrew nick:nicholas matt:matthew pat:patrick
    rudy:rudolph don:donald al:albert alex:alexander sasha:alexander ben:benjamin sam:samuel
    greg:gregory jeff:jeffrey jon:jonathan larry:lawrence jerry:gerald peggy:margaret
    maggie:margaret meg:margaret jen:jennifer jenny:jennifer abby:abigail vicky:victoria
    chuck:charles charlie:charles hank:henry harry:henry jack:john johnny:john fred:frederick
    frank:francis ron:ronald ken:kenneth tim:timothy josh:joshua zach:zachary nate:nathan
    sergey:sergei sergej:sergei stan:stanley geoff:geoffrey doug:douglas pete:peter phil:philip
    phillip:philip walt:walter wes:wesley bernie:bernard mitch:mitchell vince:vincent gerry:gerald
    becky:rebecca debbie:deborah deb:deborah barb:barbara pam:pamela mandy:amanda
    lenny:leonard len:leonard ray:raymond randy:randall russ:russell
    abe:abraham ernie:ernest herb:herbert manny:manuel
    """.split()
)
"""Short forms of given names mapped to one canonical form."""

OF_QUANTIFIERS = frozenset(
    "one some many most several each none either neither both few two three four five dozens hundreds thousands".split()
)
"""Words for some of a group before "of": "one of the protesters", "several of his aides"."""

NOT_SUBJECT = frozenset(
    """
    it many one others people some that there this what which
    """.split()
)
"""Words that cannot be the speaker of a cue."""

MONTHS_DAYS = frozenset(
    """
    april august december february friday january july june march may monday november october
    saturday september sunday thursday tuesday wednesday today yesterday tonight
    """.split()
)
"""Capitalised words that are dates, not names."""

NAME_MONTHS = frozenset("april may june august".split())
"""Months that are names too: "Theresa May said", "Mrs May"."""

# Words a capitalised date or time ends in ("Super Tuesday", "Eastern Standard Time", "Inauguration Days");
# "Day" and the months are surnames too ("Chad Day", "Theresa May").
DATE_ENDS = frozenset("monday tuesday wednesday thursday friday saturday sunday time days".split())

FUNCTION_WORDS = frozenset(
    """
    a according after although an and as asked at because before but by during earlier for from he
    her his however i if in it its last later meanwhile my next of on or our she since that the
    their these they this those though to until we when while with you your
    only perhaps maybe why how where also even just still yet instead indeed now then thus here once
    sometimes often always never soon already again like unlike despite whether whatever whoever
    someone anyone everyone somebody anybody everybody nobody nothing something everything
    both either neither each every all several most few
    """.split()
)
"""Capitalised at a sentence start, but never a name ("Only Ada Holm voted" names Ada Holm)."""

ORG_WORDS = frozenset(
    """
    committee party department ministry campaign council court house association inc inc. corp military militia
    cabinet junta
    corp. co. company agency office commission university college institute foundation times post
    news democracy bank group union federation administration senate congress parliament
    government police army navy kremlin pentagon network press service bureau board fund
    council league organization organisation movement coalition centre center
    democrats republicans conservatives liberals socialists greens tories
    journal tribune herald gazette chronicle magazine agency reuters politico twitter facebook google
    cnn msnbc npr pbs bbc afp pac alliance caucus research convention school academy radio television tv club
    society hospital museum clinic show podcast
    corps church chamber republic kingdom archdiocese diocese nations
    ltd ltd. plc llc llp gmbh
    centers centres institutes services forces
    """.split()  # plurals that head a body's name: "Centers for Disease Control", "National Institutes of Health"
)
"""Words that make a capitalised name an organisation rather than a person."""

COMPANY_ENDINGS = frozenset(
    """
    industries holdings partners enterprises ventures associates technologies systems solutions communications
    pharmaceuticals laboratories labs motors airlines airways railways studios entertainment securities
    investments bancorp insurance economics watch forum initiative project authority tribunal assembly
    media capital energy trust brands foods stores international
    survey guard patrol platforms corporation electronics semiconductor pharma therapeutics biosciences robotics
    software networks logistics resources petroleum chemicals telecom motor
    """.split()
)
"""Last words of a body's capitalised name that, in lower case, may head a phrase for people or things
("Globex Industries", "Capital Economics", "Judicial Watch"; but "the partners said", "the media")."""

BODY_ENDINGS = ORG_WORDS | COMPANY_ENDINGS
"""Last words of a body's name: "Commission", "Administration", "Industries"."""

MALE_WORDS = frozenset(
    """
    he his him himself mr mr. father son brother husband king prince uncle nephew grandfather
    boyfriend chairman spokesman congressman businessman widower
    """.split()
)
FEMALE_WORDS = frozenset(
    """
    she her hers herself mrs mrs. ms ms. mother daughter sister wife queen princess aunt niece
    grandmother girlfriend chairwoman spokeswoman congresswoman businesswoman lady widow
    """.split()
)
"""Clues to which pronoun fits a person, read next to their name."""


# Common irregular past forms: after a noun they are the verb, not part of a name phrase.
PAST_FORMS = frozenset(
    """
    sought took made gave went told got began became brought thought felt kept left met paid put ran saw
    sent set spent stood won wrote held heard knew led lost meant found came did had was were is are has cast
    have says said struck threw drew chose rose fell fought caught taught bought built cut hit let shut
    spread swore tore broke spoke stole froze gets goes makes takes
    """.split()
)


GROUP_NAMES = frozenset(
    "democrats republicans conservatives liberals progressives independents greens tories socialists "
    "americans protesters".split()
)


SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})


OBJECT_WORDS = frozenset("that him her them us me it just already still also only clear".split())


AGO_WORDS = frozenset(
    "a an one two three four five six seven eight nine ten few several less more than about just only some "
    "day days week weeks month months year years hour hours minutes".split()
)


TIME_NOUNS = frozenset("week month year night morning evening weekend summer fall spring winter".split())


# Words that "of" continues inside one name: "Secretary of State", "Bank of America".
OF_NAMES = TITLE_WORDS | ORG_WORDS


# Lower-case words that may follow a name inside one phrase: "Trump supporters", "Clinton campaign".
AFTER_NAME = TITLE_WORDS | frozenset(
    "supporters campaign aides advisers allies officials staff team administration voters backers critics "
    "fans family camp people spokesperson presidential gubernatorial congressional senatorial".split()
)


GIVEN_AUX = frozenset({"will", "may"})  # auxiliaries that are also given names

NAMING_VERBS = frozenset(
    "call calls called calling dub dubs dubbed nickname nicknamed named labeled labelled branded".split()
)
"""Verbs that give something a name: what they put in quotation marks is a name, not words spoken."""


def word_list(file: str, *sections: str) -> list[list[str]]:
    """The words of a list file beside this module, one a line: those before any of the ``sections``
    header lines (``"# demonyms"``), then those after each header, in the order ``sections`` names them;
    other comments and blank lines are left out (``places.txt``, ``given_names.txt``)."""
    lines = Path(__file__).with_name(file).read_text(encoding="utf-8").splitlines()
    # Cut at the headers and filter each piece in one pass of C-level calls: read on first use, at every start.
    cuts = sorted((lines.index(h), n) for n, h in enumerate(sections, 1) if h in lines)
    bounds = [(0, 0), *cuts, (len(lines), -1)]
    parts: list[list[str]] = [[] for _ in range(len(sections) + 1)]
    for (start, n), (end, _) in pairwise(bounds):
        parts[n] = [w for w in lines[start + (n > 0) : end] if w and not w.startswith("#")]
    return parts
