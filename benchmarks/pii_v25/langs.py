"""The language tables of v25, by language code."""

from .lang_de import DE
from .lang_en import EN
from .lang_es import ES
from .lang_fr import FR
from .lang_hi import HI
from .lang_it import IT
from .lang_nl import NL
from .lang_pt import PT

LANGS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
