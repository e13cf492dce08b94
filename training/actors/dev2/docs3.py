from lib import *

# 29 ojol demo
D("[[Ratusan pengemudi ojek online|ojol]] memadati kawasan Medan Merdeka Barat untuk memprotes potongan komisi [[aplikator|apl]] yang mencapai 20 persen. [[Ketua Umum Garda Indonesia, Raden Igun Wicaksono|igun]], menyebut [[organisasinya|org]] meminta [[Kementerian Perhubungan|hub]] menurunkan batas potongan menjadi 10 persen. [[Para pengemudi itu|ppi]] juga mengancam mematikan aplikasi secara serentak. [[PT GoTo Gojek Tokopedia|goto]] menyatakan menghormati aspirasi [[mitranya|mit]].",
  ojol=U("generic_group", "IDN", "CVL", None, "pengemudi ojek"), apl=U("generic_group", "IDN", "BUS", None, None), igun=U("person", "IDN", "CVL", "PER", "Ketua Umum"),
  org=A("igun", aid="idn-ojol-garda"), hub=R("idn-kemenhub", "ORG"), ppi=A("ojol"),
  goto=U("business", "IDN", "BUS", "ORG"), mit=A("ppi"))

# 30 Pemprov & Kapolda
D("[[Gubernur Jawa Barat Dedi Mulyadi|dm]] meminta [[Polda Jabar|pj]] menindak tegas praktik pungutan liar di kawasan wisata Puncak. [[Kapolda Jabar Irjen Rudi Setiawan|rs]] menyanggupi permintaan tersebut dan memerintahkan [[jajarannya|jaj]] membentuk tim khusus. [[Ia|ia]] mengatakan [[oknum petugas|ok]] yang terlibat akan diproses secara pidana. Sementara itu, [[Pemprov Jabar|pem]] akan menertibkan parkir liar bersama [[Satpol PP Kabupaten Bogor|sat]].",
  dm=U("person", "IDN", "GOV", "PER", "Gubernur"), pj=R("idn-polda-jabar", "ORG"), rs=U("person", "IDN", "COP", "PER", "Kapolda"),
  jaj=A("pj"), ia=A("rs"), ok=U("person", "IDN", "COP", None, "polisi"),
  pem=U("state_organ", "IDN", "GOV", "ORG"), sat=U("state_organ", "IDN", "GOV", "ORG"))

# 31 Bupati
D("[[Bupati Sleman Harda Kiswaya|hk]] mencopot [[seorang kepala dinas|kd]] yang terbukti menyalahgunakan anggaran perjalanan dinas. Keputusan itu diambil setelah [[Inspektorat Kabupaten Sleman|ins]] menyerahkan hasil audit kepada [[bupati|bup]]. [[Kepala dinas tersebut|kdt]] mengaku akan mengembalikan kerugian daerah. [[DPRD Sleman|dprd]] mendukung langkah [[Pemkab Sleman|pem]] dan meminta audit diperluas.",
  hk=U("person", "IDN", "GOV", "PER", "Bupati"), kd=U("person", "IDN", "GOV", None, "Ketua"),
  ins=U("state_organ", "IDN", "GOV", "ORG"), bup=A("hk"), kdt=A("kd"), dprd=U("state_organ", "IDN", "LEG", "ORG"),
  pem=U("state_organ", "IDN", "GOV", "ORG"))

# 32 disaster flood
D("Banjir bandang menerjang tiga kecamatan di Kabupaten Agam, Sumatera Barat, Jumat malam. [[BPBD Agam|bpbd]] mencatat 11 orang meninggal dunia dan lima lainnya masih dinyatakan hilang. [[Kepala Pelaksana BPBD Agam, Rahmat Lasmono|rl]], mengatakan [[timnya|tim]] bersama [[Basarnas|bas]] terus melakukan pencarian. [[BNPB|bnpb]] mengirimkan bantuan logistik dan dua unit helikopter.",
  bpbd=U("state_organ", "IDN", "GOV", "ORG"), 
  rl=U("person", "IDN", "GOV", "PER", "Kepala BNPB"), tim=A("bpbd"), bas=R("idn-basarnas", "ORG"), bnpb=R("idn-bnpb", "ORG"))

# 33 earthquake
D("Gempa bermagnitudo 6,2 mengguncang Kabupaten Cianjur, Senin siang. [[BMKG|bmkg]] menyatakan gempa tersebut tidak berpotensi tsunami. [[Kepala BNPB Letjen TNI Suharyanto|suh]] langsung meninjau lokasi dan memastikan [[pihaknya|p]] menyiapkan dana siap pakai untuk [[para korban|kor]]. [[Ribuan pengungsi|pen]] kini bertahan di tenda darurat yang didirikan [[Kodim Cianjur|kod]] dan [[relawan PMI|pmi]].",
  bmkg=R("idn-bmkg", "ORG"), suh=U("person", "IDN", "GOV", "PER", "Kepala BNPB"), p=A("suh", aid="idn-bnpb"),
  kor=U("generic_group", "IDN", None, None, "korban"), pen=U("generic_group", "IDN", "CVL", None, "pengungsi"),
  kod=U("armed_force", "IDN", "MIL", "ORG"), pmi=R("idn-pmi", None, "aktivis"))

# 34 forest fire
D("[[Satgas Karhutla Riau|sat]] memadamkan kebakaran lahan gambut seluas 120 hektare di Kabupaten Pelalawan. [[Polda Riau|pr]] menetapkan [[PT Sawit Makmur Abadi|psm]] sebagai tersangka korporasi karena lahan konsesi [[perusahaan itu|pi]] terus terbakar setiap tahun. [[Walhi Riau|wal]] menilai langkah [[polisi|pol]] sudah tepat, namun meminta izin [[korporasi tersebut|kt]] dicabut.",
  sat=U("state_organ", "IDN", "GOV", "ORG"), pr=R("idn-polda-riau", "ORG"), psm=U("business", "IDN", "BUS", "ORG"),
  pi=A("psm"), wal=R("idn-walhi", "ORG"), pol=R("idn-polri", None, "polisi"), kt=A("pi"))

# 35 diplomacy Iran
D("[[Menteri Luar Negeri Iran Abbas Araghchi|ar]] melakukan kunjungan kerja ke Jakarta dan bertemu [[Menlu Sugiono|sug]] di Gedung Pancasila. Dalam pertemuan itu, [[Araghchi|ar2]] meminta dukungan [[Indonesia|idn]] atas program nuklir sipil [[negaranya|neg]]. [[Sugiono|sug2]] menegaskan [[Jakarta|jkt]] mendorong penyelesaian damai melalui [[Badan Tenaga Atom Internasional|iaea]].",
  ar=R("irn-abbas-araghchi", "PER", "Menteri Luar Negeri"), sug=R("idn-sugiono", "PER", "Menteri Luar Negeri"),
  ar2=R("irn-abbas-araghchi", "PER"), idn=R("idn", "LOC"), neg=A("ar", aid="irn"), sug2=R("idn-sugiono", "PER"),
  jkt=R("idn", "LOC"), iaea=R("un-iaea", "ORG"))

# 36 KBRI Malaysia migrant workers
D("[[KBRI Kuala Lumpur|kbri]] memastikan pendampingan hukum bagi [[27 pekerja migran Indonesia|pmi]] yang ditangkap [[polisi Malaysia|pdrm]] dalam razia di Selangor. [[Duta Besar RI untuk Malaysia, Hermono|her]], mengatakan sebagian besar [[mereka|mer]] tidak memiliki dokumen kerja yang sah. [[Kementerian P2MI|kp]] meminta [[Putrajaya|put]] memperlakukan [[para pekerja itu|ppi]] secara manusiawi.",
  kbri=R("idn", "ORG"), pmi=U("generic_group", "IDN", "CVL", None, "pekerja migran"), pdrm=R("mys-pdrm", "ORG"),
  her=U("person", "IDN", "GOV", "PER", "Duta Besar"), mer=A("pmi"), kp=R("idn-kp2mi", "ORG"), put=R("mys", "LOC"), ppi=A("mer"))

# 37 ambassador Palestine
D("[[Duta Besar Palestina untuk Indonesia, Abdalfatah Alsattari|as]], menyampaikan terima kasih atas bantuan kemanusiaan yang dikirim [[pemerintah Indonesia|gov]] ke Gaza. [[Ia|ia]] menyebut [[warga Gaza|wg]] kini menghadapi ancaman kelaparan akibat blokade [[Israel|isr]]. Bantuan tersebut disalurkan melalui [[Badan Amil Zakat Nasional|baz]] bekerja sama dengan [[Bulan Sabit Merah Mesir|bsm]].",
  **{"as": U("person", "PSE", "GOV", "PER", "Duta Besar")}, gov=R("idn", "ORG"), ia=A("as"),
  wg=U("generic_group", "PSE", "CVL", None, "warga"), isr=R("isr", "LOC"), baz=R("idn-baznas", "ORG"), bsm=U("ngo", "EGY", "MED", "ORG"))

# 38 BUMN
D("[[PT Pertamina (Persero)|per]] menaikkan harga bahan bakar nonsubsidi mulai 1 Desember. [[Corporate Secretary Pertamina Patra Niaga, Heppy Wulansari|hw]], mengatakan penyesuaian itu mengikuti tren harga minyak dunia. Menurut [[dia|dia]], harga Pertalite tidak mengalami perubahan. [[Menteri BUMN Erick Thohir|et]] meminta [[perusahaan pelat merah itu|ppm]] menjaga pasokan menjelang libur akhir tahun.",
  per=U("business", "IDN", "BUS", "ORG"), hw=U("person", "IDN", "BUS", "PER", None), dia=A("hw"),
  et=U("person", "IDN", "GOV", "PER", "Menteri BUMN"), ppm=A("per"))

# 39 business layoffs
D("[[PT Sritex Tekstil Nusantara|sri]] resmi menghentikan operasional pabrik[[nya|pn]] di Sukoharjo setelah dinyatakan pailit. Akibatnya, [[sekitar 10.000 karyawan|kar]] kehilangan pekerjaan. [[Serikat Buruh Sritex Bersatu|sp]] menuntut [[perusahaan tersebut|pt]] membayar pesangon secara penuh. [[Menaker Yassierli|yas]] berjanji memastikan hak-hak [[para pekerja|pp]] terpenuhi.",
  sri=U("business", "IDN", "BUS", "ORG"), kar=U("generic_group", "IDN", "CVL", None, "buruh"),
  pn=A("sri"), pt=A("pn"), sp=U("ngo", "IDN", "CVL", "ORG"), yas=U("person", "IDN", "GOV", "PER", "Menteri Ketenagakerjaan"), pp=A("kar"))

# 40 West Bank
D("[[Sekelompok pemukim Yahudi|pem]] menyerang desa Turmus Ayya di Tepi Barat dan membakar sejumlah rumah serta kendaraan. [[Kementerian Kesehatan Palestina|kes]] melaporkan [[seorang warga Palestina berusia 19 tahun|wp]] tewas tertembak. Menurut laporan [[WAFA|wafa]], [[tentara Israel|idf]] berada di lokasi namun tidak menghentikan [[para penyerang|pp]]. [[Otoritas Palestina|pa]] menuntut [[Dewan Keamanan PBB|mi]] menjatuhkan sanksi kepada [[para pemukim tersebut|ppt]].",
  pem=U("generic_group", "ISR", "CVL", None, "pemukim"), kes=R("pse", "ORG"), wp=U("person", "PSE", "CVL", None, "warga"),
  wafa=R("wafa", "ORG"), idf=R("isr-idf", "ORG"), pp=A("pem"), pa=R("pse-pa", "ORG"), mi=R("un-sc", "ORG"), ppt=A("pp"))

# 41 Syria
D("[[Presiden Suriah Ahmed al-Sharaa|sh]] menerima kunjungan [[Menteri Luar Negeri Turki Hakan Fidan|hf]] di Damaskus. Keduanya membahas integrasi [[Pasukan Demokratik Suriah (SDF)|sdf]] ke dalam tentara nasional. [[Ankara|ank]] selama ini menganggap [[kelompok yang dipimpin milisi Kurdi itu|kel]] sebagai perpanjangan [[PKK|pkk]].",
  sh=R("syr-ahmed-al-sharaa", "PER", "Presiden"), hf=U("person", "TUR", "GOV", "PER", "Menteri Luar Negeri"),
  sdf=R("sdf", "ORG"), ank=R("tur", "LOC"), kel=A("sdf"), pkk=R("pkk", "ORG"))

# 42 Iran Israel
D("[[Garda Revolusi Iran|irgc]] meluncurkan puluhan rudal balistik ke arah Israel sebagai balasan atas serangan ke fasilitas nuklir Natanz. [[Kantor berita Tasnim|tas]] melaporkan [[korps elite itu|ke]] menargetkan sejumlah pangkalan udara. [[Menteri Pertahanan Israel, Israel Katz|ik]] bersumpah [[Teheran|teh]] akan membayar mahal. [[Sekjen PBB Antonio Guterres|gut]] menyerukan kedua negara menahan diri.",
  irgc=R("irn-irgc", "ORG"), tas=R("tasnim", "ORG"), ke=A("irgc"), ik=R("isr-israel-katz", "PER", "Menteri Pertahanan"),
  teh=R("irn", "LOC"), gut=R("antonio-guterres", "PER", "Sekretaris Jenderal"))

# 43 Papua hostage / Susi Air style
D("[[TPNPB-OPM|tp]] merilis video yang memperlihatkan [[seorang pilot asal Selandia Baru|pil]] yang [[mereka|mr]] sandera di Kabupaten Nduga. [[Juru bicara TPNPB, Sebby Sambom|ss]], mengatakan [[kelompoknya|k]] hanya akan membebaskan [[sandera tersebut|st]] jika [[pemerintah Indonesia|gov]] membuka dialog. [[Panglima TNI Jenderal Agus Subiyanto|ags]] menegaskan [[pasukannya|pas]] tetap mengedepankan pendekatan persuasif.",
  tp=R("kkb-tpnpb-opm", "ORG"), pil=U("person", "NZL", "CVL", None, None), ss=U("person", "IDN", "REB", "PER", "juru bicara"),
  mr=A("tp"), k=A("mr"), st=A("pil"), gov=R("idn", "ORG"), ags=R("idn-agus-subiyanto", "PER", "Panglima TNI"), pas=A("ags", aid="idn-tni"))

# 44 Poso MIT
D("[[Satgas Madago Raya|sat]] menembak mati [[seorang anggota Mujahidin Indonesia Timur (MIT)|mit1]] dalam kontak tembak di pegunungan Parigi Moutong. [[Kapolda Sulteng Irjen Agus Nugroho|an]] mengatakan [[pelaku|pel]] merupakan daftar pencarian orang sejak 2021. Dengan tewasnya [[buronan tersebut|dia]], [[kelompok teror itu|kti]] kini diperkirakan hanya menyisakan [[satu anggota|sa]]. [[Warga Desa Kilo|wdk]] diminta segera melapor jika melihat orang mencurigakan.",
  sat=U("police", "IDN", "COP", "ORG"), mit1=U("person", "IDN", "REB", None, "anggota"),
  an=U("person", "IDN", "COP", "PER", "Kapolda"), pel=A("mit1"), dia=A("pel"), kti=A("mit1", aid="mit"),
  sa=U("person", "IDN", "REB", None, "anggota"), wdk=U("generic_group", "IDN", "CVL", None, "warga"))

# 45 DPR hearing Kapolri
D("[[Komisi III DPR|k3]] menggelar rapat dengar pendapat dengan [[Kapolri Jenderal Listyo Sigit Prabowo|lsp]] terkait penanganan kasus penembakan [[seorang siswa SMK|sis]] di Semarang. [[Sejumlah anggota dewan|sad]] mencecar [[Kapolri|kap]] soal lambannya proses etik terhadap [[anggota Polrestabes Semarang|anp]] yang menjadi pelaku. [[Listyo|lis]] berjanji [[institusinya|ins]] akan menjatuhkan sanksi pemecatan. [[Kompolnas|kom]] menyatakan akan mengawasi proses tersebut.",
  k3=R("idn-dpr", "ORG"), lsp=R("idn-listyo-sigit-prabowo", "PER", "Kapolri"), sis=U("person", "IDN", "EDU", None, "pelajar"), sad=R("idn-dpr", None, "anggota DPR"),
  kap=A("lsp"), anp=U("person", "IDN", "COP", None, "anggota"), lis=R("idn-listyo-sigit-prabowo", "PER"),
  ins=A("lsp", aid="idn-polri"), kom=R("idn-kompolnas", "ORG"))

# 46 farmers agrarian conflict
D("[[Puluhan petani|pet]] dari Desa Sukamulya menduduki kantor [[ATR/BPN Kabupaten Majalengka|bpn]] untuk menuntut penyelesaian sengketa lahan dengan [[PT Agro Lestari Sejahtera|als]]. [[Mereka|mer]] menuding [[perusahaan perkebunan itu|ppi]] menyerobot 300 hektare tanah garapan. [[Konsorsium Pembaruan Agraria|kpa]] mendesak [[aparat|apa]] tidak melakukan kriminalisasi terhadap [[para petani|pp]].",
  pet=U("generic_group", "IDN", "CVL", None, "petani"), bpn=U("state_organ", "IDN", "GOV", "ORG"), als=U("business", "IDN", "BUS", "ORG"),
  mer=A("pet"), ppi=A("als"), kpa=R("idn-kpa", "ORG"), apa=R("idn-polri", None, "polisi"), pp=A("mer"))

# 47 press freedom
D("[[Aliansi Jurnalis Independen (AJI)|aji]] mengecam intimidasi terhadap [[seorang jurnalis Tempo|jt]] yang meliput unjuk rasa di Makassar. Menurut [[organisasi profesi itu|opi]], [[sejumlah oknum polisi|op]] merampas kamera dan menghapus rekaman milik [[korban|kor]]. [[Polrestabes Makassar|pol]] menyatakan [[pihaknya|p]] sedang memeriksa [[para anggota yang terlibat|pat]].",
  aji=R("idn-aji", "ORG"), jt=U("person", "IDN", "JRN", None, "wartawan"), opi=A("aji"),
  op=R("idn-polri", None, "polisi"), kor=A("jt"), pol=U("police", "IDN", "COP", "ORG"), p=A("pol"),
  pat=A("op"))

# 48 Kejari corruption village funds
D("[[Kejaksaan Negeri Lombok Timur|kej]] menahan [[seorang kepala desa berinisial MS (45)|ms]] atas dugaan penyelewengan dana desa senilai Rp 1,3 miliar. [[Kepala Seksi Intelijen Kejari Lombok Timur, Ugik Ramantyo|ur]], menjelaskan [[tersangka|ts]] menggunakan dana tersebut untuk kepentingan pribadi. Penahanan dilakukan setelah [[penyidik|pen]] mengantongi keterangan [[puluhan saksi|sak]]. [[Warga desa|wd]] menyambut baik langkah [[korps kejaksaan itu|kk]].",
  kej=U("state_organ", "IDN", "JUD", "ORG"), ms=U("person", "IDN", "GOV", "PER", "Kepala Desa"),
  ur=U("person", "IDN", "JUD", "PER", "Ketua"), ts=A("ms"), pen=U("person", "IDN", "JUD", None, "penyidik"),
  sak=U("generic_group", "IDN", None, None, "tersangka"), wd=U("generic_group", "IDN", "CVL", None, "warga"), kk=A("kej"))

# 49 Prabowo - Anwar / Malaysia
D("[[Presiden Prabowo Subianto|pra]] dan [[Perdana Menteri Anwar Ibrahim|anw]] menyaksikan penandatanganan nota kesepahaman pengembangan bersama Blok Ambalat di Putrajaya. [[Anwar|anw2]] mengatakan kedua pemerintah sepakat mengedepankan kerja sama ekonomi ketimbang sengketa. Namun, [[sejumlah anggota parlemen Malaysia|apm]] mengkritik langkah [[Kuala Lumpur|kl]] karena dianggap merugikan kedaulatan Sabah. [[Istana|ist]] menyatakan [[Kepala Negara|kn]] menghormati dinamika politik di negeri jiran.",
  pra=R("idn-prabowo-subianto", "PER", "Presiden"), anw=R("mys-anwar-ibrahim", "PER", "Perdana Menteri"),
  anw2=R("mys-anwar-ibrahim", "PER"), apm=R("mys", None, "senator", s="LEG"), kl=R("mys", "LOC"),
  ist=R("idn-presidency", "ORG"), kn=A("pra"))

# 50 ISIS Iraq / ICC
D("[[Pasukan keamanan Irak|isf]] menggagalkan rencana serangan bom bunuh diri di Kirkuk dan menangkap [[empat militan ISIS|mil]]. [[Kementerian Dalam Negeri Irak|kdi]] menyebut [[para tersangka|pt]] menyusup dari Suriah melalui jalur gurun. Meski telah kehilangan wilayah[[nya|wn]] sejak 2017, [[kelompok ekstremis itu|kei]] masih memiliki sel-sel tidur di utara negara itu. [[Koalisi internasional pimpinan AS|kia]] menyatakan siap membantu [[Baghdad|bag]].",
  isf=R("irq-isf", "ORG"), mil=R("isis", None, "militan"), kdi=R("irq", "ORG"), pt=A("mil"),
  wn=A("pt"), kei=A("wn"), kia=U("armed_force", "USA", "MIL", "ORG"), bag=R("irq", "LOC"))
