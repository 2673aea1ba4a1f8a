"""Write tests/data/pii_heldout_v19.jsonl: a nineteenth, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/, no `import reasonrl`), its tests (apart from the two `head -2` commands below),
    its earlier labelled sets or their generators (benchmarks/pii/ and pii_v2/ to pii_v18/),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md or /work/shared/DESIGN.md, and who ran no
    git command. What was read, all of it: the module docstring of benchmarks/pii_v18/make_heldout_set.py
    as handed over in a separate text file (record and sidecar format, labelling conventions, region
    rules, and the genres, phrasings, placements, roster formats, line shapes, negative kinds and corpus
    sources v18 used, all avoided here), the first two lines of tests/data/pii_heldout_v18.jsonl and of
    tests/data/pii_heldout_v18_values.jsonl (format only), the [tool.ruff] part of pyproject.toml (line
    length 110; E, W, F, I, B; its per-file-ignores were printed with it), /work/shared/data/SOURCES.md
    and the raw data files the corpus negatives come from (read only through corpus.py's screening pass
    and a look at a few screened rows). Seen in passing: directory listings of benchmarks/ and
    /work/shared/data/ (recursive for the latter). No PII detector (the project's, Presidio or any other)
    was run on this set while it was made, so nothing here was tuned towards or away from what any
    detector catches. The only screens are this package's guards (guards.py), written afresh to the rules
    v18 describes: with the labelled spans masked, the text may hold no '@', no Luhn-valid 13-19 digit run
    (every contiguous run of whole digit groups joined by one to three spaces, tabs or dashes, and every
    13-19 digit slice of one group), no mod-97-valid IBAN (any 15-34 character prefix after two capitals
    and two digits, single spaces inside skipped), no SSA-valid 3-2-4 SSN shape (dashes or spaces, not
    touching other digits), no four consecutive dotted parts of 0-255 and no token of hex digits, colons
    and dots with at least two colons and one hex digit that parses as IPv6 (a bare "::" is not taken for
    an address). A hard negative that trips one is drawn again; every finished document is screened once
    more and drawn again if it trips one (neither happened with seed 10019). Phone-like negatives are
    never screened as phones. Everything was written fresh for this set: number drawing and writing habits
    (phones.py: random digits after the first digit of phonenumbers' example number for the type, lengths
    from the region's metadata, kept when valid for the region and of the wanted type), cards, SSNs, IPs,
    IBANs and e-mail habits (values.py), locales, people, mail domains, greetings, sign-offs and genres
    (locales.py), announcing phrasings and placements (phrasings.py), rosters and value-line labels and
    shapes (lines.py), hard negatives (neg_labelled.py, neg_patterned.py, neg_tables.py), the plan, pieces
    and documents (build.py) and corpus negatives (corpus.py); checks.py re-checks the files and stats.py
    rebuilds the set with the seed, counts everything from the files and the build log, and says whether
    the rebuild matches.

Genres (19 prose genres, used with values and for negative prose; 12 negative-only tables), none in v18's list
    Title (key) by document language; each genre has three filler paragraphs of its own (a placement may
    take one or two of them); documents of every locale of a language share that language's genres; en_IN
    documents are English, Hinglish and Devanagari Hindi in turn. English: Repair café – volunteers wanted
    (repair_cafe), Community orchestra – summer tour (orchestra_tour), Beach clean-up Saturday
    (beach_cleanup); Hinglish: Colony cycling club – Sunday ride (cycling_club), Society blood donation
    camp (blood_camp); Hindi: वृक्षारोपण अभियान (tree_planting), बुज़ुर्गों के लिए स्वास्थ्य शिविर
    (health_camp); German: Repair-Café im Gemeindehaus (reparatur_cafe), Chorfahrt nach Leipzig
    (chorfahrt); French: Vide-grenier de l'école (vide_grenier), Tournoi de pétanque du quartier
    (petanque); Spanish: Banco de alimentos – gran recogida (banco_alimentos), Coro parroquial – concierto
    de Navidad (coro_navidad); Italian: Corso di cucina in parrocchia (corso_cucina), Pulizia del parco –
    giornata ecologica (pulizia_parco); Dutch: Burendag in het hofje (burendag), Fietstocht voor het goede
    doel (fietstocht); Portuguese: Mutirão de limpeza da praça (mutirao), Campeonato de futsal do bairro
    (futsal).

    Negative-only tables (English for every en_* locale, else the locale's language; a title, a blank
    line, a header row and 4-8 rows whose first column is a letter, a month, a week number or a date;
    columns as a Markdown table with a |---| rule, or split by a tab, ' ¦ ' or ' · '): Bowls league
    (bowls_league), Library loans (library_loans), Bike repairs by week (bike_repairs), Choir attendance
    (choir_attendance), Pantry stock (kg) (pantry_stock), Hall electricity (hall_power), Egg tally
    (egg_tally), Quiz night scores (quiz_night), Saplings by plot (saplings), Running club groups
    (running_groups), Bread oven log (oven_log), School weather station (weather_station).

    Locales: en_US, en_GB, en_IN (English, Hinglish and Devanagari Hindi documents in turn), en_AU, en_IE,
    de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH, es_ES, it_IT, it_CH, nl_NL, nl_BE, pt_BR; corpus texts carry
    their language (en, de, fr, es, it, nl, pt). Documents with values: about 1,600 planned items dealt to
    600 documents (each gets at least one; 60 get a roster; SSNs go to en_US documents, IBANs to documents
    of locales with an IBAN country), 60 % of them also get one hard negative; negative prose documents
    get two or three hard negatives among the genre's fillers.

Counts (seed 10019; `python -m benchmarks.pii_v19.stats` recomputes them)
    rebuild matches the files: True
    documents: 1200 (pos 600, neg prose 225, neg table 225, corpus 150)
    locales: en_IN 160, en_US 136, en 110, en_GB 99, es_ES 88, de_DE 88, fr_FR 76, it_IT 70, pt_BR 68,
    nl_NL 65, fr_CH 31, en_AU 28, de_CH 27, en_IE 27, nl_BE 27, it_CH 23, fr_BE 19, de_AT 18, de 7, es 7,
    it 7, fr 7, pt 6, nl 6
    prose languages: en 256, de 109, fr 102, it 73, nl 70, es 67, pt 60, hg 44, hi 44
    table languages: en 106, fr 24, de 24, nl 22, es 21, it 20, pt 8
    corpus: gsm8ktest en 40, oaimod en 30, amc23 en 15, humaneval en 15, aime24 en 10, mhc de 7, mhc fr 7,
    mhc es 7, mhc it 7, mhc nl 6, mhc pt 6
    values: 1815 (PHONE 1375, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 75, IBAN 65, US_SSN 40)
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 275, PHONE/international 150,
    PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 60, IBAN/grouped 55,
    CREDIT_CARD/grouped 39, US_SSN/dashed 35, IP_ADDRESS/v6 30, CREDIT_CARD/compact 18, CREDIT_CARD/dashed
    18, IBAN/compact 10, US_SSN/spaced 5
    phone regions: DE 204, GB 169, IN 163, US 148, IT 136, NL 128, FR 126, ES 114, BR 114, BE 22, AT 16,
    CH 15, IE 13, AU 7
    own-country numbers (international): CH 9, BE 7, IE 1, AU 1
    service numbers: DE shared-cost 7, US toll-free 7, IN shared-cost 6, IT premium-rate 6, NL toll-free
    6, DE premium-rate 5, GB premium-rate 5, DE toll-free 5, IN premium-rate 5, GB uan 5, US premium-rate
    4, IT shared-cost 4, ES uan 3, DE uan 3, BR toll-free 3, FR toll-free 3, IT toll-free 3, FR uan 3, GB
    toll- free 2, NL uan 2, NL premium-rate 2, IN toll-free 2, ES premium-rate 2, IN uan 2, BR premium-
    rate 2, BR shared-cost 1, FR shared-cost 1, ES shared-cost 1
    habits local-announced: none 84, split_dash 81, split_space 57, split_dot 53, spaces 44, pairs 42,
    dots 27, standard 22, dashes 22, slash 18
    habits list-entry: none 52, split_space 46, split_dot 44, split_dash 39, pairs 33, spaces 16, dashes
    15, dots 14, standard 10, slash 6
    habits national: spaces 114, none 58, dashes 54, dots 50, slash 48, standard 46, brackets 27, us1 3
    habits international: plus_spaces 51, paren_cc 29, zero_zero 26, plus_dashes 21, trunk_zero 19, us_011
    4
    habits other: none 22, spaces 20, slash 17, dots 16, standard 13, dashes 12
    local: local-announced subscriber DE 71, local-announced subscriber GB 61, local-announced full FR 59,
    local-announced subscriber IN 53, local-announced subscriber US 51, list-entry subscriber NL 46, list-
    entry subscriber DE 46, local-announced full IT 40, local-announced full ES 38, list-entry full ES 36,
    list-entry subscriber US 36, list-entry subscriber BR 33, local-announced subscriber NL 32, list-entry
    full IT 28, local-announced subscriber BR 27, list-entry subscriber GB 26, local-announced full IN 18,
    list-entry subscriber IN 12, list-entry full FR 9, list-entry full IN 3
    phrasings used: 108 of 108; by language: de 12, en 12, es 12, fr 12, hg 12, hi 12, it 12, nl 12, pt
    12; uses per phrasing 1-12
    placements: plain_first 31, plain_last 31, below_signature 31, numbered_list 31, checkbox 31,
    blockquote 30, arrow_bullet 29, star_bullets 29, pin_emoji 28, aside_parens 27, note_above 27, bold_md
    27, chat_log 25, before_thanks 25, stacked_lines 25, italic_md 23
    placement x language pairs used: 143
    rosters: 60, entries 275
    roster formats: colon_job 6, tab_columns 6, slash_sep 6, arrow_entry 6, roman_numbered 6, time_slot 6,
    star_dot 6, padded_cols 6, md_table 6, bracket_num 6
    roster sizes: 6 18, 4 15, 3 14, 5 13
    value-line shapes: equals 137, dot_leader 137, double_colon 136, left_arrow 136, guillemets 136,
    slash_after 136, middle_dot 136, fat_arrow 136
    value-line kinds: national 400, intl 132, other 100, email_personal 90, ip 90, email_role 80, card 75,
    iban 65, ssn 40, own 18
    hard negatives: 90 kinds used (labelled 46, patterned 44) + 12 table kinds; uses 910, per kind 10-11
    hard-negative forms: patterned bracket 110, patterned em_dash 110, patterned above 110, patterned
    ellipsis 110, labelled dash_after 59, labelled bracket_value 59, labelled value_dash 59, labelled
    slash 59, labelled arrow 59, labelled above_colon 59, labelled above_indent 58, labelled below_dash 58
    tables: bowls_league 19, library_loans 19, bike_repairs 19, choir_attendance 19, pantry_stock 19,
    hall_power 19, egg_tally 19, quiz_night 19, saplings 19, running_groups 18, oven_log 18,
    weather_station 18
    table separators: 'markdown' 57, 'tab' 56, ' ¦ ' 56, ' · ' 56
    document redraws: 0; hard-negative redraws: 0

    108 announcing phrasings, all used (12 per language); {n} is the number, {f} a first name of the
    locale:
      English: The caretaker at the community centre picks up on {n} until nine. / {f} is collecting the
      raffle prizes – her landline is {n}. / Running late on the day? Text or call {n} and we'll hold your
      spot. / Dial {n} for the key to the side store. / {n} – that's {f}'s number, if the lift gets stuck
      again. / Questions about the float can go to {f} on {n}. / Our new contact for the hall bookings is
      {n}. / Sign-up is by phone only this year, so ring {n}. / If nobody answers {n}, leave your name and
      street. / {f} asked me to pass on her number: {n}. / The first-aider on duty can be reached on {n}.
      / For lifts from the station, {f} is the one to call ({n}).
      Hinglish: Caretaker uncle raat nau baje tak {n} pe phone uthate hain. / {f} raffle ke prizes collect
      kar rahi hai, uska landline {n} hai. / Late ho rahe ho toh {n} pe batao, jagah rakh denge. / Store
      room ki chaabi ke liye {n} dial karo. / Lift phir atak jaye toh {f} ka number hai {n}. / Float ke
      baare mein kuch poochna ho toh {f} se {n} pe baat karo. / Hall booking ka naya contact {n} hai. / Is
      saal sign-up sirf phone pe hoga, {n} pe call karo. / {n} pe koi na uthaye toh naam aur flat number
      chhod dena. / {f} ne bola hai apna number share kar do: {n}. / Duty pe first-aid wale bhaiya {n} pe
      milenge. / Station se lift chahiye toh {f} ko phone karo ({n}).
      Hindi: सामुदायिक भवन के चौकीदार रात नौ बजे तक {n} पर फ़ोन उठाते हैं। / {f} जी इनाम इकट्ठा कर रही
      हैं, उनका लैंडलाइन {n} है। / देर हो रही हो तो {n} पर बता दें, जगह रखी जाएगी। / भंडार कक्ष की चाबी के
      लिए {n} मिलाएँ। / लिफ़्ट फिर अटक जाए तो {f} जी का नंबर है {n}। / झाँकी के बारे में कुछ पूछना हो तो
      {f} जी से {n} पर बात करें। / हॉल बुकिंग के लिए अब नया संपर्क {n} है। / इस बार नाम सिर्फ़ फ़ोन पर
      लिखे जाएँगे, {n} पर फ़ोन करें। / {n} पर कोई न उठाए तो अपना नाम और गली बताकर संदेश छोड़ें। / {f} जी
      ने अपना नंबर सबको देने को कहा है: {n}। / ड्यूटी पर प्राथमिक उपचार वाले भैया {n} पर मिलेंगे। / स्टेशन
      से लाने-ले जाने के लिए {f} जी को फ़ोन करें ({n})।
      German: Der Hausmeister vom Bürgerhaus geht bis neun Uhr unter {n} ran. / {f} sammelt die
      Tombolapreise ein, Festnetz {n}. / Wer sich verspätet, meldet sich kurz unter {n}, dann halten wir
      den Platz frei. / Den Schlüssel fürs Lager gibt's über {n}. / {n} – das ist {f}s Nummer, falls der
      Aufzug wieder hängt. / Fragen zum Festwagen beantwortet {f} unter {n}. / Neue Nummer für die
      Saalbuchung: {n}. / Anmelden geht dieses Jahr nur telefonisch, also bitte {n} wählen. / Geht unter
      {n} niemand ran, einfach Name und Straße aufsprechen. / {f} lässt ausrichten, ihre Nummer sei {n}. /
      Die Sanitäterin vom Dienst erreicht ihr unter {n}. / Abholung vom Bahnhof organisiert {f} ({n}).
      French: Le gardien de la salle des fêtes décroche au {n} jusqu'à 21 h. / {f} récupère les lots de la
      tombola ; son fixe : {n}. / Un retard le jour J ? Un appel au {n} et on vous garde la place. / Pour
      la clé de la réserve, composez le {n}. / Le {n}, c'est le numéro de {f}, si l'ascenseur se bloque
      encore. / Les questions sur le char sont à poser à {f} au {n}. / Nouveau contact pour réserver la
      salle : {n}. / Cette année, inscription uniquement par téléphone au {n}. / Si personne ne répond au
      {n}, laissez votre nom et votre rue. / {f} m'a demandé de vous transmettre son numéro : {n}. / Le
      secouriste de permanence est joignable au {n}. / Pour qu'on vienne vous chercher à la gare, voyez
      avec {f} ({n}).
      Spanish: El conserje del centro cívico coge el {n} hasta las nueve. / {f} recoge los premios de la
      rifa; su fijo es el {n}. / ¿Llegas tarde? Avisa al {n} y te guardamos el sitio. / Para la llave del
      almacén, marca el {n}. / El {n} es el de {f}, por si el ascensor se vuelve a quedar parado. / Las
      dudas sobre la carroza, a {f} en el {n}. / Nuevo teléfono para reservar el salón: {n}. / Este año la
      inscripción es solo por teléfono, en el {n}. / Si nadie contesta en el {n}, dejad nombre y calle. /
      {f} me pide que os pase su número: {n}. / El socorrista de guardia está localizable en el {n}. /
      Para que os recojan en la estación, hablad con {f} ({n}).
      Italian: Il custode del centro civico risponde al {n} fino alle nove. / {f} raccoglie i premi della
      lotteria; il suo fisso è {n}. / In ritardo il giorno della festa? Chiamate il {n} e vi teniamo il
      posto. / Per la chiave del magazzino fate il {n}. / Il {n} è il numero di {f}, nel caso l'ascensore
      si blocchi di nuovo. / Per domande sul carro allegorico sentite {f} al {n}. / Nuovo recapito per
      prenotare la sala: {n}. / Quest'anno ci si iscrive solo per telefono, al {n}. / Se al {n} non
      risponde nessuno, lasciate nome e via. / {f} mi chiede di girarvi il suo numero: {n}. / Il
      soccorritore di turno è raggiungibile al {n}. / Per un passaggio dalla stazione rivolgetevi a {f}
      ({n}).
      Dutch: De beheerder van het buurthuis neemt tot negen uur op via {n}. / {f} haalt de prijzen voor de
      loterij op; haar vaste nummer is {n}. / Ben je op de dag zelf te laat? Bel {n}, dan houden we je
      plek vrij. / Voor de sleutel van het hok draai je {n}. / {n} is het nummer van {f}, mocht de lift
      weer vastzitten. / Vragen over de praalwagen kun je aan {f} stellen op {n}. / Nieuw nummer voor het
      reserveren van de zaal: {n}. / Aanmelden kan dit jaar alleen telefonisch, via {n}. / Neemt er
      niemand op bij {n}, spreek dan je naam en straat in. / {f} vroeg me haar nummer door te geven: {n}.
      / De EHBO'er van dienst is bereikbaar op {n}. / Wie opgehaald wil worden van het station, belt {f}
      ({n}).
      Portuguese: O zelador do centro comunitário atende no {n} até as nove. / {f} está juntando os
      prêmios da rifa; o fixo dela é {n}. / Vai se atrasar? Liga no {n} que a gente segura seu lugar. /
      Pra pegar a chave do depósito, disca {n}. / O {n} é o número da {f}, caso o elevador trave de novo.
      / Dúvidas sobre o carro alegórico, fala com {f} no {n}. / Novo contato pra reservar o salão: {n}. /
      Este ano a inscrição é só por telefone, no {n}. / Se ninguém atender no {n}, deixa nome e rua. / {f}
      pediu pra eu passar o número dela: {n}. / O socorrista de plantão atende no {n}. / Quem precisar de
      carona da rodoviária fala com {f} ({n}).

    Sixteen placements, none of v18's; every language cycles through all of them. Name (where: template),
    where top = under the title before the greeting, first = right after the greeting, body = among the
    filler paragraphs (shuffled with the other body pieces), last = just before the sign-off, after = a
    paragraph under the signature; {P} the phrasing, {F1}/{F2} genre fillers (then left out of the body; a
    placement needing more fillers than are left falls back to arrow_bullet), {g} a first name, {hh}:{mm}
    a clock time, {note}/{thx} words of the language: plain_first (first: {P}); plain_last (last: {P});
    below_signature (after: {P}); numbered_list (body: 1. {F1} ⏎ 2. {P} ⏎ 3. {F2}); checkbox (body: [ ]
    {F1} ⏎ [x] {P}); aside_parens (body: {F1} ({P})); blockquote (body: > {P}); star_bullets (body: * {F1}
    ⏎ * {P}); pin_emoji (body: 📌 {P}); note_above (body: {note} ⏎ {P}); bold_md (body: **{P}**); chat_log
    (body: [{hh}:{mm}] {g}: {P}); before_thanks (last: {P} {thx}); arrow_bullet (body: → {P});
    stacked_lines (body: {F1} ⏎ {P} ⏎ {F2}); italic_md (top: _{P}_). Words (note/thx): en Note/Thanks!; hg
    Note karo/Thank you!; hi ध्यान दें/धन्यवाद!; de Hinweis/Danke!; fr À noter/Merci !; es Nota/¡Gracias!;
    it Nota bene/Grazie!; nl Let op/Bedankt!; pt Obs./Valeu!.

    Rosters: 60 under a heading, ten formats, none of v18's ({N} the number; time_slot gives 90-minute
    slots from 08:00; padded_cols pads name to 22 and job to 18 characters; md_table adds a header row in
    the language and a |---|---|---| rule); 3-6 entries, names the people of the locale: colon_job
    ("{job}: {name}, {N}"); tab_columns ("{name}<TAB>{job}<TAB>{N}"); slash_sep ("{name} / {job} / {N}");
    arrow_entry ("{name} ({job}) → {N}"); roman_numbered ("i) {name}, {job}: {N}"); time_slot
    ("08:00–09:30 {name} ({job}) {N}"); star_dot ("★ {name} · {job} · {N}");
    padded_cols ("{name:<22}{job:<18}{N}"); md_table ("| {name} | {job} | {N} |");
    bracket_num ("{name} – {job} [{N}]").
    Headings: English: Who to ring on the day, Helpers and their numbers; Hinglish: Din mein kisko call
    karna hai, Helpers ke numbers; Hindi: कार्यक्रम के दिन किसे फ़ोन करें, सहायकों की सूची; German: Wen
    ihr am Tag anrufen könnt, Helferliste mit Telefon; French: Qui appeler le jour même, Liste des
    bénévoles; Spanish: A quién llamar ese día, Lista de voluntarios; Italian: Chi chiamare il giorno
    stesso, Elenco dei volontari; Dutch: Wie je op de dag belt, Vrijwilligerslijst; Portuguese: Pra quem
    ligar no dia, Lista de voluntários. Jobs: English: parking, raffle, first aid, sound desk, tables,
    washing up; Hinglish: parking, lucky draw, first aid, mic aur speaker, tables, bartan; Hindi:
    पार्किंग, लकी ड्रॉ, प्राथमिक उपचार, माइक, मेज़-कुर्सी, बर्तन; German: Parken, Tombola, Erste Hilfe,
    Technik, Tische, Abwasch; French: parking, tombola, secours, sono, tables, vaisselle; Spanish:
    aparcamiento, rifa, botiquín, sonido, mesas, fregar; Italian: parcheggio, lotteria, primo soccorso,
    audio, tavoli, piatti; Dutch: parkeren, loterij, EHBO, geluid, tafels, afwas; Portuguese:
    estacionamento, rifa, primeiros socorros, som, mesas, louça.

    Value lines in eight shapes, none of v18's and none the "Label: value" form ({L} the label with a
    capital, {l} as written); two or more value lines in a document are stacked in one block half the
    time: equals "{L} = {V}", dot_leader "{L} ........ {V}", double_colon "{L} :: {V}", left_arrow "{V} ←
    {l}", guillemets "«{L}» {V}", slash_after "{V} / {l}", middle_dot "{L} · {V}", fat_arrow "{L} => {V}".
    Labels in the document's language (Hinglish and Hindi wordings of their own; two per kind; the SSN
    kind only occurs in en_US documents); the English ones (own = the own country of an AT, CH, BE, AU or
    IE document; ip covers v4 and v6): national: plumber who fixed the urn, taxi rank by the station;
    intl: our twin-town contact, campsite we booked abroad; own: Auntie's number at home, the old club
    back home; other: power cut hotline, the recycling helpline; email_personal: photos go to, my private
    mail; email_role: club mailbox, bookings inbox; card: card for the coach deposit, card used for the PA
    hire; iban: account for the kitty, pay the coach share into; ip: the projector's address, printer on
    the hall network; ssn: SSN for the youth-work clearance, SSN on the volunteer payroll form.

    Hard negatives: 102 kinds, all used (labelled 46, patterned 44, table 12). The labelled kinds are
    phone-shaped digit groups under a label saying what they are, in the document's language (Hinglish
    documents take the English label, Hindi documents a Hindi one), in eight forms, three with the label
    on another line. Shapes ('#' a digit, 'N' a digit 1-9): "0### ## ## ##", "N## ### ###", "0#-### ##
    ##", "(0##) ### ###", "N###/######", "0### #######", "N# ## ## ## ##", "0####-####", "N##.###.###",
    "0## #### ####", "N#### #####", "0#/## ## ## ##"; forms: dash_after "{L} – {V}", bracket_value "{L}
    [{V}]", value_dash "{V} – {L}", slash "{L} / {V}", arrow "{L} → {V}", above_colon "{L}: ⏎ {V}",
    above_indent "{L} ⏎     {V}", below_dash "{V} ⏎ – {L}". The labelled kinds (English labels): Parcel
    tracking no., Online order no., Invoice no., Energy customer no., Supermarket loyalty card, Bike frame
    no., Staff no., Payroll ref., Court case no., Land registry title, Warranty certificate, Fridge
    serial, Router serial, Printer serial, Laptop asset tag, Pallet ID, Consignment no., Customs
    declaration, Prescription no., Lab sample no., X-ray ref., Vet client no., Pupil no., Coach seat
    booking, Museum pass no., Ski pass no., Fishing licence no., Boat registration, Caravan pitch booking,
    Storage unit contract, Removal firm quote, Scaffolding permit, Skip hire order, Engine no., Key blank
    code, Piano serial no., Hearing aid serial, Glasses order no., Choir score catalogue no., Stamp
    catalogue no., Coin grading certificate, Seed packet batch, Wine lot no., Flour batch code, Medicine
    pack serial, Flat rental contract.
    44 patterned kinds, each a number pattern with a caption in the language (Hinglish English, Hindi its
    own), written "[Caption] V", "Caption — V", "Caption ⏎ V", "Caption … V", numbers in the language's
    decimal and thousands style (English style in Hinglish and Hindi documents); key (English caption):
    shoe_sizes (Shoe sizes needed), tshirts (T-shirts S/M/L/XL), parcel_weights (Parcel weights), dough
    (Flour / water / salt), paint (Paint needed), room_size (Hall floor size), climb (Climb per stage),
    football (Last results), bowling (Bowling scores), golf_card (Golf, holes 1–9), quiz_rounds (Quiz
    rounds), attendance (Attendance Mon–Fri), tea_per_hour (Cups of tea per hour), meter_kwh (Meter (kWh)
    before → after), water_m3 (Water per quarter), co2 (CO₂ in the hall), noise (Noise levels),
    puppy_weights (Puppy weights), marks (Test marks), goal_minutes (Goals in minute), oven (Oven
    setting), battery (Radio batteries), rowing (Rowing splits /500 m), cadence (Cadence), speeds (Average
    speeds), knitting (Stitches / rows / balls), metronome (Metronome settings), seat_rows (Our seats
    (row: seats)), population (Village population then → now), survey (Survey answers), exchange (Exchange
    rate today), invoice_totals (Invoices so far), mortar (Mortar mix), plank (Plank holds), steps (Steps
    this week), calories (Calories per portion), chlorine (Pool chlorine (mg/l)), jam_brix (Jam sugar
    (°Bx)), pub_years (Books published in), ranks (Our rankings), parkrun (Parkrun times), model_scale
    (Model kit scales), fridge_log (Fridge log), kid_heights (Kids' heights).


Record format and conventions (those of v18)
    {"id", "locale", "text", "spans": [{"kind", "start", "end"}]}; Python string offsets, sorted, never
    overlapping; text[start:end] is exactly the value. `id` is `<locale>-<pos|neg>-<genre>-<n>` (n = a
    running number in build order: 0-599 documents with values, 600-824 negative prose, 825-1049 tables,
    which use the table's key as genre) or `<source>-<language>-<row>`; records are shuffled with the seed.
    Sidecar (--values-out): line i holds {"values": [...]} for record i, one entry per span in order:
    {"kind", "mode", "text"}; PHONE entries add region, e164 and area_len
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
    values half the time carry the trunk 0 before the area code; service numbers use the national habits
    but brackets and us1; subscriber numbers split_space, split_dash, split_dot (in two: 3+4 for seven
    digits, else halves), pairs (a two- or three-digit head then pairs; not for US) or none; every drawn
    national form is parsed back and replaced by the standard national format if it does not give the
    same e164. International habits: plus_spaces, plus_dashes, zero_zero, paren_cc, trunk_zero, us_011.
    Other modes: EMAIL personal/role (personal: first.last, initial+last, first+two digits, last.first or
    first_last, accents folded, on ordinary mail domains of the locale; role: secretary@, kasse@,
    tesoreria@ and the like on made-up club domains of the language), CREDIT_CARD grouped/dashed/compact
    (Luhn-valid; Visa, Mastercard 51-55 and 2221/2480/2600/2720, Amex 4-6-5 and Discover 6011 for en_US,
    RuPay-range 6070/6080/6521/6522/8172 for en_IN, Elo prefixes 636368/438935/504175/451416/636297 for
    pt_BR), IBAN grouped/compact (mod-97-valid; FR RIB key, ES control digits, IT CIN, BE national check
    and NL eleven-test computed; DE, AT, CH, GB, IE, BR mod-97 only; the document's own country, GB for
    en_AU, none in en_US and en_IN), US_SSN dashed/spaced (SSA rules: area 001-899 but not 666, group
    01-99, serial 0001-9999; en_US only), IP_ADDRESS v4/v6 (60 % private 10/8, 172.16/12 and 192.168/16,
    else public global v4, never ending in .0 or .255; v6 global unicast 2000::/3 with two or three zero
    groups, compressed with "::").

Sources and licences
    People, e-mail domains and words are our own short lists (locales.py, lines.py, phrasings.py,
    neg_*.py); no Faker. Phone validity, types, e164 and area_len: phonenumbers (Apache-2.0). Corpus
    negatives, untouched, from /work/shared/data (SOURCES.md), from files v18 did not use except the
    Multilingual HateCheck files (the only non-English texts there; rows drawn afresh with this seed;
    v18's rows were not known to this writer, so a few may repeat): GSM8K test questions 40
    (openai/grade-school-math, MIT), OpenAI moderation samples 30 (the "prompt" text;
    openai/moderation-api-release, MIT), AMC23 questions 15 and AIME24 problems 10 (QwenLM/Qwen2.5-Math,
    MIT), HumanEval prompts 15 (openai/human-eval, MIT) and Multilingual HateCheck cases 40
    (rewire-online/multilingual-hatecheck, CC BY 4.0: German, French, Spanish and Italian 7 each, Dutch
    and Portuguese 6 each); only texts of at most 1,500 characters with a digit, no "@", "http" or
    "www.", no seven or more digits in one run or in one run of digits joined by spaces, tabs, dashes,
    dots, slashes or parentheses, and nothing the guards flag. Row = 0-based line of the (decompressed)
    JSONL file, or 0-based data row of the CSV. Moderation samples and HateCheck cases can be offensive
    (sexual, violent or hateful); they are kept verbatim.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v19.make_heldout_set        (or the path
        benchmarks/pii_v19/make_heldout_set.py; --out and --values-out default to the two files below)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v19.checks [RECORDS [VALUES]]   (default: the v19 files)
    nice -n 19 .venv/bin/python -m benchmarks.pii_v19.stats [RECORDS [VALUES]]   (default: the v19 files)
    Files: tests/data/pii_heldout_v19.jsonl and tests/data/pii_heldout_v19_values.jsonl.
"""

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.pii_v19.build import build
else:
    from .build import build

SEED = 10019
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v19.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v19_values.jsonl"


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write the v19 held-out PII set.")
    ap.add_argument("--out", type=Path, default=RECORDS)
    ap.add_argument("--values-out", type=Path, default=VALUES)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    records, vals, _ = build(args.seed)
    args.out.write_text(dump(records), encoding="utf-8")
    args.values_out.write_text(dump(vals), encoding="utf-8")
    print(f"wrote {len(records)} records to {args.out} and {args.values_out}")


if __name__ == "__main__":
    main()
