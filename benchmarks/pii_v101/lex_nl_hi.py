"""Dutch and Hindi sentences for v101: tag|genre|text, indented lines continue."""

LEX_NL = """
head|pcbench|Werkbon laptop
head|pcbench|Reparatiestatus
pos|pcbench|Scharnier gebroken, onderdeel {k:sku} besteld. Meneer {name} wil eerst gebeld worden op {mob}.
pos|pcbench|Offerte telefonisch goedgekeurd, aanbetaling met kaart {card}. Bon gestuurd naar {email}.
pos|pcbench|Ophalen kan vanaf donderdag; vragen kunnen naar de werkplaats op {fix}.
neg|pcbench|Geplaatst: {k:ram}, geheugentest zonder fouten.
neg|pcbench|BitLocker stond aan; herstelsleutel van de klant: {k:bitlocker}.
neg|pcbench|Na het schoonmaken {k:temps} onder volle belasting.
head|phoneshop|Je toestel ligt klaar
head|phoneshop|Inruilwaarde van je oude telefoon
pos|phoneshop|Je nieuwe telefoon is binnen. Lukt het niet om langs te komen, app dan even naar {mob}.
pos|phoneshop|De inruilwaarde is teruggestort op kaart {card}.
pos|phoneshop|Vragen over je abonnement? Bel gratis {free}.
pos|phoneshop|We konden je niet bereiken op {fix}, dus de offerte staat in je mail ({email}).
neg|phoneshop|Inruilnummer {k:trade_in}, opslag {k:storage_size} gebruikt), accu prima.
neg|phoneshop|Openingstijden deze week: {k:hours}.
neg|phoneshop|Toestel in {k:instalments} euro, geen aanbetaling.
head|install|Afspraak glasvezelmonteur
head|install|Monteursrapport
pos|install|De monteur komt tussen {k:slot}. Verzetten kan via {free}.
pos|install|De router kreeg bij de eerste start {ip4}; beheer via {ipp}.
pos|install|Klant graag bellen op {mob} als het tweede bezoek niet doorgaat.
neg|install|Wijkkast en aderpaar: {k:cabinet}; lijnmeting {k:line_test}.
neg|install|Locatie {k:gps}, postcode {k:postcode}.
head|simswap|Vervangende simkaart actief
pos|simswap|Je nieuwe simkaart voor {mob} werkt. Niet aangevraagd? Bel meteen {free}.
pos|simswap|De QR-code voor je eSIM staat in je mail ({email}). Winkel: {fix}.
neg|simswap|EID van het toestel: {k:eid}.
neg|simswap|Bedrijfsgegevens: KvK {k:company_reg}, btw {k:vat_id}.
head|msp|IT-beheer: maandoverzicht
pos|msp|Je vaste engineer dit kwartaal is {name}, direct bereikbaar op {fix} of via {role}.
pos|msp|Beheer op afstand mag alleen nog vanaf {ip4}. Valt de VPN weg, bel dan {free}.
pos|msp|Storingsdienst in het weekend: {mob}.
neg|msp|Bijgewerkt: {k:endpoints} werkplekken, licenties {k:seats}.
neg|msp|Back-up klaar om {k:iso_ts}.
head|review|Klantbeoordeling
pos|review|Vijf sterren. Scherm binnen een uur vervangen en ze namen gewoon op toen ik {fix} belde.
pos|review|Drie keer {free} gebeld over mijn terugbetaling; pas na een mail aan {role} kwam het goed.
neg|review|{k:price} voor een nieuwe accu, de capaciteit is weer 100%, dus prima.
"""

LOCAL_NL = """
loc|NL|Bel je vanuit {town}? Dan is {loc} genoeg, zonder netnummer.
loc|NL|Winkel {town}, lokaal: {loc}.
loc|NL|In {town} bereik je de werkplaats op {loc} en de datarecovery op {loc}.
loc|NL|Monteurs in regio {town} plannen in via {loc} (binnen de stad geen netnummer).
loc|NL|"Draai maar {loc}," zei de medewerker, "dat is ons nummer hier in {town}."
loc|NL|Klanten uit {town} melden storingen op {loc}.
loc|NL|De vestiging {town} is verhuisd; het lokale nummer {loc} blijft hetzelfde.
loc|NL|Helpdesk {town}, vast nummer in de stad:
  {loc}
loc|NL|{loc} is de balie in {town}; vanaf een vaste lijn in de stad zonder 0{area}.
loc|NL|Woon je in {town}, dan bel je de telefoonwinkel op {loc} of de reparatie op {loc}.
loc|NL|Voor {town} geldt: {loc}, gewoon lokaal bellen.
"""

LEX_HI = """
head|phoneshop|आपका फ़ोन स्टोर पर आ गया है
head|phoneshop|पुराने फ़ोन का एक्सचेंज मूल्य
pos|phoneshop|आपका नया फ़ोन आ गया है। अगर आप नहीं आ सकते तो {mob} पर मैसेज कर दीजिए।
pos|phoneshop|एक्सचेंज की रकम आपके कार्ड {card} में वापस भेज दी गई है।
pos|phoneshop|प्लान से जुड़े सवालों के लिए टोल-फ़्री नंबर {free} पर कॉल करें।
neg|phoneshop|एक्सचेंज नंबर {k:trade_in}, स्टोरेज {k:storage_size} भरा हुआ)।
neg|phoneshop|इस हफ़्ते दुकान का समय: {k:hours}।
neg|phoneshop|फ़ोन की कीमत {k:price}, आसान किस्तों में।
head|pcbench|लैपटॉप रिपेयर जॉब कार्ड
pos|pcbench|कब्ज़ा टूटा है, पार्ट {k:sku} मंगाया गया है। ग्राहक चाहते हैं कि बदलने से पहले {mob} पर फ़ोन किया जाए।
pos|pcbench|गुरुवार से लैपटॉप ले जा सकते हैं; किसी सवाल के लिए वर्कशॉप का नंबर {fix} है।
pos|pcbench|अनुमान मंज़ूर, रसीद {email} पर भेज दी गई है।
neg|pcbench|लगाई गई मेमोरी: {k:ram}, टेस्ट में कोई गड़बड़ी नहीं।
neg|pcbench|सफ़ाई के बाद फुल लोड पर {k:temps}।
head|install|ब्रॉडबैंड इंस्टॉलेशन की बुकिंग
pos|install|टेक्नीशियन {k:slot} के बीच आएंगे। समय बदलना हो तो {free} पर कॉल करें।
pos|install|राउटर को पहली बार में {ip4} मिला; सेटिंग पेज {ipp} पर खुलता है।
pos|install|दूसरी विज़िट रद्द हो तो ग्राहक को {mob} पर बताएं।
neg|install|लोकेशन {k:gps}, पिन कोड {k:postcode}।
neg|install|लाइन टेस्ट {k:line_test}, {k:mtu}।
head|simswap|नई सिम चालू हो गई है
pos|simswap|{mob} के लिए आपकी नई सिम चालू है। अगर आपने यह नहीं माँगी थी तो तुरंत {free} पर कॉल करें।
pos|simswap|eSIM का QR कोड {email} पर भेजा गया है। स्टोर हेल्पडेस्क: {fix}।
neg|simswap|फ़ोन का EID: {k:eid}।
neg|simswap|कंपनी का GSTIN: {k:company_reg}।
head|review|ग्राहक की राय
pos|review|पाँच स्टार। स्क्रीन एक घंटे में बदल दी और {fix} पर कॉल करने पर फ़ोन भी उठाया।
pos|review|टेक्नीशियन {name} ने अपना मोबाइल {mob} दिया और रोज़ अपडेट दिया।
neg|review|बैटरी बदलने के {k:price} लिए, ठीक लगा।
"""

LOCAL_HI = """
loc|IN|{town} शहर के अंदर से सर्विस सेंटर का नंबर सिर्फ़ {loc} है।
loc|IN|{town} स्टोर – लोकल कॉल: {loc}।
loc|IN|{town} में इंस्टॉलेशन के लिए {loc} और शिकायत के लिए {loc} डायल करें।
loc|IN|अगर आप {town} से ही फ़ोन कर रहे हैं तो कोड लगाने की ज़रूरत नहीं, बस {loc}।
loc|IN|"{loc} मिला लीजिए," उन्होंने कहा, "यह {town} का लोकल नंबर है।"
loc|IN|{town} के ग्राहक डेटा रिकवरी लैब से {loc} पर बात कर सकते हैं।
loc|IN|{town} वाली दुकान का लैंडलाइन:
  {loc}
loc|IN|{loc} – {town} का वॉक-इन सेंटर, शहर के लैंडलाइन से बिना कोड के।
"""
