#!/usr/bin/env bash
# A glue service without Python: a check that prints the source's current problems as JSON lines, piped into
# `argus reconcile -`. Here the check tries TCP ports (PORTS="db1:5432 web1:443"): each one that does not answer
# is a problem, and it is resolved in Argus once the port answers again.
#
# Once, save the source system's token in a profile (mode 0600; a token in the crontab would be readable):
#     echo "$TOKEN" | argus --profile ports login --url https://argus.example.org --with-token
# Then, in the crontab, every minute (the same input twice writes nothing):
#     * * * * *  ARGUS_PROFILE=ports PORTS="db1:5432 web1:443" /usr/local/bin/cron_glue.sh >/dev/null
# stdout is the report; errors and failed problems go to stderr, so cron mails only those. The exit status is
# argus reconcile's: 0 Argus matches, 5 some problems failed, 2 bad input, 3 token refused, 4 connection.
set -euo pipefail

check() {
    local target host port
    for target in $PORTS; do
        host=${target%:*}
        port=${target##*:}
        if ! timeout 3 bash -c ": >/dev/tcp/$host/$port" 2>/dev/null; then
            printf '{"id": "port-%s-%s", "description": "%s:%s does not answer", "level": 2, ' \
                "$host" "$port" "$host" "$port"
            printf '"tags": {"host": "%s", "port": "%s", "problem": "port"}}\n' "$host" "$port"
        fi
    done
}

argus heartbeat  # the source is alive, even with nothing to report
# The check runs first, on its own: a check that fails (a non-zero status) stops here and resolves nothing. Only
# a check that succeeded may say "no problems" (--allow-empty): an empty input is refused without it.
problems=$(check)
printf '%s\n' "$problems" | argus reconcile --allow-empty -
