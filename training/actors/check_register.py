"""Validate the actor register in src/warta/data/actors/.

    python training/actors/check_register.py [--dir PATH] [--aliases] [--quiet]

Checks: every file parses; every actor line has exactly the register's fields; ids are unique
across files and slug-shaped; type and sector come from the allowed sets; countries are ISO
3166-1 alpha-3 (pycountry when installed, else the codes of countries.jsonl, which must hold
249); parents exist and form no cycle; aliases are unique within an actor, contain the
preferred name, and every alias of three letters or fewer is case-sensitive; QIDs look like
QIDs; roles, forms, regional patterns and ambiguity declarations refer to existing ids and
allowed codes. Finally every alias (case-folded, diacritics stripped) that maps to more than
one actor or role must be declared in ambiguous.json, and every declaration must still be a
real collision. Exit status 1 when there are errors; warnings do not fail.

`check(directory)` returns (errors, warnings, stats) for use in tests.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = ROOT / "src" / "warta" / "data" / "actors"
COUNTRY_NAMES_CSV = Path("/work/shared/corpora/country-names-id/country.csv")

JSONL_FILES = ["countries.jsonl", "igos.jsonl", "indonesia_state.jsonl", "parties.jsonl",
               "civil_society.jsonl", "armed_groups.jsonl", "media.jsonl", "foreign_state.jsonl",
               "persons.jsonl", "agencies.jsonl", "business.jsonl", "universities.jsonl", "officials.jsonl",
               "governors.jsonl", "world_leaders.jsonl", "news_actors.jsonl"]
TYPES = {"country", "state_organ", "armed_force", "police", "armed_group", "party", "igo", "ngo",
         "business", "media", "religious_body", "person", "generic_group"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "PTY", "IGO", "NGO", "CVL", "JRN", "BUS", "REL",
           "OPP", "EDU", "MED"}
FIELDS = ["id", "name", "aliases", "case_sensitive", "type", "country", "sector", "qid", "parent", "note"]
PERSON_FIELDS = FIELDS + ["role"]
RULES = {"prefer_country_context", "prefer_domestic", "case_sensitive", "context_words"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ALPHA3_RE = re.compile(r"^[A-Z]{3}$")
APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u0060\u00b4"), "'")


def fold(alias: str) -> str:
    """Matching key: NFKD without combining marks, case-folded, one apostrophe, hyphens as spaces."""
    s = unicodedata.normalize("NFKD", alias.translate(APOSTROPHES))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("-", " ").replace("\u2013", " ")
    return " ".join(s.split())


def is_short(alias: str) -> bool:
    return len(re.sub(r"[^0-9A-Za-z]", "", alias)) <= 3


def valid_alpha3(codes_from_countries: set[str]) -> tuple[set[str], str]:
    try:
        import pycountry  # noqa: PLC0415

        return {c.alpha_3 for c in pycountry.countries}, "pycountry"
    except ImportError:
        return codes_from_countries, "countries.jsonl"


def load_jsonl(path: Path, errors: list[str]) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{path.name}:{n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{path.name}:{n}: JSON error: {e}")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{path.name}:{n}: not an object")
            continue
        obj["_where"] = f"{path.name}:{n}"
        rows.append(obj)
    return rows


def check(directory: Path = DEFAULT_DIR) -> tuple[list[str], list[str], dict]:
    errors: list[str] = []
    warnings: list[str] = []
    stats: dict = {"actors_per_file": {}}
    actors: dict[str, dict] = {}

    for fname in JSONL_FILES:
        path = directory / fname
        if not path.exists():
            errors.append(f"{fname}: missing")
            continue
        rows = load_jsonl(path, errors)
        stats["actors_per_file"][fname] = len(rows)
        for r in rows:
            w = r["_where"]
            keys = [k for k in r if k != "_where"]
            expected = PERSON_FIELDS if r.get("type") == "person" else FIELDS
            if keys != expected:
                errors.append(f"{w}: fields {keys} != {expected}")
            rid = r.get("id")
            if not isinstance(rid, str) or not ID_RE.match(rid):
                errors.append(f"{w}: id {rid!r} is not a lowercase kebab slug")
                continue
            if rid in actors:
                errors.append(f"{w}: duplicate id {rid} (first at {actors[rid]['_where']})")
                continue
            actors[rid] = r
            if r.get("type") not in TYPES:
                errors.append(f"{w}: type {r.get('type')!r} not allowed")
            if r.get("sector") not in SECTORS:
                errors.append(f"{w}: sector {r.get('sector')!r} not allowed")
            if fname == "countries.jsonl" and r.get("type") != "country":
                errors.append(f"{w}: countries.jsonl holds only type country")
            if fname == "persons.jsonl" and r.get("type") != "person":
                errors.append(f"{w}: persons.jsonl holds only type person")
            if r.get("type") == "person" and not (isinstance(r.get("role"), str) and r["role"]):
                errors.append(f"{w}: person without role")
            q = r.get("qid")
            if q is not None and (not isinstance(q, str) or not QID_RE.match(q)):
                errors.append(f"{w}: qid {q!r} is not a Wikidata QID")
            name = r.get("name")
            aliases = r.get("aliases")
            cs = r.get("case_sensitive")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{w}: empty name")
            if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
                errors.append(f"{w}: aliases must be a non-empty list of strings")
                continue
            if not isinstance(cs, list):
                errors.append(f"{w}: case_sensitive must be a list")
                cs = []
            if name not in aliases:
                errors.append(f"{w}: name {name!r} is not among its aliases")
            dup = [a for a, c in Counter(aliases).items() if c > 1]
            if dup:
                errors.append(f"{w}: duplicate aliases {dup}")
            for a in aliases:
                if a != a.strip() or "  " in a:
                    errors.append(f"{w}: alias {a!r} has stray whitespace")
                if is_short(a) and a not in cs:
                    errors.append(f"{w}: short alias {a!r} must be listed in case_sensitive")
            for c in cs:
                if c not in aliases:
                    errors.append(f"{w}: case_sensitive {c!r} is not an alias")
            if not isinstance(r.get("note"), str):
                errors.append(f"{w}: note must be a string")

    # countries
    country_codes = {r["country"] for r in actors.values() if r.get("type") == "country" and isinstance(r.get("country"), str)}
    alpha3, source = valid_alpha3(country_codes)
    stats["country_code_source"] = source
    n_countries = sum(1 for r in actors.values() if r.get("type") == "country")
    if n_countries != 249:
        errors.append(f"countries.jsonl: {n_countries} countries, expected the 249 of ISO 3166-1")
    if COUNTRY_NAMES_CSV.exists() and source == "pycountry":
        import csv  # noqa: PLC0415

        import pycountry  # noqa: PLC0415

        want = {pycountry.countries.get(alpha_2=row["id"]).alpha_3
                for row in csv.DictReader(COUNTRY_NAMES_CSV.open(encoding="utf-8"))}
        missing = want - country_codes
        if missing:
            errors.append(f"countries.jsonl: missing {sorted(missing)}")
    for r in actors.values():
        c = r.get("country")
        if r.get("type") == "country":
            if r["id"] != str(c).lower():
                errors.append(f"{r['_where']}: country id must be its alpha-3 lower-cased")
        if c is None:
            if r.get("type") in {"country", "state_organ", "police", "party"}:
                errors.append(f"{r['_where']}: type {r['type']} needs a country")
            continue
        if not isinstance(c, str) or not ALPHA3_RE.match(c) or c not in alpha3:
            errors.append(f"{r['_where']}: country {c!r} is not ISO 3166-1 alpha-3")

    # parents
    for r in actors.values():
        p = r.get("parent")
        if p is None:
            continue
        if p not in actors:
            errors.append(f"{r['_where']}: parent {p!r} does not exist")
        elif p == r["id"]:
            errors.append(f"{r['_where']}: parent is itself")
    for rid in actors:
        seen = set()
        cur = rid
        while cur is not None and cur in actors:
            if cur in seen:
                errors.append(f"{actors[rid]['_where']}: parent cycle through {cur}")
                break
            seen.add(cur)
            cur = actors[cur].get("parent")

    # QIDs shared by two actors
    by_qid = defaultdict(list)
    for r in actors.values():
        if r.get("qid"):
            by_qid[r["qid"]].append(r["id"])
    for q, ids in by_qid.items():
        if len(ids) > 1:
            errors.append(f"qid {q} used by {ids}")

    # roles
    roles_path = directory / "roles.json"
    roles: list[dict] = []
    try:
        roles = json.loads(roles_path.read_text(encoding="utf-8"))["roles"]
    except (OSError, ValueError, KeyError) as e:
        errors.append(f"roles.json: {e}")
    role_names = set()
    role_alias_owner: dict[str, str] = {}
    pending_of_role: list[tuple[str, str]] = []  # (where, role named by of_role): checked once all roles are read
    for i, ro in enumerate(roles):
        w = f"roles.json[{i}]"
        name = ro.get("role")
        if not isinstance(name, str) or not name:
            errors.append(f"{w}: missing role name")
            continue
        if name in role_names:
            errors.append(f"{w}: duplicate role {name!r}")
        role_names.add(name)
        allowed = {"role", "aliases", "sector", "person", "group", "org", "org_pattern", "inherits_org", "country", "rank", "note", "needs_complement", "of_role", "members_of", "group_only_counted", "office", "holder_in_article", "acts_for_office", "of_office", "rank_org", "rank_offices"}
        extra = set(ro) - allowed
        if extra:
            errors.append(f"{w}: unknown keys {sorted(extra)}")
        pending_of_role.extend((w, r) for r in ro.get("of_role", ()))
        if ro.get("sector") is not None and ro["sector"] not in SECTORS:
            errors.append(f"{w}: sector {ro['sector']!r} not allowed")
        if "org" in ro and ro["org"] not in actors:
            errors.append(f"{w}: org {ro['org']!r} does not exist")
        if "org_pattern" in ro and not re.match(r"^idn-[a-z-]+-\*$", ro["org_pattern"]):
            errors.append(f"{w}: org_pattern {ro['org_pattern']!r} malformed")
        if "country" in ro and ro["country"] not in alpha3:
            errors.append(f"{w}: country {ro['country']!r} invalid")
        for key in ("person", "group"):
            if not isinstance(ro.get(key), bool):
                errors.append(f"{w}: {key} must be true/false")
        al = ro.get("aliases")
        if not isinstance(al, list) or name not in al:
            errors.append(f"{w}: aliases must be a list containing the role name")
            continue
        for a in al:
            k = fold(a)
            if k in role_alias_owner and role_alias_owner[k] != name:
                errors.append(f"{w}: role alias {a!r} also belongs to role {role_alias_owner[k]!r}")
            role_alias_owner[k] = name
    errors.extend(f"{w}: of_role {r!r} is no role" for w, r in pending_of_role if r not in role_names)
    stats["roles"] = len(roles)
    stats["role_aliases"] = sum(len(ro.get("aliases", [])) for ro in roles)

    # forms and demonyms
    forms_doc = {}
    try:
        forms_doc = json.loads((directory / "demonyms_forms.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        errors.append(f"demonyms_forms.json: {e}")
    forms = forms_doc.get("forms", {})
    for sector, fl in forms.items():
        if sector not in SECTORS:
            errors.append(f"demonyms_forms.json: sector {sector!r} not allowed")
        for f in fl:
            if f.count("{}") != 1:
                errors.append(f"demonyms_forms.json: form {f!r} must hold exactly one {{}}")
    for cid, dl in forms_doc.get("demonyms", {}).items():
        if cid not in actors or actors[cid]["type"] != "country":
            errors.append(f"demonyms_forms.json: demonym key {cid!r} is not a country id")
        if not isinstance(dl, list) or not all(isinstance(d, str) and d for d in dl):
            errors.append(f"demonyms_forms.json: demonyms of {cid} must be strings")
    targets = forms_doc.get("targets", {})
    for cid, m in targets.items():
        if cid not in actors:
            errors.append(f"demonyms_forms.json: targets key {cid!r} is not a country id")
            continue
        for sector, tid in m.items():
            t = actors.get(tid)
            if t is None:
                errors.append(f"demonyms_forms.json: target {tid!r} does not exist")
            elif t["country"] != actors[cid]["country"] or t["sector"] != sector:
                errors.append(f"demonyms_forms.json: target {tid} is {t['country']}/{t['sector']}, not {actors[cid]['country']}/{sector}")
    # an alias that is also a form expansion must agree with the form
    expansions: dict[str, tuple[str, str]] = {}
    for r in actors.values():
        if r["type"] != "country":
            continue
        fills = list(r["aliases"]) + forms_doc.get("demonyms", {}).get(r["id"], [])
        for sector, fl in forms.items():
            for f in fl:
                for x in fills:
                    expansions.setdefault(fold(f.replace("{}", x)), (r["id"], sector))
    stats["form_expansions"] = len(expansions)
    for r in actors.values():
        for a in r.get("aliases", []):
            e = expansions.get(fold(a))
            if e is None:
                continue
            cid, sector = e
            if r["type"] == "country":
                continue
            # an alias wins over a form (it is more specific), but it must agree on country and sector
            if r["country"] != actors[cid]["country"] or r["sector"] != sector:
                errors.append(f"{r['_where']}: alias {a!r} is the form ({cid}, {sector}) but the actor is ({r['country']}, {r['sector']})")

    # regional patterns
    try:
        pats = json.loads((directory / "regional_patterns.json").read_text(encoding="utf-8"))["patterns"]
        for i, p in enumerate(pats):
            w = f"regional_patterns.json[{i}]"
            if p.get("type") not in TYPES:
                errors.append(f"{w}: type {p.get('type')!r}")
            if p.get("sector") not in SECTORS:
                errors.append(f"{w}: sector {p.get('sector')!r}")
            par = p.get("parent")
            if par and "{" not in par and "*" not in par and par not in actors:
                errors.append(f"{w}: parent {par!r} does not exist")
            tpl = p.get("id_template", "")
            if "{" not in tpl and tpl not in actors:
                errors.append(f"{w}: id_template {tpl!r} is neither a template nor an id")
            for f in p.get("forms", []):
                if "{}" not in f and "{" not in f and f != "DPRA":
                    errors.append(f"{w}: form {f!r} without a slot")
        stats["regional_patterns"] = len(pats)
    except (OSError, ValueError, KeyError) as e:
        errors.append(f"regional_patterns.json: {e}")

    # more press forms of listed actors (news_aliases.json, built by build_news_actors.py)
    extra = directory / "news_aliases.json"
    if extra.exists():
        for rid, forms in json.loads(extra.read_text(encoding="utf-8"))["aliases"].items():
            if rid not in actors:
                errors.append(f"news_aliases.json: unknown actor {rid}")
            elif any(is_short(a) for a in forms):
                errors.append(f"news_aliases.json: short aliases must be listed with their actor ({rid})")
            else:
                actors[rid] = dict(actors[rid], aliases=[*actors[rid]["aliases"], *forms])

    # collisions
    entries: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)  # fold -> (target, surface, cs)
    n_alias = 0
    for r in actors.values():
        cs = set(r.get("case_sensitive", []))
        for a in r.get("aliases", []):
            n_alias += 1
            entries[fold(a)].append((r["id"], a, a in cs))
    for ro in roles:
        for a in ro.get("aliases", []):
            # role aliases that are short upper-case abbreviations are matched case-sensitively
            entries[fold(a)].append(("role:" + ro["role"], a, is_short(a) and a.isupper()))
    stats["aliases"] = n_alias
    collisions: dict[str, set[str]] = {}
    for key, lst in entries.items():
        targets_here = {t for t, _, _ in lst}
        if len(targets_here) < 2:
            continue
        clash = set()
        for i, (t1, s1, c1) in enumerate(lst):
            for t2, s2, c2 in lst[i + 1:]:
                if t1 == t2:
                    continue
                if c1 and c2 and s1 != s2:
                    continue  # both case-sensitive with different case: no clash
                if (c1 and not c2 and s1 != s2 and s1.lower() != s2.lower()):
                    continue
                clash |= {t1, t2}
        if clash:
            collisions[key] = clash
    amb = {}
    try:
        amb_doc = json.loads((directory / "ambiguous.json").read_text(encoding="utf-8"))
        for i, d in enumerate(amb_doc.get("ambiguities", [])):
            w = f"ambiguous.json[{i}]"
            k = fold(d.get("alias", ""))
            if k in amb:
                errors.append(f"{w}: alias {d.get('alias')!r} declared twice")
            amb[k] = d
            if d.get("rule") not in RULES:
                errors.append(f"{w}: rule {d.get('rule')!r} not allowed")
            acts = d.get("actors", [])
            for a in acts:
                if a.startswith("role:"):
                    if a[5:] not in role_names:
                        errors.append(f"{w}: role {a!r} does not exist")
                elif a not in actors:
                    errors.append(f"{w}: actor {a!r} does not exist")
            if d.get("default") not in acts and not (d.get("default") is None and d.get("context")):
                # null: no actor unless its context words are near ("Anwar"), which it must then list
                errors.append(f"{w}: default {d.get('default')!r} is not one of its actors")
            for a in (d.get("context") or {}):
                if a not in acts:
                    errors.append(f"{w}: context key {a!r} is not one of its actors")
            if not d.get("reason"):
                errors.append(f"{w}: missing reason")
            if k not in collisions and not (d.get("default") is None and len(acts) == 1):  # one that names no one alone ("Anwar") is no collision
                errors.append(f"{w}: {d.get('alias')!r} is no longer a collision: remove the declaration")
            elif k in collisions and set(acts) != collisions[k]:
                errors.append(f"{w}: {d.get('alias')!r} declared for {sorted(acts)} but maps to {sorted(collisions[k])}")
    except (OSError, ValueError) as e:
        errors.append(f"ambiguous.json: {e}")
    for k, ts in sorted(collisions.items()):
        if k not in amb:
            errors.append(f"undeclared collision: {k!r} -> {sorted(ts)}")
    stats["collisions"] = len(collisions)
    stats["ambiguities_declared"] = len(amb)
    stats["actors"] = len(actors)
    stats["per_type"] = dict(Counter(r["type"] for r in actors.values()))
    stats["per_sector"] = dict(Counter(r["sector"] for r in actors.values()))
    stats["with_qid"] = sum(1 for r in actors.values() if r.get("qid"))
    stats["_collisions"] = {k: sorted(v) for k, v in collisions.items()}
    return errors, warnings, stats


def load_actors(directory: Path = DEFAULT_DIR) -> dict[str, dict]:
    """All actors by id (used by check_dev.py)."""
    out = {}
    for fname in JSONL_FILES:
        for line in (directory / fname).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = r
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--aliases", action="store_true", help="list every multi-actor alias")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    errors, warnings, stats = check(args.dir)
    collisions = stats.pop("_collisions")
    if args.aliases:
        for k, v in sorted(collisions.items()):
            print(f"{k!r}: {v}")
    if not args.quiet:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("error:", e)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
