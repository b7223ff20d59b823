"""How strong a passphrase is: a rough, honest estimate with advice. Qt-free;
returns codes, never sentences (the GUI words each one)."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Hint(StrEnum):
    """One piece of advice about a passphrase (the GUI words each one)."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"  # fewer than 12 characters
    COMMON = "common"  # a well-known password or a close variant
    REPEATS = "repeats"  # aaaa, abab
    SEQUENCE = "sequence"  # 1234, abcd, qwerty
    CONTAINS_NAME = "contains_name"  # holds the vault's name
    ONE_CLASS = "one_class"  # only lower case, or only digits
    USE_WORDS = "use_words"  # suggest four or more unrelated words


@dataclass(frozen=True)
class Strength:
    """A rough, honest estimate. ``score``: 0 very weak .. 4 very strong."""

    score: int
    bits: float  # estimated guessing entropy, in bits
    words: int
    classes: int
    length: int
    hints: tuple[Hint, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


MIN_SCORE = 2
MIN_LENGTH = 12
# Passwords people pick first. Deliberately short: the estimate is not a
# dictionary attack, it only refuses the obvious.
_COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "lösenord",
        "losenord",
        "losen",
        "qwerty",
        "qwertyuiop",
        "asdfgh",
        "azerty",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "111111",
        "000000",
        "abc123",
        "iloveyou",
        "admin",
        "welcome",
        "letmein",
        "monkey",
        "dragon",
        "sommar",
        "sommar2024",
        "sommar2025",
        "sommar2026",
        "vinter",
        "hösten",
        "varen",
        "hejhej",
        "hejsan",
        "hjulet",
        "barnetsbasta",
        "barnensbasta",
        "kurator",
        "skolkurator",
        "elevhalsan",
        "sverige",
        "stockholm",
        "trustno1",
        "password1",
        "qwerty123",
        "lösenord1",
        "losenord1",
        "hemligt",
        "hemlig",
    ]
)
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyzåäö")
_WORD_SPLIT = re.compile(r"[\s\-_.,;:+/]+")
_WORD_BITS = 11.0  # a word from a vocabulary of ~2,000 words people actually choose


def _classes(text: str) -> tuple[int, int]:
    """(number of character classes, size of the pool they suggest)."""
    lower = upper = digit = symbol = other = False
    for ch in text:
        if ch.isdigit():
            digit = True
        elif ch.isalpha():
            if ch.islower():
                lower = True
            elif ch.isupper():
                upper = True
            else:
                other = True
        elif ch.isascii():
            symbol = True
        else:
            other = True
    pool = 29 * lower + 29 * upper + 10 * digit + 33 * symbol + 100 * other
    return lower + upper + digit + symbol + other, max(pool, 1)


def _effective_length(text: str) -> tuple[int, bool, bool]:
    """Length with runs and keyboard/alphabet sequences counted once.

    Returns (effective length, had repeats, had sequences).
    """
    low = text.casefold()
    eff = 0
    repeats = sequence = False
    i = 0
    while i < len(low):
        # a run of one character (aaaa) or a short repeated unit (abab, 123123)
        run = 1
        while i + run < len(low) and low[i + run] == low[i]:
            run += 1
        if run >= 3:
            repeats = True
            eff += 1
            i += run
            continue
        seq = 1
        for row in _ROWS:
            for step in (1, -1):
                j = i
                while j + 1 < len(low):
                    a, b = row.find(low[j]), row.find(low[j + 1])
                    if a < 0 or b < 0 or b - a != step:
                        break
                    j += 1
                seq = max(seq, j - i + 1)
        if seq >= 4:
            sequence = True
            eff += 1
            i += seq
            continue
        eff += 1
        i += 1
    # whole-string repetition of a unit ("abcabcabc", "hejhej")
    for unit in range(1, len(low) // 2 + 1):
        if len(low) % unit == 0 and low[:unit] * (len(low) // unit) == low:
            repeats = True
            eff = min(eff, unit + 1)
            break
    return eff, repeats, sequence


def passphrase_strength(passphrase: str, *, avoid: tuple[str, ...] = ()) -> Strength:
    """Estimate how hard ``passphrase`` is to guess, with advice.

    This is a rough estimate, not a guarantee: it counts length, words and
    character classes, and discounts repeats, sequences, well-known passwords
    and the names in ``avoid`` (the vault name, the user name). People do not
    choose characters at random, so character entropy is halved.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0, 0.0, 0, 0, 0, (Hint.EMPTY,))
    hints: list[Hint] = []
    classes, pool = _classes(text)
    eff, repeats, sequence = _effective_length(text)
    words = [w for w in _WORD_SPLIT.split(text.strip()) if len(w) >= 2]
    char_bits = eff * math.log2(pool) * 0.5
    if len(words) >= 3 or (words and all(w.isalpha() for w in words)):
        # Dictionary words are guessed as words, not letters: each ~11 bits;
        # extra character classes inside them help a little.
        bits = min(char_bits, len(words) * _WORD_BITS + 2.0 * (classes - 1))
    else:
        bits = char_bits
    squashed = re.sub(r"[\s\-_.]+", "", text.casefold())
    stripped = squashed.rstrip("0123456789!?.")
    if squashed in _COMMON or stripped in _COMMON or (len(stripped) >= 4 and stripped in _COMMON):
        hints.append(Hint.COMMON)
        bits = min(bits, 10.0)
    for name in avoid:
        n = re.sub(r"[\s\-_.]+", "", name.casefold())
        if len(n) >= 4 and n in squashed:
            hints.append(Hint.CONTAINS_NAME)
            bits -= min(bits / 2, len(n) * 2.0)
            break
    if repeats:
        hints.append(Hint.REPEATS)
    if sequence:
        hints.append(Hint.SEQUENCE)
    if len(text) < MIN_LENGTH:
        hints.append(Hint.TOO_SHORT)
    if classes == 1 and len(words) < 4:
        hints.append(Hint.ONE_CLASS)
    if len(words) < 4 and (len(text) < 20 or bits < 48):
        hints.append(Hint.USE_WORDS)
    bits = max(bits, 0.0)
    if bits < 28 or Hint.COMMON in hints:
        score = 0
    elif bits < 36 or len(text) < MIN_LENGTH:
        score = 1
    elif bits < 48:
        score = 2
    elif bits < 60:
        score = 3
    else:
        score = 4
    return Strength(score, round(bits, 1), len(words), classes, len(text), tuple(hints))


__all__ = ["MIN_LENGTH", "MIN_SCORE", "Hint", "Strength", "passphrase_strength"]
