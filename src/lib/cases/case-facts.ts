/**
 * The facts of a case that browsing and the fact sheet read, as plain types: src/schemas/collections.ts checks
 * them in the files, and its `CaseData` has every one of them, so the domain logic needs no schema.
 */

export interface CaseOutcome {
  firstResponseMinutes: number;
  resolutionHours: number;
  firstContactResolution: boolean;
  satisfaction: number;
  nps?: number | undefined;
  compensation?: string | undefined;
  customerRetained?: boolean | undefined;
}

export interface CaseFacts {
  category: string;
  failureType: { group: string; subtype: string };
  channel: string;
  severity: number;
  status: string;
  tags: string[];
  /** `YYYY-MM-DD` */
  occurredOn: string;
}
