/**
 * The fixed vocabularies of customer-service work, defined once.
 * Each vocabulary maps a stable ASCII id (what contributors write in frontmatter)
 * to its Chinese and English labels. Schemas, filters and pages all derive from these objects.
 */

export interface Term {
  /** Label shown in the UI (Simplified Chinese). */
  zh: string;
  /** English label, for English readers of the docs. */
  en: string;
  /** Optional one-line explanation shown in reference pages and the scaffolder. */
  hint?: string;
}

export type Vocabulary = Record<string, Term>;

/** Ids of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function idsOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}

/** Chinese label of an id, or the id itself when unknown (never throws in a page). */
export function labelOf(vocabulary: Vocabulary, id: string): string {
  return vocabulary[id]?.zh ?? id;
}

export const channels = {
  phone: { zh: '电话', en: 'Phone' },
  chat: { zh: '在线客服', en: 'Online chat' },
  email: { zh: '电子邮件', en: 'E-mail' },
  app: { zh: 'App 内反馈', en: 'App' },
  social: { zh: '社交媒体', en: 'Social media' },
  'in-person': { zh: '现场/营业厅', en: 'In person' },
  ticket: { zh: '工单', en: 'Ticket' },
} as const satisfies Vocabulary;

/** Service-failure groups (服务失误类型), the four-group classification of critical incidents. */
export const failureGroups = {
  delivery: { zh: '服务交付系统失误', en: 'Service-delivery-system failure' },
  needs: { zh: '对顾客需要的反应失误', en: 'Failure in responding to customer needs' },
  employee: { zh: '员工自发行为引发的失误', en: 'Unprompted employee action' },
  'problem-customer': { zh: '问题顾客', en: 'Problem customer' },
} as const satisfies Vocabulary;

export type FailureGroup = keyof typeof failureGroups;

/** Failure subtypes; each belongs to exactly one group, so contributors write only the subtype. */
export const failureTypes = {
  unavailable: { zh: '服务不可获得', en: 'Service unavailable', group: 'delivery' },
  slow: { zh: '不合理的服务延误', en: 'Unreasonably slow service', group: 'delivery' },
  'core-failure': { zh: '其他核心服务失败', en: 'Other core-service failure', group: 'delivery' },
  'special-needs': {
    zh: '特殊需要',
    en: 'Special needs',
    group: 'needs',
    hint: '医疗、饮食、心理、语言或社交方面的困难',
  },
  preference: { zh: '顾客偏好', en: 'Customer preference', group: 'needs' },
  'customer-error': { zh: '顾客的错误', en: 'Customer error', group: 'needs' },
  'disruptive-others': { zh: '他人干扰', en: 'Disruptive others', group: 'needs' },
  attention: { zh: '关注程度', en: 'Level of attention', group: 'employee' },
  'unusual-action': { zh: '非常行为', en: 'Unusual action', group: 'employee' },
  'cultural-norms': { zh: '文化规范', en: 'Cultural norms', group: 'employee' },
  'overall-impression': { zh: '整体评价', en: 'Overall impression', group: 'employee' },
  'adverse-conditions': { zh: '不利条件', en: 'Adverse conditions', group: 'employee' },
  abuse: { zh: '言语/身体伤害', en: 'Verbal or physical abuse', group: 'problem-customer' },
  'policy-breach': { zh: '违反企业政策', en: 'Breaking company policy', group: 'problem-customer' },
  uncooperative: { zh: '不合作的顾客', en: 'Uncooperative customer', group: 'problem-customer' },
  drunkenness: { zh: '醉酒', en: 'Drunkenness', group: 'problem-customer' },
} as const satisfies Record<string, Term & { group: FailureGroup }>;

export type FailureType = keyof typeof failureTypes;

/** SERVQUAL service-quality dimensions (服务质量五维度). */
export const servqualDimensions = {
  reliability: { zh: '可靠性', en: 'Reliability' },
  assurance: { zh: '保证性', en: 'Assurance' },
  tangibles: { zh: '有形性', en: 'Tangibles' },
  empathy: { zh: '移情性', en: 'Empathy' },
  responsiveness: { zh: '响应性', en: 'Responsiveness' },
} as const satisfies Vocabulary;

/** Service-recovery principles (服务补救原则). */
export const recoveryPrinciples = {
  'right-first-time': { zh: '第一次就做对', en: 'Do it right the first time' },
  'welcome-complaints': { zh: '欢迎并鼓励抱怨', en: 'Welcome and encourage complaints' },
  'act-quickly': { zh: '快速行动', en: 'Act quickly' },
  'outcome-fairness': { zh: '结果公平', en: 'Outcome fairness' },
  'procedural-fairness': { zh: '过程公平', en: 'Procedural fairness' },
  'interactional-fairness': { zh: '互动公平', en: 'Interactional fairness' },
  'learn-from-recovery': { zh: '从补救中学习', en: 'Learn from recovery experience' },
  'learn-from-lost-customers': { zh: '从流失顾客中学习', en: 'Learn from lost customers' },
} as const satisfies Vocabulary;

/** Service-standard areas: seven procedural (程序面) and seven personal (个人面). */
export const serviceStandards = {
  timeliness: { zh: '时限', en: 'Timeliness', hint: '程序面' },
  flow: { zh: '流程', en: 'Flow', hint: '程序面' },
  accommodation: { zh: '适应性', en: 'Accommodation', hint: '程序面' },
  anticipation: { zh: '预见性', en: 'Anticipation', hint: '程序面' },
  communication: { zh: '信息沟通', en: 'Communication', hint: '程序面' },
  'customer-feedback': { zh: '顾客反馈', en: 'Customer feedback', hint: '程序面' },
  supervision: { zh: '组织和监管', en: 'Organisation and supervision', hint: '程序面' },
  appearance: { zh: '仪表', en: 'Appearance', hint: '个人面' },
  attitude: { zh: '态度', en: 'Attitude and body language', hint: '个人面' },
  attentiveness: { zh: '关注', en: 'Attentiveness', hint: '个人面' },
  tact: { zh: '得体', en: 'Tact and service language', hint: '个人面' },
  guidance: { zh: '指导', en: 'Guidance', hint: '个人面' },
  selling: { zh: '销售技巧', en: 'Selling skills', hint: '个人面' },
  'gracious-problem-solving': { zh: '有礼貌地解决问题', en: 'Gracious problem solving', hint: '个人面' },
} as const satisfies Vocabulary;

/** Severity 1-4, 4 being the most serious. Keys are strings because YAML numbers are normalised to them. */
export const severities = {
  '1': { zh: '轻微', en: 'Minor', hint: '个别客户不便，无损失' },
  '2': { zh: '一般', en: 'Moderate', hint: '客户有实际损失或多次来电' },
  '3': { zh: '严重', en: 'Serious', hint: '投诉升级、监管投诉风险或较大损失' },
  '4': { zh: '重大', en: 'Critical', hint: '群体性、媒体曝光或重大损失' },
} as const satisfies Vocabulary;

export const caseStatuses = {
  resolved: { zh: '已解决', en: 'Resolved' },
  'partially-resolved': { zh: '部分解决', en: 'Partially resolved' },
  escalated: { zh: '已升级', en: 'Escalated' },
  unresolved: { zh: '未解决', en: 'Unresolved' },
} as const satisfies Vocabulary;

export const confidenceLevels = {
  draft: { zh: '草稿', en: 'Draft', hint: '尚未复核，仅供参考' },
  validated: { zh: '已验证', en: 'Validated', hint: '班组长或质检已复核，可直接参照' },
  archived: { zh: '已归档', en: 'Archived', hint: '政策或流程已变，保留供查阅' },
} as const satisfies Vocabulary;

/** Conversation stages of a service script (服务话术阶段), in conversation order. */
export const scriptStages = {
  greeting: { zh: '开场', en: 'Greeting' },
  listening: { zh: '倾听确认', en: 'Listening and confirming' },
  empathy: { zh: '共情安抚', en: 'Empathy' },
  clarifying: { zh: '澄清提问', en: 'Clarifying questions' },
  solution: { zh: '方案说明', en: 'Explaining the solution' },
  escalation: { zh: '升级转接', en: 'Escalation or transfer' },
  closing: { zh: '结束语', en: 'Closing' },
  'follow-up': { zh: '回访跟进', en: 'Follow-up' },
} as const satisfies Vocabulary;

export const roles = {
  agent: { zh: '一线客服', en: 'Agent' },
  'senior-agent': { zh: '资深客服', en: 'Senior agent' },
  'complaint-specialist': { zh: '投诉专员', en: 'Complaint specialist' },
  'team-lead': { zh: '班组长', en: 'Team lead' },
  quality: { zh: '质检专员', en: 'Quality analyst' },
  trainer: { zh: '培训师', en: 'Trainer' },
  manager: { zh: '客服主管', en: 'Manager' },
} as const satisfies Vocabulary;

/** Scripts in which an entry is written. Traditional-script teams write zh-TW (or zh-HK). */
export const writingScripts = {
  'zh-CN': { zh: '简体中文', en: 'Simplified Chinese' },
  'zh-TW': { zh: '繁体中文（台湾）', en: 'Traditional Chinese (Taiwan)' },
  'zh-HK': { zh: '繁体中文（香港）', en: 'Traditional Chinese (Hong Kong)' },
} as const satisfies Vocabulary;

/** The four kinds of entry. */
export const entryKinds = {
  case: { zh: '案例', en: 'Case' },
  daily: { zh: '每日一案例', en: 'Daily case' },
  practice: { zh: '最佳实践', en: 'Best practice' },
  script: { zh: '话术', en: 'Service script' },
} as const satisfies Vocabulary;

/**
 * The fixed section shape of a case body, in order: it mirrors how a complaint is solved
 * (define → background → root cause → act → verify → learn). Traditional-script entries may use
 * the Traditional heading; both forms are accepted.
 */
export const caseSections = [
  { id: 'issue', zh: '客户问题', hant: '客戶問題', en: 'Customer issue' },
  { id: 'background', zh: '背景', hant: '背景', en: 'Background' },
  { id: 'root-cause', zh: '根因分析', hant: '根因分析', en: 'Root-cause analysis' },
  { id: 'actions', zh: '处理过程', hant: '處理過程', en: 'What was done' },
  { id: 'result', zh: '处理结果', hant: '處理結果', en: 'Result' },
  { id: 'lessons', zh: '经验总结', hant: '經驗總結', en: 'Lessons' },
] as const;

export type CaseSectionId = (typeof caseSections)[number]['id'];
