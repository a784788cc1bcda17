import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Secondary text (hints, captions, times, counts' labels) must read at 4.5:1 (WCAG AA) on every surface.
const css = readFileSync(join(process.cwd(), 'src/renderer/styles/tokens.css'), 'utf8');
const [lightPart, darkPart] = css.split('@media (prefers-color-scheme: dark)');

function tokens(text: string | undefined): Record<string, string> {
  return Object.fromEntries([...(text ?? '').matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = tokens(lightPart);
const themes = { light, dark: { ...light, ...tokens(darkPart) } };
const surfaces = ['bg', 'surface', 'surface-2', 'surface-sunken', 'muted-bg', 'accent-soft'];
const secondary = ['text-muted', 'text-faint', 'muted'];

describe('secondary text contrast', () => {
  for (const [theme, t] of Object.entries(themes)) {
    it(`reaches 4.5:1 on every surface in the ${theme} theme`, () => {
      const short: string[] = [];
      for (const fg of secondary)
        for (const bg of surfaces) if (contrast(t[fg]!, t[bg]!) < 4.5) short.push(`${fg} on ${bg}: ${contrast(t[fg]!, t[bg]!).toFixed(2)}`);
      for (const bg of ['rail-bg', 'rail-hover', 'rail-active'])
        if (contrast(t['rail-text-muted']!, t[bg]!) < 4.5) short.push(`rail-text-muted on ${bg}`);
      expect(short).toEqual([]);
    });
  }
});
