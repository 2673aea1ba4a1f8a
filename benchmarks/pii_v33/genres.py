"""The ten genres of v33, each a function of the context returning template lines (see lex_a for markers)."""


def _pick(c, key, k=1):
    lst = c.L[key]
    return c.rng.sample(lst, min(k, len(lst)))


def _addr(c):
    return (
        ["{street}", "{pc} {city}"]
        if c.region not in ("US", "GB", "IN", "AU", "IE", "BR")
        else ["{street}", "{city} {pc}"]
    )


def directory(c):
    rng, L = c.rng, c.L
    out = [_pick(c, "dir_head")[0], ""]
    for _ in range(rng.randint(1, 2)):
        c.new_company()
        cat = rng.choice(L["cats"])
        block = ["{co} – " + cat, "{street} · {pc} {city}"]
        phone = rng.choice(
            [
                "%s: {P:nat:fix}" % L["tel"],
                "%s {P:nat:any} · %s {P:nat:mob}" % (L["tel"], L["mob"]),
                "☎ {P:intl:fix}",
                "%s: {P:nat:any}" % L["tel"],
            ]
        )
        block.append(phone)
        block.append("%s: Mo–Fr 8–17" % L["hours"] if c.lang == "de" else "%s: 08:00–17:00" % L["hours"])
        block += _pick(c, "dir_extra", rng.randint(1, 2))
        out += [
            line.replace("{co}", c.fields["co"])
            .replace("{street}", c.fields["street"])
            .replace("{pc}", c.fields["pc"])
            for line in block
        ] + ["—"]
    if not c.neg and rng.random() < 0.5:
        out.append("")
        for _ in range(rng.randint(2, 3)):
            c.new_company()
            out.append(c.fields["co"] + " " + "." * rng.randint(6, 14) + " {P:list:fix}")
    if rng.random() < 0.3:
        out.append(_pick(c, "svc")[0])
    return out


def vcard(c):
    rng, L = c.rng, c.L
    out = [_pick(c, "post")[0] if rng.random() < 0.5 else "", "```"]
    if c.neg or rng.random() < 0.6:
        out += [
            "BEGIN:VCARD",
            "VERSION:%s" % rng.choice(["3.0", "4.0"]),
            "FN:{name}",
            "ORG:{co};" + L["cats"][0],
            "TEL;TYPE=cell:{P:intl:mob}",
            rng.choice(["TEL;TYPE=work,voice:{P:nat:fix}", "TEL;VALUE=uri;TYPE=work:tel:{P:intl:fix}"]),
            "EMAIL;TYPE=INTERNET:{EMAIL:personal}",
            "ADR;TYPE=work:;;{street};{city};;{pc};",
            "UID:urn:uuid:{N:uuid4}",
            "REV:{N:iso_ts}",
            "END:VCARD",
        ]
    else:
        out.append("Name,Organization,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Value,Notes")
        for _ in range(rng.randint(2, 4)):
            c.new_company()
            f = c.fields
            mail = "{EMAIL:personal}" if rng.random() < 0.4 else ""
            out.append(
                '%s,%s,%s,{P:list:any},%s,"%s {N:customer_no}"'
                % (f["name"], f["co"], rng.choice(["Mobile", "Work", "Main"]), mail, L["cat"])
            )
    out += ["```", _pick(c, "post_end")[0]]
    return out


def webpage(c):
    rng, L = c.rng, c.L
    out = [_pick(c, "nav")[0], "", "{co} – " + rng.choice(L["cats"]), _pick(c, "web_body")[0], ""]
    out += [
        rng.choice(["tel:{P:intl:any}", "%s {P:nat:any}" % L["tel"], "%s: {P:nat:fix}" % L["tel"]]),
        "%s: {EMAIL:role}" % L["mail"],
        "{street}, {pc} {city}",
        "",
    ]
    if rng.random() < 0.4:
        out.append(_pick(c, "svc")[0])
    out += _pick(c, "footer", 2) + ["", _pick(c, "cookie")[0]]
    if rng.random() < 0.45:
        out.append(
            rng.choice(
                [
                    "Your IP: {IP:v4} · Ray ID: {N:githash}",
                    "IP {IP:v6} · {N:iso_ts}",
                    "Client {IP:v4} · req {N:uuid4}",
                ]
            )
        )
    return out


def config(c):
    rng = c.rng
    out = [_pick(c, "post")[0], "```"]
    style = rng.choice(["json", "yaml", "xml", "log", "env"])
    if style == "json":
        out += [
            "{",
            '  "contact": {',
            '    "name": "{name}",',
            '    "tel": "{P:intl:any}",',
            '    "email": "{EMAIL:personal}"',
            "  },",
            '  "device_id": "{N:uuid4}",',
            '  "mac": "{N:mac}",',
            '  "last_seen": {N:epoch},',
            '  "server": "{IP:v4}"',
            "}",
        ]
    elif style == "yaml":
        out += [
            "support:",
            '  phone: "{P:nat:any}"',
            "  fallback_phone: '{P:intl:mob}'",
            "  email: {EMAIL:role}",
            "upstream:",
            "  host: {IP:v4-private}",
            "  ports: [{N:port_pair}]",
            "build: {N:githash}",
        ]
    elif style == "xml":
        out += [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<customer id="{N:customer_no}">',
            "  <name>{name}</name>",
            '  <phone type="mobile">{P:intl:mob}</phone>',
            '  <phone type="landline">{P:nat:fix}</phone>',
            "  <gln>{N:ean13}</gln>",
            "</customer>",
        ]
    elif style == "log":
        out += [
            "{N:iso_ts} INFO  [sms-gw] {N:pid} send to={P:intl:mob} status=queued",
            '{N:iso_ts} WARN  [http] {IP:v4} "{N:http_log}"',
            "{N:iso_ts} DEBUG [auth] session={N:githash} client={IP:v6}",
        ]
    else:
        out += [
            "APP_ENV=production",
            "SUPPORT_PHONE={P:intl:any}",
            "SMTP_FROM={EMAIL:role}",
            "DB_HOST={IP:v4-private}",
            "RELEASE={N:semver}",
            "TRACE_ID={N:uuid4}",
        ]
    out += ["```", _pick(c, "post_end")[0]]
    return out


def product(c):
    rng, L = c.rng, c.L
    lab = rng.sample(
        [
            ("EAN", "ean13"),
            ("UPC", "upca"),
            ("ISBN", "isbn13"),
            ("ISBN-10", "isbn10"),
            ("GTIN", "gtin14"),
            ("SKU", "sku"),
            ("Model", "model"),
            ("S/N", "serial"),
            ("IMEI", "imei"),
            ("ASIN", "asin"),
            ("VIN", "vin"),
            ("ISSN", "issn"),
            ("MAC", "mac"),
        ],
        4,
    )
    out = ["{co} " + rng.choice(L["cats"]) + " – {N:model}", ""]
    out += ["%s: {N:%s}" % (a, b) for a, b in lab]
    out += _pick(c, "product", 2) + [""] + _pick(c, "seller", rng.randint(1, 2))
    return out


def order(c):
    rng = c.rng
    out = (
        [_pick(c, "order_hi")[0], ""]
        + _pick(c, "order_body", 2)
        + [""]
        + _pick(c, "order_help", rng.randint(1, 2))
    )
    if rng.random() < 0.3:
        out.append(_pick(c, "svc")[0])
    out += ["", "—", "{co} · {street} · {pc} {city}"]
    return out


def invoice(c):
    rng, L = c.rng, c.L
    out = [_pick(c, "inv_head")[0], "{co}", "{street}", "{pc} {city}", "%s {P:nat:fix}" % L["tel"], ""]
    out += _pick(c, "inv_lines", 3)
    out += ["", "1 × {N:model} ........ 49,90", "1 × {N:sku} ........ 12,00", ""]
    if rng.random() < 0.7:
        out.append(_pick(c, "inv_pay")[0])
    if rng.random() < 0.3:
        out.append("%s: {EMAIL:role}" % L["mail"])
    return out


def timetable(c):
    rng = c.rng
    out = [_pick(c, "tt_head")[0], ""]
    for _ in range(rng.randint(3, 5)):
        c.fields["stop"] = rng.choice(
            [
                "Market Square",
                "Hauptbahnhof",
                "Gare Routière",
                "Plaza Mayor",
                "Piazza Garibaldi",
                "Stationsplein",
                "Terminal",
                "Bus Stand",
                "Old Harbour",
            ]
        )
        out.append(_pick(c, "tt_row")[0].replace("{stop}", c.fields["stop"]))
    out += [""] + _pick(c, "tt_info", rng.randint(1, 2))
    return out


def notify(c):
    rng = c.rng
    out = []
    for s in _pick(c, "sms", rng.choice([1, 2, 2])):
        out += [
            "%s · %02d:%02d"
            % (
                rng.choice(
                    ["DPD", "PostNL", "Correios", "CTT", "BRT", "Delhivery", "INFO", "VERIFY", "Praxis"]
                ),
                rng.randint(7, 21),
                rng.randint(0, 59),
            ),
            s,
            "",
        ]
    return out


def address(c):
    rng, L = c.rng, c.L
    out = [_pick(c, "addr_head")[0], "{name}", "{street}", "{pc} {city}"]
    out.append(rng.choice(["%s: {P:nat:mob}" % L["mob"], "%s {P:intl:any}" % L["tel"], "phone={P:intl:any}"]))
    out += ["", "{N:tracking} · {N:gps}", ""]
    if not c.neg and rng.random() < 0.5:
        out += ["| %s | %s |" % ("Name", L["tel"]), "|---|---|"]
        for _ in range(rng.randint(2, 3)):
            c.new_company()
            out.append("| %s | {P:list:any} |" % c.fields["name"])
    return out


GENRE_FUNCS = {
    f.__name__: f
    for f in [directory, vcard, webpage, config, product, order, invoice, timetable, notify, address]
}
