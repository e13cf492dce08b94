"""Place mentions in running text: gazetteer names, capitalised, introduced as places.

A name counts as a place mention when a prefix says so ("Kabupaten Bogor"), a place word
comes just before it ("di Gaza", "wilayah Papua"), or the NER tagged it LOC. A prefixed
name the gazetteer lacks ("Desa Sukamaju") is still a mention: an unresolved one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from warta.places.gazetteer import Gazetteer, fold
from warta.places.resolve import Rules

_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][\w'’.-]*")


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    prefix: str | None
    introduced: bool  # a place word or prefix introduces it: a location, not an actor
    found: bool  # the gazetteer has the name


def find_places(text: str, gaz: Gazetteer, rules: Rules, entities: Sequence[tuple[int, int, str]] = ()) -> list[PlaceMention]:
    words = [(m.start(), m.start() + len(w), w) for m in _WORD.finditer(text) if (w := m.group().rstrip("."))]
    folded = [fold(w) for _, _, w in words]
    # split_at[x]: the first word at or after x that punctuation follows ("Bogor, Jawa"), or the
    # last word: a name never runs past it
    split_at = list(range(len(words)))
    for x in range(len(words) - 2, -1, -1):
        if not text[words[x][1] : words[x + 1][0]].strip():
            split_at[x] = split_at[x + 1]
    loc = sorted((s, e) for s, e, label in entities if label == "LOC")
    loc_starts, loc_ends = [s for s, _ in loc], [e for _, e in loc]
    # the article's person names (PER), read once: their words ("Amien" alone after "Amien Rais"
    # is him, not Amiens), their spans, and the longer ones by first word ("dari Kim Cha Eon",
    # tagged ORG there, is the person NER tags "Kim Cha Eon" elsewhere)
    persons = sorted((s, e) for s, e, label in entities if label == "PER")
    person_starts = [s for s, _ in persons]
    person_words: set[str] = set()
    long_names: dict[str, set[str]] = {}
    for s, e in persons:
        name = text[s:e]
        person_words.update(fold(w) for w in name.split())
        if " " in name:
            long_names.setdefault(name.split(maxsplit=1)[0], set()).add(name)
    out: list[PlaceMention] = []
    i = 0
    while i < len(words):
        found = _match_at(words, folded, split_at, i, gaz, rules, text, person_starts)
        if found is None:
            i += 1
            continue
        j, prefix, in_gazetteer = found
        if prefix is None and j == i + 1 and _name_goes_on(words, folded, j, gaz, rules, text, person_starts):
            i = j  # "Bukit Maribaya", "Hotel Fairmont Senayan", "Polda Metro Jaya": no Bukit, Fairmont or Metro
            continue
        start, end = words[i][0], words[j - 1][1]
        if i > 0 and folded[i - 1] in rules.currency_words and not text[words[i - 1][1] : start].strip():
            i = j  # "15.000 dolar Singapura", "yen Jepang": a currency's name, no place
            continue
        if _inside_longer(persons, person_starts, start, end) or any(
            len(n) > end - start and text.startswith(n, start) for n in long_names.get(words[i][2], ())
        ):
            i = j  # a word of a person's name: "Ono Surono" is no Ono in Japan, "Kim So Hye" no Kim in India
            continue
        cue = i > 0 and (folded[i - 1] in rules.place_cues or (i > 1 and folded[i - 2] in rules.place_cues and folded[i - 1] in rules.directions))
        cue = cue and not text[words[i - 1][1] : start].strip()  # "... Lebanon selatan. Amerika Serikat": no cue across a full stop
        cue = cue or bool(out and text[out[-1].end : start].strip() == ",")  # "Kota Bogor, Jawa Barat"
        is_loc = _overlaps_entity(loc_starts, loc_ends, start, end) and fold(text[start:end]) not in person_words
        if prefix or cue or is_loc:
            out.append(PlaceMention(start, end, text[start:end], prefix, bool(prefix or cue), in_gazetteer))
        i = j
    return out


_BROAD = ("country", "adm1")  # names that head no longer name the gazetteer lacks ("Jakarta Convention Center" is in Jakarta)
_NARROW = ("adm3", "city")  # a word that is only a village or town name may still continue a name


def _name_goes_on(words, folded, j: int, gaz: Gazetteer, rules: Rules, text: str, person_starts: list[int]) -> bool:
    """Whether the one-word place name before word ``j`` is only the first word of a longer
    name the gazetteer lacks: a capitalised word follows it after one space, and it is no
    direction, weekday, month or title, begins no province, regency or region (only a village or
    town may share its name: "Metro Jaya"), prefix or person's name of its own
    ("Bupati Bogor Ade Yasin"), the name is no country or province, and it is not in a
    Title Case headline ("Banjir di Jakarta Rendam Rumah")."""
    if j >= len(words) or text[words[j - 1][1] : words[j][0]] != " " or not words[j][2][:1].isupper():
        return False
    word = folded[j]
    if word in rules.directions or word in rules.not_name_words or word in rules.prefix_heads:
        return False
    if any(p.type not in _NARROW for p in gaz.lookup(words[j][2])):
        return False  # "Bandung Jawa Barat": a region, province or regency begins there ("Metro Jaya": only a village Jaya)
    if any(p.type in _BROAD for p in gaz.lookup(words[j - 1][2])):
        return False
    return not _starts_at(person_starts, words[j][0]) and not _in_title_case_line(text, words[j][0])


def _starts_at(starts: Sequence[int], pos: int) -> bool:
    """Whether one of the sorted ``starts`` is ``pos`` (bisection)."""
    k = bisect_left(starts, pos)
    return k < len(starts) and starts[k] == pos


_HEADLINE_CHARS = 200  # a first line longer than this is running text, not a headline


def _in_title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the text's first line (the headline, as the actor step reads
    it) and most of that line's longer words are capitalised: Title Case, which capitalises
    every word. Running text full of names ("kata Kapolda Metro Jaya Irjen ...") is not."""
    first = text.find("\n", 0, _HEADLINE_CHARS)
    if pos > first:
        return False
    line = [w for w in text[:first].split() if len(w) > 3]
    return bool(line) and sum(w[:1].isupper() for w in line) >= 0.75 * len(line)


def _inside_longer(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted, non-overlapping ``spans`` holds [start, end) and more besides."""
    k = bisect_right(starts, start) - 1
    return k >= 0 and end <= spans[k][1] and spans[k][1] - spans[k][0] > end - start


def _overlaps_entity(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether an entity (sorted, not overlapping: spaCy's) starts inside [start, end) or
    covers ``start``, by bisection: time linear in the document, not mentions x entities."""
    i = bisect_left(starts, start)
    if i < len(starts) and starts[i] < end:
        return True
    return i > 0 and ends[i - 1] > start


def _match_at(words, folded, split_at, i, gaz: Gazetteer, rules: Rules, text: str, person_starts: Sequence[int] = ()) -> tuple[int, str | None, bool] | None:
    """(end token, prefix, in gazetteer) of the longest place name starting at token i. A
    street's name is never a gazetteer place ("Jalan Medan Merdeka Barat" is no Medan), and a
    prefixed name the gazetteer lacks ends where a person's name begins ("Perumahan Rakyat
    Basuki Hadimuljono": the ministry's name runs into its minister's)."""
    prefix = None
    k = i
    # a prefix's words are folded[i:i + n] joined by spaces, so its first word is folded[i]
    # (unless folding left a space inside it): most words begin no prefix
    heads = rules.max_prefix_words if folded[i] in rules.prefix_heads or " " in folded[i] else 0
    for n in range(heads, 0, -1):
        key = " ".join(folded[i : i + n])
        if i + n < len(words) and key in rules.prefixes and words[i + n][2][:1].isupper() and not text[words[i + n - 1][1] : words[i + n][0]].strip() and "\n" not in text[words[i + n - 1][1] : words[i + n][0]]:
            # "Istana Negara, Jakarta": a prefix is followed by its name, not by a comma
            prefix, k = key, i + n
            break
    if prefix is None and not words[i][2][:1].isupper():
        return None
    # no punctuation inside a name: "Bogor, Jawa Barat" is two names
    limit = min(len(words), k + gaz.max_words, split_at[k] + 1)
    for j in range(k if prefix in rules.street_prefixes else limit, k, -1):  # a street: straight to its words below
        if not words[j - 1][2][:1].isupper() and folded[j - 1] not in rules.directions:
            continue
        surface = " ".join(w for _, _, w in words[k:j])
        folded_surface = fold(surface)
        if folded_surface in rules.not_places:
            continue  # "Rumah Tahanan": a building, not the town Rumāḩ
        if gaz.by_exact.get(surface) or gaz.by_name.get(folded_surface):
            return j, prefix, True
        if prefix:
            full = " ".join(w for _, _, w in words[i:j])
            if gaz.by_name.get(fold(full)):
                return j, prefix, True
    if prefix:  # a prefixed name the gazetteer lacks: up to three capitalised words
        j = k
        while j < len(words) and j - k < 3 and words[j][2][:1].isupper() and not text[words[j - 1][1] : words[j][0]].strip() and "\n" not in text[words[j - 1][1] : words[j][0]] \
                and not (j > k and _starts_at(person_starts, words[j][0])):
            j += 1
        return (j, prefix, False) if j > k else None
    return None
