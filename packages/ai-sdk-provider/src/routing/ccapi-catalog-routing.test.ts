import { InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText, streamText } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CCAPIProviderSettings, createCCAPI } from '../ccapi-provider';
import type { CCAPIRoutingMode } from './ccapi-routing-mode';

// Models the snapshot does not have, served on one wire only.
const EXTRA_MODELS = [
  {
    id: 'acme-anthropic-1',
    object: 'model',
    owned_by: 'acme',
    supported_endpoint_types: ['anthropic'],
  },
  {
    id: 'acme-responses-1',
    object: 'model',
    owned_by: 'acme',
    supported_endpoint_types: ['openai-response'],
  },
  { id: 'acme-gemini-1', object: 'model', owned_by: 'acme', supported_endpoint_types: ['gemini'] },
];

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ extraModels: EXTRA_MODELS });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.requests.length = 0;
});

const provider = (settings: CCAPIProviderSettings = {}) =>
  createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey, ...settings });
const paths = () => emulator.requests.map((request) => request.path);
const catalogReads = () => paths().filter((path) => path === '/v1/models').length;

describe('routing: model-id (the default)', () => {
  it('makes no catalog request before or during a chat call', async () => {
    const ccapi = provider();
    const result = await generateText({ model: ccapi('acme-anthropic-1'), prompt: 'Hello' });
    expect(result.text).toContain('Hello');
    expect(paths()).toEqual(['/v1/chat/completions']);
  });
});

describe("routing: 'catalog'", () => {
  it('sends a model served only on anthropic to /v1/messages', async () => {
    const ccapi = provider({ routing: 'catalog' });
    const model = ccapi('acme-anthropic-1');
    // Created synchronously; until the first call it reports the route its id gives.
    expect(model.provider).toBe('ccapi.chat');
    expect(emulator.requests).toHaveLength(0);

    const result = await generateText({ model, prompt: 'Hello' });
    expect(paths()).toEqual(['/v1/models', '/v1/messages']);
    expect(result.finalStep.providerMetadata?.ccapi?.route).toBe('messages');
    // No routing warning (the Anthropic model warns that it does not know this id's limits).
    expect(result.warnings?.filter((warning) => warning.type === 'other')).toEqual([]);
    expect(model.provider).toBe('ccapi.messages');
  });

  it('sends Responses-only and Gemini-only models to their routes', async () => {
    const ccapi = provider({ routing: 'catalog' });
    await generateText({ model: ccapi('acme-responses-1'), prompt: 'Hello' });
    await generateText({ model: ccapi('acme-gemini-1'), prompt: 'Hello' });
    expect(paths()).toEqual([
      '/v1/models',
      '/v1/responses',
      '/v1beta/models/acme-gemini-1:generateContent',
    ]);
  });

  it('keeps the id’s route when the catalog serves it, and for models it does not list', async () => {
    const ccapi = provider({ routing: 'catalog' });
    await generateText({ model: ccapi('claude-sonnet-4-6'), prompt: 'Hello' });
    const listed = await generateText({ model: ccapi('deepseek-v3.2'), prompt: 'Hello' });
    expect(listed.warnings).toEqual([]);
    // An id the catalog does not list (an emulator that rejects unknown ids may answer 503; the
    // route is what this test is about).
    await generateText({ model: ccapi('qwen3-max'), prompt: 'Hello', maxRetries: 0 }).catch(
      () => undefined,
    );
    expect(paths()).toEqual([
      '/v1/models',
      '/v1/messages',
      '/v1/chat/completions',
      '/v1/chat/completions',
    ]);
  });

  it('reads the catalog once for concurrent first calls of several models, streaming included', async () => {
    const ccapi = provider({ routing: 'catalog' });
    const streamed = streamText({ model: ccapi('acme-anthropic-1'), prompt: 'Streamed' });
    const [generated] = await Promise.all([
      generateText({ model: ccapi('acme-responses-1'), prompt: 'Generated' }),
      generateText({ model: ccapi('gpt-5'), prompt: 'Also' }),
      streamed.consumeStream(),
    ]);
    expect(await streamed.text).toContain('Streamed');
    expect(generated.text).toContain('Generated');
    expect(catalogReads()).toBe(1);
    expect(paths()).toEqual(
      expect.arrayContaining(['/v1/messages', '/v1/responses', '/v1/chat/completions']),
    );
  });

  it('leaves api and routes overrides alone, without reading the catalog', async () => {
    const ccapi = provider({ routing: 'catalog', routes: { 'acme-': 'chat' } });
    await generateText({ model: ccapi('acme-anthropic-1'), prompt: 'Hello' });
    await generateText({ model: ccapi('gpt-5', { api: 'responses' }), prompt: 'Hello' });
    expect(paths()).toEqual(['/v1/chat/completions', '/v1/responses']);
  });

  it('falls back to the id’s route with a warning when the catalog cannot be read', async () => {
    const ccapi = provider({
      routing: 'catalog',
      // The emulator fails only the catalog request.
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        if (String(input).endsWith('/v1/models')) headers.set('x-emulator-fault', 'server-error');
        return fetch(input, { ...init, headers });
      },
    });
    const first = await generateText({ model: ccapi('acme-anthropic-1'), prompt: 'Hello' });
    expect(first.text).toContain('Hello');
    expect(first.warnings).toEqual([
      {
        type: 'other',
        message: expect.stringMatching(
          /^routing: 'catalog' could not read CCAPI's model catalog \(CCAPI or the upstream provider failed \(500 do_request_failed\).*'acme-anthropic-1' used the route its id gives \('chat'\)/,
        ),
      },
    ]);
    // Within the pause after a failure, calls go straight to the id's route, still warned.
    const streamed = streamText({ model: ccapi('acme-anthropic-1'), prompt: 'Again' });
    await streamed.consumeStream();
    expect((await streamed.warnings)?.[0]).toMatchObject({ type: 'other' });
    expect(paths()).toEqual(['/v1/models', '/v1/chat/completions', '/v1/chat/completions']);
    expect(JSON.stringify(first.warnings)).not.toContain(emulator.apiKey);
  });

  it('rejects an unknown routing mode when the provider is created', () => {
    expect(() => provider({ routing: 'auto' as CCAPIRoutingMode })).toThrowError(
      InvalidArgumentError,
    );
    expect(() => provider({ routing: 'auto' as CCAPIRoutingMode })).toThrowError(
      /Unknown CCAPI 'routing' "auto". Use 'model-id'.*or 'catalog'/,
    );
  });
});
