from lib import *

# 19 Papua: TPNPB claims the killing of two teachers (the spokesperson introduces the group)
D("JAYAPURA, [[KOMPAS.com|kc]] – [[Juru bicara TPNPB-OPM Sebby Sambom|ss]] mengklaim [[kelompoknya|kel]] bertanggung jawab atas pembakaran sekolah dan penembakan [[dua guru honorer|dg]] di Distrik Anggruk, Kabupaten Yahukimo, Jumat (21/3/2025). \"[[Mereka|mq]] bukan guru, melainkan anggota intelijen [[TNI|tni]] yang menyamar,\" kata [[Sebby|ss2]] dalam keterangan tertulis, tudingan yang langsung dibantah oleh [[Dinas Pendidikan Yahukimo|dis]]. [[Kepala Satgas Humas Operasi Damai Cartenz, Kombes Yusuf Sutejo|ys]], mengatakan [[pihaknya|p]] telah mengevakuasi jenazah [[keduanya|kd]] ke Wamena dan kini memburu [[kelompok bersenjata itu|kbi]]. [[Kapolda Papua Irjen Patrige Renwarin|pr]] meminta [[warga|w]] di Yahukimo tidak terprovokasi dan memastikan [[jajarannya|jj]] akan menjaga sekolah-sekolah lain di wilayah itu.",
  kc=R("idn-kompas", "ORG"), ss=U("person", "IDN", "REB", "PER", "juru bicara"), kel=A("ss", aid="kkb-tpnpb-opm"),
  dg=U("generic_group", "IDN", "EDU", None, "guru"), mq=A("dg"), tni=R("idn-tni", "ORG"), ss2=U("person", "IDN", "REB", "PER", same="ss"),
  dis=U("state_organ", "IDN", "GOV", "ORG"), ys=U("person", "IDN", "COP", "PER", "juru bicara"),
  p=A("ys", aid="idn-satgas-damai-cartenz"), kd=A("mq"), kbi=A("kel"), pr=U("person", "IDN", "COP", "PER", "Kapolda"),
  w=U("generic_group", "IDN", "CVL", None, "warga"), jj=A("pr", aid="idn-polda-papua"))

# 20 Papua: three soldiers killed in Nduga
D("[[Tiga prajurit TNI AD|tp]] gugur setelah disergap [[kelompok bersenjata|kb]] saat mengawal pembangunan jalan Trans-Papua di Kabupaten Nduga, Sabtu. [[Kapendam XVII/Cenderawasih Letkol Inf Candra Kurniawan|ck]] mengatakan [[para prajurit|pp]] ditembak dari arah tebing ketika [[mereka|mer]] sedang beristirahat, dan salah satu senapan [[mereka|mer2]] dirampas [[pelaku|pel]]. [[TPNPB|tpn]] melalui keterangan tertulis mengklaim serangan itu dilakukan oleh anak buah [[Egianus Kogoya|ek]] sebagai balasan atas operasi militer di wilayah [[mereka|mer3]]. \"[[Para penyerang|pps]] pasti akan tertangkap,\" tegas [[Pangdam XVII/Cenderawasih Mayjen TNI Guruh Arif Darmawan|pg]] di Jayapura. [[Jenderal bintang dua itu|jbd]] juga memastikan [[pasukannya|pas]] tidak akan ditarik dari Nduga.",
  tp=R("idn-tni-ad", None, "tentara"), kb=U("generic_group", "IDN", "REB", None, "kelompok bersenjata"),
  ck=U("person", "IDN", "MIL", "PER", "Kapuspen TNI"), pp=A("tp"), mer=A("pp"), mer2=A("mer"), pel=A("kb"),
  tpn=R("kkb-tpnpb-opm", "ORG"), ek=U("person", "IDN", "REB", "PER"), mer3=A("tpn"), pps=A("pel"),
  pg=U("person", "IDN", "MIL", "PER", "Pangdam"), jbd=A("pg"), pas=A("pg", aid="idn-kodam-xvii-cenderawasih"))

# 21 Papua: KKB burn a health centre in Kiwirok
D("[[Kelompok Kriminal Bersenjata|kkb]] membakar puskesmas dan menganiaya [[empat tenaga kesehatan|nakes]] di Distrik Kiwirok, Kabupaten Pegunungan Bintang, sehingga [[seluruh petugas medis|spm]] di distrik itu terpaksa dievakuasi. [[Salah seorang perawat|sp]] meninggal dunia setelah [[ia|ia]] melompat ke jurang untuk menyelamatkan diri dari [[para pelaku|pp]], sementara jenazah[[nya|nya]] baru bisa dievakuasi dua hari kemudian oleh [[prajurit Satgas Pamtas|psp]]. [[Komnas HAM|kh]] mengecam tindakan [[KKB|kkb2]] dan menyebut serangan terhadap fasilitas kesehatan sebagai pelanggaran berat hukum humaniter. [[Ketua Komnas HAM Anis Hidayah|ah]] meminta [[Polri|pol]] menangkap [[para pelaku|pp2]] tanpa melakukan kekerasan terhadap [[warga sipil|ws]] di kampung-kampung sekitar.",
  kkb=R("kkb-tpnpb-opm", "ORG"), nakes=U("generic_group", "IDN", "MED", None, "tenaga kesehatan"),
  spm=U("generic_group", "IDN", "MED", None, "tenaga kesehatan"), sp=U("person", "IDN", "MED", None, "tenaga kesehatan"),
  ia=A("sp"), pp=A("kkb"), nya=A("ia"), psp=R("idn-satgas-pamtas", None, "tentara"), kh=R("idn-komnas-ham", "ORG"),
  kkb2=R("kkb-tpnpb-opm", "ORG"), ah=U("person", "IDN", "GOV", "PER", "Ketua"), pol=R("idn-polri", "ORG"), pp2=A("pp"),
  ws=U("generic_group", "IDN", "CVL", None, "warga"))

# 22 Densus 88: JAD recruiters (passive agent)
D("[[Tiga terduga teroris|tt]] ditangkap oleh [[Densus 88 Antiteror Polri|den]] di Bekasi dan Bogor, Jawa Barat, dalam operasi yang berlangsung sejak Selasa malam hingga Rabu dini hari. [[Juru bicara Densus 88 Kombes Aswin Siregar|as]] mengatakan [[ketiganya|kt]] merupakan anggota [[Jamaah Ansharut Daulah|jad]] yang aktif merekrut [[pelajar|pel]] melalui grup percakapan daring. Salah satu dari [[mereka|mer]], [[tersangka berinisial MR|mr]], diketahui pernah dipenjara karena kasus serupa dan kembali bergabung dengan [[jaringan tersebut|jt]] setelah bebas pada 2022. [[BNPT|bnpt]] menyatakan [[pihaknya|p]] akan memperketat pengawasan terhadap konten radikal yang menyasar anak-anak muda di media sosial.",
  tt=U("generic_group", "IDN", "REB", None, "teroris"), den=R("idn-densus-88", "ORG"), **{"as": U("person", "IDN", "COP", "PER", "juru bicara")},
  kt=A("tt"), jad=R("jad", "ORG"), pel=U("generic_group", "IDN", "EDU", None, "pelajar"), mer=A("kt"),
  mr=U("person", "IDN", "REB", "PER", "tersangka"), jt=A("jad"), bnpt=R("idn-bnpt", "ORG"), p=A("bnpt"))

# 23 Terror trial in East Jakarta
D("[[Majelis hakim Pengadilan Negeri Jakarta Timur|mh]] menjatuhkan vonis tujuh tahun penjara kepada [[terdakwa kasus terorisme Abdul Latif alias Abu Fatih|al]] karena terbukti merencanakan serangan bom terhadap sebuah gereja di Makassar. [[Majelis|mj]] menilai [[pria berusia 34 tahun itu|pb]] berperan sebagai perakit bahan peledak untuk [[Jamaah Ansharut Daulah|jad]] di Sulawesi Selatan. Vonis itu lebih ringan daripada tuntutan [[jaksa penuntut umum|jpu]] yang meminta [[terdakwa|tdk]] dihukum sepuluh tahun penjara. [[Kuasa hukum terdakwa, Fahmi Ramadhan|kh]], menyatakan [[kliennya|kl]] menerima putusan tersebut, sementara [[jaksa|jk]] menyatakan masih pikir-pikir.",
  mh=U("state_organ", "IDN", "JUD", None, "Hakim"), al=U("person", "IDN", "REB", "PER", "tersangka"), mj=A("mh"), pb=A("al"),
  jad=R("jad", "ORG"), jpu=U("person", "IDN", "JUD", None, "Jaksa"), tdk=A("pb"), kh=U("person", "IDN", "CVL", "PER", "pengacara"),
  kl=A("tdk"), jk=A("jpu"))

# 24 KPK: a regent named suspect after a sting
D("JAKARTA, [[KOMPAS.com|kc]] – [[Komisi Pemberantasan Korupsi|kpk]] menetapkan [[Bupati Muara Selatan Hendra Saputra|hs]] sebagai tersangka suap proyek pembangunan rumah sakit daerah, sehari setelah [[ia|ia]] terjaring operasi tangkap tangan di sebuah hotel di Jakarta Selatan. [[Pelaksana Tugas Deputi Penindakan KPK Asep Guntur|ag]] mengatakan [[sang bupati|sb]] diduga menerima Rp 4,6 miliar dari [[dua kontraktor|dk]] melalui [[ajudan|aj]][[nya|nya]]. Selain [[tersangka|ts]], [[lembaga antirasuah itu|la]] juga menahan [[kedua pemberi suap|kps]] dan menyita uang tunai Rp 1,2 miliar dari mobil [[sang ajudan|sa]]. [[Kementerian Dalam Negeri|kemendagri]] menyatakan akan segera menunjuk [[wakil bupati|wb]] sebagai pelaksana tugas untuk menggantikan [[Hendra|h2]] selama [[ia|ia2]] menjalani proses hukum.",
  kc=R("idn-kompas", "ORG"), kpk=R("idn-kpk", "ORG"), hs=U("person", "IDN", "GOV", "PER", "Bupati"), ia=A("hs"),
  ag=U("person", "IDN", "GOV", "PER", "Ketua KPK"), sb=A("ia"), dk=U("generic_group", "IDN", "BUS", None, "pengusaha"),
  aj=U("person", "IDN", "GOV", None, None), nya=A("sb"), ts=A("nya"), la=A("kpk"), kps=A("dk"), sa=A("aj"),
  kemendagri=R("idn-kemendagri", "ORG"), wb=U("person", "IDN", "GOV", None, "Bupati"), h2=U("person", "IDN", "GOV", "PER", same="hs"),
  ia2=A("h2"))

# 25 Kejagung detains a former minister
D("[[Kejaksaan Agung|kj]] menahan [[mantan Menteri Perindustrian Bambang Sudarsono|bs]] terkait dugaan korupsi pemberian izin impor gula mentah yang merugikan negara sekitar Rp 400 miliar. [[Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus|dp]] mengatakan [[mantan menteri tersebut|mmt]] langsung ditahan di Rutan Salemba setelah diperiksa selama sembilan jam sebagai saksi. [[Tim penyidik Kejagung|tpk]] menduga [[ia|ia]] menerbitkan izin tanpa rapat koordinasi antarkementerian sehingga menguntungkan [[delapan perusahaan swasta|dps]]. [[Kuasa hukum Bambang, Ari Wibisono|aw]], menyebut [[kliennya|kl]] hanya menjalankan perintah [[Presiden|pres]] saat itu, dan [[pihaknya|p]] akan mengajukan gugatan praperadilan.",
  kj=R("idn-kejagung", "ORG"), bs=U("person", "IDN", "GOV", "PER", "Menteri Perindustrian"), dp=U("person", "IDN", "JUD", None, "Ketua"),
  mmt=A("bs"), tpk=R("idn-kejagung", None, "penyidik"), ia=A("mmt"), dps=U("generic_group", "IDN", "BUS", None, None),
  aw=U("person", "IDN", "CVL", "PER", "pengacara"), kl=A("ia"), pres=U("person", "IDN", "GOV", None, "Presiden"), p=A("aw"))

# 26 MK separates national and regional elections
D("[[Mahkamah Konstitusi|mk]] memutuskan bahwa pemilu nasional dan pemilu daerah harus diselenggarakan secara terpisah mulai 2029, dengan jeda paling singkat dua tahun. Dalam pertimbangan[[nya|nya]], [[Mahkamah|mah]] menilai penyelenggaraan serentak lima kotak suara telah membebani [[penyelenggara pemilu|pp]] dan membuat [[pemilih|pem]] jenuh. [[Wakil Ketua DPR Sufmi Dasco Ahmad|sda]] mengatakan [[lembaganya|lem]] menghormati putusan itu, tetapi [[ia|ia]] mempertanyakan kewenangan [[para hakim konstitusi|phk]] dalam menentukan jadwal pemilu yang seharusnya menjadi ranah pembentuk undang-undang. Sementara itu, [[Perludem|perl]] mendesak [[DPR|dpr]] segera merevisi Undang-Undang Pemilu agar sejalan dengan putusan [[MK|mk2]].",
  mk=R("idn-mk", "ORG"), nya=A("mk"), mah=A("nya"), pp=U("generic_group", "IDN", "GOV", None, None),
  pem=U("generic_group", "IDN", "CVL", None, None), sda=U("person", "IDN", "LEG", "PER", "anggota DPR"),
  lem=A("sda", aid="idn-dpr"), ia=A("sda"), phk=A("mah"), perl=R("idn-perludem", "ORG"), dpr=R("idn-dpr", "ORG"),
  mk2=R("idn-mk", "ORG"))

# 27 PKB chairman visits Megawati
D("[[Ketua Umum PKB Muhaimin Iskandar|mi]] menemui [[Ketua Umum PDI-P Megawati Soekarnoputri|mega]] di kediaman[[nya|nya]] di Jalan Teuku Umar, Jakarta, Senin malam, untuk membahas peta koalisi menjelang pilkada ulang. Usai pertemuan, [[pria yang akrab disapa Cak Imin itu|cak]] mengatakan [[partainya|pn]] dan [[partai berlambang banteng itu|pbb]] memiliki kesamaan pandangan soal ekonomi kerakyatan. \"Ini pertemuan dua sahabat lama, bukan soal kursi,\" kata [[Muhaimin|m2]]. [[Sekretaris Jenderal PDI-P Hasto Kristiyanto|hk]] membenarkan pertemuan itu, namun menegaskan keputusan koalisi sepenuhnya berada di tangan [[Ketua Umum|ku]] dan [[beliau|bel]] belum mengambil keputusan apa pun. [[Ia|ia]] juga membantah anggapan bahwa [[partainya|pn2]] tengah merapat ke [[pemerintah|pem]].",
  mi=U("person", "IDN", "PTY", "PER", "Ketua Umum"), mega=R("idn-megawati-soekarnoputri", "PER", "Ketua Umum"), nya=A("mega"),
  cak=A("mi"), pn=A("mi", aid="idn-pkb"), pbb=A("mega", aid="idn-pdip"), m2=U("person", "IDN", "PTY", "PER", same="mi"),
  hk=U("person", "IDN", "PTY", "PER", "Sekretaris Jenderal"), ku=A("mega"), bel=A("ku"), ia=A("hk"), pn2=A("hk", aid="idn-pdip"), pem=R("idn"))

# 28 Tipikor trial: witness testimony
D("[[Jaksa KPK|jk]] menghadirkan [[mantan Direktur Keuangan PT Sarana Pelabuhan Nusantara, Dimas Prakoso|dp]], sebagai saksi dalam sidang perkara korupsi dana hibah di [[Pengadilan Tipikor Jakarta|tip]], Rabu. Di hadapan [[majelis hakim|mh]], [[Dimas|d2]] mengaku diperintah [[terdakwa Surya Atmaja|sa]], yang saat itu menjabat direktur utama, untuk mencairkan dana fiktif senilai Rp 37 miliar. [[Ia|ia]] juga menyebut sebagian uang itu mengalir ke rekening [[istri terdakwa|it]] dan [[seorang anggota DPR|ad]] yang tidak disebutkan nama[[nya|nya]]. [[Tim kuasa hukum terdakwa|tkh]] membantah kesaksian itu dan menyebut [[saksi|sk]] berupaya mengalihkan tanggung jawab dari diri[[nya|nya2]] sendiri.",
  jk=R("idn-kpk", None, "Jaksa"), dp=U("person", "IDN", "BUS", "PER", "Ketua"), tip=R("idn-pengadilan-tipikor", "ORG"),
  mh=A("tip"), d2=U("person", "IDN", "BUS", "PER", same="dp"), sa=U("person", "IDN", "BUS", "PER", "tersangka"),
  ia=A("d2"), it=U("person", "IDN", "CVL", None, None), ad=U("person", "IDN", "LEG", None, "anggota DPR"), nya=A("ad"),
  tkh=U("generic_group", "IDN", "CVL", None, "pengacara"), sk=A("ia"), nya2=A("sk"))

# 29 Death in police custody in Medan
D("[[Seorang tahanan Polsek Medan Barat|th]] meninggal dunia dengan luka lebam di sekujur tubuh[[nya|nya]] setelah tiga hari ditahan atas tuduhan pencurian sepeda motor. [[Bidang Propam Polda Sumatera Utara|bp]] memeriksa [[empat anggota polsek itu|eap]], termasuk [[kepala unit reskrim|kur]], yang diduga menganiaya [[korban|kor]] untuk memaksa[[nya|nya2]] mengaku. [[Kabid Humas Polda Sumut Kombes Ferry Walintukan|fw]] mengatakan [[keempatnya|kpt]] telah ditempatkan di sel khusus, dan [[ia|ia]] berjanji [[institusinya|ins]] tidak akan menutupi perbuatan [[mereka|mer]]. [[Keluarga korban|kk]] bersama [[KontraS|kon]] mendesak [[para pelaku|pp]] dijerat pasal pembunuhan, bukan sekadar sanksi etik.",
  th=U("person", "IDN", None, None, "tahanan"), nya=A("th"), bp=U("police", "IDN", "COP", "ORG"),
  eap=U("generic_group", "IDN", "COP", None, "polisi"), kur=U("person", "IDN", "COP", None, "Dirreskrimum"), kor=A("nya"),
  nya2=A("kor"), fw=U("person", "IDN", "COP", "PER", "Kadiv Humas Polri"), kpt=A("eap"), ia=A("fw"),
  ins=A("fw", aid="idn-polda-sumut"), mer=A("kpt"), kk=U("generic_group", "IDN", "CVL", None, None), kon=R("idn-kontras", "ORG"),
  pp=A("mer"))

# 30 Rupiah slump: the President summons economic ministers
D("[[Presiden Prabowo Subianto|pra]] memanggil [[sejumlah menteri bidang ekonomi|sme]] ke Istana Kepresidenan, Jakarta, Selasa sore, setelah rupiah melemah ke level terendah dalam setahun. [[Menteri Keuangan Purbaya Yudhi Sadewa|pys]] seusai pertemuan mengatakan [[Kepala Negara|kn]] meminta [[para pembantu|pp]][[nya|nya]] tidak panik dan menjaga kepercayaan pasar. [[Ia|ia]] menambahkan bahwa [[pemerintah|pem]] dan [[Bank Indonesia|bi]] akan mengintervensi pasar obligasi secara terukur mulai pekan ini. [[Istana|ist]] membantah kabar bahwa [[Prabowo|p2]] akan mencopot [[Purbaya|pur]], yang baru tiga bulan menjabat. [[Bendahara negara itu|bni]] sendiri mengaku tetap fokus pada tugas[[nya|nya2]].",
  pra=R("idn-prabowo-subianto", "PER", "Presiden"), sme=U("generic_group", "IDN", "GOV", None, "Menteri"),
  pys=U("person", "IDN", "GOV", "PER", "Menteri Keuangan"), kn=A("pra"), pp=A("sme"), nya=A("kn"), ia=A("pys"), pem=R("idn"),
  bi=R("idn-bi", "ORG"), ist=R("idn-presidency", "ORG"), p2=R("idn-prabowo-subianto", "PER"),
  pur=U("person", "IDN", "GOV", "PER", same="pys"), bni=A("pur"), nya2=A("bni"))

# 31 Regional election: vote tampering and a re-vote
D("[[Bawaslu Kabupaten Tanah Merah|bkt]] merekomendasikan pemungutan suara ulang di 14 tempat pemungutan suara setelah menemukan [[sejumlah petugas KPPS|kpps]] mencoblos sisa surat suara untuk [[salah satu pasangan calon|spc]]. [[Ketua Bawaslu Tanah Merah, Yohanes Lado|yl]], mengatakan [[para petugas itu|ppi]] telah mengakui perbuatan [[mereka|mer]] dan kasus[[nya|nya]] diteruskan ke [[Sentra Gakkumdu|sg]]. [[KPU Tanah Merah|kpu]] menyatakan siap menjalankan rekomendasi itu, tetapi [[pasangan calon yang diuntungkan itu|pcd]] menolak dan menuding [[lembaga pengawas tersebut|lpt]] berpihak. [[Tim pemenangan pasangan itu|tpp]] bahkan berencana melaporkan [[Yohanes|y2]] ke [[DKPP|dkpp]] atas dugaan pelanggaran kode etik.",
  bkt=U("state_organ", "IDN", "GOV", "ORG"), kpps=U("generic_group", "IDN", "GOV", None, "pejabat"),
  spc=U("generic_group", "IDN", "PTY", None, None), yl=U("person", "IDN", "GOV", "PER", "Ketua"), ppi=A("kpps"), mer=A("ppi"),
  nya=A("mer"), sg=U("state_organ", "IDN", "GOV", "ORG"), kpu=U("state_organ", "IDN", "GOV", "ORG"), pcd=A("spc"), lpt=A("bkt"),
  tpp=U("generic_group", "IDN", "PTY", None, None), y2=U("person", "IDN", "GOV", "PER", same="yl"), dkpp=R("idn-dkpp", "ORG"))

# 32 Komnas HAM: torture by soldiers in Puncak
D("[[Komnas HAM|kh]] menyimpulkan bahwa [[sejumlah prajurit TNI AD|spy]] melakukan penyiksaan terhadap [[seorang warga Puncak, Yulianus Wenda|yw]], yang dituduh sebagai anggota [[TPNPB|tpn]]. Dalam laporan[[nya|nya]], [[lembaga itu|li]] menyebut [[korban|kor]] dimasukkan ke dalam drum berisi air dan dipukuli selama berjam-jam, sebagaimana terekam dalam video yang beredar di media sosial. [[Kepala Dinas Penerangan TNI AD Brigjen Wahyu Yudhayana|wy]] mengakui bahwa [[para prajurit itu|ppi]] telah melanggar prosedur, dan [[ia|ia]] memastikan [[mereka|mer]] akan diadili di [[Pengadilan Militer Jayapura|pmj]]. [[Keluarga korban|kel]] meminta agar [[para pelaku|pel]] diadili di peradilan umum, karena [[mereka|mer2]] tidak percaya pada independensi peradilan militer.",
  kh=R("idn-komnas-ham", "ORG"), spy=R("idn-tni-ad", None, "tentara"), yw=U("person", "IDN", "CVL", "PER", "warga"),
  tpn=R("kkb-tpnpb-opm", "ORG"), nya=A("kh"), li=A("nya"), kor=A("yw"), wy=U("person", "IDN", "MIL", "PER", "Kapuspen TNI"),
  ppi=A("spy"), ia=A("wy"), mer=A("ppi"), pmj=U("state_organ", "IDN", "JUD", "ORG"), kel=U("generic_group", "IDN", "CVL", None, None),
  pel=A("mer"), mer2=A("kel"))

# 33 BNN: a cross-border methamphetamine ring
D("[[Badan Narkotika Nasional|bnn]] membongkar [[sindikat narkoba lintas negara|sin]] yang menyelundupkan 120 kilogram sabu melalui Selat Malaka dengan menyamar sebagai kapal nelayan. [[Deputi Pemberantasan BNN Irjen I Wayan Sukawinaya|iw]] mengatakan [[lima orang anggota sindikat|las]] ditangkap di Dumai, Riau, sementara [[pengendali jaringan itu, seorang warga negara Malaysia berinisial LKH|pji]], masih buron. [[Para tersangka|pt]] mengaku dijanjikan upah Rp 50 juta per kilogram apabila [[mereka|mer]] berhasil membawa barang haram itu hingga ke Pekanbaru. [[BNN|bnn2]] telah berkoordinasi dengan [[Polis Diraja Malaysia|pdrm]] untuk memburu [[buronan tersebut|bt]], yang diduga bersembunyi di Johor.",
  bnn=R("idn-bnn", "ORG"), sin=U("generic_group", "IDN", None, None, None), iw=U("person", "IDN", "COP", "PER", "Ketua"),
  las=A("sin"), pji=U("person", "MYS", None, "PER", None), pt=A("las"), mer=A("pt"), bnn2=R("idn-bnn", "ORG"),
  pdrm=R("mys-pdrm", "ORG"), bt=A("pji"))

# 34 Indonesians rescued from scam compounds
D("[[Kementerian Luar Negeri|kemlu]] memulangkan [[86 warga negara Indonesia|wni]] yang dipaksa bekerja di pusat penipuan daring di Myawaddy, Myanmar, setelah [[mereka|mer]] berhasil melarikan diri ke perbatasan Thailand. [[Direktur Pelindungan WNI Kemlu Judha Nugraha|jn]] mengatakan [[para korban|pk]] direkrut melalui media sosial dengan iming-iming gaji tinggi, namun [[ia|ia]] memastikan [[pemerintah|pem]] tidak akan memproses [[mereka|mer2]] secara pidana. [[Bareskrim Polri|bar]] menangkap [[dua perekrut|dp]] di Medan dan menjerat [[keduanya|kd]] dengan pasal tindak pidana perdagangan orang. [[Kementerian P2MI|kp2]] mengimbau [[masyarakat|mas]] tidak tergiur tawaran kerja di luar negeri yang tidak melalui jalur resmi, karena [[pihaknya|p]] kesulitan melindungi [[pekerja nonprosedural|pn]].",
  kemlu=R("idn-kemlu", "ORG"), wni=R("idn", None, "warga", s="CVL"), mer=A("wni"), jn=U("person", "IDN", "GOV", "PER", "Ketua"),
  pk=A("mer"), ia=A("jn"), pem=R("idn"), mer2=A("pk"), bar=R("idn-bareskrim", "ORG"), dp=U("generic_group", "IDN", None, None, None),
  kd=A("dp"), kp2=R("idn-kp2mi", "ORG"), mas=U("generic_group", "IDN", "CVL", None, "warga"), p=A("kp2"),
  pn=U("generic_group", "IDN", "CVL", None, "pekerja migran"))

# 35 The Vice President works from Jayapura
D("[[Wakil Presiden Gibran Rakabuming Raka|gib]] berkantor di Jayapura selama sepekan untuk mempercepat program pembangunan di Tanah Papua, sebuah langkah yang disambut dingin oleh [[Majelis Rakyat Papua|mrp]]. [[Ketua MRP Nerlince Wamuar|nw]] menilai kehadiran [[putra sulung Joko Widodo itu|psj]] tidak akan berarti banyak jika [[pemerintah pusat|pp]] terus menambah [[pasukan nonorganik|pno]] di Papua. [[Gibran|g2]] menjawab bahwa [[ia|ia]] datang untuk mendengar, dan memastikan [[Presiden Prabowo|pra]] menaruh perhatian besar terhadap kesejahteraan [[orang asli Papua|oap]]. [[Sang wakil presiden|swp]] juga dijadwalkan bertemu [[para kepala suku|pks]] di Wamena dan meninjau dapur program makan bergizi gratis yang dikelola [[Badan Gizi Nasional|bgn]].",
  gib=R("idn-gibran-rakabuming-raka", "PER", "Wakil Presiden"), mrp=U("state_organ", "IDN", "GOV", "ORG"),
  nw=U("person", "IDN", "GOV", "PER", "Ketua"), psj=A("gib"), pp=R("idn"), pno=R("idn-tni", None, "tentara"),
  g2=R("idn-gibran-rakabuming-raka", "PER"), ia=A("g2"), pra=R("idn-prabowo-subianto", "PER", "Presiden"),
  oap=U("generic_group", "IDN", "CVL", None, None), swp=A("ia"), pks=U("generic_group", "IDN", "CVL", None, "tokoh masyarakat"),
  bgn=R("idn-bgn", "ORG"))
