import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// Runs the CLI from source with tsx, as a user would run the built bin.
// tsx is a devDependency of this package, so its loader resolves from the package folder.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: PACKAGE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = stdout.match(pattern);
        if (match) resolve(match);
      };
      child.stdout?.on('data', check);
      child.on('exit', () => reject(new Error(`exited before ${pattern}: ${stdout}${stderr}`)));
      check();
    });
  return { child, exited, output, stdio: () => ({ stdout, stderr }) };
}

describe('ccapi-emulator CLI', () => {
  it('prints the base URL and key, serves requests, and stops on SIGTERM', async () => {
    const cli = runCli(['--port', '0', '--api-key', 'sk-cli-test']);
    const [, baseURL] = await cli.output(/baseURL: (\S+)/);
    expect(cli.stdio().stdout).toMatch(/apiKey:\s+sk-cli-test/);

    const response = await fetch(`${baseURL}/models`, {
      headers: { authorization: 'Bearer sk-cli-test' },
    });
    expect(response.status).toBe(200);

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    await expect(fetch(`${baseURL}/models`)).rejects.toThrow();
  });

  it('answers unknown model ids with 503 by default, and serves them with --accept-unknown-models', async () => {
    const ask = (baseURL: string) =>
      fetch(`${baseURL}/chat/completions`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-ccapi-emulator', 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-99', messages: [{ role: 'user', content: 'hi' }] }),
      });
    const strict = runCli(['--port', '0']);
    const [, strictURL] = await strict.output(/baseURL: (\S+)/);
    expect((await ask(strictURL as string)).status).toBe(503);
    strict.child.kill('SIGTERM');

    const lenient = runCli(['--port', '0', '--accept-unknown-models']);
    const [, lenientURL] = await lenient.output(/baseURL: (\S+)/);
    const response = await ask(lenientURL as string);
    expect(response.status).toBe(200);
    expect((await response.json()).choices[0].message.content).toBe('Echo: hi');
    lenient.child.kill('SIGTERM');
    expect(await lenient.exited).toBe(0);
  });

  it('rejects a bad option value with a usage error', async () => {
    const cli = runCli(['--port', 'abc']);
    expect(await cli.exited).toBe(2);
    expect(cli.stdio().stderr).toMatch(/--port expects a non-negative integer/);
    expect(cli.stdio().stderr).toMatch(/Usage: ccapi-emulator/);
  });

  it('rejects an unknown flag', async () => {
    const cli = runCli(['--bogus']);
    expect(await cli.exited).toBe(2);
  });
});
