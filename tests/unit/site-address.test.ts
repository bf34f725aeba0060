import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_REPOSITORY_URL } from '../../src/lib/site/forge.ts';
import {
  SITE_URL_ENV,
  localAddressWarning,
  placeholderRepositoryWarning,
  siteAddress,
} from '../../src/lib/site/site-address.ts';

describe('siteAddress', () => {
  it('takes the address given for the build over the config’s, and normalises it', () => {
    expect(siteAddress('http://localhost:4321', 'https://kb.example.cn')).toBe('https://kb.example.cn/');
    expect(siteAddress('http://localhost:4321', ' https://kb.example.cn/kf/ ')).toBe('https://kb.example.cn/kf/');
  });

  it('keeps the config’s address when the environment leaves it unset or empty', () => {
    expect(siteAddress('https://kb.example.cn/', undefined)).toBe('https://kb.example.cn/');
    expect(siteAddress('https://kb.example.cn/', '  ')).toBe('https://kb.example.cn/');
  });

  it('refuses what is not a web address, naming where it came from', () => {
    expect(() => siteAddress('http://localhost:4321', 'kb.example.cn')).toThrow(
      `${SITE_URL_ENV}「kb.example.cn」不是网址`,
    );
    expect(() => siteAddress('ftp://kb.example.cn/', undefined)).toThrow(
      'casebook.config.json 的 siteUrl「ftp://kb.example.cn/」须以 http:// 或 https:// 开头',
    );
  });
});

describe('localAddressWarning', () => {
  it('warns when QR codes would point at the building machine', () => {
    for (const address of ['http://localhost:4321/', 'http://127.0.0.1:8080/', 'http://[::1]/']) {
      expect(localAddressWarning(address)).toContain(`${address}，同事的手机打不开`);
    }
  });

  it('stays quiet for an address colleagues can reach', () => {
    expect(localAddressWarning('https://kb.example.cn/')).toBeUndefined();
    expect(localAddressWarning('http://10.8.0.12:4321/')).toBeUndefined();
  });
});

describe('placeholderRepositoryWarning', () => {
  it('warns in Chinese while the repository is the sample one, and names the fix', () => {
    expect(placeholderRepositoryWarning({ url: PLACEHOLDER_REPOSITORY_URL, forge: 'github', branch: 'main' })).toMatch(
      /仓库地址还是示例.*npm run setup/,
    );
    expect(
      placeholderRepositoryWarning({ url: 'https://gitlab.company.cn/kefu/casebook', forge: 'gitlab', branch: 'main' }),
    ).toBeUndefined();
  });
});
