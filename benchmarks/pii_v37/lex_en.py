"""English (with Indian English for en_IN) sentences of v37; {p} phone, {t} town, {x} hard negative."""

EN = {
    "call": [
        "For production incidents page the on-call engineer at {p}.",
        "The vendor's integration desk picks up on {p} (ask for the API team).",
        "Licensing questions go to the maintainers' office: {p}.",
        "Test SMS are delivered to the shared QA handset, {p}.",
        "If the webhook keeps failing, phone their NOC on {p} before opening a ticket.",
    ],
    "local": [
        "Inside the {t} exchange the front desk answers on {p}, no area code needed.",
        "(local {t} line, drop the area code) {p}",
        "Same-city callers in {t} only dial {p}.",
        "Office phone for anyone already in {t}: {p}",
    ],
    "service": [
        "Billing questions: free hotline {p}, weekdays only.",
        "Customers can reach support toll-free at {p}.",
        "The helpline number shown on the invoice footer is {p}.",
    ],
    "bug": [
        "The signup form rejects {p} even though it is a real number.",
        "After upgrading, the profile page renders {p} twice.",
        "Export to CSV turns {p} into scientific notation.",
        "SMS verification never arrives when the number is typed as {p}.",
    ],
    "neg": [
        "Bumped to {x} after the regression in the parser.",
        "Reproduced again with {x}, same behaviour.",
        "See {x} for the original discussion.",
        "Nightly finished: {x}.",
        "Pinned {x} until the upstream fix lands.",
    ],
    "roster": ["On-call rotation", "Maintainers and contacts", "Seed users (fake data)", "Escalation list"],
    "title": [
        "Contact sync service",
        "Invoice exporter",
        "Phone field validator",
        "Appointment reminder bot",
    ],
    "contact_h": ["Contact", "Support", "Getting help"],
    "contrib": [
        "Please run the test suite before opening a pull request.",
        "Small fixes are welcome; for bigger changes open an issue first.",
    ],
    "ui": ["Save changes", "Your order has shipped", "Enter a valid phone number", "Cancel subscription"],
    "nb": [
        "Load the customer export and normalise the phone column.",
        "Quick look at the failed deliveries.",
    ],
    "api": [
        "Creates a contact. The phone field is stored exactly as sent.",
        "Returns a single customer with their primary phone.",
    ],
    "email": ["Security reports: {e}", "Questions about this module go to {e}.", "Maintainer: {e}"],
    "iban": ["Refunds in the fixture are paid to {i}.", "Sandbox payout account: {i}"],
    "card": ["Checkout tests use the card {c}.", "Declined-card case: {c}"],
    "ip": ["Staging answers from {ip}.", "Requests were coming from {ip}."],
    "ssn": ["The fake employee record uses SSN {s}.", "Payroll fixture, SSN {s}, never real."],
}

IN_EXTRA = {
    "call": [
        "Kindly contact the integration team on {p} for API keys.",
        "For any escalation do the needful and call {p}.",
    ],
    "local": [
        "Within {t} city you can directly dial {p}, STD code not required.",
        "({t} landline, local callers) {p}",
    ],
}
