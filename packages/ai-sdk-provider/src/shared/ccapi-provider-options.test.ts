import type { SharedV4ProviderOptions } from '@ai-sdk/provider';
import type { SharedV3ProviderOptions } from '@ai-sdk/provider-v3';
import { describe, expectTypeOf, it } from 'vitest';
import type { CCAPIProviderOptions } from './ccapi-provider-options';

// Type-level: checked by `pnpm type-check` (tsc covers the test files).
describe('CCAPIProviderOptions', () => {
  it('takes the provider options of an AI SDK 7 app and of an AI SDK 6 app', () => {
    expectTypeOf<SharedV4ProviderOptions>().toExtend<CCAPIProviderOptions>();
    expectTypeOf<SharedV3ProviderOptions>().toExtend<CCAPIProviderOptions>();
  });

  it('can be passed on to AI SDK 7 code (readonly arrays and all)', () => {
    expectTypeOf<CCAPIProviderOptions>().toExtend<SharedV4ProviderOptions>();
  });

  it('takes JSON only', () => {
    const options = { ccapi: { negative_tags: 'metal', list: ['a'] as const, taskId: undefined } };
    expectTypeOf(options).toExtend<CCAPIProviderOptions>();
    expectTypeOf<{ ccapi: { onProgress: () => void } }>().not.toExtend<CCAPIProviderOptions>();
    expectTypeOf<{ ccapi: 'metal' }>().not.toExtend<CCAPIProviderOptions>();
  });
});
