// `ebz schema KIND`: a filled example of each kind of file, written as `ebz new` writes files, for a
// clerk to copy. (The JSON Schema itself is `ebz schema KIND --json`, for editors.)
import { annualYaml, benchmarkYaml, planYaml, progressYaml, researchYaml, unitYaml } from '../authoring/templates.js';
import { DEFAULT_CAMPAIGN_YAML } from '../model/default-campaign.js';
import type { SchemaKind } from '../model/schemas.generated.js';
import type { PlanDoc } from '../model/types.js';

const APPROVAL = { by: '张三', role: 'leader-in-charge', date: '2022-02-13' } as const;

const MEASURES: PlanDoc['measures'] = [
  { id: 'm1', title: '建立重大项目储备库', responsible: { unit: '项目科', person: '赵六' }, deliverable: '储备库及动态管理办法', due: '2022-04-30', indicator: 'invest-growth' },
  { id: 'm2', title: '推行并联审批', responsible: { unit: '审批科', person: '钱七' }, deliverable: '并联审批实施办法', due: '2022-10-31', indicator: 'approval-days' },
];

const EXAMPLES: Record<Exclude<SchemaKind, 'campaign' | 'adjustments'>, () => string> = {
  unit: () =>
    unitYaml({
      id: 'fgw',
      name: '鄂尔多斯市发展和改革委员会',
      kind: 'government-department',
      domain: 'project-construction',
      leader_in_charge: { name: '张三', title: '副市长' },
      principal: { name: '李四', title: '主任' },
      contact: { name: '王五', phone: '0477-8888888' },
    }),
  benchmark: () =>
    benchmarkYaml({
      unit: 'fgw',
      submitted: '2022-01-03',
      target: { region: '陕西省榆林市', counterpart: '榆林市发展和改革委员会', category: 'resource-city' },
      principles: { advanced: '榆林市资源型地区转型发展经验获国家发展改革委通报推广。', comparable: '两市同为能源资源型城市，经济体量和产业结构相近。', targeted: '重点学习重大项目谋划储备和要素保障机制。' },
      indicators: [
        { id: 'invest-growth', name: '固定资产投资增速', unit: '%', direction: 'higher', baseline: 8, benchmark: 12, target: 12.5 },
        { id: 'approval-days', name: '项目审批平均用时', unit: '天', direction: 'lower', baseline: 60, benchmark: 40, target: 38 },
      ],
      learning: ['重大项目谋划储备机制', '要素保障联动机制'],
      approval: { ...APPROVAL, date: '2022-01-02' },
    }),
  research: () =>
    researchYaml({
      unit: 'fgw',
      submitted: '2022-02-09',
      contact: { established: '2022-01-14', channel: '建立季度视频会商机制' },
      trips: [{ date: '2022-01-25', destination: '陕西省榆林市', participants: 5, findings: '学习重大项目全流程帮办代办做法。' }],
    }),
  plan: () =>
    planYaml({
      unit: 'fgw',
      submitted: '2022-02-14',
      gaps: [{ type: 'gap', indicator: 'invest-growth', description: '投资增速低于榆林市 4 个百分点。', cause: '重大项目储备不足。' }],
      objectives: ['固定资产投资增速达到 12.5%', '项目审批平均用时压减到 38 天'],
      deployment: '成立工作专班，主要负责同志亲自部署，每月调度。',
      measures: MEASURES,
      exchanges: [{ type: 'cadre-secondment', planned: 2 }],
      approval: APPROVAL,
    }),
  progress: () =>
    progressYaml({
      unit: 'fgw',
      period: '2022-05',
      submitted: '2022-06-02',
      measures: [{ id: 'm2', status: 'in-progress', percent: 50, note: '实施办法已征求意见' }],
      indicators: [{ id: 'approval-days', value: 50 }],
    }),
  annual: () =>
    annualYaml({
      unit: 'fgw',
      year: 2022,
      submitted: '2023-01-20',
      measures: [
        { id: 'm1', status: 'done', percent: 100 },
        { id: 'm2', status: 'done', percent: 100 },
      ],
      indicators: [
        { id: 'invest-growth', value: 11 },
        { id: 'approval-days', value: 42 },
      ],
      learned: [{ title: '重大项目储备机制', summary: '形成“谋划一批、储备一批、建设一批”的滚动机制。', measures: ['m1'] }],
    }),
};

const ADJUSTMENTS = [
  '# 加减分（领导小组办公室填写）：单位标识、分值（加分为正，减分为负）、日期、事由',
  '- { unit: fgw, points: 2, date: 2022-09-01, reason: 经验做法获国家发展改革委推广 }',
  '',
].join('\n');

/** The example file of `kind`, as YAML text. */
export function exampleOf(kind: SchemaKind): string {
  if (kind === 'campaign') return DEFAULT_CAMPAIGN_YAML;
  if (kind === 'adjustments') return ADJUSTMENTS;
  return EXAMPLES[kind]();
}
