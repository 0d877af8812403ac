"""Runs INSIDE an argus-server virtualenv (not ours): migrates, then makes users on request.

Started once per server with DJANGO_SETTINGS_MODULE set; reads one JSON request per line on
stdin and answers one JSON line on stdout. Keeping Django loaded makes a fresh set of users
for each test cost milliseconds instead of a django-admin start-up (~1.5 s).

Requests:
  {"op": "identities", "prefix": "t7"}  -> an admin, a plain end user and a source system, each with a token
  {"op": "call_command", "args": [...]} -> runs a management command, returns what it printed
"""

import contextlib
import io
import json
import secrets
import sys
import traceback

import django

# stdout carries the protocol; anything Django or argus prints goes to the log (stderr) instead.
PROTOCOL = sys.stdout
sys.stdout = sys.stderr

django.setup()

from argus.incident.models import SourceSystem, SourceSystemType
from django.contrib.auth import get_user_model
from django.core.management import call_command
from rest_framework.authtoken.models import Token

User = get_user_model()
SOURCE_TYPE = "argus-local"


def _user(username, *, superuser=False):
    password = secrets.token_urlsafe(12)
    if superuser:
        user = User.objects.create_superuser(username, f"{username}@example.org", password)
    else:
        user = User.objects.create_user(username, f"{username}@example.org", password)
    token = Token.objects.create(user=user)
    return user, {"username": username, "password": password, "token": token.key, "pk": user.pk}


def identities(prefix):
    _, admin = _user(f"{prefix}-admin", superuser=True)
    _, end_user = _user(f"{prefix}-user")
    source_user, source = _user(f"{prefix}-source")
    source_type, _ = SourceSystemType.objects.get_or_create(name=SOURCE_TYPE)
    system = SourceSystem.objects.create(
        name=f"{prefix}-source", type=source_type, user=source_user, base_url="http://source.example.org/"
    )
    source.update(source_pk=system.pk, source_name=system.name, source_type=SOURCE_TYPE)
    return {"admin": admin, "user": end_user, "source": source}


def run_command(args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        call_command(*args, stdout=out)
    return {"output": out.getvalue()}


def main():
    # Migrating here, in the process that loaded Django anyway, saves one start-up.
    call_command("migrate", interactive=False, verbosity=0)
    print(json.dumps({"ready": True}), file=PROTOCOL, flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if request["op"] == "identities":
                answer = identities(request["prefix"])
            elif request["op"] == "call_command":
                answer = run_command(request["args"])
            else:
                answer = {"error": f"unknown op {request['op']!r}"}
        except Exception:  # noqa: BLE001 - the caller gets the traceback; the provisioner keeps serving
            answer = {"error": traceback.format_exc()}
        print(json.dumps(answer), file=PROTOCOL, flush=True)


main()
