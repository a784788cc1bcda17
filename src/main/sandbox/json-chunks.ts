/**
 * JSON text of plain data, as JSON.stringify writes it, handed to `write` in pieces of about `flushAt`
 * characters: arrays and the objects that hold arrays are walked, everything else is stringified whole, so saving
 * a Sandbox with 100,000 contacts never builds the whole text (or a copy of the data) in memory at once.
 * Only plain JSON data (no toJSON, no cycles) is expected.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, flushAt = 1 << 20): void {
  let buffer = '';
  const put = (text: string): void => {
    buffer += text;
    if (buffer.length >= flushAt) {
      write(buffer);
      buffer = '';
    }
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) put(',');
        const item: unknown = v[i];
        if (item === undefined || typeof item === 'function') put('null');
        else walk(item);
      }
      put(']');
    } else if (v !== null && typeof v === 'object' && Object.values(v).some(Array.isArray)) {
      put('{');
      let first = true;
      for (const [key, item] of Object.entries(v)) {
        if (item === undefined || typeof item === 'function') continue;
        put(`${first ? '' : ','}${JSON.stringify(key)}:`);
        first = false;
        walk(item);
      }
      put('}');
    } else {
      put(JSON.stringify(v) ?? 'null');
    }
  };
  walk(value);
  if (buffer) write(buffer);
}
