import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from './sandbox';

export interface SandboxServer {
  url: string;
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: body.length > 0 && method !== 'GET' && method !== 'HEAD' ? body : undefined,
  });
}

/** Serves the Sandbox on loopback, for tests over real HTTP and for `npm run sandbox`. */
export function startSandboxServer(sandbox: Sandbox, o: { port?: number; host?: '127.0.0.1' } = {}): Promise<SandboxServer> {
  const host = o.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let gone = false;
    res.on('close', () => (gone = true));
    void (async () => {
      try {
        const outcome = await sandbox.handle(await toRequest(req, origin));
        if (outcome.delayMs > 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, outcome.delayMs);
            res.on('close', () => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        if (gone) return;
        if (outcome.kind === 'lost') {
          req.socket.destroy();
          return;
        }
        res.writeHead(outcome.reply.status, outcome.reply.headers);
        res.end(outcome.reply.body);
      } catch (error) {
        if (!gone) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        }
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${host}:${port}`;
      resolve({
        url: origin,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
