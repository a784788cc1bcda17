import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { RowChecker } from './src/main/services/imports/row-checker';
import { createPhoneNormaliser } from './src/shared/phone/normalise-phone';
import { NumberIndex } from './src/main/services/imports/number-index';
const recs = Papa.parse<string[]>(readFileSync(process.argv[2]!, 'utf8'), { delimiter: ',' }).data.slice(1, -1);
const t = (name: string, fn: () => number) => { const c = process.cpuUsage(); const r = fn(); const d = process.cpuUsage(c); console.log(name.padEnd(12), ((d.user + d.system) / 1000).toFixed(0).padStart(5), r); };
for (let rep = 0; rep < 4; rep++) {
  t('checker', () => { const ch = new RowChecker({ headerCount: 5, phoneColumn: 1, country: 'IN', expectedRows: recs.length }); let x = 0; for (let i = 0; i < recs.length; i++) { const v = ch.check(recs[i]!, i + 2); if (v) x += v.stream; } return x; });
  t('normalise', () => { const n = createPhoneNormaliser('IN'); let x = 0; for (const r of recs) if (n(r[1]!).ok) x++; return x; });
  t('norm+index', () => { const n = createPhoneNormaliser('IN'); const idx = new NumberIndex(recs.length); let x = 0; for (let i = 0; i < recs.length; i++) { const c = n(recs[i]![1]!); if (c.ok) x += idx.firstRowOrAdd(c.e164, i + 2) ? 1 : 0; } return x; });
}
