import type { ContentSource, TextSet } from './model/content-source.ts';
import type { Deadline } from './model/deadline.ts';
import type { Flow } from './model/flow.ts';
import type { Municipality } from './model/municipality.ts';
import type { Locale } from './model/phrase.ts';

/**
 * The flow the guide starts in for a municipality: the first one it offers.
 * @example entryFlow({ offers: ['guide', 'sl140'] }) // 'guide'
 */
export function entryFlow(municipality: Pick<Municipality, 'offers'>): string {
  return municipality.offers[0] ?? '';
}

/**
 * A text in one locale: the municipality's own text with the id wins over the shared one.
 * @example resolveText(ishoj.texts, sharedTexts, 'complaints', 'da')?.file
 */
export function resolveText<T = TextSet[string][Locale]>(
  own: Readonly<Record<string, Partial<Record<Locale, T>> | undefined>>,
  shared: Readonly<Record<string, Partial<Record<Locale, T>> | undefined>>,
  id: string,
  locale: Locale,
): T | undefined {
  return own[id]?.[locale] ?? shared[id]?.[locale];
}

/**
 * A deadline: the municipality's own (a service target) wins over the shared one set by law.
 * `own` says where it came from, so a problem can name the right file.
 */
export function resolveDeadline(
  municipality: Pick<Municipality, 'deadlines'>,
  shared: Readonly<Record<string, Deadline>>,
  id: string,
): { deadline: Deadline; own: boolean } | undefined {
  const own = municipality.deadlines[id];
  if (own) return { deadline: own, own: true };
  const found = shared[id];
  return found ? { deadline: found, own: false } : undefined;
}

/**
 * The flows one municipality walks: the national flows, each replaced by the municipality's own
 * version where its folder adds or replaces nodes.
 * @example flowsOf(source, 'ishoj').sl119?.file // 'content/municipalities/ishoj/flows/sl119.yaml'
 */
export function flowsOf(
  source: Pick<ContentSource, 'flows' | 'municipalities'>,
  municipalityId: string,
): ContentSource['flows'] {
  const own = source.municipalities[municipalityId]?.flows;
  return own ? { ...source.flows, ...own } : source.flows;
}

/** The national flows and every municipality's own version of one. */
export function allFlows(source: Pick<ContentSource, 'flows' | 'municipalities'>): Flow[] {
  return [
    ...Object.values(source.flows).map((f) => f.flow),
    ...Object.values(source.municipalities).flatMap((m) => Object.values(m.flows ?? {}).map((f) => f.flow)),
  ];
}
