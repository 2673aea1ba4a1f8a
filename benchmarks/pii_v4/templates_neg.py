"""Negative-only templates in German, Dutch, French, Spanish, Italian and Portuguese (set v4)."""

NEG = {
    "de": [
        (
            "bescheid",
            "Steuerbescheid {year}\nSteuernummer {N:taxref}, Az. {N:case}\nErstattung {N:price} EUR, "
            "fällig {date}. Bankleitzahl ersetzt durch BIC {N:bic}.",
        ),
        (
            "lieferschein-neg",
            "Sendungsnummer {N:tracking}, Paket-ID {N:parcel}, Charge {N:lot}, Artikel {N:part}, "
            "Gewicht {N:measure}. Kundennr. {N:account}.",
        ),
        (
            "bahn",
            "{N:train} ab {time}, Gleis {n}, Wagen {nn}, Platz {N:seat}. Auftragsnummer {N:order}. "
            "Fahrzeit {N:duration}.",
        ),
        (
            "kfz",
            "Zulassungsbescheinigung: Kennzeichen {N:plate}, FIN {N:vin}, HSN/TSN {nn}{n}{n}/{N:lot}."
            " Versicherungsschein {N:policy}.",
        ),
    ],
    "nl": [
        (
            "factuur-neg",
            "Dossiernummer {N:case}, KvK {N:kvk}, btw {N:vat}. Bedrag {N:price}, vervaldatum {date}."
            " Rekening {N:maskiban}.",
        ),
        (
            "wedstrijd",
            "Uitslag {date}: {N:score} na verlenging. Toeschouwers {N:qty}. Seizoen {N:years}. "
            "Volgende wedstrijd veld {n}, {time}.",
        ),
        (
            "trein",
            "Trein {N:train} vertrekt {time} van spoor {n}b. Reisduur {N:duration}. Postcode "
            "bestemming {N:postcode}.",
        ),
    ],
    "fr": [
        (
            "facture-neg",
            "Dossier n° {N:case}, SIRET {N:company}{n}{n}{n}{n}{n}{n}, TVA {N:vat}. Montant {N:price} €,"
            " échéance {date}. Colis {N:tracking}.",
        ),
        (
            "horaire",
            "{N:train} départ {time}, voie {n}, voiture {nn}, place {N:seat}. Dossier {N:lot}. "
            "Durée {N:duration}.",
        ),
        (
            "biblio",
            "{last} ({year}), p. {N:pages}, ISBN {N:isbn}, doi:{N:doi}. Cote {N:part}.",
        ),
    ],
    "es": [
        (
            "multa",
            "Expediente {N:case}. Matrícula {N:plate}, bastidor {N:vin}. Importe {N:price} €, plazo "
            "{nn} días desde el {date}.",
        ),
        (
            "vuelo",
            "Vuelo {N:flight}, puerta {N:gate}, asiento {N:seat}, embarque {time}. Localizador "
            "{N:lot}. Pasaporte {N:passport}.",
        ),
        (
            "resultado",
            "Liga {N:years}: jornada {nn}, resultado {N:score}. Espectadores {N:qty}. Coordenadas del"
            " estadio {N:coord}.",
        ),
    ],
    "it": [
        (
            "multa",
            "Verbale n. {N:case}, targa {N:plate}, telaio {N:vin}. Importo {N:price} €, entro il "
            "{date}. Codice pratica {N:lot}.",
        ),
        (
            "ricetta",
            "Ricetta n. {N:rx}, lotto {N:lot}, scadenza {date}. Confezione {N:measure}. Codice "
            "prodotto {N:part}.",
        ),
        (
            "orario",
            "{N:train} delle {time}, binario {n}, carrozza {nn}, posto {N:seat}. PNR {N:lot}.",
        ),
    ],
    "pt": [
        (
            "boleto-neg",
            "Pedido {N:order}, nota fiscal {N:invoice}, CNPJ {N:vat}. Valor R$ {N:price}, vencimento "
            "{date}. Rastreio {N:tracking}. CEP {N:postcode}.",
        ),
        (
            "placar",
            "Brasileirão {N:years}: rodada {nn}, placar {N:score}, público {N:qty}. Tempo de bola "
            "rolando {N:duration}.",
        ),
        (
            "receita",
            "Receita nº {N:rx}. Lote {N:lot}, validade {date}. Registro MS {N:part}. Dose {N:measure}.",
        ),
    ],
}
