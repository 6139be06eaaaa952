// Rules about the form of the files (syntax, encoding, names, schema) and about identity (ids, placeholders,
// dates, adjustments). Each case lays a small fixture over the sound campaign; lines are those of the fixture file.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/rules/check.js';
import { isPlaceholder } from '../../src/rules/text.js';
import type { Finding } from '../../src/model/finding.js';
import { campaignWith, findings, fixture, located, SOUND, SOUND_AS_OF, tempDir } from '../helpers.js';

/** The message of the only finding of `rule` (fails when there is not exactly one). */
function messageOf(list: Finding[], rule: string): string {
  const matching = list.filter((f) => f.rule === rule);
  expect(matching).toHaveLength(1);
  return matching[0]!.message;
}

function soundText(rel: string): string {
  return readFileSync(join(SOUND, rel), 'utf8');
}

/** GBK (GB2312 area) bytes of the Chinese characters of the sound fgw/unit.yaml, written out by hand. */
const GBK: Record<string, [number, number]> = {
  测: [0xb2, 0xe2], 试: [0xca, 0xd4], 市: [0xca, 0xd0], 发: [0xb7, 0xa2], 展: [0xd5, 0xb9], 和: [0xba, 0xcd],
  改: [0xb8, 0xc4], 革: [0xb8, 0xef], 委: [0xce, 0xaf], 员: [0xd4, 0xb1], 会: [0xbb, 0xe1], 张: [0xd5, 0xc5],
  三: [0xc8, 0xfd], 副: [0xb8, 0xb1], 长: [0xb3, 0xa4], 李: [0xc0, 0xee], 四: [0xcb, 0xc4], 主: [0xd6, 0xf7],
  任: [0xc8, 0xce], 王: [0xcd, 0xf5], 五: [0xce, 0xe5],
};

function gbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (GBK[ch]) bytes.push(...GBK[ch]);
    else throw new Error(`no GBK bytes for ${ch}`);
  }
  return Uint8Array.from(bytes);
}

describe('yaml-syntax', () => {
  it('fires once for an unclosed flow map, at the line of the map that is never closed', () => {
    // research.yaml line 3: `contact: { established: …, channel: …` with no closing `}`.
    const list = findings(fixture('yaml-unclosed-flow-map'));
    expect(located(list, 'yaml-syntax')).toEqual(['units/fgw/research.yaml:3']);
    // A file that cannot be parsed is not validated: no schema findings pile up behind the syntax error.
    expect(located(list, 'schema')).toEqual([]);
  });
  it('says that a closing bracket is missing for an unclosed flow map, not that the indentation is wrong', () => {
    const list = findings(fixture('yaml-unclosed-flow-map'));
    expect(messageOf(list, 'yaml-syntax')).toBe('此处缺少配对的括号或引号。');
  });
  it('names the full-width colon and its line', () => {
    // plan.yaml line 7: `deployment： 成立工作专班…`.
    const list = findings(fixture('yaml-full-width-colon'));
    expect(located(list, 'yaml-syntax')).toEqual(['units/fgw/plan.yaml:7']);
    expect(messageOf(list, 'yaml-syntax')).toBe('第 7 行使用了中文冒号“：”，YAML 需要英文冒号“:”。');
    expect(messageOf(findings(fixture('yaml-full-width-colon'), { lang: 'en' }), 'yaml-syntax')).toBe(
      'Line 7 uses the full-width colon "："; YAML needs ":".',
    );
  });
  it('reports one full-width colon once, also when a flow map follows it', () => {
    // unit.yaml line 7: `contact： { name: 王五, phone: "0477-8888888" }` — one typo, one finding.
    const list = findings(fixture('yaml-full-width-colon-before-flow-map'));
    expect(located(list, 'yaml-syntax')).toEqual(['units/fgw/unit.yaml:7']);
  });
  it('fires at a line indented with a tab', () => {
    // unit.yaml: `principal:` / `  name: 李四` / line 8 `\ttitle: 主任`.
    const list = findings(fixture('yaml-tab-indented-line'));
    expect(located(list, 'yaml-syntax')).toEqual(['units/fgw/unit.yaml:8']);
    expect(messageOf(list, 'yaml-syntax')).toBe('第 8 行用制表符（Tab）缩进，YAML 只能用空格缩进。');
  });
  it('fires at the `---` that starts a second document', () => {
    // progress/2022-05.yaml: line 8 is `---`, followed by a second document.
    const list = findings(fixture('yaml-two-documents'));
    expect(located(list, 'yaml-syntax')).toEqual(['units/fgw/progress/2022-05.yaml:8']);
    expect(messageOf(list, 'yaml-syntax')).toBe('一个文件只能有一份 YAML 文档，请删去“---”分隔的其余部分或拆成多个文件。');
    expect(messageOf(findings(fixture('yaml-two-documents'), { lang: 'en' }), 'yaml-syntax')).toBe(
      'A file holds one YAML document only; remove what follows the "---" separator or split the file.',
    );
  });
  it('stays silent for a full-width colon inside a # comment', () => {
    expect(findings(fixture('yaml-full-width-colon-in-comment'))).toEqual([]);
  });
  it('stays silent for a full-width colon inside a value', () => {
    // `deployment: 工作机制：成立工作专班，…` is a plain string.
    expect(findings(fixture('yaml-full-width-colon-in-value'))).toEqual([]);
  });
});

describe('yaml-duplicate-key', () => {
  it('fires at the repeated key of a block map', () => {
    // plan.yaml measure m1: `title` on line 10 and again on line 13.
    const list = findings(fixture('plan-measure-key-repeated'));
    expect(located(list, 'yaml-duplicate-key')).toEqual(['units/fgw/plan.yaml:13']);
    expect(messageOf(list, 'yaml-duplicate-key')).toBe('键“title”重复出现，后一个会覆盖前一个。请删去或合并其中一个。');
    expect(messageOf(findings(fixture('plan-measure-key-repeated'), { lang: 'en' }), 'yaml-duplicate-key')).toBe(
      'The key "title" appears twice; the second would override the first. Remove or merge one.',
    );
  });
  it('names the repeated key of a flow map', () => {
    // progress/2022-05.yaml line 5: `- { id: m2, status: in-progress, percent: 50, percent: 60 }`.
    const list = findings(fixture('progress-flow-map-key-repeated'));
    expect(located(list, 'yaml-duplicate-key')).toEqual(['units/fgw/progress/2022-05.yaml:5']);
    expect(messageOf(list, 'yaml-duplicate-key')).toBe('键“percent”重复出现，后一个会覆盖前一个。请删去或合并其中一个。');
  });
  it('stays silent for the same key in two different maps', () => {
    // unit.yaml with `name`/`title` at the top level and in the leader_in_charge and principal block maps.
    expect(findings(fixture('unit-yaml-same-key-in-sibling-maps'))).toEqual([]);
  });
  it('stays silent for a block indented with tabs (a syntax error, not a repeated key)', () => {
    // unit.yaml: `principal:` followed by two tab-indented lines; no key is written twice. Only the first
    // syntax error is reported: what follows it is its echo.
    const list = findings(fixture('yaml-tab-indented-block'));
    expect(located(list, 'yaml-syntax')).toEqual(['units/fgw/unit.yaml:7']);
    expect(located(list, 'yaml-duplicate-key')).toEqual([]);
  });
});

describe('file-encoding', () => {
  const unitYaml = soundText('units/fgw/unit.yaml');

  it('reads a GBK file, with a warning and nothing else', () => {
    const dir = campaignWith({ 'units/fgw/unit.yaml': gbk(unitYaml) });
    const run = runCheck(dir, { lang: 'zh', asOf: SOUND_AS_OF });
    const list = run.result.findings;
    expect(located(list, 'file-encoding')).toEqual(['units/fgw/unit.yaml:1']);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ severity: 'warning', unit: 'fgw' });
    expect(list[0]!.message).toBe('文件不是 UTF-8 编码，已按 GB18030/GBK 读取。请另存为 UTF-8 编码。');
    // The Chinese text came through: the leader's name still matches the approvals, and the name reads right.
    const fgw = run.state.units.find((u) => u.id === 'fgw')!;
    expect(fgw.profile?.data.name).toBe('测试市发展和改革委员会');
    expect(fgw.profile?.data.leader_in_charge?.name).toBe('张三');
  });
  it('says so in English too', () => {
    const dir = campaignWith({ 'units/fgw/unit.yaml': gbk(unitYaml) });
    expect(messageOf(findings(dir, { lang: 'en' }), 'file-encoding')).toBe('The file is not UTF-8; it was read as GB18030/GBK. Save it as UTF-8.');
  });
  it('is an error for a zip (a .docx renamed plan.yaml)', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    const list = findings(campaignWith({ 'units/fgw/plan.yaml': zip }));
    expect(located(list, 'file-encoding')).toEqual(['units/fgw/plan.yaml:1']);
    const finding = list.find((f) => f.rule === 'file-encoding')!;
    expect(finding.message).toBe('无法识别文件编码，可能不是文本文件（如改了扩展名的 Word 文档）。请另存为 UTF-8 编码的 YAML 文件。');
    expect(finding.severity).toBe('error');
  });
  it('is an error for a file with a NUL byte', () => {
    const bytes = Buffer.concat([Buffer.from(soundText('units/fgw/plan.yaml')), Buffer.from([0x00])]);
    const list = findings(campaignWith({ 'units/fgw/plan.yaml': bytes }));
    expect(located(list, 'file-encoding')).toEqual(['units/fgw/plan.yaml:1']);
    expect(list.find((f) => f.rule === 'file-encoding')?.severity).toBe('error');
  });
  it('stays silent for UTF-8 with a BOM', () => {
    const bytes = Buffer.from('\ufeff' + soundText('units/fgw/plan.yaml'), 'utf8');
    expect(findings(campaignWith({ 'units/fgw/plan.yaml': bytes }))).toEqual([]);
  });
  it('stays silent for UTF-16LE with a BOM', () => {
    const bytes = Buffer.from('\ufeff' + soundText('units/fgw/plan.yaml'), 'utf16le');
    expect(findings(campaignWith({ 'units/fgw/plan.yaml': bytes }))).toEqual([]);
  });
  it('stays silent for UTF-16BE with a BOM and for CRLF line ends', () => {
    const be = Buffer.from('\ufeff' + soundText('units/fgw/plan.yaml'), 'utf16le').swap16();
    expect(findings(campaignWith({ 'units/fgw/plan.yaml': be }))).toEqual([]);
    const crlf = soundText('units/fgw/plan.yaml').replace(/\n/g, '\r\n');
    expect(findings(campaignWith({ 'units/fgw/plan.yaml': crlf }))).toEqual([]);
  });
});

describe('file-unknown', () => {
  it('fires for a Word document in a unit folder', () => {
    const list = findings(fixture('unit-folder-word-document'));
    expect(located(list, 'file-unknown')).toEqual(['units/fgw/方案.docx:-']);
    expect(messageOf(list, 'file-unknown')).toBe(
      '不认识的文件“units/fgw/方案.docx”，未读取。成员单位文件夹只应有 unit.yaml、benchmark.yaml、research.yaml、plan.yaml 和 progress/、annual/ 文件夹。',
    );
    expect(list.find((f) => f.rule === 'file-unknown')).toMatchObject({ severity: 'warning', unit: 'fgw' });
  });
  it('suggests plan.yaml for `plan (1).yaml`, and does not read it', () => {
    const list = findings(fixture('plan-numbered-copy'));
    expect(located(list, 'file-unknown')).toEqual(['units/fgw/plan (1).yaml:-']);
    expect(messageOf(list, 'file-unknown')).toBe('文件“units/fgw/plan (1).yaml”未读取：应命名为“plan.yaml”。');
    expect(list.filter((f) => f.file === 'units/fgw/plan (1).yaml')).toHaveLength(1);
    expect(messageOf(findings(fixture('plan-numbered-copy'), { lang: 'en' }), 'file-unknown')).toBe(
      'The file "units/fgw/plan (1).yaml" was not read: it should be named "plan.yaml".',
    );
  });
  it('suggests plan.yaml for `Plan.YAML`', () => {
    const list = findings(fixture('plan-upper-case-name'));
    expect(located(list, 'file-unknown')).toEqual(['units/fgw/Plan.YAML:-']);
    expect(messageOf(list, 'file-unknown')).toBe('文件“units/fgw/Plan.YAML”未读取：应命名为“plan.yaml”。');
  });
  it('suggests 2022-03.yaml for progress/2022-3.yaml', () => {
    const list = findings(fixture('progress-month-not-padded'));
    expect(located(list, 'file-unknown')).toEqual(['units/fgw/progress/2022-3.yaml:-']);
    expect(messageOf(list, 'file-unknown')).toBe('文件“units/fgw/progress/2022-3.yaml”未读取：应命名为“2022-03.yaml”。');
  });
  it('fires for a unit folder whose name is not a unit id', () => {
    const list = findings(fixture('unit-folder-bad-id'));
    expect(located(list, 'file-unknown')).toEqual(['units/FGW Copy:-']);
    expect(messageOf(list, 'file-unknown')).toBe('文件夹名“FGW Copy”不是有效的单位标识（小写字母、数字和连字符），未读取。');
    // The folder is not read: nothing else is found in it.
    expect(list).toHaveLength(1);
  });
  it('stays silent for .DS_Store files', () => {
    expect(findings(fixture('macos-ds-store-files'))).toEqual([]);
  });
});

describe('schema', () => {
  it('fires at the parent map for a missing required field, naming its Chinese title', () => {
    // progress/2022-03.yaml without `submitted`: the parent is the root map, line 1.
    const list = findings(fixture('progress-submitted-missing'));
    expect(located(list, 'schema')).toEqual(['units/fgw/progress/2022-03.yaml:1']);
    // The line to add is filled with the day of the check (the as-of date, 2023-03-01).
    expect(messageOf(list, 'schema')).toBe('缺少必填项“报送日期”（submitted）。请加入一行：submitted: 2023-03-01');
  });
  it('fires at the nested map that lacks a field', () => {
    // plan.yaml line 24: `approval: { by: 张三, role: leader-in-charge }`.
    const list = findings(fixture('plan-approval-date-missing'));
    expect(located(list, 'schema')).toEqual(['units/fgw/plan.yaml:24']);
    expect(messageOf(list, 'schema')).toBe('缺少必填项“审签日期”（approval.date）。');
  });
  it('fires at a value outside an enum written as its Chinese label, naming the value to write', () => {
    // progress/2022-03.yaml line 6: `status: 未启动`.
    const list = findings(fixture('progress-status-not-allowed'));
    expect(located(list, 'schema')).toEqual(['units/fgw/progress/2022-03.yaml:6']);
    expect(messageOf(list, 'schema')).toBe('“未启动”应写作 not-started。');
  });
  it('suggests YYYY-MM-DD for 2022/2/14', () => {
    const list = findings(fixture('plan-submitted-slash-date'));
    expect(located(list, 'schema')).toEqual(['units/fgw/plan.yaml:2']);
    expect(messageOf(list, 'schema')).toBe('报送日期“2022/2/14”格式不正确，应写作 2022-02-14。');
  });
  it('suggests YYYY-MM-DD for 2022年2月14日', () => {
    const list = findings(fixture('plan-submitted-chinese-date'));
    expect(located(list, 'schema')).toEqual(['units/fgw/plan.yaml:2']);
    expect(messageOf(list, 'schema')).toBe('报送日期“2022年2月14日”格式不正确，应写作 2022-02-14。');
  });
  it('fires for a date that does not exist', () => {
    const list = findings(fixture('plan-submitted-february-30'));
    expect(located(list, 'schema')).toEqual(['units/fgw/plan.yaml:2']);
    expect(messageOf(list, 'schema')).toBe('报送日期“2022-02-30”不是真实存在的日期。');
  });
  it('fires at a misspelt key, suggests the right one, and does not also report it missing', () => {
    // plan.yaml line 2: `submited: 2022-02-14`.
    const list = findings(fixture('plan-submitted-misspelt-key'));
    expect(located(list, 'schema')).toEqual(['units/fgw/plan.yaml:2']);
    expect(messageOf(list, 'schema')).toBe('不认识的键“submited”，是否应为“submitted”？');
  });
  it('lists the allowed keys for an unknown key that resembles none', () => {
    // research.yaml line 6: `remark: …`.
    const list = findings(fixture('research-unknown-key'));
    expect(located(list, 'schema')).toEqual(['units/fgw/research.yaml:6']);
    expect(messageOf(list, 'schema')).toBe('不认识的键“remark”。此处可用的键：unit, submitted, contact, trips。');
  });
  it('fires for a number where text is expected', () => {
    const list = findings(fixture('plan-deployment-number'));
    expect(located(list, 'schema')).toEqual(['units/fgw/plan.yaml:7']);
    expect(messageOf(list, 'schema')).toBe('“工作部署”应为文本，此处为整数。');
  });
  it('fires for a list where a map is expected', () => {
    const list = findings(fixture('research-contact-as-list'));
    expect(located(list, 'schema')).toEqual(['units/fgw/research.yaml:3']);
    expect(messageOf(list, 'schema')).toBe('“工作联系”应为映射（键: 值），此处为列表（- 项）。');
  });
  it('fires once for an empty file', () => {
    const list = findings(fixture('progress-empty-file'));
    expect(located(list, 'schema')).toEqual(['units/fgw/progress/2022-03.yaml:1']);
    expect(messageOf(list, 'schema')).toBe('文件为空（或只有注释），没有任何内容。');
  });
  it('fires once for a file whose root is a list', () => {
    const list = findings(fixture('progress-root-is-list'));
    expect(located(list, 'schema')).toEqual(['units/fgw/progress/2022-03.yaml:1']);
    expect(messageOf(list, 'schema')).toBe('文件内容应为映射（键: 值），此处为列表（- 项）。');
  });
  // Issue 25, item 8: adjustments.yaml written as a mapping was told "应为映射……此处为映射".
  it('says a list is expected for adjustments.yaml written as a mapping', () => {
    const dir = campaignWith({ 'adjustments.yaml': 'unit: fgw\npoints: 2\ndate: 2022-09-01\nreason: 经验做法获推广\n' });
    const list = findings(dir);
    expect(located(list, 'schema')).toEqual(['adjustments.yaml:1']);
    expect(messageOf(list, 'schema')).toBe('文件内容应为列表（- 项），此处为映射（键: 值）。');
    expect(findings(dir, { lang: 'en' }).find((f) => f.rule === 'schema')?.message).toBe('The file should hold a list (- item), not a mapping (key: value).');
  });
  it('requires leader_in_charge of a government department, with exactly one finding', () => {
    const list = findings(fixture('unit-leader-missing'));
    expect(located(list, 'schema')).toEqual(['units/fgw/unit.yaml:1']);
    expect(messageOf(list, 'schema')).toBe('缺少必填项“分管市领导”（leader_in_charge）。');
  });
  it('reports a kind outside the enum once, without also requiring leader_in_charge', () => {
    // zzb unit.yaml line 3: `kind: 市委部门` (the clerk meant party-department, which has no leader in charge).
    const list = findings(fixture('unit-kind-in-chinese'));
    expect(located(list, 'schema')).toEqual(['units/zzb/unit.yaml:3']);
  });
  it('fires for a bad entry in the campaign-level adjustments.yaml', () => {
    // adjustments.yaml line 2: `points: 0`.
    const list = findings(fixture('adjustment-zero-points'));
    expect(located(list, 'schema')).toEqual(['adjustments.yaml:2']);
    const finding = list.find((f) => f.rule === 'schema')!;
    expect(finding.message).toBe('“分值”不能为 0。');
    expect(finding.unit).toBeNull();
  });
  it('stays silent for a date in quotes and for a party department without leader_in_charge', () => {
    expect(located(findings(fixture('plan-submitted-quoted-date')), 'schema')).toEqual([]);
    // zzb (party-department) has no leader_in_charge in the sound campaign.
    expect(located(findings(SOUND), 'schema')).toEqual([]);
  });
});

describe('schema messages in English', () => {
  it('names the key of a missing field', () => {
    expect(messageOf(findings(fixture('progress-submitted-missing'), { lang: 'en' }), 'schema')).toBe('Missing required field "submitted" (报送日期). Add the line: submitted: 2023-03-01');
  });
  it('suggests the right key for a misspelt one', () => {
    expect(messageOf(findings(fixture('plan-submitted-misspelt-key'), { lang: 'en' }), 'schema')).toBe(
      'Unknown key "submited"; did you mean "submitted"?',
    );
  });
  it('suggests YYYY-MM-DD for a date written another way', () => {
    expect(messageOf(findings(fixture('plan-submitted-slash-date'), { lang: 'en' }), 'schema')).toBe(
      'submitted "2022/2/14" is not a date in YYYY-MM-DD form; write 2022-02-14.',
    );
  });
});

describe('id-mismatch', () => {
  it('fires at `unit:` when it differs from the folder', () => {
    const list = findings(fixture('research-unit-differs-from-folder'));
    expect(located(list, 'id-mismatch')).toEqual(['units/fgw/research.yaml:1']);
    expect(messageOf(list, 'id-mismatch')).toBe('单位标识写的是“fgv”，但文件在文件夹“fgw”中。请改为 fgw，或放到正确的文件夹。');
  });
  it('fires at `period:` when it differs from the file name', () => {
    const list = findings(fixture('progress-period-differs-from-file-name'));
    expect(located(list, 'id-mismatch')).toEqual(['units/fgw/progress/2022-03.yaml:2']);
    expect(messageOf(list, 'id-mismatch')).toBe('报告月份写的是“2022-04”，但文件名是 2022-03.yaml。请核对月份。');
    expect(messageOf(findings(fixture('progress-period-differs-from-file-name'), { lang: 'en' }), 'id-mismatch')).toBe(
      'The period is "2022-04" but the file is named 2022-03.yaml. Check the month.',
    );
  });
  it('fires at `year:` when it differs from the file name', () => {
    const list = findings(fixture('annual-year-differs-from-file-name'));
    expect(located(list, 'id-mismatch')).toEqual(['units/fgw/annual/2022.yaml:2']);
    expect(messageOf(list, 'id-mismatch')).toBe('总结年度写的是 2023，但文件名是 2022.yaml。请核对年度。');
  });
  it('fires at unit.yaml `id` when it differs from the folder', () => {
    const list = findings(fixture('unit-id-differs-from-folder'));
    expect(located(list, 'id-mismatch')).toEqual(['units/fgw/unit.yaml:1']);
    expect(messageOf(list, 'id-mismatch')).toBe('单位标识写的是“fgw2”，但文件在文件夹“fgw”中。请改为 fgw，或放到正确的文件夹。');
  });
  it('outside a campaign, holds the files of a folder to one another, not to the folder name (a draft on a desktop)', () => {
    // A folder `draft` outside any campaign, with fgw's unit.yaml and plan.yaml: nothing to say about ids.
    const draft = join(tempDir(), 'draft');
    mkdirSync(draft);
    for (const file of ['unit.yaml', 'plan.yaml']) copyFileSync(join(SOUND, 'units', 'fgw', file), join(draft, file));
    expect(located(findings(join(draft, 'plan.yaml')), 'id-mismatch')).toEqual([]);
    expect(located(findings(draft), 'id-mismatch')).toEqual([]);
    // A plan of another unit beside fgw's unit.yaml: plan.yaml line 1 is the odd one out.
    writeFileSync(join(draft, 'plan.yaml'), readFileSync(join(SOUND, 'units', 'fgw', 'plan.yaml'), 'utf8').replace(/^unit: fgw$/m, 'unit: zzb'));
    const list = findings(draft);
    expect(located(list, 'id-mismatch')).toEqual(['plan.yaml:1']);
    expect(messageOf(list, 'id-mismatch')).toBe('单位标识写的是“zzb”，但同一文件夹中的 unit.yaml 写的是“fgw”。一个文件夹只放一个成员单位的材料，请核对。');
  });
  it('stays silent for a period written in quotes', () => {
    expect(findings(fixture('progress-period-quoted'))).toEqual([]);
    expect(located(findings(SOUND), 'id-mismatch')).toEqual([]);
  });
});

describe('unit-domain-unknown', () => {
  it('a misspelt domain is an error at its line, with the domain meant', () => {
    const list = findings(fixture('unit-domain-misspelt'));
    expect(located(list, 'unit-domain-unknown')).toEqual(['units/fgw/unit.yaml:4']);
    expect(messageOf(list, 'unit-domain-unknown')).toBe('所属领域“reform-inovation”不在 campaign.yaml 的 domains 中，是否应为“reform-innovation”？领域不对，按领域设置的赋分权重就不会用上。');
    expect(messageOf(findings(fixture('unit-domain-misspelt'), { lang: 'en' }), 'unit-domain-unknown')).toBe(
      'The domain "reform-inovation" is not in campaign.yaml domains; did you mean "reform-innovation"? With a wrong domain the domain weights do not apply.',
    );
  });
  it('a name of Object itself (constructor) is no domain either; a known domain is silent', () => {
    const unit = readFileSync(join(SOUND, 'units/fgw/unit.yaml'), 'utf8');
    const list = findings(campaignWith({ 'units/fgw/unit.yaml': unit.replace('domain: project-construction', 'domain: constructor') }));
    expect(messageOf(list, 'unit-domain-unknown')).toBe('所属领域“constructor”不在 campaign.yaml 的 domains 中。可选：project-construction（项目建设） | talent（人才引育） | reform-innovation（改革创新）。领域不对，按领域设置的赋分权重就不会用上。');
    expect(located(findings(SOUND), 'unit-domain-unknown')).toEqual([]);
  });
});

describe('unit-profile-missing', () => {
  it('fires with no line at the path unit.yaml should have', () => {
    const list = findings(fixture('unit-profile-deleted'));
    expect(located(list, 'unit-profile-missing')).toEqual(['units/zzb/unit.yaml:-']);
    expect(list.find((f) => f.rule === 'unit-profile-missing')).toMatchObject({ unit: 'zzb', severity: 'error', line: null, column: null });
    expect(messageOf(list, 'unit-profile-missing')).toBe(
      '成员单位文件夹“zzb”中没有 unit.yaml（单位名称、类别、分管市领导、主要负责同志）。没有它无法核对审签人。',
    );
    expect(messageOf(findings(fixture('unit-profile-deleted'), { lang: 'en' }), 'unit-profile-missing')).toBe(
      'The unit folder "zzb" has no unit.yaml (name, kind, leader in charge, principal); without it the approvers cannot be checked.',
    );
  });
  it('stays silent for a unit.yaml that is there but invalid', () => {
    expect(located(findings(fixture('unit-kind-in-chinese')), 'unit-profile-missing')).toEqual([]);
    expect(located(findings(SOUND), 'unit-profile-missing')).toEqual([]);
  });
});

describe('duplicate-id', () => {
  it('fires at the second of two indicators with the same id', () => {
    // benchmark.yaml line 15: the second indicator also has `id: invest-growth`.
    const list = findings(fixture('benchmark-indicator-id-repeated'));
    expect(located(list, 'duplicate-id')).toEqual(['units/fgw/benchmark.yaml:15']);
    expect(messageOf(list, 'duplicate-id')).toBe('对标指标标识“invest-growth”重复（第 1 项已使用）。每项指标的标识应唯一。');
  });
  it('fires at a new measure of an annual review that reuses a plan measure id', () => {
    // annual/2022.yaml line 15: `- id: m1` under new_measures; m1 is plan.yaml's.
    const list = findings(fixture('annual-new-measure-reuses-plan-id'));
    expect(located(list, 'duplicate-id')).toEqual(['units/fgw/annual/2022.yaml:15']);
    expect(messageOf(list, 'duplicate-id')).toBe('工作措施标识“m1”重复（units/fgw/plan.yaml 已使用）。每项措施的标识应唯一。');
  });
  it('fires at a new indicator of an annual review that repeats an id, of benchmark.yaml or of its own list', () => {
    // annual/2022.yaml line 11: new_indicators' invest-growth is benchmark.yaml's; line 13: project-count
    // again, after the 2nd item of the same list.
    const list = findings(fixture('annual-new-indicator-repeats-an-id'), { asOf: '2023-03-01' });
    expect(located(list, 'duplicate-id')).toEqual(['units/fgw/annual/2022.yaml:11', 'units/fgw/annual/2022.yaml:13']);
    expect(list.filter((f) => f.rule === 'duplicate-id').map((f) => f.message)).toEqual([
      '新增对标指标的标识“invest-growth”重复（units/fgw/benchmark.yaml 已使用）。新增指标应另起标识；已有指标的新目标值写在 targets 中。',
      '对标指标标识“project-count”重复（第 2 项已使用）。每项指标的标识应唯一。',
    ]);
  });
  it('stays silent for the new indicators of a sound yearly update', () => {
    expect(located(findings(fixture('annual-yearly-update-known-indicators'), { asOf: '2024-03-01' }), 'duplicate-id')).toEqual([]);
  });
  it('stays silent for a new measure whose id only another unit uses', () => {
    // zzb's new measure m2: fgw has an m2, zzb does not.
    expect(findings(fixture('annual-new-measure-id-of-other-unit'))).toEqual([]);
  });
});

describe('placeholder-text', () => {
  it('fires for 某某 as the responsible person', () => {
    // plan.yaml line 11: `responsible: { unit: 项目科, person: 某某 }`.
    const list = findings(fixture('plan-responsible-person-placeholder'));
    expect(located(list, 'placeholder-text')).toEqual(['units/fgw/plan.yaml:11']);
    expect(messageOf(list, 'placeholder-text')).toBe('“某某”是占位内容，不是实际内容。实施方案要求目标、措施、责任、成果明确，请填写具体内容。');
    expect(list.find((f) => f.rule === 'placeholder-text')?.clause).toBe('三(二)2');
  });
  it('fires for 待定 as the deployment', () => {
    const list = findings(fixture('plan-deployment-placeholder'));
    expect(located(list, 'placeholder-text')).toEqual(['units/fgw/plan.yaml:7']);
    expect(messageOf(findings(fixture('plan-deployment-placeholder'), { lang: 'en' }), 'placeholder-text')).toBe(
      '"待定" is a placeholder, not content. The plan must be specific; write what is meant.',
    );
  });
  it('fires for 略 as a learning item', () => {
    const list = findings(fixture('benchmark-learning-placeholder'));
    expect(located(list, 'placeholder-text')).toEqual(['units/fgw/benchmark.yaml:16']);
    expect(messageOf(list, 'placeholder-text')).toBe('“略”是占位内容，不是实际内容。实施方案要求目标、措施、责任、成果明确，请填写具体内容。');
  });
  it('fires for an objective with XX in place of its number', () => {
    const list = findings(fixture('plan-objective-placeholder'));
    expect(located(list, 'placeholder-text')).toEqual(['units/fgw/plan.yaml:6']);
    expect(messageOf(list, 'placeholder-text')).toBe(
      '“固定资产投资增速达到 XX%”是占位内容，不是实际内容。实施方案要求目标、措施、责任、成果明确，请填写具体内容。',
    );
  });
  it('stays silent for 无 inside a word', () => {
    // plan.yaml measure title `建立无人机产业项目储备库`.
    expect(findings(fixture('plan-measure-title-starts-with-wu'))).toEqual([]);
  });
  it('stays silent for `note: 无` in a progress file (a note is not a required text)', () => {
    expect(findings(fixture('progress-note-wu'))).toEqual([]);
  });
  it('knows every form of stand-in, and what only looks like one', () => {
    // Each form of the pattern, a wrapped word, and a text of dashes and dots alone (no letter or 某 in it).
    const standIns = ['某某', '某某科', 'XX科', '达到 XX%', 'xxx', '××', '……', 'TODO', '待办 todo', 'TBD', '（待定）', '[TBD]', '无。', '', '   ', '——', '...', '。。。', '-_-', '·'];
    // A letter of the stand-ins' alphabet in a real text, and words that contain one.
    const real = ['XXL 号', 'Xbox 展厅', 'tbds 系统', 'todos', '某科室', '×2 倍', '…续', 'Tesla 项目', '建立无人机产业项目储备库', '2022 年完成', '一期工程'];
    expect(standIns.filter((text) => !isPlaceholder(text))).toEqual([]);
    expect(real.filter((text) => isPlaceholder(text))).toEqual([]);
  });
});

describe('future-date', () => {
  const clock = new Date('2022-06-10T00:00:00Z'); // 2022-06-10 08:00 in Asia/Shanghai

  it('fires for a progress file submitted after today, with no --as-of', () => {
    // progress/2022-05.yaml line 3: `submitted: 2022-06-12`.
    const list = runCheck(fixture('progress-submitted-after-clock'), { lang: 'zh', now: clock }).result.findings;
    // As of that clock the sound campaign's annual reviews, the annual exchange and the adjustment are in the
    // future too; the measure due dates (plan.yaml line 20, annual line 19) are not events and do not count.
    expect(located(list, 'future-date')).toEqual([
      'adjustments.yaml:1',
      'units/fgw/annual/2022.yaml:3',
      'units/fgw/annual/2022.yaml:11',
      'units/fgw/progress/2022-05.yaml:3',
      'units/zzb/annual/2022.yaml:3',
    ]);
    const finding = list.find((f) => f.rule === 'future-date' && f.file === 'units/fgw/progress/2022-05.yaml')!;
    expect(finding.message).toBe('日期 2022-06-12 晚于今天（2022-06-10）。已发生的事项不能写将来的日期，请核对。');
    const en = runCheck(fixture('progress-submitted-after-clock'), { lang: 'en', now: clock }).result.findings;
    expect(en.find((f) => f.rule === 'future-date' && f.file === 'units/fgw/progress/2022-05.yaml')?.message).toBe(
      'The date 2022-06-12 is after today (2022-06-10). Something that has happened cannot be dated in the future; check it.',
    );
  });
  it('does not count a measure due date as a future date', () => {
    // plan.yaml m2 is due 2022-10-31 and annual m3 2023-06-30, both after the clock.
    const list = runCheck(SOUND, { lang: 'zh', now: clock }).result.findings;
    expect(located(list, 'future-date').filter((at) => at.startsWith('units/fgw/plan.yaml'))).toEqual([]);
    expect(located(list, 'future-date')).not.toContain('units/fgw/annual/2022.yaml:19');
  });
  it('stays silent with an explicit --as-of of the same day: the document just does not count yet', () => {
    const list = findings(fixture('progress-submitted-after-clock'), { asOf: '2022-06-10' });
    expect(located(list, 'future-date')).toEqual([]);
    expect(located(list, 'progress-missing')).toEqual(['units/fgw/progress/2022-05.yaml:-']);
  });
  it('takes today in the campaign timezone, not UTC', () => {
    // 2022-06-11T16:30Z is 2022-06-12 00:30 in Asia/Shanghai: a document submitted 2022-06-12 is not in the future.
    const list = runCheck(fixture('progress-submitted-after-clock'), { lang: 'zh', now: new Date('2022-06-11T16:30:00Z') }).result.findings;
    expect(located(list, 'future-date')).not.toContain('units/fgw/progress/2022-05.yaml:3');
  });
});

describe('adjustment-unknown-unit', () => {
  it('fires at the unit of an adjustment for a unit with no folder, suggesting the nearest', () => {
    // adjustments.yaml line 2: `unit: fgv`.
    const list = findings(fixture('adjustment-unit-misspelt'));
    expect(located(list, 'adjustment-unknown-unit')).toEqual(['adjustments.yaml:2']);
    expect(messageOf(list, 'adjustment-unknown-unit')).toBe('加减分记录中的成员单位“fgv”在 units/ 下没有文件夹。是否应为“fgw”？');
    expect(messageOf(findings(fixture('adjustment-unit-misspelt'), { lang: 'en' }), 'adjustment-unknown-unit')).toBe(
      'adjustments.yaml names the unit "fgv", which has no folder in units/. Did you mean "fgw"?',
    );
  });
  it('suggests nothing for a unit that resembles none', () => {
    const list = findings(fixture('adjustment-unit-unknown'));
    expect(located(list, 'adjustment-unknown-unit')).toEqual(['adjustments.yaml:2']);
    expect(messageOf(list, 'adjustment-unknown-unit')).toBe('加减分记录中的成员单位“jyj”在 units/ 下没有文件夹。');
    expect(messageOf(findings(fixture('adjustment-unit-unknown'), { lang: 'en' }), 'adjustment-unknown-unit')).toBe(
      'adjustments.yaml names the unit "jyj", which has no folder in units/.',
    );
  });
  it('stays silent for an adjustment for another unit that exists', () => {
    expect(findings(fixture('adjustment-for-other-unit'))).toEqual([]);
  });
});
