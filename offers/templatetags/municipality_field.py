from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def choose_municipality(context, slug):
    """{% choose_municipality slug %}: this page's address with `kommune` set to the slug and
    the other choices kept (back to the first page of results)."""
    query = context["request"].GET.copy()
    query["kommune"] = slug
    query.pop("side", None)
    return f"?{query.urlencode()}"
