"""Log every lockout, so repeated password guessing is visible in the portal's logs."""

import logging

from axes.signals import user_locked_out
from django.dispatch import receiver

logger = logging.getLogger(__name__)


@receiver(user_locked_out, dispatch_uid="accounts.log_lockout")
def log_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning(
        "Login locked out after repeated failures: account=%r address=%s", username, ip_address
    )
