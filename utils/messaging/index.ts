// What callers import from `utils/messaging`: the protocol and its shape checks.
export * from './protocol';
export * from './checks';
export * from './session-keys';
