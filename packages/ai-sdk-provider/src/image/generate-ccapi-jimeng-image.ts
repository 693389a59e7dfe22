import type { ImageModelV4Result, SharedV4Warning } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { requestCCAPITask } from '../tasks/ccapi-task-api';
import { parseCCAPITaskSnapshot } from '../tasks/ccapi-task-snapshot';
import { toCCAPIBase64 } from '../tasks/convert-ccapi-media-file';
import { downloadCCAPIFile } from '../tasks/download-ccapi-file';
import { downloadCCAPITaskResult } from '../tasks/download-ccapi-task-result';
import { readCCAPISubmittedTaskId } from '../tasks/read-ccapi-submitted-task-id';
import type { CCAPIImageBackendInput, CCAPIJimengSubmitBody } from './ccapi-image-api';
import { extractCCAPIJimengImages } from './extract-ccapi-jimeng-images';
import { requireCCAPIImagePrompt } from './require-ccapi-image-prompt';
import { runCCAPIImageTask } from './run-ccapi-image-task';

/** Volcengine's success code, used by Jimeng's native answers. */
const VOLCENGINE_SUCCESS_CODE = 10000;
/** Jimeng's recommended pixel area (1328×1328) for sizes derived from an aspect ratio. */
const JIMENG_AREA = 1328 * 1328;

/**
 * Jimeng image generation, a task:
 * `POST {root}/jimeng/?Action=CVSync2AsyncSubmitTask&Version=2022-08-31` with the model id as
 * `req_key`, then `Action=CVSync2AsyncGetResult` with `{req_key, task_id}` until done. Inline
 * base64 results are used as they are; URL results are downloaded.
 */
export async function generateCCAPIJimengImage(
  input: CCAPIImageBackendInput,
): Promise<ImageModelV4Result> {
  const { modelId, config, options, ccapiOptions } = input;
  const warnings: SharedV4Warning[] = [];

  const submitUrl = config.urlFromRoot('/jimeng/?Action=CVSync2AsyncSubmitTask&Version=2022-08-31');
  const resultUrl = config.urlFromRoot('/jimeng/?Action=CVSync2AsyncGetResult&Version=2022-08-31');
  const common = {
    config,
    modelId,
    method: 'POST' as const,
    headers: options.headers,
    successCodes: [VOLCENGINE_SUCCESS_CODE],
  };

  const outcome = await runCCAPIImageTask({
    backend: input,
    submit: async () => {
      const prompt = requireCCAPIImagePrompt(options.prompt, modelId, 'Jimeng image generation');
      const size = resolveJimengSize(options, warnings);
      if (options.mask != null) {
        warnings.push({
          type: 'unsupported',
          feature: 'mask',
          details: 'Jimeng image generation takes no mask; it was not sent.',
        });
      }
      const files = options.files ?? [];
      const imageUrls = files.flatMap((file) => (file.type === 'url' ? [file.url] : []));
      const base64Images = files.flatMap((file) =>
        file.type === 'file' ? [toCCAPIBase64(file) as string] : [],
      );
      const body: CCAPIJimengSubmitBody = {
        req_key: modelId,
        prompt,
        ...size,
        ...(options.seed != null ? { seed: options.seed } : {}),
        ...(imageUrls.length > 0 ? { image_urls: imageUrls } : {}),
        ...(base64Images.length > 0 ? { binary_data_base64: base64Images } : {}),
        ...ccapiOptions.extraBody,
      };
      const { value } = await requestCCAPITask({
        ...common,
        url: submitUrl,
        body,
        abortSignal: options.abortSignal,
      });
      const taskId = readCCAPISubmittedTaskId(value, 'Jimeng CVSync2AsyncSubmitTask');
      return { taskId, snapshot: parseCCAPITaskSnapshot(value, taskId) };
    },
    poll: async (taskId, abortSignal) => {
      const { value, responseHeaders } = await requestCCAPITask({
        ...common,
        url: resultUrl,
        body: { req_key: modelId, task_id: taskId },
        abortSignal,
      });
      return { snapshot: parseCCAPITaskSnapshot(value, taskId), responseHeaders };
    },
  });

  const found = extractCCAPIJimengImages(outcome.snapshot.raw);
  const images = [...found.base64];
  if (images.length === 0) {
    await downloadCCAPITaskResult(
      outcome.taskId,
      async () => {
        for (const url of found.urls) {
          const downloaded = await downloadCCAPIFile({
            url,
            config,
            modelId,
            trusted: false,
            headers: options.headers,
            abortSignal: options.abortSignal,
          });
          images.push(convertUint8ArrayToBase64(downloaded.data));
        }
      },
      options.abortSignal,
    );
  }

  const perImage = images.map((_, index) => ({
    taskId: outcome.taskId,
    url: found.base64.length > 0 ? null : (found.urls[index] ?? null),
  }));
  return {
    images,
    warnings,
    providerMetadata: {
      ccapi: {
        images: perImage,
        taskId: outcome.taskId,
        status: outcome.snapshot.status,
        rawStatus: outcome.snapshot.rawStatus ?? null,
        pollCount: outcome.pollCount,
      },
    },
    response: {
      timestamp: config.currentDate(),
      modelId,
      headers: outcome.responseHeaders,
    },
  };
}

/**
 * Jimeng takes `width`/`height`. `size` maps directly; an aspect ratio alone becomes the
 * recommended ~1328² area at that ratio (a compatibility warning says which size was sent).
 */
function resolveJimengSize(
  options: CCAPIImageBackendInput['options'],
  warnings: SharedV4Warning[],
): { width?: number; height?: number } {
  if (options.size != null) {
    const [width, height] = options.size.split('x').map(Number);
    if (options.aspectRatio != null) {
      warnings.push({
        type: 'unsupported',
        feature: 'aspectRatio',
        details: 'Jimeng takes a pixel size; size was used and aspectRatio ignored.',
      });
    }
    return { width, height };
  }
  if (options.aspectRatio == null) return {};
  const [ratioWidth, ratioHeight] = options.aspectRatio.split(':').map(Number);
  const ratio = (ratioWidth ?? 1) / (ratioHeight ?? 1);
  const roundTo8 = (value: number) => Math.max(8, Math.round(value / 8) * 8);
  const width = roundTo8(Math.sqrt(JIMENG_AREA * ratio));
  const height = roundTo8(Math.sqrt(JIMENG_AREA / ratio));
  warnings.push({
    type: 'compatibility',
    feature: 'aspectRatio',
    details: `Jimeng takes a pixel size; aspect ratio ${options.aspectRatio} was sent as ${width}x${height}.`,
  });
  return { width, height };
}
