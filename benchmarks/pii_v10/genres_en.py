"""Genres in English, Hinglish and Hindi: (locale, language, slug, titles, filler lines), "|"-separated."""

GENRES_EN = [
    (
        "en_US",
        "en",
        "quilting-guild",
        "Prairie Stitchers Quilting Guild|Guild newsletter - retreat sign-ups",
        "Bring your own rotary cutter and a bag lunch.|Fat-quarter swap is at the March meeting.|"
        "{n} is collecting the raffle quilt squares.|The church basement opens at 8:30 sharp.",
    ),
    (
        "en_US",
        "en",
        "church-potluck",
        "Harvest potluck sign-up|Fellowship hall potluck",
        "Please label dishes that contain nuts.|{n} will bring extra folding tables from the annex.|"
        "Sign up for a main, side or dessert so we don't end up with twelve jello salads.",
    ),
    (
        "en_US",
        "en",
        "hoa-snow-plowing",
        "Maple Ridge HOA - winter plowing|Snow removal update",
        "Plowing starts once we have more than two inches.|Please move cars off the cul-de-sac by 7.|"
        "{n} on the board handles complaints about blocked mailboxes.",
    ),
    (
        "en_US",
        "en",
        "farmers-market-vendors",
        "{t} Saturday market - vendor roster|Market vendor notes",
        "Booths set up from 6:30, market opens at 8.|Tents must be weighted, no exceptions.|"
        "{n} has the EBT token box this week.",
    ),
    (
        "en_US",
        "en",
        "habitat-build-crew",
        "Build day crew list|Habitat build - week 3",
        "Closed-toe shoes and work gloves required.|Lunch is donated by the deli on Main.|"
        "{n} is site lead; check in with her before you pick up a nail gun.",
    ),
    (
        "en_US",
        "en",
        "swim-meet-carpool",
        "Swim meet carpool|Carpool for the regional meet",
        "Warm-ups start at 7:15 so we leave the Y at 6.|Pack two towels and a snack.|"
        "{n} has room for three kids and their bags.",
    ),
    (
        "en_US",
        "en",
        "roller-derby",
        "Roller derby - bout day volunteers|Derby league notices",
        "We still need two NSOs and a merch table person.|Skate check at 5pm.|"
        "{n} is running the after-party at the bowling alley.",
    ),
    (
        "en_US",
        "en",
        "ham-radio-field-day",
        "Field Day operating schedule|Amateur radio club - field day",
        "Generator fuel is on the club; bring your own coax.|Setup Friday evening at the county park.|"
        "{n} is doing the logging laptop this year.",
    ),
    (
        "en_US",
        "en",
        "genealogy-society",
        "{t} Genealogy Society|Research night sign-up",
        "Microfilm readers are booked in one-hour slots.|Bring your five-generation chart.|"
        "{n} can help with immigration records.",
    ),
    (
        "en_US",
        "en",
        "yard-sale-trail",
        "Hundred-mile yard sale trail|Yard sale trail sellers",
        "Sellers set up along Route 9 from Friday dawn.|Signs must come down by Monday.|"
        "{n} prints the maps at the library.",
    ),
    (
        "en_GB",
        "en",
        "bell-ringing",
        "St Michael's bell-ringing rota|Tower captain's notes",
        "Practice night is Thursday, 7.30 till 9.|Ringing for the wedding on Saturday: six needed.|"
        "{n} will run the learners' half-hour.",
    ),
    (
        "en_GB",
        "en",
        "pub-quiz-league",
        "{t} & District Quiz League|Quiz league fixtures",
        "Teams of up to six; no phones on the tables.|Picture round sheets go out at half time.|"
        "{n} is question-setter this month.",
    ),
    (
        "en_GB",
        "en",
        "narrowboat-share",
        "Narrowboat share - owners' bulletin|Share boat rota",
        "Blacking is booked for the dry dock in March.|Please top up the diesel before handover.|"
        "{n} has the windlass and the BW key.",
    ),
    (
        "en_GB",
        "en",
        "village-hall-hire",
        "{t} Village Hall - hire and keys|Village hall bookings",
        "Please stack chairs in tens and leave the kitchen as found.|The boiler timer is not to be touched.|"
        "{n} keeps the booking diary.",
    ),
    (
        "en_GB",
        "en",
        "footpath-wardens",
        "Parish footpath wardens|Rights of way volunteers",
        "Report broken stiles with a grid reference.|Bring loppers and secateurs.|"
        "{n} is walking the northern loop on Sunday.",
    ),
    (
        "en_GB",
        "en",
        "morris-side",
        "{t} Morris - May Day kit list|Morris side practice notes",
        "Bells, hankies, sticks and a clean baldric.|Dancing out at the Red Lion from 11.|"
        "{n} is squire until the AGM.",
    ),
    (
        "en_GB",
        "en",
        "orchard-wassail",
        "Community orchard wassail|Orchard group notices",
        "Bring a mug and a lantern.|Mulled cider on the green from 6.|"
        "{n} is leading the procession round the trees.",
    ),
    (
        "en_GB",
        "en",
        "lifeboat-fundraiser",
        "Lifeboat open day helpers|RNLI fundraising rota",
        "Collection tins to be returned sealed.|Souvenir stall needs cover from 2 till 4.|"
        "{n} is station fundraising secretary.",
    ),
    (
        "en_GB",
        "en",
        "community-choir",
        "{t} Community Choir - concert arrangements|Choir notes",
        "Black tops, any bottoms.|Warm-up in the vestry at 6.45.|{n} has the spare scores.",
    ),
    (
        "en_GB",
        "en",
        "cycling-sportive",
        "Club sportive - marshal briefing|Sportive feed stations",
        "Hi-vis and whistles are in the club van.|Feed station two is at the village pond.|"
        "{n} is driving the broom wagon.",
    ),
    (
        "en_IN",
        "en",
        "rwa-water-tanker",
        "Residents' Welfare Association - water supply|RWA notice",
        "Tanker will come on alternate days till the pipeline is repaired.|"
        "Please do not wash cars this week.|"
        "{n} from Block C is coordinating.",
    ),
    (
        "en_IN",
        "en",
        "coaching-batches",
        "{t} Coaching Institute - new batches|Batch timings",
        "Morning batch 7 to 9, evening batch 5 to 7.|Test series starts next Sunday.|"
        "{n} sir takes physics doubts on Saturday.",
    ),
    (
        "en_IN",
        "en",
        "yoga-camp",
        "Free yoga camp in the park|Yoga shivir registration",
        "Bring your own mat and a water bottle.|Sessions start at 5:45 am sharp.|"
        "{n} will take the pranayama session.",
    ),
    (
        "en_IN",
        "en",
        "school-van-pool",
        "School van pool - route details|Van timings for next term",
        "Pick-up from the main gate at 7:10.|Monthly fee to be paid by the 5th.|"
        "{n} is the driver for the Sector 4 route.",
    ),
    (
        "en_IN",
        "en",
        "tiffin-service",
        "Home tiffin service - menu and orders|Tiffin subscription",
        "Veg thali with two sabzi, dal, rice and four rotis.|Sunday is a holiday.|"
        "{n} aunty takes the orders by evening.",
    ),
    (
        "en_IN",
        "en",
        "mehendi-bookings",
        "Mehendi artist bookings|Bridal mehendi packages",
        "Bridal full hands and feet, organic cone only.|Advance booking needed for the wedding season.|"
        "{n} can also do the sangeet guests.",
    ),
    (
        "en_IN",
        "hinglish",
        "society-maintenance",
        "Society maintenance update|Maintenance reminder",
        "Is mahine lift ka AMC renew hona hai.|Sab log maintenance 10 tareekh tak jama kar dein.|"
        "{n} ji treasurer hain, receipt unse lena.",
    ),
    (
        "en_IN",
        "hinglish",
        "gym-membership",
        "Gym membership offers|Gym timings update",
        "Morning batch 6 se 10, evening 5 se 10.|Personal trainer alag charge hoga.|"
        "Diet chart trainer {n} se le lena.",
    ),
    (
        "en_IN",
        "hinglish",
        "pg-accommodation",
        "PG rooms available|PG rules aur rent",
        "Double sharing room, food included.|Raat 11 baje ke baad gate band.|"
        "{n} uncle owner hain, visit se pehle baat kar lena.",
    ),
    (
        "en_IN",
        "hinglish",
        "office-cab-sharing",
        "Office cab sharing group|Cab pool details",
        "Cab 8:15 pe gate se niklegi.|Monthly share har bande ka barabar.|{n} route ka coordinator hai.",
    ),
    (
        "en_IN",
        "hi",
        "ramlila-samiti",
        "रामलीला समिति की सूचना|रामलीला मंचन कार्यक्रम",
        "मंचन रोज़ शाम सात बजे से होगा।|कलाकारों की रिहर्सल मंदिर प्रांगण में।|{n} जी मंच व्यवस्था देखेंगे।",
    ),
    (
        "en_IN",
        "hi",
        "doodh-supply",
        "दूध सप्लाई की सूचना|दूध का हिसाब",
        "सुबह छह बजे तक दूध पहुँचेगा।|महीने का हिसाब पाँच तारीख़ तक।|{n} जी से बात करके मात्रा बदलें।",
    ),
    (
        "en_IN",
        "hi",
        "kisan-mela",
        "किसान मेला पंजीकरण|किसान मेला – स्टॉल सूची",
        "बीज और खाद के स्टॉल मैदान के पूर्व में।|ट्रैक्टर प्रदर्शन दोपहर दो बजे।|{n} जी पंजीकरण देख रहे हैं।",
    ),
    (
        "en_IN",
        "hi",
        "silai-kendra",
        "सिलाई केंद्र – नया बैच|सिलाई प्रशिक्षण",
        "तीन महीने का कोर्स, प्रमाणपत्र सहित।|अपनी कैंची और धागा साथ लाएँ।|{n} जी प्रशिक्षण देंगी।",
    ),
    (
        "en_AU",
        "en",
        "aussie-rules-london",
        "London Swans Aussie rules - training|Footy club notices",
        "Training on the common Tuesdays and Thursdays.|Jumpers for the round are in the boot of the ute.|"
        "{n} is sorting the sausage sizzle.",
    ),
    (
        "en_AU",
        "en",
        "australia-day-bbq",
        "Australia Day barbie in {t}|Expat Aussie meetup",
        "BYO snags and a folding chair.|Cricket on the green if the rain holds off.|"
        "{n} is bringing the esky and the pavlova.",
    ),
    (
        "en_AU",
        "en",
        "ashes-supporters-coach",
        "Ashes supporters' coach to the Test|Coach trip details",
        "Coach leaves at 7 sharp, no stragglers.|Green and gold dress code.|{n} has the tickets.",
    ),
    (
        "en_IE",
        "en",
        "camogie-club",
        "Camogie club - under-14 blitz|Club notes",
        "Helmets are compulsory at all sessions.|Blitz starts at 10 in the club grounds.|"
        "{n} is the team manager this year.",
    ),
    (
        "en_IE",
        "en",
        "trad-session",
        "Trad session at the Corner House|Session notes",
        "Slow session for learners from 8, full session after 9.|Bodhráns by invitation only.|"
        "{n} will start the set of reels.",
    ),
    (
        "en_IE",
        "en",
        "county-show",
        "{t} County Show - stewards|Show day arrangements",
        "Cattle lines close at 10.|Home baking entries to the marquee by 9.|{n} is chief steward.",
    ),
]
