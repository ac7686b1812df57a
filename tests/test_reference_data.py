"""Counties, municipalities and taxonomies: the committed fixtures and their loader."""

import io
import json
import re

import pytest
from django.core.management import call_command

from municipalities.models import County, Municipality
from offers.models import AgeGroup, Diagnosis, OfferType
from portal.slugs import norwegian_slugify
from portal.text import norwegian_sort_key


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Bærum", "baerum"),
        ("Ålesund", "alesund"),
        ("Tromsø", "tromso"),
        ("Sør-Odal", "sor-odal"),
        ("Nordre Follo", "nordre-follo"),
        ("Møre og Romsdal", "more-og-romsdal"),
        ("Porsáŋgu", "porsangu"),
        ("Kárášjohka", "karasjohka"),
        ("Pårørendeskole", "parorendeskole"),
        ("Barn som pårørende", "barn-som-parorende"),
        ("Psykisk helse", "psykisk-helse"),
    ],
)
def test_slugs_transliterate_norwegian_and_sami_letters(text, slug):
    assert norwegian_slugify(text) == slug


def test_all_357_municipalities_and_15_counties_are_loaded(reference_data):
    assert Municipality.objects.count() == 357
    assert County.objects.count() == 15
    assert Municipality.objects.get(number="0301").name == "Oslo"


def test_municipalities_sharing_a_name_get_their_countys_slug(reference_data):
    slugs = dict(Municipality.objects.values_list("number", "slug"))

    assert slugs["1515"] == "heroy-more-og-romsdal"
    assert slugs["1818"] == "heroy-nordland"
    assert slugs["3114"] == "valer-ostfold"
    assert slugs["3419"] == "valer-innlandet"
    assert slugs["3201"] == "baerum"
    assert slugs["1508"] == "alesund"
    assert slugs["5501"] == "tromso"


def test_every_slug_is_unique_ascii_and_matches_its_name(reference_data):
    for municipality in Municipality.objects.select_related("county"):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", municipality.slug)
        assert municipality.slug in {
            norwegian_slugify(municipality.name),
            f"{norwegian_slugify(municipality.name)}-{municipality.county.slug}",
        }
        assert municipality.number[:2] == municipality.county.number


def test_names_keep_norwegian_and_sami_letters_exactly(reference_data):
    assert Municipality.objects.get(number="5622").other_names == ["Porsáŋgu", "Porsanki"]
    assert Municipality.objects.get(number="5612").full_name == "Kautokeino – Guovdageaidnu"
    assert Municipality.objects.get(number="1818").label == "Herøy (Nordland)"
    assert Municipality.objects.get(number="3203").label == "Asker"


def test_taxonomies_are_seeded_with_the_designs_slugs(reference_data):
    assert list(OfferType.objects.values_list("slug", flat=True)) == [
        "parorendeskole",
        "samtalegruppe",
        "avlastning",
        "barn-som-parorende",
        "veiledning-og-samtaler",
        "kurs-og-temamoter",
        "koordinator-og-radgivning",
        "likeperson-og-nettverk",
    ]
    assert set(Diagnosis.objects.values_list("slug", flat=True)) == {
        "demens",
        "psykisk-helse",
        "rus",
        "kreft",
        "utviklingshemming",
        "hjerneslag",
        "alvorlig-somatisk-sykdom",
    }
    assert list(AgeGroup.objects.values_list("slug", "min_age", "max_age")) == [
        ("barn", 0, 12),
        ("ungdom", 13, 17),
        ("unge-voksne", 18, 25),
        ("voksne", 26, 66),
        ("eldre", 67, None),
    ]


def test_loading_again_keeps_coordinators_and_editors_changes(reference_data):
    asker = Municipality.objects.get(number="3203")
    asker.carer_page_url = "https://asker.kommune.example/parorende"
    asker.save()
    OfferType.objects.filter(slug="avlastning").update(name="Avlastning og pusterom")
    Municipality.objects.filter(number="3201").update(name="Feilstavet")

    out = io.StringIO()
    call_command("load_reference_data", stdout=out)

    assert "0 created, 1 updated" in out.getvalue()
    assert Municipality.objects.count() == 357
    assert Municipality.objects.get(number="3201").name == "Bærum"  # Kartverket's name wins
    assert Municipality.objects.get(number="3203").carer_page_url.endswith("/parorende")
    assert OfferType.objects.get(slug="avlastning").name == "Avlastning og pusterom"


def test_committed_fixture_has_every_municipality_once(settings):
    records = json.loads((settings.BASE_DIR / "fixtures/geography.json").read_text("utf-8"))
    numbers = [r["fields"]["number"] for r in records if r["model"].endswith("municipality")]

    assert len(numbers) == len(set(numbers)) == 357


def test_every_municipality_page_answers_at_its_contract_address(client, reference_data):
    for slug in Municipality.objects.values_list("slug", flat=True):
        response = client.get(f"/kommuner/{slug}/")
        assert response.status_code == 200, slug


def test_municipality_list_links_all_357_municipalities(client, reference_data):
    html = client.get("/kommuner/").content.decode()

    assert len(re.findall(r'href="/kommuner/[a-z0-9-]+/"', html)) == 357
    assert "Herøy (Nordland)" in html
    assert "Våler (Innlandet)" in html
    assert "Kautokeino – Guovdageaidnu" in html


def test_every_municipality_can_be_picked_in_the_offer_filter(client, reference_data):
    for slug, label in [
        ("heroy-nordland", "Herøy (Nordland)"),
        ("heroy-more-og-romsdal", "Herøy (Møre og Romsdal)"),
        ("valer-ostfold", "Våler (Østfold)"),
        ("valer-innlandet", "Våler (Innlandet)"),
    ]:
        html = client.get("/tilbud/", {"kommune": slug}).content.decode()
        assert f"<h1>Tilbud til pårørende i {label}</h1>" in html
        assert f'name="kommune" value="{label}"' in html
        assert f'<option value="{label}"></option>' in html  # a suggestion


def test_municipalities_are_listed_in_norwegian_alphabetical_order(client, reference_data):
    html = client.get("/kommuner/").content.decode()
    akershus = html[html.index('id="fylke-akershus"') : html.index('id="fylke-buskerud"')]
    names = re.findall(r'href="/kommuner/[a-z0-9-]+/">([^<]+)</a>', akershus)

    # Æ, Ø and Å are the alphabet's last letters: Lunner before Lørenskog, Å last.
    assert names == [
        "Asker", "Aurskog-Høland", "Bærum", "Eidsvoll", "Enebakk", "Frogn", "Gjerdrum",
        "Hurdal", "Jevnaker", "Lillestrøm", "Lunner", "Lørenskog", "Nannestad", "Nes",
        "Nesodden", "Nittedal", "Nordre Follo", "Rælingen", "Ullensaker", "Vestby", "Ås",
    ]  # fmt: skip


def test_norwegian_sort_key_puts_ae_o_and_a_ring_last_in_that_order():
    words = ["Ås", "Ørland", "Ærø", "Zebra", "Åfjord", "Alta", "Évje"]

    assert sorted(words, key=norwegian_sort_key) == [
        "Alta", "Évje", "Zebra", "Ærø", "Ørland", "Åfjord", "Ås"
    ]  # fmt: skip
