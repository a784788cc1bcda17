/** Mac users read ⌘, everyone else Ctrl. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function shortcutLabel(key: string): string {
  return isMac() ? `⌘${key}` : `Ctrl+${key}`;
}

/** Ctrl on Windows and Linux, Cmd on a Mac; never both, never with Alt. */
export function isCommand(event: KeyboardEvent): boolean {
  if (event.altKey) return false;
  return isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}
