/** A real webhook receiver on a free port: it records each delivery and answers as told. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookBodyProblems } from './contract.js';

export interface Delivery {
  headers: IncomingHttpHeaders;
  /** The raw body, as signed. */
  raw: string;
  body: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
}

export interface Receiver {
  url: string;
  /** The next delivery (waits for it). Each body is checked against the contract first. */
  next(): Promise<Delivery>;
  close(): Promise<void>;
}

/** Starts a receiver; `status(n)` is the answer to the n-th delivery (1-based). */
export async function startReceiver(status: (n: number) => number = () => 204): Promise<Receiver> {
  const queue: Delivery[] = [];
  const waiting: ((d: Delivery) => void)[] = [];
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const delivery: Delivery = { headers: req.headers, raw, body: JSON.parse(raw) as Delivery['body'] };
      res.statusCode = status(++count);
      res.end();
      const waiter = waiting.shift();
      if (waiter === undefined) queue.push(delivery);
      else waiter(delivery);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/dvc`,
    async next(): Promise<Delivery> {
      const queued = queue.shift();
      const delivery = queued ?? (await new Promise<Delivery>((done) => waiting.push(done)));
      const problems = webhookBodyProblems(delivery.body.type, delivery.body);
      if (problems.length > 0) throw new Error(`Contract violation:\n${problems.join('\n')}`);
      return delivery;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          done();
        });
        server.closeAllConnections();
      }),
  };
}
