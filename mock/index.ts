export {
  MockFailure,
  MockServer,
  type MockCall,
  type MockEventFields,
  type MockHandler,
  type MockOptions,
  type MockParams,
  type MockRawEvent,
  type MockResult,
  type MockWaitOptions,
} from './server.js';
export { ParamsValidator } from './validator.js';
