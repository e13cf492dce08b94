from lib import *

# 16 Kapolri, Lebaran operation
D("[[Kapolri Jenderal Listyo Sigit Prabowo|lsp]] memimpin apel gelar pasukan Operasi Ketupat di Lapangan Monas, Jakarta, Rabu. [[Jenderal bintang empat itu|jbe]] meminta [[jajarannya|jj]] mengutamakan pelayanan kepada pemudik. [[Korps Bhayangkara|kb]] mengerahkan lebih dari 150.000 personel gabungan bersama [[TNI|tni]] dan [[pemerintah daerah|pemda]]. [[Ia|ia]] juga mengingatkan anak buah[[nya|abn]] agar tidak melakukan pungutan liar di jalan.",
  lsp=R("idn-listyo-sigit-prabowo", "PER", "Kapolri"), jbe=A("lsp"), jj=A("lsp", aid="idn-polri"), kb=A("jj"),
  tni=R("idn-tni", "ORG"), pemda=U("generic_group", "IDN", "GOV"), ia=A("lsp"), abn=A("lsp"))

# 17 Jakarta riot suspects
D("[[Polda Metro Jaya|pmj]] menetapkan [[42 tersangka|ts]] kasus pembakaran halte saat demonstrasi akhir Agustus lalu. [[Kapolda Metro Jaya Irjen Asep Edi Suheri|kap]] mengatakan sebagian besar dari [[mereka|mer]] masih berstatus pelajar. [[Pihaknya|p]] juga memburu [[seorang penyandang dana|pd]] yang diduga menggerakkan [[para pelaku|pp]] melalui media sosial. [[LBH Jakarta|lbh]] yang mendampingi [[para tersangka|pt]] menilai penangkapan itu sewenang-wenang.",
  pmj=R("idn-polda-metro-jaya", "ORG"), ts=U("generic_group", "IDN", None, None, "tersangka"),
  kap=U("person", "IDN", "COP", "PER", "Kapolda"), mer=A("ts"), p=A("kap", aid="idn-polda-metro-jaya"),
  pd=U("person", "IDN", None), pp=A("ts"), lbh=R("idn-lbh", "ORG"), pt=A("ts"))

# 18 Densus 88, JAD cell
D("[[Densus 88 Antiteror Polri|den]] menangkap [[dua terduga teroris|tt]] di Kabupaten Sigi, Sulawesi Tengah, Jumat. [[Kadiv Humas Polri Irjen Sandi Nugroho|sn]] mengatakan [[keduanya|kd]] berafiliasi dengan [[Jamaah Ansharut Daulah|jad]] dan tengah merencanakan serangan ke pos polisi. [[Kelompok tersebut|kt]] diketahui telah berbaiat kepada [[ISIS|isis]]. Dari rumah [[para terduga|ptd]], [[petugas|pet]] menyita bahan peledak rakitan.",
  den=R("idn-densus-88", "ORG"), tt=U("generic_group", "IDN", "REB", None, "teroris"),
  sn=U("person", "IDN", "COP", "PER", "Kadiv Humas Polri"), kd=A("tt"), jad=R("jad", "ORG"), kt=A("jad"),
  isis=R("isis", "ORG"), ptd=A("kd"), pet=R("idn-polri", None, "polisi"))

# 19 Papua, TPNPB shooting
D("[[TPNPB-OPM|opm]] mengklaim bertanggung jawab atas penembakan [[dua pekerja bangunan|pb]] di Distrik Ilaga, Kabupaten Puncak. [[Juru bicara TPNPB Sebby Sambom|ss]] menuding [[kedua korban|kk]] sebagai mata-mata aparat. [[Satgas Damai Cartenz|sdc]] menyatakan [[pihaknya|p]] telah mengerahkan personel untuk memburu [[kelompok tersebut|kt]]. [[Kepala Operasi Damai Cartenz Brigjen Faizal Ramadhani|fr]] menyebut [[para pelaku|pp]] merupakan anak buah [[Egianus Kogoya|ek]].",
  opm=R("kkb-tpnpb-opm", "ORG"), pb=U("generic_group", "IDN", "CVL", None, "buruh"),
  ss=U("person", "IDN", "REB", "PER", "juru bicara"), kk=A("pb"), sdc=R("idn-satgas-damai-cartenz", "ORG"), p=A("sdc"),
  kt=A("opm"), fr=U("person", "IDN", "COP", "PER", "Ketua"), pp=A("kt"), ek=U("person", "IDN", "REB", "PER"))

# 20 TNI exercise at Natuna
D("[[Panglima TNI Jenderal Agus Subiyanto|as]] meninjau latihan gabungan di Natuna, Kepulauan Riau, Selasa. [[Ia|ia]] menegaskan [[prajurit TNI|pt]] siap menjaga kedaulatan di Laut Natuna Utara. Menurut [[mantan Komandan Paspampres itu|mkp]], [[TNI AL|al]] mengerahkan 12 kapal perang, sementara [[TNI AU|au]] menyiagakan pesawat tempur di pangkalan[[nya|pn]] di Pekanbaru. [[Kementerian Luar Negeri China|kmc]] belum menanggapi latihan tersebut.",
  **{"as": R("idn-agus-subiyanto", "PER", "Panglima TNI")}, ia=A("as"), pt=R("idn-tni", None, "tentara"), mkp=A("as"),
  al=R("idn-tni-al", "ORG"), au=R("idn-tni-au", "ORG"), pn=A("au"), kmc=R("chn-mfa", "ORG"))

# 21 Propam, extortion by an officer
D("[[Divisi Propam Polri|prop]] memeriksa [[seorang perwira Polres Jakarta Selatan|pjs]] yang diduga memeras [[sejumlah pengusaha hiburan malam|phm]]. [[Kepala Divisi Propam Polri Irjen Abdul Karim|ak]] mengatakan [[perwira menengah itu|pmi]] telah ditempatkan di tempat khusus selama 30 hari. [[Ia|ia]] juga menyebut dua anak buah[[nya|abn]] ikut diperiksa. [[Kompolnas|kom]] meminta [[Polri|pol]] memecat [[yang bersangkutan|yb]] jika terbukti bersalah.",
  prop=R("idn-propam", "ORG"), pjs=U("person", "IDN", "COP", None, "polisi"), phm=U("generic_group", "IDN", "BUS", None, "pengusaha"),
  ak=U("person", "IDN", "COP", "PER", "Ketua"), pmi=A("pjs"), ia=A("ak"), abn=A("pmi"),
  kom=R("idn-kompolnas", "ORG"), pol=R("idn-polri", "ORG"), yb=A("pmi"))

# 22 earthquake
D("Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin siang. [[BMKG|bmkg]] menyatakan gempa itu dipicu aktivitas sesar lokal. [[Kepala BNPB Letjen TNI Suharyanto|suh]] mengatakan sedikitnya 31 orang meninggal dan [[ribuan warga|rw]] kehilangan tempat tinggal. [[Ia|ia]] meminta [[warga|w]] tetap waspada terhadap gempa susulan. [[Mensos Saifullah Yusuf|gus]] menyatakan [[kementeriannya|kem]] telah menyalurkan bantuan logistik ke lokasi pengungsian.",
  bmkg=R("idn-bmkg", "ORG"), suh=U("person", "IDN", "GOV", "PER", "Kepala BNPB"), rw=U("generic_group", "IDN", "CVL", None, "warga"),
  ia=A("suh"), w=A("rw"), gus=U("person", "IDN", "GOV", "PER", "Menteri Sosial"), kem=A("gus", aid="idn-kemensos"))

# 23 flash flood search
D("[[Tim SAR gabungan|tsg]] masih mencari [[tujuh korban hilang|kh]] akibat banjir bandang di Kabupaten Agam, Sumatera Barat. [[Kepala Kantor SAR Padang, Abdul Malik|am]], mengatakan [[tim|tim]] terkendala material lumpur dan kayu yang menutup akses jalan. [[BPBD Agam|bpbd]] menambah personel dan mengirim alat berat untuk membantu [[mereka|mer]]. Sementara itu, [[warga|war]] yang rumah[[nya|rn]] rusak diungsikan ke masjid dan sekolah terdekat.",
  tsg=R("idn-basarnas", "ORG"), kh=U("generic_group", "IDN", "CVL", None, "korban"), am=U("person", "IDN", "GOV", "PER", "Ketua"),
  tim=A("tsg"), bpbd=U("state_organ", "IDN", "GOV", "ORG"), mer=A("tim"), war=U("generic_group", "IDN", "CVL", None, "warga"), rn=A("war"))

# 24 volcano eruption
D("[[Badan Geologi|bg]] menaikkan status Gunung Lewotobi Laki-laki di Flores Timur menjadi Awas setelah erupsi besar pada Selasa malam. [[Kepala Badan Geologi Muhammad Wafid|mw]] meminta [[warga|wed]] di enam desa mengosongkan zona bahaya dalam radius tujuh kilometer. [[Pemkab Flores Timur|pft]] mencatat [[lebih dari 4.000 pengungsi|lp]] telah ditampung di sejumlah posko. [[Bupati Flores Timur, Antonius Doni Dihen|bft]], mengatakan [[pihaknya|p]] kekurangan tenda dan air bersih bagi [[mereka|mer]].",
  bg=U("state_organ", "IDN", "GOV", "ORG"), mw=U("person", "IDN", "GOV", "PER", "Ketua"), wed=U("generic_group", "IDN", "CVL", None, "warga"),
  pft=U("state_organ", "IDN", "GOV", "ORG"), lp=U("generic_group", "IDN", "CVL", None, "pengungsi"),
  bft=U("person", "IDN", "GOV", "PER", "Bupati"), p=A("pft"), mer=A("lp"))

# 25 wage protest
D("[[Puluhan ribu buruh anggota KSPI|bu]] menggelar aksi di depan Istana Merdeka menuntut kenaikan upah minimum 2026 sebesar 8,5 persen. [[Presiden KSPI Said Iqbal|si]] mengatakan [[para pengunjuk rasa|ppr]] juga menolak sistem alih daya. [[Ia|ia]] mengancam [[organisasinya|org]] akan menggelar mogok nasional jika tuntutan itu diabaikan. [[Menaker Yassierli|yas]] menyatakan [[pemerintah|pem]] masih menghitung formula kenaikan upah bersama [[Apindo|apindo]].",
  bu=R("idn-kspi", None, "buruh"), si=U("person", "IDN", "CVL", "PER", "Ketua"), ppr=A("bu"), ia=A("si"),
  org=A("si", aid="idn-kspi"), yas=U("person", "IDN", "GOV", "PER", "Menteri Ketenagakerjaan"), pem=R("idn"),
  apindo=R("idn-apindo", "ORG"))

# 26 textile bankruptcy
D("[[PT Sri Rejeki Isman|sritex]] resmi menghentikan operasi setelah dinyatakan pailit oleh [[Pengadilan Niaga Semarang|pns]]. Akibatnya, [[10.665 karyawan|kar]] kehilangan pekerjaan menjelang Lebaran. [[Menaker Yassierli|yas]] memastikan hak-hak [[mereka|mer]] akan dibayarkan dari hasil penjualan aset. [[Perusahaan tekstil asal Sukoharjo itu|pts]] sebelumnya sempat mengajukan kasasi ke [[Mahkamah Agung|ma]], namun ditolak. [[Serikat pekerja Sritex|sps]] menyatakan [[anggotanya|ang]] akan terus mengawal proses tersebut.",
  sritex=U("business", "IDN", "BUS", "ORG"), pns=U("state_organ", "IDN", "JUD", "ORG"), kar=U("generic_group", "IDN", "CVL", None, "buruh"),
  yas=U("person", "IDN", "GOV", "PER", "Menteri Ketenagakerjaan"), mer=A("kar"), pts=A("sritex"), ma=R("idn-ma", "ORG"),
  sps=U("generic_group", "IDN", "CVL", None, "buruh"), ang=A("sps"))

# 27 ride-hailing drivers
D("[[Ribuan pengemudi ojek online|ojol]] berunjuk rasa di depan kantor Kementerian Perhubungan, Jakarta, menuntut potongan komisi aplikator diturunkan menjadi 10 persen. [[Ketua Umum Garda Indonesia Igun Wicaksono|igun]] mengatakan [[para mitra pengemudi|pmp]] selama ini dipotong hingga 20 persen. [[Ia|ia]] mengancam [[massa|mas]] akan kembali turun ke jalan jika tuntutan tidak dipenuhi. [[Menteri Perhubungan Dudy Purwagandhi|dudy]] berjanji [[kementeriannya|kem]] akan memanggil [[perusahaan aplikasi|pa]] pekan depan.",
  ojol=U("generic_group", "IDN", "CVL", None, "pengemudi ojek"), igun=U("person", "IDN", "CVL", "PER", "Ketua Umum"),
  pmp=A("ojol"), ia=A("igun"), mas=A("pmp"), dudy=U("person", "IDN", "GOV", "PER", "Menteri Perhubungan"),
  kem=A("dudy", aid="idn-kemenhub"), pa=U("generic_group", "IDN", "BUS"))

# 28 Natuna, Chinese coast guard
D("[[Kapal penjaga pantai China|ccg]] kembali terdeteksi memasuki Zona Ekonomi Eksklusif Indonesia di Laut Natuna Utara. [[Bakamla|bak]] menyatakan [[pihaknya|p]] telah mengusir kapal tersebut melalui komunikasi radio. [[Nelayan Natuna|nel]] mengaku resah karena [[mereka|mer]] kerap dibuntuti saat melaut. [[Kementerian Luar Negeri|kemlu]] memanggil [[Duta Besar China|dub]] untuk meminta penjelasan, sementara [[Beijing|bei]] bersikukuh wilayah itu masuk sembilan garis putus-putus.",
  ccg=R("chn-coast-guard", "ORG"), bak=R("idn-bakamla", "ORG"), p=A("bak"), nel=U("generic_group", "IDN", "CVL", None, "nelayan"),
  mer=A("nel"), kemlu=R("idn-kemlu", "ORG"), dub=U("person", "CHN", "GOV", None, "Duta Besar"), bei=R("chn", "LOC"))

# 29 navy sailors charged over a shooting
D("[[Puspom TNI|pt]] menetapkan [[tiga prajurit TNI AL|tp]] sebagai tersangka penembakan [[seorang pengusaha rental mobil|pr]] di rest area Tol Tangerang-Merak. [[Komandan Puspom TNI Mayjen Yusri Nuryanto|yn]] mengatakan [[ketiganya|kt]] kini ditahan di markas[[nya|mn]] di Jakarta. [[Kuasa hukum keluarga korban|kh]] meminta [[para tersangka|ps]] diadili secara terbuka. [[Kepala Dinas Penerangan TNI AL Laksamana Pertama I Made Wira Hady|imw]] memastikan proses hukum berjalan transparan.",
  pt=R("idn-puspom-tni", "ORG"), tp=R("idn-tni-al", None, "tentara"), pr=U("person", "IDN", "BUS", None, "pengusaha"),
  yn=U("person", "IDN", "MIL", "PER", "komandan"), kt=A("tp"), mn=A("yn", aid="idn-puspom-tni"),
  kh=U("person", "IDN", "CVL", None, "pengacara"), ps=A("kt"), imw=U("person", "IDN", "MIL", "PER", "juru bicara"))

# 30 forest fires, corporate suspect
D("[[Polda Riau|pr]] menetapkan [[PT Sawit Inti Lestari|sil]] sebagai tersangka korporasi kebakaran hutan dan lahan seluas 600 hektare di Kabupaten Pelalawan. [[Kapolda Riau Irjen Herry Heryawan|hh]] mengatakan [[perusahaan itu|pi]] sengaja membiarkan api meluas untuk membuka lahan baru. [[Jenderal bintang dua itu|jbd]] menegaskan [[pihaknya|p]] juga memeriksa [[tiga petinggi perusahaan|tpp]]. [[Walhi Riau|wr]] menilai langkah [[polisi|pol]] terlambat karena asap sudah menyelimuti Pekanbaru selama dua pekan.",
  pr=R("idn-polda-riau", "ORG"), sil=U("business", "IDN", "BUS", "ORG"), hh=U("person", "IDN", "COP", "PER", "Kapolda"),
  pi=A("sil"), jbd=A("hh"), p=A("hh", aid="idn-polda-riau"), tpp=U("generic_group", "IDN", "BUS", None, "pemimpin"),
  wr=R("idn-walhi", "ORG"), pol=R("idn-polri", None, "polisi"))
