"""English sentences for v112 (fashion and textiles). Slots: {nat} {intl} {free} {mail} {card} {iban} {ip}
{ssn} {neg} {name}; local sentences {town} {l1} {l2}."""

TITLES = {
    "boutique": [
        "New season drop – store notice",
        "Boutique opening hours and preorders",
        "Personal shopping request",
    ],
    "alteration": ["Alterations ticket", "Dressmaker appointment confirmation", "Your garment is ready"],
    "fabric": ["Fabric order – cut to length", "Swatch request", "Haberdashery back-order notice"],
    "agency": ["Casting call", "Option and booking confirmation", "New faces – test shoot schedule"],
    "runway": ["Runway call sheet", "Show invitation", "Backstage running order"],
    "vintage": ["Vintage fair – stallholder pack", "Preloved clothing market", "Retro kilo sale"],
    "bridal": ["Bridal fitting schedule", "Gown collection reminder", "Bridesmaid dress order"],
    "tailoring": ["Bespoke suit – second fitting", "Made-to-measure order", "Tailoring workshop note"],
}

BODY = {
    "boutique": [
        "The linen wrap dresses are back in every size; if you'd like one held behind the till, text {nat}.",
        "Preorders for the knitwear capsule open Friday. Call us on {nat} or reply to {mail}.",
        "Deposit of £60 taken on card {card}; the coat ({neg}) is reserved until Saturday.",
        "Our stylist {name} does private appointments after closing, book on {nat}.",
        "For stock questions from abroad, please ring {intl}; we ship the same day.",
        "Returns are free within 28 days. Freephone {free}, or drop them in store with the receipt.",
        "The card reader at the front desk sits on {ip}, so if the shop Wi-Fi drops, restart that one first.",
        "Loyalty queries go to {mail}; anything urgent, {nat} picks up until six.",
    ],
    "alteration": [
        "Trousers taken up, {neg}; collect from Tuesday. Questions? {nat}.",
        "{name} will pin the hem at your next visit. If you need to move it, call {nat}.",
        "The zip replacement comes to £18. Paid by card {card}, thank you.",
        "Please bring the shoes you'll wear with the dress. Workroom line: {nat}.",
        "Express service (48 h) can be booked on {free} or by e-mail at {mail}.",
        "We'll message {intl} once the lining has been re-stitched.",
    ],
    "fabric": [
        "Your cut of wool crêpe, {neg}, leaves the warehouse tomorrow. Track it by ringing {nat}.",
        "Trade accounts can pay by transfer to {iban}; quote the order reference, please.",
        "Swatches are posted free. Ask {name} on {nat} or write to {mail}.",
        "Card ending shown on the invoice: the full number we charged was {card}.",
        "The mill's UK agent answers on {intl}; they confirm dye availability within two days.",
        "Back-orders: our free sewing helpline {free} has the delivery dates.",
        "The cutting-table tablet is reachable at {ip} for the stock sync.",
    ],
    "agency": [
        "Casting for the knitwear campaign: arrive at 10, bring heels and a plain top. Booker {name}, {nat}.",
        "Please confirm the option by calling {intl} before noon Paris time.",
        "For the 1099, we still need your social security number; the form shows {ssn}, please check it.",
        "Payment for the lookbook shoot goes to your account {iban} on Friday.",
        "Test shots will be uploaded to the portal; only our office address {ip} is allowed in.",
        "Polaroids to {mail}, no filters. Questions to {nat}.",
        "Travel is booked; the driver will wait with a sign and can be reached on {intl}.",
    ],
    "runway": [
        "Models in hair and make-up by 14:30. Stage manager {name}: {nat}.",
        "The livestream encoder is at {ip}; do not unplug it during the finale.",
        "Dressers report to the rail captain; if you're late, phone {nat}.",
        "RSVP to {mail} or call {intl}. Seating is strictly by name.",
        "Press desk during the show: {nat}. Photographers collect passes from 17:00.",
        "Wardrobe emergency kit is at the back; the on-call seamstress is on {intl}.",
    ],
    "vintage": [
        "Stall fees (£45) are paid by card on booking; we have {card} on file, is it still valid?",
        "Set-up from 8 am. Lost? Ring the organiser, {name}, on {nat}.",
        "Traders from the Continent can reach the hall manager on {intl}.",
        "Refunds for cancelled pitches go back to {iban} within 14 days.",
        "Any questions about rails, mirrors or electricity: {mail}, or {nat} on the day.",
        "Entry is £3 before noon. Our free info line {free} has the parking details.",
    ],
    "bridal": [
        "Your second fitting is with {name}. If you're running late, please call {nat}.",
        "The balance on the gown is due eight weeks before the wedding, to {iban}.",
        "Bridesmaids can be measured here or send their sizes to {mail}.",
        "The veil was paid on card {card}; receipt attached.",
        "Overseas guests ordering dresses can ring the atelier on {intl}.",
        "Steaming and pressing appointments: {nat}, Tuesday to Saturday.",
    ],
    "tailoring": [
        "Cloth chosen: navy birdseye, {neg}. Your cutter, {name}, is on {nat}.",
        "Deposit of half the price, card {card}, taken at the first fitting.",
        "Remaining balance by transfer to {iban}, referencing your order.",
        "The basted fitting is ready. Book a slot on {nat} or through {mail}.",
        "Our trunk-show tailor travels next month; appointments via {intl}.",
        "Measurements are stored on the workshop server ({ip}), never on paper.",
    ],
}

PLAIN = {
    "boutique": [
        "The new arrivals include {neg} and {neg}.",
        "Window display changes on Monday; the label says {neg}.",
        "Sale rail: {neg}, final reductions.",
        "Our best-selling shirt is back, {neg}.",
    ],
    "alteration": [
        "Hem adjusted, {neg}; sleeves shortened.",
        "Ticket {neg}, waist let out by 2 cm.",
        "Please keep your {neg} to collect the garment.",
        "Seam allowance checked against {neg}.",
    ],
    "fabric": [
        "Cut: {neg}, width {neg}.",
        "Weight {neg}, composition {neg}.",
        "Please match {neg} when reordering.",
        "Notions included: {neg} and thread {neg}.",
    ],
    "agency": [
        "Comp card details: {neg}, height {neg}.",
        "Shoe size {neg}, bust–waist–hip {neg}.",
        "Model ref {neg} is on option for the week.",
        "Look list for the shoot: {neg}.",
    ],
    "runway": [
        "Running order: {neg}. Finale walk together.",
        "Doors {neg}; seating by {neg}.",
        "Collection {neg}, presented on {neg}.",
        "Rails labelled by {neg}.",
    ],
    "vintage": [
        "Your pitch is {neg}. Trading hours {neg}.",
        "Highlights: {neg} and a rail of denim.",
        "Prices mostly {neg}; cash and cards welcome.",
        "Date of the next fair: {neg}.",
    ],
    "bridal": [
        "Gown style {neg}, fitting on {neg}.",
        "Bodice adjusted, size {neg}.",
        "Fabric {neg}, lining {neg}.",
        "Veil length noted on {neg}.",
    ],
    "tailoring": [
        "Cloth: {neg}, lining {neg}.",
        "Buttons {neg}, horn.",
        "Pattern drafted from {neg}.",
        "Trousers with {neg}, turn-ups optional.",
    ],
}

LOCAL = {
    "US": [
        "If you're dialing from a {town} landline, the boutique is just {l1}; the tailor's bench is {l2}.",
        "Alterations in {town}: local callers use {l1}, no area code needed.",
        "Our {town} showroom picks up on {l1} (in-town calls) and the stockroom on {l2}.",
        "Around {town}? Seven digits gets you the fitting room: {l1}.",
        "{town} fabric counter, local line: {l1}. Wholesale, same exchange: {l2}.",
    ],
    "GB": [
        "Calling from within {town}, the atelier is simply {l1}, and the cutting room {l2}.",
        "{town} shop – local callers ring {l1} without the dialling code.",
        "If you're in {town} already, pop your name down on {l1} for a fitting.",
        "For the {town} fair, stallholders on a local line can reach the hall on {l1}.",
        "Our {town} workroom (same-town calls): {l1}; weekend cover {l2}.",
    ],
    "IN": [
        "From any {town} landline, the boutique counter is {l1} and the tailoring unit {l2}.",
        "Within {town} city, dial {l1} for fitting appointments, no STD code needed.",
        "{town} showroom, local calls: {l1}.",
        "For {town} customers the embroidery workshop is on {l1}; bulk orders {l2}.",
    ],
}

LIST_HEADS = [
    "Who's who at the atelier",
    "Boutique contacts",
    "Backstage contacts",
    "Fair day numbers",
    "Workroom lines",
    "Fitting desk contacts",
]
LIST_LABELS = [
    "Head seamstress",
    "Shop floor",
    "Booker",
    "Stage manager",
    "Press desk",
    "Cutting room",
    "Stock room",
    "Bridal desk",
    "Stall bookings",
    "Wardrobe",
]
