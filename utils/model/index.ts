/** The domain types, one import for the app: clips, highlights, the library and search. */
export * from './clip';
export * from './highlight';
export * from './library';
export * from './search';
export * from './attachment';
