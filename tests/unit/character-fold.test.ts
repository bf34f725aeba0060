/**
 * The search index's character fold (src/lib/text/script-converters.ts): a character folds the same whether a page
 * taught it first or it is met untaught (the meaning postings fold every character of a page, Latin and punctuation
 * included), and the same the second time.
 */
import { describe, expect, it } from 'vitest';
import { createCharacterFold } from '../../src/lib/text/script-converters.ts';

const characters = [...'帳戶賬户账户麼么退款App，。1a·𠮷'];

describe('character fold', () => {
  it('gives an untaught character the fold a page would have taught it', () => {
    const taught = createCharacterFold();
    taught.learn(characters);
    const untaught = createCharacterFold();
    const first = characters.map(untaught.fold);
    expect(first).toEqual(characters.map(taught.fold));
    expect(characters.map(untaught.fold)).toEqual(first);
    expect(untaught.fold('帳')).toBe('账');
    expect(untaught.fold('a')).toBe('a');
  });
});
