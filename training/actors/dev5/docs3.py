"""dev5 documents 18-25: law enforcement and courts (KPK, Kejaksaan, Polri, courts, press freedom, terrorism)."""
from lib import *  # noqa: F401,F403

# 18 KPK detains a former governor; "mantan gubernur itu", "lembaga antirasuah itu", "tersangka", "kliennya"
D("JAKARTA, KOMPAS.com – [[Komisi Pemberantasan Korupsi|kpk]] menahan [[mantan Gubernur Sulawesi Barat Hasanuddin Lamo|hl]] terkait dugaan korupsi dana hibah pembangunan masjid senilai Rp 48 miliar. [[Juru bicara KPK Budi Prasetyo|bp]] mengatakan [[mantan gubernur itu|mgi]] diduga menerima imbalan dari [[tiga kontraktor|tk]] melalui rekening [[adik iparnya|ai]]. [[Lembaga antirasuah itu|la]] juga menggeledah rumah pribadi [[tersangka|ts]] di Mamuju dan menyita dua mobil mewah. [[Kuasa hukum Hasanuddin, Rudi Tarigan|rt]], menyatakan [[kliennya|kl]] akan kooperatif, tetapi [[pihaknya|p]] menilai penahanan itu tidak perlu karena [[Hasanuddin|h2]] tidak pernah mangkir dari panggilan [[penyidik|pny]].",
  kpk=R("idn-kpk", "ORG"), hl=U("person", "IDN", "GOV", "PER", "Gubernur"), bp=U("person", "IDN", "GOV", "PER", "juru bicara"),
  mgi=A("hl"), tk=U("generic_group", "IDN", "BUS", None, "pengusaha"), ai=U("person", "IDN", "CVL", None, None), la=A("kpk"),
  ts=A("mgi"), rt=U("person", "IDN", "CVL", "PER", "pengacara"), kl=A("ts"), p=A("rt"),
  h2=U("person", "IDN", "GOV", "PER", same="hl"), pny=R("idn-kpk", None, "penyidik"))

# 19 Kejagung names a tin-company director; "pria berusia 52 tahun itu", "kejaksaan"
D("[[Kejaksaan Agung|kj]] menetapkan [[Direktur Utama PT Tambang Sejahtera Abadi berinisial HW|hw]] sebagai tersangka korupsi tata niaga timah dengan nilai kerugian mencapai Rp 3,2 triliun. [[Kapuspenkum Kejagung Anang Supriatna|as1]] mengatakan [[pria berusia 52 tahun itu|pb]] diduga bersekongkol dengan [[sejumlah pejabat PT Timah|spt]] untuk membeli bijih dari [[penambang ilegal|pi]]. [[Penyidik Korps Adhyaksa|pka]] langsung menahan [[HW|hw2]] di Rutan Salemba selama 20 hari ke depan. [[Kuasa hukum tersangka|kht]] menilai [[kliennya|kl]] hanya menjalankan kontrak resmi dan berencana mengajukan praperadilan terhadap [[kejaksaan|kjs]].",
  kj=R("idn-kejagung", "ORG"), hw=U("person", "IDN", "BUS", "PER", "pengusaha"), as1=U("person", "IDN", "JUD", "PER", "juru bicara"),
  pb=A("hw"), spt=U("generic_group", "IDN", "BUS", None, "pejabat"), pi=U("generic_group", "IDN", "CVL", None, None),
  pka=R("idn-kejagung", None, "penyidik"), hw2=U("person", "IDN", "BUS", "PER", same="hw"),
  kht=U("person", "IDN", "CVL", None, "pengacara"), kl=A("hw2"), kjs=A("kj"))

# 20 A police officer shoots a student; "dia" = the officer; "anak mereka" = the victim; "yang bersangkutan"
D("[[Seorang anggota Polres Semarang|sap]] ditetapkan sebagai tersangka oleh [[Polda Jawa Tengah|pj]] setelah menembak [[seorang pelajar SMK|sps]] hingga tewas, Minggu dini hari. [[Kapolda Jateng Irjen Ribut Hari Wibowo|rhw]] mengatakan [[polisi berpangkat aipda itu|pba]] mengaku melepaskan tembakan karena mengira [[korban|kor]] dan [[teman-temannya|tt]] hendak menyerang [[dia|dia]] dengan celurit. Namun, [[keluarga pelajar tersebut|kp]] membantah versi [[polisi|pol]] dan menyebut [[anak mereka|am]] hanya sedang pulang dari tempat les. [[Kapolri Jenderal Listyo Sigit Prabowo|lsp]] memerintahkan [[Divisi Propam|prop]] mengusut kasus itu secara transparan, sementara [[Kompolnas|kom]] meminta [[yang bersangkutan|yb]] dijerat pasal pembunuhan.",
  sap=U("person", "IDN", "COP", None, "polisi"), pj=R("idn-polda-jateng", "ORG"), sps=U("person", "IDN", "EDU", None, "pelajar"),
  rhw=U("person", "IDN", "COP", "PER", "Kapolda"), pba=A("sap"), kor=A("sps"), tt=U("generic_group", "IDN", None, None, None),
  dia=A("pba"), kp=U("generic_group", "IDN", "CVL", None, None), pol=R("idn-polri", None, "polisi"), am=A("kor"),
  lsp=R("idn-listyo-sigit-prabowo", "PER", "Kapolri"), prop=R("idn-propam", "ORG"), kom=R("idn-kompolnas", "ORG"), yb=A("dia"))

# 21 Tipikor verdict for a former PAN legislator; "politikus Partai Amanat Nasional itu", "terdakwa"
D("[[Majelis hakim Pengadilan Tipikor Jakarta|mh]] menjatuhkan vonis sembilan tahun penjara kepada [[mantan anggota DPR dari Fraksi PAN, Zulkarnain Hamid|zh]], dalam perkara suap pengadaan alat kesehatan. [[Majelis|mj]] menilai [[politikus Partai Amanat Nasional itu|ppi]] terbukti menerima Rp 11 miliar dari [[seorang pengusaha farmasi|spf]] agar [[perusahaannya|per]] memenangi tender di [[Kementerian Kesehatan|kemenkes]]. Vonis tersebut lebih ringan dua tahun daripada tuntutan [[jaksa KPK|jk]]. Usai sidang, [[terdakwa|tdk]] menyatakan pikir-pikir, sementara [[pengacaranya|pg]] menilai [[para hakim|ph]] mengabaikan fakta persidangan.",
  mh=U("state_organ", "IDN", "JUD", None, "Hakim"), zh=U("person", "IDN", "LEG", "PER", "anggota DPR"), mj=A("mh"), ppi=A("zh"),
  spf=U("person", "IDN", "BUS", None, "pengusaha"), per=U("business", "IDN", "BUS", None, None),
  kemenkes=R("idn-kemenkes", "ORG"), jk=R("idn-kpk", None, "Jaksa"), tdk=A("ppi"),
  pg=U("person", "IDN", "CVL", None, "pengacara"), ph=A("mj"))

# 22 Narcotics arrest of an actor; quote with "Tersangka"; "kedua rekannya", "sang aktor"
D("[[Direktorat Reserse Narkoba Polda Metro Jaya|drn]] menangkap [[seorang aktor sinetron berinisial RA|ra]] di apartemen[[nya|nya]] di Jakarta Selatan, Rabu malam, bersama [[dua rekannya|dr]]. [[Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi|aa]] mengatakan [[pria berusia 40 tahun itu|pb]] dinyatakan positif metamfetamina, sedangkan [[kedua rekannya|kr]] negatif. \"[[Tersangka|ts]] mengaku membeli sabu itu dari [[seorang pengedar di Tangerang|sp]],\" ujar [[Ade Ary|aa2]]. [[Penyidik|pny]] masih memburu [[pengedar tersebut|pt]] dan akan mengajukan asesmen rehabilitasi bagi [[sang aktor|sa]].",
  drn=U("police", "IDN", "COP", "ORG"), ra=U("person", "IDN", "CVL", "PER", None), nya=A("ra"),
  dr=U("generic_group", "IDN", "CVL", None, None), aa=U("person", "IDN", "COP", "PER", "Kadiv Humas Polri"), pb=A("nya"),
  kr=A("dr"), ts=A("pb"), sp=U("person", "IDN", None, None, None), aa2=U("person", "IDN", "COP", "PER", same="aa"),
  pny=R("idn-polri", None, "penyidik"), pt=A("sp"), sa=A("ts"))

# 23 MK scraps the presidential threshold; "Mahkamah", "fraksinya", "Para pemohon"
D("[[Mahkamah Konstitusi|mk]] mengabulkan gugatan [[sekelompok mahasiswa Universitas Gadjah Mada|smu]] dan menghapus ambang batas pencalonan presiden sebesar 20 persen. Dalam pertimbangan[[nya|nya]], [[Mahkamah|mah]] menilai aturan itu membatasi hak [[rakyat|rak]] untuk mendapatkan lebih banyak pilihan. [[Partai Buruh|pbu]] menyambut putusan tersebut, sementara [[Ketua Fraksi Gerindra DPR Budisatrio Djiwandono|bd]] mengatakan [[fraksinya|fr]] akan mempelajari putusan itu sebelum merevisi UU Pemilu bersama [[pemerintah|pem]]. [[Para pemohon|pp]] sendiri mengaku tidak menyangka gugatan [[mereka|mer]] dikabulkan.",
  mk=R("idn-mk", "ORG"), smu=U("generic_group", "IDN", "EDU", None, "mahasiswa"), nya=A("mk"), mah=A("nya"),
  rak=U("generic_group", "IDN", "CVL", None, "warga"), pbu=R("idn-partai-buruh", "ORG"),
  bd=U("person", "IDN", "LEG", "PER", "anggota DPR"), fr=A("bd", aid="idn-gerindra"), pem=R("idn"), pp=A("smu"), mer=A("pp"))

# 24 Press freedom: a Tempo journalist beaten by officers; "wartawannya", "petugas", "anggota yang terlibat"
D("[[Seorang jurnalis Tempo|sjt]] dipukul dan diintimidasi oleh [[sejumlah aparat|sa]] saat meliput demonstrasi penolakan revisi UU TNI di depan Gedung DPRD Jawa Timur, Surabaya. [[Pemimpin Redaksi Tempo Setri Yasra|sy]] mengatakan [[wartawannya|wn]] dipaksa menghapus foto dan video yang merekam kekerasan [[petugas|pt]] terhadap [[mahasiswa|mhs]]. [[Dewan Pers|dp]] mengecam insiden itu dan meminta [[Polda Jatim|pj]] menindak [[para pelaku|pp]]. [[Kabid Humas Polda Jatim Kombes Jules Abraham Abast|ja]] berjanji [[pihaknya|p]] akan memeriksa [[anggota yang terlibat|at]] dan meminta maaf kepada [[korban|kor]].",
  sjt=U("person", "IDN", "JRN", None, "wartawan"), sa=R("idn-polri", None, "polisi"), sy=U("person", "IDN", "JRN", "PER", "pemimpin"),
  wn=A("sjt"), pt=A("sa"), mhs=U("generic_group", "IDN", "EDU", None, "mahasiswa"), dp=R("idn-dewan-pers", "ORG"),
  pj=R("idn-polda-jatim", "ORG"), pp=A("pt"), ja=U("person", "IDN", "COP", "PER", "Kadiv Humas Polri"),
  p=A("ja", aid="idn-polda-jatim"), at=A("pp"), kor=A("wn"))

# 25 Densus 88 arrests three JAD suspects; "ketiganya", "kelompok tersebut", "mereka" = the public
D("[[Densus 88 Antiteror Polri|d88]] menangkap [[tiga terduga teroris|tt]] di Lampung Tengah yang diduga berencana menyerang [[anggota polisi|ap]] saat perayaan malam Tahun Baru. [[Juru bicara Densus 88 Kombes Mayndra Eka Wardhana|mew]] mengatakan [[ketiganya|kt]] terafiliasi dengan [[Jamaah Ansharut Daulah|jad]] dan sudah berlatih merakit bom sejak Agustus. Dari rumah [[salah satu tersangka|st]], [[petugas|pt]] menyita bahan peledak jenis TATP dan buku-buku panduan milik [[kelompok tersebut|kt2]]. [[Kepala BNPT Eddy Hartono|eh]] meminta [[masyarakat|mas]] segera melapor jika melihat aktivitas mencurigakan di lingkungan [[mereka|mer]].",
  d88=R("idn-densus-88", "ORG"), tt=U("generic_group", "IDN", "REB", None, "teroris"), ap=R("idn-polri", None, "polisi"),
  mew=U("person", "IDN", "COP", "PER", "juru bicara"), kt=A("tt"), jad=R("jad", "ORG"),
  st=U("person", "IDN", "REB", None, "tersangka"), pt=R("idn-densus-88", None, "polisi"), kt2=A("jad"),
  eh=U("person", "IDN", "GOV", "PER", "Kepala BNPT"), mas=U("generic_group", "IDN", "CVL", None, "warga"), mer=A("mas"))
