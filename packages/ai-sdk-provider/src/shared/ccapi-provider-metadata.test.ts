import type { SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { SharedV3ProviderMetadata } from '@ai-sdk/provider-v3';
import { describe, expectTypeOf, it } from 'vitest';
import type { CCAPIProviderMetadata } from './ccapi-provider-metadata';

// Type-level: checked by `pnpm type-check` (tsc covers the test files).
describe('CCAPIProviderMetadata', () => {
  it('is usable where an AI SDK 7 app or an AI SDK 6 app expects provider metadata', () => {
    expectTypeOf<CCAPIProviderMetadata>().toExtend<SharedV4ProviderMetadata>();
    expectTypeOf<CCAPIProviderMetadata>().toExtend<SharedV3ProviderMetadata>();
  });

  it('holds JSON with arrays, as AI SDK 6 metadata does', () => {
    const metadata = {
      ccapi: { taskId: 'task_1', progress: null, tags: ['a', 'b'], nested: { ok: true } },
    };
    expectTypeOf(metadata).toExtend<CCAPIProviderMetadata>();
    expectTypeOf<SharedV3ProviderMetadata>().toExtend<CCAPIProviderMetadata>();
    expectTypeOf<{ ccapi: { at: Date } }>().not.toExtend<CCAPIProviderMetadata>();
  });
});
