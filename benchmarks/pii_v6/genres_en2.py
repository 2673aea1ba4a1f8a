"""English genres, part 2: security reports, runbooks, paperwork with SSNs and cards, dispatch logs."""

ANY = ("en_US", "en_GB", "en_IN", "en_AU", "en_IE")
TECH = ("en_US", "en_GB", "en_IN", "en_IE", "en_AU")

GENRES = [
    (
        "bug-bounty-report",
        TECH,
        "security",
        [
            """## Summary
Unauthenticated IDOR on `/api/v2/members/{id}/export` returns full member records.

## Steps to reproduce
1. From <<IP4>> (my test box), request `GET /api/v2/members/1042/export`.
2. Response includes name, e-mail (<<EMAIL>>) and phone (<<P_FULL>>) of another member.
3. Increment the id; I stopped after 5 records.

## Impact
<<NEG:cve_cvss>>-style exposure of PII.[[ Server also answers on <<IP6>> with the same bug.]]
Report <<NEG:report_id>>,[[ researcher contact <<EMAIL1>>]]. Scanned <<NEG:port_list>>.""",
            """Triage note — <<NEG:report_id>>
Reporter says the debug endpoint leaks a sample row:
  ssn=<<SSN>> card=<<CARD>> ip=<<IP4>>
Confirmed on staging (<<IP4>>, <<NEG:build_number>>). Not reproducible on prod. Severity downgraded to medium, <<NEG:cve_cvss>>.
Contact the reporter via the platform only; they asked us not to call <<P_FULL>>.""",
            """Disclosure timeline
<<NEG:date_time>> — report received from <<NAME1>> (<<EMAIL1>>)
<<NEG:date_time>> — vendor acknowledged; affected host <<IP6>>
<<NEG:date_time>> — fix deployed (<<NEG:version_like>>); bounty <<NEG:report_id>>[[
Vendor security line for urgent issues: <<P_OTHER>>.]]""",
        ],
    ),
    (
        "server-runbook",
        TECH,
        "ops",
        [
            """# Runbook: reboot the build cluster
Hosts: ci-01 `<<IP4>>`, ci-02 `<<IP4>>`, storage `<<IP6>>` (mgmt VLAN).
1. Drain: `ssh -l ops ci-01 sudo drain-node`.
2. Check <<NEG:port_list>> are closed afterwards; switch port MAC <<NEG:mac_address>>.
3. SNMP should report <<NEG:snmp_oid>> = 1.
If the NAS does not come back, page the on-call (<<NAME1>>): <<P_MOB>>.[[ Vendor support <<P_OTHER>>, contract <<NEG:booking_ref>>.]]""",
            """ON-CALL HANDOVER <<NEG:date_time>>
- VPN concentrator <<IP4>> flapping, ISP ticket open. ISP NOC: <<P_FULL>>.
- IPv6 gateway moved to <<IP6>>; update the docs.
- <<NEG:build_number>> rolled back on kiosk PCs.[[
Next on-call: <<NAME>> (<<EMAIL>>).]]""",
        ],
    ),
    (
        "firewall-change",
        TECH,
        "netops",
        [
            """CHANGE REQUEST <<NEG:lost_found>>
Requester: <<NAME1>> <<EMAIL1>>
Allow inbound <<NEG:port_list>> from partner range to <<IP4>>.
Deny all from <<IP4>> (scanner, see abuse report).[[ Add v6 rule for <<IP6>>.]][[
Rollback: remove rules 14–16. Approver phone (urgent only): <<P_FULL>>.]]""",
        ],
    ),
    (
        "hackerspace-wiki",
        ("en_US", "en_GB", "en_AU", "en_IE"),
        "hackspace",
        [
            """== Getting in ==
Front door: fob. Fallback: <<NEG:door_code>>. Members' <<NEG:wifi_pass>>.

== Network ==
* Printer (Ultimaker): <<IP4>>[[
* Laser cutter Pi: <<IP4>> — don't run jobs remotely!]]
* Lab v6 prefix gateway: <<IP6>>

== Who to call ==
Keyholder this month: <<NAME1>>, <<CALL>> <<P_ANN>>.[[ Landlord emergencies: <<P_FULL>>.]][[
Mailing list: <<ROLE:discuss>>.]]""",
            """== Laser cutter induction ==
Inducted members list is on the fridge. Lens cleaning log: <<NEG:date_time>>.
Extraction fan controller at <<IP4>>:8080 (admin only), v6 [<<IP6>>]:8080. Spare fuses <<NEG:hs_code>>.
Questions → <<EMAIL>> or ring <<NAME1>> on <<P_ANN>> (not after 10pm).""",
        ],
    ),
    (
        "escape-room-gm-notes",
        ("en_US", "en_GB", "en_AU"),
        "escape",
        [
            """GM NOTES — room "<<PICK:The Alchemist|Cabin 13|Heist at the Gallery|Lost Submarine>>", slot <<TIME>>
Team of 5, <<NEG:booking_ref>>. Escaped in 57:12 with 2 hints.
Prop reset: <<NEG:padlock_combo>>; drawer <<NEG:padlock_combo>>; final safe <<NEG:padlock_combo>>.
Maglock controller dropped off the network again — it's at <<IP4>> (link-local <<IP6>>), reboot via the panel.[[
Lead booker <<NAME>> left a callback number: <<P_MOB>>.]] Manager <<NAME1>>, <<CALL>> <<P_ANN>>.""",
            """Opening checklist
- Cameras up? NVR at <<IP4>>.[[ Sound board on <<IP4>>.]]
- Reset all padlocks (combos in the binder, not here!) e.g. sample: <<NEG:padlock_combo>>
- Walk-in enquiries: direct them to <<ROLE:bookings>> or the front desk landline <<P_ANN>>.
- Voucher sold by phone yesterday, card <<CARD>>, put through the terminal manually.""",
        ],
    ),
    (
        "credit-union-worksheet",
        ("en_US",),
        "creditunion",
        [
            """LOAN OFFICER WORKSHEET — auto loan
Applicant: <<NAME1>>    SSN: <<SSN>>    DOB on file
Home: <<P_GEO>>    Cell: <<P_MOB>>    Email: <<EMAIL1>>[[
Co-applicant: <<NAME2>>, SSN <<SSN>>]][[
Employer verification called <<P_FULL>>, spoke with HR.]]
Member no. <<NEG:membership_no>>. Requested <<NEG:money>> over 60 months.
Note: applicant wrote <<NEG:ssn_bad>> on page 2 by mistake — corrected above.""",
            """Phone notes — <<NEG:date_time>>
Member <<NAME1>> called from <<P_FULL>> about a missed payment. Verified identity with last four of SSN and address.
Full SSN on the old form (<<SSN>>) didn't match our system; flagged for review.
Call back on the landline, <<CALL>> <<P_ANN>>, after 5. [[Gave her the member services line, <<P_OTHER>>.]]""",
        ],
    ),
    (
        "paralegal-intake",
        ("en_US",),
        "law",
        [
            """INTAKE MEMO (privileged)
Client: <<NAME1>>. SSN <<SSN>>. A-number pending.
Phones: US cell <<P_MOB>>; sister abroad <<P_FX>>.
Email <<EMAIL1>>. Preferred: text. Interpreter needed (Spanish).[[
Prior counsel's office: <<P_GEO>>.]] File ref <<NEG:booking_ref>>.""",
        ],
    ),
    (
        "dealer-finance-sheet",
        ("en_US",),
        "autos",
        [
            """F&I DESK — deal jacket checklist
Buyer <<NAME1>>, SSN <<SSN>> (credit pull authorized <<NEG:date_time>>)
Trade-in: <<NEG:tyre_size>> on all four, <<NUM:40-160>>k miles.
Down payment on card <<CARD>> (authorization only).
Contact: <<P_FULL>> / <<EMAIL1>>. Salesperson <<NAME>>. Lender hotline <<P_OTHER>>.""",
        ],
    ),
    (
        "chargeback-evidence",
        ("en_US", "en_GB", "en_AU"),
        "disputes",
        [
            """CHARGEBACK RESPONSE — case <<NEG:report_id>>
Transaction: <<NEG:date_time>>, <<NEG:money>>. Card used: <<CARD>>.
Order placed from IP <<IP4>> (matches the cardholder's previous three orders).
Delivery signed for; customer phone on the order: <<P_FULL>>; email <<EMAIL>>.[[
We tried to call the cardholder on <<P_FULL>> twice without reply.]]""",
            """Dispute evidence pack, page 2
Customer-entered card: <<CARD>> (tokenised in our system as <<NEG:card_bad>>).
Login history: <<IP4>>, <<IP6>>. Loyalty: <<NEG:membership_no>>.""",
        ],
    ),
    (
        "taxi-dispatch-log",
        ANY,
        "cabs",
        [
            """DISPATCH LOG <<DATE>> (night shift)
<<TIME>> pickup Station Rd → hospital. <<NEG:cab_job>>. Caller rang from <<P_ANN>>.
<<TIME>> account job, <<NEG:cab_job>>.[[ Passenger mobile <<P_MOB>>.]]
<<TIME>> no-show. Tried caller back on <<P_ANN>>, no answer.
<<TIME>> lost umbrella, <<NEG:lost_found>>.""",
            """Prebook — airport run <<NEG:date_time>>
Customer <<NAME1>>, paid over the phone by card <<CARD>> (exp <<NUM:1-12>>/<<NUM:26-29>>).
Contact on the day: <<P_MOB>>. <<NEG:cab_job>>.""",
            """Driver notes — <<NEG:cab_job>>
Regular: <<NAME>>, wheelchair. Always books by phone, home number <<P_ANN>>.
Office line if radio is down: <<P_GEO>>. Card machine fault ref <<NEG:booking_ref>>.""",
        ],
    ),
    (
        "ham-radio-net",
        ("en_US", "en_GB", "en_AU", "en_IE"),
        "arc",
        [
            """NET CONTROL SCRIPT — <<DAY>> evening net, <<NEG:ham_freq>>
"This is the <<TOWN>> ARC weekly net. Check-ins, please."
Logged: <<NEG:callsign_rst>>; <<NEG:callsign_rst>>; <<NEG:callsign_rst>>.
EchoLink node server: <<IP4>>. If the repeater is down, the net manager <<NAME1>> can be reached <<CALL>> <<P_ANN>>.
QSL cards via the bureau.[[ Club email <<ROLE:secretary>>.]]""",
            """QSL LOG (paper, transcribed)
<<NEG:date_time>>  <<NEG:callsign_rst>>  <<NEG:ham_freq>>
<<NEG:date_time>>  <<NEG:callsign_rst>>  40m SSB
Note: operator asked me to phone him about the contest, <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "thesis-acknowledgements",
        ("en_GB", "en_US", "en_IN", "en_IE"),
        "uni",
        [
            """Acknowledgements
I thank my supervisor, <<NAME>>, for patience beyond reason, and the lab technicians for keeping the cryostat alive. This work was funded by <<NEG:grant_no>>. My iD: <<NEG:orcid>>.
Readers wishing to obtain the raw data may write to me at <<EMAIL1>>. The archived copy is on the library catalogue under <<NEG:library_call>>.""",
            """Acknowledgements
To Mum and Dad, who rang every Sunday. To the <<TOWN>> climbing wall crew (<<NEG:climbing_grade>> remains unfinished). Funding: <<NEG:grant_no>>.
Correspondence: <<NAME1>>, <<EMAIL1>>[[; department office <<P_GEO>>]].""",
        ],
    ),
    (
        "coop-housing-agm",
        ("en_GB", "en_US", "en_IE"),
        "housingcoop",
        [
            """<<TOWN>> Housing Co-operative — AGM pack
Agenda: 1. Apologies 2. Accounts (reserve fund <<NEG:money>>) 3. Elections 4. Rent review.
Share register: <<NEG:share_no>>; <<NEG:share_no>>.[[
Repairs (24h): <<P_OTHER>>.]] Secretary <<NAME1>>, <<CALL>> <<P_ANN>>.
Committee phone list:
<<ROSTER:colon:3-5:none>>
Proxy forms to <<ROLE:secretary>> by <<DATE>>. Rent by transfer: <<IBAN:GB>>.""",
        ],
    ),
    (
        "blood-donation-session",
        ("en_GB", "en_IN", "en_AU", "en_IE"),
        "donors",
        [
            """Blood donation session — <<TOWN>> community hall, <<DATE>>, <<TIME>>–<<TIME>>
Book on the donor line <<P_OTHER>> or walk in. Bring your donor card (<<NEG:donor_no>>).
Hall caretaker on the day: <<CALL>> <<P_ANN>>. <<NEG:bp_reading>> is typical — don't worry!""",
        ],
    ),
    (
        "funeral-arrangement-worksheet",
        ("en_US",),
        "funeralhome",
        [
            """ARRANGEMENT CONFERENCE WORKSHEET (for death certificate)
Decedent: <<NAME1>>. SSN: <<SSN>>. Veteran: yes — DD-214 requested.
Informant: <<NAME2>> (daughter), cell <<P_MOB>>[[, home <<P_GEO>>, email <<EMAIL2>>]].[[
Cemetery office: <<P_FULL>>.]] Plot <<NEG:cadastral>>.
Service <<NEG:date_time>>. Deposit by card <<CARD>>. Florist to call the informant.""",
            """Family contact sheet — <<NAME1>> services
Next of kin: <<NAME2>>, <<CALL>> <<P_ANN>> (landline, evenings).
Decedent SSN for the VA claim: <<SSN>>. Insurance claim <<NEG:report_id>>.[[
Clergy: <<NAME>>, <<P_FULL>>.]]""",
        ],
    ),
    (
        "volunteer-background-check",
        ("en_US",),
        "scouts",
        [
            """Troop <<NUM:10-999>> — adult volunteer screening tracker (confidential)
<<NAME>> — SSN <<SSN>> — check submitted <<NEG:date_time>> — cleared
<<NAME>> — SSN <<SSN>> — pending (sample on the form was <<NEG:ssn_bad>>, corrected)
Questions to the committee chair, <<NAME1>>, <<EMAIL1>>, or <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "school-bus-route",
        ("en_US", "en_IN", "en_GB"),
        "transport",
        [
            """Bus route <<NUM:2-40>> — morning stops & driver contacts[[ (district transportation line <<P_OTHER>>)]]
<<NEG:stop_code>> 7:12 · <<NEG:stop_code>> 7:20 · school 7:45
Driver <<NAME1>>: <<P_MOB>>.[[ Depot: <<P_GEO>>.]]
Parents' phone list for delays (home numbers):
<<ROSTER:numfirst:3-5:none>>""",
        ],
    ),
]
