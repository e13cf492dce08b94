"""Build the hand-listed actor families of src/warta/data/actors from the compact tables below:

- ``agencies.jsonl``: ministries of the Kabinet Merah Putih not in indonesia_state.jsonl,
  non-ministerial agencies (LPNK) and non-structural bodies (LNS);
- ``business.jsonl``: BUMN groups, major private and foreign companies, business associations;
- ``universities.jsonl``: major state and private universities;
- ``officials.jsonl``: the cabinet (ministers and deputy ministers), heads of institutions and
  party chairs; ``governors.jsonl``: the governors in office in 2025;
  ``world_leaders.jsonl``: heads of state and government of the world (as of 2025).

Sources (all lists as of 2025): Keppres 133/P Tahun 2024 (Kabinet Merah Putih, 20-21 October
2024) and the later reshuffles (Keppres of 19 February 2025, 8 and 17 September 2025) for
ministers, and Keppres 134/P Tahun 2024 for deputy ministers; Kemendagri for the governors
inaugurated on 20 February 2025; the Kementerian BUMN list of BUMN groups; the parties' own
announcements for their chairs; official government sites for heads of state and government.
Run this again after editing the tables; never edit the generated JSONL by hand:

    python training/actors/build_lists.py

Aliases: a person gets the full name and only the short forms the press uses that name one
person (a surname or nickname such as "Sri Mulyani", "Zulhas"), never a bare common first name.
Office holders whose name is a common Javanese mononym or a common full name (Ketua MA Sunarto,
Kepala BNPB Suharyanto, Ketua MK Suhartoyo, Mendag Budi Santoso, Gubernur Riau Abdul Wahid, KSAL
Muhammad Ali, ...) are left out: their name alone would match every namesake; the role+name rule
still finds them as persons of their office.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "warta" / "data" / "actors"
COMMON_WORDS = {"To Lam", "Tô Lâm", "Mualem", "Apple", "Meta", "Grab", "Shopee", "Tesla", "Amazon.com"}  # aliases that must keep their case (checked by check_register)


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def record(id_: str, name: str, aliases: list[str], type_: str, country: str | None, sector: str, parent: str | None = None,
           note: str = "", role: str | None = None, sensitive: tuple[str, ...] = ()) -> dict:
    aliases = list(dict.fromkeys([name, *aliases]))
    cs = [a for a in aliases if len(a) <= 3 or a in sensitive or a in COMMON_WORDS]
    r = {"id": id_, "name": name, "aliases": aliases, "case_sensitive": cs, "type": type_, "country": country, "sector": sector,
         "qid": None, "parent": parent, "note": note}  # fmt: skip
    if role is not None:
        r["role"] = role
    return r


# ---- ministries (Kabinet Merah Putih) missing from indonesia_state.jsonl, LPNK and LNS ----
# (id, name, aliases, sector, parent, note)
AGENCIES = [
    ("idn-kemenko-pm", "Kementerian Koordinator Bidang Pemberdayaan Masyarakat", ["Kemenko Pemberdayaan Masyarakat", "Kemenko PM"], "GOV", None, "Since October 2024."),
    ("idn-kemen-pkp", "Kementerian Perumahan dan Kawasan Permukiman", ["Kementerian PKP", "Kemen PKP", "KemenPKP", "Kementerian Perumahan"], "GOV", None, "Split from PUPR in October 2024."),
    ("idn-kemenekraf", "Kementerian Ekonomi Kreatif", ["Kemenekraf", "Kementerian Ekraf", "Badan Ekonomi Kreatif", "Bekraf"], "GOV", None, "Since October 2024."),
    ("idn-kemendukbangga", "Kementerian Kependudukan dan Pembangunan Keluarga", ["Kemendukbangga", "BKKBN", "Badan Kependudukan dan Keluarga Berencana Nasional"], "GOV", None, "Ministry since October 2024, joined with BKKBN."),
    ("idn-kemenhaj", "Kementerian Haji dan Umrah", ["Kemenhaj", "Badan Penyelenggara Haji", "BP Haji"], "GOV", None, "Badan Penyelenggara Haji (2024) became a ministry in 2025."),
    ("idn-setkab", "Sekretariat Kabinet", ["Setkab"], "GOV", None, ""),
    ("idn-bkn", "Badan Kepegawaian Negara", ["BKN"], "GOV", None, ""),
    ("idn-lkpp", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", ["LKPP"], "GOV", None, ""),
    ("idn-lan", "Lembaga Administrasi Negara", [], "GOV", None, "'LAN' is left out (the network)."),
    ("idn-anri", "Arsip Nasional Republik Indonesia", ["ANRI"], "GOV", None, ""),
    ("idn-perpusnas", "Perpustakaan Nasional Republik Indonesia", ["Perpusnas", "Perpustakaan Nasional"], "GOV", None, ""),
    ("idn-big", "Badan Informasi Geospasial", [], "GOV", None, "'BIG' is left out (the word)."),
    ("idn-bsn", "Badan Standardisasi Nasional", ["BSN"], "GOV", None, ""),
    ("idn-bapeten", "Badan Pengawas Tenaga Nuklir", ["Bapeten"], "GOV", None, ""),
    ("idn-bpip", "Badan Pembinaan Ideologi Pancasila", ["BPIP"], "GOV", None, ""),
    ("idn-bapanas", "Badan Pangan Nasional", ["Bapanas", "National Food Agency"], "GOV", None, ""),
    ("idn-bpjph", "Badan Penyelenggara Jaminan Produk Halal", ["BPJPH"], "GOV", None, ""),
    ("idn-barantin", "Badan Karantina Indonesia", ["Barantin", "Badan Karantina"], "GOV", None, ""),
    ("idn-bp-batam", "Badan Pengusahaan Batam", ["BP Batam"], "GOV", None, ""),
    ("idn-bpkh", "Badan Pengelola Keuangan Haji", ["BPKH"], "GOV", None, ""),
    ("idn-bp-taskin", "Badan Percepatan Pengentasan Kemiskinan", ["BP Taskin"], "GOV", None, "Since 2024."),
    ("idn-bpjs-kesehatan", "BPJS Kesehatan", ["Badan Penyelenggara Jaminan Sosial Kesehatan"], "GOV", None, ""),
    ("idn-bpjs-ketenagakerjaan", "BPJS Ketenagakerjaan", ["Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "BP Jamsostek"], "GOV", None, ""),
    ("idn-kppu", "Komisi Pengawas Persaingan Usaha", ["KPPU"], "GOV", None, ""),
    ("idn-kpi", "Komisi Penyiaran Indonesia", ["KPI"], "GOV", None, ""),
    ("idn-kip", "Komisi Informasi Pusat", [], "GOV", None, "'KIP' is left out (Kartu Indonesia Pintar)."),
    ("idn-komisi-kejaksaan", "Komisi Kejaksaan Republik Indonesia", ["Komisi Kejaksaan", "Komjak"], "GOV", None, ""),
    ("idn-skk-migas", "Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi", ["SKK Migas"], "GOV", None, ""),
    ("idn-bph-migas", "Badan Pengatur Hilir Minyak dan Gas Bumi", ["BPH Migas"], "GOV", None, ""),
    ("idn-bpkn", "Badan Perlindungan Konsumen Nasional", ["BPKN"], "GOV", None, ""),
    ("idn-komnas-disabilitas", "Komisi Nasional Disabilitas", ["KND"], "GOV", None, ""),
    ("idn-bp-bumn", "Badan Pengaturan BUMN", ["BP BUMN"], "GOV", None, "Regulates BUMN since the Kementerian BUMN was turned into an agency (October 2025)."),
]

# ---- BUMN groups, major companies, business associations: (id, name, aliases, parent, note) ----
BUSINESS = [
    ("idn-pertamina", "PT Pertamina (Persero)", ["Pertamina", "PT Pertamina"], None, "State oil and gas."),
    ("idn-pln", "PT Perusahaan Listrik Negara (Persero)", ["PLN", "PT PLN", "PT PLN (Persero)", "Perusahaan Listrik Negara"], None, ""),
    ("idn-telkom", "PT Telkom Indonesia (Persero) Tbk", ["Telkom", "Telkom Indonesia", "PT Telkom", "PT Telkom Indonesia"], None, ""),
    ("idn-telkomsel", "PT Telekomunikasi Selular", ["Telkomsel"], "idn-telkom", ""),
    ("idn-bank-mandiri", "PT Bank Mandiri (Persero) Tbk", ["Bank Mandiri"], None, ""),
    ("idn-bri", "PT Bank Rakyat Indonesia (Persero) Tbk", ["Bank Rakyat Indonesia", "BRI", "Bank BRI"], None, ""),
    ("idn-bni", "PT Bank Negara Indonesia (Persero) Tbk", ["Bank Negara Indonesia", "BNI", "Bank BNI"], None, ""),
    ("idn-btn", "PT Bank Tabungan Negara (Persero) Tbk", ["Bank Tabungan Negara", "BTN", "Bank BTN"], None, ""),
    ("idn-bsi", "PT Bank Syariah Indonesia Tbk", ["Bank Syariah Indonesia", "BSI"], None, ""),
    ("idn-garuda-indonesia", "PT Garuda Indonesia (Persero) Tbk", ["Garuda Indonesia", "Garuda Indonesia Group"], None, "'Garuda' alone is the eagle, the national team and a party."),
    ("idn-kai", "PT Kereta Api Indonesia (Persero)", ["Kereta Api Indonesia", "PT KAI", "KAI", "PT Kereta Api Indonesia"], None, ""),
    ("idn-kcic", "PT Kereta Cepat Indonesia China", ["KCIC", "Kereta Cepat Indonesia China"], None, ""),
    ("idn-pelindo", "PT Pelabuhan Indonesia (Persero)", ["Pelindo", "PT Pelindo", "Pelabuhan Indonesia"], None, ""),
    ("idn-injourney", "PT Aviasi Pariwisata Indonesia (Persero)", ["InJourney", "Angkasa Pura", "PT Angkasa Pura", "Angkasa Pura Indonesia"], None, "Angkasa Pura I and II merged into InJourney Airports."),
    ("idn-bulog", "Perum Bulog", ["Bulog", "Badan Urusan Logistik"], None, ""),
    ("idn-pos-indonesia", "PT Pos Indonesia (Persero)", ["Pos Indonesia", "PT Pos Indonesia"], None, ""),
    ("idn-pupuk-indonesia", "PT Pupuk Indonesia (Persero)", ["Pupuk Indonesia", "PT Pupuk Indonesia"], None, ""),
    ("idn-semen-indonesia", "PT Semen Indonesia (Persero) Tbk", ["Semen Indonesia", "SIG"], None, ""),
    ("idn-mind-id", "MIND ID", ["Mining Industry Indonesia", "PT Mineral Industri Indonesia", "Inalum"], None, ""),
    ("idn-antam", "PT Aneka Tambang Tbk", ["Antam", "Aneka Tambang", "PT Antam"], "idn-mind-id", ""),
    ("idn-ptpn", "PT Perkebunan Nusantara", ["PTPN", "Perkebunan Nusantara"], None, ""),
    ("idn-perhutani", "Perum Perhutani", ["Perhutani"], None, ""),
    ("idn-krakatau-steel", "PT Krakatau Steel (Persero) Tbk", ["Krakatau Steel"], None, ""),
    ("idn-wika", "PT Wijaya Karya (Persero) Tbk", ["Wijaya Karya", "WIKA"], None, ""),
    ("idn-waskita-karya", "PT Waskita Karya (Persero) Tbk", ["Waskita Karya", "Waskita"], None, ""),
    ("idn-adhi-karya", "PT Adhi Karya (Persero) Tbk", ["Adhi Karya"], None, ""),
    ("idn-hutama-karya", "PT Hutama Karya (Persero)", ["Hutama Karya"], None, ""),
    ("idn-jasa-marga", "PT Jasa Marga (Persero) Tbk", ["Jasa Marga"], None, ""),
    ("idn-bio-farma", "PT Bio Farma (Persero)", ["Bio Farma", "Biofarma"], None, ""),
    ("idn-kimia-farma", "PT Kimia Farma Tbk", ["Kimia Farma"], "idn-bio-farma", ""),
    ("idn-pindad", "PT Pindad", ["Pindad"], None, "Arms maker (BUMN): BUS, not MIL."),
    ("idn-pal", "PT PAL Indonesia", ["PT PAL"], None, ""),
    ("idn-ptdi", "PT Dirgantara Indonesia", ["Dirgantara Indonesia", "PTDI", "PT DI"], None, ""),
    ("idn-len", "PT Len Industri (Persero)", ["Len Industri", "Defend ID"], None, ""),
    ("idn-asdp", "PT ASDP Indonesia Ferry (Persero)", ["ASDP", "ASDP Indonesia Ferry"], None, ""),
    ("idn-pelni", "PT Pelayaran Nasional Indonesia (Persero)", ["Pelni", "PT Pelni"], None, ""),
    ("idn-asabri", "PT Asabri (Persero)", ["Asabri"], None, ""),
    ("idn-jiwasraya", "PT Asuransi Jiwasraya (Persero)", ["Jiwasraya"], None, ""),
    ("idn-taspen", "PT Taspen (Persero)", ["Taspen"], None, ""),
    ("idn-damri", "Perum Damri", ["Damri"], None, ""),
    ("idn-peruri", "Perum Peruri", ["Peruri"], None, ""),
    ("idn-id-food", "PT Rajawali Nusantara Indonesia (Persero)", ["ID Food", "RNI"], None, ""),
    ("idn-sarinah", "PT Sarinah (Persero)", [], None, "'Sarinah' alone is also a building and a name."),
    ("idn-freeport-indonesia", "PT Freeport Indonesia", ["Freeport Indonesia", "PTFI", "Freeport"], None, "Majority state-held (MIND ID) since 2018."),
    ("idn-astra", "PT Astra International Tbk", ["Astra International", "Grup Astra"], None, ""),
    ("idn-goto", "PT GoTo Gojek Tokopedia Tbk", ["GoTo", "Gojek", "Grup GoTo"], None, ""),
    ("idn-tokopedia", "Tokopedia", [], None, ""),
    ("grab", "Grab Holdings", ["Grab", "Grab Indonesia"], None, ""),
    ("shopee", "Shopee", ["Shopee Indonesia"], None, ""),
    ("idn-traveloka", "Traveloka", [], None, ""),
    ("idn-bukalapak", "Bukalapak", [], None, ""),
    ("idn-indofood", "PT Indofood Sukses Makmur Tbk", ["Indofood"], None, ""),
    ("idn-salim-group", "Salim Group", ["Grup Salim"], None, ""),
    ("idn-sinar-mas", "Sinar Mas", ["Grup Sinar Mas", "Sinar Mas Group"], None, ""),
    ("idn-djarum", "Grup Djarum", ["Djarum"], None, ""),
    ("idn-lippo", "Lippo Group", ["Grup Lippo"], None, ""),
    ("idn-adaro", "PT Adaro Energy Indonesia Tbk", ["Adaro", "Alamtri", "Adaro Energy"], None, ""),
    ("idn-bumi-resources", "PT Bumi Resources Tbk", ["Bumi Resources"], None, ""),
    ("idn-indosat", "PT Indosat Ooredoo Hutchison Tbk", ["Indosat", "Indosat Ooredoo Hutchison", "IOH"], None, ""),
    ("idn-xl-axiata", "PT XLSmart Telecom Sejahtera Tbk", ["XL Axiata", "XLSmart"], None, ""),
    ("idn-bca", "PT Bank Central Asia Tbk", ["Bank Central Asia", "BCA"], None, ""),
    ("idn-mnc-group", "MNC Group", ["Grup MNC"], None, ""),
    ("idn-emtek", "PT Elang Mahkota Teknologi Tbk", ["Emtek"], None, ""),
    ("idn-gudang-garam", "PT Gudang Garam Tbk", ["Gudang Garam"], None, ""),
    ("idn-sampoerna", "PT HM Sampoerna Tbk", ["Sampoerna", "HM Sampoerna"], None, ""),
    ("idn-sritex", "PT Sri Rejeki Isman Tbk", ["Sritex", "Sri Rejeki Isman"], None, ""),
    ("idn-vale-indonesia", "PT Vale Indonesia Tbk", ["Vale Indonesia"], None, ""),
    ("idn-agung-sedayu", "Agung Sedayu Group", ["Agung Sedayu"], None, ""),
    ("idn-chandra-asri", "PT Chandra Asri Pacific Tbk", ["Chandra Asri"], None, ""),
    ("idn-kompas-gramedia", "Kompas Gramedia", ["Kelompok Kompas Gramedia", "KG Media", "Gramedia"], None, "The group; the daily Kompas is idn-kompas (media)."),
    # regional state enterprises (BUMD)
    ("idn-mrt-jakarta", "PT MRT Jakarta (Perseroda)", ["PT MRT Jakarta", "MRT Jakarta"], None, "Owned by the province (idn-pemprov-jakarta). 'MRT' alone is the train."),
    ("idn-transjakarta", "PT Transportasi Jakarta", ["Transjakarta", "TransJakarta", "PT Transjakarta"], None, "Owned by the province (idn-pemprov-jakarta)."),
    ("idn-pam-jaya", "Perumda PAM Jaya", ["PAM Jaya"], None, "Owned by the province (idn-pemprov-jakarta)."),
    ("idn-jakpro", "PT Jakarta Propertindo (Perseroda)", ["Jakpro", "Jakarta Propertindo"], None, "Owned by the province (idn-pemprov-jakarta)."),
    ("idn-bank-dki", "PT Bank DKI", ["Bank DKI"], None, "Owned by the province (idn-pemprov-jakarta)."),
    ("idn-bank-bjb", "PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk", ["Bank BJB", "bank bjb"], None, "Owned by the province (idn-pemprov-jawa-barat)."),
    ("idn-bank-jatim", "PT Bank Pembangunan Daerah Jawa Timur Tbk", ["Bank Jatim"], None, "Owned by the province (idn-pemprov-jawa-timur)."),
    ("idn-bank-jateng", "PT Bank Pembangunan Daerah Jawa Tengah", ["Bank Jateng"], None, "Owned by the province (idn-pemprov-jawa-tengah)."),
    ("wilmar", "Wilmar International", ["Wilmar", "Wilmar Group"], None, ""),
    ("apple", "Apple Inc.", ["Apple"], None, ""),
    ("google", "Google", ["Alphabet"], None, ""),
    ("meta", "Meta Platforms", ["Meta", "Facebook"], None, ""),
    ("microsoft", "Microsoft", [], None, ""),
    ("amazon", "Amazon.com", ["Amazon Web Services", "AWS"], None, "'Amazon' alone is the river and the forest."),
    ("tesla", "Tesla", ["Tesla Inc."], None, ""),
    ("nvidia", "Nvidia", [], None, ""),
    ("openai", "OpenAI", [], None, ""),
    ("bytedance", "ByteDance", [], None, ""),
    ("tiktok", "TikTok", ["TikTok Shop"], "bytedance", ""),
    ("samsung", "Samsung", ["Samsung Electronics"], None, ""),
    ("toyota", "Toyota", ["Toyota Motor", "Toyota Astra Motor"], None, ""),
    ("hyundai", "Hyundai", ["Hyundai Motor"], None, ""),
    ("byd", "BYD", ["BYD Auto"], None, ""),
    ("foxconn", "Foxconn", [], None, ""),
    ("boeing", "Boeing", [], None, ""),
    ("airbus", "Airbus", [], None, ""),
    ("huawei", "Huawei", [], None, ""),
    ("x-corp", "X Corp", ["Twitter"], None, "'X' alone is never an alias."),
    ("spacex", "SpaceX", ["Starlink"], None, ""),
    # business associations
    ("idn-hipmi", "Himpunan Pengusaha Muda Indonesia", ["HIPMI", "Hipmi"], None, ""),
    ("idn-gaikindo", "Gabungan Industri Kendaraan Bermotor Indonesia", ["Gaikindo", "GAIKINDO"], None, ""),
    ("idn-rei", "Real Estat Indonesia", ["DPP REI"], None, "'REI' alone is left out (a name)."),
    ("idn-apjii", "Asosiasi Penyelenggara Jasa Internet Indonesia", ["APJII"], None, ""),
    ("idn-aprindo", "Asosiasi Pengusaha Ritel Indonesia", ["Aprindo"], None, ""),
    ("idn-gapki", "Gabungan Pengusaha Kelapa Sawit Indonesia", ["GAPKI", "Gapki"], None, ""),
    ("idn-perbanas", "Perhimpunan Bank Nasional", ["Perbanas"], None, ""),
    ("idn-phri", "Perhimpunan Hotel dan Restoran Indonesia", ["PHRI"], None, ""),
    ("idn-apbi", "Asosiasi Pertambangan Batubara Indonesia", ["APBI"], None, ""),
    ("idn-insa", "Indonesian National Shipowners' Association", ["INSA"], None, ""),
    ("idn-organda", "Organisasi Angkutan Darat", ["Organda"], None, ""),
    ("idn-hkti", "Himpunan Kerukunan Tani Indonesia", ["HKTI"], None, "Farmers' association (CVL would also fit; BUS as a producer body)."),
]

# ---- universities: (id, name, aliases) — EDU ----
UNIVERSITIES = [
    ("idn-ui", "Universitas Indonesia", ["UI"]), ("idn-ugm", "Universitas Gadjah Mada", ["UGM", "Universitas Gajah Mada"]),
    ("idn-itb", "Institut Teknologi Bandung", ["ITB"]), ("idn-ipb", "Institut Pertanian Bogor", ["IPB", "IPB University"]),
    ("idn-its", "Institut Teknologi Sepuluh Nopember", ["ITS", "Institut Teknologi Sepuluh November"]), ("idn-unair", "Universitas Airlangga", ["Unair"]),
    ("idn-undip", "Universitas Diponegoro", ["Undip"]), ("idn-unpad", "Universitas Padjadjaran", ["Unpad"]),
    ("idn-ub", "Universitas Brawijaya", ["UB"]), ("idn-uns", "Universitas Sebelas Maret", ["UNS"]),
    ("idn-unhas", "Universitas Hasanuddin", ["Unhas"]), ("idn-usu", "Universitas Sumatera Utara", ["USU"]),
    ("idn-unand", "Universitas Andalas", ["Unand"]), ("idn-unsri", "Universitas Sriwijaya", ["Unsri"]),
    ("idn-unud", "Universitas Udayana", ["Unud"]), ("idn-usk", "Universitas Syiah Kuala", ["USK", "Unsyiah"]),
    ("idn-unram", "Universitas Mataram", ["Unram"]), ("idn-unej", "Universitas Jember", ["Unej"]),
    ("idn-uny", "Universitas Negeri Yogyakarta", ["UNY"]), ("idn-unj", "Universitas Negeri Jakarta", ["UNJ"]),
    ("idn-upi", "Universitas Pendidikan Indonesia", ["UPI"]), ("idn-unesa", "Universitas Negeri Surabaya", ["Unesa"]),
    ("idn-unnes", "Universitas Negeri Semarang", ["Unnes"]), ("idn-um", "Universitas Negeri Malang", []),
    ("idn-unm", "Universitas Negeri Makassar", ["UNM"]), ("idn-unri", "Universitas Riau", ["Unri"]),
    ("idn-untan", "Universitas Tanjungpura", ["Untan"]), ("idn-ulm", "Universitas Lambung Mangkurat", ["ULM"]),
    ("idn-unmul", "Universitas Mulawarman", ["Unmul"]), ("idn-unsrat", "Universitas Sam Ratulangi", ["Unsrat"]),
    ("idn-uncen", "Universitas Cenderawasih", ["Uncen"]), ("idn-unpatti", "Universitas Pattimura", ["Unpatti"]),
    ("idn-undana", "Universitas Nusa Cendana", ["Undana"]), ("idn-unila", "Universitas Lampung", ["Unila"]),
    ("idn-unja", "Universitas Jambi", ["Unja"]), ("idn-unib", "Universitas Bengkulu", ["Unib"]),
    ("idn-untad", "Universitas Tadulako", ["Untad"]), ("idn-uho", "Universitas Halu Oleo", ["UHO"]),
    ("idn-ut", "Universitas Terbuka", []), ("idn-uin-jakarta", "UIN Syarif Hidayatullah Jakarta", ["UIN Jakarta", "UIN Syarif Hidayatullah"]),
    ("idn-uin-suka", "UIN Sunan Kalijaga", ["UIN Sunan Kalijaga Yogyakarta", "UIN Suka"]),
    ("idn-uin-bandung", "UIN Sunan Gunung Djati Bandung", ["UIN Bandung", "UIN Sunan Gunung Djati"]),
    ("idn-uin-malang", "UIN Maulana Malik Ibrahim Malang", ["UIN Malang"]),
    ("idn-uin-surabaya", "UIN Sunan Ampel Surabaya", ["UIN Sunan Ampel", "UINSA"]),
    ("idn-umy", "Universitas Muhammadiyah Yogyakarta", ["UMY"]), ("idn-umm", "Universitas Muhammadiyah Malang", ["UMM"]),
    ("idn-uhamka", "Universitas Muhammadiyah Prof. Dr. Hamka", ["Uhamka"]), ("idn-uii", "Universitas Islam Indonesia", ["UII"]),
    ("idn-trisakti", "Universitas Trisakti", ["Trisakti"]), ("idn-binus", "Universitas Bina Nusantara", ["Binus", "Binus University"]),
    ("idn-atma-jaya", "Universitas Katolik Indonesia Atma Jaya", ["Unika Atma Jaya", "Universitas Atma Jaya"]),
    ("idn-unpar", "Universitas Katolik Parahyangan", ["Unpar"]), ("idn-unpas", "Universitas Pasundan", ["Unpas"]),
    ("idn-univ-pancasila", "Universitas Pancasila", []), ("idn-untar", "Universitas Tarumanagara", ["Untar"]),
    ("idn-upn-veteran-jakarta", "UPN Veteran Jakarta", ["UPNVJ"]), ("idn-telkom-university", "Telkom University", ["Universitas Telkom", "Tel-U"]),
    ("idn-unpam", "Universitas Pamulang", ["Unpam"]), ("idn-unsoed", "Universitas Jenderal Soedirman", ["Unsoed"]),
    ("idn-uksw", "Universitas Kristen Satya Wacana", ["UKSW"]), ("idn-unimed", "Universitas Negeri Medan", ["Unimed"]),
    ("idn-unp", "Universitas Negeri Padang", ["UNP"]), ("idn-unsil", "Universitas Siliwangi", ["Unsil"]),
    ("idn-unhan", "Universitas Pertahanan", ["Unhan", "Universitas Pertahanan Republik Indonesia"]),
]

# ---- persons: (name, short forms, role, parent org, sector, note) ----
CABINET = [  # Keppres 133/P/2024 and the reshuffles; deputy ministers Keppres 134/P/2024
    ("Budi Gunawan", [], "Menteri Koordinator Bidang Politik dan Keamanan", "idn-kemenko-polkam", "GOV", "Menko Polkam Oct 2024-Sep 2025; earlier Kepala BIN."),
    ("Djamari Chaniago", [], "Menteri Koordinator Bidang Politik dan Keamanan", "idn-kemenko-polkam", "GOV", "Menko Polkam since September 2025."),
    ("Yusril Ihza Mahendra", ["Yusril"], "Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan", "idn-kemenko-kumham-imipas", "GOV", "Also PBB founder."),
    ("Airlangga Hartarto", ["Airlangga"], "Menteri Koordinator Bidang Perekonomian", "idn-kemenko-perekonomian", "GOV", "Golkar chairman until August 2024."),
    ("Pratikno", [], "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan", "idn-kemenko-pmk", "GOV", "Mensesneg 2014-2024."),
    ("Zulkifli Hasan", ["Zulhas"], "Menteri Koordinator Bidang Pangan", "idn-kemenko-pangan", "GOV", "PAN chairman; Mendag 2022-2024."),
    ("Agus Harimurti Yudhoyono", ["AHY"], "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan", "idn-kemenko-ipk", "GOV", "Demokrat chairman."),
    ("Muhaimin Iskandar", ["Cak Imin"], "Menteri Koordinator Bidang Pemberdayaan Masyarakat", "idn-kemenko-pm", "GOV", "PKB chairman."),
    ("Prasetyo Hadi", [], "Menteri Sekretaris Negara", "idn-kemensetneg", "GOV", ""),
    ("Nasaruddin Umar", [], "Menteri Agama", "idn-kemenag", "GOV", "Also Imam Besar Masjid Istiqlal."),
    ("Supratman Andi Agtas", [], "Menteri Hukum", "idn-kemenkum", "GOV", ""),
    ("Natalius Pigai", ["Pigai"], "Menteri Hak Asasi Manusia", "idn-kemenham", "GOV", ""),
    ("Agus Andrianto", [], "Menteri Imigrasi dan Pemasyarakatan", "idn-kemenimipas", "GOV", ""),
    ("Sri Mulyani Indrawati", ["Sri Mulyani"], "Menteri Keuangan", "idn-kemenkeu", "GOV", "Menkeu 2016-September 2025 (and 2005-2010)."),
    ("Purbaya Yudhi Sadewa", ["Purbaya"], "Menteri Keuangan", "idn-kemenkeu", "GOV", "Menkeu since September 2025; earlier head of LPS."),
    ("Abdul Mu'ti", ["Mu'ti"], "Menteri Pendidikan Dasar dan Menengah", "idn-kemendikdasmen", "GOV", "Also Muhammadiyah secretary-general."),
    ("Satryo Soemantri Brodjonegoro", ["Satryo Soemantri"], "Menteri Pendidikan Tinggi, Sains, dan Teknologi", "idn-kemendiktisaintek", "GOV", "Minister Oct 2024-Feb 2025."),
    ("Brian Yuliarto", [], "Menteri Pendidikan Tinggi, Sains, dan Teknologi", "idn-kemendiktisaintek", "GOV", "Minister since February 2025."),
    ("Fadli Zon", [], "Menteri Kebudayaan", "idn-kemenbud", "GOV", ""),
    ("Budi Gunadi Sadikin", ["Budi Gunadi"], "Menteri Kesehatan", "idn-kemenkes", "GOV", ""),
    ("Saifullah Yusuf", ["Gus Ipul"], "Menteri Sosial", "idn-kemensos", "GOV", ""),
    ("Yassierli", [], "Menteri Ketenagakerjaan", "idn-kemnaker", "GOV", ""),
    ("Abdul Kadir Karding", [], "Menteri Pelindungan Pekerja Migran Indonesia", "idn-kp2mi", "GOV", "Minister Oct 2024-Sep 2025."),
    ("Mukhtarudin", [], "Menteri Pelindungan Pekerja Migran Indonesia", "idn-kp2mi", "GOV", "Minister since September 2025."),
    ("Agus Gumiwang Kartasasmita", ["Agus Gumiwang"], "Menteri Perindustrian", "idn-kemenperin", "GOV", ""),
    ("Bahlil Lahadalia", ["Bahlil"], "Menteri Energi dan Sumber Daya Mineral", "idn-kesdm", "GOV", "Also Golkar chairman since August 2024."),
    ("Dody Hanggodo", [], "Menteri Pekerjaan Umum", "idn-kemenpu", "GOV", ""),
    ("Maruarar Sirait", [], "Menteri Perumahan dan Kawasan Permukiman", "idn-kemen-pkp", "GOV", "'Ara' is left out (a word)."),
    ("Yandri Susanto", [], "Menteri Desa dan Pembangunan Daerah Tertinggal", "idn-kemendes", "GOV", ""),
    ("Muhammad Iftitah Sulaiman Suryanagara", ["Iftitah Sulaiman"], "Menteri Transmigrasi", "idn-kementrans", "GOV", ""),
    ("Dudy Purwagandhi", [], "Menteri Perhubungan", "idn-kemenhub", "GOV", ""),
    ("Meutya Hafid", [], "Menteri Komunikasi dan Digital", "idn-komdigi", "GOV", ""),
    ("Andi Amran Sulaiman", ["Amran Sulaiman"], "Menteri Pertanian", "idn-kementan", "GOV", ""),
    ("Raja Juli Antoni", [], "Menteri Kehutanan", "idn-kemenhut", "GOV", "Also PSI secretary-general until 2025."),
    ("Sakti Wahyu Trenggono", ["Trenggono"], "Menteri Kelautan dan Perikanan", "idn-kkp", "GOV", ""),
    ("Nusron Wahid", [], "Menteri Agraria dan Tata Ruang/Kepala BPN", "idn-atr-bpn", "GOV", ""),
    ("Rachmat Pambudy", [], "Menteri Perencanaan Pembangunan Nasional/Kepala Bappenas", "idn-bappenas", "GOV", ""),
    ("Rini Widyantini", [], "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "idn-kemenpanrb", "GOV", ""),
    ("Erick Thohir", [], "Menteri Pemuda dan Olahraga", "idn-kemenpora", "GOV", "Menteri BUMN 2019-Sep 2025, Menpora since September 2025; PSSI chairman."),
    ("Maman Abdurrahman", [], "Menteri Usaha Mikro, Kecil, dan Menengah", "idn-kemen-umkm", "GOV", ""),
    ("Widiyanti Putri Wardhana", ["Widiyanti Putri"], "Menteri Pariwisata", "idn-kemenpar", "GOV", ""),
    ("Teuku Riefky Harsya", [], "Menteri Ekonomi Kreatif", "idn-kemenekraf", "GOV", ""),
    ("Arifatul Choiri Fauzi", ["Arifah Fauzi"], "Menteri Pemberdayaan Perempuan dan Perlindungan Anak", "idn-kemenpppa", "GOV", ""),
    ("Wihaji", [], "Menteri Kependudukan dan Pembangunan Keluarga", "idn-kemendukbangga", "GOV", ""),
    ("Hanif Faisol Nurofiq", [], "Menteri Lingkungan Hidup", "idn-klh", "GOV", ""),
    ("Dito Ariotedjo", [], "Menteri Pemuda dan Olahraga", "idn-kemenpora", "GOV", "Menpora 2023-September 2025."),
    ("Budi Arie Setiadi", [], "Menteri Koperasi", "idn-kemenkop", "GOV", "Minister Oct 2024-Sep 2025; Menkominfo 2023-2024."),
    ("Ferry Juliantono", [], "Menteri Koperasi", "idn-kemenkop", "GOV", "Deputy minister, then minister since September 2025."),
    ("Rosan Perkasa Roeslani", ["Rosan Roeslani"], "Menteri Investasi dan Hilirisasi", "idn-kemen-investasi", "GOV", "Also CEO of Danantara."),
    ("Mochamad Irfan Yusuf", ["Gus Irfan"], "Menteri Haji dan Umrah", "idn-kemenhaj", "GOV", ""),
    ("Teddy Indra Wijaya", [], "Sekretaris Kabinet", "idn-setkab", "GOV", ""),
    ("Hasan Nasbi", [], "Kepala Kantor Komunikasi Kepresidenan", "idn-pco", "GOV", "Head of the PCO until 2025."),
    ("Muhammad Herindra", [], "Kepala Badan Intelijen Negara", "idn-bin", "GOV", ""),
    ("Sanitiar Burhanuddin", ["ST Burhanuddin"], "Jaksa Agung", "idn-kejagung", "JUD", ""),
    ("Dadan Hindayana", [], "Kepala Badan Gizi Nasional", "idn-bgn", "GOV", ""),
    # deputy ministers (Keppres 134/P/2024 and later changes)
    ("Anis Matta", [], "Wakil Menteri Luar Negeri", "idn-kemlu", "GOV", "Also Gelora chairman."),
    ("Arrmanatha Nasir", [], "Wakil Menteri Luar Negeri", "idn-kemlu", "GOV", ""),
    ("Arif Havas Oegroseno", [], "Wakil Menteri Luar Negeri", "idn-kemlu", "GOV", ""),
    ("Donny Ermawan Taufanto", [], "Wakil Menteri Pertahanan", "idn-kemhan", "MIL", ""),
    ("Suahasil Nazara", [], "Wakil Menteri Keuangan", "idn-kemenkeu", "GOV", ""),
    ("Thomas Djiwandono", [], "Wakil Menteri Keuangan", "idn-kemenkeu", "GOV", ""),
    ("Anggito Abimanyu", [], "Wakil Menteri Keuangan", "idn-kemenkeu", "GOV", ""),
    ("Bima Arya Sugiarto", ["Bima Arya"], "Wakil Menteri Dalam Negeri", "idn-kemendagri", "GOV", "Wali Kota Bogor 2014-2024."),
    ("Ribka Haluk", [], "Wakil Menteri Dalam Negeri", "idn-kemendagri", "GOV", ""),
    ("Dante Saksono Harbuwono", [], "Wakil Menteri Kesehatan", "idn-kemenkes", "GOV", ""),
    ("Kartika Wirjoatmodjo", [], "Wakil Menteri BUMN", "idn-kementerian-bumn", "GOV", ""),
    ("Dony Oskaria", [], "Wakil Menteri BUMN", "idn-kementerian-bumn", "GOV", ""),
    ("Nezar Patria", [], "Wakil Menteri Komunikasi dan Digital", "idn-komdigi", "GOV", ""),
    ("Angga Raka Prabowo", [], "Wakil Menteri Komunikasi dan Digital", "idn-komdigi", "GOV", ""),
    ("Juri Ardiantoro", [], "Wakil Menteri Sekretaris Negara", "idn-kemensetneg", "GOV", ""),
    ("Edward Omar Sharif Hiariej", ["Eddy Hiariej"], "Wakil Menteri Hukum", "idn-kemenkum", "GOV", ""),
    ("Yuliot Tanjung", [], "Wakil Menteri Energi dan Sumber Daya Mineral", "idn-kesdm", "GOV", ""),
    ("Dyah Roro Esti Widya Putri", ["Dyah Roro Esti"], "Wakil Menteri Perdagangan", "idn-kemendag", "GOV", ""),
    ("Immanuel Ebenezer Gerungan", ["Immanuel Ebenezer", "Noel Ebenezer"], "Wakil Menteri Ketenagakerjaan", "idn-kemnaker", "GOV", "Removed in August 2025 after his arrest by the KPK."),
    ("Taufik Hidayat", [], "Wakil Menteri Pemuda dan Olahraga", "idn-kemenpora", "GOV", "Former badminton champion."),
    ("Diana Kusumastuti", [], "Wakil Menteri Pekerjaan Umum", "idn-kemenpu", "GOV", ""),
    ("Fahri Hamzah", [], "Wakil Menteri Perumahan dan Kawasan Permukiman", "idn-kemen-pkp", "GOV", ""),
    ("Fajar Riza Ul Haq", [], "Wakil Menteri Pendidikan Dasar dan Menengah", "idn-kemendikdasmen", "GOV", ""),
    ("Atip Latipulhayat", [], "Wakil Menteri Pendidikan Dasar dan Menengah", "idn-kemendikdasmen", "GOV", ""),
    ("Stella Christie", [], "Wakil Menteri Pendidikan Tinggi, Sains, dan Teknologi", "idn-kemendiktisaintek", "GOV", ""),
    ("Didit Herdiawan Ashaf", [], "Wakil Menteri Kelautan dan Perikanan", "idn-kkp", "GOV", ""),
    ("Ni Luh Puspa", [], "Wakil Menteri Pariwisata", "idn-kemenpar", "GOV", ""),
    ("Irene Umar", [], "Wakil Menteri Ekonomi Kreatif", "idn-kemenekraf", "GOV", ""),
    ("Helvi Yuni Moraza", [], "Wakil Menteri Usaha Mikro, Kecil, dan Menengah", "idn-kemen-umkm", "GOV", ""),
    ("Todotua Pasaribu", [], "Wakil Menteri Investasi dan Hilirisasi", "idn-kemen-investasi", "GOV", ""),
    ("Ossy Dermawan", [], "Wakil Menteri Agraria dan Tata Ruang", "idn-atr-bpn", "GOV", ""),
    ("Diaz Hendropriyono", [], "Wakil Menteri Lingkungan Hidup", "idn-klh", "GOV", ""),
    ("Agus Jabo Priyono", [], "Wakil Menteri Sosial", "idn-kemensos", "GOV", ""),
    ("Ahmad Riza Patria", ["Riza Patria"], "Wakil Menteri Desa dan Pembangunan Daerah Tertinggal", "idn-kemendes", "GOV", ""),
    ("Christina Aryani", [], "Wakil Menteri Pelindungan Pekerja Migran Indonesia", "idn-kp2mi", "GOV", ""),
    ("Veronica Tan", [], "Wakil Menteri Pemberdayaan Perempuan dan Perlindungan Anak", "idn-kemenpppa", "GOV", ""),
    ("Faisol Riza", [], "Wakil Menteri Perindustrian", "idn-kemenperin", "GOV", ""),
    ("Giring Ganesha", [], "Wakil Menteri Kebudayaan", "idn-kemenbud", "GOV", ""),
    ("Silmy Karim", [], "Wakil Menteri Imigrasi dan Pemasyarakatan", "idn-kemenimipas", "GOV", ""),
    ("Viva Yoga Mauladi", [], "Wakil Menteri Transmigrasi", "idn-kementrans", "GOV", ""),
    ("Dahnil Anzar Simanjuntak", ["Dahnil Anzar"], "Wakil Menteri Haji dan Umrah", "idn-kemenhaj", "GOV", ""),
    # heads of institutions (as of 2025)
    ("Ahmad Muzani", ["Muzani"], "Ketua MPR", "idn-mpr", "LEG", "Also Gerindra secretary-general."),
    ("Sultan Bachtiar Najamudin", [], "Ketua DPD", "idn-dpd", "LEG", ""),
    ("Perry Warjiyo", [], "Gubernur BI", "idn-bi", "GOV", ""),
    ("Mahendra Siregar", [], "Ketua Dewan Komisioner OJK", "idn-ojk", "GOV", ""),
    ("Isma Yatun", [], "Ketua BPK", "idn-bpk", "GOV", ""),
    ("Setyo Budiyanto", [], "Ketua KPK", "idn-kpk", "GOV", "KPK chairman 2024-2029."),
    ("Dwikorita Karnawati", ["Dwikorita"], "Kepala BMKG", "idn-bmkg", "GOV", "Head of BMKG until 2025."),
    ("Marthinus Hukom", [], "Kepala BNN", "idn-bnn", "COP", ""),
    ("Eddy Hartono", [], "Kepala BNPT", "idn-bnpt", "COP", ""),
    ("Taruna Ikrar", [], "Kepala BPOM", "idn-bpom", "GOV", ""),
    ("Mochammad Afifuddin", [], "Ketua KPU", "idn-kpu", "GOV", ""),
    ("Rahmat Bagja", [], "Ketua Bawaslu", "idn-bawaslu", "GOV", ""),
    ("Amalia Adininggar Widyasanti", [], "Kepala BPS", "idn-bps", "GOV", ""),
    ("Laksana Tri Handoko", [], "Kepala BRIN", "idn-brin", "GOV", "Head of BRIN until 2025."),
    ("Anis Hidayah", [], "Ketua Komnas HAM", "idn-komnas-ham", "GOV", ""),
    ("Maruli Simanjuntak", [], "Kepala Staf Angkatan Darat", "idn-tni-ad", "MIL", ""),
    ("Mohamad Tonny Harjono", ["Tonny Harjono"], "Kepala Staf Angkatan Udara", "idn-tni-au", "MIL", ""),
    # party chairs (as of 2025) not listed elsewhere
    ("Surya Paloh", [], "Ketua Umum Partai NasDem", "idn-nasdem", "PTY", ""),
    ("Almuzzammil Yusuf", [], "Presiden PKS", "idn-pks", "PTY", "PKS president since 2025."),
    ("Ahmad Syaikhu", [], "Presiden PKS", "idn-pks", "PTY", "PKS president 2020-2025."),
    ("Muhamad Mardiono", ["Mardiono"], "Ketua Umum PPP", "idn-ppp", "PTY", ""),
    ("Kaesang Pangarep", ["Kaesang"], "Ketua Umum PSI", "idn-psi", "PTY", ""),
    ("Hary Tanoesoedibjo", ["Hary Tanoe"], "Ketua Umum Partai Perindo", "idn-perindo", "PTY", ""),
    ("Oesman Sapta Odang", ["OSO"], "Ketua Umum Partai Hanura", "idn-hanura", "PTY", ""),
    ("Said Iqbal", [], "Presiden Partai Buruh", "idn-partai-buruh", "PTY", "Also KSPI president."),
    ("Hasto Kristiyanto", ["Hasto"], "Sekretaris Jenderal PDI-P", "idn-pdip", "PTY", ""),
    # cabinet 2019-2024 names the press still uses
    ("Basuki Hadimuljono", [], "Menteri Pekerjaan Umum dan Perumahan Rakyat", "idn-kemenpu", "GOV", "Menteri PUPR 2014-2024; head of the IKN authority 2024-2025."),
    ("Luhut Binsar Pandjaitan", ["Luhut"], "Ketua Dewan Ekonomi Nasional", None, "GOV", "Menko Marves 2019-2024; DEN chairman since October 2024."),
    ("Mahfud MD", ["Mahfud"], "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "idn-kemenko-polkam", "GOV", "Menko Polhukam 2019-2024."),
    ("Retno Marsudi", [], "Menteri Luar Negeri", "idn-kemlu", "GOV", "Menlu 2014-2024."),
    ("Yasonna Laoly", ["Yasonna"], "Menteri Hukum dan HAM", "idn-kemenkumham", "GOV", "Menkumham 2014-2024."),
    ("Ma'ruf Amin", [], "Wakil Presiden", None, "GOV", "Vice-president 2019-2024."),
    ("Jusuf Kalla", ["JK"], "Wakil Presiden", None, "GOV", "Vice-president 2004-2009 and 2014-2019; PMI chairman."),
    ("Moeldoko", [], "Kepala Staf Kepresidenan", "idn-ksp", "GOV", "KSP head 2018-2024; former Panglima TNI."),
    ("Ganjar Pranowo", ["Ganjar"], "Gubernur", None, "GOV", "Governor of Central Java 2013-2023, presidential candidate 2024."),
    ("Ridwan Kamil", [], "Gubernur", None, "GOV", "Governor of West Java 2018-2023."),
]

GOVERNORS = [  # inaugurated 20 February 2025 (Kemendagri), with the province's pemprov id
    ("Muzakir Manaf", ["Mualem"], "aceh"), ("Bobby Nasution", ["Bobby Afif Nasution"], "sumatera-utara"),
    ("Mahyeldi Ansharullah", ["Mahyeldi"], "sumatera-barat"), ("Al Haris", [], "jambi"),
    ("Herman Deru", [], "sumatera-selatan"), ("Helmi Hasan", [], "bengkulu"), ("Rahmat Mirzani Djausal", [], "lampung"),
    ("Hidayat Arsani", [], "bangka-belitung"), ("Ansar Ahmad", [], "kepulauan-riau"), ("Pramono Anung", [], "jakarta"),
    ("Dedi Mulyadi", ["KDM"], "jawa-barat"), ("Ahmad Luthfi", [], "jawa-tengah"),
    ("Sri Sultan Hamengku Buwono X", ["Hamengku Buwono X", "Sultan HB X", "Sri Sultan Hamengku Bawono X"], "yogyakarta"),
    ("Khofifah Indar Parawansa", ["Khofifah"], "jawa-timur"), ("Andra Soni", [], "banten"), ("Wayan Koster", ["I Wayan Koster"], "bali"),
    ("Lalu Muhamad Iqbal", [], "nusa-tenggara-barat"), ("Emanuel Melkiades Laka Lena", ["Melki Laka Lena"], "nusa-tenggara-timur"),
    ("Ria Norsan", [], "kalimantan-barat"), ("Agustiar Sabran", [], "kalimantan-tengah"), 
    ("Rudy Mas'ud", [], "kalimantan-timur"), ("Zainal Arifin Paliwang", [], "kalimantan-utara"), ("Yulius Selvanus", [], "sulawesi-utara"),
    ("Anwar Hafid", [], "sulawesi-tengah"), ("Andi Sudirman Sulaiman", [], "sulawesi-selatan"), ("Andi Sumangerukka", [], "sulawesi-tenggara"),
    ("Gusnar Ismail", [], "gorontalo"), ("Suhardi Duka", [], "sulawesi-barat"), ("Hendrik Lewerissa", [], "maluku"),
    ("Sherly Tjoanda", ["Sherly Tjoanda Laos"], "maluku-utara"), ("Dominggus Mandacan", [], "papua-barat"),
    ("Apolo Safanpo", [], "papua-selatan"), ("Meki Nawipa", [], "papua-tengah"), ("John Tabo", [], "papua-pegunungan"),
    ("Elisa Kambu", [], "papua-barat-daya"),
]

WORLD = [  # (country alpha-3, name, short forms, role, note) — as of 2025
    ("USA", "JD Vance", ["J.D. Vance", "Vance"], "Wakil Presiden", ""),
    ("CHN", "Li Qiang", [], "Perdana Menteri", ""), ("CHN", "Wang Yi", [], "Menteri Luar Negeri", ""),
    ("RUS", "Mikhail Mishustin", ["Mishustin"], "Perdana Menteri", ""), ("RUS", "Sergei Lavrov", ["Sergey Lavrov", "Lavrov"], "Menteri Luar Negeri", ""),
    ("GBR", "Keir Starmer", ["Starmer"], "Perdana Menteri", ""), ("GBR", "Raja Charles III", ["King Charles III", "Charles III"], "Raja", ""),
    ("FRA", "Sébastien Lecornu", ["Sebastien Lecornu", "Lecornu"], "Perdana Menteri", "Prime minister since September 2025."),
    ("FRA", "François Bayrou", ["Francois Bayrou", "Bayrou"], "Perdana Menteri", "Prime minister Dec 2024-Sep 2025."),
    ("DEU", "Friedrich Merz", ["Merz"], "Kanselir", ""), ("DEU", "Frank-Walter Steinmeier", ["Steinmeier"], "Presiden", ""),
    ("JPN", "Shigeru Ishiba", ["Ishiba"], "Perdana Menteri", "Prime minister Oct 2024-Oct 2025."),
    ("JPN", "Sanae Takaichi", ["Takaichi"], "Perdana Menteri", "Prime minister since October 2025."),
    ("KOR", "Lee Jae-myung", ["Lee Jae Myung"], "Presiden", "President since June 2025."),
    ("KOR", "Yoon Suk Yeol", ["Yoon Suk-yeol"], "Presiden", "President 2022-2025 (removed)."),
    ("IND", "Narendra Modi", ["Modi"], "Perdana Menteri", ""), ("IND", "Droupadi Murmu", [], "Presiden", ""),
    ("PAK", "Shehbaz Sharif", [], "Perdana Menteri", ""), ("PAK", "Asif Ali Zardari", ["Zardari"], "Presiden", ""),
    ("SAU", "Raja Salman", ["Salman bin Abdulaziz", "King Salman"], "Raja", ""),
    ("SAU", "Mohammed bin Salman", ["Mohammad bin Salman", "MBS", "Pangeran Mohammed bin Salman"], "Putra Mahkota", "Crown prince and prime minister."),
    ("ISR", "Isaac Herzog", ["Herzog"], "Presiden", ""),
    ("EGY", "Abdel Fattah el-Sisi", ["Abdel Fattah al-Sisi", "Abdel Fattah Al Sisi", "el-Sisi", "al-Sisi"], "Presiden", ""),
    ("QAT", "Tamim bin Hamad Al Thani", ["Sheikh Tamim", "Emir Tamim"], "Emir", ""),
    ("ARE", "Mohamed bin Zayed Al Nahyan", ["Mohamed bin Zayed", "Mohammed bin Zayed", "MBZ"], "Presiden", ""),
    ("JOR", "Raja Abdullah II", ["King Abdullah II", "Abdullah II"], "Raja", ""),
    ("LBN", "Joseph Aoun", [], "Presiden", "President since January 2025."), ("LBN", "Nawaf Salam", [], "Perdana Menteri", ""),
    ("IRQ", "Mohammed Shia al-Sudani", ["Mohammed Shia Al Sudani", "al-Sudani"], "Perdana Menteri", ""),
    ("SGP", "Lawrence Wong", [], "Perdana Menteri", ""), ("SGP", "Tharman Shanmugaratnam", ["Tharman"], "Presiden", ""),
    ("PHL", "Ferdinand Marcos Jr.", ["Ferdinand Marcos Jr", "Bongbong Marcos", "Marcos Jr."], "Presiden", ""),
    ("THA", "Anutin Charnvirakul", ["Anutin"], "Perdana Menteri", "Prime minister since September 2025."),
    ("THA", "Paetongtarn Shinawatra", ["Paetongtarn"], "Perdana Menteri", "Prime minister Aug 2024-Aug 2025."),
    ("VNM", "To Lam", ["Tô Lâm"], "Sekretaris Jenderal", "General secretary of the Communist Party of Vietnam."),
    ("VNM", "Pham Minh Chinh", ["Phạm Minh Chính"], "Perdana Menteri", ""),
    ("TLS", "Xanana Gusmão", ["Xanana Gusmao", "Xanana"], "Perdana Menteri", ""), ("TLS", "José Ramos-Horta", ["Jose Ramos-Horta", "Ramos-Horta", "Ramos Horta"], "Presiden", ""),
    ("AUS", "Anthony Albanese", ["Albanese"], "Perdana Menteri", ""), ("NZL", "Christopher Luxon", ["Luxon"], "Perdana Menteri", ""),
    ("PNG", "James Marape", ["Marape"], "Perdana Menteri", ""),
    ("BRA", "Luiz Inácio Lula da Silva", ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"], "Presiden", ""),
    ("ARG", "Javier Milei", ["Milei"], "Presiden", ""), ("CAN", "Mark Carney", ["Carney"], "Perdana Menteri", "Prime minister since March 2025."),
    ("MEX", "Claudia Sheinbaum", ["Sheinbaum"], "Presiden", ""), ("ZAF", "Cyril Ramaphosa", ["Ramaphosa"], "Presiden", ""),
    ("ITA", "Giorgia Meloni", ["Meloni"], "Perdana Menteri", ""), ("ESP", "Pedro Sánchez", ["Pedro Sanchez"], "Perdana Menteri", ""),
    ("NLD", "Dick Schoof", ["Schoof"], "Perdana Menteri", ""), ("POL", "Donald Tusk", ["Tusk"], "Perdana Menteri", ""),
    ("HUN", "Viktor Orbán", ["Viktor Orban", "Orban", "Orbán"], "Perdana Menteri", ""),
    ("BRN", "Sultan Hassanal Bolkiah", ["Hassanal Bolkiah"], "Sultan", ""),
    ("MMR", "Min Aung Hlaing", [], "Panglima", "Head of the junta (Tatmadaw commander)."),
    ("KHM", "Hun Manet", [], "Perdana Menteri", ""), ("KHM", "Hun Sen", [], "Presiden Senat", ""),
    ("BGD", "Muhammad Yunus", [], "Kepala Pemerintahan Sementara", "Chief adviser of the interim government since August 2024; 'Yunus' alone is an Indonesian name."),
    ("AFG", "Hibatullah Akhundzada", ["Akhundzada"], "Pemimpin Tertinggi", "Taliban supreme leader."),
    ("VEN", "Nicolás Maduro", ["Nicolas Maduro", "Maduro"], "Presiden", ""), ("BLR", "Alexander Lukashenko", ["Lukashenko", "Aleksandr Lukashenko"], "Presiden", ""),
    ("NGA", "Bola Tinubu", ["Tinubu"], "Presiden", ""), ("KEN", "William Ruto", ["Ruto"], "Presiden", ""),
    ("ETH", "Abiy Ahmed", [], "Perdana Menteri", ""), ("UKR", "Yulia Svyrydenko", ["Svyrydenko"], "Perdana Menteri", "Prime minister since July 2025."),
    ("IRN", "Ali Larijani", [], "Sekretaris Dewan Keamanan Nasional", ""),
    ("VAT", "Paus Leo XIV", ["Pope Leo XIV", "Leo XIV", "Robert Francis Prevost"], "Paus", "Pope since May 2025."),
    ("VAT", "Paus Fransiskus", ["Pope Francis", "Jorge Mario Bergoglio"], "Paus", "Pope 2013-2025 (died April 2025)."),
    ("LAO", "Thongloun Sisoulith", [], "Presiden", ""), ("LAO", "Sonexay Siphandone", [], "Perdana Menteri", ""),
    ("MYS", "Sultan Ibrahim Iskandar", ["Sultan Ibrahim", "Yang di-Pertuan Agong Sultan Ibrahim"], "Raja", "Yang di-Pertuan Agong since January 2024."),
    ("VNM", "Luong Cuong", ["Lương Cường"], "Presiden", ""), ("THA", "Raja Maha Vajiralongkorn", ["Maha Vajiralongkorn", "Raja Vajiralongkorn"], "Raja", ""),
    ("JPN", "Kaisar Naruhito", ["Naruhito", "Emperor Naruhito"], "Kaisar", ""), ("TWN", "Lai Ching-te", ["William Lai"], "Presiden", ""),
    ("LKA", "Anura Kumara Dissanayake", [], "Presiden", ""), ("MDV", "Mohamed Muizzu", ["Muizzu"], "Presiden", ""),
    ("IRQ", "Abdul Latif Rashid", [], "Presiden", ""), ("KWT", "Mishal Al-Ahmad Al-Jaber Al-Sabah", ["Sheikh Mishal"], "Emir", ""),
    ("OMN", "Sultan Haitham bin Tariq", ["Haitham bin Tariq"], "Sultan", ""), ("BHR", "Raja Hamad bin Isa Al Khalifa", ["Hamad bin Isa Al Khalifa"], "Raja", ""),
    ("YEM", "Rashad al-Alimi", ["Rashad Al Alimi"], "Ketua Dewan Kepemimpinan Presiden", ""),
    ("QAT", "Mohammed bin Abdulrahman Al Thani", ["Mohammed bin Abdulrahman"], "Perdana Menteri", ""),
    ("PSE", "Mohammad Mustafa", [], "Perdana Menteri", "Prime minister of the Palestinian Authority since March 2024."),
    ("TUN", "Kais Saied", ["Kais Saïed"], "Presiden", ""), ("DZA", "Abdelmadjid Tebboune", ["Tebboune"], "Presiden", ""),
    ("MAR", "Raja Mohammed VI", ["Mohammed VI"], "Raja", ""), ("SDN", "Abdel Fattah al-Burhan", ["Abdel Fattah Al Burhan", "al-Burhan"], "Panglima", "Head of the Sovereignty Council and of the Sudanese army."),
    ("POL", "Karol Nawrocki", ["Nawrocki"], "Presiden", "President since August 2025."), ("ITA", "Sergio Mattarella", ["Mattarella"], "Presiden", ""),
    ("ESP", "Raja Felipe VI", ["Felipe VI"], "Raja", ""), ("NLD", "Raja Willem-Alexander", ["Willem-Alexander", "Raja Willem Alexander"], "Raja", ""),
    ("CHL", "Gabriel Boric", ["Boric"], "Presiden", ""), ("COL", "Gustavo Petro", [], "Presiden", ""),
    ("CUB", "Miguel Díaz-Canel", ["Miguel Diaz-Canel", "Diaz-Canel"], "Presiden", ""), ("FJI", "Sitiveni Rabuka", ["Rabuka"], "Perdana Menteri", ""),
    ("SRB", "Aleksandar Vučić", ["Aleksandar Vucic", "Vucic"], "Presiden", ""), ("GRC", "Kyriakos Mitsotakis", ["Mitsotakis"], "Perdana Menteri", ""),
    ("AZE", "Ilham Aliyev", [], "Presiden", ""), ("ARM", "Nikol Pashinyan", ["Pashinyan"], "Perdana Menteri", ""),
    ("KAZ", "Kassym-Jomart Tokayev", ["Tokayev"], "Presiden", ""), ("UZB", "Shavkat Mirziyoyev", ["Mirziyoyev"], "Presiden", ""),
    ("SAU", "Faisal bin Farhan", ["Pangeran Faisal bin Farhan"], "Menteri Luar Negeri", ""), ("IRN", "Mohammad Bagher Ghalibaf", ["Ghalibaf"], "Ketua Parlemen", ""),
    ("ISR", "Gideon Saar", ["Gideon Sa'ar"], "Menteri Luar Negeri", ""), ("USA", "Pete Hegseth", ["Hegseth"], "Menteri Pertahanan", "Secretary of Defense (of War) since January 2025."),
    ("USA", "Steve Witkoff", ["Witkoff"], "Utusan Khusus", "Special envoy for the Middle East."),
    ("USA", "Kamala Harris", [], "Wakil Presiden", "Vice-president 2021-2025."),
    (None, "Ursula von der Leyen", ["von der Leyen"], "Presiden Komisi Eropa", "President of the European Commission."),
    (None, "António Costa", ["Antonio Costa"], "Presiden Dewan Eropa", "President of the European Council since December 2024."),
    (None, "Mark Rutte", ["Rutte"], "Sekretaris Jenderal NATO", ""),
    (None, "Kristalina Georgieva", ["Georgieva"], "Direktur Pelaksana IMF", ""),
    (None, "Tedros Adhanom Ghebreyesus", ["Tedros Adhanom", "Tedros"], "Direktur Jenderal WHO", ""),
    (None, "Kao Kim Hourn", [], "Sekretaris Jenderal ASEAN", ""),
]
# Foreign officials of the years the real-news corpora cover (IndoSum 2016-2018, CLICK-ID 2019) whom
# the press named daily and the 2025 list above lacks: heads of state and government of those years,
# foreign and defence ministers, foreign ministries' spokespersons and heads of IGOs. Each is a person
# with the office held then (years in the note); their `parent` is that office (the country, its foreign
# or defence ministry where registered, the IGO). Sources: the governments' and IGOs' official
# sites (lists of ministers, secretaries of state and defense, secretaries-general). Session 22.
# (country alpha-3 or None, name, short forms, role, parent or None for the country, note)
WORLD_2016_2019 = [
    ("USA", "Mike Pompeo", ["Michael Pompeo", "Pompeo"], "Menteri Luar Negeri", "usa-state-dept", "Secretary of State 2018-2021 (CIA director 2017-2018)."),
    ("USA", "Rex Tillerson", ["Tillerson"], "Menteri Luar Negeri", "usa-state-dept", "Secretary of State 2017-2018."),
    ("USA", "John Kerry", [], "Menteri Luar Negeri", "usa-state-dept", "Secretary of State 2013-2017."),
    ("USA", "James Mattis", ["Jim Mattis", "Mattis"], "Menteri Pertahanan", "usa-dod", "Secretary of Defense 2017-2018."),
    ("USA", "Mark Esper", ["Esper"], "Menteri Pertahanan", "usa-dod", "Secretary of Defense 2019-2020."),
    ("USA", "Patrick Shanahan", ["Shanahan"], "Menteri Pertahanan", "usa-dod", "Acting Secretary of Defense January-June 2019."),
    ("USA", "John Bolton", ["Bolton"], "Penasihat Keamanan Nasional", "usa-white-house", "National Security Advisor 2018-2019."),
    ("USA", "Barack Obama", ["Obama"], "Presiden", None, "President 2009-2017."),
    ("USA", "Nikki Haley", [], "Duta Besar untuk PBB", None, "Ambassador to the UN 2017-2018."),
    ("IRN", "Hassan Rouhani", ["Hassan Rohani", "Rouhani"], "Presiden", None, "President 2013-2021."),
    ("IRN", "Mohammad Javad Zarif", ["Javad Zarif", "Zarif"], "Menteri Luar Negeri", "irn-mfa", "Foreign minister 2013-2021."),
    ("CHN", "Geng Shuang", [], "Juru Bicara Kementerian Luar Negeri", "chn-mfa", "Foreign ministry spokesman 2016-2020."),
    ("CHN", "Hua Chunying", [], "Juru Bicara Kementerian Luar Negeri", "chn-mfa", "Foreign ministry spokeswoman since 2012."),
    ("CHN", "Lu Kang", [], "Juru Bicara Kementerian Luar Negeri", "chn-mfa", "Foreign ministry spokesman 2015-2019."),
    ("CHN", "Li Keqiang", [], "Perdana Menteri", None, "Premier 2013-2023."),
    ("RUS", "Dmitry Medvedev", ["Dmitri Medvedev", "Medvedev"], "Perdana Menteri", None, "Prime minister 2012-2020."),
    ("RUS", "Sergei Shoigu", ["Sergey Shoigu", "Shoigu"], "Menteri Pertahanan", "rus-mod", "Defence minister 2012-2024."),
    ("JPN", "Shinzo Abe", ["Shinzō Abe"], "Perdana Menteri", None, "Prime minister 2012-2020."),
    ("JPN", "Taro Kono", ["Tarō Kōno"], "Menteri Luar Negeri", None, "Foreign minister 2017-2019, defence minister 2019-2020."),
    ("KOR", "Moon Jae-in", ["Moon Jae In"], "Presiden", None, "President 2017-2022."),
    ("TWN", "Tsai Ing-wen", ["Tsai Ing Wen"], "Presiden", None, "President 2016-2024."),
    ("TWN", "Joseph Wu", [], "Menteri Luar Negeri", None, "Foreign minister 2018-2024."),
    ("PHL", "Rodrigo Duterte", ["Duterte"], "Presiden", None, "President 2016-2022."),
    ("MYS", "Mahathir Mohamad", ["Mahathir Mohammad", "Mahathir"], "Perdana Menteri", None, "Prime minister 1981-2003 and 2018-2020."),
    ("MYS", "Najib Razak", ["Najib Tun Razak"], "Perdana Menteri", None, "Prime minister 2009-2018."),
    ("MYS", "Saifuddin Abdullah", [], "Menteri Luar Negeri", None, "Foreign minister 2018-2020."),
    ("MYS", "Anifah Aman", [], "Menteri Luar Negeri", None, "Foreign minister 2009-2018."),
    ("SGP", "Lee Hsien Loong", [], "Perdana Menteri", None, "Prime minister 2004-2024."),
    ("SGP", "Vivian Balakrishnan", [], "Menteri Luar Negeri", None, "Foreign minister 2015-2025."),
    ("THA", "Prayut Chan-o-cha", ["Prayuth Chan-ocha", "Prayut Chan-ocha", "Prayuth Chan-o-cha", "Prayut", "Prayuth"], "Perdana Menteri", None, "Prime minister 2014-2023."),
    ("MMR", "Aung San Suu Kyi", ["Suu Kyi"], "Penasihat Negara", None, "State counsellor 2016-2021."),
    ("AUS", "Malcolm Turnbull", ["Turnbull"], "Perdana Menteri", None, "Prime minister 2015-2018."),
    ("AUS", "Scott Morrison", [], "Perdana Menteri", None, "Prime minister 2018-2022."),
    ("AUS", "Julie Bishop", [], "Menteri Luar Negeri", None, "Foreign minister 2013-2018."),
    ("AUS", "Marise Payne", [], "Menteri Luar Negeri", None, "Foreign minister 2018-2022, defence minister 2015-2018."),
    ("NZL", "Jacinda Ardern", ["Ardern"], "Perdana Menteri", None, "Prime minister 2017-2023."),
    ("GBR", "Theresa May", [], "Perdana Menteri", None, "Prime minister 2016-2019."),
    ("GBR", "Boris Johnson", [], "Perdana Menteri", None, "Foreign secretary 2016-2018, prime minister 2019-2022."),
    ("GBR", "Jeremy Hunt", [], "Menteri Luar Negeri", None, "Foreign secretary 2018-2019."),
    ("DEU", "Angela Merkel", ["Merkel"], "Kanselir", None, "Chancellor 2005-2021."),
    ("CAN", "Justin Trudeau", ["Trudeau"], "Perdana Menteri", None, "Prime minister 2015-2025."),
    ("TUR", "Mevlüt Çavuşoğlu", ["Mevlut Cavusoglu", "Cavusoglu", "Çavuşoğlu"], "Menteri Luar Negeri", None, "Foreign minister 2014-2023."),
    ("SAU", "Adel al-Jubeir", ["Adel Al-Jubeir", "Adel al Jubeir", "al-Jubeir"], "Menteri Luar Negeri", None, "Foreign minister 2015-2018, then minister of state."),
    ("SYR", "Bashar al-Assad", ["Bashar Al-Assad", "Bashar al Assad", "Bashar Assad"], "Presiden", None, "President 2000-2024."),
    ("PAK", "Imran Khan", [], "Perdana Menteri", None, "Prime minister 2018-2022."),
    ("VEN", "Juan Guaidó", ["Juan Guaido", "Guaido", "Guaidó"], "Presiden Majelis Nasional", None, "Head of the National Assembly, claimed the presidency 2019."),
    ("BRA", "Jair Bolsonaro", ["Bolsonaro"], "Presiden", None, "President 2019-2022."),
    (None, "Ban Ki-moon", ["Ban Ki Moon"], "Sekretaris Jenderal PBB", "un", "UN secretary-general 2007-2016."),
    (None, "Michelle Bachelet", ["Bachelet"], "Komisioner Tinggi HAM PBB", "un-ohchr", "UN High Commissioner for Human Rights 2018-2022."),
    (None, "Zeid Ra'ad al-Hussein", ["Zeid Ra'ad Al Hussein", "Zeid Ra'ad"], "Komisioner Tinggi HAM PBB", "un-ohchr", "UN High Commissioner for Human Rights 2014-2018."),
    (None, "Filippo Grandi", [], "Komisioner Tinggi PBB untuk Pengungsi", "un-unhcr", "UN High Commissioner for Refugees since 2016."),
    (None, "Christine Lagarde", ["Lagarde"], "Direktur Pelaksana IMF", "imf", "IMF managing director 2011-2019."),
    (None, "Jens Stoltenberg", ["Stoltenberg"], "Sekretaris Jenderal NATO", "nato", "NATO secretary-general 2014-2024."),
    (None, "Federica Mogherini", ["Mogherini"], "Perwakilan Tinggi Uni Eropa", "eu", "EU High Representative 2014-2019."),
    (None, "Jean-Claude Juncker", ["Juncker"], "Presiden Komisi Eropa", "eu", "President of the European Commission 2014-2019."),
    (None, "Lim Jock Hoi", [], "Sekretaris Jenderal ASEAN", "asean-secretariat", "ASEAN secretary-general 2018-2022."),
]
# Indonesian office holders of the years the real-news corpora cover (IndoSum 2016-2018, CLICK-ID 2019)
# whom the register does not list as persons: each is coded by his office while in it, as the guide codes an
# official and as "Ketua KPK Agus Rahardjo" already is (the role+name rule). A bare name is read so only
# when the article's publication date falls in the term (office_terms.json; roles.office_terms). Left out as
# the lists above: common single names (Wiranto, Mohamad Nasir, Muhammad Iqbal) and persons the register
# lists. Sources: Keppres 121/P/2014 (Kabinet Kerja) and the reshuffles of 2015 and 2016 (Keppres 79/P/2015,
# 83/P/2016); Keppres 133/P/2015 (KPK commissioners 2015-2019); the institutions' own lists of their heads
# (MA, MK, KPU, BNN, BNPB, TNI, Kejaksaan Agung, PBNU); Polri's appointment letters for the spokesmen. Session 22.
# (name, other forms, role, office id, first year, last year, note)
OFFICE_TERMS = [
    ("Agus Rahardjo", [], "Ketua KPK", "idn-kpk", 2015, 2019, "KPK chairman December 2015-December 2019."),
    ("Saut Situmorang", [], "Wakil Ketua KPK", "idn-kpk", 2015, 2019, "KPK deputy chairman 2015-2019."),
    ("Laode Muhammad Syarif", ["Laode M Syarif", "Laode M. Syarif", "La Ode Muhammad Syarif", "Laode Syarif", "Laode M Syarief", "Laode Syarief"],
     "Wakil Ketua KPK", "idn-kpk", 2015, 2019, "KPK deputy chairman 2015-2019."),
    ("Basaria Panjaitan", [], "Wakil Ketua KPK", "idn-kpk", 2015, 2019, "KPK deputy chairwoman 2015-2019."),
    ("Alexander Marwata", [], "Wakil Ketua KPK", "idn-kpk", 2015, 2024, "KPK deputy chairman 2015-2019 and 2019-2024."),
    ("Febri Diansyah", [], "Juru Bicara KPK", "idn-kpk", 2016, 2019, "KPK spokesman December 2016-December 2019."),
    ("Imam Nahrawi", [], "Menteri Pemuda dan Olahraga", "idn-kemenpora", 2014, 2019, "Menpora October 2014-September 2019."),
    ("Muhadjir Effendy", ["Muhadjir Effendi", "Muhajir Effendy", "Muhajir Effendi"], "Menteri Pendidikan dan Kebudayaan", "idn-kemendikbudristek",
     2016, 2019, "Mendikbud July 2016-October 2019 (then Menko PMK)."),
    ("Sofyan Djalil", [], "Menteri Agraria dan Tata Ruang", "idn-atr-bpn", 2016, 2022, "Menteri ATR/Kepala BPN July 2016-June 2022."),
    ("Enggartiasto Lukita", [], "Menteri Perdagangan", "idn-kemendag", 2016, 2019, "Mendag July 2016-October 2019."),
    ("Ignasius Jonan", [], "Menteri Energi dan Sumber Daya Mineral", "idn-kesdm", 2016, 2019, "Menteri ESDM October 2016-October 2019 (Menhub 2014-2016)."),
    ("Rini Soemarno", ["Rini Mariani Soemarno", "Rini M Soemarno", "Rini M. Soemarno"], "Menteri BUMN", "idn-kementerian-bumn", 2014, 2019, "Menteri BUMN 2014-2019."),
    ("Tjahjo Kumolo", [], "Menteri Dalam Negeri", "idn-kemendagri", 2014, 2019, "Mendagri 2014-2019."),
    ("Lukman Hakim Saifuddin", [], "Menteri Agama", "idn-kemenag", 2014, 2019, "Menag June 2014-October 2019."),
    ("Ryamizard Ryacudu", [], "Menteri Pertahanan", "idn-kemhan", 2014, 2019, "Menhan 2014-2019."),
    ("Rudiantara", [], "Menteri Komunikasi dan Informatika", "idn-komdigi", 2014, 2019, "Menkominfo 2014-2019."),
    ("Hanif Dhakiri", ["M Hanif Dhakiri", "M. Hanif Dhakiri", "Muhammad Hanif Dhakiri"], "Menteri Ketenagakerjaan", "idn-kemnaker", 2014, 2019, "Menaker 2014-2019."),
    ("Susi Pudjiastuti", [], "Menteri Kelautan dan Perikanan", "idn-kkp", 2014, 2019, "Menteri KKP 2014-2019."),
    ("Nila Moeloek", ["Nila F Moeloek", "Nila F. Moeloek", "Nila Djuwita Moeloek"], "Menteri Kesehatan", "idn-kemenkes", 2014, 2019, "Menkes 2014-2019."),
    ("Arief Yahya", [], "Menteri Pariwisata", "idn-kemenpar", 2014, 2019, "Menpar 2014-2019."),
    ("Darmin Nasution", [], "Menteri Koordinator Bidang Perekonomian", "idn-kemenko-perekonomian", 2015, 2019, "Menko Perekonomian August 2015-October 2019."),
    ("Bambang Brodjonegoro", ["Bambang PS Brodjonegoro", "Bambang P.S. Brodjonegoro"], "Menteri PPN/Kepala Bappenas", "idn-bappenas", 2016, 2019,
     "Kepala Bappenas July 2016-October 2019 (Menkeu 2014-2016)."),
    ("Eko Putro Sandjojo", [], "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "idn-kemendes", 2016, 2019, "Mendes PDTT July 2016-October 2019."),
    ("Budi Karya Sumadi", [], "Menteri Perhubungan", "idn-kemenhub", 2016, 2024, "Menhub July 2016-October 2024."),
    ("HM Prasetyo", ["H.M. Prasetyo", "H M Prasetyo", "Muhammad Prasetyo"], "Jaksa Agung", "idn-kejagung", 2014, 2019, "Jaksa Agung November 2014-October 2019."),
    ("Gatot Nurmantyo", [], "Panglima TNI", "idn-tni", 2015, 2017, "Panglima TNI July 2015-December 2017."),
    ("Hadi Tjahjanto", [], "Panglima TNI", "idn-tni", 2017, 2021, "Panglima TNI December 2017-November 2021."),
    ("Budi Waseso", ["Buwas"], "Kepala BNN", "idn-bnn", 2015, 2018, "Kepala BNN September 2015-March 2018 (then Bulog)."),
    ("Heru Winarko", [], "Kepala BNN", "idn-bnn", 2018, 2020, "Kepala BNN March 2018-December 2020."),
    ("Arief Hidayat", [], "Hakim Konstitusi", "idn-mk", 2013, 2023, "Judge of the MK 2013-2023, its chairman 2015-2018."),
    ("Hatta Ali", ["Muhammad Hatta Ali", "M Hatta Ali"], "Ketua Mahkamah Agung", "idn-ma", 2012, 2020, "Ketua MA 2012-April 2020."),
    ("Arief Budiman", [], "Ketua KPU", "idn-kpu", 2017, 2020, "Ketua KPU April 2017-2020."),
    ("Sutopo Purwo Nugroho", [], "Kepala Pusat Data, Informasi dan Humas BNPB", "idn-bnpb", 2010, 2019, "BNPB spokesman 2010-July 2019 (died)."),
    ("Willem Rampangilei", [], "Kepala BNPB", "idn-bnpb", 2015, 2019, "Kepala BNPB 2015-January 2019."),
    ("Doni Monardo", [], "Kepala BNPB", "idn-bnpb", 2019, 2021, "Kepala BNPB January 2019-May 2021."),
    ("Setyo Wasisto", [], "Kepala Divisi Humas Polri", "idn-polri", 2016, 2018, "Kadiv Humas Polri 2016-2018."),
    ("Argo Yuwono", [], "Kepala Bidang Humas Polda Metro Jaya", "idn-polda-metro-jaya", 2016, 2019, "Kabid Humas Polda Metro Jaya 2016-2019."),
    ("Frans Barung Mangera", [], "Kepala Bidang Humas Polda Jawa Timur", "idn-polda-jatim", 2016, 2019, "Kabid Humas Polda Jatim 2016-2019."),
    ("Said Aqil Siradj", ["Said Aqil Siroj", "Said Aqil", "KH Said Aqil Siradj", "KH Said Aqil Siroj"], "Ketua Umum PBNU", "idn-nu", 2010, 2021, "PBNU chairman 2010-2021."),
    ("Bambang Soesatyo", ["Bamsoet"], "Ketua DPR", "idn-dpr", 2009, 2019, "DPR member 2009-2019, its speaker January 2018-September 2019 (then Ketua MPR)."),
    ("Taufik Kurniawan", [], "Wakil Ketua DPR", "idn-dpr", 2014, 2018, "DPR deputy speaker 2014-2018."),
    ("Agus Hermanto", [], "Wakil Ketua DPR", "idn-dpr", 2014, 2019, "DPR deputy speaker 2014-2019."),
    ("Fayakhun Andriadi", ["Fayakhun"], "anggota DPR", "idn-dpr", 2014, 2018, "DPR member 2009-2018."),
    ("Mukhamad Misbakhun", ["Muhammad Misbakhun", "Mukhammad Misbakhun", "Misbakhun"], "anggota DPR", "idn-dpr", 2014, 2023, "DPR member 2014-2024."),
    ("Bowo Sidik Pangarso", ["Bowo Sidik"], "anggota DPR", "idn-dpr", 2014, 2019, "DPR member 2014-2019."),
    ("Romahurmuziy", ["M Romahurmuziy", "Muhammad Romahurmuziy"], "Ketua Umum PPP", "idn-ppp", 2014, 2019, "PPP chairman 2014-March 2019."),
    ("Ronny Sompie", ["Ronny F Sompie", "Ronny F. Sompie"], "Direktur Jenderal Imigrasi", "idn-imigrasi", 2015, 2020, "Dirjen Imigrasi 2015-January 2020."),
    ("Desmond Junaidi Mahesa", ["Desmond J Mahesa", "Desmond J. Mahesa"], "anggota DPR", "idn-dpr", 2009, 2023, "DPR member 2009-2023, deputy chairman of its Komisi III."),
]
# Persons the register lists (with their 2025 office as parent) and the office each held in the years the
# corpora cover: in an article of those years their organisation (org_id) is that office (roles.office_terms).
# Same sources as OFFICE_TERMS; the DPR's member lists for its members. (register id, office id, first year,
# last year, note)
REGISTERED_TERMS = [
    ("idn-setya-novanto", "idn-dpr", 2014, 2017, "Ketua DPR 2014-2015 and 2016-2017 (DPR member from 1999)."),
    ("idn-luhut-binsar-pandjaitan", "idn-kemenko-marves", 2016, 2024, "Menko Kemaritiman (and Investasi) July 2016-October 2024."),
    ("idn-jusuf-kalla", "idn-presidency", 2014, 2019, "Vice-president 2014-2019."),
    ("idn-fahri-hamzah", "idn-dpr", 2004, 2019, "DPR member 2004-2019, its deputy speaker 2014-2019."),
    ("idn-fadli-zon", "idn-dpr", 2014, 2024, "DPR member 2014-2024, its deputy speaker 2014-2019."),
    ("idn-pratikno", "idn-kemensetneg", 2014, 2024, "Mensesneg October 2014-October 2024."),
    ("idn-agus-andrianto", "idn-polda-sumut", 2018, 2019, "Kapolda Sumatera Utara 2018-2019."),
    ("idn-puan-maharani", "idn-kemenko-pmk", 2014, 2019, "Menko PMK October 2014-October 2019."),
    ("idn-tito-karnavian", "idn-polri", 2016, 2019, "Kapolri July 2016-October 2019."),
]
# An office named alone ("Presiden", "Kapolri") read as its organisation is, in an article of a year its
# holder held it throughout, that registered holder, of that organisation (roles.office_terms). Whole years
# only: a year the office changed hands (2014, 2019, 2024) decides nothing. (role, organisation id, holder's
# register id, first year, last year, note)
OFFICE_HOLDERS = [
    ("Presiden", "idn-presidency", "idn-joko-widodo", 2015, 2023, "President 20 October 2014-20 October 2024."),
    ("Presiden", "idn-presidency", "idn-prabowo-subianto", 2025, 2028, "President since 20 October 2024."),
    ("Wakil Presiden", "idn-presidency", "idn-jusuf-kalla", 2015, 2018, "Vice-president October 2014-October 2019."),
    ("Wakil Presiden", "idn-presidency", "idn-maruf-amin", 2020, 2023, "Vice-president October 2019-October 2024."),
    ("Wakil Presiden", "idn-presidency", "idn-gibran-rakabuming-raka", 2025, 2028, "Vice-president since 20 October 2024."),
    ("Kapolri", "idn-polri", "idn-tito-karnavian", 2017, 2018, "Kapolri July 2016-October 2019."),
    ("Kapolri", "idn-polri", "idn-listyo-sigit-prabowo", 2022, 2025, "Kapolri since January 2021."),
]
WORLD_PARENT = {"Ursula von der Leyen": "eu", "António Costa": "eu", "Mark Rutte": "nato", "Kristalina Georgieva": "imf",
                "Tedros Adhanom Ghebreyesus": "un-who", "Kao Kim Hourn": "asean-secretariat", "Paus Leo XIV": "vat-holy-see",
                "Paus Fransiskus": "vat-holy-see", "Hibatullah Akhundzada": "taliban", "Min Aung Hlaing": "mmr-tatmadaw"}
WORLD_SECTOR = {"Paus Leo XIV": "REL", "Paus Fransiskus": "REL", "Min Aung Hlaing": "MIL", "Abdel Fattah al-Burhan": "MIL", "Pete Hegseth": "MIL"}


def build() -> dict[str, list[dict] | dict]:
    agencies = [record(i, n, a, "state_organ", "IDN", s, p, note) for i, n, a, s, p, note in AGENCIES]
    business = [record(i, n, a, "business", "IDN" if i.startswith("idn-") else None, "BUS", p, note) for i, n, a, p, note in BUSINESS]
    universities = [record(i, n, a, "generic_group", "IDN", "EDU") for i, n, a in UNIVERSITIES]
    officials = [record(f"idn-{slug(n)}", n, short, "person", "IDN", sector, parent, note, role=role) for n, short, role, parent, sector, note in CABINET]
    governors = [record(f"idn-{slug(n)}", n, short, "person", "IDN", "GOV", None, f"Governor as of 2025 (idn-pemprov-{prov}).", role="Gubernur")
                 for n, short, prov in GOVERNORS]  # fmt: skip
    world = [record(f"{c.lower()}-{slug(n)}" if c else slug(n), n, short, "person", c, WORLD_SECTOR.get(n, "IGO" if c is None else "GOV"),
                    WORLD_PARENT.get(n, c.lower() if c else None), note, role=role) for c, n, short, role, note in WORLD]  # fmt: skip
    world += [record(f"{c.lower()}-{slug(n)}" if c else slug(n), n, short, "person", c, "MIL" if role == "Menteri Pertahanan" else "IGO" if c is None else "GOV",
                     parent or c.lower(), note, role=role) for c, n, short, role, parent, note in WORLD_2016_2019]  # fmt: skip
    terms = {"_doc": "Office holders of 2014-2019 coded by their office while in it (built by training/actors/build_lists.py, OFFICE_TERMS; sources there).",
             "holders": [{"name": n, "forms": [n, *forms], "role": role, "office": office, "from": first, "until": last, "note": note}
                         for n, forms, role, office, first, last, note in OFFICE_TERMS],
             "registered": [{"id": i, "office": office, "from": first, "until": last, "note": note} for i, office, first, last, note in REGISTERED_TERMS],
             "offices": [{"role": role, "office": office, "holder": holder, "from": first, "until": last, "note": note}
                         for role, office, holder, first, last, note in OFFICE_HOLDERS]}  # fmt: skip
    return {"agencies.jsonl": agencies, "business.jsonl": business, "universities.jsonl": universities,
            "officials.jsonl": officials, "governors.jsonl": governors, "world_leaders.jsonl": world, "office_terms.json": terms}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    for name, rows in build().items():
        if isinstance(rows, dict):  # office_terms.json: its note, then one holder a line
            held = ",\n".join("  " + json.dumps(h, ensure_ascii=False) for h in rows["holders"])
            listed = ",\n".join("  " + json.dumps(h, ensure_ascii=False) for h in rows["registered"])
            offices = ",\n".join("  " + json.dumps(h, ensure_ascii=False) for h in rows["offices"])
            text = (f'{{\n "_doc": {json.dumps(rows["_doc"], ensure_ascii=False)},\n "holders": [\n{held}\n ],\n "registered": [\n{listed}\n ],\n'
                    f' "offices": [\n{offices}\n ]\n}}\n')
        else:
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"{args.out / name}: {len(rows)}")


if __name__ == "__main__":
    main()
