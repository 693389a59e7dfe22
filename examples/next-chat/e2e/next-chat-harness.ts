import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The example's folder (`examples/next-chat`). */
export const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Screenshots and server logs (gitignored). */
export const RESULTS_DIR = join(APP_DIR, 'test-results');

/**
 * The e2e build's own `distDir` (inside the gitignored results folder), so the tests never race a
 * `next build` or `next dev` someone runs in `.next`. Passed to `next build` and `next start`
 * through `NEXT_CHAT_DIST_DIR`, which next.config.ts reads.
 */
export const E2E_DIST_DIR = 'test-results/next-build';

export const NEXT_BIN = join(APP_DIR, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Debian's Chromium (`apt-get install -y chromium`); override with `CHROMIUM_PATH`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureResultsDir(): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
}

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's build with ` +
        "`apt-get install -y chromium` or set CHROMIUM_PATH. (Playwright's own browser download is not used.)",
    );
  }
}

/** The environment every `next` child gets: the e2e distDir, no telemetry, production mode. */
export function nextEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_CHAT_DIST_DIR: E2E_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...extra,
  };
  // Never let a developer's real key or base URL leak into a test server.
  if (!('CCAPI_API_KEY' in extra)) delete environment.CCAPI_API_KEY;
  if (!('CCAPI_BASE_URL' in extra)) delete environment.CCAPI_BASE_URL;
  return environment;
}

export async function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningNextApp {
  url: string;
  /** Everything the server printed (stdout and stderr), for assertions and failure reports. */
  output(): string;
  close(): Promise<void>;
}

/**
 * `next start` on a free loopback port, talking to `baseURL` with `apiKey`. Resolves once the
 * page answers 200; rejects (and stops the server) if it exits or is not ready within `timeoutMs`.
 */
export async function startNextApp(options: {
  name: string;
  baseURL: string;
  /** Left out: the server runs without `CCAPI_API_KEY`. */
  apiKey?: string;
  timeoutMs?: number;
}): Promise<RunningNextApp> {
  ensureResultsDir();
  const port = await getFreePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(RESULTS_DIR, `next-start-${options.name}.log`));
  let output = '';
  const child = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: APP_DIR,
      env: nextEnvironment({
        CCAPI_BASE_URL: options.baseURL,
        ...(options.apiKey === undefined ? {} : { CCAPI_API_KEY: options.apiKey }),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const record = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    log.write(chunk);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);

  const app: RunningNextApp = {
    url,
    output: () => output,
    close: async () => {
      await stopProcess(child);
      await new Promise<void>((resolve) => log.end(resolve));
    },
  };

  try {
    await waitForHttp(`${url}/`, child, options.timeoutMs ?? 30_000);
  } catch (error) {
    await app.close();
    throw new Error(
      `next start (${options.name}) did not become ready: ${String(error)}\n${output.slice(-2000)}`,
    );
  }
  return app;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Runs a command to completion with a hard timeout; rejects with its output's tail on failure. */
export async function runToCompletion(options: {
  args: string[];
  env: NodeJS.ProcessEnv;
  logFile: string;
  timeoutMs: number;
}): Promise<void> {
  ensureResultsDir();
  const log = createWriteStream(options.logFile);
  let output = '';
  const child = spawn(process.execPath, options.args, {
    cwd: APP_DIR,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const record = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    log.write(chunk);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  await new Promise<void>((resolve) => log.end(resolve));
  if (code !== 0) {
    throw new Error(
      `\`node ${options.args.join(' ')}\` failed (exit ${code ?? 'killed after timeout'}); ` +
        `log: ${options.logFile}\n${output.slice(-3000)}`,
    );
  }
}
