import type { Deadline, Parameter } from './deadline.ts';
import type { Flow } from './flow.ts';
import type { Glossary } from './glossary.ts';
import type { Municipality } from './municipality.ts';
import type { Locale } from './phrase.ts';
import type { Source } from './source.ts';
import type { TextFrontMatter } from './text.ts';
import type { RegisterEntry } from './register.ts';
import type { LawDate } from './law-date.ts';

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
  /**
   * Every municipality the guide serves. `overlay: false` marks a municipality from the national list
   * without its own folder, served by the national base; the others have their own documents.
   */
  municipalities: Record<
    string,
    {
      file: string;
      municipality: Municipality;
      texts: TextSet;
      overlay?: boolean;
      /**
       * The flows its own folder changes (`flows/<flow>.yaml`): the national flow with the nodes it adds or
       * replaces, the national nodes it no longer reaches left out; `own` lists the nodes from the folder.
       */
      flows?: Record<string, { file: string; flow: Flow; own: string[] }>;
    }
  >;
  /** Denmark's municipalities by id (`municipalities.yaml`), with kommunekode and official name. */
  register?: { file: string; entries: Record<string, RegisterEntry> };
  /** Texts every municipality shares unless it has its own with the same id. */
  sharedTexts: TextSet;
  sources: { file: string; sources: Record<string, Source> };
  /** Deadlines set by law, shared by every municipality. */
  deadlines: { file: string; deadlines: Record<string, Deadline> };
  parameters: { file: string; parameters: Record<string, Parameter> };
  /** Terms the texts explain where they first appear (`content/glossary.yaml`). */
  glossary: { file: string; glossary: Glossary };
  /** Dates on which laws take effect (`law-dates.yaml`), each with its source; flows name them in inForce tests. */
  lawDates?: { file: string; dates: Record<string, LawDate> };
}
