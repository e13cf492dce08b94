from lib import *

# 36 Minimum wage protest
D("JAKARTA, [[KOMPAS.com|kc]] – [[Puluhan ribu buruh|pb]] dari berbagai daerah memadati kawasan Patung Kuda, Jakarta Pusat, Kamis, untuk menolak rencana [[pemerintah|pem]] menaikkan upah minimum hanya 3,5 persen pada 2026. [[Presiden KSPI Said Iqbal|si]] mengatakan [[massa|mas]] tidak akan membubarkan diri sebelum [[perwakilan|pw]] [[mereka|mer]] diterima oleh [[Presiden Prabowo|pra]]. [[Ia|ia]] juga menuding [[Dewan Pengupahan Nasional|dpn]] mengabaikan usulan [[serikat pekerja|sp]] dan hanya mengakomodasi kepentingan [[Apindo|api]]. [[Menteri Ketenagakerjaan Yassierli|yas]] menyatakan [[pihaknya|p]] terbuka untuk berdialog, tetapi mengingatkan bahwa kenaikan upah yang terlalu tinggi dapat memicu pemutusan hubungan kerja di industri padat karya. Untuk mengamankan aksi tersebut, [[Polda Metro Jaya|pmj]] mengerahkan 4.200 personel.",
  kc=R("idn-kompas", "ORG"), pb=U("generic_group", "IDN", "CVL", None, "buruh"), pem=R("idn"),
  si=U("person", "IDN", "CVL", "PER", "Ketua"), mas=A("pb"), pw=U("generic_group", "IDN", "CVL", None, None), mer=A("mas"),
  pra=R("idn-prabowo-subianto", "PER", "Presiden"), ia=A("si"), dpn=U("state_organ", "IDN", "GOV", "ORG"),
  sp=U("generic_group", "IDN", "CVL", None, "buruh"), api=R("idn-apindo", "ORG"),
  yas=U("person", "IDN", "GOV", "PER", "Menteri Ketenagakerjaan"), p=A("yas", aid="idn-kemnaker"), pmj=R("idn-polda-metro-jaya", "ORG"))

# 37 Students against the DPR housing allowance
D("[[Ribuan mahasiswa dari berbagai kampus|rm]] yang tergabung dalam [[BEM SI|bem]] kembali berunjuk rasa di depan Gedung DPR, menuntut pembatalan tunjangan perumahan bagi [[anggota dewan|ad]] yang dinilai tidak masuk akal. Menjelang sore, [[para pengunjuk rasa|ppr]] mencoba merobohkan pagar, sehingga [[polisi|pol]] menembakkan gas air mata dan meriam air untuk membubarkan [[mereka|mer]]. [[Koordinator Pusat BEM SI, Muzammil Ihsan|mi]], mengatakan sedikitnya [[30 mahasiswa|tm]] ditangkap dan [[ia|ia]] menuntut [[aparat|apa]] segera membebaskan [[mereka|mer2]]. [[Ketua DPR Puan Maharani|puan]] berjanji [[lembaga yang dipimpinnya|lyd]] akan mengevaluasi tunjangan tersebut dalam rapat pimpinan pekan depan.",
  rm=U("generic_group", "IDN", "EDU", None, "mahasiswa"), bem=R("idn-bem-si", "ORG"), ad=R("idn-dpr", None, "anggota DPR"),
  ppr=A("rm"), pol=R("idn-polri", None, "polisi"), mer=A("ppr"), mi=U("person", "IDN", "EDU", "PER", "Ketua"),
  tm=U("generic_group", "IDN", "EDU", None, "mahasiswa"), ia=A("mi"), apa=A("pol"), mer2=A("tm"),
  puan=R("idn-puan-maharani", "PER", "anggota DPR"), lyd=A("puan", aid="idn-dpr"))

# 38 Ride-hailing drivers threaten a strike
D("[[Asosiasi Pengemudi Ojol Garda Indonesia|garda]] mengancam menggelar aksi mogok massal jika [[perusahaan aplikasi|pa]] tidak menurunkan potongan komisi menjadi 10 persen sebelum akhir bulan. [[Ketua Umum Garda, Raden Igun Wicaksono|igun]], menyebut [[Gojek|goj]] dan [[Grab|grab]] sama-sama mengabaikan surat [[organisasinya|org]] yang dikirim sejak tiga bulan lalu. [[Grab|grab2]] menyatakan [[pihaknya|p]] masih mengkaji usulan tersebut karena potongan komisi juga digunakan untuk membiayai asuransi [[mitra pengemudi|mp]]. [[Para pengemudi|ppd]] sendiri mengaku pendapatan [[mereka|mer]] turun hingga 40 persen sejak tarif promosi diberlakukan. Adapun [[Kementerian Perhubungan|kemenhub]] mengaku belum dapat mengintervensi besaran komisi karena aturan[[nya|nya]] masih dalam tahap revisi.",
  garda=R("idn-ojol-garda", "ORG"), pa=U("generic_group", "IDN", "BUS", None, None), igun=U("person", "IDN", "CVL", "PER", "Ketua Umum"),
  goj=U("business", "IDN", "BUS", "ORG"), grab=U("business", "SGP", "BUS", "ORG"), org=A("igun", aid="idn-ojol-garda"),
  grab2=U("business", "SGP", "BUS", "ORG", same="grab"), p=A("grab2"), mp=U("generic_group", "IDN", "CVL", None, "pengemudi ojek"),
  ppd=A("mp"), mer=A("ppd"), kemenhub=R("idn-kemenhub", "ORG"), nya=A("kemenhub"))

# 39 Eviction on an island: indigenous residents vs a project
D("[[Ratusan warga Pulau Sembilang|rw]] menghadang [[tim terpadu|tt]] yang hendak memasang patok tanah untuk proyek kawasan industri [[PT Cahaya Samudra Investama|csi]], Selasa pagi. Bentrokan pecah ketika [[personel Brimob|pb]] menembakkan gas air mata ke arah [[warga|w]], yang sebagian besar merupakan masyarakat adat Melayu yang telah menghuni pulau itu sejak abad ke-19. [[Aliansi Masyarakat Adat Nusantara|aman]] menuding [[perusahaan itu|pi]] tidak pernah berkonsultasi dengan [[penduduk|pen]] sebelum [[pemerintah|pem]] menetapkan pulau tersebut sebagai proyek strategis nasional. [[Kapolda Kepri Irjen Asep Safrudin|as]] mengklaim anak buah[[nya|nya]] hanya bertindak sesuai prosedur, namun [[ia|ia]] mengakui [[delapan warga|dw]] ditangkap karena melawan [[petugas|pet]].",
  rw=U("generic_group", "IDN", "CVL", None, "warga"), tt=U("generic_group", "IDN", "GOV", None, None), csi=U("business", "IDN", "BUS", "ORG"),
  pb=R("idn-brimob", None, "polisi"), w=A("rw"), aman=R("idn-aman", "ORG"), pi=A("csi"), pen=A("w"), pem=R("idn"),
  **{"as": U("person", "IDN", "COP", "PER", "Kapolda")}, nya=A("as"), ia=A("as"),
  dw=U("generic_group", "IDN", "CVL", None, "warga"), pet=A("pb"))

# 40 Earthquake in Poso
D("Gempa bermagnitudo 6,4 yang mengguncang Kabupaten Poso, Sulawesi Tengah, Minggu dini hari, merusak lebih dari 3.000 rumah dan memaksa [[puluhan ribu warga|pw]] bermalam di tenda darurat. [[Kepala BMKG Dwikorita Karnawati|dk]] mengatakan gempa dipicu oleh pergerakan Sesar Palu-Koro, dan [[ia|ia]] meminta [[masyarakat|mas]] mewaspadai potensi gempa susulan hingga sepekan ke depan. [[BNPB|bnpb]] mencatat 17 orang meninggal, sementara [[tim SAR gabungan|tsg]] masih mencari [[empat korban|ek]] yang diduga tertimbun reruntuhan sebuah pondok pesantren. [[Kepala BNPB Letjen TNI Suharyanto|suh]] menyatakan [[lembaganya|lem]] telah menyalurkan dana siap pakai Rp 2 miliar kepada [[Pemkab Poso|pp]] dan mengerahkan dua helikopter untuk menjangkau desa-desa yang terisolasi. [[Bupati Poso Verna Inkiriwang|vi]] mengatakan [[pihaknya|p]] masih kekurangan tenda, selimut, dan makanan bayi bagi [[para pengungsi|ppg]].",
  pw=U("generic_group", "IDN", "CVL", None, "warga"), dk=U("person", "IDN", "GOV", "PER", "Ketua"), ia=A("dk"),
  mas=U("generic_group", "IDN", "CVL", None, "warga"), bnpb=R("idn-bnpb", "ORG"), tsg=R("idn-basarnas", "ORG"),
  ek=U("generic_group", "IDN", None, None, "korban"), suh=U("person", "IDN", "GOV", "PER", "Kepala BNPB"),
  lem=A("suh", aid="idn-bnpb"), pp=U("state_organ", "IDN", "GOV", "ORG"), vi=U("person", "IDN", "GOV", "PER", "Bupati"),
  p=A("pp"), ppg=A("pw"))

# 41 Flood in Bekasi
D("[[Ribuan warga Kabupaten Bekasi|rw]] terpaksa mengungsi setelah banjir setinggi dua meter merendam 11 kecamatan akibat jebolnya tanggul Sungai Citarum, Senin malam. Sebagian dari [[mereka|mer]] dievakuasi oleh [[personel Basarnas|pb]] dan [[relawan PMI|pmi]] menggunakan perahu karet karena akses jalan tertutup air. [[Menteri Sosial Saifullah Yusuf|gus]] yang meninjau lokasi menyatakan [[kementeriannya|kem]] telah mendirikan dapur umum yang mampu menyediakan 10.000 porsi per hari bagi [[para pengungsi|ppg]]. [[Bupati Bekasi Ade Kuswara Kunang|akk]] menuding [[Pemerintah Provinsi Jawa Barat|ppj]] lamban memperbaiki tanggul yang sudah retak sejak tahun lalu, tuduhan yang dibantah oleh [[Gubernur Jawa Barat Dedi Mulyadi|dm]]. Menurut [[mantan anggota DPR itu|mad]], [[pemprov|pem]] sudah menganggarkan Rp 40 miliar untuk perbaikan tanggul tahun ini.",
  rw=U("generic_group", "IDN", "CVL", None, "warga"), mer=A("rw"), pb=R("idn-basarnas"), pmi=R("idn-pmi", None, "aktivis"),
  gus=U("person", "IDN", "GOV", "PER", "Menteri Sosial"), kem=A("gus", aid="idn-kemensos"), ppg=A("mer"),
  akk=U("person", "IDN", "GOV", "PER", "Bupati"), ppj=U("state_organ", "IDN", "GOV", "ORG"), dm=U("person", "IDN", "GOV", "PER", "Gubernur"),
  mad=A("dm"), pem=A("ppj"))

# 42 Semeru eruption: residents refuse to leave
D("[[Pusat Vulkanologi dan Mitigasi Bencana Geologi|pvmbg]] menaikkan status Gunung Semeru ke level tertinggi setelah awan panas guguran meluncur sejauh tujuh kilometer ke arah Besuk Kobokan, Rabu sore. [[Kepala PVMBG Hadi Wijaya|hw]] meminta [[warga|w]] di tiga desa segera mengosongkan rumah [[mereka|mer]], namun [[sebagian penduduk|sp]] memilih bertahan untuk menjaga ternak. [[Dandim 0821/Lumajang Letkol Inf Wisnu Kurniawan|wk]] mengatakan [[prajuritnya|pr]] bersama [[polisi|pol]] terpaksa membujuk [[mereka|mer2]] satu per satu agar mau dievakuasi. [[Pemkab Lumajang|pl]] menyatakan [[pihaknya|p]] telah menyiapkan 12 titik pengungsian lengkap dengan dapur umum.",
  pvmbg=U("state_organ", "IDN", "GOV", "ORG"), hw=U("person", "IDN", "GOV", "PER", "Ketua"), w=U("generic_group", "IDN", "CVL", None, "warga"),
  mer=A("w"), sp=U("generic_group", "IDN", "CVL", None, "warga"), wk=U("person", "IDN", "MIL", "PER", "Dandim"),
  pr=A("wk", aid="idn-tni-ad"), pol=R("idn-polri", None, "polisi"), mer2=A("sp"), pl=U("state_organ", "IDN", "GOV", "ORG"), p=A("pl"))

# 43 ICRC: hostages and prisoners exchanged
D("[[Komite Internasional Palang Merah|icrc]] memfasilitasi pemulangan [[20 sandera Israel|si]] yang masih hidup dari Gaza, sementara [[Israel|isr]] membebaskan [[hampir 2.000 tahanan Palestina|tp]] dari penjara-penjara[[nya|nya]]. Dalam pernyataan[[nya|nya2]], [[organisasi kemanusiaan yang berbasis di Jenewa itu|okj]] mengatakan [[timnya|tim]] memastikan [[seluruh sandera|ss]] dalam kondisi stabil sebelum diserahkan kepada [[militer Israel|mi]]. [[Hamas|ham]] menyebut pembebasan [[para tahanan|pt]] sebagai kemenangan [[rakyat Palestina|rp]], sementara [[Perdana Menteri Benjamin Netanyahu|bn]] menyambut kepulangan [[para sandera|ps]] dan menegaskan perang belum berakhir.",
  icrc=R("icrc", "ORG"), si=R("isr", None, "sandera", s="CVL"), isr=R("isr", "LOC"), tp=R("pse", None, "tahanan", s="CVL"),
  nya=A("isr"), nya2=A("icrc"), okj=A("nya2"), tim=A("okj"), ss=A("si"), mi=R("isr-idf", "ORG"), ham=R("hamas", "ORG"),
  pt=A("tp"), rp=R("pse", None, "warga", s="CVL"), bn=R("isr-benjamin-netanyahu", "PER", "Perdana Menteri"), ps=A("ss"))

# 44 Footwear factory lays off workers after US tariffs
D("[[PT Sinar Jaya Footwear|sjf]], produsen sepatu untuk sejumlah merek global, mengumumkan pemutusan hubungan kerja terhadap [[sekitar 2.400 karyawan|kar]] di pabrik[[nya|nya]] di Brebes, Jawa Tengah. [[Manajemen perusahaan itu|pi]] beralasan pesanan dari Amerika Serikat anjlok hampir separuh sejak tarif impor baru diberlakukan oleh [[pemerintahan Trump|pt]]. [[Ketua Serikat Pekerja Nasional setempat, Sutrisno|sut]], mengatakan [[para pekerja|pp]] baru menerima pemberitahuan dua hari sebelum PHK, dan [[mereka|mer]] menuntut pesangon dibayarkan penuh. [[Kementerian Ketenagakerjaan|kem]] menyatakan akan memanggil [[manajemen|man]] untuk memastikan hak-hak [[buruh|bur]] dipenuhi sesuai ketentuan.",
  sjf=U("business", "IDN", "BUS", "ORG"), kar=U("generic_group", "IDN", "CVL", None, "buruh"), nya=A("sjf"), pi=A("nya"),
  pt=R("usa", "ORG"), sut=U("person", "IDN", "CVL", "PER", "Ketua"), pp=A("kar"), mer=A("pp"), kem=R("idn-kemnaker", "ORG"),
  man=A("pi"), bur=A("mer"))

# 45 OJK revokes an online lender's licence
D("[[Otoritas Jasa Keuangan|ojk]] mencabut izin usaha [[PT Dana Kilat Nusantara|dkn]], sebuah perusahaan pinjaman daring yang terbukti menagih utang dengan cara mengancam dan menyebarkan data pribadi [[nasabah|nsb]][[nya|nya]]. [[Kepala Eksekutif Pengawas Lembaga Pembiayaan OJK Agusman|ag]] mengatakan [[regulator itu|ri]] menerima lebih dari 1.200 pengaduan terkait [[perusahaan tersebut|pt]] sepanjang tahun ini. [[Ia|ia]] menambahkan bahwa [[pihaknya|p]] juga telah melaporkan [[para penagih utang|ppu]] yang dipekerjakan [[perusahaan itu|pi]] ke [[Bareskrim Polri|bar]]. [[Asosiasi Fintech Pendanaan Bersama Indonesia|afpi]] menyatakan mendukung langkah tegas tersebut demi menjaga kepercayaan [[masyarakat|mas]] terhadap industri.",
  ojk=R("idn-ojk", "ORG"), dkn=U("business", "IDN", "BUS", "ORG"), nsb=U("generic_group", "IDN", "CVL", None, None), nya=A("dkn"),
  ag=U("person", "IDN", "GOV", "PER", "Ketua"), ri=A("ag", aid="idn-ojk"), pt=A("nya"), ia=A("ag"), p=A("ia", aid="idn-ojk"),
  ppu=U("generic_group", "IDN", "BUS", None, None), pi=A("pt"), bar=R("idn-bareskrim", "ORG"), afpi=U("business", "IDN", "BUS", "ORG"),
  mas=U("generic_group", "IDN", "CVL", None, "warga"))

# 46 A journalist beaten in Jayapura
D("[[Seorang jurnalis Jubi|jj]] dipukuli oleh [[sekelompok orang tak dikenal|otk]] saat meliput aksi damai [[Komite Nasional Papua Barat|knpb]] di Abepura, Jayapura, Kamis siang. [[Pemimpin Redaksi Jubi, Jean Bisay|jb]], mengatakan kamera dan telepon genggam milik [[korban|kor]] dirampas, dan [[ia|ia]] menduga [[para pelaku|pp]] sengaja menargetkan [[media tersebut|mt]] karena pemberitaan[[nya|nya]] soal pelanggaran HAM. [[AJI Jayapura|aji]] mendesak [[Polresta Jayapura Kota|pjk]] segera menangkap [[para penyerang|ppe]], sementara [[polisi|pol]] menyatakan telah memeriksa [[tiga saksi|ts]].",
  jj=U("person", "IDN", "JRN", None, "wartawan"), otk=U("generic_group", "IDN", None, None, "kelompok bersenjata"),
  knpb=R("idn-knpb", "ORG"), jb=U("person", "IDN", "JRN", "PER", "pemimpin"), kor=A("jj"), ia=A("jb"), pp=A("otk"),
  mt=A("jb", aid="idn-jubi"), nya=A("mt"), aji=R("idn-aji", "ORG"), pjk=U("police", "IDN", "COP", "ORG"), ppe=A("pp"),
  pol=R("idn-polri", None, "polisi"), ts=U("generic_group", "IDN", None, None, "tersangka"))

# 47 Forest fires: concessions sealed, haze reaches Sarawak
D("[[Kementerian Lingkungan Hidup|klh]] menyegel lahan konsesi milik [[tujuh perusahaan perkebunan sawit|tps]] di Kalimantan Barat yang terbakar dalam dua pekan terakhir. [[Menteri Lingkungan Hidup Hanif Faisol Nurofiq|hf]] mengatakan [[perusahaan-perusahaan itu|ppi]] terancam sanksi pencabutan izin jika terbukti lalai, dan [[ia|ia]] tidak akan ragu menggugat [[mereka|mer]] secara perdata. [[Walhi Kalimantan Barat|wal]] menilai langkah itu terlambat, sebab titik api di konsesi [[korporasi|kor]] sudah terpantau sejak Juli. Sementara itu, [[Kementerian Sumber Daya Alam dan Kelestarian Lingkungan Malaysia|kmy]] meminta [[Jakarta|jkt]] bertindak cepat karena kabut asap mulai menyelimuti Sarawak.",
  klh=R("idn-klh", "ORG"), tps=U("generic_group", "IDN", "BUS", None, None), hf=U("person", "IDN", "GOV", "PER", "Menteri Lingkungan Hidup"),
  ppi=A("tps"), ia=A("hf"), mer=A("ppi"), wal=R("idn-walhi", "ORG"), kor=A("mer"), kmy=U("state_organ", "MYS", "GOV", "ORG"),
  jkt=R("idn", "LOC"))

# 48 A migrant worker dies in Riyadh (passive agent with -nya)
D("[[Seorang pekerja migran Indonesia asal Indramayu|pmi]] meninggal dunia di Riyadh setelah diduga dianiaya oleh [[majikan|maj]][[nya|nya]] selama berbulan-bulan. [[Kementerian Pelindungan Pekerja Migran Indonesia|kp2]] menyatakan [[pihaknya|p]] telah meminta [[KBRI Riyadh|kbri]] mendampingi [[keluarga korban|kk]] dalam proses hukum terhadap [[sang majikan|sm]], yang kini ditahan [[kepolisian Saudi|ks]]. Menurut [[Direktur Pelindungan WNI Kemlu Judha Nugraha|jn]], [[almarhumah|alm]] berangkat secara tidak resmi pada 2022 sehingga data[[nya|nya2]] tidak tercatat di sistem [[pemerintah|pem]]. [[Keluarga|kel]] berharap jenazah [[perempuan berusia 29 tahun itu|pbt]] dapat dipulangkan ke Indramayu pekan depan.",
  pmi=U("person", "IDN", "CVL", None, "pekerja migran"), maj=U("person", "SAU", "CVL", None, None), nya=A("pmi"),
  kp2=R("idn-kp2mi", "ORG"), p=A("kp2"), kbri=R("idn", "ORG"), kk=U("generic_group", "IDN", "CVL", None, None), sm=A("maj"),
  ks=R("sau", "ORG", s="COP"), jn=U("person", "IDN", "GOV", "PER", "Ketua"), alm=A("nya"), nya2=A("alm"), pem=R("idn"), kel=A("kk"), pbt=A("nya2"))

# 49 Natuna: Vietnamese boats seized
D("[[Kementerian Kelautan dan Perikanan|kkp]] menangkap dua kapal ikan berbendera Vietnam beserta [[23 anak buah kapal|abk]] yang kedapatan mencuri ikan di Laut Natuna Utara, Sabtu. [[Direktur Jenderal PSDKP KKP Pung Nugroho Saksono|pns]] mengatakan [[para awak|pa]] kini ditahan di Batam, sementara [[kapten kapal|kk]] akan diproses hukum karena [[ia|ia]] diduga menjadi pengendali operasi ilegal tersebut. [[Kementerian itu|ki]] juga mengapresiasi [[nelayan Natuna|nn]] yang melaporkan keberadaan kapal-kapal asing melalui aplikasi pengaduan. [[Kedutaan Besar Vietnam|kbv]] telah meminta akses kekonsuleran untuk menemui [[warga negaranya|wn]].",
  kkp=R("idn-kkp", "ORG"), abk=U("generic_group", "VNM", "CVL", None, None), pns=U("person", "IDN", "GOV", "PER", "Ketua"),
  pa=A("abk"), kk=U("person", "VNM", "CVL", None, None), ia=A("kk"), ki=A("kkp"), nn=U("generic_group", "IDN", "CVL", None, "nelayan"),
  kbv=R("vnm", "ORG"), wn=A("pa"))

# 50 Free school meals: mass food poisoning
D("[[Ratusan siswa|rs]] di Kabupaten Bandung Barat dilarikan ke puskesmas setelah mengalami mual dan muntah usai menyantap menu program Makan Bergizi Gratis di sekolah [[mereka|mer]], Senin. [[Badan Gizi Nasional|bgn]] menghentikan sementara operasional dapur yang memasak makanan itu, sementara [[Dinas Kesehatan Jawa Barat|dkj]] memeriksa sampel menu di laboratorium. [[Kepala BGN Dadan Hindayana|dh]] meminta maaf kepada [[para orang tua|pot]] dan menegaskan [[badan yang dipimpinnya|byd]] akan menanggung seluruh biaya pengobatan [[para korban|pk]]. [[Ia|ia]] juga mengakui bahwa [[mitra pengelola dapur|mpd]] belum memiliki sertifikat laik higiene sanitasi, dan berjanji mengevaluasi kontrak [[mereka|mer2]]. [[Komisi IX DPR|k9]] berencana memanggil [[badan tersebut|bt]] pekan depan.",
  rs=U("generic_group", "IDN", "EDU", None, "pelajar"), mer=A("rs"), bgn=R("idn-bgn", "ORG"), dkj=U("state_organ", "IDN", "GOV", "ORG"),
  dh=U("person", "IDN", "GOV", "PER", "Ketua"), pot=U("generic_group", "IDN", "CVL", None, None), byd=A("dh", aid="idn-bgn"),
  pk=A("mer"), ia=A("dh"), mpd=U("generic_group", "IDN", "BUS", None, None), mer2=A("mpd"), k9=R("idn-dpr", "ORG"), bt=A("byd"))

# 51 Honorary teachers demand civil-servant status
D("[[Ribuan guru honorer|rgh]] dari 27 provinsi menggelar aksi di Jakarta, menuntut [[Kementerian Pendidikan Dasar dan Menengah|kem]] mengangkat [[mereka|mer]] menjadi aparatur sipil negara tanpa tes. [[Ketua Umum PGRI Unifah Rosyidi|ur]] mengatakan [[para guru|pg]] telah mengabdi belasan tahun dengan gaji di bawah Rp 500.000 per bulan, sehingga [[organisasinya|org]] mendesak [[pemerintah|pem]] segera bertindak. [[Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti|am]] menemui [[perwakilan massa|pm]] dan menyatakan [[kementeriannya|kmn]] sedang menyusun skema afirmasi bersama [[Kementerian PAN-RB|panrb]]. Namun, [[Sekretaris Umum PP Muhammadiyah itu|spm]] mengingatkan bahwa pengangkatan tanpa seleksi bertentangan dengan undang-undang.",
  rgh=U("generic_group", "IDN", "EDU", None, "guru"), kem=R("idn-kemendikdasmen", "ORG"), mer=A("rgh"),
  ur=U("person", "IDN", "EDU", "PER", "Ketua Umum"), pg=A("mer"), org=A("ur", aid="idn-pgri"), pem=R("idn"),
  am=U("person", "IDN", "GOV", "PER", "Menteri Pendidikan Dasar dan Menengah"), pm=U("generic_group", "IDN", "EDU", None, None),
  kmn=A("am", aid="idn-kemendikdasmen"), panrb=R("idn-kemenpanrb", "ORG"), spm=A("am"))

# 52 MUI fatwa on products linked to Israel
D("[[Majelis Ulama Indonesia|mui]] menerbitkan fatwa yang mengharamkan dukungan terhadap produk yang terafiliasi dengan [[Israel|isr]], menyusul serangan [[negara itu|ni]] yang terus berlanjut di Gaza. [[Ketua MUI Bidang Fatwa Asrorun Niam Sholeh|ans]] mengatakan [[lembaganya|lem]] ingin memberikan panduan kepada [[umat Islam|ui]] agar tidak secara tidak langsung membiayai agresi [[Negeri Zionis|nz]]. [[Sejumlah pengusaha waralaba|spw]] mengeluhkan penurunan penjualan hingga 40 persen dan meminta [[MUI|mui2]] merilis daftar resmi agar [[konsumen|kon]] tidak salah sasaran. [[Niam|n2]] menolak permintaan itu. Menurut [[beliau|bel]], [[pihaknya|p]] tidak pernah mengeluarkan daftar produk yang diboikot.",
  mui=R("idn-mui", "ORG"), isr=R("isr", "LOC"), ni=A("isr"), ans=U("person", "IDN", "REL", "PER", "Ketua"),
  lem=A("ans", aid="idn-mui"), ui=U("generic_group", "IDN", "REL", None, "santri"), nz=R("isr", "LOC"),
  spw=U("generic_group", "IDN", "BUS", None, "pengusaha"), mui2=R("idn-mui", "ORG"), kon=U("generic_group", "IDN", "CVL", None, None),
  n2=U("person", "IDN", "REL", "PER", same="ans"), bel=A("n2"), p=A("bel", aid="idn-mui"))
