"""Session 16's mention rules (docs/actors.md, "Session 16 (mentions and ids)"), each with its
table: a text, the NER entities the ``nlp`` step would give it (text, label), and the mentions
warta must find (text, actor id). Each rule has a row it decides and a counter-example it must
leave alone.
"""

from __future__ import annotations

import pytest
from staged import mentions

from warta.actors.coref import resolve_mentions

# (rule, text, NER entities, the mentions found)
TABLE = [
    # a name's short form in brackets is part of its mention (a ticker, a short name, a nickname)
    ("short_name", "Saham PT Aneka Tambang Tbk (ANTM) naik.", (("ANTM", "ORG"),), [("PT Aneka Tambang Tbk (ANTM)", "idn-antam")]),
    ("short_name", "Wakil Presiden Jusuf Kalla (JK) membuka pameran.", (), [("Wakil Presiden Jusuf Kalla (JK)", "idn-jusuf-kalla")]),
    ("short_name", "PT Telefast Indonesia Tbk (TFAS) melantai di bursa.", (("PT Telefast Indonesia Tbk", "ORG"), ("TFAS", "ORG")),
     [("PT Telefast Indonesia Tbk (TFAS)", "new-pt-telefast-indonesia-tbk")]),
    ("short_name", "Ketua Umum Partai Amanat Nasional (PAN), Zulkifli Hasan, hadir.", (("Zulkifli Hasan", "PER"),),
     [("Ketua Umum Partai Amanat Nasional (PAN)", "idn-pan"), ("Zulkifli Hasan", "idn-zulkifli-hasan")]),  # the office takes its party's id
    ("short_name", "Kapolri menunjuk Firli (Irjen Firli Bahuri) sebagai Kabaharkam.", (("Firli", "PER"), ("Firli Bahuri", "PER")),
     [("Kapolri", "idn-polri"), ("Firli", "new-firli"), ("Irjen Firli Bahuri", None)]),  # another name, no short form
    ("short_name", "Saham Bursa Efek Indonesia (BEI) turun.", (), [("Indonesia", "idn")]),  # the name the bracket is short for is longer
    # a person's "-nya" word with its counting words and its reduplicated plural
    ("clitic_span", "Kedua anaknya menangis.", (), [("Kedua anaknya", None)]),
    ("clitic_span", "Ia menemui mendiang suaminya di makam.", (), [("Ia", None), ("mendiang suaminya", None)]),
    ("clitic_span", "Ia membawa anak-anaknya ke sekolah.", (), [("Ia", None), ("anak-anaknya", None)]),
    ("clitic_span", "Ia melihat rumahnya terbakar.", (), [("Ia", None)]),  # a thing possessed, no mention
    # counting words before a group: ordinals of a group ("kesepuluh terdakwa")
    ("quantifier", "Keempat pemain itu dicoret.", (), [("Keempat pemain itu", None)]),
    # a reduplicated group noun is one plural mention
    ("reduplication", "Masih ada veteran - veteran yang terlantar.", (), [("veteran - veteran", None)]),
    ("reduplication", "Veteran dan veteran perang hadir.", (), [("Veteran", None), ("veteran perang", None)]),  # no hyphen: two
    # a minister of no named country, in an article about a foreign country: that country's
    ("foreign_minister", "Malaysia tidak akan memenjarakan pengguna narkoba. Menteri Hukum Liew Vui Keong menjelaskan hal itu.",
     (("Liew Vui Keong", "PER"),), [("Malaysia", "mys"), ("pengguna narkoba", None), ("Menteri Hukum Liew Vui Keong", "idn-kemenkum")]),  # the country not in his sentence: the domestic reading (review mend 6)
    ("foreign_minister", "Pengguna narkoba di Malaysia tidak dipenjara, kata Menteri Hukum Liew Vui Keong.",
     (("Liew Vui Keong", "PER"),), [("Pengguna narkoba", None), ("Menteri Hukum Liew Vui Keong", "mys")]),  # a place names it too
    ("foreign_minister", "Presiden Joko Widodo menerima tamu dari Malaysia. Menteri Perdagangan Enggartiasto Lukita hadir.",
     (("Enggartiasto Lukita", "PER"),), [("Presiden Joko Widodo", "idn-joko-widodo"), ("Menteri Perdagangan Enggartiasto Lukita", "idn-kemendag")]),  # Indonesian first
    ("foreign_minister", "Menteri Perdagangan Enggartiasto Lukita tiba di Malaysia.", (("Enggartiasto Lukita", "PER"),),
     [("Menteri Perdagangan Enggartiasto Lukita", "idn-kemendag")]),  # no country before him
    # a role alias that ends inside a longer organisation's name: the shorter role and the organisation
    ("role_before_organisation", "Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo mengatakan itu.", (("Agus Rahardjo", "PER"),),
     [("Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo", "idn-kpk")]),
    ("role_before_organisation", "Ketua Komisi III Aziz Syamsuddin meminta itu.", (("Aziz Syamsuddin", "PER"),),
     [("Ketua Komisi III Aziz Syamsuddin", "idn-dpr")]),  # a DPR commission: the role stays
    # society as where something is; gold bars named for their maker
    ("not_mentions", "Hukum yang hidup dalam masyarakat tetap berlaku.", (), []),
    ("not_mentions", "Konsumsi rokok meningkat di kalangan masyarakat.", (), [("masyarakat", None)]),  # the public
    ("product", "Harga emas Antam turun hari ini.", (), []),
    ("product", "Antam menurunkan harga emas.", (), [("Antam", "idn-antam")]),
    # a new name right after a person's role phrase (a space or a bracketed rank between) ends it
    ("role_name_after_rank", "Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen (Pol) Dedi Prasetyo mengatakan itu. Dedi menambahkan.",
     (("Dedi Prasetyo", "PER"), ("Dedi", "PER")),
     [("Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen (Pol) Dedi Prasetyo", "idn-divhumas-polri"), ("Dedi", "idn-divhumas-polri")]),
    ("role_name_after_rank", "Kapolri, Dedi Prasetyo mengatakan itu.", (("Dedi Prasetyo", "PER"),),
     [("Kapolri", "idn-polri"), ("Dedi Prasetyo", "idn-polri")]),  # after a comma: apposition, two mentions
    # ranks written in full are ranks, not name words (roles.json)
    ("rank_in_full", "Hal itu disampaikan Kapolda Metro Jaya Inspektur Jenderal Idham Aziz di Jakarta.", (),
     [("Kapolda Metro Jaya Inspektur Jenderal Idham Aziz", "idn-polda-metro-jaya")]),
    # after a comma, another office is the next holder of a list, no name
    ("role_list", "Maklumat bersama antara Gubernur, Pangdam II Sriwijaya dan Kapolda Sumsel ditandatangani.", (),
     [("Gubernur", None), ("Pangdam II Sriwijaya", "idn-kodam-ii-sriwijaya"), ("Kapolda Sumsel", "idn-polda-sumsel")]),
    ("role_list", "Kapolres setempat, AKBP Dimas Prasetyo, mengatakan itu.", (), [("Kapolres setempat", None), ("AKBP Dimas Prasetyo", None)]),  # a rank begins a name
    # a person and his companions; an organisation in a term
    ("tail", "Wisnu Arki dkk mendatangi kantor itu.", (("Wisnu Arki", "PER"),), [("Wisnu Arki dkk", None)]),
    ("tail", "Pelatih memuji Wisnu Arki dan kawan-kawan.", (("Wisnu Arki", "PER"),), [("Wisnu Arki dan kawan-kawan", None)]),
    ("tail", "Masa kerja DPR periode 2014-2019 segera berakhir.", (), [("DPR periode 2014-2019", "idn-dpr")]),
    ("tail", "Ia menyebut DPR periode ini tidak produktif.", (), [("Ia", None), ("DPR periode ini", "idn-dpr")]),
    ("tail", "DPR memperpanjang periode sidang.", (), [("DPR", "idn-dpr")]),  # no term after the name
    # "Satker" (satuan kerja) heads a government work unit, which takes its kind word; since
    # session 19 "pihak" is a group noun, and the side of an unregistered unit has no id (the
    # guide: an unregistered unit is null; real-news train codes this phrase null)
    ("org_head", "Ia meminta pihak Satker Tol Cisumdawu segera membangun jalan.", (("Satker Tol Cisumdawu", "ORG"),),
     [("Ia", None), ("pihak Satker Tol Cisumdawu", None)]),
    # a given name before a registered person's one-word family name: another person of the family
    ("family_member", "Kata Ilham Habibie saat berziarah.", (("Ilham Habibie", "PER"),), [("Ilham Habibie", "new-ilham-habibie")]),
    ("family_member", "Kata Ilham Habibie saat berziarah.", (("Ilham", "PER"),), [("Ilham Habibie", "new-ilham-habibie")]),
    ("family_member", "Putra Jokowi mendaftar.", (("Putra Jokowi", "PER"),), [("Jokowi", "idn-joko-widodo")]),  # his son: a relation
    ("family_member", "Kata BJ Habibie saat itu.", (("BJ Habibie", "PER"),), [("BJ Habibie", "idn-bacharuddin-jusuf-habibie")]),  # his initials
    # register data: the directorates general of the public works ministry are the ministry
    ("register_data", "Proyek Direktorat Jenderal Bina Marga dan Ditjen Cipta Karya didanai.", (),
     [("Direktorat Jenderal Bina Marga", "idn-kemenpu"), ("Ditjen Cipta Karya", "idn-kemenpu")]),
    # the ATR/BPN minister (roles.json)
    ("role_data", "Menteri Agraria dan Tata Ruang Sofyan Djalil mengatakan itu.", (("Sofyan Djalil", "PER"),),
     [("Menteri Agraria dan Tata Ruang Sofyan Djalil", "idn-atr-bpn")]),
]


@pytest.mark.parametrize("rule, text, entities, expected", TABLE, ids=[f"{row[0]}-{k}" for k, row in enumerate(TABLE)])
def test_rule(rule, text, entities, expected):
    assert mentions(text, *entities) == expected


# a synopsis names characters, no actors: only its registered actors and its cast stay
SYNOPSES = [
    ("Sinopsis Sinetron 'CINTA BUTA' Episode 76\nAulia menemui Putra. Ia marah kepada Putra.", (("Aulia", "PER"), ("Putra", "PER")), []),
    ("Sinopsis Drama THE LAST EMPRESS\nKaisar Lee Hyuk (Shin Sung-Rok) menemui Min Yoo-Raa. Ia marah.",
     (("Lee Hyuk", "PER"), ("Shin Sung-Rok", "PER"), ("Min Yoo-Raa", "PER")), [("Shin Sung-Rok", "new-shin-sung-rok")]),  # the cast
    ("Sinopsis Film Dilan\nFilm ini tayang di Netflix dan didukung Polri.", (), [("Polri", "idn-polri")]),  # registered actors stay
    ("Aulia menemui Putra di Jakarta.\nIa marah kepada Putra.", (("Aulia", "PER"), ("Putra", "PER")),
     [("Aulia", "new-aulia"), ("Putra", "new-putra"), ("Ia", "new-aulia"), ("Putra", "new-putra")]),  # no synopsis: people
]


@pytest.mark.parametrize("text, entities, expected", SYNOPSES)
def test_a_synopsis_names_no_characters(text, entities, expected):
    from warta.actors.register import load_register
    from warta.actors.stage import _registered_only
    from warta.fiction import is_synopsis

    spans = [(text.index(name), text.index(name) + len(name), label) for name, label in entities]
    reg = load_register()
    found = resolve_mentions(text, reg, entities=spans)
    if is_synopsis(text):
        found = _registered_only(text, found, reg)
    assert [(m.text, m.actor_id) for m in found] == expected


# an office named alone is the registered person the article names in it
HOLDERS = [
    ("Anies Baswedan hadir di acara itu. Gubernur DKI Jakarta menyebutkan prosedur itu.",
     [("Anies Baswedan", "idn-anies-baswedan"), ("Gubernur DKI Jakarta", "idn-anies-baswedan")]),  # his register role
    ("Anies Baswedan hadir di acara itu. Gubernur Jawa Barat menyebutkan prosedur itu.",
     [("Anies Baswedan", "idn-anies-baswedan"), ("Gubernur Jawa Barat", None)]),  # another office
    ("Pemimpin Tertinggi Iran Ali Khamenei menyetujui. Pemimpin Tertinggi Iran diduga mengizinkan serangan.",
     [("Pemimpin Tertinggi Iran Ali Khamenei", "irn-ali-khamenei"), ("Pemimpin Tertinggi Iran", "irn-ali-khamenei")]),
    ("Menteri Hukum dan HAM Yasonna Laoly hadir. Menkumham meminta pasal itu dihapus.",
     [("Menteri Hukum dan HAM Yasonna Laoly", "idn-yasonna-laoly"), ("Menkumham", "idn-kemenkumham")]),  # the ministry's own id stays
    # every later bare office, not only the first (review mend: the role's set was emptied by pop())
    ("Gubernur Anies Baswedan hadir di acara itu. Gubernur menyebutkan prosedur itu. Gubernur juga meminta warga tenang.",
     [("Gubernur Anies Baswedan", "idn-anies-baswedan"), ("Gubernur", "idn-anies-baswedan"), ("Gubernur", "idn-anies-baswedan"), ("warga", None)]),
]


@pytest.mark.parametrize("text, expected", HOLDERS)
def test_an_office_alone_is_its_named_holder(text, expected):
    from warta.actors.register import load_register
    from warta.actors.roles import named_holders

    reg = load_register()
    found = resolve_mentions(text, reg)
    named_holders(found, reg)
    assert [(m.text, m.actor_id) for m in found] == expected


@pytest.mark.parametrize("text, name", [
    ("Thareq mengatakan. Menurut Thareq, ia pulang.", "Thareq"),
    ("Athareq dan Thareq_2 bukan Thareq.", "Thareq"),
    ("Suri Suri Jabrik Suri", "Suri"),
    ("Lee Hyuk-Lee Hyuk (Lee Hyuk)", "Lee Hyuk"),
    ("Dé Dé2 éDé Dé", "Dé"),
])
def test_whole_words_finds_what_the_regular_expression_finds(text, name):
    import re

    from warta.actors.discover import whole_words as _whole_words

    assert list(_whole_words(text, name)) == [h.span() for h in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]


@pytest.mark.parametrize("text, expected", [
    ("Diskusi dipimpin Wakapolda Jatim Brigjen Pol Toni Harmanto. Brigjen Pol Toni Harmanto menuturkan hal itu.",
     [("Wakapolda Jatim Brigjen Pol Toni Harmanto", "idn-polda-jatim"), ("Brigjen Pol Toni Harmanto", "idn-polda-jatim")]),
    ("Brigjen Pol Toni Harmanto menuturkan hal itu.", [("Brigjen Pol Toni Harmanto", None)]),  # named in no office
])
def test_a_name_again_is_the_official_named_in_office(text, expected):
    from warta.actors.roles import same_name_in_office

    found = resolve_mentions(text)
    same_name_in_office(found)
    assert [(m.text, m.actor_id) for m in found] == expected


def test_foreign_minister_reads_only_the_ministers_sentence(monkeypatch):
    """Review mend (linear time): each minister's check is given the mentions and places of his
    own sentence, not the whole article's, so an article of many ministers is not quadratic."""
    from warta.actors import match

    seen: list[tuple[int, int]] = []
    real = match._names_country

    def counting(state, mentions, places, since, until):
        seen.append((len(mentions), len(places)))
        return real(state, mentions, places, since, until)

    monkeypatch.setattr(match, "_names_country", counting)
    text = "Malaysia tidak akan memenjarakan pengguna narkoba. " + " ".join(
        f"Di Malaysia, Menteri Hukum Liew Vui Keong{k} menjelaskan hal itu." for k in range(40))
    names = [f"Liew Vui Keong{k}" for k in range(40)]
    spans = [(text.index(n + " "), text.index(n + " ") + len(n), "PER") for n in names]
    resolve_mentions(text, entities=spans)
    assert len(seen) >= 30 and max(n for n, _ in seen) <= 3 and max(p for _, p in seen) <= 2
