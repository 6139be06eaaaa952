// `npm run bench [-- SIZES [RUNS] [--no-ajv]]`: times ebz against the fast floor (and the yaml parse floor
// and ajv-cli) on synthetic campaigns. Sizes default to 100,1000,5000 units (18 files each); every command
// runs as a whole process once per round, in turn, for RUNS rounds (default 5); the table gives the median,
// the spread (max − min), the median over the rounds of the ratio to the fast floor (or to node -e 0) of
// the same round, the peak memory, and the project's target for the row, met or not. At 5,000 units only
// the memory rows run: check, score and the quarterly and annual reports.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { campaign } from './bench-campaign.mjs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const sizes = (positional[0] ?? '100,1000,5000').split(',').map(Number);
const runs = Number(positional[1] ?? 5);
/** `--no-ajv` leaves out the ajv-cli comparison (six processes per size). */
const skipAjv = process.argv.includes('--no-ajv');
const ebz = join(root, 'bin', 'ebz.js');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const hasTime = existsSync('/usr/bin/time');

/** Wall time (ms) and peak memory (MiB) of one run of a command as a whole process. */
function runOnce(command, args, env = {}) {
  const start = process.hrtime.bigint();
  const options = { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } };
  const result = hasTime ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], options) : spawnSync(command, args, options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, peak: hasTime ? Number(result.stderr.trim().split('\n').pop()) / 1024 : 0 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs every command of a group once per round, in turn, for RUNS rounds: a machine that slows down or
 * speeds up meanwhile touches every command alike. A row's ratio is the median over the rounds of its
 * time over its reference's time in the same round.
 */
function measureGroup(commands) {
  const times = commands.map(() => []);
  const peaks = commands.map(() => 0);
  for (let round = 0; round < runs; round++) {
    commands.forEach((c, i) => {
      const { ms, peak } = c.run ? c.run() : runOnce(c.command ?? process.execPath, c.args, c.env);
      times[i].push(ms);
      peaks[i] = Math.max(peaks[i], peak);
    });
  }
  return commands.map((c, i) => ({ ...c, times: times[i], peak: peaks[i] }));
}

/** ajv-cli validating every file against its schema: one process per kind of file, times summed. */
function runAjv(dir) {
  const kinds = { unit: 'units/*/unit.yaml', benchmark: 'units/*/benchmark.yaml', research: 'units/*/research.yaml', plan: 'units/*/plan.yaml', progress: 'units/*/progress/*.yaml', annual: 'units/*/annual/*.yaml' };
  let ms = 0;
  let peak = 0;
  for (const [kind, glob] of Object.entries(kinds)) {
    const one = runOnce(process.execPath, [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--all-errors', '--errors=no', '-s', join(root, 'schemas', `${kind}.schema.json`), '-d', join(dir, glob)]);
    ms += one.ms;
    peak = Math.max(peak, one.peak);
  }
  return { ms, peak };
}

// Each row: its median, its ratio to a reference (the fast floor, or node -e 0 for start-up and for the
// rows whose target is against it) and, where the project sets one, its target: a ratio or a peak memory.
const rows = [];
function addRows(size, measured) {
  const node = measured.find((m) => m.name === 'node -e 0');
  for (const m of measured) {
    const reference = m.target?.of === 'node' || size === '—' ? node : measured[0];
    const ms = median(m.times);
    const spread = Math.max(...m.times) - Math.min(...m.times);
    const ratio = median(m.times.map((t, round) => t / reference.times[round]));
    const target = m.target;
    let verdict = '';
    if (target?.ratio !== undefined) verdict = ratio <= target.ratio ? 'met' : 'not met';
    if (target?.mib !== undefined) verdict = m.peak && m.peak <= target.mib ? 'met' : m.peak ? 'not met' : 'n/a';
    const against = reference === node && size !== '—' ? ' node -e 0' : '';
    const goal = target?.ratio !== undefined ? `≤ ${target.ratio}×${against}` : target?.mib !== undefined ? `≤ ${target.mib} MiB peak` : '';
    const shown = reference === node && size !== '—' ? `${ratio.toFixed(2)} (× node -e 0)` : ratio.toFixed(2);
    rows.push([size, m.name, ms.toFixed(0), spread.toFixed(0), shown, m.peak ? m.peak.toFixed(0) : 'n/a', goal ? `${goal}: ${verdict}` : '']);
  }
}

const startup = measureGroup([
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'ebz --version', args: [ebz, '--version'], target: { ratio: 1.3 } },
]);
addRows('—', startup);

for (const size of sizes) {
  const dir = campaign(size, { warnings: true });
  // Without the read cache every file is parsed; with it, unchanged files are not.
  const noCache = { EBZ_CACHE: 'off' };
  const cacheDir = join(tmpdir(), 'ebz-bench-cache');
  const cache = { EBZ_CACHE_DIR: cacheDir };
  const asOf = ['--as-of', '2026-03-01'];
  const check = [ebz, 'check', dir, ...asOf, '--format', 'json'];
  const score = [ebz, 'score', dir, ...asOf, '--format', 'json'];
  const report = [ebz, 'report', 'quarterly', dir, '--quarter', '2022-Q4', '--format', 'json'];
  const annual = [ebz, 'report', 'annual', dir, '--year', '2022', '--format', 'json'];
  const floor = { name: 'fast floor (js-yaml 4, no positions)', args: [join(root, 'scripts', 'fast-floor.mjs'), dir] };
  if (size >= 5000) {
    // The memory rows: every command that reads the whole campaign, no cache, within 600 MiB.
    const mib = { mib: 600 };
    const measured = measureGroup([
      floor,
      { name: 'ebz check, no cache', args: check, env: noCache, target: mib },
      { name: 'ebz score, no cache', args: score, env: noCache, target: mib },
      { name: 'ebz report quarterly, no cache', args: report, env: noCache, target: mib },
      { name: 'ebz report annual, no cache', args: annual, env: noCache, target: mib },
    ]);
    addRows(size, measured);
    continue;
  }
  // The clerk's most common job: one unit folder, or one file, of a large campaign.
  const unit = join(dir, 'units', `u${String(Math.floor(size / 2)).padStart(5, '0')}`);
  const oneUnit = size === 1000 ? { ratio: 6, of: 'node' } : undefined;
  const firstCheck = size === 100 || size === 1000 ? { ratio: 2 } : undefined;
  // The warm rows read a cache that the first round fills; it is filled here first, so every round is warm.
  rmSync(cacheDir, { recursive: true, force: true });
  for (const args of [check, score, report]) spawnSync(process.execPath, args, { env: { ...process.env, ...cache } });
  const measured = measureGroup([
    // The fast floor: walk, read, strictly decode and parse every file with js-yaml 4 (CORE_SCHEMA), no positions.
    floor,
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'parse floor (yaml.parse)', args: [join(root, 'scripts', 'parse-floor.mjs'), dir] },
    ...(skipAjv ? [] : [{ name: 'ajv-cli validate', run: () => runAjv(dir) }]),
    { name: 'ebz check, no cache', args: check, env: noCache, target: firstCheck },
    { name: 'ebz score, no cache', args: score, env: noCache },
    { name: 'ebz report quarterly, no cache', args: report, env: noCache },
    { name: 'ebz check, one unit folder, no cache', args: [ebz, 'check', unit, ...asOf, '--format', 'json'], env: noCache, target: oneUnit },
    { name: 'ebz check, one unit (--unit), no cache', args: [...check, '--unit', unit.split('/').pop()], env: noCache, target: oneUnit },
    { name: 'ebz check, one file (plan.yaml), no cache', args: [ebz, 'check', join(unit, 'plan.yaml'), ...asOf, '--format', 'json'], env: noCache, target: oneUnit },
    // The read cache holds only files the exact path read: in these campaigns, none (a rule's finding needs no exact read).
    { name: 'ebz check, warm cache', args: check, env: cache },
    { name: 'ebz score, warm cache', args: score, env: cache },
  ]);
  addRows(size, measured);
}

const header = ['units', 'command', 'median ms', 'spread ms', '× fast floor', 'peak MiB', 'target'];
const lines = [header, ...rows].map((r) => `| ${r.join(' | ')} |`);
lines.splice(1, 0, `|${header.map(() => '---').join('|')}|`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${runs} rounds; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('(× fast floor: start-up rows are against node -e 0)');
console.log(lines.join('\n'));
