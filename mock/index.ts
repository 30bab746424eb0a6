export { MockFailure, MockServer, type MockCall, type MockHandler, type MockOptions } from './server.js';
export { ParamsValidator } from './validator.js';
