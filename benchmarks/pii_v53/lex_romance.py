"""French, Spanish, Italian and Portuguese cells."""

FR = {
    "TITLES": {
        "letter": ["Mot aux parents", "Circulaire de rentrée"],
        "trip": ["Autorisation de sortie scolaire", "Classe verte – fiche sanitaire"],
        "nursery": ["Crèche : période d'adaptation", "Contrat d'accueil – assistante maternelle"],
        "tutor": ["Soutien scolaire en maths", "Cours particuliers – conditions"],
        "club": ["Activités périscolaires", "Inscription à l'atelier théâtre"],
    },
    "POS": {
        "letter": [
            "Pour signaler une absence, appelez la vie scolaire au {P} avant 8 h 30.",
            "Les questions sur la cantine sont à adresser à {E}.",
            "L'infirmière scolaire répond au {PM} les lundis et jeudis.",
        ],
        "trip": [
            "Numéro d'urgence pendant le séjour (portable de l'enseignant) : {PM}",
            "Personne à prévenir en cas d'accident : {name}, {P}",
            "Le centre d'hébergement se joint au {PI}.",
        ],
        "nursery": [
            "En cas de fièvre, nous vous appellerons au {P}.",
            "Les factures partent de {E} ; prélèvement sur {IB}.",
            "Pour le complément de libre choix du mode de garde, renseignez-vous au {PO}.",
        ],
        "tutor": [
            "Séance d'essai : écrivez-moi à {EP} ou par SMS au {PM}.",
            "Règlement mensuel par virement sur {IB}.",
            "Depuis l'étranger : {PI}.",
        ],
        "club": [
            "L'animatrice {name} est joignable au {PM} après 16 h 30.",
            "Inscriptions par courriel uniquement : {E}.",
            "La tablette de l'atelier robotique se connecte à {IP}.",
            "Accueil du soir, retard : {P}.",
        ],
    },
    "NEG": {
        "letter": [
            "Taux de présence du trimestre : {N:attendance} ; vacances {N:termdates}.",
            "Salle {N:room} ; manuel ISBN {N:isbn}.",
        ],
        "trip": [
            "Participation {N:money}, référence {N:payref} ; randonnée {N:distance} ; rendez-vous {N:gps}."
        ],
        "nursery": [
            "Horaires {N:session} ; taille des vêtements de rechange {N:sizes} ; "
            "taux d'encadrement {N:ratio}."
        ],
        "tutor": ["Forfait {N:package} ; dernier contrôle {N:marks}."],
        "club": ["Atelier {N:session}, salle {N:room}, {N:headcount} participants."],
    },
    "HEADS": ["Contacts du jour de sortie", "Numéros de la classe"],
    "LABELS": ["Secrétariat", "Enseignante", "Animateur", "Directrice", "Infirmière"],
    "SIGN": ["Bien cordialement,\n{name}", "L'équipe enseignante\n{name}"],
    "CLASSES": ["CE2", "CM1 B", "6e 3", "moyenne section"],
}

ES = {
    "TITLES": {
        "letter": ["Circular para las familias", "Aviso de tutoría de {cls}"],
        "trip": ["Autorización para la excursión", "Salida al museo – hoja de autorización"],
        "tutor": ["Clases particulares de matemáticas", "Refuerzo escolar – condiciones"],
        "club": ["Actividades extraescolares", "Inscripción al taller de robótica"],
    },
    "POS": {
        "letter": [
            "Las ausencias se comunican en secretaría, {P}, antes de las 9:00.",
            "Dudas sobre el comedor: {E}.",
            "La orientadora atiende en el {PM} por las tardes.",
        ],
        "trip": [
            "Teléfono de contacto durante la excursión: {PM}",
            "Persona de contacto de la familia: {name}, {P}",
            "El albergue: {PI}.",
        ],
        "tutor": [
            "Para una clase de prueba, escríbeme por WhatsApp al {PM} o a {EP}.",
            "El pago mensual se hace por transferencia a {IB}.",
        ],
        "club": [
            "El monitor, {name}, está en el {PM} de 16:00 a 18:00.",
            "Inscripciones solo por correo: {E}.",
            "Los robots del taller se conectan a {IP}.",
            "Recogidas tardías: avisad al {P}.",
        ],
    },
    "NEG": {
        "letter": ["Asistencia del trimestre: {N:attendance}; aula {N:room}; libro ISBN {N:isbn}."],
        "trip": ["Precio {N:money}, concepto {N:payref}; ruta {N:distance}; punto de encuentro {N:gps}."],
        "tutor": ["Bono {N:package}; último examen {N:marks}."],
        "club": ["Horario {N:session}; tallas de la equipación {N:sizes}; grupo {N:headcount}."],
    },
    "HEADS": ["Teléfonos del día de la excursión", "Contactos de la clase"],
    "LABELS": ["Secretaría", "Tutora", "Monitor", "Jefatura de estudios"],
    "SIGN": ["Un saludo,\n{name}", "Atentamente,\n{name}, directora"],
    "CLASSES": ["3.º B", "5.º A", "1.º ESO C"],
}

IT = {
    "TITLES": {
        "letter": ["Comunicazione alle famiglie", "Avviso della classe {cls}"],
        "trip": ["Autorizzazione uscita didattica", "Gita d'istruzione – modulo di consenso"],
        "tutor": ["Ripetizioni di matematica e fisica", "Doposcuola – condizioni"],
        "nursery": ["Asilo nido: inserimento", "Iscrizione alla scuola dell'infanzia"],
    },
    "POS": {
        "letter": [
            "Le assenze vanno comunicate alla segreteria, {P}, entro le 8:15.",
            "Per la mensa scrivete a {E}.",
            "La referente per l'inclusione risponde al {PM}.",
        ],
        "trip": [
            "Recapito d'emergenza durante la gita (cellulare del docente): {PM}",
            "Genitore reperibile: {name}, {P}",
            "L'ostello risponde al {PI}.",
        ],
        "tutor": [
            "Per una lezione di prova: {PM} (anche WhatsApp) oppure {EP}.",
            "Il pagamento mensile si fa con bonifico su {IB}.",
            "La lavagna online è ospitata su {IP}.",
        ],
        "nursery": [
            "In caso di febbre vi chiameremo al {P}.",
            "Le rette sono addebitate su {IB}.",
            "La coordinatrice, {name}, risponde al {PM}.",
        ],
    },
    "NEG": {
        "letter": ["Frequenza del quadrimestre: {N:attendance}; aula {N:room}; testo ISBN {N:isbn}."],
        "trip": ["Quota {N:money}, causale {N:payref}; percorso {N:distance}; ritrovo {N:gps}."],
        "tutor": ["Pacchetto {N:package}; ultima verifica {N:marks}."],
        "nursery": ["Orario {N:session}; taglia del cambio {N:sizes}; rapporto {N:ratio}."],
    },
    "HEADS": ["Contatti per la gita", "Numeri della classe"],
    "LABELS": ["Segreteria", "Docente accompagnatore", "Coordinatrice", "Collaboratore scolastico"],
    "SIGN": ["Cordiali saluti,\n{name}", "La dirigente scolastica\n{name}"],
    "CLASSES": ["3ª B", "2ª A", "sezione Girasoli"],
}

PT = {
    "TITLES": {
        "letter": ["Comunicado aos responsáveis", "Bilhete da turma {cls}"],
        "trip": ["Autorização para passeio escolar", "Excursão pedagógica – termo de autorização"],
        "nursery": ["Creche: período de adaptação", "Contrato de matrícula – berçário"],
        "tutor": ["Aulas particulares de matemática", "Explicações – condições"],
        "club": ["Atividades extracurriculares", "Inscrição na escolinha de futsal"],
        "roster": ["Lista de contatos da turma {cls}", "Escala de caronas"],
    },
    "POS": {
        "letter": [
            "Faltas devem ser avisadas na secretaria, {P}, até as 7h30.",
            "Dúvidas sobre o uniforme: {E}.",
            "A coordenadora pedagógica atende no {PM}.",
        ],
        "trip": [
            "Telefone de emergência durante o passeio: {PM}",
            "Responsável para contato: {name}, {P}",
            "O hotel-fazenda: {PI}.",
        ],
        "nursery": [
            "Em caso de febre, ligaremos para {P}.",
            "Mensalidade por débito na conta {IB}.",
            "A berçarista {name} responde no {PM}.",
        ],
        "tutor": [
            "Aula experimental: chame no WhatsApp {PM} ou escreva para {EP}.",
            "Para pais no exterior: {PI}.",
        ],
        "club": [
            "O professor {name} atende no {PM} depois das 17h.",
            "Inscrições: {E}.",
            "O robô da oficina usa o endereço {IP} na rede da escola.",
            "Atraso na saída? Avise no {P}.",
        ],
        "roster": ["Alterações com {name}: {PM}.", "Representante da turma: {E}."],
    },
    "NEG": {
        "letter": ["Frequência do bimestre: {N:attendance}; sala {N:room}; livro ISBN {N:isbn}."],
        "trip": ["Valor {N:money}, referência {N:payref}; trilha {N:distance}; encontro em {N:gps}."],
        "nursery": ["Horário {N:session}; roupa reserva tamanho {N:sizes}; proporção {N:ratio}."],
        "tutor": ["Pacote {N:package}; última prova {N:marks}."],
        "club": ["Treino {N:session}, quadra {N:room}, {N:headcount} alunos."],
        "roster": ["Turma {N:classcode}, armários {N:locker}."],
    },
    "LOCAL": [
        "Quem liga de telefone fixo em {town} fala com a secretaria pelo {L1}.",
        "Dentro de {town}, sem DDD: {L1} (cantina {L2}).",
        "Secretaria – ligação local de {town}:\n{L1}",
        'Como diz a dona {sur} da portaria: "de {town} é só discar {L1}".',
        "{L1} – número da creche para quem está em {town}.",
    ],
    "HEADS": ["Contatos da turma", "Telefones do dia do passeio"],
    "LABELS": ["Secretaria", "Professora", "Coordenação", "Motorista da van", "Portaria"],
    "SIGN": ["Atenciosamente,\n{name}", "Abraços,\n{name}, coordenação"],
    "CLASSES": ["3º ano B", "Maternal II", "5º A"],
}
