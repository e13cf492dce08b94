"""Actor mentions: the register, role phrases, coreference, and the evaluation."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from warta.actors.coref import resolve_mentions
from warta.actors.match import find_mentions
from warta.actors.scan import Mention
from warta.evaluate.actors import evaluate, score_documents


def found(text: str) -> list[tuple]:
    return [(m.text, m.actor_id, m.type, m.country, m.sector, m.role) for m in find_mentions(text)]


def test_country_forms_and_organs():
    assert found("Militer AS dan pemerintah Israel") == [
        ("Militer AS", "usa-armed-forces", "armed_force", "USA", "MIL", None),
        ("pemerintah Israel", "isr", "country", "ISR", "GOV", None),
    ]


def test_a_country_after_a_place_word_is_a_place_not_an_actor():
    assert found("Serangan terjadi di Lebanon selatan.") == []
    assert found("Ia fasih berbahasa Inggris dan belajar bahasa Arab.") == []


def test_case_sensitive_abbreviations():
    assert [m[1] for m in found("AS menjatuhkan sanksi.")] == ["usa"]
    assert found("Harga naik, as roda patah.") == []


def test_spelling_variants_meet():
    ids = {m[1] for m in found("Kataib Sayyed al-Shuhada, Kata'ib Sayyid Al-Shuhada dan Hezbollah serta Hizbullah")}
    assert ids == {"kataib-sayyid-al-shuhada", "hizbullah"}


def test_roles_make_persons():
    (spokesman,) = found("Juru bicara Hizbullah mengatakan bahwa kelompok itu siap.")[:1]
    # a person of the group, not the group; acting in office, he carries its id (the real-news guide: "Juru bicara KPK" -> idn-kpk)
    assert spokesman == ("Juru bicara Hizbullah", "hizbullah", "person", "LBN", "REB", "juru bicara")
    (president,) = found("Presiden Prabowo Subianto tiba.")
    assert president == ("Presiden Prabowo Subianto", "idn-prabowo-subianto", "person", "IDN", "GOV", "Presiden")


def test_groups_take_their_quantifiers_and_organs_their_parents():
    assert [m[0] for m in found("Tiga terduga teroris ditangkap Densus 88 Antiteror Polri, kata warga setempat.")] == [
        "Tiga terduga teroris", "Densus 88 Antiteror Polri", "warga setempat",
    ]  # fmt: skip


def test_no_match_across_brackets():
    assert [m[0] for m in found("Jamaah Ansharut Daulah (JAD) berbaiat")] == ["Jamaah Ansharut Daulah", "JAD"]


def test_no_match_across_a_sentence_end():
    # "orang. Iran" is not "orang Iran" (people of Iran); "pelaku. AS" is no role + country
    assert [m[0] for m in found("menewaskan 20 orang. Iran dan Yaman mengecam.")] == ["Iran", "Yaman"]
    assert [m[0] for m in found("Polisi menangkap pelaku. AS menjatuhkan sanksi.")][-1] == "AS"
    assert [m[1] for m in found("Pemerintah A.S. mengecam.")] == ["usa"]


@pytest.mark.parametrize("name, f1, ids, coref", [("dev", 0.86, 0.94, 0.68), ("dev2", 0.87, 0.95, 0.67), ("dev3", 0.84, 0.88, 0.65),
                                                  ("dev4", 0.81, 0.88, 0.57), ("dev5", 0.82, 0.90, 0.59)])  # fmt: skip
def test_dev_set_floors(name, f1, ids, coref):
    """Regression floors just under the measured level on the five dev sets (tuned on). Session 11
    removed the rules that earn nothing on real-news dev (docs/actors.md): canonical-id and
    coreference floors went down to the new measure (dev 0.951 / 0.826, dev2 0.948 / 0.727, dev3
    0.887 / 0.725, dev4 0.873 / 0.639, dev5 0.907 / 0.633). Session 13 spans mentions by the
    real-news guide, where these authored sets follow another convention (a possessive "-nya" is
    a mention of its possessor; "Role, Name" one mention): F1 and coreference floors went down to
    the new measure (F1 0.866, 0.880, 0.856, 0.821, 0.827; coreference 0.686, 0.677, 0.651,
    0.576, 0.596; docs/actors.md, "Session 13"). Session 15 drops the outlet of a dateline, which
    the real-news guide makes no mention and dev4 annotates (seven "KOMPAS.com"), and reads
    "dirinya" as a pronoun, as the real-news guide marks it and dev4 does not: dev4 F1 0.82 -> 0.81;
    it reads "anak buahnya", which dev3 does not mark (three mentions more): dev3 F1 0.85 -> 0.84."""
    s = evaluate(ROOT / "tests" / "fixtures" / "actors" / f"{name}.jsonl")
    assert s.f1 >= f1, s
    assert s.id_accuracy >= ids, s
    assert s.coref_accuracy >= coref, s


def test_held_out_set_floors():
    """The held-out set (written by another annotator, never used for tuning): floors under the measure."""
    s = evaluate(ROOT / "tests" / "fixtures" / "actors" / "test.jsonl")
    assert s.f1 >= 0.85  # 0.857 (session 13, spans by the real-news guide; 0.898 in session 5 by the set's own convention)
    assert s.id_accuracy >= 0.93  # 0.941 (session 13; 0.936 in session 11)
    assert s.coref_accuracy >= 0.69  # 0.696 = 96/138 (session 14: NER trained on real-news names, one anaphor fewer); 0.703 = 97/138 in session 13 (the set's "-nya" possessors are no mentions by the guide); 104/138 in session 11


def resolved(text: str) -> list[tuple]:
    ms = resolve_mentions(text)
    return [(m.text, m.actor_id, m.type, None if m.antecedent is None else ms[m.antecedent].text) for m in ms]


def test_the_group_not_its_spokesman():
    got = resolved("Juru bicara Hizbullah mengatakan bahwa kelompok itu sedang mempersiapkan operasi bersama.")
    assert got == [("Juru bicara Hizbullah", "hizbullah", "person", None), ("kelompok itu", "hizbullah", "armed_group", "Juru bicara Hizbullah")]


def test_descriptions_and_pronouns():
    got = resolved("KPK menahan Bupati Lembah Hijau. Lembaga antirasuah itu menyita dua mobil. "
                   "Ratusan pengungsi tiba di Aceh. Para pengungsi tersebut kelaparan. Negara itu belum bersikap.")  # fmt: skip
    by_text = {t: (a, ant) for t, a, _, ant in got}
    assert by_text["Lembaga antirasuah itu"][0] == "idn-kpk"  # its own alias (no antecedent link since session 11: named_anaphor removed)
    assert by_text["Para pengungsi tersebut"][1] == "Ratusan pengungsi"
    assert "Negara itu" not in by_text or by_text["Negara itu"][0] is None  # no country named before it


def test_extract_mentions_cli(tmp_path):
    import json as _json

    from conftest import run_warta

    (tmp_path / "hizbullah.txt").write_text(
        "BEIRUT, KOMPAS.com - Juru bicara Hizbullah mengatakan bahwa kelompok itu sedang mempersiapkan operasi "
        "bersama dengan faksi-faksi Palestina di Lebanon selatan. Baca Juga: Israel Gempur Gaza Lagi\n"
        "Militer Israel menyatakan pasukannya siaga penuh di perbatasan utara.",
        "utf-8",
    )
    out = run_warta("extract", str(tmp_path / "hizbullah.txt"), "--mentions", "--documents", str(tmp_path / "docs.jsonl"))
    assert out.returncode == 0, out.stderr.decode()
    records = [_json.loads(line) for line in out.stdout.decode().splitlines()]
    (doc,) = [_json.loads(line) for line in (tmp_path / "docs.jsonl").read_text("utf-8").splitlines()]
    for r in records:  # every span indexes the cleaned text
        assert doc["text"][r["start"] : r["end"]] == r["text"]
    by_text = {r["text"]: r for r in records}
    group = by_text["kelompok itu"]
    assert (group["actor_id"], group["sector"], group["label"]) == ("hizbullah", "REB", None)
    assert group["antecedent"]["text"] == "Juru bicara Hizbullah"
    assert by_text["Militer Israel"]["actor_id"] == "isr-idf"
    assert "Israel Gempur Gaza" not in doc["text"]  # the "Baca Juga" headline is gone before extraction


def test_role_phrases_take_the_name_that_follows():
    """Role + organisation + an unregistered name is one person of that organisation; so is
    an appositive name after a comma; ranks inside the name do not cut it."""
    ms = find_mentions("Juru bicara Taliban Zabihullah Mujahid mengatakan hal itu.")
    assert [(m.text, m.type, m.org_id, m.name) for m in ms] == [("Juru bicara Taliban Zabihullah Mujahid", "person", "taliban", "Zabihullah Mujahid")]
    ms = find_mentions("Kapolres setempat, AKBP Dimas Prasetyo, membenarkan penangkapan itu.")
    assert [(m.text, m.type) for m in ms] == [("Kapolres setempat, AKBP Dimas Prasetyo", "person")]
    ms = find_mentions("Perdana Menteri Irak Mohammed Shia al-Sudani tiba di Teheran.")
    assert ms[0].text == "Perdana Menteri Irak Mohammed Shia al-Sudani" and ms[0].country == "IRQ"


def test_counted_groups_with_their_country_or_origin():
    assert [(m.text, m.actor_id, m.sector) for m in find_mentions("Ribuan warga Palestina mengungsi ke selatan.")] == [
        ("Ribuan warga Palestina", "pse", "CVL")]
    assert [(m.text, m.actor_id, m.type) for m in find_mentions("Polisi menahan 12 nelayan China di Natuna.")][1] == (
        "12 nelayan China", "chn", "country")  # fmt: skip
    assert [m.text for m in find_mentions("Lebih dari 3.000 warga dan ratusan pengungsi Rohingya terdampak.")] == [
        "Lebih dari 3.000 warga", "ratusan pengungsi Rohingya"]
    assert [(m.text, m.actor_id) for m in find_mentions("Seorang prajurit TNI terluka.")] == [("Seorang prajurit TNI", "idn-tni")]  # one soldier, acting for the TNI


def test_an_organ_named_with_another_country_is_that_countrys():
    assert [(m.text, m.actor_id, m.sector) for m in find_mentions("Kementerian Kesehatan Lebanon menyampaikan data terbaru.")] == [
        ("Kementerian Kesehatan Lebanon", "lbn", "GOV")]
    assert [(m.text, m.actor_id) for m in find_mentions("Angkatan Udara Ukraina menembak jatuh drone.")] == [
        ("Angkatan Udara Ukraina", "ukr-armed-forces")]
    assert [(m.text, m.actor_id) for m in find_mentions("Kementerian Kesehatan menyiapkan vaksin.")] == [("Kementerian Kesehatan", "idn-kemenkes")]
    assert [(m.text, m.actor_id) for m in find_mentions("Pemerintah Netanyahu menolak usulan itu.")] == [("Pemerintah Netanyahu", "isr")]
    assert [(m.text, m.actor_id) for m in find_mentions("Pemerintah Taliban membantah.")] == [("Pemerintah Taliban", "taliban")]


def test_possessives_and_descriptions_prefer_the_salient_antecedent():
    """The subject, not the nearest name: 'Beijing ... menuding Filipina melanggar wilayah
    pihaknya' is Beijing's territory; a description is not its own clause's subject."""
    r = resolved("Beijing membantah dan balik menuding Filipina melanggar wilayah pihaknya.")
    assert r[-1] == ("pihaknya", "chn", "country", "Beijing")
    r = resolved("Perdana Menteri Xanana Gusmao mengatakan Dili siap. Indonesia berjanji membantu negara itu.")
    assert r[-1][:2] == ("negara itu", "tls")
    r = resolved("Polisi menangkap tiga terduga teroris dari jaringan JAD. Juru bicara Polri mengatakan kelompok tersebut berbaiat kepada ISIS.")
    assert r[-2][:2] == ("kelompok tersebut", "jad")
    r = resolved("Ratusan pedagang kaki lima berunjuk rasa di depan balai kota. Para pedagang menolak relokasi.")
    assert r[-1][0] == "Para pedagang" and r[-1][3].startswith("Ratusan pedagang")


def test_coreference_to_an_unregistered_actor_is_scored_by_its_chain(tmp_path):
    """Gold 'Mereka' -> 'Ribuan buruh' (no register id): right when the predicted antecedent is in that chain."""
    text = "Ribuan buruh mendesak DPR menolak revisi itu. Mereka menuntut kenaikan upah."
    gold = {"doc_id": "x", "text": text, "mentions": [
        {"start": 0, "end": 12, "text": "Ribuan buruh", "actor_id": None, "antecedent": None},
        {"start": 22, "end": 25, "text": "DPR", "actor_id": "idn-dpr", "antecedent": None},
        {"start": 46, "end": 52, "text": "Mereka", "actor_id": None, "antecedent": 0}]}  # fmt: skip
    assert text[46:52] == "Mereka" and text[22:25] == "DPR"
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", "utf-8")
    s = evaluate(path)
    assert (s.coref_gold, s.coref_correct, s.gold, s.matched) == (1, 1, 3, 3)
    from conftest import run_warta

    out = run_warta("eval", "actors", str(path))  # the command prints the counts behind the ratios
    assert out.returncode == 0 and "1.000 (1/1)" in out.stdout.decode(), out.stdout.decode()
    gold["mentions"][2]["antecedent"] = 1  # had the annotator linked it to the DPR, the same output would be wrong
    path.write_text(json.dumps(gold) + "\n", "utf-8")
    assert evaluate(path).coref_correct == 0


def test_group_nouns_of_an_organisation_and_bare_ones():
    assert [(m.text, m.actor_id) for m in find_mentions("Milisi Hutsi menembakkan rudal.")] == [("Milisi Hutsi", "houthi")]
    assert [(m.text, m.actor_id) for m in find_mentions("Polisi menangkap dua pelaku.")][0] == ("Polisi", "idn-polri")
    assert [m.text for m in find_mentions("Sebagian anggota menolak.")] == ["Sebagian anggota"]
    assert [m.text for m in find_mentions("Kelompok itu merekrut anggota baru.")] == []  # a bare "anggota" is no mention
    assert [m.text for m in find_mentions("Polis Diraja Malaysia menahan 37 pekerja migran Indonesia (PMI) di Johor.")][1] == (
        "37 pekerja migran Indonesia (PMI)")  # fmt: skip
    assert [m.text for m in find_mentions("Duta Besar Jepang untuk Indonesia menemui Menlu.")][0] == "Duta Besar Jepang untuk Indonesia"
    assert [m.text for m in find_mentions("Menewaskan sedikitnya 20 orang di pasar.")] == []  # victims counted, not an actor


def test_a_clause_is_no_description():
    """'Pemerintah daerah Kurdistan mengutuk serangan itu': head ... itu across an active verb is a clause."""
    assert not [m for m in resolve_mentions("Pemerintah daerah Kurdistan mengutuk serangan itu.") if m.rule == "anaphor"]
    assert [m.text for m in resolve_mentions("Hamas dan Fatah bertemu. Kelompok yang didukung Iran itu menolak.") if m.rule == "anaphor"] == [
        "Kelompok yang didukung Iran itu"]  # fmt: skip


def test_regional_offices_from_their_patterns():
    ms = find_mentions("Polres Nunukan dan Pemkab Bogor menggelar rapat dengan BPBD Jawa Barat.")
    assert [(m.text, m.actor_id, m.type, m.sector) for m in ms] == [
        ("Polres Nunukan", "idn-polres-nunukan", "police", "COP"),
        ("Pemkab Bogor", "idn-pemkab-bogor", "state_organ", "GOV"),
        ("BPBD Jawa Barat", "idn-bpbd-jawa-barat", "state_organ", "GOV"),
    ]


def test_a_that_clause_is_its_own_clause():
    """'X mengatakan bahwa kelompok itu ...': the speaker is no co-argument of the description,
    so the group is the speaker's organisation, even with the group named a sentence before."""
    r = resolved("Hizbullah menembakkan roket. Juru bicara Hizbullah mengatakan bahwa kelompok itu siap berperang.")
    assert r[-1] == ("kelompok itu", "hizbullah", "armed_group", "Juru bicara Hizbullah")


def test_ambiguous_aliases_follow_their_context_words():
    assert [m.actor_id for m in find_mentions("Partai Demokrat menggelar rapat kerja nasional di Jakarta.")] == ["idn-demokrat"]
    ms = find_mentions("Partai Demokrat di Kongres AS menolak anggaran itu.")
    assert ms[0].actor_id == "usa-democratic-party"
    ms = find_mentions("Polisi menahan 37 PMI tanpa dokumen di Johor.")
    assert [(m.text, m.actor_id, m.role) for m in ms][1] == ("37 PMI", None, "pekerja migran")


def test_country_forms_of_several_words_and_object_pronouns():
    assert [(m.text, m.actor_id) for m in find_mentions("Israel menahan beberapa warga negara Indonesia.")][1] == (
        "beberapa warga negara Indonesia", "idn")  # fmt: skip
    r = resolved("Ratusan pengungsi Rohingya mendarat di pesisir Aceh. Warga setempat sempat menolak kedatangan mereka.")
    assert r[-1][0] == "mereka" and r[-1][3] == "Ratusan pengungsi Rohingya"  # not the residents, the subject of its own clause


def test_a_bare_tersangka_is_the_suspect_named_before():
    r = resolved("Polisi menangkap seorang anggota JAD di Solo. Kapolres Solo AKBP Budi Santoso mengatakan tersangka merencanakan serangan.")
    assert r[-1][0] == "tersangka" and r[-1][3] == "seorang anggota JAD"  # not the speaker


def test_a_regional_role_names_its_office():
    r = find_mentions("Kapolda Metro Jaya Irjen Karyoto memerintahkan jajarannya bersiaga.")
    assert (r[0].text, r[0].org_id) == ("Kapolda Metro Jaya Irjen Karyoto", "idn-polda-metro-jaya")
    assert resolved("Kapolda Metro Jaya Irjen Karyoto memerintahkan jajarannya bersiaga.")[-1][:2] == ("jajarannya", "idn-polda-metro-jaya")


def test_initials_appositions_offices_and_company_names():
    ms = find_mentions("Densus 88 menangkap seorang terduga teroris berinisial AR (29) di Bekasi.")
    assert [(m.text, m.type) for m in ms][1] == ("seorang terduga teroris berinisial AR (29)", "person")
    ms = find_mentions("Koordinator Pusat BEM SI, Herianto, mengatakan aksi akan berlanjut.")
    assert [(m.text, m.org_id) for m in ms] == [("Koordinator Pusat BEM SI, Herianto", "idn-bem-si")]
    ms = find_mentions("Duta Besar Palestina untuk Indonesia, Abdalfatah Alsattari, berterima kasih.")
    assert ms[0].text == "Duta Besar Palestina untuk Indonesia, Abdalfatah Alsattari"
    assert [(m.text, m.actor_id) for m in find_mentions("Kantor Perdana Menteri Israel membantah.")] == [("Kantor Perdana Menteri Israel", "isr")]
    assert [(m.text, m.actor_id) for m in find_mentions("Kementerian Luar Negeri Indonesia mengecam.")] == [
        ("Kementerian Luar Negeri Indonesia", "idn-kemlu")]
    ms = find_mentions("PT Pertamina Patra Jaya (Persero) dan Yayasan Pelita Pesisir menandatangani nota kesepahaman.")
    assert [(m.text, m.type, m.actor_id) for m in ms] == [
        ("PT Pertamina Patra Jaya (Persero)", "business", "new-pt-pertamina-patra-jaya-persero"),
        ("Yayasan Pelita Pesisir", "ngo", "new-yayasan-pelita-pesisir")]
    assert [(m.text, m.actor_id) for m in find_mentions("Delegasi Hamas tiba di Kairo.")] == [("Delegasi Hamas", "hamas")]


def test_more_places_that_are_no_actors():
    assert [m.text for m in find_mentions("AS menyerang milisi di Irak dan Suriah.")] == ["AS", "milisi"]
    assert [m.text for m in find_mentions("Pos pengamatan di dekat Naqoura, Lebanon selatan, ditembaki.")] == []
    assert [m.text for m in find_mentions("Sebuah kapal tanker berbendera Liberia diserang.")] == []
    assert [m.text for m in find_mentions("Massa berkumpul di depan Gedung DPR menolak Undang-Undang TNI.")] == ["Massa"]
    assert [m.text for m in find_mentions("Iran dan Israel saling serang.")] == ["Iran", "Israel"]


def test_a_spokesman_of_a_force_named_by_a_form():
    ms = find_mentions("Juru bicara militer Houthi, Yahya Saree, mengatakan serangan itu berhasil.")
    assert [(m.text, m.org_id) for m in ms] == [("Juru bicara militer Houthi, Yahya Saree", "houthi")]
    assert [(m.text, m.org_id) for m in find_mentions("Juru bicara militer Israel membantah.")] == [("Juru bicara militer Israel", "isr-idf")]


def test_a_group_description_without_its_role_before_takes_the_salient_group():
    r = resolved("Ribuan buruh berunjuk rasa di Jakarta. Para demonstran tersebut menuntut upah layak.")
    assert r[-1][0] == "Para demonstran tersebut" and r[-1][3] == "Ribuan buruh"
    # a clause opener ends a description: "korporasi karena ... itu" is none
    assert not [m for m in resolve_mentions("Polisi menjerat korporasi karena lahan konsesi perusahaan itu terbakar.") if m.text.startswith("korporasi")]


def test_bare_government_and_units_before_an_appositive_name():
    r = resolved("Pemerintah menaikkan harga BBM bersubsidi.")
    assert r[0][:2] == ("Pemerintah", "idn")
    r = resolved("Perdana Menteri Irak menyatakan negaranya netral. Pemerintah juga menolak pangkalan asing.")
    assert r[-1][:2] == ("Pemerintah", "irq")
    assert [m.actor_id for m in resolve_mentions("Pemerintah daerah menutup jalan itu.")] == [None]  # not Indonesia's government
    r = resolved("Pemkab Aceh Timur menampung para pengungsi. Namun pemerintah daerah tidak memiliki anggaran.")
    assert r[-1][0] == "pemerintah daerah" and r[-1][3] == "Pemkab Aceh Timur"
    ms = find_mentions("Kepala Pelaksana BPBD Agam, Rahmat Lasmono, mengatakan banjir surut.")
    assert ms[0].text == "Kepala Pelaksana BPBD Agam, Rahmat Lasmono"


def test_an_embassy_acts_for_its_country():
    r = resolved("KBRI Kuala Lumpur mengatakan pihaknya telah mendapat akses kekonsuleran.")
    assert r[0][:2] == ("KBRI Kuala Lumpur", "idn") and r[1][:2] == ("pihaknya", "idn")


def test_epithets_and_counted_pronouns_refer_back():
    r = resolved("Kapolri Jenderal Listyo Sigit Prabowo meninjau pos mudik. Jenderal bintang empat itu meminta anggotanya siaga.")
    assert r[-2][:2] == ("Jenderal bintang empat itu", "idn-listyo-sigit-prabowo")
    r = resolved("Densus 88 menangkap dua terduga teroris di Bekasi. Polisi menyebut keduanya anggota JAD.")
    assert [x for x in r if x[0] == "keduanya"][0][3] == "dua terduga teroris"


def test_numbered_pronouns_take_the_group_counted_so():
    r = resolved("Kejaksaan Agung menetapkan dua petinggi PT Maju sebagai tersangka. Juru bicara Kejagung Harli Siregar mengatakan keduanya ditahan.")
    assert [x for x in r if x[0] == "keduanya"][0][3] == "dua petinggi PT Maju"
    assert not [x for x in r if x[0] == "tersangka"]  # "sebagai tersangka" is a predicate, no mention


def test_a_sentence_initial_ia_continues_the_previous_subject():
    text = ("Ketua Umum Partai Golkar Bahlil Lahadalia menyatakan partainya siap mengusung Prabowo Subianto. "
            "Ia menyebut keputusan itu diambil setelah rapat pleno.")
    assert [x for x in resolved(text) if x[0] == "Ia"][0][3] == "Ketua Umum Partai Golkar Bahlil Lahadalia"
    # the subject of the reported clause, unless the pronoun speaks again
    text = "Wakil Ketua KPK Fitroh Rohcahyanto mengatakan sang bupati diduga menerima suap. Dia kini ditahan di Rutan KPK."
    assert [x for x in resolved(text) if x[0] == "Dia"][0][3] == "sang bupati"
    text = "Juru bicara KPK Budi Prasetyo mengatakan sang wali kota telah ditahan. Ia juga menyebut dua ajudannya diperiksa."
    assert [x for x in resolved(text) if x[0] == "Ia"][0][3] == "Juru bicara KPK Budi Prasetyo"


def test_a_bare_militer_after_a_verb_and_a_descriptive_alias_after_a_person():
    r = resolved("Junta Myanmar melancarkan serangan udara. Pemerintah Persatuan Nasional menuduh militer sengaja menargetkan sekolah.")
    assert ("militer", "mmr-tatmadaw") in [x[:2] for x in r]
    assert "pangkalan militer" not in [x[0] for x in resolved("Houthi menyerang pangkalan militer di Laut Merah.")]
    r = resolved("PDI Perjuangan menetapkan Megawati Soekarnoputri sebagai ketua umum. Putri Proklamator itu menegaskan partai berlambang banteng itu tetap di luar kabinet.")
    assert [x[1] for x in r if x[0] == "partai berlambang banteng itu"] == ["idn-pdip"]


def test_a_word_of_a_name_named_before_is_that_person():
    r = resolved("Direktur Jenderal IAEA Rafael Grossi tiba di Teheran. Grossi membantah tudingan itu.")
    assert ("Grossi", "person", "Direktur Jenderal IAEA Rafael Grossi") in [(x[0], x[2], r[0][0]) for x in r]
    assert "Jaya" not in [x[0] for x in resolved("Kapolda Metro Jaya Irjen Asep Edi Suheri tiba. Polda Metro Jaya menangkap tiga orang.")]


def test_ranks_naming_their_force_and_units_with_a_slash_belong_to_the_holder():
    r = resolved("Pangdam XVII/Cenderawasih Mayjen TNI Guruh Arif Darmawan mengatakan pasukannya siaga.")
    assert r[0][:3] == ("Pangdam XVII/Cenderawasih Mayjen TNI Guruh Arif Darmawan", "idn-kodam-xvii-cenderawasih", "person")  # acting in office
    assert r[1][:2] == ("pasukannya", "idn-kodam-xvii-cenderawasih")
    r = resolved("Kepala BNPB Letjen TNI Suharyanto mengatakan pihaknya mengirim bantuan.")
    assert [x[:2] for x in r] == [("Kepala BNPB Letjen TNI Suharyanto", "idn-bnpb"), ("pihaknya", "idn-bnpb")]


def test_a_bare_victim_is_the_person_just_introduced():
    r = resolved("Seorang jurnalis Tempo dianiaya sekelompok orang di Surabaya. Polisi menyebut korban dirawat di rumah sakit.")
    assert [x[3] for x in r if x[0] == "korban"] == ["Seorang jurnalis Tempo"]


def test_the_organisation_a_person_leads():
    r = resolved("Ketua DPR Puan Maharani mengatakan lembaga yang dipimpinnya akan mengevaluasi tunjangan tersebut.")
    assert r[-1][:2] == ("lembaga yang dipimpinnya", "idn-dpr")




def test_mereka_prefers_a_group_of_people_to_an_organisation():
    r = resolved("Ribuan guru honorer menggelar aksi di Jakarta, menuntut Kementerian Pendidikan Dasar dan Menengah mengangkat mereka menjadi pegawai.")
    assert [x[3] for x in r if x[0] == "mereka"] == ["Ribuan guru honorer"]
    r = resolved("Ratusan pengungsi Rohingya tiba di pesisir Aceh dan Pemkab Aceh Timur menampung mereka di balai desa.")
    assert [x[3] for x in r if x[0] == "mereka"] == ["Ratusan pengungsi Rohingya"]
    r = resolved("Ratusan pengungsi tiba di desa itu. Warga setempat menolak kedatangan mereka.")  # the subject's co-argument: no
    assert [x[3] for x in r if x[0] == "mereka"] == ["Ratusan pengungsi"]


def test_crews_customers_and_teachers_are_groups_of_people():
    got = [(m[0], m[2], m[5]) for m in found("Sebanyak 23 anak buah kapal, para nasabah dan ribuan guru honorer")]
    assert got == [("23 anak buah kapal", "generic_group", "awak kapal"), ("para nasabah", "generic_group", "nasabah"),
                   ("ribuan guru honorer", "generic_group", "guru")]  # fmt: skip


def test_one_counted_person_and_perpetrators_of_an_armed_group():
    r = resolved("Kelompok Kriminal Bersenjata membakar puskesmas dan menganiaya empat tenaga kesehatan. Salah seorang perawat "
                 "meninggal dunia setelah ia melompat ke jurang untuk menyelamatkan diri dari para pelaku.")  # fmt: skip
    by_text = {x[0]: x[1:] for x in r}
    assert by_text["Salah seorang perawat"][1] == "person" and by_text["ia"][2] == "Salah seorang perawat"
    assert by_text["para pelaku"][:2] == ("kkb-tpnpb-opm", "armed_group")  # not the health workers just named


def test_party_emblems_and_agency_epithets_and_a_lowercase_context_word():
    r = resolved("Partai Demokrat menggelar kongres di Jakarta. Partai berlambang bintang mercy itu menolak hasil survei.")
    assert [(x[0], x[1]) for x in r] == [("Partai Demokrat", "idn-demokrat"),  # a party "kongres" is no US Congress
                                         ("Partai berlambang bintang mercy itu", "idn-demokrat")]  # fmt: skip
    assert [x[1] for x in resolved("Partai Demokrat menguasai Kongres AS.")][0] == "usa-democratic-party"
    r = resolved("Bawaslu menemukan pelanggaran. Pengawas pemilu tersebut merekomendasikan pemungutan suara ulang.")
    assert r[-1][1] == "idn-bawaslu"
    assert [x[1] for x in resolved("Negeri Seribu Pagoda dan badan nuklir PBB")] == ["mmr", "un-iaea"]


def test_a_lawyer_of_a_defendant_and_the_client():
    r = resolved("Jaksa penuntut umum meminta terdakwa dihukum sepuluh tahun penjara. Kuasa hukum terdakwa, Fahmi Ramadhan, "
                 "menyatakan kliennya menerima putusan tersebut.")  # fmt: skip
    by_text = {x[0]: x[1:] for x in r}
    assert "Kuasa hukum terdakwa" in by_text and "Fahmi Ramadhan" in by_text  # the lawyer, and his name after the comma (the guide's apposition)
    assert by_text["kliennya"][2] == "terdakwa"  # the defendant, not the lawyer nor the prosecutor


def test_a_panel_of_judges_is_a_group_and_no_person_named_after_its_court():
    m = resolve_mentions("Majelis hakim Pengadilan Negeri Jakarta Timur menjatuhkan vonis tujuh tahun penjara.")[0]
    # the court's members, as for a registered court (session 18: an office by pattern counts too)
    assert (m.text, m.actor_id, m.type) == ("Majelis hakim Pengadilan Negeri Jakarta Timur", "idn-pn-jakarta-timur", "state_organ")
    assert [(m.text, m.actor_id) for m in resolve_mentions("Majelis hakim Pengadilan Tipikor Jakarta menolak eksepsi.")][0] == \
        ("Majelis hakim Pengadilan Tipikor", "idn-pengadilan-tipikor")


def test_a_fugitive_is_the_perpetrator_not_the_officer_who_speaks():
    r = resolved("Satgas Madago Raya menembak mati seorang anggota MIT. Kapolda Sulteng Irjen Agus Nugroho mengatakan pelaku merupakan daftar pencarian orang sejak 2021. "
                 "Dengan tewasnya buronan tersebut, kelompok itu kini hanya menyisakan satu anggota.")  # fmt: skip
    assert [x[3] for x in r if x[0] == "buronan tersebut"] == ["pelaku"]
    assert "nya" not in [x[0] for x in r]  # "tewasnya buronan": the -nya of a nominalised verb names no one


def test_a_description_of_a_private_person_is_no_official():
    r = resolved("Seorang pekerja migran asal Indramayu meninggal dunia di Riyadh. Keluarga berharap pemerintah membantu. "
                 "Direktur Pelindungan WNI Kemlu Judha Nugraha mengatakan jenazah perempuan berusia 29 tahun itu dipulangkan pekan depan.")  # fmt: skip
    assert r[0][:3] == ("Seorang pekerja migran asal Indramayu", None, "person")  # counted as one: a person, though the role is a group noun
    assert [x[3] for x in r if x[0] == "perempuan berusia 29 tahun itu"] == ["Seorang pekerja migran asal Indramayu"]


def test_a_family_of_a_victim_and_its_lawyer_are_one_mention_each():
    got = [(m[0], m[2], m[5]) for m in found("Keluarga korban melapor ke polisi. Kuasa hukum keluarga korban, Budi Santoso, menyebut keluarga kecewa.")]
    assert got == [("Keluarga korban", "generic_group", "keluarga"), ("polisi", "police", "polisi"),
                   ("Kuasa hukum keluarga korban, Budi Santoso", "person", "pengacara")]  # fmt: skip


def test_a_team_of_investigators_or_lawyers_is_a_group():
    got = [(m[0], m[1], m[2]) for m in found("Tim penyidik Kejagung menduga ia menerbitkan izin. Tim kuasa hukum terdakwa menolak dakwaan.")]
    assert got == [("Tim penyidik Kejagung", "idn-kejagung", "state_organ"), ("Tim kuasa hukum terdakwa", None, "generic_group")]
    assert [m[2] for m in found("Pengacara tersangka mengajukan praperadilan.")] == ["person"]  # uncounted: one lawyer
    assert "terdakwa" not in [m[0] for m in resolved("Tim kuasa hukum terdakwa menolak dakwaan.")]


def test_deputies_judges_employers_and_captains():
    r = resolved("Bupati Muara Selatan Hendra Saputra ditahan KPK. Kemendagri akan menunjuk wakil bupati sebagai pelaksana tugas.")
    assert [x[3] for x in r if x[0] == "wakil bupati"] == [None]  # a deputy is no holder named before
    r = resolved("Majelis hakim Pengadilan Tipikor menjatuhkan vonis kepada mantan Gubernur Maluku Utara Abdul Rahman Kasuba. Hakim menilai terdakwa bersalah.")
    assert [(x[1], x[3]) for x in r if x[0] == "Hakim"] == [("idn-pengadilan-tipikor", "Majelis hakim Pengadilan Tipikor")]
    assert [m[1] for m in found("para hakim konstitusi")] == ["idn-mk"]
    assert [m[5] for m in found("kapten kapal dan nakhoda")] == ["nakhoda", "nakhoda"]




def test_discourse_words_and_speech_tags_with_nya_name_no_one():
    r = resolved("Pasalnya, KPK belum menerima laporan itu. \"Kami akan memeriksa,\" ucapnya. Ketika ditanya, ia menolak menjawab.")
    assert [x[0] for x in r if x[0] == "nya"] == []


def test_more_possessive_pronouns_bare_nouns_and_heads():
    r = resolved("Ketua Fraksi Gerindra DPR Budisatrio Djiwandono mengatakan fraksinya menolak usulan itu.")
    assert [x[1] for x in r if x[0] == "fraksinya"] == ["idn-gerindra"]
    r = resolved("Tentara Myanmar menyerang desa itu. Tentara Arakan menyebut serangan itu sebagai propaganda junta.")
    assert [x[1] for x in r if x[0] == "junta"] == ["mmr-tatmadaw"]
    r = resolved("Majelis hakim Pengadilan Tipikor Jakarta menjatuhkan vonis. Majelis menilai terdakwa bersalah.")
    assert [x[3] for x in r if x[0] == "Majelis"] == ["Majelis hakim Pengadilan Tipikor"]
    r = resolved("Majelis Umum PBB mengesahkan resolusi itu. Forum itu juga menyerukan gencatan senjata.")
    assert [x[1] for x in r if x[0] == "Forum itu"] == ["un-ga"]


def test_peoples_origins_and_envoys_to_an_igo():
    r = resolved("Al-Sharaa menerima komandan SDF Mazloum Abdi untuk membahas penggabungan pasukan Kurdi itu ke dalam militer Suriah.")
    assert [x[1] for x in r if x[0] == "pasukan Kurdi itu"] == ["sdf"]  # "Kurdi" is a people, no name
    r = resolved("Duta Besar Palestina untuk PBB Riyad Mansour berpidato. Diplomat kawakan itu menyebut resolusi itu bersejarah.")
    assert r[0][0] == "Duta Besar Palestina untuk PBB Riyad Mansour"
    assert [m[0] for m in found("Kelompok itu menyandera seorang pilot asal Selandia Baru.")][-1] == "seorang pilot asal Selandia Baru"


def test_a_description_starts_after_a_preposition():
    r = resolved("Tentara Arakan merebut kota itu dari tentara Myanmar. Ribuan warga Rohingya dituduh membantu militer oleh kelompok pemberontak tersebut.")
    by_text = {x[0]: x[1:] for x in r}
    assert by_text["kelompok pemberontak tersebut"][0] == "arakan-army" and by_text["militer"][0] == "mmr-tatmadaw"


def test_a_description_is_no_speaker_himself():
    r = resolved("KPK menahan mantan Gubernur Sulawesi Barat Hasanuddin Lamo. Juru bicara KPK Budi Prasetyo mengatakan mantan gubernur itu "
                 "menerima imbalan. Lembaga antirasuah itu juga menggeledah rumah pribadi tersangka di Mamuju.")  # fmt: skip
    assert [x[3] for x in r if x[0] == "tersangka"] == ["mantan gubernur itu"]  # not the spokesman who spoke before
    r = resolved("Juru bicara Hizbullah mengatakan bahwa kelompok itu siap.")  # the speaker's organisation still is
    assert r[-1][1] == "hizbullah"


def test_a_regional_spokesman_is_his_poldas():
    m = resolve_mentions("Kabid Humas Polda Jatim Kombes Jules Abraham Abast mengatakan lima anggota diperiksa.")[0]
    assert (m.role, m.org_id) == ("Kabid Humas", "idn-polda-jatim")  # a regional spokesman is his Polda's


def test_a_group_noun_after_menjadi_is_a_predicate():
    got = [m.text for m in resolve_mentions("Kemlu memulangkan 46 WNI yang menjadi korban perdagangan orang di Kamboja.")]
    assert "korban" not in got


def test_a_bare_government_of_a_foreign_story_and_a_young_man_named_again():
    r = resolved("Juru bicara militer Irak Yehia Rasool mengatakan tiga pria ditangkap. Kataib Hizbullah menuduh pemerintah tunduk pada tekanan Washington.")
    assert [x[1] for x in r if x[0] == "pemerintah"] == ["irq"]  # the country of the Iraqi actor named before, not Indonesia
    r = resolved("Seorang pemuda berusia 19 tahun tewas ditembak. Keluarga menyebut pemuda itu tidak bersenjata.")
    assert [x[3] for x in r if x[0] == "pemuda itu"] == ["Seorang pemuda"]


def test_bare_ministry_prosecutors_and_police_after_a_verb_or_preposition():
    r = resolved("Kementerian Kesehatan mencabut izin dokter itu. IDI meminta kementerian tetap menghormati asas praduga tak bersalah.")
    assert [x[1] for x in r if x[0] == "kementerian"] == ["idn-kemenkes"]
    r = resolved("Kuasa hukum HW berencana mengajukan praperadilan terhadap kejaksaan.")
    assert [x[1] for x in r if x[0] == "kejaksaan"] == ["idn-kejagung"]  # nothing before: the Attorney General's Office
    assert [m.text for m in resolve_mentions("Rapat kementerian dan lembaga digelar.")] == []  # a modifier, no mention


def test_two_words_of_a_name_named_before_and_an_actor_arrested():
    r = resolved("Polda Metro Jaya menangkap seorang aktor sinetron berinisial RA. Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi "
                 "mengatakan pria berusia 40 tahun itu positif narkoba. \"Tersangka membeli sabu dari seorang pengedar,\" ujar Ade Ary.")  # fmt: skip
    by_text = {x[0]: x[1:] for x in r}
    assert by_text["pria berusia 40 tahun itu"][2].startswith("seorang aktor")  # the actor, not the police spokesman
    assert by_text["seorang pengedar"][1] == "person"
    ms = resolve_mentions("Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi mengatakan itu. \"Kami memburu pelaku,\" ujar Ade Ary.",
                          entities=[(101, 108, "PER")])  # fmt: skip
    assert [(m.text, m.rule, m.org_id) for m in ms if m.text == "Ade Ary"] == [("Ade Ary", "name_part", "idn-polda-metro-jaya")]


def test_a_name_after_the_bracketed_abbreviation_of_the_organisation():
    r = resolved("Al-Sharaa menerima komandan Pasukan Demokratik Suriah (SDF) Mazloum Abdi di Damaskus. Mazloum mengatakan pihaknya siap.")
    assert r[1][0] == "komandan Pasukan Demokratik Suriah (SDF) Mazloum Abdi"
    assert [x[1] for x in r if x[0] == "pihaknya"] == ["sdf"]  # the commander's side, through the name part


def test_the_country_of_a_place_just_named_is_a_place_and_citizens_are_people():
    assert [m[1] for m in found("Kemlu memulangkan 46 WNI dari sebuah kompleks di Sihanoukville, Kamboja.")] == ["idn-kemlu", "idn"]
    assert [m[1] for m in found("Presiden Prabowo, Malaysia, dan Singapura sepakat.")] == ["idn-prabowo-subianto", "mys", "sgp"]
    r = resolved("Kementerian Luar Negeri memulangkan 46 warga negara Indonesia dari Kamboja. Direktur Pelindungan WNI Kemlu Judha Nugraha "
                 "mengatakan mereka direkrut melalui media sosial.")  # fmt: skip
    assert [x[3] for x in r if x[0] == "mereka"] == ["46 warga negara Indonesia"]  # citizens are a group of people


def test_counted_leaders_are_a_group_and_keduanya_is_no_single_person():
    r = resolved("Kejaksaan Agung menetapkan dua petinggi perusahaan smelter sebagai tersangka. Kapuspenkum Kejagung Harli Siregar mengatakan "
                 "keduanya diduga mengatur ekspor ilegal. Para tersangka langsung ditahan.")  # fmt: skip
    by_text = {x[0]: x[1:] for x in r}
    assert by_text["keduanya"][2] == "dua petinggi" and by_text["Para tersangka"][2] == "keduanya"
    assert [m[2] for m in found("Pemimpin Houthi Abdul-Malik al-Houthi berpidato.")] == ["person"]  # uncounted, with a name: one person


def test_mereka_in_what_a_group_says_of_itself():
    r = resolved("Grab menyatakan pihaknya masih mengkaji usulan tersebut. Para pengemudi sendiri mengaku pendapatan mereka turun hingga 40 persen.")
    assert [x[3] for x in r if x[0] == "mereka"] == ["Para pengemudi"]


def test_coreference_is_scored_by_the_gold_chain_key_where_the_set_gives_one():
    """An anaphor of an unregistered actor is right when its antecedent is another mention of
    its gold chain: the real-news sets name chains by key, so a mention with no antecedent
    link of its own ("Pemerintah Kabupaten Sumedang" after "Pemda Sumedang") still counts."""
    text = "Pemda Sumedang menyiapkan lahan. Pemerintah Kabupaten Sumedang mengatakan mereka siap."
    a, b, c = (text.index(s) for s in ("Pemda Sumedang", "Pemerintah Kabupaten Sumedang", "mereka"))
    gold = [{"start": a, "end": a + 14, "actor_id": None, "antecedent": None, "chain": "pemkab"},
            {"start": b, "end": b + 29, "actor_id": None, "antecedent": None, "chain": "pemkab"},
            {"start": c, "end": c + 6, "actor_id": None, "antecedent": 0, "chain": "pemkab"}]  # fmt: skip
    found = [Mention(b, b + 29, text[b : b + 29], "idn-pemkab-sumedang", None, None, None, None),
             Mention(c, c + 6, "mereka", "idn-pemkab-sumedang", None, None, None, None, antecedent=0)]  # fmt: skip
    assert score_documents([{"mentions": gold}], [found]).coref_correct == 1
    unkeyed = [{k: v for k, v in g.items() if k != "chain"} for g in gold]  # the authored sets: antecedent links only
    assert score_documents([{"mentions": unkeyed}], [found]).coref_correct == 0


@pytest.mark.parametrize("text, word", [
    ("Kerugiannya sekitar 1,8 juta dollar AS.", "AS"),
    ("Tammy Abraham memuncaki daftar top skor Liga Inggris.", "Inggris"),
    ("Kondisi ekonomi Indonesia cenderung membaik.", "Indonesia"),
    ("Pemerintah mendorong RUU PKS segera diselesaikan.", "PKS"),
])  # fmt: skip
def test_a_currency_a_league_an_economy_and_a_bill_name_no_actor(text, word):
    assert word not in [m.text for m in find_mentions(text)]
