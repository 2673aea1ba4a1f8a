"""English sentences: shop returns, marketplace sellers, loyalty, click-and-collect, pawn, second-hand."""

TITLES = {
    "returns": [
        "Returns desk – exchange slip",
        "Your refund is on its way",
        "Return request received",
        "Faulty item: what happens next",
    ],
    "seller": [
        "Message from the seller",
        "Marketplace order – a note from your seller",
        "Seller dispute update",
        "Re: item not as described",
    ],
    "loyalty": ["Your rewards statement", "Members' club: points update", "Loyalty card replacement"],
    "collect": ["Ready for collection", "Click & Collect: your parcel is in store", "Collection reminder"],
    "pawn": ["Pawn agreement – customer copy", "Loan renewal notice", "Pledge ready to redeem"],
    "secondhand": ["Consignment summary", "We bought your items", "Pre-loved stock intake"],
}

POS = {
    "returns": [
        "The jacket came back with the tags still on, so we've put the full amount back on the card ending "
        "in "
        "the last four digits you gave us. If it hasn't shown up in five working days, give the returns "
        "team a "
        "call on {NAT}.",
        "Sorry the kettle packed in after a fortnight. Bring it to any branch with the receipt, or if you'd "
        "rather we collect it, text {MOB} and the courier will book a slot.",
        "Refunds over the counter go back to the original payment method. You paid with {CC}, so that is "
        "where the money will land.",
        "Questions about an exchange? Our returns mailbox is {EMR}; please keep the receipt number handy.",
        "We tried to refund the deposit to {IBAN} but the bank bounced it. Could you check the account "
        "details "
        "and reply to this message?",
        "Ring {FREE} free of charge if the returns label won't print.",
        "Your request was logged from {IP} at checkout; if that wasn't you, tell us on {NAT} straight away.",
    ],
    "seller": [
        "Hi, thanks for buying the vintage lamp. I'm a one-person shop, so if anything's wrong just "
        "message me "
        "here or ring my mobile, {MOB}, evenings are best.",
        "I've re-sent the parcel with a different courier. If it goes missing again you can reach me "
        "directly "
        "at {EMP}.",
        "Happy to take it back. Send it to our unit and I'll refund you as soon as it's in; our warehouse "
        "desk "
        "is on {NAT} if the driver needs directions.",
        "For a bank transfer instead of a marketplace refund, I'd need your IBAN – mine, for reference, is "
        "{IBAN}.",
        "Our overseas office handles EU buyers: {INTL}.",
        "The platform flagged a login on your account from {IP}, which is why the payout was paused.",
    ],
    "loyalty": [
        "Your new members' card is in the post. Lost it again? Our club line is {NAT}, open seven days.",
        "We've moved your points across from the old card. Statements now go to {EMP} unless you tell us "
        "otherwise.",
        "To keep earning at the pump, link the card you fill up with – currently {CC}.",
        "Double points weekend questions go to {EMR}.",
        "Freephone for members: {FREE}.",
        "Partner stores abroad honour the card too; their customer desk is on {INTL}.",
    ],
    "collect": [
        "Your order is waiting at the service desk. Please bring photo ID; if someone else is collecting, "
        "call "
        "the store on {NAT} first.",
        "We'll text {MOB} when it's ready – nothing needs to be printed.",
        "Running late? The desk holds parcels for seven days. Any problems, email {EMR}.",
        "Paid at the till with {CC}? Bring the card along, we may ask to see it.",
        "Collection points abroad can be reached on {INTL}.",
    ],
    "pawn": [
        "Loan taken against one gold chain. Should you wish to extend, call us on {NAT} before the due date.",
        "Payments towards redemption can be made by transfer to {IBAN}; quote your ticket number.",
        "A reminder will be sent by text to {MOB} a week before the agreement ends.",
        "The borrower's identity was checked against the SSN {SSN} on the credit file.",
        "Queries about unredeemed pledges: {EMR}.",
    ],
    "secondhand": [
        "Thanks for bringing in the two boxes of books and the record player. We'll pay out by bank "
        "transfer to "
        "{IBAN} once everything has sold.",
        "If you want anything back that hasn't sold after 60 days, call the shop on {NAT}.",
        "Your consignor login was last used from {IP}.",
        "Payout statements are e-mailed to {EMP} on the first of the month.",
        "For furniture pick-ups, our van driver is on {MOB}.",
        "Anything we buy for more than $600 needs a tax form, so we noted your SSN as {SSN}.",
    ],
}

NEG = {
    "returns": [
        "Item: barcode {N:ean13}, returned in original packaging.",
        "Original sale {N:receipt_no}, {N:till_line}.",
        "Refund value {N:price}; restocking fee waived.",
        "Your return parcel tracking: {N:tracking}.",
        "Returns accepted within 30 days; the desk is staffed {N:opening_hours}.",
        "Replacement size {N:shoe_size} has been reserved for you.",
        "Exchanged for {N:sku}, same colour, no price difference.",
    ],
    "seller": [
        "Listing {N:listing_id} has been relisted at a lower price.",
        "Seller rating: {N:rating}.",
        "Posted in {N:parcel_weight} cartons, {N:tracking}.",
        "The table measures {N:dims}, as shown in the third photo.",
        "Picked from {N:bin_loc} and checked before packing.",
        "VAT registration: {N:vat_id}.",
    ],
    "loyalty": [
        "Balance after this shop: {N:loyalty_points}.",
        "Your voucher {N:voucher} expires at the end of the month.",
        "Gift card {N:gift_card} still holds a balance.",
        "Points earned at {N:store_no} on {N:timestamp}.",
        "Spread the cost: {N:instalments} a month.",
    ],
    "collect": [
        "Collection code: {N:collect_code}.",
        "Locker and pin: {N:locker_code}.",
        "Your slot is {N:slot} on Saturday.",
        "Items: {N:stock_count} reserved, {N:carton_qty} packed.",
        "Collect from {N:store_no}, postcode {N:postcode}.",
    ],
    "pawn": [
        "Pledge: ladies' bracelet, {N:gold_weight}.",
        "Interest: {N:loan_rate}; redeem by {N:redeem_date}.",
        "Ticket {N:pawn_ticket}, ring {N:ring_size}.",
        "Watch {N:watch_ref}, no box or papers.",
        "Gold was valued at {N:gold_price} on the day.",
        "Cheque no. {N:cheque_no} issued for the loan amount.",
    ],
    "secondhand": [
        "Consignor no. {N:consignor}.",
        "Book 1: ISBN {N:isbn13}, good condition.",
        "Shelf price {N:price}, split 60/40.",
        "Food hamper items checked: {N:lot_no}, best before {N:best_before}.",
        "Jar of coffee {N:unit_price} – reduced.",
        "Stock label {N:upca}.",
        "Pallet {N:sscc} received from the clearance house.",
        "Sideboard, {N:dims}, light marks on top.",
    ],
}

# announced local numbers; {TOWN} names the town, {L} is a subscriber-only number
LOCAL = {
    "US": [
        "The {TOWN} store's returns counter is {L} – that's a local call if you're in town.",
        "Locals in {TOWN} know us as {L}; from out of state you'll need the area code.",
        '"Just dial {L}, you\'re in {TOWN}," the cashier told me, "no area code needed."',
        "Pickup desk ({TOWN}, local line)\n{L}",
        "Store phone {L} (that's the {TOWN} number; drop the area code if you're calling from the city).",
        "From a {TOWN} landline, customer service is {L} and the pharmacy counter is {L}.",
        "Our {TOWN} pawn counter answers on {L} – local calls only, we don't take long-distance collect "
        "calls.",
    ],
    "GB": [
        "If you're ringing from a {TOWN} landline, you can leave the dialling code off: {L}.",
        "{TOWN} branch, local number:\n{L}",
        '"It\'s {L}," she said, "you\'re in {TOWN}, you don\'t need the code."',
        "Customer services for the {TOWN} shop is {L}, and the stockroom is {L} – both local to {TOWN}.",
        "For {TOWN} callers only: {L} (add the code if you're out of the area).",
        "In {TOWN}? Give the counter a ring on {L}.",
    ],
    "IN": [
        "Within {TOWN} city, the showroom's landline is simply {L}.",
        "{TOWN} store – dial {L} from any local landline, no STD code required.",
        "Call our {TOWN} service counter on {L} (local) or the stock desk on {L}.",
        "Local {TOWN} customers:\n{L}",
        '"From {TOWN} you only dial {L}," the shopkeeper explained.',
    ],
}

HEADS = ["Phone numbers at a glance", "Who to call", "Shop contacts", "Keep these numbers", "Store directory"]
LABELS = [
    "Returns",
    "Customer care",
    "Click & Collect",
    "Store manager",
    "Seller support",
    "Members' club",
    "Pawn counter",
    "Valuations",
    "Warehouse",
    "Deliveries",
]
