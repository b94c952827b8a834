/**
 * npm run lix-files [-- --json] [-- --content DIR]
 * LIX of every raw `*.da.md` under content/, measured as an outsider would (see scripts/content/raw-lix.ts):
 * both sides of a voice variant count. Prints the median, the highest and the hardest files.
 * Exit code 1 when the median is over 30 (RAW_MEDIAN_GOAL) or any file is over 40 (LIX_LIMIT).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LIX_LIMIT } from '../src/engine/lix.ts';
import { measureRawFiles, RAW_MEDIAN_GOAL, summary } from './content/raw-lix.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    content: { type: 'string', default: resolve(import.meta.dirname, '../content') },
  },
});
const scores = measureRawFiles(values.content);
const total = summary(scores);
const asWritten = summary(measureRawFiles(values.content, 'as-written'));
if (values.json) {
  console.log(
    JSON.stringify(
      { ...total, asWritten, texts: scores.map((s) => ({ file: s.file, lix: Math.round(s.lix * 10) / 10 })) },
      null,
      2,
    ),
  );
} else {
  for (const s of scores.slice(0, 10)) console.log(`${s.lix.toFixed(1).padStart(5)}  ${s.file}`);
  console.log(
    `\nLIX of ${total.files} raw Danish files: median ${total.median}, highest ${total.max}, ${total.over30} over 30, ${total.over40} over ${LIX_LIMIT}`,
  );
  console.log(
    `(reading each {{fact}} as the words of its key: median ${asWritten.median}, highest ${asWritten.max}, ${asWritten.over40} over ${LIX_LIMIT})`,
  );
}
process.exit(total.median > RAW_MEDIAN_GOAL || total.max > LIX_LIMIT ? 1 : 0);
