"""Spanish and Italian genres."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

ES = [
    G(
        "huertos-lista-espera",
        "es_ES",
        "Huertos urbanos de {T}|Asociación Huerta Viva",
        """
{ORG} - lista de espera ({D})
Puesto | Nombre | Teléfono
1 | {N} | {L}
2 | {N} | {L}
3 | {N} | {L}
Libre: {K:plot}. Ayuntamiento {P}
""",
    ),
    G(
        "banda-municipal-atriles",
        "es_ES",
        "Banda municipal de {T}|Unión Musical {T}",
        """
{ORG} - cuerda de trompetas
{N} - tel. {L}
{N} - tel. {L}
{N} - tel. {L}
Ensayo {H}, {K:room}. Archivo: {E}
""",
    ),
    G(
        "objetos-perdidos-estacion",
        "es_ES",
        "Estación de {T} - objetos perdidos|Renfe {T}",
        """
{ORG} ({D})
Maleta azul, {K:train}, {K:seat}
Cartera sin documentación, {K:platform}
Horario {K:hours}. Información: {PL}
Centralita {P}
""",
    ),
    G(
        "cartel-obra",
        "es_ES",
        "Construcciones {S} S.L.|Promociones {T}",
        """
{K:permit}
Promotor: {ORG}
Jefe de obra: {N}, {P}
Incidencias fuera de horario: {PL}
Presupuesto {M}
""",
    ),
    G(
        "presupuesto-mudanza",
        "es_ES",
        "Mudanzas {S}|Traslados {T}",
        """
{ORG} - presupuesto para {N}
Volumen {K:quantity}, fecha {D}. Importe {M}
Señal en {IBAN}
Oficina {P}; gratuito {PO}; {ER}
""",
    ),
    G(
        "informe-alta",
        "es_ES",
        "Hospital Universitario de {T}|Clínica San Rafael",
        """
{ORG} - informe de alta
Paciente {N}, {K:patient}, {K:ward_bed}. Alta {D}
Tratamiento: {K:dosage}
Control en consultas externas: {P}. Enfermera gestora: {PL}
""",
    ),
    G(
        "autorizacion-excursion",
        "es_ES",
        "CEIP {S}, {T}|IES {T}",
        """
{ORG} - autorización excursión
Salida al parque natural el {D}, {H}. Coste {M}
Alumno/a {N}. Padre/madre {N}, tel. {P}
Durante la excursión, {PL}
""",
    ),
    G(
        "recordatorio-veterinario",
        "es_ES",
        "Clínica veterinaria {S}|Hospital veterinario {T}",
        """
{ORG} - recordatorio
{F} ({K:microchip}) tiene pendiente la vacuna antes del {D}.
Cita: {P}. {PL}
""",
    ),
    G(
        "nevera-solidaria-turnos",
        "es_ES",
        "Nevera solidaria de {T}|Nevera del barrio",
        """
{ORG} - turnos de limpieza
Día | Voluntario | Tel.
Lunes | {N} | {L}
Miércoles | {N} | {L}
Sábado | {N} | {L}
Temperatura {K:reading}. {E}
""",
    ),
]

IT = [
    G(
        "orti-urbani-graduatoria",
        "it_IT",
        "Orti urbani di {T}|Associazione Orti in Comune",
        """
{ORG} - graduatoria ({D})
Pos. | Nome | Telefono
1 | {N} | {L}
2 | {N} | {L}
3 | {N} | {L}
Lotto libero {K:plot}. Ufficio {P}
""",
    ),
    G(
        "banda-leggii",
        "it_IT",
        "Banda musicale di {T}|Corpo bandistico {T}",
        """
{ORG} - sezione flauti
{N} - tel. {L}
{N} - tel. {L}
{N} - tel. {L}
Prove {H}, {K:room}. Archivio: {E}
""",
    ),
    G(
        "oggetti-smarriti-stazione",
        "it_IT",
        "Stazione di {T} - oggetti smarriti|Ufficio oggetti rinvenuti {T}",
        """
{ORG} ({D})
Valigia nera, {K:train}, {K:seat}
Ombrello, {K:platform}
Orario {K:hours}. Informazioni: {PL}
Centralino {P}. Citare la {KP}
""",
    ),
    G(
        "cartello-cantiere",
        "it_IT",
        "{S} Costruzioni S.r.l.|Edilizia {T}",
        """
{K:permit}
Committente: {ORG}
Direttore dei lavori: {N}, {P}
Reperibilità notturna: {PL}
Importo lavori {M}
""",
    ),
    G(
        "preventivo-trasloco",
        "it_IT",
        "Traslochi {S}|{T} Traslochi",
        """
{ORG} - preventivo per {N}
Volume {K:quantity}, il {D}. Totale {M}
Acconto su {IBAN}
Ufficio {P}; numero verde {PO}; {ER}
""",
    ),
    G(
        "lettera-dimissione",
        "it_IT",
        "Ospedale di {T}|Casa di cura San Luca",
        """
{ORG} - lettera di dimissione
Paziente {N}, {K:patient}, {K:ward_bed}. Dimesso il {D}
Terapia: {K:dosage}
Ambulatorio {P}. Infermiera di reparto: {PL}
""",
    ),
    G(
        "autorizzazione-gita",
        "it_IT",
        "Istituto comprensivo {S}, {T}|Scuola primaria {T}",
        """
{ORG} - autorizzazione gita
Gita a {T} il {D}, partenza {H}. Quota {M}
Alunno/a {N}. Genitore {N}, tel. {P}
Durante la gita, {PL}
""",
    ),
    G(
        "promemoria-veterinario",
        "it_IT",
        "Ambulatorio veterinario {S}|Clinica veterinaria {T}",
        """
{ORG} - promemoria
{F} ({K:microchip}): richiamo vaccino entro il {D}.
Appuntamenti {P}. Urgenze {PF}
{PL}
""",
    ),
    G(
        "frigo-solidale-turni",
        "it_IT",
        "Frigo solidale di {T}|Frigo di quartiere",
        """
{ORG} - turni pulizia
Giorno | Volontario | Tel.
Lunedì | {N} | {L}
Giovedì | {N} | {L}
Sabato | {N} | {L}
Temperatura {K:reading}. {E}
""",
    ),
]
