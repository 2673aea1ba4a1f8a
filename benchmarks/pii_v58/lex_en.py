"""English (and Hindi) text for v58: small manufacturing and workshops. Slots: {P} phone, {PM} mobile,
{PI} international, {PO} toll-free/shared-cost, {L} local number, {T} town, {NM} name, {E} role e-mail,
{EP} personal e-mail, {C} card, {I} IBAN, {IP} IP address, {S} US SSN, {N:kind} hard negative."""

EN = {
    "rota": (
        [
            "Shift rota – press shop",
            "Rota for the finishing line",
            "Weekend cover sheet",
            "Night shift swaps",
        ],
        [
            "If you can't make your shift, text {NM} on {PM} before 05:30, not after.",
            "Swaps must be agreed with the chargehand; {NM} is covering "
            "earlies this week and can be reached on {P}.",
            "Holiday requests go to {E} by Thursday noon.",
            "Anyone on the late shift who needs a lift home, ring {NM} ({PM}) and we'll sort it.",
            "Agency staff report to the gatehouse; the agency duty line is {PO}.",
            "New starters: bring your P45 and the form with your SSN ({S}) filled in to the office.",
        ],
        [
            "Earlies run {N:shift_time}, lates the mirror. Clock "
            "number {N:clock_no} goes on every timesheet.",
            "Week {N:week_no}: the line is down to two crews while the press is serviced.",
            "Forklift {N:forklift_no} is booked out for the whole shift; use the hand pallet truck.",
            "Please clock in with your own card ({N:clock_no}), not your mate's.",
        ],
    ),
    "maintlog": (
        [
            "Maintenance log – CNC bay",
            "Planned maintenance record",
            "Breakdown log, line 2",
            "Compressor service notes",
        ],
        [
            "Hydraulic leak on the brake press again. Called the service tech on {P}; he'll be here by ten.",
            "Spindle bearing noise reported by {NM}. Machine builder's hotline {PO} logged it.",
            "Controller lost its network settings; reset to {IP} and it reconnected to the DNC server.",
            "Parts ordered from the distributor, tracked by {EP}; the van driver rang from {PM}.",
            "Out-of-hours breakdowns: the engineer's mobile is {PM}, the depot is {P}.",
        ],
        [
            "Spindle ran at {N:spindle_rpm} for the warm-up, hour meter now {N:hour_meter}.",
            "Oil topped up with {N:oil_grade}; air supply steady at {N:pressure}.",
            "Fault {N:plc_fault} cleared after the door switch was replaced on machine {N:serial_machine}.",
            "Last block before the crash was {N:gcode}; program reloaded from the master copy.",
            "Extinguisher by the booth checked: {N:extinguisher}.",
        ],
    ),
    "supplier": (
        [
            "Supplier call sheet",
            "Call notes – steel stockholder",
            "Purchasing: calls this week",
            "Vendor phone log",
        ],
        [
            "Rang {NM} at the stockholder on {P} about the late sheet delivery; promised for Friday.",
            "Their accounts team asked for remittance to {E}, bank details for the transfer: {I}.",
            "Quote chased by phone ({PI}), the German mill still hasn't confirmed the date.",
            "Paid the deposit on the company card {C}; receipt forwarded to {EP}.",
            "For urgent orders they now want us to call the trade counter on {P} rather than e-mail.",
            "Freight forwarder's number for the customs query: {PI}.",
        ],
        [
            "Order {N:po_no} part-shipped, delivery note {N:delivery_note}.",
            "Tariff code on the invoice should be {N:hs_code}, not the one they used.",
            "Gross weight on the pallet label {N:weight}; barcode {N:ean13}.",
            "Part {N:part_no} from lot {N:lot_no} is the one we need more of.",
        ],
    ),
    "qareport": (
        [
            "Quality report – non-conformance",
            "Incoming inspection summary",
            "Customer complaint follow-up",
            "Weekly QA notes",
        ],
        [
            "Customer's quality engineer {NM} wants a call back on {P} before the 8D is sent.",
            "Photos of the scratched panels went to {EP}.",
            "Calibration lab booked the gauges in; their service desk is {PO}.",
            "CMM results uploaded to the share on {IP}.",
            "Escalated to their plant in Spain, contact number {PI}.",
        ],
        [
            "{N:ncr_no} raised against drawing {N:drawing_no}; bore measured {N:tolerance}.",
            "Worst deviation on the CMM: {N:cmm_dev}. Sampling to {N:aql}, running at {N:ppm}.",
            "Gauge certificate {N:calib_cert} expires next month.",
            "Weld procedure checked against {N:standard_ref}.",
        ],
    ),
    "printjob": (
        ["Job ticket – litho", "Print shop order", "Proof sign-off", "Digital press job sheet"],
        [
            "Client wants to approve the proof by phone; {NM} is on {PM} after four.",
            "Artwork comes in from {E}; any question on bleed, ring the studio on {P}.",
            "Deposit taken over the phone on card {C}.",
            "Send the PDF proof to {EP} and print to the queue on {IP}.",
            "If the courier can't find us, they ring {P} or the shop mobile {PM}.",
        ],
        [
            "Run of {N:print_run} on {N:paper_spec}, spot colour {N:pantone}.",
            "Black built as {N:cmyk}; files supplied at {N:bleed_dpi}.",
            "Press counter reads {N:impressions} after this job.",
            "Booklet carries ISBN {N:isbn}; check it against the back-cover barcode.",
        ],
    ),
    "joinery": (
        ["Joinery quote", "Site fitting notes – kitchen", "Workshop order: sash windows", "Staircase survey"],
        [
            "Customer {NM} prefers a call on {PM}; landline {P} only in the evenings.",
            "Timber merchant rang back from {P}: oak in stock, delivery Tuesday.",
            "Deposit of 30 % paid by card {C}; balance by bank transfer to {I}.",
            "Drawings e-mailed to {EP} for sign-off.",
            "Glazing supplier's trade line is {PO}.",
        ],
        [
            "Carcass panels cut {N:timber_size}, moisture content {N:moisture}.",
            "Finish sanded to {N:grit}, lacquer to spec; fire rating per {N:standard_ref}.",
            "New blade on the panel saw: {N:saw_blade}.",
            "Hinge holes to drawing {N:drawing_no}, fixings {N:thread}.",
        ],
    ),
    "goodsin": (
        ["Goods-in record", "Dispatch note", "Stores: receiving log", "Despatch checklist"],
        [
            "Haulier's driver called from {PM} – running late, ETA 14:30.",
            "Damage on arrival reported to the carrier claims line {PO}.",
            "Copy of the signed note to {E}.",
            "Booking-in for the Dutch customer: their warehouse is on {PI}.",
        ],
        [
            "Received {N:delivery_note} against {N:po_no}; two cartons short.",
            "Pallet weight {N:weight}, customs code {N:hs_code}.",
            "EAN on the outer case {N:ean13}; lot {N:lot_no}.",
        ],
    ),
    "toolroom": (
        ["Toolroom job card", "Press tool repair request", "Mould change log", "Jig and fixture request"],
        [
            "Toolmaker {NM} is on {PM} if the die needs looking at over the weekend.",
            "Grinding subcontractor quoted over the phone ({P}); confirmation to follow from {E}.",
            "Robot cell controller at {IP} needs its offsets re-taught after the change.",
            "Spares for the hot runner ordered from Italy, call {PI} for the status.",
        ],
        [
            "Cycle time after the change {N:cycle_time}, clamp torque {N:torque}.",
            "Insert part {N:part_no}, re-cut to {N:tolerance}.",
            "Heater zone set {N:oven_temp}; check again at shift change.",
        ],
    ),
    "safety": (
        ["Toolbox talk record", "Safety walk findings", "Near-miss report", "Fire drill notes"],
        [
            "First aiders this month: {NM} (ext. on the board) and the site mobile {PM}.",
            "Report near misses to the H&S adviser on {P} or at {E}.",
            "Extraction contractor's emergency callout number {PO}.",
        ],
        [
            "Extinguishers serviced: {N:extinguisher}. Forklift {N:forklift_no} failed its daily check.",
            "Paint oven reached {N:oven_temp} during the test; guard interlock fault {N:plc_fault}.",
            "Airline pressure found at {N:pressure}; regulator reset.",
        ],
    ),
}

# local numbers announced in English (US, GB, IN documents)
LOCAL_EN = [
    "Calling from a {T} landline? The stores counter is just {L}.",
    "Our {T} workshop answers on {L} – no area code needed from inside town.",
    "Local to {T}, dial {L} for the office and {L} for the yard.",
    "{T} (local call)\nWorkshop: {L}",
    '"Just ring {L}," she said, "everyone in {T} does."',
    "Customers in the {T} area can reach the trade counter on {L} (local rate, no code).",
    "Night foreman, {T} site: {L}. From elsewhere add the code.",
    "In town? The paint shop is {L}; the joinery next door is {L}. Both {T} numbers.",
    "Remark: {T} callers only need the short number, {L}.",
    "Short dial for the {T} plant – {L}.",
]
LIST_HEADS_EN = [
    "Shop-floor contacts",
    "Call list",
    "Phone sheet",
    "Key holders",
    "Who's on call",
    "Numbers for the notice board",
]
LABELS_EN = [
    "Foreman",
    "Stores",
    "Maintenance",
    "QA",
    "Office",
    "Despatch",
    "Night cover",
    "Toolroom",
    "Buyer",
    "Site mobile",
]

HI = {
    "rota": (
        ["शिफ्ट रोस्टर – प्रेस शॉप", "नाइट शिफ्ट बदलाव"],
        [
            "शिफ्ट पर न आ सकें तो सुबह 5 बजे से पहले {NM} को {PM} पर मैसेज करें।",
            "छुट्टी की अर्ज़ी {E} पर भेजें, या सुपरवाइज़र से {P} पर बात करें।",
            "ठेकेदार के मज़दूरों के लिए एजेंसी की हेल्पलाइन {PO} है।",
        ],
        [
            "सुबह की शिफ्ट {N:shift_time} तक, हर टाइमशीट पर क्लॉक नंबर {N:clock_no} लिखें।",
            "हफ़्ता {N:week_no}: प्रेस की सर्विस के कारण सिर्फ़ दो टीमें।",
        ],
    ),
    "maintlog": (
        ["मेंटेनेंस लॉग – CNC", "ब्रेकडाउन रजिस्टर"],
        [
            "हाइड्रॉलिक लीक फिर से; सर्विस इंजीनियर को {P} पर फ़ोन किया।",
            "कंट्रोलर का IP {IP} पर सेट करके दोबारा जोड़ा गया।",
            "रात में मशीन बंद हो तो {NM} का मोबाइल {PM} है।",
        ],
        [
            "वार्म-अप में स्पिंडल {N:spindle_rpm}, आवर मीटर अब {N:hour_meter}।",
            "तेल {N:oil_grade} डाला गया, हवा का दबाव {N:pressure}।",
            "मशीन {N:serial_machine} पर फ़ॉल्ट {N:plc_fault} ठीक किया गया।",
        ],
    ),
    "supplier": (
        ["सप्लायर कॉल शीट", "ख़रीद विभाग – फ़ोन नोट्स"],
        [
            "स्टील सप्लायर के {NM} से {P} पर बात हुई, शुक्रवार तक माल आएगा।",
            "जर्मनी वाली मिल का नंबर {PI} है, तारीख़ अभी तय नहीं।",
            "बिल की कॉपी {EP} पर भेज दी गई।",
        ],
        [
            "ऑर्डर {N:po_no} का आधा माल आया, डिलीवरी नोट {N:delivery_note}।",
            "पार्ट {N:part_no}, लॉट {N:lot_no} – यही चाहिए।",
        ],
    ),
    "qareport": (
        ["क्वालिटी रिपोर्ट", "ग्राहक शिकायत फ़ॉलो-अप"],
        [
            "ग्राहक के क्वालिटी इंजीनियर {NM} चाहते हैं कि हम {P} पर कॉल करें।",
            "फ़ोटो {EP} पर भेजी गईं; कैलिब्रेशन लैब का नंबर {PO}।",
        ],
        ["{N:ncr_no} ड्रॉइंग {N:drawing_no} पर, बोर {N:tolerance}।", "सैंपलिंग {N:aql}, रिजेक्शन {N:ppm}।"],
    ),
    "printjob": (
        ["प्रिंटिंग जॉब टिकट", "प्रूफ़ अप्रूवल"],
        ["क्लाइंट प्रूफ़ फ़ोन पर पास करेंगे, {NM} का नंबर {PM}।", "आर्टवर्क {E} से आता है; प्रिंटर की कतार {IP} पर।"],
        ["{N:print_run} कॉपी, {N:paper_spec}, रंग {N:pantone}।", "प्रेस काउंटर अब {N:impressions} पर।"],
    ),
}
LOCAL_HI = [
    "{T} शहर के लैंडलाइन से वर्कशॉप का नंबर सिर्फ़ {L} है।",
    "{T} में रहने वाले ग्राहक स्टोर को {L} पर कॉल करें, कोड की ज़रूरत नहीं।",
    "लोकल कॉल ({T}):\nऑफ़िस {L}, गोदाम {L}",
    '"बस {L} मिला दीजिए," फ़ोरमैन ने कहा, "{T} में सब यही करते हैं।"',
    "नोट: {T} के अंदर से छोटा नंबर {L} काफ़ी है।",
]
LIST_HEADS_HI = ["कॉल लिस्ट", "वर्कशॉप संपर्क", "फ़ोन शीट"]
LABELS_HI = ["फ़ोरमैन", "स्टोर", "मेंटेनेंस", "ऑफ़िस", "डिस्पैच", "क्वालिटी"]
