"""Renderers: each turns a list of filled content lines into one genre's layout (markers still inside)."""

from . import negs
from . import values as V
from .compose import wrap_caption


def _date(doc):
    r = doc.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    return (
        ("%d/%d/%d" % (m, d, r.choice((2024, 2025))))
        if doc.region == "US"
        else "%02d.%02d.%d" % (d, m, r.choice((2024, 2025)))
    )


def _clock(doc):
    r = doc.rng
    return "%02d:%02d" % (r.randint(7, 21), r.randint(0, 59))


def voicemail(doc, lines, pos):
    L, r = doc.T.LAB, doc.rng
    mins = "%d:%02d" % (r.randint(0, 2), r.randint(3, 59))
    doc.negs.append(("vm_length", mins))
    head = "%s · %s %s · %s %s" % (L["vm"][0], _date(doc), _clock(doc), L["vm"][2], mins)
    if pos and r.random() < 0.5:
        frm = doc.phone(mode=r.choice(("international", "national")))[0]
    else:
        frm = L["unknown"]
    body = " ".join(x[:1].upper() + x[1:] if x else x for x in lines)
    out = [head, "%s: %s" % (L["vm"][1], frm), "", L["vm"][3] + ":", body]
    if r.random() < 0.4:
        c = doc.neg("asr_conf")
        out.append("[%s %s]" % (L["vm"][4], c))
    if pos and r.random() < 0.3:
        mk = doc.phone(kind="mobile", list_entry=True)[0]
        out += [
            "",
            L["vcard"] + ":",
            "BEGIN:VCARD",
            "VERSION:3.0",
            "FN:" + doc.fake.name(),
            "TEL;TYPE=CELL:" + mk,
            "END:VCARD",
        ]
    return "\n".join(out) + "\n"


def callnote(doc, lines, pos):
    L, r = doc.T.LAB, doc.rng
    c = L["crm"]
    out = [
        "%s: %s" % (c[0], doc.neg("call_id")),
        "%s: %s" % (c[1], doc.fake.name()),
        "%s: %s" % (c[2], r.choice((c[3], c[4]))),
        "%s: %s" % (c[5], doc.neg("call_duration")),
        "",
        c[6] + ":",
    ]
    out += ["- " + x[:1].upper() + x[1:] for x in lines]
    out += ["", "%s: %s" % (c[7], r.choice(("RES", "CB", "ESC", "INFO")) + "-%02d" % r.randint(1, 40))]
    if pos and r.random() < 0.4:
        out += ["", L["log"]]
        for _ in range(r.randint(2, 4)):
            d = "20%d-%02d-%02d" % (r.choice((24, 25)), r.randint(1, 12), r.randint(1, 28))
            dur = doc.neg("call_duration") if r.random() < 0.5 else negs.hms(r)
            out.append(
                "%s | %s | %s | %s | %s | %s"
                % (
                    d,
                    _clock(doc),
                    doc.fake.last_name(),
                    r.choice(("in", "out")),
                    doc.phone(list_entry=True)[0],
                    dur,
                )
            )
    return "\n".join(out) + "\n"


def meeting(doc, lines, pos):
    L, r = doc.T.LAB, doc.rng
    out = [r.choice(L["meet"]) + " – " + _date(doc), ""]
    if pos and r.random() < 0.35:
        ppl = []
        for _ in range(r.randint(2, 3)):
            if r.random() < 0.7:
                ppl.append("%s (%s)" % (doc.fake.name(), doc.phone(list_entry=True)[0]))
            else:
                ppl.append(doc.fake.name())
        out += ["%s: %s" % (L["parts"], ", ".join(ppl)), ""]
    names = [doc.fake.first_name() for _ in range(3)]
    t = r.randint(5, 600)
    style = r.random()
    for x in lines:
        t += r.randint(4, 190)
        ts = "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)
        doc.negs.append(("transcript_ts", ts))
        who = r.choice(names)
        if style < 0.5:
            out.append("[%s] %s: %s" % (ts, who, x))
        else:
            out += ["%s  %s" % (who, ts), x, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def subtitle(doc, lines, pos):
    r = doc.rng
    vtt = r.random() < 0.45
    out, t = (["WEBVTT", ""] if vtt else []), r.randint(1000, 900000)
    cues = []
    for x in lines:
        cues.append(x)
        if r.random() < 0.2:
            cues.append(r.choice(doc.T.LAB["sub"]))
    for i, x in enumerate(cues, 1):
        t += r.randint(200, 3000)
        tm, t = (negs.vtt_time if vtt else negs.srt_time)(r, t)
        doc.negs.append(("vtt_time" if vtt else "srt_time", tm))
        if vtt:
            out += [tm + (r.choice(("", " align:start position:10%", " line:85%"))), wrap_caption(doc, x), ""]
        else:
            doc.negs.append(("cue_index", str(i)))
            out += [str(i), tm, wrap_caption(doc, x), ""]
    return "\n".join(out)


def dictation(doc, lines, pos):
    L, r = doc.T.LAB, doc.rng
    out = ["%s · %s · %s" % (L["dict"], doc.fake.name(), _date(doc)), ""]
    para = []
    for x in lines:
        x = x.rstrip(".")
        for w in L["punct"][1:2]:
            if x.endswith(" " + w):
                x = x[: -len(w) - 1]
        para.append(x)
        if r.random() < 0.35:
            out.append((" " + L["punct"][1] + " ").join(para) + " " + L["punct"][1] + " " + L["punct"][2])
            para = []
    if para:
        out.append((" " + L["punct"][1] + " ").join(para))
    return "\n".join(out) + "\n"


def phonein(doc, lines, pos):
    L, r = doc.T.LAB, doc.rng
    p, c = L["radio"][0], L["radio"][1]
    out = ["%s — %s" % (_clock(doc), doc.fake.name()), ""]
    town = doc.area[0] if doc.area else r.choice(V.AREAS[doc.nat_region])[0]
    who = "%s (%s, %s)" % (c, doc.fake.first_name(), town)
    for i, x in enumerate(lines):
        out.append("%s: %s" % (p if i % 2 == 0 else who, x))
        if r.random() < 0.2:
            out.append(r.choice(L["radio"][2:]))
    return "\n".join(out) + "\n"


def leaflet(doc, lines, pos):
    L, r = doc.T.LAB, doc.rng
    out = ["[%s – %s %d]" % (L["leaf"][0], L["leaf"][1], r.randint(1, 9)), ""]
    out += lines
    if pos and r.random() < 0.45:
        out += ["", L["leaf"][2] + ":"]
        for _ in range(r.randint(2, 4)):
            out.append("• %s · %s" % (doc.fake.company(), doc.phone(list_entry=True)[0]))
    return "\n\n".join(out[:2]) + "\n".join(out[2:]) + "\n"


def ivr(doc, lines, pos):
    L, r = doc.T.LAB, doc.rng
    ver = "%d.%d" % (r.randint(1, 6), r.randint(0, 9))
    out = ["%s %s – %s: %s" % (L["ivr"][1], ver, L["ivr"][2], doc.fake.first_name()), ""]
    for i, x in enumerate(lines, 1):
        out.append('%s %s.%d: "%s"' % (L["ivr"][0], ver.split(".")[0], i, x))
    return "\n".join(out) + "\n"


RENDER = {
    "voicemail": voicemail,
    "callnote": callnote,
    "meeting": meeting,
    "subtitle": subtitle,
    "dictation": dictation,
    "phonein": phonein,
    "leaflet": leaflet,
    "ivr": ivr,
}
