import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompter } from '../src/authoring/wizard.js';
import { main } from '../src/cli/main.js';
import { schemas } from '../src/model/schemas.generated.js';
import { cli, fixture, ROOT, SOUND, tempDir } from './helpers.js';

type Answer = string | boolean;

/** Prompts answered from a script; an answer the prompt refuses is recorded and the next one tried, as a user would retype. */
function scripted(answers: Answer[]) {
  const asked: string[] = [];
  const refused: string[] = [];
  const next = (message: string) => {
    if (answers.length === 0) throw new Error(`no answer left for: ${message}`);
    return answers.shift()!;
  };
  const prompter: Prompter = {
    async input(q) {
      asked.push(q.message);
      for (;;) {
        let answer = String(next(q.message));
        if (answer === '' && q.default !== undefined) answer = q.default;
        const verdict = q.validate ? q.validate(answer) : true;
        if (verdict === true) return answer;
        refused.push(verdict);
      }
    },
    async select(q) {
      asked.push(q.message);
      const answer = next(q.message);
      if (answer === '' && q.default !== undefined) return q.default;
      const choice = q.choices.find((c) => c.value === answer);
      if (!choice) throw new Error(`"${answer}" is not a choice of: ${q.message}`);
      return choice.value;
    },
    async confirm(q) {
      asked.push(q.message);
      const answer = next(q.message);
      return answer === '' ? (q.default ?? false) : answer === true;
    },
  };
  return { prompter, asked, refused, left: () => answers.length };
}

async function run(args: string[], options: { cwd?: string; now?: string; prompter?: Prompter } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: options.cwd ?? ROOT,
    now: new Date(options.now ?? '2022-02-14T02:00:00Z'),
    prompter: options.prompter,
  });
  return { code, stdout, stderr };
}

describe('ebz init', () => {
  it('writes the embedded default campaign, units/, the schemas and the VS Code mapping', () => {
    const dir = join(tempDir(), 'campaign');
    const result = cli(['init', dir]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'campaign.yaml'), 'utf8')).toContain('id: ordos-2022');
    expect(existsSync(join(dir, 'units'))).toBe(true);
    for (const kind of Object.keys(schemas)) {
      expect(JSON.parse(readFileSync(join(dir, '.ebz', 'schemas', `${kind}.schema.json`), 'utf8'))).toEqual(schemas[kind as keyof typeof schemas]);
    }
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'));
    expect(settings['yaml.schemas']['./.ebz/schemas/plan.schema.json']).toEqual(['units/*/plan.yaml']);
    expect(settings['yaml.schemas']['./.ebz/schemas/progress.schema.json']).toEqual(['units/*/progress/*.yaml']);
    // The campaign it writes is a sound yardstick: checking the empty campaign runs.
    expect(cli(['check', dir, '--as-of', '2021-12-25'])).toMatchObject({ code: 0, stderr: '' });
  });
  it('never overwrites an existing campaign: exit 2, nothing changed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'campaign.yaml'), 'mine\n');
    const result = cli(['init', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('已有 campaign.yaml，未做任何改动');
    expect(readFileSync(join(dir, 'campaign.yaml'), 'utf8')).toBe('mine\n');
  });
  it('keeps an existing .vscode/settings.json and says what to add', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{ "editor.tabSize": 4 }\n');
    const result = cli(['init', dir]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')).toBe('{ "editor.tabSize": 4 }\n');
    expect(result.stderr).toContain('yaml.schemas');
  });
});

describe('ebz new with flags', () => {
  it('writes a commented unit.yaml from flags and checks it', () => {
    const dir = join(tempDir(), 'c');
    cli(['init', dir]);
    const result = cli(['new', 'unit', dir, '--yes', '--id', 'zzb', '--name', '中共鄂尔多斯市委组织部', '--kind', 'party-department', '--domain', 'talent', '--principal', '陈国华,部长']);
    expect(result.stdout).toMatch(/^已写入 units\/zzb\/unit\.yaml。检查结果：\n✓ 未发现问题（1 个成员单位，1 个文件，截至 \d{4}-\d{2}-\d{2}）。\n$/);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'units', 'zzb', 'unit.yaml'), 'utf8')).toBe(
      [
        '# 成员单位概况。kind: government-department 市人民政府组成部门 | party-department 市委部门 | institution 直属事业单位 | vertical 垂直管理部门 | other 其他',
        'id: zzb                       # 单位标识，与文件夹名相同',
        'name: 中共鄂尔多斯市委组织部',
        'kind: party-department',
        'domain: talent                       # 重点领域（campaign.yaml domains 中的标识）',
        'principal: { name: 陈国华, title: 部长 }   # 主要负责同志，市委部门的材料由其审签',
        '',
      ].join('\n'),
    );
  });
  it('never overwrites a file without --force; with it the old file is kept under .ebz/backups/, never in units/', () => {
    const dir = fixture('plan-missing');
    const plan = join(dir, 'units', 'fgw', 'plan.yaml');
    const before = readFileSync(plan, 'utf8');
    const refused = cli(['new', 'plan', dir, '--unit', 'fgw', '--yes']);
    expect(refused).toMatchObject({ code: 2, stderr: 'ebz: “units/fgw/plan.yaml”已存在，未提问，也未写入。如需重写，请加 --force（原文件将另存到 .ebz/backups/）。\n' });
    expect(readFileSync(plan, 'utf8')).toBe(before);
    const forced = cli(['new', 'plan', dir, '--unit', 'fgw', '--yes', '--force']);
    expect(forced.code).toBe(1);
    expect(readFileSync(plan, 'utf8')).toContain('待补充');
    expect(readdirSync(join(dir, 'units', 'fgw')).sort()).toEqual(['annual', 'benchmark.yaml', 'plan.yaml', 'progress', 'research.yaml', 'unit.yaml']);
    const [stamp, ...others] = readdirSync(join(dir, '.ebz', 'backups'));
    expect(others).toEqual([]);
    expect(stamp).toMatch(/^\d{4}/);
    expect(readFileSync(join(dir, '.ebz', 'backups', stamp!, 'units', 'fgw', 'plan.yaml'), 'utf8')).toBe(before);
    expect(forced.stdout).toContain(`原文件已另存为 .ebz/backups/${stamp}/units/fgw/plan.yaml。`);
    // A second --force keeps both old files: the backup's name never repeats.
    cli(['new', 'plan', dir, '--unit', 'fgw', '--yes', '--force']);
    const kept = readdirSync(join(dir, '.ebz', 'backups')).flatMap((s) => readdirSync(join(dir, '.ebz', 'backups', s, 'units', 'fgw')).map((f) => `${s}/${f}`));
    expect(kept).toHaveLength(2);
    // Nothing is left for check to flag as an unknown file.
    expect(cli(['check', dir, '--as-of', '2022-02-20', '--format', 'json']).stdout).not.toContain('file-unknown');
  });
  it('keeps the old file of a unit sent alone under its own .ebz/backups/, which check does not read', () => {
    const dir = join(tempDir(), 'fgw');
    cpSync(join(SOUND, 'units', 'fgw'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(cli(['new', 'plan', dir, '--yes', '--force']).code).toBe(1);
    const [stamp] = readdirSync(join(dir, '.ebz', 'backups'));
    expect(readFileSync(join(dir, '.ebz', 'backups', stamp!, 'plan.yaml'), 'utf8')).toBe(before);
    expect(cli(['check', dir, '--as-of', '2022-02-20', '--format', 'json']).stdout).not.toContain('file-unknown');
  });
  it('off a terminal says on stderr that it asked nothing and what it wrote', () => {
    const dir = fixture('plan-missing');
    const result = cli(['new', 'plan', dir, '--unit', 'zzb']);
    expect(result.stderr).toBe(
      '不在终端中运行（输入或输出不是终端），未提问：已按命令行参数和已有资料写入 units/zzb/plan.yaml，未给出的内容写作“待补充”，请补全后再报送。要逐项填写，请在终端中运行；确认不提问请加 --yes。\n',
    );
    expect(result.stdout).toMatch(/^已写入 units\/zzb\/plan\.yaml。检查结果：/);
    expect(cli(['new', 'plan', dir, '--unit', 'zzb', '--force', '--yes']).stderr).toBe('');
  });
  it('starts a plan with a gap for each benchmark indicator, signed by the principal for a party department', async () => {
    const dir = fixture('plan-missing');
    const result = await run(['new', 'plan', dir, '--unit', 'zzb', '--yes']);
    const text = readFileSync(join(dir, 'units', 'zzb', 'plan.yaml'), 'utf8');
    expect(text).toContain('  - { type: gap, indicator: talent-inflow, description: 待补充, cause: 待补充 }');
    expect(text).toContain('approval: { by: 周八, role: principal, date: 2022-02-14 }');
    // What is left to fill is found at once.
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('placeholder-text');
  });
  it('lists every measure of the plan not yet done, with its last percent, in a new progress report', async () => {
    const dir = fixture('progress-month-missing');
    const result = await run(['new', 'progress', join(dir, 'units', 'fgw'), '--month', '2022-04', '--submitted', '2022-05-04', '--yes'], { now: '2022-05-04T02:00:00Z' });
    expect(readFileSync(join(dir, 'units', 'fgw', 'progress', '2022-04.yaml'), 'utf8')).toBe(
      [
        '# 月度进展（实施方案四(二)）：尚未完成的每项措施都要报告；status: not-started 未启动 | in-progress 推进中 | done 已完成 | blocked 受阻（写明 blocker）',
        'unit: fgw',
        'period: 2022-04                    # 报告期，与文件名相同（按季报送时为季末月份）',
        'submitted: 2022-05-04              # 报送日期',
        'measures:',
        '  - { id: m1, status: in-progress, percent: 40 }',
        '  - { id: m2, status: not-started, percent: 0 }',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
  });
  it('refuses a bad flag with one line and writes nothing', async () => {
    const dir = fixture('plan-missing');
    const result = await run(['new', 'research', dir, '--unit', 'zzb', '--yes', '--submitted', '2022/2/9', '--force']);
    expect(result).toMatchObject({ code: 2, stderr: 'ebz: --submitted 的值“2022/2/9”有误：请写作 2022-02-09（YYYY-MM-DD）。\n' });
  });
  it('names the kinds it knows', async () => {
    expect(await run(['new', 'plam', '.'])).toMatchObject({ code: 2, stderr: 'ebz: 不认识的文件种类“plam”，是否应为“plan”？\n' });
  });
});

describe('ebz new progress and the progress schedule', () => {
  it('writes a quarterly report for a quarter\'s last month, and refuses a month between quarterly reports, naming the one before', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'examples', 'ordos'), dir, { recursive: true });
    const between = cli(['new', 'progress', dir, '--unit', 'fgw', '--month', '2026-11', '--yes']);
    expect(between).toMatchObject({ code: 2, stderr: 'ebz: --month 的值“2026-11”有误：进展报送安排中没有 2026-11 这一期；此前最近的一期是 2026-09（按季报送的以季末月份命名）。\n' });
    expect(existsSync(join(dir, 'units', 'fgw', 'progress', '2026-11.yaml'))).toBe(false);
    // fgw has no measure left open: an empty list, never a null the schema refuses.
    const quarter = cli(['new', 'progress', dir, '--unit', 'fgw', '--month', '2026-12', '--yes', '--submitted', '2026-12-01']);
    expect(quarter.code).toBe(0);
    const text = readFileSync(join(dir, 'units', 'fgw', 'progress', '2026-12.yaml'), 'utf8');
    expect(text).toMatch(/^measures: \[\]/m);
    expect(cli(['check', join(dir, 'units', 'fgw', 'progress', '2026-12.yaml'), '--format', 'json']).stdout).not.toContain('"severity": "error"');
  });
});

describe('ebz new with the wizard', () => {
  it('asks for a plan, catches a wrong date at the prompt, and writes a plan that passes ebz check', async () => {
    const dir = fixture('plan-missing');
    const answers = scripted([
      '', // submitted: today, 2022-02-14
      'shortcoming',
      '高层次人才引进数量仅为宁波市的六成。',
      '人才政策吸引力不足。',
      false, // another gap?
      '年引进高层次人才 520 人',
      false,
      '部务会每季度专题研究，人才科具体推进。',
      '', // measure id: m1
      '修订人才引进政策',
      '人才科',
      '吴九',
      '人才新政十条',
      '2022/5/31', // refused at the prompt
      '2022-05-31',
      'talent-inflow',
      false, // a counted output too?
      false, // another measure?
      'talent',
      '', // planned: 1
      false,
      '', // approver: 周八, the principal
      '', // approval date: the submission date
    ]);
    const result = await run(['new', 'plan', dir, '--unit', 'zzb'], { prompter: answers.prompter });
    expect(answers.refused).toEqual(['请写作 2022-05-31（YYYY-MM-DD）。（输入 < 返回上一项修改）']);
    expect(answers.left()).toBe(0);
    // The gap's indicator is named before its type is asked.
    expect(answers.asked.slice(1, 4)).toEqual(['对标指标“年引进高层次人才数”：类型（差距、弱项或短板）', '对标指标“年引进高层次人才数”：差距表现（基期 300，标杆 500）', '对标指标“年引进高层次人才数”：原因分析']);
    expect(result.stdout).toBe('已写入 units/zzb/plan.yaml。检查结果：\n✓ 未发现问题（1 个成员单位，1 个文件，截至 2022-02-14）。\n');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'units', 'zzb', 'plan.yaml'), 'utf8')).toBe(
      [
        '# 对标创建工作方案（实施方案三(二)2）：目标、部署、措施、责任、成果、时间明确，量化到事，审签后报送。',
        'unit: zzb',
        'submitted: 2022-02-14              # 报送日期',
        'gaps:                                    # 自检自查：type gap 差距 | weakness 弱项 | shortcoming 短板，写明原因',
        '  - { type: shortcoming, indicator: talent-inflow, description: 高层次人才引进数量仅为宁波市的六成。, cause: 人才政策吸引力不足。 }',
        'objectives:                              # 工作目标',
        '  - 年引进高层次人才 520 人',
        'deployment: 部务会每季度专题研究，人才科具体推进。   # 工作部署',
        'measures:                                # 工作措施：每项有对标指标（indicator）或量化成果（quantity）',
        '  - id: m1',
        '    title: 修订人才引进政策',
        '    responsible: { unit: 人才科, person: 吴九 }   # 责任科室、责任人',
        '    deliverable: 人才新政十条   # 预期成果',
        '    due: 2022-05-31   # 完成时限',
        '    indicator: talent-inflow   # 推动的对标指标',
        'exchanges:                               # 人员交流计划：high-level-visit | cadre-secondment | enterprise | talent | industry-cooperation',
        '  - { type: talent, planned: 1 }',
        'approval: { by: 周八, role: principal, date: 2022-02-14 }   # 审签',
        '',
      ].join('\n'),
    );
  });
  it('refuses a target that does not improve on the baseline, and a measure due after the reach phase', async () => {
    const dir = fixture('benchmark-missing');
    const answers = scripted([
      '2022-01-03',
      '陕西省榆林市',
      '榆林市发展和改革委员会',
      'resource-city',
      '榆林市转型经验获国家通报。',
      '同为能源城市。',
      '学习项目储备机制。',
      'invest-growth',
      '固定资产投资增速',
      '%',
      'higher',
      '8',
      '12',
      '8', // equal to the baseline: refused
      '12.5',
      false,
      '重大项目储备机制',
      false,
      '2022-01-04', // approval after submission: refused
      '2022-01-02',
      '李四', // not the leader in charge on 2022-01-02: the wizard asks what to do
      'signer', // change the approver
      '', // approver: 张三
    ]);
    const result = await run(['new', 'benchmark', dir, '--unit', 'fgw'], { prompter: answers.prompter, now: '2022-01-03T02:00:00Z' });
    expect(answers.refused).toEqual(['目标值应高于基期值 8。（输入 < 返回上一项修改）', '不能晚于报送日期（2022-01-03）。（输入 < 返回上一项修改）']);
    expect(answers.left()).toBe(0);
    expect(answers.asked.slice(-4)).toEqual(['审签日期（不晚于报送日期）', '审签人（分管市领导）', '审签人“李四”与 unit.yaml 不符：2022-01-02 在任的分管市领导是张三。怎么办？', '审签人（分管市领导）']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'units', 'fgw', 'benchmark.yaml'), 'utf8')).toContain(
      '  - { id: invest-growth, name: 固定资产投资增速, unit: "%", direction: higher, baseline: 8, benchmark: 12, target: 12.5 }',
    );
  });
});

describe('the wizard and a unit whose leader changed', () => {
  it('checks the signer against the person in office on the approval date, and refuses a date when nobody was', async () => {
    const dir = fixture('benchmark-missing');
    // 张三 until 2021-12-31, nobody on 2022-01-01, 赵七 from 2022-01-02.
    const unit = join(dir, 'units', 'fgw', 'unit.yaml');
    writeFileSync(
      unit,
      readFileSync(unit, 'utf8').replace(
        'leader_in_charge: { name: 张三, title: 副市长 }',
        'leader_in_charge:\n  - { name: 张三, title: 副市长, until: 2021-12-31 }\n  - { name: 赵七, title: 副市长, since: 2022-01-02 }',
      ),
    );
    const answers = scripted([
      '2022-01-03',
      '陕西省榆林市',
      '榆林市发展和改革委员会',
      'resource-city',
      '榆林市转型经验获国家通报。',
      '同为能源城市。',
      '学习项目储备机制。',
      'invest-growth',
      '固定资产投资增速',
      '%',
      'higher',
      '8',
      '12',
      '12.5',
      false,
      '重大项目储备机制',
      false,
      '2022-01-01', // nobody in office: refused
      '2022-01-02',
      '张三', // in office until 2021-12-31: the wizard asks what to do
      'signer', // change the approver
      '', // approver offered: 赵七
    ]);
    const result = await run(['new', 'benchmark', dir, '--unit', 'fgw'], { prompter: answers.prompter, now: '2022-01-03T02:00:00Z' });
    expect(answers.refused).toEqual(['2022-01-01 当天，unit.yaml 中没有在任的分管市领导。请核对日期，或先在 unit.yaml 中补全任职记录（since/until）。（输入 < 返回上一项修改）']);
    expect(answers.left()).toBe(0);
    expect(readFileSync(join(dir, 'units', 'fgw', 'benchmark.yaml'), 'utf8')).toContain('approval: { by: 赵七, role: leader-in-charge, date: 2022-01-02 }');
    expect(result.code).toBe(0);
  });
});

describe('the wizard before its first question', () => {
  it('refuses a file that exists, asking nothing, and says to use --force', async () => {
    const dir = fixture('plan-missing');
    const answers = scripted([]);
    const result = await run(['new', 'plan', dir, '--unit', 'fgw'], { prompter: answers.prompter });
    expect(answers.asked).toEqual([]);
    expect(result).toMatchObject({ code: 2, stderr: 'ebz: “units/fgw/plan.yaml”已存在，未提问，也未写入。如需重写，请加 --force（原文件将另存到 .ebz/backups/）。\n' });
    const month = await run(['new', 'progress', dir, '--unit', 'fgw', '--month', '2022-03'], { prompter: scripted([]).prompter, now: '2022-04-03T02:00:00Z' });
    expect(month.stderr).toBe('ebz: “units/fgw/progress/2022-03.yaml”已存在，未提问，也未写入。如需重写，请加 --force（原文件将另存到 .ebz/backups/）。\n');
  });
  it('refuses a month already reported at the month prompt, before the questions about it', async () => {
    const dir = fixture('progress-month-missing');
    const answers = scripted(['2022-03', '2022-04', '']);
    answers.prompter.select = async () => {
      throw new Error('no question after the month in this test');
    };
    await run(['new', 'progress', dir, '--unit', 'fgw'], { prompter: answers.prompter, now: '2022-05-04T02:00:00Z' }).catch(() => undefined);
    expect(answers.refused).toEqual(['“units/fgw/progress/2022-03.yaml”已存在。请换一个，或加 --force 重新运行以重写（原文件另存到 .ebz/backups/）。']);
  });
  it('asks an added gap\'s indicator before its type', async () => {
    const dir = fixture('plan-missing');
    const answers = scripted(['', 'gap', '差距。', '原因。', true, 'talent-inflow', 'weakness', '弱项。', '原因。', false]);
    await run(['new', 'plan', dir, '--unit', 'zzb'], { prompter: answers.prompter }).catch(() => undefined);
    expect(answers.asked.slice(5, 7)).toEqual(['对应的对标指标', '对标指标“年引进高层次人才数”：类型（差距、弱项或短板）']);
  });
});

describe('ebz rules, explain and schema', () => {
  it('lists the catalogue in text, JSON and Markdown', () => {
    const json = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { id: string; severity: string; clause: string | null; description: string }[];
    expect(json.find((r) => r.id === 'approval-signer')).toEqual({
      id: 'approval-signer',
      severity: 'error',
      clause: '三(一)2, 三(二)2',
      description: '建标材料和工作方案应经市人民政府分管领导审签；市委组织部、宣传部、统战部、政法委由本单位主要负责同志审签。',
    });
    expect(cli(['rules']).stdout).toMatch(/^measure-overdue\s+警告\s+三\(三\)1\s+措施已过完成时限/m);
    expect(cli(['rules', '--format', 'md', '--lang', 'en']).stdout).toContain('| `measure-overdue` | warning | 三(三)1 |');
  });
  it('explains a rule: what, the clause quoted, how to fix, wrong and right', () => {
    const text = cli(['explain', 'plan-late']).stdout;
    expect(text.split('\n')[0]).toBe('plan-late（警告，三(二)2）');
    expect(text).toContain('于2022年2月15日前报领导小组办公室');
    for (const heading of ['检查内容：', '依据：', '为什么：', '怎样改：', '错误写法：', '正确写法：']) expect(text).toContain(heading);
    expect(cli(['explain', 'plan-late', '--lang', 'en']).stdout.split('\n')[0]).toBe('plan-late (warning, 三(二)2)');
  });
  it('suggests the nearest id for an unknown rule, exit 2', () => {
    expect(cli(['explain', 'plan-lat'])).toMatchObject({ code: 2, stderr: 'ebz: 没有规则“plan-lat”，是否应为“plan-late”？\n' });
  });
  it('prints a schema, exactly the file in schemas/', () => {
    const printed = JSON.parse(cli(['schema', 'plan', '--json']).stdout);
    expect(printed).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8')));
    expect(cli(['schema', 'plans'])).toMatchObject({ code: 2, stderr: 'ebz: 不认识的文件种类“plans”，是否应为“plan”？\n' });
  });
});
