// The synthetic campaigns of `npm run bench`: n units, each with the whole life cycle (18 files). With
// `warnings`, as the bench uses it, about 3% of the files carry a warning (a measure's percent lower than
// the month before), so the bench also pays for the positions of the files that have findings; without,
// the campaign has no findings (the 100-unit bulletin test reads that one).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const sound = join(root, 'test', 'fixtures', 'sound-campaign');

/** A deterministic campaign of `n` units, each with the whole life cycle (18 files), cached in the temp folder. */
export function campaign(n, { warnings = false } = {}) {
  const dir = join(tmpdir(), warnings ? 'ebz-bench-v4' : 'ebz-bench-v3', String(n));
  if (existsSync(join(dir, 'done'))) return dir;
  const read = (rel) => readFileSync(join(sound, rel), 'utf8');
  const campaignYaml = read('campaign.yaml').replace('last: 2022-05', 'last: 2022-12');
  mkdirSync(join(dir, 'units'), { recursive: true });
  writeFileSync(join(dir, 'campaign.yaml'), campaignYaml);
  // The annual review without its new measure (every measure is done by the end of 2022), but with next
  // year's exchanges planned: a yearly update that sets something, so the campaign has no findings.
  const annual = read('units/fgw/annual/2022.yaml').replace(/^new_measures:[\s\S]*?(?=^achievements:)/m, 'exchanges_planned:\n  - { type: cadre-secondment, planned: 4 }\n');
  for (let i = 0; i < n; i++) {
    const id = `u${String(i).padStart(5, '0')}`;
    const unitDir = join(dir, 'units', id);
    mkdirSync(join(unitDir, 'progress'), { recursive: true });
    mkdirSync(join(unitDir, 'annual'), { recursive: true });
    const own = (text) => text.replace(/^unit: fgw$/m, `unit: ${id}`).replace(/^id: fgw$/m, `id: ${id}`);
    for (const file of ['unit.yaml', 'benchmark.yaml', 'research.yaml', 'plan.yaml']) writeFileSync(join(unitDir, file), own(read(`units/fgw/${file}`)));
    for (let m = 3; m <= 12; m++) {
      const month = `2022-${String(m).padStart(2, '0')}`;
      const submitted = m === 12 ? '2023-01-03' : `2022-${String(m + 1).padStart(2, '0')}-0${1 + ((i + m) % 5)}`;
      // m1 (due 04-30) is done in April; m2 (due 10-31) rises each month and is done in October.
      const measures = [];
      if (m <= 4) measures.push(m === 4 ? '  - { id: m1, status: done, percent: 100 }' : '  - { id: m1, status: in-progress, percent: 40, note: 已收集项目 20 个。 }');
      // Half the units report m2 lower once (June or September) than the month before: percent-regressed.
      const regressed = warnings && ((i % 4 === 0 && m === 6) || (i % 4 === 2 && m === 9));
      if (m <= 10) measures.push(m === 10 ? '  - { id: m2, status: done, percent: 100 }' : `  - { id: m2, status: in-progress, percent: ${regressed ? 5 : (m - 2) * 10 + (i % 5)} }`);
      const lines = [`unit: ${id}`, `period: ${month}`, `submitted: ${submitted}`, measures.length ? 'measures:' : 'measures: []', ...measures];
      lines.push('indicators:', `  - { id: invest-growth, value: ${(8 + m * 0.3).toFixed(1)} }`, `  - { id: approval-days, value: ${60 - m * 2} }`);
      if (m % 3 === 0) lines.push('exchanges:', `  - { type: cadre-secondment, date: ${month}-15, count: 1, description: 选派干部赴榆林挂职。 }`);
      writeFileSync(join(unitDir, 'progress', `${month}.yaml`), lines.join('\n') + '\n');
    }
    for (let y = 2022; y <= 2025; y++) {
      writeFileSync(join(unitDir, 'annual', `${y}.yaml`), own(annual).replace('year: 2022', `year: ${y}`).replace('submitted: 2023-01-20', `submitted: ${y + 1}-01-20`));
    }
  }
  writeFileSync(join(dir, 'done'), '');
  return dir;
}
