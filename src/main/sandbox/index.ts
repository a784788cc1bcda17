export { Sandbox, type SandboxOptions, type RequestRecord, type SimOutcome } from './sandbox';
export { startSandboxServer, type SandboxServer } from './server';
export type { Fault, FaultMatch } from './faults';
export type { SandboxState } from './state';
export { SANDBOX_DIALECTS, DIALECT_ENV, dialectFromEnv, parseDialect, type SandboxDialect } from './dialect';
