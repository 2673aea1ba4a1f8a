"""English sentences: nine genres of military life and veterans, and local-number announcements."""

EN = {
    "family": {
        "title": [
            "Unit Welfare Office – notices for families",
            "Families' newsletter, spring deployment",
            "HIVE information bulletin",
            "Message from the Families Officer",
        ],
        "pos": [
            "While the battalion is away, the welfare office keeps a duty phone: {MOB}, staffed around the "
            "clock.",
            "Spouses who have not yet registered for the deployment updates can write to {EMR} with their "
            "soldier's name and company.",
            "The coffee morning in Building {N:room} is back on Thursdays; {NAME} takes bookings for the "
            "creche "
            "on {NAT}.",
            "If your allowance has not arrived, ring the pay cell on {NAT} before the 20th, not after.",
            "Families living off the patch can still use the welfare office; call {NAT} or drop a line to "
            "{EMP}.",
            "Overseas relatives asking after the unit should be given {INTL} and nothing else.",
            "For emergencies out of hours the Joint Casualty and Compassionate Centre answers on {FREE}.",
            "Post still goes via {N:bfpo}; parcels over {N:kit_weight} will be held at the mail room.",
        ],
        "neg": [
            "The welfare office has moved to Building {N:room}, next to the gym.",
            "Post for the deployed companies goes via {N:bfpo}; allow ten working days.",
            "The families' bus leaves the guardroom at {N:mil_time} on Saturdays.",
            "Quote your soldier's service number ({N:service_no}) on every form, not your own.",
            "Children's Christmas party: Block {N:seat}, tickets numbered {N:raffle}.",
            "Boxes for the welfare parcels must not weigh more than {N:kit_weight}.",
        ],
    },
    "reserve": {
        "title": [
            "Reserve training weekend – joining instructions",
            "Army Reserve company: drill night notes",
            "Reservist call-out briefing",
            "Navy Reserve unit – monthly orders",
        ],
        "pos": [
            "Report to the drill hall by {N:mil_time}; anyone running late texts the PSI on {MOB}.",
            "Your employer can ring the SaBRE line on {FREE} if they have questions about your mobilisation.",
            "Claims for the weekend go to {EMR} with receipts scanned as one file.",
            "The range party will zero on {N:calibre}; transport questions to {NAME}, {NAT}.",
            "Bounty queries go to the regional pay team on {NAT} (ask for the reserves desk).",
            "If you are abroad on the weekend, let the duty clerk know on {INTL}.",
            "The new starter's kit list was emailed from {EMP}; reply to that address, not the group.",
        ],
        "pos_us": [
            "Soldiers still owing the DD Form 93 update should bring their SSN ({SSN}) on a separate card, "
            "not "
            "on the sign-in sheet.",
        ],
        "neg": [
            "Grid for the FTX harbour area: {N:os_grid}; RV at {N:mil_time}.",
            "Course {N:course_no} starts on the Friday; kit check in the drill hall.",
            "Net frequency for the exercise is {N:freq}, alternate to be issued on the night.",
            "Bring your ID card and know your service number ({N:service_no}); pay grade {N:pay_grade} and "
            "above "
            "sign the ammunition account.",
            "Tab distance is {N:march} with {N:kit_weight} in the bergen.",
            "The stores are still waiting on NSN {N:nsn} (radio harness); sign for it at the QM.",
            "Vehicles: two Land Rovers, registrations {N:vehicle_reg} and {N:vehicle_reg}.",
        ],
    },
    "veterans": {
        "title": [
            "Veterans' Association – branch newsletter",
            "Post 412 monthly bulletin",
            "Old Comrades' Association: news and notices",
            "Veterans' breakfast club",
        ],
        "pos": [
            "The branch secretary, {NAME}, can be reached on {NAT} most evenings after six.",
            "Members wanting a lift to the reunion should phone {MOB} and leave their address.",
            "Subscriptions can be paid by standing order to {IBAN}; use your surname as the reference.",
            "Welfare cases are handled in confidence: write to {EMR} or ring {NAT}.",
            "The national helpline for ex-service personnel, {FREE}, is free from landlines and mobiles.",
            "Members living abroad can reach the branch chairman on {INTL}.",
            "Photos from the dinner are with {EMP}, who will send copies to anyone who asks.",
        ],
        "pos_us": [
            "For the VA claim the form asks for the veteran's SSN, {SSN}, and the date of discharge.",
            "Our Post's benefits counselor takes calls on {NAT} on Tuesdays; the VA benefits line is {FREE}.",
        ],
        "neg": [
            "We laid a wreath at Plot {N:grave} for a former member who served {N:war_years}.",
            "Membership number {N:member_no} was issued twice; the duplicate has been cancelled.",
            "The Old Comrades' lunch is on the 14th at {N:mil_time} hours, ties optional.",
            "Our oldest member, born {N:dob}, still marches with the standard.",
            "The branch raised {N:amount} at the summer fair.",
            "His regimental number, {N:regt_no}, is on the new plaque by the door.",
        ],
    },
    "museum": {
        "title": [
            "Regimental Museum – visitor information",
            "Museum archive enquiry reply",
            "Friends of the Regimental Museum – newsletter",
            "School visits to the museum",
        ],
        "pos": [
            "Group bookings are taken by the front desk on {NAT}; please give two weeks' notice.",
            "Research enquiries about a soldier's service should be sent to {EMR} with his number and dates.",
            "The visitor counter on the gate uploads to {IP4} every hour; staff can check it from the "
            "office.",
            "The touch-screen kiosk in the medal room is on {IP4P}; if it freezes, ring the duty curator, "
            "{MOB}.",
            "The archive's new catalogue server answers on {IP6} from inside the museum network.",
            "Donations can be made at the till or by card over the phone; card {CARD} was charged for the "
            "Friends' membership.",
            "Our curator, {NAME}, is happy to take calls from overseas researchers on {INTL}.",
        ],
        "neg": [
            "Object {N:accession} – a trench periscope – is back on display after conservation.",
            "The war diary for the battalion is held at the National Archives as {N:archive_ref}.",
            "The new guide book (ISBN {N:isbn}) costs {N:amount} in the shop.",
            "The tank in the courtyard is a {N:vehicle_type}; its rounds were {N:calibre}.",
            "Gallery 3 covers the battle for Hill {N:hill} and the years {N:war_years}.",
            "The rifle in case 12, serial {N:rifle_serial}, was carried by a sergeant of the regiment.",
        ],
    },
    "charity": {
        "title": [
            "Service charity – support line information",
            "Forces charity – fundraising update",
            "Forces charity: grant application guidance",
            "Thank you from the appeal team",
        ],
        "pos": [
            "Thank you for your gift. The card ending shown on your receipt was {CARD}; no further payments "
            "will be taken.",
            "Anyone struggling after leaving the forces can call our support line on {FREE}, any day.",
            "Grant applications are assessed by caseworkers; {NAME} will ring you from {NAT} within five "
            "days.",
            "To give monthly, set up a standing order to {IBAN} and tell us at {EMR}.",
            "Our fundraising team answers on {NAT}; events questions also to {EMP}.",
            "Supporters overseas may call {INTL} during office hours.",
        ],
        "pos_us": [
            "The grant form needs the applicant's SSN ({SSN}) so we can confirm service with the VA.",
        ],
        "neg": [
            "Registered charity number {N:charity_no}; Gift Aid reference {N:gift_aid}.",
            "The sponsored {N:march} march raised {N:amount} for the respite centre.",
            "Please quote your Gift Aid declaration {N:gift_aid} when you write.",
            "Raffle tickets {N:raffle} are still unsold and will be drawn at the dinner.",
            "Sort code for cheques paid in at the bank counter: {N:sort_code}.",
        ],
    },
    "cadets": {
        "title": [
            "Cadet detachment – letter to parents",
            "Sea Cadets unit: summer camp kit list",
            "Air Cadets squadron notices",
            "Army Cadet Force – parade night changes",
        ],
        "pos": [
            "Parents can reach the detachment commander, {NAME}, on {MOB} on parade nights only.",
            "Consent forms for the camp go back to {EMR} by the end of the month.",
            "If your cadet is ill on the day, leave a message on {NAT} before {N:mil_time}.",
            "The squadron's booking system is hosted at {IP4}; use the link in the letter rather than the "
            "address.",
            "Camp fees can be paid to {IBAN}; cash in an envelope is also fine.",
            "The adult volunteer coordinator, {EMP}, is recruiting instructors.",
        ],
        "neg": [
            "Cadets need {N:kit_weight} of kit at most and a packed lunch.",
            "Parade nights are Tuesday and Thursday, {N:mil_time} to 2130.",
            "The shooting badge is fired on the {N:calibre} cadet rifle, indoors, at 25 metres.",
            "Star level {N:course_no} results are on the noticeboard.",
            "The minibus, {N:vehicle_reg}, leaves from the hut at {N:mil_time}.",
        ],
    },
    "remembrance": {
        "title": [
            "Remembrance Sunday – order of events",
            "Veterans Day parade: marshals' briefing",
            "Armistice service programme",
            "Memorial rededication – arrangements",
        ],
        "pos": [
            "Wreaths ordered through the branch can be collected on the morning; queries to {NAME} on {NAT}.",
            "Marshals will be on channel 3; the parade coordinator's phone is {MOB}.",
            "Anyone needing a wheelchair space should tell {EMR} by the Friday before.",
            "Press enquiries: {EMP} or {NAT}.",
            "Veterans travelling from abroad may call the organisers on {INTL}.",
        ],
        "neg": [
            "The Last Post sounds at {N:silence}, followed by two minutes' silence.",
            "Names added to the memorial this year are on Panels {N:panel}.",
            "Wreath order {N:wreath_order} has been confirmed for the service.",
            "The roll of honour now holds {N:names_count} names.",
            "Relatives searching the CWGC records can use casualty reference {N:cwgc}.",
            "Form up at {N:mil_time} at the war memorial; the march past is at {N:silence}.",
            "The memorial lies at {N:latlon}, next to the church.",
        ],
    },
    "resettlement": {
        "title": [
            "Career transition workshop – invitation",
            "Resettlement fair: exhibitor list",
            "Leaving the forces? Next steps",
            "Employment support for service leavers",
        ],
        "pos": [
            "Your resettlement adviser, {NAME}, can be reached on {NAT} or {EMP}.",
            "Employers at the fair will take CVs; the organisers are on {NAT}.",
            "For the housing advice session, book on {FREE} or write to {EMR}.",
            "Service leavers heading overseas should call the pensions team on {INTL}.",
            "If you are still serving, text {MOB} to book a slot.",
        ],
        "neg": [
            "Your pension reference is {N:pension_ref}; keep it with your discharge papers.",
            "The workshop runs {N:mil_time}–1600 in Room {N:room}.",
            "Grade {N:pay_grade} and above may claim the full resettlement grant.",
            "Course {N:course_no} (forklift) still has places.",
        ],
    },
    "mess": {
        "title": [
            "Sergeants' Mess – summer ball",
            "Officers' Mess dinner night: arrangements",
            "Mess function booking confirmation",
            "WOs' and Sgts' Mess – events",
        ],
        "pos": [
            "Ball tickets are paid by card at the bar; your booking was charged to {CARD}.",
            "Dietary requirements to the mess manager, {NAME}, at {EMP} or on {NAT}.",
            "Guests arriving from abroad can ring the mess office on {INTL}.",
            "Mess bills are settled by direct debit from {IBAN}.",
            "The mess Wi-Fi controller sits at {IP4P}; the band's mixing desk will be on {IP4P} as well.",
            "For taxis after midnight, the duty mess member is on {MOB}.",
        ],
        "neg": [
            "Carriages at {N:silence}; dress is mess kit with miniature medals.",
            "Seating plan: your place is {N:seat} in the dining room.",
            "Tickets cost {N:amount} for members and guests alike.",
            "The silver centrepiece, object {N:accession}, will be on the table.",
        ],
    },
}

LOC_EN = {
    "US": [
        "Folks on base in {TOWN} can skip the area code: the family readiness center is {LOC}.",
        "From any {TOWN} phone, dial {LOC} for the Post canteen and {LOC2} for the service officer.",
        "(Local to {TOWN}? The chaplain's office picks up at {LOC}.)",
        "Our {TOWN} chapter meets Thursdays. Call {LOC} – that's a local call from town.",
        "Seven digits from a {TOWN} landline: {LOC}, ask for the commander.",
        "Rides to the VA clinic in {TOWN} are booked at {LOC}; the van driver's desk is {LOC2}.",
        "Calling within {TOWN}, the museum front desk is {LOC}.",
        "Sergeant {NAME} said at the meeting, \"If you're in {TOWN}, just ring {LOC}, I'll be there.\"",
        "Legion hall, {TOWN} (local): {LOC}",
    ],
    "GB": [
        "If you live in {TOWN}, ring the welfare office on {LOC} – no need for the code.",
        "{TOWN} families can dial the HIVE desk on {LOC} from a home phone.",
        "The branch in {TOWN} answers on {LOC}; the standard bearer on {LOC2}.",
        "Local calls only ({TOWN}): {LOC}",
        "Ring {LOC} from anywhere in {TOWN} to book the minibus.",
        "From a {TOWN} landline the regimental museum is simply {LOC}.",
        '"Just ring {LOC}," the padre told us, "I\'m in {TOWN} all week."',
        "Cadet hut, {TOWN} – local number {LOC} (parade nights).",
        "Poppy appeal organiser ({TOWN} area, dial without the code): {LOC}.",
    ],
    "IN": [
        "Ex-servicemen in {TOWN} may call the Sainik Board office on {LOC} from a city landline.",
        "Within {TOWN}, the ECHS polyclinic reception is {LOC}; the pharmacy counter is {LOC2}.",
        "Local number for the {TOWN} NCC unit: {LOC} (no STD code needed in town).",
        "The canteen in {TOWN} cantonment answers on {LOC}.",
        "From a {TOWN} landline, dial {LOC} for the war memorial office.",
        "{TOWN} veterans' cell, city calls: {LOC}",
    ],
}

LIST_EN = {
    "heads": ["Numbers to keep", "Who to call", "Unit contacts", "Helplines", "Branch officers"],
    "labels": [
        "Welfare office",
        "Duty officer",
        "Padre",
        "Branch secretary",
        "Museum desk",
        "Cadet office",
        "Guardroom",
        "Families officer",
        "Standard bearer",
        "Treasurer",
    ],
}
