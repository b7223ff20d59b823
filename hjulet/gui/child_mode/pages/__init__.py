"""The pages of child mode, one module each (the window shows them in turn).

``who`` (who sees what), ``practice`` (an item that is not saved), ``areas`` (one
area per screen: faces for the youngest, a one-area wheel for the others),
``whole`` (the whole wheel), ``important`` (what is important to me), ``share``
(may we show this at the meeting?), ``done`` (thank you) and ``pause``. Each is a
:class:`hjulet.gui.child_mode.kit.ChildPage` built from a
:class:`hjulet.gui.child_mode.kit.PageKit`; the hand-over page (for the adult)
lives in :mod:`hjulet.gui.child_mode.handover`.
"""
