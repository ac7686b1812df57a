from offers.admin import municipality, offer, shared, start_page  # noqa: F401  (registers them)
