/**
 * `pnpm catalog:update`: reads CCAPI's live catalog (`GET /v1/models`, needs CCAPI_API_KEY) into
 * catalog/ccapi-catalog-snapshot.json, then regenerates from it.
 * `pnpm catalog:generate`: regenerates from the committed snapshot, with no network:
 * - the model-id unions in src/catalog/generated/ (one per model type);
 * - the emulator's copy of the snapshot (packages/emulator/src/models/ccapi-catalog-snapshot.json),
 *   which the emulator serves as its catalog.
 * Both finish with Biome's formatting, so `pnpm lint` accepts the output unchanged.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCCAPIModelIdUnions } from '../src/catalog/generate-ccapi-model-id-unions';
import { createCCAPI } from '../src/ccapi-provider';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
const snapshotPath = `${packageDir}catalog/ccapi-catalog-snapshot.json`;
const generatedDir = `${packageDir}src/catalog/generated/`;
const emulatorCopyPath = `${repoDir}packages/emulator/src/models/ccapi-catalog-snapshot.json`;

const generateOnly = process.argv.includes('--generate-only');

if (!generateOnly) await refreshSnapshot();
regenerate();

async function refreshSnapshot(): Promise<void> {
  const apiKey = process.env.CCAPI_API_KEY?.trim();
  if (!apiKey) {
    console.error(
      'pnpm catalog:update reads the live catalog and needs CCAPI_API_KEY (and CCAPI_BASE_URL for ' +
        'another host). Nothing was changed.\nTo regenerate the model-id unions and the ' +
        "emulator's copy from the committed snapshot without a key, run `pnpm catalog:generate`.",
    );
    process.exit(1);
  }
  const baseURL = process.env.CCAPI_BASE_URL?.trim() || undefined;
  const ccapi = createCCAPI({ apiKey, baseURL });
  const { models, skipped } = await ccapi.models.list({ refresh: true });
  if (models.length === 0) {
    console.error('CCAPI listed no models for this key; the snapshot was left as it was.');
    process.exit(1);
  }
  const snapshot = {
    metadata: {
      source: 'live',
      recordedAt: new Date().toISOString(),
      seededAt: null,
      note: `Recorded from GET ${new URL(baseURL ?? 'https://api.ccapi.ai/v1').origin}/v1/models by pnpm catalog:update. Entries are stored as CCAPI sent them${skipped.length > 0 ? `; ${skipped.length} unreadable entries were left out` : ''}.`,
    },
    object: 'list',
    data: models.map((model) => model.raw),
  };
  writeFileSync(snapshotPath, `${JSON.stringify(snapshot, null, 2)}\n`);
  console.log(`Recorded ${models.length} models (${skipped.length} skipped) into ${snapshotPath}`);
}

function regenerate(): void {
  const text = readFileSync(snapshotPath, 'utf8');
  const written: string[] = [];
  for (const file of generateCCAPIModelIdUnions(JSON.parse(text))) {
    const path = `${generatedDir}${file.fileName}`;
    writeFileSync(path, file.content);
    written.push(path);
  }
  writeFileSync(emulatorCopyPath, text);
  written.push(emulatorCopyPath, snapshotPath);
  execFileSync('pnpm', ['exec', 'biome', 'format', '--write', ...written], {
    cwd: repoDir,
    stdio: 'inherit',
  });
  console.log(`Generated ${written.length - 2} model-id unions and the emulator's catalog copy.`);
}
