import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Pictures for the README; they are taken on every run, so they stay true. */
const DOCS = resolve(__dirname, '../../../docs/screenshots');
/** The same screens at a second common laptop size, to look at, not to publish. */
const REVIEW = resolve(__dirname, '../../../test-results/screens');

/** The two laptop screens the app must fit; the first is what the README shows. */
export const SHOT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

/** Serious and critical axe findings on what is on screen now, one readable line each. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/**
 * Switches the theme and lets colour transitions end, so what is checked is what a user sees. Only finite
 * animations are waited for: a spinner or an indeterminate progress bar of a running job never finishes.
 */
export async function theme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** A screen in both themes: axe must find nothing serious in either. */
export async function check(page: Page, where: string, found: string[]): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await theme(page, colorScheme);
    const started = Date.now();
    const here = await seriousViolations(page, `${where} (${colorScheme})`);
    if (process.env.A11Y_VERBOSE)
      console.log(`[a11y] ${where} (${colorScheme}): ${here.length} serious in ${Date.now() - started} ms\n${here.join('\n')}`);
    found.push(...here);
  }
  await theme(page, 'light');
}

/**
 * docs/screenshots/<name>-light.png and -dark.png at 1280×720, and the same at 1366×768 under test-results/screens.
 * The window is put back to its size afterwards.
 */
export async function shoot(page: Page, name: string, prepare?: () => Promise<void>): Promise<void> {
  const before = page.viewportSize();
  mkdirSync(DOCS, { recursive: true });
  mkdirSync(REVIEW, { recursive: true });
  for (const [i, size] of SHOT_SIZES.entries()) {
    await page.setViewportSize(size);
    await prepare?.();
    for (const colorScheme of ['light', 'dark'] as const) {
      await theme(page, colorScheme);
      const path = i === 0 ? `${DOCS}/${name}-${colorScheme}.png` : `${REVIEW}/${name}-${colorScheme}-${size.width}x${size.height}.png`;
      await page.screenshot({ path, animations: 'disabled' });
    }
  }
  await theme(page, 'light');
  if (before) await page.setViewportSize(before);
}

/** Console lines of styles or scripts the page's CSP refused: the app must need no inline style or script. */
export function watchCsp(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
