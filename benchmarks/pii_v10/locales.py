"""Locales, their number plans and short lists of people and places written for this set."""

from __future__ import annotations

# locale -> (language, plan region for local/national/roster/service numbers, own region for +CC)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "GB", "AU"),
    "en_IE": ("en", "GB", "IE"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "DE", "AT"),
    "de_CH": ("de", "DE", "CH"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "FR", "BE"),
    "fr_CH": ("fr", "FR", "CH"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "NL", "BE"),
    "pt_BR": ("pt", "BR", "BR"),
}
SUBSCRIBER_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
IBAN_CC = {"en_US": "GB", "en_GB": "GB", "en_IN": "GB", "en_AU": "GB", "en_IE": "IE", "de_DE": "DE",
           "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_BE": "BE", "fr_CH": "CH", "es_ES": "ES",
           "it_IT": "IT", "nl_NL": "NL", "nl_BE": "BE", "pt_BR": "BR"}  # fmt: skip

FIRST = {
    "en_US": "Dwayne Marisol Tucker Brenda Keisha Duane Lorna Wyatt Shelby Rhonda Curtis Jolene Darnell",
    "en_GB": "Gareth Lorraine Nigel Bev Tamsin Alun Fiona Clive Hayley Rupert Moira Callum Bryony Keith",
    "en_IN": "Suresh Kavita Anand Rekha Manoj Deepa Harish Lalita Vikas Pooja Girish Sunita Rohan Meenal",
    "en_AU": "Bronwyn Shane Kylie Darren Narelle Brett Leanne Troy Tegan Craig",
    "en_IE": "Siobhan Declan Aoife Padraig Niamh Ciaran Orla Eamon Roisin Colm",
    "de_DE": "Heike Torsten Gudrun Holger Anke Detlef Silke Volker Birgit Jürgen Marlies Henning Ute Lars",
    "de_AT": "Resi Florian Vroni Sepp Leni Hias Burgi Ferdl",
    "de_CH": "Urs Verena Beat Regula Reto Käthi Ueli Brigitte",
    "fr_FR": "Ghislaine Thierry Maryse Didier Josiane Pascal Odile Régis Nadège Yannick Solène Gérard",
    "fr_BE": "Marie-Paule Jean-Luc Annick Freddy Martine Benoît",
    "fr_CH": "Chantal Yves Murielle Olivier Christelle Daniel",
    "es_ES": "Montse Jordi Inmaculada Paco Rocío Xavier Puri Iñaki Amparo Nacho Loli Ramón",
    "it_IT": "Graziella Ottavio Rosanna Gianni Loredana Tiziano Ornella Massimo Patrizia Aldo Nunzia Sergio",
    "nl_NL": "Henk Ineke Gert-Jan Wilma Kees Marjolein Bart Truus Joost Annemiek Dirk Sjoukje",
    "nl_BE": "Lieve Koen Greet Wim Hilde Stijn",
    "pt_BR": "Cleide Valdir Rosângela Edson Marli Wellington Sueli Jair Cristiane Adilson Neide Robson",
}
LAST = {
    "en_US": "Kowalski Pruitt Haskins Delgado Whitfield Okafor McCrory Lindqvist Barlow Esposito Tran",
    "en_GB": "Pennock Arkwright Thistlewood Bannerman Haworth Pritchard Cotterill Mowbray Rudd Spratt",
    "en_IN": "Deshpande Iyer Chaturvedi Kulkarni Bhatt Menon Saxena Rathore Pillai Agarwal Joshi",
    "en_AU": "Fitzgerald Hollis McNamara Kerrigan Doyle Sutcliffe",
    "en_IE": "Ó Ceallaigh McGuinness Brennan Mulholland Quinn Devlin",
    "de_DE": "Wendland Kötter Brinkhoff Stadler Lemke Overbeck Pfannkuch Sauerwein Grabowski Thiele",
    "de_AT": "Huber Gruber Moosbrugger Pichler Oberauer Stocker",
    "de_CH": "Zürcher Gisler Imhof Bachmann Stucki Wüthrich",
    "fr_FR": "Lemoine Tardieu Castagné Vasseur Roussel Chauvet Peyrache Delmas Leclercq Bouvier",
    "fr_BE": "Dethier Lambotte Wauters Collignon Piérard",
    "fr_CH": "Rochat Favre Jaquet Bonvin Cretegny",
    "es_ES": "Goikoetxea Bermúdez Serrat Villalobos Ortuño Carrasco Pujol Mendizábal Quesada",
    "it_IT": "Bonfanti Lo Presti Zanella Cattaneo Scarpa Ferraro Brambilla Esposito Colombo Pellegrini",
    "nl_NL": "van Dijkhuizen Brouwer Oosterhuis de Kok Veenstra Hoekstra Kuipers Mulder Wijnands",
    "nl_BE": "Vermeulen Claes Peeters De Smet Goossens",
    "pt_BR": "Nascimento Carvalho Figueiredo Barbosa Siqueira Toledo Guimarães Andrade Moreira",
}
TOWNS = {
    "en_US": "Dubuque|Bangor|Tulsa|Boise|Duluth|Asheville|Peoria|Cheyenne|Missoula",
    "en_GB": "Kendal|Ludlow|Whitby|Buxton|Penrith|Frome|Hexham|Tenby|Louth",
    "en_IN": "Nashik|Indore|Mysuru|Jaipur|Kochi|Pune|Lucknow|Nagpur",
    "en_AU": "Clapham|Shepherd's Bush|Earls Court|Putney",
    "en_IE": "Newry|Enniskillen|Strabane|Armagh|Derry",
    "de_DE": "Lüneburg|Bamberg|Göttingen|Detmold|Passau|Wetzlar|Celle|Landshut",
    "de_AT": "Freilassing|Berchtesgaden|Bad Reichenhall|Laufen",
    "de_CH": "Lörrach|Konstanz|Singen|Waldshut",
    "fr_FR": "Albi|Vannes|Dole|Périgueux|Cahors|Épinal|Saintes|Auxerre",
    "fr_BE": "Maubeuge|Tourcoing|Givet|Jeumont",
    "fr_CH": "Annemasse|Thonon|Gex|Saint-Julien",
    "es_ES": "Teruel|Lugo|Cáceres|Huesca|Soria|Jaén|Gandía",
    "it_IT": "Cremona|Lecce|Rovigo|Viterbo|Asti|Macerata|Sondrio",
    "nl_NL": "Zwolle|Deventer|Assen|Gouda|Venlo|Harderwijk|Tiel",
    "nl_BE": "Baarle|Sluis|Hulst|Terneuzen",
    "pt_BR": "Londrina|Uberaba|Petrópolis|Caruaru|Joinville|Sobral|Marília",
}


def people(locale: str) -> tuple[list[str], list[str]]:
    firsts = FIRST[locale].split()
    lasts = LAST[locale].split()
    if locale in ("nl_NL", "nl_BE"):
        joined, i = [], 0
        while i < len(lasts):
            if lasts[i] in ("van", "de", "De") and i + 1 < len(lasts):
                joined.append(lasts[i] + " " + lasts[i + 1])
                i += 2
            else:
                joined.append(lasts[i])
                i += 1
        lasts = joined
    if locale == "en_IE":
        lasts = ["Ó Ceallaigh"] + lasts[2:]
    if locale == "it_IT":
        lasts = ["Lo Presti" if x == "Lo" else x for x in lasts if x != "Presti"]
    return firsts, lasts


def towns(locale: str) -> list[str]:
    return TOWNS[locale].split("|")
