"""Genres with values: Spain, Italy, Ticinesi in Lombardy (Italian numbers), the Netherlands, Flemings in
Dutch border towns (Dutch numbers) and Brazil. Same block format as genres_en.py.
"""

RAW = """
@es_ES flamenco | Peña flamenca – avisos
El recital del viernes empieza a las diez, la cocina cierra antes.
Los socios entran gratis, los invitados pagan la voluntad.
Se busca guitarrista para acompañar el cuadro de baile.
@es_ES cofradia | Cofradía – Semana Santa
Las túnicas se recogen en la casa hermandad.
Los costaleros ensayan de madrugada, respetad a los vecinos.
La igualá será el domingo después de misa.
@es_ES bancotiempo | Banco del tiempo del barrio
Una hora de clase de inglés vale lo mismo que una de fontanería.
Anotad los intercambios en la libreta de la sede.
Buscamos quien sepa arreglar persianas.
@es_ES tamborrada | Tamborrada – ensayos
Los barriles se guardan en la sociedad, no os los llevéis a casa.
Ensayo general con uniforme el último sábado.
La comida de hermandad es después del desfile.
@es_ES padel | Liga de pádel de la urbanización
Los partidos se juegan a dos sets con punto de oro.
Reservad la pista con antelación en recepción.
Las bolas nuevas las pone el equipo local.
@es_ES vecinos | Asociación de vecinos – junta
Se vota la instalación del ascensor en el portal B.
La derrama se pagará en tres plazos.
Las llaves del local las tiene la presidenta.
@es_ES cabalgata | Cabalgata de Reyes – voluntarios
Las carrozas salen del polígono a las cinco.
Caramelos blandos, nada de caramelos duros.
Los pajes necesitan maquillaje a partir de las tres.
@es_ES castellers | Colla castellera – assaig
Faixa i camisa a tots els assajos, sense excepció.
Els nens de l'enxaneta han de portar casc.
Després de la diada, sopar a la plaça.
@es_ES tuna | Tuna universitaria – veteranos
Ronda a la residencia el jueves por la noche.
Capas y becas limpias para el certamen.
Se necesita bandurria para la gira de primavera.
@it_IT presepe | Presepe vivente – organizzazione
I costumi si ritirano in parrocchia il sabato mattina.
Servono pastori, zampognari e una mucca tranquilla.
Il percorso si apre alle diciassette e chiude alle ventuno.
@it_IT banda | Banda musicale – avvisi
Prove con la divisa estiva per la processione.
Le marce nuove sono nel raccoglitore rosso.
Si cerca un clarinetto per il concerto di Santa Cecilia.
@it_IT proloco | Pro Loco – volontari
Lo stand delle frittelle ha bisogno di due persone per turno.
I gazebo vanno montati il venerdì pomeriggio.
Il bilancio della festa sarà presentato in assemblea.
@it_IT bocce | Bocciofila – calendario gare
Gara a coppie la domenica mattina, iscrizioni al bar.
Il campo tre è in rifacimento, si gioca sugli altri.
Premiazione con pranzo sociale.
@it_IT gas | Gruppo d'acquisto solidale – ordine del mese
L'ordine del formaggio chiude mercoledì.
Il ritiro è nel cortile della scuola, portate le borse.
Il produttore di arance manda la cassetta mista.
@it_IT protezionecivile | Volontari di protezione civile
Esercitazione di evacuazione della scuola elementare.
Controllare scadenza dei dispositivi di protezione individuale.
Turni di reperibilità affissi in sede.
@it_IT carri | Carnevale – costruzione dei carri
Lavori nel capannone tutte le sere dalle venti.
Cartapesta e colla vinilica a disposizione.
La sfilata passa per il corso principale.
@it_IT avis | Donatori di sangue – comunicazioni
Presentarsi a digiuno o con una colazione leggera.
La giornata della donazione si tiene nell'ambulatorio comunale.
Rinfresco offerto dopo il prelievo.
@it_IT fantacalcio | Lega di fantacalcio tra amici
L'asta di riparazione è fissata per lunedì sera.
Le formazioni vanno inserite un'ora prima della partita.
Chi arriva ultimo paga la pizza a tutti.
@it_CH castagnata | Ticinesi a Milano – castagnata d'autunno
Le castagne arrivano dalla valle, servono due padelle forate.
Il vino nostrano lo porta il presidente.
Si chiude con la tombola.
@it_CH rabadan | Gruppo ticinese di Como – carnevale
Il risotto in piazza si prepara dalle otto del mattino.
Servono volontari per distribuire i piatti.
Maschere e costumi sono benvenuti.
@nl_NL sinterklaas | Sinterklaasintocht – vrijwilligers
De boot legt aan bij de oude haven, pieten verzamelen bij de kerk.
Strooigoed wordt vrijdagavond ingepakt.
Schminken begint om tien uur in het buurthuis.
@nl_NL ijsclub | IJsclub – ijsbaan
Bij vorst spuiten we 's avonds de baan.
Het clubhuis is open zolang er ijs ligt.
Koek-en-zopie wordt door de leden bemand.
@nl_NL scouting | Scouting – zomerkamp
Slaapzak, matje en regenkleding zijn verplicht.
De bagage gaat met de aanhanger mee.
Ouders mogen op de laatste dag komen kijken.
@nl_NL dorpshuis | Dorpshuis – beheerrooster
Na gebruik de vaatwasser leegmaken en afsluiten.
De bar wordt alleen door leden met certificaat bemand.
Zaalhuur graag voor de activiteit regelen.
@nl_NL roeien | Roeivereniging – botenplan
Na het roeien de boot afspoelen en in het rek leggen.
Beginners roeien alleen met een stuurman.
Bij mist of onweer gaat er niemand het water op.
@nl_NL buurtpreventie | Buurtpreventie – wijkteam
De avondronde loopt met twee personen, hesjes aan.
Meldingen van kapotte lantaarnpalen gaan naar de gemeente.
Deel geen kentekens in de groepsapp.
@nl_NL voedselbank | Voedselbank – uitgifte
Uitgifte op vrijdagmiddag in de oude school.
Vrijwilligers voor het ophalen bij de supermarkten gezocht.
Koelproducten meteen in de koelcel.
@nl_NL harmonie | Harmonie – repetitieschema
Dinsdag tutti-repetitie, donderdag de slagwerkgroep.
De nieuwe uniformen worden gepast in het verenigingsgebouw.
Het concours is eind mei.
@nl_NL oudpapier | Oud papier ophalen – rooster
De container staat vanaf acht uur bij de school.
Karton platvouwen, geen piepschuim erbij.
De opbrengst gaat naar het schoolreisje.
@nl_BE chiro | Chiro – Vlamingen in Breda, zomerkamp
Uniform aan bij vertrek, de bus vertrekt aan de kerk.
Valiezen met naam, geen snoep meenemen.
Ouderdag op zondag, met barbecue.
@nl_BE fanfarenl | Vlaamse fanfare in Terneuzen – repetities
Repetitie in de parochiezaal, donderdag om acht uur.
De marsmuziek voor de processie ligt klaar.
Na de repetitie een pint in het lokaal.
@nl_BE duivenbond | Duivenbond – Belgische liefhebbers in Maastricht
Inkorven vrijdagavond in het lokaal, klokken gelijkzetten.
De lossing is afhankelijk van het weer.
Uitslagen hangen zondagavond aan het bord.
@pt_BR capoeira | Grupo de capoeira – avisos
Roda aberta no sábado na praça, tragam o berimbau.
Batizado com troca de cordas no fim do mês.
Abadá branco para a apresentação.
@pt_BR varzea | Futebol de várzea – time do bairro
Jogo no campo do bairro às nove, chegar cedo pra marcar o campo.
Cada um traz sua chuteira e caneleira.
Depois tem churrasco na casa do técnico.
@pt_BR mutirao | Mutirão de limpeza da praça
Luvas e sacos serão distribuídos na entrada.
Quem tiver carrinho de mão, traga.
Almoço coletivo no fim do mutirão.
@pt_BR clubelivro | Clube do livro – encontro do mês
O livro deste mês é aquele de contos que ninguém terminou.
Cada um traz um lanche para dividir.
Encontro na biblioteca municipal, sala dois.
@pt_BR cursinho | Cursinho pré-vestibular comunitário
Aulas de redação aos sábados de manhã.
Simulado no domingo, chegar meia hora antes.
Precisamos de professores voluntários de química.
@pt_BR moradores | Associação de moradores – reunião
Pauta: iluminação da rua de baixo e a lombada.
A taxa da associação continua a mesma.
Reunião no salão da igreja.
@pt_BR truco | Torneio de truco do bairro
Duplas formadas na hora, inscrição no bar do seu Zé.
Regras do truco paulista, sem discussão.
Prêmio para a dupla campeã.
@pt_BR forro | Aulas de forró – turma de iniciantes
Sapato com sola lisa ajuda muito.
Não precisa trazer par, a gente faz rodízio.
Forró de encerramento com trio pé de serra.
@pt_BR pescaria | Pescaria da turma – viagem
Saída de madrugada, o barco espera no porto.
Cada um leva sua vara e isca.
Licença de pesca em dia, a fiscalização passa.
"""
