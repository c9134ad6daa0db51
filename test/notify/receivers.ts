import type { TestServer } from '../helpers/live-servers.js';
import { startServer } from '../helpers/live-servers.js';

// A local webhook receiver that records every body it accepts, parsed, with its headers. Real
// HTTP: the alert sender's retries, pacing and headers are exercised over a socket.

export interface Received {
  at: number;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  json: unknown;
}

export interface Receiver {
  server: TestServer;
  url: string;
  got: Received[];
}

/** `answers` are the statuses of the first requests (429 with Retry-After: 1), then 200. */
export async function receiver(answers: number[] = []): Promise<Receiver> {
  const got: Received[] = [];
  const queue = [...answers];
  const server = await startServer((req, res, body) => {
    const status = queue.shift() ?? 200;
    if (status !== 200) {
      res.writeHead(status, status === 429 ? { 'retry-after': '1' } : {});
      res.end('slow down');
      return;
    }
    got.push({ at: Date.now(), headers: req.headers, raw: body, json: JSON.parse(body) as unknown });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  return { server, url: `${server.url}/hook`, got };
}
