"""Bytes to text: byte-order marks, UTF-8, then charset detection; binary files refused.

Scraped news arrives as UTF-8 mostly, but also as cp1252/latin-1 (old CMS exports) and
UTF-16 with a BOM (Windows tools). We decide from a sample, so streaming readers can
decode a 500 MB file without holding it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of files that are certainly not text, named for the error message.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"SQLite format 3", "an SQLite database"),
    (b"DUCK", "a DuckDB database"),
)


class NotText(Exception):
    """The bytes are not text in any encoding we accept."""


@dataclass(frozen=True)
class Encoding:
    name: str
    detected: bool  # True when charset detection (not BOM or valid UTF-8) decided it


def sniff_encoding(sample: bytes, *, complete: bool) -> Encoding:
    """Choose the encoding of a file from its first bytes.

    ``complete`` says the sample is the whole file (so a multi-byte character cut at the
    end of the sample is an error, not an artefact of sampling).
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return Encoding(name, detected=False)
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise NotText(f"binary file ({what})")
    if b"\x00" in sample:
        raise NotText("binary file (contains NUL bytes)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return Encoding("utf-8", detected=False)
    except UnicodeDecodeError:
        pass
    best = from_bytes(sample).best()
    if best is None:
        raise NotText("binary file (no text encoding fits)")
    name = best.encoding
    # charset-normalizer often says latin-1 for what is really cp1252 (curly quotes, dashes)
    if name in ("latin_1", "iso8859_1"):
        name = "cp1252"
    return Encoding(name, detected=True)


def decode(data: bytes) -> tuple[str, Encoding]:
    """Decode a whole (small) file; raise NotText for binary data."""
    enc = sniff_encoding(data[:65536] if len(data) > 65536 else data, complete=len(data) <= 65536)
    try:
        return data.decode(enc.name), enc
    except UnicodeDecodeError:
        # The sample was clean but a later byte is not: keep the text, mark the damage.
        return data.decode(enc.name, errors="replace"), enc
