// The models the picker offers. Any CCAPI chat model id works with `ccapi(id)`; this list is what
// the example shows and what the route accepts, so a client cannot send arbitrary ids.
export const CHAT_MODELS = [
  { id: 'gpt-5', label: 'GPT-5', brand: 'OpenAI', vision: true },
  { id: 'claude-sonnet-4-6', label: 'Claude Sonnet 4.6', brand: 'Anthropic', vision: true },
  { id: 'gemini-2.5-flash', label: 'Gemini 2.5 Flash', brand: 'Google', vision: true },
  { id: 'deepseek-v3.2', label: 'DeepSeek V3.2', brand: 'DeepSeek', vision: false },
  { id: 'minimax-m2.5', label: 'MiniMax M2.5', brand: 'MiniMax', vision: false },
  { id: 'glm-5', label: 'GLM-5', brand: 'Zhipu', vision: false },
] as const;

export type ChatModel = (typeof CHAT_MODELS)[number];
export type ChatModelId = ChatModel['id'];

export const CHAT_MODEL_IDS = CHAT_MODELS.map((model) => model.id) as [
  ChatModelId,
  ...ChatModelId[],
];

export const DEFAULT_CHAT_MODEL_ID: ChatModelId = 'gpt-5';

export function findChatModel(id: string): ChatModel | undefined {
  return CHAT_MODELS.find((model) => model.id === id);
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
