import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { measureRawFiles, RAW_MEDIAN_GOAL, rawBlocks, summary } from '../../scripts/content/raw-lix.ts';
import { LIX_LIMIT } from '../../src/engine/lix.ts';
import { verify } from '../../src/engine/index.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** The aim: a median of 30 on both measures, and no text over 40 in either voice or as written. */
const CEILING = {
  rawMedian: RAW_MEDIAN_GOAL,
  rawMax: LIX_LIMIT,
  citizenMedian: RAW_MEDIAN_GOAL,
  relativeMax: LIX_LIMIT,
};

describe('rawBlocks', () => {
  it('keeps the front-matter title as a heading and drops the rest of the front matter', () => {
    expect(rawBlocks('---\ntitle: Kontakt\nsources: [ishoj-sl140-2019]\n---\nRing i dag.\n')).toEqual([
      'Kontakt',
      'Ring i dag.',
    ]);
  });

  it('strips Markdown: emphasis, links, list markers and table rules; each line, item and cell is a block', () => {
    const md =
      '**Ring** på [telefonen](tel:12345678).\nSå svarer vi.\n\n- første _punkt_\n- andet\n\n| a | b |\n|---|---|\n| c | d |';
    expect(rawBlocks(md)).toEqual(['Ring på telefonen.', 'Så svarer vi.', 'første punkt', 'andet', 'a', 'b', 'c', 'd']);
  });

  it('leaves both sides of a voice variant and a marked term as written, like any outside reader', () => {
    expect(rawBlocks('{Du|Personen} får en [[genoptræningsplan]].')).toEqual([
      '{Du|Personen} får en [[genoptræningsplan]].',
    ]);
  });

  it('reads a fact placeholder as one short word, or as the words of its key', () => {
    expect(rawBlocks('Ring til {{contacts.training-centre.phone}}.')).toEqual(['Ring til x.']);
    expect(rawBlocks('Ring til {{contacts.training-centre.phone}}.', 'as-written')).toEqual([
      'Ring til {{contacts.training-centre.phone}}.',
    ]);
  });

  it('drops fenced-div markers such as the caveats line, and keeps the caveats', () => {
    expect(rawBlocks('Ring.\n\n::: caveats\n\nPjecen siger ikke hvornår.')).toEqual([
      'Ring.',
      'Pjecen siger ikke hvornår.',
    ]);
  });
});

describe('summary', () => {
  it('gives the median, the highest and how many files are over 30 and 40', () => {
    const s = summary([20, 31, 45].map((lix, i) => ({ file: `f${i}`, lix, words: 1, sentences: 1, longWords: 0 })));
    expect(s).toEqual({ files: 3, median: 31, max: 45, over30: 2, over40: 1 });
  });
});

describe('LIX of the Danish texts', { timeout: 60_000 }, () => {
  it('measured on the raw files, as an outsider would: median at most 30, none over 40', () => {
    const scores = measureRawFiles(CONTENT);
    expect(scores.length).toBeGreaterThan(100);
    const s = summary(scores);
    expect(s.median).toBeLessThanOrEqual(CEILING.rawMedian);
    expect(scores.filter((t) => t.lix > CEILING.rawMax).map((t) => t.file)).toEqual([]);
  });

  it("in the citizen's voice median at most 30 and none over 40; in a relative's voice none over 40", () => {
    const { readability } = verify(loadContent(CONTENT).source, '2026-03-02');
    expect(readability.texts.filter((t) => t.lix > LIX_LIMIT).map((t) => t.file)).toEqual([]);
    expect(readability.median).toBeLessThanOrEqual(CEILING.citizenMedian);
    expect(readability.texts.filter((t) => (t.relativeLix ?? t.lix) > CEILING.relativeMax).map((t) => t.file)).toEqual(
      [],
    );
  });
});
