// The wizard at a real terminal (a pseudo-terminal from util-linux `script`): a name with a title in it is
// refused at its own prompt, a signer other than unit.yaml's is offered a way back, and a run stopped
// half-way is resumed from its draft. Answers are typed only once their question is on the screen.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, fixture, ROOT, tempDir } from './helpers.js';
import { KEY, Terminal } from './support/pty.js';

const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

function terminal(args: string[]): Terminal {
  const t = new Terminal(ROOT, args);
  open.push(t);
  return t;
}

function wuhai(): string {
  const dir = join(tempDir(), 'wuhai');
  expect(cli(['init', dir, '--city', '乌海市', '--start', '2025-03-01']).code).toBe(0);
  return dir;
}

describe('ebz init at a terminal', () => {
  it('asks for the city, title, office and start, offering defaults worked out from the city', { timeout: 120_000 }, async () => {
    const dir = join(tempDir(), 'wuhai');
    const t = terminal(['init', dir]);
    await t.answer('本市名称', KEY.clearLine + '乌海市');
    await t.waitFor('工作名称');
    await t.answer('乌海市对标先进提升创建工作', ''); // the title offered
    await t.answer('发文机关', KEY.clearLine + '乌海市对标办');
    await t.answer('建标阶段开始日期', KEY.clearLine + '2025-3-1');
    await t.waitFor('请写作 2025-03-01（YYYY-MM-DD）。');
    t.type(KEY.clearLine + '2025-03-01' + KEY.enter);
    await t.waitFor('乌海市：建标阶段自 2025-03-01 开始');
    expect(await t.exit()).toBe(0);
    const text = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    expect(parse(text)).toMatchObject({ city: '乌海市', title: '乌海市对标先进提升创建工作', office: '乌海市对标办', deadlines: { benchmark: '2025-03-15' } });
    expect(text).not.toContain('鄂尔多斯');
  });
});

describe('ebz new at a terminal', () => {
  it('refuses "张三：副市长" at the leader\'s name, says what to write, lets "<" go back a question, then writes the unit', { timeout: 120_000 }, async () => {
    const dir = wuhai();
    const t = terminal(['new', 'unit', dir]);
    await t.answer('单位标识', 'fgw');
    await t.answer('单位名称', '乌海市发展和改革委员会');
    await t.answer('单位类别', ''); // 市人民政府组成部门, the first
    await t.answer('重点领域', ''); // 项目建设, the first
    await t.answer('分管市领导姓名', '张三：副市长');
    await t.waitFor('姓名中不能有“：”。请只写姓名，如“张三”；职务在另一项填写。（输入 < 返回上一项修改）');
    // "<" goes back one question: the domain, asked again with the old answer offered.
    t.type(KEY.clearLine + '<' + KEY.enter);
    await t.answer('重点领域', KEY.down); // 产业转型, the second
    await t.answer('分管市领导姓名', '张三');
    await t.answer('分管市领导职务', ''); // 副市长 offered
    await t.answer('主要负责同志姓名', '李四');
    await t.answer('主要负责同志职务', '主任');
    await t.answer('联络人姓名（可不填）', '');
    await t.waitFor('已写入 units/fgw/unit.yaml');
    expect(await t.exit()).toBe(0);
    const unit = parse(readFileSync(join(dir, 'units', 'fgw', 'unit.yaml'), 'utf8'));
    expect(unit.leader_in_charge).toEqual({ name: '张三', title: '副市长' });
    expect(unit.domain).toBe('industrial-transformation');
    // Written, so no draft is left.
    expect(existsSync(join(dir, '.ebz', 'drafts', 'unit.json'))).toBe(false);
  });

  it('offers a way back when the signer differs from unit.yaml, asks 是/否, and writes once it is fixed', { timeout: 120_000 }, async () => {
    const dir = fixture('benchmark-missing');
    const t = terminal(['new', 'benchmark', dir, '--unit', 'fgw']);
    await t.answer('报送日期', ''); // today
    await t.answer('建标学习对象所在地区', '陕西省榆林市');
    await t.answer('对口单位', '榆林市发展和改革委员会');
    await t.answer('对象类别', KEY.down + KEY.down); // ③资源型城市
    await t.answer('先进性', '榆林市转型经验获国家通报。');
    await t.answer('可比性', '同为能源城市。');
    await t.answer('针对性', '学习项目储备机制。');
    await t.answer('指标标识', 'invest-growth');
    await t.answer('指标名称', '固定资产投资增速');
    await t.answer('计量单位', '%');
    await t.answer('指标方向', ''); // 越高越好
    await t.answer('基期值', '8');
    await t.answer('标杆值', '12');
    await t.answer('目标值', '12.5');
    await t.answer('还要添加对标指标吗？（是/否）', '否');
    await t.answer('学习内容', '重大项目储备机制');
    await t.answer('还要添加学习内容吗？（是/否）', '');
    await t.answer('审签日期', ''); // the submission date
    await t.answer('审签人（分管市领导）', KEY.clearLine + '李四');
    // Not refused with no way out: the wizard says who is on record and what can be done.
    await t.waitFor('审签人“李四”与 unit.yaml 不符');
    await t.waitFor('在任的分管市领导是张三。怎么办？');
    await t.waitFor('改填审签人（应为张三）');
    await t.waitFor('返回修改审签日期');
    await t.waitFor('先停下：已填内容保存为草稿');
    t.type(KEY.down + KEY.enter); // back to the approval date
    await t.answer('审签日期', '');
    await t.answer('审签人（分管市领导）', KEY.clearLine + '张三');
    await t.waitFor('已写入 units/fgw/benchmark.yaml');
    await t.exit();
    const doc = parse(readFileSync(join(dir, 'units', 'fgw', 'benchmark.yaml'), 'utf8'));
    expect(doc.approval.by).toBe('张三');
    expect(doc.target.category).toBe('resource-city');
    expect(doc.indicators).toHaveLength(1);
    expect(doc.learning).toEqual(['重大项目储备机制']);
  });

  it('keeps the answers of a run stopped half-way in .ebz/drafts/, never in a unit folder, and resumes them', { timeout: 120_000 }, async () => {
    const dir = wuhai();
    const first = terminal(['new', 'unit', dir]);
    await first.answer('单位标识', 'rsj');
    await first.answer('单位名称', '乌海市人力资源和社会保障局');
    await first.waitFor('单位类别');
    first.type(KEY.interrupt);
    await first.waitFor('已停下，未写入文件；已填的回答保存在 .ebz/drafts/unit.json，再次运行 ebz new unit 即可接着填写。');
    expect(await first.exit()).toBe(2);
    const draft = JSON.parse(readFileSync(join(dir, '.ebz', 'drafts', 'unit.json'), 'utf8'));
    expect(draft.answers.map((a: { value: string }) => a.value)).toEqual(['rsj', '乌海市人力资源和社会保障局']);
    expect(readdirSync(join(dir, 'units'))).toEqual([]);

    const second = terminal(['new', 'unit', dir]);
    await second.answer('上次 ebz new unit 未填完，已保存 2 项回答', ''); // 是, the default
    // The two answers are taken from the draft; the first question asked is the one after them.
    await second.answer('单位类别', '');
    await second.answer('重点领域', KEY.down.repeat(9)); // talent, the tenth
    await second.answer('分管市领导姓名', '王五');
    await second.answer('分管市领导职务', '');
    await second.answer('主要负责同志姓名', '赵六');
    await second.answer('主要负责同志职务', '局长');
    await second.answer('联络人姓名（可不填）', '');
    await second.waitFor('已写入 units/rsj/unit.yaml');
    expect(await second.exit()).toBe(0);
    expect(second.screen).not.toContain('单位标识');
    const unit = parse(readFileSync(join(dir, 'units', 'rsj', 'unit.yaml'), 'utf8'));
    expect(unit).toMatchObject({ id: 'rsj', name: '乌海市人力资源和社会保障局', domain: 'talent', principal: { name: '赵六', title: '局长' } });
    expect(existsSync(join(dir, '.ebz', 'drafts', 'unit.json'))).toBe(false);
  });
});
