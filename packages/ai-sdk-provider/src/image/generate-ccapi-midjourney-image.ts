import {
  APICallError,
  type ImageModelV4Result,
  InvalidResponseDataError,
  type SharedV4Warning,
} from '@ai-sdk/provider';
import { convertUint8ArrayToBase64, isAbortError } from '@ai-sdk/provider-utils';
import { createCCAPIAPICallError } from '../errors/create-ccapi-api-call-error';
import { requestCCAPITask } from '../tasks/ccapi-task-api';
import { parseCCAPITaskSnapshot } from '../tasks/ccapi-task-snapshot';
import { toCCAPIUrlOrDataUrl } from '../tasks/convert-ccapi-media-file';
import { downloadCCAPIFile } from '../tasks/download-ccapi-file';
import { downloadCCAPITaskResult } from '../tasks/download-ccapi-task-result';
import {
  type CCAPIImageBackendInput,
  type CCAPIMidjourneyImagineBody,
  ccapiMidjourneySubmitSchema,
  ccapiMidjourneyTaskSchema,
} from './ccapi-image-api';
import { requireCCAPIImagePrompt } from './require-ccapi-image-prompt';
import { runCCAPIImageTask } from './run-ccapi-image-task';

/** midjourney-proxy submit codes that carry a task id: submitted, already exists, queued. */
const MIDJOURNEY_ACCEPTED_CODES = new Set(['1', '21', '22']);

/**
 * Midjourney imagine as a task: `POST {root}/mj/submit/imagine`, then
 * `GET {root}/mj/task/{id}/fetch` until `SUCCESS`. The 2×2 grid image is downloaded; its
 * upscale/variation `buttons` are in `providerMetadata.ccapi` (and per image), ready for
 * `POST /mj/submit/action` with `{ taskId, customId }`.
 *
 * `aspectRatio` and `seed` become Midjourney flags (`--ar`, `--seed`) unless the prompt already
 * has them; URL input images become image prompts, inline ones `base64Array`.
 */
export async function generateCCAPIMidjourneyImage(
  input: CCAPIImageBackendInput,
): Promise<ImageModelV4Result> {
  const { modelId, config, options } = input;
  const warnings: SharedV4Warning[] = [];

  const outcome = await runCCAPIImageTask({
    backend: input,
    submit: async () => {
      const url = config.urlFromRoot('/mj/submit/imagine');
      const body = buildImagineBody(input, warnings);
      const { rawValue, responseHeaders } = await requestCCAPITask({
        config,
        modelId,
        method: 'POST',
        url,
        body,
        headers: options.headers,
        abortSignal: options.abortSignal,
        keepEnvelope: true,
      });
      const parsed = ccapiMidjourneySubmitSchema.safeParse(rawValue);
      const code = parsed.success ? String(parsed.data.code ?? '') : '';
      const result = parsed.success ? parsed.data.result : undefined;
      if (!MIDJOURNEY_ACCEPTED_CODES.has(code)) {
        throw refusedSubmitError({ input, url, body, rawValue, responseHeaders, code });
      }
      if (result == null || String(result).length === 0) {
        throw new InvalidResponseDataError({
          data: rawValue,
          message: `Midjourney accepted the imagine request (code ${code}) but returned no task id in "result"; the task cannot be followed. Retry, and report it if it persists.`,
        });
      }
      return { taskId: String(result), snapshot: undefined };
    },
    poll: async (taskId, abortSignal) => {
      const { value, responseHeaders } = await requestCCAPITask({
        config,
        modelId,
        method: 'GET',
        url: config.urlFromRoot(`/mj/task/${encodeURIComponent(taskId)}/fetch`),
        headers: options.headers,
        abortSignal,
      });
      return { snapshot: parseCCAPITaskSnapshot(value, taskId), responseHeaders };
    },
  });

  const task = ccapiMidjourneyTaskSchema.safeParse(outcome.snapshot.raw);
  const imageUrl = task.success ? task.data.imageUrl : undefined;
  if (imageUrl == null || imageUrl.length === 0) {
    throw new InvalidResponseDataError({
      data: outcome.snapshot.raw,
      message: `Midjourney task ${outcome.taskId} succeeded without an imageUrl, so there is no image to download. Fetch GET /mj/task/${outcome.taskId}/fetch later, or report it.`,
    });
  }
  const downloaded = await downloadCCAPITaskResult(
    outcome.taskId,
    () => downloadMidjourneyImage({ input, taskId: outcome.taskId, imageUrl }),
    options.abortSignal,
  );

  const buttons = (task.success ? (task.data.buttons ?? []) : []).map((button) => ({
    customId: button.customId ?? null,
    label: button.label ?? null,
    emoji: button.emoji ?? null,
  }));
  const imageMetadata = {
    taskId: outcome.taskId,
    imageUrl,
    prompt: task.success ? (task.data.promptEn ?? null) : null,
    buttons,
  };
  return {
    images: [convertUint8ArrayToBase64(downloaded.data)],
    warnings,
    providerMetadata: {
      ccapi: {
        images: [imageMetadata],
        taskId: outcome.taskId,
        status: outcome.snapshot.status,
        rawStatus: outcome.snapshot.rawStatus ?? null,
        pollCount: outcome.pollCount,
        buttons,
      },
    },
    response: { timestamp: config.currentDate(), modelId, headers: outcome.responseHeaders },
  };
}

/**
 * Downloads the grid from its `imageUrl` (validated; the key goes only to CCAPI's origin). When
 * that fails (an expired Discord CDN link, or a host the URL check refuses), falls back to
 * CCAPI's own image proxy `GET /mj/image/{id}` on the configured origin.
 */
async function downloadMidjourneyImage(options: {
  input: CCAPIImageBackendInput;
  taskId: string;
  imageUrl: string;
}) {
  const { config, modelId, options: callOptions } = options.input;
  const common = {
    config,
    modelId,
    headers: callOptions.headers,
    abortSignal: callOptions.abortSignal,
  };
  const proxyUrl = config.urlFromRoot(`/mj/image/${encodeURIComponent(options.taskId)}`);
  try {
    return await downloadCCAPIFile({ ...common, url: options.imageUrl, trusted: false });
  } catch (error) {
    if (isAbortError(error) || callOptions.abortSignal?.aborted || options.imageUrl === proxyUrl) {
      throw error;
    }
    try {
      return await downloadCCAPIFile({ ...common, url: proxyUrl, trusted: true });
    } catch {
      throw error;
    }
  }
}

function buildImagineBody(
  input: CCAPIImageBackendInput,
  warnings: SharedV4Warning[],
): CCAPIMidjourneyImagineBody {
  const { modelId, options, ccapiOptions } = input;
  let prompt = requireCCAPIImagePrompt(options.prompt, modelId, 'Midjourney imagine');

  if (options.size != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'size',
      details: 'Midjourney takes an aspect ratio (--ar), not a pixel size; size was not sent.',
    });
  }
  if (options.mask != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'mask',
      details: 'Midjourney imagine takes no mask; it was not sent.',
    });
  }
  if (options.aspectRatio != null && !/--(ar|aspect)\b/i.test(prompt)) {
    prompt = `${prompt} --ar ${options.aspectRatio}`;
  }
  if (options.seed != null && !/--seed\b/i.test(prompt)) {
    prompt = `${prompt} --seed ${options.seed}`;
  }
  const files = options.files ?? [];
  // Midjourney reads image prompts as URLs at the start of the prompt.
  const imageUrls = files.flatMap((file) => (file.type === 'url' ? [file.url] : []));
  if (imageUrls.length > 0) prompt = `${imageUrls.join(' ')} ${prompt}`;
  const base64Array = files.flatMap((file) =>
    file.type === 'file' ? [toCCAPIUrlOrDataUrl(file)] : [],
  );

  return {
    prompt,
    botType: ccapiOptions.botType ?? (/niji/i.test(modelId) ? 'NIJI_JOURNEY' : 'MID_JOURNEY'),
    ...(base64Array.length > 0 ? { base64Array } : {}),
    ...ccapiOptions.extraBody,
  };
}

/** An HTTP-200 submit whose `code` refuses the task (24: sensitive words, 23: queue full…). */
function refusedSubmitError(options: {
  input: CCAPIImageBackendInput;
  url: string;
  body: unknown;
  rawValue: unknown;
  responseHeaders: Record<string, string> | undefined;
  code: string;
}): APICallError {
  const { input } = options;
  const base = createCCAPIAPICallError({
    url: options.url,
    requestBodyValues: options.body,
    statusCode: 200,
    responseHeaders: options.responseHeaders,
    responseBody: JSON.stringify(options.rawValue),
    modelId: input.modelId,
  });
  const hint =
    options.code === '24'
      ? ' Midjourney flagged a word in the prompt; rephrase it.'
      : options.code === '23'
        ? ' The Midjourney queue is full; retry later.'
        : '';
  return new APICallError({
    message: `Midjourney refused the imagine task (code ${options.code || 'missing'}): ${base.message}${hint}`,
    url: base.url,
    requestBodyValues: base.requestBodyValues,
    statusCode: base.statusCode,
    responseHeaders: base.responseHeaders,
    responseBody: base.responseBody,
    isRetryable: options.code === '23',
    data: base.data,
  });
}
