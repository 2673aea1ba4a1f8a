"""English sentences: games and play. Slots: {nat} {intl} {oth} {loc} {email} {card} {iban} {ip} {ssn}
{neg} {name} {town}. 'ph' sentences carry at least one phone slot, 'plain' ones none."""

EN = {
    "esports": {
        "head": [
            "Tryout night – academy roster",
            "Scrim schedule, split 2",
            "Team manager's memo",
            "Bootcamp logistics",
        ],
        "ph": [
            "Tryouts for the academy roster start Friday; if the Discord voice channel drops, our manager "
            "{name} takes calls on {nat}.",
            "Parents of under-18 players can reach the welfare officer directly at {nat} during bootcamp "
            "week.",
            "Our sponsor's hardware rep is based abroad – text {intl} if a headset arrives broken.",
            "Travel questions for the away qualifier go to the booking agent: {oth}, lines open 9–5.",
            "Coach {name} is on {intl} while the team is in Katowice; keep it to emergencies.",
        ],
        "plain": [
            "Reminder: warm-up aim routine is 20 minutes, no exceptions.",
            "Last scrim ended {neg}, so we review the tapes on Tuesday.",
            "Jersey sizes are due to {email} by the end of the week.",
            "The stream overlay pulls stats from the tournament API; player card shows {neg}.",
            "Expense claims for the LAN final go by bank transfer to {iban}.",
        ],
    },
    "boardgame": {
        "head": ["Thursday board game night", "Club newsletter – February", "Meeplemania meetup notes"],
        "ph": [
            "New faces are always welcome; if the back room door is locked, give {name} a ring on {nat}.",
            "Running late for the campaign session? Leave a message with the café on {nat} and we'll save "
            "your seat.",
            "Our sister club in Lisbon says hi – their organiser is reachable on {intl} for anyone visiting.",
            "Lost a card sleeve box last week? The venue's lost property line is {nat}.",
        ],
        "plain": [
            "We got through two rounds of the new engine builder and one very tense co-op game.",
            "Donations for the shared library can go to {iban}; last month paid for three expansions.",
            "The rulebook dispute was settled: see {neg} for the exact wording.",
            "Please sign up for the Saturday tournament by mail at {email}.",
            "Snacks fund is healthy, thanks to everyone who chipped in.",
        ],
    },
    "escape": {
        "head": [
            "Your escape room booking",
            "Booking confirmation – The Clockmaker's Attic",
            "Team photo and results",
        ],
        "ph": [
            "If you are running more than ten minutes late, call the front desk on {nat} so we can hold the "
            "room.",
            "Need to change the date? Our bookings team is on {oth} (free from landlines).",
            "Group organiser: {name}, mobile {nat}.",
            "Corporate team-building enquiries: {nat} or {email}.",
        ],
        "plain": [
            "Your team escaped with {neg} – well done!",
            "The deposit was charged to card {card}; the balance is due on arrival.",
            "Please arrive fifteen minutes before your slot for the safety briefing.",
            "Booking details: {neg}.",
            "The room is not suitable for claustrophobic players, and some puzzles need colour vision.",
        ],
    },
    "arcade": {
        "head": ["Retro arcade – party package", "High-score wall update", "Birthday party confirmation"],
        "ph": [
            "For party bookings phone the duty manager on {nat}; weekends fill up fast.",
            "The pinball tech who fixed the flipper coils works out of Dublin, {intl}.",
            "Questions about the card top-up machine? Our help line is {oth}.",
        ],
        "plain": [
            "New top entry on the cabinet by the door: {neg}.",
            "The party package includes {neg} per child and a pizza table for an hour.",
            "We charged the booking fee to the card ending in {card}.",
            "Air hockey table two is out of order until Monday.",
        ],
    },
    "lan": {
        "head": ["LAN party – what to bring", "Winter LAN: seating plan", "LAN weekend FAQ"],
        "ph": [
            "Problems on the night? The network crew lead, {name}, is on {nat} – don't DM, just call.",
            "The venue caretaker can be reached on {nat} for anything about the building or parking.",
            "Our equipment hire partner is on {oth} if you need a monitor.",
        ],
        "plain": [
            "Game servers sit on {ip}; the tournament admin panel is on {ip}.",
            "Bring your own extension lead; your spot is {neg}.",
            "Power budget per seat is tight: {neg}.",
            "Entry fee (£25) can be paid by transfer to {iban} or at the door.",
            "Please set your display name before arriving and send it to {email}.",
        ],
    },
    "gameshop": {
        "head": ["Your pre-order at Dice & Dragons", "Order update", "Trade-in receipt"],
        "ph": [
            "Your pre-order is ready for collection; call the shop on {nat} if you want us to hold it "
            "longer.",
            "Questions about delivery? Our couriers' support line is {oth}.",
            "Store manager {name} can be reached on {nat} on weekdays.",
        ],
        "plain": [
            "Item: deluxe edition, {neg}.",
            "Paid with card {card}.",
            "Trade-in credit has been added to your store account; receipt sent to {email}.",
            "Your card was charged for the deposit; the rest is due on release day.",
            "For US tax exemption forms we need the SSN on file ({ssn}) to match the W-9.",
        ],
    },
    "chess": {
        "head": ["Club championship – round pairings", "Junior chess camp", "Rapid tournament results"],
        "ph": [
            "Arbiter on the day: {name}, reachable on {nat} if you will miss the first round.",
            "Parents picking up juniors after the camp can call the hall on {nat}.",
            "Visiting players from abroad can contact the chief arbiter on {intl}.",
        ],
        "plain": [
            "Pairings are out: {neg}.",
            "The time control will be {neg} with increment from move one.",
            "Entry fees go to the club account {iban}; please use your name as the reference.",
            "Last round's brilliancy prize went to the game that opened {neg}.",
            "Rating update: {neg}.",
        ],
    },
    "bridge": {
        "head": ["Tuesday duplicate – results", "Bridge club notices", "Learn bridge: beginners' course"],
        "ph": [
            "Need a partner for Tuesday? Ring our partnership secretary {name} on {nat}.",
            "If the evening is cancelled because of snow, we put a message on the club phone, {nat}.",
            "Our beginners' teacher is in Spain this winter but answers WhatsApp on {intl}.",
        ],
        "plain": [
            "Top score of the evening: {neg}.",
            "Board 14 produced the biggest swing, {neg}.",
            "Annual subscriptions can be paid to {iban} before the AGM.",
            "Remember to enter the result in the scorer before moving to the next table.",
            "Opening 1NT in our system shows {neg}.",
        ],
    },
}

# announced local numbers, one region per list; {town} names the town, {loc} is a subscriber part
LOCAL_US = [
    "If you're calling from a {town} landline, the arcade desk is just {loc}.",
    "{town} players: the front counter answers on {loc} – no area code needed in town.",
    "Local line for the {town} chess club (seven digits from anywhere in the city): {loc}.",
    "Dial {loc} from inside {town} for the LAN crew; leave the area code off.",
    "Escape room hotline – {town} callers only: {loc}. Group bookings: {loc}.",
    "Hobby store in {town}, local number {loc}, open till 9 on game nights.",
]
LOCAL_GB = [
    "Calling from within {town}? The club phone is simply {loc}.",
    "{town} members can ring the card room on {loc} (local call, leave off the dialling code).",
    "Box office for the {town} board game café, local: {loc}.",
    "From a {town} landline dial {loc} for the escape rooms; the party desk is on {loc}.",
    "If you are in {town} itself, {loc} will reach the duty steward.",
    "Local to {town}? The arcade's number without the code is {loc}.",
]
LOCAL_IN = [
    "Within {town} city, the chess academy's landline is {loc} (no STD code needed).",
    "{town} local callers can reach the gaming café reception on {loc}.",
    "For the {town} LAN meet, dial {loc} from any city landline.",
    "Board game store, {town} branch – local number {loc}, evenings {loc}.",
    "Players in {town} can ring the tournament desk directly: {loc}.",
    "From a {town} landline, just {loc} for the club secretary.",
]

LIST_HEADS = ["Club contacts", "On the day", "Phone tree", "Team numbers", "Who to call"]
