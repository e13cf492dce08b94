"""Session 16's coreference steps and rules (issue 15, real news), each with its own table:
a text where it does its work (and with it switched off the mention is read otherwise) and
one where it must not."""

from __future__ import annotations

import pytest

from warta.actors.coref import resolve_mentions


def _resolved(text: str, without=()) -> dict[str, tuple]:
    ms = resolve_mentions(text, without=without)
    return {m.text: (m.coref_rule, m.actor_id, None if m.antecedent is None else ms[m.antecedent].text) for m in ms}


# the finding step "mojibake_quotes": (text, the pronoun it makes a word, its antecedent or None: no pronoun there)
MOJIBAKE_QUOTES = [
    ("Polda Metro Jaya menangkap lima tersangka. \u201a\u00c4\u00faKami masih memburu dua lagi,\u201a\u00c4\u00f9 kata Ade.", "Kami", "Polda Metro Jaya"),
    ("Gubernur Jawa Barat Dedi Mulyadi mengatakan, \u201a\u00c4\u00faSaya akan memanggil para bupati.\u201a\u00c4\u00f9", "Saya", "Gubernur Jawa Barat Dedi Mulyadi"),
    ("Polda Metro Jaya menangkap lima tersangka. \u00c4\u00faKami masih memburu dua lagi.", "Kami", None),  # no Mac Roman quote: a word of its own
]


@pytest.mark.parametrize("text, pronoun, antecedent", MOJIBAKE_QUOTES)
def test_a_mojibake_quote_is_read_as_the_quote(text, pronoun, antecedent):
    got = _resolved(text)
    if antecedent is None:
        assert pronoun not in got, got
        return
    assert got[pronoun][2] == antecedent, got
    assert pronoun not in _resolved(text, without={"mojibake_quotes"})  # glued to the quote, no word of its own
    assert all(text[m.start : m.end] == m.text for m in resolve_mentions(text))  # the mentions keep the text's own characters


def test_a_speech_tag_before_a_full_stop_names_the_speaker():
    """ '"...kami," katanya.' : the tag is read without its full stop (quoted_speaker), so "kami" is
    the organisation of the person quoted before, not the nearer group."""
    text = ('Panglima TNI Jenderal Gatot Nurmantyo meninjau rumah para veteran. "Kalau ada veteran yang terlantar, '
            'informasikan kepada kami," katanya.')
    got = _resolved(text)
    assert got["kami"][:2] == ("quoted_speaker", "idn-tni"), got


def test_the_person_quoted_before_is_one_who_speaks():
    """ '"Saya ...," katanya.': of the persons before the quotation, one who speaks ("Menurut dia")
    comes before a nearer one spoken of (quoted_speaker)."""
    text = 'Anies Baswedan menjenguk Presiden Joko Widodo. Menurut dia, Joko Widodo sudah sehat. "Saya mendapat kabar baik dari dokter," katanya.'
    got = _resolved(text)
    assert got["Saya"] == ("quoted_speaker", "idn-anies-baswedan", "dia"), got
