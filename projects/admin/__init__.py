from projects.admin import award, projects, start_page  # noqa: F401  (registers them)
