"""Announcing phrasings (French, Spanish, Italian, Dutch, Portuguese), written for this set."""

FR = [
    ("before", "Pour les clés de la salle, voir {name} au {n}."),
    ("before", "Permanence téléphonique le mardi soir : {n}"),
    ("before", "On peut aussi joindre le gardien directement au {n}."),
    ("after", "{n} : c'est le fixe de la ferme, laissez sonner longtemps."),
    ("after", "{n}, c'est le nouveau numéro de {name} depuis le déménagement."),
    ("above", "En cas d'empêchement, prévenez à ce numéro :\n{n}"),
    ("above", "Pour réserver une place dans la voiture :\n{n}"),
    ("qa", "Q : Qui contacter si le car est en retard ?\nR : {name}, au {n}."),
    ("qa", "- Vous avez le numéro de la mairie annexe ?\n- Oui, c'est le {n}."),
    ("speech", "{name} m'a dit : « Appelle-moi au {n} après 19 h. »"),
    ("voicemail", "Message vocal (0:44) : « Bonjour, c'est {name}, rappelez-moi au {n}, merci. »"),
    ("sms", "SMS de {name} : portable HS, je suis joignable au {n}"),
]

ES = [
    ("before", "Para recoger las llaves, llamad a {name} al {n}."),
    ("before", "Teléfono fijo de la sede (solo por las tardes): {n}"),
    ("before", "Cualquier duda, me localizáis en el {n} a partir de las ocho."),
    ("after", "{n}: es el fijo de casa, insistid que tardo en bajar."),
    ("after", "{n} es el número nuevo de {name}; el antiguo ya no funciona."),
    ("above", "Si no podéis venir, avisad a este número:\n{n}"),
    ("above", "Para apuntarse por teléfono:\n{n}"),
    ("qa", "P: ¿A quién llamo si llueve?\nR: A {name}, al {n}."),
    ("speech", "{name} dijo: «Llámame al {n} cuando llegues a la plaza»."),
    ("voicemail", "Mensaje de voz (0:31): «Hola, soy {name}, devuélveme la llamada al {n}, gracias»."),
    ("sms", "SMS de {name}: se me ha roto el móvil, estoy en el {n}"),
]

IT = [
    ("before", "Per le chiavi della sala rivolgersi a {name} al {n}."),
    ("before", "Numero fisso della sede, attivo il giovedì sera: {n}"),
    ("after", "{n} è il fisso di casa, lasciate squillare a lungo."),
    ("after", "{n}: nuovo numero di {name}, quello vecchio non è più attivo."),
    ("above", "In caso di maltempo chiamate questo numero:\n{n}"),
    ("above", "Per iscriversi telefonicamente:\n{n}"),
    ("qa", "D: Chi chiamo se il pullman è in ritardo?\nR: {name}, al {n}."),
    ("qa", "- Avete il numero del custode?\n- Sì, è il {n}, ma dopo le nove."),
    ("speech", "{name} ha detto: «Chiamami al {n} quando arrivi in piazza»."),
    ("voicemail", "Messaggio in segreteria (0:40): «Ciao, sono {name}, richiamami al {n}, grazie»."),
    ("sms", "SMS da {name}: cellulare rotto, mi trovi al {n}"),
]

NL = [
    ("before", "Voor de sleutel van het clubhuis bel je {name} op {n}."),
    ("before", "Vaste lijn in de kantine (alleen zaterdag): {n}"),
    ("before", "Bij gladheid even vooraf bellen: {n}"),
    ("after", "{n} - dat is {name} thuis, laat maar lang overgaan."),
    ("after", "{n} is het nieuwe nummer van {name}, het oude werkt niet meer."),
    ("above", "Afmelden kan via dit nummer:\n{n}"),
    ("above", "Voor vragen op de dag zelf:\n{n}"),
    ("qa", "V: Wie bel ik als de bus niet komt?\nA: {name}, op {n}."),
    ("speech", "{name} zei: 'Bel me maar op {n}, ik ben na zessen thuis.'"),
    ("voicemail", "Voicemail (0:29): 'Hoi, met {name}, wil je me terugbellen op {n}? Dank je.'"),
    ("sms", "Sms van {name}: mobiel stuk, ik ben bereikbaar op {n}"),
]

PT = [
    ("before", "Pra pegar a chave do salão, liga pra {name} no {n}."),
    ("before", "Telefone fixo da sede (só à tarde): {n}"),
    ("before", "Qualquer dúvida, me acha no {n} depois das oito."),
    ("after", "{n} é o fixo de casa, deixa tocar bastante."),
    ("after", "{n}: número novo de {name}, o antigo não funciona mais."),
    ("above", "Se não puder vir, avisa nesse número:\n{n}"),
    ("above", "Inscrições por telefone:\n{n}"),
    ("qa", "P: Quem eu chamo se chover?\nR: {name}, no {n}."),
    ("speech", "{name} falou: “Me liga no {n} quando chegar na praça.”"),
    ("voicemail", "Recado na caixa postal (0:35): “Oi, aqui é {name}, me retorna no {n}, valeu.”"),
    ("sms", "SMS de {name}: meu celular quebrou, tô no {n}"),
]

PHRASES_B = {"fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT}
