from lib import *

# 1 corruption trial, former governor
D("[[Majelis hakim Pengadilan Tipikor Jakarta|mh]] menjatuhkan vonis sembilan tahun penjara kepada [[mantan Gubernur Maluku Utara Abdul Rahman Kasuba|gub]] dalam kasus suap proyek infrastruktur, Kamis. [[Hakim|hk]] menilai [[terdakwa|tdk]] terbukti menerima gratifikasi senilai Rp 98 miliar dari [[sejumlah kontraktor|kon]]. Usai sidang, [[kuasa hukum|kh]][[nya|nya]] menyatakan [[mantan gubernur itu|mgi]] akan mengajukan banding. [[Jaksa penuntut umum KPK|jpu]] mengaku masih pikir-pikir atas putusan tersebut.",
  mh=R("idn-pengadilan-tipikor", None, "Hakim"), gub=U("person", "IDN", "GOV", "PER", "Gubernur"),
  hk=A("mh"), tdk=A("gub"), kon=U("generic_group", "IDN", "BUS", None, "pengusaha"),
  kh=U("person", "IDN", "CVL", None, "pengacara"), nya=A("tdk"), mgi=A("gub"), jpu=R("idn-kpk", None, "Jaksa"))

# 2 Kejagung, tin smelter suspects
D("[[Kejaksaan Agung|kj]] menetapkan [[dua petinggi perusahaan smelter swasta|dp]] sebagai tersangka korupsi tata niaga timah di Bangka Belitung. [[Kepala Pusat Penerangan Hukum Kejagung Harli Siregar|hs]] mengatakan [[keduanya|kd]] diduga mengatur ekspor bijih timah ilegal bersama [[seorang pejabat Kementerian ESDM|pej]]. [[Para tersangka|pt]] langsung ditahan di Rutan Salemba cabang Kejagung selama 20 hari. [[Korps Adhyaksa|ka]] juga menyita aset milik [[PT Bumi Logam Sentosa|pbl]] senilai Rp 1,2 triliun.",
  kj=R("idn-kejagung", "ORG"), dp=U("generic_group", "IDN", "BUS", None, "pemimpin"),
  hs=U("person", "IDN", "JUD", "PER", "juru bicara"), kd=A("dp"), pej=U("person", "IDN", "GOV", None, "pejabat"),
  pt=A("kd"), ka=A("kj"), pbl=U("business", "IDN", "BUS", "ORG"))

# 3 KPK sting on a mayor
D("[[KPK|kpk]] menangkap [[Wali Kota Sungai Lintang berinisial HR|wk]] dalam operasi tangkap tangan di rumah dinas[[nya|rd]], Selasa malam. [[Juru bicara KPK Budi Prasetyo|jb]] mengatakan [[sang wali kota|sw]] diduga memerintahkan anak buah[[nya|abn]] memungut setoran dari [[para kepala dinas|kd]]. Selain [[dia|dia]], [[lembaga antirasuah itu|la]] juga mengamankan empat orang lain. [[Pemkot Sungai Lintang|pk]] belum memberikan tanggapan.",
  kpk=R("idn-kpk", "ORG"), wk=U("person", "IDN", "GOV", "PER", "Wali Kota"), rd=A("wk"),
  jb=U("person", "IDN", "GOV", "PER", "juru bicara"), sw=A("wk"), abn=A("sw"),
  kd=U("generic_group", "IDN", "GOV", None, "pejabat"), dia=A("sw"), la=A("kpk"), pk=U("state_organ", "IDN", "GOV", "ORG"))

# 4 Constitutional Court ruling on election threshold
D("[[Mahkamah Konstitusi|mk]] mengabulkan sebagian gugatan uji materi ambang batas pencalonan kepala daerah yang diajukan [[Partai Buruh|pb]]. [[Ketua MK Suhartoyo|suh]] menyatakan ambang batas itu bertentangan dengan konstitusi. Menurut [[dia|dia]], putusan tersebut berlaku mulai pilkada berikutnya. [[Partai yang dipimpin Said Iqbal itu|pyd]] menyambut putusan [[MK|mk2]], sementara [[DPR|dpr]] menyatakan akan segera merevisi undang-undang terkait.",
  mk=R("idn-mk", "ORG"), pb=R("idn-partai-buruh", "ORG"), suh=U("person", "IDN", "JUD", "PER", "Hakim"),
  dia=A("suh"), pyd=A("pb"), mk2=R("idn-mk", "ORG"), dpr=R("idn-dpr", "ORG"))

# 5 PDI-P congress
D("[[PDI Perjuangan|pdip]] resmi menetapkan kembali [[Megawati Soekarnoputri|mega]] sebagai ketua umum dalam kongres di Bali, Sabtu. [[Putri Proklamator itu|ppi]] menegaskan [[partai berlambang banteng itu|pbb]] tidak akan bergabung ke dalam kabinet. [[Sekretaris Jenderal PDI-P Hasto Kristiyanto|hasto]] menyebut sikap tersebut sudah disepakati [[seluruh kader|sk]]. Namun, [[politikus PDI-P tersebut|ppt]] enggan menjawab pertanyaan soal kursi menteri.",
  pdip=R("idn-pdip", "ORG"), mega=R("idn-megawati-soekarnoputri", "PER"), ppi=A("mega"), pbb=A("pdip"),
  hasto=U("person", "IDN", "PTY", "PER", "Sekretaris Jenderal"), sk=R("idn-pdip", None, "anggota"), ppt=A("hasto"))

# 6 KPU re-vote
D("[[KPU|kpu]] memerintahkan pemungutan suara ulang di 24 daerah sesuai putusan [[Mahkamah Konstitusi|mk]]. [[Ketua KPU Mochammad Afifuddin|afi]] mengatakan [[pihaknya|p]] telah menyiapkan anggaran bersama [[pemerintah daerah|pemda]]. [[Bawaslu|baw]] meminta [[penyelenggara pemilu itu|ppi]] memastikan tidak ada lagi politik uang. [[Lembaga pengawas tersebut|lpt]] mencatat [[ratusan aparatur sipil negara|asn]] melanggar netralitas pada putaran pertama.",
  kpu=R("idn-kpu", "ORG"), mk=R("idn-mk", "ORG"), afi=U("person", "IDN", "GOV", "PER", "Ketua KPU"),
  p=A("afi", aid="idn-kpu"), pemda=U("generic_group", "IDN", "GOV"), baw=R("idn-bawaslu", "ORG"),
  ppi=A("kpu"), lpt=A("baw"), asn=U("generic_group", "IDN", "GOV", None, "pejabat"))

# 7 governor, floods
D("[[Gubernur Jawa Tengah Ahmad Luthfi|al]] meninjau banjir yang merendam ribuan rumah di Kabupaten Pekalongan, Minggu. [[Gubernur|g]] menegaskan [[Pemprov Jateng|pp]] akan menanggung biaya perbaikan tanggul yang jebol. [[Ia|ia]] juga meminta [[Bupati Pekalongan|bp]] segera menetapkan status tanggap darurat di wilayah[[nya|wn]]. Menurut [[BPBD Jawa Tengah|bpbd]], banjir menewaskan tiga orang dan memaksa [[sekitar 2.000 warga|war]] mengungsi.",
  al=U("person", "IDN", "GOV", "PER", "Gubernur"), g=A("al"), pp=U("state_organ", "IDN", "GOV", "ORG"), ia=A("g"),
  bp=U("person", "IDN", "GOV", None, "Bupati"), wn=A("bp"), bpbd=U("state_organ", "IDN", "GOV", "ORG"),
  war=U("generic_group", "IDN", "CVL", None, "warga"))

# 8 Pati protest against the regent
D("[[Ribuan warga Pati|wp]] berunjuk rasa di depan kantor bupati menuntut [[Bupati Pati Sudewo|sud]] mundur karena kenaikan pajak bumi dan bangunan hingga 250 persen. [[Para pengunjuk rasa|ppr]] sempat melempari gedung dengan botol air mineral sebelum dihalau [[polisi|pol]]. [[Sudewo|sud2]] kemudian meminta maaf dan membatalkan kebijakan tersebut. Meski begitu, [[DPRD Pati|dprd]] tetap membentuk panitia khusus hak angket untuk memeriksa [[sang bupati|sb]].",
  wp=U("generic_group", "IDN", "CVL", None, "warga"), sud=U("person", "IDN", "GOV", "PER", "Bupati"), ppr=A("wp"),
  pol=R("idn-polri", None, "polisi"), sud2=U("person", "IDN", "GOV", "PER", same="sud"),
  dprd=U("state_organ", "IDN", "LEG", "ORG"), sb=A("sud"))

# 9 Golkar backs Prabowo
D("[[Ketua Umum Partai Golkar Bahlil Lahadalia|bl]] menyatakan [[partainya|pn]] siap mengusung kembali [[Prabowo Subianto|pra]] pada Pemilu 2029. [[Ia|ia]] menyebut keputusan itu diambil setelah mendengar aspirasi pengurus di 38 provinsi. [[Partai berlambang pohon beringin itu|pbp]] menjadi partai kedua yang menyatakan dukungan setelah [[Gerindra|ger]]. [[Menteri ESDM tersebut|mt]] juga meminta [[para kader|pk]] tidak terpecah menjelang musyawarah nasional.",
  bl=U("person", "IDN", "PTY", "PER", "Ketua Umum"), pn=A("bl", aid="idn-golkar"), pra=R("idn-prabowo-subianto", "PER"),
  ia=A("bl"), pbp=A("pn"), ger=R("idn-gerindra", "ORG"), mt=A("bl"), pk=R("idn-golkar", None, "anggota"))

# 10 cabinet reshuffle
D("[[Presiden Prabowo Subianto|pra]] melantik lima menteri baru di Istana Negara, Jakarta, Senin. Dalam sambutan[[nya|sn]], [[Kepala Negara|kn]] meminta [[para menteri|pm]] bekerja cepat menurunkan harga pangan. [[Menteri Sekretaris Negara Prasetyo Hadi|ph]] mengatakan perombakan kabinet merupakan hak prerogatif [[sang presiden|sp]]. [[Ia|ia]] membantah pergantian itu terkait tekanan [[partai politik pendukung pemerintah|pp]].",
  pra=R("idn-prabowo-subianto", "PER", "Presiden"), sn=A("pra"), kn=A("pra"),
  pm=U("generic_group", "IDN", "GOV", None, "Menteri"), ph=U("person", "IDN", "GOV", "PER", "Menteri Sekretaris Negara"),
  sp=A("pra"), ia=A("ph"), pp=U("generic_group", "IDN", "PTY"))

# 11 students protest the Polri bill
D("[[Ribuan mahasiswa|mhs]] berunjuk rasa di depan Gedung DPR menolak pengesahan revisi Undang-Undang Polri. [[Mereka|mer]] menilai aturan itu memperluas kewenangan [[Korps Bhayangkara|kb]] tanpa pengawasan memadai. [[Ketua DPR Puan Maharani|puan]] menyatakan [[lembaganya|lem]] terbuka terhadap masukan publik. Namun, [[politikus PDI-P itu|ppi]] memastikan pengesahan tetap dijadwalkan pekan depan, sementara [[polisi|pol]] menyiagakan ribuan personel di sekitar Senayan.",
  mhs=U("generic_group", "IDN", "EDU", None, "mahasiswa"), mer=A("mhs"), kb=R("idn-polri", "ORG"),
  puan=R("idn-puan-maharani", "PER", "anggota DPR"), lem=A("puan", aid="idn-dpr"), ppi=A("puan"),
  pol=R("idn-polri", None, "polisi"))

# 12 Surabaya street vendors
D("[[Wali Kota Surabaya Eri Cahyadi|eri]] memerintahkan [[Satpol PP Surabaya|spp]] menertibkan [[ratusan pedagang kaki lima|pkl]] di kawasan Tunjungan. [[Pria yang juga politikus PDI-P itu|pri]] beralasan trotoar harus dikembalikan untuk pejalan kaki. [[Para pedagang|pp]] menolak dan meminta [[Pemkot Surabaya|pk]] menyediakan lokasi pengganti. [[Eri|eri2]] berjanji [[pihaknya|p]] akan membangun sentra kuliner baru sebelum akhir tahun.",
  eri=U("person", "IDN", "GOV", "PER", "Wali Kota"), spp=U("state_organ", "IDN", "GOV", "ORG"),
  pkl=U("generic_group", "IDN", "BUS", None, "pengusaha"), pri=A("eri"), pp=A("pkl"),
  pk=U("state_organ", "IDN", "GOV", "ORG"), eri2=U("person", "IDN", "GOV", "PER", same="eri"), p=A("pk"))

# 13 Ombudsman and the Jakarta governor
D("[[Ombudsman RI|omb]] menemukan maladministrasi dalam penerimaan peserta didik baru di Jakarta. [[Anggota Ombudsman Robert Na Endi Jaweng|rob]] mengatakan [[lembaganya|lem]] telah menyerahkan laporan hasil pemeriksaan kepada [[Gubernur Jakarta Pramono Anung|pa]]. [[Mantan Sekretaris Kabinet itu|msk]] berjanji menindaklanjuti temuan tersebut dalam dua pekan. [[Dinas Pendidikan DKI Jakarta|dis]] menyatakan [[pihaknya|p]] akan mengevaluasi [[seluruh kepala sekolah|kks]] yang terlibat.",
  omb=R("idn-ombudsman", "ORG"), rob=U("person", "IDN", "GOV", "PER", "anggota"), lem=A("rob", aid="idn-ombudsman"),
  pa=U("person", "IDN", "GOV", "PER", "Gubernur"), msk=A("pa"), dis=U("state_organ", "IDN", "GOV", "ORG"), p=A("dis"),
  kks=U("generic_group", "IDN", "EDU", None, "guru"))

# 14 judges named as bribery suspects
D("[[Kejaksaan Agung|kj]] menetapkan [[tiga hakim Pengadilan Negeri Jakarta Pusat|th]] sebagai tersangka suap terkait vonis lepas perkara ekspor minyak sawit mentah. [[Direktur Penyidikan Jampidsus Abdul Qohar|aq]] mengatakan [[ketiganya|kt]] diduga menerima uang Rp 22,5 miliar melalui [[seorang panitera|pan]]. [[Para hakim itu|phi]] kini ditahan di Rutan Salemba. [[Komisi Yudisial|ky]] menyatakan akan memeriksa dugaan pelanggaran etik [[mereka|mer]].",
  kj=R("idn-kejagung", "ORG"), th=U("generic_group", "IDN", "JUD", None, "Hakim"), aq=U("person", "IDN", "JUD", "PER", "Ketua"),
  kt=A("th"), pan=U("person", "IDN", "JUD"), phi=A("kt"), ky=R("idn-ky", "ORG"), mer=A("phi"))

# 15 DKPP dismisses a regional election chief
D("[[Dewan Kehormatan Penyelenggara Pemilu|dkpp]] memberhentikan [[Ketua KPU Kabupaten Puncak Jaya|kpj]] karena terbukti mengubah perolehan suara dalam rekapitulasi tingkat kabupaten. Dalam putusan[[nya|pn]], [[DKPP|dkpp2]] menilai [[teradu|ter]] melanggar prinsip kemandirian penyelenggara. [[Ia|ia]] juga dinilai tidak profesional karena menolak rekomendasi [[Bawaslu Puncak Jaya|bs]]. [[KPU RI|kpu]] menyatakan segera menunjuk pengganti[[nya|pg]].",
  dkpp=R("idn-dkpp", "ORG"), kpj=U("person", "IDN", "GOV", None, "Ketua KPU"), pn=A("dkpp"), dkpp2=R("idn-dkpp", "ORG"),
  ter=A("kpj"), ia=A("ter"), bs=U("state_organ", "IDN", "GOV", "ORG"), kpu=R("idn-kpu", "ORG"), pg=A("ia"))
