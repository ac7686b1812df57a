"""/healthz, for load balancers and monitors: cheap, never cached, honest about the database."""

import pytest
from django.db import OperationalError

from portal import views


class UnreachableDatabase:
    def cursor(self):
        raise OperationalError('connection to server at "db.internal", port 5432 failed')


def test_healthy_portal_answers_ok_in_json_with_one_query(client, db, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_unreachable_database_answers_503_with_a_reason_but_no_detail(client, db, monkeypatch):
    monkeypatch.setattr(views, "connection", UnreachableDatabase())

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["database"] == "unavailable"
    assert response.json()["reason"]
    assert "db.internal" not in response.content.decode()
    assert response["Retry-After"] == "30"


def test_health_check_answers_whatever_host_the_load_balancer_sends(client, db):
    response = client.get("/healthz", HTTP_HOST="10.0.3.17:8000")

    assert response.status_code == 200


def test_head_probe_gets_the_status_without_a_body(client, db):
    response = client.head("/healthz")

    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_health_check_only_answers_reads(client, db, method):
    assert getattr(client, method)("/healthz").status_code == 405
