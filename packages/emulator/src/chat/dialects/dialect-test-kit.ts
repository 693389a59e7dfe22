import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../start-emulator';
import {
  type AnyChunk,
  type ParsedSSE,
  postChat,
  postChatJson,
  readSSE,
} from '../chat-test-client';

export interface DialectStream extends ParsedSSE {
  /** The chunks before `[DONE]`. */
  chunks: AnyChunk[];
}

/**
 * One emulator per dialect test file, and the two requests every dialect test makes. `stream`
 * checks what each of them checked by hand: status 200, the dialect that answered, and a stream
 * that ends with `[DONE]`. `defaults` (usually the model) go under each body.
 */
export function useDialectEmulator(dialect: string, defaults: Record<string, unknown> = {}) {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  return {
    get emulator() {
      return emulator;
    },
    async stream(body: Record<string, unknown>): Promise<DialectStream> {
      const response = await postChat(emulator, { ...defaults, ...body, stream: true });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-emulator-dialect')).toBe(dialect);
      const sse = await readSSE(response);
      expect(sse.data.at(-1)).toBe('[DONE]');
      return { ...sse, chunks: sse.data.slice(0, -1) as AnyChunk[] };
    },
    post(body: Record<string, unknown>) {
      return postChatJson(emulator, { ...defaults, ...body });
    },
  };
}
