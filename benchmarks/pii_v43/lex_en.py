"""English sentences for v43 (all written fresh): ten genres of education, club and hobby text.

Slots: {N:kind} hard negative, {P} phone (national, international or mobile), {S} service number,
{T} town of the local numbers, {L} local number, {E} e-mail, {C} card, {I} IBAN, {IP} IP address,
{SSN} US social security number. Each genre: title, neg (sentences with negatives only), phone.
"""

EN = {
    "genres": {
        "course": {
            "title": [
                "Module handbook: Introduction to Computational Linguistics",
                "Course page: Early Modern European History (seminar stream B)",
            ],
            "neg": [
                "Lectures for {N:module_code} run on Tuesdays at {N:start_time} in room {N:room}.",
                "The module is worth {N:ects} ECTS credits and is taught in {N:semester}.",
                "Set text: Jurafsky and Martin, ISBN {N:isbn}; older editions are fine.",
                "Coursework counts for 40 per cent; last year's median mark was {N:score}.",
            ],
            "phone": [
                "The module convenor keeps an open line for students on {P} during teaching weeks.",
                "If you cannot attend a seminar, leave a message with the department office on {P}.",
            ],
        },
        "exam": {
            "title": ["Notice of examinations: summer diet", "Exam timetable and candidate instructions"],
            "neg": [
                "Paper {N:module_code} starts at {N:start_time}; candidates "
                "must be seated in {N:room} ten minutes early.",
                "Bring your student card (number begins {N:student_id}) "
                "and leave bags at the back of the hall.",
                "The pass mark is {N:score}; provisional grades such as "
                "{N:grade} are released after the board.",
                "Resit candidates from {N:semester} sit in the same session.",
            ],
            "phone": [
                "If you are ill on the day, ring the examinations office on {P} before the paper starts.",
                "Candidates needing a reader or extra time should phone the disability advisers on {P}.",
            ],
        },
        "union": {
            "title": ["Students' Union: society fair this week", "Film Society: spring programme and AGM"],
            "neg": [
                "Stalls are in the main hall from {N:start_time}; society "
                "memberships cost {N:price} for the year.",
                "The AGM will vote on motion 4; quorum is {N:year_group} paid-up members.",
                "Screenings are in lecture theatre {N:room}; season tickets carry numbers like {N:ticket}.",
            ],
            "phone": [
                "Questions about the fair go to the activities desk on {P}.",
                "Our president (text only, please) is on {P}.",
            ],
        },
        "langschool": {
            "title": [
                "Language school brochure: intensive Spanish and French",
                "Evening language courses: autumn term",
            ],
            "neg": [
                "Our intensive course is {N:sessions} and prepares you for {N:cefr}.",
                "Course fee {N:price}, textbook not included (ISBN {N:isbn}).",
                "Evening classes carry course codes such as {N:course_no} in the printed brochure.",
                "Groups meet at {N:start_time}; the placement test is marked "
                "out of 100, and {N:score} puts you in level 3.",
            ],
            "phone": [
                "Book a free placement chat by calling reception on {P}.",
                "For homestay placements, our accommodation officer is on {P}.",
            ],
        },
        "music": {
            "title": [
                "Music and dance school: weekly timetable",
                "Piano and ballet classes for the new term",
            ],
            "neg": [
                "Grade 5 theory meets at {N:start_time} in studio {N:room}.",
                "This term's recital pieces: Bach {N:opus} and a study at {N:metronome}.",
                "Tap classes are grouped by age ({N:age_group}); a block of {N:sessions} costs {N:price}.",
            ],
            "phone": [
                "Parents can reach the school administrator on {P} on weekday afternoons.",
                "To arrange a trial lesson, call our head of strings on {P}.",
            ],
        },
        "sport": {
            "title": ["Club fixtures and membership renewal", "Cricket club: weekend fixtures"],
            "neg": [
                "Saturday's {N:age_group} result: {N:match_score}; the seconds made {N:cricket}.",
                "Table after six rounds: {N:league}.",
                "Renewal fees are {N:price} (adults); your membership number is printed as {N:member_no}.",
                "Best time at the Sunday road race: {N:race_time}.",
            ],
            "phone": [
                "Match-day changes are confirmed by the fixtures secretary on {P}.",
                "If the ground is waterlogged, the groundsman will text from {P}.",
            ],
        },
        "scouts": {
            "title": ["Scout troop: letter to parents about summer camp", "Cubs and Beavers: term programme"],
            "neg": [
                "Camp costs {N:price} per child, including the coach and the badge kit.",
                "We meet on Fridays at {N:start_time}; the {N:age_group} group starts half an hour earlier.",
                "Please return the health form with the membership number {N:member_no}.",
            ],
            "phone": [
                "During camp, the leaders' mobile is {P} for emergencies only.",
                "Our group scout leader can be reached on {P} in the evenings.",
            ],
        },
        "library": {
            "title": [
                "Library and museum events: this month's programme",
                "Museum study day and library talks",
            ],
            "neg": [
                "The talk draws on the object {N:inventory} from the textile collection.",
                "The book of the month is shelved at {N:shelfmark}; the journal is ISSN {N:issn}.",
                "Tickets for the study day cost {N:price}; your booking reference looks like {N:ticket}.",
            ],
            "phone": [
                "Booking is essential: call the learning team on {P}.",
                "For wheelchair access to the gallery, ring the front desk on {P}.",
            ],
        },
        "choir": {
            "title": [
                "Choral society: rehearsal plan for the spring concert",
                "Amateur theatre: rehearsal schedule",
            ],
            "neg": [
                "Tuesday: Haydn {N:opus}, bars {N:bars}, then the tenors alone.",
                "Take the Allegro at {N:metronome} for now; we will speed up after the sectional.",
                "Front-of-house volunteers will sit in {N:seat} on the night.",
                "Sunday service with the choir: opening hymn {N:hymn}, anthem by Stanford.",
            ],
            "phone": [
                "Apologies for absence to our rehearsal secretary on {P}, please.",
                "Costume fittings are arranged by the wardrobe mistress, {P}.",
            ],
        },
        "forum": {
            "title": [
                "Forum thread: fiddle yard for my layout",
                "Re: best lens for garden birds?",
                "Chess club forum: Wednesday ladder results",
            ],
            "neg": [
                "I run {N:scale} on a 2.4 m board with minimum radius {N:track_radius}.",
                "Changed {N:dcc} on my {N:loco} and it finally crawls properly.",
                "Shot at {N:exposure} on the {N:focal} zoom; the light was poor.",
                "Board 2 went {N:chess_moves} and my opponent ({N:elo}) resigned at move 30.",
                "Gauge swatch came out at {N:knit_gauge} on 4 mm needles, so I went down a size.",
                "Sowed the tomatoes at {N:sow_temp}, spacing {N:spacing}, hardy to {N:hardiness}.",
            ],
            "phone": [
                "If anyone wants the spare points, PM me or ring {P} after six.",
                "The club secretary said to call {P} to book a table for the rapidplay.",
            ],
        },
    },
    "local1": [
        "Within {T}, simply dial {L} for the office.",
        "Local to {T}? The helpline is just {L}.",
        "From a {T} landline you only need {L}.",
        "Reception ({T} exchange): {L}.",
    ],
    "local2": ["In {T}: office {L}, evenings {L}.", "From any {T} phone, dial {L} (desk) or {L} (coach)."],
    "service": ["Our free advice line is {S}.", "Bookings also on {S} (no charge from most phones)."],
    "list_head": ["Useful numbers:", "Who to call", "Contacts for the term:"],
    "list_labels": [
        "Office",
        "Secretary",
        "Treasurer",
        "Head coach",
        "Bookings",
        "Welfare officer",
        "Box office",
        "Course leader",
    ],
    "email": ["Send your form to {E} by Friday.", "Questions? Write to {E}."],
    "card": ["Membership paid by card {C}; please keep this receipt."],
    "iban": ["Subscriptions by bank transfer to IBAN {I}."],
    "ip": ["The portal logged your last sign-in from {IP}."],
    "ssn": ["For the financial-aid form we need the student's SSN, {SSN}."],
    "domains": [
        "students.example.ac.uk",
        "filmsoc.org.uk",
        "riverside-cc.co.uk",
        "lang-centre.edu",
        "gmail.com",
        "outlook.com",
        "umich.edu",
        "scouts-troop12.org",
    ],
    "roles": ["admissions", "exams", "secretary", "membership", "bookings", "info", "registrar"],
}
