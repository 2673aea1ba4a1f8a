"""Italian positive templates (it_IT). Local slots are full national numbers (closed plan)."""

T = {
    "note_podcast": [
        """Puntata {n:5-150}: {pick:Orti di città|Storie di quartiere|Il processo del secolo|Radio d'epoca}
Registrata il {date}, durata {n:30-90} min.
Ospite: {p1} ({org}). Citati: {neg:isbn}, {neg:statute}.
Volete intervenire? {ctx} {loc} (segreteria {neg:hours}){pick: oppure {email:role}|}.""",
    ],
    "sperimentazione": [
        """CERCASI VOLONTARI — studio su {pick:asma|sonno|emicrania|dermatite}
Il {org} cerca adulti tra {n:18-30} e {n:55-70} anni nella zona di {town}. Registro {neg:trial_id}.
Rimborso fino a {neg:price}; {n:3-9} visite.
Informazioni: {ctx} {loc}{pick: o {email:role}| (numero verde {svc})|}. Parere del comitato etico del {neg:date}.""",
    ],
    "ricevimento": [
        """Orario di ricevimento — Dipartimento di {pick:Storia|Chimica|Giurisprudenza|Lettere}
Prof.ssa {p1}: {day} {neg:time}, {neg:room}; {ctx} {loc}
Prof. {p2}: su appuntamento{pick:, {email:p2}|}
Segreteria didattica: {p3}, {neg:hours}, {nat}
Appello d'esame il {neg:date}, {neg:room}.""",
    ],
    "asta": [
        """Lotto {n:1-400}: {pick:cassettone in noce|coppia di vasi di Capodimonte|orologio da tasca in argento|raccolta di cartoline}, {neg:year_range}. {neg:measurement}.
Stima {neg:price}. {neg:accession}.
Offerte scritte e telefoniche: {p1}, {ctx} {loc}{pick:; {email:role}|}. {pick:Per le offerte telefoniche serve una carta: {cc}.|}
Diritti d'asta {neg:percent}. Esposizione {day} {neg:time}.""",
    ],
    "veterinario": [
        """Ambulatorio veterinario {org} — scheda paziente
Paziente: {pick:Fido|Micia|Birba|Rocco} ({pick:meticcio|gatto europeo|coniglio nano|setter}), {neg:microchip}
Peso {neg:measurement}, temperatura {neg:temperature}
Proprietario: {p1}, {street}. {ctx} {loc}{pick:; cellulare {mob}|}
{date}: vaccino, {neg:lot}. Richiamo il {neg:date}.
Pagato con carta {cc}. {neg:invoice}""",
    ],
    "cooperativa_it": [
        """Notiziario della Cooperativa {pick:Agricola Valle Verde|Casearia San Rocco|Vitivinicola dei Colli} — {town}
Prezzo del latte: {neg:price} al litro; giacenze {neg:stock}.
La trebbia ({neg:model}) è prenotata fino al {neg:date}. Prenotazioni: {ctx} {loc} ({p1:f}).
Recapiti telefonici dei referenti:
{rows:2-3:task}
Quota sociale su {iban}, causale {neg:account_ref}.""",
    ],
    "mercatino": [
        """MERCATINO DELL'USATO {day} dalle {neg:time}, {street}, {town}
Abbigliamento bimbi, {pick:attrezzi|vinili|libri|stoviglie}, tutto sotto {neg:price}.
Info: {ctx} {loc}{pick: (dopo le 18)|}. {pick:Solo contanti.|Prenotazione del banco con bonifico su {iban}.}""",
        """Vendo per trasloco entro il {neg:date}: divano {neg:price}, lavatrice ({neg:model}) {neg:price}.
Ritiro in {street}. Chiedere di {p1:f}: {loc} oppure {mob}.""",
    ],
    "libro_ospiti": [
        """{date}, camera {n:1-20}. Soggiorno splendido, colazione indimenticabile! {p1} e {p2:f}, {city}
{date}. Se passate dalle nostre parti: {email:p3}, tel. {abroad}
{date}. {n:2-8} notti, {neg:score} a briscola. Famiglia {last}""",
    ],
    "coro_turni": [
        """Coro {pick:Polifonico|Santa Cecilia|Voci della Valle} di {town} — elenco telefonico dei coristi
{rows:2-3:voice}
Prove il {day} {neg:time}, {neg:room}.""",
    ],
    "radio_it": [
        """[{neg:time}] CONDUTTORE: ...e il derby finisce {neg:score}. Siete in ascolto su {neg:frequency}.
[{neg:time}] CONDUTTORE: Le linee sono aperte, {ctx} {loc}.
[{neg:time}] ASCOLTATRICE ({p1:f}, da {town}): Buonasera, volevo dire...
[{neg:time}] Viabilità: la {neg:bus} è deviata fino al {neg:date}.""",
    ],
    "ricetta": [
        """SCHEDA RICETTA — {pick:Tiramisù|Ragù|Cantucci|Parmigiana} di nonna {p1:f}
Porzioni {n:4-10} · forno {neg:temperature} · {n:20-90} min
- {neg:measurement} di farina
- {n:2-6} uova
Dal ricettario della pro loco di {town} ({neg:isbn}). Copie: {p2}, {ctx} {loc}.""",
    ],
}
