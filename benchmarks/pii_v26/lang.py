"""All languages' texts, by language code."""

from .lang_de import L as DE
from .lang_en import L as EN
from .lang_es import L as ES
from .lang_fr import L as FR
from .lang_hi import L as HI
from .lang_it import L as IT
from .lang_nl import L as NL
from .lang_pt import L as PT

LANGS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hi": HI}
