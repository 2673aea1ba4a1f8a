"""Hard negatives for v45 (trades, repairs, property, vehicles, classifieds) and their screened drawer."""

from . import neg_kinds_a, neg_kinds_b, screens

KINDS = {
    name: f
    for mod in (neg_kinds_a, neg_kinds_b)
    for name, f in vars(mod).items()
    if callable(f) and not name.startswith("_") and getattr(f, "__module__", "") == mod.__name__
}


class Drawer:
    """Draws a kind's value until it passes the screens (at most 200 draws)."""

    def __init__(self, rng):
        self.rng = rng
        self.redraws = 0
        self.swaps = 0
        self.used = set()
        self.swapped = []

    def draw(self, kind, lang, region, regions):
        for _ in range(200):
            v = KINDS[kind](self.rng, lang, region)
            if not screens.value_dirty(v, regions):
                self.used.add(kind)
                return v
            self.redraws += 1
        self.swaps += 1
        self.swapped.append((kind, lang, region))
        return "RAL 9010"
