// The floor for `arr-rules serve`: node:http that reads the body, JSON.parses it and writes a fixed JSON answer of
// the same average size as the library's answer on that route. Whatever the service costs above this is its own.
// Usage: node bench/floor-server.mjs PORT '{"/v1/assess": BYTES, …}'
import { createServer } from 'node:http';

const [port, sizes] = [Number(process.argv[2]), JSON.parse(process.argv[3])];
const answers = new Map(
  Object.entries(sizes).map(([route, bytes]) => [route, Buffer.from(JSON.stringify({ pad: 'x'.repeat(Math.max(0, bytes - 10)) }))]),
);
const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.url === '/isready') return res.end('ok');
    let status = 200;
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      status = 400;
    }
    const body = answers.get(req.url.split('?')[0]) ?? Buffer.from('{}');
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
