import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

function post(body: unknown, apiKey = emulator.apiKey) {
  return fetch(`${emulator.baseURL}/embeddings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number);
  return dot; // vectors are unit length
}

describe('POST /v1/embeddings', () => {
  it('returns one deterministic unit vector per input, in order, with usage', async () => {
    const response = await post({
      model: 'text-embedding-3-small',
      input: ['sunny day at the beach', 'sunny beach day', 'tax law reform'],
      dimensions: 64,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      object: string;
      model: string;
      data: Array<{ index: number; embedding: number[] }>;
      usage: { prompt_tokens: number; total_tokens: number };
    };

    expect(body.object).toBe('list');
    expect(body.model).toBe('text-embedding-3-small');
    expect(body.data.map((item) => item.index)).toEqual([0, 1, 2]);
    const [beach, beach2, tax] = body.data.map((item) => item.embedding) as [
      number[],
      number[],
      number[],
    ];
    expect(beach).toHaveLength(64);
    expect(Math.sqrt(cosine(beach, beach))).toBeCloseTo(1, 5);
    // Shared words → closer vectors.
    expect(cosine(beach, beach2)).toBeGreaterThan(cosine(beach, tax));
    expect(body.usage).toEqual({ prompt_tokens: 6 + 4 + 4, total_tokens: 14 });

    const again = (await (
      await post({
        model: 'text-embedding-3-small',
        input: 'sunny day at the beach',
        dimensions: 64,
      })
    ).json()) as typeof body;
    expect(again.data[0]?.embedding).toEqual(beach);
  });

  it('uses the model default size and answers base64 float32 when asked', async () => {
    const floats = (await (
      await post({ model: 'text-embedding-3-large', input: 'hello' })
    ).json()) as {
      data: Array<{ embedding: number[] }>;
    };
    expect(floats.data[0]?.embedding).toHaveLength(3072);

    const encoded = (await (
      await post({ model: 'text-embedding-3-large', input: 'hello', encoding_format: 'base64' })
    ).json()) as {
      data: Array<{ embedding: string }>;
    };
    const bytes = Buffer.from(encoded.data[0]?.embedding ?? '', 'base64');
    expect(bytes.length).toBe(3072 * 4);
    expect(bytes.readFloatLE(4)).toBe(floats.data[0]?.embedding[1]);
  });

  it.each([
    [{ input: 'x' }, 'model'],
    [{ model: 'text-embedding-3-small', input: '' }, 'input'],
    [{ model: 'text-embedding-3-small', input: Array.from({ length: 2049 }, () => 'x') }, 'input'],
    [{ model: 'text-embedding-3-small', input: 'x', dimensions: 0 }, 'dimensions'],
    [{ model: 'text-embedding-3-small', input: 'x', dimensions: 4000 }, 'dimensions'],
    [{ model: 'text-embedding-ada-002', input: 'x', dimensions: 8 }, 'dimensions'],
    [{ model: 'text-embedding-3-small', input: 'x', encoding_format: 'int8' }, 'encoding_format'],
  ])('rejects %j with a new-api style 400 naming %s', async (body, param) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as {
      error: { type: string; param: string; message: string };
    };
    expect(error.error).toMatchObject({ type: 'invalid_request_error', param });
    expect(error.error.message.length).toBeGreaterThan(10);
  });

  it('rejects a wrong key with 401 and honours model-suffix faults', async () => {
    expect((await post({ model: 'text-embedding-3-small', input: 'x' }, 'sk-wrong')).status).toBe(
      401,
    );
    const limited = await post({ model: 'text-embedding-3-small~fault:rate-limit', input: 'x' });
    expect(limited.status).toBe(429);
  });
});
