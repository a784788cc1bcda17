import { Notification, type BrowserWindow } from 'electron';
import type { Notifier } from './notifier';

/** Electron's notifications; a click brings the window forward before the app acts on it. */
export function electronNotifier(window: () => BrowserWindow | null): Notifier {
  return {
    show({ title, body, onClick }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => {
        const owner = window();
        if (owner && !owner.isDestroyed()) {
          if (owner.isMinimized()) owner.restore();
          owner.show();
          owner.focus();
        }
        onClick();
      });
      notification.show();
    },
  };
}
