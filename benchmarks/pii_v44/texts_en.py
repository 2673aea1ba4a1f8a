"""English sentences for v44 (work and jobs); written fresh for this set."""

G = {
    "jobad": (
        [
            "JOB VACANCY: Warehouse Team Leader at {O}",
            "We're hiring! {O} is looking for a Payroll Administrator",
        ],
        [
            "Reference {req}; occupation code {isco}.",
            "Salary {salary}, plus overtime paid at {hourly}.",
            "Contract: {hours} a week, {leave} annual leave.",
            "Closing date for applications is the 14th; interviews the week after.",
            "Grade {grade}, reporting to the operations manager.",
        ],
        "{O} is an equal opportunities employer.",
    ),
    "cv": (
        ["CURRICULUM VITAE — {N}", "{N} | Résumé"],
        [
            "Shift supervisor, {period}: ran a team of 14 across three lines.",
            "Typing speed {wpm}; {degree}.",
            "Previous staff number {emp}, available on request for verification.",
            "Forklift licence renewed, first aid certificate current.",
        ],
        "References are happy to be contacted.",
    ),
    "recruit": (
        ["Re: your application ({req})", "Interview invitation — {O}"],
        [
            "Thanks for sending your CV over, the hiring manager liked it a lot.",
            "The role sits in cost centre {cost} and the budget is {salary}.",
            "Please bring photo ID and your {natid} on the day.",
            "The interview is a 45-minute panel followed by a short tour of the floor.",
        ],
        "Best of luck, and speak soon.",
    ),
    "handbook": (
        ["STAFF HANDBOOK — Section 7: Who to call", "{O} phone tree for site emergencies"],
        [
            "Always wear badge {badge} visibly on site.",
            "Report absence before the start of your shift ({shift}).",
            "Expense claims quote cost centre {cost} and PO {po}.",
            "If the first person doesn't answer within ten minutes, move down the tree.",
        ],
        "Keep this page by your desk phone.",
    ),
    "rota": (
        ["On-call rota — Maintenance, week {week}", "Shift pattern for the dispatch team"],
        [
            "Early {shift}; timesheet {timesheet} to be signed by Friday.",
            "Overtime balance this month: {overtime}.",
            "Swaps must be agreed with the duty manager and noted on the board.",
            "Contracted {fte}; bank staff cover the weekend nights.",
        ],
        "Thanks for keeping the rota up to date.",
    ),
    "payroll": (
        ["Payroll notice — {O}", "Your payslip explained ({payslip})"],
        [
            "Employee number {emp}, tax details {natid}.",
            "Gross pay this period includes {hourly} for 11.5 extra hours.",
            "Your notice period is {notice}.",
            "Holiday remaining: {leave}.",
        ],
        "Payroll closes on the 20th each month.",
    ),
    "union": (
        ["Works council bulletin", "Branch news from your union reps"],
        [
            "Pay talks: management offered {salary}, we are asking for more.",
            "Members on grade {grade} will see the uplift backdated.",
            "Ballot closes on the 30th; turnout so far is 61%.",
            "New starters on {hours} contracts are welcome to join.",
        ],
        "Solidarity, your reps.",
    ),
    "ooo": (
        ["Automatic reply: Out of office", "Out of office until Monday"],
        [
            "I'm on annual leave with limited access to e-mail.",
            "Requests about req {req} will be picked up when I'm back.",
            "Please quote your employee number ({emp}) on any timesheet query.",
        ],
        "Kind regards, {N}",
    ),
}
C = {
    "gen": [
        "You can reach {N} directly on {P}.",
        "Call {P} to book an interview slot.",
        "Questions about the shift? Ring the supervisor at {P}.",
    ],
    "mob": ["Text or WhatsApp {N} on {P} (mobile, best after 4pm)."],
    "land": ["Desk line (landline, no texts): {P}"],
    "abroad": [
        "Candidates applying from overseas: {P}",
        "International applicants can call the agency on {P}.",
    ],
    "svc": ["Employee assistance line, free and confidential: {P}", "Payroll helpline (local rate): {P}"],
    "local": {
        "US": [
            "Calling from a {T} desk phone? Just dial {L}.",
            "Local to {T}: front desk {L}, seven digits.",
        ],
        "GB": ["Staff in the {T} office can dial {L} without the code.", "From a {T} landline: {L}."],
        "IN": ["Within {T} city, dial the branch on {L}.", "{T} local line (no STD code): {L}"],
    },
    "mail": ["Send your CV to {E}.", "Reply to {E} to confirm."],
    "iban": "Union dues are collected from {X} on the 1st.",
    "card": "Posting fee paid with company card {X}.",
    "ip": ["Clock-in terminal on the site network: {X}", "VPN gateway for remote staff: {X}"],
    "ssn": "Form W-4 on file under SSN {X}; check the last four digits.",
    "dirhead": ["Call this list in order:", "Who's on call:"],
    "roles": [
        "Site manager",
        "Night supervisor",
        "HR advisor",
        "Payroll officer",
        "Union rep",
        "Duty engineer",
    ],
    "nophone": ["We can't discuss applications over the phone.", "Pay queries by e-mail only, please."],
}
