import type { DeskApi } from '../shared/ipc/api-types';

declare global {
  interface Window {
    api: DeskApi;
  }
}
