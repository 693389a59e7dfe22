import {
  APICallError,
  type LanguageModelV4CallOptions,
  type LanguageModelV4Content,
  type LanguageModelV4FinishReason,
  type LanguageModelV4GenerateResult,
  type LanguageModelV4StreamPart,
  type LanguageModelV4StreamResult,
  type LanguageModelV4Usage,
  type SharedV4ProviderMetadata,
  type SharedV4Warning,
} from '@ai-sdk/provider';
import {
  combineHeaders,
  isAbortError,
  postJsonToApi,
  type ResponseHandler,
} from '@ai-sdk/provider-utils';
import { estimateCCAPICost } from '../cost/estimate-ccapi-cost';
import {
  createCCAPIAPICallError,
  createCCAPIFailedResponseHandler,
  createCCAPIInBandAPICallError,
} from '../errors/create-ccapi-api-call-error';
import { readCCAPIInBandError } from '../errors/read-ccapi-error';
import { findCCAPIOptionOwners } from '../routing/find-ccapi-option-owners';
import { liftCCAPIReasoningOption } from '../utils/lift-ccapi-reasoning-option';
import { normalizeModelId } from '../utils/normalize-model-id';
import type { CCAPIBrandAdapter } from './ccapi-brand-adapter';
import type { CCAPIChatRequestBody } from './ccapi-chat-api';
import { CCAPIChatChunkMapper } from './ccapi-chat-chunk-mapper';
import type { CCAPIChatConfig } from './ccapi-chat-language-model';
import type { CCAPIChatOptions } from './ccapi-chat-options';
import { prepareCCAPIChatTools } from './ccapi-prepare-tools';
import { convertToCCAPIChatMessages } from './convert-to-ccapi-chat-messages';
import { parseCCAPIChatOptions } from './parse-ccapi-chat-options';
import { SSEEventSplitter } from './sse-event-splitter';
import { StreamPartQueue } from './stream-part-queue';

interface PreparedCall {
  adapter: CCAPIBrandAdapter;
  body: CCAPIChatRequestBody;
  warnings: SharedV4Warning[];
}

/**
 * The chat-completions wire for `CCAPIChatLanguageModel`: the brand adapter shapes the request
 * and the assistant messages sent back; this core handles the wire.
 */
export class CCAPIChatLanguageModelImplementation {
  constructor(
    readonly modelId: string,
    private readonly config: CCAPIChatConfig,
  ) {}

  private prepareCall(
    options: LanguageModelV4CallOptions,
    stream: boolean,
    adapter: CCAPIBrandAdapter,
  ): PreparedCall {
    const warnings: SharedV4Warning[] = [];
    const ccapiOptions: CCAPIChatOptions = parseCCAPIChatOptions(
      options.providerOptions?.ccapi,
      adapter,
      warnings,
      findCCAPIOptionOwners,
    );
    const normalizedModelId = normalizeModelId(this.modelId);

    const tools = prepareCCAPIChatTools({ tools: options.tools, toolChoice: options.toolChoice });
    warnings.push(...tools.warnings);

    const body: CCAPIChatRequestBody = {
      model: this.modelId,
      messages: convertToCCAPIChatMessages({
        prompt: options.prompt,
        adapter,
        options: ccapiOptions,
        normalizedModelId,
      }),
    };
    if (options.maxOutputTokens != null) body.max_tokens = options.maxOutputTokens;
    if (options.temperature != null) body.temperature = options.temperature;
    if (options.topP != null) body.top_p = options.topP;
    if (options.topK != null) body.top_k = options.topK;
    if (options.frequencyPenalty != null) body.frequency_penalty = options.frequencyPenalty;
    if (options.presencePenalty != null) body.presence_penalty = options.presencePenalty;
    if (options.stopSequences != null && options.stopSequences.length > 0) {
      body.stop = options.stopSequences;
    }
    if (options.seed != null) body.seed = options.seed;
    if (options.responseFormat?.type === 'json') {
      body.response_format =
        options.responseFormat.schema != null
          ? {
              type: 'json_schema',
              json_schema: {
                name: options.responseFormat.name ?? 'response',
                ...(options.responseFormat.description != null
                  ? { description: options.responseFormat.description }
                  : {}),
                schema: options.responseFormat.schema,
                strict: ccapiOptions.strictJsonSchema ?? true,
              },
            }
          : { type: 'json_object' };
    }
    if (tools.tools != null) body.tools = tools.tools;
    if (tools.toolChoice != null) body.tool_choice = tools.toolChoice;
    if (ccapiOptions.parallelToolCalls != null)
      body.parallel_tool_calls = ccapiOptions.parallelToolCalls;
    if (ccapiOptions.user != null) body.user = ccapiOptions.user;
    if (ccapiOptions.reasoningEffort != null) body.reasoning_effort = ccapiOptions.reasoningEffort;
    if (stream) {
      body.stream = true;
      body.stream_options = { include_usage: ccapiOptions.includeUsage ?? true };
    }
    const { extraBody } = ccapiOptions;
    if (extraBody != null) Object.assign(body, extraBody);

    adapter.prepareRequest?.({
      modelId: this.modelId,
      normalizedModelId,
      body,
      callOptions: options,
      options: ccapiOptions,
      warnings,
      stream,
    });
    // `extraBody` is the user's last word, also over what the adapter chose.
    if (extraBody != null) Object.assign(body, extraBody);

    return { adapter, body, warnings };
  }

  /** Prepares the call and posts it to `/chat/completions`; `readAnswer` reads a 2xx answer. */
  private async send<T>(
    options: LanguageModelV4CallOptions,
    stream: boolean,
    readAnswer: (adapter: CCAPIBrandAdapter) => ResponseHandler<T>,
  ): Promise<PreparedCall & { url: string; responseHeaders?: Record<string, string>; value: T }> {
    const prepared = this.prepareCall(
      liftCCAPIReasoningOption(options),
      stream,
      await this.config.adapter,
    );
    const url = this.config.url('/chat/completions');
    const { responseHeaders, value } = await postJsonToApi({
      url,
      headers: combineHeaders(this.config.headers(), options.headers),
      body: prepared.body,
      failedResponseHandler: createCCAPIFailedResponseHandler({
        modelId: this.modelId,
      }),
      successfulResponseHandler: readAnswer(prepared.adapter),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    return { ...prepared, url, responseHeaders, value };
  }

  private createMapper(
    adapter: CCAPIBrandAdapter,
    body: CCAPIChatRequestBody,
    emit: (part: LanguageModelV4StreamPart) => void,
    responseHeaders: Record<string, string> | undefined,
    options: { includeRawChunks: boolean; mode: 'stream' | 'generate' },
  ): CCAPIChatChunkMapper {
    return new CCAPIChatChunkMapper({
      adapter,
      emit,
      generateId: this.config.generateId,
      includeRawChunks: options.includeRawChunks,
      mode: options.mode,
      url: this.config.url('/chat/completions'),
      requestBodyValues: body,
      modelId: this.modelId,
      metadata: {
        route: 'chat',
        brand: adapter.brand,
        requestId: responseHeaders?.['x-oneapi-request-id'],
      },
      estimateCost: (usage) => {
        const match = this.config.findPricing?.(this.modelId);
        return match != null ? estimateCCAPICost({ usage, ...match }) : undefined;
      },
    });
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const {
      adapter,
      body,
      warnings,
      url,
      responseHeaders,
      value: responseBody,
    } = await this.send(options, false, (adapter) => this.jsonBodyHandler(adapter));

    const content: LanguageModelV4Content[] = [];
    const open = new Map<
      string,
      { type: 'text' | 'reasoning'; text: string; providerMetadata?: SharedV4ProviderMetadata }
    >();
    let finishReason: LanguageModelV4FinishReason = { unified: 'other', raw: undefined };
    let usage: LanguageModelV4Usage | undefined;
    let providerMetadata: SharedV4ProviderMetadata | undefined;
    let responseId: string | undefined;
    let responseModelId: string | undefined;
    let timestamp: Date | undefined;

    const mapper = this.createMapper(
      adapter,
      body,
      (part) => {
        switch (part.type) {
          case 'text-start':
          case 'reasoning-start': {
            const item = {
              type: part.type === 'text-start' ? ('text' as const) : ('reasoning' as const),
              text: '',
            };
            open.set(part.id, item);
            content.push(item);
            break;
          }
          case 'text-delta':
          case 'reasoning-delta': {
            const item = open.get(part.id);
            if (item != null) item.text += part.delta;
            break;
          }
          case 'reasoning-end': {
            const item = open.get(part.id);
            if (item != null && part.providerMetadata != null)
              item.providerMetadata = part.providerMetadata;
            break;
          }
          case 'tool-call':
            content.push(part);
            break;
          case 'response-metadata':
            responseId = part.id;
            responseModelId = part.modelId;
            timestamp = part.timestamp;
            break;
          case 'finish':
            finishReason = part.finishReason;
            usage = part.usage;
            providerMetadata = part.providerMetadata;
            break;
          default:
            break;
        }
      },
      responseHeaders,
      { includeRawChunks: false, mode: 'generate' },
    );
    mapper.processChunk(responseBody);
    mapper.finish();

    return {
      content,
      finishReason,
      usage: usage!,
      providerMetadata,
      request: { url, body },
      response: {
        id: responseId,
        modelId: responseModelId,
        timestamp,
        headers: responseHeaders,
        body: responseBody,
      },
      warnings,
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const {
      adapter,
      body,
      warnings,
      url,
      responseHeaders,
      value: response,
    } = await this.send(options, true, (adapter) => this.streamBodyHandler(adapter));

    const includeRawChunks = options.includeRawChunks === true;
    const abortSignal = options.abortSignal;
    let mapper: CCAPIChatChunkMapper;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    const decoder = new TextDecoder();
    let splitter: SSEEventSplitter;

    let queue: StreamPartQueue;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      start: (controller) => {
        queue = new StreamPartQueue(controller);
        mapper = this.createMapper(adapter, body, (part) => queue.push(part), responseHeaders, {
          includeRawChunks,
          mode: 'stream',
        });
        splitter = new SSEEventSplitter((data) => mapper.processEvent(data));
        controller.enqueue({ type: 'stream-start', warnings });
        if (response.kind === 'json') {
          // A JSON answer to a stream request (some gateways ignore `stream`): one whole message.
          mapper.processChunk(response.value);
          mapper.finish();
          queue.close();
        } else {
          reader = response.body.getReader();
        }
      },
      pull: async (controller) => {
        if (queue.refill() || reader == null) return;
        for (;;) {
          let result: ReadableStreamReadResult<Uint8Array>;
          try {
            result = await reader.read();
          } catch (error) {
            if (abortSignal?.aborted || isAbortError(error)) {
              controller.error(error);
              return;
            }
            // The connection dropped mid-stream: keep what arrived, report the error, finish.
            splitter.end();
            mapper.fail(
              new APICallError({
                message: `The connection to CCAPI closed before the response finished (${error instanceof Error ? error.message : String(error)}). The output received so far is kept; retry the request to get the rest.`,
                url,
                requestBodyValues: body,
                isRetryable: true,
                cause: error,
              }),
            );
            mapper.finish();
            queue.close();
            return;
          }
          if (result.done) {
            splitter.push(decoder.decode());
            splitter.end();
            mapper.finish();
            queue.close();
            return;
          }
          splitter.push(decoder.decode(result.value, { stream: true }));
          queue.endOfRead();
          if ((controller.desiredSize ?? 0) <= 0) return;
        }
      },
      cancel: (reason) => reader?.cancel(reason),
    });

    return { stream, request: { url, body }, response: { headers: responseHeaders } };
  }

  /** 200 bodies: JSON, or an in-band error (`{"error":…}`, MiniMax `base_resp`). */
  private jsonBodyHandler(adapter: CCAPIBrandAdapter): ResponseHandler<unknown> {
    return async ({ response, url, requestBodyValues }) => {
      const responseHeaders = Object.fromEntries(response.headers.entries());
      const text = await response.text();
      const value = this.parseJsonBody(adapter, text, {
        url,
        requestBodyValues,
        responseHeaders,
        status: response.status,
      });
      return { value, rawValue: value, responseHeaders };
    };
  }

  private streamBodyHandler(
    adapter: CCAPIBrandAdapter,
  ): ResponseHandler<
    { kind: 'sse'; body: ReadableStream<Uint8Array> } | { kind: 'json'; value: unknown }
  > {
    return async ({ response, url, requestBodyValues }) => {
      const responseHeaders = Object.fromEntries(response.headers.entries());
      const contentType = response.headers.get('content-type') ?? '';
      if (contentType.includes('application/json')) {
        const text = await response.text();
        const value = this.parseJsonBody(adapter, text, {
          url,
          requestBodyValues,
          responseHeaders,
          status: response.status,
        });
        return { value: { kind: 'json' as const, value }, responseHeaders };
      }
      if (response.body == null) {
        throw createCCAPIAPICallError({
          url,
          requestBodyValues,
          statusCode: response.status,
          responseHeaders,
          responseBody: '',
          modelId: this.modelId,
        });
      }
      return { value: { kind: 'sse' as const, body: response.body }, responseHeaders };
    };
  }

  private parseJsonBody(
    adapter: CCAPIBrandAdapter,
    text: string,
    context: {
      url: string;
      requestBodyValues: unknown;
      responseHeaders: Record<string, string>;
      status: number;
    },
  ): unknown {
    const answer = {
      url: context.url,
      requestBodyValues: context.requestBodyValues,
      responseHeaders: context.responseHeaders,
      responseBody: text,
      modelId: this.modelId,
    };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (value == null || typeof value !== 'object') {
      throw createCCAPIAPICallError({
        ...answer,
        statusCode: context.status,
        responseBody: text.length > 0 ? text : '<empty body>',
        unreadableBody: true,
      });
    }
    const inBandError =
      adapter.extractInBandError?.(value as Record<string, unknown>) ??
      readCCAPIInBandError(value, context.status);
    if (inBandError != null) throw createCCAPIInBandAPICallError(inBandError, answer);
    return value;
  }
}
