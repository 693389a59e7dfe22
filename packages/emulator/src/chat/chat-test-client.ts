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

/** A chat request's user message. */
export const userMessage = (content: string) => ({ role: 'user', content });

/** A function tool that takes a `city` (`get_weather`, `get_time`, …). */
export const cityTool = (name: string) => ({
  type: 'function',
  function: {
    name,
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
});

/** Concatenates the `delta.reasoning_content` of OpenAI-style chunks. */
export function joinReasoning(chunks: unknown[]): string {
  return chunks
    .map((chunk) => (chunk as AnyChunk)?.choices?.[0]?.delta?.reasoning_content ?? '')
    .join('');
}

/** Posts a chat request and reads the JSON answer, whatever its status. */
export async function postChatJson(
  emulator: RunningEmulator,
  body: unknown,
): Promise<{ status: number; body: AnyChunk }> {
  const response = await postChat(emulator, body);
  return { status: response.status, body: await response.json() };
}
