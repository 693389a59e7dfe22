import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCCAPI as createCCAPIProviderV4 } from '../ccapi-provider';
import { CCAPI_PROVIDER_EXTENSION_METHODS } from '../ccapi-provider-extensions';
import { generateMusic } from '../music/generate-music';
import { createCCAPI } from './ccapi-provider-v3';

const FAST = { pollIntervalMs: 10, maxPollIntervalMs: 10 };

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

describe('createCCAPI (AI SDK 6)', () => {
  it('has every method of the AI SDK 7 provider, so a new one cannot be forgotten here', () => {
    const settings = { apiKey: 'sk-test' };
    expect(Object.keys(createCCAPI(settings)).sort()).toEqual(
      Object.keys(createCCAPIProviderV4(settings)).sort(),
    );
  });

  it('returns V3 models with the same provider ids and model ids as the AI SDK 7 provider', () => {
    const v3 = createCCAPI({ apiKey: 'sk-test' });
    const v4 = createCCAPIProviderV4({ apiKey: 'sk-test' });
    const pairs = [
      [v3('deepseek-v3.2'), v4('deepseek-v3.2')],
      [v3('claude-sonnet-4-6', { api: 'messages' }), v4('claude-sonnet-4-6', { api: 'messages' })],
      [v3.languageModel('gemini-2.5-flash'), v4.languageModel('gemini-2.5-flash')],
      [v3.chat('glm-5'), v4.chat('glm-5')],
      [v3.messages('claude-sonnet-4-6'), v4.messages('claude-sonnet-4-6')],
      [v3.gemini('gemini-2.5-pro'), v4.gemini('gemini-2.5-pro')],
      [v3.responses('gpt-5'), v4.responses('gpt-5')],
      [v3.completion('gpt-3.5-turbo-instruct'), v4.completion('gpt-3.5-turbo-instruct')],
      [v3.embeddingModel('text-embedding-3-small'), v4.embeddingModel('text-embedding-3-small')],
      [v3.imageModel('gpt-image-1'), v4.imageModel('gpt-image-1')],
      [
        v3.imageModel('jimeng-4.0').withSettings({ pollIntervalMs: 10 }),
        v4.imageModel('jimeng-4.0'),
      ],
      [v3.videoModel('kling-v2-1'), v4.videoModel('kling-v2-1')],
      [
        v3.videoModel('kling-v2-1').withSettings({ pollIntervalMs: 10 }),
        v4.videoModel('kling-v2-1'),
      ],
      [v3.transcriptionModel('whisper-1'), v4.transcriptionModel('whisper-1')],
      [v3.speechModel('tts-1'), v4.speechModel('tts-1')],
      [v3.rerankingModel('rerank-v3.5'), v4.rerankingModel('rerank-v3.5')],
    ] as const;
    for (const [modelV3, modelV4] of pairs) {
      expect(modelV3.specificationVersion).toBe('v3');
      expect({ provider: modelV3.provider, modelId: modelV3.modelId }).toEqual({
        provider: modelV4.provider,
        modelId: modelV4.modelId,
      });
    }
    expect(v3.specificationVersion).toBe('v3');
    const chat = v3.chat('gpt-5');
    expect(chat.specificationVersion === 'v3' && chat.supportedUrls).toEqual(
      v4.chat('gpt-5').supportedUrls,
    );
  });

  it('keeps the CCAPI methods that do not depend on the spec, and each works', async () => {
    expect([...CCAPI_PROVIDER_EXTENSION_METHODS].sort()).toEqual([
      'balance',
      'models',
      'moderate',
      'music',
      'musicModel',
      'realtimeModel',
    ]);
    const ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
    emulator.requests.length = 0;

    const moderation = await ccapi.moderate({ input: 'I will kill them all' });
    expect(moderation.results[0]?.flagged).toBe(true);

    const { models } = await ccapi.models.list();
    expect(models.map((model) => model.id)).toContain('deepseek-v3.2');

    expect(await ccapi.balance()).toMatchObject({ limitUSD: 100, usedUSD: 12.34 });

    const song = await generateMusic({
      model: ccapi.musicModel('suno'),
      prompt: 'rain on a tin roof',
      poll: FAST,
    });
    expect(song.tracks).toHaveLength(2);
    const lyrics = await ccapi.music.submit(
      'suno',
      'LYRICS',
      { prompt: 'the sea' },
      { poll: FAST },
    );
    expect(lyrics.lyrics[0]?.text).toContain('the sea');

    const connection = await ccapi.realtimeModel('gpt-realtime').connect();
    const events = connection[Symbol.asyncIterator]();
    expect((await events.next()).value).toMatchObject({ type: 'session-created' });
    connection.close();

    // Every call went to the emulator with the provider's key.
    expect(
      emulator.requests.every(
        (request) => request.headers.authorization === `Bearer ${emulator.apiKey}`,
      ),
    ).toBe(true);
  });

  it('validates settings when the provider is created and refuses new, like AI SDK 7', () => {
    expect(() =>
      createCCAPI({ routes: { 'not-a-brand-or-prefix!': 'nowhere' as never } }),
    ).toThrow();
    const ccapi = createCCAPI({ apiKey: 'sk-test' });
    expect(() => new (ccapi as unknown as new (id: string) => unknown)('gpt-5')).toThrow(
      /new keyword/,
    );
  });
});
