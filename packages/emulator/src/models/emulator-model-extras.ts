/**
 * What the emulator adds to the snapshot's entries so an app sees a full catalog: limits,
 * capability flags and prices in the docs' `ccapi` object. The numbers are illustrative (vendor
 * list prices and limits of the time, rounded), not CCAPI's: CCAPI documents none. Models left
 * out here are served without prices, as a live catalog may do.
 */
export interface EmulatorModelExtras {
  contextLength?: number;
  maxOutputTokens?: number;
  toolCalling?: boolean;
  vision?: boolean;
  reasoning?: boolean;
  /** USD per million tokens. */
  tokens?: { input: number; cachedInput?: number; cacheWrite?: number; output: number };
  perImage?: number;
  perSecond?: number;
}

const gpt5 = {
  contextLength: 400_000,
  maxOutputTokens: 128_000,
  toolCalling: true,
  vision: true,
  reasoning: true,
};
const claude = {
  contextLength: 200_000,
  maxOutputTokens: 64_000,
  toolCalling: true,
  vision: true,
  reasoning: true,
};
const gemini = {
  contextLength: 1_048_576,
  maxOutputTokens: 65_536,
  toolCalling: true,
  vision: true,
  reasoning: true,
};
const textChat = { toolCalling: true, vision: false };

export const EMULATOR_MODEL_EXTRAS: Readonly<Record<string, EmulatorModelExtras>> = {
  'gpt-5': { ...gpt5, tokens: { input: 1.25, cachedInput: 0.125, output: 10 } },
  'gpt-5-mini': { ...gpt5, tokens: { input: 0.25, cachedInput: 0.025, output: 2 } },
  'gpt-5-nano': { ...gpt5, tokens: { input: 0.05, cachedInput: 0.005, output: 0.4 } },
  'gpt-4.1': {
    contextLength: 1_047_576,
    maxOutputTokens: 32_768,
    toolCalling: true,
    vision: true,
    reasoning: false,
    tokens: { input: 2, cachedInput: 0.5, output: 8 },
  },
  'gpt-4o': {
    contextLength: 128_000,
    maxOutputTokens: 16_384,
    toolCalling: true,
    vision: true,
    reasoning: false,
    tokens: { input: 2.5, cachedInput: 1.25, output: 10 },
  },
  'gpt-4o-mini': {
    contextLength: 128_000,
    maxOutputTokens: 16_384,
    toolCalling: true,
    vision: true,
    reasoning: false,
    tokens: { input: 0.15, cachedInput: 0.075, output: 0.6 },
  },
  'claude-sonnet-4-6': {
    ...claude,
    tokens: { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 },
  },
  'claude-opus-4-6': {
    ...claude,
    tokens: { input: 5, cachedInput: 0.5, cacheWrite: 6.25, output: 25 },
  },
  'claude-haiku-4-5': {
    ...claude,
    tokens: { input: 1, cachedInput: 0.1, cacheWrite: 1.25, output: 5 },
  },
  'gemini-2.5-pro': { ...gemini, tokens: { input: 1.25, cachedInput: 0.31, output: 10 } },
  'gemini-2.5-flash': { ...gemini, tokens: { input: 0.3, cachedInput: 0.075, output: 2.5 } },
  'gemini-3-pro-preview': { ...gemini, tokens: { input: 2, cachedInput: 0.2, output: 12 } },
  'deepseek-v3.2': {
    ...textChat,
    contextLength: 128_000,
    maxOutputTokens: 8_192,
    reasoning: true,
    tokens: { input: 0.28, cachedInput: 0.028, output: 0.42 },
  },
  'deepseek-chat': {
    ...textChat,
    contextLength: 128_000,
    maxOutputTokens: 8_192,
    reasoning: false,
    tokens: { input: 0.28, cachedInput: 0.028, output: 0.42 },
  },
  'deepseek-reasoner': {
    ...textChat,
    contextLength: 128_000,
    maxOutputTokens: 65_536,
    reasoning: true,
    tokens: { input: 0.28, cachedInput: 0.028, output: 0.42 },
  },
  'minimax-m2.5': {
    ...textChat,
    contextLength: 204_800,
    maxOutputTokens: 131_072,
    reasoning: true,
    tokens: { input: 0.3, cachedInput: 0.03, output: 1.2 },
  },
  'glm-5': {
    ...textChat,
    contextLength: 200_000,
    maxOutputTokens: 128_000,
    reasoning: true,
    tokens: { input: 1, cachedInput: 0.2, output: 3.2 },
  },
  'text-embedding-3-small': { contextLength: 8_191, tokens: { input: 0.02, output: 0 } },
  'text-embedding-3-large': { contextLength: 8_191, tokens: { input: 0.13, output: 0 } },
  'gpt-image-1': { perImage: 0.04 },
  'dall-e-3': { perImage: 0.04 },
  'gemini-2.5-flash-image': { perImage: 0.039 },
  'sora-2': { perSecond: 0.1 },
  'veo-3.1': { perSecond: 0.4 },
};

/** The docs' `ccapi.capabilities` and `ccapi.pricing` objects for one model. */
export function renderEmulatorModelExtras(extras: EmulatorModelExtras): Record<string, unknown> {
  const capabilities: Record<string, unknown> = {};
  if (extras.contextLength != null) capabilities.context_length = extras.contextLength;
  if (extras.maxOutputTokens != null) capabilities.max_output_tokens = extras.maxOutputTokens;
  if (extras.toolCalling != null) {
    capabilities.streaming = true;
    capabilities.function_calling = extras.toolCalling;
  }
  if (extras.vision != null) capabilities.vision = extras.vision;
  if (extras.reasoning != null) capabilities.reasoning = extras.reasoning;

  const pricing: Record<string, unknown> = { currency: 'USD' };
  if (extras.tokens != null) {
    pricing.unit = 'per_million_tokens';
    pricing.input = extras.tokens.input;
    if (extras.tokens.cachedInput != null) pricing.cached_input = extras.tokens.cachedInput;
    if (extras.tokens.cacheWrite != null) pricing.cache_write = extras.tokens.cacheWrite;
    pricing.output = extras.tokens.output;
  }
  if (extras.perImage != null) pricing.per_image = extras.perImage;
  if (extras.perSecond != null) pricing.per_second = extras.perSecond;

  return {
    ...(Object.keys(capabilities).length > 0 && { capabilities }),
    ...(Object.keys(pricing).length > 1 && { pricing }),
  };
}
