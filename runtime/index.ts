export * from './client.js';
export * from './cq-code.js';
export * from './envelope.js';
export * from './errors.js';
export * from './http-transport.js';
export * from './transport.js';
