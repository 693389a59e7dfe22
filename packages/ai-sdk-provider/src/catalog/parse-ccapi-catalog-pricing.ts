import type { CCAPIModelPricing } from '../cost/ccapi-model-pricing';
import { roundCCAPIAmount } from '../cost/round-ccapi-amount';
import { asRecord } from '../utils/json-record';

/**
 * Reads a catalog entry's prices into USD per million tokens. CCAPI's docs cut the pricing
 * object off, so this reads the shapes aggregators use, from `pricing` (or `price`) at the top
 * level or inside `ccapi`:
 *
 * - keys with a unit: `input_per_million_tokens`, `output_per_1m`, `input_cost_per_token`,
 *   `prompt_per_1k_tokens`, …, or a `unit` field (`per_million_tokens`, `per_1k_tokens`,
 *   `per_token`) for plain keys;
 * - OpenRouter's per-token strings: `prompt`, `completion`, `input_cache_read`,
 *   `input_cache_write`, `internal_reasoning`, `request`;
 * - plain `input` / `output` without a unit: per token below 0.001 (no model costs less than a
 *   tenth of a cent per million tokens), per million tokens otherwise;
 * - new-api's ratios (`model_ratio`, `completion_ratio`, `cache_ratio`, `create_cache_ratio`;
 *   ratio 1 = $2 per million input tokens) and per-call `model_price` with `quota_type: 1`.
 *
 * A `currency` other than USD, negative prices (OpenRouter's "variable") and unreadable values
 * are left out. Returns undefined when no price could be read.
 */
export function parseCCAPICatalogPricing(
  entry: Record<string, unknown>,
): CCAPIModelPricing | undefined {
  const ccapi = asRecord(entry.ccapi);
  const object =
    asRecord(entry.pricing) ??
    asRecord(ccapi?.pricing) ??
    asRecord(entry.price) ??
    asRecord(ccapi?.price);
  if (object != null) {
    const currency = object.currency;
    if (typeof currency === 'string' && currency.trim().toUpperCase() !== 'USD') return undefined;
    const fromObject = readPriceObject(object);
    if (fromObject != null) return fromObject;
  }
  return (
    readNewAPIRatios(object ?? entry) ?? (object != null ? readNewAPIRatios(entry) : undefined)
  );
}

type PriceField = keyof CCAPIModelPricing;

// Key stems (unit suffix removed) and the field they price.
const FIELD_BY_STEM: Readonly<Record<string, PriceField>> = {
  input: 'inputPerMillionTokens',
  prompt: 'inputPerMillionTokens',
  input_tokens: 'inputPerMillionTokens',
  prompt_tokens: 'inputPerMillionTokens',
  input_cost: 'inputPerMillionTokens',
  cached_input: 'cachedInputPerMillionTokens',
  input_cached: 'cachedInputPerMillionTokens',
  cache_read: 'cachedInputPerMillionTokens',
  input_cache_read: 'cachedInputPerMillionTokens',
  cache_read_input: 'cachedInputPerMillionTokens',
  cache_read_input_token: 'cachedInputPerMillionTokens',
  cache_hit: 'cachedInputPerMillionTokens',
  cached_prompt: 'cachedInputPerMillionTokens',
  cache_write: 'cacheWritePerMillionTokens',
  input_cache_write: 'cacheWritePerMillionTokens',
  cache_creation: 'cacheWritePerMillionTokens',
  cache_creation_input: 'cacheWritePerMillionTokens',
  cache_creation_input_token: 'cacheWritePerMillionTokens',
  output: 'outputPerMillionTokens',
  completion: 'outputPerMillionTokens',
  output_tokens: 'outputPerMillionTokens',
  completion_tokens: 'outputPerMillionTokens',
  output_cost: 'outputPerMillionTokens',
  reasoning: 'reasoningPerMillionTokens',
  internal_reasoning: 'reasoningPerMillionTokens',
  reasoning_tokens: 'reasoningPerMillionTokens',
  output_reasoning: 'reasoningPerMillionTokens',
  request: 'perRequest',
  per_request: 'perRequest',
  per_call: 'perRequest',
  call: 'perRequest',
  per_image: 'perImage',
  image_generation: 'perImage',
  per_second: 'perSecond',
  second: 'perSecond',
};

const TOKEN_FIELDS = new Set<PriceField>([
  'inputPerMillionTokens',
  'cachedInputPerMillionTokens',
  'cacheWritePerMillionTokens',
  'outputPerMillionTokens',
  'reasoningPerMillionTokens',
]);

// OpenRouter's names: always USD per token.
const PER_TOKEN_STEMS = new Set([
  'prompt',
  'completion',
  'input_cache_read',
  'input_cache_write',
  'internal_reasoning',
]);

type Unit = 'token' | 'thousand' | 'million';

const UNIT_SUFFIXES: ReadonlyArray<[RegExp, Unit]> = [
  [/_(?:cost_)?per_(?:1m|million|mtok)(?:_tokens?)?$/, 'million'],
  [/_(?:cost_)?per_(?:1k|thousand|ktok)(?:_tokens?)?$/, 'thousand'],
  [/_(?:cost_)?per_token$/, 'token'],
];

function readPriceObject(object: Record<string, unknown>): CCAPIModelPricing | undefined {
  const declaredUnit = readUnit(object.unit ?? object.price_unit ?? object.token_unit);
  const pricing: CCAPIModelPricing = {};
  for (const [rawKey, rawValue] of Object.entries(object)) {
    const value = readPrice(rawValue);
    if (value == null) continue;
    let stem = rawKey
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
      .replace(/^price_/, '');
    let unit: Unit | undefined;
    for (const [pattern, suffixUnit] of UNIT_SUFFIXES) {
      if (pattern.test(stem)) {
        stem = stem.replace(pattern, '');
        unit = suffixUnit;
        break;
      }
    }
    stem = stem.replace(/_price$/, '');
    const field = FIELD_BY_STEM[stem];
    if (field == null || pricing[field] != null) continue;
    if (!TOKEN_FIELDS.has(field)) {
      pricing[field] = value;
      continue;
    }
    unit ??= declaredUnit ?? (PER_TOKEN_STEMS.has(stem) || value < 0.001 ? 'token' : 'million');
    pricing[field] = toPerMillion(value, unit);
  }
  return Object.keys(pricing).length > 0 ? pricing : undefined;
}

function readNewAPIRatios(source: Record<string, unknown>): CCAPIModelPricing | undefined {
  const quotaType = readPrice(source.quota_type);
  const modelPrice = readPrice(source.model_price);
  if (quotaType === 1 && modelPrice != null) return { perRequest: modelPrice };
  const modelRatio = readPrice(source.model_ratio);
  if (modelRatio == null) return undefined;
  // new-api: ratio 1 = $0.002 per 1K input tokens = $2 per million.
  const input = modelRatio * 2;
  const completionRatio = readPrice(source.completion_ratio) ?? 1;
  const cacheRatio = readPrice(source.cache_ratio);
  const createCacheRatio = readPrice(source.create_cache_ratio);
  return {
    inputPerMillionTokens: roundCCAPIAmount(input),
    outputPerMillionTokens: roundCCAPIAmount(input * completionRatio),
    ...(cacheRatio != null && {
      cachedInputPerMillionTokens: roundCCAPIAmount(input * cacheRatio),
    }),
    ...(createCacheRatio != null && {
      cacheWritePerMillionTokens: roundCCAPIAmount(input * createCacheRatio),
    }),
  };
}

function readUnit(value: unknown): Unit | undefined {
  if (typeof value !== 'string') return undefined;
  const unit = value.toLowerCase();
  if (/million|1m\b|mtok/.test(unit)) return 'million';
  if (/thousand|1k\b|ktok/.test(unit)) return 'thousand';
  if (/token/.test(unit)) return 'token';
  return undefined;
}

function readPrice(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

function toPerMillion(value: number, unit: Unit): number {
  if (unit === 'million') return value;
  return roundCCAPIAmount(value * (unit === 'thousand' ? 1_000 : 1_000_000));
}
