"""Text as it should be read: what ingest keeps of the characters in an article and its
metadata, and the one date format front matter accepts.

Article text is untrusted and often pasted from somewhere. Characters that no reader sees
but that change what a page shows or what a name matches are removed where text enters:

- control characters (C0 and C1, NUL and DEL included) except newline and tab; carriage
  returns and the Unicode line and paragraph separators become newlines;
- bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), everywhere:
  they can make a name or a sentence display in an order other than the one it is stored in;
- invisible format characters (zero-width space, word joiner, BOM, soft hyphen and the like)
  and lone surrogates, everywhere;
- the zero-width joiner and non-joiner, in body text only where they join nothing that
  needs them (next to a Latin, Greek or Cyrillic letter, a digit, space or punctuation): emoji
  sequences and scripts such as Persian or Devanagari need them; in names, always.

A line whose UTF-8 was read as Windows-1252 (once or twice: "Obamaâ€™s", "ObamaÃ¢â‚¬â„¢s") is
read again as UTF-8 ("Obama’s"), when the whole line goes back to bytes that are valid UTF-8:
a line with a character Windows-1252 lacks, or with a correct accented letter ("São"), is left
as written.

`clean` is for body text, `clean_name` for one-line values (headline, outlet, author, URL,
names). Ids are made by `generator.ids.slugify`, which keeps ASCII letters and digits only.
"""

from __future__ import annotations

import re
from datetime import date

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x85]")
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # control characters but \t and \n
    f"{BIDI_CONTROLS}"
    "\u00ad\u034f\u180e\u200b\u2060-\u2064\ufeff\ufff9-\ufffb\ufffe\uffff"  # invisible format characters
    "\ud800-\udfff]"  # lone surrogates (from escapes in YAML), which no file can hold
)
# A joiner is kept only between two characters beyond the Latin, Greek and Cyrillic blocks.
_IDLE_JOINER = re.compile("(?<![\u0530-\U0010ffff])[\u200c\u200d]|[\u200c\u200d](?![\u0530-\U0010ffff])")
_NAME_INVISIBLE = re.compile("[\u200c\u200d\u115f\u1160\u3164\uffa0]")  # joiners and Hangul fillers
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def clean(text: str) -> str:
    """Body text without the characters listed in the module docstring; line breaks as `\\n`."""
    text = _NEWLINES.sub("\n", text)
    if _MOJIBAKE.search(text):
        text = "\n".join(_read_again(line) for line in text.split("\n"))
    text = _INVISIBLE.sub("", text)
    return _IDLE_JOINER.sub("", text)


# a lead byte of UTF-8 read as Windows-1252 ("Ã", "Â", "â") before a continuation byte read so
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _read_again(line: str) -> str:
    """`line` read again as UTF-8 while it is UTF-8 read as Windows-1252 (at most three times)."""
    for _ in range(3):
        if not _MOJIBAKE.search(line):
            break
        try:
            again = line.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            break
        if len(_MOJIBAKE.findall(again)) >= len(_MOJIBAKE.findall(line)):
            break
        line = again
    return line


def clean_name(text: str) -> str:
    """A one-line value (headline, name, outlet): `clean`, without any joiner or invisible
    filler, with each run of white space made one space and none at either end."""
    return " ".join(_NAME_INVISIBLE.sub("", clean(text)).split())


def parse_iso_date(value: object) -> date:
    """A calendar date written YYYY-MM-DD (a `date` passes as it is). Raises ValueError for
    anything else, including impossible dates such as 2025-02-30 or 2025-13-01."""
    if isinstance(value, date):
        return value
    match = _ISO_DATE.fullmatch(str(value).strip())
    if not match:
        raise ValueError(f"not a date as YYYY-MM-DD: {value!r}")
    year, month, day = map(int, match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"no such date: {value!r}") from None
