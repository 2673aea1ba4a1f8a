"""English sentences (fresh for v103): wine, beer and spirits."""

GENRES = {
    "cellar": {
        "heads": ["Cellar door bookings", "Tasting room – weekend notes", "Your visit to the winery"],
        "pos": [
            "Seated tastings run {X:opening_hours}; to move your slot, call the cellar door on {N} or "
            "reply to {E}.",
            "If the gate is shut, ring {M} and {name} will walk down from the winery to let you in.",
            "Groups over eight need a deposit; we charged the card ending in the number you gave us, {C}, "
            "and will refund it if you cancel two days ahead.",
            "Our export partner in the old world answers on {I} during their office hours.",
            "Questions about the flight list (it includes the {X:vintage_span} verticals) go to {E}.",
            "The tasting-room tablet could not reach the till at {P}, so today's sales were keyed in by "
            "hand.",
            "For wheelchair access to the barrel hall, let us know on {N} and we'll open the side ramp.",
        ],
        "neg": [
            "Today's flight: the {X:abv} Riesling from parcel {X:cadastre}, then a Pinot from clone "
            "{X:clone}.",
            "Please keep to rows {X:vine_rows} on the walk; the rest of the block is netted.",
            "Cellar temperature sits at {X:temperature}, so bring a layer even in August.",
            "The reserve Shiraz scored {X:score} and only {X:case_count} cases were made.",
            "Booking ref {X:booking_ref} covers four guests and the cheese board.",
            "Free sulphur in the unfiltered white is only {X:so2}, so open it on the day.",
            "Magnums ({X:bottle_size}) of the {X:vintage_span} vintages are open for the library tasting.",
        ],
    },
    "brewery": {
        "heads": ["Taproom news", "Brew day log", "Brewery tour – what to expect"],
        "pos": [
            "Keg returns and empties: text {M} before you drive over, the yard closes early on Fridays.",
            "Trade orders for the new hazy go through {E}; invoices are paid to {B}.",
            "The brewhouse controller sits on {P} – if the mash tun alarm fires, ring the head brewer on "
            "{N}.",
            "Tour tickets were paid with {C}; show the confirmation at the bar.",
            "Our contract canning line is run by a crew abroad, reachable on {I}.",
            "Call the taproom on {N} to reserve the long table for birthdays.",
            "Lost property from Saturday's tap takeover is behind the bar; {name} can be reached on {M}.",
        ],
        "neg": [
            "This week's pale comes in at {X:abv}, {X:ibu}, dry-hopped with {X:hop_code}.",
            "Gravity readings on FV3: {X:gravity}, pitched with {X:yeast_strain} at {X:temperature}.",
            "We mashed {X:grain_kg} of malt for the stout, colour around {X:ebc_colour}.",
            "Keg {X:keg_no} came back with a split spear, please set it aside.",
            "The barrel-aged imperial rested in {X:barrel_no} for {X:age_years} months.",
            "Bright tank {X:tank_litres} is carbonating at {X:bar_pressure}.",
        ],
    },
    "distillery": {
        "heads": ["Distillery visitor centre", "Cask owners' update", "Warehouse tour notes"],
        "pos": [
            "Cask owners wanting a sample drawn should call the warehouse manager on {N}.",
            "The still-house camera at {P} shows the spirit safe live during tours.",
            "Your cask fee was taken from {C}; the receipt follows by e-mail from {E}.",
            "For bottling your own cask abroad, our bonded agent answers on {I}.",
            "If the visitor car park is full, phone {M} and we'll open the field.",
            "Membership renewals can be paid by transfer to {B}, quoting your cask number.",
            "US cask investors: the W-9 we hold lists SSN {S}; send corrections to {E}.",
        ],
        "neg": [
            "Cask {X:cask_no} was filled at {X:cask_strength} and will be {X:age_years} years old next "
            "spring.",
            "This single cask gave {X:bottle_of} bottles; yours is marked on the label.",
            "Duty status: held under bond {X:bonded_no}, movement reference {X:emcs_arc}.",
            "The new make left the spirit still at {X:cask_strength} and went into ex-bourbon wood.",
            "Tours start {X:opening_hours} and finish in the dunnage warehouse.",
            "Label approval {X:ttb_cola} came through, so the US shipment can go.",
        ],
    },
    "club": {
        "heads": ["Wine club – spring release", "Member dispatch notice", "Your club shipment"],
        "pos": [
            "Your spring parcel ships Tuesday; the courier will call {M} if nobody is home.",
            "We'll charge the card on file, {C}, on the first of the month.",
            "Member services: {N}, weekdays, or {E} any time.",
            "To pause deliveries, phone the free line {T} before the cut-off.",
            "Shipping to a work address? Let {name} know on {N}.",
            "The age check for your first shipment was run against SSN {S}; the record is deleted after 30 "
            "days.",
            "Direct debits for the quarterly case come from {B}.",
        ],
        "neg": [
            "Member {X:member_no}: this release holds {X:case_count} bottles, {X:bottle_size} each.",
            "The sparkling was disgorged {X:disgorged} with a dosage of {X:dosage}.",
            "Tasting notes: {X:brix} at picking, {X:ph}, acidity {X:acidity}.",
            "The Pinot scored {X:score}; only {X:hectolitres} were made across the estate.",
            "Barcodes on the case ({X:ean13}) match the club manifest.",
        ],
    },
    "harvest": {
        "heads": ["Harvest volunteers – briefing", "Vintage crew sign-up", "Picking week plan"],
        "pos": [
            "Pickers meet at the shed at seven; if you're running late, text {M}.",
            "First-aid and the vineyard manager: {N}. Save it before you head out.",
            "Paid seasonal staff: send your tax form and SSN ({S}) to payroll at {E}.",
            "The weather station on the hill reports to {P}; we check it before deciding to pick.",
            "Volunteers from overseas can reach our host family on {I}.",
            "Minibus from the station: call {name} on {M} the evening before.",
        ],
        "neg": [
            "We start with block 4 ({X:parcel_ha}), rows {X:vine_rows}, on {X:rootstock} rootstock.",
            "Target ripeness is {X:brix}; expected yield {X:yield_hlha}.",
            "Picking date pencilled for {X:picking_date}, weather allowing.",
            "WSET students (candidate no. {X:wset_candidate} and the rest) can log picking hours for the "
            "diploma.",
            "Crates are weighed at the press; last year's total was {X:grain_kg} of fruit a day.",
            "Sugar readings this morning: {X:brix}, {X:ph}.",
            "The parcel sits at {X:gps}; bring sunscreen.",
        ],
    },
    "offlicence": {
        "heads": ["Off-licence order confirmation", "Bottle shop – click & collect", "Store notice"],
        "pos": [
            "Your click-and-collect order is ready; ring the shop on {N} if you need more time.",
            "Payment received from {C}. Proof of age is checked at the counter.",
            "Wholesale accounts e-mail {E}; our supplier's rep is on {M}.",
            "The card machine at {P} dropped off the network, so we took cash only this morning.",
            "Customer care line (free): {T}.",
            "Importer queries for the Portuguese range: {I}.",
        ],
        "neg": [
            "Tariff line {X:hs_code} applies to the still wines in this consignment.",
            "Your basket: {X:case_count} at {X:price} each, {X:bottle_size}.",
            "Pallet label {X:sscc} was scanned in on arrival.",
            "AWRS number for our wholesale arm: {X:awrs_urn}.",
            "Lot {X:lot_code} of the rosé has been withdrawn; please return unopened bottles.",
            "Open {X:opening_hours}, seven days.",
        ],
    },
}

# announced local numbers: group -> templates ({town}; {L} one or two times)
LOCAL = {
    "US": [
        "Folks around {town} can just dial {L} for the tasting room – no area code needed.",
        "From any {town} landline, the cellar door is {L}.",
        "Heads up, {town} neighbors: the brewery's new local line is {L}, and the keg desk is {L}.",
        "Local to {town}? Call {L} and ask for the barrel room.",
        "(Locals in {town}: {L} reaches the still house directly.)",
        "Picking crew, {town} area, dial {L} when you arrive at the gate.",
        '"Just call {L} from town," the host said – we\'re the only winery left in {town} with a landline.',
        "Within {town}, seven digits gets you the shop: {L}.",
    ],
    "GB": [
        "Ringing from {town}? The shop's number is just {L}.",
        "If you're local to {town}, the off-licence answers on {L}.",
        "{town} callers can leave off the code: cellar {L}, brewery office {L}.",
        "From a {town} landline, call the distillery shop on {L}.",
        "The taproom (local number, {town}) is\n{L}",
        "Our {town} warehouse picks up on {L} – it's a landline, so local callers only need those digits.",
        "Tell the driver to ring {L} – that's the {town} yard, no code from inside town.",
    ],
    "IN": [
        "For visitors within {town}, the tasting room number is {L}.",
        "Calling from a {town} landline? Dial {L} for the vineyard office.",
        "{town} local line for harvest volunteers: {L}; the guest house is {L}.",
        "In {town} city, dial {L} without the STD code to reach the cellar.",
        "Our {town} bottling unit can be reached locally on {L}.",
    ],
}

LISTS = {
    "heads": ["Who to call", "Phone list", "Handy numbers", "Contacts for the day"],
    "labels": [
        "Cellar door",
        "Head brewer",
        "Shop counter",
        "Warehouse",
        "Shuttle driver",
        "Club desk",
        "Vineyard manager",
        "Still house",
        "Events",
        "Bookings",
    ],
}
