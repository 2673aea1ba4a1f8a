"""English sentences for v45 (all eleven genres). Tokens: [[phone]], [[local]], [[town]], [[svc]], [[email]],
[[pemail]], [[card]], [[iban]], [[ip]], [[ssn]], [[neg:KIND]]."""

G = {
    "flyer": {
        "title": [
            "{T} Plumbing & Heating - no job too small",
            "Painter & decorator, 20 years in the trade",
            "Handyman available: shelves, flat-pack, fences",
        ],
        "body": [
            "Boiler swaps (e.g. [[neg:boiler]]), radiators, 15 and [[neg:pipe]] pipework.",
            "All interior walls in your choice of [[neg:paint]], two coats, no mess left behind.",
            "Fully insured, [[neg:tradereg]], day rate or [[neg:rate]] for small jobs.",
            'Written on the van: "Heating - Bathrooms - Leaks" and our registration [[neg:plate]].',
            "Decking in [[neg:timber]] treated timber, fixed with [[neg:fixing]] stainless screws.",
        ],
        "contact": [
            "Call or text Gary on [[phone]] for a free quote.",
            "Ring [[phone]] any time after 4.",
            "Van lettering reads: BARKER & SON, [[phone]].",
        ],
        "none": [
            "Message us through the community page for a free quote.",
            "Leave a note at the shop counter.",
        ],
    },
    "emergency": {
        "title": [
            "24/7 EMERGENCY LOCKSMITH - no call-out charge",
            "Burst pipe? Power cut? Keep this card",
            "Emergency electrician - fuse board faults",
        ],
        "body": [
            "Locked out? We open doors without damage and fit anti-snap [[neg:cylinder]] cylinders.",
            "Tripping circuits traced and fixed: [[neg:breaker]] breakers, new [[neg:cable]] runs.",
            "Stopcock stuck? We carry [[neg:pipe]] and [[neg:pipe]] fittings on every van.",
            "Spare key cut from your card number [[neg:keycard]] while you wait.",
        ],
        "contact": [
            "NIGHT LINE [[phone]] - we answer, not a machine.",
            "Emergency? Phone [[phone]] now.",
            "Out of hours: [[phone]] (texts are fine too).",
        ],
        "none": ["Ask your letting agent for the out-of-hours number.", "Card left by the previous tenant."],
    },
    "garage": {
        "title": ["INVOICE - Riverside Motors", "Workshop job sheet", "Service invoice and MOT advisory"],
        "body": [
            "Job [[neg:jobno]]: fitted 2 x [[neg:tyre]] front tyres, torqued to [[neg:torque]], "
            "pressures [[neg:pressure]].",
            "Invoice [[neg:invoice]] - vehicle [[neg:plate]], VIN [[neg:vin]], [[neg:mileage]] on the clock.",
            "Oil and filter change, [[neg:oilspec]], part no. [[neg:partno]].",
            "New battery [[neg:battery]], old one recycled; next service due [[neg:regdate]].",
        ],
        "contact": ["Questions about this invoice: [[phone]].", "Parts desk [[phone]], workshop [[phone]]."],
        "none": ["Please quote the job number when you pay.", "Payment due within 14 days."],
    },
    "carsale": {
        "title": [
            "FOR SALE: 2016 Golf 1.6 TDI, full history",
            "Estate car for sale, one owner",
            "Project car, spares or repair",
        ],
        "body": [
            "[[neg:mileage]], first registered [[neg:regdate]], [[neg:engine]].",
            "Reg [[neg:plate]], paint code [[neg:paint]], small scuff on rear bumper.",
            "Two new [[neg:tyre]] tyres last month, MOT until [[neg:regdate]].",
            "Asking [[neg:price]], V5 in my name, VIN ending shown on request ([[neg:vin]]).",
        ],
        "contact": [
            "Genuine buyers only, call [[phone]].",
            "Text [[phone]] with your offer, no time wasters.",
        ],
        "none": ["Message me through the site, no calls.", "Viewing on the driveway at weekends."],
    },
    "tolet": {
        "title": [
            "TO LET: 2-bed flat, close to the station",
            "Room to rent in shared house",
            "Studio flat available, bills included",
        ],
        "body": [
            "[[neg:flat]], [[neg:area]], [[neg:energy]], gas central heating.",
            "Rent [[neg:rent]] plus deposit, available from [[neg:movein]].",
            "Postcode [[neg:postcode]], permit parking, built [[neg:builtyear]].",
            "Fibre broadband; the router's admin page sits at [[ip]] if you need to reset it.",
        ],
        "contact": ["To arrange a viewing call [[phone]] between 5 and 8.", "Landlord: [[phone]]."],
        "none": ["No agents. Apply through the listing.", "References required, sorry no pets."],
    },
    "agent": {
        "title": ["Oakfield Lettings - new instruction", "For sale by private treaty", "Viewing schedule"],
        "body": [
            "Ref. [[neg:agentref]]: [[neg:area]], [[neg:energy]], freehold, [[neg:parcel]].",
            "Open viewing Saturday [[neg:slot]] and [[neg:slot]], please book a slot.",
            "Guide price [[neg:houseprice]]; council tax band C; postcode [[neg:postcode]].",
            "Floor plan: kitchen [[neg:dims]], lounge [[neg:dims]].",
        ],
        "contact": ["Book your viewing on [[phone]].", "Lettings team [[phone]], sales [[phone]]."],
        "none": ["Viewings strictly by appointment through the portal.", "All measurements approximate."],
    },
    "landlord": {
        "title": ["Dear tenant,", "Notice of access for repairs", "Re: your tenancy at {T}"],
        "body": [
            "The gas safety check is booked for [[neg:movein]]; the engineer is [[neg:tradereg]].",
            "Please send your meter readings ([[neg:meterread]], meter [[neg:meterid]]) by Friday.",
            "The new boiler is a [[neg:boiler]], [[neg:gcno]], manual left in the kitchen drawer.",
            "Rent is now [[neg:rent]] from the next period, as set out in the section 13 notice.",
        ],
        "contact": [
            "If the time doesn't suit, phone me on [[phone]].",
            "My number, for anything urgent: [[phone]].",
        ],
        "none": ["Kind regards, your landlord.", "Please reply in writing to the address above."],
    },
    "siteboard": {
        "title": [
            "SITE BOARD - residential development",
            "Considerate Constructors site",
            "Building works in progress",
        ],
        "body": [
            "Planning permission [[neg:permit]]. Working hours 8:00-18:00 Mon-Fri.",
            "Site ref [[neg:agentref]], [[neg:parcel]]; completion expected [[neg:regdate]].",
            "Hard hats and hi-vis beyond this point. Deliveries max [[neg:dims]] through gate 2.",
            "Site CCTV recorder reachable at [[ip]] by the security contractor only.",
        ],
        "contact": ["Site manager: [[phone]].", "Concerns about this site? Call [[phone]]."],
        "none": ["All visitors report to the site office.", "Thank you for your patience."],
    },
    "removal": {
        "title": ["Removal quote", "End of tenancy cleaning - quote", "Man and van: your estimate"],
        "body": [
            "Quote [[neg:quote]]: estimated load [[neg:volume]], 2 men, 1 Luton van.",
            "Piano [[neg:dims]] to go down one flight; sofa bed and 40 boxes.",
            "Deep clean of [[neg:area]] flat incl. oven and carpets, [[neg:rate]].",
            "Access: [[neg:flat]], lift internal size [[neg:dims]].",
        ],
        "contact": ["To confirm the date ring [[phone]].", "Your move coordinator: [[phone]]."],
        "none": ["Reply to this message to accept the quote.", "Prices valid 30 days."],
    },
    "notice": {
        "title": [
            "LOST: grey tabby cat",
            "FOUND: bunch of keys",
            "Noticeboard: odd jobs wanted",
            "Lawn mowing - tear off a number",
        ],
        "body": [
            "Keys on a red fob, tag [[neg:lostref]], found near the bus stop.",
            "Lost near [[neg:postcode]], collar tag [[neg:lostref]], answers to Biscuit.",
            "Student, will mow lawns and clear gutters, [[neg:rate]].",
            "Handed in at the police front desk, reference [[neg:lostref]].",
        ],
        "contact": [
            "Tear off: [[tab]] | [[tab]] | [[tab]]",
            "Please call [[phone]] if seen.",
            "Owner? Ring [[phone]].",
        ],
        "none": ["Ask at the corner shop.", "Reward offered."],
    },
    "market": {
        "title": [
            "For sale: washing machine, works fine",
            "Selling: phone, boxed",
            "Free to collect: fridge",
        ],
        "body": [
            "Model [[neg:serial]], [[neg:dims]], [[neg:price]].",
            "[[neg:storage]], barcode [[neg:ean]] on the box, receipt included.",
            "Drill with [[neg:battery]] pack - battery holds charge.",
            "Cooker hood, part no. [[neg:partno]], fits [[neg:dims]] gap.",
        ],
        "contact": ["Collection only, text [[phone]].", "WhatsApp [[phone]]."],
        "none": ["Collection only, message via the app.", "First to collect gets it."],
    },
}

LOCAL = {
    "US": [
        "Serving {T}: local calls [[local]].",
        "Right here in {T}, dial [[local]] - day or night.",
        "{T} customers, no area code needed: [[local]] (shop) or [[local]] (after hours).",
        "Painted on the truck: {T} - [[local]].",
    ],
    "GB": [
        "Ring {T} [[local]].",
        'On the van: "{T} [[local]]".',
        "From a {T} number just dial [[local]].",
        "{T} office [[local]], yard [[local]].",
    ],
    "IN": [
        "{T} local line: [[local]].",
        "Within {T}, call [[local]] directly.",
        "For {T} customers, landline [[local]] or [[local]].",
    ],
}
SVC = ["Free quote line [[svc]].", "Breakdown cover: [[svc]].", "Our free helpline is [[svc]]."]
EMAIL = ["Photos of the job to [[email]].", "Email [[pemail]] for details.", "Invoices: [[email]]."]
CARD = ["Card taken by phone for the deposit: [[card]], exp 09/27.", "Paid by card [[card]], auth code 4471."]
IBAN = ["Bank transfer to [[iban]], reference your flat number.", "Payment to [[iban]] please."]
IP = ["The smart meter hub shows as [[ip]] on the home network.", "Camera login page: [[ip]]."]
SSN = [
    "Rental application: SSN [[ssn]], as requested for the credit check.",
    "Applicant's Social Security number: [[ssn]].",
]
LIST_HEAD = ["Numbers to keep by the fuse box:", "Handy numbers:"]
LIST_LABELS = ["Landlord", "Caretaker", "Boiler engineer", "Electrician", "Locksmith", "Agent"]
