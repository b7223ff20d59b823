"""The professional's workspace: the main window, the caseload, a child's page and its tabs."""
