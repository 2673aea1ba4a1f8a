"""Hard negatives, part 1: phone-shaped digit groups under a label that says what they are.

Labels are given as "en|de|fr|es|it|nl|pt"; Hinglish and Hindi documents use the English label.
"""

from __future__ import annotations

import random

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt"]

# d = any digit, N = 1-9; every shape looks like something people dial
SHAPES = [
    "Ndd dddd",
    "Nddd dddd",
    "0ddd ddddddd",
    "0dd dddddddd",
    "Ndd-dddd",
    "dd dd dd dd dd",
    "Nddd ddd ddd",
    "ddddd dddddd",
    "0dddd dddddd",
    "Nddddddd",
    "Ndd ddd dddd",
    "dddd-dddddd",
    "Ndd.ddd.dddd",
    "0d dd dd dd dd",
    "Ndddddddddd",
    "0dddddddddd",
    "dddd ddd dddd",
    "Nd ddd ddd",
]

LABELLED = [
    (
        "membership",
        "Membership no.|Mitgliedsnummer|N° d'adhérent|N.º de socio|N. tessera|Lidnummer|Nº de sócio",
    ),
    (
        "library-card",
        "Library card|Leserausweis-Nr.|Carte de bibliothèque n°|Carné de biblioteca|"
        "Tessera biblioteca n.|Bibliotheekpas|Carteirinha da biblioteca nº",
    ),
    (
        "student-id",
        "Student ID|Matrikelnummer|N° étudiant|N.º de expediente|Matricola|Studentnummer|Matrícula",
    ),
    (
        "patient-record",
        "Hospital no.|Patientennummer|N° de dossier patient|N.º de historia clínica|"
        "N. cartella clinica|Patiëntnummer|Nº do prontuário",
    ),
    (
        "event-ticket",
        "Ticket no.|Ticketnummer|N° de billet|N.º de entrada|N. biglietto|Kaartnummer|Nº do ingresso",
    ),
    (
        "seed-lot",
        "Seed lot|Saatgut-Partie|Lot de semences|Lote de semillas|Lotto sementi|Zaaizaadpartij|"
        "Lote de sementes",
    ),
    ("model-no", "Model no.|Modellnummer|Réf. modèle|Modelo|Modello|Modelnummer|Modelo nº"),
    (
        "work-order",
        "Work order|Auftragsnummer|Ordre de travail n°|Orden de trabajo|Ordine di lavoro n.|Werkorder|"
        "Ordem de serviço nº",
    ),
    (
        "project-code",
        "Project code|Projektnummer|Code projet|Código de proyecto|Codice progetto|Projectcode|"
        "Código do projeto",
    ),
    ("account-no", "Account no.|Kontonummer|N° de compte|N.º de cuenta|N. conto|Rekeningnummer|Conta nº"),
    ("cheque", "Cheque no.|Schecknummer|Chèque n°|Cheque n.º|Assegno n.|Chequenummer|Cheque nº"),
    ("key-fob", "Key fob ID|Transpondernummer|Badge n°|Llavero n.º|Badge n.|Tagnummer|Chaveiro nº"),
    (
        "voucher",
        "Voucher code|Gutscheincode|Code bon d'achat|Código de vale|Codice buono|Tegoedbon|Código do vale",
    ),
    (
        "candidate",
        "Candidate no.|Prüfungsnummer|N° de candidat|N.º de candidato|N. candidato|Kandidaatnummer|"
        "Nº de inscrição",
    ),
    (
        "lab-sample",
        "Sample ID|Probennummer|N° d'échantillon|Muestra n.º|Campione n.|Monsternummer|Amostra nº",
    ),
    (
        "prescription",
        "Prescription no.|Rezeptnummer|N° d'ordonnance|Receta n.º|Ricetta n.|Receptnummer|Receita nº",
    ),
    (
        "vaccine-lot",
        "Vaccine lot|Impfstoff-Charge|Lot vaccin|Lote de vacuna|Lotto vaccino|Vaccinlot|Lote da vacina",
    ),
    (
        "cadastral-plot",
        "Plot no.|Flurstück|Parcelle cadastrale|Parcela catastral|Particella catastale|"
        "Kadastraal perceel|Lote cadastral",
    ),
    (
        "land-register",
        "Title no.|Grundbuchblatt|N° de publication foncière|Finca registral n.º|Partita tavolare|"
        "Kadastrale aanduiding|Matrícula do imóvel nº",
    ),
    (
        "employee",
        "Employee no.|Personalnummer|Matricule salarié|N.º de empleado|Matricola dipendente|"
        "Personeelsnummer|Nº funcional",
    ),
    (
        "payslip",
        "Payslip ref.|Lohnabrechnung Nr.|Bulletin de paie n°|Nómina n.º|Cedolino n.|Loonstrook nr.|"
        "Holerite nº",
    ),
    (
        "tenancy",
        "Tenancy ref.|Mietvertragsnummer|Réf. bail|Ref. contrato de alquiler|Rif. contratto d'affitto|"
        "Huurcontractnummer|Contrato de locação nº",
    ),
    (
        "gas-safety",
        "Gas safety cert.|Prüfbescheinigung Nr.|Certificat gaz n°|Certificado de gas n.º|"
        "Certificato caldaia n.|Keuringsrapport nr.|Laudo de gás nº",
    ),
    (
        "vehicle-test",
        "MOT test no.|HU-Prüfbericht Nr.|Contrôle technique n°|Informe ITV n.º|Revisione n.|"
        "APK-keuringsnummer|Vistoria nº",
    ),
    (
        "fishing-licence",
        "Rod licence|Fischereischein-Nr.|Carte de pêche n°|Licencia de pesca n.º|"
        "Licenza di pesca n.|VISpas-nummer|Licença de pesca nº",
    ),
    (
        "season-ticket",
        "Season ticket|Dauerkarte|Abonnement n°|Abono n.º|Abbonamento n.|Seizoenkaart|Carnê nº",
    ),
    (
        "frequent-flyer",
        "Frequent flyer no.|Vielfliegernummer|N° de fidélité|N.º de viajero frecuente|"
        "Codice fedeltà volo|Frequent-flyernummer|Nº de fidelidade",
    ),
    ("file-ref", "Our ref.|Aktenzeichen|Notre réf.|Nuestra ref.|Ns. rif.|Ons kenmerk|Nossa ref."),
    (
        "donor",
        "Donor no.|Spendernummer|N° de donneur|N.º de donante|Codice donatore|Donornummer|Nº do doador",
    ),
    (
        "consignment",
        "Consignment no.|Frachtbriefnummer|N° de lettre de voiture|Albarán n.º|DDT n.|"
        "Vrachtbriefnummer|Conhecimento nº",
    ),
    ("bike-frame", "Frame no.|Rahmennummer|N° de cadre|N.º de cuadro|Numero telaio|Framenummer|Nº do quadro"),
    (
        "loan",
        "Loan account|Darlehensnummer|N° de prêt|Préstamo n.º|Mutuo n.|Leningnummer|"
        "Contrato de empréstimo nº",
    ),
    ("hotel-folio", "Folio no.|Folio-Nr.|Folio n°|Folio n.º|Folio n.|Folionummer|Folio nº"),
    (
        "repair-job",
        "Repair ref.|Reparaturnummer|N° de réparation|Reparación n.º|Riparazione n.|"
        "Reparatienummer|OS de reparo nº",
    ),
    (
        "athlete-licence",
        "Athlete licence|Startpass-Nr.|N° de licence|Licencia federativa|Tessera atleta|"
        "Bondsnummer|Registro na federação",
    ),
]

FRAMES = {
    "en": [
        "{L}: {x}",
        "{L} {x}",
        "Please quote {L} {x} on all correspondence.",
        "{L} {x} (keep this safe)",
        "{L}\n{x}",
    ],
    "de": [
        "{L}: {x}",
        "{L} {x}",
        "Bitte bei Rückfragen {L} {x} angeben.",
        "{L} {x} (bitte aufbewahren)",
        "{L}\n{x}",
    ],
    "fr": ["{L} : {x}", "{L} {x}", "Merci de rappeler {L} {x} dans toute correspondance.", "{L}\n{x}"],
    "es": ["{L}: {x}", "{L} {x}", "Indique siempre {L} {x} en sus consultas.", "{L}\n{x}"],
    "it": ["{L}: {x}", "{L} {x}", "Citare sempre {L} {x} nelle comunicazioni.", "{L}\n{x}"],
    "nl": ["{L}: {x}", "{L} {x}", "Vermeld bij vragen altijd {L} {x}.", "{L}\n{x}"],
    "pt": ["{L}: {x}", "{L} {x}", "Informe sempre {L} {x} no atendimento.", "{L}\n{x}"],
}


def digits_for(rng: random.Random, shape: str) -> str:
    out = []
    for c in shape:
        if c == "d":
            out.append(rng.choice("0123456789"))
        elif c == "N":
            out.append(rng.choice("123456789"))
        else:
            out.append(c)
    return "".join(out)


def base_lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


def labelled(kind_index: int):
    slug, labels = LABELLED[kind_index]
    parts = labels.split("|")
    assert len(parts) == 7, slug

    def make(rng: random.Random, lang: str) -> str:
        b = base_lang(lang)
        label = parts[LANGS.index(b)]
        frame = rng.choice(FRAMES[b])
        if not frame.startswith("{L}") and not label[:2].isupper():
            label = label[0].lower() + label[1:]  # mid-sentence: "Please quote membership no. ..."
        return frame.format(L=label, x=digits_for(rng, rng.choice(SHAPES)))

    return "label-" + slug, make


LABELLED_KINDS = [labelled(i) for i in range(len(LABELLED))]
