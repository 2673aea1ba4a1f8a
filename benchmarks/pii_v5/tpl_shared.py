"""Templates shared by every locale: translation-memory exports and English-language tech genres."""

TM_TARGET = {
    "de": (
        "de-DE",
        "Für Buchungen rufen Sie {again} an.",
        "Bestellung {neg:order} wird am {neg:date} versandt.",
    ),
    "fr": ("fr-FR", "Pour réserver, appelez le {again}.", "La commande {neg:order} part le {neg:date}."),
    "es": ("es-ES", "Para reservas llame al {again}.", "El pedido {neg:order} sale el {neg:date}."),
    "it": ("it-IT", "Per prenotazioni chiamate lo {again}.", "L'ordine {neg:order} parte il {neg:date}."),
    "nl": ("nl-NL", "Bel voor reserveringen {again}.", "Bestelling {neg:order} wordt {neg:date} verzonden."),
    "pt": ("pt-BR", "Para reservas, ligue para {again}.", "O pedido {neg:order} sai em {neg:date}."),
    "en": ("en-GB", "To book, ring {again}.", "Order {neg:order} leaves on {neg:date}."),
}


def tm_templates(lang):
    code, seg, seg2 = TM_TARGET[lang]
    tmx = f"""<tu tuid="{{n:1000-99999}}" creationdate="{{neg:timestamp}}" usagecount="{{n:1-40}}">
  <tuv xml:lang="en-US"><seg>For bookings call {{loc}}.</seg></tuv>
  <tuv xml:lang="{code}"><seg>{seg}</seg></tuv>
</tu>
<tu tuid="{{n:1000-99999}}">
  <tuv xml:lang="en-US"><seg>Order {{neg:order}} ships on {{neg:date}}.</seg></tuv>
  <tuv xml:lang="{code}"><seg>{seg2}</seg></tuv>
</tu>"""
    xliff = f"""<trans-unit id="contact.{{n:10-99}}" approved="yes">
  <source>Questions? Email {{email:role}} or phone {{loc}}.</source>
  <target xml:lang="{code}">{{pick:Tel.|tel.|Tél.|Tfno.|Fone}} {{again}}</target>
  <note>{{neg:version}}; do not translate {{neg:sku}}</note>
</trans-unit>"""
    return [tmx, xliff]


SHARED = {
    "hackathon_readme": [
        """# {pick:TeamByte|QuietHands|OpenGrain|BusStopBuddy} ({town} hackathon {n:2019-2025})

Built in {n:24-48} hours. Demo server `{ip4}:{n:3000-9000}`{pick: and `{ip6}`|}.

```
pip install -r requirements.txt   # Python 3.{n:9-12}
python app.py --port {n:5000-5999}
```
Release {neg:version}, {neg:hash}.

## Team
- {p1}: {email:p1}
- {p2}: {email:p2}, {nat}""",
    ],
    "mod_changelog": [
        """## {neg:version} ({date})
- Fixed desync on servers with more than {n:8-64} players ({neg:hash})
- Dedicated server now binds to {ip} by default
- Balance: {pick:stone walls|archers|ore yield} {neg:percent}
Thanks {p1:f}!{pick: Bug reports to {email:p1}|}""",
    ],
    "citizen_science": [
        """Station log {town}-{n:1-99} ({neg:coordinates}); uplink {ip4}
{date} {neg:time} rain {neg:measurement}, temp {neg:temperature}
{date} {neg:time} rain {neg:measurement}, note: {pick:sensor cleaned|logger reboot|snow}
Observer {p1}{pick: <{email:p1}>|}""",
    ],
    "conf_badge": [
        """+----------------------+
 {p1:f}
 {p1:l}
 {org}
 {pick:SPEAKER|STAFF|PRESS|ATTENDEE}
+----------------------+
{neg:serial} · {pick:{email:p1}|{intl}} · {nat}""",
    ],
}


def shared_templates(lang):
    out = dict(SHARED)
    out["tm_export"] = tm_templates(lang)
    return out
