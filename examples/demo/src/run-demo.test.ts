import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs `pnpm demo` the way a newcomer does (no key), as a child process.
describe('pnpm demo without CCAPI_API_KEY', () => {
  it('runs the same agent on every model against the embedded emulator', () => {
    const env = { ...process.env };
    delete env.CCAPI_API_KEY;
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['--conditions=@ccapi/source', '--import', 'tsx', 'src/run-demo.ts'],
      {
        cwd,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('running on the embedded emulator');
    const sections = run.stdout.split('━━ ').slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const section of sections) {
      expect(section).toContain('→ tool call get_weather({"city":"Paris"})');
      expect(section).toContain('← tool result');
      expect(section).toMatch(/\[2 steps · finish: stop · tokens in \d+ \/ out \d+/);
    }
  });
});
