from projects.admin import award, projects  # noqa: F401  (registers them)
