"""Session 21 (issue #15, canonical ids): an office-holder named with his regional office
carries that office's id, as the office named alone does. Each row: a case it decides, or one
it must leave."""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions

# (text, [(mention text, actor_id, org_id)]) for the mentions that are checked (in order)
OFFICE_HOLDERS = [
    # a police, military or prosecutor's head with his office's place: the office by pattern (roles.json acts_for_office)
    ("Kajari Subulussalam Mhd Alinafiah mengatakan kasus itu ditangani.",
     [("Kajari Subulussalam Mhd Alinafiah", "idn-kejari-subulussalam", "idn-kejagung")]),  # was idn-kejagung
    # "Metro" is a word of the office's form ("Polres Metro {}"), not the place (Kota Metro, Lampung): the review of session 21
    ("Kapolres Metro Jakarta Selatan Kombes Bastoni Purnama mengatakan pihaknya menyelidiki.",
     [("Kapolres Metro Jakarta Selatan Kombes Bastoni", "idn-polres-jakarta-selatan", "idn-polda-metro-jaya"),
      ("pihaknya", "idn-polres-jakarta-selatan", None)]),
    ("Kapolres Bogor AKBP Andi Moch Dicky mengatakan pihaknya menyelidiki.",
     [("Kapolres Bogor AKBP Andi Moch Dicky", "idn-polres-bogor", "idn-polda-jabar"), ("pihaknya", "idn-polres-bogor", None)]),  # was no id
    ("Kepala Kejari Bogor mengatakan itu.", [("Kepala Kejari Bogor", "idn-kejari-bogor", "idn-kejagung")]),
    ("Kajati Jawa Barat Asep Mulyana hadir.", [("Kajati Jawa Barat Asep Mulyana", "idn-kejati-jawa-barat", "idn-kejagung")]),
    ("Kapolsek Pondok Aren Kompol Hendra Wijaya menjelaskan.", [("Kapolsek Pondok Aren Kompol Hendra Wijaya", "idn-polsek-pondok-aren", None)]),
    # its own short form in brackets between the title and the place
    ("Kepala Kejaksaan Negeri (Kajari) Subulussalam, Mhd Alinafiah, mengatakan.",
     [("Kepala Kejaksaan Negeri (Kajari) Subulussalam", "idn-kejari-subulussalam", "idn-kejagung")]),
    ("Kepala Kepolisian Resor (Kapolres) Bogor AKBP Andi mengatakan.",
     [("Kepala Kepolisian Resor (Kapolres) Bogor AKBP Andi", "idn-polres-bogor", "idn-polda-jabar")]),
    # a role before an office by pattern with a registered parent: the office, of that parent
    ("Kasat Reskrim Polres Lhokseumawe AKP Ahmad Fauzi mengatakan.",
     [("Kasat Reskrim Polres Lhokseumawe AKP Ahmad Fauzi", "idn-polres-lhokseumawe", "idn-polda-aceh")]),  # was idn-polda-aceh
    # a registered office keeps its id; no place: the role's own organisation, as before
    ("Kapolda Metro Jaya Irjen Karyoto mengatakan.", [("Kapolda Metro Jaya Irjen Karyoto", "idn-polda-metro-jaya", "idn-polda-metro-jaya")]),
    ("Kajari Mhd Alinafiah mengatakan.", [("Kajari Mhd Alinafiah", "idn-kejagung", "idn-kejagung")]),
    # a regional head is no office's voice: a person, as the gold codes him (no acts_for_office)
    ("Bupati Sumedang Dony Ahmad Munir mengatakan.", [("Bupati Sumedang Dony Ahmad Munir", None, None)]),
    # an office with no registered parent gives its people no id, as before
    ("Kepala Dinas Kesehatan Kota Batam Didi Kusmajadi mengatakan itu.", [("Kepala Dinas Kesehatan Kota Batam Didi Kusmajadi", None, None)]),
    # Aceh's religious courts by pattern (regional_patterns.json mahkamah-syariyah)
    ("Berkas dilimpahkan ke Mahkamah Syariah Subulussalam.", [("Mahkamah Syariah Subulussalam", "idn-ms-subulussalam", "idn-ma")]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_HOLDERS)
def test_office_holders(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = [(m.text, m.actor_id, m.org_id) for m in resolve_mentions(text)]
    assert [f for f in found if f[0] in {e[0] for e in expected}] == expected


# an adviser of an office holder acts for the holder's organisation (roles.json "Staf Ahli", of_office)
ADVISERS = [
    ("Staf Ahli Menteri Komunikasi dan Informasi Gun Gun Siswadi hadir.",
     [("Staf Ahli Menteri Komunikasi dan Informasi Gun Gun Siswadi", "idn-komdigi")]),  # was cut at "Komunikasi", no id
    ("Staf Khusus Menteri Keuangan Yustinus Prastowo hadir.", [("Staf Khusus Menteri Keuangan Yustinus Prastowo", "idn-kemenkeu")]),
    # a registered person after the office is that person
    ("Staf Ahli Menteri Keuangan Suahasil Nazara hadir.", [("Staf Ahli Menteri Keuangan Suahasil Nazara", "idn-suahasil-nazara")]),
    # the ministry's old name is the minister's office too
    ("Menteri Komunikasi dan Informasi Rudiantara hadir.", [("Menteri Komunikasi dan Informasi Rudiantara", "idn-komdigi")]),
    # a bare "staf" still names no one; "staf" of an organisation is its staff
    ("Delapan staf PBB tewas.", [("Delapan staf PBB", "un")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVISERS)
def test_advisers(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(m.text, m.actor_id) for m in resolve_mentions(text)]
    assert [f for f in found if f[0] in {e[0] for e in expected}] == expected


# an officer named by police rank and name only: the one police office the article names, else Polri (stage step rank_force)
RANKED = [
    ("Kombes Pol Suyudi AS mengatakan massa dibubarkan.", "Kombes Pol Suyudi AS", "idn-polri"),  # was no id
    ("Polda Sumbar menangkap pelaku. AKBP M Yasli mengatakan itu.", "AKBP M Yasli", "idn-polda-sumbar"),
    ("Polres Bogor dan Polda Jabar menangkap pelaku. AKBP M Yasli mengatakan itu.", "AKBP M Yasli", "idn-polri"),  # two offices: which is unknown
    ("Letkol Inf Asep mengatakan itu.", "Letkol Inf Asep", None),  # a military rank: no rank_org, left
    # his name again, with no rank: the same office
    ("Kombes Pol Suyudi Ario Seto mengatakan massa dibubarkan. Suyudi menambahkan, polisi berjaga.", "Suyudi", "idn-polri"),
]


@pytest.mark.parametrize(("text", "span", "expected"), RANKED)
def test_rank_force(text: str, span: str, expected: str | None) -> None:
    from warta.evaluate.events import through_actors

    doc = through_actors([{"id": "d", "text": text, "published": "2019-09-20"}])[0]
    assert [m.actor_id for m in doc.annotations.mentions if m.text == span] == [expected]
