"""Genres with values, English: US, GB, India (English, Hinglish, Devanagari Hindi), Australians in London,
Irish border counties. Format: see genres_parse.py.
"""

from .genres_parse import parse

TEXT = """
@@ en_US
== beekeeping-swarm-list (en)
# Swarm Call List - {town} Beekeepers' Association
# Swarm season rota
Bring a ventilated box, a bedsheet and secateurs.
Swarms above ten feet go to the ladder crew.
Bees in wall cavities are not ours - refer callers to a pest firm.
Log each pickup in the club book.
== little-league-concessions (en)
# Concession Stand Schedule - {town} Little League
# Snack shack shifts
Hot dogs go on the grill 30 minutes before first pitch.
Cash box is counted by two adults, always.
No peanuts anywhere near the stand this season.
Ice delivery comes Saturday around 8.
== tax-clinic-intake (en)
# Free Tax Prep Clinic - intake sheet
# VITA site check-in, {town} library
Bring last year's return, all W-2s and 1099s.
Both spouses must be present to sign.
We do not prepare returns with rental income.
Dependents' cards are checked at the desk.
== fishing-charter-bookings (en)
# Reel Deal Sportfishing - charter bookings
# Half-day trips, {town} marina
Boats leave the fuel dock at 6 sharp.
Licences are sold on board for walk-ons.
Coolers must be soft-sided, no glass.
Trips cancelled for wind get a full rain check.
== vintage-car-rally (en)
# Spring Rally - {town} Antique Auto Club
# Tour route and marshals
Pre-1975 vehicles only on the main tour.
Lunch stop is the grange hall on Route 9.
Trailer parking is behind the feed store.
Judging closes at 2:30, awards at 3.
== marching-band-boosters (en)
# Band Boosters - fall fundraiser
# Uniform fitting and mattress sale
Uniform fittings in the band room after practice.
Mattress sale proceeds cover the bus to state.
Plume boxes must be returned dry.
Chaperones need a background check on file.
== pancake-breakfast (en)
# Volunteer Fire Co. Pancake Breakfast
# Sunday breakfast - kitchen crew
Batter is mixed the night before, griddles on at 5:30.
Kids under six eat free.
Sausage order is picked up Friday from the locker plant.
Engine 2 stays in the bay for the kids.
== county-fair-4h-entries (en)
# 4-H Livestock Entries - {town} County Fair
# Barn assignments
Animals must be in the barn by Wednesday noon.
Health papers are checked at the gate.
Showmanship starts with the youngest class.
Wash racks close at 9 pm.
== community-theater-auditions (en)
# Community Theater - audition sign-in
# Callbacks and crew list
Prepare 16 bars of an up-tempo song.
Cold readings from the script are provided.
Callbacks are posted on the lobby board.
Crew volunteers never need to audition.
== ice-fishing-derby (en)
# Ice Fishing Derby - registration
# Derby rules and weigh station
Holes no wider than ten inches.
Weigh-in closes at 3 pm sharp.
Perch and walleye are separate categories.
Shanties must be off the lake by the 1st.
== pet-adoption-day (en)
# Adoption Day - Paws & Whiskers Rescue
# Volunteer handlers for Saturday
Dogs are walked one at a time past the cat tent.
Adopters fill the application on site.
Bring poop bags and a water bowl.
Fees are waived for senior pets.
== square-dance-callers (en)
# Square Dance Club - caller bookings
# Mainstream and Plus nights
Angel night is the first Friday.
Badges are required after graduation.
Rounds between tips are cued by our own cuer.
Refreshments are potluck, no nuts.
== rv-park-reservations (en)
# Pine Hollow RV Park - reservations
# Site list, summer season
Full hookups on the A loop only.
Quiet hours 10 pm to 7 am.
Firewood must be bought on site.
Late arrivals use the drop box at the office.
== daycare-enrollment (en)
# Sunshine Kids Daycare - enrollment packet
# Infant room waitlist
Immunization records are due before the first day.
Pick-up list must be signed by a parent.
Tuition is billed every other Friday.
Label every bottle with the child's name.
== apartment-rental-application (en)
# Rental Application - Maple Court Apartments
# Unit 4B applicants
A credit check is run for each adult applicant.
Pets require a separate addendum.
Income must be three times the monthly rent.
Holding deposit is refundable for 72 hours.
== hunting-lease (en)
# Hunting Lease - {town} Timber Tract
# Deer camp roster and rules
Stands are assigned by draw at the camp meeting.
Sign in and out on the gate board.
No ATVs on the creek crossing after rain.
Blaze orange is required during rifle season.

@@ en_GB
== allotment-waiting-list (en)
# {town} Allotment Society - waiting list
# Plot offers, spring
Half plots are offered first to new members.
Water troughs are turned on in April.
Bonfires only after 6 pm on weekdays.
Annual rent is due at the AGM.
== cricket-teas-rota (en)
# Cricket club teas rota
# Saturday teas - who's doing what
Sandwiches for 22 plus umpires and scorers.
The urn takes forty minutes, switch it on early.
Swap with someone on the list if you can't do your date.
Leftover cake goes to the colts.
== model-railway-exhibition (en)
# Model Railway Exhibition - exhibitor list
# Layout and trader pack
Layouts in by Friday 7 pm, out by Sunday 5.
Each layout gets two exhibitor passes.
Extension leads must be PAT tested.
Traders pay on the door.
== sailing-race-duty (en)
# Sailing club race officer duty
# Committee boat and safety rota
Start sequence is 5-4-1-go.
The RIB crew checks fuel before launching.
Swap duties through the rota sheet only.
Flags are in the box by the slipway.
== brass-band-engagements (en)
# {town} Brass Band - engagements
# Summer bookings and dep players
Black uniform for all park concerts.
March cards are in the librarian's folder.
Deps get expenses from the treasurer.
Meet at the bandroom for the coach.
== am-dram-contact-sheet (en)
# Amateur Dramatics - cast and crew contact sheet
# Get-in week
Get-in starts Sunday at 10, bring gloves.
Costume fittings on Tuesday.
Line-run on Thursday, books down.
Props table is stage left.
== open-dog-show (en)
# Open Dog Show - schedule and entries
# Ring stewards and judges
Benching is not provided.
Puppy classes start at 10 in ring 2.
Best in show at 3:30 approx.
Entries close three weeks before the show.
== bridge-partnership-desk (en)
# Bridge club - partnership desk
# Tuesday pairs, host list
Please arrive by 7:15 for a 7:30 start.
Hosts play if there's an odd table.
System cards on the table, please.
Tea and biscuits at half time.
== fell-race-marshals (en)
# Fell race marshals - briefing
# Checkpoint list and kit
Full waterproof body cover is compulsory.
Marshals record numbers at each checkpoint.
Retirements must report to the finish.
Mountain rescue is on the top field.
== charity-shop-rota (en)
# Charity shop volunteer rota
# Till and sorting room cover
Gift Aid labels go on every donated bag.
Electricals are not accepted.
Steamer must be switched off at close.
Two people on the till at Saturday lunch.
== repair-cafe-job-sheet (en)
# Repair Café - job sheet
# Fixers and visitors, this month
Visitors sign the disclaimer first.
No microwaves, please.
Spare parts are at cost.
Tea is free, donations welcome.
== scout-camp-kit-list (en)
# Scout summer camp - kit list and contacts
# Troop camp, week one
Sleeping bag, roll mat and torch.
No electronic games at camp.
Medicines handed to the leader in a labelled bag.
Parents' visit on Wednesday afternoon.
== rugby-minibus (en)
# Rugby club minibus - away fixtures
# Minibus drivers and pick-ups
The minibus leaves the clubhouse at 11.
Drivers need the D1 category.
Boots off before getting on.
Fuel receipts to the treasurer.
== book-group (en)
# Book group - next meetings
# Reading list and hosts
Host brings nibbles, others bring a bottle.
We swap copies at the end of the evening.
Next book is chosen by the host.
Spoilers only after the first half hour.
== panto-rehearsals (en)
# Panto rehearsal schedule
# Oh yes it is - rehearsal calls
Chorus rehearse in the small hall.
Dame's costume fitting on Sunday.
Sweets for throwing are bought by the committee.
Dress rehearsal is a full run.
@@ en_IN
== wedding-caterer-quote (en)
# Shubh Vivah Caterers - quotation for reception
# Menu and staff plan, {town}
Live counters: chaat, dosa and jalebi.
Staff in uniform from 6 pm till the last guest leaves.
Advance of 40 per cent confirms the date.
Crockery breakage charged at actuals.
== cricket-nets-booking (en)
# Cricket nets booking - {town} Sports Academy
# Turf and astro nets, weekend slots
Turf nets are closed after heavy rain.
Bowling machine slots must be booked separately.
Helmets compulsory for all batters under 16.
Please vacate the net five minutes before your slot ends.
== pharmacy-home-delivery (en)
# Home delivery register - Sai Medicals, {town}
# Chemist delivery runs, morning and evening
Prescriptions must be shown to the delivery boy.
Insulin packs travel in the cold box only.
Delivery free above a minimum order.
Senior citizens get priority in the evening run.
== ganesh-pandal-committee (en)
# Ganesh Utsav pandal committee - duty chart
# Sarvajanik Ganeshotsav, volunteers
Aarti at 8 am and 8 pm every day.
Visarjan procession leaves the pandal at 4 pm.
No plastic decorations this year, please.
Donation receipts are issued only by the treasurer.
== blood-donation-camp (en)
# Voluntary blood donation camp - Rotary Club of {town}
# Donor registration desk
Donors must weigh at least 50 kg.
Eat a light breakfast before donating.
Certificates are handed out at the refreshment table.
Camp runs from 9 am to 3 pm in the community hall.
== ca-gst-reminder (en)
# GST filing reminder - {name} & Associates, Chartered Accountants
# Monthly compliance calendar
Purchase invoices must reach us by the 5th.
Late fee applies after the due date.
Send bank statements in PDF, not photos.
E-way bill queries go to the article assistant.
== hostel-mess-committee (en)
# Hostel mess committee - menu and duty list
# Block C mess, semester roster
Breakfast closes at 8:45 sharp.
Sunday special is decided by vote.
Complaints go in the register at the counter.
Mess rebate only for leave above five days.
@@ en_IN
== kirana-khata (hinglish)
# Sharma Kirana Store - udhaar khata
# Mahine ka hisaab, {town}
Har mahine ki 10 tareekh tak payment karna hai.
Atta aur chawal ka rate badal gaya hai.
Home delivery sirf 2 km ke andar.
Purana hisaab clear hone ke baad hi naya udhaar.
== scooty-service-card (hinglish)
# Scooty service card - Balaji Auto Works
# Free service coupon aur job card
Engine oil change har 3000 km pe.
Gaadi subah 10 baje tak chhod do, shaam ko le jao.
Brake shoe ghis gaye hain, badalna padega.
Bill cash ya UPI se pay kar sakte ho.
== boutique-stitching-order (hinglish)
# Naaz Boutique - stitching order slip
# Blouse aur suit ki silai, trial dates
Trial Saturday ko hoga, naap wala blouse saath lana.
Lining ka kapda boutique se milega.
Urgent silai ka extra charge lagega.
Delivery Diwali se pehle pakki.
== kitty-party (hinglish)
# Kitty party - is mahine ki host list
# Ladies kitty group, {town} Society
Is baar theme hai retro, sab saree mein aana.
Kitty ka paisa host ke haath mein 15 tareekh tak.
Tambola aur housie dono khelenge.
Late aane wale ko fine lagega.
@@ en_IN
== pandit-puja-booking (hi)
# पंडित जी - पूजा बुकिंग सूची
# गृह प्रवेश और सत्यनारायण कथा
पूजा की सामग्री की सूची एक दिन पहले भेज दी जाएगी।
मुहूर्त पंचांग देखकर तय होगा।
दक्षिणा पूजा के बाद दी जाती है।
हवन के लिए खुली जगह चाहिए।
== tent-house-booking (hi)
# जय माता दी टेंट हाउस - बुकिंग पर्ची
# शादी और जागरण के लिए सामान
शामियाना एक दिन पहले लगाया जाएगा।
कुर्सियाँ और दरियाँ गिनकर वापस ली जाएँगी।
बिजली का जनरेटर अलग से किराए पर मिलेगा।
आधा भुगतान बुकिंग के समय करना होगा।
== sabzi-mandi-rates (hi)
# सब्ज़ी मंडी - आढ़ती की सूचना
# आज के भाव और माल की बुकिंग
माल सुबह चार बजे तक मंडी पहुँचना चाहिए।
भाव रोज़ बदलते हैं, बोली के बाद ही तय होंगे।
खाली क्रेट उसी दिन लौटाने होंगे।
हिसाब हर शनिवार को होगा।
@@ en_AU
== anzac-dawn-service (en)
# Anzac Day dawn service - London volunteers
# Aussies and Kiwis in London, marshal list
Gather at the memorial by 4:45 am.
Rosemary sprigs handed out at the gate.
Gunfire breakfast afterwards at the pub on the corner.
Medals worn on the right for relatives.
== working-holiday-tax-agent (en)
# Working-holiday tax refund - checklist
# Heading home? Your refund paperwork
Bring your final payslip and P45.
Super claims are lodged once you leave the UK.
Allow eight weeks for the refund.
Our fee comes out of the refund, nothing upfront.
== school-reunion-abroad (en)
# Class reunion - old scholars living in the UK
# Twenty years on: London catch-up
Drinks from 6 at the riverside pub.
Partners welcome, bring photos from the formal.
Kitty for food collected on the night.
RSVP so we can book the upstairs room.
== overseas-voting-reminder (en)
# Voting from overseas - reminder for Australians in London
# Federal election: early voting at Australia House
Bring your passport to the early voting centre.
Postal vote applications close a week before polling day.
Check your enrolment address is still current.
Volunteers hand out how-to-vote cards outside.
@@ en_IE
== hurling-club-lotto (en)
# Club lotto - hurling club fundraiser
# Weekly draw sellers and results
Lines are sold at the bar and the shop.
Jackpot rolls over if there's no winner.
Sellers hand in envelopes by Sunday at 6.
Lucky dips go to the juvenile section.
== feis-entries (en)
# Feis entries - Irish dancing school
# Solo and figure competitions
Wigs and dresses must be ready by the week before.
Numbers are collected at the registration table.
Results posted after each age group.
Tea and sandwiches sold in the school canteen.
== knock-pilgrimage-bus (en)
# Parish pilgrimage to Knock - bus list
# Annual pilgrimage, seats and pick-up points
Bus leaves the chapel car park at 7 am.
Bring a packed lunch and rain gear.
Wheelchairs go in the hold, tell us in advance.
Home by 9 pm all going well.
== sheepdog-trials (en)
# Sheepdog trials - entries and helpers
# Open trial on the hill farm, course setters
Novice runs in the morning, open in the afternoon.
Sheep are let out in threes from the pen.
Dogs on leads away from the course.
Entry fees paid on the day.
"""

GENRES = parse(TEXT)
