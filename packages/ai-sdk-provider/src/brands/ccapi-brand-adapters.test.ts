import { describe, expect, it } from 'vitest';
import { CCAPI_BRANDS, loadCCAPIBrandAdapter } from './ccapi-brand-adapters';

describe('brand adapters', () => {
  it('loads each brand’s adapter once, and it is that brand’s', async () => {
    for (const brand of CCAPI_BRANDS) {
      const first = loadCCAPIBrandAdapter(brand);
      expect(loadCCAPIBrandAdapter(brand)).toBe(first);
      expect((await first).brand).toBe(brand);
    }
  });
});
