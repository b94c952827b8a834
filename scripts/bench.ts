/**
 * npm run bench: builds the app and measures it against the budgets in DESIGN.md.
 *
 * - Sizes (gzip -9): the initial JS (the entry and what it imports statically), the render-blocking
 *   CSS and every lazy chunk; the start page's first-paint bytes (HTML, CSS, preloaded fonts).
 * - Answer → next question at 4× CPU throttle (40 answers).
 * - Lighthouse mobile (simulated slow 4G, 4× CPU) for a start, question and result page, in a Danish
 *   and in an English browser: each page against a script-free copy of itself, the runs alternating
 *   in one Chromium (page, copy, copy, page, …; five of each by default). The copy of the start page
 *   is the built HTML without its scripts (in English with the English pre-render in place, as the
 *   inline script puts it); the copy of a question or result page is that page as the app rendered
 *   it, saved as HTML without scripts. The ratio page / copy of the medians of FCP and LCP is the
 *   cost of the scripts to the first paint; DESIGN.md holds the start page to 1.15×.
 *
 * Exits 1 when a budget is broken. Writes test-results/bench.json.
 * Options: --skip-build, --skip-lighthouse, --runs <n>, --pages start,question,result,
 * --locales da-DK,en-GB.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build, preview, type Plugin } from 'vite';
import { ISHOJ_SL140_RESULT_LINK } from '../tests/fixtures/share.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: 'start,question,result' },
    locales: { type: 'string', default: 'da-DK,en-GB' },
  },
});
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');

/**
 * The budgets (DESIGN.md) and how CI holds them, so that it passes on the first try on a fresh
 * two-core machine and fails on a real regression. Bytes, the critical path and layout shift are
 * exact: held to the budget as they are. Timings are noisy (Lighthouse simulates from a trace
 * recorded on a machine that may be busy): held as medians of five runs, with a margin.
 * - The start page's ratio to its script-free copy is held to the budget, 1.15×. It measures
 *   0.9–1.05×: no script takes part in its first paint, so the page and its copy paint the same
 *   bytes and differ only by noise. The worst noise seen is the preloaded fonts finishing before or
 *   after the recorded paint (LCP about 1,210 or 1,360 ms, in the page and the copy alike): 1.13×
 *   if all the page's runs fall on one side and all the copy's on the other.
 * - A question or a result needs its scripts to show anything but the header, so its ratio is
 *   about 1.3–1.9× (FCP) and 1.8–2.2× (LCP); held to a ceiling some 500 ms above that, which a
 *   script back on the first paint's path or a waterfall would cross.
 * - Lighthouse's performance score swings by a few points with the machine's load (total blocking
 *   time is the observed main-thread time × 4): the median must reach 95 - 5; under 95 it is reported.
 */
const BUDGET = {
  initialJsKb: 120,
  cssKb: 20,
  /** HTML, render-blocking CSS and preloaded fonts of the start page (70 KB). */
  firstPaintKb: 80,
  performance: 95,
  performanceMargin: 5,
  accessibility: 100,
  bestPractices: 100,
  seo: 90,
  answerMs: 16,
  /** Every run, every page: nothing on screen moves. */
  cls: 0.01,
  startRatio: 1.15,
  deepLinkRatio: { fcp: 2.3, lcp: 2.6 },
};

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzBytes = (file: string) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

if (!args['skip-build']) await build({ root, logLevel: 'warn' });
console.log('built; measuring sizes …');

// Sizes. The initial JS is the entry and every chunk it imports statically, however index.html starts it.
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const entry = /\/?(assets\/index-[\w-]{8}\.js)/.exec(html)?.[1];
if (!entry) throw new Error('bench: no entry chunk (assets/index-*.js) named in dist/index.html');
const initialJs = staticImports(entry);
const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/?(assets\/[^"]+\.css)"/g)].map((m) => m[1] ?? '');
const fonts = [...html.matchAll(/<link rel="preload" href="\/?(fonts\/[^"]+\.woff2)"/g)].map((m) => m[1] ?? '');
const allAssets = (readFileSync(resolve(dist, 'sw.js'), 'utf8').match(/assets\/[^"']+\.(?:js|css)/g) ?? []).filter(
  (f, i, all) => all.indexOf(f) === i,
);
const sizes = {
  initialJsKb: kb(initialJs.reduce((n, f) => n + gzBytes(f), 0)),
  initialChunks: initialJs.map((f) => f.replace(/^assets\//, '')),
  cssKb: kb(css.reduce((n, f) => n + gzBytes(f), 0)),
  // Fonts are compressed already: their bytes as they are.
  firstPaintKb: kb(
    gzipSync(html, { level: 9 }).length +
      css.reduce((n, f) => n + gzBytes(f), 0) +
      fonts.reduce((n, f) => n + readFileSync(resolve(dist, f)).length, 0),
  ),
  preloadedFonts: fonts.map((f) => f.replace(/^fonts\//, '')),
  routes: Object.fromEntries(
    allAssets
      .filter((f) => !initialJs.includes(f) && !css.includes(f))
      .map((f) => [f.replace(/^assets\//, '').replace(/-[\w-]{8}(\.\w+)$/, '$1'), kb(gzBytes(f))]),
  ),
};

/** A chunk and, recursively, the chunks it imports statically (`import … from "./x.js"`, not `import("./x.js")`). */
function staticImports(file: string, seen: string[] = []): string[] {
  if (seen.includes(file)) return seen;
  seen.push(file);
  const code = readFileSync(resolve(dist, file), 'utf8');
  for (const m of code.matchAll(/(?<![\w$.(])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
    staticImports(`${dirname(file)}/${m[1] ?? ''}`, seen);
  }
  return seen;
}

// The script-free copies, served next to the app by the same server.
const plainCopies = new Map<string, string>();
const plainServer: Plugin = {
  name: 'bench-script-free-copies',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const copy = plainCopies.get(req.url ?? '');
      if (copy === undefined) return next();
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(copy);
    });
  },
};

/** The HTML without anything that runs: inline and external scripts, module preloads. */
function scriptFree(page: string): string {
  return page
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="preload"[^>]*as="script"[^>]*>\s*/g, '');
}

/** The built start page as an English browser paints it: the English pre-render in #root, lang="en". */
function englishStartPage(page: string): string {
  const en = /<template id="start-en">([\s\S]*?)<\/template>/.exec(page)?.[1];
  if (en === undefined) throw new Error('bench: no English pre-render (<template id="start-en">) in dist/index.html');
  const out = page
    .replace('<html lang="da">', '<html lang="en">')
    .replace(/(<div id="root" data-prerendered=")da(">)[\s\S]*?(<\/div>\s*<template id="start-en">)/, `$1en$2${en}$3`);
  if (!out.includes('data-prerendered="en"')) throw new Error('bench: could not put the English start page in #root');
  return out;
}

// One server for everything that runs in the browser.
const server = await preview({
  root,
  plugins: [plainServer],
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const base = server.resolvedUrls?.local[0] ?? '';

// The result page is opened as a relative or the desk would share it: a complete share link.
const PAGES = {
  start: { hash: '', heading: { da: 'Find den træning, du har ret til', en: 'Find the training you are entitled to' } },
  question: {
    hash: '#/ishoj/q/guide/situation',
    heading: { da: 'Hvad passer bedst på dig?', en: 'What fits you best?' },
  },
  result: { hash: ISHOJ_SL140_RESULT_LINK, heading: { da: 'genoptræning', en: 'rehabilitation' } },
} as const;
type PageName = keyof typeof PAGES;
const pageNames = (args.pages ?? '').split(',').filter((p): p is PageName => p in PAGES);
const locales = (args.locales ?? '').split(',').filter(Boolean);
const RUNS = Math.max(1, Number(args.runs) || 5);

// Answer → next question, in Chromium at 4× CPU throttle.
async function answerTimings(): Promise<{ medianMs: number; p90Ms: number; maxMs: number; samples: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'da-DK' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const samples: number[] = [];
  const steps: Array<[string, string]> = [
    ['Jeg har været på sygehuset og skal genoptrænes bagefter', 'Har du fået en genoptræningsplan fra sygehuset?'],
    ['Ja', 'Hvornår blev du udskrevet fra sygehuset?'],
  ];
  await page.goto(base + PAGES.question.hash);
  await page.getByRole('heading', { level: 1, name: 'Hvad passer bedst på dig?' }).waitFor();
  for (let round = 0; round < 21; round++) {
    if (round > 0) {
      // Back to the first question, as a user pressing the browser's back button would: once the page
      // has painted (the guide writes the history right after that frame).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.goBack();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Hvad passer bedst på dig?' }).waitFor();
    }
    for (const [label, next] of steps) {
      await page.getByLabel(label, { exact: true }).check();
      // From the click to the next question in the DOM (React commit), measured inside the page.
      const ms = await page.evaluate(
        (expected) =>
          new Promise<number>((done) => {
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('main h1')?.textContent === expected) {
                observer.disconnect();
                done(performance.now() - t0);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            setTimeout(() => done(Number.POSITIVE_INFINITY), 3000);
            document.querySelector<HTMLButtonElement>('main button[type=submit]')?.click();
          }),
        next,
      );
      if (round > 0) samples.push(ms); // round 0 warms up the JIT and is not counted
      await page
        .getByRole('heading', { level: 1, name: next })
        .waitFor({ timeout: 5000 })
        .catch(async (e: unknown) => {
          throw new Error(
            `expected "${next}" after "${label}", found "${await page.locator('main h1').textContent()}" at ${page.url()}: ${String(e)}`,
          );
        });
    }
  }
  await browser.close();
  const sorted = [...samples].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    medianMs: r(sorted[Math.floor(sorted.length / 2)] ?? 0),
    p90Ms: r(sorted[Math.floor(sorted.length * 0.9)] ?? 0),
    maxMs: r(sorted.at(-1) ?? 0),
    samples: samples.map(r),
  };
}

/**
 * The script-free copies: the start page from the built HTML; a question or result page as the app
 * rendered it in that language (its DOM saved as HTML, without scripts and without the deep-link
 * class that hides the pre-rendered start page until the app renders).
 */
async function makeScriptFreeCopies(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const locale of locales) {
      const lang = locale.startsWith('en') ? 'en' : 'da';
      plainCopies.set(`/__script-free/start-${locale}`, scriptFree(lang === 'en' ? englishStartPage(html) : html));
      for (const name of pageNames.filter((p) => p !== 'start')) {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 }, locale });
        await page.goto(base + PAGES[name].hash);
        await page.getByRole('heading', { level: 1, name: PAGES[name].heading[lang] }).waitFor();
        await page.waitForLoadState('networkidle');
        const rendered = await page.evaluate(() => {
          document.documentElement.classList.remove('deep-link');
          if (!document.documentElement.className) document.documentElement.removeAttribute('class');
          return `<!doctype html>\n${document.documentElement.outerHTML}`;
        });
        plainCopies.set(`/__script-free/${name}-${locale}`, scriptFree(rendered));
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

interface Run {
  fcpMs: number;
  lcpMs: number;
  siMs: number;
  tbtMs: number;
  /** Time to interactive: when the scripts have arrived and the main thread is quiet. */
  ttiMs: number;
  cls: number;
  performance: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  lcpElement: string;
}
interface Measured {
  page: PageName;
  locale: string;
  runs: Run[];
  plainRuns: Run[];
  /** Medians of the page's runs. */
  median: Required<Omit<Run, 'lcpElement'>>;
  plainMedian: Pick<Run, 'fcpMs' | 'lcpMs' | 'siMs'>;
  ratio: { fcp: number; lcp: number };
  lcpElement: string;
  /** The critical request chain Lighthouse found in the page's first run, and what each request weighed. */
  chain: string[];
}

async function lighthouseAll(): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const locale of locales) {
    // One Chromium per language; the page and its copy alternate in it.
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.slice(1), `--lang=${locale}`, `--accept-lang=${locale}`],
    });
    try {
      for (const name of pageNames) {
        const runs: Run[] = [];
        const plainRuns: Run[] = [];
        let chain: string[] = [];
        for (let i = 0; i < RUNS; i++) {
          // Alternate which goes first, so neither always runs in the other's wake.
          const order = i % 2 === 0 ? (['page', 'copy'] as const) : (['copy', 'page'] as const);
          for (const which of order) {
            if (which === 'page') {
              const { run, lhr } = await lighthouseRun(chrome.port, base + PAGES[name].hash, true);
              if (runs.length === 0) chain = criticalChain(lhr);
              runs.push(run);
            } else {
              plainRuns.push((await lighthouseRun(chrome.port, `${base}__script-free/${name}-${locale}`, false)).run);
            }
          }
          process.stdout.write('.');
        }
        const med = (k: keyof Omit<Run, 'lcpElement'>, rs: Run[]) => median(rs.map((r) => r[k] ?? 0));
        const m: Measured = {
          page: name,
          locale,
          runs,
          plainRuns,
          median: {
            fcpMs: med('fcpMs', runs),
            lcpMs: med('lcpMs', runs),
            siMs: med('siMs', runs),
            tbtMs: med('tbtMs', runs),
            ttiMs: med('ttiMs', runs),
            cls: Math.max(...runs.map((r) => r.cls)),
            performance: med('performance', runs),
            accessibility: med('accessibility', runs),
            bestPractices: med('bestPractices', runs),
            seo: med('seo', runs),
          },
          plainMedian: { fcpMs: med('fcpMs', plainRuns), lcpMs: med('lcpMs', plainRuns), siMs: med('siMs', plainRuns) },
          ratio: { fcp: 0, lcp: 0 },
          lcpElement: runs[0]?.lcpElement ?? '',
          chain,
        };
        m.ratio = {
          fcp: Math.round((m.median.fcpMs / m.plainMedian.fcpMs) * 100) / 100,
          lcp: Math.round((m.median.lcpMs / m.plainMedian.lcpMs) * 100) / 100,
        };
        out.push(m);
      }
    } finally {
      chrome.kill();
    }
  }
  process.stdout.write('\n');
  return out;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function lighthouseRun(port: number, url: string, allCategories: boolean): Promise<{ run: Run; lhr: Lhr }> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: allCategories ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['performance'],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
    throttlingMethod: 'simulate',
  });
  if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`bench: Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const c = lhr.categories;
  const score = (k: string) => (c[k] ? Math.round((c[k].score ?? 0) * 100) : undefined);
  const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
  const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details as
    { items?: Array<{ items?: Array<{ node?: { nodeLabel?: string } }> }> } | undefined;
  const run: Run = {
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    siMs: ms('speed-index'),
    tbtMs: ms('total-blocking-time'),
    ttiMs: ms('interactive'),
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    performance: score('performance') ?? 0,
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpElement: lcpDetails?.items?.[0]?.items?.[0]?.node?.nodeLabel ?? '',
  };
  if (allCategories) {
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) console.log(`\n  lighthouse ${url}: failing audits: ${failing.join(', ')}`);
  }
  return { run, lhr };
}

/** Lighthouse's critical request chain as indented lines: path, KB transferred, when it ended (ms after the document). */
function criticalChain(lhr: Lhr): string[] {
  interface Node {
    request: { url: string; startTime: number; endTime: number; transferSize: number };
    children?: Record<string, Node>;
  }
  const details = lhr.audits['critical-request-chains']?.details as { chains?: Record<string, Node> } | undefined;
  const lines: string[] = [];
  let t0 = Number.NaN;
  const walk = (nodes: Record<string, Node> | undefined, depth: number) => {
    for (const n of Object.values(nodes ?? {}).sort((a, b) => a.request.startTime - b.request.startTime)) {
      if (Number.isNaN(t0)) t0 = n.request.startTime;
      const path = new URL(n.request.url).pathname;
      lines.push(`${'  '.repeat(depth)}${path} ${kb(n.request.transferSize)} KB`);
      walk(n.children, depth + 1);
    }
  };
  walk(details?.chains, 0);
  return lines;
}

console.log('measuring answer → next question at 4× CPU …');
const answer = await answerTimings();
let measured: Measured[] = [];
if (!args['skip-lighthouse']) {
  console.log('saving the script-free copies …');
  await makeScriptFreeCopies();
  console.log(
    `running Lighthouse: ${pageNames.join(', ')} × ${locales.join(', ')}, ${RUNS} runs of each page and of its copy …`,
  );
  measured = await lighthouseAll();
}
await server.close();

const failures: string[] = [];
/** Below a budget but within the margin CI allows for noise. */
const warnings: string[] = [];
const check = (ok: boolean, what: string) => ok || failures.push(what);
const firstPaintHtml = html.slice(0, html.indexOf('<body'));
check(sizes.initialJsKb <= BUDGET.initialJsKb, `initial JS ${sizes.initialJsKb} KB > ${BUDGET.initialJsKb} KB`);
check(sizes.cssKb <= BUDGET.cssKb, `CSS ${sizes.cssKb} KB > ${BUDGET.cssKb} KB`);
check(
  sizes.firstPaintKb <= BUDGET.firstPaintKb,
  `start page's first-paint bytes ${sizes.firstPaintKb} KB > ${BUDGET.firstPaintKb} KB`,
);
// Nothing in the head fetches a script before the first paint: the inline boot script starts the entry after it.
check(
  !/<script[^>]+src=|<link[^>]+rel="(?:modulepreload|preload)"[^>]+\.js"/.test(firstPaintHtml),
  'index.html fetches a script before the first paint',
);
// The median of 40 warm answers: single samples on a shared 2-core machine include GC and noise.
check(answer.medianMs < BUDGET.answerMs, `answer → next question median ${answer.medianMs} ms ≥ ${BUDGET.answerMs} ms`);
for (const m of measured) {
  const s = m.median;
  const what = `${m.page} (${m.locale})`;
  check(
    s.performance >= BUDGET.performance - BUDGET.performanceMargin,
    `${what}: performance ${s.performance} < ${BUDGET.performance} - ${BUDGET.performanceMargin}`,
  );
  if (s.performance < BUDGET.performance)
    warnings.push(`${what}: performance ${s.performance} < ${BUDGET.performance}`);
  check(s.accessibility >= BUDGET.accessibility, `${what}: accessibility ${s.accessibility}`);
  check(s.bestPractices >= BUDGET.bestPractices, `${what}: best practices ${s.bestPractices}`);
  check(s.seo >= BUDGET.seo, `${what}: SEO ${s.seo} < ${BUDGET.seo}`);
  check(s.cls <= BUDGET.cls, `${what}: CLS ${s.cls} > ${BUDGET.cls} in a run`);
  const limit = m.page === 'start' ? { fcp: BUDGET.startRatio, lcp: BUDGET.startRatio } : BUDGET.deepLinkRatio;
  check(m.ratio.fcp <= limit.fcp, `${what}: FCP ${m.ratio.fcp}× its script-free copy > ${limit.fcp}×`);
  check(m.ratio.lcp <= limit.lcp, `${what}: LCP ${m.ratio.lcp}× its script-free copy > ${limit.lcp}×`);
}

console.log('\nTræningsguiden bench');
console.log(
  `  initial JS (gzip -9)      ${sizes.initialJsKb} KB in ${initialJs.length} chunks  (budget ${BUDGET.initialJsKb})`,
);
console.log(`  CSS (gzip -9)             ${sizes.cssKb} KB  (budget ${BUDGET.cssKb})`);
console.log(
  `  start page's first paint  ${sizes.firstPaintKb} KB: HTML, CSS and ${fonts.length} preloaded fonts (budget ${BUDGET.firstPaintKb})`,
);
for (const [name, size] of Object.entries(sizes.routes)) console.log(`  lazy ${name.padEnd(20)} ${size} KB`);
console.log(
  `  answer → next question    median ${answer.medianMs} ms, p90 ${answer.p90Ms} ms, max ${answer.maxMs} ms at 4× CPU (budget: median < ${BUDGET.answerMs})`,
);
if (measured.length) {
  console.log(
    `\n  Lighthouse mobile, median of ${RUNS}: the page | its script-free copy | ratio (start budget ${BUDGET.startRatio}×)`,
  );
  console.log(
    '  page      browser  FCP ms            ratio  LCP ms            ratio  perf  a11y  best  seo  TBT   TTI    CLS',
  );
  for (const m of measured) {
    const s = m.median;
    console.log(
      `  ${m.page.padEnd(9)} ${m.locale.padEnd(8)} ${`${s.fcpMs} | ${m.plainMedian.fcpMs}`.padEnd(17)} ${m.ratio.fcp.toFixed(2).padEnd(6)} ` +
        `${`${s.lcpMs} | ${m.plainMedian.lcpMs}`.padEnd(17)} ${m.ratio.lcp.toFixed(2).padEnd(6)} ` +
        `${String(s.performance).padEnd(5)} ${String(s.accessibility).padEnd(5)} ${String(s.bestPractices).padEnd(5)} ` +
        `${String(s.seo).padEnd(4)} ${String(s.tbtMs).padEnd(5)} ${String(s.ttiMs).padEnd(6)} ${s.cls}`,
    );
  }
  console.log('\n  every run, FCP/LCP ms (page | copy) and performance');
  for (const m of measured) {
    console.log(
      `  ${m.page.padEnd(9)} ${m.locale.padEnd(8)} ${m.runs.map((r, i) => `${r.fcpMs}/${r.lcpMs} | ${m.plainRuns[i]?.fcpMs}/${m.plainRuns[i]?.lcpMs}`).join('  ')}  perf ${m.runs.map((r) => r.performance).join('/')}`,
    );
  }
  for (const m of measured.filter((x) => x.locale === locales[0])) {
    console.log(`\n  critical request chain, ${m.page} (${m.locale}); LCP element: "${m.lcpElement.slice(0, 60)}"`);
    for (const line of m.chain) console.log(`    ${line}`);
  }
}
mkdirSync(resolve(root, 'test-results'), { recursive: true });
writeFileSync(
  resolve(root, 'test-results/bench.json'),
  JSON.stringify({ sizes, answer, lighthouse: measured, failures, warnings }, null, 2),
);
if (warnings.length) console.log(`\nBelow budget, within the margin for noise:\n  ${warnings.join('\n  ')}`);
if (failures.length) {
  console.error(`\nBudget broken:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
