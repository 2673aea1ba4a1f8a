"""Genres written in several languages: mail-in seed/CD order forms with card details and bank-fraud
reports written by the cardholder. Same genre name, one entry per language."""

GENRES = [
    (
        "mail-order-form",
        ("en_US", "en_GB", "en_AU", "en_IE"),
        "seeds",
        [
            """<<TOWN>> Heritage Seeds — MAIL ORDER FORM (please print clearly)
Name: <<NAME1>>    Daytime phone: <<P_FULL>>
Email (for dispatch note): <<EMAIL1>>
Items: 3 × bean 'Borlotto', 1 × squash mix. <<NEG:seed_batch>>.
Pay by card: <<CARD>>   Expiry <<NUM:1-12>>/<<NUM:26-30>>   Security code: see back
Catalogue no. <<NEG:library_call>>. Orders usually ship within 10 days.""",
        ],
    ),
    (
        "mail-order-form",
        ("de_DE", "de_AT", "de_CH"),
        "saatgut",
        [
            """Bestellschein Saatgutversand (bitte in Druckbuchstaben)
Name: <<NAME1>> · Rückfragen tagsüber: <<P_FULL>>
E-Mail: <<EMAIL1>>
Zahlung per Kreditkarte: <<CARD>>, gültig bis <<NUM:1-12>>/<<NUM:26-30>>
oder Lastschrift von <<IBAN>>. <<NEG:seed_batch>>.""",
        ],
    ),
    (
        "mail-order-form",
        ("fr_FR", "fr_BE", "fr_CH"),
        "graines",
        [
            """Bon de commande — Grainothèque associative
Nom : <<NAME1>> — Tél. pour la livraison : <<P_FULL>>
Courriel : <<EMAIL1>>
Règlement par carte : <<CARD>>, expire fin <<NUM:1-12>>/<<NUM:26-30>>. <<NEG:seed_batch>>.""",
        ],
    ),
    (
        "mail-order-form",
        ("nl_NL", "nl_BE"),
        "zaden",
        [
            """Bestelformulier zadenruil (in blokletters)
Naam: <<NAME1>> · telefoon overdag: <<P_FULL>> · e-mail <<EMAIL1>>
Betaling met creditcard: <<CARD>> (geldig t/m <<NUM:1-12>>/<<NUM:26-30>>). <<NEG:seed_batch>>.""",
        ],
    ),
    (
        "mail-order-form",
        ("es_ES",),
        "semillas",
        [
            """Hoja de pedido por correo — Red de Semillas
Nombre: <<NAME1>>. Teléfono de contacto: <<P_FULL>>. Correo: <<EMAIL1>>
Pago con tarjeta: <<CARD>>, caducidad <<NUM:1-12>>/<<NUM:26-30>>. <<NEG:seed_batch>>.""",
        ],
    ),
    (
        "mail-order-form",
        ("it_IT",),
        "sementi",
        [
            """Modulo d'ordine per corrispondenza — Banca dei semi
Nome: <<NAME1>>. Telefono per il corriere: <<P_FULL>>. E-mail: <<EMAIL1>>
Pagamento con carta: <<CARD>>, scadenza <<NUM:1-12>>/<<NUM:26-30>>. <<NEG:seed_batch>>.""",
        ],
    ),
    (
        "mail-order-form",
        ("pt_BR",),
        "sementes",
        [
            """Pedido pelo correio — Casa de Sementes Crioulas
Nome: <<NAME1>>. Telefone para contato: <<P_FULL>>. E-mail: <<EMAIL1>>
Pagamento no cartão: <<CARD>>, validade <<NUM:1-12>>/<<NUM:26-30>>. <<NEG:seed_batch>>.""",
        ],
    ),
    (
        "card-fraud-report",
        ("en_US", "en_GB", "en_IN", "en_AU"),
        "fraud",
        [
            """To whom it may concern,
I am writing to report unauthorised transactions on my card ending in <<NUM:1000-9999>> — full number <<CARD>> — between <<NEG:date_time>> and <<NEG:date_time>>. I did not make these payments (total <<NEG:money>>).
I received a call from someone claiming to be your fraud team from <<P_FULL>> asking for a code (<<NEG:otp>>); I did not give it.
Your fraud line (<<P_OTHER>>) kept me on hold for an hour. Please contact me on <<P_FULL>> or <<EMAIL1>>.
<<NAME1>>""",
        ],
    ),
    (
        "card-fraud-report",
        ("de_DE", "de_AT"),
        "betrug",
        [
            """Sehr geehrte Damen und Herren,
auf meiner Kreditkarte <<CARD>> wurden am <<NEG:date_time>> Beträge abgebucht, die ich nicht veranlasst habe (<<NEG:money>>).
Ein Anrufer von <<P_FULL>> gab sich als Ihr Sicherheitsteam aus und wollte meine <<NEG:otp>> wissen.
Bitte erstatten Sie den Betrag auf <<IBAN>>.[[ Erreichbar bin ich unter <<P_FULL>>.]]
Mit freundlichen Grüßen, <<NAME1>>""",
        ],
    ),
    (
        "card-fraud-report",
        ("nl_NL", "nl_BE"),
        "fraude",
        [
            """Geachte heer/mevrouw,
Op mijn creditcard <<CARD>> staan afschrijvingen van <<NEG:date_time>> die ik niet herken (<<NEG:money>>).
Iemand belde vanaf <<P_FULL>> en vroeg om mijn <<NEG:otp>>; die heb ik niet gegeven.
U kunt mij bereiken op <<P_FULL>> of via <<EMAIL1>>. Met vriendelijke groet, <<NAME1>>""",
        ],
    ),
    (
        "card-fraud-report",
        ("fr_FR", "fr_BE"),
        "fraude",
        [
            """Madame, Monsieur,
je conteste les opérations du <<NEG:date_time>> sur ma carte <<CARD>> (<<NEG:money>>).
Un individu m'a appelé depuis le <<P_FULL>> en se présentant comme votre service fraude et m'a demandé mon <<NEG:otp>>.
Je reste joignable au <<P_FULL>>. <<NAME1>>""",
        ],
    ),
    (
        "card-fraud-report",
        ("es_ES",),
        "fraude",
        [
            """Reclamación: cargos no reconocidos en mi tarjeta <<CARD>> el <<NEG:date_time>> (<<NEG:money>>).
Me llamaron desde el <<P_FULL>> pidiendo el <<NEG:otp>>. Contacto: <<P_FULL>>, <<EMAIL1>>. <<NAME1>>""",
        ],
    ),
    (
        "card-fraud-report",
        ("it_IT",),
        "frode",
        [
            """Oggetto: disconoscimento operazioni sulla carta <<CARD>> del <<NEG:date_time>> (<<NEG:money>>).
Mi ha chiamato il <<P_FULL>> chiedendo il <<NEG:otp>>. Recapito: <<P_FULL>>. <<NAME1>>""",
        ],
    ),
    (
        "card-fraud-report",
        ("pt_BR",),
        "fraude",
        [
            """Contestação de compras no cartão <<CARD>> em <<NEG:date_time>> (<<NEG:money>>).
Recebi ligação do <<P_FULL>> pedindo o <<NEG:otp>>. Meu contato: <<P_FULL>> / <<EMAIL1>>. <<NAME1>>""",
        ],
    ),
]
