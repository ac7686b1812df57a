"""Which HTTP methods a view answers, decided in one place (AllowedMethodsMiddleware).

A page answers GET and HEAD; the admin's views take forms, so POST as well; a view of
another kind says what it takes with @allow_methods (the language switcher: POST only; a
public form: GET, HEAD and POST). Any other method gets 405 Method Not Allowed with the
Allow header, never the page: no TRACE, OPTIONS or PUT answered with a full page.
"""

from functools import wraps

from django.http import HttpResponseNotAllowed

PAGE_METHODS = frozenset({"GET", "HEAD"})
ADMIN_METHODS = frozenset({"GET", "HEAD", "POST"})


def allow_methods(*methods: str):
    """A view decorator: the view answers exactly these methods."""

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            return view(*args, **kwargs)

        wrapper.allowed_methods = frozenset(methods)
        return wrapper

    return decorator


def allowed_methods(request, view) -> frozenset[str]:
    declared = getattr(view, "allowed_methods", None)
    if declared is not None:
        return declared
    if "admin" in request.resolver_match.app_names:
        return ADMIN_METHODS
    return PAGE_METHODS


class AllowedMethodsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, view_args, view_kwargs):
        allowed = allowed_methods(request, view)
        if request.method not in allowed:
            return HttpResponseNotAllowed(sorted(allowed))
        return None
