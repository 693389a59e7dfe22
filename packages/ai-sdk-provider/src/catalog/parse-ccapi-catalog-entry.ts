import { routesFromCCAPIEndpointTypes } from '../routing/pick-ccapi-catalog-route';
import { asRecord } from '../utils/json-record';
import type { CCAPICatalogModel, CCAPIModelCapabilities } from './ccapi-catalog-model';
import { inferCCAPIModelType } from './infer-ccapi-model-type';
import { parseCCAPICatalogPricing } from './parse-ccapi-catalog-pricing';

/**
 * Reads one entry of `GET /v1/models`. Only the id is required; every other field is read when
 * it is there and has the right type, and ignored otherwise, so one odd field never costs the
 * entry. Reads new-api's shape (`owned_by`, `supported_endpoint_types`), the docs' richer
 * `provider` / `ccapi` objects, the Anthropic list shape (`display_name`) and Gemini's
 * (`name`, `inputTokenLimit`).
 */
export function parseCCAPICatalogEntry(
  raw: unknown,
): { model: CCAPICatalogModel } | { skipped: string } {
  const entry = asRecord(raw);
  if (entry == null) return { skipped: 'it is not an object' };
  const id = readId(entry);
  if (id == null) return { skipped: 'it has no string "id"' };

  const ccapi = asRecord(entry.ccapi) ?? {};
  const capabilityRecord = asRecord(ccapi.capabilities) ?? asRecord(entry.capabilities) ?? {};
  const endpointTypes = readStrings(
    entry.supported_endpoint_types ?? ccapi.supported_endpoint_types,
    false,
  );
  const ownedBy = readString(entry.owned_by);
  const contextLength = readCount(
    capabilityRecord.context_length ??
      ccapi.context_length ??
      entry.context_length ??
      entry.context_window ??
      entry.inputTokenLimit,
  );
  const maxOutputTokens = readCount(
    capabilityRecord.max_output_tokens ??
      ccapi.max_output_tokens ??
      entry.max_output_tokens ??
      entry.max_completion_tokens ??
      entry.outputTokenLimit,
  );
  const provider = readProvider(entry.provider, ownedBy);
  const pricing = parseCCAPICatalogPricing(entry);

  return {
    model: {
      id,
      displayName:
        readString(ccapi.display_name) ??
        readString(entry.display_name) ??
        readString(entry.displayName) ??
        id,
      type: inferCCAPIModelType({
        id,
        declaredType: ccapi.type ?? entry.model_type,
        endpointTypes,
      }),
      ...(ownedBy != null && { ownedBy }),
      ...(provider != null && { provider }),
      endpointTypes,
      routes: routesFromCCAPIEndpointTypes(endpointTypes),
      inputModalities: readStrings(ccapi.input_modalities ?? entry.input_modalities, true),
      outputModalities: readStrings(ccapi.output_modalities ?? entry.output_modalities, true),
      ...(contextLength != null && { contextLength }),
      ...(maxOutputTokens != null && { maxOutputTokens }),
      capabilities: readCapabilities(capabilityRecord),
      ...(pricing != null && { pricing }),
      raw: entry,
    },
  };
}

function readId(entry: Record<string, unknown>): string | undefined {
  const id = readString(entry.id);
  if (id != null) return id;
  // Gemini's list names models `models/<id>` (new-api's copy drops the prefix).
  const name = readString(entry.name);
  return name?.replace(/^models\//, '') || undefined;
}

function readProvider(
  value: unknown,
  ownedBy: string | undefined,
): CCAPICatalogModel['provider'] | undefined {
  const record = asRecord(value);
  const name = readString(record?.name) ?? readString(value) ?? ownedBy;
  if (name == null) return undefined;
  const displayName = readString(record?.display_name) ?? readString(record?.displayName);
  return { name, ...(displayName != null && { displayName }) };
}

// Capability flags under the names gateways use for them.
const CAPABILITY_KEYS: ReadonlyArray<[keyof CCAPIModelCapabilities, readonly string[]]> = [
  ['streaming', ['streaming', 'stream']],
  ['toolCalling', ['function_calling', 'tool_calling', 'tools', 'function_call', 'tool_use']],
  ['vision', ['vision', 'image_input']],
  ['reasoning', ['reasoning', 'thinking']],
  ['structuredOutput', ['structured_output', 'structured_outputs', 'json_schema']],
];

function readCapabilities(record: Record<string, unknown>): CCAPIModelCapabilities {
  const capabilities: CCAPIModelCapabilities = {};
  for (const [name, keys] of CAPABILITY_KEYS) {
    const value = keys.map((key) => record[key]).find((flag) => typeof flag === 'boolean');
    if (typeof value === 'boolean') capabilities[name] = value;
  }
  return capabilities;
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function readStrings(value: unknown, lowerCase: boolean): string[] {
  if (!Array.isArray(value)) return [];
  const strings: string[] = [];
  for (const item of value) {
    const text = readString(item);
    if (text != null) strings.push(lowerCase ? text.toLowerCase() : text);
  }
  return strings;
}

function readCount(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}
