"""Portuguese sentences for v34 (pt_PT, pt_BR documents)."""

G = {
    "legal": {
        "head": [
            "{ORG}\nSociedade de Advogados\n\nN/ Ref.ª: {n:docket}\nV/ Ref.ª: {n:claim}\n\nExmo(a). Sr(a). "
            "{NAME},\n\nAssunto: {ORG2} contra {NAME2}",
            "JUÍZO CÍVEL DE {CITY}\n{n:docket}\n\nPETIÇÃO INICIAL\n\nAutora: {ORG2}\nRéu: {NAME}",
        ],
        "ph": [
            "Para discutir um eventual acordo, pode contactar diretamente o advogado pelo {NAT}.",
            "A secretaria do tribunal pediu confirmação da audiência pelo telefone {FIX}.",
            "O réu foi contactado três vezes pelo {NAT}, sem qualquer resposta.",
            "O nosso escritório correspondente no estrangeiro atende pelo {INTL}.",
        ],
        "fill": [
            "O pedido funda-se no {n:statute}.",
            "Veja-se o acórdão {n:ecli}, em especial os pontos {n:pages}.",
            "O imóvel, inscrito sob o {n:parcel}, é transmitido livre de ónus.",
            "A escritura foi lavrada sob o número {n:deed} do livro de notas.",
        ],
        "foot": ["Com os melhores cumprimentos,\n\n{NAME2}\nAdvogado", "Pede deferimento."],
        "list": None,
    },
    "insurance": {
        "head": [
            "NOTA DE SINISTRO\nApólice: {n:policy}\nSinistro: {n:claim}\nSegurado: {NAME}\nLocal: {CITY}",
            "Relatório de peritagem – {ORG}\nProcesso {n:claim} (apólice {n:policy})\nPerito: {NAME2}",
        ],
        "ph": [
            "Falei com o segurado esta manhã; para a vistoria, ligar para o {MOB}.",
            "O perito nomeado está contactável pelo {NAT} e envia as fotografias na sexta-feira.",
            "A seguradora da outra parte pede que o reembolso seja tratado pelo {INTL}.",
            "Orçamento do canalizador recebido; dúvidas para a empresa pelo {FIX}.",
        ],
        "fill": [
            "Veículo com matrícula {n:plate} rebocado para a oficina convencionada.",
            "Provisão fixada em {n:price} até ao relatório final.",
            "Danos por água em cerca de {n:area} de soalho no rés-do-chão.",
            "Auto de denúncia n.º {n:crimeref} entregue pelo segurado.",
        ],
        "foot": ["Próximo acompanhamento dentro de quinze dias.", "Proposta: indemnizar pelo valor venal."],
        "list": None,
    },
    "medical": {
        "head": [
            "NOTA DE ALTA\nDoente: {NAME}   N.º de processo: {n:patient}\nCama: {n:ward}\n"
            "Internamento: {n:admitted}",
            "Carta de referenciação\n\nCaro(a) colega,\n\nEncaminho {NAME}, processo clínico {n:patient}.",
        ],
        "ph": [
            "Em caso de dúvida após a alta, a enfermeira-chefe atende pelo {FIX}.",
            "A filha, cuidadora principal, pede que lhe liguem para o {MOB}.",
            "A consulta de seguimento marca-se pelo secretariado: {NAT}.",
            "A enfermeira de referência tem uma linha de apoio pelo {NAT}.",
        ],
        "fill": [
            "TA à entrada {n:vitals}, FC {n:pulse}; {n:lab}.",
            "Medicação à alta: {n:dosage}.",
            "Diagnóstico principal {n:icd}, evolução favorável.",
            "Deambula sem apoio, ferida sem sinais inflamatórios.",
        ],
        "foot": ["Com os melhores cumprimentos,\n\nDr.ª {NAME2}", "Cópia: médico de família"],
        "list": None,
    },
    "hr": {
        "head": [
            "FICHA DE ADMISSÃO – {ORG}\nN.º de colaborador: {n:staff}\nNome: {NAME}\n"
            "Data de admissão: {n:admitted}",
            "Contactos de emergência (confidencial)\nColaborador {n:staff}, departamento financeiro",
        ],
        "ph": [
            "Telemóvel/celular pessoal: {MOB}",
            "Telefone fixo de casa: {FIX}",
            "O seu padrinho de integração, {NAME2}, atende pelo {NAT} na primeira semana.",
        ],
        "fill": [
            "Vencimento anual bruto: {n:salary}.",
            "Horário {n:hours}, com isenção parcial a partir do segundo mês.",
            "Número de associado do fundo de pensões: {n:member}.",
        ],
        "foot": ["Devolver aos Recursos Humanos no prazo de cinco dias úteis.", "Assinatura: ________"],
        "list": (
            "Em caso de emergência contactar\nNome | Parentesco | Telefone",
            "{PNAME} | {REL} | {LP}",
            ["cônjuge", "mãe", "irmão", "companheira", "vizinho"],
        ),
    },
    "tender": {
        "head": [
            "ANÚNCIO DE PROCEDIMENTO\nN.º do anúncio: {n:ted}\nEntidade adjudicante: {ORG}, {CITY}\n"
            "Processo: {n:tenderid}",
            "Concurso público {n:tenderid}\nCPV principal: {n:cpv}\nLote {n:lot}: limpeza de edifícios",
        ],
        "ph": [
            "Os pedidos de esclarecimento podem ser feitos por telefone pelo {NAT}.",
            "Apoio técnico à plataforma eletrónica: {SVC}",
            "Visita às instalações mediante marcação com o zelador, tel. {INTL}",
        ],
        "fill": [
            "Preço base sem IVA: {n:price}.",
            "Prazo para apresentação de propostas: {n:admitted}.",
            "Cofinanciado ao abrigo da convenção de subvenção n.º {n:grant}.",
        ],
        "foot": [
            "Órgão de recurso: tribunal administrativo competente.",
            "Data de envio do anúncio: ver acima.",
        ],
        "list": ("Pontos de contacto", "{PNAME} ({REL}): {LP}", ["técnico", "administrativo", "jurídico"]),
    },
    "academic": {
        "head": [
            "CURRICULUM VITAE\n{NAME}\nORCID {n:orcid}\nDepartamento de História, Universidade de {CITY}",
            "Programa do congresso – Sessão {n:session}\nModeração: {NAME}\nAnfiteatro 1",
        ],
        "ph": [
            "Gabinete: {FIX}",
            "Comissão organizadora, contactável durante o congresso pelo {MOB}",
            "Endereço profissional: Reitoria, {CITY}, tel. {INTL}",
        ],
        "fill": [
            "{NAME2} (2017). Confrarias e assistência. Rev. Hist. {n:bibvol}, pp. {n:pages}. DOI {n:doi}",
            "Livro, ISBN {n:isbn}; recensão numa revista com ISSN {n:issn}.",
            "Comunicação {n:paper}: as misericórdias do interior.",
        ],
        "foot": ["Lista completa de publicações mediante pedido.", "Pausa para café no átrio."],
        "list": ("Moderadores das sessões", "{PNAME} – {REL} – {LP}", ["moderadora", "comentador"]),
    },
    "press": {
        "head": [
            "COMUNICADO DE IMPRENSA\nEmbargo até {n:embargo}\n\n{ORG} apresenta resultados",
            "COMUNICADO\n{CITY} – {ORG} inaugura novo centro logístico (ISIN {n:isin})",
        ],
        "ph": [
            "Pedidos de entrevista devem ser feitos à assessoria de imprensa pelo {NAT}.",
            "Fora do horário de expediente, o assessor de serviço atende pelo {MOB}.",
            "Relações com investidores: {INTL}",
        ],
        "fill": [
            "A faturação subiu para {n:price}; o armazém ocupa {n:area}.",
            "A sociedade está registada com o {n:companyreg}.",
            "A assembleia geral vota a deliberação {n:resolution}.",
        ],
        "foot": ["– FIM –", "Imagens em alta resolução disponíveis a pedido."],
        "list": (
            "Contactos para a imprensa",
            "{PNAME}, {REL}: {LP}",
            ["diretora de comunicação", "assessor de imprensa"],
        ),
    },
    "police": {
        "head": [
            "AUTO DE DENÚNCIA\nNUIPC: {n:crimeref}\nAutuante: agente n.º {n:badge}\nLocal: {CITY}",
            "Auto de inquirição de testemunha\nProcesso {n:crimeref}\nAgente n.º {n:badge}",
        ],
        "ph": [
            "A testemunha {NAME2} pode ser contactada pelo {MOB} e aceita depor.",
            "A denunciante voltou a ligar do {NAT}: o suspeito fugiu numa carrinha cinzenta.",
            "A vítima foi informada de que pode cancelar o cartão pelo {SVC}.",
        ],
        "fill": [
            "O veículo de matrícula {n:plate} foi visto a sair do parque.",
            "A patrulha terminou a ocorrência às {n:hours}.",
            "Objetos apreendidos registados sob o n.º {n:claim}.",
        ],
        "foot": ["Assinatura do autuante: ________", "Remetido ao Ministério Público."],
        "list": None,
    },
}

COMMON = {
    "loc": [
        "Dentro de {TOWN}, basta ligar {LOC}.",
        "Escritório de {TOWN}, ligação local: {LOC}.",
        "Residência (telefone de {TOWN}): {LOC}",
    ],
    "mob": ["Celular/telemóvel, de preferência por mensagem: {MOB}"],
    "fix": ["A secretaria atende pelo {FIX} em horário de expediente."],
    "svc": ["Linha gratuita: {SVC}", "Mais informações pelo {SVC}."],
    "email": ["Por favor escreva para {EMAIL}, com cópia para {ROLE}.", "Documentos para {ROLE}."],
    "iban": ["Pagamento para a conta do escritório, IBAN {IBAN}."],
    "card": ["O prémio foi debitado no cartão {CARD}."],
    "ip": [
        "O formulário online foi enviado a partir do endereço IP {IP4}.",
        "Acesso VPN atribuído: {IPP}; o registo mostra ainda {IP6}.",
    ],
}

ROLES = ["escritorio", "sinistros", "imprensa", "geral", "compras", "rh", "secretaria"]
ORGSUFFIX = ["Lda.", "& Associados", "S.A.", "Seguros", "Advogados"]
