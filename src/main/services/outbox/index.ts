export { OutboxService, type OutboxDeps } from './outbox-service';
export { toView, type Timers } from './outbox-view';
export type { NewOutboxItem, OutboxPort, CreatePayload } from './types';
