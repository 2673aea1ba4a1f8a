"""Write tests/data/pii_heldout_v16.jsonl: a sixteenth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/, no `import reasonrl`), its tests, its earlier labelled sets or their generators
    (benchmarks/pii/ and pii_v2/ to pii_v15/), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md or
    /work/shared/DESIGN.md, and who ran no git command. What was read, all of it: the module docstring of
    benchmarks/pii_v15/make_heldout_set.py as handed over in a separate text file (record and sidecar format,
    labelling conventions, region rules, and the genres, phrasings, placements, roster formats, line shapes,
    negative kinds and corpus sources v15 used, to avoid), the first two lines of
    tests/data/pii_heldout_v15.jsonl and of tests/data/pii_heldout_v15_values.jsonl (format only), the
    [tool.ruff] part of pyproject.toml (line length 110; E, W, F, I, B; the per-file-ignores under it were
    printed too), /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from (their
    header rows and a screening pass over every row). Seen in passing: directory listings of benchmarks/,
    /work/shared/data/, the repository root and .venv/bin, and `ls tests/data | grep v16` (empty). The
    phrasings, placements and lists of v14 and earlier sets were never seen, only what v15 says of itself. No
    PII detector (the project's, Presidio or any other) was run on this set while it was made, so nothing
    here was tuned towards or away from what any detector catches. The only screens are this package's guards
    (guards.py), written afresh to the rules v15 describes: with the labelled spans masked, the text may hold
    no '@', no Luhn-valid 13-19 digit run (every contiguous run of whole digit groups joined by spaces, tabs
    or dashes, and every 13-19 digit slice of one group), no mod-97-valid IBAN (any 15-34 character prefix
    after two capitals and two digits, single spaces inside skipped), no SSA-valid 3-2-4 SSN shape (dashes or
    spaces, not touching other digits), no four consecutive dotted parts of 0-255 and no token of hex digits,
    colons and dots that parses as IPv6. A hard negative or table that trips one is drawn again; every
    finished document is screened once more (a hit stops the build). Phone-like negatives are never screened
    as phones. Everything was written fresh for this set: number plans (phones.py), writing habits
    (habits.py), people, e-mail habits, greetings and sign-offs (locales.py), announcing phrasings
    (phrasings.py), placements (placements.py), rosters (rosters.py), value-line labels and shapes
    (labels.py), cards, SSNs and IPs (values.py), IBANs (iban.py), genres (genres_en.py, genres_eu.py,
    genres_eu2.py), hard negatives (neg_labelled.py, neg_patterned.py, neg_patterned2.py, neg_tables.py), the
    build plan (plan.py), documents (docs.py, piece.py, build.py) and corpus negatives (corpus.py); checks.py
    re-checks the files and stats.py rebuilds the set with the seed, counts phrasings, placements, rosters,
    line shapes, habits and hard negatives from the build log, and says whether the rebuild matches the
    files.

Genres (80 prose genres used with values and for negative prose, 19 negative-only tables), none in v15's list
    Title (key) per locale and language; each genre has four filler sentences of its own. en_US: Neighborhood
    watch – quarterly meeting (watch_meeting), PTA science fair – judges and setup (science_fair), Community
    garden – plot sign-up (garden_plots), Marching band car wash fundraiser (band_car_wash), Senior center
    bingo night (bingo_night), Fourth of July parade float crew (parade_float), Thanksgiving turkey trot –
    course marshals (turkey_trot), Fellowship hall potluck (potluck); en_GB: Allotment society AGM
    (allotment_agm), Pub quiz league – fixtures (quiz_league), Bell-ringers' practice and outing
    (bell_ringing), Village fête dog show (dog_show), Book club – next month's choice (book_club), Wild
    swimming group – winter dips (wild_swim), Burns Night supper (burns_night), Macmillan coffee morning
    (coffee_morning); en_AU: Australia Day barbie on the Common (aussie_bbq), Aussie rules training in
    Clapham (footy_training); en_IE: Hurling club in London – season start (gaa_club), Irish conversation
    circle – ciorcal comhrá (ciorcal_comhra); en_IN: Society Diwali mela (diwali_mela), Morning yoga camp in
    the park (yoga_camp), RWA general body meeting (rwa_meeting), Durga Puja pandal volunteers (durga_puja),
    School alumni meet (alumni_meet); en_IN Hinglish: Holi party planning (holi_party), Shaadi ki mehendi
    night (mehendi_night), Society badminton league (badminton_league), Navratri garba practice
    (garba_practice); en_IN Hindi: रामलीला मंचन की तैयारी (ramlila), वृक्षारोपण अभियान (tree_planting), मासिक
    सत्संग (satsang), होली मिलन समारोह (holi_milan); de_DE: Hofflohmarkt in der Siedlung (hofflohmarkt),
    Laternenumzug zu Sankt Martin (laternenumzug), Schützenfest – Helfer gesucht (schuetzenfest),
    Gemeinschaftsarbeit im Kleingartenverein (kleingarten), Stadtradeln – unser Team (stadtradeln), Weinfest
    am Dorfplatz (weinfest); de_AT: Krampuslauf – Ablauf und Helfer (krampuslauf), Almabtrieb mit Bauernmarkt
    (almabtrieb); de_CH: Räbeliechtli-Umzug (raebeliechtli), Schwingfest – Festwirtschaft (schwingfest);
    fr_FR: Vide-grenier du quartier (vide_grenier), Fête de la musique sur la place (fete_musique), Super
    loto de l'école (loto_ecole), Randonnée du club – sortie du mois (rando_club), Kermesse de fin d'année
    (kermesse), Réveillon de l'association (reveillon_asso); fr_BE: Carnaval – la société de Gilles
    (carnaval_binche), Ducasse du village (ducasse); fr_CH: Fête de l'Escalade – soupe et cortège (escalade);
    es_ES: Verbena del barrio (verbena), Romería a la ermita (romeria), Mercadillo solidario (mercadillo),
    Carrera popular de San Silvestre (carrera_popular), Casal fallero – semana grande (casal_faller), Cena de
    quintos (cena_quintos); it_IT: Sagra del paese – turni in cucina (sagra), Tombolata di Natale
    (tombolata), Torneo di calcetto dell'oratorio (calcetto), Raccolta delle olive tra amici
    (raccolta_olive), Carnevale dei bambini (carnevale_bimbi), Corso di cucina della nonna (corso_cucina);
    it_CH: Rabadan – turni alla bancarella (rabadan), Festa della vendemmia in Ticino (castagne_ti); nl_NL:
    Vrijmarkt op Koningsdag (vrijmarkt), Avondvierdaagse – begeleiders gezocht (avondvierdaagse), Rommelmarkt
    van de kerk (rommelmarkt), Buurtbarbecue in het hofje (buurtbarbecue), Carnavalsoptocht – de wagen bouwen
    (carnavalsoptocht), Schaatsen op de ijsbaan – vrijwilligers (elfsteden_kijken); nl_BE: Kermis in het dorp
    (kermis_be), Wielerwedstrijd – seingevers gezocht (koers_be); pt_BR: Festa junina da escola
    (festa_junina), Quermesse da paróquia (quermesse), Bazar beneficente (bazar), Pelada de domingo (pelada),
    Churrasco de fim de ano da turma (churrasco_turma), Aula de zumba na praça (zumba_praca).

    Negative-only tables (English for every en_* locale, else the locale's language; a title, a blank line, a
    header row and 4-7 rows with a unique first column, columns padded and split by ' ; ', ' ║ ', ' │ ' or '
    • '): League table (league_table), Bus 7 from the station (bus_timetable), Fuel log (fuel_log), Blood
    pressure log (bp_log), Tide table (tide_table), Darts league night (darts_league), Club swim times
    (swim_times), Nutrition per 100 g (nutrition_facts), Bureau de change rates (currency_rates), Hymn board
    (hymn_board), Race splits (marathon_splits), Feeding log (feeding_log), Flat measurements (room_sizes),
    Stock take in the clubhouse (stock_take), Tennis ladder (tennis_ladder), Chess round pairings
    (chess_pairings), Wine list (wine_list), Karting results (karting_laps), Trains to the coast
    (train_timetable).

    Locales: en_US, en_GB, en_IN (English, Hinglish and Devanagari Hindi documents in turn), en_AU, en_IE,
    de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry
    their language (en, de, fr, es, it, nl, pt).

Counts (seed 10016; `python -m benchmarks.pii_v16.stats` recomputes them)
    1,200 documents: 600 with values, 450 synthetic negative-only (225 prose in the genres above, 225
    tables), 150 corpus negatives. Locales: en_IN 120, en 105, en_GB 100, en_US 100, de_DE 95, fr_FR 95,
    pt_BR 95, es_ES 90, nl_NL 90, it_IT 85, de_AT 25, de_CH 25, fr_BE 25, nl_BE 25, en_AU 22, en_IE 22, it_CH
    20, fr_CH 16, de 8, es 8, fr 8, it 7, nl 7, pt 7. Language of the 825 prose documents: en 215, de 114, fr
    111, nl 94, it 83, pt 73, es 69, hg 33, hi 33; tables: en 83, de 31, fr 25, it 22, pt 22, es 21, nl 21
    (en = English, hg = Hinglish, hi = Hindi).
    Values: 1832 (PHONE 1388, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 76, IBAN 66, US_SSN 42). Modes:
    PHONE/local-announced 450, PHONE/national 410, PHONE/list-entry 274, PHONE/international 150, PHONE/other
    104, EMAIL/personal 92, EMAIL/role 78, IP_ADDRESS/v4 60, IBAN/grouped 51, US_SSN/dashed 34,
    CREDIT_CARD/grouped 32, IP_ADDRESS/v6 30, CREDIT_CARD/dashed 27, CREDIT_CARD/compact 17, IBAN/compact 15,
    US_SSN/spaced 8. Phone regions: DE 190, IN 165, GB 164, NL 160, FR 149, IT 135, US 133, BR 118, ES 96, BE
    17, CH 17, AT 15, IE 15, AU 14; own-country numbers of AT/CH/BE/AU/IE documents (all international): BE
    4, CH 3, IE 3, AT 2, AU 1. Service numbers (mode other): NL premium 13, IN toll-free 9, GB premium 8, US
    toll-free 8, BR shared-cost 6, DE premium 6, DE shared-cost 6, NL toll-free 6, FR premium 5, FR toll-free
    5, GB uan 5, IN shared-cost 5, IT premium 5, BR toll-free 4, FR shared-cost 4, GB toll-free 4, DE
    toll-free 2, ES premium 1, ES shared-cost 1, IT shared-cost 1.
    Writing habits (first match of bracket, slash, dot, dash, space, else none): local-announced spaces 191,
    none 96, dashes 78, dots 69, slash 12, brackets 4; list-entry spaces 111, none 57, dashes 55, dots 39,
    slash 9, brackets 3; national spaces 121, dashes 96, slash 55, none 51, dots 49, brackets 38;
    international brackets 88, spaces 41, dashes 21; other spaces 27, dashes 26, none 19, slash 17, dots 12,
    brackets 3.
    Local-announced: subscriber DE 64, subscriber GB 64, full FR 59, subscriber NL 53, subscriber BR 44, full
    IT 42, subscriber IN 40, subscriber US 35, full ES 32, full IN 17. By phrase language: en 118, de 64, fr
    59, nl 53, pt 44, it 42, es 32, hg 19, hi 19. List entries: subscriber US 51, subscriber DE 41,
    subscriber GB 32, full IT 31, subscriber NL 30, subscriber BR 22, subscriber IN 22, full ES 19, full FR
    17, full IN 9.

    115 announcing phrasings, all used (en 22, de 13, es 12, fr 12, it 12, nl 12, pt 12, hg 10, hi 10; 1-6
    uses each); {n} is the number, {f} a first name; some announce the number from a clause away ("Should the
    power go off at the hall again – and it might – call {n}"), some after it ("{n} – ring that, not the old
    number"):

      English: Ring {f} – usually about on {n} most evenings – if you can spare a couple of hours. / Whoever
      finds the spare keys, the number to let us know on is {n}. / My number, in case the group chat goes
      quiet again: {n}. / {n} is {f}'s, so try that first if the rota needs changing. / Can't make it after
      all? A quick call to {n} is all we need. / The phone in the pavilion, which nobody ever answers before
      ten, is {n}. / If you get lost on the back roads, pull over and call the farmhouse: {n}. / For anything
      about parking, {f} (evenings, {n}) knows the drill. / Reach me at home after work on {n}. / Give {f} a
      tinkle on {n} and a spare seat will be found. / Should the power go off at the hall again – and it
      might – call {n} and ask for the caretaker. / We've had a new line put in at the shop: {n}. / Our
      landline ({n}) is the best bet, as mobiles don't work in the valley. / If the urn won't heat up, it's
      {n} you want; ask for {f}. / Numbers are a pain, I know, but please save this one: {n}. / {f} asked me
      to pass on the home number, {n}, for anyone needing a lift. / You'll catch me on {n} between lunch and
      the school run. / {n} – ring that, not the old number, which has been cut off. / Messages for the
      committee can be left with {f} by phoning {n}. / Anyone who wants to help set up on Friday, call {n}
      and we'll find you a job. / The club's phone number hasn't changed; it is still {n}. / Rather than
      replying to all, just phone me directly on {n}.
      German: Wer Fragen hat, kann mich gern anrufen, am besten nach dem Abendessen unter {n}. / {f} ist
      unter {n} erreichbar, falls ihr noch Kuchen bringen wollt. / Unsere Nummer zu Hause, falls das Handy
      mal wieder leer ist: {n}. / Bei Regen, und das ist ja nicht ausgeschlossen, bitte kurz {n} anrufen. /
      Die {n} gehört {f}, dort laufen die Anmeldungen zusammen. / Anruf genügt: {n}. / Meldet euch einfach
      telefonisch, {n}, dann trage ich euch ein. / Ich bin unter der {n} zu erreichen, aber bitte nicht
      während der Mittagsruhe. / Für Rückfragen steht {f} zur Verfügung, Rufnummer {n}. / {n} – unter dieser
      Nummer erreicht ihr das Vereinsbüro. / Falls jemand abgeholt werden muss, bitte bei {f} durchklingeln:
      {n}. / Neue Festnetznummer bei uns: {n} (die alte gilt nicht mehr). / Wer sich nicht sicher ist, ob er
      kommen kann, ruft bis Donnerstag die {n} an.
      French: Pour toute question, passez-moi un coup de fil au {n}, de préférence le soir. / {f} est
      joignable, sauf le mercredi, au {n}. / Notre numéro à la maison, au cas où : {n}. / S'il pleut, et ce
      n'est pas exclu, un petit appel au {n} et on vous dira tout. / Le {n}, c'est celui de {f}, qui
      centralise les inscriptions. / Un coup de téléphone suffit : {n}. / Vous pouvez me joindre au {n}, mais
      évitez l'heure du déjeuner. / Pour ceux qui ont besoin qu'on vienne les chercher, appelez {f} au {n}. /
      {n} : c'est le numéro de la salle des fêtes, demandez le concierge. / Nouveau numéro fixe chez nous :
      le {n}, l'ancien ne marche plus. / Si vous hésitez encore, téléphonez avant jeudi au {n}. / Pour les
      questions d'argent, c'est {f} qu'il faut appeler, au {n}.
      Spanish: Para cualquier cosa, dadme un toque al {n}, mejor por la tarde. / {f} está localizable en el
      {n}, menos los miércoles. / Nuestro teléfono de casa, por si acaso: {n}. / Si llueve, que puede pasar,
      una llamada al {n} y os contamos. / El {n} es el de {f}, que lleva las inscripciones. / Basta con una
      llamada: {n}. / Me podéis localizar en el {n}, pero no a la hora de la siesta. / Quien necesite que le
      recojan, que llame a {f} al {n}. / {n}: es el teléfono del local de la peña, preguntad por el conserje.
      / Tenemos fijo nuevo en casa, el {n}; el antiguo ya no funciona. / Los que aún no sepáis si venís,
      llamad antes del jueves al {n}. / Para temas de dinero hay que hablar con {f}, en el {n}.
      Italian: Per qualsiasi cosa datemi un colpo di telefono al {n}, meglio di sera. / {f} è raggiungibile
      al {n}, tranne il mercoledì. / Il nostro numero di casa, non si sa mai: {n}. / Se piove, e non è
      escluso, basta una telefonata al {n}. / Il {n} è quello di {f}, che segue le iscrizioni. / Basta una
      chiamata: {n}. / Mi trovate al {n}, ma non all'ora di pranzo, per favore. / Chi ha bisogno di essere
      accompagnato chiami {f} al {n}. / {n}: è il telefono della sede della Pro Loco, chiedete del custode. /
      Abbiamo un fisso nuovo a casa, il {n}; il vecchio non funziona più. / Chi non è ancora sicuro di venire
      telefoni entro giovedì al {n}. / Per le questioni di soldi bisogna sentire {f}, al {n}.
      Dutch: Vragen? Bel me gerust, het liefst na zessen, op {n}. / {f} is op {n} te bereiken, behalve op
      woensdag. / Ons nummer thuis, voor de zekerheid: {n}. / Als het regent, en dat kan zomaar, even bellen
      naar {n}. / {n} is van {f}, daar komen de aanmeldingen binnen. / Een telefoontje is genoeg: {n}. / Je
      kunt me bellen op {n}, maar liever niet tijdens het eten. / Wie opgehaald moet worden, belt {f} op {n}.
      / {n}: dat is het nummer van het buurthuis, vraag naar de beheerder. / We hebben thuis een nieuw vast
      nummer, {n}; het oude werkt niet meer. / Twijfel je nog of je komt? Bel voor donderdag {n}. / Voor
      geldzaken moet je bij {f} zijn, telefoon {n}.
      Portuguese: Qualquer coisa, me dá um toque no {n}, de preferência à noite. / {f} atende no {n}, menos
      na quarta-feira. / Nosso telefone de casa, por via das dúvidas: {n}. / Se chover, o que não é
      impossível, é só ligar pro {n}. / O {n} é o número de {f}, que está cuidando das inscrições. / Basta
      uma ligação: {n}. / Podem me ligar no {n}, só não na hora do almoço. / Quem precisar de carona liga pra
      {f} no {n}. / {n}: esse é o telefone da sede da associação, chamem o zelador. / Temos telefone fixo
      novo em casa, o {n}; o antigo não funciona mais. / Quem ainda não sabe se vem, liga até quinta no {n}.
      / Assunto de dinheiro é com {f}, no {n}.
      Hinglish: Koi bhi doubt ho toh seedha {n} pe ring kar dena, shaam ke baad. / {f} se baat karni ho toh
      ghar ka number hai {n}. / Ghar ka landline, just in case: {n}. / Baarish hui toh, jo ho bhi sakta hai,
      ek call {n} pe kar lena. / {n} wala number {f} ka hai, registration wahi dekh rahe hain. / Bas ek call
      kar do: {n}. / Mujhe {n} pe pakdo, lekin lunch time pe nahi please. / Jisko pick-up chahiye, {f} ko {n}
      pe phone kare. / {n} – yeh society office ka number hai, chowkidar uthayega. / Paise ke maamle mein {f}
      se baat karo, number {n}.
      Hindi: किसी भी जानकारी के लिए शाम के बाद {n} पर फ़ोन कीजिए। / {f} जी से घर पर बात करनी हो तो उनका नंबर
      {n} है। / घर का लैंडलाइन, ज़रूरत पड़े तो: {n}। / बारिश हुई, जो हो भी सकती है, तो {n} पर एक फ़ोन कर लें।
      / {n} नंबर {f} जी का है, पंजीकरण वही देख रहे हैं। / बस एक फ़ोन कर दीजिए: {n}। / मुझसे {n} पर संपर्क
      करें, पर दोपहर के भोजन के समय नहीं। / जिन्हें लाने-ले जाने की ज़रूरत हो, वे {f} जी को {n} पर फ़ोन करें।
      / {n} – यह समिति कार्यालय का नंबर है, चौकीदार उठाएँगे। / चंदे से जुड़ी बात के लिए {f} जी से {n} पर बात
      करें।

    Seventeen placements, none of which v15 used, each used 24-29 times and in all nine languages (each
    language cycles through all of them; Hindi and Hinglish wordings of their own): voicemail (typed-up
    voicemail "Voicemail from Name (0:38), typed up:" with the phrasing inside the quoted message),
    lost_found ("FOUND: one child's blue wellington boot, left by the gate. <phrasing>"), minutes_action
    ("From the minutes, item 4 (matters arising):" then a report sentence and the phrasing), postscript
    ("P.S. <phrasing>" after the sign-off), chat_log ("[19:02] Name: has anyone got a number for this?" /
    "[19:05] me: <phrasing>"), postcard ("(On the back of Name's postcard, under the stamp: "<phrasing>")"),
    diary ("Diary, Thursday evening – long day. <phrasing>"), auto_reply (quoted out-of-office reply, "> I'm
    away with patchy signal until Monday. <phrasing>"), mid_paragraph (between two sentences about the
    running of the day), faq ("Q: Who do I ring if I'm stuck on the day?" / "A: <phrasing>"), door_sign
    ("(Sign taped to the hall door)" / "CLOSED FOR SETTING UP. <phrasing>"), forwarded_text ("Forwarding this
    from Name:" / "«<phrasing>»"), todo_list (middle item of a dashed three-item to-do list), late_update
    ("UPDATE, late last night: <phrasing>" opening the document before the greeting), tear_off (after the
    sign-off, under a scissors line "✂ - - - -"), running_order (last line under "7.00 doors open / 7.30
    welcome / 8.15 raffle": "On the night: <phrasing>") and photo_caption (under "[photo: last year's stall,
    with Name behind the cake table]").

    Rosters: 62 (ascii_grid 7, fixed_width 7, index_cards 7, inline_sentence 7, phone_first 7, semicolon_csv
    7, time_slots 7, yaml_like 7, number_in_brackets 6); formats used 9 of 9; sizes 4 25, 6 13, 3 12, 5 12;
    headings used 24. Nine formats, none of v15's: semicolon_csv (header "Name;Job;Phone" in the language,
    then "Name;job;N"), fixed_width (padded columns with a dashed underline row), index_cards (three-line
    blocks name / job / number, blank lines between), number_in_brackets ("Name (N) – job"), time_slots ("Sat
    9–11   Name   N   (job)", shift slots), yaml_like ("- name: ..." / "  job: ..." / "  phone: N", keys in
    the language), phone_first ("📞 N — Name (job)"), inline_sentence (one sentence, "Heading: Name (job) on
    N; ...; and Name (job) on N.", the connector in the language) and ascii_grid (+----+ rules around "| Name
    | Job | Phone |"); names are people of the locale, jobs from a list of eight per language. Headings:
    English: Helpers and how to reach them, Who's who on the day, Rota – phone if you can't come; Hinglish:
    Volunteers ke numbers, Kaun kya kar raha hai, Duty list – na aa pao toh call karo; Hindi: स्वयंसेवकों के
    नंबर, कौन क्या करेगा, ड्यूटी सूची; German: Helferliste mit Telefon, Wer macht was, Dienstplan – bei
    Ausfall bitte anrufen; French: Les bénévoles et leurs numéros, Qui fait quoi, Planning des permanences;
    Spanish: Voluntarios y teléfonos, Quién hace qué, Turnos – avisad si no podéis; Italian: Volontari e
    recapiti, Chi fa cosa, Turni – avvisate se mancate; Dutch: Vrijwilligers en hun nummers, Wie doet wat,
    Rooster – bel als je niet kunt; Portuguese: Voluntários e telefones, Quem faz o quê, Escala – avise se
    não puder.

    1108 value lines in eight shapes, none of v15's and none the "Label: value" form (comma 139, double_arrow
    139, double_chevron 139, tab 139, double_bar 138, tilde 138, triangle 138, value_in_brackets 138):
    double_chevron "Label >> V", double_bar "V ‖ label", triangle "Label ▸ V", value_in_brackets "Label (V)",
    tab "Label<TAB>V", tilde "V ~ label", double_arrow "Label ⇒ V" and comma "Label, V" (a leading label gets
    a capital; two or more lines in a document are stacked in one block half the time). By kind: national
    410, intl 150, other 104, email_personal 92, email_role 78, card 76, iban 66, ipv4 60, ssn 42, ipv6 30.
    Labels, in the document's language (English given; Hinglish and Hindi wordings of their own, no label
    twice in a document where there are enough): national: piano tuner; the vet; chimney sweep; taxi firm;
    the garden club secretary; intl: our exchange family; the holiday flat; cousin abroad; coach driver for
    the trip; own: Gran back home; our old neighbours at home; other: boiler breakdown line; coach company
    bookings; lottery results line; hall hire enquiries; email_personal: menu choices to; carpool list; lost
    property; email_role: volunteer forms; committee; stall bookings; card: card used for the venue booking;
    club card for the online order; iban: trip money to; annual subs; ip: scoreboard controller; door camera;
    sound desk; ssn: SSN for the background check form; SSN (volunteer screening).

    Hard negatives: 131 kinds, all used (patterned 58, labelled 54, table 19); uses 2119 (patterned 981,
    labelled 913, table 225; in documents pos 1212, neg 907). Uses per kind 11-17. 54 labelled kinds are
    phone-shaped digit groups (shapes such as "0### ### ####", "N###-###-###", "0N ## ## ## ##",
    "0###/######", "(0##) ### ## ##", "N##.###.####"; # a digit, N a digit 1-9) under a label that says what
    they are, in the document's language (Hinglish documents take the English label, Hindi documents a Hindi
    one), in six forms: "L #V", "L, V", "V [L]", "L | V", label on the line before ("L" newline "V") and
    label on the line after ("V" newline "(L)"); forms used Caption: V 348, Caption – V 325, V (Caption) 308,
    comma 153, after_brackets 152, bar 152, hash 152, line_after 152, line_before 152. The labelled kinds
    (English labels): Click & collect order, Furniture delivery order, Return parcel label, Pallet
    consignment, Breakdown assistance case, Laptop repair job, Phone screen repair ticket, Mobile contract
    account, Library card, Gym membership, Credit union member, Ferry booking, Campsite booking, Hotel
    reservation, Train booking ref., Concert ticket barcode, Boiler serial no., Fridge serial, E-bike battery
    serial, Solar inverter serial, Smoke alarm serial, Vehicle document no., MOT test number, Planning
    application ref., Building permit, Exam candidate no., GP referral no., Dental treatment plan, Glasses
    order, Pharmacy collection slip, Child benefit ref., Electricity supply contract, Heating oil delivery
    note, Scaffolding hire contract, Skip hire booking, Tool hire agreement, Dog licence tag, Horse passport,
    Allotment plot lease, Burial plot, Standing order ref., Direct debit mandate, Christmas savings club
    card, Photo print order, Dry cleaning ticket, Shoe repair ticket, Key number, Season ticket, Toll tag,
    Penalty charge notice, Speeding fine ref., Job application ref., Car service booking, Wedding gift list.
    58 patterned kinds, each with a caption in the language, written "Caption: V", "Caption – V" or "V
    (Caption)", numbers in the language's decimal and thousands style: tyre_size (Tyre size), tyre_pressure
    (Tyre pressures), screw_sizes (Screws needed), room_dimensions (Living room), furniture_size (Wardrobe
    (W×H×D)), darts_checkout (Best checkout), tennis_scores (Club final), volleyball_sets (Volleyball sets),
    marathon_time (Finish time), swim_laps (50 m laps), bus_departures (Bus 42, departures every hour at),
    baby_feeds (Feeds last night), blood_pressure (Blood pressure this morning), blood_sugar (Fasting
    glucose), medication_doses (Tablets (morning-noon-evening-night)), fever_log (Temperature), rainfall
    (Rain gauge this week), tide_times (High water), wind_forecast (Wind), exchange_rate (Exchange rate
    today), odometer (Odometer at handover), fuel_log (Filled up), screen_resolution (Projector resolution),
    file_sizes (Photos folder), hymn_board (Hymns), bible_refs (Readings), law_paragraph (See), page_ranges
    (Homework), bingo_calls (Numbers called so far), dice_rolls (Dice), gps_point (Meeting point GPS),
    elevation (Summit), time_zone (Call time for the cousins), train_numbers (Trains), paint_codes (Paint),
    hex_colours (Poster colours), timestamp_log (Last backup), durations (Drive there), league_line (Our line
    in the table), running_pace (Pace), rowing_split (Erg split), weight_sets (Squats), climbing_grades
    (Routes ticked), nutrition_line (Per portion), wine_label (The red), radio_frequency (Local radio),
    crossword (Stuck on), interest_rate (Savings rate), salary_band (Salary band), stock_count (Boxes
    counted), ean_code (Barcode on the box), dates_list (Dates), time_range (Slot), sewing_sizes
    (Measurements (bust-waist-hips)), cake_tin (Tin), chess_rating (Ratings), guitar_chords (Chord shapes),
    share_price (Share price). 19 negative-only table kinds as listed above (separators ' • ' 57, ' ; ' 56, '
    │ ' 56, ' ║ ' 56).

Record format and conventions (those of v15)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order; tables use the table's key as genre) or `<source>-<language>-<row>`;
    records are shuffled with the seed. Sidecar (--values-out): line i holds {"values": [...]} for record i,
    one entry per span in order: {"kind", "mode", "text"}; PHONE entries add region, e164 and area_len
    (phonenumbers.length_of_geographical_area_code of the full number; phonenumbers 9.0.43). PHONE modes:
    international (+CC, 00CC, (+CC) or, in en_US documents half the time, 011; every AT, AU, BE, CH and IE
    number is written so), national (45 % mobiles), local-announced (announced by a phrasing of phrasings.py
    in a placement of placements.py), list-entry (a roster of rosters.py under its heading) and other
    (toll-free, shared-cost, UAN and premium-rate numbers as phonenumbers types them, in national form; GB
    084x/087x count as premium-rate and BR 400x and IN 1860 as shared-cost there). A subscriber-only number
    is a valid full fixed-line number with its geographic area code cut off, never starting with 0 or 1, and
    is written so only for US, GB, DE, NL, BR and IN (IN: 75 % of announced slots, 80 % of roster slots, the
    rest full national, 80 % of them mobiles); FR, ES and IT announced and roster numbers are full national
    numbers (fixed or mobile). In AT/CH/BE/AU/IE documents the announced, roster, national and service
    numbers are those of the neighbouring plan (DE for AT and de_CH, FR for fr_BE and fr_CH, NL for nl_BE, GB
    for AU and IE, IT for it_CH); their own country's numbers appear only in international form (60 % of
    their international lines). International lines of other documents are numbers of any of the fourteen
    regions other than the document's own plan. The value includes a + or 00/011 prefix, the US "1-" or "1 "
    prefix, a (0) trunk marker or area-code parentheses, never the context word or trailing punctuation;
    every full number round-trips through phonenumbers as valid for its region (checks.py drops "(0)",
    unwraps "(+CC)" and turns 00/011 into + before parsing international values with no region; other values
    are parsed as written in their region, so a Delhi "011" or Turin "011" stays national; a subscriber-only
    value must equal the national significant number of its e164 less area_len digits). Writing habits
    (habits.py): spaces, pairs (DE, NL, CH, AT, BE and FR), slashes ("06221/4356128", "0621 / 295 40613"),
    dashes ("0161-496-0123"), dots ("07.66.72.73.67", "917.434.1736", "0331.249.624"), brackets ("(0761)
    59789102", "(11) 3456-7890", "(212) 555-0123"), the US "1-" and "1 (" forms, IN mobiles "98765 43210" /
    "098765 43210", BR "(11) 98765-4321", and run-together digits; every drawn form is parsed back and
    replaced by another habit if it does not give the same e164.
    Other modes: EMAIL personal/role (personal: name-based local parts on ordinary mail domains of the
    locale; role: info@, kasse@, secretariat@ and the like on made-up club domains), CREDIT_CARD
    grouped/dashed/compact (Luhn-valid; Visa, Mastercard 51-55 and 2221/2480/2600/2720, Amex 4-6-5, Discover
    for en_US, RuPay-range 6070/6080/6521/6522/8172 for en_IN, Elo prefixes for pt_BR), IBAN grouped/compact
    (mod-97-valid; FR RIB key, ES control digits, IT CIN, BE national check and NL eleven-test computed; DE,
    AT, CH, GB, IE, BR mod-97 only; the document's own country, GB for en_AU, none in en_US and en_IN),
    US_SSN dashed/spaced (SSA rules: area 001-899 but not 666, group 01-99, serial 0001-9999; en_US only),
    IP_ADDRESS v4/v6 (60 % private 10/8, 172.16/12 and 192.168/16, else public global v4; v6 global unicast,
    compressed with "::").

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, genres_*.py, neg_*.py, labels.py);
    no Faker. Phone validity, types, e164 and area_len: phonenumbers (Apache-2.0). Corpus negatives,
    untouched, from /work/shared/data (SOURCES.md), from files v15 did not use except the multilingual
    HateCheck files (rows drawn afresh with this seed; v15's rows were not known to this writer, so a few may
    repeat): GSM8K train questions 35 (openai/grade-school-math, MIT), MATH-500 problems 25
    (ZubinGou/math-evaluation-harness, MIT), hh-rlhf harmless-base test dialogues 25 (the "chosen" text;
    anthropics/hh-rlhf, MIT), English HateCheck cases 20 (paul-rottger/hatecheck-data, CC BY 4.0) and
    Multilingual HateCheck cases 45 (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French and
    Spanish 8 each, Italian, Dutch and Portuguese 7 each); only texts of at most 1,500 characters with a
    digit, no "@", "http" or "www.", no seven or more digits in one run or in one run of digits joined by
    spaces, tabs, dashes, dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of
    the (decompressed) JSONL file, or 0-based data row of the CSV. hh-rlhf dialogues, HateCheck cases and
    their multilingual versions can be offensive; they are kept verbatim (hh-rlhf texts keep their leading
    blank lines).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v16.make_heldout_set        (or the path
        benchmarks/pii_v16/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v16.checks [RECORDS [VALUES]]   (default: the v16 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v16.stats [RECORDS [VALUES]]   (default: the v16 files)
    Files: tests/data/pii_heldout_v16.jsonl and tests/data/pii_heldout_v16_values.jsonl.
"""

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "benchmarks.pii_v16"

from benchmarks.pii_v16.build import SEED, build  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v16.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v16_values.jsonl"


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=RECORDS)
    ap.add_argument("--values-out", type=Path, default=VALUES)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records, sidecar, _ = build(args.seed)
    args.out.write_text(dumps(records), encoding="utf-8")
    args.values_out.write_text(dumps(sidecar), encoding="utf-8")
    print(f"wrote {len(records)} records to {args.out} and their values to {args.values_out}")


if __name__ == "__main__":
    main()
