// Hostile input, third round: what ebz writes — a pipe in the output's place, an output inside the
// campaign it reads, a name at the file system's limit, and a write that fails half-way. A full disk is
// simulated by injecting a failing write call (the tests run as root, so permissions stop nothing).
import * as fs from 'node:fs';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryName, writeFileSafely, type FileSystem, NAME_MAX_BYTES } from '../src/cli/write.js';
import { PERCENT_RANGE, YEAR_RANGE } from '../src/authoring/schema-limits.js';
import { askAnnual, type Prompter } from '../src/authoring/wizard.js';
import { main } from '../src/cli/main.js';
import { loadWorkspace } from '../src/load/workspace.js';
import { EbzError } from '../src/model/errors.js';
import { diskFullAt, makeFifo, recordingOpens } from './fs-faults.js';
import { cli, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

function thrown(action: () => unknown): EbzError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(EbzError);
    return error as EbzError;
  }
  throw new Error('nothing was thrown');
}

function copyOfSound(): string {
  const dir = join(tempDir(), 'camp');
  cpSync(SOUND, dir, { recursive: true });
  return dir;
}

describe('a pipe in the place of the output', () => {
  it('is refused before it is opened, and nothing is left behind', () => {
    const dir = tempDir();
    const target = makeFifo(join(dir, 'r.md'));
    const opened: string[] = [];
    const error = thrown(() => writeFileSafely(target, '新', { force: true, fs: recordingOpens(opened) }));
    expect(error.messageId).toBe('outputNotRegular');
    expect(opened).toEqual([]);
    expect(readdirSync(dir)).toEqual(['r.md']);
  });
  it('--output onto a pipe with --force exits 2 with one line and leaves no temporary file', () => {
    const dir = tempDir();
    const target = makeFifo(join(dir, 'r.md'));
    const result = cli(['status', SOUND, '--as-of', SOUND_AS_OF, '--output', target, '--force']);
    expect([result.code, result.stderr]).toEqual([2, `ebz: “${target}”不是普通文件（而是管道、设备、文件夹或指向它们的链接），不能替换，未写入任何内容。请换一个文件名，或先把它移走。\n`]);
    expect(readdirSync(dir)).toEqual(['r.md']);
  });
  it('a link to a pipe is refused too, in English as well', () => {
    const dir = tempDir();
    symlinkSync(makeFifo(join(dir, 'p')), join(dir, 'r.md'));
    const result = cli(['status', SOUND, '--as-of', SOUND_AS_OF, '--output', join(dir, 'r.md'), '--force', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a regular file');
    expect(readdirSync(dir).sort()).toEqual(['p', 'r.md']);
  });
  it('ebz new progress --force onto a pipe exits 2 and leaves the unit folder as it was', () => {
    const dir = copyOfSound();
    const progress = join(dir, 'units', 'fgw', 'progress');
    fs.rmSync(join(progress, '2022-03.yaml'));
    makeFifo(join(progress, '2022-03.yaml'));
    const before = readdirSync(progress).sort();
    const result = cli(['new', 'progress', dir, '--unit', 'fgw', '--month', '2022-03', '--yes', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('“units/fgw/progress/2022-03.yaml”不是普通文件');
    expect(readdirSync(progress).sort()).toEqual(before);
    expect(existsSync(join(dir, '.ebz'))).toBe(false);
  });
  it('ebz new at a terminal, with or without --force, refuses a pipe before the first question', async () => {
    const dir = copyOfSound();
    const progress = join(dir, 'units', 'fgw', 'progress');
    fs.rmSync(join(progress, '2022-03.yaml'));
    makeFifo(join(progress, '2022-03.yaml'));
    const asked: string[] = [];
    const ask = async (q: { message: string }) => {
      asked.push(q.message);
      throw new Error('asked');
    };
    const prompter: Prompter = { input: ask, select: ask, confirm: ask };
    for (const force of [[], ['--force']]) {
      let stderr = '';
      const io = { stdout: { write: () => true }, stderr: { write: (s: string) => ((stderr += s), true) }, env: {}, cwd: dir, now: new Date('2022-04-03T02:00:00Z'), prompter };
      expect(await main(['new', 'progress', dir, '--unit', 'fgw', '--month', '2022-03', ...force], io)).toBe(2);
      expect(stderr).toContain('“units/fgw/progress/2022-03.yaml”不是普通文件');
    }
    expect(asked).toEqual([]);
  });
});

describe('--output never lands inside the campaign', () => {
  const refused = (dir: string, args: string[], cwd?: string) => {
    const result = cli([...args, '--force'], cwd ? { cwd } : {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`不能把报告写入活动文件夹 ${realpathSync(dir)}`);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  };
  it('score --format json cannot replace campaign.yaml, and later commands still run', () => {
    const dir = copyOfSound();
    const before = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    refused(dir, ['score', dir, '--as-of', SOUND_AS_OF, '--format', 'json', '--output', join(dir, 'campaign.yaml')]);
    expect(readFileSync(join(dir, 'campaign.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, '.ebz'))).toBe(false);
    expect(cli(['check', dir, '--as-of', SOUND_AS_OF]).code).toBe(0);
  });
  it('status cannot create adjustments.yaml, not even through .. or a link to the root', () => {
    const dir = copyOfSound();
    fs.rmSync(join(dir, 'adjustments.yaml'));
    refused(dir, ['status', dir, '--as-of', SOUND_AS_OF, '--format', 'json', '--output', join(dir, 'units', '..', 'adjustments.yaml')]);
    const link = join(tempDir(), 'link');
    symlinkSync(dir, link);
    refused(dir, ['status', dir, '--as-of', SOUND_AS_OF, '--format', 'json', '--output', join(link, 'adjustments.yaml')]);
    expect(existsSync(join(dir, 'adjustments.yaml'))).toBe(false);
  });
  it('a report named from inside the campaign folder is refused, whatever the format, in English too', () => {
    const dir = copyOfSound();
    for (const name of ['q.docx', 'q.xlsx', 'q.html', 'sub/q.md']) {
      if (name.includes('/')) mkdirSync(join(dir, 'sub'), { recursive: true });
      refused(dir, ['report', 'quarterly', '.', '--quarter', '2022-Q4', '--output', name], dir);
    }
    const en = cli(['report', 'quarterly', '.', '--quarter', '2022-Q4', '--output', 'q.md', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe(`ebz: A report cannot be written inside the campaign folder ${realpathSync(dir)} (q.md): ebz reads the files there. Choose a place outside it.\n`);
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
  });
});

describe('a name at the file system limit', () => {
  it('the temporary name stays within 255 bytes, however long the target name', () => {
    for (const name of ['a'.repeat(255), '报'.repeat(85), `${'报'.repeat(84)}abc`, '🙂'.repeat(63)]) {
      const temporary = basename(temporaryName(join('/x', name)));
      expect(Buffer.byteLength(temporary)).toBeLessThanOrEqual(NAME_MAX_BYTES);
      expect(temporary).toMatch(/\.tmp$/);
      expect(temporary).not.toContain('\ufffd');
    }
  });
  it('a legal 240-byte output name is written', () => {
    const dir = tempDir();
    const name = `${'报'.repeat(79)}.md`;
    expect(Buffer.byteLength(name)).toBe(240);
    const result = cli(['status', SOUND, '--as-of', SOUND_AS_OF, '--output', join(dir, name)]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });
});

describe('a write that fails half-way leaves nothing behind', () => {
  it('a full disk while writing the new file: the kept original is untouched, no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, '.keep.html');
    writeFileSync(file, '原件');
    const error = thrown(() => writeFileSafely(file, '新'.repeat(10_000), { force: true, fs: diskFullAt(1) }));
    expect([error.messageId, error.data.reason]).toEqual(['outputFailed', 'ENOSPC']);
    expect(readdirSync(dir)).toEqual(['.keep.html']);
    expect(readFileSync(file, 'utf8')).toBe('原件');
  });
  it('a full disk while keeping the backup: no half copy, no empty backup folders', () => {
    const dir = tempDir();
    const file = join(dir, 'r.md');
    writeFileSync(file, '原件');
    const error = thrown(() => writeFileSafely(file, '新', { force: true, fs: diskFullAt(2) }));
    expect(error.data.reason).toBe('ENOSPC');
    expect(readdirSync(dir)).toEqual(['r.md']);
    expect(readFileSync(file, 'utf8')).toBe('原件');
  });
  it('a rename that fails: neither the temporary file nor the backup stays', () => {
    const dir = tempDir();
    const file = join(dir, 'r.md');
    writeFileSync(file, '原件');
    const failing: FileSystem = { ...fs, renameSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } };
    expect(thrown(() => writeFileSafely(file, '新', { force: true, fs: failing })).data.reason).toBe('EIO');
    expect(readdirSync(dir)).toEqual(['r.md']);
  });
  it('a folder made for the file is removed again when the write fails', () => {
    const dir = tempDir();
    const file = join(dir, 'a', 'b', 'r.md');
    thrown(() => writeFileSafely(file, '新', { force: false, makeFolder: true, fs: diskFullAt(1) }));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('ebz new keeps to the limits of the schema it is checked by', () => {
  it('--year 2101 is refused before anything is written; 2100, the schema maximum, is written', () => {
    const dir = copyOfSound();
    const annual = join(dir, 'units', 'fgw', 'annual');
    const before = readdirSync(annual);
    const result = cli(['new', 'annual', dir, '--unit', 'fgw', '--yes', '--year', '2101']);
    expect([result.code, result.stderr]).toEqual([2, 'ebz: --year 的值“2101”有误：请输入 2000 到 2100 之间的整数。\n']);
    expect(readdirSync(annual)).toEqual(before);
    const edge = cli(['new', 'annual', dir, '--unit', 'fgw', '--yes', '--year', '2100', '--submitted', '2101-01-05']);
    expect(edge.stdout).toContain('已写入 units/fgw/annual/2100.yaml');
    expect(edge.stdout).not.toContain('schema');
  });
  it('the wizard refuses 2101 as the year reviewed, and so does --year given to it, before any question', async () => {
    const verdicts: (string | true)[] = [];
    const prompter: Prompter = {
      input: async (q) => {
        verdicts.push(q.validate!('2101'), q.validate!('2100'));
        throw new Error('asked');
      },
      select: async () => { throw new Error('asked'); },
      confirm: async () => { throw new Error('asked'); },
    };
    const campaign = loadWorkspace(SOUND).campaign;
    await expect(askAnnual(prompter, { lang: 'en', campaign, today: '2023-01-10', unitId: 'fgw' }, undefined)).rejects.toThrow('asked');
    expect(verdicts).toEqual(['Enter a whole number from 2022 to 2100.', true]);
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => ((stderr += s), true) }, env: {}, cwd: SOUND, now: new Date('2023-01-10T02:00:00Z'), prompter };
    expect(await main(['new', 'annual', copyOfSound(), '--unit', 'fgw', '--year', '2101'], io)).toBe(2);
    expect(stderr).toBe('ebz: --year 的值“2101”有误：请输入 2000 到 2100 之间的整数。\n');
  });
  it('the limits are the schema files’ own numbers', () => {
    const schema = (kind: string) => JSON.parse(readFileSync(join(SOUND, '..', '..', '..', 'schemas', `${kind}.schema.json`), 'utf8'));
    const year = schema('annual').properties.year;
    expect(YEAR_RANGE).toEqual({ min: year.minimum, max: year.maximum });
    const percent = schema('progress').$defs.measureStatus.properties.percent;
    expect(PERCENT_RANGE).toEqual({ min: percent.minimum, max: percent.maximum });
  });
});
