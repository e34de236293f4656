/**
 * Renders the rule catalogue as Markdown. Shared by `npm run docs` (which
 * writes docs/rules.md) and the test that fails when that file is stale.
 * @param {readonly { id: string; title: { nb: string; en: string }; description: { nb: string; en: string }; sources: readonly { source: string; section: string }[]; implementedBy: string }[]} rules
 * @param {string} version
 */
export function renderCatalogue(rules, version) {
  const lines = [
    '# Rule catalogue',
    '',
    `Generated from \`RULES\` by \`npm run docs\`; do not edit by hand. Rules version ${version}, ${rules.length} rules.`,
    "Each rule cites its source by section heading: `nav-arr` is NAV's description of ARR, `rnnk-arr-dogn` RNNK's residential offer.",
    '',
    '| id | title | implemented by | sources |',
    '| --- | --- | --- | --- |',
    ...rules.map(
      (r) =>
        `| \`${r.id}\` | ${r.title.en} / ${r.title.nb} | \`${r.implementedBy}\` | ${r.sources.map((s) => `${s.source} «${s.section}»`).join('; ')} |`,
    ),
    '',
  ];
  for (const r of rules) {
    lines.push(`## \`${r.id}\``, '', `**${r.title.en}** — ${r.description.en}`, '', `**${r.title.nb}** — ${r.description.nb}`, '');
    lines.push(`Implemented by \`${r.implementedBy}\`. Sources: ${r.sources.map((s) => `${s.source} «${s.section}»`).join('; ')}.`, '');
  }
  return lines.join('\n');
}
