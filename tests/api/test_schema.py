"""The committed schema.graphql matches the live schema; enum names are unique."""

import io

import pytest
from django.core.management import CommandError, call_command

from cms.api.management.commands.export_schema import SCHEMA_FILE, schema_sdl
from cms.api.schema import schema


def test_schema_file_matches_the_live_schema():
    # given the committed schema.graphql

    # when
    committed = SCHEMA_FILE.read_text(encoding="utf-8")

    # then (run `manage.py export_schema` after changing the API)
    assert committed == schema_sdl()


def test_export_schema_check_fails_on_a_stale_file(tmp_path):
    # given a schema file that no longer matches
    stale = tmp_path / "schema.graphql"
    stale.write_text("type Query { old: String }\n")

    # when / then
    with pytest.raises(CommandError, match="out of date"):
        call_command("export_schema", output=stale, check=True, stdout=io.StringIO())


def test_export_schema_writes_the_sdl(tmp_path):
    # given an empty target
    target = tmp_path / "schema.graphql"

    # when
    call_command("export_schema", output=target, stdout=io.StringIO())

    # then
    assert target.read_text() == schema_sdl()


def test_schema_enums_from_model_choices_have_distinct_names():
    # given the models' choice fields (Product.kind, Variant.stock_status, …)
    types = schema.graphql_schema.type_map

    # when
    enums = {name for name, t in types.items() if type(t).__name__.endswith("EnumType")}

    # then each has its own explicitly named enum type
    assert {"ProductKind", "ProductCondition", "StockStatus", "WeightUnit"} <= enums
    assert not any(name.endswith("Choices") for name in enums)


@pytest.mark.parametrize("field", ["costPrice", "costCurrency", "cost", "supplier"])
def test_schema_has_no_private_fields(field):
    # given the whole public schema
    sdl = schema_sdl()

    # when / then
    assert f"{field}:" not in sdl
    assert f"  {field}(" not in sdl
