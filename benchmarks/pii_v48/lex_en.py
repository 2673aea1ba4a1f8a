"""English text for v48 (en_US, en_GB, en_IN, en_AU, en_IE): 12 food and hospitality genres."""

G = {
    "menu": {
        "title": [
            "THE COPPER PAN — Dinner Menu",
            "Harbour Fish Bar · Evening Menu",
            "Sunday Roast Menu",
            "Spice Route Kitchen - Set Menus",
        ],
        "body": [
            "{n:menu_no} Slow-cooked lamb shoulder, rosemary jus ({n:energy}). Allergens: {n:allergens}.",
            "Dry-aged rib of beef for two, {n:cut_weight} on the bone, {n:price_weight} — ask your server.",
            "Tasting menu {n:per_head}; an optional service charge of {n:service_charge}"
            " is added to tables of six.",
            "All our fish is landed the same morning. Crab batch {n:lot}, caught off the north coast.",
            "Vegan dishes are marked (v); gluten-free bread tested at {n:gluten_ppm}.",
        ],
    },
    "booking": {
        "title": ["Book a table", "Reservations — Bramble & Oak", "Table booking: private dining room"],
        "body": [
            "Your booking reference is {n:booking_ref}. We have held table {n:table} for you.",
            "The dining room seats {n:covers} covers; groups over ten are asked for a set menu"
            " at {n:per_head}.",
            "Tables are kept for 15 minutes. Reviews on the door: {n:review_count}.",
            "Parties of {n:servings} can book the chef's counter.",
        ],
    },
    "takeaway": {
        "title": [
            "NEW! Luigi's Pizza & Kebab — delivering 7 nights",
            "Golden Dragon Takeaway",
            "Pizza Planet — free delivery over £15",
            "Curry Corner Takeaway Menu",
        ],
        "body": [
            "{n:menu_no} Large Hot Shot — pepperoni, jalapeños ({n:scoville}).",
            "Use code {n:promo} on your first order. Collection times {n:eta}.",
            "Meal deal {n:menu_no}: any pizza + 2 dips + {n:volume} drink.",
            "Loyalty card: you are on {n:stamps} — the next one is on us.",
        ],
    },
    "delivery": {
        "title": ["Your order is on its way!", "Order update", "Rider assigned"],
        "body": [
            "Order {n:app_order} from Noodle Box. Estimated arrival {n:eta}.",
            "Your rider picked up order {n:app_order}. Promo {n:promo} applied.",
            "Receipt {n:receipt}: 2x pad thai, 1x spring rolls ({n:energy}).",
        ],
    },
    "truck": {
        "title": [
            "Smokin' Brisket Truck — this week",
            "Farmers' market stall: Hill Farm Cheese",
            "Taco Wagon schedule",
        ],
        "body": [
            "Find us at pitch {n:stall} on Saturday, next to the flower stall.",
            "Brisket sold by weight, {n:price_weight}, smoked 14 hours.",
            "Today's hot sauce clocks in at {n:scoville} — you've been warned.",
            "Now serving ticket {n:deli_ticket}. Cheddar wheel batch {n:lot}.",
        ],
    },
    "preorder": {
        "title": ["Christmas pre-orders — Whitcombe Butchers", "Bakery pre-order slip", "Easter order form"],
        "body": [
            "Turkey crown {n:cut_weight}, free range, EC mark {n:health_mark}.",
            "Sourdough loaves ({n:hydration} hydration) baked at {n:oven} — order by Thursday.",
            "Eggs stamped {n:egg_code}; best before {n:best_before}.",
            "Collection slip {n:receipt}. Gammon {n:cut_weight}, cooking time {n:bake_time}.",
        ],
    },
    "chalk": {
        "title": ["(from the chalkboard by the till)", "Blackboard, copied out:", "TODAY'S BOARD"],
        "body": [
            "FLAT WHITE — our house recipe {n:coffee}.",
            "Soup of the day: roast squash, {n:energy}. Wifi password {n:wifi}.",
            "Guest ale {n:abv}, {n:alcohol_units} units a pint.",
            "Happy hour 5-7! Table {n:table} reserved from 8.",
        ],
    },
    "wine": {
        "title": ["Thursday tasting at the wine shop", "Wine club — spring tasting notes", "Tasting flight"],
        "body": [
            "Rioja Reserva {n:vintage}, {n:abv}, scored {n:wine_score}.",
            "Bordeaux blend {n:blend} Merlot/Cabernet, vintage {n:vintage}, {n:volume}.",
            "Off-dry Riesling {n:vintage} with {n:sugar} residual sugar.",
            "Tasting fee {n:per_head}, refunded on any purchase of six bottles.",
        ],
    },
    "cookclass": {
        "title": ["Cookery school — sign-up", "Bread-making workshop", "Thai cookery evening: booking"],
        "body": [
            "Session {n:class_size} of the course: pastry. Bring {n:recipe_qty} cold butter.",
            "We bake at {n:oven} for {n:bake_time}; recipe serves {n:servings}.",
            "Dough at {n:hydration} hydration, {n:recipe_qty} strong white flour.",
        ],
    },
    "notice": {
        "title": ["ALLERGY NOTICE", "Food hygiene — please read", "Kitchen notice (staff only)"],
        "body": [
            "Our hygiene rating is {n:hygiene_score} (ref. {n:hygiene_id}).",
            "Fridge log: {n:fridge_log}. Critical control point {n:ccp}: cooling.",
            "Contains additives {n:e_number}. Allergen codes on the menu: {n:allergens}.",
            "Loose produce: weigh and enter PLU {n:plu} at the self-checkout.",
            "Flapjack, per 100g (fat / salt): {n:nutrition}.",
        ],
    },
    "rota": {
        "title": ["Staff canteen rota — week 12", "Canteen rota", "Kitchen shift plan"],
        "body": [
            "Shift {n:shift}: grill and pass. Staff no. {n:staff_id} covering.",
            "Lunch for {n:covers} covers expected on Wednesday. Late shift {n:shift}.",
            "Staff meal at 16:30 ({n:energy}). Till float receipt {n:receipt}.",
        ],
    },
    "review": {
        "title": ["Review: a proper neighbourhood bistro", "We tried the new ramen place", "Worth the hype?"],
        "body": [
            "It holds {n:review_count} online and a {n:hygiene_score} hygiene sticker on the door.",
            "The dining room only seats {n:covers}, so book. Bill came to {n:per_head} with wine.",
            "The {n:vintage} Barolo at {n:abv} was a steal; my steak was {n:cut_weight}.",
            "We were table {n:table}, mains arrived in {n:eta}.",
        ],
    },
}
CONTACT = [
    "Call us on {P} to book.",
    "Orders by phone: {P}",
    "Phone {P} — we'll call you back if busy.",
    "Text or WhatsApp {M} for same-day orders.",
    "Questions about allergens? Ring the kitchen on {P}.",
    "To change your booking call {P} or email {E}.",
    "Catering enquiries: {E} / {P}.",
    "Freephone orders {S}.",
    "National order line {S}, or call the shop on {P}.",
    "Contact the manager on {M} (after 3pm).",
    "Sign up by email: {EP}, or leave a message on {P}.",
]
LOCAL = [
    "Ordering from {T}? Dial {L} — no need for the code.",
    "Here in {T}, just ring {L}.",
    "{T} shop {L}; bakehouse {L2}.",
    "Local {T} callers: {L} (orders) · {L2} (catering).",
    'On the box lid: "{T} — {L}".',
    "Within {T} we answer on {L} from 11am.",
    "Call the {T} kitchen direct: {L}.",
]
PII = {
    "card": ["No-show fee secured on card {C}.", "Deposit taken on card {C} (exp 09/27)."],
    "iban": ["Pay the deposit to IBAN {I}.", "Bank transfer for event bookings: {I}."],
    "ip": ["Receipt printer: {IP} (kitchen network).", "Card terminal on {IP}."],
    "ssn": ["New hire paperwork: SSN {SSN} on file for payroll.", "Payroll: SSN {SSN}."],
}
LIST_HEAD = ["Numbers on the kitchen wall:", "Suppliers to call:", "Who to ring:"]
LIST_LABELS = ["Fish van", "Veg supplier", "Head chef", "Manager on duty", "Baker", "Wine rep", "Dairy"]
CLOSE = [
    "Thank you for eating with us!",
    "See you soon.",
    "All prices include VAT.",
    "Please tell us about any allergies before ordering.",
]
NEGCLOSE = [
    "Book at the bar or ask any member of staff.",
    "Walk-ins welcome.",
    "Orders at the counter only.",
    "Ask at the till for details.",
]
