export * from './campaign-status';
export * from './call-status';
export * from './campaign';
export * from './campaign-input';
export * from './lists';
export * from './limits';
export * from './bounds';
