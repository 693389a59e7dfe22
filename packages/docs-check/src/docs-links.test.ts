import { describe, expect, it } from 'vitest';
import { findMarkdownFiles, REPO_ROOT } from './check-code-blocks';
import { findBrokenLinks, headingIds } from './check-links';

// Relative links between the docs (and to headings) must resolve, so a renamed page or heading
// cannot leave dead links behind. External links are not checked (no network in CI).
describe('docs links', () => {
  it.each(findMarkdownFiles())('%s: every relative link resolves', (file) => {
    expect(
      findBrokenLinks(file, REPO_ROOT).map(
        ({ location, target, reason }) => `${location}: ${target} (${reason})`,
      ),
    ).toEqual([]);
  });

  it('derives GitHub heading ids', () => {
    const ids = headingIds(
      [
        '# Errors and retries',
        '## `LoadAPIKeyError`: no key',
        '## Send reasoning back: keep the history whole',
        '## Usage',
        '## Usage',
        '```md',
        '## Not a heading',
        '```',
      ].join('\n'),
    );
    expect([...ids]).toEqual([
      'errors-and-retries',
      'loadapikeyerror-no-key',
      'send-reasoning-back-keep-the-history-whole',
      'usage',
      'usage-1',
    ]);
  });
});
