#!/usr/bin/env bash
# Packs the library and imports it, from ESM and from CJS, in a throwaway
# folder under the machine's own Node (20 on these machines): the published
# package must run there even though the toolchain is pinned to Node 24.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
node_bin=${SMOKE_NODE:-/usr/local/bin/node}
[ -x "$node_bin" ] || node_bin=$(PATH=$(echo "$PATH" | tr ':' '\n' | grep -v node_modules | paste -sd:) command -v node)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"
tarball=$(npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)
cd "$work"
echo '{"name":"smoke","private":true}' > package.json
npm install --silent --no-audit --no-fund "./$tarball" zod@^4 >/dev/null 2>&1
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
console.log('cjs ok');
JS
"$node_bin" esm.mjs
"$node_bin" cjs.cjs
"$node_bin" node_modules/arr-rules/dist/cli.js plan --start 2027-01-04 --employment employed --format json >/dev/null
echo "cli ok"
