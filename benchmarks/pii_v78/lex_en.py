"""English sentences for v78 (gardening, allotments, beekeeping, tree work, landscaping, plant swaps)."""

GENRES = {
    "allotment": {
        "titles": [
            "Plot holders' newsletter – spring",
            "Allotment society: notice to tenants",
            "Re: your plot inspection",
            "Committee minutes (extract)",
            "Water troughs back on",
        ],
        "pos": [
            "If the gate code has changed again, ring the site rep on {M} before you climb anything.",
            "Rent for plot {X:plot_no} ({X:rent} this year) can go by bank transfer to {B}, "
            "reference your surname.",
            "Questions about the waiting list go to {E}; we are at position {X:waitlist} and moving slowly.",
            "Fly-tipping by the back gate can be reported on the council's free line, {O}.",
            "Skip day is Saturday. Anyone who can lend a trailer, text Brian on {M}.",
            "The trading hut is staffed Sunday mornings, or phone the treasurer at home on {N}.",
            "Please don't leave messages on the noticeboard about leaks; "
            "call the water officer, {N}, or email {E}.",
            "Manure delivery is booked; the farm's yard number is {N} if the lorry can't find the lane.",
            "Our field camera posts to {P} – if the feed goes dark, let the secretary know.",
        ],
        "neg": [
            "Soil test for the lower field came back at {X:soil_ph}; lime is in the shed.",
            "Plot {X:plot_no} is being split into half plots from October.",
            "Annual rent is {X:rent} for a full plot, half that for a half.",
            "We had {X:rainfall} in the gauge last week, so the troughs stay off until Friday.",
            "Position {X:waitlist} on the list was offered a plot this month – things do move.",
            "The site measures {X:hectares}, of which about a tenth is paths.",
            "Raffle tickets {X:raffle} went at the open day; winners are on the board.",
        ],
    },
    "gardencentre": {
        "titles": [
            "Your click & collect order",
            "Garden centre – delivery note",
            "Plant order confirmation",
            "Aquatics department: pond pump recall",
            "Christmas tree pre-orders",
        ],
        "pos": [
            "We took the deposit from the card on your order, {C}; the balance is due on collection.",
            "Paid by card {C} at the till – keep this slip for the one-year plant guarantee.",
            "Delivery drivers ring ahead from {M} about thirty minutes out.",
            "Anything missing from the pallet? Our garden furniture desk is on {N}.",
            "For the pump recall, call the maker free on {O} or write to {E}.",
            "Send photos of a sick plant to {E} and our plant doctor will reply within two days.",
            "Your finance application for the ride-on mower lists SSN {S}; ring us if that is wrong.",
            "Trade accounts: speak to Maureen directly on {N}, extension not needed.",
            "The greenhouse controller in Bay 4 is reachable at {P} for the supplier's engineer.",
        ],
        "neg": [
            "Compost is on offer, three bags for the price of two; barcode {X:ean} on the shelf edge.",
            "The seed potatoes are lot {X:seed_lot}, certified and in {X:harvest_kg} nets.",
            "Your greenhouse base is for a {X:greenhouse} model – check the frame before we cut slabs.",
            "Collection slot: {X:slot_time}, Gate B, bring the printed order.",
            "Plug plants come in {X:cell_tray}-cell trays; please return the trays next visit.",
            "Our VAT number is {X:vat_no} if your accounts need it.",
            "Water butt ({X:water_butt}) with stand and diverter kit, assembled.",
            "Registered in England, company {X:company_no}.",
            "Each tree carries its plant passport ({X:plant_passport}) on the label; "
            "keep it for the records.",
        ],
    },
    "treesurgeon": {
        "titles": [
            "Quotation – tree works",
            "Tree survey summary",
            "Crown reduction: job sheet",
            "Re: the oak over the boundary",
            "Emergency call-out report",
        ],
        "pos": [
            "For the storm damage, the out-of-hours climber is on {M} – day or night.",
            "The council's tree officer, Mrs Okafor, can be reached on {N} "
            "about the conservation area notice.",
            "A 25% deposit secures the date; we took it on {C} and emailed the receipt.",
            "Invoices are sent from {E}; please quote the job date when paying.",
            "If the neighbour objects, ask them to call me on {M} rather than stopping the crew on site.",
            "Stump grinding is subcontracted; their office number is {N}.",
            "Bank details for the balance: {B}.",
            "Worried about a tree near power lines? The network operator's free number is {O}.",
        ],
        "neg": [
            "The beech has a girth of {X:girth} at chest height and is covered by {X:tpo_ref}.",
            "Application {X:planning_ref} was approved without conditions.",
            "All climbers hold chainsaw tickets; lead climber {X:nptc_cert}.",
            "Arisings are removed by us (waste carrier {X:waste_carrier}).",
            "Location of the ash: {X:grid_ref}, about twenty metres in from the stile.",
            "Tree {X:tree_tag} is to be felled to ground level; {X:tree_tag} reduced by two metres.",
            "Grid position for the survey plot: {X:lat_lon}.",
        ],
    },
    "beekeeping": {
        "titles": [
            "Swarm collection volunteers 2025",
            "Beekeepers' association bulletin",
            "Apiary visit – notes",
            "Honey show entries",
            "Varroa treatment reminder",
        ],
        "pos": [
            "Seen a swarm? Don't spray it – phone our swarm line, {M}, and say where it's hanging.",
            "Association membership is paid by direct debit to {B}; the bee-disease insurance is included.",
            "Queries about the teaching apiary go to {E}.",
            "The bee inspector for our county is on {N}; call if you suspect foulbrood.",
            "The hive scale in the out-apiary reports to {P} every hour; the chart is on the members' page.",
            "Our honey extractor is on loan – book it with Pat on {M}, deposit returned on cleaning.",
            "Kit orders from the wholesaler can be placed on their free line {O}.",
            "Send your show entry forms to {E} by the end of the month.",
        ],
        "neg": [
            "Colony {X:hive_id} was queenless on the last inspection; {X:hive_id} is strong on {X:frames}.",
            "Our apiary is registered as {X:apiary_ref} on the national database.",
            "Natural mite drop was {X:mite_drop} mites a day over the week, so treatment starts now.",
            "Jars must be {X:jar_weight} and labelled with batch {X:honey_batch}.",
            "Oxalic acid product {X:mapp_no} is the one we use in winter.",
            "The out-apiary is at {X:lat_lon}, behind the orchard.",
            "Entry class and number: {X:show_class}.",
        ],
    },
    "landscaper": {
        "titles": [
            "Landscaping quote – rear garden",
            "Patio and planting: schedule of works",
            "Site visit notes",
            "Re: turf delivery",
            "Final account",
        ],
        "pos": [
            "For anything on the day, the site foreman is Gary, {M}.",
            "The digger hire company's depot number is {N} if access becomes a problem.",
            "Stage payment taken on card {C}; the remaining 40% is due on completion.",
            "Drawings will come from {E} in PDF.",
            "You can pay the final account by transfer to {B}.",
            "Your irrigation controller is set up at {P} on your home network; the app will find it.",
            "Seasonal crew paperwork: SSN {S} is on the W-4 we hold for the lead hand.",
            "Background check for the school grounds contract came back clear (SSN {S}).",
            "Our office line, {N}, is staffed 8 to 4 on weekdays.",
        ],
        "neg": [
            "Patio area is {X:greenhouse} overall, laid to a 1:60 fall away from the house.",
            "Planting at {X:spacing}, mulched to 75 mm.",
            "Turf arrives {X:slot_time} on the Tuesday; someone needs to be in.",
            "Lawn feed {X:npk} in April and a lower nitrogen autumn feed in September.",
            "The site is {X:hectares} including the paddock.",
            "Sleepers are treated to use class 4; the delivery postcode is {X:postcode}.",
        ],
    },
    "plantswap": {
        "titles": [
            "Plant swap this Saturday!",
            "Seed swap – what we have",
            "Community garden plant share",
            "Spare seedlings – free to a good home",
            "Re: swap table",
        ],
        "pos": [
            "Bring cuttings in labelled pots; if you can't make it, "
            "message Hannah on {M} and she'll hold some back.",
            "The church hall kitchen line is {N} on the day, in case you're lost.",
            "Seed list is at the bottom – email {E} with what you'd like and we'll post them.",
            "Donations to the tea urn fund can go to {B}, but please don't feel you have to.",
            "Lots of tomato seedlings left. Text {M} if you want some, I'm in most evenings.",
        ],
        "neg": [
            "Germination was best at {X:germ_temp}, so keep them somewhere warm.",
            "I have {X:cell_tray}-cell trays to give away as well.",
            "Doors open {X:slot_time}; swap table first, cake after.",
            "The chillies were sown on {X:show_date} and are about ten centimetres now.",
            "Raffle prizes this time: a {X:water_butt} water butt and a box of bulbs.",
        ],
    },
    "hortshow": {
        "titles": [
            "Horticultural show schedule",
            "Village show – results",
            "Show secretary's notes",
            "Entry form (please keep top half)",
            "Judges' briefing",
        ],
        "pos": [
            "Entries by post or by phone to the show secretary on {N}; late entries on the day cost double.",
            "Exhibitors' parking queries to Derek, {M}.",
            "Results and photos will be emailed from {E} the week after.",
            "The seed merchant sponsoring the show takes orders on {O}.",
            "Trophy engraving is paid by the society; send the bill to {E}.",
            "Prize money is paid by transfer, so add your bank details, e.g. {B}, to the back of the form.",
        ],
        "neg": [
            "Longest runner bean is class {X:show_class}; beans must be straight and unblemished.",
            "Show day is {X:show_date}, staging from 7 am.",
            "The heaviest marrow weighed {X:harvest_kg} this year.",
            "Onions dressed, tops tied, each at least {X:girth} round is a good guide.",
            "Raffle numbers {X:raffle} were sold at the door.",
        ],
    },
}

LOCAL = {
    "US": [
        "Anyone gardening in {town} can reach the extension office's plant clinic by dialing just {L}.",
        "Local to {town}? The nursery's potting shed answers at {L} and the office at {L}.",
        "{town} members, a reminder: from your landline the club hotline is simply {L}.",
        "Our {town} yard is on {L} – folks in town don't need the area code.",
        "Swarm pickups around {town}: call {L} (that's a local call for most of you).",
    ],
    "GB": [
        "If you're ringing from a {town} landline, the site hut is just {L}.",
        "Plot holders in {town} can drop the dialling code and call the shop on {L}.",
        "The {town} office phone, local callers only: {L}. Otherwise use the mobile.",
        "Within {town} the swarm coordinator is on {L}; from elsewhere add the code.",
        "Ring the greenhouse at the {town} depot on {L}, or the yard on {L}, both local numbers.",
    ],
    "IN": [
        "Nursery customers in {town} can call the counter directly on {L}, no STD code.",
        "For garden maintenance in {town}, our landline is {L} (local).",
        "From any {town} landline, dial {L} to reach the horticulture society office.",
        "Beekeeping training centre, {town}: {L} – local calls only, please.",
    ],
}

LISTS = {
    "heads": ["Handy numbers", "Who to call", "Contacts this season", "Committee", "Phone tree"],
    "labels": [
        "Secretary",
        "Treasurer",
        "Site rep",
        "Swarm line",
        "Shop",
        "Show secretary",
        "Foreman",
        "Lettings",
        "Water officer",
        "Nursery desk",
    ],
}
