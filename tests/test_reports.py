"""'Meld fra om feil' and 'Savner du et tilbud?': a carer's report reaches the coordinators
who can act on it (through a real SMTP server), survives a mail server that is away, and the
forms answer bad input, spam and floods without losing what a person wrote."""

import re
import time

import pytest
from django.core import signing
from django.core.management import call_command
from django.db import IntegrityError, transaction

from feedback.models import Report, ReportKind, ReportStatus
from portal.forms import _SALT as SHOWN_SALT
from portal.mail import send_queued
from portal.models import OutgoingMail
from tests import factories

TEXT = "Telefonnummeret til kafeen virker ikke.\nDet går til en telefonsvarer.\nRing 22 22 22 22."


@pytest.fixture
def cafe(asker):
    return factories.offer(
        "Pårørendekafé", slug="parorendekafe", owner=asker, municipalities=[asker]
    )


@pytest.fixture
def national_line(db):
    return factories.offer("Pårørendelinjen", slug="parorendelinjen", nationwide=True)


def clock(seconds_ago=60):
    """The form's signed clock, as if it had been shown `seconds_ago`."""
    return signing.dumps(time.time() - seconds_ago, salt=SHOWN_SALT)


def report(client, url="/tilbud/parorendekafe/meld-fra/", address="192.0.2.1", **fields):
    data = {"tekst": TEXT, "epost": "", "nettside": "", "shown": clock(), **fields}
    return client.post(url, data, REMOTE_ADDR=address)


# The form and the receipt


def test_every_offer_page_links_to_its_report_form(client, cafe):
    html = client.get("/tilbud/parorendekafe/").content.decode()

    assert '<a href="/tilbud/parorendekafe/meld-fra/">Meld fra om feil</a>' in html


def test_every_municipality_page_asks_what_is_missing(client, asker):
    html = client.get("/kommuner/asker/").content.decode()

    assert '<a href="/kommuner/asker/savner/">Savner du et tilbud?</a>' in html


def test_the_offer_sheet_links_to_the_form_and_prints_its_address(client, cafe):
    html = client.get("/tilbud/parorendekafe/tilbudsark/").content.decode()

    assert '<a href="/tilbud/parorendekafe/meld-fra/">Meld fra om feil</a>' in html
    assert "Feil eller utdatert? Meld fra: testserver/tilbud/parorendekafe/meld-fra/" in html


def test_the_form_says_not_to_write_health_data_and_how_long_reports_are_kept(client, cafe):
    response = client.get("/tilbud/parorendekafe/meld-fra/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Meld fra om feil</h1>" in html
    assert "Skriv ikke helseopplysninger" in html
    assert "sletter vi meldingen og e-postadressen din etter 12 måneder" in html
    assert 'name="tekst"' in html
    assert 'name="epost"' in html
    assert response["X-Robots-Tag"] == "noindex"


def test_a_report_is_kept_and_the_carer_gets_a_receipt(client, cafe):
    response = report(client, epost="kari@eksempel.example")

    assert response.status_code == 302
    assert response["Location"] == "/tilbud/parorendekafe/meld-fra/?sendt=1"
    receipt = client.get(response["Location"]).content.decode()
    assert "Takk, meldingen er sendt" in receipt
    assert "Meldingen om «Pårørendekafé» er sendt til dem som har ansvar for tilbudet." in receipt
    stored = Report.objects.get()
    assert (stored.kind, stored.offer, stored.municipality) == (ReportKind.WRONG, cafe, cafe.owner)
    assert (stored.text, stored.email, stored.status) == (TEXT, "kari@eksempel.example", "new")
    assert stored.about == "Pårørendekafé"


def test_a_missing_offer_is_reported_to_the_municipality_with_its_kind(client, baerum):
    factories.offer_type("Samtalegruppe")
    response = report(
        client, "/kommuner/baerum/savner/", tekst="En gruppe for søsken.", type="samtalegruppe"
    )

    assert response.status_code == 302
    stored = Report.objects.get()
    assert (stored.kind, stored.municipality, stored.offer) == ("missing", baerum, None)
    assert stored.offer_type.slug == "samtalegruppe"
    assert "Meldingen er sendt til Bærum kommune." in client.get(response["Location"]).text


def test_the_report_remembers_the_carers_language_for_the_answer(client, cafe):
    client.post("/sprak/", {"language": "en", "next": "/"})

    html = client.get("/tilbud/parorendekafe/meld-fra/").content.decode()
    report(client, epost="kari@eksempel.example")

    assert "Report an error" in html
    assert "Do not write health information" in html
    assert Report.objects.get().language == "en"


# Bad input: a clear message, nothing lost


def test_an_empty_report_is_shown_again_with_what_to_do(client, cafe):
    response = report(client, tekst="  ", epost="kari@eksempel.example")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Skriv hva som er feil, så vi vet hva vi skal rette." in html
    assert 'value="kari@eksempel.example"' in html
    assert Report.objects.count() == 0


def test_a_report_that_is_too_long_keeps_the_text_and_says_how_long_it_may_be(client, cafe):
    text = "Feil. " * 400  # 2,400 characters
    html = report(client, tekst=text, epost="ikke-en-adresse").content.decode()

    assert "Teksten er for lang: skriv høyst 2000 tegn (nå er den 2399)." in html
    assert "Skriv en hel e-postadresse" in html
    assert text.strip() in html  # nothing lost
    assert 'value="ikke-en-adresse"' in html
    assert Report.objects.count() == 0


def test_an_unknown_kind_of_offer_is_explained(client, asker):
    html = report(client, "/kommuner/asker/savner/", type="finnes-ikke").content.decode()

    assert "Velg en type fra listen, eller «Vet ikke»." in html
    assert TEXT.split("\n")[0] in html
    assert Report.objects.count() == 0


def test_unknown_offers_and_municipalities_and_drafts_are_not_found(client, asker, cafe):
    draft = factories.offer("Utkast", slug="utkast", owner=asker, is_published=False)

    assert client.get("/tilbud/finnes-ikke/meld-fra/").status_code == 404
    assert client.get("/kommuner/finnes-ikke/savner/").status_code == 404
    assert client.get(f"/tilbud/{draft.slug}/meld-fra/").status_code == 404
    assert report(client, f"/tilbud/{draft.slug}/meld-fra/").status_code == 404
    assert Report.objects.count() == 0


def test_other_methods_are_refused(client, cafe):
    for method in ("put", "delete", "patch"):
        response = getattr(client, method)("/tilbud/parorendekafe/meld-fra/")
        assert response.status_code == 405
        assert "POST" in response["Allow"]


def test_a_form_sent_faster_than_a_person_can_keeps_the_text(client, cafe):
    html = report(client, shown=clock(seconds_ago=1)).content.decode()

    assert "send det en gang til" in html
    assert "Telefonnummeret til kafeen virker ikke." in html
    assert Report.objects.count() == 0


def test_a_bot_filling_the_honeypot_gets_a_receipt_and_nothing_is_kept(client, cafe):
    response = report(client, nettside="https://spam.example")

    assert response.status_code == 302
    assert Report.objects.count() == 0
    assert OutgoingMail.objects.count() == 0


def test_thirty_reports_in_a_minute_the_rest_get_429_and_none_below_the_limit_is_lost(
    client, settings, cafe, asker_coordinator
):
    settings.REPORT_RATE = "10/m"

    answers = [report(client, tekst=f"Melding nummer {n}") for n in range(30)]

    assert [a.status_code for a in answers] == [302] * 10 + [429] * 20
    assert "Retry-After" in answers[-1]
    assert "For mange forespørsler" in answers[-1].content.decode()
    assert sorted(Report.objects.values_list("text", flat=True)) == sorted(
        f"Melding nummer {n}" for n in range(10)
    )
    assert OutgoingMail.objects.filter(to=asker_coordinator.email).count() == 10
    # Another address is not held back by this one.
    assert report(client, address="198.51.100.7").status_code == 302


# Routing and e-mail


def test_a_report_on_an_asker_offer_reaches_askers_coordinators_not_baerums(
    client, cafe, asker_coordinator, baerum_coordinator, national_editor, smtp_server
):
    second = factories.coordinator("kari@asker.kommune.example", cafe.owner)

    report(client)
    send_queued()

    assert sorted(m["To"] for m in smtp_server.messages) == sorted(
        [asker_coordinator.email, second.email]
    )
    message = smtp_server.messages[0]
    assert message["Subject"] == "Melding om feil: Pårørendekafé"
    text = message.get_body(("plain",)).get_content()
    report_id = Report.objects.get().pk
    assert f"http://127.0.0.1:8000/admin/feedback/report/{report_id}/change/" in text
    assert "Ring 22 22 22 22." in text  # no contact details: the whole report
    assert "Åpne meldingen" in message.get_body(("html",)).get_content()


def test_with_contact_details_the_mail_quotes_only_the_first_lines(
    client, cafe, asker_coordinator, smtp_server
):
    long_text = "\n".join(f"Linje {n} om det som er feil." for n in range(1, 8))
    report(client, tekst=long_text, epost="kari@eksempel.example")
    send_queued()

    text = smtp_server.messages[0].get_body(("plain",)).get_content()
    assert "Linje 1 om det som er feil." in text
    assert "Linje 3 om det som er feil." in text
    assert "Linje 4" not in text
    assert "kari@eksempel.example" not in text
    assert "Den som meldte fra, vil ha svar." in text


def test_national_offers_and_municipalities_without_coordinators_go_to_national_editors(
    client, national_line, baerum, asker_coordinator, national_editor, smtp_server
):
    report(client, "/tilbud/parorendelinjen/meld-fra/")
    report(client, "/kommuner/baerum/savner/")
    send_queued()

    assert [m["To"] for m in smtp_server.messages] == [national_editor.email] * 2
    assert smtp_server.messages[1]["Subject"] == "Savner et tilbud i Bærum"


def test_a_mail_server_outage_loses_no_report_and_no_mail(
    client, cafe, asker_coordinator, smtp_server, settings
):
    smtp_server.stop()  # the mail server is away

    response = report(client)
    result = send_queued()

    assert response.status_code == 302  # the carer never waits for the mail server
    assert (result.sent, result.retrying) == (0, 1)
    assert Report.objects.count() == 1
    mail = OutgoingMail.objects.get()
    assert mail.sent_at is None
    assert mail.attempts == 1

    smtp_server.start()  # back, on a new port
    settings.MAILERS = {"default": smtp_server.mailer()}
    OutgoingMail.objects.update(send_after=mail.created_at)
    call_command("send_queued_mail")

    assert [m["To"] for m in smtp_server.messages] == [asker_coordinator.email]
    assert OutgoingMail.objects.get().sent_at is not None


def test_the_received_mail_links_to_the_report_the_coordinator_may_open(
    client, cafe, asker_coordinator, baerum_coordinator, smtp_server
):
    report(client)
    send_queued()
    text = smtp_server.messages[0].get_body(("plain",)).get_content()
    path = re.search(r"http://127\.0\.0\.1:8000(/admin/\S+)", text)[1]

    client.force_login(asker_coordinator)
    page = client.get(path)
    assert page.status_code == 200
    assert "Telefonnummeret til kafeen virker ikke." in page.content.decode()

    client.force_login(baerum_coordinator)
    assert client.get(path).status_code == 302  # not theirs: "does not exist"
    assert Report.objects.get().status == ReportStatus.NEW


def test_the_forms_and_a_report_take_a_fixed_number_of_queries(
    client, cafe, asker_coordinator, django_assert_num_queries
):
    # the offer; the content version and the footer's helplines (then kept for that version)
    with django_assert_num_queries(3):
        client.get("/tilbud/parorendekafe/meld-fra/")
    with django_assert_num_queries(3):  # the municipality, the offer types; the content version
        client.get("/kommuner/asker/savner/")
    # the offer; in a savepoint: the report and its first version, the coordinators'
    # addresses, the mail queued
    with django_assert_num_queries(7):
        report(client)


def test_a_list_sheet_stays_dense_without_the_report_address(client, cafe):
    html = client.get("/kommuner/asker/tilbudsark/").content.decode()

    assert "meld-fra" not in html


def test_the_database_holds_a_reports_length_and_kind(cafe):
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.create(kind=ReportKind.WRONG, offer=cafe, text="x" * 2001)
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.create(
            kind=ReportKind.WRONG, offer=cafe, text="x", offer_type=factories.offer_type()
        )
