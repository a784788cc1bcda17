import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../src/main/ipc/handle';
import { createHandlers } from '../../../src/main/ipc/registry';
import { makeServices, type TestServices } from '../../support/services';

const APP = { url: 'app://desk' };
let services: TestServices;
let dispatch: Dispatch;

function setup(): void {
  services = makeServices();
  dispatch = createDispatch(createHandlers(services), { isTrustedSender: (s) => s.url === APP.url, log: () => undefined });
}

function aSheet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'grants-'));
  const path = join(dir, 'dues.csv');
  writeFileSync(path, 'Name,Phone\nAsha,9876543210\n');
  return path;
}

afterEach(() => services?.close());

describe('files by grant', () => {
  it('refuses a path from the window: main reads only files it handed out', async () => {
    setup();
    for (const input of [{ filePath: '/etc/passwd' }, { fileId: '/etc/passwd' }, { fileId: 'f'.repeat(32) }]) {
      const answer = await dispatch('contacts:inspect', input, APP);
      expect(answer.ok, JSON.stringify(input)).toBe(false);
      expect(JSON.stringify(answer)).not.toContain('root:');
    }
    const start = await dispatch(
      'contacts:import',
      { filePath: '/etc/passwd', encoding: 'utf-8', delimiter: ',', phoneColumn: 0, variables: [], country: 'IN', listName: 'x' },
      APP,
    );
    expect(start).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(services.contacts.all()).toEqual([]);
  });

  it('grants the file the open dialog chose, reads it by grant, and never sends its path back', async () => {
    setup();
    const path = aSheet();
    services.dialogs.open.push(path);
    const chosen = await dispatch('contacts:chooseFile', undefined, APP);
    expect(chosen).toMatchObject({ ok: true, data: { file: { fileName: 'dues.csv' } } });
    const { fileId } = (chosen as { data: { file: { fileId: string } } }).data.file;
    expect(fileId).toMatch(/^[0-9a-f]{32}$/);

    const preview = await dispatch('contacts:inspect', { fileId }, APP);
    expect(preview).toMatchObject({ ok: true, data: { fileId, fileName: 'dues.csv', headers: ['Name', 'Phone'] } });
    expect(JSON.stringify([chosen, preview])).not.toContain(path);

    services.dialogs.open.length = 0;
    expect(await dispatch('contacts:chooseFile', undefined, APP)).toEqual({ ok: true, data: { file: null } });
  });

  it('gives each grant its own unguessable id', () => {
    setup();
    const path = aSheet();
    const ids = new Set(Array.from({ length: 50 }, () => services.files.grant(path).fileId));
    expect(ids.size).toBe(50);
  });

  it('grants a dropped file only through the preload’s own channel, which window.api does not expose', async () => {
    setup();
    const path = aSheet();
    const dropped = await dispatch('files:dropped', { path }, APP);
    expect(dropped).toMatchObject({ ok: true, data: { fileName: 'dues.csv' } });
    const { fileId } = (dropped as { data: { fileId: string } }).data;
    expect(await dispatch('contacts:inspect', { fileId }, APP)).toMatchObject({ ok: true });
    const { channelNames } = await import('../../../src/shared/ipc/contract');
    expect(channelNames).not.toContain('files:dropped');
  });

  it('tells the window when the OS opened a file with the app, by grant', async () => {
    setup();
    const path = aSheet();
    services.files.openedByOs(path);
    const opened = services.events.find((e) => e.event === 'files:opened');
    expect(opened?.payload).toMatchObject({ fileName: 'dues.csv' });
    expect(JSON.stringify(opened?.payload)).not.toContain(path);
    const { fileId } = opened?.payload as { fileId: string };
    expect(await dispatch('contacts:inspect', { fileId }, APP)).toMatchObject({ ok: true, data: { headers: ['Name', 'Phone'] } });
  });
});
