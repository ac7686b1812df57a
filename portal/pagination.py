"""Pages of a long list whose count comes with the page: one query instead of a count and then
the page, so the database finds and sorts the matches once."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

TOTAL = "paginator_total"
# Further on than this, ask the count first as Django does: a huge number typed into the
# address must not become an OFFSET the database refuses.
MAX_DIRECT_PAGE = 10_000


class CountingPaginator(Paginator):
    """A Paginator for a queryset that reads the number of matches with the page's ids
    (COUNT(*) OVER ()), then fetches those rows; an empty first page means nothing was
    found. Past the last page, with orphans or an odd page number it does what Django's
    does: count, then show the page it settles on.

    rows(ids) may make the page's items from their ids instead (e.g. cached cards), in the
    same order; by default they are the queryset's objects."""

    def __init__(self, object_list, per_page, *, rows=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.make_rows = rows

    def page(self, number):
        """Django's way, past the last page or with an odd number; items made by rows()."""
        page = super().page(number)
        if self.make_rows:
            page.object_list = self.make_rows(list(page.object_list.values_list("pk", flat=True)))
        return page

    def get_page(self, number):
        try:
            wanted = 1 if number in (None, "") else int(number)
        except (TypeError, ValueError):
            wanted = 0
        if 1 <= wanted <= MAX_DIRECT_PAGE and not self.orphans:
            bottom = (wanted - 1) * self.per_page
            # First the page's ids and the count, from narrow columns (an index can answer);
            # then only those rows whole, with what the queryset prefetches.
            counted = self.object_list.annotate(**{TOTAL: Window(Count("*"))})
            found = list(counted.values_list("pk", TOTAL)[bottom : bottom + self.per_page])
            if found or (wanted == 1 and self.allow_empty_first_page):
                # Paginator.count is a cached property: this is its value.
                self.__dict__["count"] = found[0][1] if found else 0
                ids = [pk for pk, _total in found]
                rows = self.make_rows(ids) if self.make_rows else self._rows(ids)
                return self._get_page(rows, wanted, self)
        return super().get_page(number)

    def _rows(self, ids: list) -> list:
        if not ids:
            return []
        by_id = {obj.pk: obj for obj in self.object_list.filter(pk__in=ids).order_by()}
        return [by_id[pk] for pk in ids]
