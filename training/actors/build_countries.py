"""Build src/warta/data/actors/countries.jsonl (249 ISO 3166-1 countries and territories).

Sources: the CLDR Indonesian names in /work/shared/corpora/country-names-id (MIT), pycountry
(alpha-2 -> alpha-3 and English short names) and the hand-written Indonesian forms, nicknames
and capital metonyms below. The output file is committed as data; run this again only to
regenerate it after editing EXTRA:

    python training/actors/build_countries.py [--names PATH/country.csv]

Hand-edits made directly to countries.jsonl would be lost on regeneration: edit EXTRA here.
"""
from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "warta" / "data" / "actors" / "countries.jsonl"
NAMES = Path("/work/shared/corpora/country-names-id/country.csv")

# alpha-3 -> (extra aliases, Wikidata QID or None). Capitals are listed only where the
# press uses them as a metonym for the government ("Washington membantah ...").
EXTRA: dict[str, tuple[list[str], str | None]] = {
    "USA": (["Amerika Serikat", "AS", "Amerika", "Negeri Paman Sam", "Paman Sam", "United States",
             "United States of America", "US", "USA", "U.S.", "A.S.", "Washington", "Washington DC",
             "Washington D.C."], "Q30"),
    "IDN": (["Indonesia", "Republik Indonesia", "RI", "NKRI", "Negara Kesatuan Republik Indonesia",
             "Tanah Air", "Ibu Pertiwi"], "Q252"),
    "CHN": (["Tiongkok", "China", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok", "Republik Rakyat China",
             "Republik Rakyat Cina", "People's Republic of China", "PRC", "Negeri Tirai Bambu", "Negeri Panda",
             "Beijing", "Peking"], "Q148"),
    "GBR": (["Inggris", "Inggris Raya", "Britania Raya", "Britania", "Kerajaan Bersatu", "UK", "United Kingdom",
             "Great Britain", "Britain", "Negeri Ratu Elizabeth", "London"], "Q145"),
    "RUS": (["Rusia", "Federasi Rusia", "Russia", "Russian Federation", "Negeri Beruang Merah", "Moskow",
             "Moscow"], "Q159"),
    "KOR": (["Korea Selatan", "Korsel", "Republik Korea", "South Korea", "Negeri Ginseng", "Negeri Gingseng",
             "Seoul"], "Q884"),
    "PRK": (["Korea Utara", "Korut", "Republik Demokratik Rakyat Korea", "North Korea", "DPRK", "Pyongyang"],
            "Q423"),
    "LBN": (["Lebanon", "Libanon", "Beirut"], "Q822"),
    "TLS": (["Timor Leste", "Timor-Leste", "RDTL", "Republik Demokratik Timor Leste", "East Timor",
             "Timor Timur", "Dili"], "Q574"),
    "PSE": (["Palestina", "Negara Palestina", "Wilayah Palestina", "Palestine", "State of Palestine",
             "Ramallah"], "Q219060"),
    "YEM": (["Yaman", "Yemen", "Sanaa", "Sana'a"], "Q805"),
    "SYR": (["Suriah", "Syria", "Siria", "Damaskus", "Damascus"], "Q858"),
    "IRQ": (["Irak", "Iraq", "Baghdad", "Bagdad"], "Q796"),
    "IRN": (["Iran", "Republik Islam Iran", "Negeri Para Mullah", "Negeri Mullah", "Teheran", "Tehran"], "Q794"),
    "SAU": (["Arab Saudi", "Saudi Arabia", "Kerajaan Arab Saudi", "Saudi", "Riyadh", "Riyad"], "Q851"),
    "ARE": (["Uni Emirat Arab", "UEA", "UAE", "United Arab Emirates", "Emirat Arab", "Abu Dhabi"], "Q878"),
    "NLD": (["Belanda", "Netherlands", "Negeri Belanda", "Negeri Kincir Angin", "Amsterdam"], "Q55"),
    "DEU": (["Jerman", "Germany", "Republik Federal Jerman", "Berlin"], "Q183"),
    "FRA": (["Prancis", "Perancis", "France", "Paris"], "Q142"),
    "JPN": (["Jepang", "Japan", "Negeri Sakura", "Negeri Matahari Terbit", "Tokyo"], "Q17"),
    "NZL": (["Selandia Baru", "New Zealand", "Negeri Kiwi", "Wellington"], "Q664"),
    "PHL": (["Filipina", "Philippines", "Manila"], "Q928"),
    "VNM": (["Vietnam", "Viet Nam", "Hanoi"], "Q881"),
    "MMR": (["Myanmar", "Burma", "Naypyidaw", "Nay Pyi Taw", "Naypyitaw"], "Q836"),
    "MYS": (["Malaysia", "Negeri Jiran", "Kuala Lumpur", "Putrajaya"], "Q833"),
    "SGP": (["Singapura", "Singapore", "Negeri Singa"], "Q334"),
    "EGY": (["Mesir", "Egypt", "Negeri Piramida", "Kairo", "Cairo"], "Q79"),
    "JOR": (["Yordania", "Yordan", "Jordania", "Amman"], "Q810"),
    "TUR": (["Turki", "Turkiye", "Türkiye", "Turkey", "Ankara"], "Q43"),
    "AFG": (["Afganistan", "Afghanistan", "Kabul"], "Q889"),
    "PAK": (["Pakistan", "Islamabad"], "Q843"),
    "IND": (["India", "New Delhi"], "Q668"),
    "ISR": (["Israel", "Negeri Zionis", "Tel Aviv"], "Q801"),
    "AUS": (["Australia", "Negeri Kanguru", "Negeri Kangguru", "Canberra", "Kanberra"], "Q408"),
    "THA": (["Thailand", "Muangthai", "Negeri Gajah Putih", "Bangkok"], "Q869"),
    "KHM": (["Kamboja", "Cambodia", "Phnom Penh"], "Q424"),
    "LAO": (["Laos", "Vientiane"], "Q819"),
    "BRN": (["Brunei", "Brunei Darussalam", "Bandar Seri Begawan"], "Q921"),
    "PNG": (["Papua Nugini", "Papua New Guinea", "PNG", "Port Moresby"], "Q691"),
    "UKR": (["Ukraina", "Ukraine", "Kyiv", "Kiev"], "Q212"),
    "BEL": (["Belgia", "Belgium", "Brussel", "Brussels"], "Q31"),
    "QAT": (["Qatar", "Katar", "Doha"], "Q846"),
    "KWT": (["Kuwait"], "Q817"),
    "OMN": (["Oman", "Muskat", "Muscat"], "Q842"),
    "BHR": (["Bahrain", "Manama"], "Q398"),
    "CAN": (["Kanada", "Canada", "Ottawa"], "Q16"),
    "BRA": (["Brasil", "Brazil", "Negeri Samba", "Brasilia"], "Q155"),
    "ARG": (["Argentina", "Negeri Tango", "Buenos Aires"], "Q414"),
    "MEX": (["Meksiko", "Mexico"], "Q96"),
    "ITA": (["Italia", "Italy"], "Q38"),
    "ESP": (["Spanyol", "Spain", "Negeri Matador"], "Q29"),
    "POL": (["Polandia", "Poland", "Warsawa", "Warsaw"], "Q36"),
    "SWE": (["Swedia", "Sweden", "Stockholm"], "Q34"),
    "NOR": (["Norwegia", "Norway", "Oslo"], "Q20"),
    "DNK": (["Denmark", "Kopenhagen", "Copenhagen"], "Q35"),
    "FIN": (["Finlandia", "Finland", "Helsinki"], "Q33"),
    "CHE": (["Swiss", "Switzerland", "Bern"], "Q39"),
    "AUT": (["Austria", "Wina", "Vienna"], "Q40"),
    "GRC": (["Yunani", "Greece", "Athena", "Athens"], "Q41"),
    "PRT": (["Portugal", "Lisbon"], "Q45"),
    "IRL": (["Irlandia", "Ireland", "Republik Irlandia", "Dublin"], "Q27"),
    "HUN": (["Hungaria", "Hongaria", "Hungary", "Budapest"], "Q28"),
    "CZE": (["Ceko", "Republik Ceko", "Czechia", "Czech Republic", "Praha"], "Q213"),
    "ROU": (["Rumania", "Romania"], "Q218"),
    "BLR": (["Belarus", "Belarusia", "Minsk"], "Q184"),
    "GEO": (["Georgia", "Tbilisi"], "Q230"),
    "ARM": (["Armenia", "Yerevan"], "Q399"),
    "AZE": (["Azerbaijan", "Baku"], "Q227"),
    "KAZ": (["Kazakstan", "Kazakhstan", "Astana"], "Q232"),
    "UZB": (["Uzbekistan", "Tashkent"], "Q265"),
    "LKA": (["Sri Lanka", "Kolombo", "Colombo"], "Q854"),
    "BGD": (["Bangladesh", "Dhaka"], "Q902"),
    "NPL": (["Nepal", "Kathmandu"], "Q837"),
    "MDV": (["Maladewa", "Maldives"], "Q826"),
    "MNG": (["Mongolia", "Ulaanbaatar"], "Q711"),
    "TWN": (["Taiwan", "Republik China", "Taipei"], "Q865"),
    "HKG": (["Hong Kong", "Hongkong"], "Q8646"),
    "MAC": (["Makau", "Macau", "Macao"], "Q14773"),
    "FJI": (["Fiji", "Suva"], "Q712"),
    "VAT": (["Vatikan", "Takhta Suci", "Holy See", "Vatican"], "Q237"),
    "PER": (["Peru", "Lima"], "Q419"),
    "SRB": (["Serbia", "Beograd", "Belgrade"], "Q403"),
    "HRV": (["Kroasia", "Croatia"], "Q224"),
    "BIH": (["Bosnia dan Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Sarajevo"], "Q225"),
    "MLI": (["Mali", "Bamako"], "Q912"),
    "NER": (["Niger", "Niamey"], "Q1032"),
    "BFA": (["Burkina Faso", "Ouagadougou"], "Q965"),
    "TCD": (["Cad", "Chad", "Tchad", "N'Djamena"], "Q657"),
    "CMR": (["Kamerun", "Cameroon"], "Q1009"),
    "COD": (["Republik Demokratik Kongo", "RD Kongo", "DR Kongo", "Kongo-Kinshasa", "Kongo Kinshasa", "DRC",
             "Kinshasa"], "Q974"),
    "COG": (["Republik Kongo", "Kongo-Brazzaville", "Kongo Brazzaville", "Brazzaville"], "Q971"),
    "UGA": (["Uganda", "Kampala"], "Q1036"),
    "TZA": (["Tanzania"], "Q924"),
    "RWA": (["Rwanda", "Kigali"], "Q1037"),
    "ZWE": (["Zimbabwe", "Harare"], "Q954"),
    "MOZ": (["Mozambik", "Mozambique", "Maputo"], "Q1029"),
    "AGO": (["Angola", "Luanda"], "Q916"),
    "GHA": (["Ghana", "Accra"], "Q117"),
    "SEN": (["Senegal", "Dakar"], "Q1041"),
    "ERI": (["Eritrea"], "Q986"),
    "DJI": (["Jibuti", "Djibouti"], "Q977"),
    "CYP": (["Siprus", "Cyprus", "Nikosia"], "Q229"),
    "MLT": (["Malta"], "Q233"),
    "ISL": (["Islandia", "Iceland", "Reykjavik"], "Q189"),
    "LUX": (["Luksemburg", "Luxembourg"], "Q32"),
    "EST": (["Estonia", "Tallinn"], "Q191"),
    "LVA": (["Latvia", "Riga"], "Q211"),
    "LTU": (["Lituania", "Lithuania", "Vilnius"], "Q37"),
    "SVK": (["Slovakia", "Bratislava"], "Q214"),
    "SVN": (["Slovenia", "Ljubljana"], "Q215"),
    "BGR": (["Bulgaria", "Sofia"], "Q219"),
    "MDA": (["Moldova", "Chisinau"], "Q217"),
    "MKD": (["Makedonia Utara", "North Macedonia", "Makedonia", "Skopje"], "Q221"),
    "ALB": (["Albania", "Tirana"], "Q222"),
    "MNE": (["Montenegro", "Podgorica"], "Q236"),
    "TJK": (["Tajikistan", "Dushanbe"], "Q863"),
    "KGZ": (["Kirgistan", "Kirgizstan", "Kyrgyzstan", "Bishkek"], "Q813"),
    "TKM": (["Turkmenistan", "Turkimenistan", "Ashgabat"], "Q874"),
    "BTN": (["Bhutan", "Thimphu"], "Q917"),
    "SLB": (["Kepulauan Solomon", "Solomon Islands", "Honiara"], "Q685"),
    "VUT": (["Vanuatu", "Port Vila"], "Q686"),
    "WSM": (["Samoa", "Apia"], "Q683"),
    "TON": (["Tonga"], "Q678"),
    "ECU": (["Ekuador", "Ecuador", "Quito"], "Q736"),
    "BOL": (["Bolivia", "La Paz"], "Q750"),
    "PRY": (["Paraguay", "Asuncion"], "Q733"),
    "URY": (["Uruguay", "Montevideo"], "Q77"),
    "GTM": (["Guatemala"], "Q774"),
    "HND": (["Honduras", "Tegucigalpa"], "Q783"),
    "NIC": (["Nikaragua", "Nicaragua", "Managua"], "Q811"),
    "SLV": (["El Salvador", "San Salvador"], "Q792"),
    "CRI": (["Kosta Rika", "Costa Rica", "San Jose"], "Q800"),
    "PAN": (["Panama"], "Q804"),
    "HTI": (["Haiti", "Port-au-Prince"], "Q790"),
    "DOM": (["Republik Dominika", "Dominican Republic", "Santo Domingo"], "Q786"),
    "JAM": (["Jamaika", "Jamaica", "Kingston"], "Q766"),
    "CUB": (["Kuba", "Cuba", "Havana", "Habana"], "Q241"),
    "VEN": (["Venezuela", "Caracas"], "Q717"),
    "COL": (["Kolombia", "Colombia", "Bogota"], "Q739"),
    "CHL": (["Cile", "Chili", "Chile", "Santiago"], "Q298"),
    "GRL": (["Grinlandia", "Greenland", "Nuuk"], "Q223"),
    "PRI": (["Puerto Riko", "Puerto Rico"], "Q1183"),
    "ESH": (["Sahara Barat", "Western Sahara"], "Q6250"),
    "MDG": (["Madagaskar", "Madagascar", "Antananarivo"], "Q1019"),
    "ZMB": (["Zambia", "Lusaka"], "Q953"),
    "MWI": (["Malawi", "Lilongwe"], "Q1020"),
    "NAM": (["Namibia", "Windhoek"], "Q1030"),
    "BWA": (["Botswana", "Gaborone"], "Q963"),
    "MRT": (["Mauritania", "Nouakchott"], "Q1025"),
    "GMB": (["Gambia", "Banjul"], "Q1005"),
    "GIN": (["Guinea", "Conakry"], "Q1006"),
    "SLE": (["Sierra Leone", "Freetown"], "Q1044"),
    "LBR": (["Liberia", "Monrovia"], "Q1014"),
    "CIV": (["Pantai Gading", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Abidjan", "Yamoussoukro"], "Q1008"),
    "TGO": (["Togo", "Lome"], "Q945"),
    "BEN": (["Benin", "Porto-Novo", "Cotonou"], "Q962"),
    "GAB": (["Gabon", "Libreville"], "Q1000"),
    "CAF": (["Republik Afrika Tengah", "Afrika Tengah", "Central African Republic", "Bangui"], "Q929"),
    "GNQ": (["Guinea Ekuatorial", "Guinea Khatulistiwa", "Equatorial Guinea", "Malabo"], "Q983"),
    "BDI": (["Burundi", "Gitega"], "Q967"),
    "LSO": (["Lesotho", "Maseru"], "Q1013"),
    "SWZ": (["Eswatini", "eSwatini", "Swaziland"], "Q1050"),
    "COM": (["Komoro", "Comoros", "Moroni"], "Q970"),
    "MUS": (["Mauritius", "Port Louis"], "Q1027"),
    "SYC": (["Seychelles"], "Q1042"),
    "CPV": (["Tanjung Verde", "Cabo Verde", "Cape Verde", "Praia"], "Q1011"),
    "GNB": (["Guinea-Bissau", "Guinea Bissau", "Bissau"], "Q1007"),
    "STP": (["Sao Tome dan Principe", "São Tomé dan Príncipe", "Sao Tome and Principe"], "Q1039"),
    "AND": (["Andorra"], "Q228"),
    "LIE": (["Liechtenstein"], "Q347"),
    "MCO": (["Monako", "Monaco"], "Q235"),
    "SMR": (["San Marino"], "Q238"),
    "PLW": (["Palau"], "Q695"),
    "MHL": (["Kepulauan Marshall", "Marshall Islands"], "Q709"),
    "FSM": (["Mikronesia", "Micronesia"], "Q702"),
    "NRU": (["Nauru"], "Q697"),
    "KIR": (["Kiribati"], "Q710"),
    "TUV": (["Tuvalu"], "Q672"),
    "TTO": (["Trinidad dan Tobago", "Trinidad and Tobago"], "Q754"),
    "BRB": (["Barbados"], "Q244"),
    "BHS": (["Bahama", "Bahamas"], "Q778"),
    "BLZ": (["Belize"], "Q242"),
    "GUY": (["Guyana", "Georgetown"], "Q734"),
    "SUR": (["Suriname", "Paramaribo"], "Q730"),
    "GRD": (["Grenada"], "Q769"),
    "LCA": (["Saint Lucia"], "Q760"),
    "VCT": (["Saint Vincent dan Grenadine", "Saint Vincent and the Grenadines"], "Q757"),
    "KNA": (["Saint Kitts dan Nevis", "Saint Kitts and Nevis"], "Q763"),
    "ATG": (["Antigua dan Barbuda", "Antigua and Barbuda"], "Q781"),
    "DMA": (["Dominika", "Dominica"], "Q784"),
    "ZAF": (["Afrika Selatan", "Afsel", "South Africa", "Pretoria"], "Q258"),
    "NGA": (["Nigeria", "Abuja"], "Q1033"),
    "ETH": (["Etiopia", "Ethiopia"], "Q115"),
    "KEN": (["Kenya", "Nairobi"], "Q114"),
    "SOM": (["Somalia", "Mogadishu"], "Q1045"),
    "SDN": (["Sudan", "Khartoum"], "Q1049"),
    "SSD": (["Sudan Selatan", "South Sudan", "Juba"], "Q958"),
    "LBY": (["Libia", "Libya"], "Q1016"),
    "TUN": (["Tunisia", "Tunis"], "Q948"),
    "DZA": (["Aljazair", "Algeria", "Aljir", "Algiers"], "Q262"),
    "MAR": (["Maroko", "Morocco", "Rabat"], "Q1028"),
    "MYT": (["Mayotte"], None),
}

# English short names that are too ambiguous to keep (person names, common words).
SKIP_ENGLISH = {"Chad", "Jordan", "Jersey", "Guernsey", "Georgia", "Turkey", "Niger", "Cuba",
                "Chile", "Lima", "Santiago", "Kingston", "Georgetown", "Sofia", "Praia", "Juba",
                "Wellington", "San Jose", "La Paz", "Riga", "Bern", "Athena", "Victoria"}

# Aliases of any length matched case-sensitively because they are ordinary words or
# strings in lower case (aliases of 3 letters or fewer are always case-sensitive).
CASE_SENSITIVE = {"AS", "US", "UK", "RI", "RRT", "RRC", "PRC", "USA", "U.S.", "A.S.", "UEA", "UAE", "PNG",
                  "DRC", "DPRK", "NKRI", "RDTL", "Cad", "Chili", "Cuba", "Tanah Air", "Ibu Pertiwi",
                  "Mali", "Niger", "Togo", "Peru", "Oman", "Tonga", "Samoa", "Malta", "Fiji",
                  "Reunion", "Réunion", "Jersey", "Paman Sam", "Bagdad", "Yordan", "Afsel", "Guam",
                  "Niue", "Swiss", "Laos", "Aruba", "Lima", "Sofia", "Sanaa", "Hongkong", "Britania",
                  "Riyad", "Doha", "Baku", "Bern", "Riga", "Apia", "Suva", "Praia", "Juba",
                  "Wina", "Bahama", "Kabul"}

NOTES = {
    "USA": "'Amerika' alone means the United States in Indonesian news, not the continent.",
    "IDN": "'Jakarta' is not an alias: it is nearly always the place (and every dateline); 'Jakarta memprotes ...' as a metonym must be resolved from context.",
    "GBR": "'bahasa Inggris' is the language, not the actor; 'Inggris' is used for the whole UK.",
    "PSE": "Jerusalem (Yerusalem/Al-Quds) is deliberately not an alias of ISR or PSE (contested).",
    "ISR": "Jerusalem (Yerusalem) is deliberately not an alias (contested capital); Tel Aviv is the usual metonym.",
    "IRN": "Teheran/Tehran as metonym for the Iranian government.",
    "BEL": "Brussel as metonym for Belgium; the EU is 'Uni Eropa'/'UE'.",
    "KOR": "'Korea' alone is not an alias (KOR or PRK).",
    "PRK": "'Korea' alone is not an alias (KOR or PRK).",
    "COD": "'Kongo' alone is not an alias (COD or COG).",
    "COG": "'Kongo' alone is not an alias (COD or COG).",
    "TWN": "Sector GOV like every country; whether it is a state is not decided here.",
    "AFG": "'Kabul' is case-sensitive ('kabul' = granted). Governed de facto by the Taliban since August 2021 (see actor 'taliban').",
}


def slug_ok(s: str) -> bool:
    return "," not in s and "(" not in s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=Path, default=NAMES)
    args = ap.parse_args()
    rows = list(csv.DictReader(args.names.open(encoding="utf-8")))
    out = []
    for row in rows:
        c = pycountry.countries.get(alpha_2=row["id"])
        a3 = c.alpha_3
        extra, qid = EXTRA.get(a3, ([], None))
        name_id = row["value"]
        aliases: list[str] = []

        def add(a: str) -> None:
            a = a.strip()
            if a and a not in aliases:
                aliases.append(a)

        # preferred name: the common Indonesian form when the CLDR one is a long official form
        preferred = {
            "GBR": "Inggris", "HKG": "Hong Kong", "MAC": "Makau", "MMR": "Myanmar", "PSE": "Palestina",
            "CIV": "Pantai Gading", "SWZ": "Eswatini", "UMI": "Kepulauan Terluar Amerika Serikat",
        }.get(a3, name_id)
        add(preferred)
        if name_id not in ("Hong Kong DAK Tiongkok", "Makau DAK Tiongkok", "Myanmar (Burma)",
                           "Côte d’Ivoire", "Kepulauan Terluar A.S."):
            add(name_id)
        elif name_id == "Côte d’Ivoire":
            add("Côte d'Ivoire")
        for a in extra:
            add(a)
        for eng in (getattr(c, "common_name", None), c.name):
            if eng and slug_ok(eng) and eng not in SKIP_ENGLISH:
                add(eng)
        cs = [a for a in aliases if a in CASE_SENSITIVE or len(a.replace(".", "")) <= 3]
        out.append({
            "id": a3.lower(), "name": preferred, "aliases": aliases, "case_sensitive": cs,
            "type": "country", "country": a3, "sector": "GOV", "qid": qid, "parent": None,
            "note": NOTES.get(a3, ""),
        })
    out.sort(key=lambda r: r["id"])
    with OUT.open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} countries to {OUT}")


if __name__ == "__main__":
    main()
