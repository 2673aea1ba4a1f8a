"""Hard negatives given by a label (en|de|fr|es|it|nl|pt) and digit patterns.

Pattern letters: '#' any digit, '%' a digit 1-9, '^' an upper-case letter (no I, O, Q); the rest is literal.
"""

from __future__ import annotations

PATTERNED = {
    "order": (
        "Order no.|Bestellnr.|Commande n°|Pedido n.º|Ordine n.|Bestelnr.|Pedido nº",
        ["#######", "%##-####-####", "^^-######", "WEB%#####"],
    ),
    "invoice": (
        "Invoice|Rechnung Nr.|Facture n°|Factura|Fattura n.|Factuurnr.|Nota fiscal nº",
        ["20##-%####", "R%#####", "F-202#/####", "%##.###"],
    ),
    "parcel": (
        "Parcel|Sendungsnummer|N° de colis|N.º de envío|Codice spedizione|Zendingnummer|Código de rastreio",
        ["^^%########^^", "3S^^^%#######", "%#### ##### ##"],
    ),
    "case": (
        "Case ref.|Aktenzeichen|Dossier n°|Expediente|Pratica n.|Dossiernr.|Processo nº",
        ["%## ####/2#", "% ^^ %##/2#", "2#/%####"],
    ),
    "docket": (
        "Docket|Geschäftsnummer|RG n°|Procedimiento|R.G. n.|Rolnummer|Autos nº",
        ["2#-^^-%####", "%### ^^ 2#", "%######-##.202#.8.26.####"],
    ),
    "ticket": (
        "Ticket|Ticket-Nr.|Ticket n°|Incidencia|Ticket n.|Ticketnr.|Chamado nº",
        ["#%#####", "INC%######", "SR-%#####"],
    ),
    "serial": (
        "Serial no.|Seriennr.|N° de série|N.º de serie|Matricola|Serienr.|Nº de série",
        ["^^%##-####-##", "S/N %########", "%#^^%####"],
    ),
    "part": (
        "Part no.|Teilenr.|Réf. pièce|Ref. pieza|Cod. ricambio|Onderdeelnr.|Cód. peça",
        ["%##-###-##", "^%###.##", "0 %## ### ###"],
    ),
    "batch": ("Batch|Charge|Lot|Lote|Lotto|Partij|Lote", ["L%####", "%##/2#", "B2#-%###"]),
    "policy": (
        "Policy no.|Versicherungsschein-Nr.|Police n°|Póliza n.º|Polizza n.|Polisnummer|Apólice nº",
        ["%## ### ####", "^^-%#######", "%#/######-#"],
    ),
    "customer": (
        "Customer no.|Kundennummer|N° client|N.º de cliente|Codice cliente|Klantnummer|Código do cliente",
        ["%#######", "0%## #######", "0%##-######"],
    ),
    "contract": (
        "Contract ref.|Vertragskonto|Réf. contrat|Contrato|Codice contratto|Contractnr.|Conta contrato",
        ["%### ### ###", "%#########"],
    ),
    "meter_id": (
        "Meter no.|Zählernummer|N° de compteur|N.º contador|Matricola contatore|Meternummer|Nº do medidor",
        ["1 ^^^ 01 %### ####", "%#########"],
    ),
    "phone_ref": (
        "Our ref.|Unser Zeichen|Réf. dossier|Nuestra ref.|Ns. rif.|Ons kenmerk|Nossa ref.",
        ["030 #### ####", "0## ### ####", "(0##) ### ## ##", "0%## ######", "0%#/####-###"],
    ),
    "booking": (
        "Booking code|Buchungscode|Code de réservation|Localizador|Codice prenotazione|Boekingscode|"
        "Código da reserva",
        ["0%## ### ###", "%## ### ####", "%#-##-##-##"],
    ),
    "patient": (
        "Patient no.|Patientennr.|N° patient|N.º historia|N. cartella|Patiëntnr.|Prontuário",
        ["%## ### ####", "%######", "%#-###-###"],
    ),
    "prescription": (
        "Rx no.|Rezept-Nr.|N° d'ordonnance|Receta n.º|Ricetta n.|Receptnr.|Receita nº",
        ["%######-##", "Rx %######"],
    ),
    "microchip": (
        "Microchip|Chipnummer|Puce|Microchip|Microchip|Chipnummer|Microchip",
        ["%## ### ### ### ###", "%##0##%########"],
    ),
    "plot": ("Plot|Parzelle|Parcelle|Parcela|Lotto orto|Tuin nr.|Lote", ["%#", "^-%#", "%#^"]),
    "platform": ("Platform|Gleis|Voie|Andén|Binario|Spoor|Plataforma", ["%", "%#", "%^"]),
    "bus_line": ("Bus line|Buslinie|Ligne de bus|Línea|Linea|Buslijn|Linha", ["%#", "%##", "N%#"]),
    "vin": ("VIN|FIN|N° VIN|Bastidor|Telaio|Chassisnr.|Chassi", ["W^^ZZZ%#^#^######", "VF%^^^^##^%######"]),
    "permit": (
        "Permit no.|Baugenehmigung Nr.|Permis de construire n°|Licencia de obra|Permesso n.|"
        "Omgevingsvergunning|Alvará nº",
        ["PC 0## ### 2# ^####", "BV-202#-%####", "%##/202#"],
    ),
    "inventory": (
        "Inventory no.|Inventarnr.|N° d'inventaire|N.º inventario|N. inventario|Inventarisnr.|Patrimônio nº",
        ["INV-%#####", "%##.###.###"],
    ),
    "hull": (
        "Hull ID|Bootsnr.|Immatriculation|Matrícula|Matricola|Registratienr.|Inscrição",
        ["^^^%####^###", "%## ^^ 2#"],
    ),
    "berth": ("Berth|Liegeplatz|Anneau|Amarre|Posto barca|Ligplaats|Vaga", ["^-%#", "^ %#", "%##"]),
    "sscc": ("SSCC|SSCC|SSCC|SSCC|SSCC|SSCC|SSCC", ["(00) 3 %###### ######### #"]),
    "pupil": (
        "Student ID|Schülernr.|N° élève|N.º alumno|Matricola|Leerlingnr.|Matrícula",
        ["%######", "2#-%####"],
    ),
    "candidate": (
        "Candidate no.|Prüfungsnr.|N° candidat|N.º candidato|N. candidato|Kandidaatnr.|Inscrição",
        ["%###", "%####-###"],
    ),
    "pnr": ("PNR|PNR|PNR|PNR|PNR|PNR|PNR", ["%##-#######", "%#########"]),
    "bib": ("Bib|Startnr.|Dossard|Dorsal|Pettorale|Startnr.|Número de peito", ["%##", "%###"]),
    "claim": (
        "Claim no.|Schadennummer|N° de sinistre|N.º siniestro|N. sinistro|Schadenummer|Nº do sinistro",
        ["%## ### ## ##", "0%#-###-####", "%#-####-###"],
    ),
    "lottery_ticket": (
        "Ticket serial|Losnummer|N° de billet|N.º décimo|N. biglietto|Lotnummer|Bilhete nº",
        ["%# ### ###", "%#####"],
    ),
    "ward_bed": (
        "Ward/bed|Station/Bett|Service/lit|Planta/cama|Reparto/letto|Afdeling/bed|Ala/leito",
        ["%^ / %#", "%# / %"],
    ),
    "room": ("Room|Raum|Salle|Sala|Aula|Lokaal|Sala", ["%.##", "^ %##", "%##"]),
    "seat": ("Seat|Platz|Place|Asiento|Posto|Stoel|Assento", ["%#^", "%##", "%^"]),
    "tax_phone": (
        "Tax no.|Steuernummer|N° fiscal|Ref. tributaria|Cod. tributo|Fiscaal nr.|Inscrição estadual",
        ["0## ### ####", "1#/###/#####", "%## ### ### ##"],
    ),
    "account_no": (
        "Account no.|Mitgliedskonto|N° de compte adhérent|N.º de socio|N. conto socio|Lidnummer|"
        "Matrícula de sócio",
        ["%## ####", "0%#-#####"],
    ),
    "routing": ("Routing no.|BLZ|Code guichet|Oficina|ABI/CAB|Bankcode|Agência", ["0%#######", "%## %## ##"]),
    "ticket_queue": (
        "Queue no.|Wartenummer|N° d'attente|Turno|Numero d'attesa|Volgnummer|Senha",
        ["^%#", "%##"],
    ),
    "gate": ("Gate|Flugsteig|Porte|Puerta|Uscita|Gate|Portão", ["^%#", "%#"]),
}

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "^":
            out.append(rng.choice(LETTERS))
        else:
            out.append(ch)
    return "".join(out)


def label(labels: str, lang: str) -> str:
    parts = labels.split("|")
    return parts[LANGS.index(lang)] if lang in LANGS else parts[0]
