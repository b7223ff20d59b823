"""The vault's dialogs: unlock, first-run wizard, recovery key and passphrase, backup, settings,
retention and the audit trail."""
