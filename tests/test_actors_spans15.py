"""Session 15's mention rules (docs/actors.md, "Session 15"), each with its table: a text, the
NER entities the ``nlp`` step would give it (text, label), and the mentions warta must find
(text, actor id). Each rule has a row it decides and a counter-example it must leave alone.
"""

from __future__ import annotations

import pytest
from staged import mentions

from warta.actors.coref import resolve_mentions
from warta.actors.register import load_register

# (rule, text, NER entities, the mentions found)
TABLE = [
    # an outlet that opens the body is a dateline, no mention (the real-news guide)
    ("dateline", "Jakarta, CNN Indonesia - - Polisi menangkap dua pelaku.", (), [("Polisi", "idn-polri"), ("dua pelaku", None)]),
    ("dateline", "Rimanews - Turki menahan wartawan.", (("Rimanews", "ORG"),), [("Turki", "tur"), ("wartawan", None)]),
    ("dateline", "Hal itu dikatakan Andi kepada Kompas.com di Jakarta.", (), [("Kompas.com", "idn-kompas")]),  # an outlet that is spoken to
    # a registered name the matcher left is no new actor
    ("registered_alias", "Revisi UU KPK Dikebut", (("KPK", "ORG"),), []),
    ("registered_alias", "KPK menahan tersangka.", (("KPK", "ORG"),), [("KPK", "idn-kpk"), ("tersangka", None)]),
    # an organisation named as the place it sits
    ("organisation_place", "Ia ditemui di Pengadilan Negeri Jakarta Barat, Senin.", (), [("Ia", None)]),
    ("organisation_place", "Ia dirawat di RSPAD Gatot Subroto.", (("RSPAD Gatot Subroto", "ORG"),), [("Ia", None)]),
    ("organisation_place", "Gudang di Mako Brimob Polda Jateng meledak.", (), []),  # and the organisation whose place it is
    ("organisation_place", "Gibran mendaftar di PDI Perjuangan.", (), [("Gibran", "idn-gibran-rakabuming-raka"), ("PDI Perjuangan", "idn-pdip")]),
    ("organisation_place", "Leicester bertandang ke markas Man United, Old Trafford.", (), [("Man United", "gbr-manchester-united")]),
    # a headline's Title Case names no one
    ("headline_case", "Gubernur Sumsel Serius Atasi Karhutla\nGubernur Sumsel Herman Deru meninjau lokasi.", (),
     [("Gubernur Sumsel", None), ("Gubernur Sumsel Herman Deru", "idn-herman-deru")]),
    ("headline_case", "Bupati Bogor Rudy Susmanto Tinjau Jalan\nBupati Bogor Rudy Susmanto meninjau jalan.", (),
     [("Bupati Bogor Rudy Susmanto", None), ("Bupati Bogor Rudy Susmanto", None)]),  # a name the body writes capitalised
    ("headline_case", "Bupati Bogor Rudy Susmanto meninjau jalan yang rusak di Cibinong.\nIa meminta perbaikan.", (),
     [("Bupati Bogor Rudy Susmanto", None), ("Ia", None)]),  # a first line in sentence case is a paragraph, no headline
    ("headline_case", "JAKARTA, KOMPAS.com - Kapolda Metro Jaya Irjen Fadil Imran meninjau banjir.\nIa meminta warga waspada.", (),
     [("Kapolda Metro Jaya Irjen Fadil Imran", "idn-polda-metro-jaya"), ("Ia", "idn-polda-metro-jaya"), ("warga", None)]),  # a name-dense lead with its dateline
    # a person's other name
    ("alias_name", "Polisi menangkap M Adi Pradana alias Dana di Bogor.", (("M Adi Pradana", "PER"), ("Dana", "PER")),
     [("Polisi", "idn-polri"), ("M Adi Pradana alias Dana", "new-m-adi-pradana")]),
    ("alias_name", "Warga memilih Budi Santoso atau Andi Wijaya dalam pilkada.", (("Budi Santoso", "PER"), ("Andi Wijaya", "PER")),
     [("Warga", None), ("Budi Santoso", "new-budi-santoso"), ("Andi Wijaya", "new-andi-wijaya")]),  # "atau": a choice of two people
    ("alias_name", "Umar Jaya atau Nayau ditangkap polisi.", (("Umar Jaya", "PER"), ("Nayau", "PER")),
     [("Umar Jaya atau Nayau", "new-umar-jaya"), ("polisi", "idn-polri")]),  # "atau" and one word: his short name
    ("alias_name", "Polisi menangkap M Adi Pradana alias Dana. Kemudian polisi memeriksanya.", (("M Adi Pradana", "PER"), ("Dana", "PER")),
     [("Polisi", "idn-polri"), ("M Adi Pradana alias Dana", "new-m-adi-pradana"), ("polisi", "idn-polri")]),  # never across a sentence end
    ("alias_name", "PT Hutama Marga Waskita atau PT Humawas membangun jalan.", (),
     [("PT Hutama Marga Waskita", "new-pt-hutama-marga-waskita"), ("PT Humawas", "new-pt-humawas")]),  # organisations: two mentions
    # an abbreviation of a name's words past its head
    ("abbreviation_past_head", "Polisi menyegel PT Asmin Koalindo Tuhup (AKT).", (("PT Asmin Koalindo Tuhup", "ORG"), ("AKT", "ORG")),
     [("Polisi", "idn-polri"), ("PT Asmin Koalindo Tuhup (AKT)", "new-pt-asmin-koalindo-tuhup")]),
    ("abbreviation_past_head", "Polisi memanggil PT Asmin Koalindo Tuhup (BNI).", (("PT Asmin Koalindo Tuhup", "ORG"),),
     [("Polisi", "idn-polri"), ("PT Asmin Koalindo Tuhup", "new-pt-asmin-koalindo-tuhup"), ("BNI", "idn-bni")]),
    # group spans: "lain/lainnya" close it, "sebanyak" is none of it, "ribu/juta/calon" count it
    ("group_span", "Polisi menetapkan enam tersangka lainnya.", (), [("Polisi", "idn-polri"), ("enam tersangka lainnya", None)]),
    ("group_span", "Polisi menetapkan sebanyak 14 tersangka.", (), [("Polisi", "idn-polri"), ("14 tersangka", None)]),
    ("group_span", "Sebanyak 100 ribu warga sipil mengungsi.", (), [("100 ribu warga sipil", None)]),
    ("group_span", "Tersangka ditahan.", (), [("Tersangka", None)]),  # a bare status noun stays a description
    ("group_span", "Sebanyak 25 orang pengacara dan 185 tersangka individu hadir.", (), [("25 orang pengacara", None), ("185 tersangka individu", None)]),
    ("group_span", "Polisi menangkap pelaku tindak pidana itu.", (), [("Polisi", "idn-polri"), ("pelaku tindak pidana itu", None)]),
    # phrases where a role noun names no one
    ("not_mentions", "Tidak ada korban jiwa dalam kebakaran itu.", (), []),
    ("not_mentions", "Korban tewas dibawa ke rumah sakit.", (), [("Korban tewas", None)]),
    # a brand and its model number: a product
    ("product_model", "Smartphone Realme 3 dan Realme X Tak Diproduksi Lagi", (("Realme", "ORG"),), []),
    ("product_model", "Product Manager Realme Indonesia mengatakan hal itu.", (("Realme", "ORG"),), [("Realme", "new-realme"), ("Indonesia", "idn")]),
    ("product_model", "Persikabo 1973 menang. Persikabo 2 gol lebih unggul.", (("Persikabo", "ORG"),),
     [("Persikabo", "new-persikabo"), ("Persikabo", "new-persikabo")]),  # a year in a club's name, a count of goals
    # a hospital is where someone is treated
    ("hospital", "Setnov dibawa ke RSPAD Gatot Subroto.", (("Setnov", "PER"), ("RSPAD Gatot Subroto", "ORG")), [("Setnov", "idn-setya-novanto")]),
    ("hospital", "Kini SMP Terbuka 1 Cijeruk menerima siswa.", (("SMP Terbuka 1 Cijeruk", "ORG"),),
     [("SMP Terbuka 1 Cijeruk", "new-smp-terbuka-1-cijeruk"), ("siswa", None)]),  # a school may act: no place head
    # a foreign club named by its city
    ("club_city", "Ansu Fati mencetak gol untuk Barcelona.", (("Ansu Fati", "PER"), ("Barcelona", "ORG")),
     [("Ansu Fati", "new-ansu-fati"), ("Barcelona", "esp-fc-barcelona")]),
    ("club_city", "Ia tinggal di Barcelona.", (("Barcelona", "LOC"),), [("Ia", None)]),
    # a new person next to an organisation's role phrase acts in office
    ("in_office", "Serangan itu menewaskan Abdul Rahman, emir ISIS untuk provinsi Kunar.", (("Abdul Rahman", "PER"),),
     [("Abdul Rahman", "isis"), ("emir ISIS", "isis")]),
    ("in_office", "Kuasa hukum Setnov, Maqdir Ismail mengatakan hal itu.", (("Maqdir Ismail", "PER"),),
     [("Kuasa hukum Setnov", "idn-setya-novanto"), ("Maqdir Ismail", "new-maqdir-ismail")]),  # the lawyer of a person, no office
    # an office alone carries its organisation's id (the guide: "Kapolri" -> idn-polri)
    ("office_id", "Kapolri meninjau pengamanan di Bali.", (), [("Kapolri", "idn-polri")]),
    ("office_id", "Pengacara itu menolak berkomentar.", (), [("Pengacara itu", None)]),  # a trade of no organisation
    ("office_id", "Polisi dan jaksa berwenang menegakkan hukum adat.", (), [("Polisi", "idn-polri"), ("jaksa", "idn-kejagung")]),  # the guide's generic jaksa
    ("office_id", "Jaksa KPK membacakan tuntutan.", (), [("Jaksa KPK", "idn-kpk")]),  # a prosecutor of a named office
    # a role phrase's bracketed abbreviation by its initials, and the name after it
    ("role_bracket", "Menteri Energi dan Sumber Daya Mineral (ESDM) Ignasius Jonan mengatakan itu.", (("Ignasius Jonan", "PER"),),
     [("Menteri Energi dan Sumber Daya Mineral (ESDM) Ignasius Jonan", "idn-kesdm")]),
    ("role_bracket", "Juru bicara Hizbullah (Lebanon) mengatakan itu.", (), [("Juru bicara Hizbullah", "hizbullah"), ("Lebanon", "lbn")]),  # no initials
    # country words that name a place or a kind
    ("country_kind", "Titik panas tersebar di seluruh Indonesia.", (), []),
    ("country_kind", "Seluruh warga Indonesia diminta waspada.", (), [("Seluruh warga Indonesia", "idn")]),
    # group and person role nouns of real news
    ("role_nouns", "Pengguna narkoba tidak akan dipenjara.", (), [("Pengguna narkoba", None)]),
    ("role_nouns", "Para perokok dan veteran menerima bantuan.", (), [("Para perokok", None), ("veteran", None)]),
    ("role_nouns", "Seorang pria ditangkap polisi.", (), [("Seorang pria", None), ("polisi", "idn-polri")]),
    ("role_nouns", "Pria itu ditangkap.", (), [("Pria itu", None)]),  # a description, read by coreference
    ("role_nouns", "Pengamat ekonomi James Adam menilai harga naik.", (("James Adam", "PER"),), [("Pengamat ekonomi James Adam", None)]),
    ("role_nouns", "Pendiri Kaskus Andrew Darwis dilaporkan.", (), [("Pendiri Kaskus Andrew Darwis", "idn-andrew-darwis")]),
    ("role_nouns", "Pengurus masjid itu menolak.", (), []),  # whose board, only a complement says
    ("role_nouns", "Istri Galih Ginanjar itu mengaku kaget.", (("Galih Ginanjar", "PER"),), [("Istri Galih Ginanjar itu", None)]),  # not Galih
    ("role_nouns", "Polisi mengamankan pasangan suami istri itu.", (), [("Polisi", "idn-polri"), ("pasangan suami istri itu", None)]),
    ("role_nouns", "Dana bantuan operasional sekolah (BOS) cair.", (), []),  # no "bos" role: the fund
]


@pytest.mark.parametrize("rule, text, entities, expected", TABLE, ids=[f"{row[0]}-{k}" for k, row in enumerate(TABLE)])
def test_rule(rule, text, entities, expected):
    assert mentions(text, *entities) == expected


def test_the_place_is_no_part_of_a_regional_holders_name():
    """'Bupati Sumedang Dony Ahmad Munir': his name is Dony Ahmad Munir, so a later 'di Sumedang' is no name part of him."""
    m = resolve_mentions("Bupati Sumedang Dony Ahmad Munir meresmikan mal di Sumedang.")
    assert [(x.text, x.name) for x in m] == [("Bupati Sumedang Dony Ahmad Munir", "Dony Ahmad Munir")]


def test_register_data_of_session_15():
    reg = load_register()
    assert reg.club_cities[("barcelona",)] == "esp-fc-barcelona"
    assert ("manchester",) not in reg.club_cities  # two clubs
    assert not any(a.actor_id == "idn-dpr" for a in reg.aliases(("senayan",)))  # a place in real news
