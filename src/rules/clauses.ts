// The clauses of the plan the rules cite, quoted from 《鄂尔多斯市对标先进提升创建工作实施方案》 (2021).
import type { Localized } from '../i18n/index.js';

/** Clause id as the rules cite it (e.g. '三(二)2') → the clause's words, quoted verbatim from the seed in Chinese, with a faithful English rendering. */
export const CLAUSES: Record<string, Localized> = {
  '三(一)1': {
    zh: '成员由市人民政府各副秘书长，市委组织部、市委宣传部、市委统一战线工作部、市委政法委员会分管负责同志，市人民政府各组成部门、直属事业单位以及自治区垂直管理部门主要负责同志组成。领导小组下设办公室，办公室设在市人民政府办公室。',
    en: 'Its members are the deputy secretaries-general of the municipal government, the responsible officials in charge from the Municipal Party Committee\'s Organization Department, Publicity Department, United Front Work Department and Political and Legal Affairs Commission, and the principals of the municipal government\'s constituent departments, directly affiliated institutions and the autonomous region\'s vertically managed departments. The leading group has an office, housed in the General Office of the municipal government.',
  },
  '三(一)2': {
    zh: '领导小组各成员单位要分别将拟定建标学习对象，明确主要对标指标和学习内容，经市人民政府分管领导审签同意后（市委组织部、市委宣传部、市委统一战线工作部、市委政法委员会由本单位主要负责同志审签），于2022年1月4日前报领导小组办公室。',
    en: 'Each member unit of the leading group shall set out its proposed benchmark object, specifying the main benchmark indicators and what is to be learned, and, after review and sign-off by the municipal government leader in charge (for the Municipal Party Committee\'s Organization Department, Publicity Department, United Front Work Department and Political and Legal Affairs Commission, sign-off by the unit\'s own principal), submit it to the leading-group office by 4 January 2022.',
  },
  '三(二)1': {
    zh: '领导小组各成员单位通过各种方式主动与选定对象建立工作联系，探索搭建双方交流对接平台，至少开展一次“走出去”专题调研，全方位了解目标对象开展相关工作的思维理念、政策制度、方式方法、体制机制、部门衔接等方面内容，为制定学习方案打牢坚实基础。……此项工作需于2022年2月10日前完成。',
    en: 'Each member unit of the leading group shall, by whatever means, take the initiative to establish working contact with its chosen object, explore a platform for exchange between the two sides, and carry out at least one "going out" research trip, gaining a full understanding of the object\'s thinking, policies and systems, methods, institutional mechanisms and inter-departmental coordination in the relevant work, so as to lay a solid foundation for drawing up the learning plan. …This work is to be completed by 10 February 2022.',
  },
  '三(二)2': {
    zh: '方案制定前要根据学习调研成果，开展自检自查，逐项与先进标杆对标对表，查找差距、弱项、短板，分析存在问题原因，确保方案目标明确、部署明确、措施明确、责任明确、成果明确、时间明确，以可操作为标准，量化到事。……各部门《对标创建工作方案》，经市人民政府分管领导审签同意后（市委组织部、市委宣传部、市委统一战线工作部、市委政法委员会由本单位主要负责同志审签），于2022年2月15日前报领导小组办公室。',
    en: 'Before the plan is drawn up, each unit shall, on the basis of what its learning and research found, examine itself, compare itself item by item against the advanced benchmark, and identify its gaps, weaknesses and shortcomings and the causes of its problems; ensure that the plan is clear in its objectives, deployment, measures, responsibilities, deliverables and timing, with operability as the standard, quantified down to specific tasks. …Each department\'s Benchmarking Work Plan, after review and sign-off by the municipal government leader in charge (for the Municipal Party Committee\'s Organization Department, Publicity Department, United Front Work Department and Political and Legal Affairs Commission, sign-off by the unit\'s own principal), is to be submitted to the leading-group office by 15 February 2022.',
  },
  '三(三)': {
    zh: '达标阶段（2022年2月下旬—2022年底）……确保知行合一、学有所成、见到实效。',
    en: 'Reaching-the-standard phase (late February 2022 to the end of 2022) …ensure that knowledge and action are one, that the learning bears fruit, and that real results are seen.',
  },
  '三(三)1': {
    zh: '全面落实《对标创建工作方案》。领导小组各成员单位主要负责同志全程在线，亲自动员、亲自部署、亲自推动，把对标创建工作当做解放思想、提升能力、转变作风的重要方法途径，做到一刻不松抓推进、抓落实，确保知行合一、学有所成、见到实效。',
    en: 'Fully implement the Benchmarking Work Plan. The principal of each member unit of the leading group shall stay engaged throughout, personally mobilizing, deploying and driving the work, treating it as an important way to free up thinking, raise capability and improve work style, pressing on with progress and implementation without a moment\'s slack, and ensuring that knowledge and action are one, that the learning bears fruit, and that real results are seen.',
  },
  '三(三)2': {
    zh: '领导小组各成员单位主动采取“走出去、请进来”等方式，建立与对标合作地区、单位的高层互访、干部互派、企业往来、人才交流、产业合作等对标学习机制，加强与对标对象开展全方位、精细化的学习合作。',
    en: 'Each member unit of the leading group shall take the initiative, by "going out and inviting in" and similar means, to establish benchmarking and learning mechanisms with its partner regions and units — high-level visits, exchange of cadres, enterprise contacts, talent exchange, industrial cooperation and the like — and strengthen all-round, detailed learning and cooperation with its benchmark object.',
  },
  '三(四)2': {
    zh: '领导小组各成员单位每年初动态更新对标创建工作，将已学有所成的先进经验单独整理，尚在学习过程中的予以保留。领导小组办公室结合我市实际组织各部门添加新内容，建立对标创建工作长效机制。',
    en: 'At the start of each year, each member unit of the leading group shall update its benchmarking work, compiling separately the advanced experience it has already learned successfully and retaining what is still being learned. The leading-group office, in light of the city\'s circumstances, shall have the departments add new content, establishing a long-term mechanism for the benchmarking work.',
  },
  '四(二)': {
    zh: '领导小组办公室要会同市委督查室、市人民政府督查室建立健全督查机制，建立“月督查、季通报”的日常督查以及年终主要目标双重考核机制，并将考评结果列入年底“五位一体”考核内容。',
    en: 'The leading-group office, together with the supervision offices of the Municipal Party Committee and the municipal government, shall establish and improve a supervision mechanism — routine supervision by "monthly inspection and quarterly bulletin" and a dual assessment of main objectives at year end — and include the results in the year-end "five-in-one" assessment.',
  },
};
