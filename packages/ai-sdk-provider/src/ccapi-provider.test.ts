import { InvalidArgumentError } from '@ai-sdk/provider';
import { type RunningEmulator, startEmulator } from '@ccapi/emulator';
import { generateText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CCAPIProviderSettings, createCCAPI } from './ccapi-provider';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

describe('createCCAPI', () => {
  it('has one way to force a brand: the model setting', async () => {
    const ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
    const detected = await generateText({ model: ccapi.chat('deepseek-v3.2'), prompt: 'hi' });
    expect(detected.providerMetadata?.ccapi?.brand).toBe('deepseek');
    const forced = await generateText({
      model: ccapi('deepseek-v3.2', { brand: 'generic' }),
      prompt: 'hi',
    });
    expect(forced.providerMetadata?.ccapi?.brand).toBe('generic');
  });

  it('rejects a provider-wide brand with the way to write it instead', () => {
    expect(() =>
      createCCAPI({ brand: 'deepseek' } as CCAPIProviderSettings & { brand: string }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      createCCAPI({ brand: () => 'deepseek' } as unknown as CCAPIProviderSettings),
    ).toThrow(/ccapi\('my-model', \{ brand: 'deepseek' \}\)/);
  });
});
