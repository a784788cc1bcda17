/** Exotel's v2 error codes and the words it pairs with each. */
export const ERROR_MESSAGES: Record<number, string> = {
  1000: 'Not Found',
  1001: 'Mandatory parameter missing',
  1002: 'Invalid parameter',
  1003: 'Authorization failed',
  1007: 'Invalid body',
  1008: 'Duplicate resource',
  1010: 'Authentication failed',
  1011: 'Unsupported content type',
};

export interface SimReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A rule broken by a request: thrown by handlers, answered as Exotel would. */
export class ApiProblem extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    readonly description: string,
    /** Answer with a single object in `response` (Exotel does so for errors outside any item). */
    readonly single = false,
  ) {
    super(description);
  }
}

export function errorData(code: number, description: string): Record<string, unknown> {
  return { code, message: ERROR_MESSAGES[code] ?? 'Error', description };
}

export function okItem(data: unknown, summary?: unknown, code = 200): Record<string, unknown> {
  return { code, error_data: null, status: 'success', data, ...(summary === undefined ? {} : { summary }) };
}

export function failItem(code: number, errorCode: number, description: string, data: unknown = null): Record<string, unknown> {
  return { code, error_data: errorData(errorCode, description), status: 'failure', data };
}

export function envelope(
  requestId: string,
  method: string,
  httpCode: number,
  response: unknown,
  metadata?: Record<string, unknown>,
): SimReply {
  const body = { request_id: requestId, method, http_code: httpCode, ...(metadata ? { metadata } : {}), response };
  return { status: httpCode, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

export function problemReply(requestId: string, method: string, p: ApiProblem): SimReply {
  const item = failItem(p.httpStatus, p.code, p.description);
  return envelope(requestId, method, p.httpStatus, p.single ? item : [item]);
}

export function bad(field: string, message: string): ApiProblem {
  return new ApiProblem(400, 1002, `${field}: ${message}`);
}

export function missing(field: string, message: string): ApiProblem {
  return new ApiProblem(400, 1001, `${field}: ${message}`);
}
