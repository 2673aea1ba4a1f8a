"""English sentences (en_US, en_GB, en_IN, en_AU, en_IE): media and broadcasting genres.

Slots: {phone} national, {mob} national mobile, {intl} international, {free} toll-free or UAN,
{email} personal e-mail, {role} role e-mail, {ip} public IPv4, {ipp} private IPv4, {ip6} IPv6,
{card}, {iban}, {ssn}, {neg} a hard negative, {name} a person, {town} a town.
"""

GENRES = {
    "phonein": {
        "titles": [
            "Phone-in running order",
            "Producer's call sheet – breakfast phone-in",
            "Tonight's phone-in: notes for the presenter",
            "Call log, Saturday sports phone-in",
        ],
        "pos": [
            "Lines open at nine; listeners can call the studio on {phone} or text the show.",
            "Caller 3 is {name}, a retired bus driver, holding on {mob} – he wants to talk about the route "
            "cuts.",
            "If the lines jam, the overflow desk picks up on {phone}; tell callers we will ring them back.",
            "{name} rang in from abroad and left {intl} as a call-back number; try her after the news.",
            "Producer's note: the guest will dial in from her car, reach her on {mob} if the ISDN drops.",
            "The free listener line, {free}, stays open until the end of the hour.",
            "Please don't read out {name}'s number on air; it's {mob} for the call-back only.",
            "Competition winner {name} gave SSN {ssn} for the prize tax form; keep it off the log.",
            "Second caller says he has tried {phone} twice and got the engaged tone – check the phone "
            "system.",
        ],
        "neg": [
            "Transmission check before we go live: {neg}.",
            "Engineer says the studio feed is on {neg}, nothing to change.",
            "For the log: {neg} – carried over from last week's running order.",
            "Presenter reminder: mention {neg} in the handover to the news.",
        ],
    },
    "newsdesk": {
        "titles": [
            "Newsdesk diary",
            "Tip-off memo",
            "Night editor's handover",
            "Newsdesk: contacts for tomorrow's story",
        ],
        "pos": [
            "Tip came in from {name}, who saw the fire from her kitchen; she's happy to talk on {mob}.",
            "The council's press line is {phone} but they stop answering at five.",
            "Photographer {name} is already on scene – reach him on {mob} before you send anyone else.",
            "Our stringer abroad can be reached on {intl}; she files by 6pm their time.",
            "Send the draft to {email} for a legal read before it goes up.",
            "Readers with information can contact the newsdesk on {phone} or by e-mail to {role}.",
            "The family's solicitor, {name}, asked us to call {phone} rather than the house.",
            "Freelance payment form for {name}: SSN {ssn}, invoice attached.",
        ],
        "neg": [
            "Copy is filed at {neg} and subbed for page 7.",
            "Court reporter notes {neg} for the hearing on Thursday.",
            "Picture desk logged {neg} against the story.",
            "For the archive: {neg}.",
        ],
    },
    "shownotes": {
        "titles": [
            "Show notes",
            "Episode notes and links",
            "This week on the podcast",
            "Show notes – bonus episode",
        ],
        "pos": [
            "Got a question for the mailbag? Leave us a voicemail on {phone} and we might play it next week.",
            "Our guest {name} runs a community kitchen; you can book a visit on {phone}.",
            "Listeners outside the country can leave a message on {intl}.",
            "Sponsor message: call {free} and mention the podcast for a free first month.",
            "Press and guest bookings: {role}.",
            "Corrections and feedback go to {email}; we read everything.",
            "Our RSS feed moved to a new host at {ip}; if your app stalls, re-add the feed.",
            "The live stream comes from our box at {ip6}, so IPv6-only listeners are covered.",
        ],
        "neg": [
            "Recorded in one take: {neg}.",
            "Chapter markers: {neg}.",
            "Credits: mixed by {name}; {neg}.",
            "Technical notes for the nerds: {neg}.",
        ],
    },
    "pressoffice": {
        "titles": ["PRESS RELEASE", "For immediate release", "Media advisory", "Notes to editors"],
        "pos": [
            "Media enquiries: {name}, press officer, {phone} (office) or {mob} (out of hours).",
            "Journalists outside the country should call {intl}.",
            "For interview requests please e-mail {role} or call {phone}.",
            "Donations to the appeal can be made by bank transfer to {iban}, reference APPEAL.",
            "The public information line, {free}, opens on Monday morning.",
            "Broadcast-quality clips are on our media server at {ip}; ask {name} for the login.",
        ],
        "neg": [
            "Embargo: {neg}.",
            "Release reference {neg}.",
            "Figures quoted: {neg}.",
            "Please credit photographs as follows: {neg}.",
        ],
    },
    "audience": {
        "titles": [
            "Viewer information",
            "Audience line script",
            "Duty log – audience services",
            "Complaints and comments",
        ],
        "pos": [
            "Viewers who want to comment on tonight's programme can call {phone}, lines open until midnight.",
            "Audience services on {free} cannot discuss individual competition entries.",
            "Caller {name} asked for a call-back on {mob} about the subtitles on last night's drama.",
            "The charity telethon took a card donation ending in the full number {card}; refund requested, "
            "see notes.",
            "For the licence refund, the viewer gave the account {iban}.",
            "Overseas viewers can reach the duty office on {intl}.",
            "Hearing-impaired viewers can use the text relay on {phone}.",
            "Prize-winner paperwork for {name}: W-9 received, SSN {ssn}, cheque to follow.",
        ],
        "neg": [
            "Programme logged: {neg}.",
            "Overnight figures: {neg}.",
            "Duty note: the complaint was about {neg}.",
            "Scheduling: {neg}.",
        ],
    },
    "obsheet": {
        "titles": [
            "Outside broadcast sheet",
            "OB logistics",
            "Remote broadcast: technical sheet",
            "Live from the county show – OB notes",
        ],
        "pos": [
            "Site contact is {name}, who will meet the truck at the gate; mobile {mob}.",
            "The venue office number is {phone}; ask for the events manager.",
            "Codec at the site is set to {ipp}; the studio end dials {ip}.",
            "If the satellite path fails, ring master control on {phone}.",
            "The hire company's 24-hour line is {free}.",
            "Our reporter on the continent is reachable on {intl} during the rehearsal.",
        ],
        "neg": [
            "Satellite booking: {neg}.",
            "Audio: {neg}.",
            "Rigging notes: {neg}.",
            "Uplink truck parks at {neg}.",
        ],
    },
}

LOCAL = [
    "If you're listening in {town}, the request line is simply {l1} – no need for the area code.",
    "Town-centre callers (that's {town}) can reach the newsroom on {l1}, or the picture desk on {l2}.",
    "Our {town} bureau: dial {l1} from any phone in town.",
    "{town} residents, the studio number for today's debate is {l1}; from a mobile add the area code.",
    'Presenter script: "And for those of you in {town}, the number to ring is {l1} – lines are open now."',
    "Viewers in the {town} area can leave a tip on {l1}; local call rates apply.",
    "Calling from a landline in {town}? Then it's just {l1} for the phone-in and {l2} for the traffic desk.",
    "The {town} press office moved: new local number {l1}.",
    "Remark from the producer – the {town} hospital switchboard, from within the city, is {l1}.",
    "{town} reporters' room (local dialling):\n{l1}",
]

LIST_HEADS = [
    "Contacts for this story",
    "Studio and desk numbers",
    "Who to call on the day",
    "Press contacts",
    "Numbers for the crew",
]
LIST_LABELS = [
    "Newsdesk",
    "Studio line",
    "Producer (mobile)",
    "Picture desk",
    "Night editor",
    "Press officer",
    "Traffic and travel",
    "Master control",
    "Duty office",
    "Switchboard",
]
