"""Build src/warta/data/actors/news_actors.jsonl and news_aliases.json: actors that everyday
Indonesian news names and the register lacked, found by the real-news error analysis
(docs/actors.md, issue 15 item 1) and taken from sources other than the real-news dev and
test sets:

- ``TRAIN``: organisations the annotators of the real-news **train** set
  (tests/fixtures/events/real-train.jsonl) named as an event's actor or recipient ("canon")
  and the register did not resolve. The build checks that every listed ``canon`` occurs there
  (the source of the entry); type, sector and the short forms are written by hand. Three
  spelling variants the train set uses for actors already listed went to civil_society.jsonl
  as aliases ("Masyarakat Anti Korupsi Indonesia", "Komnas Anak", "Majelis Tinggi Agama
  Konghucu Indonesia").
- ``TRAIN_FORMS``: press forms of listed actors the train annotations give that actor's id and
  the register did not resolve ("Pemerintah Pusat" -> idn, "Pihak Kepolisian" -> Polri), written
  to news_aliases.json (the build checks each occurs there with that id).
- ``STATE_2019``: state bodies of the years the real-news corpora cover (2016-2019) that were
  merged or renamed since (LIPI, BPPT, LAPAN, BATAN into BRIN in 2021; BNP2TKI, Kemenristekdikti,
  Kemenko Kemaritiman, UKP-PIP); source: the Perpres that made and merged them (Perpres 78/2021
  on BRIN; Perpres 90/2019 on BP2MI; Perpres 7/2018 on BPIP; Perpres 68/2019 on the ministries
  of 2019). KNKT and the Majelis Rakyat Papua, still in place, are in ``TRAIN``.
- ``CLUBS``: football clubs (Liga 1 2019 and the English Premier League 2019-20, from the
  leagues' own club lists; the largest clubs of Spain, Italy, Germany and France) as companies
  (sector BUS); supporters' groups are in ``TRAIN``. Sports are a regular section of the
  CLICK-ID outlets, and the train set names clubs and supporters as actors.
- ``MEDIA``: the regional outlets of the Tribun network and the other CLICK-ID outlets
  (KapanLagi, Fimela, Pos Kota), with their domain forms ("POS-KUPANG.COM"), from the outlets'
  own sites.

Only names that name one organisation are aliases: a club named like its city ("Liverpool",
"Chelsea", "Barcelona", "Napoli") is listed with its suffix only ("Liverpool FC"), a word that
is also an ordinary word or a nickname keeps its case ("Arsenal", "Mutiara Hitam"), and no
bare "Surya" (a common name). Persons (``TRAIN_PERSONS``): only public figures who hold no
office and whom the train set names as actors in two or more documents; no office holders of
2019 (the real-news annotations give an official the register lacks his organisation's id, and
the role rules do the same), no private persons, initials or common names.

    python training/actors/build_news_actors.py [--train FILE] [--out FILE] [--check]

``--check`` exits 1 when a committed file differs from what this script makes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_lists import record, slug  # noqa: E402  (one record layout and slug for every generated file)
from generated import write_or_check  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "src" / "warta" / "data" / "actors" / "news_actors.jsonl"
TRAIN_FILE = ROOT / "tests" / "fixtures" / "events" / "real-train.jsonl"

# (canon as annotated in real-train, id, short forms, type, country, sector, parent)
TRAIN = [
    ("Saudi Aramco", "sau-aramco", ["Aramco", "Saudi Arabian Oil Company"], "business", "SAU", "BUS", None),
    ("PB Djarum", "idn-pb-djarum", ["Persatuan Bulutangkis Djarum", "PB Djarum Kudus"], "ngo", "IDN", "CVL", None),
    ("Djarum Foundation", "idn-djarum-foundation", [], "ngo", "IDN", "NGO", None),
    ("Wadah Pegawai KPK", "idn-wp-kpk", ["WP KPK"], "ngo", "IDN", "CVL", None),
    ("Lion Air Group", "idn-lion-air-group", ["Lion Air", "Lion Group", "Batik Air", "Wings Air"], "business", "IDN", "BUS", None),
    ("Blibli", "idn-blibli", ["Blibli.com"], "business", "IDN", "BUS", None),
    ("Tiket.com", "idn-tiket-com", [], "business", "IDN", "BUS", None),
    ("Payfazz", "idn-payfazz", [], "business", "IDN", "BUS", None),
    ("GTV", "idn-gtv", ["Global TV"], "media", "IDN", "JRN", None),
    ("Majelis Rakyat Papua", "idn-mrp", ["MRP"], "state_organ", "IDN", "GOV", None),
    ("Komite Nasional Keselamatan Transportasi", "idn-knkt", ["KNKT"], "state_organ", "IDN", "GOV", None),
    ("PT Kereta Commuter Indonesia", "idn-kci", ["Kereta Commuter Indonesia", "PT KCI", "KAI Commuter", "PT KAI Commuter"], "business", "IDN", "BUS", "idn-kai"),
    ("Komite Olahraga Nasional Indonesia", "idn-koni", ["KONI"], "ngo", "IDN", "CVL", None),
    ("PBSI", "idn-pbsi", ["Persatuan Bulu Tangkis Seluruh Indonesia", "Persatuan Bulutangkis Seluruh Indonesia", "PP PBSI"], "ngo", "IDN", "CVL", None),
    ("Foreign Policy Community of Indonesia", "idn-fpci", ["FPCI"], "ngo", "IDN", "NGO", None),
    ("Institute for Criminal Justice Reform", "idn-icjr", ["ICJR"], "ngo", "IDN", "NGO", None),
    ("Gabungan Produsen Rokok Putih Indonesia", "idn-gaprindo", ["Gaprindo"], "business", "IDN", "BUS", None),
    ("Australian Border Force", "aus-abf", ["Pasukan Perbatasan Australia"], "state_organ", "AUS", "COP", None),
    ("Vietjet Air", "vnm-vietjet", ["VietJet Air", "Vietjet"], "business", "VNM", "BUS", None),
    ("Rosneft", "rus-rosneft", [], "business", "RUS", "BUS", None),
    ("Maersk", "dnk-maersk", ["A.P. Moller-Maersk"], "business", "DNK", "BUS", None),
    ("Netflix dan Amazon", "usa-netflix", ["Netflix"], "business", "USA", "BUS", None),
    ("Disney", "usa-disney", ["The Walt Disney Company", "Walt Disney"], "business", "USA", "BUS", None),
    ("Tim Saber Pungli", "idn-saber-pungli", ["Satgas Saber Pungli", "Satuan Tugas Sapu Bersih Pungutan Liar", "Saber Pungli"], "state_organ", "IDN", "GOV", None),
    ("Front Rakyat Indonesia untuk West Papua", "idn-fri-wp", ["FRI-WP", "FRI WP"], "ngo", "IDN", "OPP", None),
    ("Partai Keadilan dan Persatuan Indonesia", "idn-pkpi", ["PKPI"], "party", "IDN", "PTY", None),
    ("Persib Bandung", "idn-persib", ["Persib"], "business", "IDN", "BUS", None),
    ("The Jakmania", "idn-jakmania", ["Jakmania"], "generic_group", "IDN", "CVL", "idn-persija"),
    ("Aremania", "idn-aremania", [], "generic_group", "IDN", "CVL", "idn-arema"),
    ("Viking Persib Club", "idn-viking-persib", [], "generic_group", "IDN", "CVL", "idn-persib"),
]

# (canon as annotated in real-train, short forms, role, sector, parent, note): public figures who are no
# office holders, named as an actor or recipient in two or more train documents (private persons,
# initials, mononyms and common names such as "Zaenal Abidin" left out)
TRAIN_PERSONS = [
    ("Veronica Koman", [], "aktivis", "NGO", None, "human-rights lawyer and activist on Papua"),
    ("Setya Novanto", ["Setnov"], "politikus", "PTY", "idn-golkar", "former DPR speaker, convicted in 2018"),
    ("Bacharuddin Jusuf Habibie", ["BJ Habibie", "B.J. Habibie", "B. J. Habibie", "Habibie"], "Presiden", "GOV", None, "President 1998-1999, died 11 September 2019"),
    ("Basuki Tjahaja Purnama", ["Ahok", "BTP"], "politikus", "PTY", None, "Governor of Jakarta 2014-2017"),
    ("Kivlan Zen", [], "purnawirawan", "OPP", None, "retired general"),
    ("Elza Syarief", [], "pengacara", "CVL", None, "lawyer"),
    ("Andrew Darwis", [], "pengusaha", "BUS", None, "founder of Kaskus"),
    ("Dewi Fortuna Anwar", [], "peneliti", "EDU", None, "LIPI researcher"),
    ("Sandiaga Uno", ["Sandiaga Salahuddin Uno", "Sandiaga"], "politikus", "PTY", None, "vice-presidential candidate 2019"),
    ("Muhammad Rizieq Shihab", ["Rizieq Shihab", "Habib Rizieq", "Habib Rizieq Shihab", "Rizieq Syihab", "Rizieq", "HRS"], "Imam Besar FPI", "REL", "idn-fpi", "FPI leader"),
    ("Ratna Sarumpaet", [], "aktivis", "NGO", None, "activist, convicted for a hoax in 2019"),
    ("Feri Amsari", [], "pakar hukum", "EDU", None, "constitutional law scholar (PUSaKO, Universitas Andalas)"),
    ("Deddy Mizwar", [], "politikus", "PTY", None, "actor, vice-governor of Jawa Barat 2013-2018"),
    ("Abisai Rollo", [], "tokoh Papua", "CVL", None, "Papuan community leader"),
]

# (id, name, short forms, note) - state bodies of 2016-2019 merged or renamed since
STATE_2019 = [
    ("idn-lipi", "Lembaga Ilmu Pengetahuan Indonesia", ["LIPI"], "historical: merged into BRIN (Perpres 78/2021)"),
    ("idn-bppt", "Badan Pengkajian dan Penerapan Teknologi", ["BPPT"], "historical: merged into BRIN (Perpres 78/2021)"),
    ("idn-lapan", "Lembaga Penerbangan dan Antariksa Nasional", ["LAPAN", "Lapan"], "historical: merged into BRIN (Perpres 78/2021)"),
    ("idn-batan", "Badan Tenaga Nuklir Nasional", ["BATAN", "Batan"], "historical: merged into BRIN (Perpres 78/2021)"),
    ("idn-bnp2tki", "Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia", ["BNP2TKI"], "historical: BP2MI from 2019 (Perpres 90/2019), now KP2MI"),
    ("idn-kemenristekdikti", "Kementerian Riset, Teknologi, dan Pendidikan Tinggi", ["Kemenristekdikti", "Kemenristek Dikti", "Kemristekdikti", "Kementerian Ristekdikti", "Kementerian Riset, Teknologi dan Pendidikan Tinggi"], "historical: 2014-2019"),
    ("idn-kemenko-kemaritiman", "Kementerian Koordinator Bidang Kemaritiman", ["Kemenko Kemaritiman", "Kemenko Maritim", "Kemenkomaritim"], "historical: 2015-2019, then Kemenko Marves"),
    ("idn-ukp-pip", "Unit Kerja Presiden Pembinaan Ideologi Pancasila", ["UKP-PIP", "UKP PIP"], "historical: 2017-2018, then BPIP (Perpres 7/2018)"),
]

# (name, short forms, country) - football clubs
CLUBS = [
    # Liga 1 2019 (PT Liga Indonesia Baru)
    ("Persija Jakarta", ["Persija", "Macan Kemayoran"], "IDN"),
    ("Arema FC", ["Arema", "Arema Malang", "Singo Edan"], "IDN"),
    ("Persebaya Surabaya", ["Persebaya", "Bajul Ijo"], "IDN"),
    ("PSM Makassar", ["Juku Eja"], "IDN"),
    ("PSIS Semarang", ["PSIS"], "IDN"),
    ("PSS Sleman", ["PSS"], "IDN"),
    ("Persipura Jayapura", ["Persipura", "Mutiara Hitam"], "IDN"),
    ("Bali United", ["Bali United FC", "Serdadu Tridatu"], "IDN"),
    ("Madura United", ["Madura United FC"], "IDN"),
    ("Borneo FC", ["Pesut Etam"], "IDN"),
    ("Bhayangkara FC", [], "IDN"),
    ("Barito Putera", ["PS Barito Putera"], "IDN"),
    ("Persela Lamongan", ["Persela"], "IDN"),
    ("Kalteng Putra", ["Kalteng Putra FC"], "IDN"),
    ("Perseru Badak Lampung", ["Badak Lampung FC", "Badak Lampung"], "IDN"),
    ("PS Tira-Persikabo", ["Tira-Persikabo", "TIRA-Persikabo", "PS Tira"], "IDN"),
    ("Semen Padang FC", [], "IDN"),
    ("Persik Kediri", ["Persik"], "IDN"),
    ("Persis Solo", [], "IDN"),
    ("Sriwijaya FC", [], "IDN"),
    ("PSMS Medan", ["PSMS"], "IDN"),
    # Premier League 2019-20
    ("Arsenal FC", ["Arsenal"], "GBR"),
    ("Aston Villa", ["Aston Villa FC"], "GBR"),
    ("AFC Bournemouth", [], "GBR"),
    ("Brighton & Hove Albion", ["Brighton and Hove Albion", "Brighton & Hove Albion FC"], "GBR"),
    ("Burnley FC", [], "GBR"),
    ("Chelsea FC", [], "GBR"),
    ("Crystal Palace", ["Crystal Palace FC"], "GBR"),
    ("Everton FC", [], "GBR"),
    ("Leicester City", ["Leicester City FC"], "GBR"),
    ("Liverpool FC", [], "GBR"),
    ("Manchester City", ["Man City", "Manchester City FC"], "GBR"),
    ("Manchester United", ["Man United", "Man Utd", "Manchester United FC"], "GBR"),
    ("Newcastle United", ["Newcastle United FC"], "GBR"),
    ("Norwich City", ["Norwich City FC"], "GBR"),
    ("Sheffield United", ["Sheffield United FC"], "GBR"),
    ("Southampton FC", [], "GBR"),
    ("Tottenham Hotspur", ["Tottenham"], "GBR"),
    ("Watford FC", [], "GBR"),
    ("West Ham United", ["West Ham"], "GBR"),
    ("Wolverhampton Wanderers", ["Wolverhampton Wanderers FC"], "GBR"),
    # the largest clubs of Spain, Italy, Germany and France
    # with the nicknames the Indonesian sports press writes for them (kept in their case)
    ("Real Madrid", ["Real Madrid CF", "Los Blancos"], "ESP"),
    ("FC Barcelona", ["Barcelona FC", "Barca", "Blaugrana"], "ESP"),
    ("Atletico Madrid", ["Atlético Madrid", "Atletico de Madrid"], "ESP"),
    ("Juventus", ["Juventus FC", "Bianconeri"], "ITA"),
    ("Inter Milan", ["Internazionale", "Inter Milano", "Nerazzurri"], "ITA"),
    ("AC Milan", ["Rossoneri"], "ITA"),
    ("AS Roma", [], "ITA"),
    ("SSC Napoli", [], "ITA"),
    ("Bayern Muenchen", ["Bayern Munchen", "Bayern München", "Bayern Munich", "FC Bayern"], "DEU"),
    ("Borussia Dortmund", [], "DEU"),
    ("Paris Saint-Germain", ["PSG", "Paris St Germain"], "FRA"),
]

# (name, short forms, parent) - outlets of the Tribun network and the other CLICK-ID outlets, with domain forms
MEDIA = [
    ("Pos Kupang", ["Pos-Kupang.com", "PosKupang.com"], "idn-tribunnews"),
    ("Serambi Indonesia", ["Serambinews.com", "Serambinews"], "idn-tribunnews"),
    ("Sriwijaya Post", ["Sripoku.com", "Sripoku"], "idn-tribunnews"),
    ("Banjarmasin Post", ["Banjarmasinpost.co.id", "BPost"], "idn-tribunnews"),
    ("Bangka Pos", ["Bangkapos.com"], "idn-tribunnews"),
    ("Pos Belitung", ["Posbelitung.co"], "idn-tribunnews"),
    ("Warta Kota", ["Wartakotalive.com", "Wartakotalive", "WartaKota"], "idn-tribunnews"),
    ("Harian Surya", ["Surya.co.id"], "idn-tribunnews"),  # never "Surya" alone: a common name
    ("Tribun Jabar", ["Tribunjabar.id", "TribunJabar.id"], "idn-tribunnews"),
    ("Tribun Jogja", ["Tribunjogja.com"], "idn-tribunnews"),
    ("Tribun Jateng", ["Tribunjateng.com"], "idn-tribunnews"),
    ("Tribun Jatim", ["Tribunjatim.com"], "idn-tribunnews"),
    ("Tribun Bali", ["Tribun-Bali.com"], "idn-tribunnews"),
    ("Tribun Timur", ["Tribun-Timur.com"], "idn-tribunnews"),
    ("Tribun Kaltim", ["Tribunkaltim.co"], "idn-tribunnews"),
    ("Tribun Medan", ["Tribun-Medan.com"], "idn-tribunnews"),
    ("Tribun Pekanbaru", ["Tribunpekanbaru.com"], "idn-tribunnews"),
    ("Tribun Lampung", ["Tribunlampung.co.id"], "idn-tribunnews"),
    ("Tribun Batam", ["Tribunbatam.id"], "idn-tribunnews"),
    ("Tribun Manado", ["Tribunmanado.co.id"], "idn-tribunnews"),
    ("Tribun Pontianak", ["Tribunpontianak.co.id"], "idn-tribunnews"),
    ("Tribun Jambi", ["Tribunjambi.com"], "idn-tribunnews"),
    ("Tribun Sumsel", ["Tribunsumsel.com"], "idn-tribunnews"),
    ("Tribun Papua", ["Tribun-Papua.com"], "idn-tribunnews"),
    ("Tribun Kupang", ["Tribun-Kupang.com"], "idn-tribunnews"),
    ("KapanLagi.com", ["KapanLagi", "Kapanlagi.com"], None),
    ("Fimela.com", ["Fimela"], None),
    ("Pos Kota", ["Poskota", "Poskotanews.com", "Pos Metro"], None),
]

# (form, id): press forms of listed actors that the real-news train annotations give that id and
# the register did not resolve to it (the build checks each occurs there so); -> news_aliases.json
TRAIN_FORMS = [
    ("Pemerintah Pusat", "idn"),  # Indonesia's central government (6 train documents)
    ("Pihak Kepolisian", "idn-polri"),  # 5
    ("Pihak Berwajib", "idn-polri"),  # 2
    ("Pihak Imigrasi", "idn-imigrasi"),  # 2
    ("Kemen PPPA", "idn-kemenpppa"),  # 3
    ("Kementerian Kominfo", "idn-komdigi"),  # 1, the ministry's own short form until 2024
    ("Kementerian Komunikasi dan Informasi", "idn-komdigi"),  # 1, a frequent misnaming
    ("Korbrimob Polri", "idn-brimob"),  # 1, Korps Brimob
    ("Kementerian LHK", "idn-kemenhut"),  # 1, the 2014-2024 ministry's short form
]

# kept in their case: ordinary words ("arsenal", "lapan") and the clubs' nicknames ("mutiara hitam": a black pearl)
CASE_SENSITIVE = {"Arsenal", "Barca", "Persik", "Lapan", "Batan", "Fimela", "Disney", "Mutiara Hitam", "Macan Kemayoran", "Bajul Ijo",
                  "Singo Edan", "Juku Eja", "Serdadu Tridatu", "Pesut Etam", "Los Blancos", "Blaugrana", "Bianconeri", "Nerazzurri", "Rossoneri"}


def _train_spans(path: Path):
    """Every actor's and recipient's span in the train set's events."""
    for line in path.read_text("utf-8").splitlines():
        for event in json.loads(line)["events"] if line.strip() else ():
            for role in ("actor", "recipient"):
                yield from event.get(role) or ()


def train_canons(path: Path) -> set[str]:
    """Every actor's or recipient's canonical name in the real-news train set."""
    return {s["canon"] for s in _train_spans(path) if s.get("canon")}


def train_forms(path: Path) -> set[tuple[str, str]]:
    """(folded span text, actor id) of every actor's or recipient's span with an id in the train set."""
    return {(" ".join(s["text"].casefold().split()), s["actor_id"]) for s in _train_spans(path) if s.get("actor_id")}


def build_aliases(train: Path) -> dict:
    seen = train_forms(train)
    missing = [(form, id_) for form, id_ in TRAIN_FORMS if (form.casefold(), id_) not in seen]
    assert not missing, f"not an annotated form of {train.name}: {missing}"
    aliases: dict[str, list[str]] = {}
    for form, id_ in TRAIN_FORMS:
        aliases.setdefault(id_, []).append(form)
    return {"_doc": "Generated by training/actors/build_news_actors.py: do not edit by hand. Press forms of listed actors "
            "that the real-news train annotations give that actor's id; matched like the actor's own aliases.", "aliases": aliases}


def build(train: Path) -> list[dict]:
    canons = train_canons(train)
    missing = [row[0] for row in (*TRAIN, *TRAIN_PERSONS) if row[0] not in canons]
    assert not missing, f"not a canon of {train.name}: {missing}"
    rows = []
    for canon, id_, aliases, type_, country, sector, parent in TRAIN:
        name = canon.removesuffix(" dan Amazon")  # the annotators' canon named two at once
        rows.append(record(id_, name, aliases, type_, country, sector, parent, note="from the real-news train annotations", sensitive=CASE_SENSITIVE))
    for name, aliases, role, sector, parent, note in TRAIN_PERSONS:
        rows.append(record(f"idn-{slug(name)}", name, aliases, "person", "IDN", sector, parent, note=note, role=role, sensitive=CASE_SENSITIVE))
    for id_, name, aliases, note in STATE_2019:
        rows.append(record(id_, name, aliases, "state_organ", "IDN", "GOV", None, note=note, sensitive=CASE_SENSITIVE))
    for name, aliases, country in CLUBS:
        id_ = {"Persija Jakarta": "idn-persija", "Arema FC": "idn-arema"}.get(name) or f"{country.lower()}-{slug(name)}"
        rows.append(record(id_, name, aliases, "business", country, "BUS", None, note="football club (a company: PT Persija Jaya Jakarta)", sensitive=CASE_SENSITIVE))
    for name, aliases, parent in MEDIA:
        rows.append(record(f"idn-{slug(name)}", name, aliases, "media", "IDN", "JRN", parent, sensitive=CASE_SENSITIVE))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, default=TRAIN_FILE)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    args = ap.parse_args()
    outputs = {args.out: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build(args.train)),
               args.out.with_name("news_aliases.json"): json.dumps(build_aliases(args.train), ensure_ascii=False, indent=1) + "\n"}
    write_or_check(outputs, args.check)


if __name__ == "__main__":
    main()
