"""The word lists of phone_words, one table per kind of telling word and language: what people
write around a phone number (PHONE), around a desk or line that also names other things (WEAK),
around a thing's number (IDENTIFIER), before a number noun that makes it someone's phone
(POSSESSIVE), after a busy line (BUSY), in parentheses naming a person's line (LINE), and the
nouns and verbs of amounts and counts that phone_refusals reads (QUANTITY).

Entries are folded (lower case, no accents); a trailing `*` matches any word ending, a leading one
any word start; a phrase joins its words with "_". phone_words reads them; this module only lists.
"""

# The languages people in each region write in (ISO 3166 -> ISO 639-1); unknown regions add none.
REGION_LANGUAGES = {
    **dict.fromkeys(("US",), ("en", "es")),
    **dict.fromkeys(("GB", "IE", "AU", "NZ", "ZA", "SG"), ("en",)),
    **dict.fromkeys(("DE", "AT", "LI"), ("de",)),
    **dict.fromkeys(("FR", "MC"), ("fr",)),
    **dict.fromkeys(("ES", "MX", "AR", "CO", "CL", "PE"), ("es",)),
    **dict.fromkeys(("IT", "SM"), ("it",)),
    **dict.fromkeys(("NL",), ("nl",)),
    **dict.fromkeys(("BR", "PT"), ("pt",)),
    "BE": ("nl", "fr", "de"),
    "CH": ("de", "fr", "it"),
    "LU": ("fr", "de"),
    "CA": ("en", "fr"),
    "IN": ("en", "hi"),
    **dict.fromkeys(("CN", "TW", "HK"), ("zh",)),
    "JP": ("ja",),
}
ALWAYS = ("en", "zh", "ja")
# Words that announce a telephone number. A phrase joins its words with "_".
PHONE = {
    "en": "phone* telephone* tel tele ph mob mobile* cell cellphone* fax* whatsapp sms call calls called "
    "caller callers calling ring ringing dial dialled dialling dialing hotline* helpline* landline* "
    "voicemail* switchboard toll-free tollfree freephone freefone contact* get_hold_of hit_me_up area_code "
    "phone_tree call_tree dialling_code dialing_code std_code "
    # the area code left off: "without the code", "sem o código de área", "बिना कोड"
    "no_code without_code without_the_code leave_off_the_code without_the_area_code local_number "
    "local_numbers local_call local_no local_nos local_nr local_tel",
    "de": "telefon* tel fon handy* mobil* ruf rufen ruft rufe anruf* ruckruf* zuruckruf* *klingeln melden "
    "festnetz* durchwahl wahlen wahle "
    "zentrale notruf* notfall* kontakt vorwahl telefonkette ortsnummer* ortsnetz* ortsanschluss* "
    "ortsgesprach* ortsruf*",
    "fr": "telephone* tel portable* fixe appel* appelle* joindre joignable contacter rappel* numero_vert "
    "indicatif numero_local appel_local",
    "es": "telefono* tel tlf tfno movil* celular* fijo llam* localizar* localizable contactar* contacto "
    "centralita linea_directa prefijo codigo_de_area numero_local llamada_local",
    "it": "telefon* tel cellulare* cell fisso chiam* richiam* contattar* contattateci numero_verde "
    "reperibile "
    "rintracciabile squillo prefisso numero_locale chiamata_locale",
    "nl": "telefoon* tel telefonisch mobiel* gsm bel *bellen belt vaste_lijn spoed* app appen noodnummer "
    "netnummer kengetal belboom thuisnummer doorkies* lokaal_nummer lokale_nummer korte_nummer",
    "pt": "telefone* telemovel* tel fone celular* cel zap whatsapp ligue ligar liga ligou ligaram ligacao "
    "ligacoes fale_conosco contato contatos contate contatar fixo recado* sac ddd codigo_de_area "
    "codigo_da_area sem_o_codigo sem_codigo numero_local precisa_do_codigo",
    # 号码 and 番号 are number nouns (below): 电话号码 and 携帯番号 are phones, 受付番号 is not
    # Hindi in Latin letters (Hinglish) and in Devanagari: "sampark karein", "फ़ोन करें", "मोबाइल"
    "hi": "हेल्पलाइन sampark sampark_karein sampark_karen sampark_kare फोन फ़ोन मोबाइल मो कॉल संपर्क "
    "दूरभाष फ़ैक्स फैक्स लैंडलाइन बिना_कोड कोड_के_बिना कोड_छोड़कर एसटीडी bina_code code_ke_bina",
    "zh": "电话 電話 手机 手機 座机 座機 传真 傳真 联系 聯繫 联络 聯絡 拨打 请拨 撥打 致电 来电 热线 "
    "短信 微信",
    "ja": "電話 携帯 ケータイ 連絡 内線 折り返 留守電 ファックス ファクス",
}
# Ways to reach someone that also announce other things ("office at 63612 Main St", "reached
# 12000 steps"), desks and lines of a business, asking for a person ("ask for Ana at ..."): they
# vouch only for what Context.unlabelled_ok allows (six digits or more, ...).
WEAK = {
    "en": "customer_care customer_support tech_support technical_support helpdesk help_desk service_desk "
    "reach reachable office line direct extension ext message text bell buzz pager enquiries "
    "inquiries questions queries customer_service reservations emergency ask_for reception "
    "front_desk secretariat",
    "de": "kundenbetreuung kundensupport erreich* buro nachricht service kundenservice kundendienst "
    "fragen ruckfrage* fragen_sie_nach "
    "rezeption empfang sekretariat storung*",
    "fr": "assistance sav service_apres-vente bureau message standard ligne service_client questions "
    "demandez accueil secretariat",
    "es": "soporte_tecnico asistencia_tecnica oficina mensaje atencion_al_cliente reservas dudas "
    "preguntas pregunta_por preguntar_por "
    "recepcion secretaria",
    "it": "supporto_tecnico ufficio messaggio assistenza domande informazioni chiedi_di chiedere_di "
    "reception segreteria",
    "nl": "helpdesk bereik* kantoor bericht klantenservice vragen vraag_naar vast receptie secretariaat "
    "administratie storing*",
    "pt": "suporte_tecnico escritorio mensagem atendimento reservas duvidas procure procurar tratar "
    "recepcao portaria "
    "secretaria",
    "zh": "家里 办公室 前台 值班 总机",
    "ja": "自宅 実家 問い合わせ 窓口 事務所",
    "hi": "सेवा ग्राहक_सेवा कार्यालय दफ़्तर",
}
# Words that say the number identifies a thing, not a phone line.
IDENTIFIER = {
    "en": "asset inventory warranty authorisation authorization inspection ref reference case invoice "
    "order ticket lot batch serial tracking receipt booking file claim "
    "policy account acct customer member membership po id model part sku isbn ean upc vat ein tin "
    "postcode zip flight room parcel shipment consignment docket application permit licence license "
    "registration reg certificate voucher coupon code confirmation transaction payment cheque check "
    "routing sort swift bic version build patent item article product catalogue catalog job project "
    "issue vin plate badge employee student passport meter contract loan unit page chapter section "
    "quote estimate delivery waybill awb container pallet seat gate platform route store branch "
    "track trace card cert reading p/n meeting p.o._box companies_house company_number "
    "registered_number firmware fw register protocol inv incident epoch timestamp* unix otp pin "
    "passcode password wifi wi-fi wlan chq loyalty giftcard gift_card d-u-n-s duns issn utr tfn nhs "
    "cost_centre cost_center aba pmid fide grant combination prescription",
    "de": "inventar* katalog* garantie* genehmigung* zulassung* zahler* *beleg verwendungszweck palette* "
    "rechnung* bestell* auftrag* kunde kunden vorgang* aktenzeichen az ticket paket* "
    "vertrag* konto steuer* ust artikel posten charge serie kennzeichen mitglied* versicherung* "
    "police beleg buchung* reservierung* lieferschein* quittung zimmer raum plz postleitzahl hrb hra "
    "handelsregister *referenz *zeichen glaubiger* *sendung* blz bankleitzahl postfach register "
    "protokoll ersatzteil* *karte gutschein* scheck arbeitsauftrag *passwort kennwort *konto "
    "kostenstelle* patent* kombination",
    "fr": "inventaire catalogue garantie autorisation permis inspection compteur palette rcs facture "
    "commande dossier reference ref suivi colis contrat client compte adherent sinistre "
    "police bon lot serie siret siren tva reservation billet vol chambre quittance recu devis cp "
    "article immatriculation matricule parcelle boite_postale procedure protocole incident signalement "
    "carte fidelite cheque mot_de_passe",
    "es": "inventario catalogo garantia autorizacion permiso licencia inspeccion medidor palet siniestro "
    "confirmacion patente combinacion ruta prestamo papeleta papeletas "
    "concepto factura pedido albaran referencia ref expediente poliza localizador lote serie cliente "
    "cuenta contrato reserva billete vuelo habitacion recibo nif cif nie dni iva envio seguimiento "
    "paquete presupuesto matricula codigo cod documento socio apartado procedimiento registro incidencia "
    "incidente tarjeta fidelidad cheque parte_de_trabajo orden_de_trabajo contrasena",
    "it": "inventario catalogo garanzia autorizzazione permesso licenza ispezione collaudo verbale "
    # not "conferma" alone: "Conferma presenze al 347 ..."
    "numero_di_conferma codice_di_conferma brevetto combinazione finanziamento prestito "
    "sinistro causale bancale rea ordine fattura pratica protocollo prenotazione lotto spedizione rif "
    "riferimento codice "
    "cliente contratto polizza matricola serie biglietto volo camera iva p.iva piva cf cap ricevuta "
    "scontrino preventivo articolo documento tessera contatore ddt casella_postale procedimento "
    "registro cod prot ricambio segnalazione carta fedelta buono assegno bolla",
    "nl": "inventaris* catalogus garantie* vergunning* machtiging keuring* meterstand *kenmerk pallet* "
    "factuur bestel* order* zaak* dossier* referentie kenmerk klant* pakket* zending* partij lot "
    "serie* contract polis rekening btw kvk postcode reservering boeking vlucht kamer bon offerte "
    "artikel *code postbus melding onderdeel* *kaart *bon cheque *wachtwoord fiscaal rsin *rekening "
    "kostenplaats octrooi",
    "pt": "inventario patrimonio catalogo garantia autorizacao licenca alvara vistoria inspecao laudo "
    "roteamento emprestimo "
    "medidor hidrometro sinistro palete nire pedido encomenda nota fiscal protocolo processo rastreio "
    "rastreamento boleto chamado "
    "documento doc referencia ref cliente conta contrato apolice lote serie cpf cnpj rg cep reserva "
    "voo quarto fatura recibo codigo matricula orcamento inscricao digitavel cupom romaneio "
    "caixa_postal procedimento registro cod prot peca pecas ocorrencia incidente cartao fidelidade "
    "vale-presente vale-compras cheque ordem_de_servico ra senha",
    "zh": "订单 单号 卡号 编号 发票 快递 运单 优惠券 券码 邮编 会员 合同 账号 账户 客户号 证件 身份证 工号 "
    "学号 积分 金额 批号 序列号",
    "ja": "受付番号 お客様番号 予約番号 注文番号 会員番号 契約番号 伝票番号 管理番号 整理番号 郵便番号 品番 "
    "型番 口座 クーポン コード 会員 注文 予約 契約 伝票 〒",
    "hi": "बुकिंग भुगतान संदर्भ सीरियल ट्रैकिंग ऑर्डर बिल रसीद चालान खाता ग्राहक सदस्य टिकट पॉलिसी मामला "
    "अनुबंध पैलेट निरीक्षण रीडिंग आईडी कोड मीटर प्रमाणपत्र पंजीकरण रोल नामांकन प्रवेश कर्मचारी उपभोक्ता "
    "दावा रिटर्न कन्फ़र्मेशन रजिस्ट्रेशन सदस्यता रेफ़रेंस रूटिंग चेक स्वास्थ्य",
}
# Possessives, and "new", which make a number noun someone's phone: "my number", "mijn
# nummer", "il mio numero", "landlord's number", "New number, save it".
POSSESSIVE = {
    "en": "my our your his her their 's new alternate alternative",
    "de": "mein meine meiner meinen unser unsere dein deine ihre ihr sein seine neue neuer",
    "fr": "mon ma notre votre ton son sa nouveau nouvel",
    "es": "mi nuestro nuestra tu su nuevo",
    "it": "mio mia nostro nostra tuo tua suo sua nuovo",
    "nl": "mijn ons onze jouw zijn haar nieuwe nieuw",
    "pt": "meu minha nosso nossa seu sua teu tua novo",
    "hi": "mera meri mere hamara apna",
}
# Said of a line, after its number: "If 3625 5310 is busy", "Se il 334-3630329 è occupato".
BUSY = {
    "en": "busy engaged",
    "de": "besetzt",
    "fr": "occupe",
    "es": "ocupado",
    "it": "occupato",
    "nl": "bezet",
    "pt": "ocupado",
}
# Which line of a person a number is, said in parentheses after it: "227 1123 (home)".
LINE = {
    "en": "home res residence work office cell mobile pager landline day evening evenings daytime night "
    "fixed",
    "de": "privat dienstlich geschaftlich buro zuhause",
    "fr": "domicile bureau travail perso",
    "es": "casa trabajo oficina particular",
    "it": "casa ufficio lavoro",
    "nl": "thuis werk prive kantoor vaste",
    "pt": "casa trabalho residencia res escritorio",
    "zh": "家 家里 办公室 单位",
    "ja": "自宅 実家 会社 勤務先",
}
# Nouns and verbs of amounts and counts (phone_refusals), and the questions asking for one ("Total: 418 2290",
# "Attendance 94 250 262", "How many did you sell?\n518735"): what they announce is counted.
QUANTITY = {
    "en": "total totals sum amount balance budget price cost costs paid spent owed earned revenue turnover "
    "sales income salary profit loss population attendance visitors inhabitants residents votes score "
    "distance weight height length width area volume capacity views downloads followers subscribers "
    "how_many how_much",
    "de": "summe betrag gesamt* preis kosten bezahlt umsatz einkommen gehalt einwohner besucher zuschauer "
    "stimmen gewicht entfernung flache wie_viele wie_viel",
    "fr": "total somme montant prix cout paye chiffre_d'affaires population habitants spectateurs "
    "visiteurs voix poids distance superficie combien",
    "es": "total suma importe monto precio coste costo pagado ventas poblacion habitantes asistentes "
    "espectadores visitantes votos peso distancia superficie cuantos cuantas cuanto",
    "it": "totale somma importo prezzo costo pagato fatturato popolazione abitanti spettatori visitatori "
    "voti peso distanza superficie quanti quante quanto",
    "nl": "totaal bedrag som prijs kosten betaald omzet inwoners bezoekers toeschouwers stemmen gewicht "
    "afstand oppervlakte hoeveel",
    "pt": "total soma valor preco custo pago faturamento populacao habitantes publico espectadores "
    "visitantes votos peso distancia quantos quantas quanto",
}
# Persons a record is kept for: "phone of the member", "Portable de la cliente" (phone_words:
# whose a phone noun is), in every language, folded.
PERSONS = set(
    "customer client clients cliente clienta clientes klant kunde kunden kundin member members "
    "socio socia adherent adherente patient paziente guest hospede huesped passenger".split()
)
# Records a thing's number is written on, singular (a plural names a desk: "Tickets – 726 1184" is
# the box office, "Ticket – 726 1184" a ticket's number), by the head noun of a label (phone_layout:
# `record_head`); compounds end in theirs ("Kundenkarte", "Klantenkaart"), Romance puts it first
# ("Ficha da chapelaria").
RECORD = {
    "en": "account receipt reference serial certificate registration agreement contract declaration "
    "authorisation authorization ticket voucher policy invoice card fob chip slip stub coupon permit "
    "licence license token pass code",
    "de": "konto beleg quittung referenz zertifikat bescheinigung registrierung vertrag erklarung karte "
    "marke gutschein police rechnung ausweis schein",
    "fr": "compte recu reference certificat contrat declaration carte ticket billet bon police facture "
    "fiche jeton lot",
    "es": "cuenta recibo referencia certificado contrato declaracion tarjeta ficha billete vale poliza "
    "factura lote resguardo",
    "it": "conto ricevuta riferimento certificato contratto dichiarazione carta tessera biglietto buono "
    "polizza fattura lotto scontrino",
    "nl": "rekening bon bonnetje kwitantie referentie certificaat contract verklaring kaart pas ticket "
    "polis factuur registratie penning",
    "pt": "conta recibo referencia certificado contrato declaracao cartao ficha bilhete vale apolice "
    "fatura lote",
}
