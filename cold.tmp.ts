import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './src/main/store/db';
import { ImportService } from './src/main/services/imports';
const [file, w] = process.argv.slice(2) as [string, string];
(async () => {
  const svc = new ImportService({ db: openDatabase(mkdtempSync(join(tmpdir(), 'cold-'))), workers: Number(w) });
  await svc.warmUp();
  const c = process.cpuUsage(); const t = performance.now();
  const p = await svc.inspect(file);
  await svc.run({ filePath: file, encoding: p.encoding, delimiter: p.delimiter, phoneColumn: 1, variables: [{ column: 0, name: 'Name' }, { column: 2, name: 'City' }, { column: 3, name: 'Amount' }, { column: 4, name: 'Due' }], country: 'IN', listName: 'x' }, { accountId: null, signal: new AbortController().signal, onProgress: () => {} });
  const d = process.cpuUsage(c);
  console.log(`workers=${w}`, (performance.now() - t).toFixed(0), 'cpu', ((d.user + d.system) / 1000).toFixed(0), 'rss', Math.round(process.resourceUsage().maxRSS / 1024));
  await svc.close();
})();
