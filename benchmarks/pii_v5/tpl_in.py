"""Hindi/English (Hinglish) positive templates for en_IN."""

T = {
    "rwa_notice": [
        """{pick:Sector|Block|Pocket} {n:1-60} RWA — NOTICE
Sabhi residents ko suchit kiya jata hai ki water tank cleaning {date} ko hogi; {neg:time} tak supply band rahegi.
Maintenance {neg:price} pending hai, {neg:date} tak jama karein. Parking sticker ({neg:plate}) gate par milega.
Shikayat ke liye secretary {p1} se {ctx} {loc}, ya email {email:p1}.""",
        """{town} Residents' Welfare Association
Lift AMC renew ho gaya ({neg:invoice}). Generator diesel {neg:measurement} refill.
Plumber ka number chahiye? {pick:Society office|Estate office}: {ctx} {loc}. Guard room ka intercom {n:100-199} hai. Bijli complaint toll-free: {svc}.""",
    ],
    "tiffin_menu": [
        """{pick:Annapurna|Ghar Ka Khana|Maa ki Rasoi|Swad} Tiffin Service, {town}
Mon: rajma chawal · Tue: kadhi pakoda · Wed: {pick:paneer bhurji|aloo gobi|chole}
Monthly plan {neg:price}, half plan {neg:price}.
Order ke liye {ctx} {loc} ya WhatsApp {mob}. Delivery {neg:hours}.""",
    ],
    "puja_committee": [
        """{pick:Durga Puja|Ganesh Utsav|Chhath} Committee {n:2023-2025}, {town}
Volunteer contact list (phone numbers, local):
{rows:2-3:task}
Chanda receipt book {neg:lot}. Bhog {neg:time} se. Pandal {neg:coordinates}.""",
    ],
    "coaching_timetable": [
        """{pick:Excel|Toppers|Vidya|Disha} Coaching Classes — batch timings
JEE Main batch: {neg:time}, room {n:1-9}
NEET batch: {neg:time}
Fees {neg:price} (EMI bhi available). Scholarship helpline {svc}. Admission enquiry: {ctx} {loc} / {mob}
Test series result: {neg:percent} students ne {n:90-99} percentile cross kiya.""",
    ],
    "kirana_board": [
        """{pick:Sharma|Gupta|Agarwal|Patel} General Store — home delivery
Atta {neg:measurement} {neg:price} · Toor dal {neg:price} · Stock: {neg:stock}
Order likhwane ke liye {ctx} {loc}. Khata wale customers ka hisaab {neg:date} ko.
UPI se payment karein; GST {neg:vat}.""",
    ],
    "pg_hostel_rules": [
        """{pick:Shree|Sai|Krishna} PG for {pick:Boys|Girls}, {town} — rules
Gate band {neg:time} ke baad. Rent {neg:price} har mahine {n:1-7} tareekh tak.
Wi-Fi router {ip4}, password warden se lein. Room {n:1-40} ka AC service {neg:date}.
Warden {p1}: {ctx} {loc}; emergency {mob}.""",
    ],
}
