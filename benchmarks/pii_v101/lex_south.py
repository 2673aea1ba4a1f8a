"""Spanish, Italian and Portuguese sentences for v101: tag|genre|text, indented lines continue."""

LEX_ES = """
head|phoneshop|Tu pedido ya está en tienda
head|phoneshop|Tasación de tu móvil usado
pos|phoneshop|Ya tenemos tu móvil nuevo. Si no puedes venir, mándanos un WhatsApp al {mob}.
pos|phoneshop|El importe de la tasación se abonó en la tarjeta {card}.
pos|phoneshop|Dudas sobre la tarifa: atención gratuita en el {free}.
neg|phoneshop|Tasación n.º {k:trade_in}, almacenamiento {k:storage_size} ocupados), batería bien.
neg|phoneshop|Horario esta semana: {k:hours}.
neg|phoneshop|Terminal en {k:instalments} € sin entrada.
head|pcbench|Parte de taller – portátil
pos|pcbench|Bisagra rota, pieza {k:sku} pedida. El cliente pide que le llamemos al {mob} antes de cambiarla.
pos|pcbench|Presupuesto aceptado; señal cobrada con la tarjeta {card}. Copia enviada a {email}.
pos|pcbench|Se puede recoger desde el jueves; el taller atiende en el {fix}.
neg|pcbench|Montado: {k:ram}; test de memoria sin errores.
neg|pcbench|Tras la limpieza marca {k:temps} a plena carga.
head|simswap|Duplicado de SIM activado
pos|simswap|Tu duplicado de SIM para el {mob} ya funciona. Si no lo pediste, llama ya al {free}.
pos|simswap|Hemos enviado el código QR de la eSIM a {email}. Tienda: {fix}.
neg|simswap|EID del terminal: {k:eid}.
neg|simswap|Activación registrada {k:log_ts}.
head|chat|Transcripción del chat de soporte
pos|chat|Agente: ¿Me confirmas el móvil de la cuenta? Cliente: sí, el {mob}.
pos|chat|Agente: veo que tu IP pública es {ip4}; reinicia el router mientras miro la línea.
pos|chat|Cliente: estoy fuera, mejor llamadme al {intlx}. Agente: anotado.
neg|chat|Agente: abro una sesión de AnyDesk, ID {k:anydesk}; acepta el aviso en pantalla.
neg|chat|Cliente: el código postal es {k:postcode}. Agente: gracias, el técnico más cercano está cerca.
"""

LEX_IT = """
head|pcbench|Scheda di laboratorio – notebook
pos|pcbench|Cerniera rotta, ricambio {k:sku} ordinato. Il cliente chiede di essere chiamato al {mob} prima.
pos|pcbench|Preventivo accettato, acconto pagato con carta {card}. Ricevuta inviata a {email}.
pos|pcbench|Ritiro da giovedì; per informazioni il laboratorio risponde allo {fix}.
neg|pcbench|Installati {k:ram}; test della memoria superato.
neg|pcbench|Chiave di ripristino BitLocker fornita dalla cliente: {k:bitlocker}.
head|recovery|Perizia recupero dati
pos|recovery|Il disco fa clic all'avvio; settori {k:lba} copiati. Domande sull'elenco file a {role} o allo
  {fix}.
pos|recovery|Il saldo di {k:price} va versato sull'IBAN {iban}, causale il vostro cognome.
neg|recovery|SMART: Power_On_Hours {k:power_on_hours}, settori riallocati {k:realloc_raw}.
neg|recovery|Capacità dichiarata {k:capacity_bytes} byte, partizioni {k:partitions}.
head|phoneshop|Il tuo ordine è arrivato in negozio
pos|phoneshop|Il nuovo telefono è arrivato. Se non puoi passare, scrivici al {mob}.
pos|phoneshop|La valutazione dell'usato è stata riaccreditata sulla carta {card}.
pos|phoneshop|Per l'offerta il numero verde è {free}.
neg|phoneshop|Valutazione n. {k:trade_in}, memoria {k:storage_size} occupati).
neg|phoneshop|Orari di questa settimana: {k:hours}.
head|install|Appuntamento per l'attivazione della fibra
pos|install|Il tecnico passerà nella fascia {k:slot}. Per spostare l'appuntamento chiama il {free}.
pos|install|Il modem ha ottenuto {ip4}; la pagina di gestione è su {ipp}.
pos|install|Cliente raggiungibile al {mob} se salta il secondo intervento.
neg|install|Armadio e coppia: {k:cabinet}; misura di linea {k:line_test}.
neg|install|Sede: P.IVA {k:vat_id}, CAP {k:postcode}.
"""

LEX_PT = """
head|pcbench|Ordem de serviço – notebook
head|pcbench|Laudo técnico
pos|pcbench|Dobradiça quebrada, peça {k:sku} encomendada. O cliente pede ligação no {mob} antes da troca.
pos|pcbench|Orçamento aprovado por telefone; sinal pago no cartão {card}. Comprovante enviado para {email}.
pos|pcbench|Retirada a partir de quinta; dúvidas pelo {fix}.
neg|pcbench|Memória instalada: {k:ram}, teste sem erros.
neg|pcbench|Depois da limpeza: {k:temps} em carga total.
head|recovery|Diagnóstico de recuperação de dados
pos|recovery|O HD estala ao ligar; copiamos os setores {k:lba}. Dúvidas sobre a lista de arquivos: {role}
  ou {fix}.
pos|recovery|A {name} pode ser contatada no {mob} para confirmar as pastas.
neg|recovery|SMART: Power_On_Hours {k:power_on_hours}, setores realocados {k:realloc_raw}.
neg|recovery|Capacidade informada {k:capacity_bytes} bytes; {k:files_recovered} arquivos recuperados.
head|phoneshop|Seu aparelho chegou na loja
head|phoneshop|Avaliação do seu usado
pos|phoneshop|Seu celular novo chegou. Não pode vir? Manda mensagem no {mob}.
pos|phoneshop|O valor da avaliação foi estornado no cartão {card}.
pos|phoneshop|Dúvidas sobre o plano: central gratuita {free}.
neg|phoneshop|Avaliação nº {k:trade_in}, armazenamento {k:storage_size} em uso).
neg|phoneshop|Aparelho em {k:instalments} sem entrada.
neg|phoneshop|CNPJ da loja: {k:company_reg}.
head|install|Agendamento da instalação de fibra
pos|install|O técnico chega na janela {k:slot}. Para remarcar, ligue {free}.
pos|install|O roteador recebeu {ip4}; a página de configuração fica em {ipp}.
pos|install|Cliente pediu retorno no {mob} se a segunda visita cair.
neg|install|Caixa e par: {k:cabinet}; teste de linha {k:line_test}.
neg|install|Local {k:gps}, CEP {k:postcode}.
head|simswap|Troca de chip concluída
pos|simswap|O novo chip do {mob} está ativo. Se você não pediu a troca, ligue agora para {free}.
pos|simswap|Enviamos o QR code do eSIM para {email}. Loja: {fix}.
neg|simswap|EID do aparelho: {k:eid}.
neg|simswap|Ativação registrada em {k:iso_ts}.
head|chat|Atendimento via chat
pos|chat|Atendente: pode confirmar o celular do cadastro? Cliente: é {mob}.
pos|chat|Atendente: seu IP público é {ip4}; reinicie o modem enquanto acompanho a linha.
pos|chat|Cliente: estou viajando, me liga no {intlx}. Atendente: anotado.
neg|chat|Atendente: abri uma sessão TeamViewer, ID {k:teamviewer}; leia a senha que aparece.
"""

LOCAL_PT = """
loc|BR|Quem liga de {town} fala com a assistência no {loc}, sem precisar do DDD.
loc|BR|Loja {town} – fixo local: {loc}.
loc|BR|Em {town}, a instalação de fibra atende no {loc} e o suporte no {loc}.
loc|BR|Ligando de um fixo de {town}? É só discar {loc}.
loc|BR|"Disca {loc}", disse a atendente, "é o número daqui de {town}."
loc|BR|Clientes de {town} marcam a visita do técnico pelo {loc}.
loc|BR|A unidade de {town} mudou de endereço, mas o telefone continua {loc}.
loc|BR|Recuperação de dados em {town}: telefone local
  {loc}
loc|BR|{loc} é o balcão da loja em {town}; de fixo da cidade, sem DDD.
loc|BR|Na região de {town}, a loja de celulares fica no {loc} e o estoque no {loc}.
loc|BR|Para quem está em {town}, o plantão técnico é o {loc}.
"""
