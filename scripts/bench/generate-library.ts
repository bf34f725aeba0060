/**
 * Generates a realistic content library for benchmarks: all four kinds of entry in the proportions a
 * mature team's library has (cases 70 %, daily entries 15 %, practices 8 %, scripts 7 %), about one in
 * seven written in Traditional Chinese (zh-TW / zh-HK), every reference resolving, every file valid,
 * free of personal data and banned phrases, with the sample library's synonym lexicon (a team's library has one,
 * and the search's meaning matches and the similarity step use it). Deterministic: the same options give the same
 * files.
 *
 *   node scripts/bench/generate-library.ts --entries 10000 --out /tmp/library [--seed 1] [--today 2026-11-28]
 *
 * Used by `npm run bench:check`; a build benchmark points `CASEBOOK_CONTENT` at the folder it writes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../../src/config.ts';
import { addDays, calendarDateIn } from '../../src/lib/daily/dates.ts';
import {
  caseSections,
  channels,
  failureTypes,
  scriptStages,
  servqualDimensions,
} from '../../src/lib/cases/taxonomy.ts';
import { layout } from '../../src/library/layout.ts';
import { readJourneys } from '../../src/library/read.ts';

export interface GenerateOptions {
  /** Entries to write (cases, daily entries, practices and scripts); people are added on top. */
  entries: number;
  /** Folder to write the library into; it must be new or empty. */
  out: string;
  seed?: number;
  /** Date the library is “as of”: daily entries end here and reviews are recent relative to it. */
  today?: string;
}

export interface GeneratedLibrary {
  cases: number;
  daily: number;
  practices: number;
  scripts: number;
  people: number;
  traditional: number;
  bytes: number;
}

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const count = Math.min(pool.length, min + int(max - min + 1));
    return Array.from({ length: count }, () => pool.splice(int(pool.length), 1)[0]!);
  };
  return { next, int, pick, some };
}

interface Industry {
  team: keyof typeof config.teams;
  products: (keyof typeof config.products)[];
  categories: (keyof typeof config.categories)[];
  subjects: string[];
  problems: string[];
  background: string[];
  causes: [string, string, string][];
}

const industries: Record<string, Industry> = {
  ecommerce: {
    team: 'ecom-online',
    products: ['mall-app', 'fresh-grocery'],
    categories: ['refund', 'logistics', 'product-quality', 'payment', 'service-attitude'],
    subjects: [
      '预售尾款退款',
      '生鲜冷链包裹',
      '大促优惠券',
      '七天无理由退货',
      '以旧换新补贴',
      '会员积分',
      '海外直邮订单',
      '家电上门安装',
    ],
    problems: [
      '超时未到账',
      '重复扣款',
      '显示签收但未收到',
      '发错型号',
      '赠品漏发',
      '价保申请被拒',
      '物流停滞三天',
      '退款金额不符',
    ],
    background: [
      '大促期间咨询量是平日的五倍，排队时长超过二十分钟。',
      '退款需要支付渠道对账，信用卡分期顺延三个工作日。',
      '快递中转仓爆仓，部分包裹滞留。',
      '商品详情页的说明与实际规则不一致。',
      '客户此前已两次进线，前两次答复不一致。',
      '系统页面只显示汇总状态，不显示逐笔明细。',
    ],
    causes: [
      ['客服答复', '只看订单状态', '没有展开退款明细'],
      ['系统提示', '页面显示成功', '部分成功即显示成功'],
      ['合作方', '物流信息不更新', '中转仓扫描延迟'],
      ['活动规则', '客户理解有误', '规则说明藏在二级页面'],
      ['交接', '工单被重复流转', '没有指定负责人'],
    ],
  },
  telecom: {
    team: 'telecom-hotline',
    products: ['mobile-plan', 'broadband'],
    categories: ['billing', 'plan-change', 'network', 'installation'],
    subjects: [
      '5G 套餐变更',
      '宽带装机预约',
      '国际漫游账单',
      '携号转网',
      '家庭宽带报修',
      '副卡开通',
      '流量包退订',
      '靓号保底消费',
    ],
    problems: [
      '多收费用',
      '三次改约',
      '信号中断两天',
      '授权码失败',
      '违约金争议',
      '未经同意开通业务',
      '账单突然翻倍',
      '上门人员未到',
    ],
    background: [
      '套餐规则去年调整过一次，老用户仍按旧规则计费。',
      '装维人员按片区排班，恶劣天气时工单积压。',
      '漫游费用按运营商结算周期延迟出账。',
      '客户是老年用户，对线上操作不熟悉。',
      '营业厅与热线的系统信息不同步。',
      '该业务需要客户本人到厅办理。',
    ],
    causes: [
      ['计费系统', '费用重复计收', '套餐切换当月按两套规则计费'],
      ['预约系统', '改约未通知客户', '短信模板缺少改约场景'],
      ['一线答复', '只说按规定办理', '没有解释规则来源'],
      ['网络', '基站退服', '暴雨导致传输中断'],
      ['流程', '需要多部门会签', '没有时限要求'],
    ],
  },
  banking: {
    team: 'bank-card-center',
    products: ['credit-card', 'debit-card', 'mobile-banking'],
    categories: ['account-security', 'card-service', 'payment'],
    subjects: [
      '信用卡分期手续费',
      '境外盗刷争议',
      '手机银行转账',
      '账户冻结',
      'ETC 代扣',
      '额度调整',
      '老年客户销户',
      '年费减免',
    ],
    problems: [
      '未充分告知',
      '转错收款人',
      '同一笔扣了两次',
      '额度突然降低',
      '解冻流程过长',
      '客户情绪激动',
      '网点排队过久',
      '挂失后仍有交易',
    ],
    background: [
      '该产品的费率在合同中以年化形式披露，客户只看到了月费率。',
      '风控模型在夜间批量调整额度。',
      '争议交易需要卡组织仲裁，周期较长。',
      '客户在外地，无法到开户网点办理。',
      '客户此前收到过可疑短信。',
      '网点与远程银行的权限不同。',
    ],
    causes: [
      ['信息披露', '客户不知道总费用', '只展示了月费率'],
      ['风控', '额度被下调', '模型信号未人工复核'],
      ['身份核验', '客户拒绝核验', '没有解释核验的目的'],
      ['渠道', '客户被多次转接', '各渠道权限不一致'],
      ['操作', '客户自行误操作', '确认页提示不醒目'],
    ],
  },
  travel: {
    team: 'travel-service',
    products: ['air-ticket', 'hotel'],
    categories: ['flight-change', 'accommodation', 'refund'],
    subjects: [
      '航班取消改签',
      '酒店预授权',
      '超售拒载',
      '机票退款',
      '轮椅旅客服务',
      '安静房需求',
      '台风大面积取消',
      '团队会议接待',
    ],
    problems: [
      '退款等了二十五天',
      '需求被忽视',
      '信息泄露风险',
      '深夜噪音',
      '预授权未释放',
      '餐食未送达',
      '转机衔接失败',
      '改签费用争议',
    ],
    background: [
      '航司政策变动频繁，代理渠道同步有延迟。',
      '旺季酒店满房，调房余地很小。',
      '特殊旅客需求需要提前四十八小时申报。',
      '客户是第一次出境，对规则不熟悉。',
      '天气原因导致的取消不在赔偿范围内。',
      '前台交接班时信息遗漏。',
    ],
    causes: [
      ['交接', '需求没有传到现场', '备注字段前台看不到'],
      ['政策', '客户按旧规则理解', '规则更新未通知已购客户'],
      ['系统', '预授权未自动释放', '退房与结算系统不同步'],
      ['现场', '处理时机延误', '夜班人员不足'],
      ['沟通', '客户反复询问', '没有给出明确时间'],
    ],
  },
  utilities: {
    team: 'utility-hotline',
    products: ['electricity', 'water-gas'],
    categories: ['supply-outage', 'billing', 'installation'],
    subjects: [
      '计划停电',
      '阶梯电价账单',
      '燃气表安装',
      '预付费水表',
      '营业厅排队',
      '抄表估抄',
      '户表改造',
      '欠费停供',
    ],
    problems: [
      '没有提前通知',
      '账单突然翻倍',
      '上门人员爽约',
      '充值到错误户号',
      '等候两小时',
      '估抄偏差过大',
      '施工后未恢复',
      '停供前未提醒',
    ],
    background: [
      '停电通知只在小区公告栏张贴，租户没有看到。',
      '阶梯电价按年度累计，冬季采暖用电集中。',
      '施工由外包队伍承担，预约信息靠电话传递。',
      '客户是独居老人，不会使用线上渠道。',
      '营业厅周一上午业务量最大。',
      '户号与门牌号对应关系多年未核对。',
    ],
    causes: [
      ['通知', '客户不知道停电', '通知渠道只有公告栏'],
      ['计费', '客户不理解阶梯', '账单没有分档说明'],
      ['外包', '上门未到', '预约信息没有进系统'],
      ['资料', '户号对应错误', '户表档案未核对'],
      ['现场', '排队过久', '没有按业务类型分流'],
    ],
  },
};

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const surnamePinyin = [
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'zhao',
  'huang',
  'zhou',
  'wu',
  'xu',
  'sun',
  'hu',
  'zhu',
  'gao',
  'lin',
  'he',
  'guo',
  'ma',
  'luo',
];
const givenNames = [
  ['敏', 'min'],
  ['静', 'jing'],
  ['磊', 'lei'],
  ['洋', 'yang'],
  ['婷', 'ting'],
  ['浩', 'hao'],
  ['娜', 'na'],
  ['军', 'jun'],
  ['晓雨', 'xiaoyu'],
  ['雅婷', 'yating'],
  ['建国', 'jianguo'],
  ['思远', 'siyuan'],
] as const;
const roleIds = ['agent', 'senior-agent', 'complaint-specialist', 'team-lead', 'quality', 'trainer'] as const;

const customerWords = [
  '我已经等了好几天了，到底什么时候能处理好？',
  '每次打进来都让我再等等，能不能给我一个准话？',
  '你们说的和页面上写的不一样，我该信哪个？',
  '我不想再重复一遍了，你们自己看记录好吗？',
  '这个钱凭什么要我来承担？',
  '我是老用户了，为什么要这样对我？',
  '能不能找一个能做主的人跟我说？',
  '我只想知道下一步是什么，谁来负责。',
];
const actionSteps = [
  '先就之前答复不准确向客户致歉，并说明这次由本人负责跟进到底。',
  '调取历史工单和通话记录，确认客户此前三次进线的内容。',
  '展开明细逐笔核对金额和状态，把结果用一条消息发给客户。',
  '提交加急工单给后台，三十分钟内拿到预计完成时间。',
  '与客户约定回访时间，并在工单里写明回访内容。',
  '按政策申请补偿，向客户说明补偿的依据和到账方式。',
  '联系现场负责人核实情况，当天给客户回电说明进度。',
  '把处理结果同步给班组，在晨会上提醒同类问题的查询方法。',
];
const results = [
  '问题在约定时间内解决，客户表示满意，回访满意度四分。',
  '客户接受了处理方案，撤回了投诉意向，并留下了正面评价。',
  '客户对结果基本认可，但认为等待时间过长，回访满意度三分。',
  '本案推动相关页面增加了逐笔明细的展示，同类咨询明显减少。',
  '问题已升级到专业组处理，客户同意等待专业组的答复。',
];
const lessons = [
  '第一次就查清楚，而不是给一个笼统的时间',
  '给客户一个可以核对的日期',
  '主动回访，不等客户来催',
  '解释规则的来源，而不只是说按规定办理',
  '交接时把客户的特殊需求写进系统',
  '补偿说明依据，避免客户比较',
];
const questions = [
  '如果你是首问客服，第一句话会怎么说？',
  '哪一步最早可以发现问题？',
  '补偿放在哪个时点最合适？',
  '哪些情况一线可以自己处理，哪些必须升级？',
  '换作你，回访时会先问什么？',
];
const takeaways = [
  '先查明细，再给时间。',
  '承诺的时间就是服务标准。',
  '客户要的是一个负责的人。',
  '解释规则，也要解释原因。',
  '回访是补救的一部分。',
];
const practiceTitles = [
  '承诺回电，按时必达',
  '首问负责到底的五个动作',
  '补偿要讲清依据',
  '情绪激动客户的前三分钟',
  '用客户旅程图找关键时刻',
  '交接班不丢信息',
  '复杂账单的一页纸说明',
  '把投诉变成改进建议',
];
const practiceMetrics = ['回电按时率', '首次接触解决率', '重复进线率', '投诉升级率'];
const caseTitleEndings = [
  '客户多次进线后升级投诉',
  '首问负责一次解决',
  '回访发现新问题',
  '补偿后客户撤诉',
  '跨部门协作处理',
];
const caseHandlings = ['专人跟进并给出明确时间', '核对明细后当场解决', '升级专业组后妥善处理'];
const scriptLines = [
  '{称呼}，非常抱歉让您久等了，这件事由我来负责跟进。',
  '我先确认一下，您说的是{事项}，对吗？',
  '我现在就帮您查询，大约需要两分钟，您看可以吗？',
  '根据查询结果，{事项}预计在{日期}前完成，到时我会主动联系您。',
  '感谢您告诉我们，这对我们改进服务很有帮助。',
];
const avoidBank = [
  ['这个我们管不了', '这件事由我来协调，我先帮您联系负责的部门。'],
  ['你自己去网上查', '我帮您查一下，您稍等片刻。'],
  ['规定就是这样的', '这条规定的原因是……，我看看有没有其他办法。'],
  ['你听我说完', '您说得对，我先把您的情况记下来。'],
  ['这不是我负责的', '我先把您的问题记下来，转给同事后会回电告诉您结果。'],
  ['别人都没意见', '每位客户的情况不同，我具体看看您的情况。'],
] as const;

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const quote = (value: string) => JSON.stringify(value);

export function generateLibrary(options: GenerateOptions): GeneratedLibrary {
  const rng = random(options.seed ?? 1);
  const today = options.today ?? calendarDateIn(config.timezone);
  const total = Math.max(4, options.entries);
  const counts = {
    daily: Math.round(total * 0.15),
    practices: Math.max(1, Math.round(total * 0.08)),
    scripts: Math.max(1, Math.round(total * 0.07)),
    cases: 0,
  };
  counts.cases = total - counts.daily - counts.practices - counts.scripts;
  const peopleCount = Math.max(12, Math.round(total / 250));

  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js') as {
    Converter: (options: { from: string; to: string }) => (text: string) => string;
  };
  // Taiwan forms for zh-HK entries too: the section headings the validator accepts (客戶問題) are
  // written with 戶, which OpenCC's Hong Kong table turns into 户.
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

  // Never write over a real library by mistake.
  if (existsSync(options.out) && readdirSync(options.out).length > 0)
    throw new Error(`目录 ${options.out} 不是空的，请换一个新目录`);
  let bytes = 0;
  let traditional = 0;
  const write = (collection: keyof typeof layout, id: string, text: string) => {
    const file = path.join(options.out, layout[collection].dir, `${id}${layout[collection].extension}`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };
  /** One in seven entries is written in Traditional Chinese, for Taiwan or Hong Kong teams. */
  const chooseLang = () => {
    const roll = rng.next();
    return roll < 0.09 ? 'zh-TW' : roll < 0.14 ? 'zh-HK' : 'zh-CN';
  };
  const inScript = (lang: string, text: string) => {
    if (lang === 'zh-CN') return text;
    traditional += 1;
    return toTraditional(text);
  };

  const people = Array.from({ length: peopleCount }, (_, n) => {
    const surname = n % surnames.length;
    const [given, givenPinyin] = givenNames[Math.floor(n / surnames.length) % givenNames.length]!;
    const id = `${surnamePinyin[surname]}-${givenPinyin}${n >= surnames.length * givenNames.length ? `-${n}` : ''}`;
    return {
      id,
      name: `${surnames[surname]}${given}`,
      team: rng.pick(Object.keys(config.teams)),
      role: rng.pick(roleIds),
    };
  });
  for (const person of people)
    write(
      'people',
      person.id,
      `name: ${person.name}\nteam: ${person.team}\nrole: ${person.role}\n` +
        `bio: 负责${config.teams[person.team as keyof typeof config.teams].zh}的日常咨询与投诉处理\n`,
    );
  const personIds = people.map((person) => person.id);

  // The sample library's journeys, so that journey maps and stage pages are measured at scale too.
  const sampleContent = path.join(path.dirname(new URL(import.meta.url).pathname), '../../content');
  const journeys = readJourneys(sampleContent).filter((journey) => journey.id in industries);
  for (const journey of journeys)
    write('journeys', journey.id, readFileSync(path.join(sampleContent, 'journeys', `${journey.id}.yaml`), 'utf8'));
  const stagesOf = new Map(journeys.map((journey) => [journey.id, journey.stages.map((stage) => stage.name)]));

  const industryNames = Object.keys(industries);
  const caseIds = Array.from({ length: counts.cases }, (_, n) => {
    const industry = industryNames[n % industryNames.length]!;
    return `${industry}/case-${pad(n + 1, 5)}`;
  });
  const scriptIds = Array.from({ length: counts.scripts }, (_, n) => `script-${pad(n + 1, 4)}`);
  const practiceIds = Array.from({ length: counts.practices }, (_, n) => `practice-${pad(n + 1, 4)}`);

  for (const [n, id] of scriptIds.entries()) {
    const lang = chooseLang();
    const stage = rng.pick(Object.keys(scriptStages));
    const avoid = rng.some(avoidBank, 2, 3);
    const text = [
      '---',
      `title: ${rng.pick(['致歉', '确认需求', '说明进度', '转接说明', '回访开场', '补偿说明'])}话术 ${n + 1}`,
      `scenario: 客户${rng.pick(['等待时间过长', '对结果不满意', '需要转接专业组', '第二次来电', '情绪激动'])}时使用。`,
      ...(lang === 'zh-CN' ? [] : [`lang: ${lang}`]),
      `stage: ${stage}`,
      `channels: [${rng.some(Object.keys(channels), 1, 3).join(', ')}]`,
      `authors: [${rng.pick(personIds)}]`,
      'placeholders:',
      '  - name: 称呼',
      '    example: 王先生',
      '  - name: 事项',
      '    example: 退款到账',
      '  - name: 日期',
      '    example: 11 月 15 日',
      'lines:',
      ...rng
        .some(scriptLines, 2, 4)
        .map((line, position) => `  - text: ${quote(line)}${position === 0 ? '\n    mandatory: true' : ''}`),
      'avoid:',
      ...avoid.flatMap(([phrase, better]) => [`  - phrase: ${phrase}`, `    better: ${better}`]),
      `tags: [${rng.pick(['致歉', '共情', '回访', '转接'])}]`,
      '---',
      '',
      '先回应客户的感受，再说明下一步。每句话都要给客户一个可以核对的信息：时间、负责人或结果。',
      '',
    ].join('\n');
    write('scripts', id, inScript(lang, text));
  }

  for (const [n, id] of practiceIds.entries()) {
    const lang = chooseLang();
    const published = addDays(today, -rng.int(900));
    const text = [
      '---',
      `title: ${rng.pick(practiceTitles)}（${n + 1}）`,
      `summary: ${rng.pick(practiceMetrics)}在三个月内明显改善，附可以照搬的检查清单。`,
      ...(lang === 'zh-CN' ? [] : [`lang: ${lang}`]),
      `authors: [${rng.some(personIds, 1, 2).join(', ')}]`,
      `publishedOn: ${published}`,
      `servqual: [${rng.some(Object.keys(servqualDimensions), 1, 2).join(', ')}]`,
      'serviceStandards: [timeliness, communication]',
      `relatedCases: [${rng.some(caseIds, 0, 3).join(', ')}]`,
      '---',
      '',
      '## 问题',
      '',
      `我们抽查了两周的工单，约定回电的工单里按时回电的只有六成。${rng.pick(customerWords)}这样的话在回访里反复出现。`,
      '',
      '## 做法',
      '',
      ...rng.some(actionSteps, 3, 5).map((step) => `- ${step}`),
      '',
      '| 指标 | 之前 | 之后 |',
      '| --- | --- | --- |',
      `| 按时回电率 | ${50 + rng.int(20)}% | ${85 + rng.int(12)}% |`,
      `| 重复进线率 | ${20 + rng.int(10)}% | ${8 + rng.int(8)}% |`,
      '',
      '## 检查清单',
      '',
      ...rng.some(lessons, 3, 4).map((lesson) => `- [ ] ${lesson}`),
      '',
    ].join('\n');
    write('practices', id, inScript(lang, text));
  }

  const serialByYear = new Map<string, number>();
  for (const [n, id] of caseIds.entries()) {
    const industry = industries[id.split('/')[0]!]!;
    // From the case's number, not the random sequence the rest of the library is drawn from.
    const stages = stagesOf.get(id.split('/')[0]!);
    const lang = chooseLang();
    const occurredOn = addDays(today, -(20 + rng.int(1400)));
    const year = occurredOn.slice(0, 4);
    const serial = (serialByYear.get(year) ?? 0) + 1;
    serialByYear.set(year, serial);
    const confidence = rng.next() < 0.75 ? 'validated' : rng.next() < 0.6 ? 'draft' : 'archived';
    const reviewed =
      confidence === 'draft'
        ? undefined
        : confidence === 'archived'
          ? addDays(occurredOn, 10)
          : addDays(today, -rng.int(300));
    const subject = rng.pick(industry.subjects);
    const problem = rng.pick(industry.problems);
    const customer = `${rng.pick(surnames)}${rng.pick(['先生', '女士'])}`;
    const channel = rng.pick(Object.keys(channels));
    const failureType = rng.pick(Object.keys(failureTypes));
    const related = rng.some(caseIds.slice(Math.max(0, n - 50), n), 0, 2);
    const causes = rng.some(industry.causes, 3, 3);
    const headings = caseSections.map((section) => section.zh);
    const text = [
      '---',
      // Numbered per year of occurrence: at 100,000 entries a year passes 9999 cases, and its serial goes to five
      // digits.
      `caseNumber: ${config.caseNumberPrefix}-${year}-${pad(serial, 4)}`,
      `title: ${subject}${problem}，${rng.pick(caseTitleEndings)}`,
      `summary: ${customer}反映${subject}${problem}，客服${rng.pick(caseHandlings)}，` +
        `${rng.pick(['客户表示满意', '客户撤回投诉', '推动了流程改进'])}。`,
      ...(lang === 'zh-CN' ? [] : [`lang: ${lang}`]),
      'customerWords:',
      ...rng.some(customerWords, 1, 3).map((words) => `  - ${words}`),
      `occurredOn: ${occurredOn}`,
      `authors: [${rng.some(personIds, 1, 2).join(', ')}]`,
      `team: ${industry.team}`,
      `channel: ${channel}`,
      `category: ${rng.pick(industry.categories)}`,
      `product: ${rng.pick(industry.products)}`,
      `failureType: ${failureType}`,
      `severity: ${1 + rng.int(4)}`,
      `servqual: [${rng.some(Object.keys(servqualDimensions), 1, 3).join(', ')}]`,
      'recoveryPrinciples: [act-quickly, learn-from-recovery]',
      `touchpoint: ${rng.pick(['退款到账', '首次来电', '上门服务', '账单说明', '现场接待'])}`,
      // Stage names are the journey's own spelling, which a Traditional conversion of the text would change.
      ...(stages && lang === 'zh-CN'
        ? [`journeyStage: ${stages[Math.floor(n / industryNames.length) % stages.length]}`]
        : []),
      `rootCause: ${causes[0]![2]}，${causes[1]![2]}。`,
      `status: ${rng.pick(['resolved', 'resolved', 'resolved', 'partially-resolved', 'escalated'])}`,
      `confidence: ${confidence}`,
      'outcome:',
      `  firstResponseMinutes: ${1 + rng.int(30)}`,
      `  resolutionHours: ${1 + rng.int(120)}`,
      `  firstContactResolution: ${rng.next() < 0.4}`,
      `  satisfaction: ${1 + rng.int(5)}`,
      `  nps: ${rng.int(11)}`,
      `  compensation: ${rng.pick(['20 元无门槛券', '免除当月月租', '赠送一晚房费', '退还手续费'])}`,
      `  compensationYuan: ${rng.pick([0, 20, 50, 100, 200])}`,
      `  customerRetained: ${rng.next() < 0.8}`,
      `tags: [${subject.replace(/\s/g, '')}, ${problem}]`,
      `typical: ${rng.next() < 0.08}`,
      `scripts: [${rng.some(scriptIds, 0, 2).join(', ')}]`,
      `practices: [${rng.some(practiceIds, 0, 1).join(', ')}]`,
      `relatedCases: [${related.join(', ')}]`,
      ...(reviewed ? [`reviewer: ${rng.pick(personIds)}`, `reviewedOn: ${reviewed}`] : []),
      ...(reviewed && rng.next() < 0.5
        ? ['reviewComments:', `  - by: ${rng.pick(personIds)}`, `    text: ${rng.pick(lessons)}，这一点值得全组学习。`]
        : []),
      '---',
      '',
      `## ${headings[0]}`,
      '',
      `${customer}通过${channels[channel as keyof typeof channels].zh}反映${subject}${problem}。` +
        `${rng.pick(customerWords)}客户表示如果今天没有结果，就要向监管部门投诉。`,
      '',
      `## ${headings[1]}`,
      '',
      ...rng.some(industry.background, 2, 4).map((line) => `- ${line}`),
      '',
      `## ${headings[2]}`,
      '',
      '| 环节 | 现象 | 原因 |',
      '| --- | --- | --- |',
      ...causes.map(([stage, symptom, cause]) => `| ${stage} | ${symptom} | ${cause} |`),
      '',
      `根本问题是${causes[0]![2]}：客户每次得到的都是一个已经过期的承诺。`,
      '',
      `## ${headings[3]}`,
      '',
      ...rng.some(actionSteps, 4, 6).map((step, position) => `${position + 1}. ${step}`),
      '',
      `## ${headings[4]}`,
      '',
      rng.pick(results),
      '',
      `## ${headings[5]}`,
      '',
      ...rng.some(lessons, 2, 3).map((lesson) => `- [x] ${lesson}`),
      '',
      `客户的不满来自~~处理慢~~**承诺落空**：第一次就说清楚，就不会有后面的进线。[^1]`,
      '',
      '[^1]: 参见同类案例的复盘，约三成是重复进线。',
      '',
    ].join('\n');
    // Tags stay in the library's Simplified spelling, as `npm run check` asks of every case (one tag, both scripts).
    const tagLine = /^tags: .*$/m.exec(text)![0];
    write('cases', id, inScript(lang, text).replace(/^tags: .*$/m, tagLine));
  }

  for (let n = 0; n < counts.daily; n += 1) {
    const date = addDays(today, -n);
    const text = [
      '---',
      `case: ${rng.pick(caseIds)}`,
      `host: ${rng.pick(personIds)}`,
      'questions:',
      ...rng.some(questions, 2, 4).map((question) => `  - ${question}`),
      `takeaway: ${rng.pick(takeaways)}`,
      '---',
      '',
      '先请大家读客户原话，再讨论第一句话怎么说。控制在十分钟以内。',
      '',
    ].join('\n');
    write('daily', `${date.slice(0, 4)}/${date}`, text);
  }

  cpSync(
    path.join(import.meta.dirname, '../../content', layout.lexicon.dir),
    path.join(options.out, layout.lexicon.dir),
    { recursive: true },
  );

  return { ...counts, people: peopleCount, traditional, bytes };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error(
      '用法：node scripts/bench/generate-library.ts --entries 10000 --out 目录 [--seed 1] [--today YYYY-MM-DD]',
    );
    process.exit(2);
  }
  const started = performance.now();
  const result = generateLibrary({
    entries: Number(values.entries),
    out: path.resolve(values.out),
    seed: Number(values.seed),
    today: values.today,
  });
  console.log(
    `已生成 ${result.cases} 个案例、${result.daily} 篇每日一案例、` +
      `${result.practices} 篇最佳实践、${result.scripts} 篇话术、` +
      `${result.people} 位人员` +
      `（其中繁体 ${result.traditional} 篇，共 ${(result.bytes / 1024 / 1024).toFixed(1)} MB）→ ${values.out}，` +
      `用时 ${Math.round(performance.now() - started)} ms`,
  );
}
