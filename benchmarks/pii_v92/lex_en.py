"""English cells (all six genres). '@genre slot' starts a cell; ' // ' is a line break."""

EN = """
@pitch title
Pitch booking confirmation
Your stall for the Saturday market
Re: pitch allocation, spring season
@pitch neg
You have been given pitch {N:pitch} on the row nearest the clock tower ({N:stall_size}).
The hook-up on your side of the square is {N:power}; bring your own RCD and a {N:cable} lead.
Your booking reference is {N:booking_ref} and the weekly fee of {N:pitch_fee} is due on arrival.
Traders' street trading consent {N:street_licence} must be displayed at the front of the stall.
Set-up window: {N:hours}; vans off the square by the time the first bell rings.
You are number {N:waitlist} on the waiting list for a corner pitch.
@pitch pos
If you can't make it on the day, text the market office on {PH} before 7am so we can re-let the pitch.
Questions about the allocation go to Dawn, our superintendent, who's on {MO} most mornings.
For anything about electrics, the contractor's site phone is {PH}.
Our head office (the council's markets team) can be reached on {PH} during office hours.
@farmers title
From the farmers' market committee
Farmers' market newsletter – this month's stalls
Seasonal update from the Sunday growers' market
@farmers neg
The market sits at {N:gps}, right beside the old dairy.
The asparagus from the lower field is labelled lot {N:lot_code}, with PLU {N:plu} on the till.
Cheese on the chilled stall is being held at {N:fridge_temp}; we log it every two hours.
New-season potatoes are {N:price_kg}, and the honey jars carry barcode {N:ean13}.
Our organic grower's certificate number is {N:organic}, if anybody asks at the stall.
Last month we counted {N:attendance} visitors across the four Sundays – a record.
The bakery's allergen sheet lists {N:allergens} for the rye loaf this week.
@farmers pos
Want to join as a producer? Ring Gwen, who coordinates applications, on {PH}.
Orders for Christmas turkeys are taken by phone: {MO}, evenings only please.
The orchard's shop stays open on weekdays, phone {PH} to check what's been picked.
@foodfest title
Trader information pack – street food weekend
Food festival: what you need to know before you arrive
Final details for caterers
@foodfest neg
Quote merchant number {N:merchant_id} whenever you query a settlement.
Each unit gets {N:gas} of propane, checked by the gas safety officer before service.
The main generator is rated {N:generator}, so please declare every fryer and hot-hold unit.
Your food hygiene reference {N:hygiene_ref} needs to match the certificate on your counter.
Noise at the boundary must stay under {N:noise} after nine.
Card terminals on the shared network are registered as {N:terminal_id}.
Trader vans over {N:trailer_kg} must use the rear gate; the gate code is {N:gate_code}.
@foodfest pos
The catering manager, Priya, is the person to call about pitch swaps: {MO}.
Deliveries are booked through the site office, {PH}, no later than Thursday.
On the weekend itself the trader liaison phone is {MO} – save it now.
@fairground title
Funfair on the common – notice to showmen
Fairground safety briefing
Travelling fair: lot plan and ride checks
@fairground neg
The showground entrance is at grid reference {N:grid_ref}; follow the yellow event signs.
The waltzer's declaration of compliance is {N:inspection_cert}; keep it in the pay box.
Minimum rider height for the big wheel is {N:ride_height}, signed at the entrance.
Living wagons park behind the Dodgems; the towing vehicle's plate is {N:plate}.
Lost-child wristbands start at {N:child_band}, handed out at the first aid tent.
Log any injury with an incident number such as {N:incident}.
@fairground pos
The lessee of the ground, Mr Harris, is reachable on {MO} for anything on the lot plan.
Out of hours, the council's event safety officer answers on {PH}.
If the ground turns soft after rain, ring the groundsman on {PH} before moving any rides.
@volunteer title
Volunteer rota – festival weekend
Thank you for volunteering!
Your shifts and where to find us
@volunteer neg
Your first shift is {N:shift_code}, meeting at the info point at {N:set_time}.
Collect your hi-vis from the crew tent; yours is vest {N:vest_no}.
Your crew wristband number is {N:wristband}; don't swap it with anyone.
Stewards use radio {N:radio_ch}; say your name and position before talking.
The headline act is on stage at {N:set_time}, so expect the bars to be quiet then.
@volunteer pos
Running late or unwell? Let the volunteer coordinator know on {MO} as early as you can.
The crew campsite manager is on {PH} if you can't find your tent.
First aid team lead (Sam) carries {MO} all weekend.
@flea title
Car boot and flea market – seller's guide
Craft fair: confirmation of your table
Antiques and collectables fair – exhibitor notes
@flea neg
Overflow parking is in the farmer's field at {N:grid_ref}, opened only if it's dry.
Your table is in hall {N:hall_stand}; tables are {N:stall_size} and cloths aren't provided.
Sellers' cars are let in {N:hours}; about {N:attendance} buyers came through the gate last time.
Raffle tickets {N:raffle_range} were drawn last week, prizes still to collect.
Start your float with {N:float_cash} coins, the café can't give change.
Your exhibitor code is {N:trader_reg}, printed on the badge.
@flea pos
Bookings and cancellations go through Maureen on {PH} (answerphone if she's at a fair).
Sellers needing a disabled bay should call {MO} the week before.
Hall caretaker: {PH}, for the keys, heating and any spillages.
@other
The council's freephone markets line is {OT}, weekdays until five.
For licence renewals there's a national helpline on {OT}.
Card-machine faults: the provider's support number is {OT}, open around the clock.
@intl
Our cheese supplier is based abroad but takes orders by phone on {IN}.
The spice trader we share a van with is abroad this month but still picks up on {IN}.
The band's tour manager can be reached on {IN} until Friday.
@email
Send your menu and allergen sheet to {ER} by the end of the week.
Photos for the programme can go to {EM}; please keep them under 5 MB.
Pitch queries by e-mail: {ER}. Personal questions to me directly at {EM}.
@card
The deposit was taken from card {CC}; it is refunded if you cancel a fortnight ahead.
Please charge the balance to my card {CC}, expiry as before.
@iban
Pitch fees by transfer only, to IBAN {IB}, with your booking reference as the payment note.
Refunds for the rained-off weekend will be sent to the account you gave us: {IB}.
@ip
The card readers join the festival Wi-Fi through the access point at {IP}.
If the ticket scanner shows 'offline', check it can still reach {IP}.
The cashless top-up kiosk is set to a fixed address, {IP}.
@ssn
For the vendor tax form we have your SSN as {SS}; tell us straight away if that's wrong.
Sole traders who don't have an EIN may enter their Social Security number, e.g. {SS}, on the W-9.
@heads
Market contacts
Who to call on the day
Numbers for traders
Festival phone list
@labels
Market office
Site manager
Electrics
Security
Lost property
Traders' rep
Car park
First aid
@sign
Thanks, {NAME}
Best wishes, {NAME} (market committee)
{NAME}, on behalf of the organisers
See you on the day – {NAME}
"""

LOCAL_US = """
@local
Local vendors in {town}: the market hall office answers at {L}, no area code needed from a town phone.
Our {town} booth line, for neighbors dialing in town, is {L}.
Call from any landline in {town}: {L} gets the info tent, {L2} the parking crew.
Still have a {town} landline? Dial {L} for the fairgrounds office.
"If you're calling from around {town}, just dial {L}," the organizer told the radio station.
Vendor hotline (local {town} calls only) // {L}
{L} – that's the {town} depot, for anyone ringing from inside the city.
The fair office (dial direct within {town}): {L}. After six, try the night watchman at {L2}.
From a phone in {town}, the produce barn picks up on {L}.
"""

LOCAL_GB = """
@local
Ringing from {town}? Leave off the code and dial {L} for the market inspector.
Market hall, {town} (local calls): {L}
{L} is the {town} showground office if you're phoning from a local line.
"Anyone in {town} can just ring {L}," said the stallholders' chair at the AGM.
For {town} callers only: pitch office {L}, lost property {L2}.
Stall enquiries, {town} exchange // {L}
You don't need the {town} dialling code for the car-boot lady, she's on {L}.
The old corn exchange in {town} still has its landline – {L} from anywhere in town.
"""

LOCAL_IN = """
@local
Within {town}, call the mela office on {L} – no STD code needed from a city landline.
{town} landline users can reach the food court desk at {L}.
Exhibitors calling locally in {town} may dial {L} for stall allotment, {L2} for electricity.
Mela control room, {town} (local dialling) // {L}
"From inside {town}, dial {L}," the joint secretary said while announcing the fair.
The haat's {town} office line, for city callers, is {L}.
"""
