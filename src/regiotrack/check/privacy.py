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
from collections.abc import Collection, Iterator

_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
# A run of digits with the separators people write between them: 111-222-333, 111.222.333, 111 222 333.
_DIGIT_RUN = re.compile(r"[0-9](?:[-./ ]?[0-9])*")
# Digits, not letters, bound a number: "x06-12345678" and "06-12345678Staat" are phone numbers too.
_PHONE = re.compile(r"(?<![0-9+])(?:\+|00)?\(?\+?[0-9][0-9\s\-./()]{6,}[0-9](?![0-9])")
_AT = r"(?:\s*@\s*|\s*[\[({]\s*(?:at|apenstaartje)\s*[\])}]\s*|\s+(?:at|apenstaartje)\s+)"
_DOT = r"(?:\.|\s*[\[({]\s*(?:dot|punt)\s*[\])}]\s*|\s+(?:dot|punt)\s+)"
_EMAIL = re.compile(rf"(?i)[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+")
_FILE_SUFFIXES = frozenset(
    "png jpg jpeg gif svg webp bmp tif tiff pdf doc docx xls xlsx ppt pptx odt ods txt csv md toml json html".split()  # noqa: SIM905
)
_AMOUNT_BEFORE = re.compile(r"(?:€|eur|euro)\s*$", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"^\s*(?:€|eur\b|euro|,-|,\d)", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"[A-Za-z][-./]?$")
_BSN_WORD = re.compile(
    r"(?i)(?:bsn|sofi|burgerservicenummer|bsn-nummer|casus|cli[eë]nt)\s*(?:nr\.?|nummer)?\s*[:.#-]?\s*$"
)
"""A letter prefix makes a reference (Z-2025-…), unless the letters say it is a BSN ("bsn111222333")."""
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"}
_SUSPECT = re.compile(
    r"[0-9]{2}|@|\bat\b|[\[({]at[\])}]|apenstaartje|[a-z]\s+[0-9]|\b(?:mevr|mw|mr|dhr|meneer|mevrouw|heer|geb)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"[0-9]")
_LOWER_WORDS = re.compile(r"\b(?:at|mevr|mw|mr|dhr|meneer|mevrouw|heer|geb)\b")


def _suspect(text: str) -> bool:
    """Whether the detectors below need to look at ``text`` at all (``_SUSPECT`` matches).

    The same test in two cheaper steps: without a digit or an '@' only the words can match,
    and those are found in the lower-cased text without the case-insensitive alternation,
    which made this test most of the privacy scan of a plan read (100 ms at 10,000 items;
    40 ms now). It may say yes where ``_SUSPECT`` says no (a Turkish 'İ' lower-cases to two
    characters), never the other way; the detectors decide.
    """
    if _DIGIT.search(text) or "@" in text:
        return _SUSPECT.search(text) is not None
    lower = text.lower()
    return "apenstaartje" in lower or _LOWER_WORDS.search(lower) is not None


# A person named with a title ("mevrouw De Vries", "dhr. Jansen", "de heer Van den Berg").
_PERSON = re.compile(
    r"\b(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Dd]hr\.|[Dd]e heer)\s+"
    r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Hh]et|'t|[Ii]n)\s+)*[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
)
# A street and house number ("Kerkstraat 12", "Amstelveenseweg 12-3"), and a Dutch postcode.
_STREET = re.compile(
    r"\b[A-Z][a-zà-ÿ]*(?:straat|laan|weg|plein|gracht|kade|dijk|singel|steeg|dreef|hof|pad|park|plantsoen)"
    r"\s+[0-9]{1,5}(?:\s?[a-zA-Z](?![a-zA-Z]))?(?:-[0-9]+)?\b"
)
# A postcode followed by its place ("1181 AB Amstelveen"): a year and two capitals ("2026 NL") is not one.
_POSTCODE = re.compile(r"\b[1-9][0-9]{3}\s?(?!SA|SD|SS)[A-Z]{2}\b(?=,?\s+[A-Z][a-zà-ÿ'-]+)")
# A birth date: a date after 'geboren', 'geb.' or 'geboortedatum'.
_BIRTH = re.compile(
    r"(?i)\b(?:geboren|geb\.|geboortedatum)\s*(?:op\s*)?:?\s*"
    r"([0-9]{1,2}[-/. ](?:[0-9]{1,2}|[a-z]+)[-/. ][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2})"
)


def normalise(text: str) -> str:
    """``text`` in NFKC form (fullwidth and other compatibility characters become plain ones),
    without invisible characters (zero-width space, soft hyphen) and with every dash as '-'."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_DASHES)


def passes_eleven_test(digits: str) -> bool:
    """The BSN check: 9 digits, weights 9..2 and -1, sum divisible by 11 (and not all zero)."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def findings(text: str, allowed: Collection[str] = frozenset(), place: bool = False) -> Iterator[str]:
    """Dutch descriptions of what in ``text`` looks like resident data.

    ``allowed``: the organisations' declared contacts (see :func:`contact_keys`), which may
    appear anywhere. ``place``: the text says where a meeting is (a venue's street address and
    postcode are its point, not a resident's home).
    """
    if not text:
        return
    text = normalise(text)
    if not _suspect(text):
        return
    text = _URL.sub(" ", text)  # ids inside web addresses are not about a person
    phones = list(_phone_numbers(text))
    for start, end in phones:
        if _digits(text[start:end]) not in allowed:
            yield f"lijkt op een telefoonnummer ({text[start:end]})"
    for start, end, shown in _bsn_candidates(text):
        if not any(s <= start and end <= e for s, e in phones):
            yield f"lijkt op een burgerservicenummer ({shown})"
    for match in _EMAIL.finditer(text):
        address = match.group(0)
        if _is_file_name(address) or _plain_address(address).lower() in allowed:
            continue
        yield f"bevat een e-mailadres ({address})"
    yield from _person_findings(text, allowed, place)


def _person_findings(text: str, allowed: Collection[str], place: bool) -> Iterator[str]:
    """A person named with a title, a home address and a birth date: what makes a resident known.

    An organisation's own address belongs in its declared ``contact`` (allowed anywhere); a
    person is named by their role or organisation ("de wethouder", "de coördinator van VT").
    """
    for match in _PERSON.finditer(text):
        yield f"noemt een persoon ({match.group(0)})"
    for match in _BIRTH.finditer(text):
        yield f"lijkt op een geboortedatum ({match.group(1)})"
    if place:
        return
    contact = " ".join(allowed)
    for match in _STREET.finditer(text):
        if match.group(0) not in contact:
            yield f"lijkt op een adres ({match.group(0)})"
    for match in _POSTCODE.finditer(text):
        if match.group(0).replace(" ", "") not in contact.replace(" ", ""):
            yield f"lijkt op een postcode ({match.group(0)})"


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


def contact_keys(contact: str) -> set[str]:
    """What a declared contact allows elsewhere: its e-mail addresses and phone numbers."""
    text = normalise(contact)
    keys = {_plain_address(m.group(0)).lower() for m in _EMAIL.finditer(text)}
    return keys | {_digits(text[start:end]) for start, end in _phone_numbers(text)}


def _digits(text: str) -> str:
    """A phone number as its digits, with +31 / 0031 / (0) written the Dutch way (0…)."""
    digits = re.sub(r"[^0-9+]", "", text.replace("(0)", ""))
    for prefix in ("+31", "0031"):
        if digits.startswith(prefix):
            return "0" + digits[len(prefix) :]
    return digits


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
        before = text[: run.start()]
        reference = _REFERENCE_BEFORE.search(before) and not _BSN_WORD.search(before)
        if reference or _is_amount(text, run.start(), run.end()):
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
