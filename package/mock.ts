/**
 * `onebot-spec/mock`: the mock implementation, for a bot project's own tests. It serves every
 * action of the spec (or of one implementation) over HTTP and forward WebSocket, connects to a
 * reverse WebSocket server, POSTs events, validates each call and records it.
 *
 * It checks parameters with ajv, an optional peer dependency of the package: install it next to
 * your test runner (`npm install --save-dev ajv`).
 */
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
} from '../mock/server.js';
