/**
 * Build-time touches to index.html:
 * - a strict Content-Security-Policy as a <meta> tag (build only: the dev server needs inline scripts);
 * - a <noscript> message with every municipality's phone number, from content.
 */
import { createHash } from 'node:crypto';
import { createServer, type Plugin, type Rollup } from 'vite';
import type { ContentIndex } from '../src/engine/model/bundle.ts';
import { escapeHtml } from './content/markdown.ts';

/** The CSP; `scriptHash` allows the one inline boot script by its SHA-256, never 'unsafe-inline'. */
export function contentSecurityPolicy(scriptHash?: string): string {
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    `script-src 'self'${scriptHash ? ` '${scriptHash}'` : ''}`,
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

/** Renders the start page with a throw-away SSR server that shares the app's resolve config and content plugin. */
async function prerenderStartPage(root: string, plugins: Plugin[], alias: Record<string, string>): Promise<string> {
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
    const mod = (await server.ssrLoadModule('/src/prerender.tsx')) as { render: () => string };
    return mod.render();
  } finally {
    await server.close();
  }
}

/**
 * A tiny inline script that runs before the first paint. On a deep link (a question, the result,
 * a share link, the desk) it hides the pre-rendered start page, so nothing jumps when the real
 * page arrives, and on a question, "Tjek dine svar" or the result starts loading the wizard (with
 * the chunks it imports) and the municipality's content at once, in parallel with the entry
 * script; on the result also the municipality's texts.
 */
function bootScript(bundle: Rollup.OutputBundle, base: string): string {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const flowRoute = chunks.find((c) => c.facadeModuleId?.endsWith('/root/flow-route.tsx'));
  if (!flowRoute) throw new Error('bootScript: no chunk for src/root/flow-route.tsx');
  const entry = chunks.find((c) => c.isEntry)?.fileName;
  const wizard = [flowRoute.fileName, ...flowRoute.imports.filter((f) => f !== entry)].map((f) => base + f);
  const byMunicipality = (prefix: string) =>
    Object.fromEntries(
      chunks
        .filter((c) => c.facadeModuleId?.startsWith(prefix))
        .map((c) => [c.facadeModuleId?.slice(prefix.length) ?? '', base + c.fileName]),
    );
  const content = byMunicipality('\0virtual:content/');
  const texts = byMunicipality('\0virtual:content-texts/');
  return (
    `(function(){var h=location.hash;if(!h||h==='#'||h==='#/')return;` +
    `document.documentElement.className+=' deep-link';` +
    `var m=/^#\\/([a-z0-9-]+)\\/(q|tjek|resultat)(\\/|$)/.exec(h),c=${JSON.stringify(content)},t=${JSON.stringify(texts)};` +
    `function p(u){var l=document.createElement('link');l.rel='modulepreload';l.href=u;document.head.appendChild(l)}` +
    `if(m){${JSON.stringify(wizard)}.forEach(p);var u=c[m[1]]||c.national;if(u)p(u);` +
    `if(m[2]==='resultat'){u=t[m[1]]||t.national;if(u)p(u)}}})();`
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
        out = out.replace('<div id="root"></div>', `<div id="root" data-prerendered>${start}</div>`);
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
        const script = ctx.bundle ? bootScript(ctx.bundle, base) : '';
        const hash = script ? `sha256-${createHash('sha256').update(script).digest('base64')}` : undefined;
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hash)}" />` +
            (script ? `\n    <script>${script}</script>` : ''),
        );
      },
    },
  };
}
