import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createFastPath } from '../src/shared/phone/fast-path';
import { mulberry32 } from '../test/support/seeded-random';

/**
 * Writes a realistic contact sheet: Indian names, cities and amounts; numbers in the shapes
 * real sheets hold (+91 with and without spaces, leading 0, 0091, 91 without the plus,
 * dashes, STD landlines); about 2% invalid and 3% duplicates typed in another shape.
 */

const FIRST = [
  'Aarav',
  'Priya',
  'Rahul',
  'Sneha',
  'Vikram',
  'Anjali',
  'Rohan',
  'Kavya',
  'Arjun',
  'Meera',
  'Sanjay',
  'Pooja',
  'Amit',
  'Divya',
  'Karan',
  'Lakshmi',
  'Suresh',
  'Fatima',
  'Imran',
  'Gurpreet',
  'Harpreet',
  'Deepak',
  'Neha',
  'Ramesh',
  'Sunita',
  'Manoj',
  'Asha',
  'Venkatesh',
  'Anita',
  'Rajesh',
  'Shreya',
  'Nikhil',
  'Farhan',
  'Joseph',
  'Mary',
  'Sai',
];
const LAST = [
  'Sharma',
  'Patel',
  'Iyer',
  'Reddy',
  'Singh',
  'Gupta',
  'Nair',
  'Das',
  'Khan',
  'Mehta',
  'Rao',
  'Joshi',
  'Banerjee',
  'Chatterjee',
  'Pillai',
  'Menon',
  'Kulkarni',
  'Deshpande',
  'Yadav',
  'Verma',
  'Mishra',
  'D’Souza',
  'Fernandes',
];
const CITIES = [
  'Mumbai',
  'Delhi',
  'Bengaluru',
  'Chennai',
  'Pune',
  'Kolkata',
  'Hyderabad',
  'Jaipur',
  'Lucknow',
  'Kochi',
  'Ahmedabad',
  'Indore',
  'Bhopal',
  'Nagpur',
  'Surat',
  'Coimbatore',
];
const LANDLINE_STD = ['22', '11', '80', '44', '33', '40', '20', '79'];
const INVALID = ['', '12345', 'N/A', '9.19876E+11', '98765 4321', 'call later', '+1 415 555 0100', '0', '-', '98450 1234 567'];

export interface SheetSpec {
  rows: number;
  seed?: number;
  invalidShare?: number;
  duplicateShare?: number;
}

export async function writeSheet(path: string, spec: SheetSpec): Promise<void> {
  const random = mulberry32(spec.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const valid = createFastPath('IN');
  if (!valid) throw new Error('The benchmark needs the IN fast path');
  const invalidShare = spec.invalidShare ?? 0.02;
  const duplicateShare = spec.duplicateShare ?? 0.03;
  const out = createWriteStream(path);
  const seen: string[] = [];
  const used = new Set<string>();
  let buffer = 'Name,Phone,City,Amount Due,Due Date\r\n';

  const freshNumber = (): string => {
    for (;;) {
      const landline = random() < 0.05;
      const nsn = landline
        ? pick(LANDLINE_STD) +
          String(Math.floor(random() * 1e8))
            .padStart(8, '0')
            .replace(/^[01]/, '2')
        : String(6 + Math.floor(random() * 4)) + String(Math.floor(random() * 1e9)).padStart(9, '0');
      if (!used.has(nsn) && valid(nsn)) {
        used.add(nsn);
        return nsn;
      }
    }
  };

  for (let i = 0; i < spec.rows; i++) {
    const roll = random();
    let phone: string;
    if (roll < invalidShare) phone = pick(INVALID);
    else if (roll < invalidShare + duplicateShare && seen.length > 0) phone = shape(pick(seen), random());
    else {
      const nsn = freshNumber();
      if (seen.length < 100_000) seen.push(nsn);
      phone = shape(nsn, random());
    }
    const name = random() < 0.01 ? `"${pick(LAST)}, ${pick(FIRST)}"` : `${pick(FIRST)} ${pick(LAST)}`;
    const amount = (Math.floor(random() * 5000_00) / 100).toFixed(2);
    const due = `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/0${1 + Math.floor(random() * 9)}/2025`;
    buffer += `${name},${phone},${pick(CITIES)},${amount},${due}\r\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

function shape(nsn: string, roll: number): string {
  if (nsn.startsWith('6') || nsn.startsWith('7') || nsn.startsWith('8') || nsn.startsWith('9')) {
    if (roll < 0.35) return nsn;
    if (roll < 0.5) return `+91 ${nsn.slice(0, 5)} ${nsn.slice(5)}`;
    if (roll < 0.65) return `+91${nsn}`;
    if (roll < 0.75) return `0${nsn}`;
    if (roll < 0.85) return `91${nsn}`;
    if (roll < 0.95) return `${nsn.slice(0, 5)}-${nsn.slice(5)}`;
    return `0091 ${nsn.slice(0, 5)} ${nsn.slice(5)}`;
  }
  if (roll < 0.5) return `0${nsn.slice(0, 2)} ${nsn.slice(2, 6)} ${nsn.slice(6)}`;
  if (roll < 0.8) return `(0${nsn.slice(0, 2)}) ${nsn.slice(2)}`;
  return `+91 ${nsn.slice(0, 2)} ${nsn.slice(2)}`;
}
