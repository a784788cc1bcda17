/**
 * Finds the `@@Header` references in a message given a list's headers. Headers may hold spaces
 * ("@@Last name"), so each `@@` is matched against the known headers, longest first, exactly.
 */
export interface HeaderReferences {
  used: string[];
  /** The word after each `@@` that names no header, as the user would recognise it. */
  unknown: string[];
}

export function findHeaderReferences(text: string, headers: readonly string[]): HeaderReferences {
  const byLength = [...new Set(headers)].filter((h) => h.length > 0).sort((a, b) => b.length - a.length);
  const used = new Set<string>();
  const unknown: string[] = [];
  let at = text.indexOf('@@');
  while (at !== -1) {
    const rest = text.slice(at + 2);
    const header = byLength.find((h) => rest.startsWith(h));
    if (header !== undefined) {
      used.add(header);
      at = text.indexOf('@@', at + 2 + header.length);
      continue;
    }
    const word = /^[^\s@.,;:!?]*/.exec(rest)?.[0] ?? '';
    unknown.push(word);
    at = text.indexOf('@@', at + 2);
  }
  return { used: [...used], unknown };
}
