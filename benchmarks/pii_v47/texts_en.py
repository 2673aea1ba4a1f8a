"""English sentences (en_US, en_GB, en_IN, en_AU, en_IE) for the eight retail genres."""

GENRES = {
    "order": {
        "head": [
            "Thanks for your order, {name}! Here's what happens next.",
            "{org}: your parcel has left our warehouse",
        ],
        "fill": [
            "Items will be packed within one working day and you'll get a second e-mail once the courier "
            "scans them.",
            "Need to change the delivery address? Reply before 6 pm and we'll try to catch it.",
            "Your order is split into two parcels because one item ships from our partner depot.",
            "If nobody is home the driver will leave a card and try again the next day.",
        ],
        "sign": ["Happy shopping,\nThe {org} team"],
    },
    "returns": {
        "head": ["Re: faulty kettle – warranty claim", "Dear {org} customer relations,"],
        "fill": [
            "I bought the item in your shop three months ago and it stopped working after a few uses.",
            "Please find the receipt attached; the box and all accessories are still with me.",
            "I would prefer a repair or a replacement rather than a voucher.",
            "Returns are free within 30 days; after that the manufacturer's warranty applies.",
        ],
        "sign": ["Yours sincerely,\n{name}"],
    },
    "receipt": {
        "head": ["{org}\n*** CUSTOMER COPY ***", "{org} – thank you for shopping with us"],
        "fill": [
            "Keep this receipt: it is your proof of purchase for exchanges.",
            "Items bought on promotion can only be exchanged, not refunded.",
            "CHANGE DUE 0.00 — PAID BY CONTACTLESS",
            "Tell us how we did and you could win a voucher.",
        ],
        "sign": ["See you again soon!"],
    },
    "loyalty": {
        "head": ["{name}, your points are waiting", "Members' week at {org} starts Monday"],
        "fill": [
            "Double points on all homeware until Sunday, in store and online.",
            "Scan your card at the till or show the app to collect points on every visit.",
            "Points expire 24 months after they were earned, so don't let them go to waste.",
            "This month's members' treat: a free coffee with any purchase over the threshold.",
        ],
        "sign": ["You are receiving this because you joined {org} Rewards. Unsubscribe any time."],
    },
    "seller": {
        "head": ["About this seller: {org}", "{org} – official marketplace shop"],
        "fill": [
            "We are a family-run business shipping from our own warehouse since 2009.",
            "Orders placed before 2 pm on weekdays are dispatched the same day.",
            "All products come with the manufacturer's guarantee and a VAT invoice.",
            "Positive feedback over the last 12 months: 98 %.",
        ],
        "sign": ["Questions? Message us through the marketplace or use the details below."],
    },
    "review": {
        "head": ["★★★★☆ Does what it says, mostly", "Q: Does this fit the older model? – asked by {name}"],
        "fill": [
            "Bought it for my mum; setup took about ten minutes and the instructions were clear.",
            "Answer from the seller: yes, it fits every version sold since the relaunch.",
            "Only downside is the cable, which is a bit short for our living room.",
            "Customer service sorted a missing screw within a week, which I appreciated.",
        ],
        "sign": ["Was this review helpful? Yes / No"],
    },
    "chat": {
        "head": [
            "Chat transcript – {org} support\nAgent: Hi, you're chatting with {name}. How can I help?",
            "CALL SCRIPT – delivery queries (v3)\nOpening: Thank you for calling {org}, my name is {name}.",
        ],
        "fill": [
            "Customer: my parcel says delivered but it isn't here.",
            "Agent: I'm sorry about that. Let me check the driver's photo and GPS scan for you.",
            "Verify the caller: full name, postcode and the last order placed. Never ask for the full "
            "card number.",
            "Agent: I've raised an investigation with the courier; you'll hear back within 48 hours.",
        ],
        "sign": ["Agent: Is there anything else I can help with today?\nCustomer: no, thanks, bye"],
    },
    "stores": {
        "head": ["Find a store near you", "{org} – opening hours and contact"],
        "fill": [
            "Late-night shopping every Thursday until 9 pm.",
            "Bank holiday hours may differ, so please check before you travel.",
            "Free parking for two hours with any purchase; validate your ticket at customer service.",
            "Click & Collect orders are ready at the service desk after two hours.",
        ],
        "sign": ["Accessible entrance and baby-changing facilities on the ground floor."],
    },
}

CONTACT = {
    "phone": [
        "Any questions about your order? Call us on {p}.",
        "Customer service: {p} (Mon–Sat, 8 am to 8 pm)",
        "You can also reach the desk by phone at {p}.",
    ],
    "mobile": ["Text or WhatsApp the delivery team: {p}"],
    "landline": ["Store landline (not for texts): {p}"],
    "abroad": ["Ordering from outside the country? Please use {p}.", "International customers: {p}"],
    "service": ["Freephone order hotline: {p}", "Card and payment queries: {p}"],
    "email": ["Write to {e} and quote your order number.", "E-mail: {e}"],
    "iban": ["Refunds for cash-on-delivery orders go by bank transfer to IBAN {i}."],
    "card": ["Note: the customer pasted a full card number into the chat ({c}); mask it before filing."],
    "ip": ["Order placed from IP {ip} (flagged for manual check).", "Chat session origin: {ip}"],
    "ssn": ["Store-card application on hold: applicant gave SSN {s} over chat, please redact."],
    "dir_head": ["Useful numbers:", "Our stores:"],
    "roles": ["Returns desk", "Click & Collect", "Customer service", "Repairs", "Home delivery", "Pharmacy"],
    "nophone": ["We do not take orders by phone.", "Please do not call the store about online orders."],
}

LOCAL = {
    "US": [
        "Calling from inside {town}? The store line is {p}.",
        "Local to {town}? Skip the area code and dial the pharmacy counter at {p}.",
        "{town} shoppers: same-day delivery desk {p} (local call).",
    ],
    "GB": [
        "Local callers in {town} can ring the returns desk on {p}.",
        "From a {town} landline just dial {p} for the click-and-collect counter.",
        "{town} branch, local number: {p}",
    ],
    "IN": [
        "{town} customers, the showroom number without the STD code is {p}.",
        "Within {town}, dial {p} for home delivery.",
        "Service centre ({town}, local): {p}",
    ],
}
