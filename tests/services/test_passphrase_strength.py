"""How strong a passphrase is (Qt-free)."""

from __future__ import annotations

import pytest

from hjulet.services.passphrase_strength import Hint, passphrase_strength


@pytest.mark.parametrize(
    ("text", "acceptable"),
    [
        ("", False),
        ("password1", False),
        ("Lösenord123!", False),
        ("aaaaaaaaaaaaaaaaaaaa", False),
        ("12345678901234", False),
        ("qwertyuiopasdf", False),
        ("correct horse battery staple", True),
        ("kanelbulle orbit lingon spårvagn", True),
        ("gY7#kq9!Lm2@xP", True),
    ],
)
def test_passphrase_strength_is_honest(text: str, acceptable: bool) -> None:
    assert passphrase_strength(text).acceptable is acceptable


def test_more_words_score_higher_and_advice_is_given() -> None:
    three = passphrase_strength("kanel orbit lingon")
    five = passphrase_strength("kanel orbit lingon spårvagn fyrtorn")
    assert five.score > three.score
    assert Hint.USE_WORDS in three.hints
    assert Hint.TOO_SHORT in passphrase_strength("kort").hints
    assert Hint.COMMON in passphrase_strength("Sommar2025").hints


def test_vault_name_in_the_passphrase_is_discounted() -> None:
    plain = passphrase_strength("Vingaker kurator sommarlov")
    named = passphrase_strength("Vingaker kurator sommarlov", avoid=("Vingaker kurator",))
    assert Hint.CONTAINS_NAME in named.hints
    assert named.bits < plain.bits
