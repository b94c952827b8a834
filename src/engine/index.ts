/** The engine's public API: pure functions over content, no React, no DOM, no clock. */
export * from './calendar.ts';
export * from './evaluate.ts';
export * from './explore.ts';
export * from './ics.ts';
export * from './interpolate.ts';
export * from './timeline.ts';
export * from './verify.ts';
export type * from './model/bundle.ts';
export type * from './model/condition.ts';
export type * from './model/content-source.ts';
export type * from './model/deadline.ts';
export type * from './model/flow.ts';
export type * from './model/municipality.ts';
export type * from './model/phrase.ts';
export type * from './model/source.ts';
export type * from './model/text.ts';
export { LOCALES } from './model/locales.ts';
export { successors, isQuestionNode } from './model/nodes.ts';
