"""Each role-phrase rule of warta.actors.roles with its own table of examples.

A row says: in this text the role phrase ``phrase`` is read by ``rule`` as actor ``actor``
(None: an actor the register does not list) of organisation ``org``; with the rule switched
off it is not (so the row fails if the rule stops doing its work). A row with ``phrase`` None
is one where the rule must not apply: no mention of the text is read by it.
"""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions
from warta.actors.match import find_mentions
from warta.actors.roles import ROLE_RULES
from warta.actors.rules import RULE_NAMES

# (rule, text, phrase or None: the rule must not read anything in this text, actor, org)
TABLE = [
    ("role_person", "Presiden Prabowo Subianto tiba di Tokyo.", "Presiden Prabowo Subianto", "idn-prabowo-subianto", None),
    ("role_person", "Bupati Bogor Rudy Susmanto meninjau jalan.", None, None, None),  # a name the register does not know
    ("org_members", "Ratusan kader PDIP berkumpul di Jakarta.", "Ratusan kader PDIP", "idn-pdip", None),
    ("org_members", "Seorang kader PDIP ditangkap.", None, None, None),  # one person of the party
    ("org_members", "Dirut Pertamina Nicke Widyawati hadir.", None, None, None),  # the head of a company is no group of its members
    ("org_person", "Sekretaris Jenderal PBB Antonio Guterres mengecam serangan itu.", "Sekretaris Jenderal PBB Antonio Guterres", "antonio-guterres", "un"),
    ("org_person", "Juru bicara Taliban Zabihullah Mujahid mengatakan hal itu.", None, None, None),  # the name is not registered
    ("org_name", "Juru bicara Taliban Zabihullah Mujahid mengatakan hal itu.", "Juru bicara Taliban Zabihullah Mujahid", "taliban", "taliban"),
    ("org_name", "Juru bicara Kementerian Luar Negeri Roy Soemirat mengatakan hal itu.", "Juru bicara Kementerian Luar Negeri Roy Soemirat", "idn-kemlu",
     "idn-kemlu"),  # acting in office: the organisation's id
    ("org_name", "Juru bicara Hizbullah mengatakan hal itu.", None, None, None),  # no name
    ("org_name", "Menurut CEO Persija Ferry Paulus, timnya siap.", "CEO Persija Ferry Paulus", "idn-persija", "idn-persija"),  # a company's head, no members
    ("of_organisation", "Duta Besar Jepang untuk Indonesia menemui Menlu.", "Duta Besar Jepang untuk Indonesia", "jpn", "jpn"),  # acting in office
    ("of_organisation", "Ratusan kader PDIP berkumpul di Jakarta.", None, None, None),  # a group of members
    ("registered_name", "Panglima TNI Jenderal Agus Subiyanto tiba di Jayapura.", "Panglima TNI Jenderal Agus Subiyanto", "idn-agus-subiyanto", "idn-tni"),
    ("registered_name", "Kapolres setempat, AKBP Dimas Prasetyo, membenarkan penangkapan itu.", None, None, None),
    ("role_name", "Kapolda Metro Jaya Irjen Karyoto memerintahkan jajarannya bersiaga.", "Kapolda Metro Jaya Irjen Karyoto", "idn-polda-metro-jaya",
     "idn-polda-metro-jaya"),  # acting in office: the regional office's id
    ("role_name", "Pengacara James Purba mengatakan kliennya dirugikan.", "Pengacara James Purba", None, None),  # a role of no organisation
    ("role_name", "Kapolri meninjau pengamanan di Bali.", None, None, None),  # no name
    ("force_of_role", "Polisi menangkap dua pelaku.", "Polisi", "idn-polri", None),
    ("force_of_role", "Ratusan pengungsi Rohingya tiba di Aceh.", None, None, None),  # the role names no organisation
    ("group", "Ratusan pengungsi Rohingya tiba di Aceh.", "Ratusan pengungsi Rohingya", None, None),
    ("group", "Kelompok itu merekrut anggota baru.", None, None, None),  # a bare "anggota": whose, only the context says
    ("group", "Ratusan warga perempuan berunjuk rasa.", "Ratusan warga perempuan", None, None),  # a modifier of the real-news train spans
    ("office_holder", "Kapolri meninjau pengamanan di Bali.", "Kapolri", "idn-polri", "idn-polri"),  # the guide: "Kapolri" -> idn-polri
    ("office_holder", "Ratusan polisi berjaga di Monas.", None, None, None),  # counted: a group
    ("office_holder", "Pelatih itu menyebut pemain harus lebih disiplin.", None, None, None),  # trades that are no office (roles.json office: false)
]


def _read(text: str, without=()) -> dict[str, tuple]:
    return {m.text: (m.role_rule, m.actor_id, m.org_id) for m in find_mentions(text, without=without)}


@pytest.mark.parametrize("rule, text, phrase, actor, org", TABLE, ids=[f"{row[0]}-{'applies' if row[2] else 'not'}" for row in TABLE])
def test_rule(rule, text, phrase, actor, org):
    got = _read(text)
    if phrase is None:  # the rule must not apply here
        assert all(by != rule for by, _, _ in got.values()), got
        return
    assert got[phrase] == (rule, actor, org), got
    assert _read(text, without={rule}).get(phrase) != got[phrase]  # the rule, and no other, does it


def test_every_role_rule_has_its_table():
    """Each rule has an example it reads and one where it must not apply; names are unique
    among all rules, and `--without` (RULE_NAMES) accepts each."""
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    for name in (rule.name for rule in ROLE_RULES):
        assert name in RULE_NAMES
        rows = [row for row in TABLE if row[0] == name]
        assert any(row[2] for row in rows) and any(row[2] is None for row in rows), name


def test_every_role_rule_has_a_docstring_with_an_example():
    for rule in ROLE_RULES:
        assert rule.__doc__ and '"' in rule.__doc__, rule.name


def test_a_role_rule_switched_off_reaches_coreference():
    """`without` passes from resolve_mentions (the actors step) to the role rules: with
    office_holder off a bare "Kapolri" is no mention."""
    text = "Kapolri Jenderal Listyo Sigit Prabowo tiba di Bali. Kapolri meninjau pengamanan."
    on = [(m.text, m.actor_id) for m in resolve_mentions(text)]
    assert [t for t, _ in on] == ["Kapolri Jenderal Listyo Sigit Prabowo", "Kapolri"], on
    off = [(m.text, m.actor_id) for m in resolve_mentions(text, without={"office_holder"})]
    assert off == on[:-1], off


# role nouns of everyday news (roles.json, session 10): (text, the mention, its role)
EVERYDAY_ROLES = [
    ("Postingan itu ramai dibagikan netizen.", "netizen", "warganet"),
    ("Jumlah penumpang MRT pada Senin mencapai 86.000 orang.", "penumpang MRT", "penumpang"),
    ("Sebagian besar pengunjung sedang berada di sekitar tenda.", "pengunjung", "pengunjung"),
    ("Ia menerima karangan bunga dari para penggemar.", "para penggemar", "penggemar"),
    ("Tetangga yang mendengar keributan menuju rumah itu.", "Tetangga", "tetangga"),
    ("Paris Saint-Germain mendatangkan gelandang Jerman Julian Draxler.", "gelandang Jerman Julian Draxler", "pemain"),
    ("Hasil itu sama dengan dua pemain lain.", "dua pemain lain", "pemain"),
    ("Muncul foto Pak Jokowi sedang dicukur.", "Pak Jokowi", "Pak"),  # a form of address and a name: one mention
    ("Kiriman bunga untuk ibu Chandra Ariati Dewi tiba.", "ibu Chandra Ariati Dewi", "Pak"),
]


@pytest.mark.parametrize("text, phrase, role", EVERYDAY_ROLES)
def test_everyday_role_nouns(text, phrase, role):
    got = {m.text: m.role for m in find_mentions(text)}
    assert got.get(phrase) == role, got


def test_a_form_of_address_alone_names_no_one():
    assert find_mentions("Ibu itu menangis di depan rumah.") == []


@pytest.mark.parametrize("text, phrase, actor", [
    ("Juru bicara Hamas Hazem Qassem mengecam serangan itu.", "Juru bicara Hamas Hazem Qassem", "hamas"),  # not Naim Qassem of Hizbullah
    ("Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir.", "Gubernur Jawa Tengah Ahmad Luthfi", "idn-ahmad-luthfi"),  # a place, then the name
    ("Kepala BNPT Komjen Pol Eddy Hartono hadir.", "Kepala BNPT Komjen Pol Eddy Hartono", "idn-eddy-hartono"),  # ranks, then the name
])  # fmt: skip
def test_a_registered_surname_inside_an_unknown_name_is_not_that_person(text, phrase, actor):
    assert {m.text: m.actor_id for m in find_mentions(text)}.get(phrase) == actor
