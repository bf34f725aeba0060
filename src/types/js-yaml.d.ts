/** The part of js-yaml 4 the validator uses (the package ships no types). */
declare module 'js-yaml' {
  export interface Mark {
    /** 0-based. */
    line: number;
    /** 0-based. */
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  export interface Schema {}
  /** YAML 1.2 core types: no timestamps, so dates stay text. */
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: { filename?: string; json?: boolean; schema?: Schema }): unknown;
}
