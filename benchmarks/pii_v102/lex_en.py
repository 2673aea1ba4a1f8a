"""English text: consulates, embassies, visa centres, immigration advisers, ceremonies, passports."""

GENRES = {
    "vac": {
        "titles": [
            "Your visa application centre appointment",
            "Biometrics appointment – what to bring",
            "VAC booking confirmation",
            "Reminder: fingerprint and photo session",
        ],
        "s": [
            "Your biometrics slot is {N:time_slot} on the day shown in your booking {N:vac_booking}.",
            "Please arrive no earlier than fifteen minutes before your slot; the waiting hall holds only "
            "40 people.",
            "If you are running late, call the centre's enquiry desk on {NAT} and ask them to move you to "
            "a later "
            "slot rather than turning up unannounced.",
            "Premium lounge customers can reach their relationship officer directly at {MOB}.",
            "Questions about courier return of your passport go to {RMAIL}; quote your GWF reference "
            "{N:gwf_ref}.",
            "The centre's self-service kiosks were moved to a new network this week; staff use the console "
            "at {IP}.",
            "Fees already paid online are not refunded at the counter, and we cannot accept cash above "
            "{N:fee_amount}.",
            "Photographs must be {N:photo_size}, taken within the last six months, on a plain light "
            "background.",
            "For accessibility arrangements, ring the assisted-service line {FREE} at least two days ahead.",
            "Your ticket number on arrival will be printed as {N:queue_ticket}; listen for it at counters "
            "3 to 9.",
        ],
    },
    "embassy": {
        "titles": [
            "Notice from the consular section",
            "Embassy closure – public holiday",
            "Consular services update",
            "Message to citizens living in the district",
        ],
        "s": [
            "The consular section will be closed to the public on Monday and Tuesday; emergency cases only.",
            "In a genuine emergency outside office hours, the duty officer can be reached on {MOB}.",
            "Counter hours from next month are {N:opening_hours}, Monday to Thursday.",
            "Citizens travelling home for the elections can call our main switchboard on {NAT} to check "
            "which documents are accepted at the polling station.",
            "Our ministry's 24-hour consular assistance centre back home answers on {INTL}.",
            "If the booking page will not load, our temporary mirror is at {IP}.",
            "Written enquiries are answered within {N:working_days} working days by {RMAIL}.",
            "Post for the consulate should be addressed to {N:embassy_pobox}, not to the chancery building.",
            "Registration of overseas voters closes at midnight; the form reference is {N:form_no}.",
            "The honorary office in the north keeps its own diary and can be called on {INTL}.",
            "We have received reports of fraudulent calls claiming to come from this embassy; we never ask "
            "for "
            "payment by phone.",
        ],
    },
    "honorary": {
        "titles": [
            "Honorary Consul – office hours",
            "A note from the honorary consulate",
            "Honorary consular agent: contact details",
        ],
        "s": [
            "I hold consular office hours on Wednesday afternoons in rooms above the chamber of commerce.",
            "As an honorary consul I cannot issue visas, but I can certify signatures and help after an "
            "accident.",
            "Please book ahead by phoning my assistant, {NAME}, on {NAT}.",
            "If a citizen is arrested or hospitalised, call me on {MOB} at any hour.",
            "The nearest career consulate, which issues passports, is reached on {INTL}.",
            "For certified copies the fee is {N:fee_amount}, payable by card on the day.",
            "My personal address for urgent matters is {PMAIL}.",
            "Signatures certified here carry stamp number {N:legal_stamp} and are recognised by the embassy.",
        ],
    },
    "adviser": {
        "titles": [
            "Client care letter – immigration advice",
            "Your case: next steps",
            "Engagement letter: family visa application",
            "Update on your petition",
        ],
        "s": [
            "Thank you for instructing us on your spouse visa application; your file number is "
            "{N:case_file}.",
            "Your receipt notice {N:uscis_receipt} confirms that the petition was accepted for processing.",
            "Your alien registration number, {N:a_number}, should appear on every form from now on.",
            "Please send the signed forms {N:form_no} back to me at {PMAIL} by Friday.",
            "If anything is unclear, ring me on {NAT}; my direct mobile is {MOB}.",
            "The sponsor's Social Security number for the affidavit of support was recorded as {SSN}.",
            "Our fixed fee for this stage has been paid with the card ending in the number below: {CARD}.",
            "The DS-160 confirmation {N:ds160} must be printed and brought to the interview.",
            "The case portal logged your last sign-in from {IP}; tell us if that was not you.",
            "Your SEVIS ID is {N:sevis_id}; the I-901 fee has been paid.",
            "Our out-of-hours line for detained clients is {FREE}.",
            "Current processing times for this route are about {N:working_days} working days.",
        ],
    },
    "ceremony": {
        "titles": [
            "Invitation to your citizenship ceremony",
            "Citizenship ceremony – arrangements",
            "Congratulations: your naturalisation ceremony",
        ],
        "s": [
            "You are invited to attend a citizenship ceremony at the town hall, where you will make the "
            "oath or affirmation of allegiance.",
            "Please bring this letter, your {N:form_no} acknowledgement and photo identification.",
            "You may bring up to two guests; seats are allocated as row/seat {N:seat_row}.",
            "If you cannot attend, call the ceremonies team on {NAT} as soon as possible.",
            "Your certificate, number {N:cert_no}, will be handed to you at the end of the ceremony.",
            "Guests who need step-free access should let the registrar know on {NAT}.",
            "Enquiries by e-mail: {RMAIL}.",
            "The ceremony lasts about 45 minutes and photographs are allowed after the anthem.",
            "A grant under {N:law_ref} takes effect from the moment you take the oath.",
        ],
    },
    "passport": {
        "titles": [
            "Passport appointment reminder",
            "Renewing your passport",
            "Passport interview booked",
            "Your passport is ready to collect",
        ],
        "s": [
            "Your passport {N:passport_no} expires soon; you can renew it up to nine months before expiry.",
            "Your in-person appointment is {N:time_slot}; bring the old passport and your photos.",
            "Passports must have at least {N:blank_pages} blank pages for most visas.",
            "To rearrange, call the passport advice line on {FREE}.",
            "Collection is from counter 4; if someone else collects it for you, they should phone {NAT} "
            "first.",
            "The machine-readable line of your old document reads {N:mrz_line}; please check it for errors.",
            "The photo-upload server {IP} rejected some files overnight; please upload yours again.",
            "The fee of {N:fee_amount} was charged to card {CARD}.",
            "Validity of the new passport: {N:validity}.",
            "Applicants abroad can call the overseas passport helpline on {INTL}.",
            "Date of birth as recorded: {N:birth_date}.",
        ],
    },
    "apostille": {
        "titles": [
            "Legalisation office – how to get an apostille",
            "Apostille service: processing note",
            "Your documents have been legalised",
        ],
        "s": [
            "Documents for use abroad must first be signed by a notary and then sent to the legalisation "
            "office.",
            "Your apostille was issued under number {N:apostille_no}, register entry {N:notary_reg}.",
            "Transfer the fee to IBAN {IBAN} and quote {N:transfer_ref} as the payment reference.",
            "Documents will be returned by courier; the waybill is {N:courier_awb}.",
            "If you have questions about which documents qualify, call the legalisation desk on {NAT}.",
            "Premium same-day service is available on {NAT} between 9 and 11 only.",
            "Scanned copies are not accepted; post originals to the office in {N:postcode_uk}.",
            "The e-apostille register can be checked from the lobby terminal, set up as {IP}.",
            "Requests from businesses can also be sent to {RMAIL}.",
            "Each certificate carries the stamp {N:legal_stamp} on its reverse.",
        ],
    },
    "emergency": {
        "titles": [
            "Lost or stolen passport abroad",
            "Emergency travel document – instructions",
            "Help for citizens in an emergency",
        ],
        "s": [
            "If your passport is lost or stolen, report it to the local police and get a written report.",
            "Then call the consular emergency line on {INTL}, day or night.",
            "An emergency travel document is valid for a single journey, usually for flight {N:flight}.",
            "Bring a photo {N:photo_size} and proof of your flight booking to the consulate.",
            "If you are in hospital, a member of staff can call your family; give them the number {MOB}.",
            "Travel insurers often need the policy number ({N:policy_no}) and the police report.",
            "If our website is blocked where you are, try the mirror at {IP}.",
            "The local hotline for tourists in trouble is {FREE}.",
            "Money can be transferred through the embassy only in exceptional cases, at a rate such as "
            "{N:exchange_rate}.",
        ],
    },
    "residence": {
        "titles": [
            "Residence permit appointment",
            "Your biometric residence permit",
            "Immigration office: collecting your card",
        ],
        "s": [
            "Your residence card {N:brp_no} is ready for collection at the post office you chose.",
            "The new card {N:eat_card} replaces the sticker in your passport.",
            "Your visa subclass {N:subclass} allows you to work full time.",
            "If the details on the card are wrong, call the errors team on {NAT} within ten days.",
            "Your visa vignette {N:visa_sticker} is valid only for entry within 90 days.",
            "The immigration office can be written to at {RMAIL}.",
            "The office's online booking system was moved; if the page fails, the old host {IP} answers "
            "for now.",
            "You are number {N:waitlist_pos} on the waiting list for an appointment.",
        ],
    },
    "invitation": {
        "titles": ["Letter of invitation", "Invitation and sponsorship letter", "To the visa officer"],
        "s": [
            "I, {NAME}, invite my cousin to stay with me for three weeks during the summer.",
            "I will cover all travel costs, accommodation and health insurance during the visit.",
            "The visa officer can reach me on {MOB} or at home on {NAT}.",
            "My own passport number is {N:passport_no} and I have lived at this address for six years.",
            "My employer can confirm my income; their HR office is on {NAT}.",
            "My e-mail is {PMAIL}.",
            "For the officer's records, my Social Security number is {SSN}.",
            "My cousin's OCI card number is {N:oci_no}; she visits every other year.",
            "Her return flight is {N:flight}, booked for the end of August.",
        ],
    },
}

NEG_EXTRA = [
    "Quote {N:vac_booking} whenever you write to us.",
    "The barcode under the receipt reads {N:barcode_digits}.",
    "Spanish residents should bring their NIE ({N:nie_no}).",
    "Legal basis: {N:law_ref}.",
    "Counter opening times: {N:opening_hours}.",
    "Your place in the queue: {N:waitlist_pos}.",
]

LOCAL = {
    "US": [
        "Folks in {TOWN} can skip the area code and just dial {L1} for the consulate's visa desk.",
        "From any {TOWN} landline the passport acceptance clerk is {L1}; the records room is {L2}.",
        "Calling from inside {TOWN}? The honorary consul's office picks up at {L1}.",
        "{TOWN} residents – citizenship ceremony questions: {L1} (a local call for you).",
        "Local to {TOWN}, the immigration clinic takes walk-in calls at {L1}, and Spanish-language help at "
        "{L2}.",
        "The county clerk here in {TOWN} handles apostilles – call {L1} from a town phone.",
        "If you dial from {TOWN} itself, seven digits are enough: {L1}.",
        "Within {TOWN}, ring {L1} to book the notary who certifies translations.",
        "Passport acceptance, {TOWN} post office (local callers):\n{L1}",
        "{L1} is all you need from a {TOWN} landline to reach the visa paralegal.",
        '"From here in {TOWN} it\'s just {L1}," the consulate clerk said when I asked how to book.',
        "The adviser's front desk ({TOWN} numbers only, no area code: {L1}) keeps a waiting list.",
    ],
    "GB": [
        "If you're phoning from {TOWN}, leave off the code – the registrar's ceremony team is on {L1}.",
        "{TOWN} callers: the nationality checking service answers on {L1}, the appointments clerk on {L2}.",
        "The solicitor's {TOWN} office takes local calls on {L1}.",
        "From a {TOWN} number you only need {L1} for the passport counter at the post office.",
        "Those of you already in {TOWN} can reach our legalisation agent on {L1}.",
        "Ring {L1} (local rate from {TOWN} phones) to book your citizenship ceremony.",
        "Ceremony bookings – {TOWN} register office, dial locally:\n{L1}",
        "{L1} and {L2} are the two lines for {TOWN} callers; the first takes ceremony bookings.",
        "\"Just ring {L1} – you're in {TOWN}, you don't need the code,\" she told me.",
        "Ring round {TOWN} – the honorary vice-consul answers on {L1} and her clerk on {L2}.",
    ],
    "IN": [
        "For {TOWN} applicants, the visa facilitation desk can be dialled without the STD code: {L1}.",
        "Calling from a {TOWN} landline? Dial {L1} for the passport seva helpdesk and {L2} for police "
        "verification.",
        "In {TOWN}, the attestation office's local number is {L1}.",
        "{TOWN} residents may call the honorary consulate on {L1} (local call).",
        "Local line for the {TOWN} overseas-employment office: {L1}.",
        "Attestation counter, {TOWN} (from city phones):\n{L1}",
        "{L1} – that is the {TOWN} city number for the emigration clearance desk.",
    ],
}

LIST_HEADS = ["Useful consular numbers", "Whom to call", "Contacts for your application", "Offices and lines"]
LIST_LABELS = [
    "Visa desk",
    "Passport counter",
    "Duty officer",
    "Legalisation",
    "Ceremonies team",
    "Appointments",
    "Citizen services",
    "Notary",
]
ROLES = ["visa.enquiries", "consular", "legalisation", "appointments", "citizenship", "passports"]
TEL = "tel."
