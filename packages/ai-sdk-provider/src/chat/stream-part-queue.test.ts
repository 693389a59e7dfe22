import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { StreamPartQueue } from './stream-part-queue';

/** A queue over a real ReadableStream, and what a reader gets from it. */
function setUp() {
  let queue!: StreamPartQueue;
  const stream = new ReadableStream<LanguageModelV4StreamPart>({
    start: (controller) => {
      queue = new StreamPartQueue(controller);
    },
    pull: () => {
      queue.refill();
    },
  });
  const read = async () => {
    const parts: LanguageModelV4StreamPart[] = [];
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return parts;
      parts.push(value);
    }
  };
  return { queue: () => queue, read };
}

const text = (id: string, delta: string): LanguageModelV4StreamPart => ({
  type: 'text-delta',
  id,
  delta,
});

describe('StreamPartQueue', () => {
  it('merges a run of deltas of one kind and id, until another part or the end of the read', async () => {
    const { queue, read } = setUp();
    const q = queue();
    q.push(text('t', 'a'));
    q.push(text('t', 'b'));
    q.push({ type: 'reasoning-delta', id: 'r', delta: 'x' });
    q.push({ type: 'reasoning-delta', id: 'r', delta: 'y' });
    q.push(text('t', 'c'));
    q.push(text('u', 'd'));
    q.endOfRead();
    q.push(text('u', 'e'));
    q.close();
    expect(await read()).toEqual([
      text('t', 'ab'),
      { type: 'reasoning-delta', id: 'r', delta: 'xy' },
      text('t', 'c'),
      text('u', 'd'),
      text('u', 'e'),
    ]);
  });

  it('never merges a delta that carries its own provider metadata', async () => {
    const { queue, read } = setUp();
    const q = queue();
    const signed: LanguageModelV4StreamPart = {
      type: 'text-delta',
      id: 't',
      delta: 'b',
      providerMetadata: { ccapi: { signature: 's' } },
    };
    q.push(text('t', 'a'));
    q.push(signed);
    q.push(text('t', 'c'));
    q.close();
    expect(await read()).toEqual([text('t', 'a'), signed, text('t', 'c')]);
  });

  it('hands over a huge burst in order, and closes only after the last part', async () => {
    const { queue, read } = setUp();
    const q = queue();
    for (let i = 0; i < 5000; i++) {
      q.push({ type: 'tool-input-start', id: `c${i}`, toolName: 'f' });
      q.push({ type: 'tool-input-end', id: `c${i}` });
    }
    q.close();
    const parts = await read();
    expect(parts).toHaveLength(10_000);
    expect(parts.at(-1)).toEqual({ type: 'tool-input-end', id: 'c4999' });
  });
});
