"""English (and Hindi) sentences for v54: farming, rural co-operatives and veterinary work.

Slots: {P} national phone, {M} mobile, {I} international phone, {O} toll-free/shared-cost, {L} announced
local number, {E} e-mail, {C} card, {B} IBAN, {IP} IP address, {S} US SSN, {N:kind} hard negative,
{NAME} a person, {TOWN} the document's town.
"""

EN = {
    "auction": {
        "title": [
            "Store cattle sale – entries and results",
            "Mart report: prime lambs and cull ewes",
            "Tuesday ring sale notice",
            "Breeding heifer sale catalogue note",
        ],
        "pos": [
            "Vendors wanting a late entry should phone the office on {P} before Friday noon.",
            "Lot {N:lot_pen} (ear tag {N:eartag_uk}) made {N:hammer_price} "
            "to {NAME}; the buyer can be reached on {M}.",
            "Buyers from across the water, ring our agent {NAME} on {I} for haulage and export papers.",
            "Cheques for the last sale were sent out; queries to {E} or the sale clerk on {P}.",
            "Deposits for the pedigree draft can be paid by card ({C}) at the office window.",
            "Please settle by transfer to {B}, quoting your holding number {N:holding_cph}.",
            "The online bidding stream runs from {IP}; if it drops, the "
            "auctioneer's clerk takes phone bids on {M}.",
            "Market freephone for sale results: {O}.",
        ],
        "neg": [
            "Top price of the day was {N:hammer_price} for a "
            "{N:liveweight} Charolais bullock in pen {N:lot_pen}.",
            "Prime lambs averaged {N:price_per_kg}, with the best pens touching {N:price_per_kg}.",
            "Cull cows sold to {N:price_per_kg}; heaviest was {N:liveweight} (tag {N:eartag_uk}).",
            "Next sale {N:sale_date_time}; all stock must arrive with "
            "holding number {N:holding_cph} on the movement.",
        ],
    },
    "harvest": {
        "title": [
            "Harvest crew rota",
            "Combining plan – week two",
            "Grain cart and haulage schedule",
            "Harvest briefing for seasonal drivers",
        ],
        "pos": [
            "If the combine goes down, ring {NAME} straight away on {M}; he has the spare knife sections.",
            "Haulage to the store is booked; the intake desk answers on {P} from 6 am.",
            "Overseas students on the crew: your placement coordinator is on {I}.",
            "Timesheets go to {E} every Sunday night.",
            "Wages for casual drivers are paid to the account you give us, e.g. {B}, within five days.",
            "The yield-map upload box sits at {IP} in the grain office.",
        ],
        "neg": [
            "Field {N:field_parcel} came in at {N:grain_moisture} moisture "
            "and {N:yield_tha}; dryer is set accordingly.",
            "Hour meter on the combine read {N:hour_meter} at the start, rear tyres {N:tyre_size} checked.",
            "Wheat in bay 3 tested {N:protein_pct}, so it goes for milling at {N:price_tonne}.",
            "We baled {N:bale_count} of barley straw off {N:area_ha} before the rain ({N:rainfall}).",
        ],
    },
    "feed": {
        "title": [
            "Feed order confirmation",
            "Bulk blend delivery note",
            "Winter ration order",
            "Mineral and concentrate order",
        ],
        "pos": [
            "Your order is confirmed; the mill's transport desk will call from {P} the day before delivery.",
            "Driver {NAME} can be reached on {M} if the yard gate is locked.",
            "Card payment of the deposit ({C}) has been taken.",
            "Direct debit from {B} will be collected on the 28th.",
            "Order changes by e-mail to {E}, at least 48 hours ahead.",
            "Nutritionist helpline (free from a landline): {O}.",
        ],
        "neg": [
            "Blend: {N:ration_rate} of the 18 % nut, silage at {N:dry_matter} and {N:energy_me}.",
            "Weighbridge ticket showed {N:weighbridge} gross/tare; bin "
            "2 now holds about {N:price_tonne} worth.",
            "Target {N:ration_rate} for the fresh cows; review at {N:body_score}.",
        ],
    },
    "machring": {
        "title": [
            "Machinery ring bookings",
            "Ring newsletter: shared kit this month",
            "Hedge-cutter rota",
            "Slurry tanker share – booking sheet",
        ],
        "pos": [
            "To book the ring's umbilical system, text the coordinator {NAME} on {M}.",
            "The ring office has moved; the new number is {P}.",
            "For the German-built drill, the dealer's service line is {I}.",
            "Booking sheets can also be sent to {E}.",
            "Member subscriptions: transfer to {B} with your share number in the reference.",
            "The booking calendar is on the ring's own server at {IP}; log in with your member details.",
        ],
        "neg": [
            "Drill is {N:tyre_size} on the press; hour meter {N:hour_meter} at handover, PTO {N:pto_speed}.",
            "Rate this season: {N:price_tonne} for haulage, seed rate set at {N:seed_rate}.",
            "Member {N:share_no} returned the tanker with {N:hour_meter} on the clock.",
        ],
    },
    "vetcall": {
        "title": [
            "Vet call-out record",
            "Visit notes – practice vet",
            "Out-of-hours call sheet",
            "Herd health visit summary",
        ],
        "pos": [
            "Out of hours, the practice duty vet is on {P}; please say it's a calving.",
            "{NAME} (farm manager) asked for a call back on {M} once the bloods are in.",
            "Account for this visit can be paid by card ({C}) over the phone.",
            "Lab results will be e-mailed to {E}.",
            "Please ring the practice on {P} if the cow is still down tomorrow morning.",
            "Medicine records portal: {IP} (on the farm office PC only).",
        ],
        "neg": [
            "Cow {N:eartag_uk}: temperature {N:rectal_temp}, treated at "
            "{N:dose_rate}; withdrawal {N:withdrawal}.",
            "Vaccine batch {N:vaccine_batch}, body condition "
            "{N:body_score}, scanned at day {N:gestation_day}.",
            "Worm egg counts: {N:egg_count} in the ewe lambs; sample ref {N:sample_ref}.",
            "Collie microchip {N:microchip} checked and matches the passport.",
        ],
    },
    "milk": {
        "title": [
            "Milk collection notice",
            "Monthly milk statement summary",
            "Tanker route change",
            "Milk quality results",
        ],
        "pos": [
            "The haulier's control room is on {P} if the tanker hasn't arrived by 9.",
            "Field officer {NAME}: {M} (texts preferred).",
            "Milk payments go to {B}; tell us in writing if that changes.",
            "Statements can be e-mailed as well: send a request to {E}.",
            "Member helpline: {O}.",
        ],
        "neg": [
            "Collected {N:milk_litres} this month; average {N:fat_protein} fat/protein.",
            "Bulk tank at {N:tank_temp} on collection, cell count {N:cell_count}.",
            "Quality bonus band moves when the count passes {N:cell_count}.",
        ],
    },
    "coop": {
        "title": [
            "Co-operative members' notice",
            "AGM invitation",
            "Grain pool members' update",
            "Co-op store opening hours",
        ],
        "pos": [
            "Proxy forms can be returned to the secretary, {NAME}, at {E}.",
            "The grain pool desk is on {P}; the merchant's trading line is {M}.",
            "Dividend will be paid into {B} for members who chose transfer.",
            "Members abroad can join the AGM by phone: dial {I} and ask for the chair.",
            "The members' portal is hosted at {IP}.",
        ],
        "neg": [
            "Pool price for the year settled at {N:price_tonne}, with {N:protein_pct} milling premium.",
            "Share {N:share_no} carries one vote; the store's organic certificate is {N:organic_code}.",
            "Total intake: {N:bale_count} tonnes from {N:area_ha} of members' land.",
        ],
    },
    "agronomy": {
        "title": [
            "Agronomist field walk notes",
            "Spray recommendation",
            "Soil sampling report",
            "Fertiliser plan",
        ],
        "pos": [
            "Any questions about the spray plan, call {NAME} on {M}.",
            "The distributor's technical line is {O}.",
            "Soil lab report attached; the lab's customer desk is {P}.",
            "Reports can also be pulled from the sampling server at {IP}.",
            "Send the signed plan back to {E}.",
        ],
        "neg": [
            "Product {N:mapp_no} at label rate; field {N:field_parcel} (grid {N:grid_ref}).",
            "Soil came back {N:soil_ph}; spread {N:npk_grade} ahead of drilling.",
            "Drill at {N:seed_rate} once soil is dry; last week's rain was {N:rainfall}.",
            "GPS of the water trough to avoid: {N:gps_point}.",
        ],
    },
}

EN_US_EXTRA = [
    "Farm credit check for the equipment loan uses SSN {S}; shred this sheet afterwards.",
    "The co-op needs the member's SSN ({S}) on the patronage tax form.",
]

LOCAL = {
    "US": [
        "Anyone in {TOWN} can reach the sale barn by dialing {L} - no area code from a local line.",
        "Folks around {TOWN}: the elevator office picks up at {L}, and the scale house at {L}.",
        "{TOWN} farmers, the vet clinic's after-hours line is just {L} from a home phone.",
        "Local to {TOWN}? The feed store takes orders at {L}.",
        "The co-op branch in {TOWN} (town line): {L}.",
        "From any {TOWN} landline, seven digits get you the extension office: {L}.",
        "Our {TOWN} yard - call {L}, that's the local number, ask for the shop.",
        '"Just dial {L} if you\'re in {TOWN}," the auctioneer said at the end of the sale.',
        "Note from the {TOWN} elevator:\n{L} (local), if nobody answers try again after lunch.",
    ],
    "GB": [
        "If you're ringing from {TOWN} itself, the mart office is simply {L}.",
        "{TOWN} callers can leave off the code: the vet surgery is {L}, the farm animal team {L}.",
        "Locally in {TOWN} the feed merchant's number is {L}.",
        "The ring's {TOWN} office (local calls) - {L}.",
        "Within {TOWN} just dial {L} for the grain store weighbridge.",
        "Ring the {TOWN} depot on {L} - that's from a {TOWN} phone, mind.",
        "For the {TOWN} show secretary, dial {L} locally.",
        "Sale-day number for anyone in {TOWN}:\n{L}",
    ],
    "IN": [
        "Farmers in {TOWN} can call the dairy society on {L} from a landline in town.",
        "Within {TOWN}, dial {L} for the veterinary hospital and {L} for the society office.",
        "The {TOWN} mandi office number (local) is {L}.",
        "For the {TOWN} seed depot, the landline within the city is {L}.",
        "KVK {TOWN}: local callers dial {L}.",
        "In {TOWN} itself the milk chilling centre answers on {L}.",
    ],
}

HI = {
    "vetcall": {
        "title": ["पशु चिकित्सक विज़िट नोट", "रात की कॉल शीट"],
        "pos": [
            "रात में इमरजेंसी हो तो डॉक्टर {NAME} को {M} पर फ़ोन करें।",
            "अस्पताल का नंबर {P} है, सुबह 9 बजे से।",
            "रिपोर्ट {E} पर भेजी जाएगी।",
            "दवा का भुगतान कार्ड {C} से हो चुका है।",
        ],
        "neg": [
            "गाय का तापमान {N:rectal_temp}, खुराक {N:dose_rate}, दूध रोकें {N:withdrawal}।",
            "टीका बैच {N:vaccine_batch}, हालत {N:body_score}।",
            "गाभिन का दिन {N:gestation_day}, सैंपल {N:sample_ref}।",
        ],
    },
    "milk": {
        "title": ["दूध संग्रह सूचना", "दुग्ध समिति का मासिक हिसाब"],
        "pos": [
            "टैंकर देर से आए तो समिति दफ़्तर {P} पर बताएँ।",
            "सचिव {NAME} का मोबाइल {M} है।",
            "भुगतान खाते में जाएगा; टोल-फ़्री हेल्पलाइन {O}।",
        ],
        "neg": [
            "इस महीने {N:milk_litres} दूध, फैट/प्रोटीन {N:fat_protein}।",
            "टैंक का तापमान {N:tank_temp}, सेल काउंट {N:cell_count}।",
        ],
    },
    "feed": {
        "title": ["पशु आहार ऑर्डर", "चारा डिलीवरी पर्ची"],
        "pos": [
            "ड्राइवर {NAME} से {M} पर बात करें।",
            "ऑर्डर बदलना हो तो {E} पर लिखें या {P} पर फ़ोन करें।",
        ],
        "neg": [
            "राशन {N:ration_rate}, साइलेज {N:dry_matter}।",
            "काँटे की पर्ची: {N:weighbridge}, दाम {N:price_tonne}।",
        ],
    },
    "harvest": {
        "title": ["कटाई की टीम", "हार्वेस्टर बुकिंग"],
        "pos": [
            "हार्वेस्टर खराब हो तो मिस्त्री {NAME} को {M} पर बुलाएँ।",
            "मंडी का नंबर {P} है।",
        ],
        "neg": [
            "खेत {N:area_ha}, नमी {N:grain_moisture}, पैदावार {N:yield_tha}।",
            "इंजन घंटे {N:hour_meter}, टायर {N:tyre_size}।",
        ],
    },
}

HI_LOCAL = [
    "{TOWN} शहर के अंदर से डेयरी समिति को {L} पर फ़ोन करें।",
    "{TOWN} में लैंडलाइन से पशु अस्पताल: {L}, समिति दफ़्तर: {L}।",
    "{TOWN} के किसान लोकल कॉल में सिर्फ़ {L} मिलाएँ।",
    "बीज गोदाम ({TOWN}, शहर का नंबर) – {L}",
    "{TOWN} मंडी दफ़्तर बिना कोड के: {L}।",
]
