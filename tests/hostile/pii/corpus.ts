/**
 * Hostile and careless ways customers' personal data gets into an entry, in Simplified and Traditional Chinese,
 * each with the exact outcome `npm run check` must give; realistic numbers that are not personal data, which it
 * must accept; and masked numbers, which the page must show as written. Every input is a copy of
 * `tests/fixtures/valid-case.mdx` with one line replaced, turned into the shared corpus shape (tests/hostile/types.ts)
 * at the end of this file.
 *
 * Expected problems are written `+offset field message`: the line relative to the replaced line, the field, and the
 * message (with the number masked). Invisible characters are written as escapes so a reader can see them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HostileInput } from '../types.ts';

type Place = 'body' | 'rootCause' | 'customerWords' | 'channel';

interface PiiInput {
  name: string;
  /** Which line of the fixture the text replaces (see `places`). */
  place: Place;
  text: string;
  /** `[]`: accepted. Otherwise every problem, as `+offset field message`. */
  expected: string[];
  /** Text the page must show as written. */
  shows?: string[];
}

const mobile = (offset: number, field = '正文') => `+${offset} ${field} 疑似客户的手机号「139****5678」`;
const body = (name: string, text: string, ...expected: string[]): PiiInput => ({ name, place: 'body', text, expected });
const cause = (name: string, text: string, ...expected: string[]): PiiInput => ({
  name,
  place: 'rootCause',
  text: `rootCause: ${text}`,
  expected,
});
const accepted = (name: string, place: Place, text: string, shows?: string[]): PiiInput => ({
  name,
  place,
  text: place === 'rootCause' ? `rootCause: ${text}` : text,
  expected: [],
  ...(shows && { shows }),
});

/** Disguises a rule reading the source would miss, in the body. */
const disguised: PiiInput[] = [
  body('plain mobile', '客户留下的手机号是 13912345678，请回电。', mobile(0)),
  body('emphasis inside the number', '客户手机 139**1234**5678，已回访。', mobile(0)),
  body('strong emphasis inside the number', '客户手机 139***1234***5678，已回访。', mobile(0)),
  body('strikethrough inside the number', '客户手机 ~~139~~12345678，已回访。', mobile(0)),
  body('inline code inside the number', '客户手机 `139`12345678，已回访。', mobile(0)),
  body('link text inside the number', '客户手机 [139](https://kf.example.cn/)12345678，已回访。', mobile(0)),
  body('decimal character reference', '客户手机 &#49;3912345678，已回访。', mobile(0)),
  body('hexadecimal character reference', '客户手机 &#x31;&#x33;912345678，已回访。', mobile(0)),
  body('full-width digits', '客户手机１３９１２３４５６７８，已回访。', mobile(0)),
  body('zero-width spaces', '客户手机 139\u200B1234\u200B5678，已回访。', mobile(0)),
  body('zero-width joiner and word joiner', '客户手机 1391\u200D2345\u2060678，已回访。', mobile(0)),
  body('soft hyphens', '客户手机 139\u00AD1234\u00AD5678，已回访。', mobile(0)),
  body('byte-order mark inside the number', '客户手机 139\uFEFF12345678，已回访。', mobile(0)),
  body('full stops as separators', '客户手机 139.1234.5678，已回访。', mobile(0)),
  body('en dashes as separators', '客户手机 139–1234–5678，已回访。', mobile(0)),
  body('em dashes as separators', '客户手机 139—1234—5678，已回访。', mobile(0)),
  body('full-width hyphens as separators', '客户手机 139－1234－5678，已回访。', mobile(0)),
  body('backslash-escaped hyphens', '客户手机 139\\-1234\\-5678，已回访。', mobile(0)),
  body('split across two lines', '客户手机 13912\n345678，已回访。', mobile(0)),
  body('split across three lines', '客户手机 139\n1234\n5678，已回访。', mobile(0)),
  body('split by a hard line break', '客户手机 139\\\n12345678，已回访。', mobile(0)),
  body('with +86', '客户手机 +86 139 1234 5678，已回访。', mobile(0)),
  body('full-width +86', '客户手机 ＋８６ １３９ １２３４ ５６７８，已回访。', mobile(0)),
  body('on a later line of a paragraph', '客户接受补偿。\n回访满意度 4 分。\n客户手机 13912345678。', mobile(2)),
  body('in a table cell', '| 项目 | 内容 |\n| --- | --- |\n| 手机 | 13912345678 |', mobile(2)),
  body('in a block quote split across quoted lines', '> 客户原话：我的手机是 139\n> 12345678', mobile(0)),
  body('in a list item', '- 回访号码：13912345678', mobile(0)),
  body('in a heading', '### 回访 13912345678', mobile(0)),
  body('in a code block', '```\n客户手机 13912345678\n```', mobile(1)),
  body('in a tel: link', '[致电客户](tel:13912345678)', mobile(0)),
  body('in an image description', '![客户 13912345678 的截图](./shot.png)', mobile(0)),
  body('in a link title', '[回访记录](https://kf.example.cn/ "客户 13912345678")', mobile(0)),
];

/** Waivers cover exactly what they wrap. */
const waivers: PiiInput[] = [
  body(
    'in the reason of a waiver',
    '营业厅电话 <PiiOk reason="客户手机 13912345678">0571-87651234</PiiOk>。',
    '+0 正文 疑似客户的手机号「139****5678」 — 标记的属性（例如 reason）也会随页面公开，不能豁免：请删掉里面的客户信息',
  ),
  body(
    'a waiver around part of the number',
    '客户手机 139<PiiOk reason="营业厅电话">1234</PiiOk>5678。',
    mobile(0),
    '+0 正文 警告 <PiiOk> 里没有需要豁免的个人信息',
  ),
  body(
    'a waiver next to a customer number',
    '营业厅电话 <PiiOk reason="营业厅对外公布的电话">0571-87651234</PiiOk>，客户手机 13912345678。',
    mobile(0),
  ),
  body(
    'a waived paragraph does not cover the next one',
    '<PiiOk reason="营业厅对外公布的电话">\n营业厅电话 0571-87651234\n</PiiOk>\n\n客户手机 13912345678。',
    mobile(4),
  ),
  body(
    'a waiver still has its links checked',
    '营业厅电话 <PiiOk reason="营业厅对外公布的电话">[0571-87651234](javascript:alert(1))</PiiOk>。',
    '+0 正文 不允许 javascript: 链接',
  ),
];

/** Forms no rule covered before. */
const uncovered: PiiInput[] = [
  body(
    '18-digit resident ID',
    '客户身份证 11010519491231002X，已核验。',
    '+0 正文 疑似客户的身份证号「110105********002X」',
  ),
  body(
    'resident ID grouped 6-8-4',
    '客户身份证 110105 19491231 002X，已核验。',
    '+0 正文 疑似客户的身份证号「110105********002X」',
  ),
  body(
    'resident ID grouped in fours',
    '客户身份证 4403 0619 8507 1512 31，已核验。',
    '+0 正文 疑似客户的身份证号「440306********1231」',
  ),
  body(
    'resident ID in full-width characters',
    '客户身份证１１０１０５１９４９１２３１００２Ｘ，已核验。',
    '+0 正文 疑似客户的身份证号「110105********002X」',
  ),
  body(
    'resident ID with a character reference',
    '客户身份证 11010519491231&#48;02X，已核验。',
    '+0 正文 疑似客户的身份证号「110105********002X」',
  ),
  body(
    '15-digit first-generation resident ID',
    '客户出示的旧身份证 110105491231002，已核验。',
    '+0 正文 疑似客户的身份证号「110105*****1002」',
  ),
  body(
    'American Express grouped 4-6-5',
    '客户信用卡 3782 822463 10005 被重复扣款。',
    '+0 正文 疑似客户的银行卡号「3782 **** **** 0005」',
  ),
  body(
    'American Express contiguous',
    '客户信用卡 371449635398431 被重复扣款。',
    '+0 正文 疑似客户的银行卡号「3714 **** **** 8431」',
  ),
  body('UnionPay card', '退款到客户的卡 6222021234567890128。', '+0 正文 疑似客户的银行卡号「6222 **** **** 0128」'),
  body(
    'Visa card with full stops',
    '客户卡 4111.1111.1111.1111 被冻结。',
    '+0 正文 疑似客户的银行卡号「4111 **** **** 1111」',
  ),
  body(
    'card after a card label, whatever its prefix',
    '客户银行卡号：1234567890123452。',
    '+0 正文 疑似客户的银行卡号「1234 **** **** 3452」',
  ),
  body(
    'e-mail with a full-width at sign',
    '客户邮箱 wang.li＠qq.com，已回复。',
    '+0 正文 疑似客户的电子邮箱「w***@qq.com」',
  ),
  body(
    'e-mail with a character reference for the at sign',
    '客户邮箱 wang.li&#64;qq.com，已回复。',
    '+0 正文 疑似客户的电子邮箱「w***@qq.com」',
  ),
  body('e-mail in a mailto: link', '[回复客户](mailto:wang.li@163.com)', '+0 正文 疑似客户的电子邮箱「w***@163.com」'),
  body(
    'street address with flat',
    '客户住在中山路 100 号 3 栋 2 单元 501 室，上门核实。',
    '+0 正文 疑似客户的住址「路 *** 号 * 栋 * 单元 *** 室」',
  ),
  body('building, unit and flat', '上门地址：幸福小区 3栋2单元501室。', '+0 正文 疑似客户的住址「*栋*单元***室」'),
  body('lane and house number', '客户家在长宁路1018弄，已上门。', '+0 正文 疑似客户的住址「路****弄」'),
  body('QQ number after its label', '客户 QQ：12345678，已加好友。', '+0 正文 疑似客户的QQ 号「12****78」'),
  body(
    'QQ number in full-width letters',
    '客户ＱＱ号８７６５４３２１，已加好友。',
    '+0 正文 疑似客户的QQ 号「87****21」',
  ),
  body('WeChat ID after 微信号', '客户微信号 wxid_abc123def，已添加。', '+0 正文 疑似客户的微信号「wx****ef」'),
  body('WeChat ID after 微信:', '客户微信：zhang_san88，已添加。', '+0 正文 疑似客户的微信号「zh****88」'),
  body('passport number', '客户护照号码 E12345678，已核验。', '+0 正文 疑似客户的护照或通行证号码「E****678」'),
  body('landline with an en dash', '客户家中电话 0571–87654321。', '+0 正文 疑似客户的固定电话「0571-****4321」'),
];

const traditional: PiiInput[] = [
  body('繁體：手機號碼', '客戶手機 13912345678，已回訪。', mobile(0)),
  body('繁體：全形數字', '客戶手機１３９１２３４５６７８，已回訪。', mobile(0)),
  body('繁體：強調拆開號碼', '客戶手機 139**1234**5678，已回訪。', mobile(0)),
  body('繁體：身分證號', '客戶身分證 11010519491231002X，已核驗。', '+0 正文 疑似客户的身份证号「110105********002X」'),
  body('繁體：護照號碼', '客戶護照號碼：E12345678，已核驗。', '+0 正文 疑似客户的护照或通行证号码「E****678」'),
  body('繁體：銀行卡號', '客戶銀行卡號：1234567890123452。', '+0 正文 疑似客户的银行卡号「1234 **** **** 3452」'),
  body('繁體：電話（無區號）', '客戶住宅電話：8765 4321。', '+0 正文 疑似客户的固定电话「****4321」'),
  body('繁體：微信號', '客戶微信號：lin_yating2020。', '+0 正文 疑似客户的微信号「li****20」'),
  body('繁體：地址', '客戶住在長寧路1018弄5號。', '+0 正文 疑似客户的住址「路****弄」'),
  body('繁體：樓棟單元', '客戶住在幸福社區 3棟2單元501室。', '+0 正文 疑似客户的住址「*棟*單元***室」'),
  body('繁體：電子郵件全形', '客戶郵箱 chen.jing＠gmail.com。', '+0 正文 疑似客户的电子邮箱「c***@gmail.com」'),
];

/** Frontmatter: values as YAML reads them. */
const frontmatter: PiiInput[] = [
  cause('YAML \\u escapes', '"客户手机 \\u0031\\u0033912345678 无人接听"', mobile(0, 'rootCause')),
  cause('YAML \\x escapes', '"客户手机 \\x31\\x33912345678 无人接听"', mobile(0, 'rootCause')),
  cause('YAML full-width digits', '客户手机 １３９１２３４５６７８ 无人接听', mobile(0, 'rootCause')),
  cause('YAML zero-width space', '"客户手机 139\\u200b1234\\u200b5678 无人接听"', mobile(0, 'rootCause')),
  cause('YAML plain scalar folded across lines', '客户手机 13912\n  345678 无人接听', mobile(0, 'rootCause')),
  cause(
    'YAML literal block, number on its third line',
    '|\n  调度专线无人接听，\n  客户手机 13912345678。',
    '+0 rootCause 根本原因只能写一行',
    mobile(2, 'rootCause'),
  ),
  cause('YAML single-quoted', "'客户手机 13912345678 无人接听'", mobile(0, 'rootCause')),
  cause(
    'YAML full-width resident ID',
    '客户身份证 １１０１０５１９４９１２３１００２Ｘ',
    '+0 rootCause 疑似客户的身份证号「110105********002X」',
  ),
  cause('繁體 YAML 跳脫字元', '"客戶手機 \\u0031\\u0033912345678 無人接聽"', mobile(0, 'rootCause')),
  cause('繁體 YAML 地址', '客戶住在忠孝東路四段 100 號 5 樓之 1', '+0 rootCause 疑似客户的住址「路四段 *** 號」'),
  cause('YAML comment', '调度专线无人接听。 # 客户手机 13912345678', '+0 字段区 疑似客户的手机号「139****5678」'),
  cause(
    'one waiver on a value with two numbers',
    '营业厅电话 0571-87651234 无人接听，客户手机 13912345678 # PiiOk: 营业厅对外公布的电话',
    '+0 rootCause 疑似客户的固定电话「0571-****1234」 — 一个 # PiiOk 只豁免一处，' +
      '这个值里有 2 处：请删掉客户的信息，或把对外公布的号码单独写成一项再豁免',
    '+0 rootCause 疑似客户的手机号「139****5678」',
  ),
  {
    name: 'a waiver on one list item does not cover the next',
    place: 'customerWords',
    text:
      'customerWords:\n  - 营业厅电话 0571-87651234 打不通 # PiiOk: 营业厅对外公布的电话\n' +
      '  - 我的手机号是 13912345678',
    expected: [mobile(2, 'customerWords[1]')],
  },
  {
    name: 'a list item with a YAML escape',
    place: 'customerWords',
    text: 'customerWords:\n  - "我的手机号是 \\u0031\\u0033912345678"',
    expected: [mobile(1, 'customerWords[0]')],
  },
  {
    name: 'an invalid value echoed in a schema error is masked',
    place: 'channel',
    text: 'channel: "13912345678"',
    expected: ['+0 channel 「139****5678」不是有效的渠道', mobile(0, 'channel')],
  },
];

/** Realistic numbers that are not personal data. */
const notPersonal: PiiInput[] = [
  accepted('尾号 and 尾號', 'body', '身份证尾号 1234，银行卡尾號 5678。'),
  accepted('11-digit waybill number', 'body', '运单号 13812345678 已签收。'),
  accepted('11-digit express waybill number, Traditional', 'body', '快遞單號：13812345678 已簽收。'),
  accepted('11-digit member number', 'body', '会员号 15012345678 的积分已补发。'),
  accepted('11-digit order number', 'body', '订单 18612345678 已退款。'),
  accepted('11-digit ticket number', 'body', '工单号：13912345678 已关闭。'),
  accepted('order number', 'body', '订单号 20261113138123456 已退款。'),
  accepted('policy number', 'body', '保单号 8600123456789012 已退保。'),
  accepted('unlabelled 16-digit reference that passes Luhn', 'body', '退款凭证 1000200030004000 已发给客户。'),
  accepted('16-digit reference with a Discover-like prefix', 'body', '对账参考 6011000999900016 已核对。'),
  accepted('card number after an order label', 'body', '订单号 6222021234567890128 已退款。'),
  accepted('amounts', 'body', '退款 1,380.00 元，补偿 138123.45 元，合计 13812345.67 元。'),
  accepted('dates and times', 'body', '2026-11-13 13:45 受理，2026.11.28 回访，2026年11月13日结案。'),
  accepted('a date range', 'body', '活动时间 2026-11-01—2026-11-11。'),
  accepted('case numbers', 'body', '参考案例 KF-2026-0001 和 KF-2026-0101。'),
  accepted('flight numbers', 'body', '改签到 CA1831 和 MU5101 航班。'),
  accepted('SF tracking number', 'body', '顺丰单号 SF1381234567890 已揽收。'),
  accepted('YT tracking number', 'body', '圆通 YT1234567890123 已派送。'),
  accepted('400 and 800 hotlines', 'body', '客服热线 400-820-8820、4008208820、800-810-8888。'),
  accepted('service numbers', 'body', '可拨打 95588、10086 或 12315 投诉。'),
  accepted('line, window and building numbers', 'body', '乘地铁 3号线到中山路站，到营业厅 5号窗口，在 2号楼办理。'),
  accepted('day of the month written 号', 'body', '11 月 13 号上门，12 号回访。'),
  accepted('IP address', 'body', '路由器地址 192.168.10.123，重启后恢复。'),
  accepted('version numbers', 'body', '升级到 V13.8.1234 后恢复，App 版本 8.0.49。'),
  accepted('WeChat and QQ without an ID', 'body', '客户通过微信支付，也用 QQ音乐会员，已关注微信公众号。'),
  accepted('e-mail at an example domain', 'body', '请发到 service@example.com。'),
  accepted(
    'public landline inside a waiver',
    'body',
    '营业厅电话 <PiiOk reason="营业厅对外公布的电话">0571-87651234</PiiOk>。',
  ),
  accepted('Taiwan toll-free number', 'body', '客服專線 0800-000-123。'),
  accepted('satisfaction scores', 'body', '五次回访分别为 5 4 5 4 5 分。'),
  accepted('waybill number in a YAML value', 'rootCause', '运单号 13812345678 录错，快递员按 SF1381234567890 派送。'),
  accepted('masked mobile in a YAML value', 'rootCause', '客户手机 138****5678 无人接听，尾号 5678。'),
  accepted(
    'public landline waived in a YAML value',
    'rootCause',
    '调度专线 0571-87651234 无人接听 # PiiOk: 公司内部调度专线',
  ),
];

/**
 * Masked numbers, accepted and shown as written: Markdown would read the asterisks of two masks in one paragraph
 * as emphasis and drop them (src/mdx/literal-masks.ts).
 */
const masked: PiiInput[] = [
  accepted('masked mobile', 'body', '客户手机 138****5678，尾号 5678。', ['138****5678']),
  accepted('two masked mobiles in one paragraph', 'body', '客户手机 138****5678，备用 139****1234。', [
    '客户手机 138****5678，备用 139****1234。',
  ]),
  accepted('masked mobiles on two lines of a paragraph', 'body', '客户手机 138****5678，\n备用 139****1234。', [
    '138****5678',
    '139****1234',
  ]),
  accepted('masked card and ID', 'body', '卡号 6222 **** **** 0128，身份证 110105********002X。', [
    '卡号 6222 **** **** 0128，身份证 110105********002X。',
  ]),
  accepted('masked ID and e-mail', 'body', '身份证 110105********002X，邮箱 w***@qq.com。', [
    '身份证 110105********002X，邮箱 w***@qq.com。',
  ]),
  accepted('masked e-mail', 'body', '客户邮箱 w***@qq.com。', ['w***@qq.com']),
  accepted('three-asterisk masks', 'body', '客户手机 138***5678，备用 139***1234。', [
    '客户手机 138***5678，备用 139***1234。',
  ]),
  accepted('masks with the number at one end', 'body', '来电「****4321」，回拨「1234****」。', [
    '来电「****4321」，回拨「1234****」。',
  ]),
  accepted('masked landline and mobile', 'body', '座机 0571-****4321，手机 138****5678。', [
    '座机 0571-****4321，手机 138****5678。',
  ]),
  accepted('masked passport and WeChat', 'body', '护照 E****678，微信 zh****88。', ['护照 E****678，微信 zh****88。']),
  accepted('prefix masks 1**', 'body', '卡号前两位 62**，身份证前两位 11**，核对无误。', [
    '卡号前两位 62**，身份证前两位 11**，核对无误。',
  ]),
  accepted('full-width asterisks', 'body', '客户手机 138＊＊＊＊5678，备用 139＊＊＊＊1234。', [
    '客户手机 138＊＊＊＊5678，备用 139＊＊＊＊1234。',
  ]),
  // Two asterisks at a number's edge (`尾号**28`) read as bold, as `共**3**次` does: docs/checks.md asks for three.
  accepted("three-asterisk masks at a number's edge", 'body', '卡号尾号 ***28，另一张卡前两位 62*** 的客户。', [
    '卡号尾号 ***28，另一张卡前两位 62*** 的客户。',
  ]),
  accepted('masks beside bold text', 'body', '**已回访**：客户手机 138****5678，备用 139****1234，共**3**次。', [
    '客户手机 138****5678，备用 139****1234，共3次。',
  ]),
];

const fixture = readFileSync(path.join(import.meta.dirname, '../../fixtures/valid-case.mdx'), 'utf8');

/** The fixture line each kind of input replaces. */
const places: Record<Place, string> = {
  body: '当天下午装机完成，客户接受补偿，回访满意度 4 分。',
  rootCause: 'rootCause: 预约系统改约不通知客户，装维人员按片区临时调度。',
  customerWords: 'customerWords:\n  - 我已经请了三次假了，你们到底哪天来？',
  channel: 'channel: phone',
};
const lineOf = (text: string) => fixture.slice(0, fixture.indexOf(text)).split('\n').length;

/** What a customer's data looks like in these inputs: none of it may be printed (messages mask it). */
const customerData = [
  '13912345678',
  '1234 5678',
  '11010519491231002',
  '110105491231002',
  '378282246310005',
  '6222021234567890128',
  'wang.li@qq.com',
  '87654321',
  'zhang_san88',
  'E12345678',
];

let serial = 0;
function toCorpus(group: string, inputs: PiiInput[]): HostileInput[] {
  return inputs.map((input) => {
    serial += 1;
    const file = `cases/hostile/pii-${String(serial).padStart(3, '0')}.mdx`;
    const base = lineOf(places[input.place]);
    const text = fixture
      .replace('KF-2026-0901', `KF-2026-${String(5000 + serial)}`)
      .replace(places[input.place], () => input.text);
    // `+offset field message` → `line field message`.
    const problems = input.expected.map((expected) => {
      const [, offset, rest] = /^\+(\d+) (.*)$/s.exec(expected)!;
      return `${base + Number(offset)} ${rest}`;
    });
    const firstError = problems.find((problem) => !/^\d+ \S+ 警告 /.test(problem));
    const outcome: HostileInput['outcome'] = firstError
      ? (() => {
          const [, line, field, message] = /^(\d+) (\S+) (.*?)(?: — .*)?$/s.exec(firstError)!;
          return { rejected: { line: Number(line), field: field!, message: message! }, problems };
        })()
      : { accepted: { warnings: problems } };
    const hidden = customerData.filter((data) => input.text.includes(data));
    return {
      technique: input.name,
      group,
      files: { [file]: text },
      file,
      outcome,
      ...(hidden.length && { hidden }),
      ...(input.shows && { shows: input.shows }),
    };
  });
}

export const corpus: HostileInput[] = [
  ...toCorpus('disguised numbers in the body', disguised),
  ...toCorpus('waivers', waivers),
  ...toCorpus('forms no rule covered', uncovered),
  ...toCorpus('Traditional Chinese', traditional),
  ...toCorpus('frontmatter values', frontmatter),
  ...toCorpus('realistic numbers that are not personal data', notPersonal),
  ...toCorpus('masked numbers shown as written', masked),
];
