import { describe, expect, it } from 'vitest';
import { findPii, isLuhnValid, isValidResidentId, maskPii, maskPiiIn } from '../../src/lib/text/pii.ts';

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
    expect(found('（0571）87654321')).toEqual(['landline:（0571）87654321']);
    expect(found('0755 8336 123')).toEqual([]);
    expect(found('0755-83361234转123')).toEqual(['landline:0755-83361234转123']);
  });

  it('passport and travel-permit numbers, after the word that names them', () => {
    expect(found('护照号码 E12345678')).toEqual(['passport:E12345678']);
    expect(found('港澳通行证：C12345678')).toEqual(['passport:C12345678']);
    expect(found('Passport No. EA1234567')).toEqual(['passport:EA1234567']);
  });
});

describe('forms written to get past a rule that reads the source', () => {
  it('reads full-width, invisible and separated forms as the number they show', () => {
    expect(found('１３９１２３４５６７８')).toEqual(['mobile:13912345678']);
    expect(found('139\u200B1234\u00AD5678')).toEqual(['mobile:13912345678']);
    expect(found('139.1234.5678 139–1234–5678 139—1234—5678')).toEqual([
      'mobile:139.1234.5678',
      'mobile:139–1234–5678',
      'mobile:139—1234—5678',
    ]);
    expect(found('13912 345678')).toEqual(['mobile:13912 345678']);
    expect(found('wang.li＠qq.com')).toEqual(['email:wang.li@qq.com']);
  });

  it('gives offsets in the text as written, and the folded form to mask', () => {
    const text = '手机１３９\u200B１２３４５６７８。';
    const [match] = findPii(text, { today: '2026-11-28' });
    expect(text.slice(match!.index, match!.end)).toBe('１３９\u200B１２３４５６７８');
    expect(maskPii(match!)).toBe('139****5678');
  });

  it('masks every piece of personal data in a message and leaves the rest as written', () => {
    expect(maskPiiIn('「１３９１２３４５６７８」不是有效的渠道，请改正。')).toBe(
      '「139****5678」不是有效的渠道，请改正。',
    );
  });
});

describe('forms the rules did not cover', () => {
  it('18-digit resident IDs written in groups, and 15-digit first-generation IDs', () => {
    expect(found('110105 19491231 002X')).toEqual(['residentId:110105 19491231 002X']);
    expect(found('1101 0519 4912 3100 2X')).toEqual(['residentId:1101 0519 4912 3100 2X']);
    expect(found('旧证 110105491231002')).toEqual(['residentId:110105491231002']);
    // Not a resident ID: a province code that does not exist, a birth date that does not.
    expect(found('990105491231002 110105491331002')).toEqual([]);
  });

  it('15-digit American Express cards, contiguous or 4-6-5', () => {
    expect(found('378282246310005')).toEqual(['bankCard:378282246310005']);
    expect(found('3782 822463 10005')).toEqual(['bankCard:3782 822463 10005']);
    expect(found('378282246310006')).toEqual([]);
  });

  it('cards of any prefix after a card label; unlabelled numbers only with an issuer prefix', () => {
    expect(found('卡号 1234567890123452')).toEqual(['bankCard:1234567890123452']);
    expect(found('信用卡：1234 5678 9012 3452')).toEqual(['bankCard:1234 5678 9012 3452']);
    expect(found('凭证 1234567890123452，参考 6011000999900016')).toEqual([]);
    expect(found('5555555555554444 3530111333300000')).toEqual([
      'bankCard:5555555555554444',
      'bankCard:3530111333300000',
    ]);
  });

  it('a grouped card followed by another number keeps its own digits', () => {
    expect(found('卡 4111 1111 1111 1111 12 张')).toEqual(['bankCard:4111 1111 1111 1111']);
  });

  it('street addresses down to the house number, and building-unit-flat', () => {
    expect(found('中山路 100 号')).toEqual(['address:路 100 号']);
    expect(found('长宁路1018弄')).toEqual(['address:路1018弄']);
    expect(found('人民大道88号')).toEqual(['address:大道88号']);
    expect(found('忠孝東路四段100號')).toEqual(['address:路四段100號']);
    expect(found('3栋2单元501室')).toEqual(['address:3栋2单元501室']);
    expect(found('5号楼1203室')).toEqual(['address:5号楼1203室']);
    expect(found('3棟2單元501室')).toEqual(['address:3棟2單元501室']);
  });

  it('not addresses: lines, windows, counters, buildings alone, days of the month', () => {
    expect(found('3号线 5号窗口 12号柜台 2号楼 11月13号 10路公交 线路2号机 中山路站')).toEqual([]);
  });

  it('QQ and WeChat IDs after their label, in both scripts', () => {
    expect(found('QQ：12345678 qq号 87654321 QQ群 123456')).toEqual(['qq:12345678', 'qq:87654321', 'qq:123456']);
    expect(found('微信号 wxid_abc123def 微信: abc_123 微信號：lin_yating2020 vx：zhang88')).toEqual([
      'wechat:wxid_abc123def',
      'wechat:abc_123',
      'wechat:lin_yating2020',
      'wechat:zhang88',
    ]);
    expect(found('微信支付 微信 WeChatPay QQ音乐 微信公众号')).toEqual([]);
  });

  it('a local landline number after 电话 / 電話 / 座机', () => {
    expect(found('电话 87654321 電話：2345 6789 座机 6543210')).toEqual([
      'landline:87654321',
      'landline:2345 6789',
      'landline:6543210',
    ]);
    expect(found('电话 95588 电话 10086 电话 400-820-8820')).toEqual([]);
  });

  it('passport, bank card and phone labels in Traditional Chinese', () => {
    expect(found('護照號碼：E12345678 銀行卡號 1234567890123452')).toEqual([
      'passport:E12345678',
      'bankCard:1234567890123452',
    ]);
  });
});

describe('what must not be flagged', () => {
  it('masked forms', () => {
    for (const text of [
      '138****5678',
      '尾号 5678',
      '尾号5678',
      '6222 **** **** 0128',
      '110105********002X',
      'w***@qq.com',
      '010-****4321',
      '护照尾号 678',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('public service numbers: short service lines and 400/800 hotlines', () => {
    for (const text of [
      '95588',
      '10086',
      '12315',
      '12345 市民热线',
      '400-820-8820',
      '4008208820',
      '800-810-8888',
      '110',
      '120',
    ]) {
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
    // 11-digit waybill, order, member and ticket numbers, in both scripts.
    expect(
      found(
        '运单号 13812345678 快遞單號：13812345678 会员号 15012345678 會員 15012345678 订单 18612345678 工单号：' +
          '13912345678',
      ),
    ).toEqual([]);
    // An IP address, a version, a date range.
    expect(found('192.168.10.123 V13.8.1234 2026-11-01—2026-11-11')).toEqual([]);
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
    expect(isValidResidentId('110105491231002', '2026-11-28')).toBe(true);
    expect(isValidResidentId('990105491231002', '2026-11-28')).toBe(false);
  });

  it('masks each kind the way the library allows it to be written', () => {
    const mask = (text: string) => findPii(text, { today: '2026-11-28' }).map(maskPii);
    expect(mask('13812345678 +86 139 8765 4321')).toEqual(['138****5678', '139****4321']);
    expect(mask('11010519491231002X')).toEqual(['110105********002X']);
    expect(mask('6222 0212 3456 7890 128')).toEqual(['6222 **** **** 0128']);
    expect(mask('wang.li@qq.com')).toEqual(['w***@qq.com']);
    expect(mask('（0571）87654321 0755-83361234转123')).toEqual(['0571-****4321', '0755-****1234']);
    expect(mask('护照 E12345678')).toEqual(['E****678']);
    expect(mask('110105491231002 378282246310005')).toEqual(['110105*****1002', '3782 **** **** 0005']);
    expect(mask('中山路 100 号 QQ 12345678 微信号 zhang_san88 电话 87654321')).toEqual([
      '路 *** 号',
      '12****78',
      'zh****88',
      '****4321',
    ]);
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
