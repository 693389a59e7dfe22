import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { type CCAPIProvider, createCCAPI } from '../src/ccapi-provider';

/** How a recorded response is served. */
export type FixtureResponse =
  | { kind: 'sse'; body: string }
  | { kind: 'json'; body: string; status?: number }
  | {
      kind: 'raw';
      body: string;
      status: number;
      contentType: string;
      headers?: Record<string, string>;
    }
  /** The body written in separate network writes, one per chunk (split reads on the client). */
  | { kind: 'chunks'; chunks: string[]; status?: number; contentType: string };

export interface FixtureRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

export interface FixtureServer {
  /** `http://127.0.0.1:<port>/v1` */
  baseURL: string;
  requests: FixtureRequest[];
  /** Responses served in order, one per request; the last one repeats. */
  respond(...responses: FixtureResponse[]): void;
  close(): Promise<void>;
}

/**
 * Loads a recorded fixture as bytes to serve:
 * - `*.sse`: the raw SSE body, served unchanged;
 * - `*.chunks.jsonl`: one chunk per line, wrapped as `data:` events (vercel/ai's format; these
 *   captures were recorded without their envelope, so `[DONE]` is added);
 * - `*.json`: a non-stream body.
 */
export function loadFixture(path: string): FixtureResponse {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.sse')) return { kind: 'sse', body: text };
  if (path.endsWith('.jsonl') || path.endsWith('.chunks.txt')) {
    const events = text
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => `data: ${line}\n\n`)
      .join('');
    return { kind: 'sse', body: `${events}data: [DONE]\n\n` };
  }
  return { kind: 'json', body: text };
}

/** A loopback HTTP server that replays fixture bytes and records what the provider sent. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureRequest[] = [];
  let queue: FixtureResponse[] = [];
  let served = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      requests.push({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
      });
      const response = queue[Math.min(served, queue.length - 1)];
      served += 1;
      if (response == null) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'fixture server: no response queued' } }));
        return;
      }
      switch (response.kind) {
        case 'sse':
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.end(response.body);
          break;
        case 'json':
          res.writeHead(response.status ?? 200, { 'content-type': 'application/json' });
          res.end(response.body);
          break;
        case 'raw':
          res.writeHead(response.status, {
            'content-type': response.contentType,
            ...response.headers,
          });
          res.end(response.body);
          break;
        case 'chunks': {
          res.writeHead(response.status ?? 200, { 'content-type': response.contentType });
          const write = (index: number) => {
            if (index >= response.chunks.length) {
              res.end();
              return;
            }
            res.write(response.chunks[index]);
            // A macrotask between writes, so each chunk arrives in its own read.
            setTimeout(() => write(index + 1), 5);
          };
          write(0);
          break;
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(...responses) {
      queue = responses;
      served = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A fixture server for the enclosing `describe` and a provider pointed at it. Read the fields
 * inside tests (they exist after `beforeAll`).
 */
export function useFixtureServer(): {
  readonly server: FixtureServer;
  readonly ccapi: CCAPIProvider;
} {
  let server: FixtureServer | undefined;
  let ccapi: CCAPIProvider | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'sk-test' });
  });
  afterAll(() => server?.close());
  return {
    get server() {
      if (server == null) throw new Error('the fixture server starts in beforeAll');
      return server;
    },
    get ccapi() {
      if (ccapi == null) throw new Error('the provider is created in beforeAll');
      return ccapi;
    },
  };
}
