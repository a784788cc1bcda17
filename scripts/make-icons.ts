// Renders resources/icon.svg to a PNG at every size the installers need (Linux hicolor sizes, the
// Windows .ico's 256 px source and the macOS .icns's 1024 px source). Run after changing the SVG.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8');
  const outDir = join(root, 'resources/icons');
  await mkdir(outDir, { recursive: true });
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch(existsSync(system) ? { executablePath: system, args: ['--no-sandbox', '--disable-gpu'] } : {});
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const sized = svg.replace(/<svg([^>]*?)width="\d+" height="\d+"/, `<svg$1width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      await page.screenshot({ path: join(outDir, `${size}x${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`wrote ${ICON_SIZES.length} icons to ${outDir}`);
}

void main();
