#!/usr/bin/env bash
# Start a LanguageTool HTTP server on 127.0.0.1 in the background and wait until it is healthy.
#
#   .ci/start-languagetool.sh [DIR]        # prints the server URL, e.g. http://127.0.0.1:8081
#   .ci/start-languagetool.sh --stop       # stops the server started earlier (PID file)
#
# DIR defaults to ${NOTECHECK_LT_HOME:-$HOME/.cache/notecheck/LanguageTool-6.8} (as filled by
# .ci/fetch-languagetool.sh). A directory from the standalone zip (languagetool-server.jar plus
# libs/) works too.
#
# Env:
#   NOTECHECK_LT_PORT      port (default 8081; 0 = pick a free one)
#   NOTECHECK_LT_PIDFILE   PID file (default ${TMPDIR:-/tmp}/notecheck-languagetool.pid)
#   NOTECHECK_LT_LOG       server log (default ${TMPDIR:-/tmp}/notecheck-languagetool.log)
#   NOTECHECK_LT_XMX       JVM max heap (default 512m)
#   NOTECHECK_LT_JAVA_OPTS extra JVM options (default: -XX:TieredStopAtLevel=1, see below)
#   NOTECHECK_LT_WAIT      seconds to wait for /v2/healthcheck plus one warm-up check (default 120)
#
# Typical CI use:
#   export NOTECHECK_LT_URL="$(.ci/start-languagetool.sh)"
#   ... tests ...
#   .ci/start-languagetool.sh --stop
set -euo pipefail

version="6.8"
pidfile="${NOTECHECK_LT_PIDFILE:-${TMPDIR:-/tmp}/notecheck-languagetool.pid}"
logfile="${NOTECHECK_LT_LOG:-${TMPDIR:-/tmp}/notecheck-languagetool.log}"
xmx="${NOTECHECK_LT_XMX:-512m}"
# C1 only: measured on 2 cores, it halves start-up (JVM + first check) and needs ~35% less CPU
# per note over the first few hundred notes than the default tiered C2, and ~60 MB less memory.
java_opts="${NOTECHECK_LT_JAVA_OPTS--XX:TieredStopAtLevel=1}"
wait_s="${NOTECHECK_LT_WAIT:-120}"
port="${NOTECHECK_LT_PORT:-8081}"

log() { printf 'start-languagetool: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

is_ours() {  # PID is alive and is a LanguageTool HTTPServer
    local pid="$1"
    [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'org.languagetool.server.HTTPServer'
}

stop_server() {
    [[ -f "$pidfile" ]] || { log "no PID file $pidfile: nothing to stop"; return 0; }
    local pid
    pid="$(cat "$pidfile")"
    if is_ours "$pid"; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do is_ours "$pid" || break; sleep 0.1; done
        if is_ours "$pid"; then kill -9 "$pid" 2>/dev/null || true; fi
        log "stopped LanguageTool (PID $pid)"
    fi
    rm -f "$pidfile"
}

if [[ "${1:-}" == "--stop" ]]; then
    stop_server
    exit 0
fi

home="${1:-${NOTECHECK_LT_HOME:-$HOME/.cache/notecheck/LanguageTool-${version}}}"
[[ -d "$home" ]] || die "LanguageTool directory $home not found: run .ci/fetch-languagetool.sh first"
if [[ -f "$home/languagetool-server.jar" ]]; then
    classpath="$home/languagetool-server.jar:$home/libs/*"   # standalone-zip layout
elif compgen -G "$home/languagetool-server-*.jar" >/dev/null; then
    classpath="$home/*"                                      # flat Maven layout
else
    die "no languagetool-server jar in $home: run .ci/fetch-languagetool.sh first"
fi
command -v java >/dev/null 2>&1 || die "java not found; LanguageTool ${version} needs Java 17 or newer"
command -v curl >/dev/null 2>&1 || die "curl not found (needed for the health check)"

if [[ -f "$pidfile" ]] && is_ours "$(cat "$pidfile")"; then
    die "a LanguageTool server is already running (PID $(cat "$pidfile"), $pidfile); stop it with $0 --stop"
fi

if [[ "$port" == "0" ]]; then
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
fi
url="http://127.0.0.1:${port}"
if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    die "port ${port} on 127.0.0.1 is already in use; set NOTECHECK_LT_PORT to another port (0 = any free one)"
fi

# HTTPServer listens on localhost only unless --public is given; never pass --public here.
start_ns=$(date +%s%N)
# shellcheck disable=SC2086  # java_opts is a list of words on purpose
nohup java -Xms32m -Xmx"$xmx" -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true $java_opts \
    -cp "$classpath" org.languagetool.server.HTTPServer --port "$port" \
    >"$logfile" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$pidfile"

deadline=$(( $(date +%s) + wait_s ))
while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$pidfile"
        tail -n 30 "$logfile" >&2 || true
        die "LanguageTool exited during start-up (log: $logfile)"
    fi
    if curl -fsS -m 2 "$url/v2/healthcheck" >/dev/null 2>&1; then
        break
    fi
    if (( $(date +%s) >= deadline )); then
        tail -n 30 "$logfile" >&2 || true
        stop_server
        die "LanguageTool did not answer $url/v2/healthcheck within ${wait_s}s (log: $logfile)"
    fi
    sleep 0.25
done
healthy_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

# Warm up: the first check loads English (5-20 s on a busy 2-core machine). Do it here so the
# first real request is not judged by notecheck's per-request timeout.
left=$(( deadline - $(date +%s) ))
(( left < 5 )) && left=5
if ! curl -fsS -m "$left" -o /dev/null --data-urlencode 'text=This is a warm-up sentence.' \
        -d language=en-US "$url/v2/check" 2>/dev/null; then
    tail -n 30 "$logfile" >&2 || true
    stop_server
    die "LanguageTool answered the health check but not the warm-up check within ${left}s (log: $logfile)"
fi
ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
log "LanguageTool ${version} up at $url (PID $pid, healthy after ${healthy_ms} ms, warm after ${ms} ms, -Xmx$xmx, log $logfile)"
printf '%s\n' "$url"
