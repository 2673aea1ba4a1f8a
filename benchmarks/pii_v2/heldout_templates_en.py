"""English templates (en_US, en_GB, en_IN) for the held-out PII set; see heldout_render.py for slots.

"pos" templates carry at least one labelled value; "neg" templates carry none and are full of
identifiers shaped like phone numbers, cards or SSNs whose context says what they are.
"""

EN_US = {
    "pos": [
        "Thanks,\n{name}\n{~Account Manager|Office Manager|Senior Paralegal|Project Lead}, {company}\n"
        "{street}, {city}\nOffice: {FIXED:nat} {~ext.|x|Ext} {ext}\nCell: {MOBILE:nat_dash}\n{EMAIL:work}",
        "hey it's {first}, my phone died so {~ring|call|text} me at {LOCAL} instead, I'm at my "
        "{~mom's|sister's|neighbor's} till {time}",
        "{~Text|Call} me at {PHONE:nat_dash} if the {~delivery guy|plumber|sitter} shows up before {time}.",
        "Patient intake form\nName: {name}\nDOB: {date}\nPhone (home): {FIXED:paren}\n"
        "Phone (mobile): {MOBILE:dots}\nSSN: {SSN}\nEmail: {EMAIL}\nPolicy no.: {idnum}",
        "name,phone,email,order_id\n{newname},{PHONE:nat_dash},{EMAIL},{order}\n"
        "{newname},{PHONE:e164},{EMAIL},{order}\n{newname},{PHONE:dots},{EMAIL},{order}",
        "Volunteer phone tree ({~spring|fall} drive):\n- {newname}: {LOCAL}\n- {newname}: {PHONE:nat}\n"
        "- {newname}: {LOCAL}\n- {newname} (backup): {PHONE:nat_dash}",
        "Please charge my {~Visa|card} {CARD:visa}, exp {expiry}, CVV {cvv}. Billing ZIP {zip}. Order "
        "#{order}.",
        "{date} {time}:02 web01 sshd[{num}]: Failed password for invalid user admin from {IP} port {port} "
        "ssh2",
        "For billing questions call {PHONE:us1}, ext. {ext}; for returns use the form on our site and quote "
        "invoice {invoice}.",
        "I-9 checklist for {name}: SSN {SSN}, start date {date}, direct deposit routing no. {routing}. "
        "Questions? {first} can be reached at {PHONE:nat_dash} or {EMAIL}.",
        "my social is {SSN:space} - sorry for texting it, the portal kept timing out",
        "Join Zoom Meeting\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
        "One tap mobile\n{PHONE:e164},,{meeting_compact}# US\nDial by your location\n{PHONE:intl} US",
        "Our new clinic (tel. {FIXED:nat}) opens on {date} at {street}, {city}. Parking permit #{idnum}.",
        "Phone/Fax: {FIXED:nat_dash} / {FIXED:nat_dash}\n{company} | {street} | {city}",
        "I'm in Toronto next week, reach me on my Canadian number {FOREIGN:CA} or by email at {EMAIL}.",
        "Card on file: AMEX {CARD:amex} (exp {expiry}). Last charge {price} on {date}.",
        "New sign-in to your account from {IP6} near {city}. If this wasn't you, call {PHONE:us1} right "
        "away.",
        "Tracking {tracking} - the driver's cell is {LOCAL}, he said knock twice and leave it by the garage.",
        "Selling my {~couch|road bike|lawnmower}, {price} obo. Call or text {PHONE:dots}, no emails please. "
        "Model no. {part}.",
        "Reservation confirmed for {name}, party of {qty}, {date} at {time}. Confirmation code {booking}. "
        "Questions: {FIXED:nat}.",
        "Please cc {EMAIL:work} and my personal address {EMAIL} on the lease renewal for unit {num}.",
        "{~Dr.|Attorney|Coach} {last}'s answering service: {FIXED:nat}. After hours: {LOCAL} (pager).",
        "Payment declined for card {CARD:mc}. Your order {order} is on hold until {date}.",
        "Grandma's landline is {LOCAL}, she doesn't text. If she doesn't pick up, her neighbor {newname} is "
        "at "
        "{LOCAL}.",
        "Babysitter notes: we're at the Hendersons', {LOCAL}. Pizza place: {LOCAL}. Pediatrician: "
        "{FIXED:nat}.",
        "Messages for {first}:\n- {newname} called, call back at {LOCAL}\n- pharmacy says refill is ready, "
        "{LOCAL}",
        "Employee: {name}\nSSN: {SSN}\nEmployee ID: {customer}\nW-2 copy mailed to {street}, {city}",
        "Dependents: {newname}, SSN {SSN}, born {date}; {newname}, SSN {SSN}, born {date}.",
        "Tax return for {name}, SSN {SSN:space}, filing status single, refund {price}. Preparer ref. {ref}.",
        "Applicant SSN (9 digits, no dashes): {SSN:plain}\nDate of birth: {date}\n"
        "Daytime phone: {PHONE:nat_dash}",
        "Spouse's SSN: {SSN}. Home phone: {LOCAL}. Application ID {idnum}.",
        "Wire to our Amsterdam supplier: IBAN {IBAN:NL}, BIC INGBNL2A, reference {invoice}.",
        "router> show arp\n{IP:private}  {~00:1a:2b:3c:4d:5e|3c:22:fb:01:9a:7e}  eth0\n{IP:private}  "
        "{~f4:5c:89:aa:10:02|b8:27:eb:4f:33:90}  eth0",
    ],
    "neg": [
        "Your order #{order} has shipped! Track it with number {tracking}. Estimated delivery: {date}.",
        "Case No. {case}: motion to dismiss filed {date}, docket entry {ticket}.",
        "Part No. {ssn_bad} is backordered; substitute {part} at {price} each.",
        "Enter your SSN in the format 000-00-0000. The employer ID (EIN {vat}) goes in box b.",
        "Gift card code {card_bad} could not be redeemed. Ticket #{ticket} has been opened.",
        "Server upgraded to {version} (build {version}); p95 latency dropped from 120 ms to 85 ms.",
        "Confirmation number {idnum}. Your appointment is on {date} at {time}, room {room}.",
        "ISBN {isbn}, 2nd edition, {price}. Ships in {qty} business days.",
        "Routing number {routing}. Card ending {masked_card}. Statement closing date {date}.",
        "Meet at {coords}; trailhead lot {num}. Permit #{idnum} must be visible on the dashboard.",
        "Invoice {invoice} for {price} is due {date}. PO number {idnum}, vendor ID {customer}.",
        "Store #{num} inventory: SKU {idnum}, qty {qty}; SKU {idnum}, qty {qty}.",
        "Claim #{ssn_bad} was closed on {date}. Adjuster reference {ref}.",
        "Lot {idnum} expires {date}. Recall notice ref. {ref}, serial range {serial} to {serial}.",
    ],
}

EN_GB = {
    "pos": [
        "Kind regards,\n\n{name}\n{~Practice Manager|Lettings Negotiator|Head of Finance|Site Supervisor}\n"
        "{company}\nT: {FIXED:trunk}\nM: {MOBILE:intl}\nE: {EMAIL:work}\nCompany No. {company_no} | VAT "
        "{vat}",
        "Give us a ring on {LOCAL} when you're outside, the buzzer's broken. {first}",
        "Landline {FIXED:nat}, mob {MOBILE:nat}. I'm out most afternoons so try the mobile first.",
        "Booking form\nSurname: {last}\nForename: {first}\nTel (day): {FIXED:nat}\nTel (eve): {LOCAL}\n"
        "Email: {EMAIL}\nPostcode: {postcode}",
        "Name;Mobile;Email;Member no.\n{newname};{MOBILE:nat};{EMAIL};{customer}\n"
        "{newname};{MOBILE:intl};{EMAIL};{customer}\n{newname};{MOBILE:plain};{EMAIL};{customer}",
        "Five-a-side contacts:\n{newname} - {MOBILE:nat}\n{newname} - {LOCAL} (home)\n{newname} - "
        "{MOBILE:e164}",
        "Please pay invoice {invoice} by bank transfer: IBAN {IBAN:GB}, sort code {sortcode}. Reference "
        "{ref}.",
        "Ta for sorting the boiler! Card details for the deposit: {CARD:visa}, expiry {expiry}.",
        "[{date} {time}] WARN auth: 5 failed logins for {EMAIL} from {IP}; account locked.",
        "Reception: {FIXED:intl} ext {ext}\nOut of hours: {PHONE:nat}\nOur ref: {ref}",
        "ring me at {LOCAL} after six, I'm on the allotment all day",
        "Surgery closed {date}. For urgent prescriptions ring {FIXED:nat} (press 2) or email {EMAIL:work}.",
        "Our Dublin office has moved: {FOREIGN:IE}. The London switchboard ({FIXED:trunk}) is unchanged.",
        "Refund processed to Mastercard {CARD:mc}. Allow {qty} working days. Order number {order}.",
        "Tel/Fax {FIXED:nat} / {FIXED:nat} - {company}, {street}, {city} {postcode}",
        "VPN log {date}: user {first}.{last} connected from {IP} (assigned {IP:private}), client {version}.",
        "Mum's new number is {MOBILE:nat}, she's lost the old one again. Her email's still {EMAIL}.",
        "Please remit to IBAN {IBAN:IE} (our Irish entity). Quote customer no. {customer} on every payment.",
        "Taxi firm: {LOCAL}\nChinese takeaway: {LOCAL}\nVet: {FIXED:nat}",
        "If you need the spare key, {newname} at number {num} has one - ring {LOCAL}.",
        "LOST DOG - answers to Biscuit. Please call {LOCAL} or {MOBILE:nat}, reward offered.",
        "{~Plumber|Electrician|Locksmith} - {newname} - {LOCAL}\nDentist - {newname} - {FIXED:nat}",
    ],
    "neg": [
        "Your parcel {tracking} is out for delivery, expected from {time}.",
        "Companies House number {company_no}; VAT registration {vat}. Registered in England and Wales.",
        "Sort code {sortcode}, account ending {~4821|0937|5512}. Standing order ref {ref}.",
        "Policy number {idnum}. Your renewal premium is {price}, payable from {date}.",
        "Flight {flight} departs {time}, seat {seat}. Booking reference {booking}.",
        "Match report: final score 3-1, attendance 24 518, next fixture {date}.",
        "Order {order} - {qty} x item {part} at {price}. Customer number {customer}.",
        "Job ref {idnum}, boiler serial {serial}, gas safe cert {idnum}.",
        "Planning application {planning}, decision due {date}.",
        "Library card {idnum} - {qty} items due back {date}. ISBN {isbn}.",
        "Firmware {version} installed on {qty} units; previous build {version}.",
        "Meter serial {serial}; reading {idnum} on {date}.",
    ],
}

EN_IN = {
    "pos": [
        "Regards,\n{name}\n{~Sr. Executive|Branch Manager|HR Associate|Proprietor}, {company}\n"
        "Mob: {MOBILE:intl}\nOff: {FIXED:nat}\nEmail: {EMAIL:work}\nGSTIN: {vat}",
        "Kindly contact me on {MOBILE:nozero} (WhatsApp also) regarding the flat on rent.",
        "Dear sir, my landline number is {LOCAL}, please call after 6 pm. PIN code {zip}.",
        "Name: {name}\nContact no.: {MOBILE:intl_dash}\nAlternate no.: {MOBILE:nozero}\nEmail ID: {EMAIL}\n"
        "PNR: {pnr}",
        "S.No,Name,Mobile,Email\n1,{newname},{MOBILE:nozero},{EMAIL}\n2,{newname},{MOBILE:intl},{EMAIL}\n"
        "3,{newname},{MOBILE:e164},{EMAIL}",
        "Society committee:\n1. {newname} (Secretary) - {MOBILE:nozero}\n2. {newname} (Treasurer) - "
        "{MOBILE:nat}\n3. {newname} - {LOCAL} (res.)",
        "Payment of {price} received via card {CARD:visa}. Order ID {order}. Thank you for shopping.",
        "Server {IP:private} not reachable from {IP}. Ticket {ticket} raised with the hosting team.",
        "For bookings call {FIXED:nat} Extn. {ext} or {MOBILE:nozero}.",
        "Hi, this is {first} from {company}. Pls call back on {MOBILE:nozero}. Ref no. {ref}.",
        "Office: {FIXED:paren}/{LOCAL}\nFax: {FIXED:nat}\n{street}, {city}",
        "Please update my email to {EMAIL} and mobile to {MOBILE:intl}. Customer ID {customer}.",
        "My brother in Singapore can be reached at {FOREIGN:SG}. His email is {EMAIL}.",
        "Kindly transfer the advance to our UK account, IBAN {IBAN:GB}. Invoice {invoice}.",
        "Call {LOCAL} (Delhi office) between 10 am and 5 pm. Closed on {date}.",
        "Your RuPay/Visa card {CARD} has been blocked. If not done by you, call {PHONE:intl} immediately.",
        "Ping from {IP6} to the gateway timed out; fell back to {IP}.",
        "Ration shop: {LOCAL}\nGas agency: {LOCAL}\nFamily doctor: {MOBILE:nozero}",
        "Call me on the landline {LOCAL} after 8 pm, mobile signal is poor here.",
        "For tiffin orders call {LOCAL} or WhatsApp {MOBILE:nozero}.",
    ],
    "neg": [
        "PNR {pnr}, train {num}, coach B{qty}, berth {qty}. Chart prepared on {date}.",
        "Your order {order} will be delivered by {date}. AWB no. {tracking}.",
        "GSTIN {vat}, CIN {company_no}. Invoice {invoice} dated {date}.",
        "PIN code {zip}. Consignment no. {idnum}.",
        "Policy no. {idnum}, premium {price} due on {date}.",
        "Challan no. {idnum} for {price} generated on {date}.",
        "Roll no. {idnum} - marks {qty}/50. Registration no. {ref}.",
        "Meter no. {serial}, consumer no. {idnum}, units consumed {qty}0.",
        "Ticket {ticket}: app version {version} crashes on launch.",
        "Gift voucher {card_bad} is not valid for this order.",
    ],
}

TEMPLATES = {"en_US": EN_US, "en_GB": EN_GB, "en_IN": EN_IN}
