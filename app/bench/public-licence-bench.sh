#!/usr/bin/env bash
# Benchmarks GET /api/public/licences/{number} against a constant-response endpoint of the same server,
# measured alternately in the same run (the issue's goal: >= 70 % of the baseline's requests/s, p99 < 50 ms,
# with 100,000 licences in the register). A second instance of the same jar on the same database runs as before
# the per-address verification limit and the no-store filter (clearchain.bench.without-request-guards): the same
# endpoint is measured on both, alternating, and the guarded one must keep >= 95 % of the other's requests/s.
#
#   app/bench/public-licence-bench.sh                        # the documented run: 2 rounds of 30 s each
#   BENCH_DURATION=5s BENCH_WARMUP=3s BENCH_ROUNDS=1 app/bench/public-licence-bench.sh   # a quick look
#
# Other settings: BENCH_PORT (18080; the instance without the guards takes the next port), BENCH_DB (clearchain_bench), BENCH_DB_HOST/PORT/USER/PASSWORD,
# BENCH_WARMUP_ROUNDS (3), BENCH_LICENCES (100000), BENCH_AGENCIES (1000), BENCH_THREADS (2), BENCH_CONNECTIONS (64),
# BENCH_APP_LOG (kept when set; a temporary file otherwise) and JAVA_OPTS for the application's JVM.
#
# Needs: java 17+, a MariaDB/MySQL server (default 127.0.0.1:3306, root, empty password) and wrk (the Debian
# package; installed here when run as root). The database BENCH_DB is dropped and recreated on every run.
# Exit status: 0 when every figure passes, 1 when one fails, 2 on a harness error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
jar="$repo/app/target/clearchain.jar"

port="${BENCH_PORT:-18080}"
db_host="${BENCH_DB_HOST:-127.0.0.1}"
db_port="${BENCH_DB_PORT:-3306}"
db_user="${BENCH_DB_USER:-root}"
db_password="${BENCH_DB_PASSWORD:-}"
db="${BENCH_DB:-clearchain_bench}"
licences="${BENCH_LICENCES:-100000}"
agencies="${BENCH_AGENCIES:-1000}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-64}"
duration="${BENCH_DURATION:-30s}"
warmup="${BENCH_WARMUP:-10s}"
warmup_rounds="${BENCH_WARMUP_ROUNDS:-3}"
rounds="${BENCH_ROUNDS:-2}"
year="$(date -u +%Y)"
work="$(mktemp -d -t clearchain-bench.XXXXXX)"
app_pid=""
before_pid=""

die() { echo "public-licence-bench: $*" >&2; exit 2; }

cleanup() {
    for pid in "$app_pid" "$before_pid"; do
        if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    sql_admin "DROP DATABASE IF EXISTS \`$db\`" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 2' INT TERM

sql_admin() { MYSQL_PWD="$db_password" mysql -h "$db_host" -P "$db_port" -u "$db_user" -N -B -e "$1"; }
sql() { MYSQL_PWD="$db_password" mysql -h "$db_host" -P "$db_port" -u "$db_user" -N -B "$db"; }

# --- tools -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        echo "Installing wrk (Debian package)..."
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else
        die "wrk is not installed: run 'sudo apt-get install wrk' (Debian/Ubuntu) and try again"
    fi
fi
command -v mysql >/dev/null || die "the mysql/mariadb command-line client is needed to seed the database"
command -v java >/dev/null || die "java 17+ is needed"
command -v curl >/dev/null || die "curl is needed"

if [[ ! -f "$jar" ]]; then
    echo "Building $jar..."
    (cd "$repo" && mvn -B -q install -DskipTests)
fi

# --- database and application -------------------------------------------------------------------------
sql_admin "SELECT 1" >/dev/null || die "cannot reach the database at $db_host:$db_port as $db_user"
sql_admin "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
before_port=$((port + 1))
for p in "$port" "$before_port"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        die "port $p is in use: set BENCH_PORT to a free one (the next port is used too)"
    fi
done

app_log="${BENCH_APP_LOG:-$work/app.log}"
before_log="${app_log%.log}-without-guards.log"
# start_app <port> <log> [VAR=value...]: sets started_pid
start_app() {
    local on="$1" log="$2"
    shift 2
    # wrk speaks from one address: the per-address verification limit is raised (still counted) so that it
    # measures the endpoint, not the limit's 429s
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options on purpose
    env DATASOURCES_DEFAULT_URL="jdbc:mysql://$db_host:$db_port/$db" \
        DATASOURCES_DEFAULT_USERNAME="$db_user" \
        DATASOURCES_DEFAULT_PASSWORD="$db_password" \
        PORT="$on" \
        CLEARCHAIN_BENCH_ENABLED=true \
        CLEARCHAIN_LIMITS_VERIFICATIONS_PER_ADDRESS_CAPACITY=1000000000 \
        CLEARCHAIN_JWT_SECRET="${CLEARCHAIN_JWT_SECRET:-bench-only-secret-not-for-production-use-0123456789}" \
        "$@" java ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
    started_pid=$!
}
# wait_healthy <pid> <port> <log>
wait_healthy() {
    local pid="$1" url="http://127.0.0.1:$2/health" log="$3"
    for _ in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || { tail -50 "$log" >&2; die "the application exited during start-up"; }
        curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
        sleep 1
    done
    tail -50 "$log" >&2
    die "the application is not healthy after 120 s"
}
echo "Starting the application on port $port (log: $app_log)..."
start_app "$port" "$app_log"
app_pid="$started_pid"
wait_healthy "$app_pid" "$port" "$app_log"
# after the first has migrated the database: the same jar as before the verification limit and the no-store filter
echo "Starting it again without the limit and the no-store filter on port $before_port (log: $before_log)..."
start_app "$before_port" "$before_log" CLEARCHAIN_BENCH_WITHOUT_REQUEST_GUARDS=true
before_pid="$started_pid"
wait_healthy "$before_pid" "$before_port" "$before_log"
base="http://127.0.0.1:$port"
before_base="http://127.0.0.1:$before_port"

# --- data: one authority, $agencies agencies, $licences licences, in a handful of set-based statements ---
echo "Seeding $agencies agencies and $licences licences for $year..."
seed_start=$SECONDS
(sql <<SQL
CREATE TEMPORARY TABLE digit (d INT NOT NULL PRIMARY KEY);
INSERT INTO digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
CREATE TABLE bench_number (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_number
SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d
FROM digit a, digit b, digit c, digit e, digit f, digit g
WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d < GREATEST($licences, $agencies);

INSERT INTO organisation (name, kind, country, created_at)
VALUES ('Bench Licensing Authority', 'LICENSING_AUTHORITY', 'PH', UTC_TIMESTAMP(6));
SET @authority = LAST_INSERT_ID();

INSERT INTO agency (authority_id, legal_name, registration_number, country, address, sectors, corridors,
                    created_at, updated_at)
SELECT @authority, CONCAT('Bench Recruitment Agency ', n), CONCAT('REG-', LPAD(n, 6, '0')),
       ELT(1 + n % 4, 'PH', 'NP', 'BD', 'ID'), CONCAT(n, ' Bench Street'), '["C10"]', '[]',
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM bench_number WHERE n <= $agencies;
SET @first_agency = (SELECT MIN(id) FROM agency);

-- Mostly ACTIVE and valid, with some of every other answer the public can get.
INSERT INTO licence (number, agency_id, authority_id, scope, valid_from, valid_until, conditions, status,
                     created_at, updated_at)
SELECT CONCAT('CC-$year-', LPAD(n, 6, '0')), @first_agency + (n - 1) % $agencies, @authority,
       'Recruitment and placement of workers abroad',
       CURDATE() - INTERVAL (n % 700) DAY,
       CASE WHEN n % 20 = 7 THEN CURDATE() - INTERVAL 1 DAY ELSE CURDATE() + INTERVAL (365 + n % 700) DAY END,
       NULL,
       CASE n % 20 WHEN 1 THEN 'PENDING' WHEN 2 THEN 'SUSPENDED' WHEN 3 THEN 'REVOKED' WHEN 4 THEN 'SURRENDERED'
                   WHEN 5 THEN 'EXPIRED' WHEN 6 THEN 'REJECTED' ELSE 'ACTIVE' END,
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM bench_number WHERE n <= $licences;

INSERT INTO licence_number_sequence (year, last_value) VALUES ($year, $licences)
ON DUPLICATE KEY UPDATE last_value = VALUES(last_value);
DROP TABLE bench_number;
ANALYZE TABLE organisation, agency, licence;
SQL
) >/dev/null
seeded="$(echo "SELECT COUNT(*) FROM licence" | sql)"
[[ "$seeded" == "$licences" ]] || die "seeded $seeded licences, expected $licences"
echo "Seeded $seeded licences in $((SECONDS - seed_start)) s."

sample="CC-$year-$(printf '%06d' "$licences")"
curl -fsS "$base/api/public/licences/$sample" >/dev/null || die "GET /api/public/licences/$sample failed"
curl -fsS "$before_base/api/public/licences/$sample" >/dev/null || die "GET /api/public/licences/$sample failed without the guards"
# the two instances must really differ: a request with credentials (a bad token: its 401 will do) gets no-store
# from the guarded one only
curl -sS -D - -o /dev/null -H "Authorization: Bearer x" "$base/api/public/bench/constant" | grep -qi '^cache-control: no-store' \
    || die "the guarded instance does not answer a credentialed request with no-store"
if curl -sS -D - -o /dev/null -H "Authorization: Bearer x" "$before_base/api/public/bench/constant" | grep -qi '^cache-control: no-store'; then
    die "the instance without the guards still sets no-store: is clearchain.bench.without-request-guards bound?"
fi
curl -fsS "$base/api/public/bench/constant" >/dev/null \
    || die "GET /api/public/bench/constant failed: is clearchain.bench.enabled bound from CLEARCHAIN_BENCH_ENABLED?"

# --- measurement --------------------------------------------------------------------------------------
export BENCH_YEAR="$year" BENCH_LICENCES="$licences"
# Both runs go through the same Lua script, so the client spends the same effort per request on either.
measure_constant() { BENCH_PATH_PREFIX="/api/public/bench/constant?number=" run constant "$@" -s "$here/random-licence.lua" "$base"; }
measure_licence() { BENCH_PATH_PREFIX="/api/public/licences/" run licence "$@" -s "$here/random-licence.lua" "$base"; }
measure_before() { BENCH_PATH_PREFIX="/api/public/licences/" run unguarded "$@" -s "$here/random-licence.lua" "$before_base"; }

# run <label> <duration> <out> <wrk args...>
run() {
    local label="$1" length="$2" out="$3"
    shift 3
    wrk -t"$threads" -c"$connections" -d"$length" --latency "$@" >"$out"
    printf '  %-9s %s req/s, p99 %s ms, %s non-2xx of %s\n' "$label" "$(rps "$out")" "$(p99_ms "$out")" \
        "$(non2xx "$out")" "$(requests "$out")"
}
rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
requests() { awk '/ requests in / { print $1 }' "$1"; }
non2xx() { awk '/Non-2xx or 3xx responses:/ { n = $NF } END { print n + 0 }' "$1"; }
# wrk prints latencies as 812.00us, 12.34ms or 1.20s; the percentile table is what --latency adds.
p99_ms() {
    awk '$1 == "99%" {
        v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
        if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000
        printf "%.2f", v
    }' "$1"
}

# in turns, so that no instance is measured while it still compiles: on a busy machine one turn is not enough
echo "Warming up ($warmup each, $warmup_rounds turns)..."
for w in $(seq 1 "$warmup_rounds"); do
    measure_constant "$warmup" "$work/warm-constant-$w.txt"
    measure_licence "$warmup" "$work/warm-licence-$w.txt"
    measure_before "$warmup" "$work/warm-unguarded-$w.txt"
done

echo "Measuring: $rounds round(s) of $duration per endpoint, wrk -t$threads -c$connections, alternating..."
for r in $(seq 1 "$rounds"); do
    measure_constant "$duration" "$work/constant-$r.txt"
    # the guarded and unguarded instances take turns going first, so a drift of the machine's load favours neither
    if (( r % 2 )); then
        measure_licence "$duration" "$work/licence-$r.txt"
        measure_before "$duration" "$work/unguarded-$r.txt"
    else
        measure_before "$duration" "$work/unguarded-$r.txt"
        measure_licence "$duration" "$work/licence-$r.txt"
    fi
done

mean() { # mean <function> <endpoint>
    local f="$1" endpoint="$2"
    for r in $(seq 1 "$rounds"); do "$f" "$work/$endpoint-$r.txt"; echo; done \
        | awk 'NF { s += $1; n++ } END { printf "%.2f", s / n }'
}
const_rps="$(mean rps constant)"
lic_rps="$(mean rps licence)"
const_p99="$(mean p99_ms constant)"
lic_p99="$(mean p99_ms licence)"
before_rps="$(mean rps unguarded)"
before_p99="$(mean p99_ms unguarded)"
lic_total="$(for r in $(seq 1 "$rounds"); do requests "$work/licence-$r.txt"; done | awk '{ s += $1 } END { print s }')"
lic_non2xx="$(for r in $(seq 1 "$rounds"); do non2xx "$work/licence-$r.txt"; done | awk '{ s += $1 } END { print s }')"

status=0
bench() { # bench <name> <value> <unit> <baseline> <goal-op> <goal> <pass-expression over v, b, ratio>
    local name="$1" v="$2" unit="$3" b="$4" op="$5" goal="$6" test="$7"
    awk -v name="$name" -v v="$v" -v unit="$unit" -v b="$b" -v op="$op" -v goal="$goal" '
        BEGIN {
            ratio = b > 0 ? v / b : 0
            pass = ('"$test"')
            printf "BENCH %s value=%s unit=%s baseline=%s ratio=%.3f goal=%s%s %s\n", name, v, unit, b, ratio, op, goal, pass ? "PASS" : "FAIL"
            exit pass ? 0 : 1
        }' || status=1
}
echo
bench public-licence-rps "$lic_rps" req/s "$const_rps" ">=" "0.70" "ratio >= 0.70"
bench public-licence-p99 "$lic_p99" ms "$const_p99" "<" "50ms" "v < 50"
ok_pct="$(awk -v t="$lic_total" -v n="$lic_non2xx" 'BEGIN { printf "%.3f", (t > 0 ? 100 * (t - n) / t : 0) }')"
bench public-licence-ok "$ok_pct" % "100" ">=" "99%" "v >= 99"
echo "INFO without the verification limit and the no-store filter: $before_rps req/s, p99 $before_p99 ms (mean of $rounds rounds)"
# each round's pair was measured back to back, under the same load of the machine: their ratios, and the median
pairs="$(for r in $(seq 1 "$rounds"); do
    awk -v a="$(rps "$work/licence-$r.txt")" -v b="$(rps "$work/unguarded-$r.txt")" 'BEGIN { printf "%.3f\n", a / b }'
done)"
echo "INFO guarded/unguarded per round: $(echo $pairs), median $(echo "$pairs" | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
bench public-licence-rps-vs-unguarded "$lic_rps" req/s "$before_rps" ">=" "0.95" "ratio >= 0.95"
exit "$status"
