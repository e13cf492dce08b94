from lib import *

# 17 Papua
D("[[Kelompok Kriminal Bersenjata (KKB)|kkb]] menembak [[seorang tukang ojek|ojek]] di Distrik Ilaga, Kabupaten Puncak, Sabtu siang. [[Kepala Operasi Satgas Damai Cartenz Brigjen Pol Faizal Ramadhani|fr]] mengatakan [[korban|kor]] tewas di tempat akibat luka tembak di kepala. [[Ia|ia]] memastikan [[aparat kepolisian|apr]] tengah memburu [[para pelaku|pel]]. [[TPNPB-OPM|tp]] belum mengeluarkan pernyataan terkait insiden itu.",
  kkb=R("kkb-tpnpb-opm", "ORG"), ojek=U("person", "IDN", "CVL", None, "pengemudi ojek"),
  fr=U("person", "IDN", "COP", "PER", "Ketua"), kor=A("ojek"), ia=A("fr"), apr=R("idn-polri", None, "polisi"),
  pel=U("generic_group", "IDN", None, None, "pelaku"), tp=R("kkb-tpnpb-opm", "ORG"))

# 18 Papua Jayawijaya
D("[[Kapolres Jayawijaya AKBP Heri Wibowo|kap]] menyatakan situasi di Wamena berangsur kondusif setelah kerusuhan pada Kamis malam. Menurut [[dia|dia]], kerusuhan dipicu kabar bohong yang beredar di media sosial. [[Polres Jayawijaya|pol]] telah mengamankan [[15 terduga pelaku|org]] yang memprovokasi [[massa|mas]]. [[Para tokoh adat setempat|ta]] meminta [[warga|war]] tidak terpancing isu.",
  kap=U("person", "IDN", "COP", "PER", "Kapolres"), dia=A("kap"), pol=U("police", "IDN", "COP", "ORG"),
  org=U("generic_group", "IDN", None, None, "pelaku"), mas=U("generic_group", "IDN", "CVL", None, "demonstran"),
  ta=U("generic_group", "IDN", "CVL", None, "tokoh masyarakat"), war=U("generic_group", "IDN", "CVL", None, "warga"))

# 19 Papua TNI attack
D("[[Seorang prajurit TNI|pr]] gugur dalam kontak tembak dengan [[kelompok bersenjata|kb]] di Kabupaten Intan Jaya. [[Kapendam XVII/Cenderawasih Kolonel Inf Candra Kurniawan|kp]] mengatakan [[prajurit tersebut|pt]] tengah mengawal distribusi logistik ketika diserang. [[Kelompok bersenjata itu|kbi]] kemudian melarikan diri ke arah hutan. Jenazah [[korban|kor]] diterbangkan ke Timika menggunakan helikopter milik [[TNI AD|ad]].",
  pr=U("person", "IDN", "MIL", None, "tentara"), kb=U("generic_group", "IDN", "REB", None, "kelompok bersenjata"),
  kp=U("person", "IDN", "MIL", "PER", "Kapuspen TNI"), pt=A("pr"), kbi=A("kb"), kor=A("pt"), ad=R("idn-tni-ad", "ORG"))

# 20 Densus 88
D("[[Densus 88 Antiteror Polri|den]] menangkap [[dua terduga teroris|tt]] di Kabupaten Bekasi dan Kota Bogor, Selasa. [[Juru bicara Densus 88 AKBP Mayndra Eka Wardhana|jb]] mengatakan [[keduanya|kd]] merupakan anggota jaringan [[Jamaah Ansharut Daulah|jad]] yang aktif menyebarkan propaganda [[ISIS|isis]]. Dari tangan [[mereka|mer]], [[petugas|pet]] menyita bahan peledak dan sejumlah dokumen.",
  den=R("idn-densus-88", "ORG"), tt=U("generic_group", "IDN", "REB", None, "teroris"),
  jb=U("person", "IDN", "COP", "PER", "juru bicara"), kd=A("tt"), jad=R("jad", "ORG"), isis=R("isis", "ORG"), mer=A("kd"), pet=R("idn-polri", None, "polisi"))

# 21 terrorism single suspect
D("[[Densus 88|den]] menangkap [[seorang terduga teroris berinisial AR (29)|ar]] di Desa Tanjung, Kecamatan Kalianda, Lampung Selatan. [[Tersangka|ts]] diduga berperan sebagai penyandang dana kelompok [[Jamaah Islamiyah|ji]] di Sumatera. [[Kepala BNPT Komjen Pol Eddy Hartono|bnpt]] mengatakan [[lembaganya|lem]] akan memperkuat program deradikalisasi di wilayah tersebut.",
  den=R("idn-densus-88", "ORG"), ar=U("person", "IDN", "REB", "PER", "teroris"), ts=A("ar"), ji=R("ji", "ORG"),
  bnpt=U("person", "IDN", "GOV", "PER", "Kepala BNPT"), lem=A("bnpt", aid="idn-bnpt"))

# 22 KPK
D("[[Komisi Pemberantasan Korupsi (KPK)|kpk]] menetapkan [[Direktur Utama PT Bangun Karya Persada berinisial HS|hs]] sebagai tersangka kasus suap proyek jalan tol. [[Ketua KPK, Setyo Budiyanto|sb]], mengatakan [[tersangka|ts]] diduga memberikan uang kepada [[sejumlah pejabat Kementerian PU|pj]]. [[Lembaga antirasuah itu|la]] juga menggeledah kantor [[PT Bangun Karya Persada|ptb]] di Jakarta Selatan dan menyita dokumen keuangan [[perusahaan tersebut|pt]].",
  kpk=R("idn-kpk", "ORG"), hs=U("person", "IDN", "BUS", "PER", "pengusaha"), sb=U("person", "IDN", "GOV", "PER", "Ketua KPK"),
  ts=A("hs"), pj=R("idn-kemenpu", None, "pejabat"), la=A("kpk"), ptb=U("business", "IDN", "BUS", "ORG"), pt=A("ptb"))

# 23 Kejagung
D("[[Kejaksaan Agung|kej]] menahan [[mantan Direktur Utama PT Timah Nusantara Jaya berinisial MRP|mrp]] terkait dugaan korupsi tata niaga komoditas timah. [[Direktur Penyidikan Jampidsus Kejagung, Abdul Qohar|aq]], menyebut kerugian negara dalam perkara itu mencapai Rp 4,5 triliun. [[Pengacara tersangka|pen]] menyatakan [[kliennya|kl]] akan kooperatif. [[Korps Adhyaksa|ka]] berjanji menelusuri aliran dana hingga ke luar negeri.",
  kej=R("idn-kejagung", "ORG"), mrp=U("person", "IDN", "BUS", "PER", "pengusaha"), aq=U("person", "IDN", "JUD", "PER", "Ketua"),
  pen=U("person", "IDN", "CVL", None, "pengacara"), kl=A("mrp"), ka=R("idn-kejagung", "ORG"))

# 24 KPK OTT regional
D("[[KPK|kpk]] menggelar operasi tangkap tangan di Kabupaten Mandalika Raya dan mengamankan [[Bupati Mandalika Raya berinisial ASN|tuj]] bersama [[sejumlah pejabat dinas pekerjaan umum|pjd]]. [[Wakil Ketua KPK Fitroh Rohcahyanto|fit]] mengatakan [[sang bupati|bup]] diduga menerima setoran dari [[para kontraktor|kon]] proyek irigasi. [[Dia|dia]] kini ditahan di Rumah Tahanan KPK selama 20 hari pertama. [[Pemkab Mandalika Raya|pem]] menyatakan menghormati proses hukum.",
  kpk=R("idn-kpk", "ORG"), tuj=U("person", "IDN", "GOV", "PER", "Bupati"), pjd=U("generic_group", "IDN", "GOV", None, "pejabat"), fit=U("person", "IDN", "GOV", "PER", "Ketua KPK"),
  bup=A("tuj"), kon=U("generic_group", "IDN", "BUS", None, "pengusaha"), dia=A("bup"), pem=U("state_organ", "IDN", "GOV", "ORG"))

# 25 DPR politics
D("[[DPR|dpr]] mengesahkan revisi Undang-Undang TNI dalam rapat paripurna meski diwarnai penolakan [[kelompok masyarakat sipil|kms]]. [[Ketua DPR Puan Maharani|puan]] menyatakan pembahasan telah melibatkan partisipasi publik. Namun [[Koalisi Masyarakat Sipil untuk Reformasi Sektor Keamanan|kol]] menilai [[Senayan|sen]] terburu-buru. [[Koalisi itu|ki]] berencana mengajukan uji materi ke [[Mahkamah Konstitusi|mk]].",
  dpr=R("idn-dpr", "ORG"), kms=U("generic_group", "IDN", "NGO", None, None), puan=R("idn-puan-maharani", "PER", "anggota DPR"),
  kol=U("ngo", "IDN", "NGO", "ORG"), sen=R("idn-dpr", "ORG"), ki=A("kol"), mk=R("idn-mk", "ORG"))

# 26 DPR party
D("[[Fraksi PDI Perjuangan|pdip]] menolak usulan pemilihan kepala daerah secara tidak langsung. [[Ketua Fraksi PDI-P, Utut Adianto|utut]], mengatakan [[partainya|par]] ingin mempertahankan pilkada langsung. Sikap berbeda disampaikan [[Partai Golkar|gol]] yang menilai pilkada langsung terlalu mahal. [[Partai berlambang pohon beringin itu|pb]] meminta [[pemerintah|gov]] segera menyusun draf revisi.",
  pdip=R("idn-pdip", "ORG"), utut=U("person", "IDN", "PTY", "PER", "Ketua"), par=A("pdip"), gol=R("idn-golkar", "ORG"),
  pb=A("gol"), gov=R("idn", None))

# 27 buruh demo
D("[[Ribuan buruh|bur]] dari berbagai daerah menggelar aksi di depan Gedung DPR, Jakarta, menuntut kenaikan upah minimum sebesar 10 persen. [[Presiden KSPI Said Iqbal|si]] mengatakan [[pihaknya|p]] akan terus menggelar aksi hingga tuntutan dipenuhi. [[Para demonstran tersebut|pd]] juga menolak sistem alih daya. [[Kementerian Ketenagakerjaan|kem]] berjanji membahas tuntutan [[mereka|mer]] bersama [[Apindo|api]].",
  bur=U("generic_group", "IDN", "CVL", None, "buruh"), si=U("person", "IDN", "CVL", "PER", "Ketua"), p=A("si", aid="idn-kspi"),
  pd=A("bur"), kem=R("idn-kemnaker", "ORG"), mer=A("pd"), api=R("idn-apindo", "ORG"))

# 28 mahasiswa demo
D("[[Ratusan mahasiswa BEM SI|mah]] berunjuk rasa di kawasan Patung Kuda, Jakarta Pusat, menolak kenaikan harga bahan bakar minyak. [[Koordinator Pusat BEM SI, Herianto|her]], mengatakan [[aliansinya|al]] menilai kebijakan itu memberatkan [[rakyat kecil|rk]]. [[Polda Metro Jaya|pmj]] mengerahkan [[1.200 personel polisi|pers]] untuk mengamankan aksi. Menjelang petang, [[massa|mas]] membubarkan diri dengan tertib.",
  mah=R("idn-bem-si", None, "mahasiswa"), her=U("person", "IDN", "EDU", "PER", "Ketua"), al=A("mah"), rk=U("generic_group", "IDN", "CVL", None, "warga"),
  pmj=R("idn-polda-metro-jaya", "ORG"), pers=R("idn-polri", None, "polisi"), mas=A("mah"))
