"""Build src/warta/data/actors/regions.json: the 38 provinces and 514 regencies/cities that
fill the place slot of the regional patterns ("Pemkab {}", "Polres {}", "DPRD {}").

Source: Kepmendagri No 300.2.2-2138 Tahun 2025 region codes, as the derived CSV of
/work/shared/corpora/id-admin-regions (cahyadsn/wilayah, MIT). The press forms (Jabar, Tangsel,
Kukar, ...) and the Polda of each province are hand-written below. The output is committed as
data; run this again after editing the tables:

    python training/actors/build_regions.py [--csv PATH/wilayah_kode_nama.csv]

Each place gets a slug that is unique across all levels and never changes: a province its
name ("jawa-barat"; DKI Jakarta is "jakarta", DI Yogyakarta "yogyakarta"), a regency its bare
name ("bogor"), a city its bare name unless a province or regency has it ("kota-bogor"). The
"display" form names the place in an office's canonical name ("Pemerintah Kota Bogor",
"DPRD Kota Bogor", "Polres Sumedang").
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_lists import slug as slugify  # noqa: E402  (one slug for every generated id)

ROOT = HERE.parents[1]
OUT = ROOT / "src" / "warta" / "data" / "actors" / "regions.json"
CSV = Path("/work/shared/corpora/id-admin-regions/derived/wilayah_kode_nama.csv")

# province code -> (slug, press forms, Polda id). The Polda of Papua Selatan and Papua
# Pegunungan: their regencies still report to Polda Papua (as of 2025).
PROVINCES: dict[str, tuple[str, list[str], str]] = {
    "11": ("aceh", ["Aceh", "Nanggroe Aceh Darussalam", "NAD"], "idn-polda-aceh"),
    "12": ("sumatera-utara", ["Sumatera Utara", "Sumatra Utara", "Sumut"], "idn-polda-sumut"),
    "13": ("sumatera-barat", ["Sumatera Barat", "Sumatra Barat", "Sumbar"], "idn-polda-sumbar"),
    "14": ("riau", ["Riau"], "idn-polda-riau"),
    "15": ("jambi", ["Jambi"], "idn-polda-jambi"),
    "16": ("sumatera-selatan", ["Sumatera Selatan", "Sumatra Selatan", "Sumsel"], "idn-polda-sumsel"),
    "17": ("bengkulu", ["Bengkulu"], "idn-polda-bengkulu"),
    "18": ("lampung", ["Lampung"], "idn-polda-lampung"),
    "19": ("bangka-belitung", ["Kepulauan Bangka Belitung", "Bangka Belitung", "Babel"], "idn-polda-babel"),
    "21": ("kepulauan-riau", ["Kepulauan Riau", "Kepri"], "idn-polda-kepri"),
    "31": ("jakarta", ["DKI Jakarta", "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta", "DKI", "Jakarta"], "idn-polda-metro-jaya"),
    "32": ("jawa-barat", ["Jawa Barat", "Jabar"], "idn-polda-jabar"),
    "33": ("jawa-tengah", ["Jawa Tengah", "Jateng"], "idn-polda-jateng"),
    "34": ("yogyakarta", ["Daerah Istimewa Yogyakarta", "DI Yogyakarta", "DIY", "Yogyakarta"], "idn-polda-diy"),
    "35": ("jawa-timur", ["Jawa Timur", "Jatim"], "idn-polda-jatim"),
    "36": ("banten", ["Banten"], "idn-polda-banten"),
    "51": ("bali", ["Bali"], "idn-polda-bali"),
    "52": ("nusa-tenggara-barat", ["Nusa Tenggara Barat", "NTB"], "idn-polda-ntb"),
    "53": ("nusa-tenggara-timur", ["Nusa Tenggara Timur", "NTT"], "idn-polda-ntt"),
    "61": ("kalimantan-barat", ["Kalimantan Barat", "Kalbar"], "idn-polda-kalbar"),
    "62": ("kalimantan-tengah", ["Kalimantan Tengah", "Kalteng"], "idn-polda-kalteng"),
    "63": ("kalimantan-selatan", ["Kalimantan Selatan", "Kalsel"], "idn-polda-kalsel"),
    "64": ("kalimantan-timur", ["Kalimantan Timur", "Kaltim"], "idn-polda-kaltim"),
    "65": ("kalimantan-utara", ["Kalimantan Utara", "Kaltara"], "idn-polda-kaltara"),
    "71": ("sulawesi-utara", ["Sulawesi Utara", "Sulut"], "idn-polda-sulut"),
    "72": ("sulawesi-tengah", ["Sulawesi Tengah", "Sulteng"], "idn-polda-sulteng"),
    "73": ("sulawesi-selatan", ["Sulawesi Selatan", "Sulsel"], "idn-polda-sulsel"),
    "74": ("sulawesi-tenggara", ["Sulawesi Tenggara", "Sultra"], "idn-polda-sultra"),
    "75": ("gorontalo", ["Gorontalo"], "idn-polda-gorontalo"),
    "76": ("sulawesi-barat", ["Sulawesi Barat", "Sulbar"], "idn-polda-sulbar"),
    "81": ("maluku", ["Maluku"], "idn-polda-maluku"),
    "82": ("maluku-utara", ["Maluku Utara", "Malut"], "idn-polda-malut"),
    "91": ("papua", ["Papua"], "idn-polda-papua"),
    "92": ("papua-barat", ["Papua Barat"], "idn-polda-papua-barat"),
    "93": ("papua-selatan", ["Papua Selatan"], "idn-polda-papua"),
    "94": ("papua-tengah", ["Papua Tengah"], "idn-polda-papua-tengah"),
    "95": ("papua-pegunungan", ["Papua Pegunungan"], "idn-polda-papua"),
    "96": ("papua-barat-daya", ["Papua Barat Daya"], "idn-polda-papua-barat-daya"),
}

# regency/city official name -> press forms beyond the bare and official names
EXTRA_FORMS: dict[str, list[str]] = {
    "Kota Administrasi Jakarta Pusat": ["Jakpus"], "Kota Administrasi Jakarta Utara": ["Jakut"],
    "Kota Administrasi Jakarta Barat": ["Jakbar"], "Kota Administrasi Jakarta Selatan": ["Jaksel"],
    "Kota Administrasi Jakarta Timur": ["Jaktim"], "Kota Tangerang Selatan": ["Tangsel"],
    "Kabupaten Kutai Kartanegara": ["Kukar"], "Kabupaten Kutai Timur": ["Kutim"], "Kabupaten Kutai Barat": ["Kubar"],
    "Kabupaten Penajam Paser Utara": ["PPU"], "Kabupaten Musi Banyuasin": ["Muba"], "Kabupaten Ogan Komering Ilir": ["OKI"],
    "Kabupaten Ogan Komering Ulu": ["OKU"], "Kabupaten Ogan Komering Ulu Selatan": ["OKU Selatan"],
    "Kabupaten Ogan Komering Ulu Timur": ["OKU Timur"], "Kabupaten Serdang Bedagai": ["Sergai"],
    "Kabupaten Mandailing Natal": ["Madina"], "Kabupaten Tapanuli Tengah": ["Tapteng"], "Kabupaten Tapanuli Utara": ["Taput"],
    "Kabupaten Tapanuli Selatan": ["Tapsel"], "Kabupaten Toba": ["Toba Samosir", "Tobasa"],
    "Kabupaten Kotawaringin Barat": ["Kobar"], "Kabupaten Kotawaringin Timur": ["Kotim"],
    "Kabupaten Hulu Sungai Tengah": ["HST"], "Kabupaten Hulu Sungai Utara": ["HSU"], "Kabupaten Hulu Sungai Selatan": ["HSS"],
    "Kota Surabaya": ["Suroboyo"], "Kota Yogyakarta": ["Kota Jogja", "Kota Yogya"], "Kota Surakarta": ["Solo", "Kota Solo"],
    "Kabupaten Lombok Utara": ["KLU"], "Kabupaten Pangkajene dan Kepulauan": ["Pangkep"],
    "Kabupaten Kep. Siau Tagulandang Biaro": ["Sitaro"], "Kota Bau Bau": ["Baubau"],
    "Kota Tanjung Pinang": ["Tanjungpinang"], "Kota Palangkaraya": ["Palangka Raya"], "Kota Pagar Alam": ["Pagaralam"],
    "Kota Lubuk Linggau": ["Lubuklinggau"], "Kota Parepare": ["Pare-Pare", "Pare Pare"], "Kabupaten Toli-Toli": ["Tolitoli"],
    "Kota Pematangsiantar": ["Pematang Siantar", "Siantar"], "Kota Padangsidimpuan": ["Padang Sidempuan"],
    "Kabupaten Lima Puluh Kota": ["Limapuluh Kota", "50 Kota"], "Kota Pangkal Pinang": ["Pangkalpinang"],
}
# Regencies/cities whose police is a Polres of Polda Metro Jaya, not of their province's Polda
METRO_JAYA = {"Kabupaten Bekasi", "Kota Bekasi", "Kota Depok", "Kota Tangerang", "Kota Tangerang Selatan"}

_PREFIX = re.compile(r"^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+")


def build(csv_path: Path = CSV) -> dict:
    rows = [r for r in csv.DictReader(csv_path.open(encoding="utf-8")) if r["level"] in ("provinsi", "kabupaten_kota")]
    provinces = [r for r in rows if r["level"] == "provinsi"]
    seconds = [r for r in rows if r["level"] == "kabupaten_kota"]
    assert len(provinces) == 38 and len(seconds) == 514, (len(provinces), len(seconds))
    places = []
    for r in provinces:
        slug, forms, polda = PROVINCES[r["kode"]]
        official = r["nama"].strip()
        names = list(dict.fromkeys([official, f"Provinsi {official}", *forms, *(f"Provinsi {f}" for f in forms if len(f) > 3)]))
        places.append({"code": r["kode"], "name": official, "display": forms[0], "level": "province", "slug": slug, "province": slug, "polda": polda,
                       "forms": names})  # fmt: skip
    taken = {p["slug"] for p in places}
    bare_regency = {_PREFIX.sub("", r["nama"].strip()) for r in seconds if r["nama"].startswith("Kabupaten")}
    for r in sorted(seconds, key=lambda r: (not r["nama"].startswith("Kabupaten"), r["kode"])):  # regencies take bare slugs first
        official = r["nama"].strip()
        bare = _PREFIX.sub("", official).replace("Kep. ", "Kepulauan ")  # "Kabupaten Kep. Siau Tagulandang Biaro"
        level = "regency" if official.startswith("Kabupaten") else "city"
        slug = slugify(bare)
        if slug in taken:
            slug = ("kab-" if level == "regency" else "kota-") + slug
        taken.add(slug)
        kind = "Kabupaten" if level == "regency" else "Kota"
        extra = EXTRA_FORMS.get(official, [])
        forms = [official, f"{kind} {bare}", bare, *extra, *(f"{kind} {f}" for f in extra if not f.isupper() and not f.startswith(kind))]
        if level == "city" and bare in bare_regency:
            forms.append(f"{bare} Kota")  # "Polresta Bogor Kota"
        province = PROVINCES[r["kode"][:2]]
        polda = "idn-polda-metro-jaya" if official in METRO_JAYA else province[2]
        display = bare if slug == slugify(bare) else f"{kind} {bare}"  # "Bogor" is the regency, "Kota Bogor" the city
        places.append({"code": r["kode"], "name": official, "display": display, "level": level, "slug": slug, "province": province[0], "polda": polda,
                       "forms": list(dict.fromkeys(forms))})  # fmt: skip
    missing = (set(EXTRA_FORMS) | METRO_JAYA) - {p["name"] for p in places}
    assert not missing, f"hand-written forms for unknown places: {missing}"
    places.sort(key=lambda p: p["code"])
    return {
        "_doc": "Generated by training/actors/build_regions.py from the Kepmendagri 2025 region codes: do not edit by hand. "
        "The places that fill the slot of regional_patterns.json; 'forms' are matched after a pattern's prefix "
        "(a bare name shared by a province, regency and city goes to the first level the pattern's slot names).",
        "places": places,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, default=CSV)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    data = build(args.csv)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['places'])} places")


if __name__ == "__main__":
    main()
