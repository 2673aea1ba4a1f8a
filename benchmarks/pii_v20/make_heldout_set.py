"""Write tests/data/pii_heldout_v20.jsonl: a twentieth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/, no `import reasonrl`), its tests (apart from the two `head -2` commands below),
    its earlier labelled sets or their generators (benchmarks/pii/ and pii_v2/ to pii_v19/),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md or /work/shared/DESIGN.md, and who ran no
    git command. What was read, all of it: the module docstring of benchmarks/pii_v19/make_heldout_set.py
    as handed over in a separate text file (record and sidecar format, labelling conventions, region
    rules, and the genres, phrasings, placements, roster formats, line shapes, number-writing habits,
    negative kinds and corpus sources v19 used, all avoided here), the first two lines of
    tests/data/pii_heldout_v19.jsonl and of tests/data/pii_heldout_v19_values.jsonl (format only), the
    [tool.ruff] part of pyproject.toml (line length 110; E, W, F, I, B; its per-file-ignores were printed
    with it), /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from (the
    header lines of the three CSV/JSONL.gz files, then only through corpus.py's screening pass and a look
    at a few screened rows). Seen in passing: directory listings of benchmarks/ and /work/shared/data/
    (recursive for the latter). No PII detector (the project's, Presidio or any other) was run on this
    set while it was made, so nothing here was tuned towards or away from what any detector catches. The
    only screens are this package's guards (guards.py), written afresh to the rules v19 describes: with
    the labelled spans masked, the text may hold no '@', no Luhn-valid 13-19 digit run (every contiguous
    run of whole digit groups joined by one to three spaces, tabs or dashes, and every 13-19 digit slice
    of one group), no mod-97-valid IBAN (any 15-34 character prefix after two capitals and two digits,
    single spaces inside skipped), no SSA-valid 3-2-4 SSN shape (dashes or spaces, not touching other
    digits), no four consecutive dotted parts of 0-255 and no token of hex digits, colons and dots with
    at least two colons and one hex digit that parses as IPv6. A hard negative or table that trips one
    is drawn again; every finished document is screened once more and drawn again if it trips one (none
    of this happened with seed 10020). Phone-like negatives are never screened as phones. Everything was
    written fresh for this set: number drawing and writing habits (phones.py: random digits after the
    first digit of phonenumbers' example number for the type, lengths from the region's metadata, kept
    when valid for the region and of the wanted type), cards, SSNs, IPs, IBANs and e-mail habits
    (values.py), locales, people, mail domains, greetings, sign-offs and genres (locales.py), announcing
    phrasings and placements (phrasings.py), rosters and value-line labels and shapes (lines.py), hard
    negatives (neg_labelled.py, neg_patterned.py, neg_tables.py), pieces with their spans (pieces.py),
    the plan and documents (build.py) and corpus negatives (corpus.py); checks.py re-checks the files
    and stats.py rebuilds the set with the seed, counts everything from the files and the build log, and
    says whether the rebuild matches.

Genres (19 prose genres, with values and for negative prose; 12 negative-only tables), none in v19's list
    Title (key) by document language; each genre has three filler paragraphs of its own (a placement may
    take one or two of them); documents of every locale of a language share that language's genres;
    en_IN documents are English, Hinglish and Devanagari Hindi in turn.
    English: Allotment society – AGM (allotment_agm), Lost cat – please check your sheds (lost_cat), Book
    swap at the branch library (book_swap); Hinglish: Society Diwali mela – stall booking (diwali_mela),
    Building water tank cleaning (tank_cleaning); Hindi: पुस्तक मेला (pustak_mela), योग शिविर
    (yoga_shivir); German: Laternenumzug der Kita (laternenumzug), Nachbarschaftshilfe beim Schneeschippen
    (schneeschippen); French: Fête des voisins dans la cour (fete_voisins), Atelier couture du mercredi
    (atelier_couture); Spanish: Intercambio de idiomas en el bar (intercambio), Excursión del club de
    montaña (excursion_monte); Italian: Gruppo di lettura in biblioteca (gruppo_lettura), Sagra della
    castagna (sagra_castagna); Dutch: Vrijmarkt op Koningsdag (vrijmarkt), Moestuin van de basisschool
    (moestuin); Portuguese: Festa junina da escola (festa_junina), Aula de capoeira no centro comunitário
    (capoeira).

    Negative-only tables (English for every en_* locale, else the locale's language; a title, a blank
    line, a header row and 4-7 rows whose first column is a weekday, a player's initials ("A. K."), an
    hour ("09:00"), a hive number, a shelf code ("B3") or a round number; columns joined by " | " without
    outer pipes, by ";", by " / ", or padded to fixed width with three spaces of gap; decimals with a
    comma outside English):
    Rain gauge at the allotments (rainfall), Chess ladder (chess_ladder), Shuttle bus, minutes past the
    hour (bus_times), Hive check (beehives), Cake sale (cake_sale), Sponsored swim (swim_lengths), Minibus
    fuel log (fuel_log), Tool library this month (tool_library), Compost heap temperatures (compost_temp),
    Recycling weigh-in (kg) (recycling), Darts night (darts_scores), Reading challenge (reading_log).

    Locales: en_US, en_GB, en_IN (English, Hinglish and Devanagari Hindi documents in turn), en_AU, en_IE,
    de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry
    their language (en, de, fr, es, it, nl, pt). Documents with values: 1,600 planned items (450
    announced numbers, 60 rosters, 400 national, 150 international, 100 service numbers, 90 personal and
    80 role e-mails, 60 IPv4 and 30 IPv6, 75 cards, 65 IBANs, 40 SSNs) dealt to 600 documents (each gets
    at least one; at most one roster and two announced numbers a document; SSNs go to en_US documents,
    IBANs to documents of locales with an IBAN country), 60 % of them also get one hard negative;
    negative prose documents get two or three hard negatives among the genre's three fillers.

Counts (seed 10020; `python -m benchmarks.pii_v20.stats` recomputes them)
    rebuild matches the files: True
    documents: 1200 (pos 600, neg prose 225, neg table 225, corpus 150)
    locales: en_US 140, en_IN 127, en 115, de_DE 99, es_ES 94, en_GB 93, fr_FR 85, nl_NL 81, it_IT 66, pt_BR
        63, en_IE 36, nl_BE 32, de_CH 28, fr_CH 28, en_AU 23, fr_BE 22, it_CH 17, de_AT 16, de 6, it 6, nl 6,
        es 6, fr 6, pt 5
    prose languages: en 258, de 115, fr 108, nl 85, es 73, it 66, pt 52, hg 34, hi 34
    table languages: en 93, de 28, nl 28, fr 27, es 21, it 17, pt 11
    corpus: gsm8ktrain-en 40, math500-en 30, hhrlhf-en 25, hatecheck-en 20, mhc-de 6, mhc-fr 6, mhc-es 6, mhc-
        it 6, mhc-nl 6, mhc-pt 5
    values: 1808 (PHONE 1368, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 75, IBAN 65, US_SSN 40)
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 268, PHONE/international 150,
        PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 60, IBAN/grouped 53,
        CREDIT_CARD/grouped 42, US_SSN/dashed 35, IP_ADDRESS/v6 30, CREDIT_CARD/compact 17, CREDIT_CARD/dashed
        16, IBAN/compact 12, US_SSN/spaced 5
    phone regions: GB 188, DE 185, FR 184, IN 152, NL 151, US 137, ES 122, IT 92, BR 86, BE 17, IE 15, AU 15,
        CH 12, AT 12
    own-country numbers (international): BE 7, CH 5, IE 1, AU 1
    service numbers: GB uan 8, NL premium-rate 8, DE uan 7, DE premium-rate 6, US premium-rate 5, GB premium-
        rate 5, IN toll-free 5, NL toll-free 5, FR uan 5, DE toll-free 4, US toll-free 4, NL uan 4, ES
        premium-rate 3, ES uan 3, ES shared-cost 3, IT premium-rate 3, IN uan 3, IN shared-cost 2, IN premium-
        rate 2, IT toll-free 2, FR shared-cost 2, DE shared-cost 2, ES toll-free 2, GB toll-free 2, FR toll-
        free 2, FR premium-rate 1, IT shared-cost 1, BR shared-cost 1
    habits local-announced: spaced_dash 104, endash_split 68, triplets 65, nbsp_split 63, tail3 47, nbsp 25,
        dash_pairs 23, pairs 21, slash_spaced 19, endash 15
    habits list-entry: spaced_dash 66, triplets 39, nbsp_split 39, endash_split 29, tail3 25, nbsp 20, endash
        16, slash_spaced 14, dash_pairs 12, pairs 8
    habits national: nbsp 69, spaced_dash 67, slash_spaced 62, pairs 57, endash 54, triplets 49, dash_pairs
        29, endash_all 13
    habits international: plus_paren_area 30, plus_nbsp 26, plus_slash 25, plus_compact 24, zero_zero_dash 20,
        plus_dots 20, us_011_dash 5
    habits other: nbsp 34, spaced_dash 27, endash 20, triplets 19
    local: local-announced subscriber DE 61, local-announced subscriber GB 59, local-announced full FR 57,
        local-announced subscriber NL 53, local-announced subscriber US 52, list-entry subscriber GB 50, list-
        entry subscriber DE 44, list-entry full FR 42, local-announced subscriber IN 41, local-announced
        subscriber BR 39, local-announced full ES 38, local-announced full IT 37, list-entry full ES 26, list-
        entry subscriber US 23, list-entry subscriber NL 23, list-entry subscriber IN 22, list-entry
        subscriber BR 15, list-entry full IT 15, local-announced full IN 13, list-entry full IN 8
    phrasings used: 108 of 108; by language: de 12, en 12, es 12, fr 12, hg 12, hi 12, it 12, nl 12, pt 12;
        uses per phrasing 1-11
    placements: phone_emoji 30, indented 30, em_dash_join 30, dash_bullets 29, caps_label 29, speaker_line 29,
        tilde_line 28, greeting_inline 28, mid_paragraph 28, letter_bullets 28, hash_heading 28, time_prefix
        27, quoted 27, banner_top 27, warning_emoji 27, ps_line 25
    placement x language pairs used: 142
    rosters: 60, entries 268
    roster formats: bracket_job 6, day_slot 6, tel_bullet 6, name_colon 6, hash_num 6, number_first 6,
        semicolon_csv 6, dotted_num 6, double_pipe 6, letter_list 6
    roster sizes: 3 18, 6 16, 5 14, 4 12
    value-line shapes: tilde 137, pipe 137, square_label 136, em_dash 136, tab 136, ascii_arrow 136,
        label_above 136, paren_after 136
    value-line kinds: national 400, intl 136, other 100, ip 90, email_personal 90, email_role 80, card 75,
        iban 65, ssn 40, own 14
    value-line blocks stacked: 175
    hard negatives: 88 kinds used (labelled 48 of 48, patterned 40 of 40) + 12 table kinds; uses 943, per kind
        10-11
    hard-negative forms: patterned paren 108, patterned tab 107, patterned below 107, patterned colon 107,
        labelled above_plain 65, labelled pipe 65, labelled above_rule 64, labelled plain_space 64, labelled
        below_paren 64, labelled colon_tight 64, labelled paren_label 64, labelled hash_before 64
    tables: chess_ladder 19, darts_scores 19, reading_log 19, rainfall 19, fuel_log 19, compost_temp 19,
        cake_sale 19, swim_lengths 19, recycling 19, beehives 18, tool_library 18, bus_times 18
    table styles: pipes 57, semicolon 56, padded 56, slashes 56
    document redraws: 0; hard-negative redraws: 0; table redraws: 0

    108 announcing phrasings, all used (12 per language); {n} is the number, {f} a first name of the
    locale:
      English: Keys for the tool shed are with {f}, who lives at the end of the row – ring {n}. / Seen
      something? One quick call to {n} is all it takes. / {f} has the spare cat carrier; you can get hold
      of her at {n}. / Book returns after hours: phone the desk on {n} and they'll leave the side door
      open. / Anyone needing a wheelbarrow, give {f} a bell on {n}. / Our committee phone this year is
      {n}, answered most evenings. / Please do not knock at number 14 – call {n} instead, the baby is
      asleep. / I'm on {n} if the gate code has changed again. / Ring round first: {f} ({n}) decides
      whether we go ahead in the rain. / Lost property ends up with {f}; her home phone is {n}. / {n} is
      the number for the minibus, so don't lose it. / Can't make it? A missed call to {n} is enough and
      we'll cross you off.
      Hinglish: Stall ka token lena ho toh {f} ko {n} pe ring karo. / Kuch dikha toh seedha {n} pe call
      kar dena, bas. / {f} ke paas extra chairs hain, unka number {n} hai. / Raat ko lift band ho toh
      guard cabin ka {n} try karna. / Paani ki problem ho toh plumber bhaiya {n} pe milenge. / Committee
      ka phone is saal {n} hai, shaam ko zaroor uthta hai. / Bell mat bajana, baby so raha hai – {n} pe
      phone karna. / Gate ka code badla ho toh mujhe {n} pe bata dena. / Baarish hui toh {f} decide
      karegi, unka number {n}. / Kho gayi cheezein {f} ke paas jama hoti hain, ghar ka number {n}. / Tempo
      wale ka number {n} hai, sambhal ke rakhna. / Nahi aa pa rahe? {n} pe missed call de do, naam kaat
      denge.
      Hindi: स्टॉल की पर्ची के लिए {f} जी को {n} पर फ़ोन करें। / कुछ भी दिखे तो तुरंत {n} पर सूचना दें। /
      {f} जी के पास अतिरिक्त कुर्सियाँ हैं, उनका नंबर {n} है। / रात में गेट बंद मिले तो चौकी का नंबर {n}
      मिलाएँ। / पानी की दिक्कत हो तो नलसाज़ {n} पर मिलेंगे। / इस वर्ष समिति का फ़ोन {n} है, शाम को अवश्य
      उठाया जाता है। / कृपया घंटी न बजाएँ, बच्चा सो रहा है – {n} पर फ़ोन करें। / गेट का कोड बदला हो तो
      मुझे {n} पर बता दें। / बारिश होने पर निर्णय {f} जी लेंगी, उनका नंबर {n}। / खोई हुई चीज़ें {f} जी के
      पास जमा होती हैं, घर का नंबर {n}। / टेम्पो वाले का नंबर {n} है, संभालकर रखें। / नहीं आ पा रहे? {n}
      पर मिस्ड कॉल दे दें, नाम काट देंगे।
      German: Den Schlüssel zum Geräteschuppen hat {f} am Ende der Reihe – einfach {n} anrufen. / Etwas
      gesehen? Ein kurzer Anruf bei {n} genügt. / {f} hat noch einen Bollerwagen übrig und ist unter {n}
      zu erreichen. / Nach Feierabend bitte beim Hausmeister durchklingeln: {n}. / Wer eine Schubkarre
      braucht, ruft {f} an, Telefon {n}. / Das Vereinstelefon ist dieses Jahr {n}, meistens abends
      besetzt. / Bitte nicht bei Nummer 14 klopfen, sondern {n} anrufen – das Baby schläft. / Falls der
      Torcode wieder geändert wurde: Ich bin unter {n} erreichbar. / Ob wir bei Regen gehen, entscheidet
      {f} ({n}). / Fundsachen landen bei {f}, privat {n}. / {n} ist die Nummer vom Kleinbus, also gut
      aufheben. / Ihr könnt nicht? Ein verpasster Anruf auf {n} reicht, dann streichen wir euch.
      French: La clé du local à vélos est chez {f}, au fond de la cour : appelez le {n}. / Vous avez vu
      quelque chose ? Un simple coup de fil au {n} suffit. / {f} prête sa remorque ; on peut la joindre au
      {n}. / Après 19 h, sonnez plutôt le gardien au {n}. / Besoin d'une brouette ? {f} répond au {n}. /
      Le téléphone de l'association cette année, c'est le {n}. / Merci de ne pas frapper au 14, appelez le
      {n} : le bébé dort. / Si le code de la porte a encore changé, je suis au {n}. / S'il pleut, c'est
      {f} qui décide ({n}). / Les objets trouvés sont chez {f}, fixe {n}. / Le {n}, c'est le minibus ;
      gardez-le bien. / Un empêchement ? Un appel manqué au {n} et on vous raye de la liste.
      Spanish: La llave del cuarto de herramientas la tiene {f}, al final del pasillo: llamad al {n}. /
      ¿Habéis visto algo? Basta con una llamada al {n}. / {f} presta su carro de la compra grande; la
      encontráis en el {n}. / Fuera de horario, tocad al portero en el {n}. / Quien necesite una
      carretilla, que llame a {f} al {n}. / El teléfono de la asociación este año es el {n}. / Por favor,
      no llaméis al timbre del 14; mejor al {n}, que el bebé duerme. / Si han vuelto a cambiar el código
      del portal, estoy en el {n}. / Si llueve, decide {f} ({n}). / Las cosas perdidas las guarda {f}; su
      fijo, el {n}. / El {n} es el del microbús, no lo perdáis. / ¿No podéis venir? Con una perdida al {n}
      os tachamos.
      Italian: La chiave del capanno degli attrezzi ce l'ha {f}, in fondo alla via: chiamate il {n}. /
      Avete visto qualcosa? Basta una telefonata al {n}. / {f} presta il carrello grande; la trovate al
      {n}. / Dopo le sette suonate al portiere, numero {n}. / A chi serve una carriola, {f} risponde al
      {n}. / Il telefono dell'associazione quest'anno è il {n}. / Per favore non bussate al 14, chiamate
      il {n}: il bambino dorme. / Se hanno cambiato di nuovo il codice del cancello, sono al {n}. / Se
      piove decide {f} ({n}). / Gli oggetti smarriti li tiene {f}, fisso {n}. / Il {n} è quello del
      pulmino, non perdetelo. / Non riuscite a venire? Uno squillo al {n} e vi cancelliamo.
      Dutch: De sleutel van de schuur ligt bij {f}, achteraan in de straat – bel {n}. / Iets gezien? Eén
      belletje naar {n} is genoeg. / {f} leent haar bolderkar uit en is bereikbaar via {n}. / Na zevenen
      kun je de beheerder bellen op {n}. / Kruiwagen nodig? {f} neemt op via {n}. / Het verenigingsnummer
      is dit jaar {n}, 's avonds meestal bemand. / Niet aankloppen bij nummer 14 maar {n} bellen, de baby
      slaapt. / Als de poortcode weer veranderd is, ik zit op {n}. / Of we bij regen doorgaan, beslist {f}
      ({n}). / Gevonden voorwerpen liggen bij {f}, vast nummer {n}. / {n} is het nummer van het busje, dus
      goed bewaren. / Kun je niet? Een gemiste oproep naar {n} volstaat, dan strepen we je door.
      Portuguese: A chave do quartinho de ferramentas fica com {f}, no fim da rua – liga no {n}. / Viu
      alguma coisa? É só ligar pro {n}. / {f} empresta o carrinho grande; dá pra falar com ela no {n}. /
      Depois das sete, chama o porteiro no {n}. / Quem precisar de carrinho de mão fala com {f} pelo {n}.
      / O telefone da associação este ano é o {n}. / Por favor não bate no 14, liga no {n} que o bebê tá
      dormindo. / Se mudaram o código do portão de novo, estou no {n}. / Se chover, quem decide é {f}
      ({n}). / Achados e perdidos ficam com {f}, fixo {n}. / O {n} é o da van, guarda bem. / Não vai dar?
      Dá um toque no {n} que a gente risca seu nome.

    Sixteen placements, none of v19's; every language cycles through all of them (least used first).
    Name (where: template), where top = under the title before the greeting, greet = on the greeting's
    line after it, body = among the filler paragraphs (shuffled with the other body pieces), after = a
    paragraph under the signature; {P} the phrasing, {F1}/{F2} genre fillers (then left out of the body;
    placements needing more fillers than are left are not chosen), {g} a first name, {hh}.{mm} a clock
    time, {imp}/{ps}/{says}/{head}/{greet} words of the language:
    ps_line (after: {ps}: {P}); dash_bullets (body: - {F1} ⏎ - {P}); hash_heading (body: ## {head} ⏎ {P});
    phone_emoji (body: ☎️ {P}); warning_emoji (body: ⚠️ {P}); letter_bullets (body: a) {F1} ⏎ b) {P});
    quoted (body: “{P}”); caps_label (body: {imp}: {P}); mid_paragraph (body: {F1} {P} {F2}); indented
    (body:     {P}); banner_top (top: *** {P} ***); greeting_inline (greet: {greet} {P}); tilde_line
    (body: ~ {P} ~); speaker_line (body: {g} {says}: ⏎ {P}); em_dash_join (body: {F1} — {P}); time_prefix
    (body: {hh}.{mm} – {P}).
    Words (imp/ps/says/head): en IMPORTANT/PS/writes/Contact; hg ZAROORI/PS/ne likha/Contact; hi
    ज़रूरी/पुनश्च/ने लिखा/संपर्क; de WICHTIG/PS/schreibt/Kontakt; fr IMPORTANT/PS/écrit/Contact; es
    IMPORTANTE/PD/escribe/Contacto; it IMPORTANTE/PS/scrive/Contatti; nl BELANGRIJK/PS/schrijft/Contact;
    pt IMPORTANTE/PS/escreveu/Contato.

    Rosters: 60 under a heading, ten formats, none of v19's ({N} the number, {i} 1.., {a} a.., {day} a
    weekday abbreviation, {tel} the language's phone abbreviation; semicolon_csv adds a header row); 3-6
    entries, names of the locale's people:
    semicolon_csv ("{name};{job};{N}"); tel_bullet ("- {name} ({job}): {tel} {N}"); number_first ("{N}
    {name}, {job}"); name_colon ("{name}: {N} ({job})"); bracket_job ("[{job}] {name} {N}"); dotted_num
    ("{i}. {name} - {job} - {N}"); letter_list ("{a}) {job} — {name}, {N}"); double_pipe ("{job} || {name}
    || {N}"); hash_num ("#{i} {name} ({job}) {N}"); day_slot ("{day} {name}, {job}: {N}").
    English: headings Phone tree, Who's doing what; jobs ladder, tea urn, gate, raffle tickets, chairs,
    bins; tel word tel.; days Mon Tue Wed Thu Fri Sat; csv header name;job;phone. Hinglish: headings Phone
    tree, Kaun kya karega; jobs chairs, chai, gate, decoration, sound, safai; tel word ph.; days Mon Tue
    Wed Thu Fri Sat; csv header naam;kaam;phone. Hindi: headings फ़ोन सूची, कौन क्या करेगा; jobs
    कुर्सियाँ, चाय, गेट, सजावट, साउंड, सफ़ाई; tel word फ़ोन; days सोम मंगल बुध गुरु शुक्र शनि; csv header
    नाम;काम;फ़ोन. German: headings Telefonkette, Wer macht was; jobs Leiter, Kaffee, Tor, Deko, Stühle,
    Müll; tel word Tel.; days Mo Di Mi Do Fr Sa; csv header Name;Aufgabe;Telefon. French: headings Chaîne
    téléphonique, Qui fait quoi; jobs échelle, café, portail, déco, chaises, poubelles; tel word tél.;
    days lun. mar. mer. jeu. ven. sam.; csv header nom;tâche;téléphone. Spanish: headings Cadena de
    llamadas, Quién hace qué; jobs escalera, café, puerta, adornos, sillas, basura; tel word tel.; days
    lun mar mié jue vie sáb; csv header nombre;tarea;teléfono. Italian: headings Catena telefonica, Chi fa
    cosa; jobs scala, caffè, cancello, addobbi, sedie, rifiuti; tel word tel.; days lun mar mer gio ven
    sab; csv header nome;compito;telefono. Dutch: headings Belboom, Wie doet wat; jobs ladder, koffie,
    hek, versiering, stoelen, afval; tel word tel.; days ma di wo do vr za; csv header naam;taak;telefoon.
    Portuguese: headings Corrente de ligações, Quem faz o quê; jobs escada, café, portão, enfeites,
    cadeiras, lixo; tel word tel.; days seg ter qua qui sex sáb; csv header nome;tarefa;telefone.

    Value lines in eight shapes, none of v19's and none the "Label: value" form ({L} the label with a
    capital, {l} as written); two or more value lines in a document are stacked in one block half the
    time:
    ascii_arrow "{L} -> {V}", tab "{L}<TAB>{V}", pipe "{L} | {V}", tilde "{L} ~ {V}", paren_after "{V}
    ({l})", em_dash "{L} — {V}", square_label "[{L}] {V}", label_above "{L} ⏎ {V}".
    Labels in the document's language (Hinglish and Hindi wordings of their own; one per kind; the SSN
    kind only occurs in en_US documents; own = the own country of an AT, CH, BE, AU or IE document; ip
    covers v4 and v6):
    English: national 'glazier who did the greenhouse', intl 'the exchange family in', own 'my sister back
    home', other 'council bulky-waste line', email_personal 'send the minutes to', email_role 'general
    enquiries mailbox', card 'card that paid for the marquee', iban 'transfer the plot fee to', ip 'the
    NAS in the clubhouse', ssn 'SSN for the background check'; Hinglish: national 'electrician bhaiya',
    intl 'cousin abroad', own 'ghar wala number', other 'bijli complaint line', email_personal 'photos
    yahan bhejo', email_role 'society ka mail', card 'card jisse tent book hua', iban 'maintenance yahan
    jama karo', ip 'CCTV recorder ka address'; Hindi: national 'बिजली मिस्त्री', intl 'विदेश वाले भाई',
    own 'घर का पुराना नंबर', other 'नगर निगम हेल्पलाइन', email_personal 'फ़ोटो यहाँ भेजें', email_role
    'समिति का ईमेल', card 'टेंट वाला कार्ड', iban 'शुल्क इस खाते में', ip 'कैमरा रिकॉर्डर का पता'; German:
    national 'Glaser fürs Gewächshaus', intl 'Partnerfamilie im Ausland', own 'meine Schwester daheim',
    other 'Sperrmüll-Hotline', email_personal 'Protokoll bitte an', email_role 'Postfach des Vereins',
    card 'Karte für das Festzelt', iban 'Parzellenbeitrag überweisen an', ip 'Netzwerkspeicher im
    Vereinsheim'; French: national 'vitrier de la serre', intl 'famille d'échange à l'étranger', own 'ma
    sœur au pays', other 'ligne des encombrants', email_personal 'compte rendu à envoyer à', email_role
    'boîte de l'association', card 'carte utilisée pour le barnum', iban 'virement de la cotisation sur',
    ip 'NAS du local'; Spanish: national 'cristalero del invernadero', intl 'familia de intercambio', own
    'mi hermana en el pueblo', other 'línea de recogida de muebles', email_personal 'el acta, a',
    email_role 'buzón de la asociación', card 'tarjeta de la carpa', iban 'ingresad la cuota en', ip 'NAS
    del local'; Italian: national 'vetraio della serra', intl 'famiglia dello scambio', own 'mia sorella
    al paese', other 'numero per gli ingombranti', email_personal 'il verbale va a', email_role 'casella
    dell'associazione', card 'carta usata per il gazebo', iban 'bonifico della quota su', ip 'NAS della
    sede'; Dutch: national 'glazenmaker van de kas', intl 'uitwisselingsgezin', own 'mijn zus thuis',
    other 'grofvuil-lijn', email_personal 'notulen sturen naar', email_role 'mailbox van de vereniging',
    card 'pas voor de partytent', iban 'contributie overmaken naar', ip 'NAS in het clubhuis'; Portuguese:
    national 'vidraceiro da estufa', intl 'família do intercâmbio', own 'minha irmã na terra natal', other
    'disque-entulho', email_personal 'a ata vai para', email_role 'e-mail da associação', card 'cartão da
    tenda', iban 'depositar a taxa na conta', ip 'NAS da sede'.

    Hard negatives: 100 kinds, all used (labelled 48, patterned 40, table 12). The labelled kinds are
    phone-shaped digit groups under a label saying what they are, in the document's language (Hinglish
    documents take the English label, Hindi documents a Hindi one), in eight forms, three with the label
    on another line.
    Shapes ('#' a digit, 'N' a digit 1-9): "0## ### ## ##", "N###-###-###", "0###/### ###", "N## ## ##
    ###", "0#-## ## ## ##", "(0####) ####", "N##-####-##", "0### ### ####", "N# #### ####", "0## / ####
    ###", "N###.######", "0#### ## ###"; forms: plain_space "{L} {V}", colon_tight "{L}:{V}", paren_label
    "{V} ({l})", hash_before "{L} #{V}", pipe "{L} | {V}", above_plain "{L} ⏎ {V}", above_rule "{L} ⏎ {R}
    ⏎ {V}", below_paren "{V} ⏎ ({l})" ({R} a rule of dashes as long as the label).
    The labelled kinds (key: English label): library_card: Library card no., gym_member: Gym membership
    no., tax_ref: Tax reference, pension_no: Pension scheme no., policy_no: Insurance policy no.,
    claim_no: Car insurance claim, water_meter: Water meter no., gas_meter: Gas meter no., train_ticket:
    Train ticket no., hotel_booking: Hotel reservation no., loan_no: Loan agreement no., mortgage_ref:
    Mortgage ref., utility_acct: Council tax account, boiler_serial: Boiler serial no., inverter_serial:
    Solar inverter serial, washer_serial: Washing machine serial, ebike_battery: E-bike battery no.,
    smoke_batch: Smoke alarm batch, pharma_code: Pharmacy product code, donor_no: Blood donor no.,
    vaccine_batch: Vaccine batch, dental_patient: Dental patient no., hospital_case: Hospital case no.,
    police_report: Police report no., fine_notice: Penalty notice no., parking_permit: Parking permit no.,
    building_permit: Building permit no., dog_tag: Dog licence tag, horse_passport: Horse passport no.,
    hive_reg: Beehive registration, club_member: Sports club member no., referee_licence: Referee licence
    no., exam_candidate: Exam candidate no., student_id: Student ID, patent_app: Patent application no.,
    company_reg: Company registration no., purchase_order: Purchase order no., delivery_note: Delivery
    note no., credit_note: Credit note no., cheque_no: Cheque no., concert_ticket: Concert ticket code,
    cinema_booking: Cinema booking ref., theatre_sub: Theatre season ticket no., ferry_booking: Ferry
    booking no., car_rental: Car rental agreement, bike_share: Bike share account, locker_code: Left-
    luggage locker code, archive_shelf: Archive shelf mark.
    40 patterned kinds, each a number pattern with a caption in the language (Hinglish English, Hindi its
    own), numbers in the language's decimal and thousands style (thousands: "," en, "." de/es/it/nl/pt, a
    narrow no-break space fr; dates d/m, m/d in en_US, d.m. de, d-m nl).
    Patterned kinds (key: English caption): bus_lines: Bus lines to the venue, lap_times: Lap times,
    cake_prices: Cake prices, chess_elo: Chess ratings, hymns: Hymn numbers, pages: Pages to read, bibs:
    Bib numbers, rooms: Rooms booked, tides: High tide, temps: Temperatures this week, pulse: Heart rate
    (rest / walk / run), lengths: Lengths swum, dice: Dice rolls, votes: Votes for / against / abstained,
    darts: Darts checkouts, budget: Budget lines, fuel: Fuel used (l/100 km), stages: Stage distances
    (km), summits: Summit heights (m), club_years: Founded / renamed / merged, kid_ages: Children's ages,
    shirts: Shirt numbers, times_table: Times tables practised, sudoku: Sudoku first row, lotto: Lottery
    numbers we always play, meeting_point: Meeting point (lat, lon), trains: Trains leave at, lifts: Lifts
    (kg), blood_pressure: Blood pressure readings, dates: Meeting dates, oven_mins: Baking times (min),
    curtains: Curtain sizes (cm), tyres: Tyre pressure front / rear (bar), odometer: Odometer start → end,
    turnout: Turnout by year (%), raffle: Winning raffle tickets, tennis: Tennis sets, cricket: Runs per
    ball, last over, hem: Hem lengths (cm), rainfall: Rain this week (mm); forms: colon "{C}: {V}", paren
    "{C} ({V})", tab "{C}<TAB>{V}", below "{V} ⏎ {C}".

Record format and conventions (those of v19)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order: 0-599 documents with values, 600-824 negative prose, 825-1049 tables,
    which use the table's key as genre) or `<source>-<language>-<row>`; records are shuffled with the seed.
    Sidecar (--values-out): line i holds {"values": [...]} for record i, one entry per span in order:
    {"kind", "mode", "text"}; PHONE entries add region, e164 and area_len
    (phonenumbers.length_of_geographical_area_code of the full number; phonenumbers 9.0.43). PHONE modes:
    international (+CC or 00CC, or in en_US documents half the time 011; every AT, AU, BE, CH and
    IE number is written so), national (45 % mobiles), local-announced (announced by a phrasing of
    phrasings.py in a placement), list-entry (a roster entry) and other (toll-free, shared-cost, UAN and
    premium-rate numbers as phonenumbers types them, in national form). A subscriber-only number is a
    valid full fixed-line number with its geographic area code cut off, six to eight digits here (the
    convention allows five), never starting with 0 or 1, and is written so only for US, GB, DE, NL, BR
    and IN (IN: 75 % of announced slots, 80 % of roster slots, the rest full national, 80 % of them
    mobiles); FR, ES and IT announced and roster numbers are full national numbers (fixed or mobile, half
    each). In AT/CH/BE/AU/IE documents the announced, roster, national and service numbers are those of
    the neighbouring plan (DE for AT and de_CH, FR for fr_BE and fr_CH, NL for nl_BE, GB for AU and IE,
    IT for it_CH); their own country's numbers appear only in international form (60 % of their
    international lines; the other 40 % and all international lines of other documents are numbers of
    any of the fourteen regions other than the document's plan and own country). The value includes a +
    or 00/011 prefix, a trunk 0 and area-code parentheses, never the context word or trailing
    punctuation; every full number round-trips through phonenumbers as valid for its region (checks.py
    drops "(0)", unwraps "(+CC)" and turns 00/011 into + before parsing international values with no
    region; other values are parsed as written in their region; a subscriber-only value's digits must
    equal the national significant number of its e164 less area_len digits).
    Writing habits of v20 (stats names), none of v19's: national numbers take the groups of
    phonenumbers' national format (for BR the area code, with the trunk 0 half the time, and the rest)
    and write them as nbsp (groups joined by U+00A0), endash (first group, "–", the rest run together),
    endash_all (US: every group joined by "–"), spaced_dash (first group, " - ", the other groups
    spaced), slash_spaced (first group, " / ", the rest; US "AAA / BBB-CCCC"), pairs (first group, then
    the rest in pairs, a single trailing digit joined to the last pair), triplets (first group, then
    threes; not FR) and dash_pairs (first group and pairs, all joined by dashes); US numbers use only
    nbsp, endash_all, spaced_dash and slash_spaced; service numbers nbsp, endash, spaced_dash, triplets;
    every drawn national form is parsed back and replaced by the standard national format ("standard")
    if it does not give the same e164 (did not happen with this seed). Subscriber numbers (split at 3 for
    seven digits, else at half): nbsp_split (U+00A0), endash_split ("–"), spaced_dash (" - "), triplets
    (threes from the left, a lone last digit joined on) and tail3 (the last three digits split off by a
    space); US subscriber numbers only the first three. International habits: plus_dots (+CC.g.g),
    plus_compact (E.164), zero_zero_dash (00CC-g-g), plus_slash (+CC g/rest), plus_paren_area (+CC (g)
    g g), plus_nbsp (+CC and the groups joined by U+00A0), and us_011_dash (011-CC-g-g, half of the en_US
    documents' international lines).
    Other modes: EMAIL personal/role (personal local parts first-last, first.l, firstlast, last+year,
    f-last, accents folded, on ordinary mail domains of the locale; role: chair@, vorstand@, tresorier@
    and the like on made-up club domains of the language), CREDIT_CARD grouped/dashed/compact (Luhn-valid;
    Visa, Mastercard 51-55 and 2221/2480/2600/2720, Amex 4-6-5 and Discover 6011 for en_US, RuPay-range
    6070/6080/6521/6522/8172 for en_IN, Elo prefixes 636368/438935/504175/451416/636297 for pt_BR), IBAN
    grouped/compact (mod-97-valid; FR RIB key, ES control digits, IT CIN, BE national check and NL
    eleven-test computed; DE, AT, CH, GB, IE, BR mod-97 only; the document's own country, GB for en_AU,
    none in en_US and en_IN), US_SSN dashed/spaced (SSA rules: area 001-899 but not 666, group 01-99,
    serial 0001-9999; en_US only), IP_ADDRESS v4/v6 (60 % private 10/8, 172.16/12 and 192.168/16, else
    public global v4, never ending in .0 or .255; v6 global unicast 2000::/3 with two or three zero
    groups, compressed with "::").

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, lines.py, phrasings.py,
    neg_*.py); no Faker. Phone validity, types, e164 and area_len: phonenumbers (Apache-2.0). Corpus
    negatives, untouched, from /work/shared/data (SOURCES.md), from files v19 did not use except the
    Multilingual HateCheck files (the only non-English texts there; rows drawn afresh with this seed;
    v19's rows were not known to this writer, so a few may repeat): GSM8K train questions 40
    (openai/grade-school-math, MIT), MATH-500 problems 30 (ZubinGou/math-evaluation-harness, MIT),
    hh-rlhf harmless-base test dialogues 25 (the "chosen" text; anthropics/hh-rlhf, MIT), HateCheck
    English cases 20 (paul-rottger/hatecheck-data, CC BY 4.0) and Multilingual HateCheck cases 35
    (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French, Spanish, Italian and Dutch 6 each,
    Portuguese 5); only texts of at most 1,500 characters with a digit, no "@", "http" or "www.", no
    seven or more digits in one run or in one run of digits joined by up to two spaces, tabs, dashes,
    dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the (decompressed)
    JSONL file, or 0-based data row of the CSV. hh-rlhf dialogues and HateCheck cases can be offensive
    (sexual, violent or hateful); they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v20.make_heldout_set        (or the path
        benchmarks/pii_v20/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v20.checks [RECORDS [VALUES]]   (default: the v20 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v20.stats [RECORDS [VALUES]]   (default: the v20 files)
    Files: tests/data/pii_heldout_v20.jsonl and tests/data/pii_heldout_v20_values.jsonl.
"""

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v20"

from benchmarks.pii_v20.build import build  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v20.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v20_values.jsonl"


def dumps(out):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _v in out)
    vals = "".join(json.dumps(v, ensure_ascii=False) + "\n" for _r, v in out)
    return recs, vals


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(RECORDS))
    ap.add_argument("--values-out", default=str(VALUES))
    args = ap.parse_args(argv)
    out, _log = build()
    recs, vals = dumps(out)
    Path(args.out).write_text(recs, encoding="utf-8")
    Path(args.values_out).write_text(vals, encoding="utf-8")
    print(f"wrote {len(out)} records to {args.out} and {args.values_out}")


if __name__ == "__main__":
    main()
