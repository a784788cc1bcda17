import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { SettingsRepo } from './store/settings-repo';

interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const STATE_KEY = 'windowState';
const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** A saved position is used only if it is still on one of the screens (monitors come and go). */
function visibleState(saved: WindowState | null): WindowState {
  if (!saved) return DEFAULT_STATE;
  if (saved.x === undefined || saved.y === undefined) return saved;
  const { x, y } = saved;
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height);
  return onScreen ? saved : { ...saved, x: undefined, y: undefined };
}

export interface WindowOptions {
  rendererUrl: string;
  /** DevTools exist only when the app is not packaged. */
  devTools: boolean;
  /** In development the window needs the icon file; an installed app takes it from its own executable or .desktop entry. */
  icon?: string;
}

export function createMainWindow(settings: SettingsRepo, options: WindowOptions): BrowserWindow {
  const state = visibleState(settings.get<WindowState>(STATE_KEY));
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Campaign Desk',
    ...(options.icon ? { icon: options.icon } : {}),
    backgroundColor: '#101418',
    // Written out rather than spread from SECURE_WEB_PREFERENCES, so a reviewer and a static checker both see them;
    // a unit test keeps the two in step.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // A middle click would otherwise ask for a new window; the window-open guard refuses it anyway.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
      preload: join(__dirname, '../preload/index.cjs'),
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const save = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    settings.set(STATE_KEY, { ...bounds, maximized: window.isMaximized() } satisfies WindowState);
  };
  window.on('close', save);
  window.on('resized', save);
  window.on('moved', save);

  void window.loadURL(options.rendererUrl);
  return window;
}
