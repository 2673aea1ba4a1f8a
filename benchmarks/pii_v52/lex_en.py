"""English sentences (all 11 genres), written fresh for v52. Slots: see compose.py."""

EN = {
    "bill": {
        "t": ["Your monthly bill", "Broadband statement", "Mobile account summary"],
        "p": [
            "Questions about this bill? Call our billing team on {P}, weekdays 8am to 8pm.",
            "Calls to {M} on 14 May were charged at the roaming rate.",
            "To pay by phone, ring {T} and have your card ready.",
            "Direct debit will be taken from your account; paid by card ending {C} last month.",
            "Itemised calls: most dialled number this month was {P}.",
            "A copy of this statement was e-mailed to {EP}.",
            "Identity check for the account holder passed (SSN {SSN}).",
        ],
        "n": [
            "Account number {N:account}, invoice {N:invoice}, billing period {N:period}.",
            "Data used: {N:allowance}. Longest call: {N:duration}.",
            "Customer ref {N:customer}; SIM {N:iccid}.",
        ],
    },
    "porting": {
        "t": ["Your number is moving to us", "Switching provider: your PAC", "Number transfer confirmation"],
        "p": [
            "We have received your request to bring {M} across to our network.",
            "If the transfer has not completed by Thursday, call the porting desk on {T}.",
            "Your old provider may still contact you on {P} about a final bill.",
            "Port-in queries can also go to {E}; include the number you are moving.",
            "Abroad at the time of the switch? Reach us on {I}.",
        ],
        "n": [
            "Your PAC is {N:pac} and is valid for 30 days. Cancelling instead? Your STAC: {N:stac}.",
            "New SIM card number {N:iccid}; temporary PIN {N:simpin}, PUK {N:puk}.",
            "IMSI on the new profile: {N:imsi}.",
        ],
    },
    "router": {
        "t": ["Getting your hub online", "Quick setup: home router", "Modem installation sheet"],
        "p": [
            "If the light stays red after ten minutes, phone technical support on {T}.",
            "The admin page is at {IP}; the default password is on the sticker underneath.",
            "Installer on site today: {NAME}, mobile {M}.",
            "Your IPv6 prefix starts with {IP} and is assigned automatically.",
            "Still stuck? Text a photo of the lights to {M} and we will call you back.",
        ],
        "n": [
            "Wi-Fi key {N:wifi_key}, model {N:model}, firmware {N:firmware}.",
            "Router MAC {N:mac}, serial {N:serial}. Radio: {N:band}.",
            "Expected speed on this line: {N:speed}.",
        ],
    },
    "netdown": {
        "t": [
            "Service update: broadband fault in your area",
            "Network incident - update 3",
            "Mobile data outage",
        ],
        "p": [
            "Engineers are on site. Business customers can reach the fault line on {P}.",
            "For the latest status, call {T} and choose option 2.",
            "Press enquiries: {NAME}, {M}, {E}.",
            "Customers abroad can call {I} for a roaming credit.",
        ],
        "n": [
            "Affected: cabinet circuits such as {N:circuit}; restore target is {N:uptime} monthly "
            "availability.",
            "Measured during the fault: {N:latency} loss, {N:signal}.",
            "Masts on {N:band} are unaffected.",
        ],
    },
    "ticket": {
        "t": ["Helpdesk ticket - laptop will not join Wi-Fi", "Service desk: escalation", "Ticket update"],
        "p": [
            "Caller {NAME} can be reached on {P} until 5pm, then on {M}.",
            "Escalated to second line; out of hours the duty engineer is on {M}.",
            "User's docking station reports address {IP} instead of the office range.",
            "Reply to {E} with the ticket number in the subject.",
            "Vendor support for this model: {I}.",
        ],
        "n": [
            "Ticket {N:ticket}, asset {N:asset}, serial {N:serial}.",
            "Event log shows error {N:errcode} after update {N:kb}.",
            "Port {N:port} blocked on {N:vlan}.",
        ],
    },
    "repair": {
        "t": ["Repair receipt", "Device drop-off slip", "Screen repair - collection note"],
        "p": [
            "We will text {M} when your phone is ready to collect.",
            "Deposit of 40.00 paid by card {C}.",
            "Queries about this repair: {P} (workshop) or {EP}.",
            "Courier pickup arranged; driver will call from {M}.",
        ],
        "n": [
            "Handset IMEISV {N:imeisv}, repair order {N:rma}.",
            "Battery before repair: {N:battery}. Display: {N:screen}.",
            "Serial {N:serial}, collection code {N:simpin}.",
        ],
    },
    "contract": {
        "t": ["Airtime agreement", "Phone shop: contract summary", "Your new plan"],
        "p": [
            "Your new number is {M}; it becomes active within two hours.",
            "Customer signature taken in store. Store phone: {P}.",
            "To cancel within 14 days, call {T} or write to {E}.",
            "Credit check consent given; SSN {SSN} verified by the agent.",
            "Upfront cost paid with card {C}.",
            "Device financing: applicant's Social Security number {SSN} checked against the bureau file.",
        ],
        "n": [
            "Order {N:order}; device IMEISV {N:imeisv}; allowance {N:allowance}.",
            "Customer number {N:customer}, invoice {N:invoice}.",
        ],
    },
    "forward": {
        "t": ["Setting up call forwarding", "Voicemail: getting started", "Divert your office line"],
        "p": [
            "To send all calls to another phone, dial **21* followed by the number, e.g. **21*{M}#.",
            "Voicemail can be checked from any phone by calling {P}.",
            "If you are abroad, call {I} and enter your mailbox PIN.",
            "Forward to reception when busy: set the busy-divert number to {P}.",
        ],
        "n": [
            "Default voicemail PIN {N:simpin}; change it at first login. Ring time before divert: 25 s.",
            "Codes: busy divert **67*, no answer **61*; SIM {N:iccid}.",
        ],
    },
    "switchboard": {
        "t": ["Internal telephone directory", "Switchboard and extensions", "Who to call in the building"],
        "p": [
            "Main switchboard {P}; ask for the extension if you do not have a direct dial.",
            "Reception desk, direct: {P}.",
            "After 6pm calls go to the security lodge on {M}.",
            "Facilities can also be e-mailed at {E}.",
        ],
        "n": [
            "Finance uses extensions {N:ext_range}; IT uses {N:ext_range}.",
            "Phones sit on {N:vlan}; SIP ports {N:port}.",
        ],
    },
    "confcall": {
        "t": ["Invitation: quarterly network review", "Conference call details", "Join by phone"],
        "p": [
            "Dial in: {P} (local) or {T} (toll free).",
            "International participants: {I}.",
            "Host: {NAME}, {EP}; if the bridge fails, call the host on {M}.",
        ],
        "n": [
            "Meeting ID {N:meeting_id}, participant passcode {N:passcode}.",
            "Duration of the last session: {N:duration}.",
        ],
    },
    "smarthome": {
        "t": [
            "Installer notes - smart thermostat and hub",
            "Smart home handover",
            "Job sheet: doorbell and sensors",
        ],
        "p": [
            "Hub reserved at {IP} on the customer's router.",
            "Any problems in the first month, ring the installer {NAME} on {M}.",
            "Customer contact number for the alarm company: {P}.",
        ],
        "n": [
            "Thermostat pairing code {N:matter}; doorbell setup code {N:homekit}.",
            "Mesh on {N:zigbee}, hub firmware {N:firmware}.",
            "Hub MAC {N:mac}, asset tag {N:asset}.",
        ],
    },
}

EN_LOCAL = [
    "Popping in to the {town} store? Ring ahead on {L}; callers inside {town} can skip the area code.",
    "Engineer dispatch for {town}: from a landline in town, just dial {L}.",
    "{town} customers: the repair counter picks up on {L}, the business desk on {L}.",
    "Calling from within {town}? The switchboard is simply {L}.",
    "Our {town} exchange building answers on {L} (no code needed if you're local).",
    "In the {town} calling area, the helpdesk line is {L} - after hours, {L}.",
    "Reception ({town} office, local calls): {L}.",
    "Seven digits is all it takes from a {town} phone: {L}.",
]
EN_LOCAL8 = [  # subscriber numbers of 6 or 8 digits: no 'seven digits' line
    "Popping in to the {town} store? Ring ahead on {L}; callers inside {town} can skip the area code.",
    "Engineer dispatch for {town}: from a landline in town, just dial {L}.",
    "{town} customers: the repair counter picks up on {L}, the business desk on {L}.",
    "Calling from within {town}? The switchboard is simply {L}.",
    "In the {town} calling area, the helpdesk line is {L} - after hours, {L}.",
    "Reception ({town} office, local calls): {L}.",
]
EN_LIST = (
    ["Useful numbers", "Escalation contacts", "Support lines", "Who to ring"],
    [
        "1st line",
        "2nd line",
        "Network operations",
        "Billing",
        "Shop floor",
        "On-call engineer",
        "Porting desk",
        "Facilities",
    ],
)
