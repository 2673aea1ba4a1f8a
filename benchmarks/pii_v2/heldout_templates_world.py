"""Templates outside Europe (pt_BR, ja_JP, zh_CN) for the held-out PII set.

See heldout_render.py for the slots and heldout_templates_en.py for what "pos" and "neg" mean.
"""

PT_BR = {
    "pos": [
        "Atenciosamente,\n{name}\n{~Analista financeira|Gerente comercial|Coordenador de "
        "TI|Advogada}\n{company}\n"
        "{street} – {city}\nTel.: {FIXED:nat} | Cel./WhatsApp: {MOBILE:nat}\n{EMAIL:work}\nCNPJ {vat}",
        "oi, aqui é {first}! me liga no {LOCAL} que meu celular tá sem bateria",
        "Pode fazer o Pix pra chave {MOBILE:e164} ou pro e-mail {EMAIL}.",
        "Cadastro\nNome completo: {name}\nTelefone: {FIXED:nat}\nCelular: {MOBILE:noparen}\nE-mail: {EMAIL}\n"
        "CEP: {cep}",
        "nome;celular;email\n{newname};{MOBILE};{EMAIL}\n{newname};{MOBILE};{EMAIL}\n{newname};{MOBILE};{EM"
        "AIL}",
        "Contatos do condomínio:\n- Portaria: {LOCAL}\n- Síndico ({newname}): {MOBILE:nat}\n"
        "- Zelador ({newname}): {LOCAL}",
        "Central de atendimento: {FIXED:nat}, ramal {ext}. Horário: 8h às 18h.",
        "Compra aprovada no cartão {CARD} em {date}: {price}. Pedido {order}.",
        "Novo acesso à sua conta a partir do IP {IP} ({city}) em {date}.",
        "Nosso escritório em Lisboa: {FOREIGN:PT}. Em Miami: {FOREIGN:US}.",
        "Tel./Fax: {FIXED:paren} / {FIXED:paren}",
        "Vendo geladeira {price}, ótimo estado. Falar com {first} no {MOBILE:nat} (só WhatsApp).",
        "Manda pro meu e-mail pessoal {EMAIL}, o do trabalho ({EMAIL:work}) tá lotado.",
        "O roteador recebeu o IPv6 {IP6}; rede local {IP:private}.",
        "Consultório Dra. {last}: agendamentos pelo {FIXED:nat} ou WhatsApp {MOBILE:intl}.",
        "Anota aí meu número novo: {MOBILE:nat}",
        "Liga lá em casa, {LOCAL}, depois das 19h.",
        "Para transferências internacionais: IBAN {IBAN:BR}, SWIFT {bic}.",
        "Recado: {first}, da assistência técnica, ligou do {LOCAL} e pediu retorno até {time}.",
        "Fone {FIXED:noparen} / cel. {LOCAL}",
        "Disk-pizza {LOCAL}, farmácia {LOCAL}, chaveiro {MOBILE:nat}.",
        "Vovó não usa celular, liga pro fixo dela: {LOCAL}.",
        "Tel. residencial {LOCAL} / comercial {FIXED:nat}",
    ],
    "neg": [
        "Seu pedido {order} foi enviado em {date}. Código de rastreio: {tracking}.",
        "CNPJ {vat}, inscrição estadual {idnum}.",
        "Processo n.º {case}, audiência em {date}.",
        "CEP {cep}, número {num}. Protocolo {idnum}.",
        "Nota fiscal {invoice}, emitida em {date}, valor {price}.",
        "Código do cliente {customer}, n.º do contrato {idnum}.",
        "O cupom {card_bad} expirou.",
        "Versão {version} do aplicativo disponível.",
        "Boleto vence em {date}. Linha digitável: {boleto}",
        "Voo {flight}, assento {seat}, localizador {booking}.",
        "Protocolo de atendimento {idnum}, aberto em {date}.",
    ],
}

JA_JP = {
    "pos": [
        "――――――――――――\n{company}\n{~営業部|総務課|経理部|開発チーム}　{name}\n〒{postcode} {city}\n"
        "TEL: {FIXED:nat} / FAX: {FIXED:nat}\n携帯: {MOBILE:nat}\nMail: {EMAIL:work}\n――――――――――――",
        "{first}です！携帯の電池が切れそうなので、何かあったら{LOCAL}（実家）に電話してください",
        "お問い合わせは{FIXED:nat}（内線{ext}）までお願いいたします。",
        "お申込みフォーム\nお名前：{name}\n電話番号：{PHONE}\nメールアドレス：{EMAIL}\n会員番号：{customer}",
        "氏名,電話番号,メール\n{newname},{MOBILE},{EMAIL}\n{newname},{MOBILE},{EMAIL}\n{newname},{PHONE},{E"
        "MAIL}",
        "緊急連絡網\n・{newname}　{MOBILE:nat}\n・{newname}　{LOCAL}\n・{newname}　{MOBILE:wide}",
        "ご利用カード：{CARD:jcb}（有効期限 {expiry}）\nご注文番号：{order}",
        "{date} {time} にIPアドレス {IP} "
        "からログインがありました。お心当たりがない場合はパスワードを変更してください。",
        "海外からは{FIXED:intl}へおかけください。",
        "電話：{FIXED:paren}　FAX：{FIXED:paren}",
        "返信は{EMAIL}までお願いします。会社のアドレス（{EMAIL:work}）は来週から使えません。",
        "ルーターのIPv6アドレスは{IP6}、LAN側は{IP:private}です。",
        "{company} {city}店\n営業時間 10:00～19:00\nTEL {FIXED:wide}",
        "新しい携帯番号は{MOBILE:nat}です。登録お願いします！",
        "アメリカ支社：{FOREIGN:US}（日本時間の夜間のみ）",
        "自宅の番号は{LOCAL}です。夜なら出られます。",
        "送金先（フランス）：IBAN {IBAN:FR}、BIC BNPAFRPP",
        "カード番号 {CARD:visa} のご利用明細（{date}）をお送りします。",
        "{last}様より電話あり。折り返しは{LOCAL}まで（{time}以降）。",
        "TEL {FIXED:nat}（代表）／ {FIXED:nat}（直通）",
        "近所のお店リスト\n・ピザ屋　{LOCAL}\n・クリーニング店　{LOCAL}\n・かかりつけ医　{FIXED:nat}",
        "おばあちゃんの家は{LOCAL}だよ。携帯は持ってないから。",
        "留守電：{first}さんから、{LOCAL}に折り返しください、とのことです。",
    ],
    "neg": [
        "ご注文番号：{order}\n発送日：{date}\nお問い合わせ伝票番号：{tracking}",
        "登録番号 {vat}（適格請求書発行事業者）",
        "法人番号：{company_no}",
        "〒{postcode} {city}　会員番号 {customer}",
        "請求書番号 {invoice}、ご請求金額 {price}（税込）",
        "予約番号 {idnum}、{date} {time}～",
        "クーポンコード {card_bad} は無効です。",
        "バージョン {version} にアップデートしました。",
        "集合場所の座標：{coords}",
        "お客様番号 {customer}、ご契約番号 {idnum}",
        "受付番号 {idnum} でお問い合わせください。",
    ],
}

ZH_CN = {
    "pos": [
        "{name}\n{company} {~销售部|财务部|人事行政部|技术支持部}\n地址：{city}{street}\n电话：{FIXED:nat}\n"
        "手机：{MOBILE:nat}\n邮箱：{EMAIL:work}",
        "我是{first}，手机快没电了，有事打我家座机{LOCAL}",
        "客服热线：{FIXED:nat}转{ext}（工作日9:00-18:00）",
        "报名表\n姓名：{name}\n手机号码：{MOBILE:plain}\n电子邮箱：{EMAIL}\n会员编号：{customer}",
        "姓名,手机,邮箱\n{newname},{MOBILE},{EMAIL}\n{newname},{MOBILE},{EMAIL}\n{newname},{MOBILE},{EMAIL}",
        "班级联系表：\n{newname} {MOBILE:plain}\n{newname} {MOBILE:nat}\n{newname} {LOCAL}",
        "银行卡号：{CARD:unionpay}，请核对后付款。订单号：{order}",
        "检测到异常登录：{date} {time}，IP地址 {IP}，地点 {city}。",
        "海外客户请拨打 {FIXED:intl}。",
        "电话/传真：{FIXED:paren}/{FIXED:nat}",
        "请发送简历至 {EMAIL}，抄送 {EMAIL:work}。",
        "服务器IPv6地址：{IP6}，内网地址：{IP:private}。",
        "微信同号：{MOBILE:nat_dash}",
        "新加坡办事处：{FOREIGN:SG}",
        "有事请联系{first}老师，电话{MOBILE:plain}。",
        "收货人：{name}，联系电话：{MOBILE:plain}，地址：{city}{street}",
        "座机：{LOCAL}，晚上七点以后有人接。",
        "信用卡 {CARD:visa} 于{date}消费{price}，如非本人操作请致电 {FIXED:intl}。",
        "物业值班电话{LOCAL}，维修请拨{MOBILE:nat}。",
        "常用电话：\n楼下超市 {LOCAL}\n开锁 {LOCAL}\n社区医院 {FIXED:nat}",
        "奶奶没有手机，打她家座机{LOCAL}就行。",
        "{first}让你回个电话，号码{LOCAL}。",
    ],
    "neg": [
        "订单号：{order}，快递单号：{tracking}，预计{date}送达。",
        "统一社会信用代码：{vat}",
        "邮编：{zip}，门牌号{num}号。",
        "发票号码：{idnum}，金额{price}。",
        "会员卡号：{customer}，当前积分{qty}0。",
        "优惠券码 {card_bad} 已失效。",
        "软件版本 {version}，请及时更新。",
        "航班{flight}，座位{seat}，预订编号{booking}。",
        "合同编号：{invoice}，签订日期{date}。",
        "集合地点坐标：{coords}",
        "快递柜取件码 {passcode}，单号 {tracking}。",
    ],
}

TEMPLATES = {"pt_BR": PT_BR, "ja_JP": JA_JP, "zh_CN": ZH_CN}
