"""Session 16's coreference steps and rules (issue 15, real news), each with its own table:
a text where it does its work (and with it switched off the mention is read otherwise) and
one where it must not."""

from __future__ import annotations

import pytest
from conftest import resolved

from warta.actors.coref import resolve_mentions

# the finding step "mojibake_quotes": (text, the pronoun it makes a word, its antecedent or None: no pronoun there)
MOJIBAKE_QUOTES = [
    ("Polda Metro Jaya menangkap lima tersangka. \u201a\u00c4\u00faKami masih memburu dua lagi,\u201a\u00c4\u00f9 kata Ade.", "Kami", "Polda Metro Jaya"),
    ("Gubernur Jawa Barat Dedi Mulyadi mengatakan, \u201a\u00c4\u00faSaya akan memanggil para bupati.\u201a\u00c4\u00f9", "Saya", "Gubernur Jawa Barat Dedi Mulyadi"),
    ("Polda Metro Jaya menangkap lima tersangka. \u00c4\u00faKami masih memburu dua lagi.", "Kami", None),  # no Mac Roman quote: a word of its own
]


@pytest.mark.parametrize("text, pronoun, antecedent", MOJIBAKE_QUOTES)
def test_a_mojibake_quote_is_read_as_the_quote(text, pronoun, antecedent):
    got = resolved(text)
    if antecedent is None:
        assert pronoun not in got, got
        return
    assert got[pronoun][2] == antecedent, got
    assert pronoun not in resolved(text, without={"mojibake_quotes"})  # glued to the quote, no word of its own
    assert all(text[m.start : m.end] == m.text for m in resolve_mentions(text))  # the mentions keep the text's own characters


def test_a_speech_tag_before_a_full_stop_names_the_speaker():
    """ '"...kami," katanya.' : the tag is read without its full stop (quoted_speaker), so "kami" is
    the organisation of the person quoted before, not the nearer group."""
    text = ('Panglima TNI Jenderal Gatot Nurmantyo meninjau rumah para veteran. "Kalau ada veteran yang terlantar, '
            'informasikan kepada kami," katanya.')
    got = resolved(text)
    assert got["kami"][:2] == ("quoted_speaker", "idn-tni"), got


def test_the_person_quoted_before_is_one_who_speaks():
    """ '"Saya ...," katanya.': of the persons before the quotation, one who speaks ("Menurut dia")
    comes before a nearer one spoken of (quoted_speaker)."""
    text = 'Anies Baswedan menjenguk Presiden Joko Widodo. Menurut dia, Joko Widodo sudah sehat. "Saya mendapat kabar baik dari dokter," katanya.'
    got = resolved(text)
    assert got["Saya"] == ("quoted_speaker", "idn-anies-baswedan", "dia"), got


# --- issue 16: every search back is bounded, so resolving a document is linear in its length ----


class _Counted(list):
    """A list that counts the items read from it by index: the steps a search takes."""

    reads = 0

    def __getitem__(self, k):
        type(self).reads += 1
        return super().__getitem__(k)


def _reads(monkeypatch, text: str) -> int:
    """How many mentions the rules read while resolving ``text``."""
    import warta.actors.coref as coref
    from warta.actors.rules import Doc as real

    class Counted(_Counted):
        reads = 0

    monkeypatch.setattr(coref, "Doc", lambda text, reg, ana, ms, starts, pending: real(text, reg, ana, Counted(ms), starts, pending))
    resolve_mentions(text)
    return Counted.reads


def test_many_anaphors_nothing_fits_cost_linear_work(monkeypatch):
    """A document of many "Ia" with no person anywhere ("Gempa mengguncang Jepang. Ia ..."): each
    "ia" falls back on the nearest search (link_nearest), which looks no further than LOOK_BACK
    characters, so each hundred sentences more cost the same steps (linear); with the search
    walking back to the document's start each hundred would cost more than the last (quadratic)."""
    part = "Gempa mengguncang Jepang dan Korea Selatan. Ia tidak tahu apa yang terjadi. "
    assert all(m.antecedent is None for m in resolve_mentions(part * 3) if m.text == "Ia")
    one, two, three = (_reads(monkeypatch, part * n) for n in (100, 200, 300))  # 7,600 to 22,800 characters
    assert three - two <= 1.05 * (two - one), (one, two, three)


def test_the_nearest_searches_look_back_a_bounded_stretch():
    """link_nearest and _private_person read only the mentions in LOOK_BACK characters before the
    anaphor, however many come before them."""
    from warta.actors.anaphora import load_anaphora
    from warta.actors.link import LOOK_BACK, _private_person, link_nearest
    from warta.actors.match import Mention
    from warta.actors.register import load_register

    reg, ana = load_register(), load_anaphora()
    for n in (100, 1000):
        ms = _Counted(Mention(50 * k, 50 * k + 9, "Jepang", "jpn", "Jepang", "country", "JPN", None) for k in range(n))
        ms.append(Mention(50 * n, 50 * n + 2, "ia", None, None, None, None, None, rule="anaphor"))
        _Counted.reads = 0
        link_nearest(ms, n, ("person",), reg)
        steps = _Counted.reads
        assert steps <= LOOK_BACK // 50 + 2 and ms[n].antecedent is None, (n, steps)
        _Counted.reads = 0
        assert _private_person(ms, n, ana) is None and _Counted.reads <= LOOK_BACK // 50 + 2, (n, _Counted.reads)


def test_an_abbreviation_reads_only_the_mentions_in_its_bracket():
    """ "Komisi Pemberantasan Korupsi (KPK)" then a thousand mentions: the bracket's mentions are
    looked for up to the bracket's end, not through the rest of the document."""
    from warta.actors.coref import _with_abbreviations
    from warta.actors.match import Mention
    from warta.actors.register import load_register

    text = "Komisi Pemberantasan Korupsi (KPK) memeriksa" + " Jepang" * 1000
    named = _Counted([Mention(0, 28, "Komisi Pemberantasan Korupsi", "idn-kpk", "KPK", "government", "IDN", "GOV"),
                      Mention(30, 33, "KPK", "idn-kpk", "KPK", "government", "IDN", "GOV")]
                     + [Mention(44 + 7 * k + 1, 44 + 7 * k + 7, "Jepang", "jpn", "Jepang", "country", "JPN", None) for k in range(1000)])  # fmt: skip
    _Counted.reads = 0
    out = _with_abbreviations(text, named, load_register())
    assert out[0].text == "Komisi Pemberantasan Korupsi (KPK)" and len(out) == 1001
    assert _Counted.reads <= 1000 + 20, _Counted.reads  # one read a mention, and a few for the bracket


def test_a_short_name_is_looked_for_among_a_bounded_number_of_name_words():
    """ "Enggar" after "Enggartiasto Lukita" (name_prefix) is looked for among the NAME_WORDS_BACK
    name words read last, however many names the document read."""
    from warta.actors.coref import NAME_WORDS_BACK, _person_named

    class Known(dict):
        reads = 0

        def __reversed__(self):
            for w in super().__reversed__():
                Known.reads += 1
                yield w

    known = Known({f"Nama{k}": None for k in range(2000)})
    assert _person_named("Enggar", known, prefixes=True) is None and Known.reads <= NAME_WORDS_BACK


# review mend: kin_again reads the last word of a clitic mention of more than one word
KIN_AGAIN_WORDS = [
    ("Siswa SMP TB 911 belajar di garasi. Cucu terus berjuang membantu kedua siswanya.", "kedua siswanya", "Siswa SMP TB"),
    ("Siswa SMP TB 911 belajar di garasi. Cucu terus membantu para siswanya.", "para siswanya", "Siswa SMP TB"),
    ("Siswa SMP TB 911 belajar di garasi. Cucu terus membantu kedua anaknya.", "kedua anaknya", None),  # another noun
]


@pytest.mark.parametrize("text, clitic, antecedent", KIN_AGAIN_WORDS)
def test_kin_again_reads_the_last_word_of_the_clitic(text, clitic, antecedent):
    rule, _, found = resolved(text)[clitic]
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
