/**
 * The command-line prompts of `npm run new` and `npm run setup`, in Chinese: one place for both.
 *
 * @clack/prompts draws its own words in English, and its settings (`updateSettings`) only translate the
 * spinner's and the date prompt's. So: `select` and `multiselect` are clack's with their English key footer
 * replaced by ours, `confirm` gets 是/否, and the two searchable lists (`autocomplete`, `autocompleteMultiselect`,
 * whose 「Search:」, 「↑/↓ to select」, 「N items selected」 and 「No matches found」 are fixed in clack's code)
 * are drawn here on clack's own prompt engine (@clack/core) with clack's symbols and layout.
 */
import { AutocompletePrompt, updateSettings } from '@clack/core';
import * as clack from '@clack/prompts';
import type { Readable, Writable } from 'node:stream';
import { styleText } from 'node:util';

updateSettings({
  messages: { cancel: '已取消', error: '出错了' },
  date: {
    monthNames: Array.from({ length: 12 }, (_, month) => `${month + 1} 月`),
    messages: {
      required: '请填写日期',
      invalidMonth: '一年只有 12 个月',
      invalidDay: (days, month) => `${month}只有 ${days} 天`,
      afterMin: (min) => `不能早于 ${min.toISOString().slice(0, 10)}`,
      beforeMax: (max) => `不能晚于 ${max.toISOString().slice(0, 10)}`,
    },
  },
});

export const { intro, outro, note, log, cancel, isCancel, text } = clack;

/** Key hints, said once in the question instead of clack's English footer. */
export const keyHints = {
  select: '（↑↓ 选择，回车确认）',
  multiselect: '（↑↓ 移动，空格勾选，回车确认）',
  search: '↑↓ 选择 · 回车确认 · 输入文字筛选',
  searchMany: '↑↓ 移动 · Tab 或空格勾选 · 回车确认 · 输入文字筛选',
} as const;

export const words = {
  search: '筛选：',
  noMatch: '没有符合的选项',
  matches: (count: number) => `（${count} 项符合）`,
  selected: (count: number) => `已选 ${count} 项`,
  required: '请至少选一项',
  yes: '是',
  no: '否',
} as const;

export interface Choice<Value> {
  value: Value;
  label?: string;
  hint?: string;
}

/** Where a prompt reads keys and draws (the terminal, or a test's streams). */
type Stream = { input?: Readable; output?: Writable };

export const select = <Value>(options: { message: string; options: Choice<Value>[]; initialValue?: Value } & Stream) =>
  clack.select({ ...options, message: `${options.message}${keyHints.select}`, showInstructions: false } as Parameters<
    typeof clack.select<Value>
  >[0]);

/** Several choices from a short list; at least one must be ticked (clack's own reminder is in English). */
export async function multiselect<Value extends SearchableValue>(
  options: { message: string; options: Choice<Value>[] } & Stream,
): Promise<Value[] | symbol> {
  return autocompleteMultiselect({ ...options, required: true });
}

export const confirm = (options: { message: string; initialValue?: boolean } & Stream) =>
  clack.confirm({ active: words.yes, inactive: words.no, ...options });

/** A searchable option's value: shown, and matched, as text when the option has no label. */
type SearchableValue = string | number | boolean;

const labelOf = (choice: Choice<SearchableValue>) => choice.label ?? String(choice.value);
/** Typed text matches an option's label, hint or value, ignoring case (clack's own filter). */
const matches = (search: string, choice: Choice<SearchableValue>) =>
  !search ||
  [labelOf(choice), choice.hint ?? '', String(choice.value)].some((field) =>
    field.toLowerCase().includes(search.toLowerCase()),
  );

interface SearchOptions<Value> extends Stream {
  message: string;
  options: Choice<Value>[];
  placeholder?: string;
  maxItems?: number;
}

/** A searchable list, one choice or several: clack's autocomplete prompts with every word in Chinese. */
function searchable<Value extends SearchableValue>(
  options: SearchOptions<Value> & { multiple: boolean; required?: boolean; initialValues?: Value[] },
): Promise<Value | Value[] | symbol> {
  const { multiple } = options;
  const prompt: AutocompletePrompt<Choice<Value>> = new AutocompletePrompt<Choice<Value>>({
    options: options.options,
    multiple,
    placeholder: options.placeholder,
    filter: matches,
    initialValue: options.initialValues,
    input: options.input,
    output: options.output,
    validate: () => (multiple && options.required && prompt.selectedValues.length === 0 ? words.required : undefined),
    render() {
      const title = [styleText('gray', clack.S_BAR), `${clack.symbol(this.state)}  ${options.message}`];
      const chosen = options.options.filter((choice) => this.selectedValues.includes(choice.value));
      if (this.state === 'submit') {
        const summary = multiple ? words.selected(chosen.length) : chosen.map(labelOf).join('、');
        return [...title, `${styleText('gray', clack.S_BAR)}  ${styleText('dim', summary)}`].join('\n');
      }
      if (this.state === 'cancel')
        return [
          ...title,
          `${styleText('gray', clack.S_BAR)}  ${styleText(['strikethrough', 'dim'], this.userInput)}`,
        ].join('\n');
      const colour = this.state === 'error' ? 'yellow' : 'cyan';
      const bar = `${styleText(colour, clack.S_BAR)}  `;
      const showPlaceholder = this.userInput === '' && options.placeholder !== undefined;
      const typed =
        this.isNavigating || showPlaceholder
          ? styleText('dim', showPlaceholder ? options.placeholder! : this.userInput)
          : this.userInputWithCursor;
      const count =
        this.filteredOptions.length === options.options.length
          ? ''
          : styleText('dim', words.matches(this.filteredOptions.length));
      const head = [
        ...title,
        bar.trimEnd(),
        `${bar}${styleText('dim', words.search)}${typed}${count}`,
        ...(this.filteredOptions.length === 0 && this.userInput ? [`${bar}${styleText('yellow', words.noMatch)}`] : []),
        ...(this.state === 'error' ? [`${bar}${styleText('yellow', this.error)}`] : []),
      ];
      const foot = [
        `${bar}${styleText('dim', multiple ? keyHints.searchMany : keyHints.search)}`,
        styleText(colour, clack.S_BAR_END),
      ];
      const row = (choice: Choice<Value>, active: boolean) => {
        const label = labelOf(choice);
        const hint = choice.hint && choice.value === this.focusedValue ? styleText('dim', `（${choice.hint}）`) : '';
        if (multiple) {
          const box = this.selectedValues.includes(choice.value)
            ? styleText('green', clack.S_CHECKBOX_SELECTED)
            : styleText('dim', clack.S_CHECKBOX_INACTIVE);
          return active ? `${box} ${label}${hint}` : `${box} ${styleText('dim', label)}`;
        }
        return active
          ? `${styleText('green', clack.S_RADIO_ACTIVE)} ${label}${hint}`
          : `${styleText('dim', clack.S_RADIO_INACTIVE)} ${styleText('dim', label)}`;
      };
      const rows =
        this.filteredOptions.length === 0
          ? []
          : clack.limitOptions({
              cursor: this.cursor,
              options: this.filteredOptions,
              columnPadding: 3,
              rowPadding: head.length + foot.length,
              style: (choice, active) => row(choice, active),
              maxItems: options.maxItems,
              output: options.output,
            });
      return [...head, ...rows.map((line) => `${bar}${line}`), ...foot].join('\n');
    },
  });
  return prompt.prompt() as Promise<Value | Value[] | symbol>;
}

/** One choice from a long list, narrowed by typing. */
export const autocomplete = <Value extends SearchableValue>(options: SearchOptions<Value> & { initialValue?: Value }) =>
  searchable({
    ...options,
    multiple: false,
    initialValues: options.initialValue === undefined ? undefined : [options.initialValue],
  }) as Promise<Value | symbol>;

/** Several choices from a long list, narrowed by typing. */
export const autocompleteMultiselect = <Value extends SearchableValue>(
  options: SearchOptions<Value> & { required?: boolean; initialValues?: Value[] },
) => searchable({ ...options, multiple: true }) as Promise<Value[] | symbol>;
