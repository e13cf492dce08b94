"""Session 17's coreference finding steps and data (issue 15, real news), each with its own
table: a text where it does its work (and with it switched off the mention is read otherwise)
and one where it must not. Session 17's rules have their rows in tests/test_coref_rules.py."""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions


def _resolved(text: str, without=()) -> dict[str, tuple]:
    ms = resolve_mentions(text, without=without)
    return {m.text: (m.coref_rule, m.actor_id, None if m.antecedent is None else ms[m.antecedent].text) for m in ms}


# the finding step "quantifier_head": (text, the description it finds, its antecedent or None: no such description)
QUANTIFIER_HEADS = [
    ("Real Madrid menang lagi. Navas mempersembahkan trofi untuk tim berjuluk Los Blancos tersebut.", "tim berjuluk Los Blancos tersebut", "Real Madrid"),
    ("Real Madrid menang lagi. Banjir merusak sejumlah rumah tersebut.", "sejumlah rumah tersebut", None),  # a counting word that is no head
]


@pytest.mark.parametrize("text, description, antecedent", QUANTIFIER_HEADS)
def test_a_counting_word_is_a_head_when_no_head_follows(text, description, antecedent):
    got = _resolved(text)
    if antecedent is None:
        assert description not in got, got
        return
    assert got[description][2] == antecedent, got
    assert description not in _resolved(text, without={"quantifier_head"})


def test_a_kin_description_is_no_first_person_pronoun():
    """definite_person: "sang mantan" is a kin of someone, never the "Saya" of a headline or a
    quotation (session 17, real train rn-random-102)."""
    text = "Anies Baswedan: Saya Tidak Peduli Joko Widodo. Saya kini hidup bahagia bersama anak-anak. Saya terganggu karena sang mantan, terjerat kasus."
    rule, _, antecedent = _resolved(text)["sang mantan"]
    assert rule == "definite_person" and antecedent == "Joko Widodo"


# the description step reads across a title's quotes: (text, the description, its antecedent or None: no description)
TITLE_QUOTES = [
    ("Anies Baswedan datang ke lokasi syuting. Lebih lanjut, pemain film ‘Laskar Pelangi’ tersebut mengatakan syuting selesai.", "pemain film ‘Laskar Pelangi’ tersebut", "Anies Baswedan"),
    ('Anies Baswedan datang ke lokasi syuting. "Saya suka pemain film," kata Anies. Pemain itu tersenyum.', "pemain film,\" kata Anies. Pemain itu", None),  # a quotation's end is no title
]


@pytest.mark.parametrize("text, description, antecedent", TITLE_QUOTES)
def test_a_description_reads_across_a_titles_quotes(text, description, antecedent):
    got = _resolved(text)
    if antecedent is None:
        assert description not in got, got
        return
    assert got[description][2] == antecedent, got


# the finding step "sang_demonstrative": (text, the mention "sang" starts)
SANG_DEMONSTRATIVES = [
    ("Presiden Joko Widodo hadir. Media mengungkapkan sang pewaris tahta Kerajaan Inggris itu sempat datang.", "sang pewaris tahta Kerajaan Inggris itu"),
    ("Presiden Joko Widodo hadir. Sang istri menemui Anies Baswedan di rumah itu.", "Sang istri"),  # a verb ends it: "itu" is the house's
]


@pytest.mark.parametrize("text, mention", SANG_DEMONSTRATIVES)
def test_sang_reaches_its_demonstrative(text, mention):
    got = _resolved(text)
    assert mention in got, got
    if mention.endswith("itu"):
        assert mention not in _resolved(text, without={"sang_demonstrative"})


def test_perusahaannya_stands_for_an_organisation_no_head_typed():
    """anaphora.json: "perusahaannya" may stand for an organisation NER found that no head word
    types (a generic_group), as "Kata.ai" (session 17, real train rn-random-003)."""
    text = "Telkomsel bermitra dengan banyak startup. Kini Kata.ai terus fokus untuk mencapai tujuan perusahaannya."
    start = text.index("Kata.ai")
    ms = resolve_mentions(text, entities=[(start, start + len("Kata.ai"), "ORG")])
    got = {m.text: m for m in ms}
    assert got["Kata.ai"].type == "generic_group"
    assert ms[got["perusahaannya"].antecedent].text == "Kata.ai"


# anaphora.json pronouns and word_again: a bare regional office word is the office named before
# (text, the bare word, its antecedent or None: no mention of that word)
OFFICE_AGAIN = [
    ("Korban melapor ke Polsek Pondok Aren. Satpam gereja lalu melaporkan ke Polsek. Polisi datang.", "Polsek", "Polsek Pondok Aren"),
    ("Ledakan terdengar dari Mako Brimob Polda Jawa Tengah pada pagi hari.", "Polda", None),  # a name's first word
    ("Keduanya ditetapkan penyidik kepolisian sektor (Polsek) Simpang Kiri sebagai tersangka.", "Polsek", None),  # in brackets, a name follows
]


@pytest.mark.parametrize("text, word, antecedent", OFFICE_AGAIN)
def test_a_bare_office_word_is_the_office_named_before(text, word, antecedent):
    got = _resolved(text)
    if antecedent is None:
        assert word not in got, got
        return
    assert got[word][0] == "word_again" and got[word][2] == antecedent, got


def test_a_kin_description_looks_six_sentences_back():
    """definite_person: "sang rekan" is the other person named in its sentence or the five
    before (session 17; two before until then: real train rn-random-255)."""
    text = ("Joko Widodo dan Anies Baswedan mendirikan sebuah yayasan. Yayasan itu sukses besar. Banyak relawan bergabung. "
            "Kantor baru dibuka di Solo. Joko Widodo akhirnya pensiun, tapi semangatnya diteruskan oleh sang rekan.")
    rule, actor, _ = _resolved(text)["sang rekan"]
    assert rule == "definite_person" and actor == "idn-anies-baswedan"


# kin_again: a "-nya" noun of the same group role as one named before (roles.json), but not
# the other side of a pair (anaphora.json pair_roles): (text, the "-nya" word, its antecedent or None)
KIN_SAME_ROLE = [
    ("Siswa SMP TB 911 belajar di garasi. Cucu terus membantu murid-muridnya.", "murid-muridnya", "Siswa SMP TB"),  # murid, siswa: "pelajar"
    ("Suami korban bercerita kepada polisi. Pagi itu istrinya baru pulang.", "istrinya", None),  # istri, suami: the two sides of a pair
]


@pytest.mark.parametrize("text, word, antecedent", KIN_SAME_ROLE)
def test_a_kin_word_of_the_same_group_role(text, word, antecedent):
    rule, _, found = _resolved(text)[word]
    assert found == antecedent and (rule == "kin_again") == (antecedent is not None)


def test_a_sentence_bound_is_a_bound_in_characters_too():
    """Doc.since, the reach of every rule bounded by sentences, never reaches more than
    link.LOOK_BACK characters back: a sentence may be of any length, so a bound in sentences
    alone does not keep the work per mention constant (issue 16)."""
    from warta.actors.anaphora import load_anaphora
    from warta.actors.link import LOOK_BACK
    from warta.actors.match import Mention
    from warta.actors.register import load_register
    from warta.actors.rules import Doc

    text = "warga " * 5000 + "ia"
    m = Mention(len(text) - 2, len(text), "ia", None, None, None, None, None, rule="anaphor")
    doc = Doc(text, load_register(), load_anaphora(), [m], [0], {})
    assert doc.since(0, 0) == len(text) - 2 - LOOK_BACK
    assert Doc("Ia datang. " + "ia", doc.reg, doc.ana, [Mention(11, 13, "ia", None, None, None, None, None)], [0, 11], {}).since(0, 1) == 0


def test_a_collective_number_refers_back_to_the_group_counted():
    """anaphora.json definite_plural: "kesepuluh terdakwa" (the ten defendants) is the group
    counted before, as "kedua", "ketiga", "keempat" were (session 17: up to "kesepuluh")."""
    text = "Sepuluh terdakwa kerusuhan divonis empat bulan penjara. Kesepuluh terdakwa yakni Hartono dan Arifin."
    rule, _, antecedent = _resolved(text)["Kesepuluh terdakwa"]
    assert rule == "salient_group" and antecedent == "Sepuluh terdakwa"


# the step "speaker_side": (text, a pronoun of the official, the actor it gets, or None: it keeps its own)
SPEAKER_SIDES = [
    ('Kepala Seksi Operasi Ahmad Yani memimpin razia Polda Metro Jaya di Jakarta. Ia mengatakan razia berjalan lancar. '
     '"Kami telah menindak 300 kendaraan," kata dia.', "Ia", "idn-polda-metro-jaya"),
    ('Kepala Seksi Operasi Ahmad Yani memimpin razia Polda Metro Jaya di Jakarta. Ia mengatakan razia berjalan lancar.', "Ia", None),  # no "kami"
    ('Menteri Perhubungan Budi Karya Sumadi meninjau Polda Metro Jaya. Ia mengatakan razia berjalan lancar. '
     '"Kami telah menindak 300 kendaraan," kata dia.', "Ia", "idn-kemenhub"),  # a registered office holder's own side, not this step's
]


@pytest.mark.parametrize("text, pronoun, actor", SPEAKER_SIDES)
def test_an_unregistered_officials_pronouns_stand_for_his_side(text, pronoun, actor):
    got = {m.text: m.actor_id for m in resolve_mentions(text)}
    off = {m.text: m.actor_id for m in resolve_mentions(text, without={"speaker_side"})}
    if actor is None or actor == off[pronoun]:
        assert got[pronoun] == off[pronoun], got
        return
    assert got[pronoun] == actor and off[pronoun] != actor, (got, off)
