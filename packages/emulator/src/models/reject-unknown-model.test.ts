import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../start-emulator';

// new-api's distributor answers an id no channel serves with 503 model_not_found, on every route
// that takes a model, before the relay (and so before any emulator fault) runs.

let emulator: RunningEmulator;
let lenient: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
  lenient = await startEmulator({ acceptUnknownModels: true });
});
afterAll(async () => {
  await emulator.close();
  await lenient.close();
});

interface Answer {
  status: number;
  requestId: string | null;
  json: any;
}

async function send(
  target: RunningEmulator,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const multipart = body instanceof FormData;
  const response = await fetch(`${target.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${target.apiKey}`,
      ...(multipart ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: multipart ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, requestId: response.headers.get('x-oneapi-request-id'), json };
}

const chat = (model: string) => ({ model, messages: [{ role: 'user', content: 'hi' }] });
function audioForm(model: string): FormData {
  const form = new FormData();
  form.append('model', model);
  form.append('file', new Blob([new Uint8Array(64)], { type: 'audio/wav' }), 'a.wav');
  return form;
}

/** Every route that takes a model, asked for `model` (a path, a body, and extra headers). */
const ROUTES: Array<[string, (model: string) => [string, unknown, Record<string, string>?]]> = [
  ['chat completions', (model) => ['/v1/chat/completions', chat(model)]],
  [
    'Anthropic messages',
    (model) => [
      '/v1/messages',
      { model, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] },
    ],
  ],
  [
    'Gemini generateContent (model in the path)',
    (model) => [
      `/v1beta/models/${encodeURIComponent(model)}:generateContent`,
      { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] },
    ],
  ],
  ['Responses', (model) => ['/v1/responses', { model, input: 'hi' }]],
  ['legacy completions', (model) => ['/v1/completions', { model, prompt: 'hi' }]],
  ['embeddings', (model) => ['/v1/embeddings', { model, input: 'hi' }]],
  ['image generations', (model) => ['/v1/images/generations', { model, prompt: 'a cat' }]],
  ['speech', (model) => ['/v1/audio/speech', { model, input: 'hi', voice: 'alloy' }]],
  ['transcriptions (multipart)', (model) => ['/v1/audio/transcriptions', audioForm(model)]],
  ['translations (multipart)', (model) => ['/v1/audio/translations', audioForm(model)]],
  ['moderations', (model) => ['/v1/moderations', { model, input: 'hi' }]],
  ['video generations', (model) => ['/v1/video/generations', { model, prompt: 'a cat' }]],
  ['videos (Sora-style path)', (model) => ['/v1/videos', { model, prompt: 'a cat' }]],
  [
    'Kling text2video (model_name)',
    (model) => ['/kling/v1/videos/text2video', { model_name: model, prompt: 'a cat' }],
  ],
  [
    'Kling image2video (model)',
    (model) => ['/kling/v1/videos/image2video', { model, image: 'https://x/a.png' }],
  ],
  [
    'Jimeng submit (req_key)',
    (model) => [
      '/jimeng/?Action=CVSync2AsyncSubmitTask&Version=2022-08-31',
      { req_key: model, prompt: 'a cat' },
    ],
  ],
];

describe('unknown model ids', () => {
  it.each(ROUTES)('%s: 503 model_not_found with the request id of the header', async (_, build) => {
    const [path, body, headers] = build('gpt-99');
    const answer = await send(emulator, path, body, headers);
    expect(answer.status).toBe(503);
    expect(answer.requestId).toMatch(/^\d{22}$/);
    const message = `No available channel for model gpt-99 under group default (distributor) (request id: ${answer.requestId})`;
    if (path === '/v1/messages') {
      // new-api's ToClaudeError: the code becomes the Anthropic error type.
      expect(answer.json).toEqual({ type: 'error', error: { type: 'model_not_found', message } });
    } else {
      // A middleware error: no `param` key.
      expect(answer.json).toEqual({
        error: { message, type: 'new_api_error', code: 'model_not_found' },
      });
    }
  });

  it.each(ROUTES)('%s: a catalogued id is served', async (name, build) => {
    const model =
      {
        'Anthropic messages': 'claude-sonnet-4-6',
        'Gemini generateContent (model in the path)': 'gemini-2.5-flash',
        'legacy completions': 'gpt-3.5-turbo-instruct',
        embeddings: 'text-embedding-3-small',
        'image generations': 'gpt-image-1',
        speech: 'tts-1',
        'transcriptions (multipart)': 'whisper-1',
        'translations (multipart)': 'whisper-1',
        moderations: 'omni-moderation-latest',
        'video generations': 'viduq1',
        'videos (Sora-style path)': 'sora-2',
        'Kling text2video (model_name)': 'kling-v2-1',
        'Kling image2video (model)': 'kling-v2-1',
        'Jimeng submit (req_key)': 'jimeng_t2i_v40',
      }[name] ?? 'gpt-5';
    const [path, body, headers] = build(model);
    const answer = await send(emulator, path, body, headers);
    expect(answer.json?.error?.code).not.toBe('model_not_found');
    expect(answer.status).not.toBe(503);
  });

  it('matches ids exactly, as new-api does: case and provider prefix are part of the id', async () => {
    expect((await send(emulator, '/v1/chat/completions', chat('deepseek-v3.2'))).status).toBe(200);
    expect(
      (await send(emulator, '/v1/chat/completions', chat('deepseek/deepseek-v3.2'))).status,
    ).toBe(200);
    expect((await send(emulator, '/v1/chat/completions', chat('MiniMax-M2.5'))).status).toBe(200);
    expect((await send(emulator, '/v1/chat/completions', chat('minimax-m2.5'))).status).toBe(200);
    // Not listed in these spellings.
    for (const model of ['GPT-5', 'DeepSeek-V3.2', 'OpenAI/gpt-5', 'Anthropic/claude-opus-4-6']) {
      const answer = await send(emulator, '/v1/chat/completions', chat(model));
      expect([model, answer.status]).toEqual([model, 503]);
      expect(answer.json.error.message).toContain(`for model ${model} under group default`);
    }
  });

  it('reads the id before the emulator suffixes: faults and scripts keep working', async () => {
    const limited = await send(
      emulator,
      '/v1/chat/completions',
      chat('deepseek-v3.2~fault:rate-limit'),
    );
    expect(limited.status).toBe(429);
    const finish = await send(
      emulator,
      '/v1/chat/completions',
      chat('deepseek-v3.2~finish:insufficient_system_resource'),
    );
    expect(finish.json.choices[0].finish_reason).toBe('insufficient_system_resource');
    // The distributor runs before the relay: an unknown id is not found, whatever it asks for.
    const unknown = await send(emulator, '/v1/chat/completions', chat('gpt-99~fault:rate-limit'));
    expect(unknown.status).toBe(503);
    expect(unknown.json.error.message).toContain('for model gpt-99 under');
  });

  it('checks the key first, and leaves a missing model to the route (400)', async () => {
    const response = await fetch(`${emulator.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(chat('gpt-99')),
    });
    expect(response.status).toBe(401);
    const missing = await send(emulator, '/v1/chat/completions', { messages: chat('x').messages });
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toMatch(/^Model name not specified/);
  });

  it('does not check routes whose requests name no model (Midjourney, Jimeng results)', async () => {
    const imagine = await send(emulator, '/mj/submit/imagine', { prompt: 'a cat' });
    expect(imagine.status).toBe(200);
    const result = await send(
      emulator,
      '/jimeng/?Action=CVSync2AsyncGetResult&Version=2022-08-31',
      { req_key: 'not-a-model', task_id: 'task_missing' },
    );
    expect(result.json?.error?.code).not.toBe('model_not_found');
  });

  it('uses new-api’s route defaults: Kling without a model is kling-v1, images without one dall-e', async () => {
    const kling = await send(emulator, '/kling/v1/videos/text2video', { prompt: 'a cat' });
    expect(kling.status).toBe(200);
    expect(kling.json.model).toBe('kling-v1');
    const image = await send(emulator, '/v1/images/generations', { prompt: 'a cat' });
    expect(image.status).toBe(503);
    expect(image.json.error.message).toContain('for model dall-e under');
  });
});

describe('acceptUnknownModels', () => {
  it('answers made-up ids on every route, as before', async () => {
    const answer = await send(lenient, '/v1/chat/completions', chat('gpt-99'));
    expect(answer.status).toBe(200);
    expect(answer.json.choices[0].message.content).toBe('Echo: hi');
    for (const [name, build] of ROUTES) {
      const [path, body, headers] = build('my-made-up-model');
      const served = await send(lenient, path, body, headers);
      expect([name, served.json?.error?.code ?? served.json?.error?.type]).not.toEqual([
        name,
        'model_not_found',
      ]);
      expect([name, served.status]).not.toEqual([name, 503]);
    }
  });

  it('still lists the catalogue and still plays the model-not-found fault', async () => {
    const fault = await send(lenient, '/v1/chat/completions', chat('gpt-99~fault:model-not-found'));
    expect(fault.status).toBe(503);
    expect(fault.json.error).toEqual({
      message: `No available channel for model gpt-99 under group default (distributor) (request id: ${fault.requestId})`,
      type: 'new_api_error',
      code: 'model_not_found',
    });
  });
});
