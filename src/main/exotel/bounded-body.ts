/** An answer's body read up to a cap, so an endless or huge answer costs at most `maxBytes` of memory. */
export type BoundedText = { ok: true; text: string } | { ok: false; bytesRead: number };

/** Reads the whole body as text, or stops (and cancels the rest) once it passes `maxBytes`. */
export async function readBoundedText(response: Response, maxBytes: number): Promise<BoundedText> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, bytesRead: 0 };
  }
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, bytesRead: bytes };
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
  return { ok: true, text: text + decoder.decode() };
}

/** Drops a body the client will not read, so its connection is freed. */
export function discardBody(response: Response): void {
  void response.body?.cancel().catch(() => undefined);
}

const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>])/i;

/** True when an answer is a web page: by its declared type, or by how its text begins. */
export function looksLikeWebPage(response: Response, text: string): boolean {
  const type = response.headers.get('content-type') ?? '';
  return /\btext\/html\b|\bapplication\/xhtml\+xml\b/i.test(type) || HTML_START.test(text.slice(0, 512));
}
