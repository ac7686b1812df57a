"""/tilbud/: the offer list, its filters, and what a carer sees when a filter goes wrong."""

import re

import pytest
from django.urls import reverse

from tests import factories

URL = "/tilbud/"


def titles(response):
    """Offer titles in the result list, in order, without the marks of a search."""
    html = response.content.decode()
    found = re.findall(r'class="offer-card__title"><a href="[^"]+">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


@pytest.fixture
def taxonomy(db):
    return {
        "demens": factories.diagnosis("Demens"),
        "kreft": factories.diagnosis("Kreft"),
        "barn": factories.age_group("Barn", 0, 12),
        "ungdom": factories.age_group("Ungdom", 13, 17),
        "voksne": factories.age_group("Voksne", 26, 66),
        "eldre": factories.age_group("Eldre", 67, None),
        "samtalegruppe": factories.offer_type("Samtalegruppe"),
        "parorendeskole": factories.offer_type("Pårørendeskole"),
    }


def test_the_list_url_is_the_contracts():
    assert reverse("offers:list") == URL


def test_list_shows_public_offers_with_what_a_carer_needs_to_choose(client, asker, baerum):
    factories.offer(
        "Samtalegruppe for pårørende til personer med demens",
        slug="samtalegruppe",
        municipalities=[asker, baerum],
        diagnoses=[factories.diagnosis("Demens")],
        provider=factories.provider("Demensforeningen", kind="voluntary"),
        carer_age_min=18,
        place="Asker helsehus, Testveien 1, 1383 Asker",
        is_free=False,
        price="200 kr for hele kurset",
        registration_required=True,
        registration_info="Ring demensteamet",
    )

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    card = html[html.index('<article class="offer-card">') : html.index("</article>")]
    assert "Samtalegruppe for pårørende til personer med demens" in card
    assert "Samtalegruppe</span>" in card  # its type
    assert "Demensforeningen" in card  # who runs it
    assert '<p class="offer-card__access">Ring demensteamet</p>' in card  # how to get it
    assert "Asker helsehus, Testveien 1, 1383 Asker" in card  # where
    assert "Gjelder for: Asker og Bærum" in card  # for whom it applies
    assert "200 kr for hele kurset" in card  # price
    assert "1 tilbud" in html
    # The details are on the offer page, one click away, not repeated on every card.
    assert "18 år og eldre" not in card
    offer_page = client.get("/tilbud/samtalegruppe/").content.decode()
    assert "18 år og eldre" in offer_page
    assert "Demens" in offer_page


def test_list_hides_drafts_and_ended_offers(client, db):
    factories.offer("Synlig")
    factories.offer("Hemmelig utkast", is_published=False)
    factories.offer("Nedlagt", status="ended")

    response = client.get(URL)

    assert titles(response) == ["Synlig"]


def test_municipality_filter_finds_listed_county_wide_and_nationwide_offers(
    client, asker, trondheim
):
    factories.offer("Lokalt i Asker", municipalities=[asker])
    factories.offer("Hele Akershus", counties=[asker.county])
    factories.offer("Hele landet", nationwide=True)
    factories.offer("Bare Trondheim", municipalities=[trondheim])

    response = client.get(URL, {"kommune": "asker"})

    assert titles(response) == ["Lokalt i Asker", "Hele Akershus", "Hele landet"]
    assert "Tilbud til pårørende i Asker" in response.content.decode()


def test_diagnosis_filter_includes_diagnosis_independent_offers(client, taxonomy):
    factories.offer("Demensskole", diagnoses=[taxonomy["demens"]])
    factories.offer("Kreftkafé", diagnoses=[taxonomy["kreft"]])
    factories.offer("Mestringstreff", diagnosis_independent=True)

    response = client.get(URL, {"diagnose": "demens"})

    assert sorted(titles(response)) == ["Demensskole", "Mestringstreff"]


def test_with_a_diagnosis_chosen_its_own_offers_come_first_within_each_reach(
    client, asker, taxonomy
):
    dementia = [taxonomy["demens"]]
    factories.offer("Avlastning for alle", municipalities=[asker], diagnosis_independent=True)
    factories.offer("Samtalegruppe demens", municipalities=[asker], diagnoses=dementia)
    factories.offer("Aktivitet for alle", nationwide=True, diagnosis_independent=True)
    factories.offer("Demenslinjen", nationwide=True, diagnoses=dementia)

    response = client.get(URL, {"kommune": "asker", "diagnose": "demens"})
    searched = client.get(URL, {"kommune": "asker", "diagnose": "demens", "q": "demens"})

    assert titles(response) == [
        "Samtalegruppe demens",
        "Avlastning for alle",
        "Demenslinjen",
        "Aktivitet for alle",
    ]
    assert sorted(titles(searched)) == ["Demenslinjen", "Samtalegruppe demens"]


def test_age_filters_use_the_carers_and_the_cared_for_persons_age(client, taxonomy):
    factories.offer("Barn som pårørende", carer_age_min=6, carer_age_max=17)
    factories.offer("Yngre med demens", carer_age_min=18, patient_age_max=64)
    factories.offer("For alle aldre")

    assert sorted(titles(client.get(URL, {"aldersgruppe": "barn"}))) == [
        "Barn som pårørende",
        "For alle aldre",
    ]
    assert sorted(titles(client.get(URL, {"pasientalder": "eldre"}))) == [
        "Barn som pårørende",
        "For alle aldre",
    ]


def test_type_filter(client, taxonomy):
    factories.offer("Gruppen", offer_type=taxonomy["samtalegruppe"])
    factories.offer("Skolen", offer_type=taxonomy["parorendeskole"])

    assert titles(client.get(URL, {"type": "parorendeskole"})) == ["Skolen"]


def test_free_text_search_finds_words_in_title_summary_and_provider(client, db):
    factories.offer("Temakafé", summary="Et møtested for kreftpasienter og pårørende.")
    factories.offer(
        "Samtalegruppe", provider=factories.provider("Demensforeningen", kind="voluntary")
    )
    factories.offer("Avlastning")

    assert titles(client.get(URL, {"q": "kreftpasienter"})) == ["Temakafé"]
    assert titles(client.get(URL, {"q": "demensforeningen"})) == ["Samtalegruppe"]
    assert titles(client.get(URL, {"q": "Temakafé Kreftpasienter"})) == ["Temakafé"]


def test_filters_combine_with_and(client, asker, trondheim, taxonomy):
    factories.offer("Treffer alt", municipalities=[asker], diagnoses=[taxonomy["demens"]])
    factories.offer("Feil kommune", municipalities=[trondheim], diagnoses=[taxonomy["demens"]])
    factories.offer("Feil diagnose", municipalities=[asker], diagnoses=[taxonomy["kreft"]])
    factories.offer(
        "Feil type",
        municipalities=[asker],
        diagnoses=[taxonomy["demens"]],
        offer_type=taxonomy["parorendeskole"],
    )

    response = client.get(URL, {"kommune": "asker", "diagnose": "demens", "type": "samtalegruppe"})

    assert titles(response) == ["Treffer alt"]


def test_form_keeps_the_carers_choices(client, asker, taxonomy):
    response = client.get(URL, {"kommune": "asker", "diagnose": "demens", "q": "kafé"})

    html = response.content.decode()
    assert 'name="kommune" value="Asker"' in html
    assert '<option value="demens" selected>Demens</option>' in html
    assert 'value="kafé"' in html


def test_municipality_field_suggests_every_name_with_the_sami_and_kven_ones(
    client, asker, trondheim
):
    html = client.get(URL).content.decode()

    assert 'list="id_kommune-names"' in html
    datalist = html[html.index('<datalist id="id_kommune-names">') :]
    datalist = datalist[: datalist.index("</datalist>")]
    # In Norwegian alphabetical order: å after z.
    assert datalist.index('<option value="Asker">') < datalist.index('<option value="Trondheim">')
    assert datalist.index('<option value="Trondheim">') < datalist.index('<option value="Tråante">')


def test_result_count_and_pagination_keep_the_filters(client, asker, settings):
    settings.OFFERS_PER_PAGE = 2
    for n in range(5):
        factories.offer(f"Tilbud {n}", municipalities=[asker])

    first = client.get(URL, {"kommune": "asker"})
    third = client.get(URL, {"kommune": "asker", "side": "3"})

    assert "5 tilbud" in first.content.decode()
    assert titles(first) == ["Tilbud 0", "Tilbud 1"]
    assert 'href="?kommune=asker&amp;side=2" rel="next"' in first.content.decode()
    assert titles(third) == ["Tilbud 4"]


@pytest.mark.parametrize("page", ["2", "4", "7"])
def test_every_page_counts_all_the_matches_and_one_past_the_end_shows_the_last(
    client, asker, settings, page
):
    settings.OFFERS_PER_PAGE = 2
    for n in range(5):
        factories.offer(f"Tilbud {n}", municipalities=[asker])

    response = client.get(URL, {"kommune": "asker", "side": page})

    assert "5 tilbud" in response.content.decode()
    assert titles(response) == {"2": ["Tilbud 2", "Tilbud 3"]}.get(page, ["Tilbud 4"])
    assert response.context["page"].number == min(int(page), 3)


@pytest.mark.parametrize("page", ["0", "-1", "abc", "999999999999999999999", "2.5", ""])
def test_odd_page_numbers_show_a_page_rather_than_an_error(client, db, page):
    factories.offer("Eneste")

    response = client.get(URL, {"side": page})

    assert response.status_code == 200
    assert titles(response) == ["Eneste"]


def test_no_results_says_so_and_shows_the_municipalitys_way_in(client, asker, taxonomy):
    factories.contact(
        "Pårørendekoordinator", municipality=asker, is_way_in=True, phone="+47 012 34 567"
    )
    factories.contact("Intern kontakt", municipality=asker, is_way_in=True, is_public=False)

    response = client.get(URL, {"kommune": "asker", "diagnose": "kreft"})

    html = response.content.decode()
    assert "0 tilbud" in html
    assert "Vi fant ingen tilbud som passer alle valgene dine." in html
    assert "Ta kontakt med Asker kommune" in html
    assert "Pårørendekoordinator" in html
    assert 'href="tel:+4701234567"' in html
    assert "Intern kontakt" not in html


@pytest.mark.parametrize(
    ("params", "message", "expected"),
    [
        ({"kommune": "atlantis"}, "Vi fant ingen kommune som heter «atlantis».", ["Demens"]),
        ({"diagnose": "snue"}, "Vi fant ingen diagnose som heter «snue».", ["Demens", "Kreft"]),
        ({"aldersgruppe": "123"}, "Vi fant ingen aldersgruppe som heter «123».", ["Demens"]),
        ({"pasientalder": "gammel"}, "Vi fant ingen aldersgruppe som heter «gammel».", ["Demens"]),
        ({"type": "kino"}, "Vi fant ingen tilbudstype som heter «kino».", ["Demens"]),
    ],
)
def test_unknown_filter_value_is_explained_and_the_other_filters_still_apply(
    client, asker, trondheim, taxonomy, params, message, expected
):
    factories.offer("Demens", municipalities=[asker], diagnoses=[taxonomy["demens"]])
    factories.offer("Kreft", municipalities=[asker], diagnoses=[taxonomy["kreft"]])
    factories.offer("Trondheim", municipalities=[trondheim], diagnoses=[taxonomy["kreft"]])

    response = client.get(URL, {"kommune": "asker", "diagnose": "demens", **params})

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Noe av det du valgte, forsto vi ikke." in html
    assert 'aria-invalid="true"' in html
    assert sorted(titles(response)) == expected


@pytest.mark.parametrize(
    "value",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "asker\x00",
        "ø" * 5000,
        "%00",
        "../../etc/passwd",
        "' OR 1=1 --",
    ],
)
@pytest.mark.parametrize(
    "name", ["kommune", "diagnose", "aldersgruppe", "pasientalder", "type", "q"]
)
def test_malformed_values_never_break_the_page_nor_are_echoed_unescaped(
    client, taxonomy, asker, name, value
):
    response = client.get(URL, {name: value})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html


def test_repeated_parameters_use_one_value_without_error(client, asker, trondheim):
    factories.offer("I Trondheim", municipalities=[trondheim])

    response = client.get(f"{URL}?kommune=asker&kommune=trondheim")

    assert response.status_code == 200
    assert titles(response) == ["I Trondheim"]


def test_over_long_search_is_refused_with_a_message(client, db):
    factories.offer("Eneste")

    response = client.get(URL, {"q": "demens " * 100})

    assert "Søket er for langt" in response.content.decode()
    assert titles(response) == ["Eneste"]


def test_offer_serving_two_counties_is_listed_once(client, db):
    factories.offer("To fylker", counties=[factories.county(), factories.county("Trøndelag", "50")])

    assert titles(client.get(URL)) == ["To fylker"]


@pytest.mark.parametrize("matching", [1, 30])
def test_list_query_count_does_not_grow_with_the_results(
    client, asker, taxonomy, django_assert_num_queries, matching
):
    for n in range(matching):
        offer = factories.offer(
            f"Tilbud {n}",
            municipalities=[asker, factories.municipality("Bærum", "3201")],
            counties=[asker.county],
            diagnoses=[taxonomy["demens"], taxonomy["kreft"]],
        )
        factories.round_of(offer, 10, 17, 24)

    # The content version; kommune, diagnose, age group and type choices (4: the two age
    # filters share theirs); the page's ids with the count of all matches, then its offers
    # (2); the places they list (1) and, once per content version, the counties and
    # municipalities that names (2); their public contacts (a phone line's number); upcoming
    # rounds and their sessions (2); the footer's helplines.
    with django_assert_num_queries(14):
        response = client.get(URL, {"kommune": "asker", "diagnose": "demens"})

    assert f"{matching} tilbud" in response.content.decode()
