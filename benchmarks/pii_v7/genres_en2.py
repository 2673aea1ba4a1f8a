"""English genres, India (with Hinglish), Australia and Ireland."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

IN = [
    G(
        "society-water-tanker-schedule",
        "en_IN",
        "Shanti Kunj CHS|{T} Residents Welfare Cell",
        """
{ORG} - water tanker duty list ({D})
Wing | Flat | Member | Phone
A | {K:room} | {N} | {L}
B | {K:room} | {N} | {L}
C | {K:room} | {N} | {L}
Tanker supplier {P}; society office: {PL}
""",
    ),
    G(
        "matrimonial-biodata",
        "en_IN",
        "Biodata|Marriage Biodata",
        """
{ORG}
Name: {N}   DOB {D}   Height 5'{n}"
Education: B.Tech, {T}. Gotra: not to be matched.
Father: {N}, mobile {P}; residence: {PL}
E-mail {E}. {K:years} service in family business.
""",
    ),
    G(
        "opd-appointment-slip",
        "en_IN",
        "{T} Multispeciality Hospital|Sanjeevani Nursing Home",
        """
{ORG} - OPD slip
UHID {K:patient}   Token {K:ticket_queue}
Dr. {N}, {K:room}, {H}
Reports helpline {PO}; reception: {PL}
Pharmacy bill {M}
""",
    ),
    G(
        "cyber-cafe-notice",
        "en_IN",
        "Star Cyber Point|{T} Net Zone",
        """
{ORG} - NOTICE
Printer on {IP}. Wi-Fi gateway {IP}; IPv6 test host {IP6}
Rates {M} per hour. Aadhaar print-outs only with ID.
Owner {N}: {P}. Complaints: {PL}
""",
    ),
    G(
        "caterer-menu-quote",
        "en_IN",
        "Annapurna Caterers|{S} Caterers",
        """
{ORG} - quotation for {N}
{n} plates, veg, {D}. Rate {M} per plate.
Advance to be paid to {IBAN} (NRI clients) or cash.
Contact: {P} / {P}; {ER}
""",
    ),
    G(
        "ganpati-mandal-volunteers",
        "en_IN",
        "{T} Sarvajanik Ganeshotsav Mandal|Navyug Mitra Mandal",
        """
{ORG} - volunteer list
Duty | Name | Contact
Aarti | {N} | {L}
Queue | {N} | {L}
Prasad | {N} | {L}
Visarjan {D}. Pandal electrician {P}
""",
    ),
    G(
        "sabzi-mandi-rate-card",
        "en_IN",
        "{S} Traders, APMC {T}|{F} Vegetable Co.",
        """
{ORG} - aaj ke rate ({D})
Tamatar {M}/crate, pyaaz {M}/quintal. {K:batch}
Order ke liye {PL}
Godown: {P}. Truck {K:plate}
""",
        phrases="hinglish",
    ),
    G(
        "security-guard-roster",
        "en_IN",
        "{T} Heights Security|Sai Enclave Society",
        """
{ORG} - guard duty roster
Shift | Guard | Phone
Subah | {N} | {L}
Shaam | {N} | {L}
Raat | {N} | {L}
Supervisor: {PL}. Gate register {K:inventory}
""",
        phrases="hinglish",
    ),
    G(
        "kirana-delivery-pamphlet",
        "en_IN",
        "{S} General Store|Maa Kirana Bhandar",
        """
{ORG} - ghar tak delivery!
Order {M} se upar free delivery. {K:hours}
{PL}
WhatsApp {P}. Dukaan {K:postcode}
""",
        phrases="hinglish",
    ),
    G(
        "bike-service-pamphlet",
        "en_IN",
        "{F} Auto Service Centre|Speed Bike Point",
        """
{ORG} - Diwali offer
General service {M}, oil change free. {K:odometer} ke baad zaroori.
Pick-up ke liye {PL}
Mistri {N} {P}
""",
        phrases="hinglish",
    ),
    G(
        "tailor-order-slip",
        "en_IN",
        "{S} Tailors|New Fashion Tailors",
        """
{ORG} - order slip {K:order}
Customer {N}. Sherwani, chest {K:quantity}
Trial {D}; delivery {D}. Advance {M}
Dukaan ka number {P}; {PL}
""",
        phrases="hinglish",
    ),
    G(
        "purifier-amc-reminder",
        "en_IN",
        "AquaShuddh Service|{T} Water Solutions",
        """
{ORG} - AMC reminder
Model {K:serial}; filter change due {D}.
Technician {N} {P} - {PL}
Payment {M} by card {CC} or cash. Helpline {PO}
""",
        phrases="hinglish",
    ),
]

AU = [
    G(
        "backpacker-hostel-board",
        "en_AU",
        "Kanga Lodge, Brixton|The Wombat Hostel, Earls Court",
        """
{ORG} - noticeboard
Aussies in London! Barbie on the roof {D}, {H}.
Room swaps: {PL}
Home-side contact for the travel insurer: {P}
Locker codes are NOT phone numbers: {K:booking}
""",
    ),
    G(
        "anzac-dawn-service-volunteers",
        "en_AU",
        "ANZAC Day Dawn Service, Hyde Park Corner|RSL London",
        """
{ORG} - volunteer stewards
Role | Name | UK landline
Wreaths | {N} | {L}
Ushers | {N} | {L}
Tea urns | {N} | {L}
Coordinator (Aus) {P}; in London {PX}
""",
    ),
    G(
        "house-sitting-handover",
        "en_AU",
        "House-sit handover|Pet-sit notes",
        """
{ORG} - {T}
Dog {F} eats {K:quantity} twice a day. Pool pump {K:serial}
Us (travelling): {PI}
Neighbour {N}: {P}. Vet {P}
Alarm company {P}; our UK flat on the trip: {PL}
""",
    ),
    G(
        "shearing-team-contract",
        "en_AU",
        "{S} Shearing Contractors|Mallee Shearing Co.",
        """
{ORG} - shed agreement
Station: {S} Downs, {T}. Start {D}, approx {n} head.
Rate {M} per 100. Contractor {N} {P}
Wool classer {N} {P}; payment to {IBAN}
""",
    ),
]

IE = [
    G(
        "turf-cutting-rota",
        "en_IE",
        "{T} Bog Co-operative|Turbary Rights Committee",
        """
{ORG} - cutting rota (Northern side, {D})
Bank | Name | Phone
{K:plot} | {N} | {L}
{K:plot} | {N} | {L}
{K:plot} | {N} | {L}
Machine hire {P}; committee {E}
""",
    ),
    G(
        "cross-border-bus-quote",
        "en_IE",
        "{S} Coaches, Dundalk|Border Coach Hire",
        """
{ORG} - quotation
Newry to {T} return, {n} seats, {D}. Price {M}
Depot (Newry side): {PL}
Office {P}; bookings {ER}. Coach reg {K:plate}
""",
    ),
    G(
        "pilgrimage-coach-list",
        "en_IE",
        "Knock Pilgrimage, {T} Parish Group|Lough Derg Group",
        """
{ORG} - coach list
Seat | Pilgrim | Landline
{K:seat} | {N} | {L}
{K:seat} | {N} | {L}
{K:seat} | {N} | {L}
Leader {F}: {P}. Departure {H}
""",
    ),
    G(
        "bnb-guest-folder",
        "en_IE",
        "Ard na Mara B&B|{S}'s Guesthouse",
        """
{ORG} - guest information
Breakfast {K:hours}. Wi-Fi router {IP}
Us: {P}. Taxi in Derry: {PL}
Doctor on call {P}. {K:room}
""",
    ),
]
