import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints made-up files against the real eslint.config.js: each broken layer rule must fail by name.
const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layers are enforced by lint', () => {
  it('passes a clean engine file and a feature importing the layers below it', async () => {
    expect(
      await messages('src/engine/probe.ts', "import { deadline } from './calendar.ts';\nexport const d = deadline;\n"),
    ).toEqual([]);
    expect(
      await messages(
        'src/features/desk/probe.ts',
        "import { session } from '@/app/session';\nimport { usePhrase } from '@/shared/use-phrase';\nimport { evaluate } from '@/engine';\nexport const x = [session, usePhrase, evaluate];\n",
      ),
    ).toEqual([]);
  }, 30_000);

  it('the engine never depends on React', async () => {
    const found = await messages(
      'src/engine/probe.ts',
      "import { useState } from 'react';\nexport const s = useState;\n",
    );
    expect(found.join('\n')).toContain('the engine never depends on React');
  });

  it('the engine never reads the clock', async () => {
    for (const read of ['Date.now()', 'new Date()', 'Date()', 'performance.now()']) {
      const found = await messages('src/engine/probe.ts', `export const now = ${read};\n`);
      expect(found.join('\n'), read).toContain('the engine never reads the clock');
    }
    // A date built from a given value is not a clock read.
    expect(await messages('src/engine/probe.ts', 'export const d = new Date(Date.UTC(2026, 0, 1));\n')).toEqual([]);
  });

  it('features must not import each other', async () => {
    const found = await messages(
      'src/features/desk/probe.ts',
      "import { ResultPage } from '@/features/result/result-page';\nexport const r = ResultPage;\n",
    );
    expect(found.join('\n')).toContain('boundaries/dependencies: features must not import each other');
  });

  it('src/shared and the engine never import app or features', async () => {
    const shared = await messages(
      'src/shared/probe.ts',
      "import { session } from '@/app/session';\nexport const s = session;\n",
    );
    expect(shared.join('\n')).toContain('src/shared never imports app or features');
    const engine = await messages(
      'src/engine/probe.ts',
      "import { StartPage } from '../features/start/start-page.tsx';\nexport const s = StartPage;\n",
    );
    expect(engine.join('\n')).toContain('the engine never imports the UI');
    const app = await messages(
      'src/app/probe.ts',
      "import { StartPage } from '@/features/start/start-page';\nexport const s = StartPage;\n",
    );
    expect(app.join('\n')).toContain('the app shell never imports features');
  });

  it('checks the rules of hooks in .ts files too', async () => {
    const found = await messages(
      'src/shared/probe.ts',
      "import { useState } from 'react';\nexport function useProbe(on: boolean) {\n  if (on) useState(0);\n}\n",
    );
    expect(found.join('\n')).toContain('react-hooks/rules-of-hooks');
  });
});
