export * from './doc-number';
export * from './rows';
export * from './view';
export * from './facets';
export * from './sort';
export { viewRows } from './view-rows';
