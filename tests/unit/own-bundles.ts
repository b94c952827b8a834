import { resolve } from 'node:path';
import { compileMunicipality, compileNational, loadContent } from '../../scripts/content/load.ts';
import type { MunicipalityBundle } from '../../src/engine/index.ts';

/**
 * Every bundle the content folder makes of its own: each municipality with its own folder and the
 * national base (which the other 95 share), compiled from the real content.
 */
export function ownBundles(): MunicipalityBundle[] {
  const { source } = loadContent(resolve(import.meta.dirname, '../../content'));
  const national = compileNational(source);
  return [
    ...Object.entries(source.municipalities)
      .filter(([, m]) => m.overlay !== false)
      .map(([id]) => compileMunicipality(source, id)),
    ...(national ? [national] : []),
  ];
}
