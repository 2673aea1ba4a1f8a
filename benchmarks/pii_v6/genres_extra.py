"""Short local notices where a number is announced by a word (piano tuners, chimney sweeps,
snow ploughing, windmills, LPG agencies ...), mostly in regions where people write numbers
without the area code. Entry format as in genres_en.py; the language comes from the locale
except for the Hinglish entries, which name "hi" as a fifth element."""

GENRES = [
    (
        "piano-tuner-appointment-book",
        ("en_GB", "en_US", "en_IE"),
        "pianotuning",
        [
            """Appointment book — week <<NUM:1-52>>
<<DAY>> 10:00 <<NAME>>, Bechstein upright, pitch 440 → 442 Hz. Ring <<P_ANN>> the evening before.
<<DAY>> 14:30 school hall, Yamaha C3, <<NEG:date_time>>. Caretaker <<CALL>> <<P_ANN>>.
[[<<DAY>> 16:00 <<NAME>> — cancelled, rebook; she's on <<P_ANN>>.]]""",
        ],
    ),
    (
        "snow-plow-route-card",
        ("en_US",),
        "plowing",
        [
            """PLOW ROUTE <<PICK:A|B|C>> — season <<NUM:2024-2026>>
1. <<NAME>> (long drive, gravel) — call before plowing: <<P_ANN>>
2. <<NAME>> — <<NEG:door_code>>, <<CALL>> <<P_ANN>>
3. Church lot — only after 6am. [[Deacon's cell <<P_MOB>>.]]
Salt: <<NUM:20-80>> bags of rock salt in the shed.""",
        ],
    ),
    (
        "firewood-delivery-log",
        ("en_GB", "en_US", "en_IE", "en_AU"),
        "firewood",
        [
            """Firewood deliveries, <<DATE>>
Half load (seasoned ash) to <<NAME>>, <<TOWN>>. Customer asks us to <<CALL>> <<P_ANN>> when 20 min away.
Cubic metre, kiln-dried, to the pub. [[Landlord's mobile <<P_MOB>>.]] Paid <<NEG:money>>.""",
        ],
    ),
    (
        "chimney-sweep-notice",
        ("de_DE", "de_AT"),
        "schornsteinfeger",
        [
            """Ankündigung der Feuerstättenschau
Sehr geehrte Eigentümer, am <<DATE>> zwischen <<TIME>> und <<TIME>> Uhr komme ich zur Messung (<<NEG:meter_no>>).
Passt der Termin nicht, <<CALL>> <<P_ANN>>. Ihr Bezirksschornsteinfeger <<NAME1>>[[, E-Mail <<EMAIL1>>]].""",
        ],
    ),
    (
        "klavierstimmer-terminbuch",
        ("de_DE", "de_CH"),
        "klavier",
        [
            """Terminbuch KW <<NUM:1-52>>
<<DAY>>: Fam. <<LAST>>, Flügel, Stimmung 443 Hz. Rückruf unter <<P_ANN>>.
<<DAY>>: Musikschule, Raum <<NUM:1-30>>. Hausmeister <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "muehlentag-notiz",
        ("de_DE",),
        "muehle",
        [
            """Mühlentag an der <<PICK:Bockwindmühle|Wassermühle|Holländermühle>> <<TOWN>>
Führungen stündlich, Mehlverkauf <<NEG:money>>/kg. Müller <<NAME1>>, <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "molen-bezoek",
        ("nl_NL",),
        "molen",
        [
            """Molen <<PICK:De Hoop|De Eendracht|De Zwaluw|Het Fortuin>> — open op <<DAY>>
Rondleidingen door de vrijwillig molenaar. Groepen graag vooraf melden: <<CALL>> <<P_ANN>>.
Meel te koop, <<NEG:money>> per zak.""",
        ],
    ),
    (
        "ijsbaan-mededeling",
        ("nl_NL",),
        "ijsclub",
        [
            """IJsclub <<TOWN>> — de baan is <<PICK:open|dicht|alleen voor jeugd open>>!
IJsdikte <<NUM:6-14>> cm. Info over ijsvrij: ijsmeester <<NAME1>>, <<CALL>> <<P_ANN>>.
[[Kantinedienst bellen kan naar <<P_ANN>>.]] Op je pasje: <<NEG:membership_no>>.""",
        ],
    ),
    (
        "pianostemmer-afspraken",
        ("nl_NL", "nl_BE"),
        "piano",
        [
            """Afsprakenboek stemmer
<<DAY>> 9.30 fam. <<LAST>>, buffetpiano, 440 Hz. Even bellen vooraf: <<P_ANN>>.
<<DAY>> 13.00 muziekschool. Conciërge <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "carnavalsvereniging-mededeling",
        ("nl_NL",),
        "carnaval",
        [
            """CV De <<PICK:Knollenstampers|Kwakkels|Tempeleers|Sleuteldragers>> — prinsenbal <<DATE>>
Kaartverkoop aan de deur. Vrijwilligers voor de bar melden zich <<CALL>> <<P_ANN>>.
Wagenbouw: <<NAME1>>[[, <<P_MOB>>]].""",
        ],
    ),
    (
        "festa-junina-barracas",
        ("pt_BR",),
        "quermesse",
        [
            """Festa Junina da paróquia — barracas
Pescaria: <<NAME>>. Quentão: <<NAME>>. Correio elegante: turma do 9º ano.
Quem quiser ajudar na quadrilha <<CALL>> <<P_ANN>>. [[Som e luz: <<NAME1>>, <<P_ANN>>.]]""",
        ],
    ),
    (
        "afinador-piano",
        ("pt_BR",),
        "afinador",
        [
            """Agenda de afinação
<<DAY>> 9h — <<NAME>>, piano de armário, lá 440. Confirmar na véspera: <<P_ANN>>.
<<DAY>> 15h — escola de música. Zelador <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "capoeira-aviso",
        ("pt_BR",),
        "capoeira",
        [
            """Grupo de capoeira <<PICK:Raízes|Angola Mãe|Cordão de Ouro Mirim>> — roda aberta <<DAY>> às <<TIME>>
Batizado e troca de cordas em <<DATE>>. Mensalidade <<NEG:money>>.
Informações com o mestre: <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "feira-barraca-recado",
        ("pt_BR",),
        "feira",
        [
            """Barraca da <<FIRST>> — frutas e verduras, feira de <<DAY>>
Encomendas de cesta: <<CALL>> <<P_ANN>>. [[Entrega no bairro, fala no <<P_ANN>>.]]""",
        ],
    ),
    (
        "lpg-agency-notice",
        ("en_IN",),
        "gasagency",
        [
            """<<PICK:Shri Balaji|Annapurna|Jyoti>> Gas Agency — NOTICE
Cylinder booking sirf IVRS (<<P_OTHER>>) ya app se. Delivery complaint ke liye office <<CALL>> <<P_ANN>>.
Consumer no. <<NEG:membership_no>> booking ke waqt ready rakhein. <<NEG:otp>> delivery boy ko dena hai.""",
        ],
        "hi",
    ),
    (
        "doodhwala-card",
        ("en_IN",),
        "dairy",
        [
            """Doodh ka hisaab — <<PICK:Gopal|Krishna|Nandini>> Dairy
1 litre roz subah 6 baje. Mahine ka <<NEG:money>>. Chhutti ho toh pehle bata dena — <<CALL>> <<P_ANN>>.""",
        ],
        "hi",
    ),
    (
        "press-wala-list",
        ("en_IN",),
        "press",
        [
            """Istri / press wala — rate list: shirt ₹<<NUM:8-15>>, saree ₹<<NUM:25-50>>.
Ghar se kapde le jaane ke liye phone karein: <<P_ANN>>. Sunday band.""",
        ],
        "hi",
    ),
    (
        "village-hall-caretaker",
        ("en_GB",),
        "villagehall",
        [
            """Village hall — notes for hirers
Heating is on a timer; the boiler cupboard key is in the key safe (<<NEG:door_code>>).
Caretaker: <<NAME1>>, <<CALL>> <<P_ANN>>. Please leave chairs stacked in tens.
[[Bookings secretary: <<P_ANN>>.]]""",
        ],
    ),
]
