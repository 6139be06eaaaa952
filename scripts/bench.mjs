// `npm run bench [-- SIZES [RUNS]]`: times ebz against the parse floor and ajv-cli on synthetic campaigns.
// Sizes default to 100,1000,5000 units (about 18 files each); every command runs as a whole process RUNS
// times (default 3); the table gives the median, the spread (max − min) and the ratio to the floor.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const sizes = (process.argv[2] ?? '100,1000,5000').split(',').map(Number);
const runs = Number(process.argv[3] ?? 3);
const sound = join(root, 'test', 'fixtures', 'sound-campaign');
const ebz = join(root, 'bin', 'ebz.js');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const hasTime = existsSync('/usr/bin/time');

/** A deterministic campaign of `n` units, each with the whole life cycle (18 files), cached in the temp folder. */
function campaign(n) {
  const dir = join(tmpdir(), 'ebz-bench-v2', String(n));
  if (existsSync(join(dir, 'done'))) return dir;
  const read = (rel) => readFileSync(join(sound, rel), 'utf8');
  const campaignYaml = read('campaign.yaml').replace('last: 2022-05', 'last: 2022-12');
  mkdirSync(join(dir, 'units'), { recursive: true });
  writeFileSync(join(dir, 'campaign.yaml'), campaignYaml);
  // The annual review without its new measure: every measure is done by the end of 2022.
  const annual = read('units/fgw/annual/2022.yaml').replace(/^new_measures:[\s\S]*?(?=^achievements:)/m, '');
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
      if (m <= 10) measures.push(m === 10 ? '  - { id: m2, status: done, percent: 100 }' : `  - { id: m2, status: in-progress, percent: ${(m - 2) * 10 + (i % 5)} }`);
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

/** Median and spread of wall time (ms), and peak memory (MiB) of a command run as a whole process. */
function measure(command, args, env = {}) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } })
      : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    if (hasTime) peak = Math.max(peak, Number(result.stderr.trim().split('\n').pop()) / 1024);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], spread: times[times.length - 1] - times[0], peak };
}

/** ajv-cli validating every file against its schema: one process per kind of file, times summed. */
function measureAjv(dir) {
  const kinds = { unit: 'units/*/unit.yaml', benchmark: 'units/*/benchmark.yaml', research: 'units/*/research.yaml', plan: 'units/*/plan.yaml', progress: 'units/*/progress/*.yaml', annual: 'units/*/annual/*.yaml' };
  const total = { median: 0, spread: 0, peak: 0 };
  for (const [kind, glob] of Object.entries(kinds)) {
    const m = measure(process.execPath, [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors', '--errors=no', '-s', join(root, 'schemas', `${kind}.schema.json`), '-d', join(dir, glob)]);
    total.median += m.median;
    total.spread += m.spread;
    total.peak = Math.max(total.peak, m.peak);
  }
  return total;
}

const rows = [];
const row = (size, name, m, floor) => rows.push([size, name, m.median.toFixed(0), m.spread.toFixed(0), floor ? (m.median / floor).toFixed(2) : '—', m.peak ? m.peak.toFixed(0) : 'n/a']);

const startNode = measure(process.execPath, ['-e', '0']);
const startEbz = measure(process.execPath, [ebz, '--version']);
row('—', 'node -e 0', startNode, startNode.median);
row('—', 'ebz --version', startEbz, startNode.median);

for (const size of sizes) {
  const dir = campaign(size);
  const floor = measure(process.execPath, [join(root, 'scripts', 'parse-floor.mjs'), dir]);
  row(size, 'parse floor (yaml.parse)', floor, floor.median);
  row(size, 'ajv-cli validate', measureAjv(dir), floor.median);
  // Without the read cache every file is parsed (on every core); with it, unchanged files are not.
  const noCache = { EBZ_CACHE: 'off' };
  const cache = { EBZ_CACHE_DIR: join(tmpdir(), 'ebz-bench-cache') };
  const check = [ebz, 'check', dir, '--as-of', '2026-03-01', '--format', 'json'];
  const score = [ebz, 'score', dir, '--as-of', '2026-03-01', '--format', 'json'];
  const report = [ebz, 'report', 'quarterly', dir, '--quarter', '2022-Q4', '--format', 'json'];
  row(size, 'ebz check, no cache', measure(process.execPath, check, noCache), floor.median);
  row(size, 'ebz score, no cache', measure(process.execPath, score, noCache), floor.median);
  row(size, 'ebz report quarterly, no cache', measure(process.execPath, report, noCache), floor.median);
  spawnSync(process.execPath, check, { env: { ...process.env, ...cache } });
  row(size, 'ebz check, warm cache', measure(process.execPath, check, cache), floor.median);
  row(size, 'ebz score, warm cache', measure(process.execPath, score, cache), floor.median);
  row(size, 'ebz report quarterly, warm cache', measure(process.execPath, report, cache), floor.median);
}

const header = ['units', 'command', 'median ms', 'spread ms', '× floor', 'peak MiB'];
const lines = [header, ...rows].map((r) => `| ${r.join(' | ')} |`);
lines.splice(1, 0, `|${header.map(() => '---').join('|')}|`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${runs} runs each`);
console.log(lines.join('\n'));
