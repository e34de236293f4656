// Build step after tsup: the command line (dist/cli.js and the chunks it loads) carries its own copy of zod and
// date-fns, so that a command loads one file per part instead of each package's many modules. Their licences ask
// that their notices travel with the code; this writes them to dist/THIRD-PARTY-LICENSES.txt.
import { readFileSync, writeFileSync } from 'node:fs';

const bundled = [
  ['zod', 'LICENSE'],
  ['date-fns', 'LICENSE.md'],
];
const parts = bundled.map(([name, file]) => {
  const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  return `${name} ${version} (${license})\n\n${readFileSync(`node_modules/${name}/${file}`, 'utf8').trim()}\n`;
});
writeFileSync(
  'dist/THIRD-PARTY-LICENSES.txt',
  `The arr-rules command line (dist/cli.js and the chunks it loads) includes code from these packages.\n\n${parts.join('\n---\n\n')}`,
);
