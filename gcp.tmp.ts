import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
const file = process.argv[2]!;
(async () => {
  for (let i = 0; i < 3; i++) {
    const c = process.cpuUsage();
    await new Promise<void>((res, rej) => Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8' }), { delimiter: ',', chunk: () => {}, complete: () => res(), error: rej }));
    const d = process.cpuUsage(c);
    console.log('RUN parse', ((d.user + d.system) / 1000).toFixed(0));
  }
})();
