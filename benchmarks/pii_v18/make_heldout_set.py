"""Write tests/data/pii_heldout_v18.jsonl: an eighteenth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/, no `import reasonrl`), its tests (apart from the two `head -2` commands below),
    its earlier labelled sets or their generators (benchmarks/pii/ and pii_v2/ to pii_v17/),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md or /work/shared/DESIGN.md, and who ran no
    git command. What was read, all of it: the module docstring of benchmarks/pii_v17/make_heldout_set.py
    as handed over in a separate text file (record and sidecar format, labelling conventions, region
    rules, and the genres, phrasings, placements, roster formats, line shapes, negative kinds and corpus
    sources v17 used, all avoided here), the first two lines of tests/data/pii_heldout_v17.jsonl and of
    tests/data/pii_heldout_v17_values.jsonl (format only), the [tool.ruff] part of pyproject.toml (line
    length 110; E, W, F, I, B; its per-file-ignores were printed with it), /work/shared/data/SOURCES.md
    and the raw data files the corpus negatives come from (the header line of the English HateCheck CSV
    and of the German Multilingual HateCheck CSV, the first 300 characters of math500_test.jsonl and of
    the hh-rlhf harmless-base test file, and a screening pass over the rows of every file drawn from).
    Seen in passing: directory listings of benchmarks/ and /work/shared/data/ (recursive for the latter).
    No PII detector (the project's, Presidio or any other) was run on this set while it was made, so
    nothing here was tuned towards or away from what any detector catches. The only screens are this
    package's guards (guards.py), written afresh to the rules v17 describes: with the labelled spans
    masked, the text may hold no '@', no Luhn-valid 13-19 digit run (every contiguous run of whole digit
    groups joined by one to three spaces, tabs or dashes, and every 13-19 digit slice of one group), no
    mod-97-valid IBAN (any 15-34 character prefix after two capitals and two digits, single spaces inside
    skipped), no SSA-valid 3-2-4 SSN shape (dashes or spaces, not touching other digits), no four
    consecutive dotted parts of 0-255 and no token of hex digits, colons and dots that parses as IPv6. A
    hard negative that trips one is drawn again; every finished document is screened once more and
    drawn again if it trips one (neither happened with seed 10018). Phone-like negatives are never
    screened as phones. Everything was written fresh for this set: number drawing and writing habits
    (phones.py), cards, SSNs, IPs, IBANs and e-mail habits (values.py), locales, people, mail domains,
    greetings, sign-offs and genres (locales.py), announcing phrasings and placements (phrasings.py),
    rosters and value-line labels and shapes (lines.py), hard negatives (neg_labelled.py,
    neg_patterned.py, neg_tables.py), the plan, pieces and documents (build.py) and corpus negatives
    (corpus.py); checks.py re-checks the files and stats.py rebuilds the set with the seed, counts
    everything from the files and the build log, and says whether the rebuild matches.

Genres (27 prose genres, used with values and for negative prose; 12 negative-only tables), none in v17's list
    Title (key) by document language; each genre has three filler sentences of its own, written as
    paragraphs (a placement may take one or two of them); documents of every locale of a language share
    that language's genres; en_IN documents are English, Hinglish and Devanagari Hindi in turn.
    English: Allotment society – seed swap (seed_swap), Book club – next meeting (book_club), Dog walkers'
    rota for the shelter (dog_walkers), Village pantomime rehearsals (pantomime), Wildlife pond dig at the
    school (pond_dig); Hinglish: Society Holi party (holi_party), Building water tank cleaning
    (tank_cleaning); Hindi: योग शिविर (yog_shivir), मोहल्ला क्रिकेट प्रतियोगिता (mohalla_cricket); German:
    Laternenumzug der Kita (laternenumzug), Flohmarkt im Hinterhof (hofflohmarkt), Streuobstwiese –
    Apfelernte (apfelernte); French: Fête de la musique au square (fete_musique), Atelier compostage
    partagé (compostage), Chorale d'été – répartition des pupitres (chorale_ete); Spanish: Fiestas del
    barrio – comisión (fiestas_barrio), Excursión del club de montaña (excursion_montana), Mercadillo
    solidario (mercadillo); Italian: Sagra della polenta (sagra_polenta), Gita sociale al lago
    (gita_lago), Doposcuola volontario (doposcuola); Dutch: Koningsdag – vrijmarkt in de straat
    (vrijmarkt), Schoolreisje – begeleiders gezocht (schoolreisje), Moestuin op het dak (daktuin);
    Portuguese: Festa junina da escola (festa_junina), Bazar beneficente da paróquia (bazar), Trilha do
    grupo de caminhada (trilha).

    Negative-only tables (English for every en_* locale, else the locale's language; a title, a blank
    line, a header row and 4-8 rows whose first column is a running number, a week or a date; columns
    split by ' │ ', ';', ' || ' or padded to width and split by two spaces):
    Shuttle bus times (bus_times), Cake stall tally (cake_orders), Chess club ladder (chess_night), Pub
    darts league (darts_league), Budget against spend (event_budget), Fuel log for the club van
    (fuel_log), Harvest by bed (harvest_log), Walking weekend stages (hike_stages), Bake sale nutrition
    card (nutrition), Rain gauge by week (rain_gauge), Swim gala times (swim_gala), Tide table for the
    crossing (tide_table).

    Locales: en_US, en_GB, en_IN (English, Hinglish and Devanagari Hindi documents in turn), en_AU, en_IE,
    de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry
    their language (en, de, fr, es, it, nl, pt).

Counts (seed 10018; `python -m benchmarks.pii_v18.stats` recomputes them)
    rebuild matches the files: True
    documents: 1200 (pos 600, neg prose 225, neg table 225, corpus 150)
    locales: en_US 137, en_IN 114, en 110, en_GB 109, de_DE 98, it_IT 94, es_ES 88, fr_FR 76, nl_NL 75,
    pt_BR 65, de_CH 32, fr_BE 28, de_AT 26, en_AU 26, it_CH 22, en_IE 21, fr_CH 20, nl_BE 19, de 7, es 7,
    fr 7, it 7, nl 6, pt 6
    prose languages: en 264, de 120, fr 97, it 87, es 72, nl 72, pt 56, hg 29, hi 28
    table languages: en 86, de 36, it 29, fr 27, nl 22, es 16, pt 9
    corpus: gsm8ktrain en 40, hhrlhf en 25, math500 en 25, hatecheck en 20, mhc de 7, mhc es 7, mhc fr 7,
    mhc it 7, mhc nl 6, mhc pt 6
    values: 1823 (PHONE 1383, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 75, IBAN 65, US_SSN 40)
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 283, PHONE/international 150,
    PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 60, IBAN/grouped 55,
    CREDIT_CARD/grouped 39, US_SSN/dashed 35, IP_ADDRESS/v6 30, CREDIT_CARD/compact 18, CREDIT_CARD/dashed
    18, IBAN/compact 10, US_SSN/spaced 5
    phone regions: DE 188, GB 179, US 171, IN 155, IT 154, FR 151, ES 121, BR 103, NL 99, AU 15, CH 13, BE
    12, AT 11, IE 11
    own-country numbers (international): AT 3, CH 3, BE 2, IE 2, AU 1
    service numbers: IT premium-rate 9, US premium-rate 9, NL toll-free 8, US toll-free 7, DE shared-cost
    6, DE uan 6, GB uan 5, DE premium-rate 4, FR premium-rate 4, GB premium-rate 4, DE toll-free 3, ES
    shared-cost 3, ES uan 3, GB toll-free 3, IN shared-cost 3, IN uan 3, IT toll-free 3, NL uan 3, BR
    premium-rate 2, BR shared-cost 2, ES premium-rate 2, FR shared-cost 2, IN premium-rate 2, ES toll-free
    1, FR toll-free 1, IT shared-cost 1, NL premium-rate 1
    habits local-announced: none 88, split_space 83, split_dash 66, split_dot 53, spaces 50, pairs 30,
    dashes 22, slash 21, standard 20, dots 13, brackets 4
    habits list-entry: split_space 56, none 41, spaces 41, split_dash 38, split_dot 29, pairs 27, slash
    15, standard 14, dashes 11, dots 10, brackets 1
    habits national: spaces 104, dots 63, standard 52, dashes 48, none 47, brackets 42, slash 37, us1 7
    habits international: plus_spaces 47, plus_dashes 27, zero_zero 27, trunk_zero 21, paren_cc 20, us_011
    8
    habits other: dashes 23, dots 17, none 17, slash 13, spaces 12, standard 11, brackets 6, us1 1
    local: local-announced subscriber DE 66, local-announced subscriber GB 65, local-announced subscriber
    US 64, list-entry subscriber DE 51, local-announced full FR 48, local-announced full IT 48,
    local-announced full ES 40, list-entry subscriber GB 38, local-announced subscriber NL 37, list-entry
    full ES 36, local-announced subscriber IN 36, list-entry full FR 35, local-announced subscriber BR 33,
    list-entry subscriber IN 30, list-entry full IT 27, list-entry subscriber BR 23, list-entry subscriber
    US 23, list-entry subscriber NL 13, local-announced full IN 13, list-entry full IN 7
    phrasings used: 109 of 109; by language: en 13, de 12, es 12, fr 12, hg 12, hi 12, it 12, nl 12, pt
    12; uses per phrasing 1-12
    placements: ps_line 30, warning_sign 30, footnote 29, mid_paragraph 29, update_underlined 29,
    correction 28, forwarded 28, important_caps 28, in_short_top 28, qa_pair 28, quoted_speech 28,
    dash_bullets 27, double_rule 27, indented 27, phone_emoji 27, timeline 27
    placement x language pairs used: 144
    rosters: 60, entries 283; formats: comma_tel 6, dash_separated 6, hash_numbered 6, job_bracket_first
    6, letter_list 6, number_first 6, pipe_plain 6, plus_bullet 6, semicolon_csv 6, two_line 6; sizes: 6
    22, 4 15, 3 12, 5 11
    value-line shapes: pipe 137, tab 137, ascii_arrow 136, double_gt 136, label_above 136, paren_after
    136, square_value 136, tilde 136
    value-line kinds: national 400, intl 139, other 100, email_personal 90, ip 90, email_role 80, card 75,
    iban 65, ssn 40, own 11
    hard negatives: 96 kinds used (labelled 50, patterned 46) + 12 table kinds; uses 1030, per kind 10-11
    hard-negative forms: patterned paren 143, patterned bullet_dash 136, patterned colon 109, patterned
    value_pipe 105, labelled above_blank 78, labelled colon 75, labelled paren_value 71, labelled
    below_paren 68, labelled pipe 63, labelled value_paren 62, labelled above_plain 60, labelled tab 60
    tables: cake_orders 19, chess_night 19, darts_league 19, event_budget 19, fuel_log 19, harvest_log 19,
    hike_stages 19, nutrition 19, swim_gala 19, bus_times 18, rain_gauge 18, tide_table 18 ; separators: '
    │ ' 66, ';' 56, ' || ' 52, '  ' 51
    document redraws: 0; hard-negative redraws: 0

    109 announcing phrasings, all used (en 13, the eight other languages 12 each); {n} is the number, {f}
    a first name of the locale; some put the number first, some announce it from a clause away:
      English: If the minibus is running late, the driver can be reached on {n}. / {f} has offered to lend
      a trailer; give her a bell on {n} to arrange it. / Lost property goes to {f}, whose home number is
      {n}. / {n} is the number on the noticeboard for anyone who can't make the meeting. / My mobile's
      playing up, so use the house phone instead: {n}. / Phone {f} – {n} – before Thursday if you need a
      vegetarian plate. / Should the heating fail overnight, the warden's on {n}. / You'll find {f} at
      home most evenings on {n}. / For wheelchair access, ring ahead on {n} and we'll open the side door.
      / The booking line, {n}, takes messages out of hours. / Anyone locked out of the hall should try {n}
      first. / Ring me on {n} if you fancy sharing a car. / Best number to catch {f} between shifts: {n}.
      Hinglish: Minibus late ho toh driver ko {n} pe call karo. / {f} trolley de rahi hai, {n} pe baat kar
      lo. / Kuch kho gaya ho toh {f} ke ghar ka number hai {n}. / {n} notice board pe laga hai, meeting
      miss ho toh yahi try karna. / Mera mobile kharab hai, ghar ka phone use karo: {n}. / Veg plate
      chahiye toh Thursday se pehle {f} ko ring karo – {n}. / Raat mein light chali jaye toh guard {n} pe
      milega. / Shaam ko {f} ghar pe hi hoti hai, {n} pe mil jayegi. / Wheelchair ke liye pehle {n} pe
      bata dena, side gate khol denge. / Office band ho toh bhi {n} pe message chhod sakte ho. / Car share
      karni ho toh mujhe {n} pe phone karna. / Shift ke beech {f} ko pakadna ho toh best number {n} hai.
      Hindi: मिनीबस देर से आए तो ड्राइवर से {n} पर बात करें। / {f} जी ट्रॉली दे रही हैं, {n} पर उनसे तय कर
      लें। / खोया हुआ सामान {f} जी के पास जमा होगा, घर का नंबर {n} है। / बैठक में न आ सकें तो सूचना पट्ट
      वाला नंबर {n} मिलाएँ। / मेरा मोबाइल ठीक नहीं चल रहा, घर का फ़ोन इस्तेमाल करें: {n}। / शाकाहारी थाली
      चाहिए तो गुरुवार से पहले {f} जी को {n} पर बताएँ। / रात में बिजली जाए तो चौकीदार {n} पर मिलेंगे। /
      शाम को {f} जी घर पर ही रहती हैं, {n} पर फ़ोन करें। / व्हीलचेयर के लिए पहले {n} पर बता दें, बगल का
      दरवाज़ा खुलवा देंगे। / दफ़्तर बंद हो तब भी {n} पर संदेश छोड़ सकते हैं। / गाड़ी साझा करनी हो तो मुझे
      {n} पर फ़ोन करें। / {n} पर {f} जी से पाली के बीच बात हो सकती है।
      German: Falls der Kleinbus sich verspätet: Der Fahrer ist unter {n} erreichbar. / {f} leiht uns
      einen Anhänger – Absprache bitte telefonisch, {n}. / Fundsachen sammelt {f}, privat unter {n}. / {n}
      steht auch am Schwarzen Brett, für alle, die nicht zur Sitzung kommen. / Mein Handy spinnt, nehmt
      lieber das Festnetz: {n}. / Wer vegetarisch essen möchte, ruft bis Donnerstag bei {f} an ({n}). /
      Fällt nachts die Heizung aus, ist der Hauswart unter {n} zu erreichen. / Abends ist {f} meistens zu
      Hause, Telefon {n}. / Für den barrierefreien Eingang bitte vorher unter {n} Bescheid geben. / Auf
      dem Anrufbeantworter unter {n} kann man jederzeit etwas hinterlassen. / Wer eine Fahrgemeinschaft
      bilden will, erreicht mich unter {n}. / Zwischen den Schichten erwischt man {f} am ehesten unter
      {n}.
      French: Si le minibus a du retard, le chauffeur est joignable au {n}. / {f} nous prête une remorque
      ; appelez-la au {n} pour vous organiser. / Les objets trouvés sont chez {f}, dont le numéro fixe est
      le {n}. / Le {n} est affiché au tableau pour ceux qui ne viendront pas à la réunion. / Mon portable
      fait des siennes, passez plutôt par la maison : {n}. / Pour une assiette végétarienne, téléphonez à
      {f} avant jeudi ({n}). / En cas de panne de chauffage la nuit, le gardien répond au {n}. / Le soir,
      {f} est presque toujours chez elle : {n}. / Pour l'accès en fauteuil, prévenez au {n} et on ouvrira
      la porte latérale. / Le répondeur du {n} prend les messages en dehors des heures. / Pour partager
      une voiture, appelez-moi au {n}. / Entre deux gardes, c'est au {n} qu'on attrape {f}.
      Spanish: Si el microbús se retrasa, el conductor está en el {n}. / {f} nos deja un remolque;
      llamadla al {n} para cuadrarlo. / Los objetos perdidos los guarda {f}; su fijo es el {n}. / El {n}
      está en el tablón para quien no pueda venir a la reunión. / El móvil me falla, mejor llamad a casa:
      {n}. / Si queréis menú vegetariano, avisad a {f} antes del jueves ({n}). / Si la calefacción falla
      de noche, el portero atiende en el {n}. / Por las tardes {f} suele estar en casa, en el {n}. / Para
      el acceso en silla de ruedas, llamad antes al {n} y abrimos la puerta lateral. / En el contestador
      del {n} se pueden dejar mensajes a cualquier hora. / Quien quiera compartir coche, que me llame al
      {n}. / Entre turno y turno, a {f} se la pilla en el {n}.
      Italian: Se il pulmino ritarda, l'autista risponde al {n}. / {f} ci presta un carrello: chiamatela
      al {n} per accordarvi. / Gli oggetti smarriti li tiene {f}, numero di casa {n}. / Il {n} è appeso in
      bacheca per chi non può venire alla riunione. / Il cellulare mi dà problemi, usate il fisso di casa:
      {n}. / Chi vuole il piatto vegetariano telefoni a {f} entro giovedì ({n}). / Se di notte salta il
      riscaldamento, il custode è al {n}. / La sera {f} è quasi sempre a casa: {n}. / Per l'accesso in
      carrozzina avvisate prima al {n}, apriremo l'ingresso laterale. / Alla segreteria del {n} si possono
      lasciare messaggi a ogni ora. / Chi vuole dividere la macchina mi chiami al {n}. / Tra un turno e
      l'altro {f} si trova al {n}.
      Dutch: Loopt het busje uit, dan is de chauffeur bereikbaar op {n}. / {f} leent ons een aanhanger;
      bel haar even op {n} om het te regelen. / Gevonden voorwerpen liggen bij {f}, thuis te bereiken op
      {n}. / {n} hangt ook op het prikbord, voor wie niet naar de vergadering kan. / Mijn mobiel doet
      raar, bel liever het vaste nummer: {n}. / Wie vegetarisch wil eten, belt vóór donderdag naar {f}
      ({n}). / Valt 's nachts de verwarming uit, dan is de huismeester bereikbaar op {n}. / 's Avonds is
      {f} meestal thuis: {n}. / Voor de rolstoelingang graag vooraf bellen naar {n}, dan zetten we de
      zijdeur open. / Op het antwoordapparaat van {n} kun je altijd iets inspreken. / Wie wil carpoolen,
      kan mij bellen op {n}. / Tussen de diensten door krijg je {f} het best te pakken op {n}.
      Portuguese: Se a van atrasar, o motorista atende no {n}. / {f} vai emprestar um reboque; liga pra
      ela no {n} pra combinar. / Achados e perdidos ficam com {f}, telefone de casa {n}. / O {n} está no
      mural pra quem não puder ir à reunião. / Meu celular está dando problema, liga no fixo de casa: {n}.
      / Quem quiser prato vegetariano avisa {f} até quinta ({n}). / Se o aquecedor pifar de noite, o
      porteiro atende no {n}. / À noite {f} quase sempre está em casa: {n}. / Pra entrada de cadeira de
      rodas, avisa antes no {n} que a gente abre a porta lateral. / Na secretária eletrônica do {n} dá pra
      deixar recado a qualquer hora. / Quem quiser dividir carro me liga no {n}. / Entre um plantão e
      outro, {f} atende no {n}.

    Sixteen placements, none of v17's, each used 27-30 times; every language cycles through all of them
    (all 144 placement-language pairs occur). Name (where: template), where top = under the title before
    the greeting, first = right after the greeting, body = among the filler paragraphs (shuffled with the
    other body pieces), last = just before the sign-off; {P} the phrasing, {F1}/{F2} genre fillers (then
    left out of the body; a placement needing more fillers than are left falls back to indented), {g} a
    first name, the other keys words of the language:
    ps_line (last: {ps} {P}); in_short_top (top: {short}: {P}); footnote (body: {F1}¹ ⏎  ⏎ ¹ {P});
    timeline (body: 18:00 {F1} ⏎ 19:30 {P}); qa_pair (body: {q} ⏎ {a} {P}); phone_emoji (body: ☎️ {P});
    dash_bullets (body: - {F1} ⏎ - {P} ⏎ - {F2}); indented (body:     {P}); update_underlined (body:
    {update} ⏎ ------ ⏎ {P}); correction (last: {fix}: {P}); forwarded (top: -------- {fwd} -------- ⏎
    {P}); mid_paragraph (body: {F1} {P} {F2}); warning_sign (body: ⚠️ {P}); quoted_speech (body: {g}
    {wrote}: “{P}”); double_rule (body: ——— ⏎ {P} ⏎ ———); important_caps (first: {imp}: {P}).
    Words (ps/short/update/fix/imp/fwd): en PS/In short/Update/Correction/IMPORTANT/Forwarded message; hg
    PS/Short mein/Update/Galti sudhaar/ZAROORI/Forwarded message; hi पुनश्च:/संक्षेप में/ताज़ा
    जानकारी/सुधार/ज़रूरी/आगे भेजा गया संदेश; de PS:/Kurz gesagt/Update/Korrektur/WICHTIG/Weitergeleitete
    Nachricht; fr P.-S./En bref/Mise à jour/Rectificatif/IMPORTANT/Message transféré; es P. D.:/En
    resumen/Actualización/Corrección/IMPORTANTE/Mensaje reenviado; it P.S./In
    breve/Aggiornamento/Correzione/IMPORTANTE/Messaggio inoltrato; nl PS/Kort
    samengevat/Update/Correctie/BELANGRIJK/Doorgestuurd bericht; pt
    P.S.:/Resumindo/Atualização/Correção/IMPORTANTE/Mensagem encaminhada.

    Rosters: 60 under a heading, ten formats, none of v17's ({N} the number, {k} 1.., {letter} a..,
    {tel} the language's "tel." word; semicolon_csv puts a header row "Name;Job;Phone" in the language
    under the heading); 3-6 entries, names the people of the locale:
    dash_separated ("{name} – {job} – {N}"); pipe_plain ("{name} | {job} | {N}"); semicolon_csv
    ("{name};{job};{N}"); job_bracket_first ("[{job}] {name} {N}"); number_first ("{N} — {name} ({job})");
    hash_numbered ("#{k} {name}, {job}, {N}"); letter_list ("{letter}. {name} ({job}) {N}"); two_line
    ("{name}, {job} ⏎    {N}"); comma_tel ("{name} ({job}), {tel} {N}"); plus_bullet ("+ {name} — {N},
    {job}").
    Headings: English: Phone tree for the day, Who's doing what (numbers included); Hinglish: Phone tree –
    kaun kya karega, Volunteers aur unke number; Hindi: स्वयंसेवकों के फ़ोन नंबर, किसके ज़िम्मे क्या है;
    German: Telefonkette, Wer macht was (mit Nummer); French: Chaîne téléphonique, Qui fait quoi (avec
    numéro); Spanish: Cadena de llamadas, Quién hace qué (con teléfono); Italian: Catena telefonica, Chi
    fa cosa (con numero); Dutch: Belboom, Wie doet wat (met nummer); Portuguese: Corrente de ligações,
    Quem faz o quê (com telefone). Jobs: English: tea urn, signage, kids' corner, bins, float, photos;
    Hinglish: chai, banners, kids corner, safai, cash box, photos; Hindi: चाय, बैनर, बच्चों का कोना,
    सफ़ाई, नकदी, फ़ोटो; German: Kaffee, Schilder, Kinderecke, Müll, Kasse, Fotos; French: café, panneaux,
    coin enfants, poubelles, caisse, photos; Spanish: café, carteles, rincón infantil, basuras, caja,
    fotos; Italian: caffè, cartelli, angolo bimbi, rifiuti, cassa, foto; Dutch: koffie, bordjes,
    kinderhoek, afval, kassa, foto's; Portuguese: café, placas, cantinho infantil, lixo, caixa, fotos.

    Value lines in eight shapes, none of v17's and none the "Label: value" form ({L} the label with a
    capital, {l} as written): two or more lines in a document are stacked in one block half the time.
    double_gt "{L} >> {V}", pipe "{L} | {V}", paren_after "{V} ({l})", square_value "{L} [{V}]", tab
    "{L}<TAB>{V}", tilde "{L} ~ {V}", ascii_arrow "{L} -> {V}", label_above "{L} ⏎   {V}".
    Labels in the document's language (Hinglish and Hindi wordings of their own; two per kind; the SSN
    kind only occurs in en_US documents); the English ones (own = the own country of an AT, CH, BE, AU or
    IE document; ip covers v4 and v6):
    national: the electrician who rewired the hall, our usual minicab firm; intl: the exchange family, the
    holiday flat we booked; own: Gran's place back home, the neighbours back home; other: the gas
    emergency line, the council's bulky waste line; email_personal: send the minutes to, my address for
    receipts; email_role: club inbox, write to the committee at; card: card for the marquee deposit, card
    that paid for the urn; iban: account for the subs, transfers for the trip; ip: the till's address,
    camera on the club wifi; ssn: SSN for the volunteer background check, SSN on the bus driver form.

    Hard negatives: 108 kinds, all used (labelled 50, patterned 46, table 12). 50 labelled kinds are
    phone-shaped digit groups under a label saying what they are, in the document's language (Hinglish
    documents take the English label, Hindi documents a Hindi one), in eight forms, three with the label
    on another line. Shapes ('#' a digit, 'N' a digit 1-9):
    "0### ### ###", "N## ## ## ##", "0##-###-####", "(0###) ######", "0## / ### ## ##", "N#-##-##-##",
    "0#### ### ###", "N### ### ###", "0# ## ## ## ##", "N## ### ####", "0###/## ## ##", "N##-####-###";
    forms: colon "{L}: {V}", paren_value "{L} ({V})", value_paren "{V} ({L})", pipe "{L} | {V}", tab
    "{L}<TAB>{V}", above_plain "{L} ⏎ {V}", above_blank "{L} ⏎  ⏎ {V}", below_paren "{V} ⏎ ({L})".
    The labelled kinds (English labels):
    Boiler serial, Solar inverter ID, Heat pump install ref., Mortgage account, Car finance agreement, Tax
    reference, Council tax account, Dental patient no., Optician record, Vaccination batch, Blood donor
    no., Library card, Gym membership, Season ticket, Railcard no., Toll tag ID, Chassis no. (last
    digits), Pet microchip (part), Allotment tenancy no., Locker key code, Alarm panel serial, Electricity
    meter point, Water meter (new), Mobile contract no., SIM serial (short), Repair ticket, Support case
    no., Hotel booking ref., Ferry booking, Frequent flyer no., Concert ticket no., Theatre booking no.,
    Pharmacy customer no., Car insurance policy, Travel insurance policy, Pension fund member no., Union
    membership, Exam candidate no., University enrolment, Course booking ref., Grant application ref.,
    Planning application, Parking fine notice, Deposit crate receipt, Lottery slip serial, Gift card
    serial, Ramblers' club member, Organ donor register, Firewood order no., Kitchen fitter order.
    46 patterned kinds, each a number pattern with a caption in the language (Hinglish English, Hindi its
    own), written "Caption: V", "Caption (V)", "• Caption – V" or "V | Caption", numbers in the
    language's decimal and thousands style (key (English caption)):
    ages (Ages of the kids coming), altitude (Summit height), app_version (Ticket app version), bike_size
    (Frame and tyre size), bingo (Bingo calls so far), blood_pressure (Blood pressure this morning),
    budget (Budget left), bus_lines (Bus lines to the venue), chess_rating (Club rating before/after),
    darts (Darts, last visits), date_list (Possible dates), dice_rolls (Dice rolls), distances (Route
    options), fuel_use (Fuel use on the trip), heart_zones (Heart-rate zones), hours_worked (Hours
    volunteered), hymns (Hymns on Sunday), lap_times (Go-kart laps), meeting_point (Meeting point (GPS)),
    mileage_claim (Mileage claim), odometer (Odometer), page_refs (Pages to read), percent (Share of
    tickets sold), queue_ticket (Now serving / next), race_splits (Split times), raffle_winners (Winning
    raffle tickets), rainfall (Rain, last three days), room_temps (Hall temperature before/after),
    running_total (Takings Saturday + Sunday), screw_sizes (Screws needed), shelf_size (Shelf unit),
    sourdough (Starter feed ratio), stopwatch (Fastest egg-and-spoon run), sun_times (Sunrise / sunset),
    swim_laps (Swim session), tennis_sets (Club final), ticket_prices (Tickets adult / youth / child),
    tide_times (High tide), timber (Timber for the benches), timestamp (Last sync), train_times (Trains we
    could catch), tyre_pressure (Tyre pressure front/back), video_views (Views on the club video), vote
    (Vote (yes/no/abstain)), wind (Wind forecast), years_active (Years the club ran).

Record format and conventions (those of v17)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order; tables use the table's key as genre) or `<source>-<language>-<row>`;
    records are shuffled with the seed. Sidecar (--values-out): line i holds {"values": [...]} for record
    i, one entry per span in order: {"kind", "mode", "text"}; PHONE entries add region, e164 and area_len
    (phonenumbers.length_of_geographical_area_code of the full number; phonenumbers 9.0.43). PHONE modes:
    international (+CC, 00CC, (+CC), +CC (0) for trunk-0 countries, dashes, or in en_US documents half the
    time 011; every AT, AU, BE, CH and IE number is written so), national (45 % mobiles), local-announced
    (announced by a phrasing of phrasings.py in a placement), list-entry (a roster entry) and other
    (toll-free, shared-cost, UAN and premium-rate numbers as phonenumbers types them, in national form). A
    subscriber-only number is a valid full fixed-line number with its geographic area code cut off, at
    least six digits here (the convention allows five), never starting with 0 or 1, and is written so
    only for US, GB, DE, NL, BR and IN (IN: 75 % of announced slots, 80 % of roster slots, the rest full
    national, 80 % of them mobiles); FR, ES and IT announced and roster numbers are full national numbers
    (fixed or mobile, half each). In AT/CH/BE/AU/IE documents the announced, roster, national and service
    numbers are those of the neighbouring plan (DE for AT and de_CH, FR for fr_BE and fr_CH, NL for nl_BE,
    GB for AU and IE, IT for it_CH); their own country's numbers appear only in international form (60 %
    of their international lines; the other 40 % and all international lines of other documents are
    numbers of any of the fourteen regions other than the document's plan and own country). The value
    includes a + or 00/011 prefix, the US "1-" or "1 " prefix, a (0) trunk marker or area-code
    parentheses, never the context word or trailing punctuation; every full number round-trips through
    phonenumbers as valid for its region (checks.py drops "(0)", unwraps "(+CC)" and turns 00/011 into +
    before parsing international values with no region; other values are parsed as written in their
    region; a subscriber-only value's digits must equal the national significant number of its e164 less
    area_len digits). Writing habits (stats names): national spaces, dashes, dots, slash after the first
    group, brackets round the first group (US, BR, DE, GB, NL, IN only; US "(AAA) BBB-CCCC"), none
    (run-together), standard (phonenumbers' own national format) and us1 (the US "1-"/"1 " forms); BR
    values half the time carry the trunk 0 before the area code; subscriber numbers split_space,
    split_dash, split_dot (in two), pairs (not for US) or none; every drawn national form is parsed back
    and replaced by the standard national format if it does not give the same e164. International habits:
    plus_spaces, plus_dashes, zero_zero, paren_cc, trunk_zero, us_011.
    Other modes: EMAIL personal/role (personal: first.last, initial+last, first+two digits, last.first or
    first_last, accents folded, on ordinary mail domains of the locale; role: secretary@, kasse@,
    tresorier@ and the like on made-up club domains of the language), CREDIT_CARD grouped/dashed/compact
    (Luhn-valid; Visa, Mastercard 51-55 and 2221/2480/2600/2720, Amex 4-6-5, Discover 6011 for en_US,
    RuPay-range 6070/6080/6521/6522/8172 for en_IN, Elo prefixes for pt_BR), IBAN grouped/compact
    (mod-97-valid; FR RIB key, ES control digits, IT CIN, BE national check and NL eleven-test computed;
    DE, AT, CH, GB, IE, BR mod-97 only; the document's own country, GB for en_AU, none in en_US and
    en_IN), US_SSN dashed/spaced (SSA rules: area 001-899 but not 666, group 01-99, serial 0001-9999;
    en_US only), IP_ADDRESS v4/v6 (60 % private 10/8, 172.16/12 and 192.168/16, else public global v4,
    never ending in .0 or .255; v6 global unicast 2000::/3 with two or three zero groups, compressed with
    "::").

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, lines.py, phrasings.py,
    neg_*.py); no Faker. Phone validity, types, e164 and area_len: phonenumbers (Apache-2.0). Corpus
    negatives, untouched, from /work/shared/data (SOURCES.md), from files v17 did not use except the
    Multilingual HateCheck files (rows drawn afresh with this seed; v17's rows were not known to this
    writer, so a few may repeat): GSM8K train questions 40 (openai/grade-school-math, MIT), MATH-500
    problems 25 (ZubinGou/math-evaluation-harness, same as openai/prm800k, MIT), hh-rlhf harmless-base
    test dialogues 25 (the "chosen" text; anthropics/hh-rlhf, MIT), English HateCheck cases 20
    (paul-rottger/hatecheck-data, CC BY 4.0) and Multilingual HateCheck cases 40
    (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French, Spanish and Italian 7 each, Dutch
    and Portuguese 6 each); only texts of at most 1,500 characters with a digit, no "@", "http" or
    "www.", no seven or more digits in one run or in one run of digits joined by spaces, tabs, dashes,
    dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the (decompressed)
    JSONL file, or 0-based data row of the CSV. hh-rlhf dialogues and HateCheck cases can be offensive
    (sexual, violent or hateful); they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v18.make_heldout_set        (or the path
        benchmarks/pii_v18/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v18.checks [RECORDS [VALUES]]   (default: the v18 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v18.stats [RECORDS [VALUES]]   (default: the v18 files)
    Files: tests/data/pii_heldout_v18.jsonl and tests/data/pii_heldout_v18_values.jsonl.
"""

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v18"

from benchmarks.pii_v18.build import SEED, build  # noqa: E402

OUT = "tests/data/pii_heldout_v18.jsonl"
VALUES_OUT = "tests/data/pii_heldout_v18_values.jsonl"


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--values-out", default=VALUES_OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records, values, _logs = build(args.seed)
    Path(args.out).write_text(dumps(records), encoding="utf-8")
    Path(args.values_out).write_text(dumps(values), encoding="utf-8")
    print("wrote %d records to %s and %s" % (len(records), args.out, args.values_out))


if __name__ == "__main__":
    main()
