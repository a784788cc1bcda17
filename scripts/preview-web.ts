import { main } from '../test/host/cli';

// Runs the real UI in any browser on a machine without Electron: `npm run build` first.
void main(process.argv.slice(2), 'PREVIEW_URL');
