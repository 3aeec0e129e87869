"""Reading revisions incrementally gives exactly what reading each one afresh gives."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REAL_PLAN
from regiotrack.history.diff import diff, index_items
from regiotrack.history.incremental import RevisionReader
from regiotrack.store.parsing import parse_data

TEXT = REAL_PLAN.read_text(encoding="utf-8")
BLOCKS = TEXT.split("\n[[")


def _revision(choices: list[tuple[int, int, int]]) -> str:
    """The real plan with some blocks changed: a status, an id, a block dropped, doubled or split in two items."""
    blocks = list(BLOCKS)
    for kind, pick, value in choices:
        at = 1 + pick % (len(blocks) - 1)
        block = blocks[at]
        if kind == 0 and 'status = "' in block:
            blocks[at] = block.replace('status = "open"', 'status = "lopend"').replace(
                'status = "gereed"', f'status = "open"\nnotitie = "n{value}"'
            )
        elif kind == 1:
            blocks[at] = block.replace('id = "', f'id = "X{value}', 1)
        elif kind == 2 and len(blocks) > 3:
            del blocks[at]
        elif kind == 3:
            blocks.insert(at, block)  # the same id twice
        elif kind == 4:
            blocks[at] = block + f'\n[[{block.split("]]")[0]}]]\nid = "EXTRA-{value}"\n'
        elif kind == 5:
            blocks[at] = block + f'\nnotitie = "{value}"\n' if "notitie" not in block else block
        elif kind == 6:
            blocks[at] = block + "\nkapot = = \n"  # not TOML
    return "\n[[".join(blocks)


REVISIONS = st.lists(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 500), st.integers(0, 99)), max_size=3), min_size=1, max_size=8
)


@settings(max_examples=60, deadline=None)
@given(revisions=REVISIONS)
def test_incremental_read_equals_a_fresh_read(revisions: list[list[tuple[int, int, int]]]) -> None:
    reader = RevisionReader()
    previous: dict[str, object] = {}
    fresh_previous: dict[str, object] = {}
    for choices in [[], *revisions]:
        text = _revision(choices)
        try:
            fresh = parse_data(text, {})
        except ValueError:
            fresh = None
        try:
            data, index = reader.read(text)
        except ValueError:
            assert fresh is None
            continue
        assert fresh is not None
        assert data == fresh
        assert list(data) == list(fresh)
        assert index == index_items(fresh)
        assert {k: list(v) for k, v in index.items()} == {k: list(v) for k, v in index_items(fresh).items()}
        assert diff(previous, data, index_items(previous), index) == diff(fresh_previous, fresh)
        previous, fresh_previous = data, fresh


def test_one_changed_block_reuses_every_other_section() -> None:
    reader = RevisionReader()
    first, _ = reader.read(TEXT)
    blocks = list(BLOCKS)
    at = next(n for n, b in enumerate(blocks) if 'id = "B2-03"' in b)
    blocks[at] = blocks[at].replace("\nstatus = ", "\ngereed_op = 2026-11-22\nstatus = ", 1)
    second, _ = reader.read("\n[[".join(blocks))
    assert second["afspraak"] is not first["afspraak"]
    assert all(second[key] is first[key] for key in ("organisatie", "stap", "partneroverleg"))
    assert next(i for i in second["afspraak"] if i["id"] == "B2-03")["gereed_op"] == date(2026, 11, 22)


def test_a_block_that_gains_a_table_is_read_in_full_and_then_again_incrementally() -> None:
    reader = RevisionReader({})
    first = '[[afspraak]]\nid = "A"\ntitel = "x"\n\n[[afspraak]]\nid = "B"\ntitel = "y"\n'
    second = first.replace('titel = "x"\n', 'titel = "x2"\n[extra]\nk = 1\n')
    third = second + '\n[[afspraak]]\nid = "C"\ntitel = "z"\n'
    for text in (first, second, third, second):
        data, index = reader.read(text)
        assert data == parse_data(text, {})
        assert index == index_items(data)
