import { APICallError } from '@ai-sdk/provider';
import { lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { createCCAPIJsonResponseHandler } from './create-ccapi-json-response-handler';

const schema = lazySchema(() => zodSchema(z.object({ data: z.array(z.number()) })));

async function handle(body: string, status = 200) {
  return await createCCAPIJsonResponseHandler(schema, {
    modelId: 'text-embedding-3-small',
    describeMismatch: 'has no data',
  })({
    url: 'https://api.ccapi.ai/v1/embeddings',
    requestBodyValues: {},
    response: new Response(body, { status, headers: { 'content-type': 'application/json' } }),
  });
}

describe('createCCAPIJsonResponseHandler', () => {
  it('returns the validated value and the raw body', async () => {
    const result = await handle('{"data":[1,2],"extra":true}');
    expect(result.value).toEqual({ data: [1, 2] });
    expect(result.rawValue).toEqual({ data: [1, 2], extra: true });
  });

  it('turns a status-200 error body into an explained APICallError', async () => {
    const error = await handle(
      `{"error":{"message":"Overloaded","type":"upstream_error","code":"overloaded"}}`,
    ).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('Overloaded');
  });

  it('names the mismatch and the non-JSON case', async () => {
    await expect(handle('{"items":[]}')).rejects.toThrow(/JSON that has no data/);
    await expect(handle('<html></html>')).rejects.toThrow(/not JSON/);
  });
});
