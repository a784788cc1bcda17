import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../../src/main/security';

// The main window's preferences are written out in window.ts, where a reviewer and the security check see them;
// this keeps them equal to the checklist the rest of the app is tested against.
const source = readFileSync(join(__dirname, '../../../src/main/window.ts'), 'utf8');
const written = source.slice(source.indexOf('webPreferences: {'), source.indexOf('},', source.indexOf('webPreferences: {')));

describe('the main window’s web preferences', () => {
  it('are written out in full, with no spread hiding any of them', () => {
    expect(written).not.toContain('...');
    for (const [key, value] of Object.entries(SECURE_WEB_PREFERENCES)) {
      expect(written, `${key} in window.ts`).toContain(`${key}: ${typeof value === 'string' ? `'${value}'` : String(value)},`);
    }
  });
});
