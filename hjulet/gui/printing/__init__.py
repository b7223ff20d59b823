"""Printing: the summary, the child's copy, the blank sheet and the encrypted PDF, with preview."""
