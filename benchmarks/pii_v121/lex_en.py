"""English sentences for v121: forestry and timber. Slots are filled by compose.py."""

EN = {
    "sawmill": {
        "t": [
            "Cutting list and collection note",
            "Sawmill yard: order confirmation",
            "Re: kiln-dried cladding",
        ],
        "p": [
            "Your oak beams come off the saw on Thursday; {NM} in the yard office takes calls on "
            "{P} until noon.",
            "We re-sawed the {X:sawn} boards to your list. If the moisture meter shows more than "
            "{X:moisture}, "
            "ring the grader on {M} before you fix them.",
            "Deposit for the Douglas fir cladding was taken on the card ending in the last four of {C}; "
            "the balance goes to {I} once the lorry is loaded.",
            "Please send the revised cutting list to {E} and copy {EP}; drawings larger than 20 MB can go up "
            "through the portal at {IP}.",
            "Kiln charge {X:kiln} ran at {X:temp_kiln}. Questions about drying defects go to {P}.",
            "The mobile saw crew can come to your woodland in week {X:cal_week}; text {M} with "
            "the gate code.",
        ],
        "n": [
            "Kiln charge {X:kiln} came out at {X:moisture} average, two boards checked at the ends.",
            "Sawn sizes on this order: {X:sawn}, graded C24, stacked with stickers every 60 cm.",
            "Log intake today was {X:volume} of larch, mostly {X:log_length} lengths.",
            "Round-log price for spruce sawlogs this month: {X:price_unit}, butt logs excluded.",
            "The band saw gets new blades after {X:board_feet} or every Friday, whichever comes first.",
        ],
    },
    "firewood": {
        "t": ["Firewood delivery booked", "Seasoned logs: your order", "Winter wood, load details"],
        "p": [
            "Your {X:stacked} of seasoned ash will be tipped on the drive on Saturday morning; our driver "
            "{NM} will call from {M} about twenty minutes out.",
            "Can't be home? Leave the side gate open and tell us on {P} where you'd like the pile.",
            "Paid in full with the card {C}, thank you. Receipts come from {E}.",
            "Kindling nets and a moisture reading ({X:moisture}) are included. Anything wrong with the load, "
            "phone {P} the same day.",
            "For standing orders of hardwood through the winter, our office is on {O}.",
        ],
        "n": [
            "Split length {X:log_length}, checked with a meter at {X:moisture} before loading.",
            "Each builder's bag holds roughly {X:stacked} loosely thrown, a little less when stacked.",
            "Our yard is open {X:hours} on weekdays for collection with your own trailer.",
            "Birch burns quicker than oak; a stove fed twice an evening gets through {X:stacked} a winter.",
        ],
    },
    "pellets": {
        "t": [
            "Pellet delivery: blown load scheduled",
            "Your wood pellet order",
            "Bulk pellets, delivery slip",
        ],
        "p": [
            "The blower tanker arrives between 8 and 10; please switch the boiler off an hour "
            "before. Driver: {M}.",
            "Your store measured {X:silo} on the survey, so we can blow up to six tonnes. Changes "
            "to {P}, please.",
            "Bagged pellets ({X:bags}) were charged to {C}. The ENplus sheet shows ash at {X:ash}.",
            "Direct debit for the autumn fill will be taken from {I}; queries go to {E}.",
            "Need a top-up before Christmas? The pellet line is {O}, or write to {EP}.",
        ],
        "n": [
            "Lab result for this batch: calorific value {X:calorific}, ash {X:ash}, fines under 1 %.",
            "A pallet carries {X:bags}, shrink-wrapped, and needs a firm level surface at the kerb.",
            "Weighbridge ticket {X:weigh_ticket}: net {X:net_weight} blown into the store.",
            "Keep the hose run under 30 m; our trucks stop at {X:net_weight} per drop.",
        ],
    },
    "auction": {
        "t": ["Standing timber sale: tender notice", "Log auction results", "Sealed bids: lot list"],
        "p": [
            "Viewing of lot {X:lot} is by appointment with the forester, {NM}, on {M}.",
            "Sealed bids close at noon on Friday. Send them to {E} or hand them in; the sale "
            "office answers {P}.",
            "The successful bidder pays a 10 % deposit by card ({C}) or transfer to {I} within five days.",
            "Lot {X:lot}: highest bid {X:bid} for {X:volume} of spruce. Buyer questions on {P}.",
            "Catalogue downloads are mirrored at {IP} for buyers whose firewall blocks the main site.",
        ],
        "n": [
            "Log {X:log_no} (oak, {X:log_length}, mid diameter {X:dbh}) fetched {X:bid}.",
            "Lot {X:lot} covers {X:hectares} of thinning in compartment {X:compartment}.",
            "Estimated standing volume {X:volume}; average tree {X:dbh} at breast height.",
            "Reserve prices were not met on lots {X:lot} and {X:lot}; they go back to the owner.",
        ],
    },
    "owners": {
        "t": ["Woodland owners' group: spring newsletter", "Members' update", "Minutes of the AGM"],
        "p": [
            "Our new treasurer, {NM}, takes membership questions on {P} and by e-mail at {EP}.",
            "Subscriptions for this year can be paid to {I}; please quote your holding name.",
            "The deer management meeting moves to the village hall. Lifts can be arranged on {M}.",
            "The grant adviser is on {P} on Tuesdays; plans can also be sent to {E}.",
            "Anyone spotting ash dieback in roadside trees should report it on {O}.",
        ],
        "n": [
            "Members together manage {X:hectares}, with an average stand age of {X:age} years.",
            "The thinning in compartment {X:compartment} yielded {X:volume}, sold at {X:price_unit}.",
            "Our demonstration plot now holds {X:stems} after replanting, basal area {X:basal}.",
            "The felling licence {X:felling} covers the windblow on parcel {X:parcel}.",
        ],
    },
    "nursery": {
        "t": ["Tree nursery: order confirmation", "Bare-root season, dispatch note", "Your hedging plants"],
        "p": [
            "Your {X:plants} oak transplants ({X:plant_size}) are lifted and bagged; collection "
            "slots on {P}.",
            "The planting crew leader, {NM}, can be reached on {M} during the week of delivery.",
            "Invoice paid by card {C}. Replacement claims for failed plants go to {E} before August.",
            "Provenance paperwork (region {X:provenance}) follows by post. Questions: {P}.",
            "Trade accounts settle by transfer to {I}; our order line is {O}.",
        ],
        "n": [
            "Spacing at {X:stems} gives you {X:plants} plants for this block.",
            "Stock: Scots pine {X:plant_size}, from seed zone {X:provenance}.",
            "Cell-grown birch are ready from week {X:cal_week}; bare-root stock from November.",
            "Keep roots moist; a bag left in the sun for {X:age} minutes can kill the fine roots.",
        ],
    },
    "logging": {
        "t": ["Harvesting quote", "Contractor job sheet", "Site briefing: thinning operation"],
        "p": [
            "Harvester operator {NM} starts Monday at the lay-by gate; his mobile is {M}.",
            "Emergency grid reference for the site is {X:gps}; in an accident ring 999 and then the site "
            "manager on {M}.",
            "Our quote for the clearfell is attached. Accept by e-mail to {E} or phone {P}.",
            "The forwarder's telematics box reports to {IP}; if it goes dark, call the workshop on {P}.",
            "Payment for the contract is due to {I}; stop-work notices go to {EP}.",
            "For the 1099 we hold the crew lead's SSN as {S}; if that is wrong, phone {P}.",
        ],
        "n": [
            "Chainsaws on site: {X:chain}; all operators carry their certificates.",
            "Extraction route crosses parcel {X:parcel}; the stream crossing is at {X:gps}.",
            "Target output this week: {X:volume}, top diameter 7 cm, lengths {X:log_length}.",
            "Felling licence {X:felling} allows removal from compartment {X:compartment} only.",
        ],
    },
    "haulage": {
        "t": ["Timber haulage: collection booked", "Log truck dispatch", "Roundwood transport note"],
        "p": [
            "Truck {X:plate} collects from the roadside stack at 6:30; the driver is on {M}.",
            "If the forest road is blocked, call the dispatcher on {P} before the truck leaves the depot.",
            "Weighbridge tickets are e-mailed from {E}; disputes within 48 hours to {P}.",
            "Haulage is invoiced per tonne and paid by transfer to {I}.",
            "Night out-of-hours dispatcher: {M}.",
            "Owner-operator tax form on file shows SSN {S}; updates go to {E}.",
        ],
        "n": [
            "Ticket {X:weigh_ticket}: gross minus tare gives {X:net_weight} of pulpwood.",
            "Truck {X:plate} is booked for {X:volume} of sawlogs from stack {X:log_no}.",
            "The stack lies at {X:gps}, turning circle for a 44-tonne rig.",
            "Loading window {X:hours}; no timber lorries through the village on Sundays.",
        ],
    },
}

LOCAL_EN = [
    "Buying logs around {T}? The yard phone is {L1}; from any landline in {T} you won't need the code.",
    "{T} customers can call the firewood shed direct on {L1}, or the saw shop on {L2}.",
    "Local to {T}? Just dial {L1} for the pellet desk - no area code from inside town.",
    "Our {T} depot answers on {L1} (a local call if you're in the {T} area).",
    "Ringing from a {T} landline, the nursery counter is {L1} and the potting shed {L2}.",
    "The forestry office in {T} can be reached on {L1} from town phones.",
]
