/**
 * The loopback peer the transport benchmarks run against, in a process of its own so that its
 * work does not share a thread with the client being measured. It answers every WebSocket call
 * and every `POST /{action}` with a success envelope (echo included) and prints its port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const data = { online: true, good: true };
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk));
  req.on('end', () => {
    JSON.parse(body || '{}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', retcode: 0, data }));
  });
});
const wss = new WebSocketServer({ server });
wss.on('connection', (socket) => {
  socket.on('message', (raw) => {
    const frame = JSON.parse(raw.toString()) as { echo?: unknown };
    socket.send(JSON.stringify({ status: 'ok', retcode: 0, data, echo: frame.echo }));
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
