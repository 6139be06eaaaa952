// Issue 25, item 13c: an unreadable progress/ folder became ten progress-missing errors. It is one located
// error for the folder now. Tests run as root, whom chmod does not stop: readdirSync is mocked to refuse
// the folders named in `refused` with EACCES, as it would for a clerk without the right.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../src/rules/check.js';
import { SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

const refused = new Set<string>();

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: Parameters<typeof fs.readdirSync>[0], options?: unknown) => {
    if (refused.has(String(path))) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return (fs.readdirSync as (p: unknown, o?: unknown) => unknown)(path, options);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

afterEach(() => refused.clear());

describe('a folder that cannot be read', () => {
  it('is one located error, not a missing document for each month it should hold', () => {
    const dir = tempDir();
    cpSync(SOUND, dir, { recursive: true });
    const plain = runCheck(dir, { lang: 'zh', asOf: SOUND_AS_OF }).result.findings;
    refused.add(join(dir, 'units', 'fgw', 'progress'));
    const { findings } = runCheck(dir, { lang: 'zh', asOf: SOUND_AS_OF }).result;
    const fgw = findings.filter((f) => f.file.startsWith('units/fgw/progress'));
    expect(fgw.map((f) => [f.rule, f.severity, f.file, f.message])).toEqual([
      ['yaml-syntax', 'error', 'units/fgw/progress', '无法读取文件夹“units/fgw/progress”，其中的文件均未检查，也不按未报送处理。请检查文件夹的权限。'],
    ]);
    // Every other finding is as it was.
    expect(findings.filter((f) => !f.file.startsWith('units/fgw/progress'))).toEqual(plain.filter((f) => !f.file.startsWith('units/fgw/progress')));
    const en = runCheck(dir, { lang: 'en', asOf: SOUND_AS_OF }).result.findings.filter((f) => f.file.startsWith('units/fgw/progress'));
    expect(en.map((f) => f.message)).toEqual(['The folder "units/fgw/progress" cannot be read: none of its files were checked, nor counted as missing in this check. Check the folder\'s permissions.']);
  });

  it('a unit folder that cannot be read is one error, not its profile and every document missing', () => {
    const dir = tempDir();
    cpSync(SOUND, dir, { recursive: true });
    refused.add(join(dir, 'units', 'zzb'));
    const { findings } = runCheck(dir, { lang: 'en', asOf: SOUND_AS_OF }).result;
    expect(findings.filter((f) => f.unit === 'zzb').map((f) => [f.rule, f.file])).toEqual([['yaml-syntax', 'units/zzb']]);
  });
});
