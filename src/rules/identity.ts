// id-mismatch, unit-profile-missing, unit-domain-unknown, duplicate-id: each file says whose it is, a
// unit's domain is one the campaign has, and ids are unique.
import { choiceList, domainChoices, matchChoice } from '../model/labels.js';
import { measureDefinitions } from '../model/measures.js';
import { rosterOf } from '../model/roster.js';
import { indicatorDefinitions, type IndicatorDefinition } from '../model/yearly.js';
import { nearest } from '../load/validate.js';
import type { SourceFile } from '../load/source.js';
import type { DataPath } from '../load/yaml.js';
import { lines, type UnitRule } from './types.js';

export const idMismatch: UnitRule = {
  id: 'id-mismatch',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: {
    zh: '文件中的单位标识、月份或年度与文件夹名、文件名不一致。',
    en: 'The unit id, month or year written in a file differs from its folder or file name.',
  },
  messages: {
    unit: { zh: '单位标识写的是“{value}”，但文件在文件夹“{expected}”中。请改为 {expected}，或放到正确的文件夹。', en: 'The unit id is "{value}" but the file is in the folder "{expected}". Write {expected}, or move the file.' },
    period: { zh: '报告月份写的是“{value}”，但文件名是 {expected}.yaml。请核对月份。', en: 'The period is "{value}" but the file is named {expected}.yaml. Check the month.' },
    year: { zh: '总结年度写的是 {value}，但文件名是 {expected}.yaml。请核对年度。', en: 'The year is {value} but the file is named {expected}.yaml. Check the year.' },
    sameFolder: {
      zh: '单位标识写的是“{value}”，但同一文件夹中的 {reference} 写的是“{expected}”。一个文件夹只放一个成员单位的材料，请核对。',
      en: 'The unit id is "{value}" but {reference} in the same folder says "{expected}". A folder holds one unit\'s files; check which is right.',
    },
  },
  explain: {
    why: {
      zh: '文件内容写的单位、月份或年度与所在位置不一致，材料会被算到错误的单位或期次，另一处则显示未报。',
      en: 'When a file names a unit, month or year other than where it sits, it is counted for the wrong unit or period, and the right one shows as missing.',
    },
    fix: {
      zh: '核对文件内的 unit、period、year 与文件夹名、文件名是否一致：内容写错的改内容，放错位置的移动文件。复制上月文件改写时，请同时改 period。',
      en: 'Check that unit, period and year match the folder and file names: correct the content if it is wrong, move the file if it is misplaced. When copying last month\'s file, change period too.',
    },
    file: 'units/fgw/progress/2022-04.yaml',
    wrong: lines('unit: fgw', 'period: 2022-03   # ← 文件名为 2022-04.yaml', 'submitted: 2022-05-05'),
    right: lines('unit: fgw', 'period: 2022-04', 'submitted: 2022-05-05'),
  },
  check({ state, unit, report }) {
    const docs = [unit.benchmark, unit.research, unit.plan, ...unit.progress, ...unit.annual].filter((doc) => doc !== undefined);
    // A folder outside a campaign (sent by mail, or a draft on a desktop) is not named by a campaign: its
    // files must agree with one another, with unit.yaml first, not with whatever the folder is called.
    const first = unit.profile ? { file: unit.profile.file, id: unit.profile.data.id } : docs[0] && { file: docs[0].file, id: docs[0].data.unit };
    const byFiles = state.loaded.layout === 'lone-unit' && first !== undefined && first.id !== unit.id;
    const expected = byFiles ? first.id : unit.id;
    const mismatch = (source: SourceFile, path: DataPath, value: string) =>
      report({ source, path }, byFiles ? 'sameFolder' : 'unit', byFiles ? { value, reference: first.file.rel, expected } : { value, expected });
    if (unit.profile && unit.profile.data.id !== expected) mismatch(unit.profile.file, ['id'], unit.profile.data.id);
    for (const doc of docs) if (doc.data.unit !== expected) mismatch(doc.file, ['unit'], doc.data.unit);
    for (const [month, file] of unit.folder.progress) {
      const doc = unit.progress.find((d) => d.file === file);
      if (doc && doc.data.period !== month) report({ source: file, path: ['period'] }, 'period', { value: doc.data.period, expected: month });
    }
    for (const [year, file] of unit.folder.annual) {
      const doc = unit.annual.find((d) => d.file === file);
      if (doc && doc.data.year !== year) report({ source: file, path: ['year'] }, 'year', { value: doc.data.year, expected: year });
    }
  },
};

export const unitProfileMissing: UnitRule = {
  id: 'unit-profile-missing',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: { zh: '成员单位文件夹中没有 unit.yaml。', en: 'A unit folder has no unit.yaml.' },
  messages: {
    missing: {
      zh: '成员单位文件夹“{unit}”中没有 unit.yaml（单位名称、类别、分管市领导、主要负责同志）。没有它无法核对审签人。',
      en: 'The unit folder "{unit}" has no unit.yaml (name, kind, leader in charge, principal); without it the approvers cannot be checked.',
    },
  },
  explain: {
    why: {
      zh: '没有单位基本信息，就无法确定分管市领导和主要负责同志，审签人无从核对，也无法按领域评估。',
      en: 'Without the unit profile the leader in charge and the principal are unknown, so approvers cannot be checked and the unit cannot be scored by domain.',
    },
    fix: {
      zh: '在成员单位文件夹中建立 unit.yaml，填写单位名称、类别、所属领域、分管市领导和主要负责同志（可运行 ebz new unit 生成）。市委部门可不填分管市领导。',
      en: 'Create unit.yaml in the unit folder with the name, kind, domain, leader in charge and principal (ebz new unit writes one). Party departments may leave out the leader in charge.',
    },
    file: 'units/fgw/unit.yaml',
    wrong: lines('# ← units/fgw/unit.yaml 不存在'),
    right: lines(
      'id: fgw',
      'name: 鄂尔多斯市发展和改革委员会',
      'kind: government-department',
      'domain: project-construction',
      'leader_in_charge: { name: 张三, title: 副市长 }',
      'principal: { name: 李四, title: 主任 }',
    ),
  },
  check({ unit, report }) {
    // A member with no folder at all is chased by its missing documents; the roster says who it is.
    if (unit.folder.profile || unit.folder.absent) return;
    const file = unit.folder.rel ? `${unit.folder.rel}/unit.yaml` : 'unit.yaml';
    report({ file }, 'missing', { unit: unit.id });
  },
};

export const unitDomainUnknown: UnitRule = {
  id: 'unit-domain-unknown',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: { zh: 'unit.yaml（或成员单位名单）的所属领域不是 campaign.yaml 中 domains 的一项。', en: "A unit's domain in unit.yaml (or the roster) is not a key of campaign.yaml domains." },
  messages: {
    unknown: {
      zh: '所属领域“{domain}”不在 campaign.yaml 的 domains 中，是否应为“{suggestion}”？领域不对，按领域设置的赋分权重就不会用上。',
      en: 'The domain "{domain}" is not in campaign.yaml domains; did you mean "{suggestion}"? With a wrong domain the domain weights do not apply.',
    },
    label: { zh: '“{domain}”应写作 {suggestion}。', en: '"{domain}" should be written {suggestion}.' },
    unknownNoSuggestion: {
      zh: '所属领域“{domain}”不在 campaign.yaml 的 domains 中。可选：{known}。领域不对，按领域设置的赋分权重就不会用上。',
      en: 'The domain "{domain}" is not in campaign.yaml domains. Choose one of: {known}. With a wrong domain the domain weights do not apply.',
    },
  },
  explain: {
    why: {
      zh: '各领域的赋分权重不同（差异化设置赋分权重）。所属领域写错或写了 campaign.yaml 中没有的领域，本单位就按默认权重评分，得分和名次都会改变，而且没有任何提示。',
      en: 'Domains are weighted differently. A misspelt domain, or one that campaign.yaml does not list, silently scores the unit with the default weights, changing its score and rank.',
    },
    fix: {
      zh: '把 unit.yaml 的 domain 改为 campaign.yaml 中 domains 的某一项（英文标识，不是中文名称）。',
      en: 'Set domain in unit.yaml to one of the keys of campaign.yaml domains (the English id, not the Chinese name).',
    },
    file: 'units/hbj/unit.yaml',
    wrong: lines('id: hbj', 'name: 鄂尔多斯市生态环境局', 'kind: government-department', 'domain: yellow-river-ecolgy   # ← 拼写错误'),
    right: lines('id: hbj', 'name: 鄂尔多斯市生态环境局', 'kind: government-department', 'domain: yellow-river-ecology'),
  },
  check({ state, unit, report }) {
    // Under a roster the domain is the roster's: the finding points at its entry in campaign.yaml.
    const entry = rosterOf(state.campaign)?.get(unit.id);
    const domain = entry ? entry.member.domain : unit.profile?.data.domain;
    const campaignFile = state.loaded.campaignFile;
    const target = entry && campaignFile ? { source: campaignFile, path: ['members', entry.index, 'domain'] } : unit.profile && { source: unit.profile.file, path: ['domain'] };
    if (!target || typeof domain !== 'string' || Object.hasOwn(state.campaign.domains, domain)) return;
    const choices = domainChoices(state.campaign.domains);
    const meant = matchChoice(domain, choices);
    if (meant !== undefined) return report(target, 'label', { domain, suggestion: meant });
    const suggestion = nearest(domain, Object.keys(state.campaign.domains));
    report(target, suggestion ? 'unknown' : 'unknownNoSuggestion', { domain, suggestion: suggestion ?? '', known: choiceList(choices) });
  },
};

export const duplicateId: UnitRule = {
  id: 'duplicate-id',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: { zh: '一个成员单位的两项对标指标（含年度总结新增的指标）或两项工作措施使用了同一个标识。', en: 'Two indicators (new ones of annual reviews included) or two measures of a unit share an id.' },
  messages: {
    indicator: { zh: '对标指标标识“{id}”重复（第 {first} 项已使用）。每项指标的标识应唯一。', en: 'The indicator id "{id}" is used twice (already by item {first}). Each indicator needs its own id.' },
    indicatorElsewhere: {
      zh: '新增对标指标的标识“{id}”重复（{firstFile} 已使用）。新增指标应另起标识；已有指标的新目标值写在 targets 中。',
      en: 'The new indicator id "{id}" is already used (in {firstFile}). A new indicator needs its own id; a new target for an existing indicator goes under targets.',
    },
    measure: { zh: '工作措施标识“{id}”重复（{firstFile} 已使用）。每项措施的标识应唯一。', en: 'The measure id "{id}" is used twice (already in {firstFile}). Each measure needs its own id.' },
  },
  explain: {
    why: {
      zh: '标识重复时，月度进展报告的是哪一项无法分辨，进度和考核都会记错。',
      en: 'With a repeated id, a progress report cannot tell which item it is about, and progress and scores are recorded against the wrong one.',
    },
    fix: {
      zh: '为每项对标指标、每项工作措施使用唯一标识（如 m1、m2、m3），年度总结新增措施也不能与方案中已有的重复；改动后同步修改月度进展中的引用。',
      en: 'Give every indicator and every measure its own id (m1, m2, m3 …), including new measures in annual reviews; then update the references in the progress reports.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '  - id: m1   # ← 与上一项重复', '    title: 推行并联审批'),
    right: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '  - id: m2', '    title: 推行并联审批'),
  },
  check({ unit, report }) {
    // benchmark.yaml's indicators, then each annual review's new_indicators: one id, one indicator.
    const indicators = new Map<string, IndicatorDefinition>();
    for (const definition of indicatorDefinitions(unit)) {
      const { id } = definition.indicator;
      const first = indicators.get(id);
      if (first === undefined) {
        indicators.set(id, definition);
      } else if (first.source === definition.source) {
        report({ source: definition.source.file, path: [...definition.path, 'id'] }, 'indicator', { id, first: Number(first.path[1]) + 1 });
      } else {
        report({ source: definition.source.file, path: [...definition.path, 'id'] }, 'indicatorElsewhere', { id, firstFile: first.source.file.rel });
      }
    }
    const seen = new Map<string, string>();
    for (const definition of measureDefinitions(unit)) {
      const firstFile = seen.get(definition.measure.id);
      if (firstFile !== undefined) {
        report({ source: definition.source.file, path: [...definition.path, 'id'] }, 'measure', { id: definition.measure.id, firstFile });
      } else {
        seen.set(definition.measure.id, definition.source.file.rel);
      }
    }
  },
};
