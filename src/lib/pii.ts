/**
 * Finds customers' personal data in free text: mainland mobile numbers, resident ID numbers,
 * bank-card numbers, e-mail addresses, landline numbers and passport / travel-permit numbers.
 *
 * The rules are tuned against false positives, because a contributor who is told to remove
 * something harmless stops trusting the checker:
 * - masked forms are never matched (`138****5678`, `尾号 5678`, `6222 **** **** 0128`): a mask
 *   breaks the run of digits every pattern needs;
 * - public service numbers are never matched: 5-digit service lines (95588, 10086, 12315) are
 *   too short for any pattern, and 400/800 hotlines do not start with a 0 area code;
 * - a resident ID needs a valid check digit and a birth date between 1900 and today;
 * - a bank card needs 16–19 digits, a card-scheme prefix, a valid Luhn digit, and no order /
 *   ticket / waybill label right before it (those numbers are long too);
 * - passport and travel-permit numbers are only recognised after the word 护照 / 通行证,
 *   because “one letter and eight digits” is also the shape of many order numbers;
 * - e-mail addresses at reserved example domains (example.com, *.test …) are documentation.
 *
 * Pure and synchronous; a confirmed false positive is waived by the caller (see `src/mdx/author-markup.ts`).
 */

export type PiiKind = 'residentId' | 'bankCard' | 'passport' | 'email' | 'mobile' | 'landline';

export interface PiiMatch {
  kind: PiiKind;
  /** Offset (UTF-16 code units) of the match in the scanned text. */
  index: number;
  /** The matched text as written, with any spaces or hyphens. */
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

/**
 * An 18-character resident ID (GB 11643): ISO 7064 MOD 11-2 check character and a real
 * birth date (characters 7–14) between 1900-01-01 and `today`.
 */
export function isValidResidentId(id: string, today: string = utcToday()): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let position = 0; position < 17; position += 1) sum += (id.charCodeAt(position) - 48) * ID_WEIGHTS[position]!;
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && birth >= '1900-01-01' && birth <= today;
}

// No letter or digit may touch a number on either side: it would be part of a longer code.
const START = String.raw`(?<![0-9A-Za-z])`;
const END = String.raw`(?![0-9A-Za-z])`;

/** Card-scheme prefixes: UnionPay 62/60, Visa 4, Mastercard 51–55 and 2221–2720, JCB 35, older domestic 9. */
const CARD_PREFIX = /^(?:6[02]|4|5[1-5]|2[2-7]|35|9)/;
/** Labels of long numbers that are not cards: order, waybill, ticket, serial and transaction numbers. */
const NOT_A_CARD_LABEL = /(?:订单|訂單|单号|單號|运单|運單|工单|工單|流水|交易号|交易號|编号|編號|order|no\.?)[\s:：#号號]*$/i;
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

interface Rule {
  kind: PiiKind;
  /** Cheap test that a text may contain a match at all (most texts have none). */
  possible: RegExp;
  pattern: RegExp;
  /** Further checks on the match; `digits` has spaces and hyphens removed. */
  accept?: (match: RegExpExecArray, context: { text: string; today: string }) => boolean;
  /** Index of the capture group holding the personal data, when the pattern also matches a label. */
  group?: number;
}

const rules: Rule[] = [
  {
    kind: 'residentId',
    possible: /\d{17}/,
    pattern: new RegExp(String.raw`${START}[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]${END}`, 'g'),
    accept: (match, { today }) => isValidResidentId(match[0], today),
  },
  {
    kind: 'bankCard',
    possible: /\d{4}/,
    // Contiguous, or in groups of four (4-4-4-4[-1..3]), or a six-digit BIN then the rest.
    pattern: new RegExp(String.raw`${START}(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?|\d{6}[ -]\d{10,13})(?!\d)`, 'g'),
    accept: (match, { text }) => {
      const digits = match[0].replace(/[ -]/g, '');
      return (
        digits.length >= 16 &&
        digits.length <= 19 &&
        CARD_PREFIX.test(digits) &&
        isLuhnValid(digits) &&
        !NOT_A_CARD_LABEL.test(text.slice(Math.max(0, match.index - 12), match.index))
      );
    },
  },
  {
    kind: 'passport',
    possible: /护照|護照|通行|passport/i,
    // The separators after the label belong to it: two adjacent `[\s:：]*` would try every split of a long run of spaces.
    pattern: /(?:护照|護照|通行证|通行證|passport)[\s:：]*(?:(?:号码|號碼|号|號|no\.?)[\s:：]*)?([A-Za-z]{1,2}\d{7,8})(?![0-9A-Za-z])/gi,
    group: 1,
  },
  {
    kind: 'email',
    possible: /@/,
    pattern: /(?<![\w.+-])[A-Za-z0-9](?:[\w.+-]*[A-Za-z0-9_])?@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,})(?![\w-])/g,
    accept: (match) => !EXAMPLE_DOMAIN.test(match[1]!),
  },
  {
    kind: 'mobile',
    possible: /1[3-9]\d/,
    // 11 digits from 13x to 19x, optionally +86, optionally grouped 3-4-4.
    pattern: new RegExp(String.raw`${START}(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)`, 'g'),
  },
  {
    kind: 'landline',
    possible: /0\d{2}/,
    // 区号-号码: a real area code (010, 02x, 03xx–09xx) in brackets or before a hyphen/space, then 7–8 digits.
    pattern: new RegExp(String.raw`${START}(?:[(（]0(?:10|2\d|[3-9]\d{2})[)）] ?|0(?:10|2\d|[3-9]\d{2})[ -])[2-9]\d{6,7}(?:(?:转|轉|-|ext\.?) ?\d{1,5})?(?!\d)`, 'g'),
  },
];

/** Every piece of personal data in `text`, in order of position; overlapping matches are reported once. */
export function findPii(text: string, options: { today?: string } = {}): PiiMatch[] {
  const today = options.today ?? utcToday();
  const found: PiiMatch[] = [];
  // Rules run from most to least specific, so a card number is not also reported as a phone number.
  for (const rule of rules) {
    if (!rule.possible.test(text)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.accept && !rule.accept(match, { text, today })) continue;
      const value = rule.group === undefined ? match[0] : match[rule.group]!;
      const index = rule.group === undefined ? match.index : match.index + match[0].lastIndexOf(value);
      const end = index + value.length;
      if (found.some((other) => index < other.index + other.text.length && other.index < end)) continue;
      found.push({ kind: rule.kind, index, text: value });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The match written the way it may appear in the library, e.g. `138****5678`; safe to print in CI logs. */
export function maskPii(match: Pick<PiiMatch, 'kind' | 'text'>): string {
  const digits = match.text.replace(/[^0-9Xx]/g, '');
  switch (match.kind) {
    case 'mobile':
      return `${digits.slice(-11, -8)}****${digits.slice(-4)}`;
    case 'residentId':
      return `${digits.slice(0, 6)}********${digits.slice(-4)}`;
    case 'bankCard':
      return `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}`;
    case 'landline': {
      const [, area = '', number = ''] = /(0\d{2,3})\D*([2-9]\d{6,7})/.exec(match.text) ?? [];
      return `${area}-****${number.slice(-4)}`;
    }
    case 'passport':
      return `${match.text.replace(/\d.*$/, '')}****${match.text.slice(-3)}`;
    case 'email':
      return `${match.text[0]}***${match.text.slice(match.text.indexOf('@'))}`;
  }
}
