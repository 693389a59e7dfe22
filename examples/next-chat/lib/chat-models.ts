import type { CCAPICatalogModel } from '@ccapi/ai-sdk-provider';

/** One entry of the model picker, as `GET /api/models` sends it to the browser. */
export interface PickerModel {
  id: string;
  label: string;
  /** The provider's display name; the picker groups by it. */
  brand: string;
  /** Whether the model reads images (attachments are offered only then). */
  vision: boolean;
}

/** What `GET /api/models` answers. */
export interface PickerModelList {
  models: PickerModel[];
  /** `catalog`: read from CCAPI's `GET /v1/models`; `fallback`: the catalog could not be read. */
  source: 'catalog' | 'fallback';
}

/**
 * The picker when CCAPI's catalog cannot be read (a wrong key, a network problem): the six
 * brands the example is built around, so the page still works and the chat shows the real error.
 */
export const FALLBACK_CHAT_MODELS: readonly PickerModel[] = [
  { id: 'gpt-5', label: 'GPT-5', brand: 'OpenAI', vision: true },
  { id: 'claude-sonnet-4-6', label: 'Claude Sonnet 4.6', brand: 'Anthropic', vision: true },
  { id: 'gemini-2.5-flash', label: 'Gemini 2.5 Flash', brand: 'Google', vision: true },
  { id: 'deepseek-v3.2', label: 'DeepSeek V3.2', brand: 'DeepSeek', vision: false },
  { id: 'minimax-m2.5', label: 'MiniMax M2.5', brand: 'MiniMax', vision: false },
  { id: 'glm-5', label: 'GLM-5', brand: 'Zhipu AI', vision: false },
];

export const DEFAULT_CHAT_MODEL_ID = 'gpt-5';

/** A catalog entry as the picker shows it. */
export function toPickerModel(model: CCAPICatalogModel): PickerModel {
  return {
    id: model.id,
    label: model.displayName,
    brand: model.provider?.displayName ?? model.provider?.name ?? model.ownedBy ?? 'Other',
    vision: model.capabilities.vision ?? model.inputModalities.includes('image'),
  };
}

/**
 * The AI SDK 7 `reasoning` levels. `default` sends nothing, so each model keeps its own default.
 */
export const REASONING_LEVELS = [
  'default',
  'none',
  'minimal',
  'low',
  'medium',
  'high',
  'xhigh',
] as const;

export type ReasoningLevel = (typeof REASONING_LEVELS)[number];

/**
 * Errors the local emulator can play on request (header `x-emulator-fault`). The route forwards
 * the choice only when it talks to the emulator; against the live API it is ignored.
 */
export const SIMULATED_FAULTS = [
  { id: 'unauthorized', label: 'Rejected key (401)' },
  { id: 'insufficient-balance', label: 'Insufficient balance (402)' },
  { id: 'insufficient-quota', label: 'Quota exhausted (403)' },
  { id: 'rate-limit', label: 'Rate limit (429)' },
  { id: 'server-error', label: 'Upstream failure (500)' },
] as const;

export type SimulatedFault = (typeof SIMULATED_FAULTS)[number]['id'];

export const SIMULATED_FAULT_IDS = SIMULATED_FAULTS.map((fault) => fault.id) as [
  SimulatedFault,
  ...SimulatedFault[],
];
