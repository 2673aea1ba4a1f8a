"""Brazilian Portuguese positive templates (pt_BR)."""

T = {
    "notas_podcast": [
        """Episódio {n:5-150}: {pick:Horta na laje|Histórias do bairro|O julgamento do século|Rádios antigos}
Gravado em {date}, duração {n:30-90} min.
Convidada: {p1} ({org}). Citamos {neg:isbn} e a {neg:statute}.
Quer participar? {ctx} {loc} (recados {neg:hours}){pick: ou manda e-mail para {email:role}|}.""",
    ],
    "estudo_clinico": [
        """PROCURAM-SE VOLUNTÁRIOS — estudo sobre {pick:asma|sono|enxaqueca|dermatite}
O {org} procura adultos de {n:18-30} a {n:55-70} anos em {town}. Registro {neg:trial_id}.
Ressarcimento de até {neg:price}; {n:3-9} visitas.
Informações: {ctx} {loc}{pick: ou {email:role}| (ligação gratuita: {svc})|}. Aprovado pelo CEP em {neg:date}.""",
    ],
    "atendimento": [
        """Horário de atendimento — Departamento de {pick:História|Química|Direito|Letras}
Profa. {p1}: {day} {neg:time}, {neg:room}; {ctx} {loc}
Prof. {p2}: {pick:agendar por {email:p2}|só com agendamento}
Secretaria: {p3}, {neg:hours}, {nat}
Prova final em {neg:date}, {neg:room}.""",
    ],
    "leilao": [
        """Lote {n:1-400}: {pick:cômoda de jacarandá|par de vasos de porcelana|relógio de bolso de prata|coleção de cartões-postais}, {neg:year_range}. {neg:measurement}.
Lance inicial {neg:price}. {neg:accession}.
Lances por telefone: {p1}, {ctx} {loc}{pick:; {email:role}|}. {pick:Cadastro de lance por telefone com cartão: {cc}.|}
Comissão do leiloeiro {neg:percent}. Visitação {day} {neg:time}.""",
    ],
    "veterinario_br": [
        """Clínica veterinária {org} — ficha do paciente
Paciente: {pick:Thor|Mel|Pipoca|Bidu} ({pick:vira-lata|gato SRD|coelho|golden}), {neg:microchip}
Peso {neg:measurement}, temperatura {neg:temperature}
Tutor: {p1}, {street}. {ctx} {loc}{pick:; celular {mob}|}
{date}: vacina V10, {neg:lot}. Reforço em {neg:date}.
Pago no cartão {cc}. {neg:invoice}""",
    ],
    "cooperativa_br": [
        """Informativo da Cooperativa {pick:Agrícola Vale Verde|de Laticínios Boa Vista|dos Cafeicultores} — {town}
Preço da saca: {neg:price}; estoque {neg:stock}.
A colheitadeira ({neg:model}) está reservada até {neg:date}. Reservas: {ctx} {loc} ({p1:f}).
Telefones dos cooperados:
{rows:2-3}
Mensalidade: depósito em {iban}, referência {neg:account_ref}.""",
    ],
    "bazar": [
        """BAZAR DE GARAGEM {day} a partir das {neg:time}, {street}, {town}
Roupa infantil, {pick:ferramentas|discos de vinil|livros|louças}, tudo abaixo de {neg:price}.
Dúvidas: {ctx} {loc}{pick: (depois das 18h)|}. Só dinheiro ou Pix.""",
        """Vendo por mudança até {neg:date}: sofá {neg:price}, máquina de lavar ({neg:model}) {neg:price}.
Retirar na {street}. Falar com {p1:f}: {ctx} {loc} ou {mob}.""",
    ],
    "livro_hospedes": [
        """{date}, quarto {n:1-20}. Estadia maravilhosa, que café da manhã! {p1} e {p2:f}, {city}
{date}. Se passarem pela nossa cidade: {email:p3}, tel. {abroad}
{date}. {n:2-8} noites, {neg:score} no truco. Família {last}""",
    ],
    "lista_coral": [
        """Coral {pick:Vozes da Serra|Canto Livre|Santa Cecília} de {town} — lista de telefones
(DDD {area})
{rows:2-3:voice}
Ensaio {day} {neg:time}, {neg:room}.""",
    ],
    "carona": [
        """Grupo de carona {pick:da escola|do futsal|da faculdade}, saída {neg:time} na {street}
Motoristas (nome, dia, telefone):
{rows:2-3:day}
Dúvidas: {email:p1}""",
    ],
    "radio_br": [
        """[{neg:time}] LOCUTOR: ...e o clássico termina {neg:score}. Você está ouvindo a {neg:frequency}.
[{neg:time}] LOCUTOR: Participe, {ctx} {loc}.
[{neg:time}] OUVINTE ({p1:f}, de {town}): Boa tarde, queria mandar um abraço...
[{neg:time}] Trânsito: a {neg:bus} está desviada até {neg:date}.""",
    ],
}
