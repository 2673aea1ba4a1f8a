"""English genres, US and GB."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

US = [
    G(
        "vet-reminder-card",
        "en_US",
        "Prairie Paws Animal Clinic|{T} Veterinary Hospital",
        """
{ORG} - REMINDER
Patient: "{F}" (canine)   Owner: {N}
Rabies booster due {D}. {K:microchip}
Confirm or reschedule: {P}. Weekend emergencies: {PF} (our sister clinic abroad for travellers)
Ask about the {K:prescription} refill list at the desk.
""",
    ),
    G(
        "plumber-callout-card",
        "en_US",
        "Drip Stop Plumbing|{N} & Sons Plumbing",
        """
CALL-OUT CARD - {ORG}
Tech: {F}   Arrived {H}   Job {K:ticket}
Water heater {K:serial}, {K:part}
Billing questions {P}; invoices by mail from {ER}
Customer signature: ____  Card on file {CC}
""",
    ),
    G(
        "moving-quote",
        "en_US",
        "Two Rivers Moving Co.|{T} Van Lines",
        """
{ORG} - Estimate for {N}
Pickup {D}, crew of {n}. Truck {K:plate}. Est. weight {K:quantity}
Total {M}. Deposit via card ending - charged to {CC}
Dispatcher: {P} | toll free {PO}
Questions about the inventory sheet? {PL}
""",
    ),
    G(
        "wedding-supplier-sheet",
        "en_US",
        "Hollis-{S} Wedding|{S} & {S} wedding",
        """
{ORG} - supplier sheet ({D})
Florist   {N}   {P}   {E}
Caterer   {N}   {P}
DJ        {N} - {PL}
Photographer {N}, {E}
Venue coordinator at the gate; the gate code is not a phone: {K:booking}
""",
    ),
    G(
        "hospital-discharge-letter",
        "en_US",
        "St. Agnes Regional Medical Center|{T} General Hospital",
        """
{ORG} - Discharge Summary
Patient {N}, {K:patient}, SSN {SSN}
Admitted {D}; discharged {D}. {K:ward_bed}
Meds: metoprolol {K:dosage}. Follow-up with Dr. {S}: {P}
Billing office {PO}.
""",
    ),
    G(
        "school-trip-consent",
        "en_US",
        "Lincoln Middle School|{T} Elementary",
        """
{ORG} - Field Trip Consent
Trip to the science museum, {D}, bus leaves {H}. {K:bus_line}
Student: {N}   Parent/guardian: {N}
Daytime phone: {P}
Teacher contact on the day: {PL}
""",
    ),
    G(
        "trial-recruitment-flyer",
        "en_US",
        "{T} Sleep Research Unit|Northfield Clinical Research",
        """
VOLUNTEERS NEEDED - sleep study (IRB protocol {K:case})
Ages 18-65, {n} nights, compensation {M}
Screening line {PO} or locally {PL}
Or write to {ER}. Study site {K:room}
""",
    ),
    G(
        "newspaper-small-print",
        "en_US",
        "The {T} Courier",
        """
{ORG} - Corrections & notices
A story on {D} gave the wrong number for the library's book-return line; the correct one is {P}.
The county clerk's {K:docket} hearing moves to {H}.
Subscriber services: {PO}. Tips: {PL}
""",
    ),
    G(
        "radio-phone-in-transcript",
        "en_US",
        "KWLD 98.1 Afternoon Swap|The {T} Trading Post Hour",
        """
[{ORG} - transcript, {D}]
HOST: Line three, go ahead.
CALLER ({F}): I've got a riding mower, {K:quantity} deck, asking {M}. Folks can {PL}
HOST: Say it once more slowly. CALLER: {P}, evenings.
HOST: Our studio line is {P}; today's {K:lottery}.
""",
    ),
    G(
        "arbitration-letter",
        "en_US",
        "{T} Center for Arbitration|Pacific Mediation & Arbitration",
        """
{ORG}
Re: {N} v. {S} Roofing LLC, {K:docket}
Dear {N}, the hearing is set for {D} at {H}, {K:room}.
Please confirm by calling case administrator {N} at {P} or e-mail {ER}.
{K:phone_ref} (this refers to the filing, not a telephone line)
""",
    ),
    G(
        "community-fridge-rota",
        "en_US",
        "{T} Free Fridge|Elm Street Community Fridge",
        """
{ORG} - cleaning rota ({D})
Mon  {N}  phone {L}
Wed  {N}  phone {L}
Fri  {N}  phone {L}
Sat  {N}  phone {L}
Fridge temp log: {K:reading}. Coordinator {P}
""",
    ),
    G(
        "tenant-screening-packet",
        "en_US",
        "Maple Court Apartments|{T} Property Management",
        """
{ORG} - rental application
Applicant {N}, SSN {SSN}, current landlord phone {P}
Co-applicant {N}, SSN {SSN}
Employer HR: {P}; e-mail {E}
Application fee {M} charged to {CC}. Unit {K:room}
Leasing office hours {K:hours}
""",
    ),
    G(
        "marching-band-phone-list",
        "en_US",
        "{T} High Marching Band|Eagle Pride Band Boosters",
        """
{ORG} - section parents phone list
Section | Parent | Phone
Trumpets | {N} | {L}
Clarinets | {N} | {L}
Drumline | {N} | {L}
Color guard | {N} | {L}
Uniform fitting {D}, {K:room}. Boosters treasurer {E}
""",
    ),
    G(
        "tax-prep-intake",
        "en_US",
        "{S} Tax Service|{T} Tax & Bookkeeping",
        """
{ORG} - intake sheet
Taxpayer {N}   SSN {SSN}
Spouse {N}     SSN {SSN}
Home phone {P}; e-mail {E}
Prior-year refund {M}; {K:vat}
Bank for direct deposit: {K:sort_code}
""",
    ),
]

GB = [
    G(
        "allotment-waiting-list",
        "en_GB",
        "{T} Allotment Society|Hillside Allotments",
        """
{ORG} - waiting list (updated {D})
Pos. | Name | Tel. | Plot wanted
1 | {N} | {L} | half plot
2 | {N} | {L} | full
3 | {N} | {L} | {K:plot}
4 | {N} | {L} | any
Site secretary {P}; water meter {K:meter_reading}
""",
    ),
    G(
        "orchestra-section-list",
        "en_GB",
        "{T} Symphony Orchestra|{T} Philharmonic Society",
        """
{ORG} - second violins, spring term
Desk 1  {N} (leader)   tel {L}
Desk 2  {N}            tel {L}
Desk 3  {N}            tel {L}
Rehearsals {H}, {K:room}. Librarian: {E}
Concert {D}; programme {K:isbn}
""",
    ),
    G(
        "station-lost-property",
        "en_GB",
        "{T} Station Lost Property|Northern Line Lost Property",
        """
FOUND AT {ORG} ({D})
Black umbrella, {K:platform}, {K:lottery_ticket} inside
Blue rucksack with {K:pupil} lanyard
Office open {K:hours}. Enquiries: {P} or {PL}
Claims by post quoting {KP}
""",
    ),
    G(
        "building-site-signboard",
        "en_GB",
        "{S} Construction Ltd|{T} Homes",
        """
{ORG}
New build: {n} dwellings. {K:permit}
Site manager: {N}  {P}
Out of hours emergency: {P}
Considerate Constructors {K:case}. Noise complaints: {PL}
""",
    ),
    G(
        "harbour-master-notice",
        "en_GB",
        "{T} Harbour Authority|Port of {T}",
        """
NOTICE TO MARINERS - {ORG}
Dredging at {K:berth} from {D}. Keep clear; {K:coords}
Harbour master {N}: {P}. VHF ch 12 ({K:reading})
Berthing office: {PL}
Mooring fees {M}, pay to {IBAN}
""",
    ),
    G(
        "dental-recall-letter",
        "en_GB",
        "{T} Dental Care|Riverside Dental Practice",
        """
{ORG}
Dear {N}, you are due a check-up ({K:patient}).
Please ring reception on {P} to book, or {PL}
NHS charges band 1 {M}. Out-of-hours: NHS 111
""",
    ),
    G(
        "boiler-service-reminder",
        "en_GB",
        "{S} Heating & Gas|{T} Boiler Care",
        """
{ORG} - annual service reminder
Boiler {K:serial}, last serviced {D}
Engineer {F} can call on {D}. Gas Safe reg {K:account_no}
Book: {P} / {E}. Office hours {K:hours}
""",
    ),
    G(
        "driving-lesson-card",
        "en_GB",
        "{F}'s School of Motoring|{T} Driving Tuition",
        """
{ORG} - lesson card
Pupil {N}   Licence checked {D}
Lessons: {H} x {n}. Test centre {K:postcode}
Cancel 48 h ahead: {PL}
Instructor mobile {P}. Car {K:plate}
""",
    ),
    G(
        "cattery-intake-form",
        "en_GB",
        "Whiskers Rest Cattery|{T} Cat Hotel",
        """
{ORG} - intake form
Cat: {F}   Owner {N}   Vet {N} {P}
Owner mobile {P}; emergency contact {PF}
Stay {D} - {D}; pen {K:room}. Deposit {M} by card {CC}
""",
    ),
    G(
        "swimming-waiting-list",
        "en_GB",
        "{T} Leisure Pool|Aqua Tots {T}",
        """
{ORG} - Stage 2 waiting list
Child | Parent | Landline
{F} | {N} | {L}
{F} | {N} | {L}
{F} | {N} | {L}
Lessons {H}, {K:seat} in the gallery. Queries {ER}
""",
    ),
    G(
        "bulky-waste-confirmation",
        "en_GB",
        "{T} City Council|{T} Borough Council",
        """
{ORG} - bulky waste collection
Ref {K:order}, collection {D}. Items: sofa, {K:quantity} of timber
If we can't find the items we'll call {P}.
To change the date, {PL}
""",
    ),
]
