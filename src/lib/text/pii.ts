/**
 * Finds customers' personal data in text as a reader sees it: mainland mobile numbers, resident ID numbers
 * (18 and old 15 digits), bank-card numbers, e-mail addresses, landline numbers, passport / travel-permit numbers,
 * street addresses down to the house or flat number, and QQ / WeChat IDs.
 *
 * Text is folded first (`foldVisible`: NFKC, invisible characters removed, a number split across lines joined),
 * and a number may be written with one separator between its groups: space, `-`, `.`, `–` or `—`.
 *
 * The rules are tuned against false positives, because a contributor who is told to remove
 * something harmless stops trusting the checker:
 * - masked forms are never matched (`138****5678`, `尾号 5678`, `6222 **** **** 0128`): a mask
 *   breaks the run of digits every pattern needs;
 * - public service numbers are never matched: 5-digit service lines (95588, 10086, 12315) are
 *   too short for any pattern, and 400/800 hotlines do not start with a 0 area code;
 * - a long number right after the label of a reference number (订单号, 运单号, 会员号, 工单, 流水 …) is that
 *   reference, not a phone number, ID or card;
 * - a resident ID needs a real province code and birth date (and, at 18 characters, a valid check character);
 * - a bank card needs a valid Luhn digit and either a card label before it (卡号, 银行卡 …) or an issuer's prefix:
 *   UnionPay 62, Visa 4, Mastercard 51–55 / 2221–2720, JCB 35 (16–19 digits), American Express 34 / 37 (15 digits);
 * - passport, QQ and WeChat IDs are only recognised after the word that names them, because “one letter and eight
 *   digits” or “eight digits” is also the shape of many order numbers;
 * - an address needs a road (路, 街, 大道, 巷, 弄, 胡同) and a house number (号, 弄), or a building and a flat
 *   (3栋2单元501室): 「3号线」「5号窗口」「2号楼」 alone are not addresses;
 * - e-mail addresses at reserved example domains (example.com, *.test …) are documentation.
 *
 * Every pattern is linear: no two adjacent quantifiers can match the same character.
 * Pure and synchronous; a confirmed false positive is waived by the caller (see `src/validation/text-rules.ts`).
 */
import { foldVisible, mayFold } from './visible-text.ts';

export type PiiKind =
  'residentId' | 'bankCard' | 'passport' | 'email' | 'mobile' | 'landline' | 'address' | 'qq' | 'wechat';

export interface PiiMatch {
  kind: PiiKind;
  /** Offset (UTF-16 code units) of the match in the scanned text. */
  index: number;
  /** Offset just after the match in the scanned text. */
  end: number;
  /** The matched text as it reads (folded), with any separators. */
  text: string;
}

/** How each kind is named to a contributor, and how it may be written instead. */
export const piiKinds: Record<PiiKind, { zh: string; instead: string }> = {
  residentId: { zh: '身份证号', instead: '不写身份证号，需要时只写“身份证尾号 1234”' },
  bankCard: { zh: '银行卡号', instead: '只写“尾号 1234”或 6222 **** **** 1234' },
  passport: { zh: '护照或通行证号码', instead: '不写证件号码，需要时只写“护照尾号 678”' },
  email: { zh: '电子邮箱', instead: '写成 w***@example.com 或“客户邮箱”' },
  mobile: { zh: '手机号', instead: '写成 138****5678 或“尾号 5678”' },
  landline: { zh: '固定电话', instead: '写成 010-****5678 或“尾号 5678”' },
  address: { zh: '住址', instead: '不写门牌号和房号，需要时只写到区或街道，例如“杭州市西湖区”' },
  qq: { zh: 'QQ 号', instead: '不写 QQ 号，写“客户的 QQ”即可' },
  wechat: { zh: '微信号', instead: '不写微信号，写“客户的微信”即可' },
};

/** `YYYY-MM-DD` of today in UTC; callers that know the organisation's timezone pass their own. */
const utcToday = () => new Date().toISOString().slice(0, 10);

/** Luhn (mod 10) check over a string of digits, as printed on every payment card. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let position = 0; position < digits.length; position += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - position) - 48;
    if (position % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** First two digits of a resident ID: the province-level division (GB/T 2260), Hong Kong, Macao and Taiwan included. */
const PROVINCE = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

function isRealBirthDate(year: number, month: number, day: number, today: string): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const birth = date.toISOString().slice(0, 10);
  return birth >= '1900-01-01' && birth <= today;
}

/**
 * A resident ID (GB 11643): 18 characters with an ISO 7064 MOD 11-2 check character, or the 15 digits of
 * the first-generation card (two-digit birth year, 19xx, no check digit); a province code and a real birth date
 * between 1900-01-01 and `today` either way.
 */
export function isValidResidentId(id: string, today: string = utcToday()): boolean {
  if (/^\d{15}$/.test(id)) {
    return (
      PROVINCE.test(id) &&
      isRealBirthDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)), today)
    );
  }
  if (!/^\d{17}[\dXx]$/.test(id) || !PROVINCE.test(id)) return false;
  let sum = 0;
  for (let position = 0; position < 17; position += 1) sum += (id.charCodeAt(position) - 48) * ID_WEIGHTS[position]!;
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  return isRealBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)), today);
}

// No letter or digit may touch a number on either side: it would be part of a longer code.
const START = String.raw`(?<![0-9A-Za-z])`;
const END = String.raw`(?![0-9A-Za-z])`;
/**
 * One separator between groups of digits: space, hyphen, full stop, dashes (a full-width form is folded to one of
 * these).
 */
const SEP = String.raw`[ \t.\-\u2010-\u2015\u2212]`;
const separators = new RegExp(SEP, 'g');
/** A group matching any one of `parts`. */
const anyOf = (...parts: string[]) => `(?:${parts.join('|')})`;
/** 号码 and its short and Traditional forms, as written after a label. */
const NUMBER_WORDS = ['号码', '號碼', '号', '號'];
/** Up to three spaces or colons between a label and its value. */
const LABEL_GAP = String.raw`[\s:：]{0,3}`;
const digitsOf = (text: string) => text.replace(separators, '');

/** Issuer prefixes of 16–19-digit cards: UnionPay 62, Visa 4, Mastercard 51–55 and 2221–2720, JCB 35. */
const CARD_PREFIX = /^(?:62|4|5[1-5]|35|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/;
/** American Express: 15 digits starting 34 or 37. */
const AMEX_PREFIX = /^3[47]/;

/** Labels of long numbers that are references, not personal data: orders, waybills, members, tickets, policies. */
const REFERENCE_LABEL = new RegExp(
  anyOf(
    ...['订单', '訂單', '运单', '運單', '快递单?', '快遞單?', '物流单?', '物流單?', '单号', '單號', '工单', '工單'],
    ...['会员卡?', '會員卡?', '积分卡', '積分卡', '保单', '保單', '合同', '流水', '交易', '参考', '參考', '批次'],
    ...['编号', '編號', 'order', 'ref', String.raw`no\.?`],
  ) + String.raw`${anyOf(...NUMBER_WORDS, '编号', '編號', 'id')}?[\s:：#]*$`,
  'i',
);
/** Labels that say the number after them is a payment card, whatever its prefix. */
const CARD_LABEL =
  /(?:银行卡|銀行卡|信用卡|储蓄卡|儲蓄卡|借记卡|借記卡|卡号|卡號|card)(?:号码|號碼|号|號|no\.?)?[\s:：#]*$/i;
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

/** E-mail: the part before the @, and one label of the domain. */
const EMAIL_LOCAL_PART = String.raw`[A-Za-z0-9](?:[\w.+-]{0,62}[A-Za-z0-9_])?`;
const DOMAIN_LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
/** A mainland area code (010, 02x, 03xx–09xx) and a local number of 7–8 digits. */
const AREA_CODE = String.raw`0(?:10|2\d|[3-9]\d{2})`;
const LOCAL_NUMBER = String.raw`[2-9]\d{2,3}${SEP}?\d{4}`;
/** A road (中山路, 中山路二段, 长宁街 …), unless the 路 ends another word (线路, 思路, 网路, 套路 …). */
const ROAD =
  String.raw`(?<![线線思网網电電套铁鐵航迷出活销銷一])` +
  anyOf(String.raw`路(?:[一二三四五六七八九十]段)?`, '街', '大道', '巷', '弄', '胡同');
/** A building (3 栋, 2 号楼) and a unit (2 单元) of an address. */
const BUILDING = '(?:栋|幢|棟|号楼|號樓)';
const UNIT = '(?:单元|單元)';

/** The 16 characters before a match, where its label would be. */
const before = (text: string, index: number) => text.slice(Math.max(0, index - 16), index);

interface Rule {
  kind: PiiKind;
  /** Cheap test that a text may contain a match at all (most texts have none). */
  possible: RegExp;
  pattern: RegExp;
  /**
   * Further checks on the match: the length of the personal data accepted at its start (a grouped number may
   * have swallowed a neighbour's digits), or 0 to try again one character further on.
   */
  accept?: (match: RegExpExecArray, context: { text: string; today: string }) => number;
  /** Index of the capture group holding the personal data, when the pattern also matches a label. */
  group?: number;
}

/** The first of `candidates` (lengths of the match) whose digits pass `valid`, or 0. */
const firstValid = (text: string, candidates: (number | undefined)[], valid: (digits: string) => boolean) =>
  candidates.find((length) => length !== undefined && valid(digitsOf(text.slice(0, length)))) ?? 0;

const rules: Rule[] = [
  {
    kind: 'residentId',
    possible: /\d{4}/,
    // After a first digit of 1–9: contiguous, or grouped 6-8-4, 6-4-4-4 or 4-4-4-4-2 (18); contiguous or 6-6-3 (15).
    pattern: new RegExp(
      `${START}[1-9]` +
        anyOf(
          String.raw`\d{16}[\dXx]`,
          String.raw`\d{5}${SEP}\d{8}${SEP}\d{3}[\dXx]`,
          String.raw`\d{5}${SEP}\d{4}${SEP}\d{4}${SEP}\d{3}[\dXx]`,
          String.raw`\d{3}(?:${SEP}\d{4}){3}${SEP}\d[\dXx]`,
          String.raw`\d{14}`,
          String.raw`\d{5}${SEP}\d{6}${SEP}\d{3}`,
        ) +
        END,
      'g',
    ),
    accept: (match, { text, today }) =>
      !REFERENCE_LABEL.test(before(text, match.index)) && isValidResidentId(digitsOf(match[0]), today)
        ? match[0].length
        : 0,
  },
  {
    kind: 'bankCard',
    possible: /\d{4}/,
    // Contiguous, or in groups of four (4-4-4-4[-1..3]), 4-6-5 (American Express), or a six-digit BIN then the rest.
    pattern: new RegExp(
      START +
        anyOf(
          String.raw`\d{15,19}`,
          String.raw`(\d{4}(?:${SEP}\d{4}){3})(?:${SEP}\d{1,3})?`,
          String.raw`\d{4}${SEP}\d{6}${SEP}\d{5}`,
          String.raw`\d{6}${SEP}\d{10,13}`,
        ) +
        String.raw`(?!\d)`,
      'g',
    ),
    accept: (match, { text }) => {
      const label = before(text, match.index);
      if (REFERENCE_LABEL.test(label)) return 0;
      const labelled = CARD_LABEL.test(label);
      // A fifth group of digits may be the card's last digits or the next number in the sentence.
      return firstValid(match[0], [match[0].length, match[1]?.length], (digits) => {
        if (digits.length === 15) return AMEX_PREFIX.test(digits) && isLuhnValid(digits);
        return (
          digits.length >= 16 && digits.length <= 19 && (labelled || CARD_PREFIX.test(digits)) && isLuhnValid(digits)
        );
      });
    },
  },
  {
    kind: 'passport',
    possible: /护照|護照|通行|passport/i,
    pattern: new RegExp(
      anyOf('护照', '護照', '通行证', '通行證', 'passport') +
        `(?:${LABEL_GAP}${anyOf(...NUMBER_WORDS, String.raw`no\.?`)})?${LABEL_GAP}` +
        String.raw`([A-Za-z]{1,2}\d{7,8})(?![0-9A-Za-z])`,
      'gi',
    ),
    group: 1,
  },
  {
    kind: 'email',
    possible: /@/,
    // Lengths are bounded (RFC 5321: 64 for the local part, 63 a label), so no input makes the pattern backtrack far.
    pattern: new RegExp(
      String.raw`(?<![\w.+-])${EMAIL_LOCAL_PART}@((?:${DOMAIN_LABEL}\.){1,8}[A-Za-z]{2,24})(?![\w-])`,
      'g',
    ),
    accept: (match) => (EXAMPLE_DOMAIN.test(match[1]!) ? 0 : match[0].length),
  },
  {
    kind: 'mobile',
    possible: /1[3-9]/,
    // 11 digits from 13x to 19x, optionally +86, optionally grouped 3-4-4; or split by spaces anywhere, as a
    // line break inside a number reads once YAML or the page joins the lines.
    pattern: new RegExp(
      String.raw`${START}(?:(?:\+?86${SEP}?)?1[3-9]\d(?:${SEP}?\d{4}){2}|1[3-9](?: ?\d){9})(?!\d)`,
      'g',
    ),
    accept: (match, { text }) => (REFERENCE_LABEL.test(before(text, match.index)) ? 0 : match[0].length),
  },
  {
    kind: 'landline',
    possible: /0\d{2}|电话|電話|座机|座機|固话|固話/,
    // 区号-号码: a real area code (010, 02x, 03xx–09xx) in brackets or before a separator, then 7–8 digits;
    // or, after the word 电话 / 座机 / 固话, a local number of 7–8 digits.
    pattern: new RegExp(
      START +
        anyOf(
          String.raw`(?:[(（]${AREA_CODE}[)）] ?|${AREA_CODE}${SEP})${LOCAL_NUMBER}(?:(?:转|轉|-|ext\.?) ?\d{1,5})?`,
          String.raw`(?<=(?:电话|電話|座机|座機|固话|固話)(?:号码|號碼)?${LABEL_GAP})${LOCAL_NUMBER}`,
        ) +
        String.raw`(?!\d)`,
      'g',
    ),
  },
  {
    kind: 'address',
    possible: /[路街道巷弄同栋幢棟元室楼樓]/,
    // A road and a house number (中山路 100 号, 长宁路 1018 弄 5 号), or a building and a flat (3 栋 2 单元 501 室).
    // A number followed by 线 / 窗口 / 台 … is a line, a window or a counter, not a house.
    pattern: new RegExp(
      anyOf(
        String.raw`${ROAD} ?\d{1,5}(?: ?[-之] ?\d{1,4})? ?(?:号|號|弄)(?![线線窗口台柜櫃位机機车車码碼])`,
        String.raw`${START}\d{1,3} ?${BUILDING}(?: ?\d{1,2} ?${UNIT})? ?\d{2,4} ?(?:室|房|号|號)`,
        String.raw`${START}\d{1,2} ?${UNIT} ?\d{3,4} ?(?:室|房|号|號)`,
      ) +
        // Then, after a house number, its building, unit and flat.
        String.raw`(?:(?: ?\d{1,3} ?${BUILDING})?(?: ?\d{1,2} ?${UNIT})? ?\d{2,4} ?(?:室|房))?`,
      'g',
    ),
  },
  {
    kind: 'qq',
    possible: /qq/i,
    pattern: /(?<![A-Za-z])QQ(?: ?(?:号码|號碼|号|號|群号|群號|群))?[\s:：]{0,3}([1-9]\d{4,11})(?!\d)/gi,
    group: 1,
  },
  {
    kind: 'wechat',
    possible: /微信|wechat|weixin|vx|wx/i,
    // A WeChat ID is 6–20 letters, digits, - and _, starting with a letter; an English word after 微信 is not one,
    // so an ID needs a digit, - or _ in it, unless the label says 微信号.
    pattern: new RegExp(
      String.raw`(?:微信|(?<![A-Za-z])(?:wechat|weixin|vx|wx))( ?${anyOf(...NUMBER_WORDS, 'id')})?${LABEL_GAP}` +
        String.raw`([A-Za-z][-\w]{5,19})(?![-\w])`,
      'gi',
    ),
    group: 2,
    accept: (match) => (match[1] !== undefined || /[\d_-]/.test(match[2]!) ? match[0].length : 0),
  },
];

/** Every kind needs a digit, except e-mail addresses (@) and WeChat IDs (after their label). */
const MAY_HOLD_PII = /[\d@]|微信|wechat|weixin|vx|wx/i;

/**
 * Whether a text as written (before `foldVisible`) could hold anything `findPiiInVisible` looks for: a cheap filter.
 */
export const mayHoldPii = (text: string) => MAY_HOLD_PII.test(text) || mayFold(text);

/**
 * Personal data in a text that is already folded (`foldVisible`), in order of position; overlapping matches are
 * reported once.
 */
export function findPiiInVisible(text: string, options: { today?: string } = {}): PiiMatch[] {
  let found: PiiMatch[] = [];
  if (!MAY_HOLD_PII.test(text)) return found;
  const today = options.today ?? utcToday();
  // Rules run from most to least specific, so a card number is not also reported as a phone number.
  for (const rule of rules) {
    if (!rule.possible.test(text)) continue;
    // The matches of the rules before this one, in order and apart, so an overlap is found by halving (a text can
    // hold a hundred thousand matches: comparing with each would take seconds).
    const earlier = found;
    const overlapsEarlier = (index: number, end: number) => {
      let low = 0;
      let high = earlier.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (earlier[middle]!.end <= index) low = middle + 1;
        else high = middle;
      }
      return low < earlier.length && earlier[low]!.index < end;
    };
    const mine: PiiMatch[] = [];
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      let length = match[0].length;
      if (rule.accept) {
        length = rule.accept(match, { text, today });
        if (length === 0) {
          // Rejected: a match may still start inside it (`2026 11010519491231002X`).
          pattern.lastIndex = match.index + 1;
          continue;
        }
      }
      const value = rule.group === undefined ? match[0].slice(0, length) : match[rule.group]!;
      const index = rule.group === undefined ? match.index : match.index + match[0].lastIndexOf(value);
      const end = index + value.length;
      pattern.lastIndex = end;
      if (overlapsEarlier(index, end)) continue;
      mine.push({ kind: rule.kind, index, end, text: value });
    }
    if (mine.length > 0) found = [...earlier, ...mine].sort((a, b) => a.index - b.index);
  }
  return found;
}

/**
 * Personal data in `text` as it reads (folded first); offsets are in `text`, `text` of each match is its folded form.
 */
export function findPii(text: string, options: { today?: string } = {}): PiiMatch[] {
  const visible = foldVisible(text);
  return findPiiInVisible(visible.text, options).map((match) => ({
    ...match,
    index: visible.origin(match.index),
    end: visible.origin(match.end - 1) + 1,
  }));
}

/**
 * `text` with every piece of personal data in it replaced by its masked form: for messages that echo what was written.
 */
export function maskPiiIn(text: string, options: { today?: string } = {}): string {
  let masked = text;
  for (const match of findPii(text, options).reverse())
    masked = masked.slice(0, match.index) + maskPii(match) + masked.slice(match.end);
  return masked;
}

/** The match written the way it may appear in the library, e.g. `138****5678`; safe to print in CI logs. */
export function maskPii(match: Pick<PiiMatch, 'kind' | 'text'>): string {
  const digits = match.text.replace(/[^0-9Xx]/g, '');
  switch (match.kind) {
    case 'mobile':
      return `${digits.slice(-11, -8)}****${digits.slice(-4)}`;
    case 'residentId':
      return `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
    case 'bankCard':
      return `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}`;
    case 'landline': {
      const [, area = '', number = ''] = /(?:(0\d{2,3})\D*)?([2-9]\d{2,3}\D?\d{4})/.exec(match.text) ?? [];
      const local = number.replace(/\D/g, '');
      return area ? `${area}-****${local.slice(-4)}` : `****${local.slice(-4)}`;
    }
    case 'passport':
      return `${match.text.replace(/\d.*$/, '')}****${match.text.slice(-3)}`;
    case 'email':
      return `${match.text[0]}***${match.text.slice(match.text.indexOf('@'))}`;
    case 'address':
      return match.text.replace(/\d/g, '*');
    case 'qq':
    case 'wechat':
      return `${match.text.slice(0, 2)}****${match.text.slice(-2)}`;
  }
}
