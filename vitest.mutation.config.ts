import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/engine: the unit and scenario tests. The property
// tests (random answers over all content) cover every line and would run for every mutant; the
// browser, component, lint and style tests do not exercise the engine. The all-of-Denmark test
// (tests/unit/national.test.ts) verifies 98 municipalities several times, about 12 s a mutant; its
// engine parts (forMunicipality, withName) have unit tests of their own.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/scenarios/**/*.test.ts'],
    exclude: ['tests/unit/layers.test.ts', 'tests/unit/styles.test.ts', 'tests/unit/national.test.ts'],
    environment: 'node',
    // Instrumented code is slower: the verifier's time budget is held by npm test, not here.
    env: { CALENDAR_RUNS: '100', VERIFY_BUDGET_MS: 'Infinity' },
    testTimeout: 60_000,
  },
});
