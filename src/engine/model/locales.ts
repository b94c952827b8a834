/** Danish is the source language; English is complete. Zod-free so the app can import it. */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
