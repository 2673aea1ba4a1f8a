"""Italian, Dutch and Portuguese text for v58 (slots as in lex_en)."""

IT = {
    "rota": (
        ["Turni reparto stampaggio", "Turni del fine settimana"],
        [
            "Chi non può venire avvisi {NM} al {PM} prima dell'inizio turno.",
            "Richieste di cambio a {E}; il capoturno risponde al {P}.",
        ],
        [
            "Turno del mattino {N:shift_time}, matricola {N:clock_no}.",
            "Settimana {N:week_no}: solo due squadre per la manutenzione della pressa.",
        ],
    ),
    "maintlog": (
        ["Registro manutenzione", "Fermi macchina – linea 1"],
        [
            "Perdita idraulica sulla piegatrice; chiamato il tecnico al {P}.",
            "Il controllo ha perso l'indirizzo, reimpostato su {IP}.",
            "Reperibilità nel weekend: {NM}, cellulare {PM}.",
            "Assistenza del costruttore: numero verde {PO}.",
        ],
        [
            "Mandrino a {N:spindle_rpm} nel riscaldamento, contaore {N:hour_meter}.",
            "Allarme {N:plc_fault} su {N:serial_machine} resettato.",
        ],
    ),
    "supplier": (
        ["Foglio chiamate fornitori", "Acquisti – appunti telefonici"],
        [
            "Sentito {NM} del magazzino lamiere al {P}: consegna venerdì.",
            "Chiedono bonifico su {I}, contabile a {E}.",
            "Acconto pagato con la carta aziendale {C}.",
        ],
        [
            "Ordine {N:po_no} evaso in parte, DDT {N:delivery_note}.",
            "Codice doganale {N:hs_code}, lotto {N:lot_no}.",
        ],
    ),
    "printjob": (
        ["Commessa tipografia", "Bozza colore"],
        [
            "Il cliente approva la bozza al telefono, {NM} è al {PM} dopo le 16.",
            "File da {E}; per le abbondanze chiamare lo studio al {P}.",
        ],
        [
            "Tiratura {N:print_run} su {N:paper_spec}, colore {N:pantone}.",
            "Contacopie della macchina: {N:impressions}.",
        ],
    ),
    "qareport": (
        ["Rapporto qualità – non conformità", "Collaudo in accettazione"],
        [
            "L'ingegnere qualità del cliente, {NM}, aspetta una chiamata al {P}.",
            "Foto inviate a {EP}; misure sul server {IP}.",
        ],
        [
            "{N:ncr_no} sul disegno {N:drawing_no}: foro {N:tolerance}.",
            "Scostamento max {N:cmm_dev}, campionamento {N:aql}.",
        ],
    ),
}
LIST_HEADS_IT = ["Recapiti officina", "Numeri da chiamare"]
LABELS_IT = ["Capoturno", "Magazzino", "Manutenzione", "Qualità", "Ufficio", "Spedizioni"]

NL = {
    "rota": (
        ["Rooster perserij", "Weekenddiensten werkplaats", "Ruilverzoeken ploegendienst"],
        [
            "Ziek? Bel {NM} op {PM} vóór aanvang van je dienst.",
            "Ruilen via {E}; de ploegleider is bereikbaar op {P}.",
            "Uitzendkrachten bellen het bureau op {PO}.",
        ],
        [
            "Vroege dienst {N:shift_time}, prikkaart {N:clock_no}.",
            "Week {N:week_no}: twee ploegen, de pers gaat in onderhoud.",
            "Heftruck {N:forklift_no} is de hele dienst bezet.",
        ],
    ),
    "maintlog": (
        ["Onderhoudslogboek CNC", "Storingsboek lijn 2"],
        [
            "Hydrauliek kantbank lekt weer; monteur gebeld op {P}, komt om tien uur.",
            "Besturing kwijt, IP-adres teruggezet naar {IP}.",
            "Storingsdienst weekend: {NM}, mobiel {PM}.",
            "Onderdeel besteld bij de fabrikant in Duitsland, status via {PI}.",
        ],
        [
            "Spil op {N:spindle_rpm} bij het opwarmen, urenteller {N:hour_meter}.",
            "Olie bijgevuld ({N:oil_grade}), perslucht {N:pressure}.",
            "Laatste regel voor de crash: {N:gcode}.",
        ],
    ),
    "supplier": (
        ["Belnotities inkoop", "Leveranciersgesprekken"],
        [
            "{NM} van de staalhandel gebeld op {P}: platen komen vrijdag.",
            "Administratie vraagt betaling op {I}, bevestiging naar {E}.",
            "Aanbetaling met de bedrijfscreditcard {C}, bon naar {EP}.",
        ],
        [
            "Order {N:po_no} deels geleverd, pakbon {N:delivery_note}.",
            "Goederencode {N:hs_code}, brutogewicht {N:weight}, EAN {N:ean13}.",
        ],
    ),
    "joinery": (
        ["Offerte timmerwerk", "Montagenotities keuken", "Werkbon trap"],
        [
            "Mevrouw {NM} wil graag gebeld worden op {PM}; vast nummer {P} alleen 's avonds.",
            "Aanbetaling per pin/creditcard {C}, rest op {I}.",
            "Tekeningen naar {EP} ter goedkeuring.",
        ],
        [
            "Platen gezaagd op {N:timber_size}, houtvochtigheid {N:moisture}.",
            "Geschuurd tot {N:grit}; nieuw zaagblad {N:saw_blade}.",
            "Beslag volgens tekening {N:drawing_no}, bouten {N:thread}.",
        ],
    ),
    "printjob": (
        ["Drukorder", "Proefakkoord"],
        [
            "De klant keurt de proef telefonisch goed; {NM} zit na vieren op {PM}.",
            "Bestanden komen van {E}; printwachtrij op {IP}.",
        ],
        [
            "Oplage {N:print_run} op {N:paper_spec}, steunkleur {N:pantone}.",
            "Zwart opgebouwd als {N:cmyk}, ISBN {N:isbn}.",
        ],
    ),
    "safety": (
        ["Toolboxmeeting verslag", "Bijna-ongeval melding"],
        [
            "BHV'ers deze maand: {NM} en de locatietelefoon {PM}.",
            "Meld bijna-ongevallen bij de preventiemedewerker op {P} of via {E}.",
        ],
        [
            "Blussers gekeurd: {N:extinguisher}. Moffeloven haalde {N:oven_temp}.",
            "Storing {N:plc_fault} op de afzuiging; perslucht {N:pressure}.",
        ],
    ),
}
LOCAL_NL = [
    "Vanaf een vaste lijn in {T} belt u de werkplaats gewoon op {L}.",
    "Binnen {T} zonder kengetal: {L}.",
    "Lokaal ({T}):\nmagazijn {L}, kantoor {L}",
    "'Bel maar gewoon {L},' zei de chef, 'iedereen in {T} doet dat.'",
    "Let op: klanten uit {T} kunnen het korte nummer {L} gebruiken.",
    "De spuiterij in {T} is lokaal bereikbaar op {L}, de timmerwerkplaats ernaast op {L}.",
]
LIST_HEADS_NL = ["Belijst werkplaats", "Contactpersonen hal", "Nummers voor het prikbord"]
LABELS_NL = ["Chef werkplaats", "Magazijn", "Onderhoud", "Kwaliteit", "Kantoor", "Expeditie", "Nachtdienst"]

PT = {
    "rota": (
        ["Escala de turnos – estamparia", "Escala do fim de semana", "Troca de turnos"],
        [
            "Quem faltar avisa {NM} pelo {PM} antes do início do turno.",
            "Pedidos de troca para {E}; o encarregado atende no {P}.",
            "Temporários falam com a agência pelo {PO}.",
        ],
        [
            "Turno da manhã {N:shift_time}, crachá {N:clock_no}.",
            "Semana {N:week_no}: só duas equipes por causa da manutenção da prensa.",
        ],
    ),
    "maintlog": (
        ["Livro de manutenção", "Registro de paradas – linha 2"],
        [
            "Vazamento hidráulico na dobradeira; técnico chamado no {P}.",
            "O CNC perdeu o endereço, voltou para {IP}.",
            "Plantão do fim de semana: {NM}, celular {PM}.",
            "Peça pedida ao fabricante na Alemanha, acompanhamento pelo {PI}.",
        ],
        [
            "Fuso a {N:spindle_rpm} no aquecimento, horímetro {N:hour_meter}.",
            "Óleo {N:oil_grade} completado, ar comprimido a {N:pressure}.",
            "Alarme {N:plc_fault} na máquina {N:serial_machine} resolvido.",
        ],
    ),
    "supplier": (
        ["Ficha de ligações a fornecedores", "Compras – anotações"],
        [
            "Falei com {NM} da distribuidora de chapas no {P}: entrega na sexta.",
            "Comprovante do pagamento para {E}; sinal pago com o cartão da empresa {C}.",
            "Despachante para a dúvida aduaneira: {PI}.",
        ],
        [
            "Pedido {N:po_no} entregue em parte, nota {N:delivery_note}.",
            "Código NCM {N:hs_code}, peso bruto {N:weight}, lote {N:lot_no}.",
        ],
    ),
    "joinery": (
        ["Orçamento de marcenaria", "Notas de montagem – cozinha planejada"],
        [
            "A cliente {NM} prefere ligação no {PM}; fixo {P} só à noite.",
            "Desenhos enviados para {EP} para aprovação.",
            "A madeireira retornou do {P}: tem cumaru em estoque.",
        ],
        [
            "Chapas cortadas {N:timber_size}, umidade {N:moisture}.",
            "Lixado até {N:grit}, serra nova {N:saw_blade}.",
        ],
    ),
    "printjob": (
        ["Ordem de serviço – gráfica", "Prova de cor"],
        [
            "O cliente aprova a prova por telefone; {NM} atende no {PM} à tarde.",
            "Arquivos chegam de {E}; fila da impressora em {IP}.",
        ],
        [
            "Tiragem de {N:print_run} em {N:paper_spec}, cor especial {N:pantone}.",
            "Sangria e resolução: {N:bleed_dpi}; contador {N:impressions}.",
        ],
    ),
    "qareport": (
        ["Relatório de qualidade", "Inspeção de recebimento"],
        [
            "O engenheiro de qualidade do cliente, {NM}, pede retorno no {P}.",
            "Fotos para {EP}; laboratório de calibração {PO}.",
        ],
        [
            "{N:ncr_no} no desenho {N:drawing_no}: furo {N:tolerance}.",
            "Desvio máximo {N:cmm_dev}, amostragem {N:aql}, norma {N:standard_ref}.",
        ],
    ),
}
LOCAL_PT = [
    "De telefone fixo em {T}, a oficina atende direto no {L}.",
    "Para quem liga de dentro de {T}, basta {L}, sem DDD.",
    "Ligação local ({T}):\nalmoxarifado {L}, escritório {L}",
    '"Liga no {L}", disse o encarregado, "todo mundo em {T} sabe esse número."',
    "Obs.: clientes de {T} usam o número curto {L}.",
    "A pintura em {T} fica no {L} e a marcenaria ao lado no {L}, ligação local.",
]
LIST_HEADS_PT = ["Contatos da oficina", "Lista de ramais e telefones", "Contactos da oficina"]
LABELS_PT = ["Encarregado", "Almoxarifado", "Manutenção", "Qualidade", "Escritório", "Expedição"]
