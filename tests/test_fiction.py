"""warta.fiction: a synopsis of a film or series is known by its headline; the events step codes
no events in it (the real-news guide: entertainment is no event; 12 train synopses, 0 gold
events) and the actors step keeps only its registered actors (tests/test_actors_spans16*.py)."""

from __future__ import annotations

import pytest

from warta.evaluate.events import through_actors
from warta.events.stage import Events
from warta.fiction import headline, is_synopsis
from warta.records import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sinopsis Drama STILL 17 Episode 22, Kebenaran yang Menyakiti Shin Hye Sun", True),
        ("SINOPSIS Sinetron 'ORANG KETIGA' Episode 666", True),
        ("  Sinopsis Film Dilan", True),
        ("Polisi Tangkap Dua Pelaku Pencurian", False),
        ("Bocoran sinopsis film baru", False),  # the word inside a headline: news about a film
        ("", False),
    ],
)
def test_is_synopsis(text: str, expected: bool) -> None:
    assert is_synopsis(text) is expected


def _doc(title: str | None, text: str) -> Document:
    return Document(doc_id="d", content_hash="d", source_file="f", position="", source_format="txt", raw_text=text, text=text, title=title)


def test_the_headline_is_the_title_else_the_first_line() -> None:
    assert headline(_doc("Sinopsis Film Dilan", "Dilan menemui Milea.")) == "Sinopsis Film Dilan"
    assert headline(_doc(None, "Sinopsis Film Dilan\nDilan menemui Milea.")) == "Sinopsis Film Dilan"
    assert headline(_doc("  ", "Banjir di Jakarta\nWarga mengungsi.")) == "Banjir di Jakarta"


STORY = "Polisi menangkap dua pelaku perampokan di Jakarta. Kapolres Jakarta Barat meminta warga waspada."


def _events(first_line: str, fiction: bool = True) -> list:
    gold = [{"id": "d", "text": f"{first_line}\n{STORY}"}]
    return Events(fiction=fiction)(through_actors(gold))[0].annotations.events


def test_a_synopsis_codes_no_events() -> None:
    assert _events("Polisi Tangkap Perampok di Jakarta")  # the same story as news has events
    assert _events("Sinopsis Sinetron 'CINTA BUTA' Episode 76") == []
    assert _events("Sinopsis Sinetron 'CINTA BUTA' Episode 76", fiction=False)  # switched off: coded as news
