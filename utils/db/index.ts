export * from './schema';
export * from './save-clip';
export * from './queries';
export * from './bundle';
