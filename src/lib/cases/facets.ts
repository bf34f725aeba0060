/**
 * Ways to browse cases (by category, failure type, channel, ...), each with its values, labels and counts.
 * Pure: takes case data, returns facets. Drives the case index, the browse pages and their links.
 */
import {
  caseStatuses,
  channels,
  failureGroups,
  failureTypes,
  labelOf,
  severities,
  type Vocabulary,
} from './taxonomy.ts';
import { monthOf } from '../insights/statistics.ts';
import { ui } from '../../i18n/ui.ts';
import type { CaseFacts } from './case-facts.ts';

export interface FacetDefinition {
  /** URL segment: /browse/<id>/<value>/ */
  id: string;
  label: string;
  /** The values a case has for this facet (several for tags). */
  valuesOf: (data: CaseFacts) => string[];
  /** Fixed vocabulary, which also fixes the display order; tags have none. */
  vocabulary?: Vocabulary;
  /** Label of a value outside any vocabulary (months); default: the value itself. */
  valueLabel?: (value: string) => string;
  /** Has browse pages but no place in the facet nav: months are opened from the insights page's chart. */
  navHidden?: boolean;
}

/** The ways to browse; `categories`: the team's case categories (casebook.config.json). */
export const facetDefinitions = (categories: Vocabulary): readonly FacetDefinition[] => [
  { id: 'category', label: ui.facets.category, valuesOf: (data) => [data.category], vocabulary: categories },
  {
    id: 'failure',
    label: ui.facets.failureGroup,
    valuesOf: (data) => [data.failureType.group],
    vocabulary: failureGroups,
  },
  {
    id: 'failure-type',
    label: ui.facets.failureType,
    valuesOf: (data) => [data.failureType.subtype],
    vocabulary: failureTypes,
  },
  { id: 'channel', label: ui.facets.channel, valuesOf: (data) => [data.channel], vocabulary: channels },
  { id: 'severity', label: ui.facets.severity, valuesOf: (data) => [String(data.severity)], vocabulary: severities },
  { id: 'status', label: ui.facets.status, valuesOf: (data) => [data.status], vocabulary: caseStatuses },
  { id: 'tag', label: ui.facets.tag, valuesOf: (data) => data.tags },
  {
    id: 'month',
    label: ui.facets.month,
    valuesOf: (data) => [monthOf(data.occurredOn)],
    valueLabel: ui.facets.monthLabel,
    navHidden: true,
  },
];

function valueLabel(definition: FacetDefinition, value: string): string {
  if (definition.vocabulary) return labelOf(definition.vocabulary, value);
  return definition.valueLabel ? definition.valueLabel(value) : value;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facet {
  definition: FacetDefinition;
  values: FacetValue[];
}

/** Counts per value; values with no case are left out. Vocabulary order, or by count for tags. */
export function computeFacets(cases: readonly CaseFacts[], categories: Vocabulary): Facet[] {
  return facetDefinitions(categories).map((definition) => {
    const counts = new Map<string, number>();
    for (const data of cases)
      for (const value of new Set(definition.valuesOf(data))) counts.set(value, (counts.get(value) ?? 0) + 1);
    const order = definition.vocabulary ? Object.keys(definition.vocabulary) : undefined;
    const values = [...counts]
      .map(([value, count]) => ({ value, count, label: valueLabel(definition, value) }))
      .sort((a, b) =>
        order
          ? order.indexOf(a.value) - order.indexOf(b.value)
          : b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'),
      );
    return { definition, values };
  });
}

export function facetLabel(
  facetId: string,
  value: string,
  categories: Vocabulary,
): { facet: string; value: string } | undefined {
  const definition = facetDefinitions(categories).find((candidate) => candidate.id === facetId);
  if (!definition) return undefined;
  return { facet: definition.label, value: valueLabel(definition, value) };
}
