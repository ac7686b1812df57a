from offers.admin import offer, shared  # noqa: F401  (registers the admins)
