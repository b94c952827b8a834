import type { TextSet } from './model/content-source.ts';
import type { Deadline } from './model/deadline.ts';
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
