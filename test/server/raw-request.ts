/** HTTP/1.1 written by hand on a socket, so a test can pause inside a request or send more than a client library would. */
import { connect, type Socket } from 'node:net';

/** Opens a socket, lets `write` send on it, and resolves with everything the server wrote before the socket closed. */
export function rawExchange(port: number, write: (socket: Socket) => void): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => {
      text += String(d);
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(text));
    write(socket);
  });
}

/**
 * Sends the head and the first `split` characters of `body`, waits `pauseMs`, calls `meanwhile` (the moment under test:
 * a stop, a signal), waits `pauseMs` again, sends the rest.
 */
export function halfSentRequest(
  port: number,
  path: string,
  body: string,
  { split = 1, pauseMs = 200, meanwhile = () => {} }: { split?: number; pauseMs?: number; meanwhile?: () => void } = {},
): Promise<string> {
  return rawExchange(port, (socket) => {
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, split)}`,
    );
    setTimeout(() => {
      meanwhile();
      setTimeout(() => socket.write(body.slice(split)), pauseMs);
    }, pauseMs);
  });
}
