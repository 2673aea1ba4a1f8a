"""English sentences for the v38 household-paperwork genres (written fresh for v38)."""

GENRES = {
    "bank": {
        "title": [
            "Statement of account {statement_no}\nPrepared for {name} · customer {customer_no}",
            "Recent transactions — current account {masked_iban}\nHolder: {name}",
        ],
        "fill": [
            "Opening balance {amount}; card purchases this period came to {amount}.",
            "Standing order to the landlord, {amount}, left on {due_date} (ref. {txn_id}).",
            "Overdraft interest is charged at {rate} EAR; the arranged limit remains {amount}.",
            "Cheque no. {cheque_no} was paid in; sort code / routing {sort_code}.",
        ],
        "sign": ["This statement is produced automatically and needs no signature."],
    },
    "fraud": {
        "title": [
            "Did you make this purchase?\nCard {masked_card} · alert {txn_id}",
            "Security alert for {name}\nYour card {masked_card} has been paused",
        ],
        "fill": [
            "We declined a payment of {amount} at {merchant_id} on {due_date}.",
            "Authorisation code {auth_code} was requested twice within a minute.",
            "Until you confirm, contactless and online payments stay blocked.",
        ],
        "sign": ["Never share a one-time passcode, not even with us.", "Fraud Prevention Team"],
    },
    "credit": {
        "title": [
            "Your mortgage offer {contract_no}\nApplicant: {name}",
            "Personal loan illustration for {name}\nQuote reference {contract_no}",
        ],
        "fill": [
            "Amount of credit {amount} over {loan_term}, representative APR {rate}.",
            "The fixed rate of {rate} runs until {due_date}; loan-to-value {ltv}.",
            "Total amount repayable {amount}, including an arrangement fee of {amount}.",
        ],
        "sign": ["This offer is valid for 30 days.", "Your lending adviser"],
    },
    "dunning": {
        "title": [
            "FINAL NOTICE — account {customer_no}\n{name}",
            "Letter before action, our file {court_file}\nDebtor: {name}",
        ],
        "fill": [
            "The balance of {amount} was due on {due_date} and remains unpaid.",
            "Statutory interest at {rate} a year is now being added, plus a fee of {amount}.",
            "Quote invoice {invoice_no} with any payment you send.",
        ],
        "sign": ["If you have already paid, please ignore this letter.", "Collections Department"],
    },
    "utility": {
        "title": [
            "Your energy bill {invoice_no}\nAccount holder {name} · meter {meter_no}",
            "Broadband and mobile bill for {name}\nAccount {customer_no}",
        ],
        "fill": [
            "Closing read {meter_reading} (estimated); unit rate {unit_price}.",
            "Fibre plan {speed}; mobile data used {data_usage}.",
            "Your Direct Debit of {amount} will be taken on or just after {due_date}.",
            "The router with MAC address {mac} is registered to this account.",
        ],
        "sign": ["Thanks for being with us.", "Billing Team"],
    },
    "tax": {
        "title": [
            "Self Assessment: statement of account\nTaxpayer {name} · UTR reference {tax_ref}",
            "Notice of tax code for {name}\nYour code for this year: {tax_code}",
        ],
        "fill": [
            "Balancing payment {amount} and first payment on account {amount}, both due {due_date}.",
            "Late-payment interest is currently {rate}.",
            "Your National Insurance number is {tax_id}; keep it with your records.",
        ],
        "sign": ["This letter was issued on behalf of the tax office."],
    },
    "payroll": {
        "title": [
            "Payslip — {pay_period}\n{name}, employee {employee_no}",
            "Annual pension statement\nMember {name} · scheme reference {pension_no}",
        ],
        "fill": [
            "Basic pay {amount}; overtime {hours}; tax code {tax_code}.",
            "Employee pension contribution {rate}, employer {rate}; net pay {amount}.",
            "Projected income at 67: {amount} a year, assuming growth of {rate}.",
        ],
        "sign": ["Payroll Services", "Please keep this document for your records."],
    },
    "insurance": {
        "title": [
            "Your motor insurance renewal\nPolicy {policy_no} · vehicle {plate}",
            "Home insurance renewal notice for {name}\nPolicy number {policy_no}",
        ],
        "fill": [
            "Annual premium {amount} (last year {amount}); no-claims years / discount {no_claims}.",
            "Compulsory excess {amount}; voluntary excess {amount}.",
            "Cover renews automatically on {due_date} unless you tell us otherwise.",
        ],
        "sign": ["Read your policy booklet for full terms.", "Renewals Team"],
    },
    "refund": {
        "title": [
            "Your return has been received\nOrder {order_no} · return {rma}",
            "Refund issued for order {order_no}\nHi {name},",
        ],
        "fill": [
            "We refunded {amount} to the card {masked_card}; allow 3–5 working days.",
            "Parcel {tracking} was scanned at our returns centre on {due_date}.",
            "Item EAN {ean_code} was returned unopened, so no restocking fee applies.",
        ],
        "sign": ["Happy shopping!", "Customer Care"],
    },
    "fund": {
        "title": [
            "Help rebuild the village hall — campaign {campaign_id}\nOrganised by {name}",
            "Fundraiser update {campaign_id}\nfrom {name}",
        ],
        "fill": [
            "We're at {pledge} with a goal of {amount}.",
            "A gift of {amount} pays for one new window; Gift Aid adds {rate}.",
            "All pledges are collected when the campaign closes on {due_date}.",
        ],
        "sign": ["Thank you for sharing this page.", "With gratitude, the organisers"],
    },
}

LINES = {
    "any": [
        "Questions about this letter? Call us on {phone}.",
        "To talk it through with a person, phone {phone} (weekdays 8am–8pm).",
        "You can reach your case handler directly on {phone}.",
    ],
    "mobile": ["Text or WhatsApp your adviser's mobile: {phone}."],
    "fixed": ["Our branch desk line is {phone}, staffed during opening hours."],
    "intl": ["Calling from outside the country? Use {phone}.", "Overseas customers can ring {phone}."],
    "service": [
        "Freephone {phone} — no charge from landlines or mobiles.",
        "Payment line (automated, 24/7): {phone}.",
    ],
    "local": [
        "If you ring from a {town} landline, {local} is all you need to dial.",
        "Branch direct line — from anywhere in {town}: {local}.",
        "Within {town}, drop the area code: {local}.",
    ],
    "email": ["Send proof of payment to {email}.", "Prefer writing? Our address is {email}."],
    "iban": ["Pay by bank transfer to IBAN {iban}, quoting your reference."],
    "card": ["Card charged: {card}."],
    "ip": ["Sign-in recorded from IP address {ip}."],
    "ssn": ["Social Security number on file: {ssn}."],
    "list_head": ["Who to call", "Useful numbers"],
    "roles": [
        "Payments",
        "Hardship support",
        "Complaints",
        "Lost or stolen cards",
        "Account queries",
        "Bereavement team",
    ],
    "hours": ["Mon–Fri 8–6", "24 hours", "Sat 9–1"],
    "nophone": ["We no longer take calls about this; please use the online form.", "Replies by post only."],
}
