from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.validators import MaxLengthValidator


class LoginForm(AdminAuthenticationForm):
    """The admin's login form, refusing an e-mail address longer than an account's can be:
    Django's form tells the browser the limit but does not enforce it, so such a login went
    on to be checked (and recorded as a failure) anyway."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))
