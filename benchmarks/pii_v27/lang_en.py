"""English phrasings (en_US, en_GB, en_IN, en_AU, en_IE documents)."""

L = {
    "titles": {
        "message": ["Hey {first}!", "Re: this weekend", "hi all", "{first} - quick one"],
        "email": [
            "Subject: Re: handover before I go on leave",
            "Subject: your enquiry about the flat",
            "Subject: Fwd: change of address",
        ],
        "community": ["{town} Neighbours Group", "Lost cat - {town} area", "Street party planning thread"],
        "shop": ["{last}'s Dry Cleaning - {town}", "NOTICE TO CUSTOMERS", "Now open Sundays!"],
        "public": [
            "{town} Public Library - changes to opening",
            "Community Health Clinic: flu season",
            "Notice of roadworks",
        ],
        "form": ["VOLUNTEER APPLICATION FORM", "Tenancy reference request", "Club membership renewal"],
        "listing": [
            "FOR SALE: 2014 hatchback, one owner",
            "Room to let in shared house, {town}",
            "Handyman - no job too small",
        ],
    },
    "body": {
        "message": [
            "Landed ok, bit of a queue at passport control but fine.",
            "Can you grab milk on the way back?",
            "Running 10 min late sorry!!",
            "Mum says the BBQ is still on unless it pours.",
        ],
        "email": [
            "Thanks for getting back to me so quickly.",
            "I have attached the signed copy as requested.",
            "Apologies for the delay, things have been hectic here.",
            "Let me know if anything is unclear.",
        ],
        "community": [
            "Does anyone know why the streetlights on our road are out again?",
            "Huge thanks to everyone who came to the litter pick on Saturday.",
            "Please keep an eye out, she is small, grey and very shy.",
            "The council still has not replied to our letter.",
        ],
        "shop": [
            "We are closed for staff training on the first Monday of every month.",
            "Items not collected within 60 days will be donated to charity.",
            "Card payments only from next month.",
            "Thank you for shopping local!",
        ],
        "public": [
            "Self-service machines remain available during staffed hours.",
            "Please bring a form of photo ID to your appointment.",
            "Access for residents will be maintained at all times.",
            "Masks are no longer required but are welcome.",
        ],
        "form": [
            "Please complete all sections in block capitals.",
            "Section B: about you",
            "I confirm the information given is correct.",
            "Signature: ____________",
        ],
        "listing": [
            "Full service history, two keys, recent MOT.",
            "Bills included, available from the 1st.",
            "Viewing recommended, no time wasters please.",
            "Fully insured, free quotes.",
        ],
    },
    "phone": [
        ("en_text_when_home", "mob", "Text me when you get home, {n}, so I know you made it."),
        ("en_new_number", "mob", "New number, old phone died - save this one: {n}"),
        ("en_front_desk", "fix", "If it is urgent please ring the front desk on {n} rather than emailing."),
        ("en_leave_message", "any", "Leave a message on {n} and one of us will call you back."),
        ("en_found_cat", "any", "If you find her please call {n}, any time, day or night."),
        ("en_ask_for", "any", "Call {n} and ask for {first}."),
        ("en_whatsapp_group", "mob", "Want to be added to the street WhatsApp? Message {first} on {n}."),
        ("en_out_of_hours", "fix", "Out of hours, the duty line is {n}."),
        ("en_to_book", "any", "To book a slot phone {n} (Mon-Fri)."),
        ("en_viewings_call", "any", "Viewings by appointment - call or text {n}."),
        ("en_ring_not_text", "fix", "I'm hopeless with texts, ring the house on {n}."),
        ("en_reference", "any", "My previous landlord, {name}, is happy to be contacted on {n}."),
    ],
    "local": [
        ("en_local_hall", "The hall phone is {n} if you need to check whether the doors are open."),
        ("en_local_ring_us", "Ring us on {n}, we are in the phone book under {last}."),
        ("en_local_shop_tel", "Shop tel. {n} (answerphone when we are out on deliveries)"),
        ("en_local_office_phone", "Office phone {n} - it is a {town} number."),
    ],
    "service": [
        ("en_svc_freephone", "Freephone {n}, lines open 8am to 8pm."),
        ("en_svc_helpline", "Problems with your account? Our helpline is {n}."),
        ("en_svc_report", "Report a fault on {n} (calls cost the same as a local call)."),
    ],
    "EMAIL": [
        "Drop me an email at {v} with the dates.",
        "Send your CV to {v} by Friday.",
        "Questions? Write to {v}.",
    ],
    "IBAN": ["Deposit can go to my account, IBAN {v}.", "Bank transfer: IBAN {v}, reference your surname."],
    "CREDIT_CARD": [
        "Can you check the booking? It went on my card, {v}.",
        "Card used for the booking: {v}",
    ],
    "IP_ADDRESS": [
        "The router admin page is at {v} if you need to reset it.",
        "The spam posts all came from {v}, can a mod block it?",
    ],
    "US_SSN": ["For the payroll form I need your SSN: mine is {v}.", "Social Security no. {v}"],
    "lab": {
        "any": ["Phone", "Tel", "Call"],
        "mob": ["Mobile", "Cell", "Text/WhatsApp"],
        "fix": ["Landline", "Office line", "Home phone"],
        "svc": ["Helpline", "Freephone"],
        "EMAIL": ["Email", "E-mail"],
        "IBAN": ["IBAN"],
        "CREDIT_CARD": ["Card no."],
        "IP_ADDRESS": ["IP"],
        "US_SSN": ["SSN"],
    },
    "pl": {
        "regards": ["Best wishes,", "Kind regards,", "Cheers,", "Thanks,"],
        "ps": "P.S.",
        "wrote": "On {day}, {name} wrote:",
        "q": "Q:",
        "a": "A:",
        "vm": "Voicemail ({dur}) from",
        "vm_say": '"Hi, it is {first}, call me back when you can."',
        "ooo": "I am out of the office until {day} with limited access to email.",
        "fwd": "---------- Forwarded message ---------",
        "from": "From",
        "to": "To",
        "subject": "Subject",
        "tear": "TAKE ONE",
        "ticked": "Preferred contact",
    },
    "roster": {
        "phone": [
            "Phone tree - if school closes, call the next person:",
            "Volunteer drivers",
            "Who to call",
            "Committee contacts",
        ],
        "other": ["Plot holders", "Members and numbers", "Raffle winners", "Rota"],
    },
    "days": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    "roles": ["chair", "treasurer", "secretary", "first aider", "key holder"],
    "ref_frames": [
        "Please quote your {label} {v} on all correspondence.",
        "{Label}: {v}",
        "My {label} is {v} if you need it.",
        "They asked for the {label} ({v}) again.",
        "Have your {label} to hand: {v}.",
        "Re {label} {v} - any update?",
    ],
    "fact_frames": [
        "{Label}: {v}",
        "Update: {label} {v}.",
        "Just so you know, {label} {v}.",
        "Last time it was {label} {v}.",
        "({label}: {v})",
    ],
    "neg": """sort_code=sort code
routing_number=routing number
nhs_number=NHS number
mrn=hospital number
rx_number=prescription number
vaccine_batch=batch
appointment_ref=appointment reference
booking_ref=booking confirmation
flight=flight
pnr=booking code
train_seat=coach/seat
plate=reg
vin=VIN
mac=MAC address
door_code=door code
key_safe=key safe code
raffle=raffle tickets
shelfmark=shelfmark
plot=allotment plot
title_number=title number
planning_ref=planning application
pcn=penalty charge notice
permit_number=parking permit
council_tax_ref=council tax account
tax_ref=taxpayer reference
staff_number=staff number
po_box=PO Box
flat=flat
gift_card=gift card
member_number=membership no.
library_card=library card
cheque_number=cheque no.
model_number=model
loan_ref=loan account
claim_number=claim number
rma=returns number
job_ref=job ref
support_case=support case
grid_ref=grid reference
blood_pressure=blood pressure
glucose=blood sugar
steps=steps today
dosage=dose
mileage=mileage
tyre_size=tyre size
resolution=screen
storage=storage
lottery=numbers this week
hymns=hymns
bible_ref=reading
page_ref=pages
payslip=net pay
shift=shift
hours=hours this week
salary=salary
dob=date of birth
ages=ages
votes=vote
signatures=signatures so far
donations=raised so far
headcount=adults + kids
temperature=temperature
rainfall=rainfall
address_range=house numbers
bus_route=buses
score=score
bin_day=bin collections
body_weight=weight
height=height
shoe_size=shoe size
fuel_use=fuel use
tariff=unit rate
interest_rate=rate
gps_dms=coordinates
elevation=altitude
distance=distance
duration=walking time
date_range=dates
year_range=years
time_range=time
unit_price=price""",
}
