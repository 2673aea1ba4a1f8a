"""Structured-text positive templates (config, SQL, HTML, headers, commits) for held-out set v4."""

STRUCT = [
    (
        "yaml",
        "# contacts.yaml - generated {date}\nsupport:\n  owner: {who}\n  email: {E:org}\n  phone: "
        '"{P:intl}"\n  fallback_phone: "{P:nat}"\nservice:\n  version: {N:version}\n  bind: {IP4}\n'
        "  port: 8443",
    ),
    (
        "ini",
        "[notify]\nsmtp_user = {E:org}\nsms_to = {P:intl}\nretry = {n}\n\n[network]\nlisten = "
        "{IP6}\ngateway = {IP4}\nbuild = {N:hash}",
    ),
    (
        "sql",
        "INSERT INTO customers (id, full_name, email, phone, created) VALUES\n  ({nn}{n}, "
        "'{who}', '{E}', '{P:nat}', '{date}');\n-- dumped by pg_dump {N:version}",
    ),
    (
        "html",
        '<footer class="site-footer">\n  <p>{org} &middot; {street}</p>\n  <p>Tel: <a href="tel:'
        '{P:intl}">call us</a></p>\n  <p><a href="mailto:{E:org}">Write to us</a></p>\n</footer>',
    ),
    (
        "headers",
        "Received: from mail.{nn}.example ({IP4}) by mx.{nn}.example with ESMTPS"
        "\nDate: {date} {time}\nFrom: {who} <{E}>\nSubject: re: flat viewing\nX-Originating-IP: "
        "[{IP4}]",
    ),
    (
        "git",
        "commit {N:hash}\nAuthor: {who} <{E}>\nDate:   {date}\n\n    Fix fallback SMS sender\n\n"
        "    The fallback number was hardcoded as {P:intl}; move it to config.\n    Refs #{nn}{n}, "
        "bump to {N:version}.",
    ),
    (
        "vcal-like",
        "SUMMARY:Choir practice\nLOCATION:{org} hall\nDTSTART:{year}0{n}1{n}T190000\nDESCRIPTION:Can't"
        " make it? Ring {name} on {P:loc}.\nORGANIZER:mailto:{E}",
    ),
    (
        "form-dump",
        "field[name]={who}\nfield[card]={CC}\nfield[exp]=0{n}/2{n}\nfield[phone]={P:mob}\n"
        "field[ip]={IP4}\nfield[order]={N:order}",
    ),
    (
        "python-config",
        'ADMINS = [("{who}", "{E:org}")]\nALERT_SMS = "{P:intl}"\nALLOWED_HOSTS = ["{IP4}", '
        '"{IP6}"]\nRELEASE = "{N:version}"',
    ),
]

NEG_EN = [
    (
        "minutes",
        "Minutes, finance sub-committee, {date}\nBudget line {N:part} overspent by {N:price}. "
        "Invoice {N:invoice} queried; PO {N:order}. Vote: {N:score} in favour. Next review "
        "{date}, room {N:room}.",
    ),
    (
        "police",
        "Crime ref {N:case}. Vehicle {N:plate} (VIN {N:vin}) recovered at {time} near grid ref "
        "{N:coord}. Property tag {N:lot}; officer {N:member}.",
    ),
    (
        "obituary",
        "{who} ({N:years}) was a founding member of the {org} choir. Funeral at {time} on {date}; "
        "reading {N:verse}. Plot {N:room}, row {n}.",
    ),
    (
        "bankstmt",
        "Statement period {date} to {date}\nCard {N:maskcard}  IBAN {N:maskiban}\nSort code "
        "{N:sort}  Routing {N:routing}\nOpening balance {N:price}  Closing {N:price}",
    ),
    (
        "shipping",
        "Your parcel {N:tracking} left the depot at {time}. Parcel ID {N:parcel}. Weight "
        "{N:measure}. Serial of enclosed item: {N:serial}. IMEI (as declared) {N:imei}.",
    ),
    (
        "giftcard",
        "Gift card no. {N:giftcard} (PIN on the back) - balance {N:price}. Voucher batch {N:lot}. "
        "Store no. {nn}, till {n}.",
    ),
    (
        "citation",
        "{last}, {first} ({year}). Field notes on clocks. pp. {N:pages}. doi:{N:doi}. ISBN {N:isbn}.",
    ),
    (
        "release",
        "Release {N:version} ({date})\n- build {N:hash}\n- firmware OID shipped as v{N:badip}\n- "
        "request id {N:uuid}\n- benchmark: {N:duration} for {N:qty} runs",
    ),
    (
        "school",
        "Student ID {N:student}, exam seat {N:seat}, candidate no. {N:member}. Paper {n} of {n}, "
        "duration {N:duration}. Locker code {n}{n}{n}.",
    ),
    (
        "travel",
        "Flight {N:flight} gate {N:gate} boarding {time}. Seat {N:seat}. Booking ref {N:lot}. "
        "Passport no. {N:passport}. Connection {N:train} at {time}.",
    ),
    (
        "tax",
        "Tax ref {N:taxref}. Company no. {N:company}, VAT {N:vat}. ITIN-format test record "
        "{N:badssn} (not an SSN). Account {N:account}.",
    ),
    (
        "maths",
        "Puzzle: 555 + 1234 = 1789, and 0800 - 800 = 0. What is 12 345 x 6? Answer on page {nn}.",
    ),
    (
        "stats",
        "Season {N:years}\nGames  W  D  L  Pts\n{nn}     {nn} {n}  {n}  {nn}\nAttendance {N:qty}"
        " {N:qty} {N:qty}\nTop score {N:score}",
    ),
    (
        "recall",
        "RECALL: lot {N:lot}, part no. {N:part}, NDC {N:ndc}. Bank ref {N:badiban} (retired "
        "format, do not pay). BIC {N:bic}.",
    ),
]
