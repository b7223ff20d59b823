"""The conversation window: the wheel, the child's words and notes, and their controller."""
