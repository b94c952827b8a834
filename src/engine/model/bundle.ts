import type { Deadline, Parameter } from './deadline.ts';
import type { Flow } from './flow.ts';
import type { GlossaryItem } from './glossary.ts';
import type { Municipality } from './municipality.ts';
import type { Locale, Phrase } from './phrase.ts';
import type { Source } from './source.ts';

/** One voice of a text, ready to show: Markdown rendered to HTML and facts filled in at build time. */
export interface RenderedVoice {
  title: string;
  html: string;
  /** What the sources do not say or disagree on; shown folded under "Kilder og forbehold". */
  caveats?: string;
  /** Glossary ids the text marks, in order; the page explains each once. */
  terms: string[];
}

/** A text in the citizen's own voice, and in a relative's where the wording differs. */
export interface RenderedText extends RenderedVoice {
  sources: string[];
  relative?: RenderedVoice;
}

/**
 * What the questions need for one municipality: its facts and flows, and the deadlines and
 * parameters an outcome names. One lazily loaded chunk each (the national base shares one).
 */
export interface MunicipalityContent {
  municipality: Municipality;
  flows: Record<string, Flow>;
  deadlines: Record<string, Deadline>;
  parameters: Record<string, Parameter>;
}

/** What only the result and the desk show: the rendered texts with their sources and terms. Its own chunk. */
export interface MunicipalityTexts {
  texts: Record<string, Record<Locale, RenderedText>>;
  sources: Record<string, Source>;
  /** Explanations of the glossary terms the texts mark. */
  glossary: Record<string, Record<Locale, GlossaryItem>>;
}

/** Everything the app needs for one municipality: its content and its texts. */
export interface MunicipalityBundle extends MunicipalityContent, MunicipalityTexts {}

/** What the start page needs before a municipality is chosen. */
export interface ContentIndex {
  municipalities: Array<{
    id: string;
    /** Kommunekode, when the municipality is in the national list. */
    code: string | undefined;
    name: Phrase;
    /** True when the guide has the municipality's own documents; false when it gets the national base. */
    local: boolean;
    phone: string | undefined;
    phoneHours: Phrase | undefined;
    /** Said when the documents give no phone number. */
    contactNote: Phrase | undefined;
    /** Where the guide starts for this municipality: its first offered flow. */
    entry: { flow: string; node: string };
  }>;
}

/** A problem found in content, named by file and, where known, field. */
export interface ContentProblem {
  file: string;
  message: string;
}
