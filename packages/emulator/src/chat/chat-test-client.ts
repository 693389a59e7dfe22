import type { RunningEmulator } from '../start-emulator';

/**
 * Test helpers for the chat route (and the brand dialects' tests): plain `fetch` over loopback,
 * so tests see exactly the bytes a client would.
 */

export function postChat(
  emulator: RunningEmulator,
  body: unknown,
  headers: Record<string, string> = {},
  init: RequestInit = {},
): Promise<Response> {
  return fetch(`${emulator.baseURL}/chat/completions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${emulator.apiKey}`,
      'content-type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(body),
    ...init,
  });
}

export interface ParsedSSE {
  /** The raw body text. */
  text: string;
  /** `data:` payloads in order: parsed JSON, or the string `[DONE]`. */
  data: unknown[];
}

/** Reads an SSE body to the end and parses its `data:` frames. */
export async function readSSE(response: Response): Promise<ParsedSSE> {
  const text = await response.text();
  return { text, data: parseSSEData(text) };
}

export function parseSSEData(text: string): unknown[] {
  return text
    .split('\n\n')
    .map((frame) => frame.trim())
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => {
      const payload = frame.slice('data: '.length);
      return payload === '[DONE]' ? payload : JSON.parse(payload);
    });
}

/** Chunks are inspected loosely in tests: each dialect has its own shape. */
export type AnyChunk = any;

/** Concatenates the `delta.content` of OpenAI chunks. */
export function joinContent(chunks: unknown[]): string {
  return chunks.map((chunk) => (chunk as AnyChunk)?.choices?.[0]?.delta?.content ?? '').join('');
}
