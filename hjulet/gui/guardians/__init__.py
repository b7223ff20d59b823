"""The family's own view: guardian mode, guardians' marks on the wheel, a guardian's copy."""
