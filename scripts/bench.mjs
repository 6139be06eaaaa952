// `npm run bench [-- SIZES [RUNS] [--no-ajv]]`: times ebz against the fast floor (and the yaml parse floor
// and ajv-cli) on synthetic campaigns. Sizes default to 100,1000,5000 units (18 files each); every command
// runs as a whole process RUNS times (default 3); the table gives the median, the spread (max − min), the
// ratio to the fast floor and the project's target for the row, met or not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { campaign } from './bench-campaign.mjs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const sizes = (positional[0] ?? '100,1000,5000').split(',').map(Number);
const runs = Number(positional[1] ?? 3);
/** `--no-ajv` leaves out the ajv-cli comparison (six processes per size). */
const skipAjv = process.argv.includes('--no-ajv');
const ebz = join(root, 'bin', 'ebz.js');
const ajvCli = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const hasTime = existsSync('/usr/bin/time');

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

// Each row: its median against a reference (the fast floor, or node -e 0 for start-up) and, where the
// project sets one, its target: a ratio to the reference, a time or a peak memory.
const rows = [];
function row(size, name, m, reference, target) {
  const ratio = reference ? m.median / reference : null;
  let verdict = '';
  if (target?.ratio !== undefined) verdict = ratio <= target.ratio ? 'met' : 'not met';
  // A time target is also given against node -e 0 (350 ms is about 5× node -e 0), for a loaded machine.
  if (target?.ms !== undefined) verdict = `${m.median <= target.ms ? 'met' : 'not met'} (${(m.median / startNode.median).toFixed(1)}× node -e 0)`;
  if (target?.mib !== undefined) verdict = m.peak && m.peak <= target.mib ? 'met' : m.peak ? 'not met' : 'n/a';
  const goal = target?.ratio !== undefined ? `≤ ${target.ratio}×` : target?.ms !== undefined ? `≤ ${target.ms} ms` : target?.mib !== undefined ? `≤ ${target.mib} MiB peak` : '';
  rows.push([size, name, m.median.toFixed(0), m.spread.toFixed(0), ratio === null ? '—' : ratio.toFixed(2), m.peak ? m.peak.toFixed(0) : 'n/a', goal ? `${goal}: ${verdict}` : '']);
}

const startNode = measure(process.execPath, ['-e', '0']);
const startEbz = measure(process.execPath, [ebz, '--version']);
row('—', 'node -e 0', startNode, startNode.median);
row('—', 'ebz --version', startEbz, startNode.median, { ratio: 1.3 });

for (const size of sizes) {
  const dir = campaign(size);
  // The fast floor: walk, read, strictly decode and parse every file with js-yaml 4 (CORE_SCHEMA), no positions.
  const floor = measure(process.execPath, [join(root, 'scripts', 'fast-floor.mjs'), dir]);
  const f = floor.median;
  row(size, 'fast floor (js-yaml 4, no positions)', floor, f);
  row(size, 'parse floor (yaml.parse)', measure(process.execPath, [join(root, 'scripts', 'parse-floor.mjs'), dir]), f);
  if (!skipAjv) row(size, 'ajv-cli validate', measureAjv(dir), f);
  // Without the read cache every file is parsed; with it, unchanged files are not.
  const noCache = { EBZ_CACHE: 'off' };
  const cache = { EBZ_CACHE_DIR: join(tmpdir(), 'ebz-bench-cache') };
  const check = [ebz, 'check', dir, '--as-of', '2026-03-01', '--format', 'json'];
  const score = [ebz, 'score', dir, '--as-of', '2026-03-01', '--format', 'json'];
  const report = [ebz, 'report', 'quarterly', dir, '--quarter', '2022-Q4', '--format', 'json'];
  const firstCheck = size === 100 || size === 1000 ? { ratio: 2 } : undefined;
  row(size, 'ebz check, no cache', measure(process.execPath, check, noCache), f, size === 5000 ? { mib: 600 } : firstCheck);
  row(size, 'ebz score, no cache', measure(process.execPath, score, noCache), f);
  row(size, 'ebz report quarterly, no cache', measure(process.execPath, report, noCache), f);
  // The clerk's most common job: one unit folder, or one file, of a large campaign.
  const unit = join(dir, 'units', `u${String(Math.floor(size / 2)).padStart(5, '0')}`);
  const oneUnit = size === 1000 ? { ms: 350 } : undefined;
  row(size, 'ebz check, one unit folder, no cache', measure(process.execPath, [ebz, 'check', unit, '--as-of', '2026-03-01', '--format', 'json'], noCache), f, oneUnit);
  row(size, 'ebz check, one file (plan.yaml), no cache', measure(process.execPath, [ebz, 'check', join(unit, 'plan.yaml'), '--as-of', '2026-03-01', '--format', 'json'], noCache), f, oneUnit);
  spawnSync(process.execPath, check, { env: { ...process.env, ...cache } });
  spawnSync(process.execPath, score, { env: { ...process.env, ...cache } });
  row(size, 'ebz check, warm cache', measure(process.execPath, check, cache), f, { ratio: 1.3 });
  row(size, 'ebz score, warm cache', measure(process.execPath, score, cache), f);
  row(size, 'ebz report quarterly, warm cache', measure(process.execPath, report, cache), f);
}

const header = ['units', 'command', 'median ms', 'spread ms', '× fast floor', 'peak MiB', 'target'];
const lines = [header, ...rows].map((r) => `| ${r.join(' | ')} |`);
lines.splice(1, 0, `|${header.map(() => '---').join('|')}|`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${runs} runs each; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('(× fast floor: start-up rows are against node -e 0)');
console.log(lines.join('\n'));
