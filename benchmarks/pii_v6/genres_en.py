"""English genres, part 1: clubs, huts, ferries, rotas and notices (US, GB, IN, and AU, IE abroad).

Each entry: (genre, locales, e-mail slug, templates). Slots are explained in render.SLOT_HELP.
"""

UK = ("en_GB", "en_IE")
ANY = ("en_US", "en_GB", "en_IN", "en_AU", "en_IE")
WEST = ("en_US", "en_GB", "en_AU", "en_IE")

GENRES = [
    (
        "beekeeping-swarm-list",
        ("en_GB", "en_US", "en_IE", "en_AU"),
        "beekeepers",
        [
            """<<TOWN>> & District Beekeepers — Swarm Collectors <<NUM:2024-2026>>
Found a cluster of bees on a fence post? Don't spray them. Ring the collector nearest you; all numbers are <<AREA>> unless shown otherwise.

<<ROSTER:dash:3-5:Eastside|North end|village only|weekends|any area>>
If none of the above answers, <<CALL>> <<P_ANN>> (swarm coordinator, <<NAME1>>).
Apiary notes: <<NEG:hive_record>>; <<NEG:hive_record>>.[[
Membership renewals to <<ROLE:membership>>; quote your <<NEG:membership_no>>.]]""",
            """Minutes of the apiary meeting, <<DAY>> <<DATE>>
Present: <<NAME>>, <<NAME>>, <<NAME1>> (chair).
1. Colony reports. <<NEG:hive_record>>. <<NEG:hive_record>>. Honey shipped under <<NEG:hs_code>>.
2. Swarm season. <<NAME2>> has agreed to hold the swarm phone; <<CALL>> <<P_ANN>>.[[ Backup: <<P_MOB>>.]]
3. Treasurer: balance <<NEG:money>>. Overseas members may pay to <<IBAN:GB>>.
4. AOB. Next inspection <<NEG:date_time>>. Contact <<EMAIL1>>.""",
        ],
    ),
    (
        "hut-logbook",
        WEST,
        "hutclub",
        [
            """HUT LOGBOOK — page <<NUM:12-180>>
<<DATE>>. Arrived <<TIME>> in sleet from the col (<<NEG:altitude>>). Stove needed new gas, took the last canister. <<NEG:os_gridref>> for the spring, it's running.
Left a note for the warden — <<CALL>> <<P_ANN>> if the door latch is still broken.
<<DATE>>. Two of us, <<NEG:cabin_berth>>. <<NEG:avalanche>> according to the board. Signed <<FIRST>> & <<FIRST>>.
<<DATE>>. Pipes frozen.[[ Warden's mobile per the sign: <<P_MOB>>. We called, she's coming up <<DAY>>.]]""",
            """Notes for the next party (pinned inside the door)
- Firewood: take from the left stack only. <<NEG:door_code>> (changes monthly, ask).
- Hut warden <<NAME1>> — <<CALL>> <<P_ANN>>; don't ring after 9.
- Mountain rescue: dial the emergency number, not the warden.[[
- Booking queries: <<ROLE:bookings>>.]] Wi-Fi? There isn't any. <<NEG:altitude>>, what did you expect.""",
        ],
    ),
    (
        "ferry-notice",
        WEST,
        "ferries",
        [
            """SERVICE UPDATE — <<TOWN>> ferry
Due to the forecast, <<NEG:ferry_sailing>> is cancelled. <<NEG:ferry_sailing>> will run if conditions allow.
<<NEG:tide>>.[[
Vehicle bookings: <<P_OTHER>> (free from landlines). Foot passengers need not book.]]
Terminal office, <<CALL>> <<P_ANN>>. Handed in: <<NEG:lost_found>>.""",
            """Crossing log — deckhand notes
<<NEG:date_time>>: <<NEG:ferry_sailing>>, 41 cars, 3 HGVs.[[ Passenger <<NAME>> left a phone number for the lost dog: <<P_MOB>>.]]
<<NEG:date_time>>: ramp fault, engineers called. Port office said ring them back on <<P_ANN>>.[[
Freight desk email <<ROLE:freight>>.]] Master: <<NAME1>>.""",
        ],
    ),
    (
        "dog-walking-rota",
        WEST,
        "dogwalks",
        [
            """Dog walking rota — <<PICK:Elm Close|Ashgrove Road|the Mews|Orchard Lane>> (home phones below)
<<ROSTER:table:3-5:Biscuit (lab)|Pepper, reactive|2 dogs|mornings|not Fridays|Bramble>>
Swaps: sort it among yourselves and tell <<NAME1>> — <<CALL>> <<P_ANN>>.[[
Vet on Station Rd: <<P_GEO>>.]] Spare lead is behind the gate, <<NEG:padlock_combo>>.""",
            """Hi all, new rota from <<DATE>>!
Mon/Wed — <<NAME>> ; Tue/Thu — <<NAME>> ; Fri — me.
If I'm stuck at work <<CALL>> <<P_ANN>> and I'll sort cover.[[ Otherwise text <<P_MOB>>.]]
Payment for the group walker: <<NEG:money>> a month, details from <<EMAIL1>>.""",
        ],
    ),
    (
        "tutoring-ad",
        ANY,
        "tutors",
        [
            """MATHS & PHYSICS TUTOR — GCSE / A-level / IB
Experienced teacher, <<NUM:4-25>> years. Rates on request, first session free.
<<CALL>> <<P_ANN>>[[ or email <<EMAIL1>>]]. — <<NAME1>>
(Please note: my old number ending <<NUM:100-999>> no longer works.)""",
            """Piano lessons for beginners & adults returning
Grades 1–8, theory too. Lessons in <<TOWN>> or online.[[
Text first please: <<P_MOB>>.]] Landline (evenings): <<P_ANN>>.
<<NEG:opus_catalogue>> is what my advanced students are on this term!""",
            """Reading & phonics help, ages 5–9. DBS checked. Weekday afternoons.
<<FIRST1>> — <<CALL>> <<P_ANN>>.
Rates: <<NEG:money>> per block of 10.""",
        ],
    ),
    (
        "kindergarten-phone-tree",
        WEST,
        "kinder",
        [
            """<<PICK:Little Acorns|Sunflower Room|Tadpoles|Rainbow Class>> — PHONE TREE
If the nursery closes at short notice (snow, heating), we ring the first name; each person rings the next.
<<ROSTER:tree:4-5>>[[
Last person rings the nursery back: <<P_GEO>>.]]
Don't text, call. If no answer, leave a voicemail and go on to the next name.""",
            """Emergency call-round list, <<TOWN>> preschool
(home phones; all <<AREA>>)
<<ROSTER:dots:3-5:none>>[[
Manager: <<NAME1>>, <<EMAIL1>>.]] <<NEG:door_code>>.""",
        ],
    ),
    (
        "ski-school-roster",
        ("en_US", "en_AU", "en_GB"),
        "skischool",
        [
            """SKI SCHOOL — Group <<PICK:Penguins|Bears|Eagles|Yetis>>, week of <<DATE>>
Meet at the magic carpet 9:15. <<NEG:avalanche>>.
Parent contact numbers:
<<ROSTER:table:3-5:age_band>>[[
Instructor: <<NAME1>> — on the hill <<CALL>> <<P_MOB>>.]]
Lost lift passes: <<NEG:ski_pass>> was handed in at the desk.""",
            """Race day sign-up (slalom, U10–U14)
<<NROSTER:table:6:pass:age_band>>
Results desk <<ROLE:race>>. Timing hut phone <<P_ANN>>.""",
        ],
    ),
    (
        "bell-ringing-notice",
        ("en_GB",),
        "ringers",
        [
            """St <<PICK:Mary|Andrew|Michael|Peter>>'s, <<TOWN>> — tower notice
Practice <<DAY>> 7.30–9pm. Quarter peal on <<DATE>>: <<NEG:date_time>>.
Tower captain <<NAME1>>; <<CALL>> <<P_ANN>> if you can't make Sunday service ringing.
Tower key is in the vestry: <<NEG:door_code>>.""",
        ],
    ),
    (
        "astronomy-society",
        ("en_GB", "en_US", "en_AU"),
        "astro",
        [
            """Observing night — <<DATE>>, weather permitting
Target list: M13, M57, Albireo. Dark site at <<NEG:os_gridref>>, <<NEG:altitude>>.
Go/no-go decision by 5pm; <<CALL>> <<P_ANN>> (<<NAME1>>) if in doubt.[[
Loan scope bookings: <<ROLE:loans>>.]] Satellite feed for the club TV: <<NEG:sat_transponder>>.""",
        ],
    ),
    (
        "wildlife-rescue-card",
        WEST,
        "wildlife",
        [
            """FOUND AN INJURED BIRD, HEDGEHOG OR FOX?
Keep it warm, dark and quiet. Do not give milk.[[
24h rescue line: <<P_FULL>>]]
Local volunteer in <<TOWN>>: <<CALL>> <<P_ANN>>
Donations: <<IBAN>> — thank you!""",
            """Casualty intake — <<NEG:date_time>>
Species: tawny owl. Finder: <<NAME>>, <<CALL>> <<P_ANN>>. Found at <<NEG:os_gridref>>.[[
Weight 412 g. Transferred to <<NAME1>> (<<P_MOB>>).]]""",
        ],
    ),
    (
        "regatta-entries",
        ("en_GB", "en_IE", "en_AU"),
        "sailing",
        [
            """<<TOWN>> Regatta — entry list (provisional)
Sail no. / helm / class
<<NUM:100-9999>> / <<NAME>> / Laser
<<NUM:100-9999>> / <<NAME>> / RS200
<<NUM:100-9999>> / <<NAME>> / Wayfarer
Race officer afloat: VHF ch 72. Ashore, <<CALL>> <<P_ANN>>.
Entry fees: <<NEG:money>>[[; safety boat duty rota from <<EMAIL>>]].""",
        ],
    ),
    (
        "canal-boat-handover",
        ("en_GB",),
        "narrowboats",
        [
            """HANDOVER CHECKLIST — narrowboat "<<PICK:Kingfisher|Dabchick|Otter's Rest|Merry Mole>>"
Engine hours at start: <<NUM:1200-9000>>. Diesel: 3/4. Water: full.
Breakdown/boatyard out of hours: <<P_OTHER>>
Base (<<TOWN>>): <<CALL>> <<P_ANN>>
Lock windlass x2, centre line, pole.[[ Customer's mobile: <<P_MOB>>.]] Signed <<NAME>>.""",
        ],
    ),
    (
        "seed-library",
        ("en_US", "en_GB"),
        "seeds",
        [
            """SEED LIBRARY — spring swap
Bean 'Cherokee Trail of Tears': <<NEG:seed_batch>>. Tomato 'Sungold' (saved): <<NEG:seed_batch>>.
Drop-off at the library desk, <<NEG:library_call>> shelf. Questions: <<CALL>> <<P_ANN>>[[ or <<EMAIL>>]].""",
        ],
    ),
    (
        "model-railway-exhibition",
        ("en_GB",),
        "railway",
        [
            """<<TOWN>> MRC Exhibition — layout & exhibitor sheet
Stand <<NUM:1-40>>: "<<PICK:Ashby Junction|Millbrook Quay|Tanners Lane|Coldharbour>>" (OO gauge, 14ft x 3ft) — operator <<NAME>>.
Exhibition manager: <<NAME1>>. Friday setup queries: <<CALL>> <<P_ANN>>.[[ On the day: <<P_MOB>>.]]
Trade stands pay by transfer: <<IBAN:GB>>. <<NEG:count_stat>> last year!""",
        ],
    ),
    (
        "language-exchange-board",
        ("en_GB", "en_IE", "en_US"),
        "tandem",
        [
            """LANGUAGE EXCHANGE PINBOARD
• Spanish ↔ English, coffee once a week. <<FIRST>>, <<P_FX>> (WhatsApp).[[
• Learning Dutch, offering German. <<EMAIL>>]]
• Portuguese (Brazil) native wants English chat. Call or text <<P_FX>>.
• Local number for the Thursday group organiser: <<CALL>> <<P_ANN>>.""",
        ],
    ),
]
