"""dev5 documents 26-34: Papua/KKB and disasters (BNPB/BPBD, refugees)."""
from lib import *  # noqa: F401,F403

# 26 KKB kill a teacher in Yahukimo; "rumah dinasnya" = the victim's (not the attackers')
D("[[Kelompok Kriminal Bersenjata|kkb]] menyerang sebuah sekolah di Distrik Anggruk, Kabupaten Yahukimo, dan menewaskan [[seorang guru honorer|sgh]], Jumat pagi. [[Kasatgas Humas Operasi Damai Cartenz AKBP Yusuf Sutejo|ys]] mengatakan [[para pelaku|pp]] juga membakar rumah dinas[[nya|nya]] dan melukai [[dua tenaga kesehatan|dtk]] yang tinggal di dekatnya. [[Juru bicara TPNPB-OPM Sebby Sambom|ss]] mengklaim [[korban|kor]] bekerja sebagai informan bagi [[TNI|tni]], tuduhan yang dibantah oleh [[keluarga korban|kk]] dan [[Pemkab Yahukimo|py]]. [[Personel Satgas Damai Cartenz|psd]] kini memburu [[kelompok itu|ki]] di hutan sekitar Anggruk.",
  kkb=R("kkb-tpnpb-opm", "ORG"), sgh=U("person", "IDN", "EDU", None, "guru"), ys=U("person", "IDN", "COP", "PER", "juru bicara"),
  pp=A("kkb"), nya=A("sgh"), dtk=U("generic_group", "IDN", "MED", None, "tenaga kesehatan"),
  ss=U("person", "IDN", "REB", "PER", "juru bicara"), kor=A("nya"), tni=R("idn-tni", "ORG"),
  kk=U("generic_group", "IDN", "CVL", None, None), py=U("state_organ", "IDN", "GOV", "ORG"),
  psd=R("idn-satgas-damai-cartenz", None, "polisi"), ki=A("pp"))

# 27 A hostage pilot released; passive agent "kelompok pimpinan Egianus Kogoya itu"; "Sang pilot"
D("[[TPNPB-OPM|tpo]] akhirnya membebaskan [[pilot maskapai Sayap Papua asal Norwegia, Marcus Olsen|mo]], yang disandera [[kelompok pimpinan Egianus Kogoya itu|kpe]] selama tujuh bulan di pedalaman Nduga. [[Kapolda Papua Irjen Patrige Renwarin|pr]] mengatakan pembebasan itu berkat negosiasi yang melibatkan [[tokoh gereja|tg]] dan [[pemerintah daerah setempat|pd]]. [[Sang pilot|sp]] dalam kondisi sehat, meski tampak jauh lebih kurus. [[Duta Besar Norwegia untuk Indonesia|dbn]] berterima kasih kepada [[Pemerintah Indonesia|pi]] dan berjanji [[negaranya|neg]] akan terus mendukung upaya perdamaian di Papua. Sementara itu, [[TPNPB|tp2]] menyatakan pembebasan [[sandera|snd]] dilakukan tanpa syarat sebagai isyarat kemanusiaan dari [[pihaknya|ph]].",
  tpo=R("kkb-tpnpb-opm", "ORG"), mo=U("person", "NOR", "CVL", "PER", None), kpe=A("tpo"),
  pr=U("person", "IDN", "COP", "PER", "Kapolda"), tg=U("generic_group", "IDN", "REL", None, "rohaniwan"),
  pd=U("state_organ", "IDN", "GOV", None, None), sp=A("mo"), dbn=U("person", "NOR", "GOV", None, "Duta Besar"),
  pi=R("idn", "ORG"), neg=A("dbn", aid="nor"), tp2=R("kkb-tpnpb-opm", "ORG"), snd=A("sp"), ph=A("tp2"))

# 28 KNPB rally dispersed in Jayapura; "massa"/"mereka" vs the police; "anggotanya" = KNPB
D("[[Ratusan massa Komite Nasional Papua Barat|rmk]] berunjuk rasa di Jayapura menuntut pembebasan [[empat aktivis|ea]] yang ditahan atas tuduhan makar. [[Polresta Jayapura Kota|pjk]] membubarkan [[massa|mas]] dengan gas air mata setelah [[mereka|mer]] menolak mengubah rute aksi. [[Kapolresta Kombes Fredrickus Maclarimboen|fm]] mengatakan [[pihaknya|p]] menangkap [[12 pengunjuk rasa|d12]] yang diduga melempari [[petugas|pt]] dengan batu. [[Juru bicara KNPB Ones Suhuniap|os]] membantah tuduhan itu dan menyebut [[anggotanya|ang]] justru menjadi korban kekerasan.",
  rmk=R("idn-knpb", None, "demonstran"), ea=U("generic_group", "IDN", "NGO", None, "aktivis"), pjk=U("police", "IDN", "COP", "ORG"),
  mas=A("rmk"), mer=A("mas"), fm=U("person", "IDN", "COP", "PER", "Kapolres"), p=A("pjk"),
  d12=U("generic_group", "IDN", "CVL", None, "demonstran"), pt=A("p"), os=U("person", "IDN", "OPP", "PER", "juru bicara"),
  ang=A("os", aid="idn-knpb"))

# 29 An ojek driver shot in Intan Jaya; quote with "Pelaku"; "penembak"; "mereka" x2
D("[[Seorang tukang ojek|sto]] tewas ditembak [[orang tak dikenal|otk]] di Kampung Mamba, Kabupaten Intan Jaya, Rabu sore, saat pulang dari pasar. [[Dandim 1705/Paniai Letkol Inf Agus Widodo|aw]] mengatakan [[korban|kor]] berasal dari Toraja dan sudah lima tahun bekerja di kampung itu. \"[[Pelaku|pel]] menembak dari balik semak lalu melarikan diri ke arah hutan,\" kata [[Agus|ag2]], yang menduga [[penembak|pnb]] berasal dari [[KKB|kkb]]. [[Warga pendatang|wp]] kini enggan keluar rumah, dan sebagian dari [[mereka|mer]] memilih mengungsi ke halaman gereja sampai [[prajurit TNI|pt]] menjamin keselamatan [[mereka|mer2]].",
  sto=U("person", "IDN", "CVL", None, "pengemudi ojek"), otk=U("generic_group", "IDN", "REB", None, "kelompok bersenjata"),
  aw=U("person", "IDN", "MIL", "PER", "Dandim"), kor=A("sto"), pel=A("otk"), ag2=U("person", "IDN", "MIL", "PER", same="aw"),
  pnb=A("pel"), kkb=R("kkb-tpnpb-opm", "ORG"), wp=U("generic_group", "IDN", "CVL", None, "warga"), mer=A("wp"),
  pt=R("idn-tni", None, "tentara"), mer2=A("mer"))

# 30 Bekasi flood: BPBD; "para pengungsi (tersebut)"; "pihaknya" = BPBD after "Ia"
D("[[BPBD Kabupaten Bekasi|bpbd]] mencatat [[lebih dari 8.000 warga|w8]] mengungsi setelah banjir setinggi dua meter merendam 23 desa, Senin (3/3/2025). [[Kepala Pelaksana BPBD Bekasi Henri Lincoln|hl]] mengatakan [[para pengungsi|pp]] kini tersebar di 40 titik, mulai dari masjid hingga gedung sekolah. [[Ia|ia]] mengakui [[pihaknya|p]] kekurangan perahu karet sehingga meminta bantuan [[Basarnas|bas]] dan [[TNI AL|tnial]]. [[Menteri Sosial Saifullah Yusuf|sy]] yang meninjau lokasi berjanji mengirim 20 ton beras untuk [[para pengungsi tersebut|ppt]], sementara [[sejumlah warga|sw]] mengeluhkan lambatnya distribusi air bersih.",
  bpbd=U("state_organ", "IDN", "GOV", "ORG"), w8=U("generic_group", "IDN", "CVL", None, "warga"),
  hl=U("person", "IDN", "GOV", "PER", "Kepala BNPB"), pp=A("w8"), ia=A("hl"), p=A("bpbd"), bas=R("idn-basarnas", "ORG"),
  tnial=R("idn-tni-al", "ORG"), sy=U("person", "IDN", "GOV", "PER", "Menteri Sosial"), ppt=A("pp"),
  sw=U("generic_group", "IDN", "CVL", None, "warga"))

# 31 Mamasa earthquake: BNPB, SAR team ("para petugas"), BMKG; "kedua korban"
D("Gempa bermagnitudo 6,2 mengguncang Kabupaten Mamasa, Sulawesi Barat, Kamis dini hari, dan merobohkan ratusan rumah. [[BNPB|bnpb]] melaporkan [[sembilan orang|so]] meninggal dunia, sementara [[dua warga|dw]] masih tertimbun reruntuhan pasar. [[Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari|am]] mengatakan [[tim SAR gabungan|tsg]] terus mencari [[kedua korban|kk]], tetapi [[ia|ia]] mengakui hujan deras menyulitkan [[para petugas|ppt]]. [[BMKG|bmkg]] mencatat 27 gempa susulan dan meminta [[masyarakat|mas]] tidak kembali ke rumah [[mereka|mer]] yang retak. [[Gubernur Sulawesi Barat Suhardi Duka|sd]] menetapkan status tanggap darurat selama 14 hari dan menginstruksikan [[seluruh bupati|sb]] membuka posko pengungsian.",
  bnpb=R("idn-bnpb", "ORG"), so=U("generic_group", "IDN", "CVL", None, None), dw=U("generic_group", "IDN", "CVL", None, "warga"),
  am=U("person", "IDN", "GOV", "PER", "Ketua"), tsg=R("idn-basarnas"), kk=A("dw"), ia=A("am"), ppt=A("tsg"),
  bmkg=R("idn-bmkg", "ORG"), mas=U("generic_group", "IDN", "CVL", None, "warga"), mer=A("mas"),
  sd=U("person", "IDN", "GOV", "PER", "Gubernur"), sb=U("generic_group", "IDN", "GOV", None, "Bupati"))

# 32 Rohingya landing in Bireuen: refugees vs villagers ("mereka" x2 with different referents)
D("[[Sekitar 140 pengungsi Rohingya|pr]] mendarat di pantai Desa Pulo Pineung, Kabupaten Bireuen, setelah kapal kayu [[mereka|mer]] terombang-ambing di laut selama tiga minggu. [[Warga desa|wd]] awalnya memberi makanan, tetapi keesokan harinya [[mereka|mer2]] menolak [[para pengungsi tersebut|ppt]] ditampung di balai desa. [[UNHCR|unhcr]] meminta [[Pemkab Bireuen|pb]] menyediakan tempat penampungan sementara, dan [[badan pengungsi PBB itu|bpp]] berjanji menanggung kebutuhan logistik. [[Penjabat Bupati Bireuen Jalaluddin|jal]] mengatakan [[pihaknya|p]] masih menunggu arahan dari [[Kementerian Koordinator Bidang Politik dan Keamanan|kpk]].",
  pr=U("generic_group", "MMR", "CVL", None, "pengungsi"), mer=A("pr"), wd=U("generic_group", "IDN", "CVL", None, "warga"),
  mer2=A("wd"), ppt=A("mer"), unhcr=R("un-unhcr", "ORG"), pb=U("state_organ", "IDN", "GOV", "ORG"), bpp=A("unhcr"),
  jal=U("person", "IDN", "GOV", "PER", "Penjabat"), p=A("pb"), kpk=R("idn-kemenko-polkam", "ORG"))

# 33 Lewotobi eruption: evacuation; elderly refuse; "mereka" x3
D("[[Pusat Vulkanologi dan Mitigasi Bencana Geologi|pvmbg]] menaikkan status Gunung Lewotobi Laki-laki ke level IV setelah erupsi disertai kolom abu setinggi 10 kilometer, Selasa malam. [[Kepala Badan Geologi Muhammad Wafid|mw]] meminta [[warga|w]] di radius tujuh kilometer segera meninggalkan kampung [[mereka|mer]]. [[Pemkab Flores Timur|pft]] mengerahkan puluhan truk untuk mengangkut [[para pengungsi|pp]], dibantu [[prajurit Kodim 1624/Flores Timur|pk]] dan [[relawan Palang Merah Indonesia|pmi]]. Namun, [[Bupati Flores Timur Anton Doni|ad]] mengakui [[sebagian warga lanjut usia|swl]] menolak dievakuasi karena khawatir rumah [[mereka|mer2]] dijarah, sehingga [[aparat desa|adsa]] harus membujuk [[mereka|mer3]] satu per satu.",
  pvmbg=U("state_organ", "IDN", "GOV", "ORG"), mw=U("person", "IDN", "GOV", "PER", "Ketua"),
  w=U("generic_group", "IDN", "CVL", None, "warga"), mer=A("w"), pft=U("state_organ", "IDN", "GOV", "ORG"), pp=A("mer"),
  pk=U("armed_force", "IDN", "MIL", None, "tentara"), pmi=R("idn-pmi", None, "aktivis"),
  ad=U("person", "IDN", "GOV", "PER", "Bupati"), swl=U("generic_group", "IDN", "CVL", None, "warga"), mer2=A("swl"),
  adsa=U("generic_group", "IDN", "GOV", None, "pejabat"), mer3=A("mer2"))

# 34 Landslide at an illegal gold mine; "pria berinisial SN itu" = the landowner; "lahannya"
D("[[Tim SAR gabungan|tsg]] menemukan [[enam penambang|ep]] dalam keadaan tewas setelah longsor menimbun lokasi tambang emas ilegal di Kabupaten Solok, Sumatera Barat. [[Kepala Kantor SAR Padang Abdul Malik|am]] mengatakan [[para korban|pk]] tertimbun saat sedang beristirahat di pondok, sementara [[tiga rekan mereka|trm]] berhasil menyelamatkan diri. [[Polres Solok|ps]] telah memeriksa [[pemilik lahan|pl]] dan menetapkan [[pria berinisial SN itu|sn]] sebagai tersangka karena [[ia|ia]] membiarkan penambangan tanpa izin di lahan[[nya|nya]]. [[Walhi Sumatera Barat|wsb]] menuding [[aparat penegak hukum|aph]] selama ini membiarkan tambang ilegal beroperasi karena ada [[oknum|okn]] yang menerima setoran.",
  tsg=R("idn-basarnas"), ep=U("generic_group", "IDN", "CVL", None, None), am=U("person", "IDN", "GOV", "PER", "Ketua"),
  pk=A("ep"), trm=U("generic_group", "IDN", "CVL", None, None), ps=U("police", "IDN", "COP", "ORG"),
  pl=U("person", "IDN", "CVL", None, None), sn=A("pl"), ia=A("sn"), nya=A("ia"), wsb=R("idn-walhi", "ORG"),
  aph=U("generic_group", "IDN", "COP", None, "polisi"), okn=U("generic_group", "IDN", "COP", None, None))
