"""PostgreSQL refuses to run as root, so argus_local runs it as a system user it makes on first use; the test
workers of a new machine make it at the same moment. Unlocked, four concurrent `useradd`s of one name gave
four different uids, of which only the last stayed in /etc/passwd (seen here: [1005, 1003, 1004, 1006], final
1006); a worker that had chowned its data folder to a lost uid then failed every server start."""

from __future__ import annotations

import multiprocessing
import os
import pwd
import subprocess
import uuid
from collections.abc import Iterator

import pytest

from argus_local.postgres import system_user

WORKERS = 4
ROUNDS = 3


def _uid_of(name: str) -> int:
    return system_user(name).pw_uid


@pytest.fixture
def fresh_user_name() -> Iterator[str]:
    """A system user name that does not exist yet, removed again afterwards."""
    name = f"argus-race-{uuid.uuid4().hex[:8]}"
    yield name
    subprocess.run(["userdel", name], check=False, capture_output=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="only root makes the system user (PostgreSQL refuses to run as root)")
@pytest.mark.parametrize("round_", range(ROUNDS))
def test_workers_making_the_system_user_at_once_all_get_the_one_that_stays(fresh_user_name: str, round_: int) -> None:
    # spawn, not fork: a forked worker would carry this process's servers (argus_local.server.ArgusServer.stop).
    with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
        uids = pool.map(_uid_of, [fresh_user_name] * WORKERS)
    stays = pwd.getpwnam(fresh_user_name).pw_uid
    assert uids == [stays] * WORKERS
