import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the host saw it. */
export interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

export type Behaviour = (req: IncomingMessage & { body: string }, res: ServerResponse) => void;

export interface MisbehavingHost {
  url: string;
  host: string;
  seen: Seen[];
  /** What the host does with the next requests; the last behaviour repeats. */
  answer(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

/**
 * A loopback host that answers the way broken networks and proxies do: redirects, a sign-in page with 200,
 * answers that never come, bodies that never end or are huge. It records every request, so a test can show
 * what was (and was not) sent to it.
 */
export async function startMisbehavingHost(): Promise<MisbehavingHost> {
  let queue: Behaviour[] = [envelope(200, [])];
  const seen: Seen[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? 'GET', path: req.url ?? '/', authorization: req.headers.authorization, body });
      open.add(res);
      res.on('close', () => open.delete(res));
      const behaviour = queue.length > 1 ? (queue.shift() as Behaviour) : (queue[0] as Behaviour);
      behaviour(Object.assign(req, { body }), res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    seen,
    answer: (...behaviours) => {
      queue = behaviours;
    },
    close: async () => {
      for (const res of open) res.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** An Exotel-shaped answer: an envelope with one item per record. */
export function envelope(
  status: number,
  records: unknown[],
  metadata: Record<string, unknown> = { total: records.length, offset: 0, limit: 20 },
): Behaviour {
  return (_req, res) => {
    const body = JSON.stringify({
      request_id: 'r1',
      method: 'GET',
      http_code: status,
      metadata,
      response: records.map((data) => ({ code: 200, status: 'success', data, error_data: null })),
    });
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
  };
}

export function redirect(status: number, location: string): Behaviour {
  return (_req, res) => res.writeHead(status, { Location: location }).end();
}

/** A captive portal's sign-in page, answered with 200 to anything. */
export const signInPage: Behaviour = (_req, res) => {
  res
    .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    .end('<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body><form>Room number</form></body></html>');
};

/** Plain text that is not JSON, as a broken proxy might send. */
export const garbage: Behaviour = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"request_id": "r1", "response": [');
};

/** Never answers; the connection stays open until the client gives up. */
export const silence: Behaviour = () => undefined;

/** Headers at once, then a body that never ends (a chunk every few milliseconds). */
export const endlessBody: Behaviour = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.write('{"request_id":"r1","response":[');
  const chunk = `${'{"code":200,"status":"success","data":{"id":"x"}},'.repeat(1000)}`;
  const timer = setInterval(() => res.write(chunk), 2);
  res.on('close', () => clearInterval(timer));
};

function pump(res: ServerResponse, bytes: number): void {
  const block = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const more = (): void => {
    while (sent < bytes) {
      const part = block.subarray(0, Math.min(block.length, bytes - sent));
      sent += part.length;
      if (!res.write(part)) return void res.once('drain', more);
    }
    res.end();
  };
  more();
}

/** A body of `bytes` bytes that is not JSON, with its Content-Length, sent as fast as the client reads. */
export function hugeBody(bytes: number): Behaviour {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(bytes) });
    pump(res, bytes);
  };
}

/** The same without Content-Length, so only counting what arrives can stop it. */
export function hugeChunkedBody(bytes: number): Behaviour {
  return (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    pump(res, bytes);
  };
}
