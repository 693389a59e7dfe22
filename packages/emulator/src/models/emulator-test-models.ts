import type { EmulatorModel } from './emulator-model-catalog';

/**
 * Ids this repository's tests and examples send that the catalog snapshot does not list: brand
 * variants the dialect tests exercise (reasoning suffixes, older and newer versions, other
 * spellings), and placeholders tests use
 * for "a model nobody has heard of". The emulator lists them so an emulator that rejects unknown
 * ids still answers the suite; they are not CCAPI's and stay out of the generated id unions.
 */
const TEST_MODELS: ReadonlyArray<[id: string, ownedBy: string, type: string]> = [
  ['deepseek-v4-pro', 'deepseek', 'chat'],
  ['deepseek-v4-pro-none', 'deepseek', 'chat'],
  ['deepseek-v4-flash', 'deepseek', 'chat'],
  ['MiniMax-M2.5', 'minimax', 'chat'],
  ['MiniMax-M2.7', 'minimax', 'chat'],
  ['MiniMax-M3', 'minimax', 'chat'],
  ['glm-4-plus', 'zhipu', 'chat'],
  ['glm-4.5-air', 'zhipu', 'chat'],
  ['glm-4.7-flash', 'zhipu', 'chat'],
  ['glm-5.2', 'zhipu', 'chat'],
  ['glm-5.3', 'zhipu', 'chat'],
  ['zhipu/glm-4.7', 'zhipu', 'chat'],
  ['zhipu/glm-5.2', 'zhipu', 'chat'],
  ['claude-sonnet-4-5', 'anthropic', 'chat'],
  ['claude-sonnet-4-5-thinking', 'anthropic', 'chat'],
  ['claude-opus-4-7', 'anthropic', 'chat'],
  ['claude-opus-4-7-high', 'anthropic', 'chat'],
  ['gemini-3-flash-preview', 'google', 'chat'],
  ['kimi-k2-thinking', 'moonshot', 'chat'],
  ['qwen3.5-plus', 'qwen', 'chat'],
  ['some-new-model', 'custom', 'chat'],
  ['x', 'custom', 'image'],
  // new-api's default for the Kling routes when the body names no model.
  ['kling-v1', 'kling', 'video'],
];

const ENDPOINTS: Readonly<Record<string, EmulatorModel['supported_endpoint_types']>> = {
  anthropic: ['anthropic', 'openai'],
  google: ['gemini', 'openai'],
};

export const EMULATOR_TEST_MODELS: readonly EmulatorModel[] = TEST_MODELS.map(
  ([id, ownedBy, type]) => ({
    id,
    object: 'model',
    created: 1626777600,
    owned_by: ownedBy,
    supported_endpoint_types:
      type === 'image'
        ? ['image-generation']
        : type === 'video'
          ? ['openai-video']
          : (ENDPOINTS[ownedBy] ?? ['openai']),
    ccapi: {
      display_name: id,
      type,
      input_modalities: ['text'],
      output_modalities: [type === 'image' || type === 'video' ? type : 'text'],
    },
  }),
);
