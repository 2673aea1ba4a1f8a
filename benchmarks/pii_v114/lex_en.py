"""English sentences for v114 (antiques and collectibles). Slots: {P} national phone, {I} international
phone, {F} toll-free or shared-cost phone, {E} personal e-mail, {R} role e-mail, {C} card, {B} IBAN, {IP} IP
address, {S} US SSN, {N} a name, {T} the town, {L} / {L2} announced local numbers, {x:kind} hard negatives."""

GENRES = {
    "dealer": {
        "titles": [
            "Shop notes – Georgian silver and country furniture",
            "New in stock this week",
            "Dealer's stock list (spring)",
        ],
        "pos": [
            "The pair of candlesticks is still on the shelf; if you'd like a hold put on them, text {N} "
            "on {P} before Saturday.",
            "We're at the Long Gallery until the end of the month, so the quickest way to reach us is {P} "
            "rather than the shop line.",
            "For shipping quotes to Europe, our packer in Antwerp can be reached on {I} and speaks good "
            "English.",
            "Trade buyers please send your resale certificate to {R} before we release anything at trade "
            "price.",
            "The oak coffer (stock ref {x:stock_no}) measures {x:dimensions}; photos of the inside on "
            "request from {E}.",
            "A deposit can be taken over the phone by card ({C} was the card left on file last time, {N} "
            "– please confirm it is still current).",
            "Call free on {F} to book a viewing slot in the back room where the better pieces are kept.",
        ],
        "neg": [
            "The tea service is stamped {x:fineness} and weighs {x:silver_weight} in total, excluding the "
            "wooden stand.",
            "Our register design mark on the plate base reads Rd No {x:reg_design}, which dates it well "
            "enough.",
            "Stock number {x:stock_no} is the chest on chest; the bureau bookcase is {x:stock_no}.",
            "Clock movement no. {x:movement_serial}, the dial signed but the case probably replaced "
            "{x:date_range}.",
        ],
    },
    "fair": {
        "titles": [
            "Coin and stamp fair – exhibitor information",
            "Collectors' fair: practical details",
            "Autumn numismatic fair",
        ],
        "pos": [
            "Stand bookings are handled by {N}; ring {P} or write to {R} and mention your table preference.",
            "Overseas exhibitors arriving the night before can call the hall manager on {I} to arrange "
            "access to the loading bay.",
            "The fair hotline {F} is staffed from eight on the morning of the fair for lost passes and "
            "car parking.",
            "If you pay your stand fee by card, we'll take it at the door: the terminal will not accept "
            "{C} type cards from outside the UK, so bring cash as a backup.",
            "Free public Wi-Fi in the hall; dealers using card readers should connect to the separate "
            "network at {IP}.",
            "Table {x:table_stand} is next to the refreshments; the valuation desk sits at {x:table_stand}.",
        ],
        "neg": [
            "Doors open {x:session_time}; dealers set up from seven, and no trading before the bell.",
            "This year's special display shows British issues {x:stamp_cat}, lent by a member.",
            "Table {x:table_stand} will be empty this time; please do not stack boxes there.",
            "The fair runs {x:auction_dates} with the bourse closing early on the final day.",
        ],
    },
    "auction": {
        "titles": [
            "Sale notice: Fine Clocks, Scientific Instruments and Silver",
            "Catalogue – timed online auction",
            "Auction of coins, medals and banknotes",
        ],
        "pos": [
            "Commission bids are taken until noon the day before the sale; telephone {P} and ask for the "
            "bids office.",
            "To register for a phone line on the day, email {R} at least 24 hours ahead with proof of "
            "address.",
            "The specialist for this section, {N}, will take condition report requests on {E} or on {P}.",
            "Our online bidding server moves on sale day: if your firewall whitelists us, add {IP} as well.",
            "Bidders overseas may call {I} to be put through to the saleroom during the auction.",
            "Invoices are payable by bank transfer to {B} quoting the lot number and your paddle.",
            "Lots {x:lot_range} will be offered first, followed by the clocks from a Yorkshire estate.",
        ],
        "neg": [
            "Buyer's premium is {x:premium} of the hammer price plus VAT on the premium.",
            "Lots {x:lot_range} are sold without reserve; bidding starts at half the low estimate.",
            "The gilt bracket clock carries an estimate of {x:estimate}, and the barometer {x:estimate}.",
            "Sale {x:sale_number}, session one: {x:session_time}, viewing the day before.",
            "Increments are {x:increment} above the low thousands; the auctioneer may split a bid.",
            "Consignment {x:consignment} includes the museum deaccession, old label {x:accession} on the "
            "base.",
        ],
    },
    "valuer": {
        "titles": [
            "Valuation appointment confirmation",
            "Your insurance valuation",
            "Probate valuation – next steps",
        ],
        "pos": [
            "{N} will visit on Thursday morning; if the parking is awkward, please let us know on {P}.",
            "Please have the receipts and any earlier valuations ready; you can email scans to {E} "
            "beforehand.",
            "Our fee for the insurance schedule is payable by card; the card ending we have is from {C}, "
            "which we will charge after the report is sent.",
            "If you are abroad when the report is ready, our valuer can call you on {I} to go through it.",
            "Questions about the probate figures go to the office: {R} or the free line {F}.",
        ],
        "neg": [
            "The schedule lists the bracelet at {x:carat} for the centre stone, with a replacement value "
            "of {x:hammer}.",
            "Our reference for this valuation is {x:val_ref}; please quote it when you ring.",
            "The pair of Sheffield candlesticks are hallmarked {x:hallmark_year} and weigh "
            "{x:silver_weight} loaded.",
        ],
    },
    "restorer": {
        "titles": [
            "Restoration estimate",
            "Workshop job sheet – longcase clock",
            "Conservation report and quote",
        ],
        "pos": [
            "The veneer on the drop-leaf table needs relaying; {N} in the workshop can explain the "
            "options on {P}.",
            "Send photos of the cracked glaze to {E} and we'll reply with a rough figure before you bring "
            "it in.",
            "We ask for a third up front, paid by card ({C}) or by transfer to {B}.",
            "Our gilder works from a studio abroad and prefers to speak directly: {I}.",
            "The workshop camera is viewable while your piece is on the bench; log in at {IP} with the "
            "code we give you.",
        ],
        "neg": [
            "The frame is {x:frame_size} inside the rebate and the gesso is lifting along the top rail.",
            "Movement serial {x:movement_serial}; the escapement is worn and the suspension spring is "
            "broken.",
            "Pattern {x:pattern_no} is painted on the foot rim; we'll match the colours to that pattern "
            "book.",
        ],
    },
    "club": {
        "titles": [
            "Collectors' club newsletter",
            "Society bulletin: meetings and news",
            "Club circular – packet and library",
        ],
        "pos": [
            "The exchange packet is with {N} this month; ring {P} if it hasn't reached you by the 20th.",
            "New members can pay the subscription by transfer to {B}; please put your surname as the "
            "reference.",
            "The librarian, {N}, can post out reference books – email {E} with what you need.",
            "Our overseas secretary asks that members abroad call {I} only in the evenings.",
            "The club's online auction uses a new address, {IP}, until the domain is sorted.",
            "Questions about the annual dinner go to {R}.",
        ],
        "neg": [
            "The talk on the Penny Black covered plates {x:plate_ref} of the register and the lettering.",
            "Members brought coins of George III, {x:reign}; the best was graded with cert {x:cert_ngc}.",
            "Library copy: ISBN {x:isbn}, the second edition, please return by the next meeting.",
            "The Victorian pair on the cover are perf {x:perforation}, which settles the printing.",
            "The club's mintage tables give {x:mintage} for the 1887 issue, which seems high.",
            "The cover shown at the meeting was postmarked {x:postmark}, with a faint duplex cancel.",
            "Tonight's coin of the month: {x:coin_cat}, {x:coin_weight}, slabbed with cert {x:cert_pcgs}.",
        ],
    },
    "invoice": {
        "titles": [
            "Buyer's invoice",
            "Settlement statement for vendor",
            "Pro-forma invoice – collection arrangements",
        ],
        "pos": [
            "Payment may be made by card over the phone on {P}, or by transfer to {B}.",
            "Card payments taken today: {C}, approved, thank you.",
            "For tax reporting on the bullion sale we hold your SSN as {S}; please tell us if it is wrong.",
            "Collection queries to the warehouse at {R} or {P}; we store free for 14 days.",
            "If you paid from abroad and the bank charges were taken off, our accounts team is on {I}.",
        ],
        "neg": [
            "Hammer {x:hammer}, premium {x:premium}, VAT on premium only under the margin scheme.",
            "VAT no. GB {x:vat_margin}. Paddle {x:paddle}. Sale {x:sale_number}.",
            "Parcel sent tracked, {x:tracking}, signed for on delivery.",
            "Storage location {x:storage_bay}; please bring this invoice when you collect.",
        ],
    },
    "wanted": {
        "titles": [
            "Wanted: pre-war tinplate toys",
            "Collector seeks early banknotes",
            "Buying: trench art and medals",
        ],
        "pos": [
            "Private collector, not a dealer, paying fair prices; call {N} on {P} any evening.",
            "I buy whole collections too, and can travel; email {E} with a few photos.",
            "Based abroad but in the country every month: {I}.",
            "Dealers with stock to clear are welcome to ring the free line {F}.",
        ],
        "neg": [
            "Especially wanted: notes with serial {x:banknote_serial} or nearby, and star replacements.",
            "Looking for Pick numbers and the old catalogues, any year, but especially ISBN {x:isbn}.",
            "Patent tools marked Pat. {x:patent} or similar, any condition.",
        ],
    },
    "clearance": {
        "titles": ["House clearance and contents valuation", "Estate contents: what happens next"],
        "pos": [
            "Our clearance team lead, {N}, will meet you at the property; her mobile is {P}.",
            "The keys can be left with the neighbour; text {P} once they are dropped off.",
            "If the family would like a copy of the inventory, write to {R} or {E}.",
            "Proceeds go to the executors by transfer to {B} once the sale has settled.",
        ],
        "neg": [
            "The inventory runs to {x:val_ref} items including the garage contents.",
            "Wardrobe in the back bedroom, {x:dimensions}, will need to come apart to get down the stairs.",
            "Framed print edition {x:edition}, a little foxed, stays with the house.",
        ],
    },
}

LOCAL = {
    "US": [
        "Folks in {T} can just dial {L} for the shop; out-of-towners will need the area code.",
        "From any {T} phone, the saleroom is {L} and the shipping desk is {L2}.",
        "{T} locals: walk-in appraisals by appointment at {L}.",
        "Calling inside {T}? The gallery picks up at {L}, and our restorer answers at {L2}.",
        "Seven digits from a {T} landline – {L} – reaches the coin counter.",
        "Our {T} showroom, no area code needed in town: {L}.",
    ],
    "GB": [
        "If you're ringing from {T} itself, {L} will do – no need for the code.",
        "Local callers ({T} exchange): the saleroom is on {L}, the valuation office on {L2}.",
        "Anyone in {T} can reach the stall-holders' office on {L}.",
        "From a {T} landline just dial {L}; the workshop extension is {L2}.",
        "{T} shop phone (local): {L}",
        "We're in the old corn exchange in {T}; ring {L} from town.",
    ],
    "IN": [
        "Within {T}, simply dial {L} for the gallery; outside callers add the STD code.",
        "Our {T} showroom answers on {L}; the restoration workshop is {L2}, both local numbers.",
        "{T} city callers: appraisals desk at {L}.",
        "From a landline in {T}, ring {L} to fix a valuation visit.",
    ],
}

HEADS = ["Contact the saleroom", "Dealer contacts", "Who's who at the fair", "Departments", "Where to call"]
LABELS = [
    "Front desk",
    "Bids office",
    "Shipping",
    "Valuations",
    "Workshop",
    "Accounts",
    "Book-keeper",
    "Porter",
]
NEUTRAL = [
    "Please bring the item wrapped in a blanket rather than newspaper.",
    "We're closed on Mondays except in the week of the fair.",
    "All measurements are approximate and taken at the widest point.",
    "Thank you for your patience while we catalogue the remaining boxes.",
]
