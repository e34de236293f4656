// Writes docs/rules.md from the built library's RULES (run `npm run docs`).
import { writeFileSync } from 'node:fs';
import { RULES, RULES_VERSION } from '../dist/index.js';
import { renderCatalogue } from './render-catalogue.mjs';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderCatalogue(RULES, RULES_VERSION));
console.log(`docs/rules.md: ${RULES.length} rules`);
