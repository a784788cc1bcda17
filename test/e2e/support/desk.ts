import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { e2eTarget } from './target';

const ROOT = resolve(__dirname, '../../..');

/** What a spec can ask of the app around the page: dialog answers, restarts, what it opened. */
export interface Desk {
  readonly target: 'electron' | 'web';
  readonly userDataDir: string;
  answerOpenDialog(path: string): Promise<void>;
  answerSaveDialog(path: string): Promise<void>;
  openedExternal(): Promise<string[]>;
  setOnline(online: boolean): Promise<void>;
  /**
   * Runs `during` with the app's jobs held where they are, so a check of a running job's screen cannot race the
   * job's end. On the web target the host process is stopped and continued; Electron's main process also carries
   * the page's debugging connection, so there `during` runs with the job going on.
   */
  holdingJobs(during: () => Promise<void>): Promise<void>;
  /** Quits and starts the app again on the same user-data folder; resolves with the new page. */
  restart(): Promise<Page>;
}

interface Running {
  page: Page;
  stop(): Promise<void>;
  control: Omit<Desk, 'target' | 'userDataDir' | 'restart'>;
}

interface TestHooks {
  dialogs: { open: string[]; save: string[] };
  desktop: { opened: string[]; online: boolean };
}

async function startElectron(userDataDir: string): Promise<Running> {
  const app: ElectronApplication = await _electron.launch({
    args: [ROOT],
    env: { ...process.env, NODE_ENV: 'test', CAMPAIGN_DESK_USER_DATA: userDataDir },
  });
  const page = await app.firstWindow();
  const hooks = <T>(fn: (h: TestHooks, arg: T) => unknown, arg: T) =>
    app.evaluate(
      (_main, [source, value]) => {
        const h = (globalThis as unknown as { __deskTest: TestHooks }).__deskTest;
        return (new Function('h', 'arg', `return (${source})(h, arg)`) as (h: TestHooks, a: unknown) => unknown)(h, value);
      },
      [fn.toString(), arg] as const,
    );
  return {
    page,
    stop: () => app.close(),
    control: {
      holdingJobs: (during) => during(),
      answerOpenDialog: async (path) => void (await hooks((h, p: string) => h.dialogs.open.push(p), path)),
      answerSaveDialog: async (path) => void (await hooks((h, p: string) => h.dialogs.save.push(p), path)),
      openedExternal: async () => (await hooks((h) => [...h.desktop.opened], null)) as string[],
      setOnline: async (online) => void (await hooks((h, o: boolean) => (h.desktop.online = o), online)),
    },
  };
}

async function startWeb(userDataDir: string, newPage: () => Promise<Page>): Promise<Running> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/web-host/cli.ts'), '--user-data', userDataDir, '--test-control'],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /HOST_URL=\S+.*\n/.exec(out);
      if (match) done(match[0]);
    });
    child.once('exit', (code) => fail(new Error(`test host exited with ${code} before it started`)));
  });
  const url = /HOST_URL=(\S+)/.exec(line)?.[1] ?? '';
  const secret = /SECRET=(\S+)/.exec(line)?.[1] ?? '';
  const origin = new URL(url).origin;
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'x-host-secret': secret, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  };
  const page = await newPage();
  await page.goto(url);
  return {
    page,
    async stop() {
      await page.close();
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
    },
    control: {
      answerOpenDialog: (path) => post('/__test/dialogs', { open: [path] }),
      answerSaveDialog: (path) => post('/__test/dialogs', { save: [path] }),
      openedExternal: async () => {
        const response = await fetch(`${origin}/__test/state`, { headers: { 'x-host-secret': secret } });
        return ((await response.json()) as { openedExternal: string[] }).openedExternal;
      },
      setOnline: (online) => post('/__test/online', { online }),
      async holdingJobs(during) {
        child.kill('SIGSTOP');
        try {
          await during();
        } finally {
          child.kill('SIGCONT');
        }
      },
    },
  };
}

export const test = base.extend<{ desk: Desk }>({
  desk: async ({ context }, use) => {
    const target = e2eTarget();
    const userDataDir = mkdtempSync(join(tmpdir(), 'campaign-desk-e2e-'));
    const start = () => (target === 'electron' ? startElectron(userDataDir) : startWeb(userDataDir, () => context.newPage()));
    let running = await start();
    const desk: Desk & { page(): Page } = {
      target,
      userDataDir,
      page: () => running.page,
      answerOpenDialog: (p) => running.control.answerOpenDialog(p),
      answerSaveDialog: (p) => running.control.answerSaveDialog(p),
      openedExternal: () => running.control.openedExternal(),
      setOnline: (o) => running.control.setOnline(o),
      holdingJobs: (during) => running.control.holdingJobs(during),
      async restart() {
        await running.stop();
        running = await start();
        return running.page;
      },
    };
    await use(desk);
    await running.stop();
  },
  page: async ({ desk }, use) => {
    await use((desk as Desk & { page(): Page }).page());
  },
});

export { expect } from '@playwright/test';
