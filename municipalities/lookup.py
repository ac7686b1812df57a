"""Finding a municipality by what someone typed: "asker", "tromsø", "Guovdageaidnu", "bodo",
"Herøy (Nordland)", or the start of a name ("kautok")."""

from portal.slugs import norwegian_slugify

# How many municipalities a search that matches several offers to choose from.
MOST_CHOICES = 8


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
    exact = [m for m in municipalities if key in m.name_slugs]
    if exact:
        return exact
    return [m for m in municipalities if any(name.startswith(key) for name in m.name_slugs)]
