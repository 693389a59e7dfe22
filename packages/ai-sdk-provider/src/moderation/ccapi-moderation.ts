import { InvalidArgumentError } from '@ai-sdk/provider';
import { combineHeaders, postJsonToApi } from '@ai-sdk/provider-utils';
import type { CCAPIConfig } from '../ccapi-config';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { createCCAPIJsonResponseHandler } from '../errors/create-ccapi-json-response-handler';
import {
  type CCAPIModerationRequestBody,
  ccapiModerationResponseSchema,
} from './ccapi-moderation-api';
import type { CCAPIModerationOptions } from './ccapi-moderation-options';
import type { CCAPIModerationResult } from './ccapi-moderation-result';
import { convertCCAPIModerationResults } from './convert-ccapi-moderation-response';

export type {
  CCAPIModerationInputPart,
  CCAPIModerationModelId,
  CCAPIModerationOptions,
} from './ccapi-moderation-options';
export type {
  CCAPIModerationCategories,
  CCAPIModerationCategoryScores,
  CCAPIModerationInputResult,
  CCAPIModerationResult,
} from './ccapi-moderation-result';

/** OpenAI's current moderation model; new-api itself would fall back to `text-moderation-stable`. */
const DEFAULT_MODERATION_MODEL = 'omni-moderation-latest';

/**
 * Moderation through `POST /v1/moderations` (the AI SDK has no moderation spec). Returns typed,
 * camelCased verdicts per input and keeps the raw answer. Failures are `APICallError`s; bad
 * options are `InvalidArgumentError`s thrown before any request.
 */
export function createCCAPIModeration(config: CCAPIConfig) {
  return async (options: CCAPIModerationOptions): Promise<CCAPIModerationResult> => {
    const model = options.model ?? DEFAULT_MODERATION_MODEL;
    if (typeof model !== 'string' || model.trim().length === 0) {
      throw new InvalidArgumentError({
        argument: 'model',
        message: `model must be a moderation model id such as '${DEFAULT_MODERATION_MODEL}', or left out for that default.`,
      });
    }
    const body: CCAPIModerationRequestBody = { model, input: toWireInput(options.input) };

    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url: config.url('/moderations'),
      headers: combineHeaders(config.headers(), options.headers),
      body,
      failedResponseHandler: createCCAPIFailedResponseHandler({
        modelId: model,
      }),
      successfulResponseHandler: createCCAPIJsonResponseHandler(ccapiModerationResponseSchema, {
        modelId: model,
        describeMismatch: 'has no moderation results (results[])',
      }),
      abortSignal: options.abortSignal,
      fetch: config.fetch,
    });

    const results = convertCCAPIModerationResults(value);
    return {
      id: value.id ?? undefined,
      model: value.model ?? undefined,
      flagged: results.some((result) => result.flagged),
      results,
      response: { headers: responseHeaders, body: rawValue },
    };
  };
}

function toWireInput(input: CCAPIModerationOptions['input']): CCAPIModerationRequestBody['input'] {
  const invalid = (why: string) =>
    new InvalidArgumentError({
      argument: 'input',
      message: `${why} Pass a non-empty string, an array of non-empty strings, or an array of { type: 'text', text } / { type: 'image', image } parts.`,
    });

  if (typeof input === 'string') {
    if (input.length === 0) throw invalid('input is an empty string.');
    return input;
  }
  if (!Array.isArray(input) || input.length === 0) {
    throw invalid('input is missing or an empty array.');
  }
  if (input.every((item) => typeof item === 'string')) {
    const emptyIndex = input.findIndex((item) => item.length === 0);
    if (emptyIndex !== -1) throw invalid(`input[${emptyIndex}] is an empty string.`);
    return input;
  }
  return input.map((part, index) => {
    if (
      typeof part === 'object' &&
      part != null &&
      part.type === 'text' &&
      typeof part.text === 'string'
    ) {
      return { type: 'text' as const, text: part.text };
    }
    if (typeof part === 'object' && part != null && part.type === 'image' && part.image != null) {
      return { type: 'image_url' as const, image_url: { url: String(part.image) } };
    }
    throw invalid(
      `input[${index}] is neither a string nor a text or image part (mixing strings and parts is not allowed).`,
    );
  });
}
