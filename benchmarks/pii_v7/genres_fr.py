"""French genres: France, Belgium, Switzerland."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

FR = [
    G(
        "jardins-familiaux-attente",
        "fr_FR",
        "Jardins familiaux de {T}|Association Les Potagers de {T}",
        """
{ORG} - liste d'attente ({D})
Rang | Nom | Téléphone
1 | {N} | {L}
2 | {N} | {L}
3 | {N} | {L}
Parcelle libérée : {K:plot}. Bureau {P}
""",
    ),
    G(
        "harmonie-pupitres",
        "fr_FR",
        "Harmonie municipale de {T}|Orchestre d'harmonie {T}",
        """
{ORG} - pupitre des clarinettes
{N} - tél. {L}
{N} - tél. {L}
{N} - tél. {L}
Répétition {H}, {K:room}. Chef : {E}
""",
    ),
    G(
        "objets-trouves-gare",
        "fr_FR",
        "Gare de {T} - objets trouvés|SNCF {T} objets trouvés",
        """
{ORG} ({D})
Sac à dos gris trouvé {K:train}, {K:seat}
Lunettes, {K:platform}
Guichet {K:hours}. Renseignements : {PL}
Standard {P}. Rappeler la {KP}
""",
    ),
    G(
        "panneau-chantier",
        "fr_FR",
        "{S} BTP|Bâtiments de {T}",
        """
{K:permit}
Maître d'ouvrage : {ORG}
Conducteur de travaux : {N}, {P}
Urgence chantier : {PL}
Coordonnées du dépôt : {K:coords}
""",
    ),
    G(
        "devis-demenagement",
        "fr_FR",
        "Déménagements {S}|{T} Déménagement",
        """
{ORG} - devis pour {N}
Volume {K:quantity}, le {D}. Montant {M}
Acompte : {IBAN}
Agence {P} ; numéro vert {PO} ; {ER}
""",
    ),
    G(
        "lettre-sortie-hopital",
        "fr_FR",
        "Centre hospitalier de {T}|Clinique Saint-Roch",
        """
{ORG} - lettre de liaison
Patient(e) {N}, {K:patient}, sortie le {D}.
Traitement : amoxicilline {K:dosage}
Secrétariat du service {P}. Infirmière de coordination : {PL}
""",
    ),
    G(
        "autorisation-sortie-scolaire",
        "fr_FR",
        "École élémentaire Jules-Ferry, {T}|Collège {S}",
        """
{ORG} - autorisation de sortie
Sortie au musée le {D}, départ {H}. Participation {M}
Élève : {N}. Parent : {N}, tél. {P}
Le jour de la sortie, {PL}
""",
    ),
    G(
        "rappel-veterinaire",
        "fr_FR",
        "Clinique vétérinaire des {S}|Cabinet vétérinaire {T}",
        """
{ORG} - rappel de vaccin
{F} ({K:microchip}) doit être vacciné avant le {D}.
Rendez-vous : {P}. Urgences : {PF}
{PL}
""",
    ),
    G(
        "frigo-solidaire-planning",
        "fr_FR",
        "Frigo solidaire de {T}|Le frigo du quartier",
        """
{ORG} - planning nettoyage
Jour | Bénévole | Tél.
Lundi | {N} | {L}
Jeudi | {N} | {L}
Samedi | {N} | {L}
Relevé : {K:reading}. Contact {E}
""",
    ),
]

BE = [
    G(
        "demenagement-transfrontalier",
        "fr_BE",
        "Déménagements {S}, Mouscron|Transports {S}",
        """
{ORG} - offre
De {T} à Lille, le {D}. Prix {M}
Dépôt côté France : {PL}
Bureau {P} ; TVA {K:vat}
Virement sur {IBAN}
""",
    ),
    G(
        "stage-vacances-inscription",
        "fr_BE",
        "Stage de vacances {T}|Plaine de jeux {T}",
        """
{ORG} - inscription
Enfant {N}, né le {D}. Stage {K:room}
Parents : {N}, {P}
Monitrice (en France pendant le stage) : {PL}
Paiement : {IBAN}
""",
    ),
    G(
        "ducasse-comite",
        "fr_BE",
        "Comité de la ducasse de {T}|Ducasse du quartier",
        """
{ORG} - bénévoles
Poste | Nom | Téléphone (FR)
Buvette | {N} | {L}
Caisse | {N} | {L}
Président {P}. {K:lottery}
""",
    ),
]

CH = [
    G(
        "frontaliers-covoiturage",
        "fr_CH",
        "Covoiturage Annemasse-Genève|Frontaliers Saint-Julien",
        """
{ORG}
Départ {H}, retour {H}. Participation {M}
Conducteur {N} : {PL}
Conductrice {N} : {P}
Plaque {K:plate}
""",
    ),
    G(
        "vendanges-equipe",
        "fr_CH",
        "Domaine {S}, Lavaux|Cave de {T}",
        """
{ORG} - équipe de vendanges
Nom | Arrivée | Tél. France
{N} | {D} | {L}
{N} | {D} | {L}
{N} | {D} | {L}
Cave {P}. {K:batch}
""",
    ),
    G(
        "physio-rappel",
        "fr_CH",
        "Cabinet de physiothérapie {S}|Physio {T}",
        """
{ORG} - rappel de séance
{N}, séance le {D} à {H}.
Cabinet {P} ; antenne d'Annemasse : {PL}
{E}
""",
    ),
]
