import { EMULATOR_MODELS } from './emulator-model-catalog';

const CATALOG_IDS = new Set(EMULATOR_MODELS.map((model) => model.id));

/**
 * Whether a channel serves this id. new-api matches the requested id exactly against the ids
 * its channels list: case-sensitive, and a provider prefix is part of the id
 * (`deepseek/deepseek-v3.2` is known only if listed as such, next to `deepseek-v3.2`;
 * 2026-12-03-wire-rules.md#errors-and-stream-endings).
 */
export function isEmulatorModelId(id: string): boolean {
  return CATALOG_IDS.has(id);
}
