"""English sentences: matchmaking agencies, speed dating, singles' walks, supper clubs, "
"marriage bureaus, safety."""

TITLES = {
    "agency": [
        "Your introduction file",
        "Welcome to the agency",
        "A note from your matchmaker",
        "Membership confirmed",
        "Your first introduction",
    ],
    "speeddate": [
        "Speed-dating night: what to expect",
        "You're booked for Thursday",
        "Speed dating – final details",
        "Tonight's rounds",
    ],
    "walk": [
        "Singles' ramble this Sunday",
        "Walking group newsletter",
        "Route notes for Saturday's walk",
        "New walkers' welcome pack",
    ],
    "supper": [
        "Supper club for singles – your seat",
        "Table plan and menu",
        "Long-table supper: RSVP received",
    ],
    "bureau": ["Marriage bureau – registration", "Biodata received", "Your family's enquiry"],
    "safety": [
        "Meeting someone new? Read this first",
        "Safety notes for first dates",
        "Account security alert",
    ],
}

BODY = {
    "agency": [
        "I'm {name}, and I'll be looking after your search from now on; my direct line is {P}.",
        "If anything in the profile I sent over doesn't sit right with you, ring me on {P} "
        "rather than replying by text.",
        "Your membership covers six hand-picked introductions over twelve months, and your file "
        "number is {N:member_no}.",
        "The second instalment of your fee ({N:instalment}) will be taken from the card ending "
        "in the digits you gave us; "
        "for the record, the full card on file is {C}.",
        "Please settle the joining fee by bank transfer to {I}, quoting {N:agency_invoice} as the reference.",
        "Feedback after each date goes to {R}, and I read every word of it.",
        "She has agreed to a coffee first – her preference is that you call her on {P} between "
        "six and eight.",
        "Our client services team is free to call on {F} if you need to pause your membership.",
        "We ran the usual identity check before accepting you; reference {N:verification_ref}, "
        "nothing for you to do.",
        "For the background screening our US partner office needs your Social Security number, "
        "which we hold as {S}.",
        "The gentleman we spoke about is currently working abroad; his mobile there is {X}.",
    ],
    "speeddate": [
        "Doors open at {N:opening_hours}; please arrive fifteen minutes early so we can pin on "
        "your badge ({N:badge_no}).",
        "Running late? Text the host on {P} and we'll slot you into the next round.",
        "Your booking reference is {N:booking_ref} and the ticket cost was {N:ticket_price}.",
        "We had a payment bounce on card {C}; could you try again or pay on the door?",
        "This evening is for ages {N:age_range}, and there are {N:member_count} people on our "
        "mailing list across the city.",
        "Tick the names on your scorecard ({N:scorecard_code}) and we'll e-mail your matches "
        "from {R} by Friday noon.",
        "If you're stuck at the station, the venue manager picks up on {P}.",
        "Refund requests go through our booking line, {F}, not through the bar staff.",
        "One of last month's couples, {name}, asked us to pass on her thanks – she says you can "
        "reach her at {E}.",
    ],
    "walk": [
        "We meet at grid reference {N:os_grid_ref} by the stile, ready to set off at {N:departure_time}.",
        "Today's loop is {N:walk_distance} with about {N:elevation_gain} of climbing, so bring proper boots.",
        "The back marker this week is {name}, who can be reached on {P} if you lose the group.",
        "Take bus {N:bus_route} from the market square; it drops you right at the car park.",
        "Membership renewals for the walking group can be paid by card ({C}) or by standing order to {I}.",
        "If the weather turns, the leader will text from {P} by eight in the morning.",
        "Stage {N:route_stage} is the steep bit, and the pub at the end takes the group booking "
        "under {N:reservation_no}.",
        "Photos from the last ramble are up; ask {R} for the album link.",
    ],
    "supper": [
        "You're on table {N:table_no}, between a vet and a jazz pianist – we hope that suits.",
        "Dietary notes should go to the chef, {name}, at {E} before Wednesday.",
        "Your place is held with a deposit charged to {C}; the balance is due on the night.",
        "The restaurant's own number is {P}, in case you need to let them know you're running behind.",
        "Seats are {N:ticket_price} each including wine; the booking number is {N:reservation_no}.",
        "We rotate the men after the main course, so you'll meet at least six people by {N:departure_time}.",
        "Questions about the supper club can go to our host on {P} or to {R}.",
        "The cloakroom gives out tickets this time – yours will be around number {N:cloakroom_ticket}.",
    ],
    "bureau": [
        "We have received the biodata for your daughter and registered it under entry {N:register_entry}.",
        "Her height is listed as {N:height} and the family would prefer a match born in {N:birth_years}.",
        "Please ask your father to call the bureau office on {P} after the festival.",
        "The boy's uncle has asked that all contact go through him, on {X}.",
        "Our registration fee can be paid online; if paying by card, the one used was {C}.",
        "Horoscope matching showed {N:match_pct} compatibility, which the family considered good.",
        "For the overseas branch, please write to {R}; urgent matters on {P}.",
        "Your parents' anniversary date ({N:anniversary}) was noted in the family section as requested.",
    ],
    "safety": [
        "Tell a friend where you're going and share your date's number ({P}) with them before you leave.",
        "We noticed a sign-in to your account from {A}, which doesn't match your usual location.",
        "If that wasn't you, change your password and write to {R} straight away.",
        "Never send money to someone you haven't met – our fraud team is on {F} around the clock.",
        "If you feel unsafe at a venue, ask the bar for the 'Angela' shot, or call our night line on {P}.",
        "The last successful login came from {A}, via the app on an Android phone.",
        "Your identity check reference is {N:verification_ref}; we never ask for your bank details by chat.",
        "For members in the US, the background check ran on the SSN you supplied ({S}); no "
        "records came back.",
        "Our premium matchmaking tier requires a credit and identity check – the SSN on the "
        "consent form, {S}, "
        "is deleted once the check clears.",
        "Volunteer hosts at our events hold an enhanced DBS certificate, number "
        "{N:dbs_certificate} for this evening's host.",
    ],
}

NEG = {
    "agency": [
        "Your file number is {N:member_no}; please keep it handy when you write to us.",
        "Membership runs {N:membership_period}, paid as {N:instalment}.",
        "Invoice {N:agency_invoice} has been settled, thank you.",
        "Of the profiles we showed you, your best score was {N:match_pct}.",
        "We currently have {N:member_count} active members, and the questionnaire you left at "
        "item {N:questionnaire_item} "
        "can be finished later.",
        "Payment reference for the transfer: {N:payment_reference}.",
        "The invoice number printed on your statement is {N:invoice_grouped}.",
    ],
    "speeddate": [
        "Round {N:round_of} starts when the bell rings; each date lasts four minutes.",
        "Badge {N:badge_no} goes to the first guest through the door.",
        "Your scorecard code is {N:scorecard_code} and tonight's group is aged {N:age_range}.",
        "Doors are open {N:opening_hours}, and the booking reference on your ticket reads {N:booking_ref}.",
        "Use code {N:promo_code} to bring a friend for half price.",
        "The next night is on {N:event_datetime}, same venue, same host.",
        "You gave the event a rating of {N:rating}, thank you.",
    ],
    "walk": [
        "Meet at {N:gps_point}, the lay-by just past the second cattle grid.",
        "The route is {N:walk_distance} long with {N:elevation_gain} of ascent.",
        "Grid reference for lunch: {N:os_grid_ref}.",
        "Last bus back is the {N:bus_route} at {N:departure_time}.",
        "Stage {N:route_stage} is optional for anyone with tired legs.",
        "Season tickets are valid {N:season_dates}.",
    ],
    "supper": [
        "You are at table {N:table_no}; your cloakroom ticket is {N:cloakroom_ticket}.",
        "Dinner is served in room {N:room_no} upstairs, seats {N:seat_block} by the window.",
        "The reservation number is {N:reservation_no} and your gift voucher ({N:gift_voucher}) "
        "has been applied.",
        "Price per head is {N:ticket_price}, service included.",
    ],
    "bureau": [
        "Entry {N:register_entry} has been renewed for another year.",
        "Height {N:height}, preferred birth years {N:birth_years}.",
        "The couple's engagement date was recorded as {N:anniversary}.",
        "Horoscope matching: {N:match_pct}.",
    ],
    "safety": [
        "Your chat with Sam was last active at {N:chat_timestamp}.",
        "Verification reference {N:verification_ref} was approved today.",
        "Host certificate checked: {N:dbs_certificate}.",
        "Report reference {N:booking_ref} is with our safety team.",
        "Profile {N:profile_id} has been hidden while we look into your report.",
    ],
}

LOCAL = {
    "US": [
        "From any landline in {town} the booking desk is just {L}; out-of-towners will need the area code.",
        "{town} singles: skip the app and call {L} – a real person answers till nine.",
        "Local to {town}? The hostess stand takes RSVPs on {L}, and the coat check on {L}.",
        "Seven digits gets you our {town} office from a house phone: {L}.",
        'Our matchmaker in {town} says to "just dial {L}, no need for the area code if you\'re in town."',
        "(Area code omitted – these are {town} local numbers.) Front desk {L}; events manager {L}.",
    ],
    "GB": [
        "If you're ringing from a {town} landline you can drop the dialling code: {L}.",
        "{town} members can book their seat on {L} (local call rate from within the city).",
        "Within {town}, the venue's landline is {L} – leave a message if nobody picks up.",
        "The {town} walking group's answerphone: {L}. From outside the city add the code first.",
        "Ring the {town} bureau office locally on {L}, or the evening line on {L}.",
        "She said, \"Call me at the shop – it's {L}, we're in {town}, so no code from a local phone.\"",
    ],
    "IN": [
        "For {town} residents, the bureau landline is {L} (no STD code needed within the city).",
        "Our {town} branch can be reached locally at {L}; for the family enquiry desk, dial {L}.",
        "Within {town} please ring {L} between 10 and 6 to book a meeting with our counsellor.",
        "Calling from a {town} landline? Dial {L} directly.",
        "The {town} supper club takes reservations on {L} – local number.",
    ],
}

LIST_HEADS = [
    "Numbers for the evening",
    "Who's on call tonight",
    "Your contacts at the agency",
    "Ring us",
    "Contacts for the walk",
]
LABELS = [
    "Host",
    "Event lead",
    "Venue",
    "Your matchmaker",
    "Back marker",
    "Organiser",
    "Night line",
    "Door team",
    "Chef",
    "Office",
]
