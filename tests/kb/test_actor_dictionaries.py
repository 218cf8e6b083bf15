"""Readers of actor dictionaries: PETRARCH/TABARI actors and agents, CSV and YAML tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.kb.actors import role_on
from eventwire.kb.dictionaries import (
    DictionaryError,
    read_dictionary,
    read_tabari_actors,
    read_tabari_agents,
    split_code,
    tabari_date,
)
from eventwire.records import SECTORS


@pytest.mark.parametrize(
    "text,iso",
    [("991231", "1999-12-31"), ("080507", "2008-05-07"), ("19950601", "1995-06-01")],
)
def test_tabari_dates(text: str, iso: str) -> None:
    assert tabari_date(text) == iso


@pytest.mark.parametrize(
    "code,country,sector",
    [
        ("RUSGOV", "RUS", "GOV"),
        ("RUS", "RUS", None),
        ("IGOUNOJUDICJ", "IGO", "JUD"),  # the UN's court
        ("USAMED", "USA", "JRN"),  # CAMEO MED is media: PLOVER JRN
        ("USAHLH", "USA", "MED"),  # CAMEO HLH is health: PLOVER MED
        ("IMGMUSALQ", None, "REB"),  # a transnational armed group
        ("PSEREBHMS", "PSE", "REB"),
        ("NGOHRIAMN", "NGO", "SOC"),
        ("---", None, None),
    ],
)
def test_split_code(code: str, country: str | None, sector: str | None) -> None:
    iso = frozenset({"RUS", "USA", "PSE"})
    assert split_code(code, iso) == (country, sector)


ACTORS = """\
# a comment line
ISENGARD_  [ISE]
+ORTHANC

SARUMAN_THE_WHITE  [WIZ]  # default code when no dated role holds
+SARUMAN
\t[ISEGOV 19990101-20031231]
\t[ISEELI >20040101]

GRIMA  # no default: nothing outside the dates
\t[ISEGOV <031231]
"""


def test_tabari_actors_keep_synonyms_and_dated_roles(tmp_path: Path) -> None:
    path = tmp_path / "test.actors.txt"
    path.write_text(ACTORS)
    entries = {e.name: e for e in read_tabari_actors(path)}
    assert entries["ISENGARD"].aliases == ["ISENGARD", "ORTHANC"]
    saruman = entries["SARUMAN THE WHITE"]
    assert "SARUMAN" in saruman.aliases
    # before, during and after the dated role
    assert role_on(saruman, "1995-05-05").code == "WIZ"
    assert role_on(saruman, "2001-05-05").code == "ISEGOV"
    assert role_on(saruman, "2010-05-05").code == "ISEELI"
    grima = entries["GRIMA"]
    assert role_on(grima, "2003-12-31").code == "ISEGOV"
    assert role_on(grima, "2004-01-01") is None
    assert saruman.source.endswith(":5")


def test_a_bad_code_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text("ROHAN [ROH]\n\t[ROHGOV 9901-991231]\n")
    with pytest.raises(DictionaryError, match=r"bad.actors.txt:2"):
        read_tabari_actors(path)


AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
POLICE {} [~COP]
MINISTER [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
RIGHTS_GROUP [NGO~]
"""


def test_tabari_agents_forms_and_codes(tmp_path: Path) -> None:
    path = tmp_path / "test.agents.txt"
    path.write_text(AGENTS)
    by_name = {e.name: e for e in read_tabari_agents(path)}
    assert by_name["POLICE"].aliases == ["POLICE"]  # "{}": no plural
    assert by_name["MINISTER"].aliases == ["MINISTER", "MINISTERS"]
    assert "ATTORNEYS GENERAL" in by_name["ATTORNEY GENERAL"].aliases
    assert by_name["CONGRESSMAN"].aliases == ["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"]
    assert by_name["POLICE"].roles[0].sector == "COP"
    assert by_name["RIGHTS GROUP"].extra["code"] == "NGO~"


def test_csv_table_rows_are_roles(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,aliases,country,sector,title,from,to,wikidata_id\n"
        "Ada Rossi,Rossi|A. Rossi,ITA,LEG,Senator,2013-03-15,2018-03-22,\n"
        "Ada Rossi,,ITA,GOV,Minister of Justice,2018-06-01,,\n"
    )
    [ada] = read_dictionary(path, SECTORS)
    assert ada.aliases == ["Ada Rossi", "Rossi", "A. Rossi"]
    assert role_on(ada, "2015-01-01").sector == "LEG"
    assert role_on(ada, "2018-04-01") is None  # between the two offices
    assert role_on(ada, "2020-01-01").title == "Minister of Justice"


def test_yaml_with_roles(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- name: Comitato Alfa\n"
        "  aliases: [Alfa]\n"
        "  country: ITA\n"
        "  sector: NGO\n"
        "- name: Bruno Neri\n"
        "  roles:\n"
        "    - {country: ITA, sector: GOV, title: Mayor, from: 2019, to: 2024}\n"
    )
    entries = {e.name: e for e in read_dictionary(path, SECTORS)}
    assert entries["Comitato Alfa"].roles[0].sector == "NGO"
    assert role_on(entries["Bruno Neri"], "2020-06-01").title == "Mayor"
    assert role_on(entries["Bruno Neri"], "2025-06-01") is None


def test_table_errors_name_the_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,country,sector\nSomeone,ITA,POLICE\n")
    with pytest.raises(DictionaryError, match=r"bad.csv:2.*POLICE"):
        read_dictionary(path, SECTORS)
    with pytest.raises(DictionaryError, match="no such dictionary file"):
        read_dictionary(tmp_path / "missing.csv", SECTORS)
