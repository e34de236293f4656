#!/usr/bin/env bash
# A one-off hunt for flaky properties (not part of CI): runs every test file that holds a
# property under N different seeds (default 20) and lists each seed that failed, with the
# command that replays it. Usage: npm run build && bash scripts/seeds.sh [N]
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
runs=${1:-20}
files=$(grep -rlE 'test\.prop|fc\.assert' test --include='*.test.ts' | sort)
failed=0
for i in $(seq 1 "$runs"); do
  seed=$(( (i * 2654435761) % 2147483647 ))
  if FC_SEED=$seed vitest run $files >"/tmp/arr-seed-$seed.log" 2>&1; then
    echo "seed $seed: pass"
  else
    echo "seed $seed: FAIL  (replay: FC_SEED=$seed npx vitest run $files; log /tmp/arr-seed-$seed.log)"
    failed=$((failed + 1))
  fi
done
echo "$failed of $runs seeds failed"
[ "$failed" -eq 0 ]
