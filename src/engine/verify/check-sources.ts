import type { ContentProblem } from '../model/bundle.ts';
import type { ContentSource, TextFile } from '../model/content-source.ts';
import type { Municipality } from '../model/municipality.ts';
import { interpolate } from '../interpolate.ts';

export function checkSource(
  file: string,
  what: string,
  id: string,
  municipalityId: string,
  source: ContentSource,
): ContentProblem[] {
  const s = source.sources.sources[id];
  if (!s) return [{ file, message: `${what}: the source "${id}" is not in ${source.sources.file}` }];
  if (s.covers.length > 0 && !s.covers.includes(municipalityId)) {
    return [
      {
        file,
        message: `${what}: the source "${id}" does not cover ${municipalityId}; a municipality may cite only its own documents or national law`,
      },
    ];
  }
  return [];
}

export function checkText(text: TextFile, municipality: Municipality, source: ContentSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const missing = new Set([
    ...interpolate(text.markdown, municipality, 'da').missing,
    ...interpolate(text.frontMatter.title, municipality, 'da').missing,
  ]);
  for (const m of missing) {
    problems.push({
      file: text.file,
      message: `{{${m}}} names a fact that ${municipality.id} does not have`,
    });
  }
  for (const id of text.frontMatter.sources) {
    problems.push(...checkSource(text.file, 'sources', id, municipality.id, source));
  }
  return problems;
}
