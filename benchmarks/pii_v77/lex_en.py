"""English cells (also used for en_US, en_GB, en_IN, en_AU, en_IE). T title, S sentence, N no-PII sentence."""

EN = {
    "marina": """
T Berth holders' bulletin – spring lift-out
T Visitor berth confirmation
T Notes from the marina office
S {NAME} has taken over the fuel berth rota; if the pumps are unattended, call her on {M} and she will
  walk down from the chandlery.
S The office line {P} is staffed 08:00 to 18:00 in season and 09:00 to 16:00 from November.
S Annual contract payments can be made by direct debit from {B}; please quote your berth number as the
  reference.
S The £150 deposit for the electricity card was taken from the card ending in the number you gave us, {C};
  it is refunded when the card comes back to the office.
S Send the insurance certificate and a photo of the boat's name board to {R} before you arrive.
S The pontoon Wi-Fi now hands out addresses from {IP}; if your chartplotter cannot find the gateway, reboot it
  and it should pick up the new range.
S Liveaboards wanting the winter rate should write to {E} rather than phoning the desk.
S After hours the night security patrol carries {M}; they will not open the fuel dock but they do let in
  late arrivals.
N You have been allocated berth {N:berth}; the gate code this month is {N:gate-code} and changes on the first.
N Your meter read {N:meter} when we switched over, so the first bill will start from there.
N Visitor dues for a yacht of {N:dimensions} come to £{N:dues} per metre per night, water included.
N The approach channel was dredged last month and now carries {N:depth} at chart datum.
N Listen on {N:vhf-channel} when you are inside the breakwater; the office works that channel until dusk.
""",
    "harbour": """
T Harbour master's notice to all users
T Local Notice to Mariners
T Harbour office: weekend arrangements
S Skippers of vessels over 20 m must report to the harbour office on {P} at least one hour before entering.
S The duty harbour master, {NAME}, can be reached on {M} when the office is closed.
S Pilotage requests go to {R}; the pilot boat also answers on {I}.
S Dredging contractors working near the north quay have a site phone, {M}, for anyone whose mooring is
  affected.
S Port dues for commercial landings are collected by direct debit from {B} at the end of each month.
S The harbour webcam moved to a new address, {IP}, after the network upgrade.
N Notice {N:notice}: the light on the south pierhead is temporarily showing {N:light} while repairs continue.
N Predicted tides for Saturday: {N:tide}.
N The survey vessel {N:imo} will be working in the entrance channel; give her a wide berth.
N The tanker {N:callsign} ({N:tonnage}) is expected on the evening tide and takes priority in the channel.
N Coast station {N:coast-mmsi} will relay any safety broadcast on the working channel.
N Forecast for the weekend: {N:wind}, pressure falling to {N:pressure} by Sunday night.
N Please use chart {N:chart} (latest edition) for the new buoyage; the yellow special mark is at {N:position}.
""",
    "boatyard": """
T Estimate for winter works
T Boatyard job sheet
T Yard news – haul-out week
S Questions about the estimate go to {NAME} in the yard office on {P}, or on {M} if she is out on the hard.
S We have taken a £400 deposit from {C} to book the travel hoist; the balance is due on relaunch.
S Once the surveyor's report is in we will email it to {E} and copy it to the insurer at {R}.
S For anything electrical, our marine electrician is on {M} and works Tuesdays to Fridays.
S Boat finance enquiries: the lender needs the owner's SSN ({S}) on the credit form before the loan for the
  refit can be approved.
S Parts from the engine supplier can be tracked on their trade line, {O}.
N Engine {N:engine-serial} has logged {N:engine-hours}; the impeller and anodes are due.
N The hull ID plate reads {N:hin}; the registration papers match.
N We recommend changing the prop to a {N:propeller} three-blade for better bite in reverse.
N Antifouling: two coats, roughly {N:fuel} of paint for a boat this size is not unusual.
N Sail {N:sail-number} has been collected by the loft for a new leech line.
""",
    "ferry": """
T Ferry service update
T Your crossing is confirmed
T Island ferry – winter timetable
S Foot passengers with questions can call the terminal on {P}; for vehicle bookings use {O}.
S If you are travelling from abroad, our booking centre answers on {I} from 07:00 every day.
S The purser's office on board can be reached through {P} while the vessel is on passage.
S Your payment of £86.40 was taken from {C}; the receipt has been sent to {E}.
S Group and freight bookings: write to {R} or ring {M}.
S Passengers needing assistance boarding should ring {P} at least 48 hours before departure.
N Booking reference {N:booking-ref}, cabin {N:cabin}, sailing {N:crossing-no}.
N Today's departures: {N:timetable}.
N The bridge monitors {N:vhf-freq} on the approach; our vessel's call sign is {N:callsign}.
N Vehicles over {N:dimensions} must be booked in the freight lane.
N Due to {N:wind} the afternoon crossing may be cancelled at short notice.
N The ship will berth at linkspan {N:berth} this week while the main ramp is serviced.
""",
    "sailschool": """
T Your sailing course – joining instructions
T Sailing school: what to bring
T Course confirmation
S Your instructor this week is {NAME}; if you are running late on the first morning, text {M}.
S The school office is on {P}; we pick up from 08:30.
S The course fee was charged to {C}; cancellations more than 14 days out are refunded in full.
S Parents of junior sailors can reach the safety boat coordinator on {M} during sessions.
S Please email a copy of any previous certificate to {R}, or forward it from {E} if it was sent to you.
S International students can call us before booking on {I}.
N Your previous certificate {N:certificate} counts towards the practical; bring the logbook.
N We sail in the bay only when the forecast is below {N:wind}; otherwise it is a theory day.
N Water temperature is around {N:water-temp}, so a winter wetsuit is recommended.
N The boat for the week is {N:sail-number}, moored on buoy {N:buoy}.
N Passage plan for Thursday: {N:waypoint} to {N:waypoint}, departure after {N:tide}.
""",
    "fishcoop": """
T Fishermen's co-operative – members' circular
T Market report
T Co-op notice: quota and landings
S Members can book a slot at the ice plant by calling {P}; the night landing supervisor carries {M}.
S Auction proceeds are paid weekly to the account you gave us, e.g. {B}; tell the office if it changes.
S Queries about the market report go to {NAME} on {M} or {R}.
S Buyers from outside the country can register with the auctioneer on {I}.
S The co-op's fuel card is being replaced; charges will go to {C} until the new card arrives.
N Landings this week: {N:catch} of monkfish and {N:catch} of hake, best price {N:price-kg}.
N Lot {N:lot} was withdrawn after the buyer disputed the grading.
N Quota reference {N:quota} covers the rest of the quarter for vessels under 10 m.
N {N:fishing-reg} and {N:fishing-reg} landed on the early tide; {N:fishing-reg} is still at sea.
N The new ice machine draws about {N:meter} a month, which is why the levy rises.
""",
    "lifeboat": """
T Lifeboat station news
T From the station log
T Crew and supporters' update
S The station's fundraising team is led by {NAME}; anyone wanting to help at the open day can call {M}.
S Donations by card over the phone can be made on {P}; the shop does not take card numbers by email.
S For school visits or talks, contact the visits officer at {E} or the station inbox, {R}.
N In an emergency at sea do not call the station: use the radio and ask for the Coastguard.
S Supporters overseas can ring our fundraising office on {I}.
N The all-weather boat {N:lifeboat-on} ({N:op-number}) launched at {N:launch-times} to a yacht with a fouled
  propeller.
N The casualty's EPIRB, {N:epirb}, was picked up by the satellite system within minutes.
N Position given by the skipper: {N:position}.
N Conditions on scene were {N:wind}, with a sea temperature of {N:water-temp}.
N The relief boat {N:lifeboat-on} is on station while ours is away for her refit.
""",
}

LOCAL_EN = """
L Calling from a {T} landline? The dock office is simply {L} – no area code needed.
L Around {T} most people just ring {L} for the harbour office; the boatyard is {L}.
L The fuel dock is {L} if you're in {T} (out-of-towners will need the area code).
L {T} folks: the marina office picks up on {L}, and the haul-out crew on {L}.
L Locally in {T}, the pilot station answers at {L}.
L For a local call within {T}, dial {L} and ask for the launch.
L "Ring us on {L}," the harbourmaster said, "anyone in {T} knows the number."
L From any phone in {T}: ferry terminal {L}, lost property {L}.
L Within the {T} exchange, the co-op ice plant is {L}.
L Lifeboat shop (local calls, {T}): {L}
"""
