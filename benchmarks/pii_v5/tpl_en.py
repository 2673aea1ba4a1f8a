"""English positive templates (en_US, en_GB, en_IN, en_AU). "@US " marks a US-only template."""

T = {
    "podcast_notes": [
        """Episode {n:12-240}: "{pick:Sourdough and Small Claims|The Allotment Years|Night Buses of {town}|Fixing Old Radios}"
Show notes. Recorded {date}, runtime {n:38-92} min.

00:00 Intro
0{n:1-9}:{n:10-59} {p1} on starting out
{n:20-40}:{n:10-59} Listener questions

Guest: {p1}, {org}. Want to be on the call-in segment? {ctx} {loc} (voicemail open {neg:hours}) {pick:or email {email:role}|or use the freephone {svc}}.
Sponsored by {company}: use code LISTEN{n:10-30} for {n:10-25}% off. Book mentioned: {neg:isbn}.""",
        """{pick:Ep.|Episode} {n:3-99} show notes — {pick:'Who Owns the Creek?'|'Lost Recipes'|'Bell Ringers'}
Links: the {neg:statute} ruling we discussed; {p1:f}'s blog; the census table ({neg:population}).
Corrections: last week we said {neg:year_range}; it was {neg:year_range}. Sorry!
Call the listener line, {pick:it's|we're on} {loc}, {pick:and leave your question after the beep|any time}. Producer: {p2}{pick: <{email:p2}>|}.""",
    ],
    "court_docket": [
        """{pick:SUPERIOR COURT|DISTRICT COURT|COUNTY COURT} AT {town} — DAILY CALENDAR, {date}
{neg:docket}  {p1:lf} v. {org}  Courtroom {n:1-14}, {neg:time}
   Counsel for plaintiff: {p2}, {ctx} {nat}{pick:, {email:p2}|}
{neg:docket}  In re Estate of {p3}  ({neg:statute})
   Petitioner self-represented; phone on file: {loc}
{neg:docket}  People v. {last}  Continued to {neg:date}""",
        """Docket sheet {neg:docket}
{date}  Complaint filed; fee {neg:price} paid (receipt {neg:invoice}).
{date}  Summons issued to {org}, {street}, {town}.
{date}  Notice of appearance, {p1}, Esq. Tel. {nat}; fax {fix}{pick:; {email:p1}|}
{date}  Hearing set {neg:date} {neg:time}, Dept. {n:1-40}.{pick:
{date}  Bond refunded to plaintiff's account {iban}.||}""",
    ],
    "trial_recruit": [
        """VOLUNTEERS WANTED — {pick:ASTHMA|KNEE PAIN|SLEEP|MIGRAINE|ECZEMA} STUDY
{org} is looking for adults aged {n:18-30} to {n:55-75} living near {town}. Study {neg:trial_id}.
Up to {n:6-12} visits over {n:8-26} weeks; you will be paid up to {neg:price}.
Interested? {pick:Call our study nurse on|Reach the research desk at|Ring the trial line:} {loc}{pick: or write to {email:role}| (freephone {svc})|}.
Ethics approval {neg:date}. Park at the {neg:room} entrance; {neg:bus} stops outside.""",
        """@US Participant payment form — {neg:trial_id}
Name: {p1}   SSN: {ssn}   (needed for stipends over $600)
Phone: {nat}   Visit {n:1-8} completed {date}; stipend {neg:price}.
Study coordinator: {p2}, {ctx} {loc}.""",
    ],
    "uni_timetable": [
        """{pick:Autumn|Spring|Michaelmas} term timetable — {pick:Dept. of Classics|School of Chemistry|Faculty of Law|Music Department}
Mon {neg:time}  Lecture, {neg:room}
Wed {neg:time}  Seminar group {n:1-6}, {neg:room}
Office hours: {p1}, {neg:room}, {neg:hours}; {ctx} {loc}{pick: (internal ext. {n:2000-4999})|}
Course secretary {p2}{pick:: {email:p2}|, via the department office}
Exam {neg:date}, {neg:room}. Set text {neg:isbn}.""",
    ],
    "hackathon_readme": [
        """# {pick:TeamByte|QuietHands|OpenGrain|BusStopBuddy} — {town} Hackathon {n:2019-2025}

Built in {n:24-48} hours. Demo server: `{ip4}:{n:3000-9000}`{pick: (IPv6 `{ip6}`)|}.

## Run it
```
pip install -r requirements.txt   # tested on Python 3.{n:9-12}
python app.py --port {n:5000-5999}
```
Current {neg:version} ({neg:hash}).

## Team
- {p1}{pick:: {email:p1}|}
- {p2}: {email:p2}, {pick:phone|mobile|cell} {nat}

Judges' hotline during the event: {svc}""",
    ],
    "auction_catalogue": [
        """LOT {n:1-400}. {pick:A Victorian walnut writing slope|Pair of Staffordshire dogs|A 1960s diver's watch|Three botanical prints|A Georgian silver caddy spoon}, {neg:year_range}. {neg:measurement}.
Estimate {neg:price} to {neg:price}. {neg:accession}.
Provenance: private collection, {town}.

Absentee and telephone bids: {p1}, {pick:bids office|front counter|saleroom}, {ctx} {loc}{pick:; {email:role}|}. {pick:Telephone bidders must register a card: {cc}.|}
Buyer's premium {neg:percent}. Viewing {day} {neg:time}.""",
        """@US Consignor sheet — {org} Auctions, sale of {date}
Consignor: {p1}, {street}, {town}
TIN/SSN: {ssn}    Payout by check
Lots {n:1-50} to {n:51-120}; commission {neg:percent}. Seller's phone {loc}""",
    ],
    "museum_label": [
        """{pick:Unknown maker|Workshop of {name}}, {pick:ceremonial jug|ship model|sampler|ledger}, {neg:year_range}
{pick:Earthenware|Oak and brass|Linen, silk thread}. {neg:measurement}.
{neg:accession}. Gift of the {last} family, {n:1950-2020}.
For school visits and handling sessions {pick:ring the learning team on|call the education office on|phone the learning desk:} {loc}.""",
    ],
    "ship_manifest": [
        """CARGO MANIFEST — MV {pick:NORTHERN STAR|ELBE TRADER|CAPE ROSA|SEA WREN}  {neg:imo}
Port of loading: {city}   Voyage {n:100-999}{pick:N|S|E|W}   ETA {neg:timestamp}
{neg:container}   {pick:machine parts|coffee, green|ceramic tiles|frozen fish}   {neg:measurement}
{neg:container}   {pick:textiles|wine, bottled|paper rolls}   {neg:measurement}
Ship's agent: {org}, {p1}, {ctx} {nat}; after hours {abroad}. {pick:{email:role}|Agent ref. {neg:phone_like}}""",
    ],
    "conf_badge": [
        """+------------------------+
  {p1:f}
  {p1:l}
  {org}
  {pick:SPEAKER|ATTENDEE|VOLUNTEER|EXHIBITOR}
+------------------------+
Badge {neg:serial}. If found please {pick:call|ring|text} {nat}{pick: or mail {email:p1}|}.""",
    ],
    "radio_transcript": [
        """[{neg:time}] HOST: ...and {pick:the Rovers|United|the Lions} came back to win {neg:score}. You're listening on {neg:frequency}.
[{neg:time}] HOST: Lines are open, {ctx} {loc}, that's {pick:the studio line|our phone-in}.
[{neg:time}] CALLER ({p1:f}, {town}): Hi, long-time listener, first time caller...
[{neg:time}] HOST: Travel: {neg:bus} is diverted and there's a {n:2-40}-minute delay on the ring road.""",
    ],
    "fanfic_notes": [
        """A/N: Chapter {n:2-40} of "{pick:Salt and Starlight|The Quiet Heir|Ten Thousand Lanterns}" ({n:2000-9000} words). Thanks to my beta {p1:f}!
Updates every {day}. The Discord is full, but you can email me at {email:p2}.
Commissions open ({neg:price}). Kudos count {n:100-9999}. Posted {neg:timestamp}.""",
    ],
    "recipe_card": [
        """RECIPE CARD — {pick:Grandma|Auntie|Nana} {p1:f}'s {pick:Apple Cake|Dal Makhani|Shortbread|Corn Chowder}
Serves {n:4-10} · oven {neg:temperature} · {n:25-90} min
- {neg:measurement} flour
- {n:2-4} eggs
- {neg:measurement} milk
Card {n:2-30} of {n:30-60}, from the {town} church cookbook ({neg:isbn}, {neg:price}). Copies from {p2}, {ctx} {loc}.""",
    ],
    "guest_book": [
        """{date}, room {n:1-30}. Wonderful stay, the {pick:kippers|porridge|pancakes} were a dream! {p1} & {p2:f}, {city}
{date}. Lovely hosts. If you're ever our way, look us up: {email:p3}. Home phone {abroad}.
{date}. {n:3-7} nights, {neg:score} at Scrabble, rain every day. The {last}s""",
    ],
    "vet_record": [
        """{org} Veterinary Clinic — patient record
Patient: {pick:Biscuit|Luna|Mr Pickles|Juno|Rolo} ({pick:Labrador|DSH cat|rabbit|Border Collie}), {neg:microchip}
Weight {neg:measurement}, temp {neg:temperature}
Owner: {p1}, {street}. {ctx} {loc}{pick:; mobile {mob}|}
{date}: booster given, {neg:lot}. Next due {neg:date}.
Paid by card {cc}. {neg:invoice}""",
    ],
    "coop_newsletter": [
        """{town} {pick:Growers'|Dairy|Orchard} Co-op — {pick:Spring|Harvest|Winter} newsletter
Milk price this month {neg:price} per litre; {neg:stock} bales in the barn.
The baler ({neg:model}) is booked through {neg:date}. To book it, {ctx} {loc} ({p1:f}).
Members' phone list:
{rows:2-3}
Dues by transfer to {iban}, reference your {neg:account_ref}.""",
    ],
    "mod_changelog": [
        """## {neg:version} — {date}
- Fixed crash loading saves over {n:2-64} MB ({neg:hash})
- Server browser accepts IPv6; public test server {ip6}
- Rebalanced {pick:iron ore|mana potions|crafting XP} ({neg:percent})
- Thanks {p1:f} for the report.{pick: Nightly mirror: {ip4}|}
Contact {email:p1}""",
    ],
    "slack_export": [
        """#{pick:ops|front-desk|field-team|general}, exported {neg:timestamp}
[{neg:time}] {p1:f}: who has the number for the {pick:plumber|locksmith|caterer}?
[{neg:time}] {p2:f}: {pick:it's|try} {nat}, ask for {first}
[{neg:time}] {p1:f}: thx. also {neg:version} is live on {ip4}{pick:
[{neg:time}] {p2:f}: deposit for the caterer went on the team card {cc}, exp {n:1-12}/{n:26-30}|}
[{neg:time}] {p3:f}: the {town} office line is {loc} if he doesn't pick up""",
    ],
    "patient_portal": [
        """@US MyChart message — {org}
Dear {p1:f}, your results from {date} are ready ({neg:percent}).
On file: DOB {neg:date}, SSN {ssn}, pharmacy {nat}.
Questions? {ctx} {loc} ({neg:hours}). Ref. {neg:ticket}.""",
        """Patient portal — secure message from {org}
Hi {p1:f}, your repeat request ({neg:lot}) was approved on {date}. Collect after {neg:time}.
If anything changes, {pick:phone the surgery on|ring reception on|call the practice:} {loc}{pick:, or use {email:role}|; out of hours {svc}}.""",
    ],
    "citizen_science": [
        """Observation log — {pick:Garden Bird Count|Rain Gauge Network|Moth Night|Stream Watch}
Station {town}-{n:1-99} ({neg:coordinates}), logger {ip4}
{date}  {neg:time}  reading {neg:measurement}  temp {neg:temperature}
{date}  {neg:time}  reading {neg:measurement}  note: {pick:heron seen|gauge overflow|battery swapped}
Volunteer: {p1}{pick: ({email:p1})|}. Coordinator {p2:f}: {ctx} {loc}""",
    ],
    "garage_sale": [
        """GARAGE SALE this {day} from {neg:time}! {street}
Kids' bikes, {pick:a treadmill|power tools|vinyl (200+)|baby gear}, everything {neg:price} or less.
No early birds please. Questions? {ctx} {loc}{pick: (after 6)|}. Cash or card.""",
        """Moving sale, everything must go by {neg:date}. Sofa {neg:price}, desk {neg:price}, {pick:washer|fridge} ({neg:model}) {neg:price}.
{p1:f} at {street}, {town}. {pick:The number's|Ring|Text or ring} {loc}, or {mob}.""",
    ],
    "choir_rota": [
        """{town} {pick:Community|Chamber|Gospel} Choir — {pick:phone list|telephone round|phone list, please keep private} {n:2023-2025}
(all numbers {area} unless shown)
{rows:2-3:voice}
Rehearsals {day}s {neg:time}, {neg:room}.""",
    ],
    "allotment_tree": [
        """{town} Allotment Society — who to ring
Water back on {date}. Skip arrives {neg:date}.
Plot holders' phone tree:
{rows:2-3:plot}
Gate code changes monthly, ask the secretary, {p1}: {ctx} {loc}.""",
    ],
    "carpool_sheet": [
        """Carpool sign-up — {pick:Lincoln Elementary|St Mary's swim club|Sunday football}
Pick-up {neg:time} at {street}.
Drivers (name, day, phone):
{rows:2-3:day}
Questions to {email:p1}""",
    ],
    "food_bank_rota": [
        """{town} Food Bank — volunteer shifts, week of {date}
Stock check: {neg:stock} tins. Van {neg:plate}.
Shift contacts, phone if you can't make it:
{rows:2-3:task}
Coordinator {p1}: {nat}""",
    ],
    "lab_notebook": [
        """Lab notebook p. {n:1-200}, {date}
Buffer: {neg:cas}, {neg:measurement}; {neg:lot}. Incubator {neg:temperature}.
Run finished {neg:timestamp} (run {neg:uuid}). Data copied to {ip4}.
{p1:f} away till {neg:date}. {pick:Cover calls on|Emergencies:} {loc}""",
    ],
    "theatre_programme": [
        """{pick:THE IMPORTANCE OF BEING EARNEST|OUR TOWN|BLITHE SPIRIT|A DOLL'S HOUSE}
{town} Little Theatre, {date} to {neg:date}, curtain {neg:time}
Cast: {p1}, {p2}, {name}. Director {p3}.
Box office: {ctx} {loc}. Group bookings {svc}.{pick: Card held for group deposit: {cc}.||}
Running time {n:2-3} hrs incl. interval.""",
    ],
    "kennel_card": [
        """BOARDING CARD — {pick:Happy Tails|Barkley Lodge|Whiskers Inn}
Pet: {pick:Toffee|Bear|Nala} · kennel {n:1-40} · in {date}, out {neg:date}
Feeding {neg:measurement} twice daily. {neg:microchip}
Owner {p1}, {ctx} {loc}; emergency contact {p2:f} {mob}
Deposit on {neg:masked_card}.""",
    ],
    "quiz_night": [
        """Quiz night results — {town} {pick:Arms|Tavern|Social Club}
1. {pick:Quizteama Aguilera|Les Quizerables|The Usual Suspects}  {n:40-60} pts
2. {pick:Tequila Mockingbird|Agatha Quiztie}  {n:30-50} pts
Picture round answers: {neg:year_range}, {neg:population}, {neg:flight}.
Next week's quizmaster is {p1:f}. Team bookings: {ctx} {loc}.""",
    ],
    "tm_export": [
        """<tu tuid="{n:1000-99999}" creationdate="{neg:timestamp}">
  <tuv xml:lang="en-US"><seg>For bookings call {loc}.</seg></tuv>
  <tuv xml:lang="es-ES"><seg>Para reservas llame al {again}.</seg></tuv>
</tu>
<tu tuid="{n:1000-99999}"><tuv xml:lang="en-US"><seg>Order {neg:order} ships {neg:date}.</seg></tuv></tu>""",
    ],
    "bail_bond_receipt": [
        """@US {pick:Liberty|Second Chance|Freedom} Bail Bonds — receipt {neg:invoice}
Defendant: {p1}    SSN {ssn}    {neg:docket}
Indemnitor: {p2}    {pick:SSN {ssn}|relationship: {pick:mother|brother|employer}}
Bond amount {neg:price}; premium {neg:percent}. Court date {neg:date}, {neg:time}.
Indemnitor phone {loc}; office, 24/7: {svc}""",
    ],
    "pantry_intake": [
        """@US {town} Food Pantry — household intake
Head of household: {p1}, SSN {ssn} (optional, for SNAP referral)
Household size {n:1-8}; monthly income {neg:price}. Visit {n:1-12} this year.
Call-back number: {nat}. Volunteer on duty {p2:f}; pantry line {loc}.""",
    ],
    "genealogy_notes": [
        """@US Family tree notes — the {p1:l} line
{p1}, b. {neg:date}, d. {neg:date}. SSDI: SSN {ssn} (issued in {pick:Ohio|Texas|Iowa|Maine}).
{pick:Spouse {p2}, SSN {ssn}.|Spouse {p2}, no SSDI entry found.}
Census {n:1900-1950}: {town}, household of {n:3-9}. Obituary clipping, {neg:pages}.
Cousin {p3:f} has the family bible; {pick:her number is|call her on|ring her at} {loc}.""",
    ],
    "juror_questionnaire": [
        """@US JUROR QUESTIONNAIRE — {town} County, panel {n:100-999}
Name: {p1}    Social Security No.: {ssn}
Daytime phone: {loc}    Employer: {org}
Report on {neg:date} at {neg:time}, {neg:room}. Questions: jury office {svc}.""",
    ],
}
