#!/usr/bin/env bash
# Packs the project as `npm pack` / `npm publish` would from a clean checkout (no dist/ yet, so
# `prepack` must build it), checks that the tarball holds what package.json and the README
# promise, then installs it in a throwaway folder and uses it under the machine's own Node (20 on
# these machines: the published package must run there although the toolchain is pinned to 24):
# ESM, CJS, the CLI, and TypeScript with the old `moduleResolution: node` (node10).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
node_bin=${SMOKE_NODE:-/usr/local/bin/node}
[ -x "$node_bin" ] || node_bin=$(PATH=$(echo "$PATH" | tr ':' '\n' | grep -v node_modules | paste -sd:) command -v node)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A clean checkout of the working tree: the files git tracks or would track, no dist/.
mkdir "$work/checkout"
(cd "$here" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | xargs -0 cp --parents -t "$work/checkout")
ln -s "$here/node_modules" "$work/checkout/node_modules"
[ ! -e "$work/checkout/dist" ] || { echo "smoke-pack: the checkout copy already has dist/" >&2; exit 1; }
tarball=$(cd "$work/checkout" && npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)
echo "packed $tarball from a checkout without dist/"

listing=$(tar -tzf "$work/$tarball" | sed 's|^package/||')
expect() {
  grep -qxF "$1" <<<"$listing" || { echo "smoke-pack: the tarball lacks $1" >&2; exit 1; }
}
for f in package.json README.md LICENSE CHANGELOG.md \
  dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts \
  dist/schemas.js dist/schemas.cjs dist/schemas.d.ts dist/schemas.d.cts dist/cli.js \
  dist/openapi.json dist/json-schema/assess.json dist/json-schema/agenda.json; do
  expect "$f"
done
# Every docs page the README links to is shipped beside it.
for doc in $(grep -oE 'docs/[a-z0-9-]+\.md' "$here/README.md" | sort -u); do expect "$doc"; done
echo "tarball holds dist/, the types, the CLI, the license, the changelog and the README's docs"

cd "$work"
echo '{"name":"smoke","private":true}' > package.json
npm install --silent --no-audit --no-fund "./$tarball" zod@^4.6.7 >/dev/null 2>&1
echo "smoke test under $("$node_bin" --version) ($node_bin)"
cat > esm.mjs <<'JS'
import { assessEligibility, planStay, RULES } from 'arr-rules';
import { EligibilityInputSchema, errorMap } from 'arr-rules/schemas';
const r = assessEligibility({ referral: 'gp', employment: 'employed' });
if (r.verdict !== 'no') throw new Error('esm: verdict');
if (planStay({ start: '2027-01-04', employment: 'employed' }).end !== '2027-01-31') throw new Error('esm: plan');
if (EligibilityInputSchema.safeParse({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 }, { error: errorMap('en') }).success) throw new Error('esm: schema');
console.log(`esm ok: ${RULES.length} rules`);
JS
cat > cjs.cjs <<'JS'
const { assessEligibility, InvalidInputError } = require('arr-rules');
const { errorMap } = require('arr-rules/schemas');
if (assessEligibility({ referral: 'nav', employment: 'employed', offer: 'day', sickLeaveGrade: 50 }).verdict !== 'yes') throw new Error('cjs: verdict');
try { assessEligibility({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 }); throw new Error('cjs: no throw'); }
catch (e) { if (!(e instanceof InvalidInputError)) throw e; }
if (typeof errorMap('nb') !== 'function') throw new Error('cjs: errorMap');
if (require('arr-rules/json-schema/assess.json').properties.sickLeaveGrade.anyOf.length !== 2) throw new Error('cjs: json-schema');
if (require('arr-rules/openapi.json').openapi !== '3.1.0') throw new Error('cjs: openapi');
console.log('cjs ok');
JS
"$node_bin" esm.mjs
"$node_bin" cjs.cjs
"$node_bin" node_modules/arr-rules/dist/cli.js plan --start 2027-01-04 --employment employed --format json >/dev/null
echo "cli ok"

# TypeScript in an older service: moduleResolution node (node10) must find both entry points' types.
cat > consumer.ts <<'TS'
import { assessEligibility, type Verdict } from 'arr-rules';
import { EligibilityInputSchema, errorMap } from 'arr-rules/schemas';
const verdict: Verdict = assessEligibility({ referral: 'nav', employment: 'employed' }).verdict;
const parsed = EligibilityInputSchema.safeParse({ referral: 'nav' }, { error: errorMap('nb') });
export { parsed, verdict };
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "commonjs", "moduleResolution": "node", "ignoreDeprecations": "6.0", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["consumer.ts"] }
JSON
"$here/node_modules/.bin/tsc" -p tsconfig.json
echo "typescript (moduleResolution node10) ok"

# A service that only calls the functions needs no zod: zod is an optional peer, loaded by arr-rules/schemas alone.
# And the package has no run-time dependency of its own.
mkdir "$work/bare"
cd "$work/bare"
echo '{"name":"smoke-bare","private":true}' > package.json
npm install --silent --no-audit --no-fund "../$tarball" >/dev/null 2>&1
[ ! -e node_modules/zod ] || { echo "smoke-pack: zod was installed though nobody asked for it" >&2; exit 1; }
# Nor does the package install anything else: the command line carries the date-fns parts it uses.
[ ! -e node_modules/date-fns ] || { echo "smoke-pack: date-fns was installed, but nothing published imports it" >&2; exit 1; }
cat > bare.mjs <<'JS'
import { assessEligibility, InvalidInputError, planStay, planToICalendar } from 'arr-rules';
if (assessEligibility({ referral: 'gp', employment: 'employed' }).verdict !== 'no') throw new Error('bare esm: verdict');
const ics = planToICalendar(JSON.parse(JSON.stringify(planStay({ start: '2027-01-04', employment: 'employed' }))), '2026-11-22T12:00:00Z');
if (!ics.startsWith('BEGIN:VCALENDAR')) throw new Error('bare esm: ics');
try { planStay({ start: '2027-01-09', employment: 'employed', weeks: 5 }, { locale: 'en' }); throw new Error('bare esm: no throw'); }
catch (e) { if (!(e instanceof InvalidInputError) || e.issues.length !== 2) throw e; }
console.log('esm without zod ok');
JS
cat > bare.cjs <<'JS'
const { followUpStatus, InvalidInputError } = require('arr-rules');
try { followUpStatus({ returnHome: '2027-01-29', held: ['2027-02-30'], asOf: '2027-06-01' }); throw new Error('bare cjs: no throw'); }
catch (e) { if (!(e instanceof InvalidInputError) || e.issues[0].path !== 'held.0') throw e; }
console.log('cjs without zod ok');
JS
"$node_bin" bare.mjs
"$node_bin" bare.cjs
status=0
out=$(printf '%s\n' '{"referral":"nav","employment":"employed"}' '{"referral":"nav","employment":"employed","sickLeaveGrade":15}' |
  "$node_bin" node_modules/arr-rules/dist/cli.js batch - 2>/dev/null) || status=$?
# Exit 1 (a line was invalid), the valid line answered and the invalid one named by its issue.
[ "$status" = 1 ] && grep -q '"verdict"' <<<"$out" && grep -q '"sickLeaveGrade"' <<<"$out" ||
  { echo "smoke-pack: batch without zod: exit $status" >&2; exit 1; }
echo "cli without zod ok"
