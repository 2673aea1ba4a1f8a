"""Spanish sentences for v34 (es_ES documents)."""

G = {
    "legal": {
        "head": [
            "{ORG}\nAbogados\n\nNuestra ref.: {n:docket}\nSu ref.: {n:claim}\n\nEstimado/a {NAME}:\n\n"
            "Asunto: {ORG2} contra {NAME2}",
            "JUZGADO DE PRIMERA INSTANCIA DE {CITY}\n{n:docket}\n\nDEMANDA\n\nDemandante: {ORG2}\n"
            "Demandado: {NAME}",
        ],
        "ph": [
            "Si desea tratar un posible acuerdo, puede llamar directamente al letrado al {NAT}.",
            "La oficina judicial nos pidió confirmar la vista por teléfono en el {FIX}.",
            "Se intentó contactar con el demandado en el {NAT} en tres ocasiones, sin respuesta.",
            "Nuestro despacho colaborador en el extranjero atiende en el {INTL}.",
        ],
        "fill": [
            "La reclamación se funda en el {n:statute}.",
            "Véase la sentencia {n:ecli}, en especial los párrafos {n:pages}.",
            "La finca, con {n:parcel}, se transmite libre de cargas.",
            "La escritura consta con el número de protocolo {n:deed}.",
        ],
        "foot": ["Atentamente,\n\n{NAME2}\nAbogado", "Es justicia que pido en {CITY}."],
        "list": None,
    },
    "insurance": {
        "head": [
            "NOTA DE SINIESTRO\nPóliza: {n:policy}\nSiniestro: {n:claim}\nAsegurado: {NAME}\nLugar: {CITY}",
            "Informe pericial – {ORG}\nExpediente {n:claim} (póliza {n:policy})\nPerito: {NAME2}",
        ],
        "ph": [
            "Hablé con el asegurado esta mañana; para la visita, llamarle al {MOB}.",
            "El perito designado está localizable en el {NAT} y mandará las fotos el viernes.",
            "La aseguradora contraria pide que el recobro se gestione en el {INTL}.",
            "Presupuesto del fontanero recibido; dudas al taller en el {FIX}.",
        ],
        "fill": [
            "Vehículo con matrícula {n:plate} trasladado al taller concertado.",
            "Reserva fijada en {n:price} a la espera del informe.",
            "Daños por agua en unos {n:area} de tarima en planta baja.",
            "Denuncia policial n.º {n:crimeref} aportada por el asegurado.",
        ],
        "foot": ["Próxima revisión en quince días.", "Propuesta: indemnizar a valor real."],
        "list": None,
    },
    "medical": {
        "head": [
            "INFORME DE ALTA\nPaciente: {NAME}   N.º de historia: {n:patient}\nHabitación: {n:ward}\n"
            "Ingreso: {n:admitted}",
            "Hoja de derivación\n\nEstimado/a compañero/a:\n\nRemito a {NAME}, historia clínica {n:patient}.",
        ],
        "ph": [
            "Ante cualquier duda, la supervisora de planta atiende en el {FIX}.",
            "Su hija, cuidadora principal, pide que la llamen al {MOB}.",
            "La cita de revisión se solicita en el servicio de admisión: {NAT}.",
            "La enfermera gestora de casos tiene consulta telefónica en el {NAT}.",
        ],
        "fill": [
            "TA al ingreso {n:vitals}, FC {n:pulse}; {n:lab}.",
            "Tratamiento al alta: {n:dosage}.",
            "Diagnóstico principal {n:icd}, evolución favorable.",
            "Deambula sin ayuda; herida quirúrgica sin signos de infección.",
        ],
        "foot": ["Un cordial saludo,\n\nDra. {NAME2}", "Copia: médico de atención primaria"],
        "list": None,
    },
    "hr": {
        "head": [
            "FICHA DE INCORPORACIÓN – {ORG}\nN.º de empleado: {n:staff}\nNombre: {NAME}\n"
            "Fecha de alta: {n:admitted}",
            "Contactos de emergencia (confidencial)\nEmpleado {n:staff}, departamento de contabilidad",
        ],
        "ph": [
            "Móvil personal: {MOB}",
            "Teléfono fijo del domicilio: {FIX}",
            "Tu persona de referencia, {NAME2}, está disponible en el {NAT} durante la primera semana.",
        ],
        "fill": [
            "Salario bruto anual: {n:salary}, en catorce pagas.",
            "Horario de {n:hours}, con jornada intensiva en verano.",
            "Número de socio del plan de pensiones: {n:member}.",
        ],
        "foot": ["Entregar en Recursos Humanos en un plazo de cinco días.", "Firma del empleado: ________"],
        "list": (
            "En caso de emergencia avisar a\nNombre | Parentesco | Teléfono",
            "{PNAME} | {REL} | {LP}",
            ["cónyuge", "madre", "hermano", "pareja", "vecina"],
        ),
    },
    "tender": {
        "head": [
            "ANUNCIO DE LICITACIÓN\nN.º de anuncio: {n:ted}\nÓrgano de contratación: {ORG}, {CITY}\n"
            "Expediente: {n:tenderid}",
            "Licitación {n:tenderid}\nCódigo CPV principal: {n:cpv}\n"
            "Lote {n:lot}: mantenimiento de edificios",
        ],
        "ph": [
            "Las consultas de los licitadores pueden hacerse por teléfono en el {NAT}.",
            "Soporte técnico de la plataforma de contratación: {SVC}",
            "Visita a las instalaciones previa cita con el conserje, tel. {INTL}",
        ],
        "fill": [
            "Valor estimado sin IVA: {n:price}.",
            "Plazo de presentación de ofertas: {n:admitted}.",
            "Cofinanciado mediante el acuerdo de subvención n.º {n:grant}.",
        ],
        "foot": [
            "Recurso especial ante el Tribunal Administrativo de Recursos Contractuales.",
            "Fecha de envío del anuncio: véase arriba.",
        ],
        "list": ("Puntos de contacto", "{PNAME} ({REL}): {LP}", ["técnico", "administrativo", "jurídico"]),
    },
    "academic": {
        "head": [
            "CURRÍCULUM VITAE\n{NAME}\nORCID {n:orcid}\nDepartamento de Geografía, Universidad de {CITY}",
            "Programa del congreso – Mesa {n:session}\nModera: {NAME}\nAula magna",
        ],
        "ph": [
            "Despacho: {FIX}",
            "Comité organizador, disponible durante el congreso en el {MOB}",
            "Dirección profesional: Facultad de Letras, {CITY}, tel. {INTL}",
        ],
        "fill": [
            "{NAME2} (2020). Despoblación y servicios. Rev. Geogr. {n:bibvol}, pp. {n:pages}. DOI {n:doi}",
            "Libro, ISBN {n:isbn}; reseñado en una revista con ISSN {n:issn}.",
            "Comunicación {n:paper}: el trabajo agrario de temporada.",
        ],
        "foot": ["Listado completo de publicaciones disponible.", "Pausa para el café en el vestíbulo."],
        "list": ("Moderadores", "{PNAME} – {REL} – {LP}", ["moderadora", "relator", "secretaria"]),
    },
    "press": {
        "head": [
            "NOTA DE PRENSA\nEmbargada hasta el {n:embargo}\n\n{ORG} presenta sus resultados",
            "COMUNICADO\n{CITY} – {ORG} abre un nuevo centro logístico (ISIN {n:isin})",
        ],
        "ph": [
            "Para solicitar entrevistas, llame al gabinete de prensa en el {NAT}.",
            "Fuera del horario de oficina, el responsable de guardia atiende en el {MOB}.",
            "Relación con inversores: {INTL}",
        ],
        "fill": [
            "La facturación alcanzó {n:price}; el nuevo almacén ocupa {n:area}.",
            "La sociedad figura inscrita con {n:companyreg}.",
            "La junta votará el acuerdo {n:resolution}.",
        ],
        "foot": ["– FIN –", "Imágenes en alta resolución a disposición de los medios."],
        "list": (
            "Contacto de prensa",
            "{PNAME}, {REL}: {LP}",
            ["directora de comunicación", "jefe de prensa"],
        ),
    },
    "police": {
        "head": [
            "ATESTADO\nN.º de diligencias: {n:crimeref}\nInstructor: agente con TIP {n:badge}\n"
            "Lugar de los hechos: {CITY}",
            "Declaración testifical\nDiligencias {n:crimeref}\nTIP del agente {n:badge}",
        ],
        "ph": [
            "El testigo {NAME2} puede ser localizado en el {MOB} y está dispuesto a declarar.",
            "La denunciante volvió a llamar desde el {NAT}: el sospechoso se marchó en una furgoneta gris.",
            "Se indicó a la víctima que bloqueara la tarjeta llamando al {SVC}.",
        ],
        "fill": [
            "Se vio salir del aparcamiento el vehículo con matrícula {n:plate}.",
            "La patrulla finalizó la intervención a las {n:hours}.",
            "Efectos intervenidos registrados con el n.º {n:claim}.",
        ],
        "foot": ["Firma del instructor: ________", "Se remite al juzgado de guardia."],
        "list": None,
    },
}

COMMON = {
    "mob": ["Móvil, preferiblemente por WhatsApp: {MOB}"],
    "fix": ["La secretaría atiende en el {FIX} en horario de oficina."],
    "svc": ["Teléfono gratuito: {SVC}", "Más información en el {SVC}."],
    "email": ["Por favor, escriba a {EMAIL} con copia a {ROLE}.", "Envíe la documentación a {ROLE}."],
    "iban": ["Transferencia a la cuenta del despacho, IBAN {IBAN}."],
    "card": ["La prima se cargó en la tarjeta {CARD}."],
    "ip": [
        "El formulario web se envió desde la dirección IP {IP4}.",
        "Acceso VPN asignado: {IPP}; el registro también muestra {IP6}.",
    ],
}

ROLES = ["despacho", "siniestros", "prensa", "info", "contratacion", "rrhh", "secretaria"]
ORGSUFFIX = ["S.L.", "y Asociados", "S.A.", "Seguros", "Abogados"]
