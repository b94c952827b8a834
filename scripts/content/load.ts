/**
 * The content loader: reading and validating `content/` (read.ts), checking and rendering
 * Markdown (markdown.ts), and compiling what the browser gets (compile.ts).
 */
export { ContentError, loadContent } from './read.ts';
export { markdownProblems, renderText } from './markdown.ts';
export { compileMunicipality, compileNational, contentIndex, NATIONAL_CHUNK, splitBundle } from './compile.ts';
export { nationalMunicipality } from './national.ts';
