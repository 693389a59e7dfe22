import type {
  LanguageModelV4CallOptions,
  LanguageModelV4FinishReason,
  SharedV4Warning,
} from '@ai-sdk/provider';
import type { z } from 'zod/v4';
import type { CCAPIInBandError } from '../errors/read-ccapi-error';
import type { CCAPIChatAssistantMessage, CCAPIChatRequestBody } from './ccapi-chat-api';
import type { CCAPIChatOptions } from './ccapi-chat-options';

/**
 * The narrow interface between the chat core and a brand. The core owns the wire contract
 * (messages, tools, streaming, tool-call assembly, usage, finish reasons, errors); a brand only
 * says what differs. Everything is optional: the generic adapter implements almost nothing.
 * The provider picks the adapter for a model id and hands it to the chat model, so the core never
 * knows which brands exist.
 */
export interface CCAPIBrandAdapter {
  /** The brand's name, reported as `providerMetadata.ccapi.brand`. */
  readonly brand: string;

  /**
   * This brand's own `providerOptions.ccapi` keys (a zod object; values validated strictly).
   */
  readonly optionsSchema?: z.ZodObject;

  /**
   * Shape the request. The body is final when this runs (standard fields, the raw
   * `reasoning_effort` option, `stream`, and `extraBody`); the adapter maps the `reasoning` option
   * and thinking switches, renames or drops settings the brand rejects and warns about ignored
   * ones. `extraBody` is applied again afterwards, so what the user forced there stays.
   */
  prepareRequest?(context: CCAPIBrandRequestContext): void;

  /**
   * Add what this brand requires on an assistant message sent back (reasoning_content, raw think
   * content, reasoning_details, …). Called once per assistant message, in order.
   */
  prepareAssistantMessage?(context: CCAPIBrandAssistantMessageContext): void;

  /** Map a raw finish reason; return undefined to use the core mapping. */
  mapFinishReason?(raw: string): LanguageModelV4FinishReason['unified'] | undefined;

  /**
   * Detect an error carried in a 200 body or stream chunk that the core does not know (the core
   * already handles `{"error":{…}}`). Return undefined when the value is not an error.
   */
  extractInBandError?(value: Record<string, unknown>): CCAPIInBandError | undefined;

  /**
   * A parser for the model's native tool-call markup leaking into `content` (DeepSeek's DSML,
   * MiniMax's `<minimax:tool_call>` XML): one per response; the core feeds it the text after the
   * think-tag splitter and turns the calls it returns into tool calls. Brands without it pay
   * nothing.
   */
  createContentToolCallParser?(): ContentToolCallParser;
}

/** A streaming parser that splits tool-call markup out of text. */
export interface ContentToolCallParser {
  /** Takes the next text fragment; returns what is known so far (may hold back a partial tag). */
  push(text: string): ContentToolCallSegment[];
  /** Ends the response: whatever is held comes out (an unterminated block as text). */
  flush(): ContentToolCallSegment[];
}

export type ContentToolCallSegment =
  | { kind: 'text'; text: string }
  /** `input` is the arguments as a JSON object string. */
  | { kind: 'tool-call'; name: string; input: string };

export interface CCAPIBrandRequestContext {
  /** The model id as the user wrote it (sent unchanged). */
  modelId: string;
  /** Lower-cased id without a provider prefix: `deepseek/DeepSeek-V3.2` → `deepseek-v3.2`. */
  normalizedModelId: string;
  /** The request body, already holding the standard fields; mutate it. */
  body: CCAPIChatRequestBody;
  callOptions: LanguageModelV4CallOptions;
  /** Parsed `providerOptions.ccapi` (common and this brand's keys). */
  options: CCAPIChatOptions;
  warnings: SharedV4Warning[];
  stream: boolean;
}

/** What the core knows about an assistant message being sent back. */
export interface CCAPIBrandAssistantMessageContext {
  /** The wire message the core built (content, tool_calls); mutate it. */
  message: CCAPIChatAssistantMessage;
  /** Concatenated reasoning text of this message's reasoning parts ('' when none). */
  reasoningText: string;
  /** `providerOptions.ccapi` of each reasoning part, in order (what we stored when it was received). */
  reasoningMetadata: CCAPIReasoningMetadata[];
  /** True when a later user message exists: the message belongs to an earlier user turn. */
  isBeforeLastUserMessage: boolean;
  /** Parsed `providerOptions.ccapi` of the call. */
  options: CCAPIChatOptions;
  normalizedModelId: string;
}

/**
 * What the core stores in `providerMetadata.ccapi` of a reasoning part, so the next turn can send
 * it back exactly (the AI SDK returns it as `providerOptions.ccapi` on that part).
 */
export interface CCAPIReasoningMetadata {
  /** `reasoning_details` entries as received, merged per index (MiniMax split mode, gateways). */
  reasoningDetails?: unknown[];
  /**
   * The raw `<think>…</think>` block and the separator after it, exactly as received inside
   * `content` (MiniMax requires the whole content back, tags included).
   */
  thinkBlock?: string;
}
