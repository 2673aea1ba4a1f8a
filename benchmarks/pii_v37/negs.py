"""Hard negatives of v37 (numbers that developers write beside phones) and the screens they pass."""

import ipaddress
import re

import phonenumbers as pn

HEX = "0123456789abcdef"


def _d(rng, k, first="123456789"):
    return rng.choice(first) + "".join(str(rng.randrange(10)) for _ in range(k - 1))


def _h(rng, k):
    return "".join(rng.choice(HEX) for _ in range(k))


def _digitish_sha(rng, k):
    # mostly digits, as short hashes sometimes are
    return "".join(rng.choice("0123456789" * 4 + "abcdef") for _ in range(k))


GEN = {
    "short-sha": lambda r: _digitish_sha(r, 7),
    "full-sha": lambda r: _h(r, 40),
    "semver": lambda r: (
        f"{r.randrange(0, 30)}.{r.randrange(0, 40)}.{r.randrange(0, 120)}"
        + r.choice(["", "-rc.2", "-beta.1", "+build.7"])
    ),
    "port": lambda r: f"localhost:{r.choice([3000, 5432, 6379, 8080, 8443, 9200, 27017, 5173, 11434])}",
    "uuid": lambda r: f"{_h(r, 8)}-{_h(r, 4)}-4{_h(r, 3)}-{r.choice('89ab')}{_h(r, 3)}-{_h(r, 12)}",
    "issue-ref": lambda r: f"#{_d(r, r.choice([4, 5]))}",
    "ci-run-id": lambda r: _d(r, 10, "6789") + f"/job/{_d(r, 11, '123')}",
    "epoch-s": lambda r: "17" + _d(r, 8, "0123"),
    "epoch-ms": lambda r: "17" + _d(r, 11, "0123"),
    "iso-ts": lambda r: (
        f"20{r.randrange(19, 26)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T"
        f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(1000):03d}Z"
    ),
    "line-col": lambda r: (
        f"{r.choice(['app.py', 'index.js', 'Main.java', 'utils.ts'])}:{r.randrange(10, 4000)}:"
        f"{r.randrange(1, 80)}"
    ),
    "hex-addr": lambda r: "0x7f" + _h(r, 10),
    "underscore-lit": lambda r: f"{r.randrange(1, 999)}_{r.randrange(1000):03d}_{r.randrange(1000):03d}",
    "float-const": lambda r: f"{r.randrange(1, 10)}.{_d(r, 9, '0123456789')}",
    "duration-ms": lambda r: f"{r.randrange(1, 9999)}.{r.randrange(100):02d} ms",
    "bytes": lambda r: f"{r.choice([65536, 1048576, 4194304, 16777216, 134217728, 536870912])} bytes",
    "image-digest": lambda r: "sha256:" + _h(r, 64),
    "pin-version": lambda r: (
        r.choice(["numpy", "pandas", "requests", "torch", "django"])
        + f"=={r.randrange(1, 5)}.{r.randrange(0, 30)}.{r.randrange(0, 12)}"
    ),
    "content-length": lambda r: f"Content-Length: {r.randrange(100, 99999)}",
    "pid": lambda r: f"pid={r.randrange(1000, 4194304)}",
    "jira-key": lambda r: f"{r.choice(['CORE', 'WEB', 'OPS', 'PAY', 'I18N'])}-{r.randrange(100, 99999)}",
    "cve": lambda r: f"CVE-20{r.randrange(18, 25)}-{_d(r, r.choice([4, 5]))}",
    "seed": lambda r: (
        f"seed={r.choice(['20', '19'])}{r.randrange(10, 26)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
    ),
    "df-shape": lambda r: f"[{r.randrange(1000, 9999999)} rows x {r.randrange(2, 40)} columns]",
    "crc32": lambda r: f"crc32={_d(r, 10, '1234')}",
    "build-number": lambda r: (
        f"20{r.randrange(20, 26)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}.{r.randrange(1, 30)}"
    ),
    "version-code": lambda r: f"versionCode {r.randrange(1, 9)}0{r.randrange(10, 99)}0{r.randrange(10, 99)}",
    "serial-uid": lambda r: f"serialVersionUID = {_d(r, 19, '123456789')}L",
    "auto-increment": lambda r: f"AUTO_INCREMENT={r.randrange(1000, 9999999)}",
    "codepoint": lambda r: f"U+{r.choice(['1F600', '1F4DE', '260E', '00E9', '20AC', '0939'])}",
    "hex-colour": lambda r: "#" + _h(r, 6),
    "lat-lon": lambda r: f"{r.uniform(-60, 60):.6f}, {r.uniform(-120, 120):.6f}",
    "tensor-shape": lambda r: (
        f"torch.Size([{r.choice([8, 16, 32, 64])}, {r.choice([128, 512, 1024])}, "
        f"{r.choice([768, 1024, 4096])}])"
    ),
    "cron": lambda r: f"{r.randrange(0, 60)} {r.randrange(0, 24)} * * {r.choice(['1-5', '0', '*'])}",
    "chmod": lambda r: r.choice(["chmod 0755", "chmod 0644", "chmod 0600", "umask 0022"]),
    "object-hash": lambda r: r.choice(["Customer", "Order", "Session"]) + "@" + _h(r, 8),
    "maven-coord": lambda r: (
        f"org.{r.choice(['apache', 'example', 'acme'])}:{r.choice(['core', 'http', 'i18n'])}:"
        f"{r.randrange(1, 9)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}"
    ),
    "css-breakpoint": lambda r: f"@media (max-width: {r.choice([480, 768, 1024, 1280, 1440])}px)",
    "po-ref": lambda r: (
        f"#: {r.choice(['src/views/checkout.py', 'app/forms.py', 'lib/ui.js'])}:{r.randrange(10, 3000)}"
    ),
    "tz-offset": lambda r: r.choice(["UTC+05:30", "UTC-03:00", "+01:00", "UTC+02:00", "-05:00"]),
    "npm-summary": lambda r: f"added {r.randrange(100, 2500)} packages in {r.randrange(3, 99)}s",
    "k8s-resource": lambda r: (
        f"memory: {r.choice([256, 512, 1024, 2048])}Mi, cpu: {r.choice([100, 250, 500])}m"
    ),
    "invoice-no": lambda r: f"INV-20{r.randrange(20, 26)}-{r.randrange(0, 999999):06d}",
    "postal-code": lambda r: r.choice(
        [
            _d(r, 5, "1234567"),
            f"{_d(r, 4)} {r.choice(['EZ', 'AB', 'KL'])}",
            f"{_d(r, 5, '0123')}-{r.randrange(1000):03d}",
        ]
    ),
    "knuth-const": lambda r: r.choice(["0x9E3779B9", "2654435761", "0xDEADBEEF", "0xCAFEBABE", "1103515245"]),
    "embedding": lambda r: "[" + ", ".join(f"{r.uniform(-1, 1):.4f}" for _ in range(4)) + ", ...]",
    "page-params": lambda r: f"?page={r.randrange(1, 300)}&per_page={r.choice([25, 50, 100])}",
    "exit-code": lambda r: f"exit code {r.choice([1, 2, 127, 137, 139, 143])}",
    "coverage": lambda r: (
        f"{r.randrange(40, 100)}.{r.randrange(10)}% "
        f"({r.randrange(1000, 20000)}/{r.randrange(20000, 30000)} lines)"
    ),
}

# IPv4 shapes, IPv6, e-mail, Luhn runs, mod-97 IBANs, SSN shapes
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
_SSN = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def luhn(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    t = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in t)) % 97 == 1
    except ValueError:
        return False


def guard_hits(text):
    hits = []
    for m in _IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append(("ip4", m.group()))
        except ValueError:
            pass
    for m in _IPV6.finditer(text):
        if m.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(m.group())
                hits.append(("ip6", m.group()))
            except ValueError:
                pass
    hits += [("email", m.group()) for m in _EMAIL.finditer(text)]
    for m in _RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            hits.append(("luhn", m.group()))
    hits += [("iban", m.group()) for m in _IBAN.finditer(text) if iban_ok(m.group())]
    hits += [("ssn", m.group()) for m in _SSN.finditer(text)]
    return hits


def phone_hits(text, regions):
    hits = []
    for reg in regions:
        for m in pn.PhoneNumberMatcher(text, reg, leniency=pn.Leniency.VALID):
            hits.append((reg, m.raw_string))
    return hits


def value_dirty(value, regions):
    if guard_hits(value):
        return True
    for reg in regions:
        try:
            if pn.is_valid_number(pn.parse(value, reg)):
                return True
        except pn.NumberParseException:
            pass
    return bool(phone_hits(value, regions))


def draw_clean(rng, kind, regions, stats):
    for _ in range(200):
        v = GEN[kind](rng)
        if not value_dirty(v, regions):
            return v
        stats["value_redraws"] += 1
    stats["kind_fallbacks"] += 1
    return None
