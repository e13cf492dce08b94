"""Authoring source of tests/fixtures/actors/dev.jsonl (build with build_dev.py).

All texts are written for this project (realistic but invented news; local officials,
companies, NGOs, militias and outlets with invented names are annotated with actor_id None).
Mentions are listed in text order; see build_dev.py for the helpers. Conventions:
- the maximal span is annotated: "juru bicara Hizbullah" is one mention (a person, actor_id
  None) and the "Hizbullah" inside it is not a separate mention;
- a single unnamed person with a role (G(..., type="person")) has actor_id None; a group noun
  that denotes the members of a named org ("prajurit TNI", "kader banteng") carries the org's
  actor_id with the group role;
- countries and places used as locations ("di Lebanon", "Laut Jepang", "berbahasa Inggris")
  are deliberately NOT annotated: they test precision;
- plural descriptions that refer to two actors at once ("kedua organisasi itu") are not
  annotated (one antecedent only).
"""


def N(s, aid=None, **kw):
    return {"s": s, "aid": aid, "kind": "name", **kw}


def R(s, role, aid=None, **kw):
    return {"s": s, "aid": aid, "kind": "role", "role": role, **kw}


def G(s, role, aid=None, **kw):
    return {"s": s, "aid": aid, "kind": "group", "role": role, **kw}


def P(s, aid=None, ante=None, **kw):
    return {"s": s, "aid": aid, "kind": "desc", "ante": ante, **kw}


PERSON = {"type": "person"}

DOCS = [
("actors-dev-001",
 "Hizbullah mengklaim telah meluncurkan puluhan roket ke pangkalan militer di Israel utara pada Minggu malam. "
 "Juru bicara Hizbullah mengatakan serangan itu merupakan balasan atas terbunuhnya seorang komandan lapangan. "
 "Kelompok itu juga memperingatkan bahwa pihaknya siap memperluas serangan. "
 "Militer Israel menyatakan sebagian besar roket berhasil dicegat.",
 [N("Hizbullah", "hizbullah"),
  G("Juru bicara Hizbullah", "juru bicara", country="LBN", sector="REB", **PERSON),
  G("seorang komandan lapangan", "komandan", country="LBN", sector="REB", **PERSON),
  P("Kelompok itu", "hizbullah"),
  P("pihaknya", "hizbullah"),
  N("Militer Israel", "isr-idf")]),

("actors-dev-002",
 "Sekretaris Jenderal Brigade Sayyed al-Shuhada, Abu Alaa al-Walai, menyatakan kelompoknya tidak akan menghentikan operasi terhadap pasukan Amerika Serikat di Irak. "
 "Pernyataan itu disampaikan sehari setelah Perlawanan Islam di Irak mengklaim serangan drone terhadap pangkalan Ain al-Asad. "
 "Washington belum memberikan tanggapan resmi.",
 [R("Sekretaris Jenderal Brigade Sayyed al-Shuhada, Abu Alaa al-Walai", "Sekretaris Jenderal", "kss-abu-alaa-al-walai"),
  P("kelompoknya", "kataib-sayyid-al-shuhada", ante="Sekretaris Jenderal Brigade Sayyed al-Shuhada, Abu Alaa al-Walai"),
  N("pasukan Amerika Serikat", "usa-armed-forces"),
  N("Perlawanan Islam di Irak", "islamic-resistance-iraq"),
  N("Washington", "usa")]),

("actors-dev-003",
 "Kataib Hizbullah membantah terlibat dalam serangan roket ke Kedutaan Besar AS di Baghdad. "
 "Milisi yang didukung Iran itu menuding pihak lain berusaha merusak hubungan Baghdad dengan Washington. "
 "Pemerintah Irak berjanji mengusut insiden tersebut.",
 [N("Kataib Hizbullah", "kataib-hizbullah"),
  N("Kedutaan Besar AS", "usa", label="ORG"),
  P("Milisi yang didukung Iran itu", "kataib-hizbullah"),
  N("Baghdad", "irq"),
  N("Washington", "usa"),
  N("Pemerintah Irak", "irq", label="ORG")]),

("actors-dev-004",
 "Kelompok Houthi di Yaman kembali menyerang kapal kargo di Laut Merah dengan rudal balistik. "
 "Juru bicara militer Ansarullah, Yahya Saree, mengatakan serangan itu ditujukan kepada kapal yang terkait dengan Israel. "
 "Komando Pusat AS menyebut pasukannya menembak jatuh dua drone yang diluncurkan kelompok tersebut.",
 [N("Kelompok Houthi", "houthi"),
  R("Juru bicara militer Ansarullah, Yahya Saree", "juru bicara", country="YEM", sector="REB"),
  N("Komando Pusat AS", "usa-centcom"),
  P("pasukannya", "usa-centcom"),
  P("kelompok tersebut", "houthi")]),

("actors-dev-005",
 "Brigade Al-Qassam, sayap bersenjata Hamas, merilis video yang memperlihatkan dua sandera Israel di Gaza. "
 "Dalam pernyataan terpisah, Hamas mendesak pemerintah Netanyahu menerima kesepakatan gencatan senjata. "
 "Kantor Perdana Menteri Israel menyebut video itu sebagai perang psikologis.",
 [N("Brigade Al-Qassam", "hamas-qassam"),
  P("sayap bersenjata Hamas", "hamas-qassam"),
  G("dua sandera Israel", "sandera", country="ISR", sector="CVL"),
  N("Hamas", "hamas"),
  N("pemerintah Netanyahu", "isr", label="ORG"),
  N("Kantor Perdana Menteri Israel", "isr", label="ORG")]),

("actors-dev-006",
 "Badan PBB untuk pengungsi Palestina, UNRWA, mengatakan tiga stafnya tewas dalam serangan udara di Khan Younis. "
 "Lembaga itu menyebut total stafnya yang tewas sejak perang dimulai telah melampaui 200 orang. "
 "Sekretaris Jenderal PBB Antonio Guterres mengecam serangan tersebut dan mendesak Israel menghormati hukum humaniter internasional.",
 [N("Badan PBB untuk pengungsi Palestina", "un-unrwa"),
  N("UNRWA", "un-unrwa"),
  P("staf[nya]", "un-unrwa"),
  P("Lembaga itu", "un-unrwa"),
  P("staf[nya]", "un-unrwa"),
  R("Sekretaris Jenderal PBB Antonio Guterres", "Sekretaris Jenderal", "antonio-guterres"),
  N("Israel", "isr")]),

("actors-dev-007",
 "Komisi Pemberantasan Korupsi (KPK) menahan Bupati Lembah Hijau berinisial RS terkait dugaan suap proyek jalan. "
 "Lembaga antirasuah itu juga menyita uang tunai senilai Rp 2,1 miliar dari rumah dinasnya. "
 "Juru bicara KPK mengatakan pihaknya masih mendalami peran pihak swasta dalam perkara tersebut.",
 [N("Komisi Pemberantasan Korupsi", "idn-kpk"),
  N("KPK", "idn-kpk"),
  R("Bupati Lembah Hijau berinisial RS", "Bupati", country="IDN", sector="GOV"),
  P("Lembaga antirasuah itu", "idn-kpk"),
  P("rumah dinas[nya]", ante="Bupati Lembah Hijau berinisial RS"),
  G("Juru bicara KPK", "juru bicara", country="IDN", sector="GOV", **PERSON),
  P("pihaknya", "idn-kpk"),
  G("pihak swasta", "pengusaha", country="IDN", sector="BUS")]),

("actors-dev-008",
 "Kapolda Metro Jaya Irjen Karyoto memerintahkan jajarannya mengusut bentrokan antarkelompok pemuda di Jakarta Utara. "
 "Ia menegaskan polisi tidak akan ragu menindak tegas pelaku kekerasan. "
 "Sebanyak 14 orang diamankan petugas dan kini diperiksa di Mapolda Metro Jaya. "
 "Korps Bhayangkara memastikan proses hukum berjalan transparan.",
 [R("Kapolda Metro Jaya Irjen Karyoto", "Kapolda", country="IDN", sector="COP"),
  P("jajarannya", "idn-polda-metro-jaya", ante="Kapolda Metro Jaya Irjen Karyoto"),
  P("Ia", ante="Kapolda Metro Jaya Irjen Karyoto"),
  G("polisi", "polisi", "idn-polri"),
  G("pelaku kekerasan", "pelaku", country="IDN"),
  G("petugas", "polisi", "idn-polri"),
  P("Korps Bhayangkara", "idn-polri")]),

("actors-dev-009",
 "Densus 88 Antiteror Polri menangkap tiga terduga teroris di Sukoharjo, Jawa Tengah, Jumat (7/3). "
 "Para terduga itu diduga anggota jaringan Jamaah Ansharut Daulah (JAD) yang merencanakan serangan ke kantor polisi. "
 "Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Trunoyudo Wisnu Andiko mengatakan kelompok tersebut telah berbaiat kepada ISIS.",
 [N("Densus 88 Antiteror Polri", "idn-densus-88"),
  G("tiga terduga teroris", "teroris", country="IDN", sector="REB"),
  P("Para terduga itu", ante="tiga terduga teroris"),
  N("Jamaah Ansharut Daulah", "jad"),
  N("JAD", "jad"),
  R("Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Pol Trunoyudo Wisnu Andiko", "Kadiv Humas Polri", country="IDN", sector="COP"),
  P("kelompok tersebut", "jad"),
  N("ISIS", "isis")]),

("actors-dev-010",
 "Kelompok Kriminal Bersenjata (KKB) menembak seorang prajurit TNI di Distrik Sugapa, Kabupaten Intan Jaya. "
 "Kapuspen TNI Mayjen Kristomei Sianturi mengatakan prajurit tersebut sedang mengamankan pembangunan gereja saat diserang. "
 "TPNPB-OPM melalui juru bicaranya, Sebby Sambom, mengklaim bertanggung jawab atas penembakan itu.",
 [N("Kelompok Kriminal Bersenjata", "kkb-tpnpb-opm"),
  N("KKB", "kkb-tpnpb-opm"),
  G("seorang prajurit TNI", "tentara", country="IDN", sector="MIL", **PERSON),
  R("Kapuspen TNI Mayjen Kristomei Sianturi", "Kapuspen TNI", country="IDN", sector="MIL"),
  P("prajurit tersebut", ante="seorang prajurit TNI"),
  N("TPNPB-OPM", "kkb-tpnpb-opm"),
  R("juru bicaranya, Sebby Sambom", "juru bicara", country="IDN", sector="REB")]),

("actors-dev-011",
 "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka, Jakarta. "
 "Kedua pemimpin membahas penyelesaian batas laut di blok Ambalat. "
 "Menteri Luar Negeri Sugiono mengatakan Indonesia dan Malaysia sepakat mempercepat perundingan teknis.",
 [R("Presiden Prabowo Subianto", "Presiden", "idn-prabowo-subianto"),
  R("Perdana Menteri Malaysia Anwar Ibrahim", "Perdana Menteri", "mys-anwar-ibrahim"),
  R("Menteri Luar Negeri Sugiono", "Menteri Luar Negeri", "idn-sugiono"),
  N("Indonesia", "idn"),
  N("Malaysia", "mys")]),

("actors-dev-012",
 "Gedung Putih mengumumkan tarif tambahan atas produk baja dari Tiongkok. "
 "Presiden AS Donald Trump mengatakan kebijakan itu diperlukan untuk melindungi pekerja Amerika. "
 "Beijing segera membalas dengan menyatakan akan mengambil langkah serupa terhadap produk pertanian Negeri Paman Sam.",
 [N("Gedung Putih", "usa-white-house"),
  N("Tiongkok", "chn"),
  R("Presiden AS Donald Trump", "Presiden", "usa-donald-trump"),
  G("pekerja Amerika", "buruh", "usa", sector="CVL"),
  N("Beijing", "chn"),
  N("Negeri Paman Sam", "usa")]),

("actors-dev-013",
 "Korea Utara kembali meluncurkan rudal balistik ke Laut Jepang, menurut Kepala Staf Gabungan Korea Selatan. "
 "Seoul mengecam peluncuran itu sebagai pelanggaran resolusi Dewan Keamanan PBB. "
 "Tokyo juga melayangkan protes melalui jalur diplomatik kepada Pyongyang.",
 [N("Korea Utara", "prk"),
  N("Kepala Staf Gabungan Korea Selatan", "kor", sector="MIL", label="ORG"),
  N("Seoul", "kor"),
  N("Dewan Keamanan PBB", "un-sc"),
  N("Tokyo", "jpn"),
  N("Pyongyang", "prk")]),

("actors-dev-014",
 "Rusia melancarkan serangan drone besar-besaran ke Kyiv pada Sabtu dini hari. "
 "Angkatan Udara Ukraina menyebut pihaknya menembak jatuh 80 dari 112 drone yang diluncurkan Moskow. "
 "Kremlin belum mengomentari laporan tersebut, sementara Presiden Volodymyr Zelensky meminta tambahan sistem pertahanan udara dari para sekutunya.",
 [N("Rusia", "rus"),
  N("Angkatan Udara Ukraina", "ukr-armed-forces"),
  P("pihaknya", "ukr-armed-forces"),
  N("Moskow", "rus"),
  N("Kremlin", "rus-kremlin"),
  R("Presiden Volodymyr Zelensky", "Presiden", "ukr-volodymyr-zelensky"),
  P("sekutu[nya]", ante="Presiden Volodymyr Zelensky")]),

("actors-dev-015",
 "Para menteri luar negeri ASEAN mendesak junta Myanmar menghentikan serangan udara terhadap warga sipil. "
 "Dalam pernyataan bersama, perhimpunan itu juga meminta akses kemanusiaan tanpa hambatan ke Negara Bagian Rakhine. "
 "Tentara Arakan menyatakan siap berdialog jika militer menghentikan operasinya.",
 [G("Para menteri luar negeri ASEAN", "Menteri Luar Negeri", "asean"),
  N("junta Myanmar", "mmr-tatmadaw"),
  G("warga sipil", "warga", country="MMR", sector="CVL"),
  P("perhimpunan itu", "asean"),
  N("Tentara Arakan", "arakan-army"),
  P("militer", "mmr-tatmadaw"),
  P("operasi[nya]", "mmr-tatmadaw")]),

("actors-dev-016",
 "Ratusan pengungsi Rohingya kembali mendarat di pesisir Aceh Timur. "
 "Warga setempat sempat menolak kedatangan mereka sebelum aparat desa turun tangan. "
 "UNHCR meminta pemerintah Indonesia memberikan perlindungan sementara bagi para pengungsi tersebut.",
 [G("Ratusan pengungsi Rohingya", "pengungsi", country="MMR", sector="CVL"),
  G("Warga setempat", "warga", country="IDN", sector="CVL"),
  P("mereka", ante="Ratusan pengungsi Rohingya"),
  G("aparat desa", "pejabat", country="IDN", sector="GOV"),
  N("UNHCR", "un-unhcr"),
  N("pemerintah Indonesia", "idn", label="ORG"),
  P("para pengungsi tersebut", ante="Ratusan pengungsi Rohingya")]),

("actors-dev-017",
 "Ribuan buruh yang tergabung dalam Konfederasi Serikat Pekerja Indonesia (KSPI) berunjuk rasa di depan Gedung DPR, Senayan. "
 "Mereka menolak kenaikan iuran tabungan perumahan yang dinilai memberatkan pekerja. "
 "Presiden KSPI Said Iqbal mengatakan pihaknya akan menggelar mogok nasional jika tuntutan itu diabaikan.",
 [G("Ribuan buruh", "buruh", country="IDN", sector="CVL"),
  N("Konfederasi Serikat Pekerja Indonesia", "idn-kspi"),
  N("KSPI", "idn-kspi"),
  P("Mereka", ante="Ribuan buruh"),
  R("Presiden KSPI Said Iqbal", "Ketua", country="IDN", sector="CVL"),
  P("pihaknya", "idn-kspi")]),

("actors-dev-018",
 "Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI) menggelar aksi di kawasan Patung Kuda, Jakarta Pusat. "
 "Para mahasiswa menuntut pemerintah membatalkan pemotongan anggaran pendidikan. "
 "Polisi mengerahkan ribuan personel untuk mengamankan jalannya demonstrasi.",
 [N("Badan Eksekutif Mahasiswa Seluruh Indonesia", "idn-bem-si"),
  N("BEM SI", "idn-bem-si"),
  P("Para mahasiswa", "idn-bem-si"),
  G("pemerintah", None, "idn"),
  G("Polisi", "polisi", "idn-polri"),
  P("ribuan personel", "idn-polri")]),

("actors-dev-019",
 "Militer Israel mencegat kapal-kapal Global Sumud Flotilla di perairan internasional dan menahan ratusan aktivis, termasuk beberapa warga negara Indonesia. "
 "Kementerian Luar Negeri RI menyatakan telah berkoordinasi dengan Yordania untuk memulangkan para WNI tersebut. "
 "Pihak penyelenggara armada menyebut pencegatan itu sebagai tindakan pembajakan.",
 [N("Militer Israel", "isr-idf"),
  N("Global Sumud Flotilla", "global-sumud-flotilla"),
  G("ratusan aktivis", "aktivis", sector="NGO"),
  G("beberapa warga negara Indonesia", "warga", "idn", sector="CVL"),
  N("Kementerian Luar Negeri RI", "idn-kemlu"),
  N("Yordania", "jor"),
  P("para WNI tersebut", ante="beberapa warga negara Indonesia"),
  P("Pihak penyelenggara armada", "global-sumud-flotilla")]),

("actors-dev-020",
 "Komite Internasional Palang Merah (ICRC) mengevakuasi puluhan warga yang terluka dari Lebanon selatan. "
 "Organisasi itu mendesak semua pihak yang bertikai untuk melindungi tenaga medis. "
 "Kementerian Kesehatan Lebanon melaporkan sedikitnya 12 orang tewas dalam serangan Israel sehari sebelumnya.",
 [N("Komite Internasional Palang Merah", "icrc"),
  N("ICRC", "icrc"),
  G("puluhan warga yang terluka", "korban", country="LBN", sector="CVL"),
  P("Organisasi itu", "icrc"),
  G("tenaga medis", "tenaga kesehatan", sector="MED"),
  N("Kementerian Kesehatan Lebanon", "lbn", label="ORG"),
  N("Israel", "isr")]),

("actors-dev-021",
 "Pemerintah Timor Leste optimistis negara itu akan resmi menjadi anggota penuh ASEAN tahun ini. "
 "Perdana Menteri Xanana Gusmao mengatakan Dili telah memenuhi sebagian besar peta jalan yang ditetapkan. "
 "Indonesia berjanji membantu tetangganya itu dalam penyiapan sumber daya manusia.",
 [N("Pemerintah Timor Leste", "tls", label="ORG"),
  P("negara itu", "tls"),
  N("ASEAN", "asean"),
  R("Perdana Menteri Xanana Gusmao", "Perdana Menteri", country="TLS", sector="GOV"),
  N("Dili", "tls"),
  N("Indonesia", "idn"),
  P("tetangganya itu", "tls")]),

("actors-dev-022",
 "Garda Revolusi Iran menyita sebuah kapal tanker berbendera asing di Selat Hormuz. "
 "Menurut kantor berita Tasnim, kapal itu diduga menyelundupkan bahan bakar. "
 "Teheran menegaskan pihaknya berhak menindak setiap pelanggaran di perairannya.",
 [N("Garda Revolusi Iran", "irn-irgc"),
  N("kantor berita Tasnim", "tasnim"),
  N("Teheran", "irn"),
  P("pihaknya", "irn"),
  P("perairan[nya]", "irn")]),

("actors-dev-023",
 "Otoritas Palestina menyambut keputusan sejumlah negara Eropa yang mengakui negara Palestina. "
 "Presiden Mahmoud Abbas menyebut langkah itu sebagai kemenangan diplomasi rakyat Palestina. "
 "Sebaliknya, Tel Aviv memanggil pulang duta besarnya dari negara-negara tersebut.",
 [N("Otoritas Palestina", "pse-pa"),
  N("negara Palestina", "pse"),
  R("Presiden Mahmoud Abbas", "Presiden", "pse-mahmoud-abbas"),
  G("rakyat Palestina", "warga", "pse", sector="CVL"),
  N("Tel Aviv", "isr"),
  G("duta besarnya", "Duta Besar", country="ISR", sector="GOV")]),

("actors-dev-024",
 "Mahkamah Konstitusi menolak gugatan uji materi terhadap Undang-Undang TNI yang diajukan koalisi masyarakat sipil. "
 "Dalam putusannya, majelis hakim menilai para pemohon tidak memiliki kedudukan hukum. "
 "Anggota Komisi I DPR menyambut putusan tersebut, sementara KontraS menyatakan kecewa.",
 [N("Mahkamah Konstitusi", "idn-mk"),
  G("koalisi masyarakat sipil", "aktivis", country="IDN", sector="NGO"),
  P("putusan[nya]", "idn-mk"),
  G("majelis hakim", "Hakim", "idn-mk"),
  P("para pemohon", ante="koalisi masyarakat sipil"),
  G("Anggota Komisi I DPR", "anggota DPR", "idn-dpr"),
  N("KontraS", "idn-kontras")]),

("actors-dev-025",
 "Kejaksaan Agung menetapkan mantan direktur utama sebuah BUMN energi sebagai tersangka korupsi pengadaan minyak mentah. "
 "Korps Adhyaksa juga menggeledah kantor pusat perusahaan milik negara itu di Jakarta Selatan. "
 "Kapuspenkum Kejagung Harli Siregar mengatakan penyidik telah memeriksa 25 saksi.",
 [N("Kejaksaan Agung", "idn-kejagung"),
  G("mantan direktur utama sebuah BUMN energi", "pengusaha", country="IDN", sector="BUS", **PERSON),
  P("Korps Adhyaksa", "idn-kejagung"),
  R("Kapuspenkum Kejagung Harli Siregar", "juru bicara", country="IDN", sector="JUD"),
  G("penyidik", "penyidik", "idn-kejagung")]),

("actors-dev-026",
 "Pemerintah Taliban membantah tuduhan Islamabad bahwa wilayah Afganistan digunakan sebagai markas Tehrik-i-Taliban Pakistan. "
 "Juru bicara Taliban Zabihullah Mujahid mengatakan Kabul tidak mengizinkan kelompok mana pun menyerang negara tetangga. "
 "Bentrokan di perbatasan kedua negara pekan lalu menewaskan sedikitnya 20 orang.",
 [N("Pemerintah Taliban", "taliban"),
  N("Islamabad", "pak"),
  N("Tehrik-i-Taliban Pakistan", "pak-ttp"),
  R("Juru bicara Taliban Zabihullah Mujahid", "juru bicara", country="AFG", sector="GOV"),
  N("Kabul", "afg")]),

("actors-dev-027",
 "Pengurus Besar Nahdlatul Ulama (PBNU) dan Pimpinan Pusat Muhammadiyah menyerukan umat Islam menjaga ketenangan menjelang sidang isbat. "
 "Kedua organisasi itu meminta masyarakat menghormati perbedaan penetapan awal Ramadhan. "
 "Majelis Ulama Indonesia menyatakan sependapat dengan imbauan tersebut.",
 [N("Pengurus Besar Nahdlatul Ulama", "idn-nu"),
  N("PBNU", "idn-nu"),
  N("Pimpinan Pusat Muhammadiyah", "idn-muhammadiyah"),
  G("umat Islam", "santri", country="IDN", sector="REL"),
  G("masyarakat", "warga", country="IDN", sector="CVL"),
  N("Majelis Ulama Indonesia", "idn-mui")]),

("actors-dev-028",
 "Gubernur Jawa Barat Dedi Mulyadi meminta pemerintah kabupaten dan kota mempercepat penanganan banjir di wilayah Bekasi. "
 "Pemprov Jabar menyiapkan dana darurat sebesar Rp 50 miliar. "
 "BPBD Jawa Barat mencatat lebih dari 3.000 warga mengungsi akibat banjir tersebut.",
 [R("Gubernur Jawa Barat Dedi Mulyadi", "Gubernur", country="IDN", sector="GOV"),
  G("pemerintah kabupaten dan kota", None, country="IDN", sector="GOV"),
  N("Pemprov Jabar", None, type="state_organ", country="IDN", sector="GOV"),
  N("BPBD Jawa Barat", None, type="state_organ", country="IDN", sector="GOV"),
  G("lebih dari 3.000 warga", "warga", country="IDN", sector="CVL")]),

("actors-dev-029",
 "Puluhan warga Desa Sungai Rawa yang didampingi Yayasan Pelita Pesisir berunjuk rasa menolak tambang pasir di muara sungai. "
 "Mereka menuding PT Samudra Mineral Persada merusak tambak udang milik nelayan. "
 "Kapolres setempat, AKBP Dimas Prasetyo, mengatakan pihaknya akan memediasi warga dan perusahaan.",
 [G("Puluhan warga Desa Sungai Rawa", "warga", country="IDN", sector="CVL"),
  N("Yayasan Pelita Pesisir", None, type="ngo", country="IDN", sector="NGO"),
  P("Mereka", ante="Puluhan warga Desa Sungai Rawa"),
  N("PT Samudra Mineral Persada", None, type="business", country="IDN", sector="BUS"),
  G("nelayan", "nelayan", country="IDN", sector="CVL"),
  R("Kapolres setempat, AKBP Dimas Prasetyo", "Kapolres", country="IDN", sector="COP"),
  P("pihaknya", ante="Kapolres setempat, AKBP Dimas Prasetyo", type="police"),
  P("warga", ante="Puluhan warga Desa Sungai Rawa"),
  P("perusahaan", ante="PT Samudra Mineral Persada")]),

("actors-dev-030",
 "Sebuah kelompok bersenjata yang menamakan diri Brigade Fajar Rafidain mengklaim serangan roket ke pangkalan militer di dekat Erbil. "
 "Kelompok baru itu menyebut serangan tersebut sebagai balasan atas kehadiran pasukan asing di Irak. "
 "Pemerintah daerah Kurdistan mengutuk serangan itu dan meminta Baghdad menindak para pelakunya.",
 [N("Brigade Fajar Rafidain", None, type="armed_group", country="IRQ", sector="REB"),
  P("Kelompok baru itu", ante="Brigade Fajar Rafidain"),
  N("Pemerintah daerah Kurdistan", None, type="state_organ", country="IRQ", sector="GOV"),
  N("Baghdad", "irq"),
  P("para pelakunya", ante="Kelompok baru itu")]),

("actors-dev-031",
 "Sekretaris Jenderal Hizbullah Naim Qassem menyatakan kelompoknya tidak akan menyerahkan senjata selama Israel masih menduduki wilayah Lebanon. "
 "Dalam pidato yang disiarkan Al-Manar, ia juga memuji keteguhan para pejuang di garis depan. "
 "Pemerintah Lebanon di Beirut belum menanggapi pernyataan tersebut.",
 [R("Sekretaris Jenderal Hizbullah Naim Qassem", "Sekretaris Jenderal", "hizbullah-naim-qassem"),
  P("kelompoknya", "hizbullah", ante="Sekretaris Jenderal Hizbullah Naim Qassem"),
  N("Israel", "isr"),
  N("Al-Manar", "al-manar"),
  P(", [ia] ", ante="Sekretaris Jenderal Hizbullah Naim Qassem"),
  G("para pejuang di garis depan", "pemberontak", "hizbullah"),
  N("Pemerintah Lebanon", "lbn", label="ORG")]),

("actors-dev-032",
 "Harakat al-Nujaba dan Kata'ib Sayyid al-Shuhada mengumumkan penghentian sementara serangan terhadap pasukan AS. "
 "Keputusan itu diambil setelah tekanan dari Perdana Menteri Irak Mohammed Shia al-Sudani. "
 "Namun, Kataib Hezbollah menolak ikut serta dalam gencatan senjata tersebut.",
 [N("Harakat al-Nujaba", "harakat-al-nujaba"),
  N("Kata'ib Sayyid al-Shuhada", "kataib-sayyid-al-shuhada"),
  N("pasukan AS", "usa-armed-forces"),
  R("Perdana Menteri Irak Mohammed Shia al-Sudani", "Perdana Menteri", country="IRQ", sector="GOV"),
  N("Kataib Hezbollah", "kataib-hizbullah")]),

("actors-dev-033",
 "Satgas Damai Cartenz menangkap seorang anggota Kelompok Separatis Teroris (KST) yang diduga terlibat pembakaran sekolah di Kabupaten Puncak. "
 "Kepala Operasi Damai Cartenz Brigjen Pol Faizal Ramadhani mengatakan tersangka merupakan anak buah Lekagak Telenggen. "
 "Pihaknya masih memburu anggota kelompok itu yang lain.",
 [N("Satgas Damai Cartenz", "idn-satgas-damai-cartenz"),
  G("seorang anggota Kelompok Separatis Teroris (KST)", "anggota", country="IDN", sector="REB", **PERSON),
  R("Kepala Operasi Damai Cartenz Brigjen Pol Faizal Ramadhani", "komandan", country="IDN", sector="COP"),
  P("tersangka", ante="seorang anggota Kelompok Separatis Teroris (KST)"),
  N("Lekagak Telenggen", None, type="person", country="IDN", sector="REB"),
  P("Pihaknya", "idn-satgas-damai-cartenz"),
  P("kelompok itu", "kkb-tpnpb-opm", ante="seorang anggota Kelompok Separatis Teroris (KST)")]),

("actors-dev-034",
 "Badan Nasional Penanggulangan Terorisme (BNPT) menggandeng mantan anggota Jemaah Islamiyah dalam program deradikalisasi di Lamongan. "
 "Kepala BNPT Eddy Hartono mengatakan para mantan napiter itu menjadi contoh bagi anggota lain yang ingin kembali ke pangkuan NKRI. "
 "Jemaah Islamiyah sendiri telah menyatakan membubarkan diri pada pertengahan 2024.",
 [N("Badan Nasional Penanggulangan Terorisme", "idn-bnpt"),
  N("BNPT", "idn-bnpt"),
  G("mantan anggota Jemaah Islamiyah", "anggota", country="IDN", sector="REB"),
  R("Kepala BNPT Eddy Hartono", "Kepala BNPT", country="IDN", sector="GOV"),
  P("para mantan napiter itu", ante="mantan anggota Jemaah Islamiyah"),
  N("Jemaah Islamiyah", "ji")]),

("actors-dev-035",
 "Ketua DPR Puan Maharani memastikan pembahasan revisi Undang-Undang Polri akan melibatkan partisipasi publik. "
 "Ia mengatakan Dewan Perwakilan Rakyat tidak akan terburu-buru mengesahkan aturan tersebut. "
 "Sejumlah organisasi masyarakat sipil, termasuk YLBHI dan Amnesty International Indonesia, sebelumnya mengkritik draf yang memperluas kewenangan penyadapan polisi.",
 [R("Ketua DPR Puan Maharani", "anggota DPR", "idn-puan-maharani"),
  P("Ia", ante="Ketua DPR Puan Maharani"),
  N("Dewan Perwakilan Rakyat", "idn-dpr"),
  G("Sejumlah organisasi masyarakat sipil", "aktivis", country="IDN", sector="NGO"),
  N("YLBHI", "idn-ylbhi"),
  N("Amnesty International Indonesia", "idn-amnesty"),
  G("polisi", "polisi", "idn-polri")]),

("actors-dev-036",
 "Organisasi Kesehatan Dunia (WHO) memperingatkan lonjakan kasus demam berdarah di Asia Tenggara. "
 "Kementerian Kesehatan menyatakan Indonesia telah menyiapkan vaksin untuk daerah dengan angka kasus tertinggi. "
 "Menkes Budi Gunadi Sadikin meminta pemerintah daerah menggalakkan gerakan pemberantasan sarang nyamuk.",
 [N("Organisasi Kesehatan Dunia", "un-who"),
  N("WHO", "un-who"),
  N("Kementerian Kesehatan", "idn-kemenkes"),
  N("Indonesia", "idn"),
  R("Menkes Budi Gunadi Sadikin", "Menteri Kesehatan", country="IDN", sector="GOV"),
  G("pemerintah daerah", None, country="IDN", sector="GOV")]),

("actors-dev-037",
 "Sekretaris Jenderal NATO Mark Rutte mendesak negara anggota meningkatkan belanja pertahanan hingga lima persen. "
 "Uni Eropa juga menyetujui paket bantuan militer baru untuk Ukraina. "
 "Moskow menilai langkah aliansi itu sebagai provokasi yang memperpanjang perang.",
 [R("Sekretaris Jenderal NATO Mark Rutte", "Sekretaris Jenderal", country=None, sector="MIL"),
  N("Uni Eropa", "eu"),
  N("Ukraina", "ukr"),
  N("Moskow", "rus"),
  P("aliansi itu", "nato", ante="Sekretaris Jenderal NATO Mark Rutte")]),

("actors-dev-038",
 "Mesir dan Qatar kembali menjadi tuan rumah perundingan tidak langsung antara Israel dan Hamas di Kairo. "
 "Delegasi Hamas dipimpin oleh Khalil al-Hayya, sementara tim Israel dipimpin kepala Mossad. "
 "Para mediator berharap kesepakatan pertukaran tahanan dapat dicapai pekan ini.",
 [N("Mesir", "egy"),
  N("Qatar", "qat"),
  N("Israel", "isr"),
  N("Hamas", "hamas"),
  G("Delegasi Hamas", "diplomat", "hamas"),
  N("Khalil al-Hayya", None, type="person", country="PSE", sector="REB"),
  G("tim Israel", None, "isr"),
  G("kepala Mossad", "pemimpin", country="ISR", sector="GOV", **PERSON)]),

("actors-dev-039",
 "Kapolri Jenderal Listyo Sigit Prabowo memerintahkan Korps Brimob mengevaluasi prosedur pengamanan unjuk rasa. "
 "Perintah itu dikeluarkan setelah seorang pengemudi ojek online tewas terlindas kendaraan taktis Brimob di Jakarta Pusat. "
 "Komnas HAM menyatakan akan memeriksa anggota yang berada di dalam kendaraan tersebut.",
 [R("Kapolri Jenderal Listyo Sigit Prabowo", "Kapolri", "idn-listyo-sigit-prabowo"),
  N("Korps Brimob", "idn-brimob"),
  G("seorang pengemudi ojek online", "pengemudi ojek", country="IDN", sector="CVL", **PERSON),
  N("Brimob", "idn-brimob"),
  N("Komnas HAM", "idn-komnas-ham"),
  G("anggota yang berada di dalam kendaraan tersebut", "anggota", "idn-brimob")]),

("actors-dev-040",
 "Menteri Pertahanan Israel Israel Katz memerintahkan IDF bersiap melanjutkan operasi darat di Gaza. "
 "Tentara Pertahanan Israel mengatakan pasukannya telah memanggil ribuan tentara cadangan. "
 "Hamas menyebut ancaman itu tidak akan mengubah sikap kelompok perlawanan tersebut dalam perundingan.",
 [R("Menteri Pertahanan Israel Israel Katz", "Menteri Pertahanan", "isr-israel-katz"),
  N("IDF", "isr-idf"),
  N("Tentara Pertahanan Israel", "isr-idf"),
  P("pasukan[nya]", "isr-idf"),
  G("ribuan tentara cadangan", "tentara", "isr-idf"),
  N("Hamas", "hamas"),
  P("kelompok perlawanan tersebut", "hamas")]),

("actors-dev-041",
 "Kapal Penjaga Pantai China terdeteksi memasuki Zona Ekonomi Eksklusif Indonesia di Laut Natuna Utara. "
 "Bakamla RI segera mengirimkan kapal patroli untuk mengusir kapal tersebut. "
 "Kementerian Luar Negeri Tiongkok mengklaim kapalnya berpatroli di wilayah yang menjadi hak tradisional nelayan China.",
 [N("Penjaga Pantai China", "chn-coast-guard"),
  N("Bakamla RI", "idn-bakamla"),
  N("Kementerian Luar Negeri Tiongkok", "chn-mfa"),
  P("kapal[nya]", "chn-mfa"),
  G("nelayan China", "nelayan", "chn", sector="CVL")]),

("actors-dev-042",
 "Pemerintah Inggris mengumumkan sanksi baru terhadap sejumlah pejabat Iran yang dituding terlibat penindasan demonstran. "
 "London juga memanggil duta besar Iran untuk dimintai penjelasan. "
 "Teheran menuduh Inggris mencampuri urusan dalam negerinya.",
 [N("Pemerintah Inggris", "gbr", label="ORG"),
  G("sejumlah pejabat Iran", "pejabat", "irn"),
  G("demonstran", "demonstran", country="IRN", sector="CVL"),
  N("London", "gbr"),
  G("duta besar Iran", "Duta Besar", country="IRN", sector="GOV", **PERSON),
  N("Teheran", "irn"),
  N("Inggris", "gbr"),
  P("dalam negeri[nya]", "irn")]),

("actors-dev-043",
 "Aliansi Jurnalis Independen (AJI) mengecam intimidasi terhadap wartawan Tempo yang meliput penggusuran di Jakarta Utara. "
 "Menurut AJI, jurnalis tersebut dipaksa menghapus rekaman oleh sejumlah orang tak dikenal. "
 "Dewan Pers meminta kepolisian mengusut kasus itu hingga tuntas.",
 [N("Aliansi Jurnalis Independen", "idn-aji"),
  N("AJI", "idn-aji"),
  G("wartawan Tempo", "wartawan", country="IDN", sector="JRN", **PERSON),
  N("AJI", "idn-aji"),
  P("jurnalis tersebut", ante="wartawan Tempo"),
  G("sejumlah orang tak dikenal", "pelaku", country="IDN"),
  N("Dewan Pers", "idn-dewan-pers"),
  G("kepolisian", "polisi", "idn-polri")]),

("actors-dev-044",
 "Duta Besar Jepang untuk Indonesia menyampaikan keinginan Tokyo memperluas beasiswa bagi mahasiswa Indonesia. "
 "Dalam sambutan berbahasa Inggris, ia menyebut Jepang membutuhkan lebih banyak tenaga perawat dari Tanah Air. "
 "Kementerian Ketenagakerjaan menyambut tawaran tersebut.",
 [G("Duta Besar Jepang untuk Indonesia", "Duta Besar", country="JPN", sector="GOV", **PERSON),
  N("Tokyo", "jpn"),
  G("mahasiswa Indonesia", "mahasiswa", "idn", sector="EDU"),
  P(", [ia] ", ante="Duta Besar Jepang untuk Indonesia"),
  N("Jepang", "jpn"),
  N("Kementerian Ketenagakerjaan", "idn-kemnaker")]),

("actors-dev-045",
 "Polis Diraja Malaysia menahan 37 pekerja migran Indonesia (PMI) yang diduga tidak memiliki dokumen resmi di Johor. "
 "KBRI Kuala Lumpur mengatakan pihaknya telah mendapatkan akses kekonsuleran untuk para PMI tersebut. "
 "Pemerintah Negeri Jiran berjanji memproses pemulangan mereka secepatnya.",
 [N("Polis Diraja Malaysia", "mys-pdrm"),
  G("37 pekerja migran Indonesia (PMI)", "pekerja migran", country="IDN", sector="CVL"),
  N("KBRI Kuala Lumpur", "idn", label="ORG"),
  P("pihaknya", "idn"),
  P("para PMI tersebut", ante="37 pekerja migran Indonesia (PMI)"),
  N("Pemerintah Negeri Jiran", "mys", label="ORG"),
  P("mereka", ante="37 pekerja migran Indonesia (PMI)")]),

("actors-dev-046",
 "Filipina menuduh kapal milisi maritim Tiongkok menabrak kapal pemasok miliknya di dekat Second Thomas Shoal. "
 "Manila menyebut insiden itu sebagai tindakan agresif yang membahayakan awak kapal. "
 "Beijing membantah dan balik menuding Filipina melanggar kedaulatannya.",
 [N("Filipina", "phl"),
  G("milisi maritim Tiongkok", "milisi", "chn", sector="MIL"),
  P("milik[nya]", "phl"),
  N("Manila", "phl"),
  N("Beijing", "chn"),
  N("Filipina", "phl"),
  P("kedaulatan[nya]", "chn")]),

("actors-dev-047",
 "Organisasi Kerja Sama Islam (OKI) dan Liga Arab menggelar pertemuan luar biasa di Riyadh untuk membahas situasi di Gaza. "
 "Pertemuan itu menolak rencana pemindahan paksa warga Palestina. "
 "Menlu Sugiono yang hadir mewakili Indonesia menegaskan dukungan terhadap solusi dua negara.",
 [N("Organisasi Kerja Sama Islam", "oic"),
  N("OKI", "oic"),
  N("Liga Arab", "arab-league"),
  G("warga Palestina", "warga", "pse", sector="CVL"),
  R("Menlu Sugiono", "Menteri Luar Negeri", "idn-sugiono"),
  N("Indonesia", "idn")]),

("actors-dev-048",
 "Mahkamah Pidana Internasional (ICC) menolak permohonan Israel untuk membatalkan surat perintah penangkapan terhadap Benjamin Netanyahu. "
 "Pengadilan yang berbasis di Den Haag itu menyatakan argumen Tel Aviv tidak berdasar. "
 "Kantor Netanyahu menyebut keputusan itu bermotif politik.",
 [N("Mahkamah Pidana Internasional", "icc"),
  N("ICC", "icc"),
  N("Israel", "isr"),
  N("Benjamin Netanyahu", "isr-benjamin-netanyahu"),
  P("Pengadilan yang berbasis di Den Haag itu", "icc"),
  N("Tel Aviv", "isr"),
  N("Kantor Netanyahu", "isr", label="ORG")]),

("actors-dev-049",
 "Korsel dan AS memulai latihan militer gabungan tahunan di Semenanjung Korea. "
 "Korut mengecam latihan itu sebagai gladi resik invasi dan mengancam akan mengambil tindakan balasan. "
 "Kementerian Pertahanan Korsel mengatakan militernya siaga penuh.",
 [N("Korsel", "kor"),
  N("AS", "usa"),
  N("Korut", "prk"),
  N("Kementerian Pertahanan Korsel", "kor", sector="MIL", label="ORG"),
  P("militer[nya]", "kor")]),

("actors-dev-050",
 "Panglima TNI Jenderal Agus Subiyanto melepas 850 prajurit Kontingen Garuda yang akan bertugas di bawah UNIFIL di Lebanon. "
 "Ia berpesan agar para prajurit menjaga nama baik bangsa. "
 "Pasukan perdamaian PBB itu telah beberapa kali terkena tembakan dalam konflik antara Israel dan Hezbollah.",
 [R("Panglima TNI Jenderal Agus Subiyanto", "Panglima TNI", "idn-agus-subiyanto"),
  G("850 prajurit Kontingen Garuda", "tentara", "idn-tni"),
  N("UNIFIL", "un-unifil"),
  P("Ia", ante="Panglima TNI Jenderal Agus Subiyanto"),
  P("para prajurit", ante="850 prajurit Kontingen Garuda"),
  P("Pasukan perdamaian PBB itu", "un-unifil"),
  N("Israel", "isr"),
  N("Hezbollah", "hizbullah")]),

("actors-dev-051",
 "Komisi Pemilihan Umum (KPU) menetapkan jadwal pemungutan suara ulang di 24 tempat pemungutan suara. "
 "Bawaslu sebelumnya menemukan dugaan pelanggaran berupa pemilih yang mencoblos lebih dari sekali. "
 "Ketua KPU Mochammad Afifuddin mengatakan lembaganya akan menindaklanjuti rekomendasi pengawas pemilu tersebut.",
 [N("Komisi Pemilihan Umum", "idn-kpu"),
  N("KPU", "idn-kpu"),
  N("Bawaslu", "idn-bawaslu"),
  R("Ketua KPU Mochammad Afifuddin", "Ketua KPU", country="IDN", sector="GOV"),
  P("lembaganya", "idn-kpu"),
  P("pengawas pemilu tersebut", "idn-bawaslu")]),

("actors-dev-052",
 "Rapat kerja nasional PDI Perjuangan memutuskan partai itu tetap berada di luar pemerintahan. "
 "Ketua Umum PDIP Megawati Soekarnoputri meminta kader banteng menjadi penyeimbang yang kritis. "
 "Sementara itu, Partai Golkar menegaskan dukungan penuh kepada pemerintahan Presiden Prabowo.",
 [N("PDI Perjuangan", "idn-pdip"),
  P("partai itu", "idn-pdip"),
  R("Ketua Umum PDIP Megawati Soekarnoputri", "Ketua Umum", "idn-megawati-soekarnoputri"),
  G("kader banteng", "anggota", "idn-pdip"),
  N("Partai Golkar", "idn-golkar"),
  R("Presiden Prabowo", "Presiden", "idn-prabowo-subianto")]),

("actors-dev-053",
 "Partai Demokrat di Kongres AS menolak rancangan anggaran yang diajukan Partai Republik. "
 "Pemimpin minoritas Senat, Chuck Schumer, mengatakan partainya tidak akan mendukung pemotongan dana kesehatan. "
 "Gedung Putih menuding kubu oposisi sengaja memicu penutupan pemerintahan.",
 [N("Partai Demokrat", "usa-democratic-party"),
  N("Kongres AS", "usa-congress"),
  N("Partai Republik", "usa-republican-party"),
  R("Pemimpin minoritas Senat, Chuck Schumer", "pemimpin", country="USA", sector="LEG"),
  P("partainya", "usa-democratic-party"),
  N("Gedung Putih", "usa-white-house"),
  P("kubu oposisi", "usa-democratic-party")]),

("actors-dev-054",
 "Partai Demokrat menggelar kongres luar biasa di Jakarta untuk memilih ketua umum baru. "
 "Ketua Majelis Tinggi partai, Susilo Bambang Yudhoyono, meminta seluruh kader menjaga soliditas. "
 "Partai berlambang bintang mercy itu menyatakan tetap mendukung pemerintahan Prabowo Subianto.",
 [N("Partai Demokrat", "idn-demokrat"),
  R("Ketua Majelis Tinggi partai, Susilo Bambang Yudhoyono", "Ketua", "idn-susilo-bambang-yudhoyono"),
  G("seluruh kader", "anggota", "idn-demokrat"),
  P("Partai berlambang bintang mercy itu", "idn-demokrat"),
  N("Prabowo Subianto", "idn-prabowo-subianto")]),

("actors-dev-055",
 "Milisi Hutsi mengklaim menembakkan rudal ke Bandara Internasional Ben Gurion di Israel. "
 "Militer Israel membalas dengan menggempur pelabuhan Hodeidah yang dikuasai kelompok tersebut. "
 "Arab Saudi menyerukan semua pihak menahan diri agar konflik tidak meluas ke kawasan Teluk.",
 [N("Milisi Hutsi", "houthi"),
  N("Militer Israel", "isr-idf"),
  P("kelompok tersebut", "houthi"),
  N("Arab Saudi", "sau")]),

("actors-dev-056",
 "Pasukan Demokratik Suriah (SDF) yang didukung AS menangkap seorang pemimpin senior ISIS dalam operasi di Deir ez-Zor. "
 "Kelompok yang dipimpin Kurdi itu mengatakan tersangka bertanggung jawab atas sejumlah serangan bom mobil. "
 "Koalisi pimpinan AS menyebut penangkapan itu pukulan besar bagi Negara Islam.",
 [N("Pasukan Demokratik Suriah", "sdf"),
  N("SDF", "sdf"),
  N("AS", "usa"),
  G("seorang pemimpin senior ISIS", "pemimpin", sector="REB", **PERSON),
  P("Kelompok yang dipimpin Kurdi itu", "sdf"),
  P("tersangka", ante="seorang pemimpin senior ISIS"),
  G("Koalisi pimpinan AS", None, "usa", sector="MIL"),
  N("Negara Islam", "isis")]),

("actors-dev-057",
 "Junta militer Mali memperpanjang kerja sama keamanan dengan Rusia setelah Grup Wagner menarik diri dari negara itu. "
 "Pasukan Africa Corps yang berada di bawah Kementerian Pertahanan Rusia akan menggantikan peran tentara bayaran tersebut. "
 "Kelompok JNIM yang berafiliasi dengan Al-Qaeda terus menyerang pos militer di wilayah utara.",
 [N("Junta militer Mali", "mli", sector="MIL", label="ORG"),
  N("Rusia", "rus"),
  N("Grup Wagner", "wagner"),
  P("negara itu", "mli"),
  N("Africa Corps", None, type="armed_force", country="RUS", sector="MIL"),
  N("Kementerian Pertahanan Rusia", "rus-mod"),
  P("tentara bayaran tersebut", "wagner"),
  N("JNIM", "jnim"),
  N("Al-Qaeda", "al-qaeda")]),

("actors-dev-058",
 "Pasukan Dukungan Cepat (RSF) merebut kota El Fasher setelah pengepungan selama lebih dari setahun. "
 "Badan-badan PBB melaporkan ribuan warga sipil melarikan diri ke Tawila. "
 "Militer Sudan menuduh RSF melakukan pembunuhan massal terhadap penduduk setempat.",
 [N("Pasukan Dukungan Cepat", "sdn-rsf"),
  N("RSF", "sdn-rsf"),
  G("Badan-badan PBB", None, "un"),
  G("ribuan warga sipil", "warga", "sdn", sector="CVL"),
  N("Militer Sudan", "sdn-saf"),
  N("RSF", "sdn-rsf"),
  G("penduduk setempat", "warga", "sdn", sector="CVL")]),

("actors-dev-059",
 "Reporters Without Borders (RSF) menempatkan Indonesia di peringkat 127 dalam indeks kebebasan pers tahun ini. "
 "Organisasi yang bermarkas di Paris itu menyoroti kekerasan terhadap jurnalis di Papua. "
 "Komdigi menyatakan menghormati laporan tersebut namun mempertanyakan metodologinya.",
 [N("Reporters Without Borders", "rsf"),
  N("RSF", "rsf"),
  N("Indonesia", "idn"),
  P("Organisasi yang bermarkas di Paris itu", "rsf"),
  G("jurnalis", "wartawan", country="IDN", sector="JRN"),
  N("Komdigi", "idn-komdigi")]),

("actors-dev-060",
 "Palang Merah Indonesia (PMI) mengirimkan 20 relawan dan dua unit ambulans ke lokasi gempa di Cianjur. "
 "Ketua Umum PMI Jusuf Kalla mengatakan stok darah di wilayah terdampak masih mencukupi. "
 "Relawan PMI juga membangun dapur umum bagi para pengungsi.",
 [N("Palang Merah Indonesia", "idn-pmi"),
  N("PMI", "idn-pmi"),
  G("20 relawan", "aktivis", "idn-pmi"),
  R("Ketua Umum PMI Jusuf Kalla", "Ketua Umum", country="IDN", sector="NGO"),
  G("Relawan PMI", "aktivis", "idn-pmi"),
  G("para pengungsi", "pengungsi", country="IDN", sector="CVL")]),

("actors-dev-061",
 "Ribuan warga Palestina berunjuk rasa di kompleks Masjid Al-Aqsa, Yerusalem, setelah polisi Israel membatasi akses jemaah. "
 "Kepolisian Israel mengatakan pembatasan itu diperlukan demi alasan keamanan. "
 "Yordania, selaku penjaga situs suci tersebut, mengecam langkah Israel.",
 [G("Ribuan warga Palestina", "warga", "pse", sector="CVL"),
  N("polisi Israel", "isr-police"),
  G("jemaah", "santri", country="PSE", sector="REL"),
  N("Kepolisian Israel", "isr-police"),
  N("Yordania", "jor"),
  N("Israel", "isr")]),

("actors-dev-062",
 "Satpol PP Kota Medan menertibkan ratusan pedagang kaki lima di kawasan Pasar Petisah. "
 "Para pedagang sempat melawan karena merasa tidak diberi waktu untuk memindahkan barang dagangan. "
 "Wali Kota Medan Rico Waas berjanji menyediakan lokasi relokasi bagi mereka.",
 [N("Satpol PP Kota Medan", None, type="state_organ", country="IDN", sector="GOV"),
  G("ratusan pedagang kaki lima", "pengusaha", country="IDN", sector="BUS"),
  P("Para pedagang", ante="ratusan pedagang kaki lima"),
  R("Wali Kota Medan Rico Waas", "Wali Kota", country="IDN", sector="GOV"),
  P("mereka", ante="ratusan pedagang kaki lima")]),

("actors-dev-063",
 "Badan Tenaga Atom Internasional (IAEA) melaporkan Iran telah memperkaya uranium hingga kemurnian 60 persen. "
 "Direktur Jenderal IAEA Rafael Grossi meminta Teheran membuka kembali akses bagi para inspektur. "
 "Presiden Iran Masoud Pezeshkian menegaskan negaranya tidak berniat membuat senjata nuklir.",
 [N("Badan Tenaga Atom Internasional", "un-iaea"),
  N("IAEA", "un-iaea"),
  N("Iran", "irn"),
  R("Direktur Jenderal IAEA Rafael Grossi", "Ketua", country=None, sector="IGO"),
  N("Teheran", "irn"),
  G("para inspektur", None, "un-iaea"),
  R("Presiden Iran Masoud Pezeshkian", "Presiden", "irn-masoud-pezeshkian"),
  P("negaranya", "irn")]),

("actors-dev-064",
 "Kementerian Luar Negeri memanggil Duta Besar Australia untuk Indonesia terkait laporan penyadapan terhadap pejabat tinggi negara. "
 "Juru bicara Kemlu mengatakan Jakarta menuntut penjelasan resmi dari Canberra. "
 "Pemerintah Australia menyatakan tidak mengomentari urusan intelijen.",
 [N("Kementerian Luar Negeri", "idn-kemlu"),
  G("Duta Besar Australia untuk Indonesia", "Duta Besar", country="AUS", sector="GOV", **PERSON),
  G("pejabat tinggi negara", "pejabat", country="IDN", sector="GOV"),
  G("Juru bicara Kemlu", "juru bicara", country="IDN", sector="GOV", **PERSON),
  N("Jakarta", "idn"),
  N("Canberra", "aus"),
  N("Pemerintah Australia", "aus", label="ORG")]),

("actors-dev-065",
 "Portal berita lokal Suara Tapal Batas melaporkan bahwa kantornya di Nunukan dirusak sekelompok orang pada Minggu malam. "
 "Pemimpin redaksi media itu, Rahmat Hidayat, menduga serangan tersebut terkait pemberitaan tentang penyelundupan narkotika. "
 "Polres Nunukan telah memeriksa empat saksi.",
 [N("Suara Tapal Batas", None, type="media", country="IDN", sector="JRN"),
  P("kantor[nya]", ante="Suara Tapal Batas"),
  G("sekelompok orang", "pelaku", country="IDN"),
  R("Pemimpin redaksi media itu, Rahmat Hidayat", "pemimpin", country="IDN", sector="JRN"),
  N("Polres Nunukan", None, type="police", country="IDN", sector="COP")]),
]
