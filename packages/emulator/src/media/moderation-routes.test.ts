import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

interface ModerationBody {
  id: string;
  model: string;
  results: Array<{
    flagged: boolean;
    categories: Record<string, boolean>;
    category_scores: Record<string, number>;
    category_applied_input_types?: Record<string, string[]>;
  }>;
}

async function moderate(body: unknown): Promise<{ status: number; body: ModerationBody }> {
  const response = await fetch(`${emulator.baseURL}/moderations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ModerationBody };
}

describe('POST /v1/moderations', () => {
  it('flags trigger words deterministically and leaves ordinary text alone', async () => {
    const { status, body } = await moderate({
      model: 'omni-moderation-latest',
      input: ['I will kill them all', 'I hate those people', 'Lovely weather today'],
    });

    expect(status).toBe(200);
    expect(body.id).toMatch(/^modr-[0-9a-f]{24}$/);
    expect(body.model).toBe('omni-moderation-latest');
    const [violent, hateful, benign] = body.results;
    expect(violent).toMatchObject({ flagged: true, categories: { violence: true, hate: false } });
    expect(violent?.category_scores.violence).toBeGreaterThan(0.9);
    expect(hateful).toMatchObject({ flagged: true, categories: { hate: true, violence: false } });
    expect(benign?.flagged).toBe(false);
    expect(Object.values(benign?.category_scores ?? {}).every((score) => score < 0.01)).toBe(true);
    expect(benign?.category_applied_input_types?.violence).toEqual(['text']);

    const again = await moderate({
      model: 'omni-moderation-latest',
      input: ['I will kill them all', 'I hate those people', 'Lovely weather today'],
    });
    expect(again.body).toEqual(body);
  });

  it('marks the threatening variant and the parent of a flagged sub-category', async () => {
    const { body } = await moderate({ input: 'You idiot, I will kill you' });
    expect(body.results[0]?.categories).toMatchObject({
      harassment: true,
      violence: true,
      'harassment/threatening': true,
    });
  });

  it('defaults to text-moderation-stable like new-api, which has no illicit categories', async () => {
    const { body } = await moderate({ input: 'hello' });
    expect(body.model).toBe('text-moderation-stable');
    expect(Object.keys(body.results[0]?.categories ?? {})).not.toContain('illicit');
    expect(body.results[0]?.category_applied_input_types).toBeUndefined();
  });

  it('takes multimodal parts as one input', async () => {
    const { body } = await moderate({
      model: 'omni-moderation-latest',
      input: [
        { type: 'text', text: 'a bomb' },
        { type: 'image_url', image_url: { url: 'https://example.com/x.png' } },
      ],
    });
    expect(body.results).toHaveLength(1);
    expect(body.results[0]?.categories['illicit/violent']).toBe(true);
    expect(body.results[0]?.category_applied_input_types?.illicit).toEqual(['text', 'image']);
  });

  it('rejects a missing input with a 400', async () => {
    const response = await moderate({ model: 'omni-moderation-latest' });
    expect(response.status).toBe(400);
    expect((response.body as unknown as { error: { param: string } }).error.param).toBe('input');
  });
});
