"""Word lists used to read attribution: general English, no story in them.

Each list is one string of words so it stays easy to read and extend.
"""

from __future__ import annotations

_VERBS = """
    said says say saying told tells telling added adds adding wrote writes writing tweeted tweets
    tweeting posted posts stated states stating declared declares insisted insists argued argues
    arguing claimed claims claiming alleged alleges alleging noted notes noting asked asks replied
    replies responded responds continued continues explained explains warned warns warning urged
    urges acknowledged admitted announced announces concluded concluding recalled remarked stressed
    suggested suggests complained testified called calls calling described describes describing
    dismissed dismissing branded labeled labelled accused accuses chided vowed promised predicted
    conceded countered quipped joked shouted whispered read reads reported reports emphasized
    emphasised observed thundered charged contended maintained agreed denied demurred blasted
    slammed praised criticized criticised mocked decried cited deriding derided
""".split()

SPEECH_VERBS = "|".join(sorted([*_VERBS, "pointed out", "went on", "called for"], key=len, reverse=True))
"""Verbs that introduce or follow a quotation, as a regex alternation (longest first)."""

TITLE_WORDS = frozenset(
    """
    acting adm. adviser advisor affairs aide ambassador analyst anchor assistant associate attorney
    campaign candidate capt. ceo chair chairman chairwoman chancellor chief col. commander commerce
    commissioner counsel counsellor counselor dame defence defense democrat deputy director dr dr.
    editor executive foreign former founder gen. general gov gov. governor homeland host incumbent
    interior judge justice king labor lady lawyer lead leader lord lt. majority manager mayor
    minister minority mr mr. mrs mrs. ms ms. officer official pope premier president press prime
    prince princess prof. professor queen rep rep. representative republican rev. secretary security
    sen sen. senator senior sgt. sheriff sir speaker special spokesman spokesperson spokeswoman
    state top treasury vice
    """.split()
)
"""Words of titles and roles that precede a name (lower case)."""

TITLE_WORDS = TITLE_WORDS | frozenset(
    """
    councillor councilor councilman councilwoman alderman alderwoman member head commissioner
    president chair chairperson superintendent principal coach captain inspector detective
    """.split()
)

PRONOUNS = frozenset({"he", "she", "they", "i", "we", "who"})

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
    sergey:sergei sergej:sergei
    """.split()
)
"""Short forms of given names mapped to one canonical form."""

NOT_SUBJECT = frozenset(
    """
    it many one others people some that there this what which
    """.split()
)
"""Words that cannot be the speaker of a cue."""

MONTHS_DAYS = frozenset(
    """
    april august december february friday january july june march may monday november october
    saturday september sunday thursday tuesday wednesday
    """.split()
)
"""Capitalised words that are dates, not names."""

FUNCTION_WORDS = frozenset(
    """
    a according after although an and as asked at because before but by during earlier for from he
    her his however i if in it its last later meanwhile my next of on or our she since that the
    their these they this those though to until we when while with you your
    """.split()
)
"""Capitalised at a sentence start, but never a name."""

ORG_WORDS = frozenset(
    """
    committee party department ministry campaign council court house association inc inc. corp
    corp. co. company agency office commission university college institute foundation times post
    news democracy bank group union federation administration senate congress parliament
    government police army navy kremlin pentagon network press service bureau board fund
    council league organization organisation movement coalition centre center
    democrats republicans conservatives liberals socialists greens tories
    """.split()
)
"""Words that make a capitalised name an organisation rather than a person."""

MALE_WORDS = frozenset(
    """
    he his him himself mr mr. father son brother husband king prince uncle nephew grandfather
    boyfriend chairman spokesman congressman businessman
    """.split()
)
FEMALE_WORDS = frozenset(
    """
    she her hers herself mrs mrs. ms ms. mother daughter sister wife queen princess aunt niece
    grandmother girlfriend chairwoman spokeswoman congresswoman businesswoman
    """.split()
)
"""Clues to which pronoun fits a person, read next to their name."""
