"""Nederlandse zinnen voor de v38-genres (nieuw geschreven voor v38)."""

GENRES = {
    "bank": {
        "title": [
            "Rekeningafschrift {statement_no}\n{name} · klantnummer {customer_no}",
            "Bij- en afschrijvingen — rekening {masked_iban}\nRekeninghouder: {name}",
        ],
        "fill": [
            "Beginsaldo {amount}; eindsaldo {amount}.",
            "Incasso energieleverancier, machtigingskenmerk {mandate_ref}, incassant-ID {creditor_id}.",
            "Rente bij roodstand {rate} op jaarbasis; BIC {bic}.",
        ],
        "sign": ["Controleer dit overzicht en meld onjuistheden binnen dertien maanden."],
    },
    "fraud": {
        "title": [
            "Herkent u deze betaling?\nPas {masked_card} · melding {txn_id}",
            "Veiligheidsmelding voor {name}\nUw pas {masked_card} is tijdelijk geblokkeerd",
        ],
        "fill": [
            "We hebben een betaling van {amount} bij {merchant_id} op {due_date} geweigerd.",
            "Autorisatiecode {auth_code} werd vanuit het buitenland aangevraagd.",
            "Tot u bevestigt, blijven online betalingen uitgeschakeld.",
        ],
        "sign": ["Wij vragen nooit om uw pincode.", "Team Fraudepreventie"],
    },
    "credit": {
        "title": [
            "Hypotheekofferte {contract_no}\nAanvrager: {name}",
            "Persoonlijke lening — voorstel voor {name}\nOffertenummer {contract_no}",
        ],
        "fill": [
            "Leenbedrag {amount}, looptijd {loan_term}, jaarlijks kostenpercentage {rate}.",
            "Rentevaste periode tot {due_date}; verhouding lening/woningwaarde {ltv}.",
            "Bruto maandlast {amount}; afsluitkosten {amount}.",
        ],
        "sign": ["Deze offerte is drie weken geldig.", "Uw hypotheekadviseur"],
    },
    "dunning": {
        "title": [
            "Aanmaning — klantnummer {customer_no}\n{name}",
            "Sommatie van het incassobureau, dossier {court_file}\n{name}",
        ],
        "fill": [
            "Factuur {invoice_no} van {amount} stond open sinds {due_date}.",
            "Er komt wettelijke rente van {rate} bij en incassokosten van {amount}.",
            "Vermeld betalingskenmerk {nl_kenmerk} bij uw overboeking.",
            "Gestructureerde mededeling: {be_ogm}.",
        ],
        "sign": ["Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen."],
    },
    "utility": {
        "title": [
            "Jaarnota energie {invoice_no}\n{name} · meternummer {meter_no}",
            "Uw rekening voor internet en mobiel\nKlantnummer {customer_no}, {name}",
        ],
        "fill": [
            "Meterstand op {due_date}: {meter_reading}; leveringstarief {unit_price}.",
            "Glasvezel {speed}; mobiel dataverbruik {data_usage}.",
            "Het nieuwe termijnbedrag van {amount} wordt automatisch afgeschreven.",
        ],
        "sign": ["Met vriendelijke groet, de klantenservice"],
    },
    "tax": {
        "title": [
            "Belastingdienst — voorlopige aanslag\nBSN {tax_id} · {name}",
            "Aanslag inkomstenbelasting, aanslagnummer {tax_ref}\n{name}",
        ],
        "fill": [
            "Te betalen {amount}; al ingehouden loonheffing {amount}.",
            "Betalen vóór {due_date}; belastingrente {rate}.",
            "Btw-identificatienummer van uw werkgever: {vat_no}.",
        ],
        "sign": ["Binnen zes weken kunt u bezwaar maken."],
    },
    "payroll": {
        "title": [
            "Loonstrook {pay_period}\n{name}, personeelsnummer {employee_no}",
            "Uniform pensioenoverzicht\n{name}",
        ],
        "fill": [
            "Brutoloon {amount}; overuren {hours}; netto uitbetaald {amount}.",
            "Pensioenpremie werknemer {rate}; loonheffing {amount}.",
            "Verwacht pensioen vanaf uw AOW-leeftijd: {amount} bruto per jaar.",
        ],
        "sign": ["Salarisadministratie"],
    },
    "insurance": {
        "title": [
            "Premievervaldag autoverzekering\nPolis {policy_no} · kenteken {plate}",
            "Verlenging van uw inboedelverzekering\n{name}, polisnummer {policy_no}",
        ],
        "fill": [
            "Nieuwe jaarpremie {amount}; schadevrije jaren / korting {no_claims}.",
            "Eigen risico {amount}; premiewijziging {change}.",
            "De verzekering wordt per {due_date} verlengd.",
        ],
        "sign": ["U kunt na het eerste jaar dagelijks opzeggen.", "Afdeling Polisbeheer"],
    },
    "refund": {
        "title": [
            "Je retour is binnen\nBestelling {order_no} · retour {rma}",
            "Terugbetaling van bestelling {order_no}\nHoi {name},",
        ],
        "fill": [
            "We hebben {amount} teruggestort op je kaart {masked_card}.",
            "Pakket {tracking} is op {due_date} in ons magazijn gescand.",
            "Het artikel met EAN {ean_code} was ongebruikt.",
        ],
        "sign": ["Veel plezier met je volgende bestelling!", "Klantenservice"],
    },
    "fund": {
        "title": [
            "Inzamelingsactie voor de speeltuin {campaign_id}\nGestart door {name}",
            "Update crowdfunding {campaign_id}\nvan {name}",
        ],
        "fill": [
            "We staan op {pledge}, doel {amount}.",
            "Met {amount} betaal je één schommel; platformkosten {rate}.",
            "Het geld wordt op {due_date} overgemaakt.",
        ],
        "sign": ["Dank je wel voor het delen!", "Het buurtcomité"],
    },
}

LINES = {
    "any": [
        "Vragen over deze brief? Bel ons op {phone}.",
        "Uw behandelaar is bereikbaar op {phone}.",
        "Liever even praten? Bel {phone}.",
    ],
    "mobile": ["Mobiel van je adviseur (ook WhatsApp): {phone}."],
    "fixed": ["Vast nummer van het kantoor: {phone}, tijdens kantooruren."],
    "intl": ["Vanuit het buitenland belt u {phone}.", "Niet in Nederland? Bel {phone}."],
    "service": ["Gratis informatienummer: {phone}.", "Automatische betaallijn, dag en nacht: {phone}."],
    "local": [
        "Belt u vanuit {town}? Dan is {local} genoeg.",
        "Binnen het netnummergebied {town} kiest u gewoon {local}.",
        "Klanten in {town} draaien zonder netnummer {local}.",
    ],
    "email": ["Betaalbewijs graag naar {email}.", "Schrijven kan naar {email}."],
    "iban": ["Maak het bedrag over op IBAN {iban}."],
    "card": ["Afgeschreven van kaart {card}."],
    "ip": ["Ingelogd vanaf IP-adres {ip}."],
    "list_head": ["Wie belt u waarvoor", "Handige nummers"],
    "roles": [
        "Betalingen",
        "Betalingsregeling",
        "Klachten",
        "Pas blokkeren",
        "Rekeningbeheer",
        "Nabestaanden",
    ],
    "hours": ["ma–vr 8–18 uur", "24/7", "za 9–13 uur"],
    "nophone": [
        "Over dit onderwerp geven wij geen telefonische informatie; gebruik Mijn Omgeving.",
        "Wij reageren alleen per post.",
    ],
}
