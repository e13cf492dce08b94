from lib import *

# 1 Gaza
D("[[Militer Israel|idf]] melancarkan serangan udara ke kamp pengungsi Nuseirat di Jalur Gaza tengah pada Selasa dini hari. [[Badan Pertahanan Sipil Gaza|bps]] menyebut sedikitnya [[18 warga Palestina|war]] tewas, termasuk [[enam anak|anak]]. [[Juru bicara militer Israel|jb]] mengatakan [[pihaknya|p]] menargetkan [[seorang komandan Hamas|kmd]] yang bersembunyi di kawasan itu. Klaim tersebut dibantah oleh [[Hamas|ham]].",
  idf=R("isr-idf", "ORG"), bps=U("state_organ", "PSE", "GOV", "ORG"),
  war=R("pse", None, "warga", s="CVL"), anak=U("generic_group", "PSE", "CVL", None, "korban"),
  jb=U("person", "ISR", "MIL", None, "juru bicara"), p=A("idf"),
  kmd=U("person", "PSE", "REB", None, "komandan"), ham=R("hamas", "ORG"))

# 2 Gaza ceasefire diplomacy
D("[[Qatar|qat]] dan [[Mesir|egy]] kembali menjadi tuan rumah perundingan gencatan senjata antara [[Israel|isr]] dan [[Hamas|ham]] di Kairo. [[Delegasi Hamas|del]] dipimpin [[Khalil al-Hayya|kh]], yang menyatakan [[kelompoknya|k]] menuntut penarikan penuh [[pasukan Israel|pi]] dari Gaza. [[Kantor Perdana Menteri Benjamin Netanyahu|kpm]] menolak syarat tersebut. [[Doha|doh]] menyebut pembicaraan masih berlangsung.",
  qat=R("qat", "LOC"), egy=R("egy", "LOC"), isr=R("isr", "LOC"), ham=R("hamas", "ORG"),
  **{"del": R("hamas", None, "diplomat")}, kh=U("person", "PSE", "REB", "PER"), k=A("del", aid="hamas"),
  pi=R("isr-idf", "ORG"), kpm=R("isr", "ORG"), doh=R("qat", "LOC"))

# 3 Lebanon
D("[[Tentara Israel|idf]] menembaki pos pengamatan [[UNIFIL|unifil]] di dekat Naqoura, Lebanon selatan, Kamis. [[Pasukan penjaga perdamaian PBB itu|pkp]] menyatakan dua personel[[nya|per]] mengalami luka ringan. [[Kementerian Luar Negeri Indonesia|kemlu]] mengecam insiden tersebut karena [[ratusan prajurit TNI|tni]] tergabung dalam [[pasukan tersebut|org]].",
  idf=R("isr-idf", "ORG"), unifil=R("un-unifil", "ORG"), pkp=A("unifil", aid="un-unifil"),
  per=A("pkp"), kemlu=R("idn-kemlu", "ORG"),
  tni=R("idn-tni", None, "tentara"), org=A("pkp"))

# 4 Lebanon Hizbullah
D("[[Sekretaris Jenderal Hizbullah Naim Qassem|nq]] menegaskan [[kelompoknya|k]] tidak akan menyerahkan senjata selama [[Israel|isr]] masih menduduki lima titik di wilayah Lebanon. Dalam pidato yang disiarkan [[Al-Manar|man]], [[ia|ia]] juga mengkritik [[pemerintah Lebanon|gov]] yang dinilai tunduk pada tekanan [[Washington|was]]. [[Beirut|bei]] belum menanggapi pernyataan tersebut.",
  nq=R("hizbullah-naim-qassem", "PER", "Sekretaris Jenderal"), k=A("nq", aid="hizbullah"),
  isr=R("isr", "LOC"), man=R("al-manar", "ORG"), ia=A("nq"), gov=R("lbn", "ORG"),
  was=R("usa", "LOC"), bei=R("lbn", "LOC"))

# 5 Yemen Houthi
D("[[Kelompok Houthi|hou]] mengklaim menembakkan rudal hipersonik ke arah Bandara Ben Gurion, Minggu. [[Juru bicara militer Houthi, Yahya Saree|ys]], mengatakan serangan itu merupakan bentuk solidaritas terhadap [[rakyat Palestina|rp]]. [[Militer Israel|idf]] menyatakan rudal tersebut berhasil dicegat, sementara jet-jet tempur[[nya|jet]] kemudian membombardir pelabuhan Hodeidah yang dikuasai [[kelompok tersebut|kt]].",
  hou=R("houthi", "ORG"), ys=U("person", "YEM", "REB", "PER", "juru bicara"), rp=R("pse", None, "warga", s="CVL"),
  idf=R("isr-idf", "ORG"), jet=A("idf"), kt=A("hou"))

# 6 Yemen Red Sea US
D("[[Komando Pusat AS|cent]] mengumumkan [[pasukannya|p]] menghancurkan tiga peluncur rudal milik [[Houthi|hou]] di pesisir Yaman. Serangan itu dilakukan setelah [[milisi yang didukung Iran tersebut|mil]] menyerang sebuah kapal tanker berbendera Liberia di Laut Merah. [[Teheran|teh]] membantah memasok senjata kepada [[Ansarullah|ans]].",
  cent=R("usa-centcom", "ORG"), p=A("cent"), hou=R("houthi", "ORG"), mil=A("hou"),
  teh=R("irn", "LOC"), ans=R("houthi", "ORG"))

# 7 Iraq militias
D("[[Kataib Hizbullah|kh]] mengumumkan penghentian sementara serangan terhadap [[pasukan AS|pas]] di Irak dan Suriah. Dalam pernyataan[[nya|pn]], [[milisi itu|mil]] mengaku ingin menghindari rasa malu bagi [[pemerintah Irak|gov]]. Namun [[Harakat al-Nujaba|nuj]] menyatakan [[pihaknya|p]] akan tetap melanjutkan operasi. [[Pentagon|pen]] menyebut pernyataan itu belum bisa dipercaya.",
  kh=R("kataib-hizbullah", "ORG"), pas=R("usa-armed-forces", "ORG"), pn=A("kh"), mil=A("pn"), gov=R("irq", "ORG"),
  nuj=R("harakat-al-nujaba", "ORG"), p=A("nuj"), pen=R("usa-dod", "ORG"))

# 8 Iraq PM
D("[[Perdana Menteri Irak Mohammed Shia al-Sudani|pm]] bertemu [[Utusan Khusus PBB untuk Irak|ut]] di Baghdad untuk membahas penarikan misi politik [[organisasi internasional itu|org]]. [[Al-Sudani|sud]] mengatakan [[negaranya|neg]] kini mampu mengelola keamanan sendiri. [[Pasukan Mobilisasi Populer|pmf]] menyatakan mendukung langkah [[pemerintah|gov]].",
  pm=U("person", "IRQ", "GOV", "PER", "Perdana Menteri"), ut=U("person", None, "IGO", None, "diplomat"), org=A("ut", aid="un"),
  sud=U("person", "IRQ", "GOV", "PER"), neg=A("pm", aid="irq"),
  pmf=R("irq-pmf", "ORG"), gov=A("neg"))

# 9 Sudan
D("[[Pasukan Dukungan Cepat (RSF)|rsf]] dilaporkan menguasai kota El Fasher setelah pengepungan selama lebih dari setahun. [[Kantor HAM PBB|ohchr]] menerima laporan bahwa [[para milisi tersebut|mil]] mengeksekusi [[puluhan warga sipil|war]] di sebuah rumah sakit. [[Angkatan Bersenjata Sudan|saf]] menyatakan [[pasukannya|p]] telah mundur ke posisi yang lebih aman. [[Menteri Luar Negeri Sudan|mlu]] menyerukan [[Dewan Keamanan PBB|dk]] bersidang darurat.",
  rsf=R("sdn-rsf", "ORG"), ohchr=R("un-ohchr", "ORG"), mil=A("rsf"), war=U("generic_group", "SDN", "CVL", None, "warga"),
  saf=R("sdn-saf", "ORG"), p=A("saf"), mlu=U("person", "SDN", "GOV", None, "Menteri Luar Negeri"), dk=R("un-sc", "ORG"))

# 10 Myanmar
D("[[Junta militer Myanmar|jun]] melancarkan serangan udara ke sebuah desa di wilayah Sagaing yang menewaskan [[sedikitnya 30 penduduk|pen]]. [[Pemerintah Persatuan Nasional|nug]] menuduh [[militer|mil]] sengaja menargetkan sekolah dan tempat ibadah. Menurut [[kelompok oposisi itu|ko]], [[Pasukan Pertahanan Rakyat|pdf]] telah mengevakuasi [[ratusan warga|rw]] ke hutan. [[Naypyidaw|nay]] belum memberikan komentar.",
  jun=R("mmr-tatmadaw", "ORG"), pen=U("generic_group", "MMR", "CVL", None, "warga"), nug=R("mmr-nug", "ORG"),
  mil=A("jun"), ko=A("nug"), pdf=R("mmr-pdf", "ORG"), rw=U("generic_group", "MMR", "CVL", None, "warga"), nay=R("mmr", "LOC"))

# 11 Rohingya
D("[[Sebanyak 146 pengungsi Rohingya|roh]] mendarat di pantai Pidie, Aceh, setelah terombang-ambing di laut selama dua pekan. [[Warga setempat|ws]] sempat menolak kedatangan [[mereka|mer]] sebelum [[petugas|pet]] memindahkan [[para pengungsi itu|ppi]] ke gedung serbaguna. [[UNHCR|unhcr]] meminta [[Pemerintah Kabupaten Pidie|pemkab]] memberikan perlindungan sementara.",
  roh=U("generic_group", "MMR", "CVL", None, "pengungsi"), ws=U("generic_group", "IDN", "CVL", None, "warga"),
  mer=A("roh"), pet=R("idn-polri", None, "polisi"), ppi=A("mer"), unhcr=R("un-unhcr", "ORG"),
  pemkab=U("state_organ", "IDN", "GOV", "ORG"))

# 12 Ukraine
D("[[Rusia|rus]] menghujani Kharkiv dengan rudal dan drone semalaman, menewaskan [[sembilan warga sipil|war]]. [[Presiden Volodymyr Zelensky|zel]] mendesak [[NATO|sek]] mempercepat pengiriman sistem pertahanan udara Patriot. [[Kementerian Pertahanan Rusia|mod]] mengklaim [[pasukannya|p]] hanya menyasar fasilitas industri militer. [[Kyiv|kyiv]] menyebut klaim itu sebagai kebohongan.",
  rus=R("rus", "LOC"), war=U("generic_group", "UKR", "CVL", None, "warga"), zel=R("ukr-volodymyr-zelensky", "PER", "Presiden"),
  sek=R("nato", "ORG"), mod=R("rus-mod", "ORG"), p=A("mod"), kyiv=R("ukr", "LOC"))

# 13 Ukraine peace talks
D("[[Menteri Luar Negeri AS Marco Rubio|rub]] bertemu [[delegasi Ukraina|del]] di Jenewa untuk membahas rancangan perjanjian damai. [[Rubio|rub2]] mengatakan [[Washington|was]] tidak akan memaksakan kesepakatan kepada [[Kyiv|kyiv]]. Sementara itu, [[juru bicara Kremlin Dmitry Peskov|pes]] menyebut [[Moskow|mos]] belum menerima dokumen resmi dari [[pihak AS|pas]].",
  rub=R("usa-marco-rubio", "PER", "Menteri Luar Negeri"), **{"del": R("ukr", None, "diplomat")},
  rub2=R("usa-marco-rubio", "PER"), was=R("usa", "LOC"), kyiv=R("ukr", "LOC"),
  pes=U("person", "RUS", "GOV", "PER", "juru bicara"), mos=R("rus", "LOC"), pas=R("usa", "ORG"))

# 14 South China Sea Philippines
D("[[Penjaga Pantai China|ccg]] menembakkan meriam air ke arah kapal pemasok [[Filipina|phl]] di dekat Second Thomas Shoal, Senin. [[Angkatan Bersenjata Filipina|afp]] menyebut [[tiga prajurit Filipina|awak]] terluka akibat insiden itu. [[Kementerian Luar Negeri China|mfa]] menuding [[Manila|man]] sengaja memprovokasi, sedangkan [[Amerika Serikat|usa]] menegaskan komitmen[[nya|usn]] untuk membela [[negara kepulauan itu|sk]].",
  ccg=R("chn-coast-guard", "ORG"), phl=R("phl", "LOC"), afp=R("phl-afp", "ORG"), awak=R("phl-afp", None, "tentara"),
  mfa=R("chn-mfa", "ORG"), man=R("phl", "LOC"), usa=R("usa", "LOC"), usn=A("usa"), sk=A("man"))

# 15 Natuna Vietnam fishermen
D("[[Badan Keamanan Laut|bak]] menangkap dua kapal ikan asing berbendera Vietnam di perairan Laut Natuna Utara, Rabu. Sebanyak [[12 nelayan Vietnam|nel]] diamankan dan dibawa ke Batam. [[Kepala Bakamla Laksdya Irvansyah|kep]] mengatakan [[para nelayan tersebut|pnt]] kedapatan menggunakan pukat harimau. [[Kedutaan Besar Vietnam|keb]] di Jakarta telah meminta akses kekonsuleran.",
  bak=R("idn-bakamla", "ORG"), nel=R("vnm", None, "nelayan", s="CVL"), kep=U("person", "IDN", "COP", "PER", "Ketua"),
  pnt=A("nel"), keb=R("vnm", "ORG"))

# 16 Natuna China
D("[[Kapal penjaga pantai China|ccg]] kembali terdeteksi memasuki Zona Ekonomi Eksklusif Indonesia di utara Natuna. [[TNI AL|kri]] yang tengah berpatroli dengan KRI Usman Harun langsung membayangi [[kapal tersebut|kt]] hingga keluar dari wilayah ZEE. [[Juru bicara Kemlu Roy Soemirat|roy]] mengatakan [[pihaknya|p]] telah memanggil [[Duta Besar China untuk Indonesia|dub]] untuk meminta penjelasan.",
  ccg=R("chn-coast-guard", "ORG"), kri=R("idn-tni-al", "ORG"), kt=A("ccg"),
  roy=U("person", "IDN", "GOV", "PER", "juru bicara"), p=A("roy", aid="idn-kemlu"),
  dub=U("person", "CHN", "GOV", None, "Duta Besar"))
