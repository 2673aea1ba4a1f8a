"""French positive templates (fr_FR, fr_BE). FR slots for local numbers are full national numbers."""

T = {
    "notes_podcast": [
        """Épisode {n:5-150} : {pick:Les mains dans la terre|Histoires de quartier|Le procès du siècle|Radio d'hier}
Enregistré le {date}, durée {n:30-90} min.
Invitée : {p1} ({org}). Références : {neg:isbn}, {neg:statute}.
Pour témoigner dans le prochain épisode, {ctx} {loc} (répondeur {neg:hours}){pick: ou écrivez à {email:role}|}.""",
    ],
    "role_audience": [
        """Tribunal judiciaire de {town} — rôle de l'audience du {date}
{neg:time}, salle {n:1-12} : {neg:docket} {p1:l} c/ {org} ({neg:statute})
{neg:time}, salle {n:1-12} : {neg:docket} {p2:l} c/ {p3:l}
Avocat du demandeur : Me {name}, {ctx} {nat}, télécopie {fix}{pick:, {email:role}|}
Greffe : {neg:hours}.""",
    ],
    "essai_clinique": [
        """RECHERCHE VOLONTAIRES — étude sur {pick:l'asthme|le sommeil|la migraine|l'eczéma}
Le {org} recrute des adultes de {n:18-30} à {n:55-70} ans. Essai {neg:trial_id}.
Indemnisation jusqu'à {neg:price}, {n:3-9} visites à {town}.
Renseignements : {ctx} {loc}{pick: ou {email:role}| (numéro vert {svc})|}. Avis du CPP du {neg:date}.""",
    ],
    "emploi_du_temps": [
        """Emploi du temps — L{n:1-3} {pick:Histoire|Chimie|Droit|Musicologie}, semestre {n:1-2}
lundi {neg:time} CM, {neg:room}
mercredi {neg:time} TD groupe {n:1-6}, {neg:room}
Permanence de M. {p1:l} : {neg:hours}, {neg:room} ; {ctx} {loc}
Secrétariat pédagogique : {p2}{pick:, {email:p2}|}
Partiel le {neg:date}, {neg:room}.""",
    ],
    "vente_encheres": [
        """Lot {n:1-400} : {pick:commode Louis XV en noyer|paire de vases de Sèvres|montre de gousset en argent|lot de cartes postales anciennes}, {neg:year_range}. {neg:measurement}.
Estimation {neg:price}. {neg:accession}.
Ordres d'achat et enchères téléphoniques : {p1}, {ctx} {loc}{pick: ; {email:role}|}. {pick:Garantie par carte bancaire : {cc}.|}
Frais {neg:percent} TTC. Exposition {day} {neg:time}.""",
    ],
    "fiche_veto": [
        """Clinique vétérinaire {org} — fiche patient
Animal : {pick:Filou|Minette|Caramel|Oscar} ({pick:chat européen|lapin nain|berger australien|labrador}), {neg:microchip}
Poids {neg:measurement}, température {neg:temperature}
Propriétaire : {p1}, {street}. {ctx} {loc}{pick: ; portable {mob}|}
{date} : rappel vaccin, {neg:lot}. Prochain rappel {neg:date}.
Réglé par carte {cc}. {neg:invoice}""",
    ],
    "amap_lettre": [
        """La lettre de l'AMAP {pick:des Coteaux|du Marais|La Carotte Joyeuse} — {town}
Paniers {neg:price} la semaine ; {neg:stock} kg de pommes en réserve.
Distribution le {day} {neg:time}. Pour un échange de permanence, {ctx} {loc} ({p1:f}).
Liste téléphonique des référents :
{rows:2-3:task}
Cotisation par virement : {iban}, référence {neg:account_ref}.""",
    ],
    "vide_grenier": [
        """VIDE-GRENIER {day} dès {neg:time}, {street}, {town}
Vêtements enfants, {pick:outils|vinyles|livres|vaisselle}, tout à moins de {neg:price}.
Renseignements : {ctx} {loc}{pick: (après 18h)|}. Emplacement {neg:price} les 2 m.{pick: Réservation par virement : {iban}.|}""",
    ],
    "livre_or": [
        """{date} — chambre {n:1-20}. Séjour merveilleux, merci pour les confitures ! {p1} et {p2:f} ({city})
{date} — Si vous passez chez nous : {email:p3}, tél. {abroad}
{date} — {n:2-8} nuits, {neg:score} à la belote. Famille {last}""",
    ],
    "covoiturage": [
        """Covoiturage {pick:club de judo|école Jules-Ferry|chorale}, départ {neg:time} {street}
Conducteurs (nom, jour, téléphone) :
{rows:2-3:day}
Questions : {email:p1}""",
    ],
    "chorale": [
        """Chorale {pick:À Cœur Joie|Les Voix du Lac|Sainte-Cécile} de {town} — liste des téléphones
{rows:2-3:voice}
Répétition le {day} {neg:time}, {neg:room}.""",
    ],
    "transcription_radio": [
        """[{neg:time}] ANIMATEUR : ...victoire {neg:score} pour les locaux. Vous écoutez {neg:frequency}.
[{neg:time}] ANIMATEUR : Le standard est ouvert, {ctx} {loc}.
[{neg:time}] AUDITRICE ({p1:f}, {town}) : Bonjour, je voulais réagir...
[{neg:time}] Info trafic : la {neg:bus} est déviée jusqu'au {neg:date}.""",
    ],
    "pension_chats": [
        """Fiche d'accueil — pension féline {pick:Les Moustaches|Le Chat Perché}
Chat : {pick:Pacha|Grisou|Noisette} · box {n:1-20} · du {date} au {neg:date}
Croquettes {neg:measurement}/jour. {neg:microchip}{pick: Acompte réglé par carte {cc}.|}
Propriétaire {p1}, {ctx} {loc} ; en cas d'urgence {p2:f}, {mob}""",
    ],
}
