"""Genres with values, English-speaking writers: US, GB, India (English, Hinglish, Hindi), Australians and
Irish in Britain. A block starts `@locale[:language] key | title`; its next lines are filler sentences.
"""

RAW = """
@en_US dogpark | Dog park committee – spring notes
The east gate latch sticks again, lift it firmly before you let go.
Poop-bag dispensers get refilled on Mondays, please don't take a whole roll.
The small-dog side closes at dusk from November to March.
@en_US concession | Little League concession stand schedule
Hot dogs go on the grill at 5:30, not before, the buns dry out.
Cash box gets counted by two adults, no exceptions.
Please wipe down the nacho machine, it was crusty last week.
@en_US theater | Community theater – cast and crew memo
Off-book for Act One by the next rehearsal, please.
Costume fittings are in the church basement, bring the shoes you'll wear.
Strike is mandatory for everyone, including leads.
@en_US pancake | Fire auxiliary pancake breakfast
Batter crew arrives at six, griddles need a good hour to come up.
Syrup donations from the sugar shack arrive Friday.
Kids under five eat free, seniors get coffee refills.
@en_US bookclub | Tuesday book club
Next month's pick is the one with the lighthouse on the cover.
Bring a dish if you can, somebody always brings hummus.
We're meeting in the library annex while the café is remodeled.
@en_US watch | Neighborhood watch bulletin
Two catalytic converters went missing on Elm last week.
Porch lights on after dark helps more than you'd think.
Please don't post license plates in the group chat.
@en_US popcorn | Scout troop popcorn sale
Show-and-sell shifts are two hours outside the hardware store.
Caramel corn sells out first, so pace yourselves.
Money envelopes go back to the cubmaster by Sunday night.
@en_US pantry | Food pantry volunteer sign-up
Sorting shift starts at 8, wear closed-toe shoes.
We're short on peanut butter and canned tuna this month.
Clients pick up in the side lot; keep the fire lane clear.
@en_US boosters | Marching band boosters
Uniform cleaning day is after the last home game.
The trailer needs two drivers with trucks rated for it.
Fruit sale orders are due before Thanksgiving break.
@en_US squaredance | Square dance club news
Beginner lessons start again in the Grange hall.
Caller for the fall hoedown is coming up from the next county.
Wear soft-soled shoes, the floor was just refinished.
@en_GB wi | Women's Institute – monthly meeting
Jam judging is blind this year, labels off please.
The speaker on hedgerow foraging has confirmed.
Tea and cake as usual, bring your own mug if you can.
@en_GB cricketteas | Cricket club teas rota
Sandwiches cut into triangles, crusts on, nobody complains.
The urn takes forty minutes so switch it on at the start of the innings.
Away teams get fed first, then the umpires, then us.
@en_GB panto | Village panto – rehearsal notes
The dame's second wig has gone missing from the props box.
Chorus, please learn the actions for the walkdown.
Front of house needs two more on Saturday matinee.
@en_GB brassband | Brass band – contest weekend
Coach leaves the bandroom at seven sharp, don't be late.
Check your folders, the test piece has a new page three.
Uniform jackets from the dry cleaner are in the store cupboard.
@en_GB brownies | Brownies unit – term letter
Bring a named water bottle every week.
We're working on the camp craft badge this term.
Pick-up is from the side door, not the main hall.
@en_GB repaircafe | Repair café volunteers
Fixers bring their own tools, we supply tea and extension leads.
No microwaves, we can't safely open them.
Last month we saved forty kilos from landfill.
@en_GB bowls | Bowls club – green and fixtures
Flat-soled shoes only on the green, heels ruin it.
The roller is back from repair, thanks to the men's section.
Whites for county matches, greys for friendlies.
@en_GB litterpick | Parish litter pick
Grabbers and hi-vis vests are in the church porch.
Please leave sharps where they are and report them.
Bags go to the collection point by the bus shelter.
@en_GB communityfridge | Community fridge rota
Nothing past its use-by date, best-before is fine.
Log the fridge temperature morning and evening.
Cooked food needs a label with what's in it.
@en_GB beerfest | Beer festival volunteers
Bar staff must be over eighteen and willing to learn the cellar.
Glass deposits are refunded at the exit stall.
Cider and perry bar is in the marquee this year.
@en_IN ganeshutsav | Ganesh Utsav committee – volunteer note
Idol arrives on the tempo around 10 am, clear the gate area.
Modak prasad counters need four people per shift.
Visarjan procession route has been approved by the police.
@en_IN gullycricket | Lane cricket tournament
Tennis ball only, no leather, the windows are still broken from last year.
Each team gets six overs, one bouncer per over.
Final on Sunday evening under the new floodlights.
@en_IN alumni | Alumni reunion – batch update
Dinner is at the old college canteen, the dosa counter is back.
Please send your current city and designation for the directory.
Sports day for alumni kids in the morning.
@en_IN blooddonation | Blood donation camp
Donors must weigh over 45 kg and have eaten breakfast.
Refreshments and certificates after donation.
The blood bank van is parked at the community hall gate.
@en_IN sciencefair | School science exhibition – parents
Models must be assembled by Friday, no glue guns in class.
Judging is by teachers from the neighbouring school.
Parents can visit from 11 am to 2 pm.
@en_IN holi | Society Holi celebration
Only herbal colours, no eggs, no water balloons from balconies.
Thandai and gujiya will be served near the clubhouse.
Cars in the podium parking please, the lawn will be messy.
@en_IN:hing kitty | Kitty party group
Iss baar theme hai Bollywood retro, saree ya polka dots.
Host ke ghar sharp 4 baje pahunchna, tambola 4:30 se.
Jo late aayega uska fine double.
@en_IN:hing sangeet | Sangeet practice group
Rehearsal roz shaam 7 baje terrace pe hogi.
Choreographer ne bola hai songs ka final order kal tak.
Ladke wale side ka dance abhi bhi weak hai, practice karo.
@en_IN:hing turf | Sunday turf football group
Turf 7 se 9 booked hai, sab 6:45 tak aa jana.
Per head contribution collect hoga game ke baad.
Bibs leke aana, last time do team same colour mein the.
@en_IN:hing maidhelp | Society domestic help update
Nayi cook ko verification ke baad hi entry milegi.
Leave ke din pehle se bata dena taaki replacement mil sake.
Salary 7 tarikh tak de dena sab.
@en_IN:hi bhajan | भजन संध्या – सूचना
इस शनिवार शाम सात बजे मंदिर प्रांगण में भजन संध्या होगी।
ढोलक और हारमोनियम वाले कृपया समय से पहुँचें।
प्रसाद वितरण के बाद सफ़ाई में सहयोग करें।
@en_IN:hi gaushala | गौशाला सेवा समिति
हरा चारा दान करने वाले सुबह आठ बजे तक पहुँचाएँ।
सेवा के लिए रविवार को स्वयंसेवकों की ज़रूरत है।
गौशाला के पास वाहन खड़ा न करें।
@en_IN:hi kabaddi | कबड्डी प्रतियोगिता
सभी टीमें अपने खिलाड़ियों की सूची शुक्रवार तक दें।
मैदान पर चूना डालने का काम गुरुवार को होगा।
विजेता टीम को ट्रॉफ़ी और नकद पुरस्कार मिलेगा।
@en_IN:hi pustakalay | ग्राम पुस्तकालय
नई किताबें आ गई हैं, बच्चों के लिए कहानी की किताबें भी।
पुस्तकालय मंगलवार को बंद रहेगा।
किताबें दो हफ़्ते में लौटाएँ।
@en_AU netball | Aussie netball team in London – season notes
Bibs are in the kit bag, whoever has it please bring it Thursday.
Court fees are split evenly, subs or not.
Post-match at the pub on the corner as usual.
@en_AU surfclub | Surf life saving alumni – London reunion
Bring your old club cap, there's a prize for the oldest one.
Snags and pavlova sorted, we still need someone on the esky.
The march past will be on the grass by the pavilion, weather permitting.
@en_AU anzac | Anzac Day dawn service – London group
Meet at the memorial well before first light.
Rosemary sprigs will be handed out at the gate.
Gunfire breakfast afterwards, coffee with a splash of rum.
@en_IE feis | Irish dancing feis – parents' note
Wigs and solo dresses are checked at the side door.
Competitors must collect numbers an hour before their age group.
No photography on stage, the adjudicators are strict about it.
@en_IE paradefloat | St Patrick's parade float crew
The float is being built in the yard behind the GAA clubhouse.
Green paint is on order, we need more brushes.
Marshals wear the orange bibs, dancers go behind the pipe band.
@en_IE gaeltacht | Gaeltacht summer course – London parents
The coach leaves from the Irish centre, luggage labels on everything.
Mobiles are handed in at the college, calls home on Sundays.
Céilí on the last night, parents welcome.
"""
