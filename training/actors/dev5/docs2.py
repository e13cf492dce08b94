"""dev5 documents 11-17: Indonesian politics (DPR, parties, ministries, President), press law."""
from lib import *  # noqa: F401,F403

# 11 DPR passes the broadcasting law; AJI; "partainya" of a Gerindra legislator
D("[[DPR|dpr]] mengesahkan revisi Undang-Undang Penyiaran dalam rapat paripurna, Selasa, meski [[Fraksi PDI-P|fp]] menyatakan menolak. [[Ketua DPR Puan Maharani|puan]] mengatakan [[lembaganya|lem]] telah menampung masukan dari [[organisasi-organisasi pers|op]] selama pembahasan. Namun, [[Aliansi Jurnalis Independen|aji]] menilai sejumlah pasal masih mengancam kebebasan [[wartawan|wart]] melakukan liputan investigasi, dan [[organisasi itu|oi]] berencana mengajukan uji materi ke [[Mahkamah Konstitusi|mk]]. [[Anggota Komisi I dari Fraksi Gerindra, Rahayu Saraswati|rs]], menyebut [[partainya|ptn]] mendukung revisi itu karena justru melindungi [[para jurnalis|pj]] dari kriminalisasi.",
  dpr=R("idn-dpr", "ORG"), fp=R("idn-pdip", "ORG"), puan=R("idn-puan-maharani", "PER", "anggota DPR"),
  lem=A("puan", aid="idn-dpr"), op=U("generic_group", "IDN", "JRN", None, None), aji=R("idn-aji", "ORG"),
  wart=U("generic_group", "IDN", "JRN", None, "wartawan"), oi=A("aji"), mk=R("idn-mk", "ORG"),
  rs=U("person", "IDN", "LEG", "PER", "anggota DPR"), ptn=A("rs", aid="idn-gerindra"), pj=A("wart"))

# 12 Two ministers disagree on rice imports (competing person antecedents)
D("[[Menteri Pertanian Andi Sulaiman|as1]] dan [[Menteri Perdagangan Budi Santoso|bs]] berbeda pendapat soal rencana impor beras sebanyak satu juta ton tahun depan. [[Andi|andi]] menegaskan stok beras yang dikelola [[Perum Bulog|bulog]] masih cukup hingga pertengahan 2026, sehingga [[ia|ia]] menilai impor hanya akan menekan harga gabah di tingkat [[petani|pet]]. Sebaliknya, [[Mendag|md]] berpendapat cadangan tetap harus ditambah untuk meredam lonjakan harga menjelang Ramadhan, dan [[ia|ia2]] mengaku sudah berkoordinasi dengan [[perusahaan pelat merah itu|ppm]]. [[Presiden Prabowo Subianto|pra]] akhirnya memutuskan menunda impor dan meminta [[Menteri Perdagangan|mp2]] menggelar operasi pasar di 100 kota.",
  as1=U("person", "IDN", "GOV", "PER", "Menteri Pertanian"), bs=U("person", "IDN", "GOV", "PER", "Menteri Perdagangan"),
  andi=U("person", "IDN", "GOV", "PER", same="as1"), bulog=U("business", "IDN", "BUS", "ORG"), ia=A("andi"),
  pet=U("generic_group", "IDN", "CVL", None, "petani"), md=A("bs"), ia2=A("md"), ppm=A("bulog"),
  pra=R("idn-prabowo-subianto", "PER", "Presiden"), mp2=A("md"))

# 13 Golkar leadership change; "Partai ini" inside a quote; "partai berlambang beringin itu"
D("[[Partai Golkar|gol]] menggelar musyawarah nasional luar biasa di Jakarta untuk memilih pemimpin baru setelah [[Ketua Umum Ahmad Fauzi|af]] mundur secara mendadak pekan lalu. [[Politikus senior itu|ps]] beralasan ingin fokus pada urusan pribadi, tetapi [[sejumlah kader|sk]] menduga [[ia|ia]] mendapat tekanan dari [[Istana|ist]]. \"[[Partai ini|pi]] tidak pernah ditekan oleh siapa pun,\" kata [[Sekretaris Jenderal Golkar Sarmuji|sar]], yang menegaskan [[partai berlambang beringin itu|pbb]] tetap solid mendukung [[pemerintah|pem]]. Menurut [[dia|dia]], [[seluruh pengurus daerah|pd]] sudah sepakat mengusung [[calon tunggal|ct]] demi menghindari perpecahan.",
  gol=R("idn-golkar", "ORG"), af=U("person", "IDN", "PTY", "PER", "Ketua Umum"), ps=A("af"), sk=R("idn-golkar", None, "anggota"),
  ia=A("ps"), ist=R("idn-presidency", "ORG"), pi=A("gol"), sar=U("person", "IDN", "PTY", "PER", "Sekretaris Jenderal"),
  pbb=A("pi"), pem=R("idn"), dia=A("sar"), pd=R("idn-golkar"), ct=U("person", "IDN", "PTY", None, None))

# 14 Kemenkes revokes a doctor's registration; "yang bersangkutan", "terlapor", "kementerian"
D("[[Kementerian Kesehatan|kemenkes]] mencabut surat tanda registrasi [[seorang dokter spesialis di Surabaya|ds]] yang diduga melakukan pelecehan terhadap [[seorang pasien perempuan|spp]]. [[Menteri Kesehatan Budi Gunadi Sadikin|bgs]] mengatakan [[yang bersangkutan|yb]] juga dilarang berpraktik di seluruh fasilitas kesehatan selama proses hukum berjalan. [[Ikatan Dokter Indonesia|idi]] mendukung langkah tersebut, tetapi [[organisasi profesi itu|opi]] meminta [[kementerian|kem]] tetap menghormati asas praduga tak bersalah. [[Polrestabes Surabaya|pol]] menyatakan telah memeriksa [[korban|kor]] dan [[dua perawat|dp]] sebagai saksi, sementara [[terlapor|ter]] dijadwalkan diperiksa pekan depan.",
  kemenkes=R("idn-kemenkes", "ORG"), ds=U("person", "IDN", "MED", None, "tenaga kesehatan"),
  spp=U("person", "IDN", "CVL", None, None), bgs=U("person", "IDN", "GOV", "PER", "Menteri Kesehatan"), yb=A("ds"),
  idi=R("idn-idi", "ORG"), opi=A("idi"), kem=A("kemenkes"), pol=U("police", "IDN", "COP", "ORG"), kor=A("spp"),
  dp=U("generic_group", "IDN", "MED", None, "tenaga kesehatan"), ter=A("yb"))

# 15 The President assigns the Vice-President to Papua; "Kepala Negara", "sang wakil presiden"
D("[[Presiden Prabowo Subianto|pra]] menugaskan [[Wakil Presiden Gibran Rakabuming Raka|gib]] memimpin percepatan pembangunan di Papua, termasuk mengawasi program Makan Bergizi Gratis di daerah terpencil. [[Kepala Negara|kn]] menyampaikan hal itu saat membuka sidang kabinet paripurna di Istana Negara, Jakarta, Senin (3/11/2025). [[Menteri Sekretaris Negara Prasetyo Hadi|ph]] menjelaskan bahwa [[Gibran|g2]] akan berkantor di Jayapura beberapa hari setiap bulan, dan [[ia|ia]] akan didampingi [[sejumlah pejabat Kementerian Dalam Negeri|pkd]]. [[Anggota DPR dari daerah pemilihan Papua, Yan Mandenas|ym]], menyambut penugasan itu, tetapi [[ia|ia2]] mengingatkan [[sang wakil presiden|swp]] agar lebih banyak mendengar suara [[masyarakat adat|ma]].",
  pra=R("idn-prabowo-subianto", "PER", "Presiden"), gib=R("idn-gibran-rakabuming-raka", "PER", "Wakil Presiden"), kn=A("pra"),
  ph=U("person", "IDN", "GOV", "PER", "Menteri Sekretaris Negara"), g2=R("idn-gibran-rakabuming-raka", "PER"), ia=A("g2"),
  pkd=R("idn-kemendagri", None, "pejabat"), ym=U("person", "IDN", "LEG", "PER", "anggota DPR"), ia2=A("ym"), swp=A("ia"),
  ma=U("generic_group", "IDN", "CVL", None, "tokoh masyarakat"))

# 16 Bawaslu / KPU: re-vote in Puncak Jaya; "lembaga penyelenggara pemilu tersebut", "penyelenggara"
D("[[Badan Pengawas Pemilu|bawaslu]] merekomendasikan pemungutan suara ulang di 14 TPS di Kabupaten Puncak Jaya setelah menemukan [[sejumlah anggota KPPS|ak]] mencoblos sendiri surat suara sisa. [[Komisi Pemilihan Umum|kpu]] menyatakan akan menindaklanjuti rekomendasi itu, tetapi [[lembaga penyelenggara pemilu tersebut|lpt]] mengaku kesulitan anggaran. [[Ketua KPU Afifuddin|afi]] mengatakan [[pihaknya|p]] sudah meminta tambahan dana kepada [[Kementerian Keuangan|kemenkeu]] sejak bulan lalu, namun belum mendapat jawaban. [[Tim pemenangan pasangan calon nomor urut 2|tp]] menuding [[KPU|kpu2]] sengaja mengulur waktu dan mengancam membawa perkara itu ke [[Mahkamah Konstitusi|mk]] jika [[penyelenggara|pny]] tidak segera bertindak.",
  bawaslu=R("idn-bawaslu", "ORG"), ak=U("generic_group", "IDN", "GOV", None, "anggota"), kpu=R("idn-kpu", "ORG"), lpt=A("kpu"),
  afi=U("person", "IDN", "GOV", "PER", "Ketua KPU"), p=A("afi", aid="idn-kpu"), kemenkeu=R("idn-kemenkeu", "ORG"),
  tp=U("generic_group", "IDN", "PTY", None, None), kpu2=R("idn-kpu", "ORG"), mk=R("idn-mk", "ORG"), pny=A("kpu2"))

# 17 Kemlu repatriates trafficking victims from Cambodia; "mereka", "para korban"
D("[[Kementerian Luar Negeri|kemlu]] memulangkan [[46 warga negara Indonesia|wni]] yang menjadi korban perdagangan orang di sebuah kompleks penipuan daring di Sihanoukville, Kamboja. [[Direktur Pelindungan WNI Kemlu Judha Nugraha|jn]] mengatakan [[mereka|mer]] direkrut melalui media sosial dengan janji gaji tinggi sebagai staf pemasaran. Setelah tiba, paspor [[para korban|pk]] disita dan [[mereka|mer2]] dipaksa menipu [[warga negara lain|wnl]] hingga 16 jam sehari. [[Kepolisian Kamboja|kk]] menggerebek kompleks itu setelah menerima laporan dari [[KBRI Phnom Penh|kbri]], dan [[Bareskrim Polri|bar]] kini memburu [[para perekrut|ppr]] di Indonesia.",
  kemlu=R("idn-kemlu", "ORG"), wni=R("idn", None, "warga", s="CVL"), jn=U("person", "IDN", "GOV", "PER", "Ketua"), mer=A("wni"),
  pk=A("mer"), mer2=A("pk"), wnl=U("generic_group", None, "CVL", None, "warga"), kk=U("police", "KHM", "COP", "ORG"),
  kbri=R("idn", "ORG"), bar=R("idn-bareskrim", "ORG"), ppr=U("generic_group", "IDN", None, None, "pelaku"))
