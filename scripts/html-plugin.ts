/**
 * Build-time touches to index.html:
 * - a strict Content-Security-Policy as a <meta> tag (build only: the dev server needs inline scripts);
 * - a <noscript> message with every municipality's phone number, from content.
 */
import { createHash } from 'node:crypto';
import { createServer, type Plugin, type Rollup } from 'vite';
import type { ContentIndex } from '../src/engine/model/bundle.ts';
import { escapeHtml } from '../src/engine/escape-html.ts';

/** The CSP; `scriptHashes` allow the inline scripts by their SHA-256, never 'unsafe-inline'. */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    ['script-src', "'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
  );
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function noscriptHtml(index: ContentIndex): string {
  // Only municipalities whose own documents give a contact; the others are told to contact their municipality.
  const items = index.municipalities
    .filter((m) => m.local)
    .map((m) => {
      const how = m.phone
        ? `telefon ${escapeHtml(m.phone)}${m.phoneHours ? ` (${escapeHtml(m.phoneHours.da)})` : ''}`
        : escapeHtml(m.contactNote?.da ?? '');
      return `<li>${escapeHtml(m.name.da)}: ${how}</li>`;
    })
    .join('');
  return (
    `<noscript><div class="container noscript"><h1>Træningsguiden kræver JavaScript</h1>` +
    `<p>Slå JavaScript til i din browser, eller kontakt din kommune:</p><ul>${items}</ul>` +
    `<p lang="en">Træningsguiden needs JavaScript. Turn it on, or contact your municipality.</p></div></noscript>`
  );
}

/** Renders the start page in both languages with a throw-away SSR server that shares the app's resolve config and content plugin. */
async function prerenderStartPage(
  root: string,
  plugins: Plugin[],
  alias: Record<string, string>,
): Promise<{ da: string; en: string }> {
  const server = await createServer({
    root,
    configFile: false,
    plugins,
    resolve: { alias },
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    appType: 'custom',
  });
  try {
    const mod = (await server.ssrLoadModule('/src/prerender.tsx')) as { render: (locale: 'da' | 'en') => string };
    // One after the other: each call sets the shared i18next instance's language.
    const da = mod.render('da');
    const en = mod.render('en');
    return { da, en };
  } finally {
    await server.close();
  }
}

/**
 * Runs right after the pre-rendered start page is parsed, before the first paint (the stylesheet
 * in the head holds rendering until then). When the user will read the start page in English (an
 * English browser on a first visit, or English chosen earlier in this tab), it puts the English
 * pre-render in place of the Danish one, so the page never shows Danish first and the client can
 * hydrate it. The choice mirrors `preferredLocale` in src/i18n/detect.ts and the session in
 * src/app/session.ts (tests/e2e/loading.e2e.ts pins both): a stored session decides; a relative's
 * start page, another page or an unreadable session leave the Danish one for the client to replace.
 */
export const START_LANGUAGE_SCRIPT =
  `(function(){var h=location.hash;if(h&&h!=='#'&&h!=='#/')return;var l,s;` +
  `try{s=JSON.parse(sessionStorage.getItem('traeningsguiden')||'null')}catch(e){return}` +
  `if(s){if(s.v!==1||s.perspective!=='self')return;l=s.locale}else{` +
  `var n=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];` +
  `for(var i=0;i<n.length&&!l;i++){var p=String(n[i]).toLowerCase().split('-')[0];if(p==='da'||p==='en')l=p}}` +
  `if(l!=='en')return;var r=document.getElementById('root'),t=document.getElementById('start-en');if(!r||!t)return;` +
  `r.innerHTML=t.innerHTML;r.setAttribute('data-prerendered','en');document.documentElement.lang='en'})();`;

/**
 * The inline boot script in the head: it starts the app's scripts after the first paint, so nothing
 * but the HTML and the stylesheet (and the preloaded fonts) takes part in it. Vite writes the entry
 * as a `<script type="module">` and its imports as `<link rel="modulepreload">` in the head, where
 * they are fetched at high priority beside the stylesheet; `cspPlugin` takes them out and hands them
 * to this script, which adds them once the browser reports that the pre-rendered start page is on
 * screen (its first contentful paint; at once in a tab that is not shown, where nothing paints).
 *
 * A deep link (a question, the result, a share link, the desk) has nothing to read before the app
 * renders it, so there the script starts the entry at once, hides the pre-rendered start page (so
 * nothing jumps when the real page arrives) and, on a question, "Tjek dine svar", the result or a
 * share link (which opens the result), preloads the wizard (with the chunks it imports) and the
 * municipality's content beside the entry; on a question also the question form, on the result and a
 * share link the municipality's texts.
 */
export function bootScript(
  bundle: Rollup.OutputBundle,
  base: string,
  start: { entry: string; preloads: readonly string[] },
): string {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const flowRoute = chunks.find((c) => c.facadeModuleId?.endsWith('/root/flow-route.tsx'));
  if (!flowRoute) throw new Error('bootScript: no chunk for src/root/flow-route.tsx');
  const questionForm = chunks.find((c) => c.facadeModuleId?.endsWith('/features/wizard/question-form.tsx'));
  if (!questionForm) throw new Error('bootScript: no chunk for src/features/wizard/question-form.tsx');
  const entry = chunks.find((c) => c.isEntry)?.fileName;
  const entryImports = chunks.find((c) => c.isEntry)?.imports ?? [];
  const wizard = [flowRoute.fileName, ...flowRoute.imports.filter((f) => f !== entry && !entryImports.includes(f))].map(
    (f) => base + f,
  );
  const questions = [questionForm.fileName, ...questionForm.imports]
    .filter((f) => f !== entry && !entryImports.includes(f) && !wizard.includes(base + f))
    .map((f) => base + f);
  const byMunicipality = (prefix: string) =>
    Object.fromEntries(
      chunks
        .filter((c) => c.facadeModuleId?.startsWith(prefix))
        .map((c) => [c.facadeModuleId?.slice(prefix.length) ?? '', base + c.fileName]),
    );
  const content = byMunicipality('\0virtual:content/');
  const texts = byMunicipality('\0virtual:content-texts/');
  return (
    `(function(){var d=document,h=location.hash,q=${JSON.stringify(start.preloads)};` +
    `var D=h&&h!=='#'&&h!=='#/';if(D){d.documentElement.className+=' deep-link';` +
    `var m=/^#\\/([a-z0-9-]+)\\/(q|tjek|resultat)(\\/|$)/.exec(h),c=${JSON.stringify(content)},t=${JSON.stringify(texts)};` +
    // A share link (#/del/<base64url JSON>) opens the result: read its municipality the way src/app/share.ts writes it.
    `if(!m){var r=/^#\\/del\\/([A-Za-z0-9_-]{1,4000})$/.exec(h);if(r)try{var j=JSON.parse(atob(r[1].replace(/-/g,'+').replace(/_/g,'/')));` +
    `if(j&&typeof j.m==='string'&&/^[a-z0-9-]{1,40}$/.test(j.m))m=[h,j.m,'resultat']}catch(e){}}` +
    `var g=function(o,k){return Object.prototype.hasOwnProperty.call(o,k)?o[k]:o.national};` +
    `if(m){q=q.concat(${JSON.stringify(wizard)});if(m[2]==='q')q=q.concat(${JSON.stringify(questions)});var u=g(c,m[1]);if(u)q.push(u);` +
    `if(m[2]==='resultat'){u=g(t,m[1]);if(u)q.push(u)}}}` +
    // The entry first, then what it and the page import; once.
    `var s=function(){if(!q)return;var e=d.createElement('script');e.type='module';e.fetchPriority='high';e.src=${JSON.stringify(start.entry)};d.head.appendChild(e);` +
    `q.forEach(function(u){var l=d.createElement('link');l.rel='modulepreload';l.href=u;d.head.appendChild(l)});q=null};` +
    // The start page: after its first contentful paint as the browser reports it (once the frame is on screen),
    // at once in a tab that is hidden (it paints nothing) or hides, and 3 s after the load event if no paint was
    // reported. A deep link at once: its page is the app's to render, and all it has before is the header.
    `var P=window.PerformanceObserver;if(D||d.hidden||!P||(P.supportedEntryTypes||[]).indexOf('paint')<0)return s();` +
    `new P(function(l){if(l.getEntriesByName('first-contentful-paint').length)s()}).observe({type:'paint',buffered:true});` +
    `d.addEventListener('visibilitychange',s);addEventListener('load',function(){setTimeout(s,3000)})})();`
  );
}

export function htmlPlugin(
  getIndex: () => ContentIndex,
  ssr: { plugins: () => Plugin[]; alias: Record<string, string> },
): Plugin {
  let isBuild = false;
  let root = process.cwd();
  return {
    name: 'traeningsguiden-html',
    configResolved(config) {
      isBuild = config.command === 'build';
      root = config.root;
    },
    async transformIndexHtml(html) {
      let out = html.replace(/<noscript>[\s\S]*?<\/noscript>/, noscriptHtml(getIndex()));
      if (isBuild) {
        const start = await prerenderStartPage(root, ssr.plugins(), ssr.alias);
        out = out.replace(
          '<div id="root"></div>',
          `<div id="root" data-prerendered="da">${start.da}</div>\n    ` +
            `<template id="start-en">${start.en}</template>\n    <script>${START_LANGUAGE_SCRIPT}</script>`,
        );
      }
      return out;
    },
  };
}

/** Last step of the build: the boot script (which needs the chunk names) and the CSP that allows it. */
export function cspPlugin(): Plugin {
  let base = '/';
  return {
    name: 'traeningsguiden-csp',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Vite's entry script and module preloads leave the head: the boot script starts them after the first paint.
        const entryTag = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
        const preloadTag = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
        const entry = entryTag.exec(html)?.[1];
        const preloads = [...html.matchAll(preloadTag)].map((m) => m[1] ?? '');
        if (!ctx.bundle) return html;
        if (!entry) throw new Error('cspPlugin: Vite wrote no entry script into index.html');
        const script = bootScript(ctx.bundle, base, { entry, preloads });
        // The stylesheet is the first thing the head fetches, before the preloaded fonts.
        const stylesheetTag = /\s*<link rel="stylesheet" crossorigin href="[^"]+">/g;
        const stylesheets = [...html.matchAll(stylesheetTag)].map((m) => m[0].trim());
        const withBoot = html
          .replace(entryTag, '')
          .replace(preloadTag, '')
          .replace(stylesheetTag, '')
          .replace(
            '<meta charset="UTF-8" />',
            [`<meta charset="UTF-8" />`, `<script>${script}</script>`, ...stylesheets].join('\n    '),
          );
        // Every inline script (the boot script, the start page's language) is allowed by its hash.
        const hashes = [...withBoot.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
          (m) =>
            `sha256-${createHash('sha256')
              .update(m[1] ?? '')
              .digest('base64')}`,
        );
        return withBoot.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`,
        );
      },
    },
  };
}
