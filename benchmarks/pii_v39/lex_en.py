"""English news and public-record text for v39 (en_US, en_GB, en_IN, en_AU, en_IE)."""

GENRES = {
    "local": [
        "Parish council approves new footbridge after long wait",
        "The village of {name} Green, population {pop}, last had a crossing here in {founded}.",
        "Councillors voted {seats} in favour, with work due to start on {date} at {time}.",
        "The scheme is expected to cost {price} per household over the next ten years.",
    ],
    "appeal": [
        "Police appeal after van stolen from driveway",
        "Officers were called at about {time} on {date} after a white van was taken from outside a house.",
        "The van was last seen heading towards the {road}, and a man aged {age} has been spoken to.",
        "Please quote crime reference {crimeref} when getting in touch.",
    ],
    "obit": [
        "Death notice",
        "{name}, ({years}), peacefully at home surrounded by family, aged {age}.",
        "Service at St Michael's at {time} on {date}; interment in plot {plot} of the town cemetery.",
        "Family flowers only, please.",
    ],
    "sport": [
        "Rovers hold nerve to edge derby",
        "Goals in the {minute} and {minute} settled it, and the final score was {score} in front of "
        "{attend}.",
        "Table after the weekend (P W D L F-A Pts): Rovers {table}",
        "The winner finished the half marathon in {racetime}, with the field stretched over the last mile.",
        "Leading scorer went {boxscore} as the Hawks closed out the fourth quarter.",
    ],
    "court": [
        "Man jailed for fraud against elderly neighbours",
        "Case {case} was heard over three days before the verdict on {date}.",
        "The court heard the defendant, {age}, had taken {price} from two accounts.",
        "He was ordered to pay back the money within {route} days.",
    ],
    "encyclo": [
        "History",
        "The club was founded in {founded} and its ground holds {capacity} spectators.",
        "The town covers {area} and lies {elev} metres above sea level; the {founded} census recorded "
        "{pop} residents.",
        "The company, registered under number {company}, moved its head office in {founded}.",
    ],
    "listings": [
        "What's on this week",
        "Saturday: farmers' market from {time}, tickets for the evening quiz are {price} on the door.",
        "Book signing of the new local history ({isbn}) on {date} at {time}.",
        "Bus route {route} will run a late service after the concert.",
    ],
    "letter": [
        "Letters to the editor",
        "Sir, the bypass was promised in {founded} and we are still waiting; my street sees {attend} "
        "lorries a week.",
        "Your report of {date} said turnout was {turnout}, which is hardly a mandate.",
        "Yours faithfully, {name}",
    ],
    "wire": [
        "{wire} UPDATE 2-Markets close higher as rate fears ease",
        "The index finished at {index}, while the euro traded at {fx} dollars.",
        "Lawmakers passed {bill} by {seats}, sending it to the governor.",
        "Flight {flight} was diverted after a technical fault, officials said.",
    ],
    "classified": [
        "SMALL ADS",
        "FOR SALE: hatchback, {engine} cc, {mileage} miles, full history, {price} ono.",
        "TO LET: two-bed flat, {sqm}, available from {date}. Reply to box {boxno}.",
        "SITUATIONS VACANT: part-time driver, ref {jobref}.",
    ],
    "bulletin": [
        "Weather and travel",
        "Highs of {temp} today, pressure {hpa}, gusts up to {wind} on the coast, {rain} of rain overnight.",
        "High water at the harbour {tide}; UV index {uv}.",
        "Delays on the {road} after a breakdown; the {train} is running about 20 minutes late.",
        "Travel news is on {freq} every fifteen minutes.",
    ],
}

INDIA = {
    "local": [
        "Ward committee clears new drainage line",
        "The ward has {indnum} residents, and the project cost is Rs {indnum}.",
        "Work will begin on {date} and the contractor has {route} days to finish.",
    ],
    "sport": [
        "Hosts post big total in day-night match",
        "The home side made {cricket}, with the opener scoring a brisk century.",
        "A crowd of {attend} watched the chase fall short.",
    ],
    "bulletin": [
        "Rail and weather update",
        "Train no. {train} will leave at {time} from platform 4; maximum temperature {temp}.",
        "Rainfall recorded till 8.30 am: {rain}.",
    ],
}

SLOTS = {
    "intl": [
        "Anyone with information is asked to call the incident room on {p}.",
        "Readers abroad can reach the newsdesk on {p}.",
        "The family can be contacted through the funeral director on {p}.",
        "The club's overseas supporters' branch answers on {p}.",
        "A spokesperson for the firm, reached on {p}, declined to comment.",
    ],
    "nat": [
        "Anyone who saw the van between those times should ring {p}.",
        "Tickets from the box office, {p}, or on the door.",
        "Enquiries about the sale to {name} on {p} after 6pm.",
        "Witnesses, or anyone with dashcam footage, can call detectives on {p}.",
        "For the full programme ring the visitor centre on {p}.",
        "Condolences may be passed on by phoning {name} on {p}.",
    ],
    "local": [
        "From a {town} phone just dial {p} for the branch office.",
        "({town} callers) box office {p}",
        "The {town} desk is on {p} for anyone ringing inside the city.",
        "Locals in {town} can ring {p}, no code needed.",
        "Tel. {p} ({town} exchange)",
    ],
    "service": [
        "Victims of crime can get free support on {p}.",
        "The council's freephone flood line is {p}.",
        "Travel updates are also on {p}.",
    ],
    "email": [
        "Send your letters, with a full postal address, to {e}.",
        "Photos of the event can be emailed to {e}.",
        "Information can also be given by email to {e}.",
        "Entries to {e} by Friday.",
    ],
    "iban": [
        "Donations in lieu of flowers to the hospice appeal, IBAN {i}.",
        "The fund's account is {i}; every pound goes to the rebuild.",
    ],
    "card": [
        "The court heard he used the stolen card, number {c}, at three petrol stations.",
        "Prosecutors said the card number {c} was used for online purchases.",
    ],
    "ip": [
        "The attack was traced to the address {ip}, the court was told.",
        "Investigators linked the posts to the IP address {ip}.",
    ],
    "ssn": [
        "The indictment lists a Social Security number, {s}, taken from a deceased veteran.",
        "She told the jury the form bore the number {s}, which was not hers.",
    ],
    "list_head": ["Useful numbers:", "Contacts", "Ticket outlets", "Where to call:"],
    "list_item": ["{label}: {p}", "- {label} {p}", "{label} ... {p}"],
    "labels": [
        "Town hall",
        "Library",
        "Leisure centre",
        "Club secretary",
        "Funeral director",
        "Tourist office",
        "Parish office",
        "Ground office",
        "Community hall",
        "Main desk",
    ],
}

HI_SLOTS = None
