/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentIndex, contentPlugin, loadVerifiedContent } from './scripts/content/vite-plugin.ts';
import { cspPlugin, htmlPlugin } from './scripts/html-plugin.ts';

const contentDir = process.env.TG_CONTENT_DIR;
const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [
    react(),
    contentPlugin(contentDir),
    htmlPlugin(() => contentIndex(loadVerifiedContent(contentDir).source), {
      plugins: () => [contentPlugin(contentDir)],
      alias,
    }),
    cspPlugin(),
    VitePWA({
      // The app asks before it swaps to a new version, so it can say that the rules were updated.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Træningsguiden',
        short_name: 'Træningsguiden',
        description: 'Find den genoptræning eller træning, din kommune tilbyder.',
        lang: 'da',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#004d99',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // Everything a visit needs offline, including every municipality's content chunk;
        // only the WOFF2 fonts (every browser we support reads them).
        globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias },
  css: {
    // DKFDS triggers Sass deprecation warnings we cannot fix in its sources.
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['if-function'] } },
  },
  build: {
    target: 'es2022',
    // No inline scripts or data URIs: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
