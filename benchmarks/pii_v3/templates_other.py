"""Documents of locales outside the detector's phone regions (en_IE, en_AU, pl_PL, sv_SE).
Their own numbers appear only in international form: {tel} renders +CC ... for these locales."""

POS = {
    "en_IE": {
        "sms": ["Hi {first}, it's {first2} - new number {tel:m}, the old one's gone. See you Friday!"],
        "signature": ["Kind regards,\n{name}\n{co}, {city}\nT: {tel:f} | M: {tel:m}\nE: {mailco}"],
        "invoice": [
            "Invoice {invoice}\nPlease pay {price} to IBAN {iban:ie} (BIC {bic}) by {date}. "
            "Queries: {role:accounts}"
        ],
        "booking": ["Booking confirmed at {co}, {date} {time}. Questions? {tel:f}[[ or {role:bookings}|]]."],
    },
    "en_AU": {
        "sms": ["G'day {first}, {first2} here. Mobile's {tel:m} now, landline disconnected. Cheers"],
        "signature": ["{name}\nProject Manager | {co}\nP {tel:f} | M {tel:m} | {mailco}"],
        "ticket": [
            "Ticket {ref}: user {name} locked out, last login from {ip4} ({timestamp}). Call back on {tel:m}."
        ],
        "classified": ["FOR SALE: surfboard, {price} ono, pick-up {city}. Text {tel:m}."],
    },
    "pl_PL": {
        "sms": ["Cześć, tu {first}! Mój nowy numer: {tel:m}. Zapisz proszę 🙂"],
        "signature": ["Z poważaniem\n{name}\n{co}\ntel. {tel:f}\nkom. {tel:m}\n{mailco}"],
        "invoice": ["Faktura {invoice} — prosimy o wpłatę {price} na konto {iban:pl} do {date}."],
    },
    "sv_SE": {
        "sms": ["Hej! Det är {first}, mitt nya nummer är {tel:m}. Spara det 😊"],
        "signature": ["Med vänliga hälsningar\n{name}\n{co}\nTel: {tel:f}\nMobil: {tel:m}\nE-post: {mailco}"],
        "booking": ["Bokningsbekräftelse {booking}: {date} kl. {time}. Frågor: {tel:f}"],
    },
}

NEG = {
    "en_IE": {
        "sms": ["Your Leap card top-up of {price} was successful. Ref {ref}. Balance {price}."],
        "travel": ["{train} to {city} departs {time} from platform {platform}. Booking ref {booking}."],
    },
    "en_AU": {
        "order": ["Order {order} shipped, tracking {tracking}. ETA {date}. Paid with {maskcard}."],
        "misc": ["Final score {city} {score} {city}. Crowd {smallnum}00. Next round {date}."],
    },
    "pl_PL": {
        "sms": ["Twój kod weryfikacyjny to {otp}. Ważny 10 minut."],
        "order": ["Zamówienie nr {order} z dnia {date}, kwota {price}, przesyłka {tracking}."],
    },
    "sv_SE": {
        "sms": ["Din verifieringskod är {otp}. Giltig i 10 minuter."],
        "order": ["Order {order} skickad {date}. Spårningsnummer {tracking}. Belopp {price}."],
    },
}
