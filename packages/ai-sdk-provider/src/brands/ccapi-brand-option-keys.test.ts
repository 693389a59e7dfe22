import { describe, expect, it } from 'vitest';
import { CCAPI_BRANDS, loadCCAPIBrandAdapter } from './ccapi-brand-adapters';
import { findBrandsOwningOption } from './ccapi-brand-option-keys';

describe('brand option keys', () => {
  it('names each brand’s own keys without loading it, and they match its schema', async () => {
    for (const brand of CCAPI_BRANDS) {
      const adapter = await loadCCAPIBrandAdapter(brand);
      for (const key of Object.keys(adapter.optionsSchema?.shape ?? {})) {
        expect(findBrandsOwningOption(key)).toContain(brand);
      }
    }
    expect(findBrandsOwningOption('thinking').sort()).toEqual(['deepseek', 'glm', 'minimax']);
    expect(findBrandsOwningOption('thinkingBudget').sort()).toEqual(['claude', 'gemini']);
    expect(findBrandsOwningOption('tinking')).toEqual([]);
  });
});
