"""/kommuner/<slug>/tilbudsark/ and .pdf: a municipality's whole list, its way in on top."""

import datetime
import re

import pytest

from tests import factories
from tests.pdf import pdf_pages, pdf_text


@pytest.fixture
def asker_offers(asker, baerum, trondheim):
    """Asker's own, shared, county-wide and national offers, and offers it must not show."""
    asker.carer_page_url = "https://asker.kommune.example/parorende"
    asker.save()
    factories.contact(
        "Pårørendekoordinator",
        municipality=asker,
        is_way_in=True,
        phone="+47 011 11 111",
        email="koordinator@asker.kommune.example",
    )
    school = factories.offer_type("Pårørendeskole", position=1)
    group = factories.offer_type("Samtalegruppe", position=2)
    own = factories.offer(
        "Egen gruppe",
        offer_type=group,
        municipalities=[asker],
        confirmed_on=datetime.date(2026, 9, 1),
    )
    own.contacts.set([factories.contact("Gruppeleder", email="gruppe@asker.kommune.example")])
    factories.offer("Felles skole", offer_type=school, municipalities=[asker, baerum])
    factories.offer("Fylkesgruppe", offer_type=group, counties=[asker.county])
    factories.offer("Nasjonal gruppe", offer_type=group, nationwide=True)
    factories.offer("Bare Bærum", offer_type=group, municipalities=[baerum])
    factories.offer("I Trondheim", offer_type=group, municipalities=[trondheim])
    factories.offer("Utkast", offer_type=group, municipalities=[asker], is_published=False)
    factories.offer("Avsluttet", offer_type=group, municipalities=[asker], status="ended")


def test_municipality_sheet_pdf_starts_with_the_way_in_then_offers_grouped_by_type(
    client, asker_offers
):
    text = pdf_text(client.get("/kommuner/asker/tilbudsark.pdf"))

    order = [
        text.index("Tilbud til pårørende i Asker"),
        text.index("Start her"),
        text.index("Pårørendekoordinator"),
        text.index("Telefon +47 011 11 111"),
        text.index("E-post koordinator@asker.kommune.example"),
        text.index("https://asker.kommune.example/parorende"),
        text.index("4 tilbud på arket"),
        text.index("Pårørendeskole (1)"),
        text.index("Samtalegruppe (3)"),
        text.index("Felles skole"),
        text.index("Egen gruppe"),
        text.index("Fylkesgruppe"),
        text.index("Nasjonal gruppe"),
    ]
    assert order == sorted(order)
    assert "E-post gruppe@asker.kommune.example" in text
    assert "Sist bekreftet 1. september 2026" in text


def test_municipality_sheet_leaves_out_drafts_ended_and_other_municipalities_offers(
    client, asker_offers
):
    html = client.get("/kommuner/asker/tilbudsark/").content.decode()
    text = pdf_text(client.get("/kommuner/asker/tilbudsark.pdf"))

    for hidden in ["Utkast", "Avsluttet", "Bare Bærum", "I Trondheim"]:
        assert hidden not in html
        assert hidden not in text


def test_contents_give_the_page_each_type_starts_on(client, asker_offers):
    pages = pdf_pages(client.get("/kommuner/asker/tilbudsark.pdf"))

    contents = re.findall(r"(Pårørendeskole|Samtalegruppe) \(\d\) \.+ (\d+)", pages[0])
    assert len(contents) == 2
    for heading, page_number in contents:
        page = pages[int(page_number) - 1]
        assert heading in page.replace(f"{heading} (", "")  # the heading itself, not the entry


def test_no_offer_is_split_over_two_pages_and_every_page_has_the_footer(client, asker):
    for n in range(7):
        offer = factories.offer(
            f"Tilbud nummer {n}",
            municipalities=[asker],
            description="Lang tekst. " * 30,
            registration_info="Ring oss.",
            registration_required=True,
        )
        offer.contacts.set([factories.contact(f"Kontakt {n}", email=f"tilbud{n}@asker.example")])

    pages = pdf_pages(client.get("/kommuner/asker/tilbudsark.pdf"))

    assert len(pages) > 1
    for n in range(7):
        holding = [
            page for page in pages if f"Tilbud nummer {n}" in page.split("tilbud på arket")[-1]
        ]
        assert len(holding) == 1
        assert f"tilbud{n}@asker.example" in holding[0]  # its contact on the same page
    for number, page in enumerate(pages, start=1):
        assert "Pårørendeportalen · testserver · skrevet ut" in page
        assert f"side {number} av {len(pages)}" in page


def test_one_offer_and_the_way_in_fit_one_page(client, asker):
    factories.offer("Eneste tilbud", municipalities=[asker])

    pages = pdf_pages(client.get("/kommuner/asker/tilbudsark.pdf"))

    assert len(pages) == 1
    assert "Eneste tilbud" in pages[0]


def test_municipality_without_offers_still_prints_whom_to_call(client, asker):
    text = pdf_text(client.get("/kommuner/asker/tilbudsark.pdf"))

    assert "Ring kommunens sentralbord eller servicetorg" in text
    assert "Ingen tilbud er registrert for kommunen ennå." in text


def test_sami_and_norwegian_letters_come_out_right(client, db):
    municipality = factories.municipality(
        "Porsanger", "5618", factories.county("Finnmark", "56"), alt_names="Porsáŋgu / Porsanki"
    )
    factories.offer("Pårørendekafé på Lakselv, Øst og Å", municipalities=[municipality])

    text = pdf_text(client.get("/kommuner/porsanger/tilbudsark.pdf"))

    assert "Tilbud til pårørende i Porsanger – Porsáŋgu – Porsanki" in text
    assert "Pårørendekafé på Lakselv, Øst og Å" in text


def test_unknown_municipality_has_no_sheet(client, db):
    assert client.get("/kommuner/finnes-ikke/tilbudsark/").status_code == 404
    assert client.get("/kommuner/finnes-ikke/tilbudsark.pdf").status_code == 404


def test_municipality_sheet_query_count_is_fixed(client, asker, django_assert_num_queries):
    def add_offers(count):
        for n in range(count):
            offer = factories.offer(
                f"Tilbud {n}", municipalities=[asker], partners=[factories.provider()]
            )
            offer.contacts.set([factories.contact()])
            factories.round_of(offer, 10, 17)

    # The municipality, its way in, the offers, then their diagnoses, counties,
    # municipalities (with counties), upcoming rounds and their sessions, partners and
    # contacts.
    add_offers(2)
    with django_assert_num_queries(10):
        client.get("/kommuner/asker/tilbudsark/")
    add_offers(8)
    with django_assert_num_queries(10):
        client.get("/kommuner/asker/tilbudsark.pdf")
