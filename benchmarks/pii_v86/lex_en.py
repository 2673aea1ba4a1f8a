"""English sentences for v86: libraries, museums, archives. Slots are explained in compose.py."""

EN = {
    "library": {
        "title": ["Your library account", "Reservation ready for collection", "Branch library news"],
        "pos": [
            "The item you reserved is waiting on the holds shelf; if you can't make it within seven days, "
            "call the branch on {P} and we'll keep it a little longer.",
            "Overdue reminders now come by text from {M}; please don't reply to that number, "
            "ring the lending desk instead.",
            "Renewals can be done online or by phone on {P} (24-hour automated line, have your card ready).",
            "Questions about the home library service go to {E} or to Margaret on {P}.",
            "Our Wi-Fi moved to a new controller: if the login page doesn't load, type {IPp} into "
            "the browser.",
            "Lost your card? Report it on {O} so nobody else can borrow on it.",
            "Book group packs for the spring term are booked through {Ep}; leave a message on {M} if "
            "you have no e-mail.",
        ],
        "neg": [
            "Card number {N:card_barcode} is due to expire at the end of the month.",
            "The title on hold is filed at {N:dewey} on the ground floor, ISBN {N:isbn13}.",
            "The branch is open {N:hours} on weekdays and closed on bank holidays.",
            "Your reservation for 'A History of the County Asylum' (ISBN {N:isbn10}) is number "
            "{N:entry_no} in the queue.",
            "Fines were written off in January; the new RFID gates read tag {N:rfid} on the returned copy.",
        ],
    },
    "recordoffice": {
        "title": ["Re: your enquiry to the Record Office", "Search request – reply", "Archive enquiry"],
        "pos": [
            "Thank you for your enquiry. Our archivist on duty can be reached on {P} between 10 and 4 if you "
            "would like to discuss the search before booking a seat.",
            "For paid research please write to {E}; the searcher will phone you back from {P}.",
            "If you are calling from abroad, the searchroom desk is on {I}.",
            "Copies can be paid for by card over the phone; the card ending you gave ({C}) was declined, "
            "so please try again or ring {P}.",
            "The catalogue server behind the public terminals sits on {IP4}; staff report faults to {E}.",
            "Transfer the search fee to {B}, quoting your enquiry reference, or pay at the desk.",
        ],
        "neg": [
            "The parish registers you asked about are catalogued as {N:archive_ref} and cover the "
            "years {N:year_range}.",
            "The 1911 return for that household is at {N:census_piece}.",
            "We hold the tithe map (grid reference {N:grid_ref}) but it is too fragile for production.",
            "The series is also described under {N:tna_ref} at the national archives.",
            "Please quote box and file {N:box_file} when you come in.",
        ],
    },
    "histsoc": {
        "title": [
            "Local History Society – newsletter",
            "Society notes for members",
            "Next meeting of the history group",
        ],
        "pos": [
            "Lifts to the Thursday talk can be arranged with Derek, {M}, no later than the Tuesday before.",
            "Anyone with photographs of the old tannery, please get in touch with the secretary at "
            "{Ep} or on {P}.",
            "The annual subscription can now be paid by standing order to {B}.",
            "Our projector laptop picks up the hall's network as {IPp}, so bring slides on a stick "
            "just in case.",
            "Enquiries about the oral history project: {E}, or leave a voicemail on {M}.",
        ],
        "neg": [
            "Our society is registered charity no. {N:charity_no}.",
            "Last month's talk drew {N:group_size} members despite the snow.",
            "The article appeared in our journal, vol. {N:volume}, pp. {N:pages}.",
            "Mr Allsop's excavation report dates the hearth to {N:radiocarbon}.",
            "The chapel marker stone stands at {N:coords}.",
        ],
    },
    "museumbook": {
        "title": ["Booking confirmation", "Your school visit", "Group booking – museum"],
        "pos": [
            "If your coach is running late on the day, ring the front desk on {P} so we can hold your slot.",
            "The deposit of {N:price} was taken from the card ending in the number you gave us ({C}).",
            "For changes to the group size, contact the learning team at {E} or {P}.",
            "On the day, the visitor services manager is on {M} in case of problems at the entrance.",
            "Overseas tour operators can reach our bookings office on {I}.",
            "Accessible parking must be requested in advance on {O}.",
        ],
        "neg": [
            "Booking reference {N:booking_ref}: {N:group_size} pupils and 4 adults, arrival 10:15.",
            "Your workshop takes place in room {N:room} on the first floor.",
            "The special exhibition runs {N:run_dates}.",
            "Tickets are {N:price} per adult; under-fives go free.",
            "Gift Aid declaration {N:gift_aid} has been recorded against your booking.",
        ],
    },
    "heritage": {
        "title": ["Visiting the abbey ruins", "Plan your visit", "Heritage open day"],
        "pos": [
            "The site has no mobile signal beyond the gatehouse; in an emergency, the custodian's "
            "landline is {P}.",
            "Guided walks leave at eleven and two; book on {P} or e-mail {E}.",
            "The estate office answers on {I} for visitors calling from outside the country.",
            "Weddings and filming enquiries: {Ep}, {M}.",
        ],
        "neg": [
            "The walled garden sits at grid reference {N:grid_ref}.",
            "The chapel was rebuilt in stages from {N:year_range}.",
            "Entry is {N:price} for adults; members free.",
            "Opening hours this season: {N:hours}, last admission one hour before closing.",
        ],
    },
    "loans": {
        "title": ["Inter-library loan request", "Object loan – condition report", "Outgoing loan agreement"],
        "pos": [
            "Your inter-library loan has arrived; collect it within ten days or ring {P} to extend.",
            "The courier will call from {M} on the morning of the installation.",
            "Please return the signed loan agreement to {E}; for urgent questions call the registrar on {P}.",
            "The lender's conservator is on {I} if the crate arrives damaged.",
        ],
        "neg": [
            "Request {N:ill_id} for the journal article, DOI {N:doi}, has been filled.",
            "Object {N:accession} measures {N:dims} and should be displayed at no more than {N:lux}.",
            "Gallery conditions must stay at {N:climate}.",
            "The medal weighs {N:weight}; inventory no. {N:inventory}.",
            "Holdings checked via OCLC {N:oclc} and ISSN {N:issn}.",
        ],
    },
    "reading": {
        "title": ["Reading room – ordering documents", "Before your first visit", "Searchroom rules"],
        "pos": [
            "Order up to six items in advance by phoning {P} the day before your visit.",
            "If the microfilm reader jams, tell the invigilator or call the desk on {P}.",
            "Reader registration enquiries: {E}. We will phone you back from {P}.",
            "The public catalogue runs on {IP4}; connect your laptop to the reader Wi-Fi first.",
        ],
        "neg": [
            "Your reader's ticket {N:reader_ticket} is valid for three years.",
            "Microfilm reel {N:reel} covers the baptisms you need.",
            "The manuscript is foliated; the will is on fols. {N:folio}.",
            "Printed catalogues are shelved under {N:udc}.",
        ],
    },
    "reprographics": {
        "title": ["Copy order", "Digitisation request", "Image licence"],
        "pos": [
            "Your scans are ready to download; if the link expires, call reprographics on {P}.",
            "Payment for high-resolution images can be made by card ({C}) or by transfer to {B}.",
            "The image server has moved to {IP6}; update your IIIF bookmarks.",
            "For commercial licences contact {E} or our picture library on {I}.",
        ],
        "neg": [
            "Negative {N:negative_no} has been scanned at 600 dpi.",
            "The persistent link is {N:ark}.",
            "The painting is recorded on Wikidata as {N:wikidata}.",
            "Lot {N:lot} of the 1932 sale is the same photograph.",
            "The photographer's authority record carries ISNI {N:isni}.",
        ],
    },
    "volunteers": {
        "title": ["Volunteer rota", "Welcome to the volunteer team", "Volunteer update"],
        "pos": [
            "If you can't make your shift, text the duty supervisor on {M} before 9 am.",
            "Questions about training go to {Ep}, or ring the volunteer office on {P}.",
            "For the background check we need your Social Security number; you gave {S}, please confirm it.",
            "Weekend shifts are arranged by Leanne, {M}.",
        ],
        "neg": [
            "Your volunteer badge number is {N:member_no}.",
            "This month we logged hours from {N:group_size} volunteers in the archive.",
            "Sorting of boxes {N:box_file} continues on Wednesdays.",
        ],
    },
    "friends": {
        "title": [
            "Friends of the Museum – membership renewal",
            "Your Friends membership",
            "Members' evening",
        ],
        "pos": [
            "Renew by phone on {P} or online; direct debit members pay from {B} automatically.",
            "Membership questions: {E}, {P}.",
            "The members' evening is hosted by Anthea; RSVP to {Ep} or {M}.",
            "Your card payment (card {C}) for the joint membership has gone through.",
        ],
        "neg": [
            "Membership no. {N:member_no} renews on the first of the month.",
            "The trip fee is {N:price} including lunch.",
            "We are a registered charity, no. {N:charity_no}.",
        ],
    },
}

LIST_HEADS = ["Contact the team", "Telephone directory", "Departments", "Who to call"]
LIST_LABELS = [
    "Front desk",
    "Searchroom",
    "Learning team",
    "Conservation",
    "Lending desk",
    "Bookings",
    "Volunteer office",
    "Estate office",
    "Reprographics",
    "Local studies",
]
