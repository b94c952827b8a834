/**
 * A date counted from a day still ahead says what has to happen on that day ("Hvis du bliver
 * udskrevet …", "Hvis kommunen får genoptræningsplanen …"), never a vague "if it happens".
 * Over every municipality: each event a date question can set ahead of today (its own events,
 * and those "Ved ikke" assumes from another date) and some deadline counts from has its phrase.
 */
import { describe, expect, it } from 'vitest';
import { ownBundles } from './own-bundles.ts';
import { startEvents, type EventId, type MunicipalityBundle } from '../../src/engine/index.ts';
import { da } from '../../src/i18n/da.ts';
import { en } from '../../src/i18n/en.ts';

const bundles = ownBundles();

/** Events a deadline counts from whose date may lie ahead of today. */
function plannedStarts(bundle: MunicipalityBundle): Set<EventId> {
  const ahead = new Set<EventId>();
  for (const flow of Object.values(bundle.flows))
    for (const node of Object.values(flow.nodes))
      if (node.kind === 'date' && node.range !== 'past') node.events.forEach((e) => ahead.add(e));
  const counted = new Set(Object.values(bundle.deadlines).flatMap(startEvents));
  return new Set([...ahead].filter((e) => counted.has(e)));
}

describe('a date counted from a day still ahead names the event', () => {
  const events = [...new Set(bundles.flatMap((b) => [...plannedStarts(b)]))].sort();

  it('finds the events a date ahead can stand for: § 140 discharge, plan and start date, a § 86 application, a § 119 referral', () => {
    expect(events).toEqual(['applicationReceived', 'discharge', 'planReceived', 'planStart', 'referralReceived']);
  });

  it.each(events)('%s has its own phrase in Danish and English', (event) => {
    const phrases = [da.timeline.planned, en.timeline.planned] as Array<Record<string, string>>;
    for (const planned of phrases) {
      expect(planned[event], event).toMatch(/\{\{date\}\}/);
      expect(planned[event]).not.toMatch(/Hvis det sker|If it happens/);
    }
  });
});
