#!/usr/bin/env bash
# Interoperability check of the standalone jar with boto3 and the AWS CLI (see README.md in this module).
# Needs the jar built first (mvn -B verify, or mvn -B -pl standalone -am package -DskipTests).
# Prints "SKIP: ..." and exits 0 when python3 with boto3, or the aws CLI, is missing.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/.." && pwd)
jar="$module/target/wsmock-standalone.jar"
seed="$module/demo-seed.json"

if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import boto3' >/dev/null 2>&1; then
  echo "SKIP: python3 with boto3 is not installed"
  exit 0
fi
if ! command -v aws >/dev/null 2>&1; then
  echo "SKIP: the AWS CLI (aws) is not installed"
  exit 0
fi
if [ ! -f "$jar" ]; then
  echo "FAIL: $jar does not exist; build it first: mvn -B -pl standalone -am package -DskipTests"
  exit 1
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT

# start_server SEED LOG [OPTION...]: starts the jar on a free port and sets $endpoint from its ready line.
start_server() {
  local seed_file=$1 log=$2
  shift 2
  : >"$log"
  java -jar "$jar" --port 0 --seed "$seed_file" "$@" >"$log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  endpoint=""
  for _ in $(seq 1 600); do
    endpoint=$(sed -n 's|^wsmock listening on \(http://[^ ]*\)$|\1|p' "$log")
    if [ -n "$endpoint" ]; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  echo "FAIL: the server did not print its ready line; its output:"
  cat "$log"
  return 1
}

stop_server() {
  local pid=${pids[-1]}
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  pids=("${pids[@]:0:${#pids[@]}-1}")
}

# with_server LABEL SEED "PHASE..." [OPTION...]: the jar started on SEED with OPTIONs, each PHASE run, the server stopped.
with_server() {
  local label=$1 seed_file=$2 phases=$3
  shift 3
  if start_server "$seed_file" "$work/server-$label.log" "$@"; then
    echo "$label: $endpoint (${*:-no options})"
    for name in $phases; do
      phase "$name"
    done
    stop_server
  else
    echo "FAIL: start the server for $label" | tee -a "$results"
  fi
}

results="$work/results"
: >"$results"
phase() {
  python3 "$here/interop.py" "$1" "$endpoint" "$work/exported-state.json" | tee -a "$results"
  local status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ] && ! grep -q '^FAIL: ' "$results"; then
    echo "FAIL: interop.py $1 exited $status" | tee -a "$results"
  fi
}

if start_server "$seed" "$work/server1.log"; then
  echo "server: $endpoint (seed $seed)"
  phase live
  stop_server
  if [ -f "$work/exported-state.json" ] && start_server "$work/exported-state.json" "$work/server2.log"; then
    echo "restarted: $endpoint (seed: the exported state)"
    phase restarted
  else
    echo "FAIL: restart from the exported state" | tee -a "$results"
  fi
else
  echo "FAIL: start the server" >>"$results"
fi

# Strict auth: signatures made by boto3 and the CLI with the seeded secret pass, others are refused.
cat >"$work/strict-seed.json" <<'JSON'
{"Accounts": [{"AccountId": "111111111111", "AccessKeyIds": ["AKIAOWNEREXAMPLE0001"]}],
 "SecretAccessKeys": {"AKIAOWNEREXAMPLE0001": "owner-secret"},
 "Images": [{"ImageId": "wsi-strict0001", "OwnerAccountId": "111111111111", "Region": "us-east-1"}]}
JSON
with_server strict "$work/strict-seed.json" strict --strict-auth

# The golden-image update flow: an outdated image shared with the recipient and launched by a bundle.
cat >"$work/updates-seed.json" <<'JSON'
{"Accounts": [{"AccountId": "111111111111", "AccessKeyIds": ["AKIAOWNEREXAMPLE0001"]},
              {"AccountId": "222222222222", "AccessKeyIds": ["AKIARECIPIENT0000002"]}],
 "Images": [{"ImageId": "wsi-outdated01", "OwnerAccountId": "111111111111", "Region": "us-east-1",
             "Name": "golden-win10", "SharedAccountIds": ["222222222222"],
             "Updates": {"UpdateAvailable": true, "Description": "WorkSpaces agent and driver updates"}},
            {"ImageId": "wsi-current001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
             "Name": "golden-win11"}],
 "Bundles": [{"BundleId": "wsb-golden0001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
              "Name": "golden-bundle", "ImageId": "wsi-outdated01"}]}
JSON
with_server updates "$work/updates-seed.json" updates --image-ready-after 0

# Custom image imports and directories, polled in real time: 333333333333 is not enabled for BYOL, so its imports
# end in ERROR.
cat >"$work/imports-seed.json" <<'JSON'
{"Accounts": [{"AccountId": "111111111111", "AccessKeyIds": ["AKIAOWNEREXAMPLE0001"]},
              {"AccountId": "333333333333", "ByolEnabled": false}]}
JSON
with_server imports "$work/imports-seed.json" "imports directories" --image-ready-after 2s

passed=$(grep -c '^PASS: ' "$results")
failed=$(grep -c '^FAIL: ' "$results")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
