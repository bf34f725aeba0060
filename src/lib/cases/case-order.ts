/** The order cases are listed in everywhere (and compared in, for similar cases): one definition. */
export interface OrderedCase {
  data: { confidence: string; occurredOn: string; caseNumber: string };
}

/** Archived cases last, since they describe an outdated process; then newest first; then by case number. */
export function compareCases(a: OrderedCase, b: OrderedCase): number {
  return (
    Number(a.data.confidence === 'archived') - Number(b.data.confidence === 'archived') ||
    b.data.occurredOn.localeCompare(a.data.occurredOn) ||
    a.data.caseNumber.localeCompare(b.data.caseNumber)
  );
}
