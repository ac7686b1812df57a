"""A coordinator's admin beyond offers: their municipality's way in (and nothing else of
it), their own providers and contacts, and no shared taxonomies (403). Nothing of another
municipality shows up in lists, filters, autocomplete or the start page."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from municipalities.models import Municipality
from offers.models import ContactPerson, Offer
from tests import factories
from tests.admin_forms import change_url, new_offer_data, offer_form_data


def municipality_form(municipality, contacts=(), **changes):
    data = {
        "number": municipality.number,
        "name": municipality.name,
        "alt_names": municipality.alt_names,
        "slug": municipality.slug,
        "county": municipality.county_id,
        "carer_page_url": municipality.carer_page_url,
        "contacts-TOTAL_FORMS": len(contacts),
        "contacts-INITIAL_FORMS": 0,
        "contacts-MIN_NUM_FORMS": 0,
        "contacts-MAX_NUM_FORMS": 1000,
        # «Søk om hjelp», the office beside the way in (coverage), left empty.
        "application_office-TOTAL_FORMS": 0,
        "application_office-INITIAL_FORMS": 0,
        "application_office-MIN_NUM_FORMS": 0,
        "application_office-MAX_NUM_FORMS": 1,
    }
    for index, contact in enumerate(contacts):
        data |= {f"contacts-{index}-{key}": value for key, value in contact.items()}
    return data | changes


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:offers_offertype_changelist",
        "admin:offers_diagnosis_add",
        "admin:offers_agegroup_changelist",
        "admin:accounts_user_changelist",
        "admin:axes_accessattempt_changelist",
    ],
)
def test_taxonomies_and_accounts_are_forbidden_to_coordinators(coordinator_client, url_name):
    assert coordinator_client.get(reverse(url_name)).status_code == 403


def test_coordinator_edits_their_way_in_and_nothing_else_of_their_municipality(
    coordinator_client, asker
):
    url = reverse("admin:municipalities_municipality_change", args=[asker.pk])
    way_in = {
        "role": "Pårørendekoordinator",
        "phone": "+47 012 34 567",
        "is_public": "on",
        "position": 0,
    }

    response = coordinator_client.post(
        url,
        municipality_form(
            asker,
            [way_in],
            name="Nytt navn",
            carer_page_url="https://asker.kommune.example/parorende",
        ),
    )

    asker.refresh_from_db()
    contact = ContactPerson.objects.get()
    assert response.status_code == 302
    assert asker.name == "Asker"
    assert asker.carer_page_url == "https://asker.kommune.example/parorende"
    assert (contact.municipality, contact.is_way_in, contact.role) == (
        asker,
        True,
        "Pårørendekoordinator",
    )
    assert asker.history.latest("history_date").carer_page_url.endswith("/parorende")


def test_coordinator_cannot_reach_another_municipality(coordinator_client, baerum):
    url = reverse("admin:municipalities_municipality_change", args=[baerum.pk])

    page = coordinator_client.get(url)
    response = coordinator_client.post(
        url, municipality_form(baerum, carer_page_url="https://x.example")
    )

    assert page.status_code == 302
    assert response.status_code == 302
    assert Municipality.objects.get(pk=baerum.pk).carer_page_url == ""


def test_municipality_list_shows_only_their_own(coordinator_client, asker, baerum, trondheim):
    response = coordinator_client.get(reverse("admin:municipalities_municipality_changelist"))

    assert [m.name for m in response.context["cl"].result_list] == ["Asker"]
    assert "Trøndelag" not in response.content.decode()  # not even as a county filter


def test_providers_and_contacts_are_listed_and_edited_for_their_municipality_only(
    coordinator_client, asker, baerum
):
    own = factories.provider("Asker kommune", municipality=asker)
    other = factories.provider("Bærum kommune", municipality=baerum)
    factories.contact("Kontakt i Bærum", municipality=baerum)

    providers = coordinator_client.get(reverse("admin:offers_provider_changelist")).content.decode()
    contacts = coordinator_client.get(
        reverse("admin:offers_contactperson_changelist")
    ).content.decode()
    other_page = coordinator_client.get(reverse("admin:offers_provider_change", args=[other.pk]))

    assert own.name in providers
    assert "Bærum" not in providers  # neither the provider nor a filter choice
    assert "Kontakt i Bærum" not in contacts
    assert other_page.status_code == 302


def test_a_new_contact_must_belong_to_one_of_their_municipalities(
    coordinator_client, asker, baerum
):
    url = reverse("admin:offers_contactperson_add")
    data = {
        "role": "Rådgiver",
        "email": "radgiver@kommune.example",
        "is_public": "on",
        "position": 0,
    }

    form = coordinator_client.get(url)
    national = coordinator_client.post(url, data | {"municipality": ""})
    other = coordinator_client.post(url, data | {"municipality": baerum.pk})
    own = coordinator_client.post(url, data | {"municipality": asker.pk})

    assert form.context["adminform"].form.initial["municipality"] == asker.pk
    assert national.status_code == other.status_code == 200
    assert own.status_code == 302
    assert list(ContactPerson.objects.values_list("municipality", flat=True)) == [asker.pk]


@pytest.mark.parametrize(
    ("model_name", "field_name", "term", "expected"),
    [
        ("offer", "owner", "", ["Asker"]),
        ("offer", "municipalities", "b", ["Bærum"]),  # a neighbour, in the same county
        ("offer", "municipalities", "t", []),  # Trondheim: in another county
        ("offer", "counties", "", []),  # whole counties are the national editors' to name
        ("offer", "provider", "", ["Asker kommune", "Nasjonalforeningen"]),
        ("contactperson", "municipality", "", ["Asker"]),
        ("provider", "municipality", "", ["Asker"]),
    ],
)
def test_autocomplete_offers_what_the_form_accepts(
    coordinator_client, asker, baerum, trondheim, model_name, field_name, term, expected
):
    factories.provider("Asker kommune", municipality=asker)
    factories.provider("Bærum kommune", municipality=baerum)
    factories.provider("Nasjonalforeningen", kind="voluntary")

    response = coordinator_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "offers", "model_name": model_name, "field_name": field_name, "term": term},
    )

    assert sorted(r["text"] for r in response.json()["results"]) == expected


def test_an_editors_link_to_another_municipalitys_provider_is_kept_when_a_coordinator_saves(
    coordinator_client, asker, baerum
):
    partner = factories.provider("LPP Bærum", municipality=baerum, kind="voluntary")
    offer = factories.offer(owner=asker, partners=[partner])

    response = coordinator_client.post(change_url(offer), offer_form_data(offer, title="Endret"))

    assert response.status_code == 302
    assert list(offer.partners.all()) == [partner]


def test_the_start_page_shows_only_their_own_recent_actions(coordinator_client, asker, baerum):
    editor = factories.national_editor()
    other = factories.offer("Bærums hemmelige utkast", owner=baerum, is_published=False)
    LogEntry.objects.log_actions(
        editor.pk, [other], CHANGE, change_message="Endret", single_object=True
    )

    html = coordinator_client.get(reverse("admin:index")).content.decode()

    assert "Bærums hemmelige utkast" not in html


def test_the_add_form_shows_no_other_municipalitys_contacts_or_providers_asked_for_by_id(
    coordinator_client, asker, baerum
):
    """Found by a probe: the add form's initial values from the address widened the choices."""
    contact = factories.contact("Demenskoordinator i Bærum", municipality=baerum, name="Bo Bærum")
    provider = factories.provider("Bærum kommune", municipality=baerum)
    partner = factories.provider("LPP Bærum", municipality=baerum, kind="voluntary")

    response = coordinator_client.get(
        reverse("admin:offers_offer_add"),
        {"contacts": str(contact.pk), "provider": provider.pk, "partners": str(partner.pk)},
    )

    html = response.content.decode()
    assert response.status_code == 200
    for name in ["Demenskoordinator i Bærum", "Bo Bærum", "Bærum kommune", "LPP Bærum"]:
        assert name not in html
    form = response.context["adminform"].form
    for field in ["contacts", "provider", "partners"]:
        assert not form.fields[field].queryset.exists()


def test_the_view_on_site_shortcut_does_not_reveal_another_municipalitys_draft(
    coordinator_client, asker, trondheim
):
    draft = factories.offer("Hemmelig utkast i Trondheim", owner=trondheim, is_published=False)
    own = factories.offer("Utkast i Asker", owner=asker, is_published=False)
    offer_type = ContentType.objects.get_for_model(draft)

    other = coordinator_client.get(reverse("admin:view_on_site", args=[offer_type.pk, draft.pk]))
    mine = coordinator_client.get(reverse("admin:view_on_site", args=[offer_type.pk, own.pk]))

    assert other.status_code == 404
    assert draft.slug not in other.content.decode()
    assert not other.has_header("Location")
    assert mine.status_code == 302
    assert mine["Location"].endswith(f"/tilbud/{own.slug}/")


@pytest.mark.parametrize(
    ("content_type", "object_id"),
    [
        ("abc", "1"),
        ("9999", "1"),
        ("offer", "abc"),
        ("offer", "99999999999999999999"),
        ("user", "1"),
    ],
)
def test_the_view_on_site_shortcut_answers_odd_addresses_with_not_found(
    coordinator_client, asker, content_type, object_id
):
    factories.offer("Et tilbud", owner=asker)
    names = {"offer": "offers.offer", "user": "accounts.user"}
    if content_type in names:
        content_type = ContentType.objects.get_by_natural_key(*names[content_type].split(".")).pk

    response = coordinator_client.get(f"/admin/r/{content_type}/{object_id}/")

    assert response.status_code == 404


def test_a_coordinator_may_let_an_offer_serve_neighbours_in_the_same_county(
    coordinator_client, asker, baerum
):
    offer = factories.offer(owner=asker, municipalities=[asker])

    response = coordinator_client.post(
        change_url(offer), offer_form_data(offer, municipalities=[asker.pk, baerum.pk])
    )

    assert response.status_code == 302
    assert set(offer.municipalities.all()) == {asker, baerum}


def test_a_coordinator_may_not_let_an_offer_serve_another_county_and_is_told_why(
    coordinator_client, asker, trondheim
):
    offer = factories.offer(owner=asker, municipalities=[asker])

    response = coordinator_client.post(
        change_url(offer), offer_form_data(offer, municipalities=[asker.pk, trondheim.pk])
    )

    html = " ".join(response.content.decode().split())
    assert response.status_code == 200
    assert "Tilbudet kan bare gjelde kommunene dine og andre kommuner i samme fylke." in html
    assert list(offer.municipalities.all()) == [asker]


def test_a_coordinator_may_not_let_an_offer_serve_whole_counties_or_the_country(
    coordinator_client, asker, trondheim
):
    """Found by a probe: Asker's coordinator made an offer serve all 15 counties."""
    offer = factories.offer(owner=asker, municipalities=[asker])
    counties = [asker.county_id, trondheim.county_id]

    response = coordinator_client.post(
        change_url(offer), offer_form_data(offer, counties=counties, nationwide=True)
    )
    new = coordinator_client.post(
        reverse("admin:offers_offer_add"),
        new_offer_data(
            owner=asker,
            provider=offer.provider,
            offer_type=offer.offer_type,
            counties=counties,
            nationwide="on",
        ),
    )

    assert response.status_code == new.status_code == 302
    assert not Offer.objects.filter(counties__isnull=False).exists()
    assert not Offer.objects.filter(nationwide=True).exists()


def test_the_offer_form_says_where_a_coordinators_offer_may_apply(coordinator_client, asker):
    offer = factories.offer(owner=asker, municipalities=[asker])

    html = " ".join(coordinator_client.get(change_url(offer)).content.decode().split())

    assert "Du kan la tilbudet gjelde kommunene dine og andre kommuner i samme fylke" in html
    assert "Tilbud for hele fylker eller hele landet legger de nasjonale redaktørene inn." in html


def test_an_editors_wider_coverage_is_kept_when_a_coordinator_saves(
    coordinator_client, asker, trondheim
):
    offer = factories.offer(
        owner=asker, municipalities=[asker, trondheim], counties=[trondheim.county]
    )

    response = coordinator_client.post(
        change_url(offer),
        offer_form_data(offer, title="Endret", municipalities=[asker.pk, trondheim.pk]),
    )

    assert response.status_code == 302
    assert set(offer.municipalities.all()) == {asker, trondheim}
    assert list(offer.counties.all()) == [trondheim.county]


def test_a_national_editor_names_any_municipality_county_or_the_country(
    client, national_editor, asker, trondheim
):
    client.force_login(national_editor)
    offer = factories.offer(owner=asker, municipalities=[asker])

    response = client.post(
        change_url(offer),
        offer_form_data(
            offer,
            municipalities=[asker.pk, trondheim.pk],
            counties=[trondheim.county_id],
            nationwide=True,
        ),
    )

    offer.refresh_from_db()
    assert response.status_code == 302
    assert set(offer.municipalities.all()) == {asker, trondheim}
    assert list(offer.counties.all()) == [trondheim.county]
    assert offer.nationwide
