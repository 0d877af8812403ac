"""The glue service's tests, against a real Argus server: argus_local's pytest plugin (turned on in conftest.py).

`argus_v2` gives each test an admin, an end user and a source system of its own on the session's server (started
when the first test asks for it), so every test starts from an empty source and may reuse the same ids.
"""

from __future__ import annotations

from service_checks import desired_problems, sync

from argus_ext import ConnectedClient, find_my_incident, tags_from_api
from argus_local import LocalArgus
from argus_local.access_log import AccessLog

CHECK_RUN = """
db1 disk CRITICAL /var 97% full
web1 https WARNING certificate expires in 5 days
app1 load OK load average 0.4
"""
# The next check run: the certificate was renewed, the disk is still full.
CERTIFICATE_RENEWED = """
db1 disk CRITICAL /var 97% full
web1 https OK certificate valid for 90 days
app1 load OK load average 0.5
"""


def test_ok_checks_are_no_problems() -> None:  # uses no fixture of the plugin: no server is started for it
    problems = desired_problems(CHECK_RUN)
    assert sorted(problems) == ["db1:disk", "web1:https"]
    assert problems["web1:https"].level == 3


def test_the_first_run_creates_an_incident_for_each_problem(argus_v2: LocalArgus[ConnectedClient]) -> None:
    report = sync(argus_v2.source_client, CHECK_RUN)
    assert sorted(report.created) == ["db1:disk", "web1:https"] and report.complete

    disk = find_my_incident(argus_v2.source_client, "db1:disk")  # read back from the server
    assert disk is not None and disk.open_
    assert (disk.description, disk.level) == ("db1 disk CRITICAL: /var 97% full", 1)
    assert tags_from_api(disk.tags) == {"host": ["db1"], "check": ["disk"]}
    assert find_my_incident(argus_v2.source_client, "app1:load") is None


def test_the_same_run_again_writes_nothing(argus_v2: LocalArgus[ConnectedClient]) -> None:
    sync(argus_v2.source_client, CHECK_RUN)
    server_log = AccessLog(argus_v2.server)  # the requests the server answered, from its own access log
    server_log.mark()

    report = sync(argus_v2.source_client, CHECK_RUN)
    assert sorted(report.unchanged) == ["db1:disk", "web1:https"]
    assert report.created == report.updated == report.resolved == []
    assert not server_log.writes(), server_log.writes()  # no POST, PATCH or DELETE reached the server


def test_a_problem_no_longer_reported_is_resolved(argus_v2: LocalArgus[ConnectedClient]) -> None:
    sync(argus_v2.source_client, CHECK_RUN)

    report = sync(argus_v2.source_client, CERTIFICATE_RENEWED)
    assert report.resolved == ["web1:https"] and report.unchanged == ["db1:disk"]
    certificate = find_my_incident(argus_v2.source_client, "web1:https")
    assert certificate is not None and not certificate.open_ and certificate.end_time is not None


def test_a_worse_state_raises_the_level(argus_v2: LocalArgus[ConnectedClient]) -> None:
    sync(argus_v2.source_client, CHECK_RUN)

    report = sync(argus_v2.source_client, CHECK_RUN.replace("https WARNING", "https CRITICAL"))
    assert report.updated == ["web1:https"]
    certificate = find_my_incident(argus_v2.source_client, "web1:https")
    assert certificate is not None and certificate.level == 1 and certificate.open_
