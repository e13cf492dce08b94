"""Found reading 400 more real articles (session 20): each row a phenomenon of real news."""

from __future__ import annotations

import pytest

from warta.actors.match import find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's short form glued to a dollar sign is a currency, not the country
        ("Penghasilan BTS sebesar US$ 60 juta tahun ini.", []),
        ("Harga minyak naik ke US$12 per barel.", []),
        ("Sejumlah politisi AS menolak usulan itu.", [("AS", "usa")]),
        ("Nilainya HK$ 5 miliar, kata warga Hong Kong.", [("warga Hong Kong", "hkg")]),
    ],
)
def test_a_currency_is_no_country(text, expected):
    assert [(m.text, m.actor_id) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Banjir merendam SDN Cijolang sejak pagi, kata warga.", "SDN Cijolang", "EDU"),
        ("Murid SMPN Sukamulya dipulangkan lebih awal.", "SMPN Sukamulya", "EDU"),
        ("PT Dompet Anak Bangsa membantah kabar itu.", "PT Dompet Anak Bangsa", "BUS"),
        # "sekolah" types a school NER finds; the longer head "sekolah tinggi" still makes a name
        ("Sekolah Tinggi Teologi Jaffray menggelar wisuda.", "Sekolah Tinggi Teologi Jaffray", "EDU"),
    ],
)
def test_a_school_the_register_lacks_is_education(text, name, sector):
    """A discovered organisation takes its sector from its head word (org_heads.json): the
    schools ("SDN", "SMPN", "SMA", "Sekolah") are EDU, as "Universitas" is."""
    from warta.evaluate.events import through_actors

    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    assert [(m.sector) for m in doc.annotations.mentions if name in m.text] == [sector]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's central, regional, provincial or branch board is the party, not the DPD
        # (the regional representatives' council) its short form also names
        ("DPP PDIP menggelar rapat pleno.", [("DPP PDIP", "idn-pdip")]),
        ("DPW PKB Jatim menolak usulan itu.", [("DPW PKB", "idn-pkb")]),
        ("DPD Golkar Jawa Barat menolak usulan itu.", [("DPD Golkar", "idn-golkar")]),
        # a registered unit before its parent keeps its own id (only a party's boards are read as the party)
        ("Pejabat Direktorat Jenderal Pajak Kementerian Keuangan hadir.", [("Pejabat Direktorat Jenderal Pajak", "idn-djp"), ("Kementerian Keuangan", "idn-kemenkeu")]),
        ("Dedi Mulyadi yang juga ketua DPD Golkar Jawa Barat hadir.", [("Dedi Mulyadi", "idn-dedi-mulyadi"), ("ketua DPD Golkar Jawa Barat", "idn-golkar")]),
        # the council itself stays the council
        ("Pimpinan DPD membahas tata tertib.", [("Pimpinan DPD", "idn-dpd")]),
        ("Kepala Divisi Humas Polri Irjen M Iqbal hadir.", [("Kepala Divisi Humas Polri Irjen M Iqbal", "idn-divhumas-polri")]),
    ],
)
def test_a_partys_board_is_the_party(text, expected):
    from warta.evaluate.events import through_actors

    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    assert [(m.text, m.actor_id) for m in doc.annotations.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an actress or player of a country is a person of that country, not the country
        ("Aktris Indonesia, Marsha Timothy dinobatkan menjadi aktris terbaik.", [("Aktris Indonesia", None, "IDN"), ("Marsha Timothy", None, "IDN")]),
        ("gelandang Jerman Julian Draxler cedera.", [("gelandang Jerman Julian Draxler", None, "DEU")]),
        # an official acts as the organisation or country
        ("Juru bicara Taliban Zabihullah Mujahid menolak.", [("Juru bicara Taliban Zabihullah Mujahid", "taliban", "AFG")]),
        ("Duta Besar Jepang untuk Indonesia datang.", [("Duta Besar Jepang untuk Indonesia", "jpn", "JPN")]),
    ],
)
def test_a_countrys_artist_or_player_is_no_country(text, expected):
    from warta.evaluate.events import through_actors

    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    assert [(m.text, m.actor_id, m.country) for m in doc.annotations.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Persis seperti apa yang pernah dia minta.", []),  # the adverb "exactly"
        ("Lima orang tewas dalam kecelakaan itu.", []),  # five, not Peru's capital
        ("Baku tembak terjadi di perbatasan.", []),  # a gunfight, not Azerbaijan's capital
        ("Bernama sama, keduanya berbeda.", []),  # "named", not the Malaysian agency
        ("Pasukan Azerbaijan menembaki Baku.", [("Pasukan Azerbaijan", "aze"), ("Baku", "aze")]),
        ("seperti dilansir kantor berita Bernama, Senin.", [("kantor berita Bernama", "bernama")]),
        ("Ketua Umum Persis Aceng Zakaria bersama ormas Islam lain menolak.", [("Ketua Umum Persis Aceng Zakaria", "idn-persis")]),
    ],
)
def test_a_capitalised_common_word_is_an_actor_only_among_its_words(text, expected):
    """"Persis", "Lima", "Baku", "Bernama": common words a sentence capitalises (ambiguous.json)."""
    assert [(m.text, m.actor_id) for m in find_mentions(text)] == expected


def test_a_bpbd_official_is_no_bnpb():
    """A regional disaster agency (BPBD) belongs to its province or regency, coordinated by BNPB
    but not part of it: its head is not BNPB (the real-news gold gives such officials no id)."""
    from warta.evaluate.events import through_actors

    text = "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Semarang Heru Subroto mengatakan banjir surut. BNPB mengirim bantuan."
    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    assert [m.actor_id for m in doc.annotations.mentions] == [None, "idn-bnpb"]
