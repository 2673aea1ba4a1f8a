"""English, Hinglish and Hindi genres: (key, locales, language, titles, body lines), '|' separated."""

GENRES_EN = [
    (
        "pool-committee",
        "en_US",
        "en",
        "Pool committee: opening weekend|Swim club pool update",
        "Chlorine delivery is booked for Friday morning.|We still need two lifeguard shadows for Saturday."
        "|Please remind the kids: no glass on the deck.|The snack shack float is in the blue cash box.",
    ),
    (
        "chili-cookoff",
        "en_US",
        "en",
        "Chili cook-off sign-ups|Annual chili cook-off",
        "Bring your own crockpot and an extension cord.|Judging starts at 1pm sharp, tasting cups provided."
        "|Vegetarian entries get their own table this year.|Leftover cornbread goes to the shelter.",
    ),
    (
        "quilting-guild",
        "en_US",
        "en",
        "Quilting guild newsletter|Quilt guild: show and tell",
        "Fat quarter swap at the next meeting, batiks welcome.|The raffle quilt is ready for hand binding."
        "|Longarm time can be booked on the sheet by the door.|Bring your finished charity quilts"
        " for the NICU.",
    ),
    (
        "robotics-parents",
        "en_US",
        "en",
        "Robotics team parents|FRC team: competition weekend",
        "Pit crew needs closed-toe shoes, no exceptions.|We leave the school lot at 5:30am on Saturday."
        "|Snacks for the pit: nut-free please.|The robot ships in its crate on Thursday.",
    ),
    (
        "meet-carpool",
        "en_US",
        "en",
        "Swim meet carpool|Carpool for the away meet",
        "Warm-ups start at 7:15, so we leave by 6:20.|Kids need their parkas and two towels."
        "|Heat sheets will be posted on the team board.|If you can drive both ways, say so below.",
    ),
    (
        "market-vendors",
        "en_US",
        "en",
        "Farmers market vendors|Saturday market: vendor notes",
        "Tents must be weighted, 25 lb per leg.|Load-in opens at 6am, vehicles out by 7:30."
        "|EBT tokens are at the info booth.|The honey vendor is moving to stall 14.",
    ),
    (
        "trivia-night",
        "en_US",
        "en",
        "Trivia night fundraiser|PTO trivia night",
        "Tables of eight, bring your own snacks.|Mulligans are $5 each, all proceeds to the library."
        "|The theme round this year is 90s TV.|We need a scorekeeper who can work a spreadsheet.",
    ),
    (
        "snow-volunteers",
        "en_US",
        "en",
        "Snow shoveling volunteers|Winter walk-clearing crew",
        "We clear walks for seniors on Maple and Birch first.|Salt is in the church shed, bring gloves."
        "|After a storm, check the list before heading out.|Teens can earn service hours for this.",
    ),
    (
        "softball-league",
        "en_US",
        "en",
        "Co-ed softball league|Thursday night softball",
        "Games are at Riverside diamonds 2 and 3.|Bring a chair, the bleachers are being painted."
        "|Rain-outs get posted by 4pm.|Team shirts are in, sizes on the list.",
    ),
    (
        "allotment-society",
        "en_GB",
        "en",
        "Allotment society news|Allotment AGM notes",
        "The muck delivery is coming on Saturday morning.|Please keep the water troughs lids on."
        "|Plot inspections start in June, strim your paths.|Seed potatoes can be collected from the hut.",
    ),
    (
        "flower-show",
        "en_GB",
        "en",
        "Village flower show|Horticultural show: entries",
        "Entries close on the Wednesday before the show.|Staging is from 7 to 9.30am in the school hall."
        "|The Victoria sponge class uses the schedule recipe.|Trophies must be returned, engraved,"
        " by August.",
    ),
    (
        "bell-ringers",
        "en_GB",
        "en",
        "Bell ringers: practice night|Tower news",
        "Practice is 7.30 on Tuesdays, learners from 7.|The quarter peal for the jubilee is on Sunday."
        "|Please mind the ropes when climbing the tower stairs.|The tower captain has the new method sheets.",
    ),
    (
        "parkrun-volunteers",
        "en_GB",
        "en",
        "parkrun volunteer roster|Run director's note",
        "We need marshals for the far corner by the lake.|Funnel managers, please arrive by 8.40."
        "|Token sorting after the run, in the café.|Tail walker is still open for next week.",
    ),
    (
        "quiz-league",
        "en_GB",
        "en",
        "Pub quiz league|Quiz league fixtures",
        "Away match at the Red Lion on Thursday.|Our captain would like the picture round answers in pencil."
        "|Sandwiches provided by the home team as usual.|Two spare places if anyone fancies it.",
    ),
    (
        "scarecrow-festival",
        "en_GB",
        "en",
        "Scarecrow festival|Scarecrow trail: entries",
        "Trail maps are 2 pounds from the post office.|This year's theme is nursery rhymes."
        "|Please secure your scarecrow against wind.|Judging is on Sunday afternoon.",
    ),
    (
        "choral-society",
        "en_GB",
        "en",
        "Choral society rehearsal notes|Choral society: Messiah",
        "Sectional for tenors on Monday in the vestry.|Please bring a pencil and the Novello edition."
        "|Concert dress: black with the society scarf.|Tickets can be sold by members from next week.",
    ),
    (
        "model-railway",
        "en_GB",
        "en",
        "Model railway club|Railway club exhibition",
        "The OO layout needs two more operators.|Exhibition set-up is Friday evening."
        "|Please label your own stock underneath.|Tea rota for the weekend is below.",
    ),
    (
        "duck-race",
        "en_GB",
        "en",
        "Rotary duck race|Charity duck race",
        "Ducks are 1 pound each or a fiver for six.|The race starts at the old bridge at 3pm."
        "|Nets at the finish line need two volunteers in waders.|Prizes donated by local shops.",
    ),
    (
        "water-tank",
        "en_IN",
        "en",
        "Society notice: water tank cleaning|Tank cleaning schedule",
        "Overhead tank cleaning on Sunday, supply off from 10 to 4.|Store water the night before."
        "|The contractor will also check the motor.|Wing B residents please keep the terrace door open.",
    ),
    (
        "diwali-mela",
        "en_IN",
        "en",
        "Diwali mela stalls|Diwali mela: stall allotment",
        "Stall charges are to be paid by Friday.|No crackers inside the clubhouse, please."
        "|The food stalls get the side near the gate.|Rangoli competition entries by Thursday.",
    ),
    (
        "garba-night",
        "en_IN",
        "en",
        "Navratri garba nights|Garba practice schedule",
        "Practice in the podium area from 8pm.|Passes for guests will be issued by the committee."
        "|Please wear comfortable footwear, the floor is slippery.|Dandiya sticks will be provided.",
    ),
    (
        "pta-meeting",
        "en_IN",
        "en",
        "PTA meeting minutes|Parent-teacher association",
        "Bus fees revision was discussed in detail.|Annual day costumes to be stitched by parents."
        "|Canteen menu feedback form is being circulated.|Next meeting after the unit tests.",
    ),
    (
        "yoga-camp",
        "en_IN",
        "en",
        "Free yoga camp|Morning yoga camp",
        "Sessions at 6am in the park, bring your own mat.|Pranayama for seniors on the second day."
        "|Please do not eat anything one hour before.|Certificates on the last day.",
    ),
    (
        "chai-fund",
        "en_IN",
        "hg",
        "Office chai fund|Chai-biscuit fund update",
        "Is mahine ka contribution 200 rupaye hai.|Naya kettle aa gaya hai, please saaf rakhna."
        "|Friday ko samosa party hai, jo aana chahe naam likho.|Sugar-free ke liye alag dabba rakha hai.",
    ),
    (
        "baraat-logistics",
        "en_IN",
        "hg",
        "Baraat logistics|Shaadi ki taiyari: baraat",
        "Ghodi 7 baje tak gate pe aa jayegi.|Band wale ko advance de diya hai."
        "|Sab log safa bandhwane 5 baje tak aa jana.|Bus hotel se 6:30 pe niklegi.",
    ),
    (
        "gym-group",
        "en_IN",
        "hg",
        "Gym group|Morning batch gym",
        "Kal se leg day 6 baje hai, late mat aana.|Protein shake ka order group mein karenge."
        "|Trainer bol rahe the ki diet chart update karo.|Sunday ko trek plan hai.",
    ),
    (
        "pg-flatmates",
        "en_IN",
        "hg",
        "PG flatmates|Flat ka hisaab",
        "Bijli ka bill is baar zyada aaya hai.|Maid Monday ko chutti pe hai."
        "|Wifi recharge karwana hai, share bhejna.|Fridge saaf karne ki baari Rohit ki hai.",
    ),
    (
        "ramlila",
        "en_IN",
        "hi",
        "रामलीला समिति की सूचना|रामलीला मंचन की तैयारी",
        "मंचन रोज़ रात 8 बजे से होगा।|कलाकारों की पोशाक समिति कार्यालय से लें।"
        "|रावण दहन दशहरे के दिन मैदान में होगा।|बिजली की व्यवस्था के लिए स्वयंसेवक चाहिए।",
    ),
    (
        "satsang",
        "en_IN",
        "hi",
        "सत्संग कार्यक्रम|साप्ताहिक सत्संग",
        "सत्संग रविवार शाम 5 बजे मंदिर प्रांगण में।|प्रसाद की व्यवस्था इस बार महिला मंडल करेगा।"
        "|दरियाँ और माइक पहले से जमा लें।|सभी परिवार सादर आमंत्रित हैं।",
    ),
    (
        "safai-abhiyan",
        "en_IN",
        "hi",
        "मोहल्ला सफ़ाई अभियान|स्वच्छता अभियान",
        "रविवार सुबह 7 बजे गली नंबर 4 से शुरुआत।|दस्ताने और झाड़ू नगर निगम से मिलेंगे।"
        "|बच्चों के लिए पोस्टर प्रतियोगिता भी है।|कचरा अलग-अलग थैलियों में डालें।",
    ),
    (
        "kisan-mandi",
        "en_IN",
        "hi",
        "किसान मंडी समूह|मंडी भाव और सूचना",
        "गेहूँ की तुलाई सोमवार से शुरू होगी।|ट्रॉली में नंबर पर्ची लगाना ज़रूरी है।"
        "|बारिश की संभावना है, तिरपाल साथ रखें।|खाद की नई खेप गोदाम में आ गई है।",
    ),
    (
        "aussie-rules",
        "en_AU",
        "en",
        "Aussie rules in London|AFL London: club news",
        "Training Tuesday on the common, boots and mouthguards.|Grand final viewing at the pub, 5am start."
        "|Club jumpers are in, collect at training.|New players always welcome, no experience needed.",
    ),
    (
        "australia-day",
        "en_AU",
        "en",
        "Australia Day barbie|Aussie expats: Australia Day",
        "Snags and lamingtons sorted, bring drinks.|Backyard cricket after lunch, weather permitting."
        "|Thongs and hats, it's meant to be sunny.|Pavlova volunteers, please.",
    ),
    (
        "gaa-club",
        "en_IE",
        "en",
        "GAA club in Britain|Gaelic football club news",
        "Senior training Wednesday under the lights.|The county board fixture list is out."
        "|Minors need their registration forms signed.|Jerseys to be washed and returned after the match.",
    ),
    (
        "trad-session",
        "en_IE",
        "en",
        "Trad session|Thursday trad session",
        "Slow session from 8, open session from 9.|Bring your own tunebook, we'll start with reels."
        "|The bodhrán limit still stands: two at a time.|Set dancers are welcome on the back floor.",
    ),
    (
        "irish-circle",
        "en_IE",
        "en",
        "Irish conversation circle|Ciorcal comhrá",
        "Beginners' table near the window, fluent speakers at the back.|Tea and scones as usual."
        "|We'll do a quiz as Gaeilge next month.|Bring a friend who wants to practise.",
    ),
]
