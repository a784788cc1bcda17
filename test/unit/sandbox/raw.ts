import type { Sandbox } from '../../../src/main/sandbox';

export interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
  /** The first (or only) item of `response`. */
  item: Record<string, unknown>;
  /** Shape of `response`: Exotel sends a single object on some errors. */
  single: boolean;
  errorCode: number | null;
  description: string;
  headers: Headers;
}

const isJson = (body: unknown): boolean => typeof body === 'object' && body !== null && !(body instanceof FormData);

/** Sends a request straight to the Sandbox, as any HTTP client would, and reads the envelope. */
export function rawCaller(sandbox: Sandbox) {
  const { accountSid, apiKey, apiToken } = sandbox.credentials;
  const auth = `Basic ${Buffer.from(`${apiKey}:${apiToken}`).toString('base64')}`;
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    account = accountSid,
  ): Promise<RawAnswer> => {
    const init: RequestInit = {
      method,
      headers: { authorization: auth, ...(isJson(body) ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
    };
    const res = await sandbox.fetch(`http://sandbox.test/v2/accounts/${account}${path}`, init);
    const parsed = JSON.parse(await res.text()) as Record<string, unknown>;
    const response = parsed.response;
    const single = !Array.isArray(response);
    const item = ((single ? response : (response as unknown[])[0]) ?? {}) as Record<string, unknown>;
    const error = item.error_data as { code?: number; description?: string } | null | undefined;
    return {
      status: res.status,
      body: parsed,
      item,
      single,
      errorCode: error?.code ?? null,
      description: error?.description ?? '',
      headers: res.headers,
    };
  };
}

export type RawCall = ReturnType<typeof rawCaller>;
