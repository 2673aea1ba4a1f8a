"""English sentences for the v120 set (postal services). Placeholders: see compose.py."""

GENRES = ["counter", "pobox", "sorting", "redirect", "franking", "rural"]

EN = {
    "titles": {
        "counter": [
            "Post office counter – notice to customers",
            "Counter services update",
            "At the counter this week",
        ],
        "pobox": ["Your PO Box rental", "PO Box renewal reminder", "Box holder information"],
        "sorting": [
            "Sorting office – item waiting for you",
            "Delivery office collection notice",
            "We tried to deliver your item",
        ],
        "redirect": [
            "Mail redirection confirmed",
            "Your redirection request",
            "Redirection: change of details",
        ],
        "franking": [
            "Franking account statement",
            "Bulk mail drop-off arrangements",
            "Business mail: your meter",
        ],
        "rural": [
            "Village postal agency notice",
            "Rural post point – new hours",
            "Mobile post office timetable",
        ],
    },
    "body": {
        "counter": [
            "From Monday the foreign-currency desk moves to the back of the branch, next to the photo booth.",
            "Parcels over the counter must be taped on every seam; we cannot accept string-tied boxes.",
            "If the queue is long, the branch manager can be reached on {P} to book a slot for "
            "large postings.",
            "Pension and benefit collections run as normal; bring the card and your letter from the office.",
            "Questions about a counter receipt? Write to {E} and attach a photo of the slip.",
            "Refunds for spoilt labels are handled by the customer line, {T}.",
            "{NAME} looks after passport checks on Tuesdays and Thursdays; her direct line is {P}.",
            "Card payments are taken for everything except postal orders; a deposit was charged to {C}.",
        ],
        "pobox": [
            "Your box rental renews on the first of next month and the fee will be taken from {C}.",
            "Box holders may collect mail from the side door before the counter opens.",
            "To add a second name to the box, call the box office at {P} or email {E}.",
            "Items too big for the box are held behind the counter for fourteen days.",
            "For the direct debit we hold {IB}; tell us if that account has changed.",
            "Keys lost? Report it straight away on {M} – a replacement lock takes about a week.",
            "Please note that the application is checked against the ID you gave, SSN {S}.",
        ],
        "sorting": [
            "Your item could not be delivered because a signature was needed and nobody was in.",
            "Bring this card and photo ID to the enquiry window at the delivery office.",
            "To rearrange delivery, ring the office on {P} or text the card reference to {M}.",
            "The yard gate closes early on Saturdays, so please come before noon.",
            "Someone else can collect for you if you sign the back of the card.",
            "Customs charges must be paid before release; the online form reported an error from {IP}.",
            "Shift supervisor {NAME} can be reached at {PE} about items that went to the wrong walk.",
        ],
        "redirect": [
            "We will send your mail on to the new address for the period you chose.",
            "Everyone named on the request has been checked; letters for other names are not redirected.",
            "Need to change the end date? Call us on {T} or write to {E}.",
            "A confirmation letter has also gone to the old address as a safety check.",
            "The fee was charged to {C}; a receipt was e-mailed to {PE}.",
            "If you were not expecting this letter, phone {P} at once – someone may be trying "
            "to divert your post.",
            "Our verification service logged the request from {IP}.",
        ],
        "franking": [
            "Your meter will ask for a credit top-up once the balance drops below the set level.",
            "Top-ups can be paid by card ({C}) or by direct debit from {IB}.",
            "Bulk mail must be faced the same way, bundled in fifties and trayed by postcode.",
            "Drop-off at the business entrance is between two and five; call the dock on {P} "
            "if you are late.",
            "Account manager: {NAME}, {PE}, mobile {M}.",
            "Any mis-franked item is returned with a surcharge notice, so check the date stamp "
            "every morning.",
            "The meter reports its readings each night from {IP}; please keep it connected.",
        ],
        "rural": [
            "The postal agency in the village shop now opens on Wednesday afternoons as well.",
            "Parcels can be left with the agency if you will be out on the day of delivery.",
            "The mobile post office van stops outside the church hall; for the timetable ring {P}.",
            "Cash withdrawals are limited to what the shop holds that day.",
            "{NAME} runs the agency counter; messages can also go to {M}.",
            "For anything the agency cannot handle, the regional helpline is {T}.",
            "Agency questions by e-mail: {E}.",
        ],
    },
    "neg": [
        "Please quote the {nl} {N} if you contact us.",
        "For our records: {nl} {N}.",
        "The slip shows {nl} {N}.",
        "{NL}: {N}.",
        "Keep this note — {nl} {N} — until the matter is closed.",
        "We have noted {nl} {N} on your file.",
    ],
    "list_heads": [
        "Post office contacts",
        "Counter and depot numbers",
        "Who handles what",
        "Branch phone list",
    ],
    "list_labels": [
        "Counter",
        "Delivery office",
        "PO Boxes",
        "Redirections",
        "Business mail",
        "Depot yard",
        "Agency",
        "Customs desk",
        "Branch manager",
        "Parcel pick-up",
    ],
    "local": {
        "US": [
            "{TOWN}-area box holders: the lobby window picks up on {L} (a local call, no area code).",
            "Living in {TOWN}? The carrier annex is {L}; for passport appointments dial {L}.",
            "If you call from inside {TOWN}, the delivery unit is simply {L}.",
            "{TOWN} station, local line only: {L}.",
            "The {TOWN} main post office front desk takes local calls on {L}, the box section on {L}.",
        ],
        "GB": [
            "Ringing from a {TOWN} landline? Just dial {L} for the delivery office.",
            "{TOWN} enquiry office (from local phones): {L}.",
            "In {TOWN} itself the sorting office answers on {L}; the collection desk is {L}.",
            "No code needed within {TOWN}: the counter is {L}.",
        ],
        "IN": [
            "From a {TOWN} landline, the head post office enquiry counter is {L}.",
            "{TOWN} city callers can reach the speed post booking desk on {L} and the PO box section on {L}.",
            "Within {TOWN}, dial {L} for the sub post office; no STD code is needed.",
            "Local calls ({TOWN}): parcel section {L}.",
        ],
    },
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab}: tel. {ph}"],
}
