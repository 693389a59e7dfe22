import {
  APICallError,
  JSONParseError,
  type LanguageModelV4,
  type LanguageModelV4CallOptions,
  type LanguageModelV4Content,
  type LanguageModelV4GenerateResult,
  type LanguageModelV4StreamPart,
  type LanguageModelV4StreamResult,
  type LanguageModelV4Usage,
  type SharedV4ProviderMetadata,
  TypeValidationError,
} from '@ai-sdk/provider';
import { isAbortError } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { estimateCCAPICost } from '../cost/estimate-ccapi-cost';
import { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';
import { readCCAPIErrorFields, statusOfCCAPIError } from '../errors/read-ccapi-error';
import { liftCCAPIReasoningOption } from '../utils/lift-ccapi-reasoning-option';
import { addCCAPINativeProviderMetadata } from './add-ccapi-native-provider-metadata';
import type { CCAPINativeRouteDefinition } from './ccapi-native-routes';
import {
  type CCAPINativeCallState,
  createCCAPINativeCallState,
  createCCAPINativeFetch,
} from './create-ccapi-native-fetch';
import { findCCAPIOptionOwners } from './find-ccapi-option-owners';
import { mapCCAPINativeProviderOptions } from './map-ccapi-native-provider-options';

/**
 * The work of `CCAPINativeLanguageModel`, which loads this module (and, through the route table,
 * the official AI SDK package) on its first call.
 */
export class CCAPINativeLanguageModelImplementation implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  readonly modelId: string;
  readonly supportedUrls: Record<string, RegExp[]>;

  private readonly config: CCAPIConfig;
  private readonly definition: CCAPINativeRouteDefinition;

  constructor(modelId: string, config: CCAPIConfig, definition: CCAPINativeRouteDefinition) {
    this.modelId = modelId;
    this.config = config;
    this.definition = definition;
    this.supportedUrls = definition.supportedUrls;
  }

  get provider(): string {
    return this.config.provider;
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const call = await this.prepareCall(options);
    try {
      const result = await call.model.doGenerate(call.options);
      const { officialKey } = this.definition;
      return {
        ...result,
        content: result.content.map((part) => withCCAPIMetadata(part, officialKey)),
        providerMetadata: addCCAPINativeProviderMetadata(result.providerMetadata, officialKey, {
          ...this.callMetadata(call.state, result.usage),
          ...(result.response?.id != null && { responseId: result.response.id }),
        }),
        warnings: [...call.warnings, ...result.warnings],
      };
    } catch (error) {
      throw this.translateError(error, call.state, options);
    }
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const call = await this.prepareCall(options);
    // Some official models (OpenAI Responses) read ahead to the first output before returning the
    // stream. Like the chat route, this model returns its stream once CCAPI answered with a 2xx
    // event stream: a stall before the first output is then caught by `timeout.firstChunkMs`,
    // and an error or a cut-off during the read-ahead ends the stream with `error` + `finish`.
    // Failures before an answer (HTTP errors, no connection) still throw, so the AI SDK retries.
    const started = call.model.doStream(call.options).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    const first = await Promise.race([started, call.state.streamOpened]);
    if (!call.state.streamOpened.settled && first != null && 'error' in first) {
      throw this.translateStreamFailure(first.error, call.state, options);
    }

    const { officialKey } = this.definition;
    let reader: ReadableStreamDefaultReader<LanguageModelV4StreamPart> | undefined;
    let cancelled: { reason: unknown } | undefined;
    let result: LanguageModelV4StreamResult | undefined;
    let responseId: string | undefined;
    let finished = false;
    let errored = false;
    let warningsSent = false;

    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      pull: async (controller) => {
        if (reader == null) {
          const outcome = await started;
          if (cancelled != null) {
            if ('result' in outcome) await outcome.result.stream.cancel(cancelled.reason);
            return;
          }
          if ('error' in outcome) {
            if (isAbortError(outcome.error) || options.abortSignal?.aborted) {
              controller.error(outcome.error);
              return;
            }
            controller.enqueue({ type: 'stream-start', warnings: call.warnings });
            controller.enqueue({
              type: 'error',
              error: this.translateStreamFailure(outcome.error, call.state, options),
            });
            controller.enqueue(errorFinish(this.callMetadata(call.state)));
            controller.close();
            return;
          }
          result = outcome.result;
          reader = result.stream.getReader();
        }
        let next: ReadableStreamReadResult<LanguageModelV4StreamPart>;
        try {
          next = await reader.read();
        } catch (error) {
          if (isAbortError(error)) {
            controller.error(error);
            return;
          }
          // A dropped connection or a broken body: report it, then finish as the spec requires.
          controller.enqueue({
            type: 'error',
            error: this.translateStreamFailure(error, call.state, options),
          });
          if (!finished) controller.enqueue(errorFinish(this.callMetadata(call.state)));
          finished = true;
          controller.close();
          return;
        }
        if (next.done) {
          // Official models end the stream without `finish` after an upstream `error` event.
          if (!finished) {
            if (!errored || call.state.streamError != null) {
              controller.enqueue({
                type: 'error',
                error: call.state.streamError ?? incompleteStreamError(this.config, this.modelId),
              });
            }
            controller.enqueue(errorFinish(this.callMetadata(call.state)));
          }
          controller.close();
          return;
        }

        const part = next.value;
        switch (part.type) {
          case 'stream-start':
            warningsSent = true;
            controller.enqueue({ ...part, warnings: [...call.warnings, ...part.warnings] });
            return;
          case 'response-metadata':
            responseId = part.id ?? responseId;
            controller.enqueue(part);
            return;
          case 'error':
            errored = true;
            controller.enqueue({
              type: 'error',
              error: this.translateStreamPartError(part.error, call.state, options),
            });
            return;
          case 'finish': {
            finished = true;
            // The official models finish a cut-off stream as `interrupted`; every CCAPI route
            // reports it the same way as the chat route: an error part and an `error` finish.
            const streamError =
              call.state.streamError ??
              (part.finishReason.unified === 'interrupted' && !errored
                ? incompleteStreamError(this.config, this.modelId)
                : undefined);
            if (streamError != null) controller.enqueue({ type: 'error', error: streamError });
            controller.enqueue({
              ...part,
              ...((streamError != null || part.finishReason.unified === 'interrupted') && {
                finishReason: { unified: 'error', raw: part.finishReason.raw },
              }),
              providerMetadata: addCCAPINativeProviderMetadata(part.providerMetadata, officialKey, {
                ...this.callMetadata(call.state, part.usage),
                ...(responseId != null && { responseId }),
              }),
            });
            return;
          }
          default:
            if (!warningsSent && call.warnings.length > 0) {
              warningsSent = true;
              controller.enqueue({ type: 'stream-start', warnings: call.warnings });
            }
            controller.enqueue(withCCAPIMetadata(part, officialKey));
        }
      },
      cancel: async (reason) => {
        cancelled = { reason };
        // Before the official stream arrived, the pull that awaits it cancels it (below).
        if (reader != null) await reader.cancel(reason);
      },
    });

    const returned = first != null && 'result' in first ? first.result : undefined;
    return {
      stream,
      request: returned?.request ?? { body: call.state.requestBody },
      response: returned?.response ?? { headers: call.state.responseHeaders },
    };
  }

  private async prepareCall(options: LanguageModelV4CallOptions) {
    // Reading the key first makes a missing key fail here, naming CCAPI_API_KEY.
    const apiKey = this.config.apiKey();
    const state = createCCAPINativeCallState();
    const { options: mappedOptions, warnings } = mapCCAPINativeProviderOptions(
      liftCCAPIReasoningOption(options),
      this.definition,
      findCCAPIOptionOwners,
    );
    const model = await this.definition.createOfficialModel(this.modelId, this.config, {
      apiKey,
      headers: withoutAuthorization(this.config.headers()),
      fetch: createCCAPINativeFetch({ fetch: this.config.fetch, modelId: this.modelId, state }),
    });
    return { model, state, options: mappedOptions, warnings };
  }

  private translateStreamFailure(
    error: unknown,
    state: CCAPINativeCallState,
    options: LanguageModelV4CallOptions,
  ): unknown {
    const translated = this.translateError(error, state, options, {
      inStream: state.streamOpened.settled,
    });
    if (translated !== error || isAbortError(error) || options.abortSignal?.aborted) {
      return translated;
    }
    // An APICallError with a status is a real answer; without one it is a connection failure
    // before any response ("Cannot connect"), which keeps its own message. Only a 2xx whose body
    // broke off while being read is reworded here.
    if (
      APICallError.isInstance(error) &&
      !(error.responseBody == null && error.statusCode != null && error.statusCode < 300)
    ) {
      return error;
    }
    if (!(error instanceof Error) && !APICallError.isInstance(error)) return error;
    return new APICallError({
      message: `CCAPI stream for model '${this.modelId}' broke off before it finished (${rootCauseMessage(error)}). The connection dropped or the gateway closed it; retry the request.`,
      url: this.config.baseURL,
      requestBodyValues: undefined,
      isRetryable: true,
      cause: error,
    });
  }

  /** An `error` part of the official stream: CCAPI's wording, also for unparsable chunks. */
  private translateStreamPartError(
    error: unknown,
    state: CCAPINativeCallState,
    options: LanguageModelV4CallOptions,
  ): unknown {
    if (JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
      return new APICallError({
        message: `CCAPI sent a stream chunk for model '${this.modelId}' that could not be read (${rootCauseMessage(error)}). The rest of the answer may be missing.`,
        url: this.config.baseURL,
        requestBodyValues: undefined,
        isRetryable: false,
        cause: error,
      });
    }
    return this.translateError(error, state, options, { inStream: true });
  }

  /** `providerMetadata.ccapi` of a call; with its usage, the cost estimate when priced. */
  private callMetadata(state: CCAPINativeCallState, usage?: LanguageModelV4Usage) {
    const match = usage != null ? this.config.findPricing?.(this.modelId) : undefined;
    const cost =
      usage != null && match != null ? estimateCCAPICost({ usage, ...match }) : undefined;
    return {
      route: this.definition.route,
      ...(state.requestId != null && { requestId: state.requestId }),
      ...(cost != null && { cost }),
    };
  }

  /**
   * Our fetch already threw typed errors for every HTTP failure; what remains are errors the
   * official model raised itself (an unparsable body, an upstream `error` event inside a stream).
   * Those get CCAPI's wording too.
   */
  private translateError(
    error: unknown,
    state: CCAPINativeCallState,
    options: LanguageModelV4CallOptions,
    { inStream = false }: { inStream?: boolean } = {},
  ): unknown {
    if (error != null && typeof error === 'object' && state.ownErrors.has(error)) return error;
    if (isAbortError(error) || options.abortSignal?.aborted) return error;

    if (APICallError.isInstance(error) && error.responseBody != null) {
      return createCCAPIAPICallError({
        url: error.url,
        requestBodyValues: error.requestBodyValues,
        statusCode: error.statusCode ?? 500,
        responseHeaders: error.responseHeaders,
        responseBody: error.responseBody,
        modelId: this.modelId,
        inStream,
        cause: error,
      });
    }
    if (isStreamErrorObject(error)) {
      // An upstream `error` event the official parser passed on as a plain object.
      const fields = readCCAPIErrorFields({ error });
      return createCCAPIAPICallError({
        url: this.config.baseURL,
        requestBodyValues: undefined,
        statusCode: error.statusCode ?? statusOfCCAPIError(fields),
        responseBody: JSON.stringify({ error }),
        modelId: this.modelId,
        inStream: true,
        cause: error,
      });
    }
    return error;
  }
}

function rootCauseMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

function withCCAPIMetadata<PART extends LanguageModelV4Content | LanguageModelV4StreamPart>(
  part: PART,
  officialKey: CCAPINativeRouteDefinition['officialKey'],
): PART {
  if (!('providerMetadata' in part) || part.providerMetadata == null) return part;
  return {
    ...part,
    providerMetadata: addCCAPINativeProviderMetadata(
      part.providerMetadata as SharedV4ProviderMetadata,
      officialKey,
    ),
  };
}

function withoutAuthorization(headers: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value != null && name.toLowerCase() !== 'authorization') result[name] = value;
  }
  return result;
}

const EMPTY_USAGE: LanguageModelV4Usage = {
  inputTokens: {
    total: undefined,
    noCache: undefined,
    cacheRead: undefined,
    cacheWrite: undefined,
  },
  outputTokens: { total: undefined, text: undefined, reasoning: undefined },
};

function errorFinish(ccapi: { route: string; requestId?: string }): LanguageModelV4StreamPart {
  return {
    type: 'finish',
    finishReason: { unified: 'error', raw: undefined },
    usage: EMPTY_USAGE,
    providerMetadata: { ccapi },
  };
}

function incompleteStreamError(config: CCAPIConfig, modelId: string): APICallError {
  return new APICallError({
    message: `CCAPI ended the stream for model '${modelId}' without a finish event. The answer may be incomplete; retry the request.`,
    url: config.baseURL,
    requestBodyValues: undefined,
    isRetryable: true,
  });
}

function isStreamErrorObject(
  error: unknown,
): error is { message: string; type?: string; code?: string; statusCode?: number } {
  return (
    error != null &&
    typeof error === 'object' &&
    !(error instanceof Error) &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
