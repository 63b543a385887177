export * from './normalize';
export * from './terms';
export * from './document';
export * from './match';
export * from './rank';
export * from './snippets';
export * from './hits';
