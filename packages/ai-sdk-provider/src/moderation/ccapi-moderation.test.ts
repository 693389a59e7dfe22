import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCCAPI } from '../ccapi-provider';
import type { CCAPIModerationOptions } from './ccapi-moderation';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ stallMs: 5_000 });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = () => createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
const moderationRequests = () =>
  emulator.requests.filter((request) => request.path === '/v1/moderations');

describe('ccapi.moderate()', () => {
  it('returns typed, camelCased verdicts per input with the raw answer', async () => {
    const result = await provider().moderate({
      input: ['I will kill them all', 'I hate those people', 'Lovely weather today'],
    });

    expect(moderationRequests()[0]?.body).toEqual({
      model: 'omni-moderation-latest',
      input: ['I will kill them all', 'I hate those people', 'Lovely weather today'],
    });
    expect(result.id).toMatch(/^modr-/);
    expect(result.model).toBe('omni-moderation-latest');
    expect(result.flagged).toBe(true);
    const [violent, hateful, benign] = result.results;
    expect(violent?.flagged).toBe(true);
    expect(violent?.categories.violence).toBe(true);
    expect(violent?.categories.hate).toBe(false);
    expect(violent?.categoryScores.violence).toBeGreaterThan(0.9);
    expect(hateful?.categories.hate).toBe(true);
    expect(benign?.flagged).toBe(false);
    expect(Object.keys(benign?.categories ?? {}).sort()).toEqual(
      [
        'harassment',
        'harassmentThreatening',
        'hate',
        'hateThreatening',
        'illicit',
        'illicitViolent',
        'selfHarm',
        'selfHarmInstructions',
        'selfHarmIntent',
        'sexual',
        'sexualMinors',
        'violence',
        'violenceGraphic',
      ].sort(),
    );
    expect(benign?.categoryAppliedInputTypes?.selfHarmIntent).toEqual(['text']);
    expect(result.response.body).toMatchObject({
      results: [{ category_scores: { 'harassment/threatening': expect.any(Number) } }, {}, {}],
    });
    expect(result.response.headers?.['content-type']).toBe('application/json');
  });

  it('fills categories a legacy model leaves out', async () => {
    const result = await provider().moderate({
      input: 'You idiot, I will kill you',
      model: 'text-moderation-stable',
    });
    const [verdict] = result.results;
    expect(result.model).toBe('text-moderation-stable');
    expect(verdict?.categories).toMatchObject({
      harassment: true,
      harassmentThreatening: true,
      violence: true,
    });
    expect(verdict?.categories.illicit).toBeUndefined();
    expect(verdict?.categoryAppliedInputTypes).toBeUndefined();
  });

  it('sends multimodal parts in the wire shape and gets one result', async () => {
    const result = await provider().moderate({
      input: [
        { type: 'text', text: 'how to build a bomb' },
        { type: 'image', image: new URL('https://example.com/cat.png') },
      ],
    });
    expect(moderationRequests()[0]?.body).toMatchObject({
      input: [
        { type: 'text', text: 'how to build a bomb' },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
      ],
    });
    expect(result.results).toHaveLength(1);
    expect(result.results[0]?.categories.illicitViolent).toBe(true);
    expect(result.results[0]?.categoryAppliedInputTypes?.illicit).toEqual(['text', 'image']);
  });
});

describe('ccapi.moderate() errors', () => {
  it.each([
    [{ input: '' }, 'empty string'],
    [{ input: [] }, 'empty array'],
    [{ input: ['ok', ''] }, 'input[1]'],
    [{ input: ['ok', { type: 'text', text: 'x' }] }, 'input[0]'],
    [{ input: 'x', model: ' ' }, 'model'],
  ])('rejects %j with InvalidArgumentError before any request', async (options, expected) => {
    const error = await provider()
      .moderate(options as unknown as CCAPIModerationOptions)
      .catch((caught: unknown) => caught);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(expected);
    expect(moderationRequests()).toHaveLength(0);
  });

  it('reports a rejected key as a 401 APICallError without the key', async () => {
    const key = 'sk-wrong-moderation-key-123';
    const error = await createCCAPI({ baseURL: emulator.baseURL, apiKey: key })
      .moderate({ input: 'x' })
      .catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
    expect(JSON.stringify(error)).not.toContain(key);
  });

  it('reports a quota failure with its code', async () => {
    const error = await provider()
      .moderate({ input: 'x', headers: { 'x-emulator-fault': 'insufficient-quota' } })
      .catch((caught: unknown) => caught);
    expect((error as APICallError).statusCode).toBe(403);
    expect((error as Error).message).toMatch(/balance is insufficient/);
  });

  it('aborts an in-flight request', async () => {
    const controller = new AbortController();
    const pending = provider().moderate({
      input: 'x',
      abortSignal: controller.signal,
      headers: { 'x-emulator-fault': 'stall' },
    });
    await vi.waitFor(() => expect(moderationRequests()).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
