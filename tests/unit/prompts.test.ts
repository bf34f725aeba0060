/** The command-line prompts of `npm run new` and `npm run setup`, driven with keys: every word they draw is Chinese. */
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as prompts from '../../scripts/lib/prompts.ts';
import { ALLOWED_WORDS, latinWords } from '../helpers/latin-words.ts';

/**
 * Runs a prompt on fake terminal streams, typing `keys` one step at a time; returns its answer and everything it drew.
 */
async function drive<T>(start: (streams: { input: Readable; output: Writable }) => Promise<T>, keys: string[]) {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 30 });
  let drawn = '';
  output.on('data', (chunk: Buffer) => (drawn += chunk.toString('utf8')));
  const answer = start({ input, output });
  for (const key of keys) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    input.write(key);
  }
  return { answer: await answer, drawn: stripVTControlCharacters(drawn) };
}

const channels = [
  { value: 'phone', label: '电话（phone）' },
  { value: 'chat', label: '在线客服（chat）' },
  { value: 'email', label: '电子邮件（email）' },
];
/**
 * What may show in Latin letters: the ids beside their Chinese names (values to type), what the test typed, and the Tab
 * key's own label.
 */
const allowed = new Set([...ALLOWED_WORDS, ...channels.map((channel) => channel.value), 'x', 'Tab']);
const DOWN = '\u001b[B';
const ENTER = '\r';

describe('Chinese prompts', () => {
  it('narrows a searchable list by typing, in Chinese, and returns the choice', async () => {
    const { answer, drawn } = await drive(
      (streams) => prompts.autocomplete({ message: '渠道', options: channels, ...streams }),
      ['客', ENTER],
    );
    expect(answer).toBe('chat');
    expect(drawn).toContain('筛选：');
    expect(drawn).toContain('（1 项符合）');
    expect(drawn).toContain(prompts.keyHints.search);
    expect(latinWords(drawn, allowed)).toEqual([]);
  });

  it('says in Chinese when nothing matches and when nothing is ticked, then counts what was', async () => {
    const { answer, drawn } = await drive(
      (streams) =>
        prompts.autocompleteMultiselect({ message: '适用渠道', options: channels, required: true, ...streams }),
      ['x', '\u007f', ENTER, DOWN, '\t', ENTER],
    );
    expect(answer).toEqual(['chat']);
    expect(drawn).toContain('没有符合的选项');
    expect(drawn).toContain('请至少选一项');
    expect(drawn).toContain('已选 1 项');
    expect(latinWords(drawn, allowed)).toEqual([]);
  });

  it('asks yes or no with 是 and 否, and offers a short list with Chinese key hints', async () => {
    const yes = await drive((streams) => prompts.confirm({ message: '仍要新建吗？', ...streams }), [ENTER]);
    expect(yes.answer).toBe(true);
    expect(yes.drawn).toMatch(/是.*否/);
    const picked = await drive(
      (streams) =>
        prompts.select({
          message: '要新建哪一类内容？',
          options: [
            { value: 'case', label: '案例' },
            { value: 'daily', label: '每日一案例' },
          ],
          ...streams,
        }),
      [DOWN, ENTER],
    );
    expect(picked.answer).toBe('daily');
    for (const { drawn } of [yes, picked]) expect(latinWords(drawn, allowed)).toEqual([]);
  });
});
