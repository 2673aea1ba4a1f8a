"""Genres with values: Spanish (Spain), Italian (Italy), Brazilian Portuguese. Format: see genres_parse.py."""

from .genres_parse import parse

TEXT = """
@@ es_ES
== hermandad-semana-santa (es)
# Hermandad de la Vera Cruz - reparto de túnicas
# Estación de penitencia, avisos a los hermanos
Las túnicas se recogen en la casa hermandad.
Los costaleros ensayan los martes de cuaresma.
Papeletas de sitio hasta el domingo de Ramos.
Prohibido llevar el móvil encendido bajo el paso.
== club-astronomia (es)
# Agrupación astronómica - observaciones del mes
# Noche de estrellas en el mirador
Traed ropa de abrigo y linterna roja.
Se suspende si hay nubes.
Los telescopios del club se prestan a socios.
Charla previa en el centro cultural.
== banco-alimentos (es)
# Banco de alimentos - turnos de voluntariado
# Gran recogida en supermercados de {town}
Petos y credenciales en el almacén.
Turnos de cuatro horas, mañana y tarde.
Las cajas llenas se apilan junto a la salida.
No se aceptan productos caducados.
== casa-rural (es)
# Casa rural El Molino - confirmación de reserva
# Información para su estancia
Entrada a partir de las 16:00, salida antes de las 12:00.
Se admiten mascotas pequeñas.
La chimenea tiene leña incluida.
Fianza devuelta tras revisar la casa.
== pena-futbolera (es)
# Peña madridista de {town} - viaje en autobús
# Desplazamiento al partido, lista de socios
Salida a las 14:00 desde la plaza.
Las entradas se reparten en el autobús.
Prohibido el alcohol a bordo.
Vuelta justo después del partido.
== autoescuela (es)
# Autoescuela Centro - calendario de prácticas
# Alumnos del turno de tarde
Las clases prácticas duran 45 minutos.
Traed el DNI al examen.
Cancelaciones con 24 horas de antelación.
El examen teórico se hace en la jefatura.
== campamento-verano (es)
# Campamento de verano - lista de monitores
# Quincena de julio en el albergue
Mochila, saco y linterna.
Nada de móviles durante las actividades.
Visita de familias el segundo domingo.
Las medicinas se entregan al coordinador.
== protectora-animales (es)
# Protectora de animales - turnos de paseo
# Voluntarios de fin de semana
Los perros salen de uno en uno.
Correa corta cerca de la carretera.
Anotad cada paseo en la pizarra.
Jornada de adopciones el último sábado.
== club-padel (es)
# Club de pádel - liga interna
# Emparejamientos de la jornada
Las pistas se reservan con dos días de antelación.
El resultado lo apunta la pareja ganadora.
Pelotas nuevas para cada partido de liga.
Se juega al mejor de tres sets.
== cofradia-pescadores (es)
# Cofradía de pescadores - avisos de la lonja
# Subasta y turnos de descarga
La subasta empieza a las 17:00.
Las cajas vacías se devuelven limpias.
Prohibido fumar en la nave de la lonja.
Los barcos descargan por orden de llegada.
@@ it_IT
== festa-di-leva (it)
# Festa di leva - classe in festa
# Coscritti, programma della giornata
Messa alle 10, poi foto davanti al municipio.
Pranzo al ristorante della piazza.
Quota da versare entro fine mese.
Portate le bandiere della classe.
== pro-loco (it)
# Pro Loco di {town} - volontari per l'estate
# Turni per la festa del paese
Montaggio del palco il venerdì pomeriggio.
Cucina aperta dalle 19.
Si cercano volontari per la cassa.
Tessera socio rinnovabile all'ufficio turistico.
== grest-oratorio (it)
# Grest in oratorio - animatori e iscrizioni
# Estate ragazzi, settimane di luglio
Accoglienza dalle 8 alle 9.
Gita in piscina il mercoledì.
Maglietta del grest obbligatoria.
Merenda offerta dall'oratorio.
== pesca-di-beneficenza (it)
# Pesca di beneficenza - turni al banco
# Festa patronale, banco dei premi
Biglietti venduti a blocchetti.
I premi si ritirano entro la sera.
Turni di due ore per ogni volontario.
Il ricavato va alla scuola materna.
== agriturismo (it)
# Agriturismo La Quercia - conferma prenotazione
# Informazioni per il soggiorno
Check-in dalle 15, check-out entro le 10.
Colazione con prodotti dell'azienda.
Cena su prenotazione.
Piscina aperta da giugno.
== tombolata (it)
# Tombolata di Natale - organizzazione
# Serata della tombola in parrocchia
Cartelle vendute all'ingresso, due per famiglia.
Il tabellone lo tiene il presidente.
Premi per ambo, terno, quaterna, cinquina e tombola.
Panettone e vin brulé durante la pausa.
== banda-musicale (it)
# Banda musicale - calendario dei servizi
# Processioni e concerti estivi
Divisa completa con cappello.
Ritrovo in sede mezz'ora prima.
Leggii e cartelline a cura dei musicanti.
Prove generali il sabato pomeriggio.
== trasloco (it)
# Trasloco - preventivo e lista carichi
# Traslochi {name}, sopralluogo
Imballaggio dei fragili incluso.
Serve il permesso per il furgone in centro.
Smontaggio e rimontaggio mobili.
Pagamento alla consegna.
== navetta-anziani (it)
# Servizio navetta per anziani - prenotazioni
# Accompagnamento a visite e spesa
Prenotare almeno due giorni prima.
Il servizio è gratuito per i residenti.
Gli autisti sono volontari dell'associazione.
Carrozzine pieghevoli ammesse.
== vendemmia-volontari (it)
# Vendemmia - squadre di volontari
# Raccolta dell'uva, settimana di settembre
Forbici e guanti forniti dalla cantina.
Pranzo tra i filari a mezzogiorno.
Cassette piene al trattore.
Festa di fine vendemmia il sabato.
@@ pt_BR
== pelada-futebol (pt)
# Pelada de quinta - lista de jogadores
# Futebol society, quadra do clube
Mensalidade até o dia 10.
Chegar 15 minutos antes para tirar os times.
Quem faltar sem avisar paga a próxima.
Colete para o time de fora.
== cha-de-bebe (pt)
# Chá de bebê da {name} - lista de presentes
# Convite e confirmação de presença
Fraldas tamanho M e G, por favor.
Começa às 15h no salão do prédio.
Brincadeiras e bolo no fim da tarde.
Confirme presença até sexta.
== capoeira (pt)
# Grupo de capoeira - treinos e batizado
# Roda de sábado e graduação
Abadá branco no batizado.
Treino infantil às 17h.
Berimbaus guardados no armário da academia.
Mensalidade paga na secretaria.
== carona-solidaria (pt)
# Carona solidária - motoristas e horários
# Ida para a faculdade, turma da manhã
Saída em frente à padaria às 6h30.
Dividimos a gasolina no fim do mês.
Avise no grupo se não for.
Máximo de quatro pessoas por carro.
== horta-comunitaria (pt)
# Horta comunitária - escala de rega
# Mutirão de plantio e colheita
Rega de manhã cedo ou no fim da tarde.
Ferramentas no quartinho dos fundos.
Cada canteiro tem um responsável.
Colheita dividida entre os participantes.
== despachante (pt)
# Despachante {name} - documentos do veículo
# Transferência e licenciamento
Trazer o documento do carro e a vistoria.
Prazo de cinco dias úteis.
Taxas pagas antes da entrega.
Atendimento de segunda a sexta.
== festa-de-15-anos (pt)
# Festa de 15 anos - lista de fornecedores
# Buffet, decoração e DJ
Valsa às 22h.
Decoração montada até as 18h.
Cardápio com opção vegetariana.
Lembrancinhas entregues na saída.
== mutirao (pt)
# Mutirão da rua - organização
# Pintura da praça e limpeza do córrego
Traga luvas e roupa velha.
Tinta doada pela loja do bairro.
Almoço coletivo ao meio-dia.
Começamos às 8h em ponto.
== banho-e-tosa (pt)
# Banho e tosa - agenda da semana
# Pet shop do bairro, horários
Leve a carteira de vacinação.
Tosa higiênica inclusa no pacote.
Buscamos e levamos o pet em casa.
Atraso de mais de 15 minutos remarca o horário.
== aluguel-festa (pt)
# Aluguel de brinquedos para festa - contrato
# Pula-pula, cama elástica e piscina de bolinha
Montagem duas horas antes da festa.
Monitor incluso no pacote completo.
Sinal de 30% para reservar a data.
Devolução no dia seguinte até meio-dia.
"""

GENRES = parse(TEXT)
