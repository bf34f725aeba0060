import { describe, expect, it } from 'vitest';
import { findPii, isLuhnValid, isValidResidentId, maskPii } from '../../src/lib/pii.ts';

/** `kind:text` of every match, in order. */
const found = (text: string) => findPii(text, { today: '2026-11-28' }).map((match) => `${match.kind}:${match.text}`);

describe('personal data that must be flagged', () => {
  it('mainland mobile numbers, plain, grouped or with +86', () => {
    expect(found('联系电话 13812345678。')).toEqual(['mobile:13812345678']);
    expect(found('回电 138 1234 5678 或 139-8765-4321')).toEqual(['mobile:138 1234 5678', 'mobile:139-8765-4321']);
    expect(found('+86 15012345678')).toEqual(['mobile:+86 15012345678']);
    expect(found('手机号19912345678后面紧跟中文')).toEqual(['mobile:19912345678']);
  });

  it('resident ID numbers with a valid check character and a real birth date', () => {
    expect(found('身份证 11010519491231002X')).toEqual(['residentId:11010519491231002X']);
    expect(found('身份证 11010519491231002x')).toEqual(['residentId:11010519491231002x']);
  });

  it('bank-card numbers that pass Luhn, contiguous or grouped', () => {
    expect(found('卡号 6222021234567890128')).toEqual(['bankCard:6222021234567890128']);
    expect(found('卡号 6222 0212 3456 7890 128')).toEqual(['bankCard:6222 0212 3456 7890 128']);
    expect(found('Visa 4111111111111111')).toEqual(['bankCard:4111111111111111']);
  });

  it('e-mail addresses', () => {
    expect(found('客户邮箱 wang.li+vip@qq.com，已回复')).toEqual(['email:wang.li+vip@qq.com']);
    expect(found('发到zhang_san@163.com了')).toEqual(['email:zhang_san@163.com']);
  });

  it('landline numbers written 区号-号码, (区号)号码 or with an extension', () => {
    expect(found('家中电话 010-87654321')).toEqual(['landline:010-87654321']);
    expect(found('（0571）87654321')).toEqual(['landline:(0571)87654321']);
    expect(found('0755 8336 123')).toEqual([]);
    expect(found('0755-83361234转123')).toEqual(['landline:0755-83361234转123']);
  });

  it('passport and travel-permit numbers, after the word that names them', () => {
    expect(found('护照号码 E12345678')).toEqual(['passport:E12345678']);
    expect(found('港澳通行证：C12345678')).toEqual(['passport:C12345678']);
    expect(found('Passport No. EA1234567')).toEqual(['passport:EA1234567']);
  });
});

describe('what must not be flagged', () => {
  it('masked forms', () => {
    for (const text of ['138****5678', '尾号 5678', '尾号5678', '6222 **** **** 0128', '110105********002X', 'w***@qq.com', '010-****4321', '护照尾号 678']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('public service numbers: short service lines and 400/800 hotlines', () => {
    for (const text of ['95588', '10086', '12315', '12345 市民热线', '400-820-8820', '4008208820', '800-810-8888', '110', '120']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('numbers that only look like personal data', () => {
    // An 18-character ID with a wrong check digit, a birth date in the future, an impossible date.
    expect(found('11010519491231002Y 110105194912310021 110105203012310028 110105194902300020')).toEqual([]);
    // Long numbers after an order, waybill or ticket label, and ones failing Luhn or a card prefix.
    expect(found('订单号 6222021234567890128，运单号：4111111111111111，工单 1234567890123456')).toEqual([]);
    expect(found('流水 6222021234567890127')).toEqual([]);
    // A mobile-shaped run inside a longer number, dates, amounts, case numbers, letters-and-digits codes.
    expect(found('20261113138123456789 2026-11-13 1,380,000 元 KF-2026-0101 SF1381234567890')).toEqual([]);
    // Letter + digits without the word 护照 is an order or product code, not a passport.
    expect(found('型号 E12345678')).toEqual([]);
    // Documentation addresses at reserved domains.
    expect(found('service@example.com a@b.test')).toEqual([]);
  });
});

describe('helpers', () => {
  it('Luhn', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
  });

  it('resident ID: check character and birth date up to today', () => {
    expect(isValidResidentId('11010519491231002X', '2026-11-28')).toBe(true);
    expect(isValidResidentId('11010520261129002X', '2026-11-28')).toBe(false);
    expect(isValidResidentId('1101051949123100', '2026-11-28')).toBe(false);
  });

  it('masks each kind the way the library allows it to be written', () => {
    const mask = (text: string) => findPii(text, { today: '2026-11-28' }).map(maskPii);
    expect(mask('13812345678 +86 139 8765 4321')).toEqual(['138****5678', '139****4321']);
    expect(mask('11010519491231002X')).toEqual(['110105********002X']);
    expect(mask('6222 0212 3456 7890 128')).toEqual(['6222 **** **** 0128']);
    expect(mask('wang.li@qq.com')).toEqual(['w***@qq.com']);
    expect(mask('（0571）87654321 0755-83361234转123')).toEqual(['0571-****4321', '0755-****1234']);
    expect(mask('护照 E12345678')).toEqual(['E****678']);
  });

  it('reports positions, once per piece of data, in text order', () => {
    const text = '卡号6222021234567890128，手机13812345678';
    const matches = findPii(text, { today: '2026-11-28' });
    expect(matches.map((match) => [match.kind, text.slice(match.index, match.index + match.text.length)])).toEqual([
      ['bankCard', '6222021234567890128'],
      ['mobile', '13812345678'],
    ]);
  });
});
