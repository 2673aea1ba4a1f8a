"""Hard negatives: phone-shaped digit groups under a label that says what they are.

Each kind: key, digit shapes ('#' = a digit, '1'-'9' kept), labels in en|de|fr|es|it|nl|pt|hi order.
Hinglish documents use the English label. About one use in four puts the label on the line before.
"""

ORDER = "en de fr es it nl pt hi".split()

KINDS = [
    (
        "membership",
        "#### ### ###|## ### ###|0### ####",
        "Membership no.|Mitgliedsnummer|N° d'adhérent|N.º de socio|N. tessera socio|Lidnummer|Nº de"
        " sócio|सदस्यता संख्या",
    ),
    (
        "library-card",
        "#### #### ##|## #### ####",
        "Library card|Bibliotheksausweis Nr.|Carte de bibliothèque n°|Carné de biblioteca|Tessera biblioteca"
        "|Bibliotheekpas|Carteirinha da biblioteca|पुस्तकालय कार्ड",
    ),
    (
        "charity-number",
        "1######|1### ###",
        "Registered charity no.|Vereinsregister VR|RNA n° W##|Registro de asociaciones n.º"
        "|Iscrizione RUNTS n."
        "|ANBI RSIN|CNPJ raiz|पंजीकरण संख्या",
    ),
    (
        "company-number",
        "### ### ###|## ### ###|#### ####",
        "Company no.|Handelsregister HRB|SIREN|CIF G-|P. IVA|KvK-nummer|Inscrição municipal|GST पंजीकरण",
    ),
    (
        "bank-code",
        "### ### ##|## ## ##|##### #####",
        "Sort code (bank)|Bankleitzahl|Code banque|Código de entidad|ABI/CAB|Bankcode|Código da"
        " agência|IFSC शाखा कोड",
    ),
    (
        "hymns",
        "### ### ###|### ### ### ###|## ### ###",
        "Hymns|Lieder|Cantiques|Cantos|Canti|Liederen|Hinos|भजन क्रमांक",
    ),
    (
        "wifi-password",
        "#### #### ####|### ### ###|######## ##",
        "Wi-Fi password|WLAN-Passwort|Mot de passe Wi-Fi|Contraseña del wifi|Password del wifi"
        "|Wifi-wachtwoord"
        "|Senha do wi-fi|वाई-फ़ाई पासवर्ड",
    ),
    (
        "key-safe",
        "## ## ##|### ###|#-#-#-#",
        "Key safe code|Code Schlüsseltresor|Code de la boîte à clés|Código del cajetín de llaves"
        "|Codice cassetta chiavi|Code sleutelkluis|Código do cofre de chaves|चाबी बॉक्स कोड",
    ),
    (
        "seed-lot",
        "#### ### ##|## ### ####",
        "Seed lot|Saatgut-Charge|Lot de semences|Lote de semillas|Lotto sementi|Zaadpartij|Lote de"
        " sementes|बीज लॉट",
    ),
    (
        "vaccine-batch",
        "### ### ###|#######",
        "Vaccine batch|Impfstoff-Charge|Lot du vaccin|Lote de la vacuna|Lotto del vaccino|Batchnummer vaccin"
        "|Lote da vacina|टीका बैच",
    ),
    ("isbn", "978-#-###-#####-#|978-##-####-###-#|#-###-#####-#", "ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN"),
    (
        "quote",
        "## ### ###|#### ####|###-####",
        "Quote ref.|Angebotsnummer|N° de devis|N.º de presupuesto|N. preventivo|Offertenummer|Nº do orçamento"
        "|कोटेशन नं.",
    ),
    (
        "purchase-order",
        "45## ### ###|4500 ######",
        "PO number|Bestellnummer intern|Bon de commande n°|Pedido de compra|Ordine d'acquisto n."
        "|Inkoopordernummer"
        "|Pedido de compra nº|क्रय आदेश",
    ),
    (
        "cost-centre",
        "### ## ###|#### ###",
        "Cost centre|Kostenstelle|Centre de coût|Centro de coste|Centro di costo|Kostenplaats|Centro de custo"
        "|लागत केंद्र",
    ),
    (
        "staff-number",
        "### ### ##|0## ####",
        "Staff no.|Personalnummer|Matricule|N.º de empleado|Matricola|Personeelsnummer|Matrícula funcional"
        "|कर्मचारी संख्या",
    ),
    (
        "payroll-ref",
        "### #### ###|## #### ##",
        "Payroll ref.|Abrechnungsnummer Lohn|Réf. paie|Ref. nómina|Rif. cedolino|Salarisstrook ref."
        "|Ref. holerite"
        "|वेतन संदर्भ",
    ),
    (
        "candidate",
        "#### ####|### ### ##",
        "Candidate number|Prüfungsnummer|N° de candidat|N.º de opositor|Numero candidato|Examennummer"
        "|Nº de inscrição no exame|परीक्षा रोल नंबर",
    ),
    (
        "student-id",
        "### ### ###|# ### ###",
        "Student ID|Matrikelnummer|N° étudiant|N.º de expediente|Numero di matricola|Studentnummer"
        "|RA do aluno"
        "|छात्र आईडी",
    ),
    (
        "train-ticket",
        "#### #### ####|## #### ####",
        "Train ticket no.|Fahrkarten-Nr.|N° de billet SNCF|Localizador billete tren|Codice biglietto treno"
        "|Ticketnummer NS|Nº da passagem|टिकट पीएनआर",
    ),
    (
        "hotel-confirmation",
        "#### ### ###|### ### ####",
        "Hotel confirmation|Buchungsbestätigung Hotel|Confirmation hôtel n°|Confirmación del hotel"
        "|Conferma hotel n.|Hotelbevestiging|Confirmação do hotel|होटल पुष्टि संख्या",
    ),
    (
        "event-ticket",
        "### ### ### ###|#### #### ###",
        "Ticket barcode|Ticket-Code|Code-barres du billet|Código de la entrada|Codice biglietto|Ticketcode"
        "|Código do ingresso|टिकट बारकोड",
    ),
    (
        "voucher",
        "#### ####|### ### ###",
        "Voucher code|Gutscheincode|Code du bon d'achat|Código del vale|Codice buono|Kortingscode"
        "|Código do vale"
        "|वाउचर कोड",
    ),
    (
        "repair-job",
        "### ### ###|## ### ##",
        "Repair job no.|Reparaturauftrag|N° de réparation|Orden de reparación|Pratica riparazione"
        "|Reparatienummer|Ordem de serviço|मरम्मत जॉब नं.",
    ),
    (
        "appliance-serial",
        "### ### ####|#### ### ###",
        "Washing machine FD no.|E-Nr./FD|N° de série du lave-linge|N.º de serie lavadora|Matricola lavatrice"
        "|Serienummer wasmachine|Nº de série da lavadora|वॉशिंग मशीन सीरियल",
    ),
    (
        "tv-licence",
        "#### #### #|### ### ####",
        "TV licence no.|Rundfunkbeitragsnummer|Réf. redevance|Ref. tasa de basuras|Canone RAI n."
        "|Aansluitnummer tv"
        "|Código do IPTU|केबल ग्राहक संख्या",
    ),
    (
        "council-tax",
        "### #### ###|#### ### ###",
        "Council tax account|Kassenzeichen Grundsteuer|Réf. taxe foncière|Ref. IBI|Codice TARI"
        "|Aanslagnummer OZB"
        "|Inscrição imobiliária|संपत्ति कर खाता",
    ),
    (
        "broadband-account",
        "### ### ####|## #### ####",
        "Broadband account|Kundenkonto Internet|Compte box internet|Cuenta de fibra|Codice cliente fibra"
        "|Klantnummer internet|Conta da internet|ब्रॉडबैंड खाता",
    ),
    (
        "mot-test",
        "#### #### ####",
        "MOT test no.|HU-Prüfbericht Nr.|Contrôle technique n°|Informe ITV|Revisione n.|APK-keuringsnummer"
        "|Laudo de vistoria|पीयूसी प्रमाणपत्र",
    ),
    (
        "key-number",
        "### ### ##|## ### ###",
        "Key no. (estate)|Schließanlage Nr.|N° de clé|N.º de llave|Numero chiave|Sleutelnummer|Nº da chave"
        "|चाबी संख्या",
    ),
    (
        "dog-tag",
        "### ###|## ## ##",
        "Dog licence tag|Hundemarke|Médaille du chien n°|Placa censal del perro|Medaglietta cane n."
        "|Hondenpenning"
        "|Registro do cão|कुत्ते का टोकन",
    ),
    (
        "fishing-licence",
        "### ### ###|## #### ##",
        "Rod licence|Fischereischein|Carte de pêche n°|Licencia de pesca|Licenza di pesca|VISpas"
        "|Licença de pesca"
        "|मछली पकड़ने का लाइसेंस",
    ),
    (
        "club-tax-number",
        "##/###/#####|### ### #####",
        "HMRC charity ref.|Steuernummer des Vereins|N° fiscal de l'association|NIF de la asociación"
        "|Codice fiscale dell'associazione|Fiscaal nummer vereniging|CNPJ da associação|पैन (संस्था)",
    ),
    (
        "grant-ref",
        "### ### ###|####-###",
        "Grant application ref.|Förderantrag Az.|Dossier de subvention n°|Expediente de subvención"
        "|Pratica contributo n.|Subsidieaanvraag nr.|Processo do edital nº|अनुदान आवेदन संख्या",
    ),
    (
        "player-licence",
        "### ### ###|## ### ###",
        "Player registration|Spielerpass-Nr.|Licence FFF n°|Ficha federativa|Tesserino FIGC|Bondsnummer KNVB"
        "|Registro CBF|खिलाड़ी पंजीकरण",
    ),
    (
        "referee-id",
        "#### ###|### ####",
        "Referee ID|Schiedsrichter-Nr.|N° d'arbitre|Licencia de árbitro|Tessera arbitro|Scheidsrechtersnummer"
        "|Registro de árbitro|रेफ़री आईडी",
    ),
    (
        "ean",
        "# ###### ######|## ##### #####",
        "EAN|EAN|Code EAN|Código EAN|Codice EAN|EAN-code|Código de barras|बारकोड",
    ),
    (
        "food-lot",
        "L### ### ##|### ## ###",
        "Recalled lot|Rückruf Charge|Lot rappelé|Lote retirado|Lotto richiamato|Teruggeroepen partij"
        "|Lote recolhido"
        "|वापस लिया गया लॉट",
    ),
    (
        "case-file",
        "### ### ##|## ### ###",
        "Council case ref.|Aktenzeichen|Réf. dossier mairie|N.º de expediente municipal|Protocollo"
        " comunale n."
        "|Zaaknummer gemeente|Protocolo da prefeitura|नगर निगम शिकायत संख्या",
    ),
    (
        "season-ticket",
        "#### ### ###|### ### ###",
        "Season ticket|Dauerkarte Nr.|Abonnement n°|Abono n.º|Abbonamento n.|Seizoenkaart|Carnê de"
        " sócio-torcedor"
        "|सीज़न टिकट",
    ),
    (
        "ski-pass",
        "## ### ### ##|### #### ###",
        "Ski pass|Skipass Nr.|Forfait de ski n°|Forfait n.º|Skipass n.|Skipas|Passe de esqui|स्की पास",
    ),
    (
        "loyalty-card",
        "#### #### ##|### ### ####",
        "Loyalty card|Kundenkarte|Carte de fidélité|Tarjeta de socio del súper|Carta fedeltà|Klantenkaart"
        "|Cartão fidelidade|लॉयल्टी कार्ड",
    ),
    (
        "po-box",
        "## ## ##|### ###|## ## ###",
        "PO Box|Postfach|Boîte postale|Apartado de correos|Casella postale|Postbus|Caixa postal|डाक बॉक्स",
    ),
    (
        "railcard",
        "#### #### ##|### ### ####",
        "Railcard no.|BahnCard-Nr.|Carte Avantage n°|Tarjeta Dorada n.º|Carta Freccia n.|Voordeelurenkaart"
        "|Bilhete Único nº|रेल पास संख्या",
    ),
]

LABELLED = {}
for _key, _shapes, _labels in KINDS:
    _ls = _labels.split("|")
    assert len(_ls) == 8, _key
    LABELLED[_key] = (_shapes.split("|"), dict(zip(ORDER, _ls, strict=True)))


def fill(rng, shape):
    return "".join(rng.choice("0123456789") if c == "#" else c for c in shape)


def render(rng, key, lang):
    shapes, labels = LABELLED[key]
    label = labels["en" if lang == "hg" else lang]
    value = fill(rng, rng.choice(shapes))
    if "##" in label:
        label, value = label.replace(" W##", ""), "W" + value.replace(" ", "")[:9]
    sep = " " if label.endswith(("HRB", "VR", "SIREN", "G-", "IVA")) else rng.choice([": ", ": ", " "])
    if label.endswith("-"):
        sep = ""
    if lang == "fr" and sep == ": ":
        sep = " : "
    if rng.random() < 0.25:
        return label + (" :" if lang == "fr" else ":") + "\n" + value
    return label + sep + value
