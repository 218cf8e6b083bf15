"""The English trigger lexicons (hand-written triggers.tsv over the CAMEO-derived
triggers_cameo.tsv): file format, and sentences read by meaning (one or more per PLOVER
type), including homographs that must not fire."""

from __future__ import annotations

import pytest

from eventwire.pipeline.lexicon import lang_dir
from eventwire.pipeline.triggers import load_triggers
from eventwire.records import PLOVER_TYPES
from tests.lang.trigger_lexicon_checks import check_not_triggers, check_trigger_file, trigger_types

LANG = "en"


def test_trigger_file_format():
    check_trigger_file(lang_dir(LANG) / "triggers.tsv", LANG)


def test_not_triggers_file():
    check_not_triggers(lang_dir(LANG) / "not_triggers.tsv", LANG)


def test_every_type_has_hand_written_triggers():
    hand = [e for e in load_triggers(LANG) if e.source.startswith("en/triggers.tsv")]
    assert {e.event_type for e in hand} == set(PLOVER_TYPES)


# Sentences of English news and the PLOVER type a reader gives the event they report.
CASES = [
    # AGREE
    ("The two sides reached a deal on prisoner exchanges.", "AGREE"),
    ("Rebels signalled their willingness to negotiate.", "AGREE"),
    ("The accord between the two rebel groups was announced on Friday.", "AGREE"),
    # CONSULT
    ("The two presidents spoke by phone on Tuesday.", "CONSULT"),
    ("Donors met at an international conference in Brussels.", "CONSULT"),
    ("The dialogue between the government and the unions resumed.", "CONSULT"),
    # SUPPORT
    ("The prime minister sent his condolences to the families.", "SUPPORT"),
    ("Israel and Bahrain agreed to normalize relations.", "SUPPORT"),
    ("Leaders attended the signing of the treaty.", "SUPPORT"),
    ("The parties signed a peace accord in Addis Ababa.", "SUPPORT"),  # the gold conventions
    # CONCEDE
    ("The government bowed to pressure from farmers.", "CONCEDE"),
    ("The junta granted an amnesty to political prisoners.", "CONCEDE"),
    ("The minister agreed to the strikers' demands.", "CONCEDE"),
    ("The detainees ended their hunger strike after a week.", "CONCEDE"),
    # COOPERATE
    ("The navies began joint drills in the Baltic.", "COOPERATE"),
    ("The agencies will share intelligence on smuggling networks.", "COOPERATE"),
    ("The two countries launched a strategic partnership.", "COOPERATE"),
    # AID
    ("The IMF granted Egypt a loan of two billion dollars.", "AID"),
    ("The bank announced debt relief for the poorest countries.", "AID"),
    ("Japan pledged humanitarian assistance to the flood victims.", "AID"),
    ("Tehran provided weapons to the militias.", "AID"),
    # RETREAT
    ("The army completed its pullout from the border town.", "RETREAT"),
    ("The militia laid down their arms on Sunday.", "RETREAT"),
    ("Talks focused on the release of the hostages.", "RETREAT"),
    ("Three journalists were released by their captors.", "RETREAT"),
    ("The government allowed humanitarian access to the besieged city.", "RETREAT"),
    ("The parties signed a memorandum on the cessation of hostilities.", "RETREAT"),
    # REQUEST
    ("The opposition called for early elections.", "REQUEST"),
    ("The refugees filed an asylum application in Germany.", "REQUEST"),
    # ACCUSE
    ("The former president went on trial for corruption.", "ACCUSE"),
    ("Prosecutors announced the indictment of the mayor.", "ACCUSE"),
    ("The ministry filed a complaint against the broadcaster.", "ACCUSE"),
    ("A fact-finding mission will visit the camps.", "ACCUSE"),
    ("Prosecutors sought the death penalty for the gunman.", "ACCUSE"),
    ("The party distanced itself from the mayor's remarks.", "ACCUSE"),
    # REJECT
    ("The president rejected the proposal.", "REJECT"),
    ("Russia vetoed the resolution.", "REJECT"),
    ("China blocked the resolution on Myanmar.", "REJECT"),
    ("Berlin said no to joint debt.", "REJECT"),
    ("The premier resisted pressure from his allies.", "REJECT"),
    # THREATEN
    ("The militants issued new warnings to the government.", "THREATEN"),
    ("Pyongyang threatened to strike back.", "THREATEN"),
    # PROTEST
    ("Thousands joined a protest march in the capital.", "PROTEST"),
    ("Farmers set up a roadblock on the highway.", "PROTEST"),
    ("Workers staged a walkout over unpaid wages.", "PROTEST"),
    ("Families held a candlelight vigil outside the prison.", "PROTEST"),
    ("Dock workers walked off the job on Monday.", "PROTEST"),
    # SANCTION
    ("Washington imposed tariffs on Chinese steel.", "SANCTION"),
    ("The court handed down a life sentence.", "SANCTION"),
    ("Quito severed diplomatic ties with Managua.", "SANCTION"),
    ("The rebels walked out of the peace talks.", "SANCTION"),
    ("The donors cut funding to the agency.", "SANCTION"),
    ("The government froze ties with its neighbour.", "SANCTION"),
    # MOBILIZE
    ("Troops were put on high alert along the border.", "MOBILIZE"),
    ("Satellite images show a military buildup near the frontier.", "MOBILIZE"),
    ("The government called in the police to restore order.", "MOBILIZE"),
    ("The army dispatched troops to the border.", "MOBILIZE"),
    # COERCE
    ("The army declared martial law in the province.", "COERCE"),
    ("Authorities shut down the internet in the region.", "COERCE"),
    ("The opposition leader was placed under house arrest.", "COERCE"),
    ("Police prevented journalists from entering the court.", "COERCE"),
    ("A ransomware attack hit the health ministry.", "COERCE"),
    ("Moscow annexed the peninsula in 2014.", "COERCE"),
    ("Hackers defaced dozens of government websites overnight.", "COERCE"),
    ("The junta shut down the opposition newspaper.", "COERCE"),
    ("The government sealed the border with its neighbour.", "COERCE"),
    # ASSAULT
    ("A drone strike killed two commanders.", "ASSAULT"),
    ("The gas attack was blamed on government forces.", "ASSAULT"),
    ("Police fired rubber bullets at the crowd.", "ASSAULT"),
    ("The killing of the journalist drew international outrage.", "ASSAULT"),
    ("A gun battle broke out near the airport.", "ASSAULT"),
]


def test_every_type_has_cases():
    assert {t for _, t in CASES} == set(PLOVER_TYPES)


@pytest.mark.parametrize("text,expected", CASES)
def test_sentence_triggers_its_type(text, expected):
    found = trigger_types(text, LANG)
    assert expected in {t for _, t in found}, f"{expected} not in {found}"


# Homographs and light uses: the type must not fire.
NOT_EVENTS = [
    ("Elections will be held in March.", "PROTEST"),
    ("The party will hold its elections in March.", "PROTEST"),
    ("The vote was postponed until March.", "AGREE"),
    ("The minister spoke at a news conference.", "CONSULT"),
    ("The ministry released a statement on Monday.", "RETREAT"),
    ("The agency issued a press release.", "RETREAT"),
    ("The minister is dealing with the crisis.", "AGREE"),
    ("Measures to prevent the spread of the virus were announced.", "COERCE"),
    ("Violence surrounding the election worried observers.", "ASSAULT"),
    ("The company faces a long legal battle.", "ASSAULT"),
    ("He attended school in Paris.", "CONSULT"),
    ("The general was promoted to the post of chief of staff.", "SUPPORT"),
    ("Israeli strikes on the city continued.", "PROTEST"),
    ("The hospital annexe was closed for repairs.", "COERCE"),
    ("Vandals defaced the statue in the main square.", "COERCE"),
    ("The manager was fired on Monday.", "ASSAULT"),
    ("The village lies at a distance of five miles from the city.", "ACCUSE"),
    # prenominal "alleged" is an adjective, no accusation
    ("The minister met an alleged arms dealer in Rome.", "ACCUSE"),
    ("Villagers fled after the alleged massacre.", "ACCUSE"),
    # a protest at an arrest is a protest, no rally of support (CAMEO 053)
    ("Students protested the arrest of their teacher.", "SUPPORT"),
    ("Farmers protested against the detention of two organisers.", "SUPPORT"),
]


def test_the_verb_allege_still_triggers():
    # the verb with its clause; "alleges" in any construction
    assert ("alleged that", "ACCUSE") in trigger_types(
        "The rebels alleged that soldiers burned the village.", LANG
    )
    assert ("alleges", "ACCUSE") in trigger_types("The union alleges fraud in the vote.", LANG)


@pytest.mark.parametrize("text,wrong", NOT_EVENTS)
def test_homographs_do_not_trigger(text, wrong):
    found = trigger_types(text, LANG)
    assert wrong not in {t for _, t in found}, f"{wrong} fired: {found}"


def test_hand_written_entries_win_over_cameo_verbs():
    # "release" alone is left to its object; the hand-written noun phrase decides
    found = trigger_types("They demanded the release of all detainees.", LANG)
    assert ("release of", "RETREAT") in found
    # joint exercises are cooperation, solo exercises a show of force
    assert ("joint military exercises", "COOPERATE") in trigger_types(
        "The armies held joint military exercises.", LANG
    )
    assert ("military exercises", "MOBILIZE") in trigger_types(
        "The army held military exercises near the border.", LANG
    )


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        # leaving a treaty cuts a relation (SANCTION); no troops move (RETREAT)
        (
            "Washington pulled out of the nuclear deal.",
            "pulled out of the nuclear deal",
            "SANCTION",
        ),
        (
            "The US withdrew from the Paris agreement.",
            "withdrew from the Paris agreement",
            "SANCTION",
        ),
        # lifting or suspending sanctions eases them; it does not impose them
        ("The EU suspended sanctions on Minsk.", "suspended sanctions", "RETREAT"),
        ("Washington lifted the embargo on Cuba.", "lifted the embargo", "RETREAT"),
        # a prosecutor's demand is an accusation, not a sentence
        ("The prosecutor sought a life sentence.", "sought a life sentence", "ACCUSE"),
        ("The bank released funds for the reconstruction.", "released funds", "AID"),
        # withdrawing inspectors, monitors or aid workers reduces relations (CAMEO 166x):
        # no forces leave ground they held
        (
            "The agency withdrew its nuclear inspectors from the plant.",
            "withdrew its nuclear inspectors",
            "SANCTION",
        ),
        (
            "The charity pulled out its aid workers last week.",
            "pulled out its aid workers",
            "SANCTION",
        ),
        ("The army withdrew from the border town.", "withdrew", "RETREAT"),
        ("The junta turned down an offer of talks.", "turned down an offer", "REJECT"),
        # halting negotiations reduces relations (CAMEO 164), no talks held
        ("Seoul suspended the talks with Pyongyang.", "suspended the talks", "SANCTION"),
        ("Oslo declined an invitation to the summit.", "declined an invitation", "REJECT"),
    ],
)
def test_longest_pattern_decides(text, trigger, expected):
    assert (trigger, expected) in trigger_types(text, LANG)
