from lib import *

# 1 Gaza: the spokesperson introduces Hamas ("kelompok itu" -> the spokesperson's org)
D("KAIRO, [[KOMPAS.com|kc]] – [[Juru bicara Hamas Hazem Qassem|hq]] menyatakan bahwa [[kelompok itu|ki]] tidak akan menyerahkan senjata selama [[pasukan Israel|pi]] masih bertahan di sebagian wilayah Gaza, meskipun [[Mesir|egy]] dan [[Qatar|qat]] yang menjadi mediator terus mendesak tercapainya kesepakatan tahap kedua. [[Ia|ia]] juga menuding [[Perdana Menteri Benjamin Netanyahu|bn]] sengaja menghambat perundingan demi menjaga keutuhan koalisi pemerintahan[[nya|nya]] yang rapuh. [[Kantor Netanyahu|kn]] membalas dengan menyebut tuntutan [[gerakan tersebut|gt]] tidak realistis dan menegaskan bahwa [[militer|mil]] siap melanjutkan operasi kapan pun diperlukan. Sementara itu, [[Kementerian Kesehatan Gaza|kkg]] melaporkan 27 orang tewas dalam serangan udara sejak Sabtu, sebagian besar di antaranya perempuan dan anak-anak.",
  kc=R("idn-kompas", "ORG"), hq=U("person", "PSE", "REB", "PER", "juru bicara"), ki=A("hq", aid="hamas"),
  pi=R("isr-idf", "ORG"), egy=R("egy", "LOC"), qat=R("qat", "LOC"), ia=A("hq"),
  bn=R("isr-benjamin-netanyahu", "PER", "Perdana Menteri"), nya=A("bn"), kn=R("isr", "ORG"), gt=A("ki"),
  mil=A("pi"), kkg=U("state_organ", "PSE", "GOV", "ORG"))

# 2 Lebanon: a Hizbullah commander killed, UNIFIL and the Indonesian contingent
D("[[Militer Israel|idf]] mengklaim telah menewaskan [[seorang komandan unit rudal Hizbullah|kom]] dalam serangan pesawat nirawak terhadap sebuah mobil di dekat Nabatieh, Lebanon selatan, Selasa (14/10/2025). Menurut [[juru bicara militer Israel|jb]], [[pria tersebut|pt]] bertanggung jawab atas sejumlah serangan roket ke Galilea utara sepanjang tahun lalu. [[Hizbullah|hiz]] belum mengeluarkan pernyataan resmi, tetapi [[stasiun televisi Al-Manar|man]] yang berafiliasi dengan [[kelompok itu|ki]] menayangkan foto [[sang komandan|sk]] dengan keterangan syahid. [[UNIFIL|uni]] mengecam serangan tersebut karena terjadi hanya beberapa ratus meter dari pos [[prajurit Kontingen Garuda|kg]], dan meminta [[Israel|isr]] menghormati gencatan senjata. [[Juru bicara UNIFIL Andrea Tenenti|at]] mengatakan [[pasukan penjaga perdamaian itu|ppi]] telah meningkatkan patroli di sepanjang Garis Biru.",
  idf=R("isr-idf", "ORG"), kom=U("person", "LBN", "REB", None, "komandan"), jb=U("person", "ISR", "MIL", None, "juru bicara"),
  pt=A("kom"), hiz=R("hizbullah", "ORG"), man=R("al-manar", "ORG"), ki=A("hiz"), sk=A("pt"), uni=R("un-unifil", "ORG"),
  kg=R("idn-tni", None, "tentara"), isr=R("isr", "LOC"), at=U("person", None, "IGO", "PER", "juru bicara"), ppi=A("uni"))

# 3 Red Sea: Houthi missile after new US sanctions
D("SANAA, [[KOMPAS.com|kc]] – [[Kelompok Houthi|hou]] kembali menembakkan rudal balistik ke arah sebuah kapal tanker berbendera Malta di Laut Merah, hanya beberapa jam setelah [[Amerika Serikat|as]] memperluas sanksi terhadap jaringan keuangan [[milisi tersebut|mt]]. [[Juru bicara militer Houthi, Yahya Saree|ys]], dalam pidato yang disiarkan [[Al-Masirah|am]], mengatakan serangan itu merupakan balasan atas agresi [[Negeri Paman Sam|nps]] terhadap [[rakyat Yaman|ry]]. [[Komando Pusat AS|cent]] menyatakan [[pihaknya|p]] berhasil mencegat dua rudal, sedangkan rudal ketiga jatuh ke laut tanpa menimbulkan kerusakan pada kapal yang diawaki 22 orang itu. [[Pemerintah Yaman yang diakui internasional|plc]] mengecam serangan tersebut dan meminta [[Dewan Keamanan PBB|dk]] menambah tekanan terhadap [[kelompok yang didukung Iran tersebut|kyd]].",
  kc=R("idn-kompas", "ORG"), hou=R("houthi", "ORG"), **{"as": R("usa", "LOC")}, mt=A("hou"),
  ys=U("person", "YEM", "REB", "PER", "juru bicara"), am=R("al-masirah", "ORG"), nps=R("usa", "LOC"),
  ry=R("yem", None, "warga", s="CVL"), cent=R("usa-centcom", "ORG"), p=A("cent"), plc=R("yem-plc", "ORG"),
  dk=R("un-sc", "ORG"), kyd=A("mt"))

# 4 Iraq: Kataib Hizbullah denies a drone attack on a gas field
D("[[Kataib Hizbullah|kh]] membantah terlibat dalam serangan pesawat nirawak terhadap ladang gas Khor Mor di Kurdistan Irak, yang menghentikan pasokan listrik bagi [[jutaan warga|jw]] selama berhari-hari. Dalam pernyataan yang diunggah di kanal Telegram [[milisi itu|mi]], [[juru bicara Kataib Hizbullah Abu Ali al-Askari|aa]] menuding ada pihak yang berusaha mengadu domba [[kelompoknya|kel]] dengan [[Pemerintah Regional Kurdistan|krg]]. [[Perdana Menteri Irak Mohammed Shia al-Sudani|sud]] memerintahkan pembentukan tim investigasi dan berjanji akan menyeret [[para pelaku|pp]] ke pengadilan, siapa pun yang berada di belakang [[mereka|mer]]. [[Kedutaan Besar AS|keb]] di Baghdad menyebut serangan itu mengikuti pola yang sama dengan yang selama ini dilakukan [[milisi-milisi yang bersekutu dengan Teheran|mil]].",
  kh=R("kataib-hizbullah", "ORG"), jw=U("generic_group", "IRQ", "CVL", None, "warga"), mi=A("kh"),
  aa=U("person", "IRQ", "REB", "PER", "juru bicara"), kel=A("aa", aid="kataib-hizbullah"), krg=U("state_organ", "IRQ", "GOV", "ORG"),
  sud=U("person", "IRQ", "GOV", "PER", "Perdana Menteri"), pp=U("generic_group", "IRQ", None, None, "pelaku"), mer=A("pp"),
  keb=R("usa", "ORG"), mil=U("generic_group", "IRQ", "REB", None, "milisi"))

# 5 Iran suspends cooperation with the IAEA
D("[[Menteri Luar Negeri Iran Abbas Araghchi|aa]] menyatakan [[negaranya|neg]] menangguhkan kerja sama dengan [[Badan Tenaga Atom Internasional|iaea]] setelah [[badan nuklir PBB tersebut|bn]] mengesahkan resolusi yang mengecam program nuklir [[Teheran|teh]]. [[Diplomat senior itu|ds]] menuding [[Direktur Jenderal IAEA Rafael Grossi|rg]] bersikap tidak netral karena tunduk pada tekanan [[Prancis|fra]], [[Jerman|deu]], [[Inggris|gbr]], dan [[Washington|was]]. [[Grossi|gr2]] membantah tudingan itu dan mengatakan [[lembaganya|lem]] hanya ingin memastikan uranium yang telah diperkaya tidak dialihkan untuk pembuatan senjata. [[Parlemen Iran|maj]] sebelumnya telah mengesahkan undang-undang yang mewajibkan [[pemerintah|pem]] membatasi akses [[para pengawas|pp]] ke fasilitas nuklir Fordow dan Natanz.",
  aa=R("irn-abbas-araghchi", "PER", "Menteri Luar Negeri"), neg=A("aa", aid="irn"), iaea=R("un-iaea", "ORG"), bn=A("iaea"),
  teh=R("irn", "LOC"), ds=A("aa"), rg=U("person", None, "IGO", "PER", "Ketua"), fra=R("fra", "LOC"), deu=R("deu", "LOC"),
  gbr=R("gbr", "LOC"), was=R("usa", "LOC"), gr2=U("person", None, "IGO", "PER", same="rg"), lem=A("gr2", aid="un-iaea"),
  maj=R("irn-majlis", "ORG"), pem=A("neg"), pp=A("lem"))

# 6 Washington vs Teheran after the strikes on Fordow
D("WASHINGTON, [[KOMPAS.com|kc]] – [[Presiden AS Donald Trump|dt]] mengklaim bahwa pengeboman yang dilakukan [[militer Amerika Serikat|mas]] telah melumpuhkan total fasilitas pengayaan uranium Fordow dan Natanz. Namun, penilaian awal [[Badan Intelijen Pertahanan AS|dia]] yang bocor ke media menyebut program nuklir [[Iran|irn]] hanya tertunda beberapa bulan, sehingga [[sang presiden|sp]] menuding [[media-media arus utama|mam]] menyebarkan berita palsu. Dari Teheran, [[Presiden Iran Masoud Pezeshkian|mp]] mengatakan [[negaranya|neg]] tidak akan menghentikan program nuklir sipil[[nya|nya]], dan [[ia|ia]] menuntut [[Washington|was]] membayar ganti rugi atas kerusakan yang ditimbulkan. [[Gedung Putih|gp]] menolak tuntutan itu dan menyatakan [[Trump|tr]] hanya bersedia berunding jika [[Iran|irn2]] menghentikan seluruh kegiatan pengayaan.",
  kc=R("idn-kompas", "ORG"), dt=R("usa-donald-trump", "PER", "Presiden"), mas=R("usa-armed-forces", "ORG"),
  dia=U("state_organ", "USA", "MIL", "ORG"), irn=R("irn", "LOC"), sp=A("dt"), mam=U("generic_group", "USA", "JRN", None, None),
  mp=R("irn-masoud-pezeshkian", "PER", "Presiden"), neg=A("mp", aid="irn"), nya=A("neg"), ia=A("mp"), was=R("usa", "LOC"),
  gp=R("usa-white-house", "ORG"), tr=R("usa-donald-trump", "PER"), irn2=R("irn", "LOC"))

# 7 Israel: Netanyahu fires the Shin Bet chief
D("[[Perdana Menteri Israel Benjamin Netanyahu|bn]] memecat [[kepala Shin Bet|ksb]] hanya beberapa hari setelah [[dinas keamanan dalam negeri itu|dk]] merilis laporan yang ikut menyalahkan [[pemerintah|pem]] atas kegagalan mencegah serangan 7 Oktober. [[Jaksa Agung Israel|ja]] menilai pemecatan itu cacat hukum, tetapi [[Netanyahu|bn2]] bersikukuh bahwa [[ia|ia]] tidak lagi memercayai [[pejabat tersebut|pt]]. [[Pemimpin oposisi Yair Lapid|yl]] menyebut [[sang perdana menteri|sp]] sedang merusak lembaga-lembaga negara demi menyelamatkan diri[[nya|nya]] dari proses pidana. Pada Sabtu malam, [[ribuan warga Israel|wi]] turun ke jalan di Tel Aviv untuk memprotes keputusan tersebut.",
  bn=R("isr-benjamin-netanyahu", "PER", "Perdana Menteri"), ksb=U("person", "ISR", "GOV", None, "Ketua"),
  dk=A("ksb", aid="isr-shin-bet"), pem=A("bn", aid="isr"), ja=U("person", "ISR", "JUD", None, "Jaksa Agung"),
  bn2=R("isr-benjamin-netanyahu", "PER"), ia=A("bn2"), pt=A("ksb"), yl=U("person", "ISR", "OPP", "PER", "pemimpin"),
  sp=A("bn2"), nya=A("sp"), wi=R("isr", None, "warga", s="CVL"))

# 8 West Bank: settler attack
D("[[Sekelompok pemukim Yahudi|pem]] membakar rumah dan kendaraan milik [[warga Palestina|wp]] di desa Kafr Malik, dekat Ramallah, Rabu dini hari. [[Kementerian Kesehatan Palestina|kkp]] melaporkan tiga orang tewas ditembak ketika [[mereka|mer]] berusaha mengusir [[para penyerang|pp]], sementara [[tentara Israel|ti]] yang tiba kemudian justru menahan [[lima warga setempat|lws]]. [[Otoritas Palestina|pa]] mengecam serangan itu dan menuduh [[militer Israel|mi]] melindungi [[para pemukim|ppm]] alih-alih menangkap [[mereka|mer2]]. [[Juru bicara militer Israel|jb]] mengatakan [[pihaknya|p]] sedang menyelidiki insiden tersebut dan telah menahan [[dua warga Israel|dwi]] untuk dimintai keterangan.",
  pem=U("generic_group", "ISR", "CVL", None, "pemukim"), wp=R("pse", None, "warga", s="CVL"), kkp=U("state_organ", "PSE", "GOV", "ORG"),
  mer=A("wp"), pp=A("pem"), ti=R("isr-idf", "ORG"), lws=U("generic_group", "PSE", "CVL", None, "warga"), pa=R("pse-pa", "ORG"),
  mi=R("isr-idf", "ORG"), ppm=A("pp"), mer2=A("ppm"), jb=U("person", "ISR", "MIL", None, "juru bicara"),
  p=A("jb", aid="isr-idf"), dwi=R("isr", None, "warga", s="CVL"))

# 9 Syria: the SDF integration deal
D("[[Presiden Suriah Ahmed al-Sharaa|sh]] dan [[komandan Pasukan Demokratik Suriah Mazloum Abdi|ma]] menandatangani kesepakatan untuk mengintegrasikan [[milisi yang dipimpin Kurdi itu|mk]] ke dalam [[Angkatan Bersenjata Suriah|saa]]. Menurut [[kantor kepresidenan Suriah|kps]], [[mantan pemimpin HTS itu|mph]] juga menjamin hak-hak [[warga Kurdi|wk]] akan dilindungi dalam konstitusi baru. [[Presiden Turki Recep Tayyip Erdogan|re]] menyambut kesepakatan itu, tetapi memperingatkan bahwa [[Ankara|ank]] akan kembali menyerang jika [[kelompok bersenjata tersebut|kbt]] tidak benar-benar melucuti [[anggotanya|ang]] yang terkait dengan [[PKK|pkk]]. [[Abdi|ab2]] menegaskan [[pihaknya|p]] berkomitmen pada kesepakatan, namun meminta [[Damaskus|dam]] menarik [[pasukan pemerintah|pp]] dari sekitar Kobani terlebih dahulu.",
  sh=R("syr-ahmed-al-sharaa", "PER", "Presiden"), ma=U("person", "SYR", "REB", "PER", "komandan"), mk=A("ma", aid="sdf"),
  saa=R("syr-saa", "ORG"), kps=R("syr", "ORG"), mph=A("sh"), wk=U("generic_group", "SYR", "CVL", None, "warga"),
  re=R("tur-recep-tayyip-erdogan", "PER", "Presiden"), ank=R("tur", "LOC"), kbt=A("mk"), ang=A("kbt"), pkk=R("pkk", "ORG"),
  ab2=U("person", "SYR", "REB", "PER", same="ma"), p=A("ab2", aid="sdf"), dam=R("syr", "LOC"), pp=A("saa"))

# 10 Gaza aid: UNRWA stocks, Indonesian airdrop
D("[[Badan PBB untuk Pengungsi Palestina|unrwa]] memperingatkan bahwa stok tepung di gudang-gudang[[nya|nya]] di Gaza hanya cukup untuk empat hari, sementara [[Israel|isr]] masih membatasi jumlah truk bantuan yang boleh melintas. [[Komisaris Jenderal UNRWA Philippe Lazzarini|pl]] mengatakan [[lembaga tersebut|lt]] telah kehilangan lebih dari 300 staf sejak perang dimulai, dan [[ia|ia]] menuding [[Tel Aviv|tlv]] sengaja melumpuhkan kerja kemanusiaan. Di tengah situasi itu, [[TNI AU|au]] kembali menerjunkan 20 ton bantuan pangan melalui udara bersama [[Angkatan Udara Yordania|aj]]. [[Komandan satuan tugas, Kolonel Pnb Ardi Wibowo|aw]], mengatakan [[pasukannya|pas]] akan melanjutkan misi hingga [[pemerintah|pem]] memutuskan lain.",
  unrwa=R("un-unrwa", "ORG"), nya=A("unrwa"), isr=R("isr", "LOC"), pl=U("person", None, "IGO", "PER", "Ketua"), lt=A("nya"),
  ia=A("pl"), tlv=R("isr", "LOC"), au=R("idn-tni-au", "ORG"), aj=R("jor", "ORG", s="MIL"),
  aw=U("person", "IDN", "MIL", "PER", "komandan"), pas=A("aw", aid="idn-tni-au"), pem=R("idn"))

# 11 Ukraine: the largest drone and missile attack in weeks
D("KYIV, [[KOMPAS.com|kc]] – [[Rusia|rus]] melancarkan serangan drone dan rudal terbesar dalam beberapa pekan terakhir ke sejumlah kota di Ukraina barat, menewaskan sedikitnya 19 orang di Ternopil. [[Presiden Ukraina Volodymyr Zelensky|vz]] menyebut serangan itu bukti bahwa [[Moskow|mos]] tidak berniat mengakhiri perang, dan [[ia|ia]] mendesak [[sekutu-sekutu Barat|sb]] mempercepat pengiriman sistem pertahanan udara. [[Kementerian Pertahanan Rusia|kpr]] mengklaim [[pihaknya|p]] hanya menyasar fasilitas industri militer dan infrastruktur energi yang digunakan [[militer Ukraina|mu]]. [[Angkatan Udara Ukraina|auu]] melaporkan telah menembak jatuh 412 dari 476 drone yang diluncurkan [[Negeri Beruang Merah|nbm]] dalam semalam, tetapi mengakui sebagian rudal jelajah lolos dari radar[[nya|nya]].",
  kc=R("idn-kompas", "ORG"), rus=R("rus", "LOC"), vz=R("ukr-volodymyr-zelensky", "PER", "Presiden"), mos=R("rus", "LOC"),
  ia=A("vz"), sb=U("generic_group", None, "GOV", None, None), kpr=R("rus-mod", "ORG"), p=A("kpr"),
  mu=R("ukr-armed-forces", "ORG"), auu=R("ukr-armed-forces", "ORG"), nbm=R("rus", "LOC"), nya=A("auu"))

# 12 Ukraine-Russia talks in Istanbul
D("[[Delegasi Rusia|dr]] dan [[delegasi Ukraina|du]] bertemu untuk pertama kalinya dalam tiga tahun di Istanbul, Turki, dengan mediasi [[Menteri Luar Negeri Turki Hakan Fidan|hf]]. [[Kepala delegasi Ukraina, Rustem Umerov|ru]], mengatakan [[pihaknya|p]] datang untuk membahas gencatan senjata tanpa syarat, sedangkan [[utusan Kremlin Vladimir Medinsky|vm]] bersikeras bahwa [[Kyiv|kyiv]] harus terlebih dahulu menarik seluruh pasukan[[nya|nya]] dari empat wilayah yang dianeksasi. [[Fidan|fid]] menyebut pertemuan itu sebagai langkah awal yang penting, meski [[ia|ia]] mengakui perundingan baru menghasilkan kesepakatan pertukaran tahanan perang. [[Zelensky|vz]] kemudian menyatakan bahwa [[negaranya|neg]] siap bertemu langsung dengan [[Putin|put]] kapan saja.",
  dr=R("rus", None, "delegasi"), du=R("ukr", None, "delegasi"), hf=U("person", "TUR", "GOV", "PER", "Menteri Luar Negeri"),
  ru=U("person", "UKR", "GOV", "PER", "Ketua"), p=A("ru", aid="ukr"), vm=U("person", "RUS", "GOV", "PER", "diplomat"),
  kyiv=R("ukr", "LOC"), nya=A("kyiv"), fid=U("person", "TUR", "GOV", "PER", same="hf"), ia=A("fid"),
  vz=R("ukr-volodymyr-zelensky", "PER"), neg=A("vz", aid="ukr"), put=R("rus-vladimir-putin", "PER"))

# 13 ASEAN summit and the Myanmar junta
D("KUALA LUMPUR, [[KOMPAS.com|kc]] – [[Para pemimpin ASEAN|ppa]] kembali menolak mengakui hasil pemilu yang digelar [[junta Myanmar|jm]], dengan alasan pemungutan suara itu tidak melibatkan [[kelompok oposisi|ko]] dan berlangsung di tengah serangan udara yang terus dilancarkan [[militer|mil]]. [[Perdana Menteri Malaysia Anwar Ibrahim|ai]], yang memimpin pertemuan itu, mengatakan [[perhimpunan tersebut|pt]] tetap berpegang pada Konsensus Lima Poin yang disepakati pada 2021. Menurut [[dia|dia]], [[para jenderal di Naypyidaw|pj]] belum menunjukkan itikad baik, termasuk dalam hal pembebasan [[Aung San Suu Kyi|assk]] yang masih ditahan sejak kudeta. [[Menlu Sugiono|sug]] menambahkan bahwa [[Indonesia|idn]] siap mengirim bantuan kemanusiaan bagi [[korban gempa di Sagaing|kgs]] melalui jalur yang tidak dikendalikan [[rezim|rez]].",
  kc=R("idn-kompas", "ORG"), ppa=R("asean", None, "pemimpin"), jm=R("mmr-tatmadaw", "ORG"),
  ko=U("generic_group", "MMR", "OPP", None, "oposisi"), mil=A("jm"), ai=R("mys-anwar-ibrahim", "PER", "Perdana Menteri"),
  pt=A("ppa"), dia=A("ai"), pj=A("mil"), assk=U("person", "MMR", "OPP", "PER"),
  sug=R("idn-sugiono", "PER", "Menteri Luar Negeri"), idn=R("idn", "LOC"), kgs=U("generic_group", "MMR", None, None, "korban"),
  rez=A("pj"))

# 14 South China Sea: water cannon at Scarborough
D("[[Penjaga Pantai Filipina|pcg]] menuduh [[Penjaga Pantai China|ccg]] menembakkan meriam air dan menabrak kapal milik [[Biro Perikanan dan Sumber Daya Perairan|bfar]] di dekat Scarborough Shoal, Minggu pagi. [[Juru bicara Penjaga Pantai Filipina, Jay Tarriela|jt]], mengatakan tiga awak kapal [[lembaga perikanan itu|lpi]] terluka akibat pecahan kaca, dan [[ia|ia]] menyebut tindakan [[Beijing|bei]] sebagai yang paling berbahaya tahun ini. [[Juru bicara Penjaga Pantai China, Liu Dejun|ld]], membantah tuduhan itu dan menyatakan bahwa [[pihak Filipina|pf]] telah masuk secara ilegal sehingga [[pihaknya|p]] terpaksa mengambil tindakan pengusiran. [[Departemen Luar Negeri AS|dos]] menyatakan mendukung [[Manila|man]] dan mengingatkan [[Tiongkok|tio]] akan kewajiban[[nya|nya]] menurut hukum internasional.",
  pcg=U("armed_force", "PHL", "MIL", "ORG"), ccg=R("chn-coast-guard", "ORG"), bfar=U("state_organ", "PHL", "GOV", "ORG"),
  jt=U("person", "PHL", "MIL", "PER", "juru bicara"), lpi=A("bfar"), ia=A("jt"), bei=R("chn", "LOC"),
  ld=U("person", "CHN", "MIL", "PER", "juru bicara"), pf=R("phl", "ORG"), p=A("ld", aid="chn-coast-guard"),
  dos=R("usa-state-dept", "ORG"), man=R("phl", "LOC"), tio=R("chn", "LOC"), nya=A("tio"))

# 15 Thailand-Cambodia peace declaration in Kuala Lumpur
D("[[Perdana Menteri Kamboja Hun Manet|hm]] dan [[Perdana Menteri Thailand Anutin Charnvirakul|ac]] menandatangani deklarasi damai di Kuala Lumpur yang disaksikan [[Presiden AS Donald Trump|dt]] dan [[Anwar Ibrahim|ai]]. Berdasarkan deklarasi itu, [[Bangkok|bkk]] akan membebaskan [[18 tentara Kamboja|tk]] yang ditawan sejak bentrokan Juli lalu, sementara [[Phnom Penh|pp]] berjanji menarik artileri berat[[nya|nya]] dari garis depan. [[Anutin|an2]] mengatakan [[pemerintahannya|pem]] akan memantau ketat pelaksanaan kesepakatan, karena [[militer Thailand|mt]] menemukan ranjau darat baru di wilayah sengketa pekan lalu. [[Tim pengamat ASEAN|tpa]] yang dipimpin [[Malaysia|mys]] akan ditempatkan di kedua sisi perbatasan. [[Hun Manet|hm2]] berterima kasih kepada [[Trump|tr]], yang menurut [[putra Hun Sen itu|phs]] berperan besar membuka jalan perdamaian.",
  hm=U("person", "KHM", "GOV", "PER", "Perdana Menteri"), ac=U("person", "THA", "GOV", "PER", "Perdana Menteri"),
  dt=R("usa-donald-trump", "PER", "Presiden"), ai=R("mys-anwar-ibrahim", "PER"), bkk=R("tha", "LOC"),
  tk=R("khm", None, "tentara", s="MIL"), pp=R("khm", "LOC"), nya=A("pp"), an2=U("person", "THA", "GOV", "PER", same="ac"),
  pem=A("an2", aid="tha"), mt=R("tha", "ORG", s="MIL"), tpa=R("asean"), mys=R("mys", "LOC"),
  hm2=U("person", "KHM", "GOV", "PER", same="hm"), tr=R("usa-donald-trump", "PER"), phs=A("hm2"))

# 16 Rohingya boat in East Aceh
D("Sebuah kapal kayu yang mengangkut [[sekitar 150 pengungsi Rohingya|roh]] terdampar di pesisir Aceh Timur setelah [[mereka|mer]] terkatung-katung di laut selama hampir sebulan. [[Nelayan setempat|nel]] yang pertama kali melihat kapal itu memberikan air dan makanan kepada [[para penumpang|pp]], namun [[sejumlah warga|sw]] menolak [[kelompok tersebut|kt]] diturunkan ke daratan. [[UNHCR|unhcr]] meminta [[Pemkab Aceh Timur|pat]] menyediakan tempat penampungan sementara, mengingat banyak di antara [[para pengungsi|ppg]] adalah perempuan dan anak-anak yang dalam kondisi lemah. [[Penjabat Bupati Aceh Timur|pb]] mengatakan [[pihaknya|p]] masih berkoordinasi dengan [[Kemenko Polkam|kpk]] karena [[pemerintah daerah|pd]] tidak memiliki anggaran untuk menampung [[mereka|mer2]].",
  roh=U("generic_group", "MMR", "CVL", None, "pengungsi"), mer=A("roh"), nel=U("generic_group", "IDN", "CVL", None, "nelayan"),
  pp=A("mer"), sw=U("generic_group", "IDN", "CVL", None, "warga"), kt=A("pp"), unhcr=R("un-unhcr", "ORG"),
  pat=U("state_organ", "IDN", "GOV", "ORG"), ppg=A("kt"), pb=U("person", "IDN", "GOV", None, "Penjabat"), p=A("pat"),
  kpk=R("idn-kemenko-polkam", "ORG"), pd=A("p"), mer2=A("ppg"))

# 17 Sudan: RSF storm Zamzam camp, MSF clinic
D("[[Dokter Lintas Batas|msf]] melaporkan sedikitnya 40 pasien luka tembak tiba di klinik[[nya|nya]] di Tawila, Darfur Utara, setelah [[kelompok paramiliter RSF|rsf]] menyerbu kamp pengungsian Zamzam. [[Koordinator darurat MSF, Claire Nicolet|cn]], mengatakan [[timnya|tim]] kewalahan karena [[puluhan ribu pengungsi|pp]] yang melarikan diri dari kamp itu tiba dalam kondisi dehidrasi berat. [[Para milisi|pm]] dilaporkan membakar pasar dan menjarah gudang obat milik [[organisasi kemanusiaan itu|oki]], tuduhan yang dibantah [[seorang komandan lapangan RSF|kl]]. [[Angkatan Bersenjata Sudan|saf]] menyatakan [[pasukannya|pas]] tengah bergerak untuk merebut kembali wilayah itu, sementara [[PBB|un]] menyerukan dibukanya koridor aman bagi [[warga sipil|ws]].",
  msf=R("msf", "ORG"), nya=A("msf"), rsf=R("sdn-rsf", "ORG"), cn=U("person", None, "MED", "PER", "Ketua"), tim=A("cn", aid="msf"),
  pp=U("generic_group", "SDN", "CVL", None, "pengungsi"), pm=A("rsf"), oki=A("tim"), kl=U("person", "SDN", "REB", None, "komandan"),
  saf=R("sdn-saf", "ORG"), pas=A("saf"), un=R("un", "ORG"), ws=U("generic_group", "SDN", "CVL", None, "warga"))

# 18 Yemen: Houthi detain UN staff
D("[[Milisi Houthi|hou]] menggerebek kompleks perkantoran [[PBB|un]] di Sanaa dan menahan [[sedikitnya 20 staf lokal maupun asing|st]], menurut keterangan [[juru bicara PBB Stephane Dujarric|sd]]. [[Houthi|hou2]] menuduh [[para tahanan|pt]] menjadi mata-mata bagi [[Israel|isr]] dan [[Amerika Serikat|as]], tanpa menunjukkan bukti apa pun. [[Sekretaris Jenderal PBB Antonio Guterres|ag]] menuntut pembebasan [[mereka|mer]] tanpa syarat dan menegaskan bahwa tuduhan [[kelompok itu|ki]] sama sekali tidak berdasar. [[Program Pangan Dunia|wfp]] mengumumkan penangguhan operasi[[nya|nya]] di wilayah yang dikuasai [[kaum pemberontak|kp]] hingga keselamatan [[personelnya|per]] terjamin.",
  hou=R("houthi", "ORG"), un=R("un", "ORG"), st=U("generic_group", None, "IGO", None, None),
  sd=U("person", None, "IGO", "PER", "juru bicara"), hou2=R("houthi", "ORG"), pt=A("st"), isr=R("isr", "LOC"),
  **{"as": R("usa", "LOC")}, ag=R("antonio-guterres", "PER", "Sekretaris Jenderal"), mer=A("pt"), ki=A("hou2"),
  wfp=R("un-wfp", "ORG"), nya=A("wfp"), kp=A("ki"), per=A("nya"))
