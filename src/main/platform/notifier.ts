/** A message from the app in the operating system's notification area. */
export interface DesktopNotice {
  title: string;
  body: string;
  /** Called when the user clicks the notification. */
  onClick(): void;
}

/** The operating system's notifications, behind a port so services stay plain Node. */
export interface Notifier {
  show(notice: DesktopNotice): void;
}
