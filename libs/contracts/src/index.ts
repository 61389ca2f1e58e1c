export * from './auth';
export * from './cases';
export * from './errors';
export * from './health';
export * from './tasks';
