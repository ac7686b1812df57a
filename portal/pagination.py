"""Pages of a long list whose count comes with the page: one query instead of a count and then
the page, so the database finds and sorts the matches once."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

TOTAL = "paginator_total"
# Further on than this, ask the count first as Django does: a huge number typed into the
# address must not become an OFFSET the database refuses.
MAX_DIRECT_PAGE = 10_000


class CountingPaginator(Paginator):
    """A Paginator for a queryset that reads the number of matches from the page's own rows
    (COUNT(*) OVER ()); an empty first page means nothing was found. Past the last page, with
    orphans or an odd page number it does what Django's does: count, then show the page it
    settles on."""

    def get_page(self, number):
        try:
            wanted = 1 if number in (None, "") else int(number)
        except (TypeError, ValueError):
            wanted = 0
        if 1 <= wanted <= MAX_DIRECT_PAGE and not self.orphans:
            bottom = (wanted - 1) * self.per_page
            counted = self.object_list.annotate(**{TOTAL: Window(Count("*"))})
            rows = list(counted[bottom : bottom + self.per_page])
            if rows or (wanted == 1 and self.allow_empty_first_page):
                # Paginator.count is a cached property: this is its value.
                self.__dict__["count"] = getattr(rows[0], TOTAL) if rows else 0
                return self._get_page(rows, wanted, self)
        return super().get_page(number)
