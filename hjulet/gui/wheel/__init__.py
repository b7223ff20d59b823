"""The wheel on screen: its state, how it is painted, how a screen reader reads it, the widget."""
