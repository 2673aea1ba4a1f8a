"""Dutch (Netherlands, Belgium) and Brazilian Portuguese genres."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

NL = [
    G(
        "volkstuin-wachtlijst",
        "nl_NL",
        "Volkstuinvereniging {T}|Tuinpark De Groene Hoek",
        """
{ORG} - wachtlijst ({D})
Nr. | Naam | Telefoon
1 | {N} | {L}
2 | {N} | {L}
3 | {N} | {L}
Vrije tuin {K:plot}. Secretariaat {P}
""",
    ),
    G(
        "harmonie-bezetting",
        "nl_NL",
        "Harmonie St. Caecilia {T}|Fanfare {T}",
        """
{ORG} - bezetting hoorns
{N} - tel. {L}
{N} - tel. {L}
{N} - tel. {L}
Repetitie {H}, {K:room}. Bibliothecaris {E}
""",
    ),
    G(
        "gevonden-voorwerpen-station",
        "nl_NL",
        "Station {T} - gevonden voorwerpen|NS Gevonden {T}",
        """
{ORG} ({D})
Rode koffer, {K:train}, {K:seat}
Paraplu, {K:platform}
Balie {K:hours}. Informatie: {PL}
Telefoon balie {P}
""",
    ),
    G(
        "bouwbord",
        "nl_NL",
        "Bouwbedrijf {S}|Woningbouw {T}",
        """
{ORG} - hier bouwen wij {n} woningen
{K:permit}
Uitvoerder {N}: {P}
Buiten werktijd: {PL}
""",
    ),
    G(
        "verhuisofferte",
        "nl_NL",
        "Verhuisbedrijf {S}|{T} Verhuizingen",
        """
{ORG} - offerte voor {N}
Volume {K:quantity}, datum {D}. Totaal {M}
Aanbetaling op {IBAN}
Kantoor {P}; gratis {PO}; {ER}
""",
    ),
    G(
        "ontslagbrief-ziekenhuis",
        "nl_NL",
        "Ziekenhuis {T}|Medisch Centrum {T}",
        """
{ORG} - ontslagbrief
Patiënt {N}, {K:patient}. Ontslag {D}. {K:dosage}
Polikliniek {P}. Transferverpleegkundige: {PL}
""",
    ),
    G(
        "buurtkoelkast-rooster",
        "nl_NL",
        "Buurtkoelkast {T}|De Deelkoelkast",
        """
{ORG} - schoonmaakrooster
Dag | Vrijwilliger | Telefoon
ma | {N} | {L}
do | {N} | {L}
za | {N} | {L}
Temperatuur {K:reading}. {E}
""",
    ),
]

BE = [
    G(
        "grensarbeiders-carpool",
        "nl_BE",
        "Carpool Baarle-Hertog|Pendelaars Antwerpen-Breda",
        """
{ORG}
Vertrek {H}, terug {H}. Bijdrage {M}
Chauffeur {N}: {PL}
Chauffeuse {N}: {P}
""",
    ),
    G(
        "jeugdkamp-inschrijving",
        "nl_BE",
        "Jeugdkamp {T}|Chiro {T} kamp",
        """
{ORG} - inschrijving (kamp in Zeeland)
Kind {N}, geboren {D}. Ouder {N}, {P}
Kampadres telefoon: {PL}
Betaling {IBAN}
""",
    ),
    G(
        "kermis-comite",
        "nl_BE",
        "Kermiscomité {T}|Wijkkermis {T}",
        """
{ORG} - medewerkers
Taak | Naam | Telefoon (NL)
Tap | {N} | {L}
Kassa | {N} | {L}
Voorzitter {P}. {K:lottery}
""",
    ),
]

BR = [
    G(
        "horta-comunitaria-espera",
        "pt_BR",
        "Horta comunitária {T}|Associação Horta Viva",
        """
{ORG} - lista de espera ({D})
Pos. | Nome | Telefone
1 | {N} | {L}
2 | {N} | {L}
3 | {N} | {L}
4 | {N} | {L}
Livre: {K:plot}. Coordenação {P}
""",
    ),
    G(
        "orquestra-naipes",
        "pt_BR",
        "Orquestra jovem de {T}|Sinfônica {T}",
        """
{ORG} - naipe de violoncelos
{N} - tel. {L}
{N} - tel. {L}
{N} - tel. {L}
Ensaio {H}, {K:room}. {E}
""",
    ),
    G(
        "achados-perdidos-rodoviaria",
        "pt_BR",
        "Rodoviária de {T} - achados e perdidos|Terminal {T}",
        """
{ORG} ({D})
Mochila preta, {K:platform}. Celular sem chip.
Balcão {K:hours}. Informações: {PL}
Administração {P}
""",
    ),
    G(
        "placa-obra",
        "pt_BR",
        "{S} Engenharia Ltda.|Construtora {T}",
        """
{K:permit}
Obra: residencial, {n} unidades. {ORG}
Responsável técnico {N}: {P}
Reclamações: {PL}. SAC {PO}
""",
    ),
    G(
        "orcamento-mudanca",
        "pt_BR",
        "Mudanças {S}|{T} Transportes",
        """
{ORG} - orçamento para {N}
Volume {K:quantity}, data {D}. Total {M}
Sinal no cartão {CC}
Escritório {P}; {ER}
""",
    ),
    G(
        "alta-hospitalar",
        "pt_BR",
        "Hospital {S}|Santa Casa de {T}",
        """
{ORG} - resumo de alta
Paciente {N}, {K:patient}, {K:ward_bed}. Alta {D}
Medicação: {K:dosage}
Ambulatório {P}. Enfermeira: {PL}
""",
    ),
    G(
        "passeio-escolar-autorizacao",
        "pt_BR",
        "Escola Municipal {S}, {T}|Colégio {T}",
        """
{ORG} - autorização de passeio
Passeio ao zoológico em {D}, saída {H}. Valor {M}
Aluno(a) {N}. Responsável {N}, tel. {P}
No dia do passeio, {PL}
""",
    ),
    G(
        "lembrete-veterinario",
        "pt_BR",
        "Clínica veterinária {S}|Pet Care {T}",
        """
{ORG} - lembrete
{F} ({K:microchip}): vacina V10 até {D}.
Agende {P}. {PL}
""",
    ),
    G(
        "mutirao-reforma-escala",
        "pt_BR",
        "Mutirão da creche {T}|Mutirão do centro comunitário",
        """
{ORG} - escala
Dia | Voluntário | Telefone
Sábado | {N} | {L}
Sábado | {N} | {L}
Domingo | {N} | {L}
Materiais {M}. Pix não, só transferência. {KP}
""",
    ),
]
