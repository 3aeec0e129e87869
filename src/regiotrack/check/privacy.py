"""The privacy guard: the plan is about organisations and meetings, never about residents (AVG).

:func:`findings` describes what in a text looks like resident data: a number that passes the
BSN eleven-test, a phone number (Dutch or international), or an e-mail address (also written
as "naam at domein dot nl", "[at]" or "(at)"). The text is normalised first (NFKC: fullwidth
digits and signs count as the plain ones). To keep false alarms down, amounts (€, euro),
references with a letter prefix (Z-2025-111222333), web addresses and file names such as
doc@2x.png are left alone. Where the checks run: see ``check.content``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
# A run of digits with the separators people write between them: 111-222-333, 111.222.333, 111 222 333.
_DIGIT_RUN = re.compile(r"[0-9](?:[-./ ]?[0-9])*")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\+?[0-9][0-9\s\-./()]{6,}[0-9](?!\w)")
_AT = r"(?:\s*@\s*|\s*[\[({]\s*(?:at|apenstaartje)\s*[\])}]\s*|\s+(?:at|apenstaartje)\s+)"
_DOT = r"(?:\.|\s*[\[({]\s*(?:dot|punt)\s*[\])}]\s*|\s+(?:dot|punt)\s+)"
_EMAIL = re.compile(rf"(?i)[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+")
_FILE_SUFFIXES = frozenset(
    "png jpg jpeg gif svg webp bmp tif tiff pdf doc docx xls xlsx ppt pptx odt ods txt csv md toml json html".split()  # noqa: SIM905
)
_AMOUNT_BEFORE = re.compile(r"(?:€|eur|euro)\s*$", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"^\s*(?:€|eur\b|euro|,-|,\d)", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"[A-Za-z][-./]?$")
_SUSPECT = re.compile(r"[0-9]{2}|@|\bat\b|[\[({]at[\])}]|apenstaartje", re.IGNORECASE)


def normalise(text: str) -> str:
    """``text`` in NFKC form: fullwidth and other compatibility characters become plain ones."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def passes_eleven_test(digits: str) -> bool:
    """The BSN check: 9 digits, weights 9..2 and -1, sum divisible by 11 (and not all zero)."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def findings(text: str, allowed_emails: set[str] = frozenset()) -> Iterator[str]:  # type: ignore[assignment]
    """Dutch descriptions of what in ``text`` looks like resident data."""
    if not text:
        return
    text = normalise(text)
    if not _SUSPECT.search(text):
        return
    text = _URL.sub(" ", text)  # ids inside web addresses are not about a person
    phones = list(_phone_numbers(text))
    for start, end in phones:
        yield f"lijkt op een telefoonnummer ({text[start:end]})"
    for start, end, shown in _bsn_candidates(text):
        if not any(s <= start and end <= e for s, e in phones):
            yield f"lijkt op een burgerservicenummer ({shown})"
    for match in _EMAIL.finditer(text):
        address = match.group(0)
        if _is_file_name(address) or _plain_address(address).lower() in allowed_emails:
            continue
        yield f"bevat een e-mailadres ({address})"


def _phone_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each phone number; a candidate run is tried group by group ("in 2026 06 1234 5678")."""
    for match in _PHONE.finditer(text):
        groups = [(m.start() + match.start(), m.end() + match.start()) for m in re.finditer(r"\S+", match.group(0))]
        first = 0
        while first < len(groups):
            found = next(
                (
                    last
                    for last in range(len(groups) - 1, first - 1, -1)
                    if _is_phone(text[groups[first][0] : groups[last][1]])
                    and not _is_amount(text, groups[first][0], groups[last][1])
                ),
                None,
            )
            if found is None:
                first += 1
                continue
            yield groups[first][0], groups[found][1]
            first = found + 1


def _is_phone(candidate: str) -> bool:
    """Dutch numbers have 10 digits from a leading 0; international ones (+.., 00..) 9 to 15."""
    digits = re.sub(r"\D", "", candidate)
    stripped = candidate.lstrip("(")
    if stripped.startswith(("+", "00")):
        return 9 <= len(digits) - (2 if stripped.startswith("00") else 0) <= 15
    if stripped.startswith("0"):
        return len(digits) == 10 or (len(digits) == 11 and "(0)" in candidate)
    return False


def _is_amount(text: str, start: int, end: int) -> bool:
    return bool(_AMOUNT_BEFORE.search(text[:start]) or _AMOUNT_AFTER.match(text[end:]))


def _bsn_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of every 9-digit group that passes the eleven-test and is no amount or reference."""
    for run in _DIGIT_RUN.finditer(text):
        if _REFERENCE_BEFORE.search(text[: run.start()]) or _is_amount(text, run.start(), run.end()):
            continue
        groups = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group(0))]
        for first in range(len(groups)):  # "in 2025 111 222 333": the groups that make nine digits
            for last in range(first, len(groups)):
                start, end = groups[first][0], groups[last][1]
                digits = re.sub(r"\D", "", text[start:end])
                if len(digits) > 9:
                    break
                if passes_eleven_test(digits):
                    yield start, end, text[start:end]


def _is_file_name(address: str) -> bool:
    """doc@2x.png and the like: an image or document name, not an address."""
    last = re.split(r"\.|\s", _plain_address(address))[-1].lower()
    return last in _FILE_SUFFIXES


def _plain_address(address: str) -> str:
    """'naam at domein dot nl' -> 'naam@domein.nl'."""
    text = re.sub(rf"(?i){_AT}", "@", address, count=1)
    return re.sub(rf"(?i){_DOT}", ".", text)
