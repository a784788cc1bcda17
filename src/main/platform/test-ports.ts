import type { Desktop } from './desktop';
import type { DesktopNotice, Notifier } from './notifier';
import type { Dialogs } from './dialogs';

/** Dialogs answered by the test (or the preview's user) instead of a native window: an empty queue means "cancelled". */
export class QueuedDialogs implements Dialogs {
  readonly open: string[] = [];
  readonly save: string[] = [];

  async openSheet(): Promise<string | null> {
    return this.open.shift() ?? null;
  }

  async saveCsv(): Promise<string | null> {
    return this.save.shift() ?? null;
  }

  async saveReport(): Promise<string | null> {
    return this.save.shift() ?? null;
  }
}

/** Records what the app asked the desktop to do, so tests can check it. */
export class RecordingDesktop implements Desktop {
  readonly opened: string[] = [];
  online = true;

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }

  isOnline(): boolean {
    return this.online;
  }
}

/** Keeps the notifications the app showed; a test clicks one with `click(index)`. */
export class RecordingNotifier implements Notifier {
  readonly shown: DesktopNotice[] = [];

  show(notice: DesktopNotice): void {
    this.shown.push(notice);
  }

  click(index = this.shown.length - 1): void {
    this.shown[index]?.onClick();
  }
}
