// The floor for `arr-rules batch`: read each line, JSON.parse it, write a fixed line of the batch's average output
// size. Whatever the batch costs above this is the rules, the explanation and its encoding.
// Usage: node bench/floor-batch.mjs FILE BYTES_PER_LINE > /dev/null
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [file, size] = [process.argv[2], Number(process.argv[3])];
const fixed = `${JSON.stringify({ pad: 'x'.repeat(Math.max(0, size - 11)) })}\n`;
let out = '';
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
  try {
    JSON.parse(line);
  } catch {}
  out += fixed;
  if (out.length > 1 << 16) {
    if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    out = '';
  }
}
process.stdout.write(out);
