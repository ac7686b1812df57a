"""Finding a municipality by what someone typed: "asker", "tromsø", "Guovdageaidnu", "bodo",
"Herøy (Nordland)", or the start of a name ("kautok")."""

from portal.slugs import norwegian_slugify

# How many municipalities a search that matches several offers to choose from.
MOST_CHOICES = 8


def names_of(municipality) -> set[str]:
    """Every form of the municipality's names a search compares with, as slugs: its address,
    its name, its label with the county, and its Sami or Kven names."""
    names = [municipality.name, municipality.label, *municipality.other_names]
    return {municipality.slug, *(norwegian_slugify(name) for name in names)}


def find(municipalities, text: str) -> list:
    """The municipalities whose name is what was typed (case, accents and Norwegian or Sami
    letters aside), or else those with a name starting with it; each once, in the given order.
    `municipalities` is the whole register (a cached list)."""
    key = norwegian_slugify(text[:100])
    if not key:
        return []
    exact = [m for m in municipalities if m.slug == key]
    if exact:
        return exact
    named = [(m, names_of(m)) for m in municipalities]
    exact = [m for m, names in named if key in names]
    if exact:
        return exact
    return [m for m, names in named if any(name.startswith(key) for name in names)]
