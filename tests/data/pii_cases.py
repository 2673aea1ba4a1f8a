"""A labelled PII set: (text, [(kind, the exact PII substring), ...]). Hard negatives included:
dates, order numbers, maths, versions, prices, failing checksums. Card/IBAN numbers are the
published test numbers; nothing here is a real person's data."""

POSITIVE = [
    ("Contact me at jane.doe@example.com for details.", [("EMAIL", "jane.doe@example.com")]),
    ("Write to JOHN_SMITH+news@mail.co.uk today", [("EMAIL", "JOHN_SMITH+news@mail.co.uk")]),
    ("reach jane . doe @ example . com please", [("EMAIL", "jane . doe @ example . com")]),
    ("address: jane[at]example[dot]org", [("EMAIL", "jane[at]example[dot]org")]),
    ("ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ is fullwidth", [("EMAIL", "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ")]),
    ("Call +1 (415) 555-2671 after 5pm", [("PHONE", "+1 (415) 555-2671")]),
    ("UK office: +44 20 7946 0958.", [("PHONE", "+44 20 7946 0958")]),
    ("mobile 06 12 34 56 78 (France)", [("PHONE", "06 12 34 56 78")]),
    ("ring (555) 123-4567", [("PHONE", "(555) 123-4567")]),
    ("Tel: 0049 30 901820 00", [("PHONE", "0049 30 901820 00")]),
    ("phone 555.867.5309 ok", [("PHONE", "555.867.5309")]),
    ("Arabic digits ٠٦ ١٢ ٣٤ ٥٦ ٧٨ too", [("PHONE", "٠٦ ١٢ ٣٤ ٥٦ ٧٨")]),
    ("Visa 4111 1111 1111 1111 exp 12/29", [("CREDIT_CARD", "4111 1111 1111 1111")]),
    ("card=5500-0000-0000-0004", [("CREDIT_CARD", "5500-0000-0000-0004")]),
    ("amex 378282246310005", [("CREDIT_CARD", "378282246310005")]),
    ("dots 4111.1111.1111.1111 here", [("CREDIT_CARD", "4111.1111.1111.1111")]),
    ("fullwidth ４１１１１１１１１１１１１１１１", [("CREDIT_CARD", "４１１１１１１１１１１１１１１１")]),
    ("IBAN GB82 WEST 1234 5698 7654 32 please", [("IBAN", "GB82 WEST 1234 5698 7654 32")]),
    ("pay DE89370400440532013000", [("IBAN", "DE89370400440532013000")]),
    ("FR14 2004 1010 0505 0001 3M02 606 is mine", [("IBAN", "FR14 2004 1010 0505 0001 3M02 606")]),
    ("server at 192.168.10.254 is down", [("IP_ADDRESS", "192.168.10.254")]),
    (
        "v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 up",
        [("IP_ADDRESS", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")],
    ),
    ("short v6 2001:db8::1 ok", [("IP_ADDRESS", "2001:db8::1")]),
    ("SSN 123-45-6789 on file", [("US_SSN", "123-45-6789")]),
    ("ssn 123 45 6789", [("US_SSN", "123 45 6789")]),
    ("ssn ١٢٣-٤٥-٦٧٨٩ (arabic-indic)", [("US_SSN", "١٢٣-٤٥-٦٧٨٩")]),
    ("aws key AKIAIOSFODNN7EXAMPLE leaked", [("SECRET", "AKIAIOSFODNN7EXAMPLE")]),
    (
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc",
        [("SECRET", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc")],
    ),
    (
        "token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB",
        [("SECRET", "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB")],
    ),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
        [("SECRET", "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----")],
    ),
    (
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        [("SECRET", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    ),
    ("mail a@b.io and call +33 1 23 45 67 89", [("EMAIL", "a@b.io"), ("PHONE", "+33 1 23 45 67 89")]),
]

NEGATIVE = [
    "Natalia sold clips to 48 of her friends in April, and then half as many in May.",
    "What is 123456789 + 987654321?",
    "12+34=46 and 1234567890 is a big number",
    "The meeting is on 2024-03-15 at 10:30.",
    "Order #4111-1111-1111-1112 failed the checksum",
    "Version 1.2.3.4.5 released; see v2.0",
    "price 3@4.5 each, total $1,234.56",
    "user@localhost is not an address on the internet",
    "ratio 1:2:3:4 and time 12:30:45",
    "IP-like 999.300.1.1 is not valid",
    "SSN-like 000-12-3456 and 666-12-3456 are never issued",
    "GB00WEST12345698765432 fails mod 97",
    "In 1999 the population was 6,000,000,000.",
    "Call me maybe, at noon.",
    "the answer is \\boxed{1234567}",
    "coordinates 45.4215 -75.6972",
    "ISBN 978-3-16-148410-0",
    "sk is a prefix; sk-short is too short",
]


def phone_covers(text: str, value: str) -> bool:
    """Whether `value` (its first occurrence in `text`) lies inside a PHONE span."""
    from reasonrl.data.filters.pii import detect_pii

    start = text.index(value)
    end = start + len(value)
    return any(s.kind == "PHONE" and s.start <= start and end <= s.end for s in detect_pii(text))


def phone_touches(text: str, value: str) -> bool:
    """Whether any PHONE span overlaps `value` (its first occurrence in `text`)."""
    from reasonrl.data.filters.pii import detect_pii

    start = text.index(value)
    end = start + len(value)
    return any(s.kind == "PHONE" and s.start < end and start < s.end for s in detect_pii(text))


# Version 42 lowered the learned reading's thresholds (0.05, and 0.02 for a number the rules call a
# phone: on leave one writer out the most writers meet issue 24's goals there); it takes these
# hard negatives (version 43 keeps them). Strict: a version that refuses one again turns it into a
# failure to be updated.
LOWER_BAR = "the lower thresholds (version 42 on) take it (a precision cost, see pii_learned.md)"
# Version 53 reads phone words farther off in a number's paragraph (lexfar=: up to 160 characters
# before it, across sentences); a bare number after a sentence that named a phone word is taken
# ("Questions? Ring ... Barzahlung. 51806.": P 0.113 against 0.1; versions 42-47 took it, 52 did
# not). Strict: a version that refuses it again turns it into a failure to be updated.
FAR_WORDS = "version 53's far window reads a phone word a sentence before (a precision cost, pii_learned.md)"
# Version 55 (trained on v2-v101) scores two negatives 53 refused just over its 0.1: "Call volume:
# 125000 calls per day" 0.118 (53: 0.086) and the meeting id after a dial-in number 0.122 (53: 0.098)
# (version 56: 0.125 and 0.133)
OVER_BAR_55 = "version 55 scores it just over 0.1 (53 refused it; a precision cost, pii_learned.md)"
# Version 56 (trained on v2-v109) scores a maths line's ten-digit run just over its 0.1: "12+34=46
# and 1234567890 is a big number" 0.114 (55: 0.071; versions 45-47 took it at their 0.05)
OVER_BAR_56 = "version 56 scores it 0.114, just over 0.1 (55 refused it; a precision cost, pii_learned.md)"
