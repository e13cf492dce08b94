"""dev5 documents 1-10: Middle East (Gaza, Lebanon, Yemen, Iraq, Syria, West Bank, Iran)."""
from lib import *  # noqa: F401,F403

# 1 Gaza: Hamas spokesperson -> "pihaknya"/"gerakan tersebut" (Hamas); Israel as Tel Aviv
D("[[Hamas|ham]] menuding [[Israel|isr]] sengaja menunda pembukaan perlintasan Rafah, meskipun gencatan senjata di Gaza telah memasuki pekan ketiga. [[Juru bicara Hamas, Khalil al-Masri|km]], mengatakan [[pihaknya|p]] telah membebaskan [[empat sandera|es]] sesuai jadwal, sehingga tidak ada alasan bagi [[Tel Aviv|ta]] untuk terus menahan ratusan truk bantuan. [[Kantor Perdana Menteri Israel|kpm]] membalas bahwa [[gerakan tersebut|gt]] belum memenuhi seluruh kewajiban[[nya|nya]] dan masih menyembunyikan keberadaan [[dua sandera lainnya|ds]]. Sementara itu, [[Program Pangan Dunia|wfp]] memperingatkan bahwa [[ratusan ribu warga Gaza|wg]] kembali terancam kelaparan, dan [[badan PBB itu|bp]] mendesak [[Dewan Keamanan|dk]] segera turun tangan.",
  ham=R("hamas", "ORG"), isr=R("isr", "LOC"), km=U("person", "PSE", "REB", "PER", "juru bicara"), p=A("km", aid="hamas"),
  es=U("generic_group", "ISR", "CVL", None, "sandera"), ta=R("isr", "LOC"), kpm=R("isr", "ORG"), gt=A("p"), nya=A("gt"),
  ds=U("generic_group", "ISR", "CVL", None, "sandera"), wfp=R("un-wfp", "ORG"), wg=U("generic_group", "PSE", "CVL", None, "warga"),
  bp=A("wfp"), dk=R("un-sc", "ORG"))

# 2 Lebanon: strike on a Beirut warehouse; "Ia" = the Lebanese president, not Israel
D("[[Militer Israel|idf]] melancarkan serangan udara ke sebuah gudang di pinggiran selatan Beirut, Kamis dini hari, dengan dalih bangunan itu menyimpan rudal milik [[Hizbullah|hiz]]. [[Juru bicara Hizbullah|jbh]] membantah klaim tersebut dan menyebut gudang itu hanya berisi bahan bangunan milik [[seorang pedagang setempat|sp]]. [[Kelompok itu|ki]] menegaskan tidak akan terpancing untuk membalas, tetapi memperingatkan bahwa kesabaran[[nya|nya]] ada batasnya. [[Presiden Lebanon Joseph Aoun|ja]] mengecam serangan itu dan meminta [[Amerika Serikat|usa]] serta [[Prancis|fra]], selaku penjamin gencatan senjata, menekan [[Israel|isr]]. [[Ia|ia]] juga memerintahkan [[tentara Lebanon|laf]] memperketat pengamanan di sekitar lokasi.",
  idf=R("isr-idf", "ORG"), hiz=R("hizbullah", "ORG"), jbh=U("person", "LBN", "REB", None, "juru bicara"),
  sp=U("person", "LBN", "BUS", None, "pengusaha"), ki=A("jbh", aid="hizbullah"), nya=A("ki"),
  ja=U("person", "LBN", "GOV", "PER", "Presiden"), usa=R("usa", "LOC"), fra=R("fra", "LOC"), isr=R("isr", "LOC"), ia=A("ja"),
  laf=R("lbn-laf", "ORG"))

# 3 Yemen: Houthis detain UN staff; "mereka" = Houthi (object of passive), then = the staff
D("[[Kelompok Houthi|hou]] kembali menahan [[delapan staf PBB|sp]] di Sanaa, sehingga jumlah orang yang ditahan [[mereka|mer]] sejak tahun lalu kini mencapai 59. [[Sekretaris Jenderal PBB Antonio Guterres|ag]] menuntut [[para staf tersebut|pst]] segera dibebaskan dan menegaskan bahwa [[mereka|mer2]] hanya menjalankan tugas kemanusiaan. Dalam pidato yang disiarkan [[Al-Masirah|am]], [[pemimpin Houthi Abdul-Malik al-Houthi|amh]] justru menuding [[PBB|un]] menyusupkan mata-mata untuk [[Amerika Serikat|usa]] dan [[Israel|isr]], tuduhan yang dibantah keras oleh [[organisasi dunia itu|od]]. Akibat penahanan itu, [[Program Pangan Dunia|wfp]] menghentikan sementara operasi[[nya|nya]] di wilayah utara Yaman yang dikuasai [[kelompok tersebut|kt]].",
  hou=R("houthi", "ORG"), sp=R("un"), mer=A("hou"), ag=R("antonio-guterres", "PER", "Sekretaris Jenderal"), pst=A("sp"),
  mer2=A("pst"), am=R("al-masirah", "ORG"), amh=R("houthi-abdul-malik-al-houthi", "PER", "pemimpin"), un=R("un", "ORG"),
  usa=R("usa", "LOC"), isr=R("isr", "LOC"), od=A("un"), wfp=R("un-wfp", "ORG"), nya=A("wfp"), kt=A("amh", aid="houthi"))

# 4 Iraq: drone suspects; "ia" = the spokesperson, not the commander just named
D("[[Pasukan Keamanan Irak|isf]] menangkap [[tiga pria|tp]] yang diduga meluncurkan pesawat nirawak ke arah pangkalan udara Ain al-Asad, tempat [[tentara Amerika Serikat|usaf]] masih ditempatkan. [[Juru bicara militer Irak Yehia Rasool|yr]] mengatakan [[ketiganya|kt]] mengaku menerima perintah dari [[seorang komandan Kataib Hizbullah|kkh]], tetapi [[ia|ia]] menolak menyebutkan identitas [[komandan itu|ki]]. [[Kataib Hizbullah|kh]] membantah keterlibatan [[anggotanya|ang]] dan menuduh [[pemerintah|pem]] tunduk pada tekanan [[Washington|was]]. [[Perdana Menteri Mohammed Shia al-Sudani|sud]] menegaskan [[negaranya|neg]] tidak ingin kembali menjadi arena pertarungan antara [[Amerika Serikat|usa]] dan [[Iran|irn]].",
  isf=R("irq-isf", "ORG"), tp=U("generic_group", "IRQ", None, None, "tersangka"), usaf=R("usa-armed-forces", "ORG"),
  yr=U("person", "IRQ", "MIL", "PER", "juru bicara"), kt=A("tp"), kkh=U("person", "IRQ", "REB", None, "komandan"), ia=A("yr"),
  ki=A("kkh"), kh=R("kataib-hizbullah", "ORG"), ang=A("kh"), pem=R("irq"), was=R("usa", "LOC"),
  sud=U("person", "IRQ", "GOV", "PER", "Perdana Menteri"), neg=A("sud", aid="irq"), usa=R("usa", "LOC"), irn=R("irn", "LOC"))

# 5 Syria: SDF commander; "pasukan Kurdi itu" introduced through its commander
D("[[Presiden Suriah Ahmed al-Sharaa|sh]] menerima [[komandan Pasukan Demokratik Suriah (SDF) Mazloum Abdi|ma]] di Damaskus untuk membahas penggabungan [[pasukan Kurdi itu|pki]] ke dalam [[militer Suriah|saa]]. Usai pertemuan, [[Mazloum|maz]] mengatakan [[pihaknya|p]] siap menyerahkan pengelolaan ladang minyak di Deir ez-Zor kepada [[pemerintah pusat|pp]], asalkan hak-hak [[warga Kurdi|wk]] dijamin dalam konstitusi baru. [[Turki|tur]], yang selama ini menganggap [[kelompok tersebut|kt]] sebagai perpanjangan tangan [[PKK|pkk]], menyambut kesepakatan itu dengan hati-hati. [[Menteri Luar Negeri Turki Hakan Fidan|hf]] mengatakan [[Ankara|ank]] akan memantau apakah [[para milisi Kurdi|pmk]] benar-benar menyerahkan senjata [[mereka|mer]].",
  sh=R("syr-ahmed-al-sharaa", "PER", "Presiden"), ma=U("person", "SYR", "REB", "PER", "komandan"), pki=A("ma", aid="sdf"),
  saa=R("syr-saa", "ORG"), maz=U("person", "SYR", "REB", "PER", same="ma"), p=A("maz", aid="sdf"), pp=R("syr"),
  wk=U("generic_group", "SYR", "CVL", None, "warga"), tur=R("tur", "LOC"), kt=A("p"), pkk=R("pkk", "ORG"),
  hf=U("person", "TUR", "GOV", "PER", "Menteri Luar Negeri"), ank=R("tur", "LOC"), pmk=A("kt"), mer=A("pmk"))

# 6 West Bank: settlers vs villagers vs soldiers ("para penyerang" = the settlers)
D("[[Puluhan pemukim Yahudi|pem]] menyerbu desa Turmus Ayya di Tepi Barat, Selasa malam, dan membakar sejumlah rumah serta mobil milik [[warga Palestina|wp]]. [[Kementerian Kesehatan Palestina|kkp]] melaporkan [[seorang pemuda berusia 19 tahun|pmd]] tewas tertembak, sementara [[tujuh orang lainnya|tol]] dirawat di rumah sakit di Ramallah. Menurut [[seorang warga|sw]], [[tentara Israel|idf]] yang tiba di lokasi tidak menghentikan [[para penyerang|ppy]], tetapi justru menembakkan gas air mata ke arah [[penduduk desa|pd]]. [[Otoritas Palestina|pa]] menyebut kematian [[pemuda itu|pi]] sebagai kejahatan perang dan meminta [[Mahkamah Pidana Internasional|icc]] menyelidiki serangan tersebut.",
  pem=U("generic_group", "ISR", "CVL", None, "pemukim"), wp=R("pse", None, "warga", s="CVL"), kkp=R("pse", "ORG"),
  pmd=U("person", "PSE", "CVL", None, None), tol=U("generic_group", "PSE", "CVL", None, "korban"),
  sw=U("person", "PSE", "CVL", None, "warga"), idf=R("isr-idf", "ORG"), ppy=A("pem"), pd=A("wp"), pa=R("pse-pa", "ORG"),
  pi=A("pmd"), icc=R("icc", "ORG"))

# 7 Iran refuses IAEA inspections; "Ia" = the spokesperson, "ia" = Grossi
D("TEHERAN, KOMPAS.com – [[Iran|irn]] menolak permintaan [[Badan Tenaga Atom Internasional|iaea]] untuk kembali memeriksa fasilitas Fordow yang rusak akibat serangan udara Juni lalu. [[Juru bicara Kementerian Luar Negeri Iran Esmaeil Baghaei|eb]] mengatakan [[negaranya|neg]] tidak akan mengizinkan inspeksi apa pun selama [[badan tersebut|bt]] belum mengecam serangan [[Israel|isr]] dan [[Amerika Serikat|usa]]. [[Ia|ia]] juga menuding [[Direktur Jenderal IAEA Rafael Grossi|rg]] membocorkan data fasilitas nuklir [[Teheran|teh]] kepada [[dinas intelijen Israel Mossad|mos]]. [[Grossi|gr]] menyebut tuduhan itu tidak berdasar dan menegaskan [[ia|ia2]] akan tetap membuka dialog dengan [[pemerintahan Presiden Masoud Pezeshkian|pmp]].",
  irn=R("irn", "LOC"), iaea=R("un-iaea", "ORG"), eb=U("person", "IRN", "GOV", "PER", "juru bicara"), neg=A("eb", aid="irn"),
  bt=A("iaea"), isr=R("isr", "LOC"), usa=R("usa", "LOC"), ia=A("eb"), rg=U("person", None, "IGO", "PER", "Ketua"),
  teh=R("irn", "LOC"), mos=R("isr-mossad", "ORG"), gr=U("person", None, "IGO", "PER", same="rg"), ia2=A("gr"),
  pmp=R("irn", "ORG"))

# 8 Lebanon: Indonesian UNIFIL soldiers hit; "pasukan penjaga perdamaian PBB itu" = UNIFIL; "para prajuritnya" = IDF
D("[[Dua prajurit TNI|dpt]] terluka ringan setelah pos pengamatan [[mereka|mer]] di dekat Naqoura, Lebanon selatan, terkena tembakan tank [[Israel|isr]], Jumat (10/10/2025). [[Kapuspen TNI Brigjen Freddy Ardianzah|fa]] mengatakan [[keduanya|kd]] telah dievakuasi ke rumah sakit milik [[UNIFIL|uni]] dalam kondisi stabil. [[Pasukan penjaga perdamaian PBB itu|ppp]] melayangkan protes resmi kepada [[militer Israel|idf]], sementara [[para prajuritnya|ppn]] berdalih melihat [[orang bersenjata|ob]] di dekat pos tersebut. [[Menteri Luar Negeri Sugiono|sug]] meminta [[Dewan Keamanan PBB|dk]] menjamin keselamatan [[lebih dari 1.000 personel Kontingen Garuda|pkg]] yang bertugas di Lebanon.",
  dpt=R("idn-tni", None, "tentara"), mer=A("dpt"), isr=R("isr", "LOC"), fa=U("person", "IDN", "MIL", "PER", "Kapuspen TNI"),
  kd=A("mer"), uni=R("un-unifil", "ORG"), ppp=A("uni"), idf=R("isr-idf", "ORG"), ppn=A("idf"),
  ob=U("generic_group", "LBN", "REB", None, "kelompok bersenjata"), sug=R("idn-sugiono", "PER", "Menteri Luar Negeri"),
  dk=R("un-sc", "ORG"), pkg=R("idn-tni", None, "tentara"))

# 9 Red Sea: US/UK strikes; CENTCOM "pasukannya"; Houthi spokesperson "pihaknya"
D("[[Amerika Serikat|usa]] dan [[Inggris|gbr]] kembali menggempur sejumlah sasaran di Hodeidah setelah [[kelompok Houthi|hou]] menyerang sebuah kapal kargo berbendera Liberia di Laut Merah. [[Komando Pusat AS|cent]] menyatakan [[pasukannya|pas]] menghantam gudang rudal dan radar pantai milik [[milisi yang didukung Iran itu|mdi]]. [[Juru bicara militer Houthi Yahya Saree|ys]] mengklaim [[pihaknya|p]] menembak jatuh sebuah pesawat nirawak MQ-9 milik [[Washington|was]], klaim yang belum dikonfirmasi oleh [[Pentagon|pen]]. Menurut [[stasiun televisi Al-Masirah|am]], [[enam warga sipil|ews]] tewas dalam serangan udara tersebut, sementara [[awak kapal kargo itu|akk]] dilaporkan selamat.",
  usa=R("usa", "LOC"), gbr=R("gbr", "LOC"), hou=R("houthi", "ORG"), cent=R("usa-centcom", "ORG"), pas=A("cent"), mdi=A("hou"),
  ys=U("person", "YEM", "REB", "PER", "juru bicara"), p=A("ys", aid="houthi"), was=R("usa", "LOC"), pen=R("usa-dod", "ORG"),
  am=R("al-masirah", "ORG"), ews=U("generic_group", "YEM", "CVL", None, "warga"),
  akk=U("generic_group", None, "CVL", None, "awak kapal"))

# 10 Indonesian aid to Gaza; MER-C team -> "organisasi kemanusiaan itu"
D("[[Pemerintah Indonesia|pi]] mengirimkan 100 ton bantuan pangan dan obat-obatan untuk [[warga Gaza|wg]] melalui Bandara El Arish, Mesir. [[Kepala BNPB Suharyanto|sh]] mengatakan bantuan itu akan diserahkan kepada [[Bulan Sabit Merah Mesir|bsm]] sebelum dibawa masuk ke Gaza bersama [[relawan MER-C|rm]]. [[Ia|ia]] mengakui penyaluran kerap tersendat karena [[otoritas Israel|oi]] memperketat pemeriksaan truk di perlintasan Kerem Shalom. [[Ketua Presidium MER-C Sarbini Abdul Murad|sam]] menyebut [[timnya|tim]] di Rumah Sakit Indonesia di Beit Lahia kini kekurangan bahan bakar, sehingga [[organisasi kemanusiaan itu|oki]] terpaksa menunda operasi yang tidak mendesak.",
  pi=R("idn", "ORG"), wg=U("generic_group", "PSE", "CVL", None, "warga"), sh=U("person", "IDN", "GOV", "PER", "Kepala BNPB"),
  bsm=U("ngo", "EGY", "MED", "ORG"), rm=R("idn-mer-c", None, "aktivis"), ia=A("sh"), oi=R("isr", "ORG"),
  sam=U("person", "IDN", "MED", "PER", "Ketua"), tim=A("sam", aid="idn-mer-c"), oki=A("tim"))
