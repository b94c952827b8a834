/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:content-index' {
  import type { ContentIndex, MunicipalityBundle } from '@/engine';
  export const index: ContentIndex;
  export const loaders: Record<string, () => Promise<MunicipalityBundle>>;
}
