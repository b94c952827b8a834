/**
 * Build-time touches to index.html:
 * - a strict Content-Security-Policy as a <meta> tag (build only: the dev server needs inline scripts);
 * - a <noscript> message with every municipality's phone number, from content.
 */
import type { Plugin } from 'vite';
import type { ContentIndex } from '../src/engine/model/bundle.ts';

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

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function noscriptHtml(index: ContentIndex): string {
  const items = index.municipalities
    .map((m) => {
      const how = m.phone
        ? `telefon ${escape(m.phone)}${m.phoneHours ? ` (${escape(m.phoneHours.da)})` : ''}`
        : escape(m.contactNote?.da ?? '');
      return `<li>${escape(m.name.da)}: ${how}</li>`;
    })
    .join('');
  return (
    `<noscript><div class="container noscript"><h1>Træningsguiden kræver JavaScript</h1>` +
    `<p>Slå JavaScript til i din browser, eller kontakt din kommune:</p><ul>${items}</ul>` +
    `<p lang="en">Træningsguiden needs JavaScript. Turn it on, or contact your municipality.</p></div></noscript>`
  );
}

export function htmlPlugin(getIndex: () => ContentIndex): Plugin {
  let isBuild = false;
  return {
    name: 'traeningsguiden-html',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    transformIndexHtml(html) {
      let out = html.replace(/<noscript>[\s\S]*?<\/noscript>/, noscriptHtml(getIndex()));
      if (isBuild) {
        out = out.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      }
      return out;
    },
  };
}
