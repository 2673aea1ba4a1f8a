"""English sentences for the v80 set: printing, publishing and books. Slots are filled by compose.py."""

GENRES = {
    "printquote": {
        "title": [
            "Quotation – short-run digital print",
            "Print estimate for your paperback run",
            "Revised quote: saddle-stitched zine",
        ],
        "pos": [
            "If the paper stock needs to change, call our estimator {NAME} on {P} before you approve.",
            "Send the signed quote back to {R}, or text a photo of it to {M}.",
            "A 30 % deposit is due on approval; we charged the card {C} as agreed.",
            "Questions about finishing (lamination, spot UV) go to {NAME} at {E}.",
            "Our freephone order line, {F}, is staffed until 6 pm on weekdays.",
        ],
        "neg": [
            "Quote {N:quote_no}: {N:print_run} on {N:paper_weight} uncoated, trim {N:trim_size}.",
            "Cover in {N:pantone} plus {N:cmyk}; artwork at {N:dpi} minimum.",
            "The price holds for 30 days; a run of {N:print_run} would add roughly a day on press.",
            "Sections are folded as {N:signatures}; spine calculated at {N:spine}.",
        ],
    },
    "proof": {
        "title": ["Proof ready for sign-off", "Prepress check: issues found", "Hard proof dispatched"],
        "pos": [
            "Please mark up the PDF and return it to {R}; for anything urgent ring the prepress desk on {P}.",
            "The proof PDF is on our FTP server at {I4} (folder named after your job number).",
            "Our RIP workstation ({IP}) rejected two fonts, so {NAME} re-embedded them.",
            "If the colour looks off on screen, {NAME} can talk you through it on {M}.",
        ],
        "neg": [
            "Job {N:job_ticket}: bleed missing on pages {N:page_range}.",
            "Total ink {N:ink_coverage} on the cover exceeds our limit; please flatten to {N:cmyk}.",
            "The hard proof went out by courier, tracking {N:tracking}.",
            "Images below {N:dpi} are flagged in the preflight report.",
        ],
    },
    "selfpub": {
        "title": [
            "Welcome to your self-publishing dashboard",
            "Your book is ready for distribution",
            "Royalty statement and next steps",
        ],
        "pos": [
            "Royalties are paid monthly to the account you gave us, {B}.",
            "For the W-9 we still need your SSN; you entered {S}, please confirm it is correct.",
            "Your author coach is {NAME} ({E}); she is also reachable on {P} on Tuesdays.",
            "Need a hand with the upload? Our helpline {F} is free from any landline.",
            "The cover designer you picked, {NAME}, asked us to pass on her number: {X}.",
        ],
        "neg": [
            "We assigned {N:isbn13} to the paperback and {N:isbn10} to the legacy edition.",
            "Your manuscript came in at {N:word_count}; the interior template adds {N:spine} to the spine.",
            "Royalty on the print edition: {N:royalty}; BISAC subject {N:bisac}.",
            "The e-book file is {N:filesize} after conversion.",
        ],
    },
    "bindery": {
        "title": ["Bindery job ticket", "Repair estimate – family Bible", "Rebinding: thesis copies"],
        "pos": [
            "Collection from the workshop by appointment only; ring {NAME} on {P} a day ahead.",
            "We have charged the deposit to {C}; the balance is due on collection.",
            "Photos of the spine damage went to {E}; reply there or call {M}.",
        ],
        "neg": [
            "Text block resewn on tapes; {N:signatures}; boards {N:trim_size}.",
            "Ticket {N:job_ticket}: leather reback, gilt title, estimated {N:pallet_weight} of materials.",
            "Fly-leaf inscription dated {N:year_span}; foxing on pages {N:page_range}.",
        ],
    },
    "bookshop": {
        "title": ["Special order update", "Signing night at the shop", "Your reserved copy has arrived"],
        "pos": [
            "Your copy is behind the till; if someone else will collect it, let us know on {P}.",
            "We took payment with the card {C}; the receipt was e-mailed to {E}.",
            "Tickets for the signing can be reserved by e-mail ({R}) or by phone on {P}.",
            "The publisher's rep, {NAME}, left her mobile for stock queries: {M}.",
        ],
        "neg": [
            "Order {N:quote_no}: {N:isbn13}, hardback, {N:price}.",
            "We can hold it until {N:due_date}; after that it goes back on the shelf.",
            "The shop's loyalty scheme gives a stamp per {N:price} spent.",
        ],
    },
    "library": {
        "title": ["Your hold is ready to collect", "Overdue notice", "Interlibrary loan request received"],
        "pos": [
            "To renew by phone, call the circulation desk on {P} and have your card ready.",
            "The catalogue (OPAC) is back online at {I4}; the staff mirror is {IP}.",
            "For room bookings in the local-history wing write to {R} or ask {NAME} on {P}.",
            "Library wifi now hands out IPv6 addresses; the catalogue kiosk is fixed at {I6}.",
        ],
        "neg": [
            "Item {N:lc_call} (Dewey {N:dewey}) is due back on {N:due_date}.",
            "Your library card {N:library_card} has two items overdue.",
            "Interlibrary loan: {N:oclc}, {N:vol_issue}, pages {N:page_range}.",
            "Pick-up locker code {N:locker}; the shelf mark is {N:shelfmark}.",
        ],
    },
    "agent": {
        "title": ["Re: your submission", "Offer of representation", "Manuscript request"],
        "pos": [
            "I'd love to talk this through; my direct line is {P}, or my mobile {M} after six.",
            "Please send the full manuscript to {E} as a single Word file.",
            "Our contracts manager, {NAME}, will be in touch from {R}.",
            "If you are abroad, my assistant's number is {X}.",
            "For the US tax paperwork on the advance, we have your SSN as {S}; tell us if that is wrong.",
        ],
        "neg": [
            "At {N:word_count} the book is long for a debut; could you aim for fewer?",
            "The advance offered is {N:advance}, against {N:royalty}.",
            "Comparable titles: {N:isbn13} and {N:isbn10}.",
        ],
    },
    "distribution": {
        "title": ["Shipment notice – new title", "Returns authorisation", "Stock allocation for launch"],
        "pos": [
            "Delivery problems? The warehouse dock takes calls on {P} from 7 am.",
            "Credit for the returns will be paid to {B} within 60 days.",
            "The EDI feed now comes from {I4}; please whitelist it. Contact: {R}.",
        ],
        "neg": [
            "Consignment {N:tracking}: {N:pallet_weight}, {N:print_run}.",
            "Our SAN is {N:san}; quote it with every claim.",
            "Barcode on the carton label: {N:ean13}.",
        ],
    },
    "bookfair": {
        "title": [
            "Invitation: launch evening",
            "Book fair stand information",
            "Festival programme – speakers",
        ],
        "pos": [
            "RSVP to {R}; on the day, the stand manager {NAME} is on {M}.",
            "Hall security can be reached on {P} if your badge does not scan.",
            "Our foreign rights team ({E}) will be at the stand all week, or call {X}.",
        ],
        "neg": [
            "Stand {N:stand}; the launch starts at {N:clock}.",
            "Catalogue entry: {N:isbn13}, {N:price}, {N:trim_size}.",
            "Rights list features {N:vol_issue} of the journal and {N:page_range} of the anthology.",
        ],
    },
    "rights": {
        "title": ["Permission request", "Translation rights enquiry", "Re: quote licence"],
        "pos": [
            "Please invoice the fee to our account {B} and copy {R}.",
            "If it's easier to discuss by phone, I am on {P} (office) or {M}.",
            "Our editor {NAME} can be reached at {E}.",
            "The permissions fee is paid to US residents only against a W-9 (SSN {S}); queries to {X}.",
        ],
        "neg": [
            "We would like to quote pages {N:page_range} of the edition with {N:isbn13}.",
            "Registration {N:copyright}; author ISNI {N:isni}; ORCID {N:orcid}.",
            "Print run for the translation: {N:print_run}.",
        ],
    },
    "secondhand": {
        "title": ["Catalogue 47: travel and exploration", "Your wants list", "Antiquarian book enquiry"],
        "pos": [
            "Viewing is by appointment; ring {NAME} on {P}.",
            "Card payments are taken by phone on {P}; we charged {C} for the reserved lot.",
            "Send your wants list to {R} or text {M}.",
        ],
        "neg": [
            "Lot {N:lot}: first edition, {N:year_span}, shelf mark {N:shelfmark}.",
            "Accession {N:accession}; ISSN of the series {N:issn}.",
            "Printer's key on the imprint page reads {N:printer_key}.",
        ],
    },
}

LOCAL = {
    "US": [
        "The {TOWN} print shop counter is on {L} – no area code if you're calling from town.",
        "Dialing inside {TOWN}? The bindery answers at {L}.",
        "{TOWN} branch library, local line: {L} (renewals) and {L} (children's desk).",
        "For the {TOWN} bookstore, a local call to {L} is all you need.",
        "Pressroom ({TOWN}, seven-digit dialing): {L}",
        "Our {TOWN} warehouse says: from a {TOWN} phone, just dial {L}.",
    ],
    "GB": [
        "{TOWN} readers can ring the library on {L} without the dialling code.",
        "Locally in {TOWN}, the print works answers on {L}; the studio is on {L}.",
        "The {TOWN} bookshop? From a landline in the city it's just {L}.",
        "Bindery, {TOWN} (local number):\n{L}",
        "If you're in {TOWN}, skip the code and dial {L} for the reading room.",
    ],
    "IN": [
        "{TOWN} customers may call the press on {L} from any local landline.",
        "Within {TOWN}, the book depot picks up on {L}.",
        "The {TOWN} library's reference desk (city line): {L}.",
        "Calling from {TOWN} itself? Dial {L} for the printing unit, no STD code.",
        "Local {TOWN} lines, as the proofreader noted in the margin: press office {L}, book depot {L}.",
    ],
}

LIST_HEADS = [
    "Contact sheet",
    "Who's who at the press",
    "Numbers for this job",
    "Library contacts",
    "Handy numbers",
]
LIST_LABELS = [
    "Estimator",
    "Prepress",
    "Bindery",
    "Dispatch",
    "Front desk",
    "Rights",
    "Circulation",
    "Events",
    "Accounts",
    "Night shift",
]
