import { NumberIndex } from './src/main/services/imports/number-index';
const N = 100_000;
const nsns: string[] = []; for (let i = 0; i < N; i++) nsns.push(String(6000000000 + Math.floor(Math.random() * 3999999999)));
const flat = nsns.map((n) => { const s = '+91' + n; s.charCodeAt(5); return s; });
const t = (name: string, fn: () => number) => { const c = process.cpuUsage(); const r = fn(); const d = process.cpuUsage(c); console.log(name.padEnd(12), ((d.user + d.system) / 1000).toFixed(1).padStart(6), r); };
for (let rep = 0; rep < 5; rep++) {
  t('flat', () => { const idx = new NumberIndex(N); let x = 0; for (let i = 0; i < N; i++) x += idx.firstRowOrAdd(flat[i]!, i + 2); return x; });
  t('cons', () => { const idx = new NumberIndex(N); let x = 0; for (let i = 0; i < N; i++) x += idx.firstRowOrAdd('+91' + nsns[i]!, i + 2); return x; });
  t('concat only', () => { let x = 0; for (let i = 0; i < N; i++) { const s = '+91' + nsns[i]!; x += s.charCodeAt(7); } return x; });
}
