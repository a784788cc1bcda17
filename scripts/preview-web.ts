import { main, PREVIEW_CLI } from '../src/web-host/cli';

// Runs the real UI in any browser on a machine without Electron: `npm run build` first.
// Never with the e2e control routes, and never touching the real app's keychain entries.
void main(process.argv.slice(2), PREVIEW_CLI);
