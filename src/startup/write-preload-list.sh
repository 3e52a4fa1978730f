#!/usr/bin/env bash
# Writes src/main/resources/META-INF/preload-classes.txt: the classes of the packaged application (its jars,
# not the JDK's) that one start loads up to its first screening, in the order it loads them. The service
# loads them on a thread of its own at start (startup.ClassPreload), beside Quarkus' own start.
# Rerun after a dependency or Quarkus upgrade (CI fails when too many listed classes are gone):
#   ./mvnw -B package -DskipTests && src/startup/write-preload-list.sh && ./mvnw -B package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/META-INF/preload-classes.txt
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "no $jar: package the project first"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
java -Xlog:class+load:file="$work/classes.log":none -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
  -jar "$jar" > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @load/valid-eligible.json "http://127.0.0.1:$port/v1/screenings" || true)
  [ "$code" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { echo "the service exited: $(tail -3 "$work/service.log")"; exit 1; }
  sleep 0.05
done
kill "$pid"; wait "$pid" 2>/dev/null || true
[ "$code" = 200 ] || { echo "no first 200 within 30 s"; exit 1; }
{
  echo "# Classes one start loads up to its first screening, in load order; loaded early by startup.ClassPreload."
  echo "# Written by src/startup/write-preload-list.sh from the packaged jar; do not edit. A class listed here that"
  echo "# no longer exists is skipped (and counted in the start's log); one missing here is loaded as usual."
  # Only classes from the application's own jars (the JDK's come from its shared archive); no hidden classes.
  sed -n 's/^\([^ ]*\) source: .*quarkus-app\/.*/\1/p' "$work/classes.log" | grep -v -e '/' -e '\$\$Lambda' | awk '!seen[$0]++'
} > "$out"
echo "$(grep -vc '^#' "$out") classes written to $out"
