"""Value generators for the v24 hard-negative kinds (negs.LABELS)."""


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _d(rng, n - 1)


def _date_iso(rng):
    return "20%02d-%02d-%02d" % (rng.randint(18, 25), rng.randint(1, 12), rng.randint(1, 28))


def _hm(rng):
    return "%02d:%02d" % (rng.randint(6, 22), rng.choice((0, 5, 10, 12, 15, 20, 30, 35, 40, 45, 50)))


GEN = {
    "rail_pnr": lambda r: r.choice((_nz(r, 10), _nz(r, 3) + "-" + _d(r, 7))),
    "train_seat": lambda r: (
        "%s %s, %s %d, %s %d"
        % (
            r.choice(("ICE", "IC", "TGV", "AVE", "Frecciarossa")),
            _nz(r, 4),
            "Wg.",
            r.randint(1, 14),
            "Pl.",
            r.randint(11, 118),
        )
    ),
    "flight": lambda r: (
        "%s %s %s" % (r.choice(("LH", "BA", "AF", "IB", "AZ", "KL", "LA", "AI")), _nz(r, 4), _hm(r))
    ),
    "hotel_conf": lambda r: r.choice((_nz(r, 10), _nz(r, 4) + " " + _d(r, 4) + " " + _d(r, 2))),
    "bag_tag": lambda r: r.choice(("LH", "BA", "KL", "AZ")) + " " + _d(r, 6),
    "car_rental": lambda r: "RA " + _d(r, 4) + " " + _d(r, 4) + " " + _d(r, 2),
    "ferry": lambda r: "F-" + _nz(r, 4) + "-" + _d(r, 4),
    "thread_id": lambda r: "#" + _nz(r, 8),
    "member_id": lambda r: r.choice((_nz(r, 3) + " " + _d(r, 4), _d(r, 2) + " " + _d(r, 5))),
    "forum_ts": lambda r: _date_iso(r) + " " + _hm(r) + ":" + _d(r, 1) + _d(r, 1),
    "error_code": lambda r: (
        "0x"
        + r.choice(("8007", "8024", "C000", "8004"))
        + "".join(r.choice("0123456789ABCDEF") for _ in range(4))
    ),
    "model_no": lambda r: (
        r.choice(("KGN", "WM", "SMV", "HBG")) + _d(r, 2) + r.choice(("VLEB", "N2G0", "XI")) + " " + _d(r, 2)
    ),
    "firmware": lambda r: "v%d.%d build %s" % (r.randint(1, 9), r.randint(0, 30), _nz(r, 8)),
    "port": lambda r: (
        "%d/tcp, %d/udp" % (r.choice((8080, 8443, 3389, 5060, 51820)), r.choice((1194, 5353, 3478)))
    ),
    "rx_no": lambda r: _nz(r, 4) + " " + _d(r, 4) + " " + _d(r, 2),
    "appt_ref": lambda r: "APT-%d-%s" % (r.randint(2022, 2025), _d(r, 5)),
    "insured_no": lambda r: r.choice("ABHKMNRT") + " " + _nz(r, 3) + " " + _d(r, 3) + " " + _d(r, 3),
    "dosage": lambda r: "%d x %d mg" % (r.randint(1, 3), r.choice((250, 400, 500, 1000))),
    "glucose": lambda r: (
        " / ".join("%d,%d" % (r.randint(4, 9), r.randint(0, 9)) for _ in range(3)) + " mmol/l"
    ),
    "vitals": lambda r: (
        "RR %d/%d, HF %d, SpO2 %d %%"
        % (r.randint(105, 150), r.randint(60, 95), r.randint(55, 98), r.randint(93, 99))
    ),
    "ward_bed": lambda r: "%d%s / %d" % (r.randint(1, 9), r.choice("ABC"), r.randint(1, 30)),
    "doctor_no": lambda r: r.choice((_nz(r, 7), _nz(r, 7) + " " + _d(r, 2), _nz(r, 5) + "-" + _d(r, 6))),
    "tenancy_ref": lambda r: "TEN/%d/%s" % (r.randint(2015, 2025), _d(r, 5)),
    "key_no": lambda r: "%s-%s-%d" % (_nz(r, 4), _d(r, 2), r.randint(1, 9)),
    "flat_no": lambda r: "%d.%02d" % (r.randint(1, 9), r.randint(1, 24)),
    "council_ref": lambda r: _nz(r, 4) + " " + _d(r, 4) + " " + _d(r, 2),
    "bin_tag": lambda r: "BN " + _nz(r, 3) + " " + _d(r, 3),
    "parking_bay": lambda r: "%d (-%d)" % (r.randint(1, 250), r.randint(1, 3)),
    "library_card": lambda r: "2 " + _d(r, 4) + " " + _d(r, 5) + " " + _d(r, 4),
    "bus_stop": lambda r: _nz(r, 2) + " " + _d(r, 3) + " " + _d(r, 3),
    "raffle": lambda r: (lambda a: "%04d-%04d" % (a, a + r.randint(5, 80)))(r.randint(1, 900)),
    "score": lambda r: "%d:%d (%d:%d)" % (r.randint(2, 5), r.randint(0, 1), r.randint(1, 2), r.randint(0, 1)),
    "call_len": lambda r: "00:%02d:%02d" % (r.randint(1, 59), r.randint(0, 59)),
    "call_id": lambda r: _date_iso(r).replace("-", "") + "-" + _d(r, 4) + "-" + _d(r, 2),
    "complaint": lambda r: "C-" + _nz(r, 3) + " " + _d(r, 4) + " " + _d(r, 1),
    "rma": lambda r: _nz(r, 4) + " " + _d(r, 4),
    "wifi": lambda r: "Guest_%s / %s" % (_nz(r, 4), _nz(r, 8)),
    "door_code": lambda r: _nz(r, 4) + r.choice(("#", "*", "")),
    "odometer": lambda r: "%d %03d km" % (r.randint(11, 240), r.randint(0, 999)),
    "population": lambda r: "%d %03d %03d" % (r.randint(1, 12), r.randint(0, 999), r.randint(0, 999)),
    "years": lambda r: (lambda a: "%d-%d" % (a, a + r.randint(2, 9)))(r.randint(1960, 2015)),
    "timetable": lambda r: (
        lambda m: " · ".join("%02d:%02d" % (h, m) for h in range(r.randint(6, 9), 12, 1))
    )(r.randint(0, 59)),
    "grid_ref": lambda r: r.choice(("TQ", "SU", "32U", "33T", "31N")) + " " + _nz(r, 5) + " " + _nz(r, 5),
    "altitude": lambda r: "%d %03d m" % (r.randint(1, 3), r.randint(0, 999)),
    "pension_no": lambda r: (
        "%02d %02d%02d%02d %s %03d"
        % (
            r.randint(10, 99),
            r.randint(1, 28),
            r.randint(1, 12),
            r.randint(40, 99),
            r.choice("ABKMSW"),
            r.randint(0, 999),
        )
    ),
    "consumer_no": lambda r: _nz(r, 4) + " " + _d(r, 4) + " " + _d(r, 4),
    "protocol": lambda r: "%d%s" % (r.randint(2022, 2025), _d(r, 10)),
    "benefit_no": lambda r: _nz(r, 3) + "D" + _d(r, 6),
    "erx": lambda r: _nz(r, 4) + "A" + _d(r, 10),
    "club_no": lambda r: _d(r, 2) + "/" + _nz(r, 5),
    "frame_no": lambda r: "WBK " + _nz(r, 4) + " " + _d(r, 4) + " " + r.choice("ABCDEFGH"),
    "energy_cert": lambda r: "DE-%d-%s" % (r.randint(2014, 2025), _d(r, 9)),
    "verse": lambda r: (
        "%s %d,%d-%d"
        % (r.choice(("Joh", "Mt", "Lk", "Ps")), r.randint(1, 21), r.randint(1, 20), r.randint(21, 40))
    ),
    "law": lambda r: "§ %d Abs. %d" % (r.randint(100, 999), r.randint(1, 4)),
    "file_size": lambda r: "%d %03d KB" % (r.randint(1, 99), r.randint(0, 999)),
    "temps": lambda r: "%d °C / %d °C" % (r.randint(-5, 5), r.randint(10, 25)),
    "lotto": lambda r: " - ".join(str(x) for x in sorted(r.sample(range(1, 50), 6))),
    "queue_no": lambda r: r.choice("ABCDE") + " " + _nz(r, 3),
    "vaccine": lambda r: r.choice(("FK", "EW", "AB")) + _d(r, 4) + " / " + str(r.randint(1, 4)),
}
