"""Session 16's second part of mention rules (docs/actors.md, "Session 16 (mentions and ids)",
second part), each with its table: a text, the NER entities the ``nlp`` step would give it
(text, label), and the mentions warta must find (text, actor id). Each rule has a row it
decides and a counter-example it must leave alone.
"""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions


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
