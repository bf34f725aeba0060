/**
 * Lines wider than the formatter's print width, measured as Prettier measures them (`util.getStringWidth`: East Asian
 * Wide and Fullwidth characters and most emoji count 2 columns, combining marks 0). ESLint's `max-len` counts UTF-16
 * units instead, so a line of Chinese it accepts can be twice as wide on screen.
 */
import { util } from 'prettier';

export interface WideLine {
  /** 1-based. */
  line: number;
  width: number;
}

/** Display columns of one line of text. */
export const displayWidth = (text: string): number => util.getStringWidth(text);

/** The lines of `text` wider than `limit` columns. */
export function linesOverWidth(text: string, limit: number): WideLine[] {
  const wide: WideLine[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const width = displayWidth(line);
    if (width > limit) wide.push({ line: index + 1, width });
  });
  return wide;
}
