"""The command line (argparse) on top of services.

``main.py`` holds the runner and the vault commands; each later feature adds a
module here that registers its commands in ``main.EXTRA_COMMANDS`` and its
words (English, marked for the Qt catalogue) in ``messages.MESSAGES``, and is
imported by name in ``main._load_extras``.
"""
