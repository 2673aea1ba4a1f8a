"""Genres where network addresses turn up naturally, plus US forms that carry SSNs."""

from __future__ import annotations

from benchmarks.pii_v7.genre import G

TECH = [
    G(
        "smarthome-uebergabe",
        "de_DE",
        "Elektro {S} GmbH|Smart Wohnen {T}",
        """
{ORG} - Übergabeprotokoll Smart Home
Kunde {N}. Zentrale {IP}, IPv6 {IP6}
{K:version}. Garantie bis {D}
Störungen: {P} oder {ER}
""",
    ),
    G(
        "conference-av-sheet",
        "en_GB",
        "{T} Conference Centre|The Corn Exchange, {T}",
        """
{ORG} - AV sheet, {K:room}
Lectern PC {IP}; projector {IP}. Day rate {M}, card guarantee {CC}
Technician {N} on {P}
Organiser {N}, {E}
""",
    ),
    G(
        "fiche-videosurveillance",
        "fr_FR",
        "{S} Sécurité|Alarme {T}",
        """
{ORG} - fiche d'installation vidéosurveillance
Client {N}. Enregistreur {IP}, caméra parking {IP}
Accès distant {IP6}. {K:serial}
Technicien {P} ; astreinte 24 h/24
""",
    ),
    G(
        "informe-tpv",
        "es_ES",
        "{S} Sistemas TPV|Comercio {S}",
        """
{ORG} - parte de instalación del TPV
Terminal {K:serial} en {IP}, pasarela {IP}
Prueba con tarjeta {CC}, importe {M}
Técnico {N}: {P}. Soporte {ER}
""",
    ),
    G(
        "scheda-totem-farmacia",
        "it_IT",
        "Farmacia {S}|Digital Signage {T}",
        """
{ORG} - scheda manutenzione totem
Totem vetrina {IP}; IPv6 {IP6}
Intervento {D}, {K:ticket}
Tecnico {N}, cell. {P}
""",
    ),
    G(
        "roentgen-werkplek-overdracht",
        "nl_NL",
        "Tandartspraktijk {S}|Mondzorg {T}",
        """
{ORG} - overdracht röntgenwerkplek
Sensor-pc {IP}, NAS {IP}. {K:serial}
Leverancier {N}: {P}. Storingen {ER}
""",
    ),
    G(
        "visita-tecnica-provedor",
        "pt_BR",
        "{T} Fibra|NetCasa Internet",
        """
{ORG} - relatório de visita técnica
Cliente {N}. ONU {IP}, roteador {IP}, IPv6 {IP6}
{K:contract}. Taxa {M} no cartão {CC}
Técnico {N}: {P}. Central {PO}
""",
    ),
    G(
        "melkrobot-servicerapport",
        "nl_NL",
        "Melktechniek {S}|Agri Service {T}",
        """
{ORG} - servicerapport melkrobot
Robot {K:serial} op {IP}; managementpc {IP}
Bezoek {D}, {H}. Monteur {N}: {P}
Storing? {PL}
""",
    ),
    G(
        "museum-kiosk-card",
        "en_US",
        "{T} Children's Museum|Museum of {T} History",
        """
{ORG} - kiosk maintenance card
Kiosk 3 {IP}; content server {IP6}
Serviced {D} by {N}, {P}. {K:inventory}
""",
    ),
    G(
        "new-hire-packet",
        "en_US",
        "{S} Hardware|{T} Family Dental",
        """
{ORG} - new hire packet
Employee {N}, SSN {SSN}. Start date {D}
Emergency contact {N}: {P}
Direct deposit: {K:routing}, {K:contract}
HR questions {ER}; payroll {PO}
""",
    ),
    G(
        "daycare-enrollment",
        "en_US",
        "Little Acorns Daycare|{T} Early Learning",
        """
{ORG} - enrollment form
Child {N}, born {D}. Parent 1 {N}, SSN {SSN}, cell {P}
Parent 2 {N}, SSN {SSN}, work {P}
Tuition {M}/week, autopay {CC}. {PL}
""",
    ),
    G(
        "credit-counseling-intake",
        "en_US",
        "{T} Credit Counseling|Consumer Debt Help of {T}",
        """
{ORG} - intake
Client {N}, SSN {SSN}
Phone {P}; e-mail {E}
Monthly income {M}; {K:account_no}
{PL}
""",
    ),
]
