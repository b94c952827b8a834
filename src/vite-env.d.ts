/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:content-index' {
  import type { ContentIndex, MunicipalityContent, MunicipalityTexts } from '@/engine';
  export const index: ContentIndex;
  /** A municipality's facts, flows, deadlines and parameters: what the questions need. */
  export const loaders: Record<string, () => Promise<MunicipalityContent>>;
  /** A municipality's rendered texts, sources and glossary: what the result and the desk add. */
  export const textLoaders: Record<string, () => Promise<MunicipalityTexts>>;
}
