import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// A style sheet imported only by a lazily loaded screen arrives with that screen's code, so whatever of it the
// first screen already shows (the drafts block, a launch on its way) is drawn unstyled for a moment at start.
const renderer = join(process.cwd(), 'src/renderer');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

describe('styles at the first screen', () => {
  it('every style sheet of the renderer is loaded by the entry, with the first screen', () => {
    const entry = readFileSync(join(renderer, 'main.tsx'), 'utf8');
    const imported = new Set([...entry.matchAll(/import '\.\/(.+\.css)';/g)].map((m) => m[1]));
    const missing = cssFiles(renderer)
      .map((f) => relative(renderer, f).split('\\').join('/'))
      .filter((f) => !imported.has(f));
    expect(missing).toEqual([]);
  });
});
