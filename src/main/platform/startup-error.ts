/** What the app can still do when it cannot start: tell the user in a plain box, then quit. */
export interface StartupErrors {
  showStartupError(title: string, message: string): void;
  quit(): void;
}
