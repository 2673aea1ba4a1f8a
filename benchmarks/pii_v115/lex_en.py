"""English sentences: survey panels, focus groups, mystery shopping, polls, call-centre fieldwork, product
tests, incentives and screeners. Slots: <nat> <mob> <intl> <oth> <mail> <role> <card> <iban> <ip> <ssn>
<name> and <n:KIND> (a hard negative); local templates use <town> and <loc>."""

EN = {
    "titles": {
        "panel": ["Welcome to the household panel", "Panel profile refresh", "Your panel membership"],
        "focus": [
            "Focus group confirmation",
            "Discussion group – venue and timings",
            "Group session reminder",
        ],
        "mystery": ["Mystery shop visit report", "Assignment brief – store audit", "Shopper evaluation form"],
        "poll": [
            "Voting intention tracker – fieldwork note",
            "Omnibus poll: methods summary",
            "Exit poll team briefing",
        ],
        "cati": ["CATI shift handover", "Telephone fieldwork – supervisor notes", "Dialler campaign log"],
        "hut": [
            "Home-use test: parcel dispatched",
            "Product trial diary – week one",
            "Taste test kit instructions",
        ],
        "incentive": [
            "Incentive payment confirmation",
            "Thank-you reward – payout details",
            "Respondent honorarium form",
        ],
        "screener": [
            "Recruitment screener – result",
            "Qualifying call summary",
            "Participant screening outcome",
        ],
    },
    "pos": {
        "panel": [
            "If the app won't let you log in, our panel helpdesk on <nat> can reset your profile.",
            "We have your contact number as <mob>; reply STOP to that text if it is no longer yours.",
            "Questions about points or your profile go to <role>, and we usually answer within two working "
            "days.",
            "Prefer to talk it through? Freephone <oth> is staffed weekdays until 6pm.",
            "Panel member <name> updated the household details and left <mail> as the new address.",
            "Members abroad can reach the panel office on <intl>.",
        ],
        "focus": [
            "Please arrive fifteen minutes early; if you're running late, text the recruiter on <mob>.",
            "The viewing facility reception is on <nat> should you need directions from the station.",
            "Moderator <name> will run the session; the client team observes from behind the mirror.",
            "Send your signed consent form back to <mail> before the day.",
            "Overseas observers dialling in to the live stream: the studio bridge is <intl>.",
            "Any access needs? Let the venue manager know on <nat> and we'll arrange a ground-floor room.",
        ],
        "mystery": [
            "The branch manager later gave the shopper a direct line, <nat>, to book a follow-up "
            "appointment.",
            "Purchase was paid with the assignment card <card>, and the receipt is attached to the claim.",
            "The advisor offered a callback and took the shopper's number, <mob>.",
            "Queries about this evaluation go to the scheme coordinator at <role>.",
            "The sales assistant pointed the shopper to the customer line <oth> for delivery questions.",
            "Shopper <name> (assignment lead) can be reached at <mail> for clarifications.",
        ],
        "poll": [
            "Journalists with methodology questions can call the press office on <nat>.",
            "Full tables are available on request from <role>.",
            "Field supervisor for the northern region: <name>, mobile <mob>.",
            "The results dashboard is whitelisted for the client office at <ip> only.",
            "Our partner agency abroad ran the online sample; their desk is <intl>.",
        ],
        "cati": [
            "Respondent asked to be called back on her work number, <nat>, after 4pm.",
            "Softphones on the night shift register against the dialler at <ip>.",
            "Escalations from the floor go to the duty supervisor on <mob>.",
            "A respondent wanted to verify the study; we gave out the validation line <oth>.",
            "Complaint forwarded to quality control at <role> with the recording reference.",
            "Back-up dialler sits in the partner centre, reachable on <intl> if ours drops.",
        ],
        "hut": [
            "If the parcel arrives damaged, ring the product-test team on <nat> before opening anything "
            "else.",
            "The courier will text <mob> with a one-hour delivery slot.",
            "Questions about the trial? Write to <role> and quote your tester reference.",
            "Any reaction to the product should be reported at once on the 24-hour line <oth>.",
            "Diary uploads that fail can be emailed to <mail> as photos.",
        ],
        "incentive": [
            "Your reward will be paid into the account ending as listed: <iban>.",
            "The prepaid thank-you card issued to you is <card>; it activates within 48 hours.",
            "For payments above the reporting threshold we need a W-9: SSN <ssn> was received for this "
            "payee.",
            "Payment queries: finance team on <nat> or <role>.",
            "Payee <name> asked for remittance advice to be sent to <mail>.",
        ],
        "screener": [
            "Qualified respondent; best number for the reminder call is <mob>.",
            "Declined the group but is happy to do a phone depth interview on <nat> next week.",
            "Recruiter <name> completed the screener; notes sent from <mail>.",
            "Participant lives abroad half the year, so the team will use <intl> to confirm.",
            "Screen-out referred to the recruitment desk at <role> for a future study.",
        ],
    },
    "neu": {
        "panel": [
            "Your balance stands at <n:points> points, and the next survey in wave <n:wave> closes on "
            "Friday.",
            "Membership number <n:panelist_id> stays the same after the profile refresh.",
            "You qualified for the age band <n:age_band>; a study this month pays <n:incentive>.",
        ],
        "focus": [
            "Groups run in room <n:room> at <n:visit_time>; job reference <n:job_number>.",
            "Recruitment fell into quota cell <n:quota_cell>, with seven attendees confirmed.",
            "Rate the concept boards on a scale where 1 is poor; last session averaged <n:likert>.",
        ],
        "mystery": [
            "Visit to store <n:store_number> at <n:visit_time>; queue length at the till was "
            "<n:queue_length>.",
            "Receipt reference <n:till_receipt>; item scanned was barcode <n:ean13> at <n:price>.",
            "Shelf facings for the promoted line were <n:shelf_facings>; chiller read <n:temperature>.",
            "Voucher <n:voucher> was accepted without a problem.",
        ],
        "poll": [
            "Fieldwork ran in weeks <n:field_weeks>, <n:sample_size> adults, margin of error "
            "<n:margin_error> points.",
            "Headline shares were <n:vote_shares>; seat projection <n:seat_projection> for the largest "
            "party.",
            "The 95% interval for approval is <n:conf_interval>, weighted with factors capped at "
            "<n:weight_factor>.",
            "Sample drawn from <n:rdd_records> RDD records; response rate <n:response_rate>.",
            "Net promoter score among likely voters moved to <n:nps> since the last wave.",
        ],
        "cati": [
            "Interviewer <n:interviewer_id> at station <n:cati_station> logged disposition <n:disposition>.",
            "Average handle time today was <n:handle_time>, with <n:call_attempts> attempts on the hardest "
            "cases.",
            "Campaign <n:dialer_campaign> paused at <n:iso_stamp> after the script update to <n:q_version>.",
        ],
        "hut": [
            "Kit contains two <n:pack_size> samples, lot <n:lot_code>, best before <n:best_before>.",
            "Item code <n:sku>; please log each use in the diary (session tag <n:session_hex>).",
            "Store the samples below <n:temperature> once opened.",
        ],
        "incentive": [
            "Amount: <n:incentive>, released for study <n:job_number> after the data quality check.",
            "Panel ID <n:panelist_id>; the payout run is tagged <n:session_hex>.",
        ],
        "screener": [
            "Answered S4 with <n:likert>; age band <n:age_band>, quota cell <n:quota_cell>.",
            "Screener script <n:q_version>, call logged at <n:visit_time> by <n:interviewer_id>.",
        ],
    },
    "local": [
        "Taking part in the <town> taste panel? From a landline in town you only need <loc>.",
        "Our <town> viewing studio books its groups on <loc> (local callers can leave off the area code).",
        "<town> respondents: the recruiter's office picks up on <loc>, the venue itself on <loc>.",
        "Calling from within <town>? The fieldwork hub answers on plain <loc>.",
        "For the <town> product clinic, dial <loc> from any phone in the city.",
        "Local number for the <town> test kitchen, no code needed: <loc>.",
        "Shoppers based in <town> report visits by ringing <loc>; the supervisor covers <loc> at weekends.",
        "In <town> itself, the polling team's field office is just <loc>.",
    ],
    "heads": ["Field contacts", "Panel support", "Numbers for this study", "Studio and venue lines"],
    "labels": [
        "Recruiter",
        "Venue",
        "Field office",
        "Supervisor",
        "Panel helpdesk",
        "Quality team",
        "Client services",
        "Night shift",
    ],
}
