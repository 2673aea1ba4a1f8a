"""Machine-made documents for v3: CSV/TSV exports, vCards, markdown tables, JSON snippets and log lines.

Each builder returns a template string (rendered like any other, see v3_render) with a random number
of rows; column headers are in the document's language.
"""

from __future__ import annotations

HEAD = {  # name, phone, mobile, e-mail, joined, landline, area code
    "en": ("name", "phone", "mobile", "email", "joined", "landline", "area_code"),
    "de": ("Name", "Telefon", "Mobil", "E-Mail", "Eintritt", "Festnetz", "Vorwahl"),
    "fr": ("nom", "telephone", "portable", "courriel", "adhesion", "fixe", "indicatif"),
    "es": ("nombre", "telefono", "movil", "correo", "alta", "fijo", "prefijo"),
    "it": ("nome", "telefono", "cellulare", "email", "iscrizione", "fisso", "prefisso"),
    "nl": ("naam", "telefoon", "mobiel", "e-mail", "lid_sinds", "vast", "netnummer"),
    "pt": ("nome", "telefone", "celular", "email", "entrada", "fixo", "ddd"),
}
LOCAL_OK = ("en_US", "en_GB", "en_IN", "de_DE", "nl_NL", "pt_BR")


def csv_members(rng, loc: str, lang: str) -> str:
    h = HEAD[lang]
    sep = ";" if lang in ("de", "fr", "es", "it", "nl", "pt") and rng.random() < 0.7 else ","
    rows = [sep.join(["id", h[0], h[1], h[3], h[4]])]
    for _ in range(rng.randrange(2, 5)):
        phone = rng.choice(["{tel:n}", "{tel:e}", "{tel:mi}", "{tel:mn}", "{tel}"])
        mail = "{xmail}" if rng.random() < 0.25 else ""
        rows.append(sep.join([f"M{rng.randrange(1, 999):03d}", "{xname}", phone, mail, '"{date}"']))
    return "\n".join(rows)


def csv_phone_tree(rng, loc: str, lang: str) -> str:
    h = HEAD[lang]
    rows = [",".join([h[0], h[6], h[5], h[2]])]
    for _ in range(rng.randrange(3, 5)):
        mobile = "{tel:mn}" if rng.random() < 0.3 else ""
        rows.append(",".join(["{xname}", "{area}", "{lst}", mobile]))
    return "\n".join(rows)


def tsv_payroll_us(rng, loc: str, lang: str) -> str:
    rows = ["emp_id\tname\tssn\tstate\tdate_of_birth"]
    for _ in range(rng.randrange(2, 5)):
        state = rng.choice(["CA", "NY", "TX", "WA", "IL"])
        rows.append(f"E{rng.randrange(100, 9999)}\t{{xname}}\t{{ssn}}\t{state}\t{{dob}}")
    return "\n".join(rows)


def tsv_bank(rng, loc: str, lang: str) -> str:
    h = HEAD[lang]
    rows = ["\t".join([h[0], "IBAN", "BIC", "ref"])]
    for _ in range(rng.randrange(2, 4)):
        rows.append("\t".join(["{xname}", rng.choice(["{iban}", "{iban:c}"]), "{bic}", "{invoice}"]))
    return "\n".join(rows)


def csv_payments(rng, loc: str, lang: str) -> str:
    rows = ["txn_id,card_number,exp,amount,status"]
    for _ in range(rng.randrange(2, 4)):
        exp = f"{rng.randrange(1, 13):02d}/{rng.randrange(25, 31)}"
        rows.append(
            f'T{rng.randrange(1000, 9999)},{{card}},{exp},"{{price}}",'
            f"{rng.choice(['captured', 'declined', 'refunded', 'pending'])}"
        )
    return "\n".join(rows)


def vcard(rng, loc: str, lang: str) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:{name}",
        "N:{last};{first};;;",
        "ORG:{co}",
        "TEL;TYPE=CELL:" + rng.choice(["{tel:e}", "{tel:mi}", "{tel:mn}"]),
        "TEL;TYPE=WORK,VOICE:" + rng.choice(["{tel:fi}", "{tel:fn}", "{tel:e}"]),
    ]
    if rng.random() < 0.4:
        lines.pop()
    if rng.random() < 0.4:
        lines.append("TEL;TYPE=FAX:{tel:fi}")
    lines += [
        "EMAIL;TYPE=INTERNET:{mailco}",
        "ADR;TYPE=WORK:;;{street};{city};;;",
        "REV:{timestamp}",
        "END:VCARD",
    ]
    return "\n".join(lines)


def md_oncall(rng, loc: str, lang: str) -> str:
    h = HEAD[lang]
    with_mail = rng.random() < 0.25
    rows = [
        f"| week | {h[0]} | {h[2]} |" + (f" {h[3]} |" if with_mail else ""),
        "|---|---|---|" + ("---|" if with_mail else ""),
    ]
    for w in range(1, rng.randrange(3, 5)):
        phone = rng.choice(["{tel:m}", "{tel:mi}"])
        rows.append(f"| {w} | {{xname}} | {phone} |" + (" {xmail} |" if with_mail else ""))
    return "## On-call rota\n\n" + "\n".join(rows)


def md_local(rng, loc: str, lang: str) -> str:
    h = HEAD[lang]
    rows = [f"| {h[0]} | {h[5]} ({{area}}) |", "|:--|--:|"]
    for _ in range(rng.randrange(3, 5)):
        rows.append("| {xname} | {lst} |")
    return "\n".join(rows)


def json_order(rng, loc: str, lang: str) -> str:
    ip = rng.choice(['"{ip4}"', '"{ip6}"', '"{ip}"'])
    return (
        '{{"order_id": "{order}", "created": "{timestamp}", "customer": {{"name": "{name}", '
        '"phone": "'
        + rng.choice(["{tel:e}", "{tel:n}", "{tel:mi}"])
        + '"'
        + (', "email": "{mail}"' if rng.random() < 0.5 else "")
        + "}}, "
        '"client_ip": ' + ip + ', "total": "{price}", "items": ' + str(rng.randrange(1, 6)) + "}}"
    )


def json_signup(rng, loc: str, lang: str) -> str:
    return (
        '{{\n  "event": "signup",\n  "ts": {epoch},\n  "user": {{\n    "email": "{mail}",\n'
        '    "mobile": "{tel:e}"\n  }},\n  "remote_addr": "{ip}",\n  "app_version": "{version}"\n}}'
    )


def log_lines(rng, loc: str, lang: str) -> str:
    choices = [
        "{stamp} sshd[{smallnum}]: Failed password for invalid user admin from {ip4} port {extension} ssh2",
        '{ip4} - - [{stamp}] "GET /api/orders/{smallnum} HTTP/1.1" 200 {extension}',
        "{stamp} INFO auth: login ok user={mail} src={ip}",
        "{stamp} WARN ratelimit: client {ip6} exceeded {smallnum} req/min",
        "{stamp} INFO upstream {ip4}:{extension} healthy ({smallnum} ms)",
        "{stamp} INFO sms sent to {tel:e} template=otp status=delivered",
        "[{stamp}] ERROR smtp: bounce for {xmail} (mailbox full)",
        "{stamp} INFO firewall: allow tcp [{ip6}]:{extension} -> dst port 443",
    ]
    quiet = [
        "{stamp} DEBUG request_id={hexhash} took {smallnum}ms",
        "{stamp} INFO gc pause {smallnum} ms",
        "{stamp} INFO cache warmed, {smallnum} keys, rev {hexhash}",
        "{stamp} INFO deploy {version} ok",
    ]
    picked = rng.sample(choices, rng.randrange(1, 4)) + rng.sample(quiet, rng.randrange(1, 3))
    rng.shuffle(picked)
    return "\n".join(picked)


def neg_csv_orders(rng, loc: str, lang: str) -> str:
    rows = ["order_ref,sku,qty,unit_price,shipped"]
    for _ in range(rng.randrange(3, 7)):
        rows.append(f'{{invoice}},{{sku}},{rng.randrange(1, 20)},"{{price}}","{{date}}"')
    return "\n".join(rows)


def neg_log(rng, loc: str, lang: str) -> str:
    lines = [
        "{stamp} INFO scheduler: job {hexhash} finished in {smallnum} ms",
        "{stamp} WARN disk /var at {percent}",
        "{stamp} INFO deploy: version {version} rolled out to {smallnum} pods",
        "{stamp} INFO cache hit ratio {percent} (n={smallnum})",
        "{stamp} ERROR payment gateway timeout order id {order} after {smallnum} ms",
        "{stamp} INFO device {mac} joined, fw {version}",
    ]
    return "\n".join(rng.sample(lines, rng.randrange(3, 6)))


def neg_json_product(rng, loc: str, lang: str) -> str:
    return (
        '{{"sku": "{sku}", "ean": "{ean}", "name": "Kettle {smallnum}", "price": "{price}", '
        '"weight": "{weight}", "updated": "{timestamp}", "rev": "{hexhash}"}}'
    )


def neg_md_timetable(rng, loc: str, lang: str) -> str:
    rows = ["| train | dep | arr | platform |", "|---|---|---|---|"]
    for _ in range(rng.randrange(3, 6)):
        rows.append("| {train} | {clock} | {clock:big} | {platform} |")
    return "\n".join(rows)


def builders(loc: str, positive: bool):
    """(doctype, builder) pairs that suit this locale."""
    if not positive:
        return [
            ("csv", neg_csv_orders),
            ("log", neg_log),
            ("json", neg_json_product),
            ("mdtable", neg_md_timetable),
        ]
    out = [
        ("csv", csv_members),
        ("vcard", vcard),
        ("mdtable", md_oncall),
        ("json", json_order),
        ("json", json_signup),
        ("log", log_lines),
        ("tsv", tsv_bank),
        ("csv", csv_payments),
    ]
    if loc in LOCAL_OK:
        out += [("csv", csv_phone_tree), ("mdtable", md_local)]
    if loc == "en_US":
        out += [("tsv", tsv_payroll_us)]
    return out
