"""Hindi/English (Hinglish) genres for India, locale en_IN, language code "hi"."""

IN = ("en_IN",)

GENRES = [
    (
        "tuition-ad-hinglish",
        IN,
        "tuition",
        [
            """HOME TUITION — Class 6 se 12, Maths/Science (CBSE + ICSE)
Experienced teacher, <<NUM:5-20>> saal ka anubhav. Ghar pe ya online.
<<CALL>> <<P_ANN>>[[ ya WhatsApp <<P_MOB>>]]. — <<NAME1>> Sir
Fees: <<NEG:money>> per month. Demo class free!""",
            """Spoken English & Hindi typing classes, <<TOWN>>. Batch <<TIME>> baje se.
<<CALL>> <<P_ANN>>. Email: <<EMAIL1>>""",
        ],
    ),
    (
        "kirtan-mandali-roster",
        IN,
        "mandali",
        [
            """Shri <<PICK:Radhe Krishna|Hanuman|Sai|Durga>> Kirtan Mandali — is mahine ki seva list
Har <<DAY>> shaam 7 baje. Phone list (landline, code <<AREA>>):
<<ROSTER:colon:3-5:dholak|harmonium|manjira|prasad|sound|safai>>[[
Pradhan ji <<NAME1>>: <<P_MOB>>.]] Chanda: <<NEG:money>>.""",
        ],
    ),
    (
        "tent-house-quotation",
        IN,
        "tenthouse",
        [
            """<<PICK:Shubh|Mangal|Royal|Shree Ganesh>> Tent House & Caterers — QUOTATION
Shamiana 40x60, 200 kursi, lighting: <<NEG:money>>
Khana (veg thali, 250 plate): <<NEG:money>>
Advance 30% — GST extra. Booking ke liye call karein <<P_ANN>>[[ / <<P_MOB>>]].
Bank: <<NEG:ifsc_micr>>. Email <<EMAIL1>>.""",
        ],
    ),
    (
        "auto-union-notice",
        IN,
        "autounion",
        [
            """<<TOWN>> Auto Rickshaw Chalak Sangh — SOOCHNA
Sabhi members dhyaan dein: naya permit renewal <<DATE>> tak. Membership: <<NEG:membership_no>>.
Meeting <<DAY>> ko stand par. Jisko aana ho woh sachiv <<NAME1>> ko phone karein: <<P_ANN>>.[[
Helpline (traffic police): <<P_OTHER>>.]]""",
        ],
    ),
    (
        "blood-camp-notice",
        IN,
        "bloodcamp",
        [
            """रक्तदान शिविर / BLOOD DONATION CAMP
<<DATE>>, subah 9 se 2 baje, community hall, <<TOWN>>.
Registration: <<NAME1>> — <<CALL>> <<P_ANN>>.[[ Blood bank: <<P_GEO>>.]]
Donor card (<<NEG:donor_no>>) saath layein. <<NEG:bp_reading>> normal hona chahiye.""",
        ],
    ),
    (
        "school-van-list",
        IN,
        "schoolvan",
        [
            """School Van Route <<NUM:1-12>> — bachchon ke parents ke phone number
Pickup 6:50 baje se. Driver <<NAME1>>: <<P_MOB>>.[[ Conductor aunty: <<P_MOB>>.]]
<<ROSTER:numfirst:3-5:Class 2|Class 5|Nursery|Class 7|LKG|Class 3>>
Van fees: <<NEG:money>>.[[ Late hone par school office ko call karo <<P_GEO>>.]]""",
        ],
    ),
    (
        "dabba-route-sheet",
        IN,
        "dabba",
        [
            """Tiffin delivery route sheet — <<PICK:Andheri|Dadar|Churchgate|Borivali>> line
Har dabba par code likha hai (<<PICK:3-A-12|VLP-9-2|6-CG-14>>), phone number nahi.
Customer shikayat ke liye: <<CALL>> <<P_ANN>>.[[ Manager <<NAME1>>, <<P_MOB>>.]]
Monthly charge <<NEG:money>>. <<NEG:otp>> — yeh app login ka hai, kisi ko mat dena.""",
        ],
    ),
    (
        "langar-seva-rota",
        IN,
        "seva",
        [
            """Gurdwara langar seva — is hafte ki duty
<<DAY>>: <<NAME>>, <<NAME>> (roti). <<DAY>>: <<NAME>> (bartan).
Badlav ke liye sevadar ji ko phone karein: <<P_ANN>>.
Phone list (ghar ka landline):
<<ROSTER:dash:3-5:none>>""",
        ],
    ),
    (
        "mehendi-artist-ad",
        IN,
        "mehendi",
        [
            """BRIDAL MEHENDI ARTIST — <<TOWN>>
Arabic, Rajasthani, Indo-western designs. Party booking bhi.
Call/WhatsApp: <<P_MOB>>. Instagram pe DM ya <<EMAIL1>>.
Studio landline <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "computer-repair-jobcard",
        IN,
        "repair",
        [
            """JOB CARD <<NEG:booking_ref>> — <<PICK:Laxmi|Shiv|Star|Om>> Computers
Customer: <<NAME1>>, mobile <<P_MOB>>. Device: laptop, <<NEG:build_number>>, Wi-Fi MAC <<NEG:mac_address>>.
Problem: boot nahi ho raha. Router IP set tha <<IP4>>[[, IPv6 <<IP6>>]].
Estimate <<NEG:money>>. Ready hone par call karenge.""",
        ],
    ),
]
