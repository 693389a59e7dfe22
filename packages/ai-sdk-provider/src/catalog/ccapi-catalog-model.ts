import type { CCAPIModelPricing } from '../cost/ccapi-model-pricing';
import type { CCAPIRoute } from '../routing/resolve-ccapi-route';
import type { CCAPIModelType } from './ccapi-model-type';

/** What a model can do, as far as the catalog says. Unknown is left out, never guessed. */
export type CCAPIModelCapabilities = {
  streaming?: boolean;
  /** Function / tool calling. */
  toolCalling?: boolean;
  /** Image input. */
  vision?: boolean;
  reasoning?: boolean;
  /** JSON schema output. */
  structuredOutput?: boolean;
};

/** One model of `ccapi.models.list()`, read tolerantly from CCAPI's `GET /v1/models`. */
export type CCAPICatalogModel = {
  /** The id to pass to `ccapi(id)`, exactly as CCAPI lists it. */
  id: string;
  /** `ccapi.display_name` or `display_name` when sent, else the id. */
  displayName: string;
  /** What the model does (see `CCAPIModelType`). */
  type: CCAPIModelType;
  /** `owned_by`, e.g. `openai`. */
  ownedBy?: string;
  /** The docs' `provider` object, or a provider named after `owned_by`. */
  provider?: { name: string; displayName?: string };
  /**
   * `supported_endpoint_types`, as sent: `openai`, `openai-response`, `anthropic`, `gemini`,
   * `embeddings`, `image-generation`, `openai-video`, `jina-rerank`, …
   */
  endpointTypes: string[];
  /**
   * The language-model routes that serve it, from `endpointTypes`: `openai` → `chat` (and
   * `completion`), `anthropic` → `messages`, `gemini` → `gemini`, `openai-response` → `responses`.
   */
  routes: CCAPIRoute[];
  /** `ccapi.input_modalities`, e.g. `['text', 'image']`; empty when not sent. */
  inputModalities: string[];
  /** `ccapi.output_modalities`, e.g. `['text']`; empty when not sent. */
  outputModalities: string[];
  /** The context window in tokens, when sent. */
  contextLength?: number;
  /** The most output tokens per call, when sent. */
  maxOutputTokens?: number;
  capabilities: CCAPIModelCapabilities;
  /** Prices in USD, when the catalog sends them in a shape this provider reads. */
  pricing?: CCAPIModelPricing;
  /** The entry exactly as CCAPI sent it. */
  raw: Record<string, unknown>;
};

/** An entry of the list that could not be read; the rest of the list is still returned. */
export type CCAPICatalogSkippedEntry = {
  /** Its position in the list CCAPI sent. */
  index: number;
  /** Why it was skipped, e.g. `it has no string "id"`. */
  reason: string;
  /** The entry as sent. */
  raw: unknown;
};

/** What `ccapi.models.list()` returns. */
export type CCAPIModelList = {
  models: CCAPICatalogModel[];
  /** Entries that could not be read (no id, not an object, a repeated id). */
  skipped: CCAPICatalogSkippedEntry[];
};
