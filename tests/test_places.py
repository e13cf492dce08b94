"""Places (issue 6): the shipped gazetteer and the resolver, on the cases the issue names."""

from __future__ import annotations

import json
import time

import pytest
from conftest import ROOT, run_warta

from warta.evaluate.places import evaluate
from warta.places.gazetteer import load_gazetteer
from warta.places.resolve import candidates
from warta.places.stage import context_from_text, resolve_document
from warta.records import Dateline, Document


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def best(gaz, mention: str, context: str = "") -> str | None:
    found = candidates(gaz, mention, context_from_text(context, gaz, mention=mention))
    return found[0].place.id if found else None


def test_gazetteer_holds_what_the_issue_lists(gaz):
    kinds = {}
    for p in gaz.places.values():
        kinds[p.type] = kinds.get(p.type, 0) + 1
    assert kinds["country"] >= 249 and kinds["city"] > 20_000 and kinds["adm3"] > 7_000 and kinds["region"] >= 60
    assert sum(1 for p in gaz.places.values() if p.type == "adm1" and p.country == "IDN") == 38
    for name in ("Timur Tengah", "Jalur Gaza", "Tepi Barat", "Laut China Selatan", "Asia Tenggara", "Papua Pegunungan"):
        assert gaz.lookup(name), name
    p = gaz.places["idn-32.71"]
    assert (p.name, p.country, p.admin1, p.kind) == ("Kota Bogor", "IDN", "idn-32", "adm2:kota") and p.lat and p.population



def test_the_loaded_gazetteer_makes_each_place_once_as_the_source_does():
    """load_gazetteer makes a Place from its row when first asked for (PlaceRows): the places
    are those parse_gazetteer builds from the JSON lines, each the same object every time."""
    from warta.places.gazetteer import PREBUILT_PLACES_GAZETTEER, parse_gazetteer

    lazy = load_gazetteer()
    assert "idn-32.71" in lazy.places and "no-such-place" not in lazy.places and lazy.places.get("no-such-place") is None
    assert lazy.places["idn-32.71"] is lazy.places["idn-32.71"]
    source = parse_gazetteer(PREBUILT_PLACES_GAZETTEER.source().read_bytes())
    assert len(lazy.places) == len(source.places) and dict(lazy.places.items()) == source.places

def test_gazetteer_loads_within_a_second():
    load_gazetteer()  # warm the file cache
    t = time.process_time()  # CPU time: other jobs on the machine stretch wall time (2.2 s seen under load 40)
    load_gazetteer()
    assert time.process_time() - t < 1.5  # target 1 s; margin for a slower CI machine


@pytest.mark.parametrize(
    "mention, context, expected",
    [
        ("Kabupaten Bogor", "", "idn-32.01"),
        ("Kab. Bogor", "", "idn-32.01"),
        ("Kota Bogor", "", "idn-32.71"),
        ("Bogor", "", "idn-32.71"),  # the city, unless the text says regency
        ("Bogor", "Bupati Bogor meninjau banjir di Cibinong.", "idn-32.01"),
        ("Jakarta", "", "idn-31"),
        ("DKI Jakarta", "", "idn-31"),
        ("Provinsi Jawa Barat", "", "idn-32"),
        ("Kecamatan Cibinong", "", "idn-32.01.01"),
        ("Jalur Gaza", "", "rg-jalur-gaza"),
        ("Gaza", "", "rg-jalur-gaza"),
        ("Kota Gaza", "", "gn-281133"),
        ("Georgia", "Rusia dan Georgia berselisih soal Ossetia Selatan.", "GEO"),
        ("Georgia", "Badai menerjang Atlanta, negara bagian Georgia, Amerika Serikat.", "gn-4197000"),
        ("Indonesia", "", "IDN"),
        ("Amerika Serikat", "", "USA"),
        ("Kyiv", "", "gn-703448"),
        ("Lebanon selatan", "", "rg-lebanon-selatan"),
        ("Papua Pegunungan", "", "idn-95"),
    ],
)
def test_resolution(gaz, mention, context, expected):
    assert best(gaz, mention, context) == expected


def test_a_country_name_always_resolves_to_the_country(gaz):
    for name in ("Georgia", "Lebanon", "Singapura", "Meksiko", "Kuba", "Chad"):
        assert gaz.places[best(gaz, name)].type == "country", name


def test_unresolvable_mentions_stay_unresolved(gaz):
    assert candidates(gaz, "Desa Sukamaju") == []
    assert candidates(gaz, "Jalan Jatinegara Barat") == []
    assert candidates(gaz, "Kampung Zzzyx") == []
    doc = Document(doc_id="u", content_hash="u", source_file="-", position="", source_format="txt",
                   raw_text="", text="Warga Desa Sukamaju mengungsi ke Kabupaten Garut.")  # fmt: skip
    resolved = {r.mention.text: (r.best.place.id if r.best else None) for r in resolve_document(doc, gaz)}
    assert resolved == {"Desa Sukamaju": None, "Kabupaten Garut": "idn-32.05"}


def test_the_dateline_decides(gaz):
    text = "Banjir merendam ratusan rumah di Malang pada Selasa."
    dl = lambda place: Dateline(place, None, 0, 0, place)  # noqa: E731
    doc = Document(doc_id="d", content_hash="d", source_file="-", position="", source_format="txt", raw_text=text, text=text, dateline=dl("KEPANJEN"))
    assert [r.best.place.id for r in resolve_document(doc, gaz)] == ["idn-35.07"]  # Kepanjen is in the regency
    doc.dateline = dl("MALANG")
    assert [r.best.place.id for r in resolve_document(doc, gaz)] == ["idn-35.73"]


def test_events_get_locations_from_the_sentence_else_the_dateline():
    from test_events import code

    events = code("Pasukan Israel menembaki sebuah mobil di Rafah, Jalur Gaza, pada Selasa.")
    assert [(loc["place_id"], loc["source"]) for loc in events[0]["location"]] == [("gn-281102", "sentence"), ("rg-jalur-gaza", "sentence")]
    # no place in the sentence: the dateline's, flagged as such
    from warta.clean.step import Clean
    from warta.engine.ingest import default_stages
    from warta.events.stage import Events
    from warta.records import Document

    raw = "BEIRUT, KOMPAS.com - Hizbullah menembakkan puluhan roket ke arah Israel utara pada Selasa."
    doc = Document(doc_id="b", content_hash="b", source_file="-", position="", source_format="txt", raw_text=raw, published="2024-06-12")
    docs = Clean()([doc])
    # every lexicon event, as test_events.code reads them: this test is about where an event is placed
    for step in (Events(gate=False, tagger=False) if s.name == "events" else s for s in default_stages()):
        docs = step(docs)
    (e,) = doc.annotations.events
    assert [(loc.place_id, loc.source) for loc in e.location] == [("gn-276781", "dateline")]
    assert (e.date.value, e.date.precision) == ("2024-06-11", "day")


def test_geocode_cli():
    r = run_warta("geocode", "Bogor", "--context", "Bupati Bogor meninjau Cibinong")
    assert r.returncode == 0, r.stderr.decode()
    found = json.loads(r.stdout)
    assert found[0]["place_id"] == "idn-32.01" and set(found[0]) == {"place_id", "name", "type", "country", "lat", "lon", "precision", "score"}
    assert [c["score"] for c in found] == sorted((c["score"] for c in found), reverse=True)


def test_accuracy_floors_on_the_dev_and_test_sets():
    dev = evaluate(ROOT / "tests/fixtures/places/dev.jsonl")
    test = evaluate(ROOT / "tests/fixtures/places/test.jsonl")
    assert dev.exact_accuracy >= 0.95 and test.exact_accuracy >= 0.93
    assert dev.country_accuracy >= 0.96 and test.country_accuracy >= 0.96


def test_an_event_abroad_is_not_placed_at_a_domestic_dateline():
    """Issue 15: "Israel dan Hizbullah sepakat ..." under a JAKARTA dateline lands in the
    participants' country (source participant), not in DKI Jakarta; an Indonesian event with no
    place in its sentence still takes the dateline."""
    from warta.clean.step import Clean
    from warta.engine.ingest import default_stages
    from warta.events.stage import Events
    from warta.records import Document

    raw = ("JAKARTA, KOMPAS.com - Israel dan Hizbullah sepakat melakukan gencatan senjata yang dimediasi Amerika Serikat. "
           "Polisi menangkap dua pencopet pada Selasa.")
    doc = Document(doc_id="a", content_hash="a", source_file="-", position="", source_format="txt", raw_text=raw, published="2024-11-27")
    docs = Clean()([doc])
    # the clause rules' roles (Israel actor, Hizbullah partner): this tests where the places stage puts them
    for step in (Events(gate=False, tagger=False, roles=False) if s.name == "events" else s for s in default_stages()):
        docs = step(docs)
    placed = {e.type: [(loc.place_id, loc.source) for loc in e.location] for e in doc.annotations.events}
    assert placed["AGREE"] == [("ISR", "participant")]
    assert placed["COERCE"][0][1] == "dateline"


def test_a_word_of_a_persons_name_is_no_place(gaz):
    """"Amien Rais ... tegas Amien.": the tagger may call the lone "Amien" a place (LOC), but it
    is a word of a person's name the article names (PER): not Amiens, France. A place the text
    introduces as one ("di Bogor") is still found."""
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    text = "Ketua Dewan Kehormatan PAN Amien Rais hadir di Bogor. Titik, tegas Amien."
    amien = text.rindex("Amien")
    per = (text.index("Amien Rais"), text.index("Amien Rais") + len("Amien Rais"), "PER")
    lone = (amien, amien + len("Amien"), "LOC")
    assert [m.text for m in find_places(text, gaz, load_rules(), [lone])] == ["Bogor", "Amien"]
    assert [m.text for m in find_places(text, gaz, load_rules(), [per, lone])] == ["Bogor"]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # a list of places runs on past a comma: "Jawa Barat, Ono" would be a place, but NER
        # reads "Ono Surono" as one person's name
        ("Ketua DPD PDIP Jawa Barat, Ono Surono mengaku sudah berkomunikasi.", "Ono Surono", ["Jawa Barat"]),
        ("Ia mendapat jimat itu dari Kim So Hye.", "Kim So Hye", []),  # "dari" cues a place
        # the same name written again and tagged otherwise there (ORG, or nothing) is still his
        ("Kim Cha Eon marah. Ia mendapat kepercayaan dari Kim Cha Eon.", "Kim Cha Eon", []),
        # a person's name that is exactly a place name is the NER's call, as before
        ("Polisi tiba di Bogor.", "Bogor", ["Bogor"]),
    ],
)
def test_a_place_name_inside_a_longer_persons_name_is_no_place(gaz, text, person, expected):
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    s = text.index(person)
    entities = [(s, s + len(person), "PER")]
    if "Jawa Barat" in text:  # NER tags the province LOC
        entities.insert(0, (text.index("Jawa Barat"), text.index("Jawa Barat") + len("Jawa Barat"), "LOC"))
    assert [m.text for m in find_places(text, gaz, load_rules(), entities)] == expected


@pytest.mark.parametrize("word", ["Ibu"])
def test_forms_of_address_are_no_places(gaz, word):
    """'"Kak Ria, dapet doa dari Ibu nih"': "dari" cues a place, but "Ibu" is a mother here, not
    Ibu in North Maluku (resolver.json not_places)."""
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    assert find_places(f"Kak Ria, dapet doa dari {word} nih.", gaz, load_rules()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first word of a longer name the gazetteer lacks is no place of its own
        ("Aksi koboi di Kawasan Bukit Maribaya Lembang, Kabupaten Bandung Barat, membuat warga heboh.", ["Kabupaten Bandung Barat"]),
        ("Acara itu digelar di Hotel Fairmont Senayan yang ramai pengunjung.", []),  # no Fairmont, USA
        ("Eggi sempat ditahan di Rutan Polda Metro Jaya sejak 14 Mei lalu.", []),  # no Kota Metro, Lampung
        # what may follow a place without continuing its name: a weekday, a month, a rank, a
        # direction, another place
        ("Polisi tiba di Surabaya Senin (19/9/2019) pagi.", ["Surabaya"]),
        ("Hujan turun di Bogor September lalu.", ["Bogor"]),
        ("Kabut tebal di Lembang Kabupaten Bandung Barat hari ini.", ["Lembang", "Kabupaten Bandung Barat"]),
        # a country or province heads nothing the gazetteer lacks ("Jakarta Convention Center")
        ("Pameran di Jakarta Convention Center ramai dikunjungi warga.", ["Jakarta"]),
        # a role or an organisation's head word begins an actor's name, not the place's
        ("Kemarin di Bandung Presiden Jokowi meresmikan jalan tol.", ["Bandung"]),
        ("Evakuasi di Medan Tim SAR gabungan dimulai pagi.", ["Medan"]),
        ("Unjuk rasa di Makassar Polisi mengamankan tiga orang.", ["Makassar"]),
        # a Title Case headline capitalises every word
        ("Banjir di Bogor Rendam Ratusan Rumah Warga\nBanjir merendam rumah warga.", ["Bogor"]),
    ],
)
def test_a_place_name_that_goes_on_is_no_place(gaz, text, expected):
    """A one-word place followed, after a space, by a capitalised word that continues the name
    ("Bukit Maribaya", "Hotel Fairmont Senayan", "Polda Metro Jaya") names something the
    gazetteer lacks; the one word alone would land the event in Aceh, the USA or Lampung."""
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    assert [m.text for m in find_places(text, gaz, load_rules())] == expected


def test_a_place_followed_by_a_persons_name_or_a_rank_stays_a_place(gaz):
    """"Bupati Bogor Ade Yasin": the word after the place begins a person's name (NER), so the
    place's name ends there; so does a rank ("Kapolres Asmat AKBP Andy Henoch")."""
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    text = "Menurut Bupati Bogor Ade Yasin, banjir surut di desa itu."
    s = text.index("Ade Yasin")
    ents = [(text.index("Bogor"), text.index("Bogor") + 5, "LOC"), (s, s + len("Ade Yasin"), "PER")]
    assert [m.text for m in find_places(text, gaz, load_rules(), ents)] == ["Bogor"]
    assert [m.text for m in find_places(text, gaz, load_rules(), ents[:1])] == []
    # a rank (the tokenizer's titles) ends the name too, NER or not
    text = "kata Kapolres Asmat AKBP Andy Henoch kepada wartawan."
    ents = [(text.index("Asmat"), text.index("Asmat") + 5, "LOC")]
    assert [m.text for m in find_places(text, gaz, load_rules(), ents)] == ["Asmat"]


def test_a_village_name_after_a_place_still_continues_it(gaz):
    """"Wakapolda Metro Jaya": "Jaya" is only a village's name, so "Metro Jaya" is one name
    (Jakarta's police region), not Kota Metro in Lampung; a province after a town ends it."""
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    text = "Kemarin Wakapolda Metro Jaya bertemu warga di Jakarta."
    m = text.index("Metro")
    assert [x.text for x in find_places(text, gaz, load_rules(), [(m, m + 5, "LOC")])] == ["Jakarta"]


def test_a_street_is_named_by_its_words_not_by_a_city_inside_it(gaz):
    """"Jalan Medan Merdeka Barat" is a street in Jakarta, not Medan: a street's name takes
    its capitalised words and is never a gazetteer place; a prefixed name the gazetteer lacks
    stops where a person's name begins."""
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    text = "Buruh berunjuk rasa di Jalan Medan Merdeka Barat. Pengurus Perumahan Griya Asri Budi Santoso datang."
    s = text.index("Budi")
    found = [(m.text, m.found) for m in find_places(text, gaz, load_rules(), [(s, s + len("Budi Santoso"), "PER")])]
    assert found == [("Jalan Medan Merdeka Barat", False), ("Perumahan Griya Asri", False)]


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a country or city after a currency word names the currency, though the NER tags it LOC
        # (read as a user, session 22: "15.000 dolar Singapura" put every event of a Jakarta
        # court case in Singapore)
        ("Terdakwa menerima uang sebesar 20.000 dolar Singapura dari seorang pengusaha.", ["Singapura"], []),
        ("Harga paket itu 300 ribu yen Jepang di Osaka.", ["Jepang", "Osaka"], ["Osaka"]),
        ("Kurs ringgit Malaysia melemah pekan ini.", ["Malaysia"], []),
        ("Dolar Australia menguat terhadap rupiah.", ["Australia"], []),
        # the same names without a currency word stay places
        ("Rombongan itu menukar dolar lalu terbang ke Singapura.", ["Singapura"], ["Singapura"]),
        ("Pejabat Malaysia tiba di Jakarta.", ["Malaysia", "Jakarta"], ["Malaysia", "Jakarta"]),
    ],
)
def test_a_currency_names_no_place(gaz, text, tagged, expected):
    from warta.places.find import find_places
    from warta.places.resolve import load_rules

    entities = [(text.index(w), text.index(w) + len(w), "LOC") for w in tagged]
    assert [m.text for m in find_places(text, gaz, load_rules(), entities)] == expected
