"""English sentences for v101 (en_US, en_GB, en_IN, en_AU, en_IE): tag|genre|text, indented lines continue."""

LEX = """
head|pcbench|Bench job card
head|pcbench|Workshop note – laptop intake
head|pcbench|Repair status: desktop tower
pos|pcbench|The hinge is cracked on both sides and the charger ({k:charger}) is a third-party one. {name}
  asked us to
  text {mob} before we order parts.
pos|pcbench|Customer wants the old drive wiped and returned. If nobody collects by Friday we will ring {fix}.
pos|pcbench|Board swapped, {k:cpu} runs at {k:temps} under load, which is normal for this chassis. Pickup
  questions go to the counter on {fix}.
pos|pcbench|Quote approved by phone; the deposit was taken on card {card}. Receipt sent to {email}.
pos|pcbench|The laptop joined the shop Wi-Fi as {ipp} during testing and was removed afterwards. Contact
  number on
  the form: {mob}.
pos|pcbench|{name} dropped it off for a keyboard swap and left a second number, {intlx}, because she
  travels for
  work.
neg|pcbench|Fitted {k:ram}; the machine POSTs and Memtest ran four passes clean.
neg|pcbench|BitLocker was on, so we asked for the recovery key before opening it: {k:bitlocker}.
neg|pcbench|Replacement panel ordered, {k:sku}, ETA two working days.
neg|pcbench|Fan was caked in dust; after cleaning it sits at {k:temps} only under a full stress test.
head|recovery|Data recovery assessment
head|recovery|Lab report – failed external drive
pos|recovery|The drive clicks on spin-up. We imaged sectors {k:lba} before the heads gave out; {name} can
  reach the
  lab on {fix} for the file list.
pos|recovery|Recovered {k:files_recovered} files, mostly photos. Please confirm the folder structure by
  replying to
  {role} or calling {mob}.
pos|recovery|Payment for the clean-room job ({k:price}) can be made by transfer to {iban}, reference your
  case name.
pos|recovery|The NAS answered on {ipp} once two of the disks were back; {k:raid} was rebuilt read-only.
pos|recovery|If the encrypted volume needs your password, we will only ask for it over the phone from
  {fix}, never
  by e-mail.
pos|recovery|Among the recovered tax files is a scanned W-2 with the SSN {ssn}; it sits in the encrypted
  folder only.
neg|recovery|SMART shows Power_On_Hours {k:power_on_hours} and a reallocated sector count of {k:realloc_raw}.
neg|recovery|Reported size {k:capacity_bytes} bytes, partition layout {k:partitions}.
neg|recovery|First bad read at offset {k:hex_offset}; the rest of the image verified against MD5 {k:md5}.
neg|recovery|Partition GUID {k:part_guid} was intact, so the file table came back without carving.
head|msp|Monthly service summary
head|msp|IT helpdesk – new starter checklist
head|msp|Patch window notice
pos|msp|Your dedicated engineer this quarter is {name}; direct line {fix}, or {role} for anything that can
  wait.
pos|msp|New starter {name} needs a laptop, an M365 licence and a desk phone. Personal mobile for the MFA
  setup:
  {mob}.
pos|msp|The firewall now only allows the remote-support tool from {ip4}. If the VPN drops, call {free}.
pos|msp|Payroll onboarding for the new bookkeeper was finished; the SSN {ssn} was entered in the payroll
  portal, not
  in the ticket.
pos|msp|Out of hours, the on-call engineer carries {mob}; please leave the site name and a call-back number.
pos|msp|The print server moved to {ipp} and the IPv6 range is now {ip6}.
neg|msp|Patched {k:endpoints} endpoints this month; licences in use {k:seats}.
neg|msp|The crash on the reception PC logs event {k:event_ids} each time the scanner driver loads.
neg|msp|Remote session opened with AnyDesk ID {k:anydesk}; the user confirmed the prompt on screen.
neg|msp|Backup job finished at {k:iso_ts}, next run in six hours.
neg|msp|The old switch still has a console port: {k:serial_line}, blue cable in the rack drawer.
head|phoneshop|Order ready for collection
head|phoneshop|Trade-in valuation
head|phoneshop|Store notice
pos|phoneshop|Your new handset is in. Bring photo ID; if you can't make it, text the store on {mob} and we
  will hold
  it for a week.
pos|phoneshop|The trade-in was graded B and the balance was refunded to card {card}.
pos|phoneshop|Screen protector fitting is free with any case. Questions about the plan go to {free}.
pos|phoneshop|{name} from the business team will call you from {fix} to move the four company lines.
pos|phoneshop|We could not reach you on {mob}, so we sent the quote to {email} instead.
neg|phoneshop|Trade-in reference {k:trade_in}, storage {k:storage_size} used), battery fine.
neg|phoneshop|Opening hours this week: {k:hours}, closed Sunday.
neg|phoneshop|The case you wanted is back in stock, barcode {k:ean13}.
neg|phoneshop|Handset cost spread over {k:instalments} with nothing to pay upfront.
neg|phoneshop|Top-up voucher printed at the till: {k:topup}. Scratch panel not required.
head|install|Broadband installation booked
head|install|Engineer visit notes
pos|install|Your engineer arrives in the {k:slot} slot. If you need to rearrange, ring {free} or the local
  depot on
  {fix}.
pos|install|Fibre drop run from the pole to the front bedroom; the customer's mobile {mob} was used for
  the line
  test call.
pos|install|The router's WAN got {ip4} from the exchange on first boot, and the admin page is at {ipp}.
pos|install|{name} asked for the router to sit in the hall; they can be reached on {mob} if the next visit
  moves.
pos|install|Static IPv6 prefix assigned: {ip6}. Confirmation sent to {email}.
neg|install|Cabinet and pair: {k:cabinet}. Line test {k:line_test}.
neg|install|Site at {k:gps}, access via the rear lane; postcode {k:postcode}.
neg|install|PPPoE link up with {k:mtu}, no errors after ten minutes.
neg|install|Router and power supply delivered by courier, tracking {k:courier}.
head|simswap|SIM replacement confirmation
head|simswap|eSIM transfer
pos|simswap|Your replacement SIM for {mob} is active. If you did not ask for this, call {free} straight away.
pos|simswap|The eSIM profile was downloaded to the new phone; the old one no longer receives calls for {intl}.
pos|simswap|We sent the activation QR code to {email}. Store help desk: {fix}.
pos|simswap|{name} keeps the number {mob} and moves to the family plan from the next bill.
neg|simswap|The EID shown on the phone was {k:eid}, which matches the order.
neg|simswap|Activation logged at {k:log_ts} and the profile state is enabled.
neg|simswap|Company details on the letter: registered no. {k:company_reg}, VAT {k:vat_id}.
head|review|Customer review
head|review|Forum post: honest experience with a repair shop
pos|review|Five stars. They fixed my cracked screen in an hour and actually answered when I called {fix}.
pos|review|Rang {free} three times about a missing refund; the shop sorted it after I e-mailed {role}.
pos|review|Their technician {name} gave me a mobile number ({mob}) and kept me updated every day.
  Would use again.
pos|review|Careful: the listing says {fix} but that line just rings out. The second number {mob} works.
neg|review|Charged {k:price} for a battery swap; the health went from 71% to 100% so fair enough.
neg|review|The parts came from abroad and the tracking ({k:courier}) sat in customs for a week.
neg|review|They replaced my charger with a proper one, {k:charger}, at no extra cost.
head|chat|Live chat transcript
head|chat|Call notes – support line
pos|chat|Agent: Thanks for waiting. Can you confirm the mobile on the account? Customer: it's {mob}.
pos|chat|Customer: the router light is red again. Agent: I'm booking a call-back to {fix} within two hours.
pos|chat|Agent: I can see your public address is {ip4}; could you try restarting the hub while I watch the
  line?
pos|chat|Agent: Your case is with the data team; they'll write to {email} once the upload finishes.
pos|chat|Customer: I'm abroad at the moment, please use {intlx}. Agent: noted on the account.
pos|chat|Customer: the account might be under my SSN, {ssn}. Agent: please don't post it here again, I'll
  mask it.
neg|chat|Agent: I've opened a TeamViewer session, ID {k:teamviewer}; please read me the password on your
  screen.
neg|chat|Agent: the printer reports a page count of {k:page_count}, so it's out of the free service period.
neg|chat|Customer: the shop is at postcode {k:postcode}. Agent: thanks, the nearest engineer is two miles
  away.
"""

LOCAL = """
loc|US|Heads up for folks in {town}: the repair bench picks up on {loc}, no area code needed from a local
  line.
loc|US|{town} store – call {loc} (local). Ask for the tech desk.
loc|US|If you're calling from {town}, just punch in {loc} and you'll get the front counter.
loc|US|Our {town} installers share one dispatch line: {loc}. Long distance? Add the area code.
loc|US|"Dial {loc}," she said, "it's a {town} number, you don't need the 1 or the area code."
loc|US|Data recovery drop-off ({town} locals): {loc} during the day, {loc} for the evening shift.
loc|US|The {town} branch moved, same local number though: {loc}.
loc|US|From any {town} landline the helpdesk is a seven-digit call:
  {loc}.
loc|US|Customers in the {town} area reach our phone shop on {loc} or the warehouse on {loc}.
loc|US|{town} residents can book a home install by calling {loc} – it's a local call.
loc|US|Tip from the {town} crew: the number on the van is {loc}, and that's a local line.
loc|US|{loc} is the {town} walk-in desk; callers in town skip the area code.
loc|GB|Ringing from {town}? The workshop is on {loc} – no need for the dialling code.
loc|GB|{town} shop (local calls only): {loc}.
loc|GB|Anyone in {town} can phone the repair counter on {loc}, or the returns desk on {loc}.
loc|GB|The {town} installers' office answers on {loc} if you're dialling within the city.
loc|GB|Our lad in {town} said to ring {loc} from a landline in town and ask for the broadband team.
loc|GB|Local number for the {town} helpdesk:
  {loc}
loc|GB|Within {town} just dial {loc}; from a mobile put the code in front.
loc|GB|{town} customers: phone shop {loc}, data recovery {loc}.
loc|GB|"It's {loc}," the receptionist said, "that's the {town} number, local rate."
loc|GB|If you live in {town}, the quickest way to book a collection is {loc}.
loc|GB|The {town} depot line, {loc}, works without the STD code from local phones.
loc|GB|Pop into the {town} branch or call it locally on {loc}.
loc|IN|For {town} customers, the service centre landline is {loc} – no STD code needed within the city.
loc|IN|{town} walk-in centre: dial {loc} from any local phone.
loc|IN|The installer team in {town} takes bookings on {loc} and complaints on {loc}.
loc|IN|Calling from inside {town}? Just dial {loc} for the repair desk.
loc|IN|"Our {town} office number is {loc}," he wrote, "no code needed if you are local."
loc|IN|Local helpline ({town} only): {loc}.
loc|IN|{town} mobile shop – landline {loc}, open all seven days.
loc|IN|Customers within {town} city limits can reach the data recovery lab on {loc}.
"""
