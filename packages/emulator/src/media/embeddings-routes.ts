import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { applyOneShotFault } from '../faults/apply-one-shot-fault';
import { sendInvalidRequest, sendJson } from '../http/send-response';
import { modelInBody } from '../models/reject-unknown-model';
import {
  createEmbeddingVector,
  defaultEmbeddingDimensions,
  encodeEmbeddingBase64,
} from './embeddings-vectors';

/** OpenAI's limit on inputs per request, which new-api passes through. */
export const MAX_EMBEDDING_INPUTS = 2048;

/**
 * `POST /v1/embeddings` in OpenAI's shape (new-api converts Gemini to and from it): deterministic
 * unit vectors derived from each input's words, `dimensions` honoured, `encoding_format` `float`
 * or `base64`, and `usage` counted at roughly four characters per token.
 */
export const embeddingsRoutes: EmulatorRoute[] = [
  {
    method: 'POST',
    path: '/v1/embeddings',
    auth: 'bearer',
    model: modelInBody(),
    handle: handleEmbeddings,
  },
];

async function handleEmbeddings(context: EmulatorContext): Promise<void> {
  if (await applyOneShotFault(context)) return;
  const body = context.request.body as Record<string, unknown> | undefined;
  if (body == null || typeof body !== 'object') {
    sendInvalidRequest(context, 'The request body must be JSON: {"model","input"}.');
    return;
  }
  const model = typeof body.model === 'string' ? body.model.split('~')[0] : undefined;
  if (model == null || model.length === 0) {
    sendInvalidRequest(context, 'Model name not specified, model name cannot be empty', 'model');
    return;
  }

  const inputs = readInputs(body.input);
  if (inputs == null) {
    sendInvalidRequest(
      context,
      "'input' must be a non-empty string or a non-empty array of non-empty strings.",
      'input',
    );
    return;
  }
  if (inputs.length > MAX_EMBEDDING_INPUTS) {
    sendInvalidRequest(
      context,
      `'input' has ${inputs.length} items; the maximum is ${MAX_EMBEDDING_INPUTS} per request.`,
      'input',
    );
    return;
  }

  const maxDimensions = defaultEmbeddingDimensions(model);
  let dimensions = maxDimensions;
  if (body.dimensions != null) {
    if (model.endsWith('text-embedding-ada-002')) {
      sendInvalidRequest(
        context,
        'This model does not support specifying dimensions.',
        'dimensions',
      );
      return;
    }
    const requested = body.dimensions;
    if (
      typeof requested !== 'number' ||
      !Number.isInteger(requested) ||
      requested < 1 ||
      requested > maxDimensions
    ) {
      sendInvalidRequest(
        context,
        `Invalid 'dimensions': ${String(requested)}. Use an integer from 1 to ${maxDimensions} for ${model}.`,
        'dimensions',
      );
      return;
    }
    dimensions = requested;
  }

  const encodingFormat = body.encoding_format ?? 'float';
  if (encodingFormat !== 'float' && encodingFormat !== 'base64') {
    sendInvalidRequest(
      context,
      `Invalid 'encoding_format': '${String(encodingFormat)}'. Use 'float' or 'base64'.`,
      'encoding_format',
    );
    return;
  }

  let promptTokens = 0;
  const data = inputs.map((text, index) => {
    promptTokens += Math.max(1, Math.ceil(text.length / 4));
    const vector = createEmbeddingVector(text, dimensions);
    return {
      object: 'embedding',
      index,
      embedding: encodingFormat === 'base64' ? encodeEmbeddingBase64(vector) : vector,
    };
  });

  sendJson(context.res, 200, {
    object: 'list',
    data,
    model,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  });
}

/** Strings, or token arrays (which OpenAI also accepts; they are embedded by their JSON). */
function readInputs(input: unknown): string[] | undefined {
  if (typeof input === 'string') return input.length > 0 ? [input] : undefined;
  if (!Array.isArray(input) || input.length === 0) return undefined;
  if (input.every((item) => typeof item === 'number')) return [JSON.stringify(input)];
  const texts: string[] = [];
  for (const item of input) {
    if (typeof item === 'string' && item.length > 0) texts.push(item);
    else if (Array.isArray(item) && item.length > 0 && item.every((t) => typeof t === 'number')) {
      texts.push(JSON.stringify(item));
    } else return undefined;
  }
  return texts;
}
