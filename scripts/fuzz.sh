#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for a while each (default 60 s), on the nightly
# toolchain, installing cargo-fuzz first if it is missing.
#
#   scripts/fuzz.sh            # 60 s per target
#   scripts/fuzz.sh 20         # 20 s per target
#   scripts/fuzz.sh 300 import # only the named targets
#
# A crash stops the run: its input is saved under fuzz/artifacts/<target>/, and
# `cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>` replays it. Each target's
# logic is a plain function of a stable test file (see fuzz/Cargo.toml), so a crash can also
# be turned into an ordinary test there. Corpora grow under fuzz/corpus/ (not committed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${1:-60}
shift || true
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: $0 [seconds-per-target] [target...]" >&2
  exit 2
fi

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "==> Installing the nightly toolchain (cargo-fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> Installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

echo "==> Building ${#targets[@]} fuzz target(s)"
cargo +nightly fuzz build

# Seeds: a few realistic inputs per target, so that a short run starts from real answers and
# real spreadsheets instead of empty bytes. Answer targets read byte 0 as the route and byte 1
# as the status (see the test files), so the seeds start with those two bytes.
seed() { # target name bytes (printf %b escapes)
  mkdir -p "fuzz/corpus/$1"
  [ -e "fuzz/corpus/$1/seed-$2" ] || printf '%b' "$3" >"fuzz/corpus/$1/seed-$2"
}
mkdir -p fuzz/corpus/import
for fixture in crates/callboard/tests/fixtures/csv/*; do
  cp -n "$fixture" "fuzz/corpus/import/seed-$(basename "$fixture")"
done
seed awaz_answers agents '\x00\x00{"items":[{"id":"a1","name":"Agent"},{"name":"no id"}]}'
seed awaz_answers phones '\x01\x00[{"id":"p1","number":"+11111111111"}]'
seed awaz_answers lists '\x02\x00{"items":[{"id":"l1","name":"List","size":3}]}'
seed awaz_answers hooks '\x03\x00{"items":[{"hookUrl":"https://example.com/h","agents":[],"status":["completed"]}]}'
seed awaz_answers calls '\x04\x00{"items":[{"id":"c1","status":"pickup","contact":{"id":"k1","name":"Ann","phone":"+1","email":null},"extracted_variables":{"budget":1200}}]}'
seed awaz_answers call '\x05\x00{"id":"c1","status":"scheduled"}'
seed awaz_answers contact '\x06\x00{"id":"k1","name":"Ann","phone":"+11111111111","email":"ann@example.com"}'
seed awaz_answers top-up '\x07\x00{"company":{"id":"w1","email":"w@example.com"},"credits":130,"minutes":5}'
seed awaz_answers deleted '\x09\x00{"deleted":2}'
seed awaz_answers refused '\x07\x03{"message":"no such workspace"}'
seed awaz_answers gateway '\x0a\x09<html>Bad gateway</html>'
seed awaz_lenient garbage '\x01\x00{"id":1}\n{"id":"x","name":7}\nnull\n"text"\n[1,2]\n{"items":[]}'
seed getvocal_answers api-keys '\x00\x00[{"uuid_id":"key-1","name":"n","dt_created":"2025-01-01","dt_revoked":null}]'
seed getvocal_answers new-key '\x01\x01{"secret":"s","name":"n","key_id":"k"}'
seed getvocal_answers revoked '\x02\x00{"uuid_id":"key-1"}'
seed getvocal_answers triggered '\x03\x00{"id":"c1","call_status":"in_queue","lead_id":"lead-1"}'
seed getvocal_answers deleted '\x04\x00{"lead_id":"lead-1","number_of_calls_deleted":2}'
seed getvocal_answers leads '\x05\x01[{"id":"l1","name":"Ann","phone_number":"+33612345678","status":"CREATED"}]'
seed getvocal_answers personas '\x06\x00[{"id":"p1","name":"Persona","type":"outbound"}]'
seed getvocal_answers login '\x07\x00{"access_token":"a","refresh_token":"r","user_id":7}'
seed getvocal_answers validation '\x05\x08{"detail":[{"type":"missing","loc":["body","items",0,"phone_number"],"msg":"Field required"}]}'
seed getvocal_answers queued '\x03\x03{"message":"Call not triggered for lead_id X : already a call in queue for this lead","name":"BadRequest","status_code":400,"solution":"Try again."}'
seed getvocal_answers unauthenticated '\x06\x04{"detail":"Not authenticated"}'
seed getvocal_session renewed 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjkwMCwiaWF0IjowfQ.c2ln\nrefresh\n\x00\n{"access_token":"eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjkwMCwiaWF0IjowfQ.c2ln","refresh_token":"r2"}\n[{"id":"p1"}]'
seed getvocal_session refused 'access\nrefresh\n\x04\n{"detail":"expired"}\n[]'

for target in "${targets[@]}"; do
  echo "==> Fuzzing $target for ${seconds}s"
  mkdir -p "fuzz/corpus/$target"
  status=0
  cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -print_final_stats=1 \
    >"fuzz/last-run-$target.log" 2>&1 || status=$?
  grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+[[:space:]]+(INITED|DONE)|==[0-9]+==|SUMMARY|thread .* panicked|Test unit written)' \
    "fuzz/last-run-$target.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "fuzz/last-run-$target.log" >&2
    echo "!!> $target crashed (exit $status); see fuzz/last-run-$target.log and fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
echo "==> All ${#targets[@]} fuzz target(s) ran ${seconds}s without a crash"
