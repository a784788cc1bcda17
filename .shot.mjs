import { chromium } from '@playwright/test';
const url = process.argv[2]; const out = process.argv[3]; const w = Number(process.argv[4] ?? 1280), h = Number(process.argv[5] ?? 800);
const scheme = process.argv[6] ?? 'light';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
await p.goto(url); await p.waitForTimeout(1500);
for (const step of (process.argv[7] ?? '').split(';').filter(Boolean)) {
  const [kind, ...rest] = step.split(':'); const arg = rest.join(':');
  if (kind === 'click') await p.getByRole('button', { name: arg }).first().click();
  if (kind === 'text') await p.getByText(arg).first().click();
  if (kind === 'wait') await p.waitForTimeout(Number(arg));
}
await p.screenshot({ path: out });
await b.close();
