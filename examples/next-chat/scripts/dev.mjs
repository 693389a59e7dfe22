#!/usr/bin/env node
// `pnpm dev`: runs `next dev` against the live CCAPI when CCAPI_API_KEY is set; otherwise starts
// the local emulator (`ccapi-emulator`) first and points the app at it with CCAPI_BASE_URL and
// CCAPI_API_KEY. Extra arguments go to `next dev` (`pnpm dev --port 3001`).
// Environment: CCAPI_API_KEY, CCAPI_BASE_URL, EMULATOR_PORT (default 4010),
// EMULATOR_CHUNK_DELAY (ms between streamed chunks, default 20).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(appDir, 'package.json'));
const nextBin = join(dirname(require.resolve('next/package.json')), 'dist', 'bin', 'next');
const children = new Set();

function run(command, args, env) {
  const child = spawn(command, args, { cwd: appDir, env, stdio: 'inherit' });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    // When either process stops, stop the other and exit with its status.
    shutdown(code ?? (signal ? 1 : 0));
  });
  return child;
}

let shuttingDown = false;
function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The emulator did not listen on port ${port} within ${timeoutMs} ms.`);
}

const nextArgs = [nextBin, 'dev', ...process.argv.slice(2)];

if (process.env.CCAPI_API_KEY) {
  console.log(
    `[next-chat] Live CCAPI (${process.env.CCAPI_BASE_URL || 'https://api.ccapi.ai/v1'})`,
  );
  run(process.execPath, nextArgs, process.env);
} else {
  const emulatorDir = dirname(require.resolve('@ccapi/emulator/package.json'));
  const cli = join(emulatorDir, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    console.log('[next-chat] Building @ccapi/emulator (first run)…');
    const build = spawnSync('pnpm', ['--filter', '@ccapi/emulator', 'build'], {
      cwd: appDir,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const { EMULATOR_API_KEY } = await import('@ccapi/emulator');
  const port = Number(process.env.EMULATOR_PORT || 4010);
  const chunkDelay = process.env.EMULATOR_CHUNK_DELAY || '20';
  run(process.execPath, [cli, '--port', String(port), '--chunk-delay', chunkDelay], process.env);
  await waitForPort(port, 15_000);
  console.log(`[next-chat] No CCAPI_API_KEY: using the local emulator on http://127.0.0.1:${port}`);
  run(process.execPath, nextArgs, {
    ...process.env,
    CCAPI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    CCAPI_API_KEY: EMULATOR_API_KEY,
  });
}
