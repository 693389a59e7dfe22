import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the AI SDK 6 agent the way a newcomer does (no key), as a child process.
describe('the AI SDK 6 demo agent without CCAPI_API_KEY', () => {
  it('runs the same agent on every model against the embedded emulator, on ai@6', () => {
    const env = { ...process.env };
    delete env.CCAPI_API_KEY;
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['--conditions=@ccapi/source', '--import', 'tsx', 'src/run-agent.ts'],
      { cwd, env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'AI SDK 6. CCAPI_API_KEY is not set: running on the embedded emulator',
    );
    const sections = run.stdout.split('━━ ').slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const section of sections) {
      expect(section).toContain('→ tool call get_weather({"city":"Paris"})');
      expect(section).toContain(
        '← tool result {"city":"Paris","temperature":21,"condition":"sunny"}',
      );
      expect(section).toMatch(/\[2 steps · finish: stop · tokens in \d+ \/ out \d+/);
    }
    // Thinking brands stream their reasoning through AI SDK 6 too.
    expect(run.stdout).toContain('[thinking]');
  });
});
