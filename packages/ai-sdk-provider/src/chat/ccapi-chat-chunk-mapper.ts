import {
  type APICallError,
  InvalidResponseDataError,
  type LanguageModelV4FinishReason,
  type LanguageModelV4StreamPart,
  type LanguageModelV4Usage,
  type SharedV4ProviderMetadata,
} from '@ai-sdk/provider';
import { createCCAPIInBandAPICallError } from '../errors/create-ccapi-api-call-error';
import { readCCAPIInBandError } from '../errors/read-ccapi-error';
import type {
  CCAPIBrandAdapter,
  ContentToolCallParser,
  ContentToolCallSegment,
} from './ccapi-brand-adapter';
import { convertCCAPIChatUsage } from './convert-ccapi-chat-usage';
import { mapCCAPIFinishReason, resolveFinishReason } from './map-ccapi-finish-reason';
import { ReasoningDetailsMerger } from './reasoning-details-merger';
import { ThinkTagSplitter } from './think-tag-splitter';
import { ToolCallAssembler } from './tool-call-assembler';

export interface CCAPIChatChunkMapperOptions {
  adapter: CCAPIBrandAdapter;
  emit: (part: LanguageModelV4StreamPart) => void;
  generateId: () => string;
  includeRawChunks: boolean;
  /**
   * `generate` reads one whole body: a missing finish reason there is `other`, not a cut-off.
   */
  mode: 'stream' | 'generate';
  /** For error messages and `APICallError.url`. */
  url: string;
  requestBodyValues: unknown;
  /** Named in errors (`model_not_found`). */
  modelId: string;
  /** Extra `providerMetadata.ccapi` fields for the finish part (brand, request id). */
  metadata: Record<string, string | undefined>;
  /** `providerMetadata.ccapi.cost` for the finish part's usage, when the price is known. */
  estimateCost?: (usage: LanguageModelV4Usage) => object | undefined;
}

/**
 * Maps chat-completion chunks (or a whole non-stream message, fed as one delta) to AI SDK stream
 * parts. One object per call; its state is explicit fields. Brand differences come in through the
 * adapter; everything every brand may send is tolerated here (2026-12-03-wire-rules.md#normalization):
 * reasoning before text and closed when text or a tool call starts, `reasoning_content` /
 * `reasoning` / `reasoning_details` / leading `<think>` tags, tool calls by id, usage from any
 * chunk, in-band errors, and a stream without a finish reason reported as an error.
 */
export class CCAPIChatChunkMapper {
  private readonly emit: (part: LanguageModelV4StreamPart) => void;
  private readonly toolCalls: ToolCallAssembler;
  private readonly details = new ReasoningDetailsMerger();
  private thinkSplitter: ThinkTagSplitter | undefined = new ThinkTagSplitter();
  /** The brand's parser for tool-call markup leaked into `content` (undefined: none). */
  private readonly toolCallParser: ContentToolCallParser | undefined;
  private thinkBlock: string | undefined;
  /** The details version last attached to a reasoning part. */
  private detailsVersionSent = 0;

  private reasoningId: string | undefined;
  private textId: string | undefined;
  private blockCounter = 0;

  private metadataSent = false;
  private rawFinishReason: string | undefined;
  private usage: Record<string, unknown> | undefined;
  private sawError = false;
  private finished = false;

  constructor(private readonly options: CCAPIChatChunkMapperOptions) {
    this.emit = options.emit;
    this.toolCalls = new ToolCallAssembler(options.emit, options.generateId);
    this.toolCallParser = options.adapter.createContentToolCallParser?.();
  }

  /** One SSE event payload (`[DONE]`, a chunk, a bare error line). */
  processEvent(data: string): void {
    if (data === '[DONE]') return;
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch (error) {
      if (this.options.includeRawChunks) this.emit({ type: 'raw', rawValue: data });
      this.sawError = true;
      this.emit({
        type: 'error',
        error: new InvalidResponseDataError({
          data,
          message: `CCAPI sent a stream chunk that is not valid JSON (${(error as Error).message}): ${data.slice(0, 200)}`,
        }),
      });
      return;
    }
    this.processChunk(value);
  }

  processChunk(value: unknown): void {
    if (this.options.includeRawChunks) this.emit({ type: 'raw', rawValue: value });
    if (value == null || typeof value !== 'object') return;
    const chunk = value as Record<string, unknown>;

    const inBandError = this.readInBandError(chunk);
    if (inBandError != null) {
      this.sawError = true;
      this.emit({ type: 'error', error: inBandError });
      return;
    }

    if (!this.metadataSent) {
      // Azure's first chunk has `"id":""`, `"model":""`, `"created":0`: wait for a real one.
      const id = typeof chunk.id === 'string' && chunk.id.length > 0 ? chunk.id : undefined;
      const modelId =
        typeof chunk.model === 'string' && chunk.model.length > 0 ? chunk.model : undefined;
      if (id != null || modelId != null) {
        this.metadataSent = true;
        this.emit({
          type: 'response-metadata',
          id,
          modelId,
          timestamp:
            typeof chunk.created === 'number' && chunk.created > 0
              ? new Date(chunk.created * 1000)
              : undefined,
        });
      }
    }

    if (chunk.usage != null && typeof chunk.usage === 'object') {
      this.usage = chunk.usage as Record<string, unknown>;
    }

    const choices = chunk.choices;
    if (!Array.isArray(choices) || choices.length === 0) return;
    const choice = choices[0] as Record<string, unknown> | null;
    if (choice == null) return;
    // Non-stream bodies (and some summary events) carry `message` instead of `delta`.
    const delta = (choice.delta ?? choice.message) as Record<string, unknown> | null | undefined;
    if (delta != null && typeof delta === 'object') this.processDelta(delta);

    const finishReason = choice.finish_reason;
    if (typeof finishReason === 'string' && finishReason.length > 0) {
      this.rawFinishReason = finishReason;
    }
  }

  private processDelta(delta: Record<string, unknown>): void {
    // Reasoning: a plain field wins; reasoning_details are merged for sending back and only
    // contribute text when no plain field carries it (gateways send both with the same text).
    let reasoning = delta.reasoning_content;
    if (typeof reasoning !== 'string') reasoning = delta.reasoning;
    const reasoningDetails = delta.reasoning_details;
    let detailsText = '';
    if (Array.isArray(reasoningDetails) && reasoningDetails.length > 0) {
      detailsText = this.details.add(reasoningDetails);
    }
    if (typeof reasoning === 'string' && reasoning.length > 0) {
      this.reasoningDelta(reasoning);
    } else if (detailsText.length > 0) {
      this.reasoningDelta(detailsText);
    }

    const content = delta.content;
    if (typeof content === 'string') {
      if (content.length > 0) this.content(content);
    } else if (Array.isArray(content)) {
      for (const part of content) {
        const item = part as Record<string, unknown> | null;
        if (item?.type === 'text' && typeof item.text === 'string' && item.text.length > 0) {
          this.content(item.text);
        } else if (item?.type === 'thinking' && typeof item.thinking === 'string') {
          this.reasoningDelta(item.thinking);
        }
      }
    }

    const toolCalls = delta.tool_calls;
    if (Array.isArray(toolCalls) && toolCalls.length > 0) {
      this.flushThinkSplitter();
      this.flushToolCallParser();
      this.endReasoning();
      this.endText();
      for (const toolCall of toolCalls) {
        if (toolCall != null && typeof toolCall === 'object') {
          this.toolCalls.add(toolCall as Record<string, unknown>);
        }
      }
    }
  }

  private content(text: string): void {
    const splitter = this.thinkSplitter;
    if (splitter == null) {
      this.contentText(text);
      return;
    }
    for (const segment of splitter.push(text)) this.segment(segment);
    if (splitter.isPassthrough) this.thinkSplitter = undefined;
  }

  private flushThinkSplitter(): void {
    const splitter = this.thinkSplitter;
    if (splitter == null) return;
    this.thinkSplitter = undefined;
    for (const segment of splitter.flush()) this.segment(segment);
  }

  /** Content text after the think splitter: through the brand's markup parser, if any. */
  private contentText(text: string): void {
    const parser = this.toolCallParser;
    if (parser == null) {
      this.textDelta(text);
      return;
    }
    for (const segment of parser.push(text)) this.toolCallSegment(segment);
  }

  private flushToolCallParser(): void {
    const parser = this.toolCallParser;
    if (parser == null) return;
    for (const segment of parser.flush()) this.toolCallSegment(segment);
  }

  private toolCallSegment(segment: ContentToolCallSegment): void {
    if (segment.kind === 'text') {
      this.textDelta(segment.text);
      return;
    }
    // Leaked markup (DeepSeek DSML, MiniMax XML): a whole call, finalised with the others.
    this.endReasoning();
    this.endText();
    this.toolCalls.add({
      id: this.options.generateId(),
      type: 'function',
      function: { name: segment.name, arguments: segment.input },
    });
  }

  private segment(segment: ReturnType<ThinkTagSplitter['push']>[number]): void {
    if (segment.kind === 'reasoning') this.reasoningDelta(segment.text);
    else if (segment.kind === 'text') this.contentText(segment.text);
    else {
      this.thinkBlock = segment.thinkBlock;
      // An empty think block still has to go back verbatim (MiniMax): give it its own part.
      if (this.reasoningId == null) this.startReasoning();
      this.endReasoning();
    }
  }

  private reasoningDelta(delta: string): void {
    const id = this.reasoningId ?? this.startReasoning();
    this.emit({ type: 'reasoning-delta', id, delta });
  }

  /** Closes any open text and opens a reasoning part (reasoning always comes before text). */
  private startReasoning(): string {
    if (this.textId != null) this.endText();
    const id = `reasoning-${this.blockCounter++}`;
    this.reasoningId = id;
    this.emit({ type: 'reasoning-start', id });
    return id;
  }

  private textDelta(delta: string): void {
    if (this.reasoningId != null) this.endReasoning();
    if (this.textId == null) {
      this.textId = `text-${this.blockCounter++}`;
      this.emit({ type: 'text-start', id: this.textId });
    }
    this.emit({ type: 'text-delta', id: this.textId, delta });
  }

  private endReasoning(): void {
    const id = this.reasoningId;
    if (id == null) return;
    this.reasoningId = undefined;
    const metadata: Record<string, unknown> = {};
    if (!this.details.isEmpty) {
      // A snapshot of every entry so far; the adapters merge snapshots by type and index.
      metadata.reasoningDetails = this.details.toJSON();
      this.detailsVersionSent = this.details.version;
    }
    if (this.thinkBlock != null) {
      metadata.thinkBlock = this.thinkBlock;
      this.thinkBlock = undefined;
    }
    this.emit(
      Object.keys(metadata).length > 0
        ? {
            type: 'reasoning-end',
            id,
            providerMetadata: { ccapi: metadata } as SharedV4ProviderMetadata,
          }
        : { type: 'reasoning-end', id },
    );
  }

  private endText(): void {
    const id = this.textId;
    if (id == null) return;
    this.textId = undefined;
    this.emit({ type: 'text-end', id });
  }

  private readInBandError(chunk: Record<string, unknown>): APICallError | undefined {
    const error =
      this.options.adapter.extractInBandError?.(chunk) ?? readCCAPIInBandError(chunk, undefined);
    if (error == null) return undefined;
    return createCCAPIInBandAPICallError(error, {
      url: this.options.url,
      requestBodyValues: this.options.requestBodyValues,
      responseBody: JSON.stringify(chunk),
      modelId: this.options.modelId,
      inStream: this.options.mode === 'stream',
    });
  }

  /** The connection failed before the stream ended. */
  fail(error: unknown): void {
    this.sawError = true;
    this.emit({ type: 'error', error });
  }

  /** Closes open blocks, finalises tool calls, and emits `finish` (once). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.flushThinkSplitter();
    this.flushToolCallParser();
    this.endReasoning();
    this.endText();
    if (this.details.version > this.detailsVersionSent) {
      // Entries that came with no reasoning text (an encrypted-only entry) or after the reasoning
      // part closed (a late signature) still have to go back next turn: give them a part.
      this.startReasoning();
      this.endReasoning();
    }
    this.toolCalls.finish();

    let finishReason: LanguageModelV4FinishReason;
    const raw = this.rawFinishReason;
    if (raw != null) {
      const unified = this.options.adapter.mapFinishReason?.(raw) ?? mapCCAPIFinishReason(raw);
      finishReason = { unified: resolveFinishReason(unified, this.toolCalls.count > 0), raw };
    } else if (this.options.mode === 'generate' && !this.sawError) {
      finishReason = { unified: 'other', raw: undefined };
    } else {
      if (!this.sawError) {
        this.emit({
          type: 'error',
          error: new InvalidResponseDataError({
            data: undefined,
            message:
              'The CCAPI response ended without a finish reason: the upstream stream was cut off, so the output may be incomplete.',
          }),
        });
      }
      finishReason = { unified: 'error', raw: undefined };
    }

    const usage: LanguageModelV4Usage = convertCCAPIChatUsage(this.usage);
    const ccapi: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.options.metadata)) {
      if (value != null) ccapi[key] = value;
    }
    if (this.usage != null) ccapi.usage = this.usage;
    const cost = this.options.estimateCost?.(usage);
    if (cost != null) ccapi.cost = cost;
    this.emit({
      type: 'finish',
      finishReason,
      usage,
      providerMetadata: { ccapi } as SharedV4ProviderMetadata,
    });
  }
}
