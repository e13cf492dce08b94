"""Session 16's second part of mention rules (docs/actors.md, "Session 16 (mentions and ids)",
second part), each with its table: a text, the NER entities the ``nlp`` step would give it
(text, label), and the mentions warta must find (text, actor id). Each rule has a row it
decides and a counter-example it must leave alone.
"""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions
from warta.actors.register import load_register


def mentions(text: str, *entities: tuple[str, str]) -> list[tuple[str, str | None]]:
    spans = [(text.index(name), text.index(name) + len(name), label) for name, label in entities]
    return [(m.text, m.actor_id) for m in resolve_mentions(text, entities=spans)]

# (rule, text, NER entities, the mentions found)
TABLE = [
    # a legal-status noun and its lower-case case description (roles.json case_roles, case_words, case_stops)
    ("case", "Imron, terpidana kasus korupsi yang juga mantan Bupati Bangkalan, wafat.", (),
     [("terpidana kasus korupsi", None), ("mantan Bupati Bangkalan", None)]),  # stops at "yang"
    ("case", "Penjara padat oleh narapidana kasus penggunaan narkoba. Menteri datang.", (),
     [("narapidana kasus penggunaan narkoba", None), ("Menteri", None)]),  # stops at the full stop
    ("case", "Polisi menangkap pelaku tindak pidana di pasar.", (), [("Polisi", "idn-polri"), ("pelaku tindak pidana", None)]),
    ("case", "Dua terdakwa dugaan korupsi proyek pengadaan e - KTP, Irman dan Sugiharto, hadir.", (),
     [("Dua terdakwa dugaan korupsi proyek pengadaan e - KTP", None)]),  # "e - KTP", a hyphenated compound
    ("case", "Tersangka kasus narkoba ditangkap polisi.", (), [("Tersangka kasus narkoba", None), ("polisi", "idn-polri")]),  # stops at a verb
    ("case", "Setya Novanto dirawat. Terdakwa korupsi proyek itu pernah kabur.", (),
     [("Setya Novanto", "idn-setya-novanto"), ("Terdakwa", "idn-setya-novanto")]),  # a description closed by "itu": coreference's
    ("case", "Saksi kasus itu tidak hadir.", (), [("Saksi", None)]),  # no description before the demonstrative
    ("case", "Korban kasus penipuan melapor.", (), [("Korban", None)]),  # a victim is no legal status (case_roles)
    # a hospital after "di"/"ke"/"dari" is a place, also as the short form or second name of a longer name there (match._place_headed)
    ("hospital_place", "Setnov dibawa ke Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto.", (("RSPAD", "ORG"),),
     [("Setnov", "idn-setya-novanto"), ("Angkatan Darat", "idn-tni-ad")]),
    ("hospital_place", "Ia dirawat di Rumah Sakit Graha Amerta RSU dr Soetomo Surabaya, Senin.", (("RSU dr Soetomo Surabaya", "ORG"),), [("Ia", None)]),
    ("hospital_place", "Kemarin Rumah Sakit Mitra Sehat mengadu ke polisi.", (("Rumah Sakit Mitra Sehat", "ORG"),),
     [("Rumah Sakit Mitra Sehat", "new-rumah-sakit-mitra-sehat"), ("polisi", "idn-polri")]),  # one that acts stays
    # a model letter after a brand names a product, as a model number does (discover._MODEL)
    ("model_letter", "Realme 3 dan Realme X tak diproduksi lagi.", (("Realme", "ORG"),), []),
    ("model_letter", "Realme menghentikan produksi Realme X tahun ini.", (("Realme", "ORG"),),
     [("Realme", "new-realme")]),  # the company acting stays; its product is not found again
    # "lain"/"lainnya" after a group's whole phrase closes it (roles.json others_after, roles._with_others)
    ("others", "Sementara tiga anggota senior ISIS lain turut menjadi korban.", (), [("tiga anggota senior ISIS lain", "isis")]),
    ("others", "Perburuan pendukung Gulen lainnya masih berlanjut.", (), [("pendukung Gulen lainnya", None)]),
    ("others", "Presiden Joko Widodo lain kali datang.", (), [("Presiden Joko Widodo", "idn-joko-widodo")]),  # no group: "lain kali" is "next time"
    # register data: the KPK's supervisory board (UU 19/2019) is its own organ, spanned whole
    ("register", "Revisi itu membentuk dewan pengawas KPK yang dipilih presiden.", (),
     [("dewan pengawas KPK", "idn-dewas-kpk"), ("presiden", "idn-presidency")]),
    ("register", "Pimpinan KPK menolak revisi.", (), [("Pimpinan KPK", "idn-kpk")]),  # the KPK's own leaders stay the KPK
    # companies counted are a group (roles.json korporasi, group_only_counted)
    ("counted", "Polri menetapkan 218 orang dan 5 korporasi sebagai tersangka.", (), [("Polri", "idn-polri"), ("5 korporasi", None)]),
    ("counted", "Ia dijerat pidana korporasi.", (), [("Ia", None)]),  # bare: no mention
    # a kind of entertainment named by its country is no actor (demonyms_forms.json non_actor_forms)
    ("non_actor_forms", "Ia sudah lama di dunia hiburan Indonesia.", (), [("Ia", None)]),
    ("non_actor_forms", "Ia mengisi suara di film animasi Indonesia.", (), [("Ia", None)]),
    ("non_actor_forms", "Hiburan itu didukung Indonesia dan Malaysia.", (), [("Indonesia", "idn"), ("Malaysia", "mys")]),  # the word not right before
    # a status word of the office between the office and its holder's name (roles.json office_status)
    ("office_status", "Ketua DPR nonaktif Setya Novanto dirawat.", (), [("Ketua DPR nonaktif Setya Novanto", "idn-setya-novanto")]),
    ("office_status", "Ketua DPR nonaktif itu dirawat.", (), [("Ketua DPR", "idn-dpr")]),  # no name after it
]


@pytest.mark.parametrize("rule, text, entities, expected", TABLE, ids=[f"{row[0]}-{k}" for k, row in enumerate(TABLE)])
def test_rule(rule, text, entities, expected):
    assert mentions(text, *entities) == expected


# Session 16 review mends (docs/actors.md, "Session 16 (review mends)")

def _doc(text: str, title: str | None = None):
    from warta.records import Document

    return Document(doc_id="d", content_hash="h", source_file="", position="", source_format="txt", raw_text=text, title=title, text=text)


def _staged(text: str, title: str | None = None, *entities: tuple[str, str]) -> list[tuple[str, str | None]]:
    from warta.actors.stage import Actors

    doc = _doc(text, title)
    doc.annotations.sentences = [(0, len(text))]
    doc.annotations.entities = [(text.index(name), text.index(name) + len(name), label) for name, label in entities]
    return [(m.text, m.actor_id) for m in Actors()([doc])[0].annotations.mentions]


def test_the_office_index_finds_exactly_the_texts_the_scan_found():
    from warta.actors.roles import office_index

    recorded = {("gubernur dki jakarta", "a"), ("gubernur jawa tengah", "b"), ("gubernur", "c"), ("gubernur dki", "d"),
                ("menteri luar negeri", "e"), ("gubernurx dki", "f")}  # fmt: skip
    index = office_index(recorded)
    for office in ("gubernur", "gubernur dki", "gubernur dki jakarta", "gubernur jawa", "menteri", "menteri luar negeri",
                   "gubernurx", "gubern", "jakarta", "gubernur dki jakarta timur"):  # fmt: skip
        assert set(index.get(office, ())) == {pid for text, pid in recorded if text == office or text.startswith(office + " ")}


def test_the_office_index_is_bounded_by_the_recorded_texts_not_the_mentions():
    import warta.actors.roles as roles
    from warta.actors.match import Mention
    from warta.actors.roles import named_holders

    sizes = []
    real = roles.office_index
    for n in (1, 500):
        ms = [Mention(30 * k, 30 * k + 25, "Gubernur DKI Jakarta Anies", "idn-anies-baswedan", "Anies", "person", "IDN", None,
                      role="gubernur", rule="role+person") for k in range(n)]  # fmt: skip
        ms.append(Mention(30 * n, 30 * n + 19, "Gubernur DKI Jakarta", None, None, "person", None, None, role="gubernur", rule="role_only"))
        seen = []
        roles.office_index = lambda recorded, seen=seen: seen.append(len(recorded)) or real(recorded)
        try:
            named_holders(ms, load_register())
        finally:
            roles.office_index = real
        sizes.append(seen[0])
        assert ms[-1].actor_id == "idn-anies-baswedan"
    assert sizes[0] == sizes[1]  # each (text, id) recorded once, however often it is mentioned


def test_registered_only_reads_the_bracket_contents_once():
    from warta.actors.match import Mention
    from warta.actors.stage import _registered_only

    text = "Kaisar Lee Hyuk (Shin Sung-Rok) dan Ratu (Jang (Nara)) datang. Kim Ji Won tidak."
    ms = [Mention(text.index(s), text.index(s) + len(s), s, "new-x", None, "person", None, None, rule="discovered")
          for s in ("Shin Sung-Rok", "Jang (Nara)", "Nara", "Kim Ji Won", "Lee Hyuk")]  # fmt: skip
    kept = [m.text for m in _registered_only(text, ms, load_register())]
    assert kept == [s for s in ("Shin Sung-Rok", "Jang (Nara)", "Nara", "Kim Ji Won", "Lee Hyuk") if f"({s})" in text]


@pytest.mark.parametrize("text, expected", [
    ("Anies Baswedan meninjau banjir. Gubernur DKI Jakarta mengatakan warga aman. Ia juga membagikan bantuan.",
     [("Anies Baswedan", "idn-anies-baswedan"), ("Gubernur DKI Jakarta", "idn-anies-baswedan"), ("warga", None), ("Ia", "idn-anies-baswedan")]),
])  # fmt: skip
def test_an_anaphor_follows_its_antecedent_changed_after_coreference(text, expected):
    assert _staged(text) == expected


def test_only_mentions_holding_the_antecedents_old_ids_follow():
    from warta.actors.match import Mention
    from warta.actors.stage import _follow_changes

    ms = [Mention(0, 8, "Gubernur", "new", None, "person", None, None),
          Mention(10, 12, "Ia", None, None, "person", None, None, antecedent=0),
          Mention(14, 16, "ia", "other", None, "person", None, None, antecedent=0),  # its own id: stays
          Mention(18, 20, "ia", None, None, "person", None, None, antecedent=1)]  # fmt: skip
    _follow_changes(ms, [(None, None, None)] * 4)
    assert [m.actor_id for m in ms] == ["new", "new", "other", "new"]


@pytest.mark.parametrize("text, expected", [
    ("Politikus Puan Maharani (PDIP) hadir di acara itu.", [("Puan Maharani", "idn-puan-maharani"), ("PDIP", "idn-pdip")]),
    ("Wakil Presiden Jusuf Kalla (JK) hadir.", [("Wakil Presiden Jusuf Kalla (JK)", "idn-jusuf-kalla")]),  # his own short name
])  # fmt: skip
def test_a_registered_party_in_brackets_is_no_short_name_of_a_person(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Prof Habibie hadir di acara itu.", "Prof Habibie", [("Habibie", "idn-bacharuddin-jusuf-habibie")]),
    ("Eyang Habibie hadir di acara itu.", "Eyang Habibie", [("Habibie", "idn-bacharuddin-jusuf-habibie")]),
    ("Prof. Dr. Habibie hadir.", "Prof. Dr. Habibie", [("Habibie", "idn-bacharuddin-jusuf-habibie")]),
    ("Ilham Habibie hadir di acara itu.", "Ilham Habibie", [("Ilham Habibie", "new-ilham-habibie")]),  # his son: a person of his own
])  # fmt: skip
def test_a_title_before_a_registered_family_name_makes_no_new_person(text, name, expected):
    assert mentions(text, (name, "PER")) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("Beijing - China akan membeli sawit. Hal itu disampaikan Menteri Perdagangan Andi Wijaya di Jakarta.", "Andi Wijaya", "idn-kemendag"),
    ("Beijing - China akan membeli sawit. Hal itu disampaikan Menteri Perdagangan Andi Wijaya.", "Andi Wijaya", "idn-kemendag"),
    ("Beijing - China akan membeli sawit, kata Menteri Perdagangan Wang Wentao di Jawa Barat.", "Wang Wentao", "idn-kemendag"),
    ("Beijing - China akan membeli sawit, kata Menteri Perdagangan Wang Wentao.", "Wang Wentao", "chn"),  # the country in his sentence
    ("Turki menangkap tiga orang, kata Menteri Dalam Negeri Suleyman Soylu.", "Suleyman Soylu", "tur"),
])  # fmt: skip
def test_a_foreign_minister_needs_the_country_in_his_own_sentence(text, name, expected):
    assert dict(mentions(text, (name, "PER")))[text[text.index("Menteri") : text.index(name) + len(name)]] == expected


@pytest.mark.parametrize("title, text, kept", [
    ("Sinopsis Sinetron Cinta Buta Episode 76", "Kaisar Lee Hyuk menemui Joko Widodo di istana.", ["Joko Widodo"]),
    (None, "Sinopsis Sinetron Cinta Buta Episode 76\nKaisar Lee Hyuk menemui Joko Widodo di istana.", ["Joko Widodo"]),
    ("Banjir di Jakarta", "Kaisar Lee Hyuk menemui Joko Widodo di istana.", ["Lee Hyuk", "Joko Widodo"]),  # no synopsis
])  # fmt: skip
def test_a_synopsis_is_known_by_its_title(title, text, kept):
    assert [t for t, _ in _staged(text, title, ("Lee Hyuk", "PER"), ("Joko Widodo", "PER"))] == kept
