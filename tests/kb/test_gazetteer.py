"""The shipped gazetteer: lookups, records, the curated place lexicons."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from eventwire.kb.gazetteer import (
    ADMIN1,
    COUNTRY,
    Gazetteer,
    GazetteerError,
    get_gazetteer,
    normalize_name,
)
from eventwire.pipeline.lexicon import lang_dir


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def _ids(gaz: Gazetteer, name: str, lang: str) -> set[int | None]:
    return {h.place.geonameid for h in gaz.lookup(name, lang)}


@pytest.mark.parametrize(
    "text,key",
    [
        ("L’Avana", "l'avana"),
        ("Zürich", "zurich"),
        ("Emilia-Romagna", "emilia romagna"),
        ("  New   York ", "new york"),
        ("SÃO PAULO", "sao paulo"),
    ],
)
def test_normalize_name(text: str, key: str) -> None:
    assert normalize_name(text) == key


@pytest.mark.parametrize(
    "name,lang,geonameid",
    [
        ("Mosca", "it", 524901),
        ("Pechino", "it", 1816670),
        ("Varsavia", "it", 756135),
        ("L'Avana", "it", 3553478),
        ("Monaco di Baviera", "it", 2867714),
        ("Ginevra", "it", 2660646),
        ("Kyiv", "en", 703448),
        ("Kiev", "en", 703448),
        ("Milano", "it", 3173435),  # the Italian name from ISTAT
        ("Vladivostok", "it", 2013348),
    ],
)
def test_names_and_exonyms(gaz: Gazetteer, name: str, lang: str, geonameid: int) -> None:
    assert geonameid in _ids(gaz, name, lang)


def test_a_country_record(gaz: Gazetteer) -> None:
    russia = gaz.country("RUS")
    assert russia is not None and russia.kind == COUNTRY and russia.geonameid == 2017370
    place = gaz.to_place(russia, raw_text="Russia")
    assert place.country == "RUS" and place.admin1 is None
    assert place.lat is not None and 40 < place.lat < 70  # a point inside the country


def test_a_city_record_names_its_region(gaz: Gazetteer) -> None:
    hit = next(h for h in gaz.lookup("Vladivostok", "en") if h.place.geonameid == 2013348)
    place = gaz.to_place(hit.place)
    assert place.country == "RUS" and place.admin1 == "Primorye"
    assert place.lat == pytest.approx(43.1, abs=0.1) and place.lon == pytest.approx(131.9, abs=0.1)


def test_regions_and_their_short_names(gaz: Gazetteer) -> None:
    assert {h.place.kind for h in gaz.lookup("Lombardia", "it")} == {ADMIN1}
    donetsk = {h.place.kind for h in gaz.lookup("Donetsk", "en")}
    assert donetsk >= {ADMIN1, "city"}  # the oblast and the city


def test_italian_municipalities_without_a_geonames_id(gaz: Gazetteer) -> None:
    hits = gaz.lookup("Calendasco", "it")  # an ISTAT comune under 15,000 people
    assert hits and hits[0].place.kind == "comune"
    place = gaz.to_place(hits[0].place)
    assert place.geonameid is None and place.country == "ITA" and place.admin1 == "Emilia-Romagna"


def test_capitals_only_names(gaz: Gazetteer) -> None:
    usa = [h for h in gaz.lookup("USA", "en") if h.place.kind == COUNTRY]
    assert usa and usa[0].caps == "USA"


def test_contains(gaz: Gazetteer) -> None:
    california = gaz.by_admin1["US.CA"]
    long_beach = gaz.place("5367929")
    assert long_beach is not None
    assert gaz.contains(california, long_beach)
    assert gaz.contains(gaz.country("USA"), long_beach)
    assert not gaz.contains(gaz.country("AUS"), long_beach)


def test_missing_files_give_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="places.tsv.gz: gazetteer file missing"):
        Gazetteer(tmp_path)


def test_a_malformed_file_names_itself(tmp_path: Path) -> None:
    (tmp_path / "places.tsv.gz").write_bytes(b"not gzip")
    with pytest.raises(GazetteerError, match="places.tsv.gz: not a readable gzip file"):
        Gazetteer(tmp_path)


def test_artifact_is_compact() -> None:
    folder = get_gazetteer().data_dir
    size = sum((folder / f).stat().st_size for f in ("places.tsv.gz", "names.tsv.gz"))
    assert size < 5_000_000
    assert (folder / "SOURCE.txt").read_text(encoding="utf-8").count("CC BY") >= 2
    with gzip.open(folder / "places.tsv.gz", "rt", encoding="utf-8") as fh:
        assert fh.readline().startswith("#key\tkind")


# -- the curated lexicons ------------------------------------------------------------------
LEXICONS = [
    (lang, name)
    for lang in ("it", "en")
    for name in ("place_names.tsv", "place_cues.tsv", "non_places.txt", "demonyms.tsv")
] + [("xx", "landmarks.tsv")]


@pytest.mark.parametrize("lang,name", LEXICONS)
def test_lexicon_has_a_header_and_is_sorted(lang: str, name: str) -> None:
    lines = (lang_dir(lang) / name).read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    text = "\n".join(header)
    assert lines[0].startswith(f"# {name}")
    for word in ("FORMAT", "SOURCE", "LICENSE"):
        assert word in text
    rows = [line for line in lines if line and not line.startswith("#")]
    keys = [(r.split("\t")[0].casefold(), r) for r in rows]
    assert keys == sorted(keys)
    assert len(set(rows)) == len(rows)


@pytest.mark.parametrize(
    "lang,name", [("it", "place_names.tsv"), ("en", "place_names.tsv"), ("xx", "landmarks.tsv")]
)
def test_curated_targets_exist(gaz: Gazetteer, lang: str, name: str) -> None:
    for line in (lang_dir(lang) / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, target = line.split("\t")[:2]
        assert gaz.resolve_target(target) is not None, f"{lang}: {word} -> {target}"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_landmarks_name_their_city_in_every_language(gaz: Gazetteer, lang: str) -> None:
    # a landmark is a name of the city it stands in, whatever the language of the text
    hits = gaz.lookup("Stade de France", lang)
    assert [(h.place.name, h.place.cc3) for h in hits] == [("Saint-Denis", "FRA")]
    assert hits[0].source.startswith("lang/xx/landmarks.tsv:")
    # one landmark may stand in several cities; the resolver ranks them
    assert {h.place.cc3 for h in gaz.lookup("Piazza Tahrir", lang)} == {"EGY", "IRQ"}
    assert gaz.is_landmark("Lafayette Park", lang)
    assert not gaz.is_landmark("Lafayette", lang)
    assert not gaz.is_landmark("Parigi", lang)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_demonyms_name_known_countries(gaz: Gazetteer, lang: str) -> None:
    for line in (lang_dir(lang) / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, iso3 = line.split("\t")
        assert gaz.country(iso3) is not None, f"{lang}: {word} -> {iso3}"


@pytest.mark.parametrize(
    "pieces",
    [
        ["New", " ", "York"],
        ["Côte", " ", "d’", " ", "Ivoire"],
        ["L'", " ", "Aquila"],
        ["Saint", "-", "Denis"],
        ["Reggio", " ", "nell'", "", "Emilia"],
        ["São", " ", "Tomé", "  ", "e", " ", "Príncipe"],
        ["Bosnia", " ", "–", " ", "Herzegovina"],
    ],
)
def test_a_name_key_from_token_folds(pieces: list[str]) -> None:
    from eventwire.kb.gazetteer import name_fold, name_key

    # the places stage builds the key of a token n-gram from each token's fold
    assert name_key("".join(name_fold(p) for p in pieces)) == normalize_name("".join(pieces))
