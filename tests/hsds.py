"""Validating the API's answers against the HSDS 3.0 schemas shipped in opendata/hsds/
(JSON Schema draft 2020-12, with formats such as uuid and email checked)."""

from functools import cache

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from opendata.spec import hsds_schema

# The tables' schemas refer to each other by file name ("metadata.json").
TABLES = ["taxonomy.json", "taxonomy_term.json", "metadata.json"]


@cache
def validator(name: str) -> Draft202012Validator:
    """'compiled/service.json', 'tables/taxonomy_term.json' or 'page' (openapi.json's Page)."""
    registry = Registry().with_resources(
        (table, Resource.from_contents(hsds_schema(f"tables/{table}"), DRAFT202012))
        for table in TABLES
    )
    schema = page_schema() if name == "page" else hsds_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


def page_schema() -> dict:
    """openapi.json's Page, every field of it required, with its `contents` array."""
    page = hsds_schema("openapi.json")["components"]["schemas"]["Page"]
    return {
        **page,
        "properties": {**page["properties"], "contents": {"type": "array"}},
        "required": [*page["properties"], "contents"],
    }


def assert_valid(document, name: str):
    errors = sorted(validator(name).iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


LIST_SCHEMAS = {
    "services": "compiled/service_list.json",
    "organizations": "compiled/organization_list.json",
    "service_at_locations": "compiled/service_at_location_list.json",
    "taxonomies": "tables/taxonomy.json",
    "taxonomy_terms": "tables/taxonomy_term.json",
}
# service_at_locations/{id}: openapi.json names service.json, which a service_at_location
# cannot meet (it has no name or status); its list schema describes it in full.
DETAIL_SCHEMAS = {
    "services": "compiled/service.json",
    "organizations": "compiled/organization.json",
    "service_at_locations": "compiled/service_at_location_list.json",
    "taxonomies": "tables/taxonomy.json",
    "taxonomy_terms": "tables/taxonomy_term.json",
}


def all_pages(client, path: str, **params) -> list[dict]:
    """Every page of a list, as an HSDS consumer walks it: page 1, 2, ... until last_page,
    each page and each item checked against the schemas."""
    kind = path.rstrip("/").rsplit("/", 1)[-1]
    pages, number = [], 1
    while True:
        response = client.get(path, {**params, "page": number})
        assert response.status_code == 200, response.content
        page = response.json()
        assert_valid(page, "page")
        for item in page["contents"]:
            assert_valid(item, LIST_SCHEMAS[kind])
        pages.append(page)
        if page["last_page"]:
            return pages
        number += 1
        assert number <= 1000, "the pages never end"


def items(pages: list[dict]) -> list[dict]:
    return [item for page in pages for item in page["contents"]]
