"""English documents (en_US, en_GB, en_IN) with values. A leading "@US " / "@GB,IN " limits a template
to those locales. Written for v3; placeholders are described in v3_render."""

POS = {
    "sms": [
        "landed!! roaming number for the week: {xtel}. whatsapp works too",
        "@GB,IN {first}, the Berlin office number is {itel:de} if you need them before 5 their time",
        "hi, it's {first} re booking {booking} - card for the deposit is {card} exp [[08/27|02/28|11/26]]. "
        "thanks!",
        "@US {first2} can u send ur social for the lease app? mine's {ssn}, landlord needs both by fri",
        "[[hey|hi|Hey]] it's {first}, [[new number|changed my number|got a new phone]] -> {tel:mn} "
        "[[save it pls|pls save|update your contacts]][[ :)| x|]]",
        "{first}: running [[10|15|20]] mins late. if the gate's locked ring the office on {loc}",
        "[[Your|Ur]] {co} driver is on the way. Questions? Call [[us|the depot]] at {tel:fn}. "
        "Order {order}. Reply STOP to opt out",
        "Mum's landline is {loc} if my [[mobile|cell]] is dead. Back Sunday x",
        "Can't talk, in a meeting. Text me on {tel:m} or email {mail}",
        "Verification code {otp} for {co}. Never share it. Didn't request it? Call {tel:t}",
        "Hi it's {first} from the garage, your car's ready. We close at {time}. Any probs call {loc}",
        "@GB Oi {first}! lost your number when my phone died, this is {first2}. My new one: {tel:m}",
        "@US hey its {first2}, my work cell is {tel:m} and my desk is {loc}. lunch thurs?",
        "@IN Dear customer, your complaint {ref} is registered. For status call {tel:t} or "
        "WhatsApp {tel:mi}. - {co}",
    ],
    "chat": [
        "@US {first}: what's your social for the apartment application?\n{first2}: {ssn} - delete this after "
        "pls\n"
        "{first}: done 👍",
        "{first}: can you book the flights on the company card?\n{first2}: which one\n{first}: {card}, exp "
        "[[07/27|10/28]], billing zip on the shared drive",
        "[{clock}] {first}: does anyone have the number for the caterer?\n[{clock}] {first2}: yeah it's "
        "{tel} "
        "- ask for [[Maria|Dev|Sam]]\n[{clock}] {first}: legend, thanks",
        "{first2}  {clock}\nanyone know the plumber's number? sink is leaking again\n{first}  {clock}\n"
        "{loc} - he's round the corner so no area code needed lol",
        "me: what's the wifi password\n{first}: on the fridge. also landlord says if the boiler acts up "
        "call {loc}, that's his brother",
        "@{first} can you send me the client's email?\n{first2}: sure - {mailco}, and cc {xmail} too",
        "{first}: IT says my laptop is on {ip4} but the VPN shows {ip4}??\n{first2}: restart the client, "
        "I logged it as ticket {ref}",
        "{first} (guest): hi, I was charged twice, card ending {last4}\nAgent {xfirst}: sorry about that! "
        "Could you confirm the full card number so I can find the payment?\n{first} (guest): {card}",
        "<{first}> prod db is refusing connections from {ip}\n<{first2}> whitelisted it, try now. "
        "also add {ip6} for the v6 runner\n<{first}> works, ty",
    ],
    "whatsapp": [
        "{day}, {clock} - {first} added {xtel}\n{day}, {clock} - {first}: this is {xfirst}, our exchange "
        "student's host family - say hi!",
        "{day}, {clock} - {first}: Carpool for Saturday? I can take 3\n{day}, {clock} - {first2}: yes "
        "please! "
        "my husband's [[mobile|cell]] is {tel:m} in case I'm not reachable\n{day}, {clock} - {first}: 👍 "
        "meet at the car park, bay {seat}",
        "[{day} {clock}] {first}: Coach's new number: {tel:mn}\n[{day} {clock}] {first2}: and the "
        "clubhouse landline is {loc} (bar staff after 6)\n[{day} {clock}] {xfirst}: thanks both",
        "{day} {clock} - {first}: Who's bringing the cake?? 🎂\n{day} {clock} - {first2}: me! order "
        "{order} collected\n{day} {clock} - {first}: amazing. venue said ring {loc} when we arrive",
        "{day}, {clock} - {first} added {xname}\n{day}, {clock} - {xfirst}: hi all, for the lift-share "
        "my number is {tel:mi}\n{day}, {clock} - {first}: welcome!",
    ],
    "voicemail": [
        'Missed call from {xtel} · {day} {clock}\nVoicemail (0:[[12|24|37|48|55]]): "Hi, {first} from the '
        "{city} "
        'office, please call back on this number or email {mailco}."',
        '@US Voicemail {date} {time}\n"Hi, {first} from {co} benefits. We have your Social Security number '
        "as "
        "{ssn}, if that's wrong please call us at {tel:t}. Thanks.\"",
        'Voicemail from {tel} · {date} {time}\n"Hi, this is {first} from {co} calling about your '
        "[[quote|application|claim]], reference {ref}. Please call me back on {tel:fn}"
        '[[, extension {extension}|]]. Thanks, bye."',
        'New voicemail - {date}\nCaller: Unknown\nTranscript: "Hello, this message is for {name}. '
        'This is the pharmacy in {city}, your prescription is ready. Our number is {home}. Goodbye."',
        "Transcription (low confidence): \"...it's {first} again, um, my direct line is {loc}. "
        'Try after {time} tomorrow."',
        "VM {date} {time} ({smallnum} sec) from {tel:i}\n\"Hey, it's {first2}, landed in {city}, phone "
        'roaming is expensive so email me at {mail} instead. Talk soon."',
    ],
    "signature": [
        "Regards,\n{name}\n{co}\nUK {itel:gb} · DE {itel:de} · US {itel:us}\n{mailco}",
        "Best regards,\n\n{name}\n[[Senior Account Manager|Project Coordinator|Head of Operations|"
        "Office Manager]] | {co}\nT: {tel:fn}[[ ext. {extension}|]]\nM: {tel:mn}\nE: {mailco}\n{street}, "
        "{city}",
        "--\n{first} {last}\n{co}\n[[Direct|Office]] {tel:fi} · Fax {tel:fi}\nwww.{dom}\nVAT Reg. No. {vat}",
        "Kind regards, {first}\n\nSent from my phone. If it's urgent call {tel:m}",
        "{name} | {co}\nP {tel} | E {mailco}\nThis e-mail and any attachments are confidential. If you are "
        "not the intended recipient please notify the sender.",
        "Thanks,\n{first}\n\n{first} {last} (they/them)\nResearch Engineer\n{co} · {city}\n"
        "{tel:mi} · {mailco}\nOffice hours: Tue & Thu {clock}-{clock:big}",
        "Cheers,\n{first}\n__\n{co} | {street}\nMain {tel:fn} | Mobile {tel:mn} | Fax {tel:fn}\n"
        "Our {city} office moved! New switchboard: {xtel}",
    ],
    "classified": [
        "FOR SALE: [[kids bike|sofa bed|road bike|washing machine]], barely used, {price} ono. Collection "
        "only from {city}. Call {first} on {loc} after 6pm.",
        "ROOM TO LET - double room, bills incl., {price} pcm. Non-smokers. Text {tel:mn}, no time wasters.",
        "Lost cat! Grey tabby, answers to Biscuit. Last seen near {street}. Please ring {loc} or {tel:m}. "
        "REWARD",
        "Piano lessons, all ages, first lesson free. {name}, tel. {loc} / {mail}",
        "@US GARAGE SALE Sat {date} 8am-2pm, {street}. Tools, toys, furniture. Questions: {loc} (text "
        "preferred)",
        "@IN 2BHK flat for rent near {city} metro, {quantity}, rent {price}/month. Owner: {tel:mn}, "
        "brokers excuse.",
        "Wanted: allotment share, can help with weeding! {first}, {tel:m}[[ or {mail}|]]. Ref {ref}",
    ],
    "cv": [
        "{name}\n{street} · {city}\n{tel:m} · {mail}\n\nPROFILE\n[[Data analyst|Registered nurse|Civil "
        "engineer]] "
        "with [[4|7|10]] years' experience...",
        "CURRICULUM VITAE\n\nName: {name}\nMobile: {tel:m}\nHome: {loc}\nE-mail: {mail}\nDate of birth: "
        "{dob}",
        "@IN RESUME\n{name}\nContact: {tel:mn} | {mail}\nAddress: {street}, {city}\n\nCareer objective: "
        "To work in a challenging environment...",
        "{name} — Software Developer\n✉ {mail}  ☎ {tel:mi}  ⌂ {city}\nGitHub commits: {smallnum}+ · "
        "Certified "
        "since {year}",
        "@US {name}\n{city} | {tel:n} | {mail}\nEDUCATION  B.S. Biology, {year}\nREFERENCES  {name2}, "
        "{tel:n}",
    ],
    "invoice": [
        "EXPENSE CLAIM {ref}\nEmployee: {name}\nMerchant: {co}\nAmount: {price}\nPaid with corporate card "
        "{card}\nApprover: {name2} ({mail2})",
        "{co} · {street} · {city}\nTel {tel:f} · Fax {tel:f} · {role:billing}\nBank: IBAN {iban} · BIC "
        "{bic}\n"
        "VAT No. {vat} · Company No. {company_id}\nInvoice {invoice} · due {date}",
        "Payment terms: 14 days net. Please quote invoice no. {invoice} with your payment.\nBank transfer to "
        "IBAN {iban} (BIC {bic}).\nQueries: {role:accounts} or {tel:fn}.",
        "@US Remit to: {co}, {street}, {city}\nACH routing {bankcode} · Account ending {extension}\n"
        "Questions? {tel:t} · {role:billing}",
        "@GB Please pay by BACS: sort code {bankcode}, IBAN {iban}. Reference: {invoice}.\nThank you for "
        "your business! {co}, {tel:fn}",
        "Total due {price} by {date}.\nFor payment from abroad: IBAN {iban:de}, BIC {bic}.\n{co} · {mailco}",
    ],
    "booking": [
        "ORDER FORM (please print clearly)\nName: {name}\nCard no.: {card}\nExpiry: [[04/27|09/26|12/28]]\n"
        "Daytime phone: {tel}\nDelivery date: {date}",
        "Booking confirmed ✔\n{co}\nGuest: {name}\nCheck-in {date} from {time} · Check-out {date}\nRoom "
        "{room} "
        "· Confirmation {booking}\nCard on file: {maskcard}\nReception: {tel:fi} · {role:reservations}",
        "Your reservation at {co}: {date}, {time}, [[2|4|5]] guests. Need to change it? Call us on {loc} "
        "or reply to this e-mail. Ref {booking}",
        "Hi {first}, thanks for booking with {co}! Deposit {price} paid with card {card}. Arrival "
        "{date}. Questions: {role:bookings}",
        "TABLE BOOKING\nName: {name}\nPhone: {tel:m}\nE-mail: {mail}\nParty size: [[2|3|6|8]]\n"
        "Date/time: {date} {time}\nNotes: birthday, nut allergy",
        "Guesthouse {last2} — your stay {date} to {date}\nKey box code {otp}, room {room}\nIf you arrive "
        "late please ring {loc} (landline) or {tel:mn}",
    ],
    "school": [
        "Dear Parents and Carers,\n\n[[Year 4|Class 3B|Grade 2]] will visit the [[Science Museum|city "
        "farm|aquarium]] on {date}. The coach leaves at {time}; the cost is {price}.\nOn the day the trip "
        "leader can be reached on {tel:mn}. For anything else contact the school office on {loc} or "
        "{role:office}.\n\nYours sincerely,\n{name}\nHeadteacher",
        "PTA CONTACT LIST (all numbers {area} unless shown)\nChair - {name} - {lst}\nTreasurer - {name2} - "
        "{lst}\nSecretary - {xname} - {lst}\nUniform sale - {xname} - {tel:m}",
        "Absence line: please leave a message on {home} before {time}, stating your child's name and "
        "class. You can also email {role:admin}.",
        "Reminder: parents' evening is on {date}, {clock}-{clock:big}, in room {room}. To book a slot call "
        "the office ({loc}) or reply to {role:office}.",
    ],
    "forum": [
        "Re: Best broadband provider?\n\nSwitched last month. Their retention line is {tel:t} - ask for "
        "the loyalty team, got {price} off. Router sits on {ip4}, getting [[68|120|300]] Mbps.",
        "Posted by {first}{smallnum} » {date}\nAnyone else getting calls from {tel}? They claim to be "
        "from the bank and ask for your card number. Blocked them. Reported it, case {ref}.",
        "[quote={first}]what's the number for the council tip?[/quote]\nIt's {loc}, open till 4 on weekends.",
        "Selling my old router, factory reset. Admin page is {ip4}, the v6 address was {ip6}. PM me, "
        "or email {mail}.",
        "Thread: dodgy email from 'support' — headers show it came from {ip4}, reply-to {xmail}. "
        "Don't click anything, lol.",
    ],
    "ticket": [
        "Fraud report {ref}\nCustomer: {name} ({tel})\nCard: {card}\nDisputed: {co} {price} on {date}; "
        "{co} {price} on {date}\nStatus: card blocked, replacement ordered",
        "@US Tax preparer intake {ref}\nTaxpayer: {name}, SSN {ssn}\nSpouse: {name2}, SSN {ssn}\n"
        "Phone {tel:n} · Email {mail}\nRefund to routing {bankcode}",
        "@US Form 1099-NEC (copy B)\nRecipient: {name}\nRecipient's TIN: {ssn}\nPayer's TIN: {ein}\n"
        "Nonemployee compensation: {price}",
        "@US Re: loan application {ref}\nHi {first}, to finish underwriting please confirm: SSN {ssn}, DOB "
        "{dob}, employer {co}. Reply here or call {tel:fn}.",
        "Ticket {ref} | Priority: [[High|Normal|Low]]\nFrom: {name} <{mail}>\nSubject: Charged twice\n\n"
        "Hi, I was charged twice for order {order}. The card is {card}, exp [[03/27|11/26|08/28]]. Please "
        "refund one. You can call me on {tel:m}.",
        "Ticket {ref} - Login issues\nUser reports lockout after password reset. Last good login from {ip} "
        "at "
        "{timestamp}, failed attempts from {ip4}. Contact: {mail}, {tel}.",
        "@US Case {ref}\nCustomer: {name}\nSSN (last 4 verified): ***-**-{last4}\nCallback: {tel:n}\n"
        "Notes: wants paper statements",
        "@US Account verification\nName: {name}\nDOB: {dob}\nSSN: {ssn}\nPhone on file: {tel}\n"
        "Agent note: identity confirmed, ticket {ref}",
        "Incident {ref} opened {timestamp}\nAffected host: {ip}\nReporter: {name} ({mailco}, ext. "
        "{extension})\n"
        "Escalation: on-call phone {tel:mi}",
    ],
    "delivery": [
        "DELIVERY NOTE {order}\nShip to: {name}, {street}, {city}\nContact phone: {tel:m}\nParcels: "
        "[[1|2|3]] "
        "· Weight {quantity}\nTracking {tracking}\nDriver: leave with neighbour or call {loc}",
        "Your parcel {tracking} is out for delivery between {clock} and {clock:big}. Courier {xfirst}: "
        "{tel:mi}.",
        "Delivery instructions: side gate code {otp}. If nobody answers ring my [[cell|mobile]] {tel:mn}.",
    ],
    "flyer": [
        "🎉 SUMMER FÊTE 🎉\n{date} · {clock}-{clock:big}\n{street}\nBouncy castle · BBQ · raffle (tickets "
        "{price})\n"
        "Stall bookings: call {first} on {loc} or email {mail}",
        "Charity quiz night at {co}! Teams up to 6, entry {price} pp. Book a table: {tel:fn}[[ or "
        "{role:events}|]].",
        "YOGA IN THE PARK — every Sunday {time}. Bring a mat. Info: {first}, {tel:m}. Donations go to "
        "the food bank.",
        "BLOOD DRIVE {date}, community hall, {clock}-{clock:big}. Appointments: {tel:t} or walk in.",
    ],
    "onboarding": [
        "@US NEW HIRE FORM\nLegal name: {name}\nSSN: {ssn}\nStart date: {date}\nPersonal e-mail: {mail}\n"
        "Cell: {tel:mn}\nEmergency contact: {name2}, {tel:n}\nDirect deposit: routing {bankcode}",
        "@US W-4 worksheet — employee {name}, SSN {ssn}, filing status single. Employer EIN {ein}.",
        "@US Benefits enrollment\nEmployee: {name} (SSN {ssn:c})\nDependent: {name2} (SSN {ssn})\n"
        "Plan year {year} · Member ID {account}",
        "@GB Starter checklist\nName: {name}\nMobile: {tel:m}\nBank: sort code {bankcode}, IBAN {iban}\n"
        "Employee no. {account}\nEmergency contact: {name2} ({tel})",
        "@IN Joining form\nEmployee name: {name}\nMobile: {tel:mn}\nAlternate: {tel:mn}\nPersonal e-mail: "
        "{mail}\nBank IFSC: {bankcode}\nEmployee ID: {serial}",
        "@US Background check authorisation\nApplicant: {name}\nSocial Security No.: {ssn}\nPrevious "
        "address: {street}, {city}\nApplicant phone: {tel}",
    ],
    "appointment": [
        "{co} Medical Centre: appointment for {first} on {date} at {time} with Dr {last2}. To cancel or "
        "rebook call {home}. Please bring your repeat prescription form.",
        "Reminder from {co} Dental: check-up {date}, {time}. Can't make it? Ring reception on {loc}. "
        "Out of hours: {tel:t}.",
        "Your vaccination is booked: {date} {time}, booking ref {booking}. Queries {tel:fn}. Do not reply "
        "to this message.",
    ],
    "list": [
        "USEFUL NUMBERS — {city} (code {area})\nSurgery ........ {lst}\nPharmacy ....... {lst}\n"
        "Taxi ........... {lst}\nLibrary ........ {lst}\nCouncil ........ {tel:n}",
        "Street WhatsApp list (landlines, all {area}):\nNo. [[2|4]] {xname} {lst}\nNo. [[6|8]] {xname} "
        "{lst}\n"
        "No. [[10|12]] {xname} {lst}",
        "Emergency cascade\n1. {xname} — home {lst}, mobile {tel:m}\n2. {xname} — home {lst}\n"
        "3. {xname} — home {lst}\n(area code {area})",
        "Babysitters we trust:\n- {xfirst}: {lst}\n- {xfirst}: {lst} (not Sundays)\n- {xfirst}: {tel:m}",
    ],
}

NEG = {
    "sms": [
        "{co}: your parcel {tracking} arrives {date} between {clock} and {clock:big}. Manage delivery with "
        "ref {ref}",
        "Your one-time passcode is {otp}. It expires in 10 minutes. Never share this code.",
        "Flight {flight} to {city} now boarding at gate {seat}. Seat {seat}. Booking ref {booking}",
        "{first}: train {train} delayed, was due {clock}, now more like {clock:big}. platform {platform}. "
        "save me a seat!",
        "Payment of {price} to {co} approved on card {maskcard}. Avail. balance {price}.",
    ],
    "order": [
        "Thanks for your order {order}!\nItems: {quantity} coffee beans, [[2|3]] x filter papers\n"
        "Subtotal {price} · Shipping {price}\nPaid with {maskcard}\nEstimated delivery {date}",
        "Order no. {order} dispatched. SKU {sku}, EAN {ean}, qty [[1|2|4]]. Returns within 30 days "
        "quoting invoice {invoice}.",
        "RETURN LABEL\nReturn authorisation {ref}\nTracking {tracking}\nWeight {quantity}\nDrop off by "
        "{date}",
    ],
    "travel": [
        "{train} · {city} → {city}\n{date} · dep {clock} · arr {clock:big}\nCoach [[C|D|F]], seat {seat}\n"
        "Booking reference {booking}\nTicket no. {account}",
        "Itinerary\n{flight} departs {time} ({date}), terminal [[2|3|5]], gate {seat}\nConnection {flight} "
        "at {time}\nPNR {booking} · e-ticket {order}",
        "Hotel {co}: room {room}, floor [[3|4|7]], breakfast {clock}-{clock:big}. Wi-Fi voucher {otp}.",
    ],
    "finance": [
        "Statement period {date} – {date}\nAccount: {maskiban}\nSort code {bankcode} · BIC {bic}\n"
        "Opening balance {price}\nClosing balance {price}",
        "@US Tax note: business EIN {ein}. Spouse uses ITIN {itin} (no SSN yet). Estimated payment "
        "{price} due {date}.",
        "Policy no. {account} renewed from {date}. Premium {price}/month, excess {price}. Customer no. "
        "{account}.",
        "Your card ending {last4} was used at {co} for {price} on {date} at {time}. Not you? Freeze it in "
        "the app.",
    ],
    "tech": [
        "Release {version} ({date})\n- fix: crash on start ({hexhash})\n- perf: {percent} faster sync\n"
        "Upgrade from {version} recommended. Build {epoch}.",
        "{stamp} INFO worker-{smallnum} job={hexhash} took {smallnum} ms status=200\n{stamp} WARN "
        "retry [[1|2|3|4]]/5 for order id {order}\n{stamp} INFO ts={epoch} heap={smallnum} MB",
        "Device: router model AX-{smallnum}\nSerial {serial}\nMAC {mac}\nFirmware {version}\nWarranty until "
        "{date}",
        "git log --oneline\n{hexhash} bump to {version}\n{hexhash} merge pull request #{smallnum}\n{hexhash} "
        "fix rounding ({percent} error)",
    ],
    "misc": [
        "Full time: {city} {score} {city}. Attendance {smallnum}00. Next fixture {date}, kick-off {time}.",
        "This week's numbers: {lotto}. Bonus ball {smallnum}. Jackpot {price}.",
        "Recipe (serves 4): {weight} flour, {weight} butter, bake {smallnum} min at 180 °C.",
        "Homework: 1) {arith} 2) {arith} — check your working! Due {date}.",
        "Reading list: ISBN {isbn}; ISBN {isbn}. Library card no. {account}. Return by {date}.",
        "Meeting minutes {date}, room {room}. Present: {name}, {name2}. Budget {price} approved; "
        "next review {date} at {time}. Ref {ref}.",
        "Site survey at {coords}: plot {smallnum} m², elevation {smallnum} m, reference point {ref}.",
        "Company {co}, reg. no. {company_id}, VAT {vat}, postcode {postcode}. Registered {date}.",
    ],
}
