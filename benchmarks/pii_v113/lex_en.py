"""English sentences for v113 (clinical trials and research recruitment). Slots: {PN} national phone, {PM}
mobile, {PI} international, {PF} free-phone, {E}/{EP} role/personal e-mail, {CARD}, {IBAN}, {IP}, {IPP},
{IP6}, {SSN}, {N.kind} hard negative, {name}, {town}; local announcements use {L}."""

EN = {
    "recruit": {
        "titles": [
            "Healthy volunteers wanted",
            "Could you help us test a new asthma inhaler?",
            "Paid research study – adults aged 18 to 55",
        ],
        "pos": [
            "Interested? Text YES to {PM} and one of our recruiters "
            "will call you back within two working days.",
            "To check whether you qualify, ring the volunteer line on {PN} (weekdays 9–5) or e-mail {E}.",
            "Our unit is recruiting for {N.nct}; calls are free from a landline on {PF}.",
            "Overseas applicants can reach the recruitment office on {PI}.",
            "If you'd rather talk to a person than fill in the web form, {name} answers {PN} most mornings.",
        ],
        "neg": [
            "You must have a {N.bmi} and be a non-smoker.",
            "Participants stay in the unit for two nights and attend {N.window} for the follow-up visit.",
            "Compensation for time and travel is {N.money}, paid after the final visit.",
            "The study drug is given as {N.dose}.",
        ],
    },
    "screening": {
        "titles": ["Your screening visit", "Appointment confirmation – screening"],
        "pos": [
            "Please arrive fasted; if you are running late, let reception know on {PN}.",
            "Bring this letter and your medication list. Questions before the day: {E} or {PN}.",
            "If you need to rearrange, call {name} on {PM} – please don't just skip the visit.",
        ],
        "neg": [
            "Your screening number is {N.subject}; quote it whenever you contact us.",
            "We will take {N.tubes} and record your {N.bp}.",
            "Blood results from last time: {N.hba1c}, {N.egfr}.",
            "Your slot is {N.timewin} on the second floor.",
        ],
    },
    "ethics": {
        "titles": ["Favourable opinion – substantial amendment", "IRB continuing review notice"],
        "pos": [
            "Queries about this letter should go to the committee coordinator, {name}, at {E} or on {PN}.",
            "The sponsor's regulatory contact is reachable on {PI} during CET office hours.",
            "For urgent safety measures the chair can be contacted out of hours on {PM}.",
        ],
        "neg": [
            "REC reference: {N.rec}. EudraCT: {N.eudract}.",
            "Documents reviewed: protocol {N.protocol}, participant information sheet {N.version}.",
            "Registry entries: {N.isrctn} and {N.utn}.",
            "The study is funded under grant {N.grant}; the planned sample is {N.samplesize}.",
            "The terminal half-life is {N.halflife}, so dosing is once daily.",
        ],
    },
    "courier": {
        "titles": ["Sample shipment instructions", "Courier booking – frozen PK samples"],
        "pos": [
            "Book collections before 1 pm through the courier desk on {PF}; the lab's receiving bay is {PN}.",
            "If the driver has not arrived by 4 pm, phone {name} at the central lab on {PI}.",
            "Send the manifest to {E} the same day.",
        ],
        "neg": [
            "Pack the box with {N.dryice}; waybill {N.waybill} is pre-printed.",
            "Spin the tubes at {N.centrifuge} before aliquoting.",
            "Samples are stored at {N.freezer} until pick-up.",
            "Keep the kit between {N.storage}; log every excursion.",
            "Specimen labels follow the pattern {N.specimen}.",
        ],
    },
    "nurse": {
        "titles": ["Research nurse handover", "Visit note – week 12"],
        "pos": [
            "Participant asked to be called on her mobile, {PM}, rather than the home number.",
            "Pharmacy confirmed the dispensing; if anything changes, bleep via switchboard {PN}.",
            "{name} covers the clinic tomorrow and can be reached on {PN}.",
        ],
        "neg": [
            "Obs at 10:40: {N.bp}, {N.hr}, temp 36.8 °C.",
            "ECG unremarkable, {N.qtc}.",
            "Infusion ran at {N.infusion} without reaction.",
            "Labs: {N.platelets}. {N.phq}.",
            "Next visit is {N.window}.",
        ],
    },
    "consent": {
        "titles": ["Participant information sheet – who to contact", "Informed consent form, section 9"],
        "pos": [
            "If you have questions about the study at any time, contact the research team on {PN}.",
            "If you want to complain, or speak to someone independent, "
            "the patient advice service is on {PF}.",
            "In an emergency while taking part, show your study card and ask staff to call {PI}.",
            "You can also write to {E}; we reply within three working days.",
        ],
        "neg": [
            "This is {N.version} of the information sheet.",
            "Adverse events are coded with MedDRA (for example {N.meddra}).",
            "The study treatment belongs to ATC group {N.atc}.",
        ],
    },
    "feasibility": {
        "titles": ["Site feasibility questionnaire", "Site initiation visit – agenda"],
        "pos": [
            "The CRA for your site is {name} ({EP}, {PM}).",
            "Please confirm access to the EDC from the site network; the server is {IP}.",
            "Our randomisation system answers on {PF} around the clock.",
            "The investigator meeting hotline is {PI}.",
        ],
        "neg": [
            "Expected enrolment: {N.samplesize} across 40 sites; screening failure assumed 30 %.",
            "Relevant diagnoses: {N.icd}.",
            "Publications: {N.doi}; {N.pmid}.",
            "PI ORCID: {N.orcid}.",
        ],
    },
    "safety": {
        "titles": ["Serious adverse event reporting", "Pharmacovigilance – 24-hour line"],
        "pos": [
            "Report every SAE within 24 hours by phone on {PF} and by e-mail to {E}.",
            "The medical monitor, {name}, can be reached on {PI}.",
            "For unblinding out of hours, call {PM}.",
        ],
        "neg": [
            "The event was coded as {N.meddra} and the causality assessed by the investigator.",
            "Unblinding uses the randomisation code on the kit ({N.randcode}).",
            "The kit number is {N.kit}, lot {N.lot}.",
        ],
    },
    "stipend": {
        "titles": ["Volunteer payment form", "Participant reimbursement"],
        "pos": [
            "Payments over the annual limit need a tax form; SSN on file: {SSN}.",
            "Your reloadable study card {CARD} is topped up after each completed visit.",
            "We pay travel expenses by transfer to {IBAN}.",
            "Questions about payments: finance office, {PN}.",
        ],
        "neg": [
            "Each completed visit is reimbursed with {N.money}.",
            "Claims must be submitted within 30 days.",
        ],
    },
    "panel": {
        "titles": ["Volunteer panel newsletter", "Join our research register"],
        "pos": [
            "Already on the register and moved house? Update your details on {PN} or at {E}.",
            "New studies are announced by text message from {PM}; save it so it isn't filtered.",
            "The panel portal runs from {IP6} on the hospital network.",
        ],
        "neg": [
            "This spring we enrolled {N.samplesize} volunteers into sleep and nutrition studies.",
            "The results of {N.nct} were published ({N.doi}).",
        ],
    },
    "pharmacy": {
        "titles": ["Clinical trials pharmacy – temperature excursion", "IMP dispensing note"],
        "pos": [
            "The fridge alarm pages the on-call pharmacist, {name}, on {PM}.",
            "Quarantined stock must be reported to the depot on {PI} before reuse.",
            "The logger uploads to {IPP} on the pharmacy VLAN.",
        ],
        "neg": [
            "The logger recorded {N.logger} over the weekend.",
            "Affected kits: {N.kit}, lot {N.lot}, storage {N.storage}.",
            "Dispensed {N.dose} for participant {N.subject}.",
        ],
    },
}

EN_LOCAL = {
    "US": [
        "Live in {town}? The research clinic's front desk is a local call: {L}.",
        "{town} participants: reach the study coordinator at {L}, or the after-hours nurse at {L}.",
        "Calling from a {town} number, you only need to dial {L} for the volunteer desk.",
        "The {town} trial site takes voicemails on {L} (no area code needed in town).",
    ],
    "GB": [
        "Volunteers near {town} can ring the unit directly on {L} from a local phone.",
        "Within {town}, the research office is simply {L}; the overnight ward is {L}.",
        "If you're dialling from a {town} landline, the recruitment line is just {L}.",
    ],
    "IN": [
        "For {town} participants, the site office landline is {L} (local call).",
        "Within {town} city, dial {L} for the trial coordinator and {L} for the lab.",
        "{town} volunteers may call {L} from any landline in the city.",
    ],
}
EN_HEADS = ["Study contacts", "Site numbers", "Trial team", "Who to call about this study"]
EN_LABELS = [
    "Research nurse",
    "Study coordinator",
    "Principal investigator",
    "Pharmacy",
    "Sample reception",
    "Recruitment",
    "Out of hours",
]
