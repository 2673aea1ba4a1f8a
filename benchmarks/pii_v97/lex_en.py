"""English text: gardening and landscaping genres, local announcements, contact blocks."""

GENRES = {
    "gardencentre": {
        "title": ["Spring planting weekend", "Click & collect: your order is ready", "Garden centre news"],
        "pos": [
            "Bare-root roses are in the covered area by the café; if you'd like one set aside, ring the"
            " plant desk on {F}.",
            "Your trolley of bedding ({pot_size}) is waiting at the collection point, open {opening_hours}.",
            "Questions about the ericaceous compost (barcode {compost_ean})? Our houseplant team answers"
            " on {M}.",
            "Paid by card ending {C} – please bring it with you when you collect.",
            "Delivery slot booked for {delivery_slot}; the driver will text from {M} on the morning.",
            "Loyalty queries go to {E} rather than the tills.",
        ],
        "neg": [
            "Peat-free multipurpose is back in stock (EAN {compost_ean}), {pot_size} pots of lavender"
            " three for two.",
            "We open {opening_hours} over the bank holiday; the café closes half an hour earlier.",
            "Soil test kits read {soil_ph} on most of the samples customers brought in last week.",
        ],
    },
    "allotment": {
        "title": ["Allotment society newsletter", "Plot waiting list update", "Message from the committee"],
        "pos": [
            "Plot 14 has come free ({plot_rods}); anyone on the waiting list who wants it should phone"
            " Margaret on {F} by Friday.",
            "The trading hut is staffed on Sunday mornings; if it's locked, the key holder is on {M}.",
            "Rent is due at the AGM – or pay by transfer to the society account {B}.",
            "Water troughs are off until April; the meter read {water_meter} at the last check.",
            "Please report fly-tipping to the council's line {O} and copy the secretary at {E}.",
        ],
        "neg": [
            "Membership renewals: your number ({membership_no}) is on the back of the gate key tag.",
            "Blight warning for the lower field – rainfall was {rainfall} on Tuesday alone.",
            "Sow broad beans in the window {sowing_window}; the seed order arrives as lot {seed_lot}.",
        ],
    },
    "treesurgeon": {
        "title": ["Quotation for tree works", "Tree survey summary", "Arboricultural works – confirmation"],
        "pos": [
            "We'll crown-reduce the oak ({tree_dbh}) by 25%; the consent under {tpo_ref} came through this"
            " week.",
            "Our climber will be on site from 8am – his mobile is {M} if the drive is blocked.",
            "Office hours for invoicing: {F}, or e-mail {E}.",
            "Stump grinding of trees {tree_tags} is priced separately in the attached sheet.",
            "For out-of-hours storm damage call {I} and leave the address slowly.",
        ],
        "neg": [
            "Application {planning_ref} covers the sycamore at grid reference {os_grid_ref}.",
            "Chipper service due at {engine_hours}; waste removed under licence {waste_carrier}.",
            "Survey trees {tree_tags} are category B; the beech measured {tree_dbh}.",
        ],
    },
    "landscaper": {
        "title": ["Your landscaping quote", "Patio and turf – job sheet", "Invoice for garden works"],
        "pos": [
            "Quote {quote_ref}: Indian sandstone patio, {lawn_area} of new turf and fencing ({fence_panel}"
            " panels).",
            "If you want to change the start date, ring the yard on {F}; Dave, who's running the job, is"
            " on {M}.",
            "Deposit of 30% taken on card {C}, balance on completion.",
            "Bank details for the balance: {B}.",
            "Send photos of the drainage to {E} before we order aggregate.",
            "Subcontractor paperwork: your W-9 lists SSN {S}; please check it before we file.",
        ],
        "neg": [
            "Footings in a {concrete_mix} mix; raised beds {bed_dimensions}.",
            "Total {vat_price} incl. VAT, valid 30 days, reference {quote_ref}.",
            "Turf arrives on {pallet_count}; keep it watered if it sits overnight.",
        ],
    },
    "nursery": {
        "title": [
            "Order confirmation – wholesale plants",
            "Bare-root despatch notice",
            "Nursery availability list",
        ],
        "pos": [
            "Your hedging ({pot_size}) leaves the nursery on Tuesday under plant passport {plant_passport}.",
            "The despatch team can be reached on {F}; for trade accounts, {O}.",
            "Trade account contact: {E}.",
            "Remote monitoring for the glasshouse controller is at {IP}; please don't share it outside the"
            " team.",
            "Our grower in Spain, Inés, takes calls about the olives on {I:ES}.",
        ],
        "neg": [
            "Cultivar protected under grant {pbr_grant}; hardiness {hardiness}.",
            "Germination of the perennial plugs: {germination}.",
            "Irrigation lines are {hose_size}; the sprayer uses an approved product, {mapp_no}.",
        ],
    },
    "show": {
        "title": [
            "Annual flower and produce show",
            "Show schedule and entry form",
            "Results of the summer show",
        ],
        "pos": [
            "Entries close Thursday at 8pm; the show secretary takes late entries on {F} (evenings only).",
            "For the giant veg classes, weigh-in queries to {M}.",
            "Judges' stewards, please confirm your slot to {E}.",
            "The marquee hire firm's emergency number is {O}.",
        ],
        "neg": [
            "{show_class}: three onions, dressed. Heaviest marrow came in at {veg_weight}.",
            "Exhibitor {exhibitor_no} scored {judging_points} for the dahlia vase.",
            "Raffle tickets {raffle_range} are still unsold; the barometer read {air_pressure} at noon.",
        ],
    },
    "plantsale": {
        "title": [
            "Community plant sale and seed swap",
            "Plant sale this Saturday",
            "Open garden in aid of the hospice",
        ],
        "pos": [
            "Tomato seedlings, dahlia tubers and a table of succulents – to reserve a tray, text Priya on"
            " {M}.",
            "Stallholders, please e-mail {E} so we can map the pitches.",
            "The church hall kitchen number on the day is {F}.",
        ],
        "neg": [
            "Gates open {opening_hours}; pots are {pot_size} and everything is £2.",
            "The 'Gardening for Bees' book (ISBN {book_isbn}) will be on the raffle table.",
            "Parking in the field at {gps_coords}.",
        ],
    },
}

LOCAL = {
    "US": [
        "Live in {town}? Our plant desk is just {L1} from any landline in town.",
        "{town} customers can reach the mulch yard at {L1} – no area code needed locally – and the office"
        " at {L2}.",
        "If you're calling from inside {town}, dial {L1} for the nursery and {L2} for deliveries.",
        "Tree emergency in {town}? Local number: {L1}.",
    ],
    "GB": [
        "From a {town} landline, the garden centre is simply {L1}.",
        "Calling within {town}? Ring the allotment secretary on {L1}, or the hut on {L2} at weekends.",
        "Locally ({town} numbers) we're on {L1}.",
        "{town} residents: the show committee answers on {L1} – you won't need the code.",
    ],
    "IN": [
        "Within {town}, call the nursery on {L1}; for bulk orders, {L2}.",
        "For {town} city landlines, our garden service number is just {L1}.",
        "Local {town} number for the flower show office: {L1}.",
    ],
}

LIST_HEADS = ["Committee contacts", "Who's who on show day", "Site contacts", "Numbers for the crew"]
LIST_LABELS = [
    "Chair",
    "Treasurer",
    "Show secretary",
    "Yard",
    "Site foreman",
    "Plant desk",
    "Deliveries",
    "Weekend cover",
    "Head gardener",
    "Estimator",
]
GREETINGS = ["Many thanks,", "Best wishes,", "Kind regards,", "Happy gardening!"]
