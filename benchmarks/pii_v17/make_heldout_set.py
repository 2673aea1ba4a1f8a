"""Write tests/data/pii_heldout_v17.jsonl: a seventeenth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code
    (nothing under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v16/), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md
    or /work/shared/DESIGN.md, and who ran no git command. What was read, all of it: the module docstring
    of benchmarks/pii_v16/make_heldout_set.py as handed over in a separate text file (record and sidecar
    format, labelling conventions, region rules, and the genres, phrasings, placements, roster formats,
    line shapes, negative kinds and corpus sources v16 used, to avoid), the first two lines of
    tests/data/pii_heldout_v16.jsonl and of tests/data/pii_heldout_v16_values.jsonl (format only), the
    [tool.ruff] part of pyproject.toml (line length 110; E, W, F, I, B; its per-file-ignores were printed
    too), /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from (the header
    of the German Multilingual HateCheck CSV and of the English HateCheck CSV, the first line of
    amc23_test.jsonl, and a screening pass over the rows). Seen in passing: directory listings of
    benchmarks/ and /work/shared/data/, and, from a careless final `ls`, the names of the tests/data files
    ending in .py (names only; none was opened). No PII detector (the project's, Presidio or any other)
    was run on this set while it was made, so nothing here was tuned towards or away from what any
    detector catches. The only screens are this package's guards (guards.py), written afresh to the rules
    v16 describes: with the labelled spans masked, the text may hold no '@', no Luhn-valid 13-19 digit run
    (every contiguous run of whole digit groups joined by one to three spaces, tabs or dashes, and every
    13-19 digit slice of one group), no mod-97-valid IBAN (any 15-34 character prefix after two capitals
    and two digits, single spaces inside skipped), no SSA-valid 3-2-4 SSN shape (dashes or spaces, not
    touching other digits), no four consecutive dotted parts of 0-255 and no token of hex digits, colons
    and dots that parses as IPv6. A hard negative that trips one is drawn again; every finished document
    is screened once more and drawn again if it trips one (this never happened with seed 10017).
    Phone-like negatives are never screened as phones. Everything was written fresh for this set: number
    drawing and writing habits (phones.py), cards, SSNs, IPs and IBANs (values.py), people, e-mail habits,
    greetings, sign-offs and genres (locales.py), announcing phrasings and placements (phrasings.py),
    rosters and value-line labels and shapes (lines.py), hard negatives (neg_labelled.py,
    neg_patterned.py, neg_tables.py), the plan and pieces (build.py), documents (docs.py) and corpus
    negatives (corpus.py); checks.py re-checks the files and stats.py rebuilds the set with the seed,
    counts everything from the files and the build log, and says whether the rebuild matches.

Genres (28 prose genres, used with values and for negative prose; 16 negative-only tables), none in v16's list
    Title (key) by document language; each genre has three filler sentences of its own, written as
    paragraphs; documents of every locale of a language share that language's genres. English: Repair café
    – this month's fixers (repair_cafe), Beach clean-up morning (beach_cleanup), Choir concert – ushers
    and tea (choir_concert), Street party – road closure day (street_party), Toddler group end-of-term
    picnic (toddler_picnic), Cricket club nets evening (cricket_nets); Hinglish: Ganpati visarjan
    arrangements (ganpati_visarjan), Terrace movie night (terrace_movie); Hindi: रक्तदान शिविर (raktdaan),
    पुस्तकालय सफ़ाई अभियान (pustakalay); German: Adventsbasar im Kindergarten (adventsbasar),
    Frühjahrsputz am Bach (bachputz), Chorprobe vor dem Konzert (chorprobe); French: Galette des rois du
    comité (galette_rois), Nettoyage des berges (berges), Bourse aux vélos (bourse_velos); Spanish: Belén
    viviente de la parroquia (belen_viviente), Torneo de mus del hogar (torneo_mus), Huerto escolar –
    turnos de riego (huerto_escolar); Italian: Castagnata d'autunno (castagnata), Pulizia del parco
    (pulizia_parco), Coro parrocchiale – concerto di Natale (coro_natale); Dutch: Sinterklaasintocht –
    hulp gezocht (sinterklaas), Snoeidag in de boomgaard (snoeidag), Burendag – koffie en klussen
    (burendag); Portuguese: Mutirão de limpeza da praia (mutirao_praia), Sarau de poesia na praça (sarau),
    Feira de trocas de livros (feira_trocas).

    Negative-only tables (English for every en_* locale, else the locale's language; a title, a blank
    line, a header row and 4-8 rows whose first column is a running number (or month/2024), columns split
    by a tab or padded and split by ' ¦ ', ' ┃ ' or ' / '): Golf card (golf_card), Sleep diary
    (sleep_diary), Step count (step_count), Quiz night scores (quiz_night), Bowling night (bowling),
    Electricity use by month (meter_log), Jam making (jam_batches), Choir attendance (attendance), Bake
    sale tally (bake_sale), Oven plan for the dinner (oven_plan), Over by over (cricket_overs), Pool water
    tests (pool_tests), Prize draw (prize_draw), Seed trays (seed_trays), Reading challenge (reading_log),
    Rowing crew (rowing_crew).

    Locales: en_US, en_GB, en_IN (English, Hinglish and Devanagari Hindi documents in turn), en_AU, en_IE,
    de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry
    their language (en, de, fr, es, it, nl, pt).

Counts (seed 10017; `python -m benchmarks.pii_v17.stats` recomputes them)
    rebuild matches the files: True
    documents: 1200 (pos 600, neg prose 225, neg table 225, corpus 150)
    locales: en_IN 125, en_GB 120, en 110, de_DE 103, en_US 103, nl_NL 86, fr_FR 85, es_ES 83, it_IT 79,
    pt_BR 76, de_CH 35, de_AT 28, fr_BE 23, nl_BE 22, en_IE 21, it_CH 21, en_AU 20, fr_CH 20, de 7, es 7,
    fr 7, it 7, nl 6, pt 6
    prose languages: en 249, de 122, fr 100, nl 83, it 74, pt 65, es 64, hg 34, hi 34
    table languages: en 72, de 44, fr 28, it 26, nl 25, es 19, pt 11
    corpus: gsm8kt en 40, oaimod en 30, amc23 en 15, humaneval en 15, aime24 en 10, mhc de 7, mhc es 7,
    mhc fr 7, mhc it 7, mhc nl 6, mhc pt 6
    values: 1818 (PHONE 1378, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 75, IBAN 65, US_SSN 40)
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 278, PHONE/international 150,
    PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 60, IBAN/grouped 54,
    CREDIT_CARD/grouped 40, US_SSN/dashed 31, IP_ADDRESS/v6 30, CREDIT_CARD/dashed 19, CREDIT_CARD/compact
    16, IBAN/compact 11, US_SSN/spaced 9
    phone regions: GB 208, NL 162, FR 159, DE 152, IN 148, BR 125, US 122, ES 117, IT 117, AT 18, IE 17,
    CH 16, AU 11, BE 6
    own-country numbers (international): CH 5, AU 3, AT 2, IE 2
    service numbers: NL toll-free 7, ES shared-cost 6, FR shared-cost 5, GB premium-rate 5, IN
    premium-rate 5, IT toll-free 5, US premium-rate 5, BR shared-cost 4, BR toll-free 4, GB uan 4, IT
    premium-rate 4, IT shared-cost 4, US toll-free 4, BR premium-rate 3, DE premium-rate 3, DE shared-cost
    3, FR premium-rate 3, FR toll-free 3, FR uan 3, GB toll-free 3, NL premium-rate 3, NL uan 3, DE uan 2,
    IN shared-cost 2, IN uan 2, DE toll-free 1, ES premium-rate 1, ES toll-free 1, ES uan 1, IN toll-free
    1
    habits local-announced: spaces 225, dashes 74, none 70, dots 63, slash 18
    habits list-entry: spaces 149, dots 51, none 41, dashes 29, slash 7, brackets 1
    habits national: spaces 139, slash 64, none 58, dots 50, brackets 48, dashes 41
    habits international: spaces 73, dashes 39, brackets 38
    habits other: spaces 38, dashes 14, dots 14, slash 14, none 11, brackets 9
    local: local-announced subscriber GB 73, local-announced subscriber DE 60, list-entry subscriber GB
    55, local-announced full FR 51, local-announced subscriber NL 49, list-entry subscriber NL 48,
    local-announced full IT 48, local-announced subscriber US 47, local-announced subscriber IN 40,
    local-announced full ES 38, list-entry subscriber BR 34, local-announced subscriber BR 34, list-entry
    full ES 31, list-entry subscriber US 27, list-entry subscriber DE 26, list-entry full FR 24,
    list-entry subscriber IN 20, list-entry full IT 10, local-announced full IN 10, list-entry full IN 3
    phrasings used: 110; by language: en 14, de 12, es 12, fr 12, hg 12, hi 12, it 12, nl 12, pt 12; uses
    per phrasing 1-10
    placements: closing_line 27, under_title 27, addendum 26, margin_note 26, pin_line 26, signature_line
    26, arrow_line 25, bold_line 25, checkbox 25, hashtag_line 25, numbered_steps 25, paragraph_end 25,
    alarm_reminder 24, aside_brackets 24, contact_heading 24, nested_quote 24, opening_line 24,
    star_banner 22
    placement x language pairs used: 158
    rosters: arrow_to_number 7, dot_leaders 7, job_in_capitals 7, markdown_table 7, middle_dot 7,
    numbered_paren 7, slash_separated 7, star_bullet 7, tab_separated 6 ; sizes: 5 23, 3 15, 4 13, 6 11
    value-line shapes: equals 137, left_arrow 137, ellipsis 136, em_dash 136, guillemet 136, single_arrow
    136, slash 136, square_label 136 ; kinds: national 400, intl 138, other 100, email_personal 90,
    email_role 80, card 75, iban 65, ipv4 60, ssn 40, ipv6 30, own 12
    hard negatives: 106 kinds used (patterned 54, labelled 52) + 16 table kinds; uses 1450, per kind 10-15
    hard-negative forms: patterned em_dash 193, patterned guillemet 193, patterned left_arrow 193,
    patterned plain 193, labelled angle_after 87, labelled above_indented 86, labelled arrow 86, labelled
    bracketed 86, labelled below_dashes 85, labelled equals 85, labelled guillemet 85, labelled slash 78
    tables: meter_log 15, attendance 14, bake_sale 14, bowling 14, cricket_overs 14, golf_card 14,
    jam_batches 14, oven_plan 14, pool_tests 14, prize_draw 14, quiz_night 14, reading_log 14, rowing_crew
    14, seed_trays 14, sleep_diary 14, step_count 14 ; separators: ' ┃ ' 57, ' / ' 56, ' ¦ ' 56, '\\t' 56
    redraws:

    110 announcing phrasings, all used (en 14, the eight other languages 12 each); {n} is the number, {f}
    a first name of the locale; some put the number first ("{n} reaches the kitchen directly ..."), some
    announce it from a clause away ("Do phone ahead – {n} – if ..."):
      English: Anyone with a spare gazebo, please text or ring {f} on {n}. / Stuck in traffic on the day?
      Let us know on {n} so we can shuffle things round. / {f}'s landline is {n} – no WhatsApp there, so a
      call it is. / The number to ring if the gate is locked when you arrive: {n}. / Call {n} and leave
      your name if you'd like a seat kept for you. / I've swapped phones, so the number for me is now {n}.
      / For lifts from the station, {f} is coordinating – {n}, any time before nine. / Dial {n} for the
      caretaker; he holds the only key to the storeroom. / If nobody picks up at {n}, try again after the
      news. / {n} reaches the kitchen directly, handy if you're bringing food. / We can be reached at the
      cottage on {n} all weekend. / Questions about allergies? {f} will happily take a call on {n}. / Do
      phone ahead – {n} – if you're bringing more than two children. / Until the new line is sorted,
      please use {n} for everything.
      Hinglish: Gazebo ya extra chairs ho toh {f} ko {n} pe bata dena. / Traffic mein phas gaye toh {n} pe
      ek call, hum adjust kar lenge. / {f} ka landline {n} hai, WhatsApp nahi chalta wahan. / Gate band
      mile toh yeh number try karo: {n}. / Seat reserve karwani hai? {n} pe naam bata do. / Naya phone
      liya hai, ab mera number {n} hai. / Station se pickup ke liye {f} se baat karo, {n}, raat nau se
      pehle. / Store room ki chaabi watchman ke paas hai, {n} dial karo. / {n} koi na uthaye toh thodi der
      baad phir try karna. / Khaana la rahe ho toh seedha kitchen wale number pe bolo: {n}. / Allergy ka
      koi sawaal ho toh {f} {n} pe mil jayenge. / Jab tak naya connection nahi lagta, sab kuch ke liye {n}
      use karo.
      Hindi: अतिरिक्त कुर्सियाँ हों तो {f} जी को {n} पर बता दें। / रास्ते में देर हो जाए तो {n} पर सूचना
      दें। / {f} जी का लैंडलाइन नंबर {n} है, वहाँ व्हाट्सऐप नहीं चलता। / गेट बंद मिले तो इस नंबर पर फ़ोन
      करें: {n}। / सीट आरक्षित करवानी हो तो {n} पर अपना नाम लिखवाएँ। / मेरा नंबर बदल गया है, अब {n} पर
      संपर्क करें। / स्टेशन से लाने के लिए {f} जी व्यवस्था कर रहे हैं – {n}, रात नौ बजे से पहले। / भंडार
      कक्ष की चाबी के लिए चौकीदार को {n} पर फ़ोन करें। / {n} पर कोई न उठाए तो थोड़ी देर बाद फिर प्रयास
      करें। / भोजन लाने वाले सीधे रसोई के नंबर {n} पर बात करें। / एलर्जी से जुड़े प्रश्नों के लिए {f} जी
      {n} पर उपलब्ध हैं। / नया कनेक्शन लगने तक हर काम के लिए {n} का ही प्रयोग करें।
      German: Wer einen Pavillon übrig hat, meldet sich bitte bei {f} unter {n}. / Steht ihr im Stau? Kurz
      Bescheid unter {n}, dann schieben wir um. / {f} hat nur Festnetz – {n} – also bitte anrufen statt
      schreiben. / Ist das Tor abgeschlossen, diese Nummer wählen: {n}. / Platz reservieren? Einfach {n}
      anrufen und Namen hinterlassen. / Neues Handy, neue Nummer – ab sofort bin ich unter {n} dran. /
      Mitfahrgelegenheiten vom Bahnhof organisiert {f}, Tel. {n}, bis neun Uhr abends. / Den Hausmeister
      mit dem Schlüssel für den Keller erreicht man unter {n}. / Geht unter {n} keiner ran, später nochmal
      probieren. / Wer Essen mitbringt, ruft am besten direkt in der Küche an: {n}. / Übers Wochenende
      sind wir in der Hütte, erreichbar unter {n}. / Fragen zu Allergien beantwortet {f} gern telefonisch
      unter {n}.
      French: Si quelqu'un a un barnum en trop, prévenez {f} au {n}. / Coincés dans les bouchons ? Un coup
      de fil au {n} et on s'adapte. / {f} n'a qu'un fixe, le {n}, donc appelez plutôt qu'écrire. / Portail
      fermé à votre arrivée ? Composez le {n}. / Pour réserver une place, laissez votre nom au {n}. / J'ai
      changé de portable, mon numéro est désormais le {n}. / Le covoiturage depuis la gare, c'est {f} qui
      gère : {n}, avant neuf heures du soir. / Le gardien, qui a la clé de la réserve, répond au {n}. / Si
      personne ne décroche au {n}, réessayez un peu plus tard. / Ceux qui apportent à manger peuvent
      appeler directement la cuisine : {n}. / Tout le week-end, on est joignables au chalet au {n}. / Une
      question sur les allergies ? {f} vous répondra au {n}.
      Spanish: Si alguien tiene una carpa de sobra, que avise a {f} al {n}. / ¿Atascados en la carretera?
      Un toque al {n} y nos reorganizamos. / {f} solo tiene fijo, el {n}, así que mejor llamar que
      escribir. / Si la verja está cerrada al llegar, marcad el {n}. / Para reservar sitio, dejad vuestro
      nombre en el {n}. / He cambiado de móvil; ahora mi número es el {n}. / Lo de ir en coche desde la
      estación lo lleva {f}: {n}, antes de las nueve. / El conserje, que tiene la llave del almacén,
      contesta en el {n}. / Si nadie coge el {n}, probad otra vez en un rato. / Quien traiga comida puede
      llamar directamente a la cocina: {n}. / Todo el fin de semana estamos en la casa del pueblo, en el
      {n}. / ¿Dudas sobre alergias? {f} os atiende en el {n}.
      Italian: Se qualcuno ha un gazebo in più, avvisi {f} al {n}. / Bloccati nel traffico? Un colpo al
      {n} e ci riorganizziamo. / {f} ha solo il fisso, il {n}, quindi meglio chiamare che scrivere. /
      Cancello chiuso all'arrivo? Componete il {n}. / Per tenere un posto, lasciate il vostro nome al {n}.
      / Ho cambiato cellulare: adesso il mio numero è il {n}. / I passaggi dalla stazione li organizza
      {f}: {n}, entro le nove di sera. / Il custode, che ha la chiave del magazzino, risponde al {n}. / Se
      al {n} non risponde nessuno, riprovate più tardi. / Chi porta da mangiare può chiamare direttamente
      la cucina: {n}. / Per tutto il fine settimana siamo in baita, al {n}. / Domande sulle allergie? {f}
      vi risponde al {n}.
      Dutch: Heeft iemand een partytent over, laat het {f} weten via {n}. / Vast in de file? Even bellen
      naar {n}, dan schuiven we wat. / {f} heeft alleen een vaste lijn, {n}, dus bellen in plaats van
      appen. / Staat het hek op slot als je aankomt, bel dan {n}. / Een plekje reserveren? Spreek je naam
      in op {n}. / Nieuwe telefoon, dus mijn nummer is voortaan {n}. / Meerijden vanaf het station regelt
      {f}: {n}, vóór negen uur 's avonds. / De beheerder, die de sleutel van het hok heeft, neemt op via
      {n}. / Neemt er niemand op bij {n}, probeer het later nog eens. / Wie eten meeneemt, kan de keuken
      direct bellen: {n}. / Het hele weekend zitten we in het huisje, bereikbaar op {n}. / Vragen over
      allergieën? {f} staat je te woord op {n}.
      Portuguese: Quem tiver uma tenda sobrando, avisa {f} no {n}. / Preso no trânsito? Uma ligação pro
      {n} e a gente se ajeita. / {f} só tem telefone fixo, o {n}, então liga em vez de mandar mensagem. /
      Portão fechado quando chegar? Disca {n}. / Para guardar lugar, deixa teu nome no {n}. / Troquei de
      celular, agora meu número é {n}. / A carona da rodoviária quem organiza é {f}: {n}, até as nove da
      noite. / O zelador, que tem a chave do depósito, atende no {n}. / Se ninguém atender no {n}, tenta
      de novo mais tarde. / Quem for levar comida pode ligar direto pra cozinha: {n}. / O fim de semana
      todo estamos no sítio, no {n}. / Dúvida sobre alergia? {f} responde no {n}.

    Eighteen placements, none of v16's, each used 22-27 times; every language cycles through all of them
    (158 of the 162 placement-language pairs occur). Name (where: template), where top = under the title
    before the greeting, first = right after the greeting, body = among the filler paragraphs, last = just
    before the sign-off, sig = a line under the signature name; {P} the phrasing, {F1}/{F2} genre fillers
    (then left out of the body), {C}/{R}/{M}/{A} the words Contact / Reminder / Handwritten in the margin
    / Added later in the language, {K} the genre key: under_title (top: {P}); opening_line (first: {P});
    bold_line (body: **{P}**); aside_brackets (body: ({P})); numbered_steps (body: 1. {F1} ⏎ 2. {P} ⏎ 3.
    {F2}); checkbox (body: [x] {F1} ⏎ [ ] {P}); nested_quote (body: > {F1} ⏎ > > {P}); star_banner (body:
    *** {P} ***); contact_heading (last: ## {C} ⏎ {P}); arrow_line (body: → {P}); paragraph_end (body:
    {F1} {P}); hashtag_line (last: {P} #{K}); signature_line (sig: {P}); pin_line (body: 📌 {P});
    alarm_reminder (body: ⏰ {R}: {P}); margin_note (body: [{M}: {P}]); addendum (last: {A}: {P});
    closing_line (last: {P}). Words: en Contact/Reminder/Handwritten in the margin/Added later; hg
    Contact/Yaad rahe/Margin mein likha hai/Baad mein joda; hi संपर्क/याद रखें/हाशिये पर हाथ से लिखा/बाद
    में जोड़ा गया; de Kontakt/Erinnerung/Handschriftlich am Rand/Nachtrag; fr Contact/Rappel/Écrit à la
    main dans la marge/Ajout; es Contacto/Recordatorio/Escrito a mano en el margen/Añadido; it
    Contatto/Promemoria/Scritto a mano a margine/Aggiunta; nl Contact/Herinnering/Met de hand in de
    kantlijn/Aanvulling; pt Contato/Lembrete/Escrito à mão na margem/Adendo.

    Rosters: 62 under a heading, nine formats, none of v16's: markdown_table ("| Name | Job | Phone |",
    "|---|---|---|", "| name | job | N |", header words in the language), dot_leaders ("Name (job)
    ........ N"), tab_separated (a header row, then "Name<TAB>job<TAB>N"), numbered_paren ("1) Name, job:
    N"), slash_separated ("Name / job / N"), middle_dot ("Name · job · N"), arrow_to_number ("Name → N
    (job)"), job_in_capitals ("JOB — Name, N") and star_bullet ("* Name (job): N"); 3-6 entries, names the
    people of the locale in turn. Headings: English: Who to call on the day, Helpers list (ring if you
    drop out); Hinglish: Din mein kisko call karein, Helpers ki list; Hindi: उस दिन किसे फ़ोन करें,
    सहायकों की सूची; German: Wen ruft man am Tag an, Helferliste (bei Absage bitte melden); French: Qui
    appeler le jour J, Liste des bénévoles; Spanish: A quién llamar ese día, Lista de voluntarios;
    Italian: Chi chiamare quel giorno, Elenco dei volontari; Dutch: Wie bel je op de dag zelf, Lijst met
    helpers; Portuguese: Para quem ligar no dia, Lista de voluntários. Jobs: English: setting up, raffle,
    first aid, car park, washing up, music; Hinglish: setup, raffle, first aid, parking, bartan, music;
    Hindi: तैयारी, लॉटरी, प्राथमिक चिकित्सा, पार्किंग, बर्तन, संगीत; German: Aufbau, Tombola, Sanitäter,
    Parkplatz, Spüldienst, Musik; French: installation, tombola, secours, parking, vaisselle, musique;
    Spanish: montaje, rifa, botiquín, aparcamiento, fregar, música; Italian: allestimento, lotteria, primo
    soccorso, parcheggio, piatti, musica; Dutch: opbouw, loterij, EHBO, parkeren, afwas, muziek;
    Portuguese: montagem, rifa, primeiros socorros, estacionamento, louça, música.

    Value lines in eight shapes, none of v16's and none the "Label: value" form: equals "Label = V",
    em_dash "Label — V", left_arrow "V ← label", square_label "[Label] V", slash "Label / V", single_arrow
    "Label → V", guillemet "Label » V", ellipsis "Label … V" (a leading label gets a capital; two or more
    lines in a document are stacked in one block half the time). Labels in the document's language
    (Hinglish and Hindi wordings of their own; two per kind); the English ones: national en: the plumber
    who did the boiler, the village taxi; intl en: our twin-town contact, the rental villa; own en: Mum's
    house back home, the old football club at home; other en: the council's helpline, ticket hotline;
    email_personal en: photos can go to, RSVP to me at; email_role en: the organisers, bookings desk; card
    en: card on file for the hall deposit, card used for the raffle prizes; iban en: float for the stalls,
    refunds go to; ip en: ticket scanner, projector on the network; ssn en: SSN for the chaperone check,
    SSN on the coach-hire form. (own = the own country of an AT, CH, BE, AU or IE document; ip covers v4
    and v6.)

    Hard negatives: 122 kinds, all used (labelled 52, patterned 54, table 16). 52 labelled kinds are
    phone-shaped digit groups (shapes "0#### ######", "N## ### ###", "0## ## ## ###", "N#.##.##.##",
    "0###-######", "N# ### ## ##", "(0#) ####-####", "N###/#####", "0#-####-####", "N### ## ## ##"; # a
    digit, N a digit 1-9) under a label saying what they are, in the document's language (Hinglish
    documents take the English label, Hindi documents a Hindi one), in eight forms: "L = V", "L → V", "L »
    V", "[L: V]", "L / V", label above ("L:" newline four spaces "V"), label below ("V" newline "– L –")
    and "V ‹L›". The labelled kinds (English labels): Water meter no., Gas meter serial, Pension
    reference, Home insurance policy, Insurance claim no., Bank customer no., Loyalty card, Student ID,
    Staff number, Hospital patient no., Prescription no., Lab sample no., Court case no., Land registry
    title, Tenancy agreement no., Rent account, Broadband account, TV licence no., Water bill account,
    Invoice no., Quote no., Parcel tracking no., Courier waybill, Customs declaration, E-ticket no., Bus
    pass no., Residents' parking permit, Bike frame no., Engine no., Washing machine serial, Warranty
    registration, Software licence no., Router serial, Printer serial, Sports club member no., Fishing
    licence, Passport application ref., Visa application ref., Marriage certificate no., Birth certificate
    no., Donation receipt, Raffle ticket, Cinema booking, Museum pass, Order confirmation, Refund
    reference, Payslip reference, Seed catalogue order, Bookshop order, School pupil no., Nursery waiting
    list no., Vet record no..
    54 patterned kinds, each a number pattern with a caption in the language, written "Caption — V",
    "Caption » V", "V ← Caption" or "Caption V", numbers in the language's decimal and thousands style:
    shoe_sizes (Shoe sizes for the team), recipe_grams (Flour, sugar, butter), oven (Oven), gear_ratio
    (Gear on the hill climb), knitting (Knitting pattern), sudoku (Sudoku top row), lucky_numbers (Our
    lucky numbers), football (Final score (half-time)), golf_front (Golf card, front nine), cricket (Our
    innings), basketball (Quarters), bowling (Bowling frames), pulse (Resting pulse), steps (Steps this
    week), weight_log (Weight log), sleep (Sleep last night), kids_heights (Kids' heights), thermostat
    (Thermostat schedule), ferry (Ferry crossings), opening (Opening hours), kwh (Electricity meter
    reading), pool_temp (Pool temperature), ph (Pool pH), mix (Mix (cement:sand:gravel)), print_sizes
    (Print sizes), lens (Lens), chain (Chain length), exam_marks (Exam marks), grade_avg (Average grade),
    attendance (Attendance), total_due (Total due), turnout (Turnout), population (Village population),
    route (Route and climb), top_speed (Top speed downhill), floor_area (Floor area), tank (Rain tank),
    sowing (Sowing), birth (Born at), firmware (Firmware), model_years (Model years), built (Church
    built), goal_minutes (Goals (minutes)), shirt_numbers (Shirt numbers), rooms (Rooms booked), seats
    (Seats in row N), platform (Platform / coach), lockers (Lockers), jam (Jam jars filled), quiz (Quiz
    rounds), card_game (Points (us–them)), map_scale (Map scale), recipe_serves (Recipe scaled
    (servings)), candles (Candles on the cake).

Record format and conventions (those of v16)
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
    least five digits, never starting with 0 or 1, and is written so only for US, GB, DE, NL, BR and IN
    (IN: 75 % of announced slots, 80 % of roster slots, the rest full national, 80 % of them mobiles); FR,
    ES and IT announced and roster numbers are full national numbers (fixed or mobile, half each). In
    AT/CH/BE/AU/IE documents the announced, roster, national and service numbers are those of the
    neighbouring plan (DE for AT and de_CH, FR for fr_BE and fr_CH, NL for nl_BE, GB for AU and IE, IT for
    it_CH); their own country's numbers appear only in international form (60 % of their international
    lines; the other 40 % and all international lines of other documents are numbers of any of the
    fourteen regions other than the document's plan and own country). The value includes a + or 00/011
    prefix, the US "1-" or "1 " prefix, a (0) trunk marker or area-code parentheses, never the context
    word or trailing punctuation; every full number round-trips through phonenumbers as valid for its
    region (checks.py drops "(0)", unwraps "(+CC)" and turns 00/011 into + before parsing international
    values with no region; other values are parsed as written in their region; a subscriber-only value's
    digits must equal the national significant number of its e164 less area_len digits). Writing habits:
    spaces, dashes, dots, slash after the first group, brackets round the first group (US, BR, DE, GB, NL,
    IN only), run-together digits, phonenumbers' own national format, and the US "1-"/"1 " forms;
    subscriber numbers split in two by a space, dash or dot, in pairs, or run together; every drawn
    national form is parsed back and replaced by the standard national format if it does not give the same
    e164.
    Other modes: EMAIL personal/role (personal: first.last, initial+last or first+two digits, accents
    folded, on ordinary mail domains of the locale; role: bookings@, kasse@, tresorerie@ and the like on
    made-up club domains of the language), CREDIT_CARD grouped/dashed/compact (Luhn-valid; Visa,
    Mastercard 51-55 and 2221/2480/2600/2720, Amex 4-6-5, Discover for en_US, RuPay-range
    6070/6080/6521/6522/8172 for en_IN, Elo prefixes for pt_BR), IBAN grouped/compact (mod-97-valid; FR
    RIB key, ES control digits, IT CIN, BE national check and NL eleven-test computed; DE, AT, CH, GB, IE,
    BR mod-97 only; the document's own country, GB for en_AU, none in en_US and en_IN), US_SSN
    dashed/spaced (SSA rules: area 001-899 but not 666, group 01-99, serial 0001-9999; en_US only),
    IP_ADDRESS v4/v6 (60 % private 10/8, 172.16/12 and 192.168/16, else public global v4; v6 global
    unicast, compressed with "::").

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, lines.py, phrasings.py,
    neg_*.py); no Faker. Phone validity, types, e164 and area_len: phonenumbers (Apache-2.0). Corpus
    negatives, untouched, from /work/shared/data (SOURCES.md), from files v16 did not use except the
    Multilingual HateCheck files (rows drawn afresh with this seed; v16's rows were not known to this
    writer, so a few may repeat): GSM8K test questions 40 (openai/grade-school-math, MIT), OpenAI
    moderation samples 30 (the "prompt" text; openai/moderation-api-release, MIT), AMC23 questions 15 and
    AIME24 problems 10 (QwenLM/Qwen2.5-Math, MIT), HumanEval prompts 15 (openai/human-eval, MIT) and
    Multilingual HateCheck cases 40 (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French,
    Spanish and Italian 7 each, Dutch and Portuguese 6 each); only texts of at most 1,500 characters with
    a digit, no "@", "http" or "www.", no seven or more digits in one run or in one run of digits joined
    by spaces, tabs, dashes, dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line
    of the (decompressed) JSONL file, or 0-based data row of the CSV. Moderation samples and HateCheck
    cases can be offensive (sexual, violent or hateful); they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v17.make_heldout_set        (or the path
        benchmarks/pii_v17/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v17.checks [RECORDS [VALUES]]   (default: the v17 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v17.stats [RECORDS [VALUES]]   (default: the v17 files)
    Files: tests/data/pii_heldout_v17.jsonl and tests/data/pii_heldout_v17_values.jsonl.
"""

import argparse
import json
import os
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from benchmarks.pii_v17.docs import build
else:
    from .docs import build

OUT = "tests/data/pii_heldout_v17.jsonl"
VALUES_OUT = "tests/data/pii_heldout_v17_values.jsonl"


def write(records, values, out=OUT, values_out=VALUES_OUT):
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(values_out, "w", encoding="utf-8") as fh:
        for val in values:
            fh.write(json.dumps(val, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--values-out", default=VALUES_OUT)
    args = ap.parse_args()
    records, values, _log = build()
    write(records, values, args.out, args.values_out)
    print("wrote %d records to %s and %s" % (len(records), args.out, args.values_out))


if __name__ == "__main__":
    main()
