from lib import *

# 31 Gaza ceasefire talks
D("[[Hamas|ham]] menyatakan siap membebaskan [[seluruh sandera|sand]] yang tersisa jika [[Israel|isr]] menghentikan perang di Gaza secara permanen. [[Kepala biro politik Hamas di Gaza Khalil al-Hayya|kh]] mengatakan [[kelompoknya|kel]] juga menuntut penarikan penuh [[pasukan Israel|pi]]. [[Perdana Menteri Israel Benjamin Netanyahu|bn]] menolak tuntutan tersebut dan menyebut [[kelompok itu|ki]] harus dilucuti. [[Ia|ia]] bahkan mengancam memperluas operasi darat jika mediasi [[Qatar|qat]] dan [[Mesir|egy]] gagal menekan [[gerakan tersebut|gt]].",
  ham=R("hamas", "ORG"), sand=U("generic_group", "ISR", "CVL", None, "sandera"), isr=R("isr", "LOC"),
  kh=U("person", "PSE", "REB", "PER", "kepala biro politik"), kel=A("kh", aid="hamas"), pi=R("isr-idf", "ORG"),
  bn=R("isr-benjamin-netanyahu", "PER", "Perdana Menteri"), ki=A("ham"), ia=A("bn"), qat=R("qat", "LOC"), egy=R("egy", "LOC"), gt=A("ki"))

# 32 US tariffs
D("[[Presiden Amerika Serikat Donald Trump|dt]] mengumumkan tarif impor sebesar 32 persen terhadap produk asal Indonesia. [[Sang presiden|sp]] menuding [[Jakarta|jkt]] menerapkan hambatan dagang yang merugikan [[Negeri Paman Sam|nps]]. [[Menko Perekonomian Airlangga Hartarto|ah]] mengatakan [[pemerintah|pem]] akan mengirim tim negosiasi ke [[Washington|was]] pekan depan. [[Ia|ia]] berharap [[pengusaha tekstil dan alas kaki|pta]] tidak melakukan pemutusan hubungan kerja.",
  dt=R("usa-donald-trump", "PER", "Presiden"), sp=A("dt"), jkt=R("idn", "LOC"), nps=R("usa", "LOC"),
  ah=U("person", "IDN", "GOV", "PER", "Menteri Koordinator Bidang Perekonomian"), pem=R("idn"), was=R("usa", "LOC"),
  ia=A("ah"), pta=U("generic_group", "IDN", "BUS", None, "pengusaha"))

# 33 Iran warns the US
D("[[Pemimpin Tertinggi Iran Ayatollah Ali Khamenei|ak]] memperingatkan [[Amerika Serikat|as]] agar tidak ikut campur dalam konflik [[negaranya|neg]] dengan [[Israel|isr]]. Dalam pidato yang disiarkan televisi pemerintah, [[beliau|bel]] menyebut [[Washington|was]] sebagai mitra kejahatan [[Negeri Zionis|nz]]. [[Garda Revolusi Iran|irgc]] menyatakan [[pasukannya|pas]] siap menyerang pangkalan militer AS di kawasan Teluk. [[Teheran|teh]] juga mengancam keluar dari Traktat Nonproliferasi Nuklir.",
  ak=R("irn-ali-khamenei", "PER", "Pemimpin Tertinggi"), **{"as": R("usa", "LOC")}, neg=A("ak", aid="irn"), isr=R("isr", "LOC"),
  bel=A("ak"), was=R("usa", "LOC"), nz=R("isr", "LOC"), irgc=R("irn-irgc", "ORG"), pas=A("irgc"), teh=R("irn", "LOC"))

# 34 Houthi, Red Sea
D("[[Kelompok Houthi|hou]] mengklaim menyerang kapal kargo berbendera Liberia di Laut Merah dengan drone dan rudal. [[Pemimpin Houthi Abdul-Malik al-Houthi|amh]] mengatakan [[gerakannya|ger]] akan terus menargetkan kapal yang terkait dengan [[Israel|isr]]. [[Komando Pusat AS|cent]] menyebut [[pasukannya|pas]] berhasil menembak jatuh tiga drone yang diluncurkan [[milisi yang didukung Iran itu|mil]]. [[Dewan Keamanan PBB|dk]] dijadwalkan menggelar sidang darurat untuk membahas serangan [[kelompok tersebut|kt]].",
  hou=R("houthi", "ORG"), amh=R("houthi-abdul-malik-al-houthi", "PER", "pemimpin"), ger=A("amh", aid="houthi"), isr=R("isr", "LOC"),
  cent=R("usa-centcom", "ORG"), pas=A("cent"), mil=A("hou"), dk=R("un-sc", "ORG"), kt=A("mil"))

# 35 Lebanon, Hizbullah disarmament
D("[[Sekretaris Jenderal Hizbullah Naim Qassem|nq]] menolak rencana [[pemerintah Lebanon|gl]] untuk melucuti senjata [[kelompoknya|kel]] sebelum akhir tahun. [[Ia|ia]] menuding [[kabinet|kab]] tunduk pada tekanan [[Washington|was]] dan [[Tel Aviv|tlv]]. [[Tentara Lebanon|laf]] menyatakan [[pihaknya|p]] tetap akan mengambil alih pos-pos [[milisi Syiah itu|ms]] di selatan Sungai Litani. Sementara itu, [[UNIFIL|unifil]] melaporkan [[prajurit Kontingen Garuda|kg]] melihat drone tak dikenal melintas di atas markas [[mereka|mer]].",
  nq=R("hizbullah-naim-qassem", "PER", "Sekretaris Jenderal"), gl=R("lbn", "ORG"), kel=A("nq", aid="hizbullah"), ia=A("nq"),
  kab=A("gl"), was=R("usa", "LOC"), tlv=R("isr", "LOC"), laf=R("lbn-laf", "ORG"), p=A("laf"), ms=A("kel"),
  unifil=R("un-unifil", "ORG"), kg=R("idn-tni", None, "tentara"), mer=A("kg"))

# 36 Syria, al-Sharaa meets Trump
D("[[Presiden Suriah Ahmed al-Sharaa|sh]] bertemu [[Presiden AS Donald Trump|dt]] di Riyadh untuk membahas pencabutan sanksi terhadap [[Damaskus|dam]]. [[Mantan pemimpin HTS itu|mph]] berjanji [[pemerintahannya|pem]] akan melindungi kelompok minoritas. [[Trump|tr]] menyebut [[pria berusia 43 tahun tersebut|pbt]] sebagai sosok yang tangguh. Namun, [[Pasukan Demokratik Suriah|sdf]] yang dipimpin [[milisi Kurdi|mk]] meminta jaminan otonomi bagi wilayah[[nya|wn]] di timur laut.",
  sh=R("syr-ahmed-al-sharaa", "PER", "Presiden"), dt=R("usa-donald-trump", "PER", "Presiden"), dam=R("syr", "LOC"),
  mph=A("sh"), pem=A("sh", aid="syr"), tr=R("usa-donald-trump", "PER"), pbt=A("mph"), sdf=R("sdf", "ORG"),
  mk=U("generic_group", "SYR", "REB", None, "milisi"), wn=A("sdf"))

# 37 Sudan, El Fasher
D("[[Pasukan Dukungan Cepat|rsf]] merebut kota El Fasher di Darfur Utara setelah pengepungan selama 18 bulan. [[Program Pangan Dunia|wfp]] melaporkan [[ratusan ribu warga sipil|rws]] terjebak tanpa akses makanan. [[Para milisi|pm]] juga dituduh mengeksekusi puluhan pasien di sebuah rumah sakit, tuduhan yang dibantah [[komandan RSF Mohamed Hamdan Dagalo|hem]] dalam pesan video[[nya|vn]]. [[Angkatan Bersenjata Sudan|saf]] menuding [[kelompok paramiliter itu|kp]] melakukan genosida.",
  rsf=R("sdn-rsf", "ORG"), wfp=R("un-wfp", "ORG"), rws=U("generic_group", "SDN", "CVL", None, "warga"), pm=A("rsf"),
  hem=U("person", "SDN", "REB", "PER", "komandan"), vn=A("hem"), saf=R("sdn-saf", "ORG"), kp=A("pm"))

# 38 Ukraine rejects ceding territory
D("[[Presiden Ukraina Volodymyr Zelensky|vz]] menolak usulan damai yang mengharuskan [[negaranya|neg]] menyerahkan wilayah di Donbas. [[Ia|ia]] menyebut [[Moskow|mos]] hanya mengulur waktu sambil terus menggempur infrastruktur energi. [[Kremlin|kre]] membalas dengan menyatakan [[Kyiv|kyiv]] harus mengakui kenyataan di lapangan. Menurut [[militer Ukraina|mu]], [[pasukan Rusia|pr]] meluncurkan lebih dari 500 drone dalam semalam, sebagian besar berhasil ditembak jatuh oleh unit pertahanan udara[[nya|pn]].",
  vz=R("ukr-volodymyr-zelensky", "PER", "Presiden"), neg=A("vz", aid="ukr"), ia=A("vz"), mos=R("rus", "LOC"),
  kre=R("rus-kremlin", "ORG"), kyiv=R("ukr", "LOC"), mu=R("ukr-armed-forces", "ORG"), pr=R("rus-armed-forces", "ORG"), pn=A("mu"))

# 39 ASEAN and the Myanmar junta
D("[[Menteri Luar Negeri Sugiono|sug]] mendesak [[junta Myanmar|jm]] menghentikan serangan udara ke desa-desa di Sagaing. [[Ia|ia]] menegaskan [[ASEAN|asean]] tidak akan mengundang [[para jenderal|pj]] ke KTT sebelum Konsensus Lima Poin dijalankan. [[Organisasi kawasan itu|oki]] juga menyiapkan [[utusan khusus baru|uk]] untuk berdialog dengan [[Pemerintah Persatuan Nasional|nug]]. [[Naypyidaw|nay]] menuding [[perhimpunan tersebut|pt]] mencampuri urusan dalam negeri.",
  sug=R("idn-sugiono", "PER", "Menteri Luar Negeri"), jm=R("mmr-tatmadaw", "ORG"), ia=A("sug"), asean=R("asean", "ORG"),
  pj=A("jm"), oki=A("asean"), uk=U("person", None, "IGO", None, "diplomat"), nug=R("mmr-nug", "ORG"), nay=R("mmr", "LOC"), pt=A("oki"))

# 40 Indonesian migrant workers arrested in Malaysia
D("[[Polis Diraja Malaysia|pdrm]] menangkap [[ratusan pekerja migran Indonesia|pmi]] dalam razia di sebuah lokasi konstruksi di Johor Bahru. [[KBRI Kuala Lumpur|kbri]] menyatakan [[pihaknya|p]] telah meminta akses kekonsuleran untuk mendampingi [[mereka|mer]]. [[Menteri P2MI Abdul Kadir Karding|akk]] menyebut sebagian besar [[para pekerja itu|ppi]] masuk ke [[Negeri Jiran|nj]] tanpa dokumen resmi. [[Politikus PKB tersebut|ppt]] meminta [[Putrajaya|pj]] memulangkan [[mereka|mer2]] secara manusiawi.",
  pdrm=R("mys-pdrm", "ORG"), pmi=R("idn", None, "pekerja migran", s="CVL"), kbri=R("idn", "ORG"), p=A("kbri"), mer=A("pmi"),
  akk=U("person", "IDN", "GOV", "PER", "Menteri Pelindungan Pekerja Migran Indonesia"), ppi=A("mer"), nj=R("mys", "LOC"),
  ppt=A("akk"), pj=R("mys", "LOC"), mer2=A("ppi"))

# 41 Danantara bails out Garuda
D("[[Danantara|dan]] menyuntikkan modal Rp 20 triliun kepada [[PT Garuda Indonesia|gia]] untuk menyelamatkan [[maskapai pelat merah tersebut|mpm]]. [[CEO Danantara Rosan Roeslani|rr]] mengatakan [[lembaganya|lem]] akan mengawasi ketat penggunaan dana itu. Menurut [[mantan Duta Besar RI untuk Amerika Serikat itu|mdb]], [[Garuda|gar]] harus memangkas rute yang merugi. [[Serikat Karyawan Garuda|sekarga]] khawatir kebijakan itu berujung pada pemutusan hubungan kerja [[anggotanya|ang]].",
  dan=R("idn-danantara", "ORG"), gia=U("business", "IDN", "BUS", "ORG"), mpm=A("gia"), rr=U("person", "IDN", "GOV", "PER", "Ketua"),
  lem=A("rr", aid="idn-danantara"), mdb=A("rr"), gar=U("business", "IDN", "BUS", "ORG", same="gia"),
  sekarga=U("ngo", "IDN", "CVL", "ORG"), ang=A("sekarga"))

# 42 Bank Indonesia rate cut
D("[[Bank Indonesia|bi]] kembali memangkas suku bunga acuan sebesar 25 basis poin menjadi 4,75 persen. [[Gubernur BI Perry Warjiyo|pw]] mengatakan keputusan itu diambil untuk mendorong pertumbuhan ekonomi di tengah tekanan tarif [[Amerika Serikat|as]]. [[Ia|ia]] menegaskan [[bank sentral|bs]] tetap menjaga stabilitas nilai tukar rupiah. [[Kalangan pengusaha|kp]] menyambut langkah tersebut, sementara [[sejumlah akademisi|se]] menilai pemangkasan itu terlalu cepat.",
  bi=R("idn-bi", "ORG"), pw=U("person", "IDN", "GOV", "PER", "Gubernur BI"), **{"as": R("usa", "LOC")}, ia=A("pw"),
  bs=A("pw", aid="idn-bi"), kp=U("generic_group", "IDN", "BUS", None, "pengusaha"), se=U("generic_group", "IDN", "EDU", None, "guru"))

# 43 South China Sea, water cannon
D("[[Penjaga Pantai China|ccg]] menembakkan meriam air ke kapal pemasok [[militer Filipina|afp]] di dekat Second Thomas Shoal. [[Manila|man]] mengecam tindakan itu dan memanggil [[duta besar Tiongkok|dub]]. [[Kementerian Luar Negeri China|mfa]] menyatakan [[pihaknya|p]] hanya menegakkan hukum di wilayah kedaulatan Tiongkok. [[Amerika Serikat|us]] menegaskan siap membela [[negara tersebut|nt]] berdasarkan perjanjian pertahanan bersama.",
  ccg=R("chn-coast-guard", "ORG"), afp=R("phl-afp", "ORG"), man=R("phl", "LOC"), dub=U("person", "CHN", "GOV", None, "Duta Besar"),
  mfa=R("chn-mfa", "ORG"), p=A("mfa"), us=R("usa", "LOC"), nt=A("man"))

# 44 hajj quota
D("[[Menteri Agama Nasaruddin Umar|nu]] bertemu [[Menteri Haji Arab Saudi Tawfiq al-Rabiah|tr]] di Jeddah untuk membahas kuota haji 2026. [[Beliau|ia]] meminta [[Kerajaan Arab Saudi|kas]] menambah kuota bagi [[jemaah Indonesia|ji]] yang masa tunggu[[nya|mtn]] mencapai 30 tahun. [[Pemerintah Saudi|ps]] menyatakan akan mempertimbangkan permintaan tersebut. [[Kementerian Agama|kemenag]] memastikan [[para calon jemaah|pcj]] akan mendapat informasi keberangkatan melalui aplikasi.",
  nu=U("person", "IDN", "GOV", "PER", "Menteri Agama"), tr=U("person", "SAU", "GOV", "PER", "Menteri"), ia=A("nu"),
  kas=R("sau", "ORG"), ji=R("idn", None, "santri", s="REL"), mtn=A("ji"), ps=R("sau", "ORG"),
  kemenag=R("idn-kemenag", "ORG"), pcj=A("ji"))

# 45 Thailand-Cambodia border clash
D("[[Militer Thailand|mt]] melancarkan serangan udara ke sejumlah posisi [[tentara Kamboja|tk]] di sepanjang perbatasan, Kamis. [[Phnom Penh|pp]] menuduh [[Bangkok|bkk]] melanggar kedaulatan wilayah[[nya|wn]] dan menyebut sedikitnya 12 orang tewas. [[Perdana Menteri Malaysia Anwar Ibrahim|ai]] selaku ketua [[ASEAN|asean]] mendesak kedua negara segera melakukan gencatan senjata. [[Ia|ia]] menawarkan Kuala Lumpur sebagai tempat perundingan, sementara [[Negeri Paman Sam|nps]] juga ikut mendorong perdamaian.",
  mt=R("tha", "ORG", s="MIL"), tk=R("khm", "ORG", s="MIL"), pp=R("khm", "LOC"), bkk=R("tha", "LOC"), wn=A("pp"),
  ai=R("mys-anwar-ibrahim", "PER", "Perdana Menteri"), asean=R("asean", "ORG"), ia=A("ai"), nps=R("usa", "LOC"))
