import type { Deadline, Parameter } from './deadline.ts';
import type { Flow } from './flow.ts';
import type { Glossary } from './glossary.ts';
import type { Municipality } from './municipality.ts';
import type { Locale } from './phrase.ts';
import type { Source } from './source.ts';
import type { TextFrontMatter } from './text.ts';

/** A Markdown text file, parsed but not yet rendered. */
export interface TextFile {
  file: string;
  frontMatter: TextFrontMatter;
  markdown: string;
  /** `<text-id>.relative.<locale>.md`: the whole text for a relative, where a few variants would not do. */
  relative?: TextFile;
}

/** Texts by id, then locale. A locale may be missing: the verifier reports it. */
export type TextSet = Record<string, Partial<Record<Locale, TextFile>>>;

/** All content as read from `content/`, each item with the file it came from. */
export interface ContentSource {
  flows: Record<string, { file: string; flow: Flow }>;
  municipalities: Record<string, { file: string; municipality: Municipality; texts: TextSet }>;
  /** Texts every municipality shares unless it has its own with the same id. */
  sharedTexts: TextSet;
  sources: { file: string; sources: Record<string, Source> };
  /** Deadlines set by law, shared by every municipality. */
  deadlines: { file: string; deadlines: Record<string, Deadline> };
  parameters: { file: string; parameters: Record<string, Parameter> };
  /** Terms the texts explain where they first appear (`content/glossary.yaml`). */
  glossary: { file: string; glossary: Glossary };
}
