"""Each coreference rule of warta.actors.rules with its own table of examples.

A row says: in this text the mention ``anaphor`` is resolved by ``rule`` to the mention
``antecedent`` (or to actor ``actor``); with the rule switched off it is not (so the row
fails if the rule stops doing its work). A row with ``antecedent`` None is one where the rule
must not apply: no mention of the text is resolved by it.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import resolved

from warta.actors.coref import resolve_mentions
from warta.actors.rules import RULE_NAMES, RULES
from warta.evaluate.actors import evaluate

# (rule, text, anaphor, antecedent or None: the rule must not resolve anything in this text)
TABLE = [
    ("bracket_name", "Joko Widodo tidak mengundang Anies Baswedan. Ia tidak ingin dia (Anies Baswedan) hadir.", "dia", "Anies Baswedan"),
    ("bracket_name", "Joko Widodo tidak mengundang Anies Baswedan (48). Ia tidak ingin dia hadir.", "dia", None),  # no name in brackets after it
    ("quoted_speaker", 'Menteri Luar Negeri Sugiono menjenguk Anwar Ibrahim. Dia mengatakan, "Saya berharap ia segera sembuh."', "Saya", "Dia"),  # a pronoun speaks
    ("own_side", 'Polda Metro Jaya menangkap lima tersangka. "Kami masih memburu dua lagi," kata Ade.', "Kami", "Polda Metro Jaya"),
    ("own_side", 'Polda Metro Jaya menangkap lima tersangka. Ade mengatakan pihaknya masih memburu dua lagi. KPK juga memeriksa saksi. '
                 '"Kami akan menangkap mereka," kata Ade.', "Kami", "pihaknya"),  # what "pihaknya" stood for, not the nearer KPK
    ("own_side", '"Kami sudah memeriksa tiga saksi," kata Juru bicara KPK Budi Prasetyo di Jakarta.', "Kami", None),  # the speaker's organisation: quoted_speaker
    ("quoted_speaker", '"Kami sudah memeriksa tiga saksi," kata Juru bicara KPK Budi Prasetyo di Jakarta.', "Kami", "actor:idn-kpk"),
    ("quoted_speaker", 'KPK menahan dua tersangka. "Kami sudah memeriksa tiga saksi," kata Juru bicara KPK Budi Prasetyo.', "Kami", "KPK"),  # its own mention
    ("quoted_speaker", '"Kalau ada keterlibatan perusahaan, kita pidanakan juga," kata Wakil Ketua KPK Basaria Panjaitan.', "kita", "actor:idn-kpk"),
    ("quoted_speaker", 'Gubernur Jawa Barat Dedi Mulyadi mengatakan, "Saya akan memanggil para bupati."', "Saya", "Gubernur Jawa Barat Dedi Mulyadi"),
    ("quoted_speaker", "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang. Saya kira pertemuan itu penting.", "Saya", None),  # no quotation
    ("tagged_speaker", 'Menteri Luar Negeri Sugiono mengatakan Anwar Ibrahim akan hadir. "Pertemuan dengan Anwar Ibrahim penting," kata dia.', "dia", "Menteri Luar Negeri Sugiono"),
    ("tagged_speaker", "Menteri Luar Negeri Sugiono bertemu Anwar Ibrahim. Kata dia, pertemuan itu penting.", "dia", None),  # no quotation
    ("third_person", 'Presiden Joko Widodo berpidato. "Anies Baswedan memberi tahu saya ketika ia datang ke Istana," kata Joko Widodo.', "ia", "Anies Baswedan"),  # session 16
    ("third_person", '"Saya mendapat kabar dari dokter," kata Anies Baswedan. Dia mengaku belum menjenguk.', "Dia", None),  # after the quotation: its "saya"
    ("sentence_subject", "Ribuan buruh berunjuk rasa di depan kantor Kementerian Ketenagakerjaan. Mereka menuntut kenaikan upah.", "Mereka", "Ribuan buruh"),
    ("sentence_subject", "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Jepang. Ia membahas kerja sama maritim.", "Ia", "Menteri Luar Negeri Sugiono"),
    ("sentence_subject", "Prabowo Subianto bertemu Anwar Ibrahim. Anwar Ibrahim mengatakan negaranya siap membantu.", "negaranya", None),  # no subject pronoun
    ("definite_person", "Menteri Luar Negeri Sugiono bertemu Anwar Ibrahim. Sang menteri membahas kerja sama maritim.", "Sang menteri", "Menteri Luar Negeri Sugiono"),
    ("definite_person", "Presiden Joko Widodo menghadiri pesta Anies Baswedan. Jokowi tidak ingin sang istri terlambat.", "sang istri", "Anies Baswedan"),  # kin: not the one the sentence is about
    ("definite_person", "Sang Ibu Hangus Terbakar di Rumahnya", "Sang Ibu", None),  # a headline's title, no one before
    ("salient", "Beijing membantah dan menuding Filipina melanggar wilayah pihaknya.", "pihaknya", "Beijing"),
    ("salient", "Ribuan buruh berunjuk rasa di depan kantor Kementerian Ketenagakerjaan. Mereka menuntut kenaikan upah.", "Mereka", None),
    ("nearest", "BPBD DKI Jakarta menaikkan pajak. Gubernur mengatakan pemprov membutuhkan dana.", "pemprov", "BPBD DKI Jakarta"),  # "Pemprov DKI" before: word_again
    ("nearest", "Polisi Israel menembak warga Palestina. Pemerintah mengecam serangan itu.", "Pemerintah", None),  # a bare noun: salience
    ("word_again", "Pemprov DKI Jakarta menetapkan status siaga. BNPB mengirim helikopter. Upaya telah dilakukan pemprov.", "pemprov", "Pemprov DKI Jakarta"),
    ("word_again", "BNPB mengirim helikopter. Upaya telah dilakukan pemprov.", "pemprov", None),  # no Pemprov named before
    ("word_again", "Korban melapor ke Polsek Pondok Aren. Polda Metro Jaya ikut menyelidiki. Satpam gereja lalu melaporkan ke Polsek.",
     "Polsek", "Polsek Pondok Aren"),  # session 22 (real train): not the nearer Polda
    ("word_again", "Ledakan terdengar dari Mako Brimob Polda Jawa Tengah pada Sabtu.", "Polda", None),  # the start of a name, no bare noun
    ("plural_again", "Chika dan Roger menikah di Bali. Sebelumnya mereka amat tertutup. Foto keduanya mengejutkan publik.", "keduanya", "mereka"),
    ("plural_again", "Ribuan buruh berunjuk rasa di Monas. Mereka menuntut kenaikan upah. Keduanya berbeda.", "Keduanya", None),  # "Mereka" has its group
    ("kin_again", "Ratusan siswa SMP 911 belajar di sebuah garasi. Cucu terus berjuang membantu siswanya.", "siswanya", "Ratusan siswa SMP"),  # session 16
    ("kin_again", "Ratusan siswa SMP 911 belajar di sebuah garasi. Ia menjemput istrinya di pasar.", "istrinya", None),  # no wife named before
    ("bare_default", "Pemerintah akan menaikkan harga BBM bulan depan.", "Pemerintah", "actor:idn"),
    ("bare_default", "Polisi Israel menembak warga Palestina. Pemerintah mengecam serangan itu.", "Pemerintah", None),  # a foreign story
    ("salient_group", "Ribuan buruh berkumpul di Monas. Para demonstran tersebut membawa spanduk.", "Para demonstran tersebut", "Ribuan buruh"),
    ("salient_group", "Sepuluh terdakwa divonis empat bulan penjara. Karena para terdakwa sudah ditahan, maka seluruh terdakwa bebas pekan depan.",
     "seluruh terdakwa", "para terdakwa"),  # the group with its role, three sentences
    ("salient_group", "Seluruh sandera dibebaskan Hamas di Gaza.", "Seluruh sandera", None),  # "seluruh": only the same role
    ("bare_group_again", "Ratusan warga Desa Sukamaju menolak tambang. Polisi meminta warga tenang.", "warga", "Ratusan warga Desa Sukamaju"),
    ("bare_group_again", "Ratusan pengungsi tiba di Aceh. Warga menyambut mereka.", "Warga", None),
    ("singular_back", "Seorang jurnalis Tempo dan tiga aktivis dianiaya di Surabaya. Korban dibawa ke rumah sakit.", "Korban", "Seorang jurnalis Tempo"),
    ("singular_back", "Tiga aktivis dianiaya di Surabaya. Korban dibawa ke rumah sakit.", "Korban", None),  # no one introduced by "seorang"
]




@pytest.mark.parametrize("rule, text, anaphor, antecedent", TABLE, ids=[f"{row[0]}-{'applies' if row[3] else 'not'}" for row in TABLE])
def test_rule(rule, text, anaphor, antecedent):
    got = resolved(text)
    if antecedent is None:  # the rule must not apply here
        assert all(by != rule for by, _, _ in got.values()), got
        return
    by, actor, ant = got[anaphor]
    assert by == rule, got
    assert actor == antecedent[6:] if antecedent.startswith("actor:") else ant == antecedent, got
    assert resolved(text, without={rule})[anaphor] != got[anaphor]  # the rule, and no other, does it


def test_every_rule_has_its_table():
    """Each rule has an example it resolves and one where it must not apply; names are unique."""
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    for name in (rule.name for rule in RULES):
        rows = [row for row in TABLE if row[0] == name]
        assert any(row[3] for row in rows) and any(row[3] is None for row in rows), name


def test_every_rule_has_a_docstring_with_an_example():
    for rule in RULES:
        assert rule.__doc__ and '"' in rule.__doc__, rule.name


def test_eval_actors_without_a_rule(tmp_path):
    """`warta eval actors FILE --without RULE` (repeatable) scores with the rule off; an unknown rule is refused."""
    from conftest import run_warta

    text = "Beijing membantah dan menuding Filipina melanggar wilayah pihaknya."
    gold = {"doc_id": "x", "text": text, "mentions": [
        {"start": 0, "end": 7, "text": "Beijing", "actor_id": "chn", "antecedent": None},
        {"start": 31, "end": 39, "text": "Filipina", "actor_id": "phl", "antecedent": None},
        {"start": 58, "end": 66, "text": "pihaknya", "actor_id": "chn", "antecedent": 0}]}  # fmt: skip
    assert text[58:66] == "pihaknya" and text[31:39] == "Filipina"
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", "utf-8")
    assert evaluate(path).coref_correct == 1
    assert evaluate(path, without={"salient", "chooser"}).coref_correct == 0  # the nearest country is Filipina (the chooser would take Beijing)
    out = run_warta("eval", "actors", str(path), "--without", "salient", "--without", "no_such_rule")  # refused before the model loads
    assert out.returncode == 2 and "no such rule: no_such_rule;" in out.stderr.decode() and "salient" in out.stderr.decode(), out.stderr.decode()


# pronouns of session 15 (anaphora.json pronouns, first_person): (text, pronoun, the actor it stands for)
PRONOUNS = [
    ("Presiden Joko Widodo menegaskan dirinya tidak akan mundur.", "dirinya", "idn-joko-widodo"),
    ("Presiden Joko Widodo bertemu wartawan. \"Gue nggak takut,\" ujar Joko Widodo.", "Gue", "idn-joko-widodo"),
    ("PT Pertamina (Persero) mencatat laba besar. Perseroan menunjuk direksi baru.", "Perseroan", "idn-pertamina"),  # a bare noun
    ("Ratusan petugas dikerahkan ke Monas. Kapolri Listyo Sigit Prabowo memuji anak buahnya.", "anak buahnya", "idn-polri"),  # his force
]


@pytest.mark.parametrize("text, pronoun, actor", PRONOUNS)
def test_pronouns(text, pronoun, actor):
    got = {m.text: m.actor_id for m in resolve_mentions(text)}
    assert got.get(pronoun) == actor, got


# the finding step "sang_noun": (text, the mention "sang"/"si" and a noun make, or None: none)
SANG_NOUNS = [
    ("Presiden Joko Widodo menghadiri pesta Anies Baswedan. Jokowi tidak ingin sang kekasih terlambat.", "sang kekasih"),
    ("Tom tidak ingin sang mantan kekasih hadir.", "sang mantan kekasih"),  # "istri" is a role noun since session 15: found without this step
    ("Sang Putra Menikah di Florida", None),  # a capitalised noun: a headline's title
    ("Budi Santoso pulang. Api si jago merah melalap rumah itu.", None),  # fire (anaphora.json definite_singular.not_persons)
    ("Sang saka merah putih dikibarkan di Istana.", None),  # the flag
]


@pytest.mark.parametrize("text, mention", SANG_NOUNS)
def test_sang_and_a_noun_is_a_mention(text, mention):
    got = {m.text for m in resolve_mentions(text)}
    assert not any(t.lower().startswith("sang") and t != mention for t in got), got
    if mention is not None:
        assert mention in got and mention not in {m.text for m in resolve_mentions(text, without={"sang_noun"})}, got


def test_a_person_first_met_in_a_description_is_there_for_later_pronouns():
    """The step "new_person": "si admin" with no one before it is a person whom "Ia" stands for."""
    text = "Polisi menggerebek sebuah hotel di Jakarta. Di sana polisi menemui si admin. Ia mengenakan topeng."
    ms = resolve_mentions(text)
    ia = next(m for m in ms if m.text == "Ia")
    assert ia.antecedent is not None and ms[ia.antecedent].text == "si admin", [(m.text, m.antecedent) for m in ms]
    assert next(m for m in resolve_mentions(text, without={"new_person"}) if m.text == "Ia").antecedent is None


# the finding step "abbreviation": (text, the mention it makes and its actor, or None: no bracket joins the name)
ABBREVIATIONS = [
    ("Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka.", ("Komisi Pemberantasan Korupsi (KPK)", "idn-kpk")),  # an alias in brackets
    ("Badan Pusat Statistik (BPS) merilis data inflasi.", ("Badan Pusat Statistik (BPS)", "idn-bps")),
    ("Aliansi Mahasiswa Papua (AMP) menggelar aksi di Jakarta.", ("Aliansi Mahasiswa Papua (AMP)", "new-aliansi-mahasiswa-papua")),  # initials
    ("Aliansi Mahasiswa Papua (24 orang) menggelar aksi di Jakarta.", None),  # a count, no abbreviation
    ("Aliansi Mahasiswa Papua (KPK) menggelar aksi di Jakarta.", None),  # another actor's abbreviation
]


@pytest.mark.parametrize("text, joined", ABBREVIATIONS)
def test_a_name_and_its_abbreviation_are_one_mention(text, joined):
    name = text[: text.index(" (")]
    entities = [(0, len(name), "ORG")]  # as NER tags an unknown organisation's name
    got = {m.text: m.actor_id for m in resolve_mentions(text, entities=entities)}
    if joined is None:
        assert name in got and not any(t.startswith(name + " (") for t in got), got
        return
    assert got.get(joined[0]) == joined[1] and not any(t.startswith(name) and t != joined[0] for t in got), got
    off = {m.text: m.actor_id for m in resolve_mentions(text, entities=entities, without={"abbreviation"})}
    assert joined[0] not in off and name in off, off  # the name alone


# description heads of everyday news (anaphora.json heads, session 10): (text, description, the actor it names)
DESCRIPTION_HEADS = [
    ("Joko Widodo menghadiri konser di Solo. Ayah tiga anak ini tiba pukul 19.00.", "Ayah tiga anak ini", "idn-joko-widodo"),
    ("Anies Baswedan menonton laga itu. Pria berkacamata ini datang bersama keluarganya.", "Pria berkacamata ini", "idn-anies-baswedan"),
    ("Erick Thohir menyaksikan latihan. Pentolan PSSI itu memuji para pemain.", "Pentolan PSSI itu", "idn-erick-thohir"),
    ("Joko Widodo menonton laga itu. Sosok berkemeja putih itu datang bersama keluarganya.", "Sosok berkemeja putih itu", "idn-joko-widodo"),  # session 15
    ("Anies Baswedan menghadiri acara itu. Suami Fery Farhati itu datang terlambat.", "Suami Fery Farhati itu", "idn-anies-baswedan"),
    ("Erick Thohir menonton laga itu. Pensiunan pengusaha media itu datang bersama keluarganya.", "Pensiunan pengusaha media itu", "idn-erick-thohir"),
    ("Polisi menangkap Setya Novanto di Jakarta. Pelaku ini ternyata sudah lama diburu.", "Pelaku ini", "idn-setya-novanto"),  # "pelaku" may be one person
]


def test_yang_bersangkutan_is_no_speaker():
    """ "yang bersangkutan" (anaphora.json not_speakers) is the one spoken of, not who speaks."""
    got = {m.text: m.actor_id for m in resolve_mentions("Menteri Luar Negeri Sugiono mengatakan Anwar Ibrahim tidak hadir. Yang bersangkutan sedang sakit.")}
    assert got["Yang bersangkutan"] == "mys-anwar-ibrahim", got


def test_a_demonstrative_of_a_time_phrase_ends_no_description():
    """ "selama ini", "saat ini" (anaphora.json time_before_demonstrative): no description "sosok yang selama ini"."""
    got = {m.text for m in resolve_mentions("Joko Widodo menonton laga itu. Ia sosok yang selama ini dikenal sederhana.")}
    assert not any(t.startswith("sosok") for t in got), got


@pytest.mark.parametrize("text, description, actor", DESCRIPTION_HEADS)
def test_description_heads(text, description, actor):
    got = {m.text: m.actor_id for m in resolve_mentions(text)}
    assert got.get(description) == actor, got


# the finding step "apposition" (the real-news guide: an apposition after a comma is its own
# mention): (text, the mentions of the phrase with their actor, with the rule on)
APPOSITIONS = [
    ("Kapolsek Cipondoh, Kompol Bayu Suseno mengatakan hal itu.",
     [("Kapolsek Cipondoh", "idn-polsek-cipondoh"), ("Kompol Bayu Suseno", "idn-polsek-cipondoh")]),  # his office by pattern (session 21; was None)
    ("Wakil Ketua Umum MUI, Zainut Tauhid Sa'adi menolak usulan itu.", [("Wakil Ketua Umum MUI", "idn-mui"), ("Zainut Tauhid Sa'adi", "idn-mui")]),
    ("Presiden Republik Indonesia, Joko Widodo tiba di Solo.", [("Presiden Republik Indonesia", "idn-joko-widodo"), ("Joko Widodo", "idn-joko-widodo")]),
    ("Kapolsek Cipondoh Kompol Bayu Suseno mengatakan hal itu.", None),  # no comma: title and name are one mention
    ("Presiden Joko Widodo tiba di Solo.", None),
]


@pytest.mark.parametrize("text, parts", APPOSITIONS)
def test_a_role_and_the_name_after_its_comma_are_two_mentions(text, parts):
    got = [(m.text, m.actor_id) for m in resolve_mentions(text)]
    off = [(m.text, m.actor_id) for m in resolve_mentions(text, without={"apposition"})]
    if parts is None:  # nothing to split: the step changes nothing
        assert got == off and len(got) == 1, got
        return
    assert got[:2] == parts, got
    assert off[0] == (text[: text.index(parts[1][0]) + len(parts[1][0])], parts[0][1]), off  # one mention without the step


# the finding step "possessive" (the guide: a "-nya" word is a mention, the whole word, when it
# names a person; a possessed thing is none): (text, the "-nya" mention, or None: no mention)
POSSESSIVES = [
    ("Polisi menangkap TH. Istrinya melapor ke polisi.", "Istrinya"),
    ("Donald ditangkap di Jakarta, sedangkan rekannya masih buron.", "rekannya"),
    ("Polisi menggeledah rumahnya di Tangerang.", None),  # a thing
    ("Beijing menuding Filipina melanggar kedaulatannya.", None),  # a thing: no mention of the possessor either
]


@pytest.mark.parametrize("text, word", POSSESSIVES)
def test_a_nya_word_is_a_mention_when_it_names_a_person(text, word):
    got = {m.text: m for m in resolve_mentions(text)}
    assert not any(t.endswith("nya") and t != word for t in got), got
    if word is not None:
        assert got[word].type == "person" and got[word].antecedent is None, got  # someone else than the possessor
        assert word not in {m.text for m in resolve_mentions(text, without={"possessive"})}


# the finding step "name_again": (text, the name NER tagged at its first place, the places the
# name is a mention of that actor with the step on: all of them, or only the first)
NAME_AGAIN = [
    ("Thareq mengatakan ayahnya dirawat. Menurut Thareq, kondisinya membaik.", "Thareq", 2),
    ("Suri Jabrik berlibur ke Jepang. Luna mengunggah foto Suri Jabrik.", "Suri Jabrik", 2),
    ("Mawar melapor ke polisi. Ia menanam mawar di halaman.", "Mawar", 1),  # the same word in lower case is no name
    ("Tim SAR mencari korban. Tim itu menemukan tiga orang.", "Tim SAR", 1),  # not written again in full
]


@pytest.mark.parametrize("text, name, places", NAME_AGAIN)
def test_a_name_tagged_once_is_the_actor_wherever_it_recurs(text, name, places):
    entities = [(0, len(name), "PER")]  # NER tagged only the first
    got = [m for m in resolve_mentions(text, entities=entities) if m.text == name]
    assert len(got) == places and len({m.actor_id for m in got}) == 1, got
    off = [m for m in resolve_mentions(text, entities=entities, without={"name_again"}) if m.text == name]
    assert len(off) == 1, off


# the finding step "name_prefix": (text, the short form NER tags, the actor it is with the step on, or None: no link)
NAME_PREFIXES = [
    ("Menteri Perdagangan Enggartiasto Lukita menyatakan impor beras. Enggar mengatakan beras itu untuk cadangan.", "Enggar", "idn-kemendag"),
    ("Menteri Perdagangan Enggartiasto Lukita menyatakan impor beras. Lukas mengatakan beras itu untuk cadangan.", "Lukas", None),  # no name begins with it
    ("Menteri Perdagangan Enggartiasto Lukita menyatakan impor beras. Eng mengatakan beras itu untuk cadangan.", "Eng", None),  # too short
]


@pytest.mark.parametrize("text, short, actor", NAME_PREFIXES)
def test_a_short_form_of_a_name_read_before_is_that_person(text, short, actor):
    start = re.search(rf"\b{short}\b", text).start()  # the short form as a word, not inside the full name
    entities = [(start, start + len(short), "PER")]
    got = {m.text: m.actor_id for m in resolve_mentions(text, entities=entities)}
    off = {m.text: m.actor_id for m in resolve_mentions(text, entities=entities, without={"name_prefix"})}
    if actor is None:
        assert got.get(short, "") == off.get(short, ""), (got, off)
        return
    assert got[short] == actor and off[short] != actor, (got, off)


# the finding step "company_country": (text, the company mention with the step on, or None: the country stays an actor)
COMPANY_COUNTRIES = [
    ("Beras didistribusikan oleh PT Perusahaan Perdagangan Indonesia (Persero) ke pasar.", "PT Perusahaan Perdagangan Indonesia (Persero)"),
    ("Saham PT Maju Jaya Malaysia Tbk naik.", "PT Maju Jaya Malaysia Tbk"),
    ("PT Maju Jaya Indonesia menyalurkan kredit.", None),  # no company suffix after the country
]


@pytest.mark.parametrize("text, company", COMPANY_COUNTRIES)
def test_a_country_before_a_company_suffix_is_part_of_the_name(text, company):
    got = [m.text for m in resolve_mentions(text)]
    off = [m.text for m in resolve_mentions(text, without={"company_country"})]
    if company is None:
        assert got == off and any(t in ("Indonesia", "Malaysia") for t in got), got
        return
    assert company in got and company not in off, (got, off)


# the finding step "org_descriptor": (text, the organisation's mention with the step on, or None: no descriptor joins)
ORG_DESCRIPTORS = [
    ("Revisi undang-undang itu melemahkan lembaga KPK.", ("lembaga KPK", "idn-kpk")),
    ("Pemain itu bergabung dengan skuad Manchester United.", ("skuad Manchester United", "gbr-manchester-united")),
    ("Ia membela tim Indonesia di Piala AFF.", None),  # a country: the national team is no mention of Indonesia
    ("Revisi undang-undang itu melemahkan KPK.", None),  # no descriptor
    ("WFP menyalurkan bantuan. Kepala badan PBB itu mengatakan stok menipis.", None),  # a description: "badan PBB itu" refers back
]


@pytest.mark.parametrize("text, joined", ORG_DESCRIPTORS)
def test_a_descriptor_before_an_organisation_is_part_of_its_mention(text, joined):
    got = [(m.text, m.actor_id) for m in resolve_mentions(text)]
    off = [(m.text, m.actor_id) for m in resolve_mentions(text, without={"org_descriptor"})]
    if joined is None:
        assert got == off, (got, off)
        return
    assert joined in got and joined not in off and (joined[0].split(" ", 1)[1], joined[1]) in off, (got, off)


def test_own_side_reads_a_quotation_only_and_a_registered_speaker_speaks_for_his_side():
    """``own_side``: "kita" in narration ("Seperti kita ketahui") stands for no organisation named
    before; a registered person who says "Kita" in a quotation speaks for his side, not for the
    organisation named before the quotation."""
    narration = resolve_mentions("Polri menangkap pelaku. Seperti kita ketahui, banjir melanda.", without=())
    kita = next(m for m in narration if m.text == "kita")
    assert kita.coref_rule != "own_side"
    quoted = resolve_mentions('KPK menahan Bupati Bogor. "Kita hormati proses hukum," kata Presiden Joko Widodo.')
    kita = next(m for m in quoted if m.text == "Kita")
    assert kita.coref_rule == "own_side" and kita.actor_id == "idn-joko-widodo", [(m.text, m.actor_id) for m in quoted]


def test_salient_group_takes_no_single_person_for_a_group():
    """``salient_group``: "Seluruh terdakwa" after one defendant named is no reference to him."""
    ms = resolve_mentions("Jaksa menuntut terdakwa Andi Wijaya lima tahun penjara. Seluruh terdakwa menangis.")
    group = next(m for m in ms if m.text == "Seluruh terdakwa")
    assert group.antecedent is None and group.type != "person", [(m.text, m.antecedent, m.type) for m in ms]
