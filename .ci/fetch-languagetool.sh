#!/usr/bin/env bash
# Fetch an English-only LanguageTool 6.8 HTTP server from Maven Central.
#
#   .ci/fetch-languagetool.sh [DIR]
#
# DIR defaults to ${NOTECHECK_LT_HOME:-$HOME/.cache/notecheck/LanguageTool-6.8}.
# The directory ends up holding flat jars (languagetool-server-6.8.jar,
# language-en-6.8.jar, their dependencies) and a .notecheck-complete marker;
# a rerun with the marker present does nothing (fast). Prints DIR on stdout.
#
# Env:
#   NOTECHECK_LT_HOME   target directory (see above)
#   NOTECHECK_MVN_ARGS  extra Maven arguments, e.g. "-Dmaven.repo.local=/cache/m2"
#   MVN                 Maven executable (default: mvn)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="6.8"
dest="${1:-${NOTECHECK_LT_HOME:-$HOME/.cache/notecheck/LanguageTool-${version}}}"
marker="$dest/.notecheck-complete"
mvn_bin="${MVN:-mvn}"

log() { printf 'fetch-languagetool: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [[ -f "$marker" && -f "$dest/languagetool-server-${version}.jar" && -f "$dest/language-en-${version}.jar" \
      && -f "$dest/language-es-${version}.jar" ]]; then
    log "LanguageTool ${version} already present in $dest"
    printf '%s\n' "$dest"
    exit 0
fi

if [[ -f "$dest/languagetool-server.jar" && -d "$dest/libs" ]]; then
    log "LanguageTool (standalone-zip layout) already present in $dest"
    printf '%s\n' "$dest"
    exit 0
fi
if [[ -d "$dest" && -n "$(ls -A "$dest" 2>/dev/null)" && ! -f "$marker" ]]; then
    die "$dest exists, is not empty and was not made by this script: refusing to replace it"
fi

command -v java >/dev/null 2>&1 || die "java not found; LanguageTool ${version} needs Java 17 or newer"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)"
java_major="${java_major#1.}"
if [[ -z "$java_major" || "$java_major" -lt 17 ]]; then
    die "Java ${java_major:-?} found; LanguageTool ${version} needs Java 17 or newer"
fi
command -v "$mvn_bin" >/dev/null 2>&1 || die "Maven ($mvn_bin) not found; install maven or set MVN"

parent="$(dirname "$dest")"
mkdir -p "$parent"
tmp="$(mktemp -d "$parent/.lt-fetch.XXXXXX")"
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT

log "resolving org.languagetool:languagetool-server:${version} (English only) from Maven Central"
start_s=$(date +%s)
# shellcheck disable=SC2086  # NOTECHECK_MVN_ARGS is a list of words on purpose
if ! "$mvn_bin" -B -q -f "$here/languagetool/pom.xml" \
        -Dlanguagetool.version="$version" -Dlt.outputDirectory="$tmp/jars" \
        ${NOTECHECK_MVN_ARGS:-} \
        dependency:copy-dependencies@copy-languagetool >"$tmp/mvn.log" 2>&1; then
    tail -n 40 "$tmp/mvn.log" >&2 || true
    die "Maven could not fetch LanguageTool ${version} (is Maven Central reachable?)"
fi

for jar in "languagetool-server-${version}.jar" "language-en-${version}.jar" "languagetool-core-${version}.jar" \
           "language-es-${version}.jar" "language-ca-${version}.jar" "language-pt-${version}.jar"; do
    [[ -f "$tmp/jars/$jar" ]] || die "expected $jar after the Maven run, not found"
done
if ls "$tmp/jars" | grep -q '^language-all-'; then
    die "language-all was not excluded (would be every language)"
fi

date -u +%Y-%m-%dT%H:%M:%SZ >"$tmp/jars/.notecheck-complete"
if [[ -d "$dest" ]]; then
    # Only an empty folder or an incomplete earlier fetch of ours (checked above) gets here.
    rm -rf "$dest"
fi
mv "$tmp/jars" "$dest"
elapsed=$(( $(date +%s) - start_s ))
size="$(du -sh "$dest" | cut -f1)"
log "LanguageTool ${version} in $dest ($size, $(ls "$dest"/*.jar | wc -l) jars, ${elapsed}s)"
printf '%s\n' "$dest"
