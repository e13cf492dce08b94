"""Regional offices by pattern (warta/data/actors/regional_patterns.json): a prefix and the
place after it ("Polres Nunukan", "Pemprov Jawa Barat", "Satuan Polisi Pamong Praja (Satpol PP)
Karangasem"). Read by the matcher (warta.actors.match) where an office starts a mention, and by
the role-phrase rules (warta.actors.roles) where one follows a role noun ("anggota Polres
Lombok Timur")."""

from __future__ import annotations

import re

from warta.actors.register import Register
from warta.actors.scan import Mention, _actor_mention, _contiguous, _is_rank, _proper_run, _Token


def regional_office(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int) -> tuple[Mention, int] | None:
    """A regional office (warta/data/actors/regional_patterns.json): its prefix and the place
    after it. A province, regency or city comes from regions.json, so every form of it gives one
    id ("Pemprov Jabar", "Pemerintah Provinsi Jawa Barat" -> idn-pemprov-jawa-barat); other
    slots (districts, unit names, foreign cities) and patterns with ``other_names`` take the
    capitalised words after the prefix ("Polres Nunukan" -> idn-polres-nunukan)."""
    for key, pattern in reg.regional.get(keys[i], ()):
        n = len(key)
        if tuple(keys[i : i + n]) != key or i + n >= len(toks) or not _contiguous(toks, i, i + n):
            continue
        k = i + n if _contiguous(toks, i + n - 1, i + n + 1) else _past_short_form(reg, toks, keys, i + n, pattern)
        if k is None:
            continue
        if found := office_at(reg, text, toks, keys, i, k, pattern):
            return found
    return None


def office_at(reg: Register, text: str, toks: list[_Token], keys: list[str], i: int, k: int, pattern: dict) -> tuple[Mention, int] | None:
    """The office of ``pattern`` whose place is named from token k on, as a mention from token i:
    after the pattern's own prefix ("Polres [Bogor]") or after a role noun that names the office
    (roles.json ``org_pattern``: "Kapolres [Bogor] AKBP ...", "Kajari [Subulussalam] ...")."""
    if k >= len(toks):
        return None
    levels = [s for s in pattern["slot"].split("|") if s in ("province", "regency", "city")]
    hit = _place(reg, toks, keys, k, levels) if levels else None
    parent = pattern.get("parent") if pattern.get("parent") in reg.actors else None
    if hit:
        place, end = hit
        actor_id = pattern.get("id_by_level", {}).get(place.level, pattern["id_template"]).replace("{slug}", place.slug).replace("{polda}", place.polda)
        parent = place.polda if pattern.get("parent") == "idn-polda-{province_slug}" and place.polda in reg.actors else parent
        name = _office_name(pattern.get("name_by_level", {}).get(place.level, pattern["forms"][0]), place)
    elif levels and not pattern.get("other_names"):
        return None
    else:
        end = _proper_run(reg, toks, keys, k, 4, places=True)  # "KBRI Kuala Lumpur": a capital is a place here
        end = next((x for x in range(k, end) if _is_rank(reg, toks, keys, x)), end)  # "Polsek Medan Timur [Bripka Andi]": its officer
        if end == k:
            return None
        actor_id = pattern["id_template"].replace("{slug}", "-".join(keys[k:end]))
        name = None
    if actor_id in reg.actors:  # "KBRI Kuala Lumpur" is Indonesia itself, a registered actor
        m = _actor_mention(reg, text, toks, i, end, actor_id)
        m.sector = pattern.get("sector") or m.sector
        return m, end
    start, stop = toks[i].start, toks[end - 1].end
    return Mention(start, stop, text[start:stop], actor_id, name or text[start:stop], pattern["type"], pattern.get("country"), pattern.get("sector"), rule="regional", org_id=parent), end


_OPEN, _CLOSE = re.compile(r"[^\S\n]?\("), re.compile(r"\)[^\S\n]?")
_FORM_WORDS = 4  # the longest prefix a form of an office has ("Satuan Polisi Pamong Praja")


def _past_short_form(reg: Register, toks: list[_Token], keys: list[str], k: int, pattern: dict) -> int | None:
    """The token after another form of the same office's prefix in brackets, opening at token
    k, written between a prefix and its place: "Satuan Polisi Pamong Praja [(Satpol PP)]
    Karangasem", "Kepolisian Resor [(Polres)] Lombok Timur"; None when no such bracket opens
    there (any other words in brackets end the office: "Polres (Senin) ...")."""
    if k >= len(toks) or not _OPEN.fullmatch(toks[k].gap):
        return None
    for x in range(k + 1, min(k + 1 + _FORM_WORDS, len(toks))):
        if _CLOSE.fullmatch(toks[x].gap):
            form = tuple(keys[k:x])
            same = any(p is pattern and key == form for key, p in reg.regional.get(keys[k], ()))
            return x if same and _contiguous(toks, k, x) else None
    return None


def _office_name(form: str, place) -> str:
    """The canonical name of a regional office: its pattern's first form with the place's
    display name ("Pemerintah Kabupaten {}" + Sumedang; "DPRD {}" + Kota Bogor)."""
    prefix = form.replace("{}", "").strip()
    display = place.display
    if display.split()[0] in ("Kota", "Kabupaten") and prefix.endswith(display.split()[0]):
        display = display.split(maxsplit=1)[1]  # "Pemerintah Kota {}" + "Kota Bogor"
    return f"{prefix} {display}"


def _place(reg: Register, toks: list[_Token], keys: list[str], k: int, levels: list[str]):
    """The longest province/regency/city (regions.json) of one of ``levels`` named from token k
    on, capitalised, as (place, end); a name several levels share goes to the first of ``levels``."""
    if not toks[k].raw[:1].isupper():
        return None
    best = None
    for key, exact, place in reg.places.get(keys[k], ()):
        n = len(key)
        if best and n < best[1] - k:
            break
        if place.level not in levels or tuple(keys[k : k + n]) != key or not _contiguous(toks, k, k + n):
            continue
        if exact is not None and " ".join(t.raw for t in toks[k : k + n]) != exact:
            continue
        if best is None or levels.index(place.level) < levels.index(best[0].level):
            best = (place, k + n)
    return best
