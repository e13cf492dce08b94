"""dev5 documents 35-50: labour, South China Sea, Myanmar, Ukraine/Russia, ASEAN/UN diplomacy, business."""
from lib import *  # noqa: F401,F403

# 35 Labour rally at the DPR: crowd vs DPR leadership ("mereka" = the crowd); "serikatnya" = KSPI
D("[[Puluhan ribu buruh dari berbagai serikat pekerja|pb]] berunjuk rasa di depan Gedung DPR, Senayan, menolak omnibus law ketenagakerjaan yang baru. [[Presiden KSPI Said Iqbal|si]] mengatakan [[massa|ms]] akan bertahan hingga [[pimpinan DPR|pd]] bersedia menemui [[mereka|mer]]. \"[[Wakil rakyat|wr]] jangan bersembunyi di balik pagar,\" ujar [[Said|sd2]]. [[Ia|ia]] juga mengancam bahwa [[serikatnya|ser]] akan menggelar mogok nasional pada akhir bulan jika tuntutan itu diabaikan. [[Wakil Ketua DPR Sufmi Dasco Ahmad|sda]] akhirnya menemui [[perwakilan buruh|pbu]] dan berjanji [[lembaganya|lem]] akan mengkaji ulang pasal-pasal yang dipersoalkan.",
  pb=U("generic_group", "IDN", "CVL", None, "buruh"), si=U("person", "IDN", "CVL", "PER", "Ketua"), ms=A("pb"),
  pd=R("idn-dpr", None, "pemimpin"), mer=A("ms"), wr=R("idn-dpr", None, "anggota DPR"),
  sd2=U("person", "IDN", "CVL", "PER", same="si"), ia=A("sd2"), ser=A("si", aid="idn-kspi"),
  sda=U("person", "IDN", "LEG", "PER", "anggota DPR"), pbu=U("generic_group", "IDN", "CVL", None, "buruh"),
  lem=A("sda", aid="idn-dpr"))

# 36 Ojol drivers vs app companies; "organisasinya", "sang menteri", "kementeriannya", Grab "pihaknya"
D("[[Ribuan pengemudi ojek online|rpo]] memadati kawasan Monas, Jakarta, menuntut [[perusahaan aplikasi|pa]] menurunkan potongan komisi dari 20 persen menjadi 10 persen. [[Ketua Umum Garda Indonesia Raden Igun Wicaksono|igun]] mengatakan [[organisasinya|org]] sudah tiga kali melayangkan surat kepada [[Kementerian Perhubungan|kemenhub]], tetapi tidak pernah mendapat jawaban. [[Menteri Perhubungan Dudy Purwagandhi|dp]] kemudian menemui [[para pengemudi|ppd]], dan [[sang menteri|sm]] berjanji [[kementeriannya|kem]] akan memanggil [[Gojek|goj]] serta [[Grab|grab]] pekan depan. [[Grab|grab2]] menyatakan [[pihaknya|p]] menghormati aspirasi [[mitra pengemudi|mp]], tetapi menilai komisi 20 persen masih dibutuhkan untuk membiayai asuransi [[mereka|mer]].",
  rpo=U("generic_group", "IDN", "CVL", None, "pengemudi ojek"), pa=U("generic_group", "IDN", "BUS", None, None),
  igun=U("person", "IDN", "CVL", "PER", "Ketua Umum"), org=A("igun", aid="idn-ojol-garda"), kemenhub=R("idn-kemenhub", "ORG"),
  dp=U("person", "IDN", "GOV", "PER", "Menteri Perhubungan"), ppd=A("rpo"), sm=A("dp"), kem=A("sm", aid="idn-kemenhub"),
  goj=U("business", "IDN", "BUS", "ORG"), grab=U("business", "SGP", "BUS", "ORG"),
  grab2=U("business", "SGP", "BUS", "ORG", same="grab"), p=A("grab2"),
  mp=U("generic_group", "IDN", "CVL", None, "pengemudi ojek"), mer=A("mp"))

# 37 Textile layoffs: company vs union ("mereka" = the union, not the company)
D("[[PT Sinar Tekstil Nusantara|stn]] memutus hubungan kerja [[2.300 karyawan|k23]] di pabrik[[nya|nya]] di Sukoharjo, Jawa Tengah, setelah pesanan dari Eropa anjlok. [[Direktur Utama perusahaan tersebut, Hartono Wijaya|hw]], mengatakan [[manajemen|man]] tidak punya pilihan lain karena kerugian terus membengkak sejak tahun lalu. [[Serikat pekerja di pabrik itu|sp]] menuding [[perusahaan|per]] belum membayar pesangon sesuai ketentuan, dan [[mereka|mer]] telah melaporkan hal itu ke [[Kementerian Ketenagakerjaan|kemnaker]]. [[Menaker Yassierli|yas]] berjanji mengirim [[pengawas ketenagakerjaan|pk]] untuk memastikan hak-hak [[para buruh|pbu]] dipenuhi.",
  stn=U("business", "IDN", "BUS", "ORG"), k23=U("generic_group", "IDN", "CVL", None, "buruh"), nya=A("stn"),
  hw=U("person", "IDN", "BUS", "PER", "pengusaha"), man=A("nya"), sp=U("ngo", "IDN", "CVL", None, "buruh"), per=A("man"),
  mer=A("sp"), kemnaker=R("idn-kemnaker", "ORG"), yas=U("person", "IDN", "GOV", "PER", "Menteri Ketenagakerjaan"),
  pk=R("idn-kemnaker", None, "pejabat"), pbu=A("k23"))

# 38 Undocumented Indonesian workers detained in Sabah; "mereka" (object) = the workers, not the employers
D("[[Polis Diraja Malaysia|pdrm]] menahan [[38 pekerja migran Indonesia|pmi]] dalam razia di sebuah perkebunan sawit di Sabah karena [[mereka|mer]] tidak memiliki dokumen kerja yang sah. [[Menteri Pelindungan Pekerja Migran Indonesia Abdul Kadir Karding|akk]] mengatakan [[pihaknya|p]] telah mengirim tim ke Kota Kinabalu untuk memastikan [[para pekerja tersebut|ppt]] mendapat pendampingan hukum. [[Ia|ia]] juga mendesak [[pemerintah Malaysia|pm]] menindak [[majikan|maj]] yang sengaja mempekerjakan [[mereka|mer2]] tanpa dokumen. [[Konsulat RI di Tawau|kri]] mencatat sebagian besar [[tahanan|th]] berasal dari Nusa Tenggara Timur.",
  pdrm=R("mys-pdrm", "ORG"), pmi=R("idn", None, "pekerja migran", s="CVL"), mer=A("pmi"),
  akk=U("person", "IDN", "GOV", "PER", "Menteri Pelindungan Pekerja Migran Indonesia"), p=A("akk", aid="idn-kp2mi"),
  ppt=A("mer"), ia=A("akk"), pm=R("mys", "ORG"), maj=U("generic_group", "MYS", "BUS", None, "pengusaha"), mer2=A("ppt"),
  kri=R("idn", "ORG"), th=A("mer2"))

# 39 South China Sea: water cannon at a Philippine boat; "negaranya" = China; "sekutunya itu" = the Philippines
D("[[Penjaga Pantai China|ccg]] menembakkan meriam air ke arah kapal pemasok milik [[Filipina|phl]] di dekat Second Thomas Shoal, Laut China Selatan, Sabtu pagi. [[Dewan Keamanan Nasional Filipina|nsc]] menyebut [[empat awak kapal|eak]] terluka akibat serangan itu dan menuduh [[Beijing|bj]] sengaja meningkatkan ketegangan. [[Juru bicara Kementerian Luar Negeri China Lin Jian|lj]] membantah tudingan tersebut dan mengatakan [[kapal-kapal penjaga pantai|kpp]] hanya menghalau kapal yang memasuki wilayah [[negaranya|neg]] tanpa izin. [[Washington|was]] menegaskan kembali komitmen[[nya|nya]] untuk membela [[sekutunya itu|si]] berdasarkan perjanjian pertahanan bersama tahun 1951.",
  ccg=R("chn-coast-guard", "ORG"), phl=R("phl", "LOC"), nsc=U("state_organ", "PHL", "GOV", "ORG"),
  eak=U("generic_group", "PHL", "CVL", None, "awak kapal"), bj=R("chn", "LOC"), lj=U("person", "CHN", "GOV", "PER", "juru bicara"),
  kpp=A("ccg"), neg=A("lj", aid="chn"), was=R("usa", "LOC"), nya=A("was"), si=A("phl"))

# 40 Natuna: Bakamla expels a Chinese coast guard ship ("kapal tersebut", "menghalaunya")
D("[[Badan Keamanan Laut|bakamla]] mengusir [[kapal Penjaga Pantai China|kcc]] yang memasuki Zona Ekonomi Eksklusif Indonesia di Laut Natuna Utara, Senin. [[Kepala Bakamla Laksamana Madya Irvansyah|irv]] mengatakan [[kapal tersebut|kt]] berupaya mengganggu survei seismik milik [[PT Pertamina Hulu Energi|phe]], sehingga [[pihaknya|p]] mengerahkan dua kapal patroli untuk menghalau[[nya|nya]]. [[Kementerian Luar Negeri|kemlu]] memanggil [[Duta Besar China di Jakarta|dbc]] untuk menyampaikan protes, sementara [[Beijing|bj]] bersikeras bahwa perairan itu termasuk wilayah penangkapan ikan tradisional [[nelayan China|nc]]. [[Anggota Komisi I DPR TB Hasanuddin|tbh]] meminta [[pemerintah|pem]] tidak ragu mengerahkan [[TNI AL|tnial]] jika [[China|chn]] terus melanggar hak berdaulat [[Indonesia|idn]].",
  bakamla=R("idn-bakamla", "ORG"), kcc=R("chn-coast-guard", "ORG"), irv=U("person", "IDN", "COP", "PER", "Ketua"), kt=A("kcc"),
  phe=U("business", "IDN", "BUS", "ORG"), p=A("irv", aid="idn-bakamla"), nya=A("kt"), kemlu=R("idn-kemlu", "ORG"),
  dbc=U("person", "CHN", "GOV", None, "Duta Besar"), bj=R("chn", "LOC"), nc=R("chn", None, "nelayan", s="CVL"),
  tbh=U("person", "IDN", "LEG", "PER", "anggota DPR"), pem=R("idn"), tnial=R("idn-tni-al", "ORG"), chn=R("chn", "LOC"),
  idn=R("idn", "LOC"))

# 41 Code of conduct talks: "ia" = Sugiono; "diplomat senior itu" / "menurutnya" = Wang Yi
D("[[Menteri Luar Negeri Sugiono|sug]] mendesak [[China|chn]] dan [[negara-negara anggota ASEAN|nna]] segera merampungkan kode tata perilaku di Laut China Selatan sebelum akhir tahun depan. Dalam pertemuan di Kuala Lumpur, [[ia|ia]] mengingatkan bahwa insiden antara [[kapal penjaga pantai China|kpc]] dan [[nelayan Vietnam|nv]] terus meningkat dalam tiga bulan terakhir. [[Menteri Luar Negeri China Wang Yi|wy]] menyatakan [[Beijing|bj]] tetap berkomitmen pada perundingan, tetapi [[diplomat senior itu|dsi]] menolak ketentuan yang mengikat secara hukum karena menurut[[nya|nya]] perairan tersebut merupakan wilayah historis [[China|chn2]]. [[Vietnam|vnm]] dan [[Filipina|phl]] justru menginginkan aturan yang tegas, sementara [[Malaysia|mys]] memilih bersikap netral.",
  sug=R("idn-sugiono", "PER", "Menteri Luar Negeri"), chn=R("chn", "LOC"), nna=R("asean"), ia=A("sug"),
  kpc=R("chn-coast-guard", "ORG"), nv=R("vnm", None, "nelayan", s="CVL"), wy=U("person", "CHN", "GOV", "PER", "Menteri Luar Negeri"),
  bj=R("chn", "LOC"), dsi=A("wy"), nya=A("dsi"), chn2=R("chn", "LOC"), vnm=R("vnm", "LOC"), phl=R("phl", "LOC"),
  mys=R("mys", "LOC"))

# 42 Myanmar airstrike in Sagaing; "para jenderal" = the junta; "pesawat mereka" = the junta's
D("[[Junta militer Myanmar|jm]] kembali membombardir sebuah desa di wilayah Sagaing dan menewaskan [[sedikitnya 24 warga sipil|ws]], termasuk [[sembilan anak|sa]]. [[Pemerintah Persatuan Nasional|nug]] menyebut serangan itu sebagai kejahatan perang dan meminta [[ASEAN|asean]] berhenti mengundang [[para jenderal|pj]] ke forum-forum regional. [[Juru bicara junta Zaw Min Tun|zmt]] mengklaim pesawat [[mereka|mer]] hanya menyasar markas [[Pasukan Pertahanan Rakyat|pdf]] dan menuding [[kelompok perlawanan itu|kpi]] menjadikan [[penduduk|pd]] sebagai tameng manusia. [[Utusan khusus ASEAN untuk Myanmar|uka]] mengatakan [[ia|ia]] akan kembali ke Naypyidaw bulan depan untuk menemui [[pemimpin junta Min Aung Hlaing|mah]].",
  jm=R("mmr-tatmadaw", "ORG"), ws=U("generic_group", "MMR", "CVL", None, "warga"), sa=U("generic_group", "MMR", "CVL", None, None),
  nug=R("mmr-nug", "ORG"), asean=R("asean", "ORG"), pj=A("jm"), zmt=U("person", "MMR", "MIL", "PER", "juru bicara"),
  mer=A("zmt", aid="mmr-tatmadaw"), pdf=R("mmr-pdf", "ORG"), kpi=A("pdf"), pd=U("generic_group", "MMR", "CVL", None, "warga"),
  uka=U("person", None, "IGO", None, "diplomat"), ia=A("uka"), mah=U("person", "MMR", "MIL", "PER", "pemimpin"))

# 43 Arakan Army takes Buthidaung; passive agent "kelompok pemberontak tersebut"; "negara itu" = Bangladesh
D("[[Tentara Arakan|aa]] mengklaim telah merebut kota Buthidaung di Negara Bagian Rakhine setelah pertempuran selama dua pekan dengan [[tentara Myanmar|tm]]. [[Ribuan warga Rohingya|rwr]] melarikan diri ke perbatasan Bangladesh karena [[mereka|mer]] dituduh membantu [[militer|mil]] oleh [[kelompok pemberontak tersebut|kpt]]. [[Juru bicara Tentara Arakan Khine Thu Kha|ktk]] membantah [[pasukannya|pas]] membakar rumah-rumah [[warga|w]] dan menyebut tuduhan itu sebagai propaganda [[junta|jun]]. [[Bangladesh|bgd]] menyatakan tidak sanggup lagi menampung [[pengungsi baru|pb]], sementara [[UNHCR|unhcr]] meminta [[negara itu|ni]] membuka perbatasan[[nya|nya]].",
  aa=R("arakan-army", "ORG"), tm=R("mmr-tatmadaw", "ORG"), rwr=U("generic_group", "MMR", "CVL", None, "warga"), mer=A("rwr"),
  mil=A("tm"), kpt=A("aa"), ktk=U("person", "MMR", "REB", "PER", "juru bicara"), pas=A("ktk", aid="arakan-army"), w=A("mer"),
  jun=A("mil"), bgd=R("bgd", "LOC"), pb=U("generic_group", "MMR", "CVL", None, "pengungsi"), unhcr=R("un-unhcr", "ORG"),
  ni=A("bgd"), nya=A("ni"))

# 44 Massive Russian drone attack; Moskow / Kyiv acting; "negaranya" = Russia
D("KYIV, KOMPAS.com – [[Rusia|rus]] meluncurkan lebih dari 400 pesawat nirawak dan 40 rudal ke berbagai kota di Ukraina dalam serangan terbesar sejak awal tahun. [[Angkatan Udara Ukraina|auu]] menyatakan [[pihaknya|p]] berhasil menembak jatuh sebagian besar di antaranya, tetapi serpihan rudal menewaskan [[tujuh warga Kyiv|twk]]. [[Presiden Volodymyr Zelensky|vz]] menuding [[Moskow|msk]] sengaja menyasar jaringan listrik menjelang musim dingin, dan [[ia|ia]] kembali meminta [[sekutu-sekutu Barat|sb]] mengirim tambahan sistem pertahanan udara Patriot. [[Juru bicara Kremlin Dmitry Peskov|dp]] menyebut serangan itu sebagai balasan atas serangan pesawat nirawak [[Kyiv|kyv]] terhadap kilang minyak di Rusia selatan, dan [[ia|ia2]] menegaskan [[negaranya|neg]] tetap terbuka untuk berunding.",
  rus=R("rus", "LOC"), auu=R("ukr-armed-forces", "ORG"), p=A("auu"), twk=U("generic_group", "UKR", "CVL", None, "warga"),
  vz=R("ukr-volodymyr-zelensky", "PER", "Presiden"), msk=R("rus", "LOC"), ia=A("vz"),
  sb=U("generic_group", None, "GOV", None, None), dp=U("person", "RUS", "GOV", "PER", "juru bicara"), kyv=R("ukr", "LOC"),
  ia2=A("dp"), neg=A("dp", aid="rus"))

# 45 Istanbul talks: "timnya" = the Ukrainian delegation; "negaranya" = Turkey
D("[[Delegasi Rusia|dr]] dan [[delegasi Ukraina|du]] bertemu di Istanbul untuk putaran ketiga perundingan yang dimediasi [[Turki|tur]], Rabu (23/7/2025). [[Kepala delegasi Ukraina Rustem Umerov|ru]] mengatakan [[timnya|tim]] berhasil menyepakati perpanjangan koridor kemanusiaan, tetapi [[ia|ia]] menyesalkan sikap [[Moskow|msk]] yang kembali menolak gencatan senjata tanpa syarat. [[Ketua delegasi Rusia Vladimir Medinsky|vm]] bersikeras [[Kyiv|kyv]] harus menarik seluruh [[tentara Ukraina|tu]] dari empat wilayah yang telah dianeksasi sebelum gencatan senjata dapat dibahas. [[Presiden Turki Recep Tayyip Erdogan|erd]] menyatakan [[negaranya|neg]] siap menjadi tuan rumah pertemuan antara [[Presiden Vladimir Putin|vp]] dan [[Zelensky|zel]].",
  dr=R("rus", None, "delegasi"), du=R("ukr", None, "delegasi"), tur=R("tur", "LOC"), ru=U("person", "UKR", "GOV", "PER", "Ketua"),
  tim=A("du"), ia=A("ru"), msk=R("rus", "LOC"), vm=U("person", "RUS", "GOV", "PER", "Ketua"), kyv=R("ukr", "LOC"),
  tu=R("ukr-armed-forces", "ORG"), erd=R("tur-recep-tayyip-erdogan", "PER", "Presiden"), neg=A("erd", aid="tur"),
  vp=R("rus-vladimir-putin", "PER", "Presiden"), zel=R("ukr-volodymyr-zelensky", "PER"))

# 46 UN monitors: executed POWs; "rekan-rekan mereka" = the executed; "unit-unit yang terlibat" = Russian army
D("[[Misi Pemantauan Hak Asasi Manusia PBB di Ukraina|mph]] melaporkan bahwa [[sedikitnya 60 tawanan perang Ukraina|tpu]] dieksekusi oleh [[tentara Rusia|tr]] setelah menyerah di medan perang sejak akhir tahun lalu. [[Kepala misi tersebut, Danielle Bell|db]], mengatakan [[timnya|tim]] mewawancarai [[para penyintas|pp]] yang menggambarkan bagaimana [[rekan-rekan mereka|rm]] ditembak dari jarak dekat. [[Kementerian Pertahanan Rusia|kpr]] menolak laporan itu dan menyebut [[lembaga PBB tersebut|lpt]] hanya mengandalkan keterangan [[pihak Ukraina|pu]]. [[Kantor Kejaksaan Agung Ukraina|kju]] menyatakan telah membuka penyelidikan kejahatan perang terhadap [[unit-unit yang terlibat|uti]].",
  mph=U("igo", None, "IGO", "ORG"), tpu=R("ukr", None, "tahanan", s="MIL"), tr=R("rus-armed-forces", "ORG"),
  db=U("person", None, "IGO", "PER", "Ketua"), tim=A("mph"), pp=U("generic_group", "UKR", "MIL", None, None), rm=A("tpu"),
  kpr=R("rus-mod", "ORG"), lpt=A("tim"), pu=R("ukr", "ORG"), kju=R("ukr", "ORG", s="JUD"), uti=A("tr"))

# 47 ASEAN summit admits Timor-Leste; "rakyatnya" (people of Timor-Leste) via its PM; "anggota baru itu"
D("[[Perdana Menteri Malaysia Anwar Ibrahim|ai]] secara resmi menyambut [[Timor Leste|tls]] sebagai anggota ke-11 [[ASEAN|asean]] dalam pembukaan konferensi tingkat tinggi di Kuala Lumpur, Minggu (26/10/2025). [[Perdana Menteri Timor Leste Xanana Gusmao|xg]] menyebut hari itu sebagai momen bersejarah bagi [[rakyatnya|rak]], yang telah menunggu selama lebih dari satu dekade. [[Presiden Prabowo Subianto|pra]], yang hadir bersama [[delegasi Indonesia|di]], mengatakan [[negaranya|neg]] siap membantu [[anggota baru itu|ab]] membangun kapasitas sumber daya manusia[[nya|nya]]. Sementara itu, [[Myanmar|mmr]] kembali hanya diwakili [[seorang pejabat nonpolitik|pnp]] karena [[pemimpin junta|pj]] masih dilarang menghadiri pertemuan puncak [[perhimpunan itu|pi]].",
  ai=R("mys-anwar-ibrahim", "PER", "Perdana Menteri"), tls=R("tls", "LOC"), asean=R("asean", "ORG"),
  xg=U("person", "TLS", "GOV", "PER", "Perdana Menteri"), rak=A("xg", aid="tls", s="CVL"),
  pra=R("idn-prabowo-subianto", "PER", "Presiden"), di=R("idn", None, "delegasi"), neg=A("pra", aid="idn"), ab=A("tls"),
  nya=A("ab"), mmr=R("mmr", "LOC"), pnp=U("person", "MMR", "GOV", None, "pejabat"), pj=U("person", "MMR", "MIL", None, "pemimpin"),
  pi=A("asean"))

# 48 UN General Assembly resolution on Gaza; "forum itu", "diplomat kawakan itu", "negara-negara pendukung"
D("[[Majelis Umum PBB|mu]] mengadopsi resolusi yang menuntut gencatan senjata permanen di Gaza dengan dukungan [[149 negara|n149]], Kamis waktu New York. [[Amerika Serikat|usa]] dan [[Israel|isr]] menolak resolusi tersebut, sementara [[Duta Besar Israel untuk PBB Danny Danon|dd]] menyebut [[forum itu|fi]] telah dibajak oleh [[kelompok negara anti-Israel|kna]]. [[Wakil Tetap RI untuk PBB Umar Hadi|uh]] mengatakan [[Indonesia|idn]] mendukung penuh resolusi itu, dan [[ia|ia]] mendesak [[Dewan Keamanan|dk]] mengambil langkah yang mengikat. [[Duta Besar Palestina untuk PBB Riyad Mansour|rm]] berterima kasih kepada [[negara-negara pendukung|nnp]], tetapi [[diplomat kawakan itu|dk2]] mengingatkan bahwa resolusi [[Majelis Umum|mu2]] tidak mampu menghentikan bom yang terus menghantam [[rakyatnya|rak]].",
  mu=R("un-ga", "ORG"), n149=U("generic_group", None, "GOV", None, None), usa=R("usa", "LOC"), isr=R("isr", "LOC"),
  dd=U("person", "ISR", "GOV", "PER", "Duta Besar"), fi=A("mu"), kna=U("generic_group", None, "GOV", None, None),
  uh=U("person", "IDN", "GOV", "PER", "Duta Besar"), idn=R("idn", "LOC"), ia=A("uh"), dk=R("un-sc", "ORG"),
  rm=U("person", "PSE", "GOV", "PER", "Duta Besar"), nnp=A("n149"), dk2=A("rm"), mu2=R("un-ga", "ORG"),
  rak=A("rm", aid="pse", s="CVL"))

# 49 Morowali smelter explosion; "Manajemen perusahaan", "perusahaan asal China itu", "pekerja yang terluka"
D("Ledakan tungku di smelter nikel milik [[PT Indonesia Tsingshan Stainless Steel|itss]] di kawasan industri Morowali, Sulawesi Tengah, menewaskan [[13 pekerja|p13]] dan melukai [[puluhan lainnya|pl]]. [[Manajemen perusahaan|mp]] menyatakan ledakan dipicu kebocoran gas dan berjanji menanggung biaya pengobatan [[pekerja yang terluka|pyt]]. Namun, [[Serikat Pekerja Nasional Morowali|spnm]] menuding [[perusahaan asal China itu|pac]] mengabaikan standar keselamatan kerja karena [[para pekerja|pek]] dipaksa bekerja 12 jam sehari. [[Kementerian Ketenagakerjaan|kemnaker]] menghentikan sementara operasional tungku tersebut, sementara [[Polda Sulawesi Tengah|pst]] memeriksa [[tiga manajer|tm]] sebagai saksi.",
  itss=U("business", "CHN", "BUS", "ORG"), p13=U("generic_group", "IDN", "CVL", None, "buruh"),
  pl=U("generic_group", "IDN", "CVL", None, "buruh"), mp=A("itss"), pyt=A("pl"), spnm=U("ngo", "IDN", "CVL", "ORG"), pac=A("mp"),
  pek=U("generic_group", "IDN", "CVL", None, "buruh"), kemnaker=R("idn-kemnaker", "ORG"), pst=R("idn-polda-sulteng", "ORG"),
  tm=U("generic_group", None, "BUS", None, None))

# 50 Danantara recapitalises Garuda; "maskapai tersebut", "maskapai pelat merah itu", "perusahaannya"
D("[[Danantara|dan]] menyuntikkan dana Rp 6,6 triliun kepada [[PT Garuda Indonesia|gia]] untuk merestrukturisasi utang dan memperbarui armada [[maskapai tersebut|mt]]. [[Chief Executive Officer Danantara Rosan Roeslani|rr]] mengatakan [[pihaknya|p]] akan mengawasi ketat penggunaan dana itu agar [[maskapai pelat merah itu|mpm]] tidak kembali merugi. [[Direktur Utama Garuda Wamildan Tsani Panjaitan|wtp]] menyatakan [[perusahaannya|per]] akan menambah 15 pesawat hingga akhir tahun dan membuka kembali sejumlah rute internasional. Namun, [[ekonom INDEF Nailul Huda|nh]] menilai suntikan dana itu berisiko karena [[Garuda|gar]] sudah berulang kali mendapat suntikan modal tanpa perbaikan kinerja yang berarti.",
  dan=R("idn-danantara", "ORG"), gia=U("business", "IDN", "BUS", "ORG"), mt=A("gia"), rr=U("person", "IDN", "GOV", "PER", "Ketua"),
  p=A("rr", aid="idn-danantara"), mpm=A("mt"), wtp=U("person", "IDN", "BUS", "PER", "pengusaha"), per=A("mpm"),
  nh=U("person", "IDN", "EDU", "PER", "guru"), gar=U("business", "IDN", "BUS", "ORG", same="gia"))
