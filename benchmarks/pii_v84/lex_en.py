"""English sentences (en_US, en_GB, en_IN, en_AU, en_IE documents): fitness and martial arts."""

from .lexparse import parse

TEXT = """
[gym title]
Membership confirmation – Ironworks Strength & Conditioning
Front desk handover notes
Your new gym access, at a glance
Freeze request received
[gym body]
Your key fob is active from today; if the turnstile refuses it, call the front desk on {P}.
Welcome aboard, {N}! Your membership barcode is {n:barcode} and your locker is {n:locker}.
The first monthly payment of {n:price} was taken from card {C}. Questions about billing: {E}.
  Your membership will renew monthly until you cancel.
We have set up the direct debit from {IB} for {n:price} a month; the mandate reference follows by post.
Late shift cover this week: {N} ({PM}), then {N} from Thursday.
The member Wi-Fi portal lives at {IPP}; if the squat-rack tablets show a blank page, the kiosk at {IP}
  needs a restart – ping facilities on {PM}.
Please note the new opening hours ({n:hours}) and the personal-training desk line {PF}.
Your freeze runs from {n:gdate}; to end it early, email {E} or ring our head office on {PS}.
For the induction, bring trainers and a towel. Your trainer {N} will text you from {PM} the day before.
The sauna is closed for descaling. For anything urgent during the closure, our regional manager is on {PI}.
Receipt for the class pack ({n:capacity} sessions left) was sent to {EP}.
[gym neg]
Your barcode {n:barcode} opens locker {n:locker} and the towel station.
Peak hours are {n:hours}; the turnstiles log {n:steps} through the door on a typical Monday.
Plan for this block: back squat {n:sets} at {n:lift}, then {n:interval} on the rower.
Off-peak membership is {n:price} per month with a minimum term of 12 months.
Your freeze is booked from {n:gdate}; booking reference {n:booking}.
Use code {n:promo} at the desk for a free guest pass.
Deliveries go to the loading bay behind the building, ZIP {n:postcode}; the towel van comes at {n:classtime}.
[yoga title]
Spring timetable – Lotus Loft Yoga
Retreat booking: weekend in the hills
Teacher cover and schedule changes
[yoga body]
Vinyasa moves to {n:classtime} on Wednesdays. If you're running late, message {N} on {PM} and
  we'll hold the door.
Retreat deposit received from card {C} – please check it against your statement.
Balance of the retreat ({n:price}) can be paid by bank transfer to {IB}, reference {n:booking}.
Our studio mobile is {PM}; the landline {PF} only rings during reception hours.
Teacher training enquiries go to {E}; {N} replies to each one personally.
Prenatal classes are led by {N} this term – you can reach her directly at {EP} or {PM}.
Props hire and mat cleaning questions: {PS} (free from a landline).
The livestream for the evening class runs from our encoder at {IP}; if it drops, call {PF}.
Visiting from abroad? The retreat host in Portugal answers on {PI}.
[yoga neg]
Room capacity is {n:capacity}, so please book in advance.
The hot room is kept at {n:temp}; bring water and a towel.
Your class pass ({n:booking}) covers ten sessions, now {n:price}.
Breathwork sessions start at {n:classtime}, resting heart rate check-in optional ({n:hrzone} bpm).
[dojo title]
Grading notice – Kōyō Karate Club
Judo section: tournament entry and travel
Dojo kun, fees and contacts
[dojo body]
The next kyu grading is on {n:gdate}. Candidates should bring their licence ({n:licence}) and grading book.
Sensei {N} can be reached on {PM} before 6 pm; after that, use the club phone {PF}.
Annual club fees ({n:price}) by direct debit from {IB}, or at the front table by card.
Tournament entries close Friday. Our team manager {N} collects forms at {E}.
Coaches working with under-18s need a background check; please write your SSN {SSN} on the consent form only
  if you have not done so before.
Paid the grading fee twice? Send the card number used ({C}) and we'll refund one payment.
Travel to the regional championship: the coach leaves at {n:classtime}; late arrivals call {N} on {PI}.
Referee course questions – {EP}; federation helpline {PS}.
The scoreboard laptop on mat 2 is set to {IPP}; if it freezes, reboot and call {PF}.
[dojo neg]
Bout order: {n:bout}, weigh-in for {n:wclass} from {n:classtime}.
Candidates for {n:kyu} must have attended {n:capacity} sessions since the last grading.
Licence numbers in the entry list follow the format {n:licence}.
Junior sparring rounds are {n:interval}; mouth guards are compulsory.
Competition season {n:season}: results were uploaded with timestamp {n:stamp}.
[pool title]
Swim school term letter
Lane booking confirmation – Riverside Leisure Pool
Masters squad update
[pool body]
Your child is in Stage 4 on Saturdays at {n:classtime}. If lessons are cancelled, we'll call {P}.
Lane swim booked: {n:lanes}. To change it, call reception on {PF} at least two hours ahead.
Masters squad coach {N} posts the sets on the noticeboard; for injuries, text {PM}.
The timing touchpads report to a console at {IPP}; the results screen in the gallery mirrors {IP6}.
Term fees ({n:price}) were charged to {C}. Receipts come from {E}.
Gala volunteers, please sign up with {N} at {EP}.
The pool plant room has an out-of-hours alarm number: {PS}.
Our partner pool abroad for the training camp: {PI}.
[pool neg]
Water temperature today: {n:temp}. Lanes available: {n:lanes}.
Your best 100 m freestyle so far: {n:swim}, last week {n:swim}.
Main set: {n:interval}, then {n:dist} easy.
Booking reference {n:booking}; please arrive ten minutes before {n:classtime}.
[climb title]
Welcome to Vertical Den bouldering
Route-setting week
Belay course confirmation
[climb body]
Your belay course starts at {n:classtime}. The duty manager's phone is {PM} if you get lost in the car park.
New circuit: {n:boulder} at {n:grade}. Feedback to the setters at {E}.
Auto-belay controller on wall C answers at {IPP}; faults go to {N} on {PM}.
Day pass bought online with card {C}; the receipt went to {EP}.
Group bookings for schools and birthday parties: {PF}, or our central line {PS}.
Our sister wall in the Alps takes bookings on {PI}.
Monthly membership by direct debit ({IB}) from the first of next month.
[climb neg]
Problem of the month: {n:boulder} ({n:grade}), set on {n:gdate}.
Wall height {n:elev}; the lead wall is closed from {n:hours}.
Harness sizes available: S–XL. Shoe hire {n:price}.
Crag meet-up point: {n:gps}.
[run title]
Thursday Striders – club news
Race pack: what you need to know
Marathon training group
[run body]
Bib collection opens at {n:classtime}. Lost your bib? Call the race office on {P}.
Our club captain {N} ({PM}) is leading the tempo group this week.
Entry fee of {n:price} was charged to {C}; transfers between runners go through {E}.
Trail run meeting point is {n:gps}; the marshal on the day can be reached at {PM}.
The chip-timing mats upload to {IP}; the backup laptop sits on {IPP}.
Club kit orders: {EP}, payment to {IB} with your name as reference.
Emergency contact for the ultra: {PI}, or the organiser's hotline {PS}.
Injured? Our physio partner is on {PF}.
[run neg]
Your chip time was {n:chip}, average pace {n:pace}, bib {n:bib}.
The course gains {n:elev} and finishes at {n:gps}.
Age group {n:agegroup}: 3rd place. Strava activity {n:activity}.
Intervals: {n:interval}, cadence about {n:cadence} spm.
Shoes have done {n:shoes}; time for a new pair.
Bring your athlete barcode ({n:athlete}). Club insurance runs under policy {n:policy}.
[pblog title]
Training log – week 14
PB diary
Notes to self after the deload week
[pblog body]
New deadlift PB: {n:lift}. Texted my coach at {PM} straight away.
My training partner {N} switched numbers – new one is {PM}, old one dead.
Physio appointment moved; the clinic said to call {PF} if the knee flares up.
Paid for the coaching block with card {C} – check this against statement.
Sent the log export to {EP} for review.
[pblog neg]
5 km PB: {n:chip}. Average {n:pace}, HR {n:hrzone} bpm.
Squat {n:sets} @ {n:lift}; bench {n:sets} @ {n:lift}.
VO2max estimate {n:vo2}, HRV {n:hrv}, resting {n:rhr}.
Weight {n:bodycomp}, blood pressure {n:bp} mmHg.
Burned {n:kcal}, {n:steps}. FTP test: {n:ftp}.
Export saved as {n:fitfile}.
Erg 2k: average split {n:erg}.
[coach title]
Personal training agreement
Independent coach onboarding
Session package invoice
[coach body]
Trainer: {N}, mobile {PM}, email {EP}.
To cancel a session, give 24 hours' notice by phone ({PM}) or text.
Package of {n:capacity} sessions, {n:price}, paid by card {C}.
Bank details for invoices: {IB}.
For the contractor tax form we need your Social Security number ({SSN}); it is stored offline only.
Head coach {N} will review your programme; office line {PF}, toll-free member line {PS}.
Online coaching calls are run from a studio whose booking line is {PI}.
[coach neg]
Session plan: {n:interval}, then {n:sets} goblet squats.
Progress check on {n:gdate}: {n:bodycomp}.
Heart-rate zones for the block: {n:hrzone} bpm.
Invoice {n:booking}, due {n:gdate}.
[local US]
Front desk (we're in {T}, so locals can skip the area code): {L}
Calling from a {T} landline? The pool office is simply {L}.
Anyone local to {T} can reach the dojo at {L} – no area code needed.
{T} members: the climbing desk is {L}, and the kids' program has its own line, {L2}.
The studio phone, for those of you in {T}:¶{L}
"Just dial {L}, we're local," the coach told us after the {T} trial class.
Lost and found (a {T} number, local calls only) – {L}
Sign-ups for the {T} 10K are by phone at {L} from any phone in town.
[local GB]
If you're ringing from within {T}, the leisure centre is on {L}.
Our {T} studio: {L} (local rate, no dialling code needed).
Swimming lessons in {T}? Book on {L}; for lane hire it's {L2}.
Club secretary, {T} local number:¶{L}
"Give us a bell on {L}," said the man at the {T} boxing gym, "any time after four."
For {T} callers only: the climbing wall's reception line is {L}.
Local to {T}? The running club's answerphone is {L}.
[local IN]
Members in {T} can call the gym directly on {L} from a landline.
For the {T} branch (local line): {L}
Yoga shala, {T} – phone {L} within the city, {L2} for the accounts desk.
"Call {L} from any {T} landline," the receptionist said, "STD code not required."
Dojo office in {T}, city number:¶{L}
[heads]
Contacts
Who to call
Phone list
Club contacts
Numbers for the day
[labels]
Front desk
Head coach
Pool office
Race office
Physio
Lifeguards
Team manager
Booking line
Sensei
Route setters
"""

LEX = parse(TEXT)
