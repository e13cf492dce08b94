"""Session 18's changes to how the coreference rules choose (issue 15, real news), each with its
own table: a text where the change decides (and before it the mention was read otherwise) and
one where it must leave the choice as it was."""

from __future__ import annotations

import pytest
from conftest import resolved

# link_salient's reporter: a "-nya" pronoun or a bare noun right in the clause a reporting verb
# opens is who reports it, the nearest fitting mention before the verb (none after a preposition),
# when nothing that fits lies between the verb and it: (text, anaphor, antecedent)
REPORTER = [
    ("Meski PPP mengatakan akan mengevaluasi dukungan, Partai Nasdem mengklaim koalisi yang dibangun partainya masih solid.",
     "partainya", "Partai Nasdem"),  # was PPP, the leftmost party of the sentence
    ("Perserikatan Bangsa-Bangsa, New York (ANTARA News) - Utusan Inggris menyatakan negaranya tidak sepakat dengan keputusan Amerika Serikat.",
     "negaranya", "Utusan Inggris"),  # was the outlet of the dateline (Indonesia)
    ("Polda Aceh, kepada KPK, mengatakan pihaknya telah menerima berkas perkara.", "pihaknya", "Polda Aceh"),  # not after "kepada"; was KPK
    ("Atas keputusan Kepulauan Solomon, Menteri Luar Negeri Taiwan Joseph Wu mengatakan bahwa pemerintah menyesalkan keputusan itu.",
     "pemerintah", "Menteri Luar Negeri Taiwan Joseph Wu"),  # a bare noun: the reporter's country; was the Solomon Islands
    ("PPP mengatakan Partai Nasdem menolak koalisi yang dibangun partainya.", "partainya", "PPP"),  # a party after the verb: no reporter, salience as before
    ("Polda Aceh mengatakan kepada KPK bahwa pihaknya telah menerima berkas perkara.", "pihaknya", "Polda Aceh"),  # a preposition's object after the verb is no one meant; was KPK
    ("Partai PPP menolak. Partai Nasdem mengatakan kepada Golkar bahwa partainya solid.", "partainya", "Partai Nasdem"),  # likewise; was PPP
]


@pytest.mark.parametrize("text, anaphor, antecedent", REPORTER)
def test_a_reported_clause_s_possessive_is_its_reporter(text, anaphor, antecedent):
    got = resolved(text)
    assert got[anaphor][0] == "salient" and got[anaphor][2] == antecedent, got


# link._people: a bare force noun ("Polisi" -> Polri, role rule force_of_role) names the
# institution, no group of people, so "mereka" that prefers people passes over it: (text, anaphor, antecedent)
PEOPLE = [
    ("Polisi memeriksa puluhan siswa SMA yang terlibat tawuran. Mereka mengaku diajak kakak kelas.", "Mereka", "puluhan siswa SMA"),  # was Polisi
    ("Ratusan polisi memeriksa puluhan siswa SMA. Mereka mengaku diajak kakak kelas.", "Mereka", "Ratusan polisi"),  # counted: people, the subject
]


@pytest.mark.parametrize("text, anaphor, antecedent", PEOPLE)
def test_mereka_prefers_people_to_a_bare_force(text, anaphor, antecedent):
    got = resolved(text)
    assert got[anaphor][2] == antecedent, got


def test_the_reporter_is_looked_for_at_most_look_back_characters_back():
    """``_reporter`` reads the reporting verbs of a sentence no further back than ``LOOK_BACK``
    (a sentence may be of any length, issue 16): past it, salience decides as before."""
    from warta.actors.link import LOOK_BACK

    lead = "Meski PPP mengatakan akan mengevaluasi dukungan, Partai Nasdem mengklaim koalisi yang dibangun "
    near, far = lead + "partainya masih solid.", lead + "sangat " * (LOOK_BACK // 7 + 1) + "partainya masih solid."
    assert resolved(near)["partainya"][2] == "Partai Nasdem"
    assert resolved(far)["partainya"][2] == "PPP"
