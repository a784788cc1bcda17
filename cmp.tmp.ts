import { createReadStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { openDatabase } from './src/main/store/db';
import { ImportService } from './src/main/services/imports';
import { runSheetJob } from './src/main/services/imports/sheet-job';
const file = process.argv[2]!;
const W = Number(process.env.W ?? 0);
async function parseOnly() { await new Promise<void>((res, rej) => Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8' }), { delimiter: ',', chunk: () => {}, complete: () => res(), error: rej })); }
async function job(keeps: { sheet: boolean; problems: boolean }) { await runSheetJob({ filePath: file, encoding: 'utf-8', delimiter: ',', phoneColumn: 1, variableColumns: [0, 2, 3, 4], country: 'IN', blockSize: 512, keeps }, () => {}); }
async function imp(svc: ImportService) {
  const p = await svc.inspect(file);
  await svc.run({ filePath: file, encoding: p.encoding, delimiter: p.delimiter, phoneColumn: 1, variables: [{ column: 0, name: 'Name' }, { column: 2, name: 'City' }, { column: 3, name: 'Amount' }, { column: 4, name: 'Due' }], country: 'IN', listName: 'x' }, { accountId: null, signal: new AbortController().signal, onProgress: () => {} });
}
(async () => {
  const svc = new ImportService({ db: openDatabase(mkdtempSync(join(tmpdir(), 'cmp-'))), workers: W });
  await svc.warmUp();
  const m = async (name: string, fn: () => Promise<void>) => { const c = process.cpuUsage(); const t = performance.now(); await fn(); const d = process.cpuUsage(c); return `${name} ${(performance.now() - t).toFixed(0)}/${((d.user + d.system) / 1000).toFixed(0)}`; };
  for (let i = 0; i < Number(process.env.REPS ?? 5); i++) {
    console.log([await m('parse', parseOnly), await m('check', () => job({ sheet: false, problems: false })), await m('encode', () => job({ sheet: true, problems: true })), await m('import', () => imp(svc))].join('  '));
  }
  await svc.close();
})();
