"""English text for the v70 set: housing and tenancy genres, written fresh."""

GENRES = {
    "letting": {
        "titles": [
            "Your tenancy renewal",
            "Offer of tenancy – next steps",
            "Viewing confirmed",
            "Re: flat at {N:nl_postcode}",
        ],
        "pos": [
            (
                "Thanks for coming to see the flat on Saturday. The landlord has accepted your offer "
                "subject to references; if anything changes, call me on {P}."
            ),
            (
                "Your renewal is ready to sign. The new term runs {N:tenancy_term} and the rent stays at "
                "{N:rent_amount} a month. Questions to {ER} or {P}."
            ),
            (
                "To hold the property we take one week's rent as a holding deposit, payable by card: we "
                "have charged the card ending in the digits you gave us, full number on file {CARD}."
            ),
            (
                "Please pay the first month's rent by transfer to our client account, IBAN {IBAN}, "
                "quoting your surname and the flat number."
            ),
            "I'm out on viewings most afternoons, so text my work mobile {PM} rather than the office line.",
            (
                "If you would rather speak to the landlord directly, he has asked that you use {EM} and "
                "not his home number."
            ),
            "The referencing company will phone you from {PO} – it's a free number, so please do pick up.",
            (
                "For the guarantor form, our compliance team can be reached at {ER}; out of hours the "
                "emergency line is {P}."
            ),
            (
                "We ran the credit check with the details from your application; the SSN we have is "
                "{SSN}, please tell us at once if that is wrong."
            ),
        ],
        "neg": [
            (
                "The property is {N:floor_area} over two floors and has an EPC certificate, reference "
                "{N:epc_rrn}."
            ),
            "Council tax is band C; the council's account reference for the flat is {N:council_tax_ref}.",
            "The lease on the building runs {N:lease_term}, so there is no issue with the mortgage.",
            "Land Registry title {N:title_number} shows the landlord as sole owner.",
            "The bedroom measures roughly {N:dimensions}, which is big enough for a double and a desk.",
            (
                "Your parking permit for the street will be {N:parking_permit}; the council posts it out "
                "within ten days."
            ),
        ],
    },
    "repair": {
        "titles": [
            "Repair request logged",
            "Contractor visit – kitchen leak",
            "Boiler fault follow-up",
            "Damp and mould inspection",
        ],
        "pos": [
            (
                "We've raised works order {N:works_order} for the leak under the sink. The plumber will "
                "ring you on {PM} about half an hour before he arrives."
            ),
            (
                "If water starts coming through the ceiling again before then, ring the out-of-hours "
                "repairs line on {P} straight away."
            ),
            (
                "The engineer found the boiler pressure at {N:boiler_pressure} and topped it up. If it "
                "drops again, call {P} and quote the GC number {N:gc_number}."
            ),
            "Photos of the mould can be sent to {ER}; please put the flat number in the subject line.",
            (
                "Our surveyor, {NAME}, will inspect the damp next week. You can reach her directly on "
                "{PM} or at {EM}."
            ),
            (
                "The repair portal is down, so for now please report faults by phone on {PO} (free from "
                "mobiles and landlines)."
            ),
            (
                "The thermostat hub in the hallway sits on the building network at {IP}; the engineer "
                "needs the door code to reach it."
            ),
        ],
        "neg": [
            (
                "Humidity in the back bedroom read {N:humidity} on Tuesday and the wall behind the "
                "wardrobe was wet to the touch."
            ),
            "The boiler pressure was down to {N:boiler_pressure} again this morning.",
            "The job has been passed to the contractor under works order {N:works_order}.",
            "The engineer left the gas safety record {N:gas_cert} on the kitchen worktop.",
            "Please leave the key in the key safe by the door; the combination is {N:keysafe}.",
            "The appliance plate says GC number {N:gc_number}, which the engineer needs to order parts.",
        ],
    },
    "caretaker": {
        "titles": [
            "From the caretaker's office",
            "Notice to all residents",
            "Block caretaker – weekly note",
            "Bins, bikes and the lift",
        ],
        "pos": [
            (
                "I'm on site Monday to Friday, 8 till 4. Outside those hours the estate's out-of-hours "
                "line is {P}."
            ),
            (
                "Lost your fob? Come to the office with ID; if I'm not there, leave a message on {PM} "
                "and I'll get back to you the same day."
            ),
            (
                "The new door entry panel is managed remotely; the installer says it sits on {IP} if the "
                "managing agent asks."
            ),
            "For anything about service charges please write to {ER} – I can't answer questions about bills.",
            (
                "Bulky waste collections are booked through the council on {PO}. Please don't leave "
                "mattresses by the bin store."
            ),
            (
                "Parcels for absent neighbours are kept in the office for a week. {NAME} covers my leave "
                "and can be reached on {P}."
            ),
        ],
        "neg": [
            "Replacement fobs cost £15; your fob number is printed on the tag, e.g. {N:fob_number}.",
            "The bin store door code has changed to {N:door_code} from today.",
            "Mailbox {N:postbox} has a broken lock; the locksmith is booked.",
            (
                "The lift in block B is out of service until the part arrives. The engineer's report "
                "refers to works order {N:works_order}."
            ),
            "Bike store keys are now issued against a deposit; yours is tag {N:fob_number}.",
            "Hot water at the taps should reach about 60 °C; please report anything colder.",
        ],
    },
    "tenants": {
        "titles": [
            "Tenants' association – minutes of the AGM",
            "Residents' association newsletter",
            "Tenants' meeting: service charge review",
            "Join your residents' association",
        ],
        "pos": [
            (
                "The committee agreed to write to the managing agent about the heating. Our chair, "
                "{NAME}, will take the letter round; you can reach her on {PM}."
            ),
            "Membership is £2 a year. To join, email {ER} or leave your details with the secretary on {P}.",
            (
                "Several members reported being charged twice for the window cleaning. The agent's "
                "accounts team is on {P} and at {ER}."
            ),
            "If you need advice on a rent increase, the national tenants' helpline is free on {PO}.",
            (
                "Minutes are taken by {NAME}, who asks that corrections are sent to {EM} by the end of "
                "the month."
            ),
            "Subscriptions can be paid by standing order to the association's account, IBAN {IBAN}.",
        ],
        "neg": [
            (
                "Our share of the block's service charge is {N:service_share} per flat, which the agent "
                "confirmed at the meeting."
            ),
            "The lease for most flats runs {N:lease_term}; a few were extended last year.",
            "The estate's UPRN for the community room is {N:uprn}, in case anyone applies for a grant.",
            (
                "The association's bank sort code is {N:sort_code}; cash can also be handed to the "
                "treasurer at meetings."
            ),
            "Next meeting: the community room, 7 pm. Apologies from flats 12 and 31.",
            "Meter reading for the communal lighting was {N:meter_reading} kWh at the last visit.",
        ],
    },
    "halls": {
        "titles": [
            "Welcome to your hall of residence",
            "Arrivals weekend – what to bring",
            "Room inspection next week",
            "Halls reception: opening hours",
        ],
        "pos": [
            (
                "Collect your keys from reception when you arrive. If your train is late, ring the duty "
                "warden on {PM} and someone will wait for you."
            ),
            "Reception is staffed 24 hours over arrivals weekend and can be reached on {P}.",
            (
                "Your residence fees for term one can be paid online or by card over the phone; we have "
                "the card {CARD} on file from your booking."
            ),
            "Wellbeing support in halls: email {ER} or call the student support line on {PO}.",
            "If you've lost your student card, the accommodation office at {ER} can issue a temporary pass.",
            (
                "Your residential assistant this year is {NAME}; drop her a message on {PM} if the "
                "kitchen rota causes trouble."
            ),
            "Printers in the common room only work on the hall network; the print server is at {IP}.",
        ],
        "neg": [
            (
                "You are in room {N:room_number}. Your student number is {N:student_id} – bring it to "
                "reception with photo ID."
            ),
            "Laundry cards are topped up at the machine by the lift; yours is card {N:laundry_card}.",
            (
                "Room inspections take place in week 6. We check the smoke alarm, the window restrictor "
                "and the bin."
            ),
            "Your bedroom is {N:floor_area} with an en-suite; the kitchen is shared with five others.",
            "The corridor door code is {N:door_code}; please don't share it on social media.",
            "Post for room {N:room_number} goes to mailbox {N:postbox} in the entrance hall.",
        ],
    },
    "coop": {
        "titles": [
            "Housing co-op newsletter",
            "Co-op general meeting – agenda",
            "Maintenance rota for the spring",
            "New members' welcome pack",
        ],
        "pos": [
            (
                "Our maintenance coordinator this quarter is {NAME}. Report jobs to {ER}, or for leaks "
                "and lockouts, ring {PM}."
            ),
            "The co-op's secretary has moved; post now goes to the office and calls to {P}.",
            "Housing charges are due on the first of the month to the co-op account, IBAN {IBAN}.",
            (
                "New members are asked to buy one £1 share; {NAME} will issue the certificate and can be "
                "reached at {EM}."
            ),
            "The federation of housing co-ops runs a free advice line on {PO} for questions about the rules.",
            "The garden group meets on Sundays. Contact {EM} if you want a raised bed.",
        ],
        "neg": [
            "The co-op is registered with the FCA as {N:coop_reg}; the rules are on the noticeboard.",
            "Your share certificate number is {N:share_no}. Please keep it safe.",
            "The roof repair came in at {N:rent_amount}, so the meeting must agree to use the sinking fund.",
            "Meter serial {N:meter_serial} in flat 3 needs replacing; the supplier has been told.",
            "Gas meter point reference (MPRN) for the common house: {N:mprn}.",
            "The electricity supply number (MPAN core) for the laundry is {N:mpan_core}.",
        ],
    },
    "deposit": {
        "titles": [
            "Check-out report and deposit",
            "Your deposit – proposed deductions",
            "End of tenancy checklist",
            "Deposit protection certificate",
        ],
        "pos": [
            (
                "The inventory clerk found the oven needs a professional clean. If you disagree with the "
                "deduction, call {P} within fourteen days."
            ),
            (
                "We will return the balance of your deposit to the account you gave us, IBAN {IBAN}, "
                "once both parties agree."
            ),
            "Please send your forwarding address and meter readings to {ER}.",
            "If you want to dispute a deduction, the deposit scheme's free helpline is {PO}.",
            (
                "Your screening file will be deleted once the deposit is returned; it still shows the "
                "SSN {SSN} and your bank details."
            ),
            (
                "{NAME} carried out the check-out and is happy to talk you through the photos; her "
                "number is {PM}."
            ),
        ],
        "neg": [
            (
                "Your deposit was protected on the day you moved in; the scheme's deposit ID is "
                "{N:deposit_scheme_id}."
            ),
            "Final meter reading: electricity {N:meter_reading}, meter serial {N:meter_serial}.",
            "The tenancy ran {N:tenancy_term}, and the deposit held was {N:rent_amount}.",
            "Two keys and fob {N:fob_number} were returned at check-out.",
            "Please leave the keys in the key safe; the code is {N:keysafe}.",
        ],
    },
    "works": {
        "titles": [
            "Planned works: water off on Thursday",
            "Fire alarm testing",
            "Lift replacement – update",
            "Heating shutdown notice",
        ],
        "pos": [
            (
                "The water will be off from 9 am to 1 pm while the risers are replaced. The site "
                "manager, {NAME}, is on {PM} if you have a medical need."
            ),
            (
                "If you have not got hot water back by the evening, call the managing agent's emergency "
                "line on {P}."
            ),
            (
                "Residents with questions about the works can email {ER} or speak to the resident "
                "liaison officer on {P}."
            ),
            (
                "The new lift controller reports faults over the network from {IP}; the engineers "
                "monitor it remotely."
            ),
            (
                "Scaffolding goes up on Monday. For complaints about noise, the contractor's "
                "considerate-constructors line is {PO}."
            ),
        ],
        "neg": [
            (
                "The fire alarm will be tested every Wednesday at 11 am; the panel is in the lobby next "
                "to mailbox {N:postbox}."
            ),
            "The works are covered by works order {N:works_order}; please quote it in any correspondence.",
            "Heating will be switched off while the boiler ({N:gc_number}) is flushed.",
            "The block's UPRN is {N:uprn}.",
            "Scaffold will cover the front elevation, about {N:floor_area} of wall, for six weeks.",
        ],
    },
}

# announced local numbers: {TOWN}, {L1}, {L2}; every template names the town
LOCAL = [
    "From a landline in {TOWN} you can drop the area code: the office is {L1} and the maintenance desk {L2}.",
    "Calling from inside {TOWN}? Dial {L1} for lettings or {L2} for repairs – no code needed.",
    "{TOWN} residents, local call:\n{L1}",
    "Local to {TOWN}, the branch number is simply {L1}.",
    "Our {TOWN} branch (local number, no area code): {L1}.",
    (
        "The caretaker's lodge is {L1} – that's a {TOWN} number, so from the estate phones just "
        "dial it as it is."
    ),
    "Emergency repairs ({TOWN} landlines only, nothing in front of it): {L1}.",
    "\"If you're ringing from town, it's just {L1},\" said the receptionist at the {TOWN} office.",
    "Phones in the {TOWN} halls dial out locally, so the porters' lodge is {L1} and the night porter {L2}.",
    "Within the {TOWN} exchange, call {L1} (housing office) or {L2} (estate services).",
    "The association's phone tree, {TOWN} numbers without the code: secretary {L1}, treasurer {L2}.",
    "Ring {L1} from any {TOWN} phone to book a viewing.",
    "Local calls in {TOWN} (leave off the dialling code):\nOffice {L1}\nOut of hours {L2}",
    "(For anyone in {TOWN}: the local number of the co-op office is {L1}.)",
    "Our lettings team in {TOWN} answers on {L1}; block managers share {L2}. Both are local numbers.",
]

LIST_HEADS = [
    "Numbers for your fridge door",
    "Who to call about your home",
    "Contacts for the building",
    "Keep these handy",
]
LIST_LABELS = [
    "Lettings",
    "Repairs",
    "Caretaker",
    "Out of hours",
    "Managing agent",
    "Warden",
    "Reception",
    "Treasurer",
    "Gas emergencies",
]
SIGNOFF = ["Kind regards,\n{NAME}", "Best wishes,\n{NAME}", "Thanks,\n{NAME}", "— {NAME}"]
