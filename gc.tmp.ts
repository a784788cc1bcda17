import { runSheetJob } from './src/main/services/imports/sheet-job';
const file = process.argv[2]!;
const mode = process.argv[3]!;
(async () => {
  for (let i = 0; i < Number(process.env.REPS ?? 3); i++) {
    const c = process.cpuUsage();
    await runSheetJob({ filePath: file, encoding: 'utf-8', delimiter: ',', phoneColumn: 1, variableColumns: [0, 2, 3, 4], country: 'IN', blockSize: Number(process.env.BS ?? 512), keeps: { sheet: mode === 'encode', problems: mode === 'encode' } }, () => {});
    const d = process.cpuUsage(c);
    console.log('RUN', mode, ((d.user + d.system) / 1000).toFixed(0));
  }
})();
