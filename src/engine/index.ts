/** The engine's public API: pure functions over content, no React, no DOM, no clock. */
export * from './calendar';
export * from './evaluate';
export * from './ics';
export * from './interpolate';
export * from './verify';
export type * from './model/bundle';
export type * from './model/condition';
export type * from './model/content-source';
export type * from './model/flow';
export type * from './model/municipality';
export type * from './model/phrase';
export type * from './model/source';
export type * from './model/text';
export { LOCALES } from './model/locales';
export { successors, isQuestionNode } from './model/nodes';
