import type { ImageModelV4Result, SharedV4Warning } from '@ai-sdk/provider';
import {
  combineHeaders,
  convertUint8ArrayToBase64,
  createJsonResponseHandler,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { toCCAPIBase64 } from '../tasks/convert-ccapi-media-file';
import { downloadCCAPIFile } from '../tasks/download-ccapi-file';
import {
  type CCAPIGeminiImageBody,
  type CCAPIImageBackendInput,
  ccapiGeminiImageResponseSchema,
} from './ccapi-image-api';
import { requireCCAPIImagePrompt } from './require-ccapi-image-prompt';

/** Finish reasons after which asking again gives the same empty answer. */
const BLOCKING_FINISH_REASONS = new Set([
  'SAFETY',
  'IMAGE_SAFETY',
  'PROHIBITED_CONTENT',
  'IMAGE_PROHIBITED_CONTENT',
  'BLOCKLIST',
  'SPII',
  'RECITATION',
]);

/**
 * nano banana through CCAPI's Gemini-native route:
 * `POST {root}/v1beta/models/{id}:generateContent` with `x-goog-api-key`, asking for
 * `responseModalities: ["TEXT","IMAGE"]` with `imageConfig {aspectRatio, imageSize}`. Input
 * images (editing) go in as `inlineData`; the answer's `inlineData` parts are the images.
 */
export async function generateCCAPIGeminiImage(
  input: CCAPIImageBackendInput,
): Promise<ImageModelV4Result> {
  const { modelId, config, options, ccapiOptions } = input;
  if ((options.files?.length ?? 0) === 0) {
    requireCCAPIImagePrompt(options.prompt, modelId, 'Gemini-native image generation');
  }
  const warnings: SharedV4Warning[] = [];

  if (options.size != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'size',
      details:
        "nano banana takes aspectRatio and providerOptions.ccapi.imageSize ('1K' | '2K' | '4K'), not pixel sizes; size was not sent.",
    });
  }
  if (options.mask != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'mask',
      details:
        'nano banana edits from the prompt and input images; it takes no mask. The mask was not sent.',
    });
  }

  const imageParts: Array<{ inlineData: { mimeType: string; data: string } }> = [];
  for (const file of options.files ?? []) {
    if (file.type === 'file') {
      imageParts.push({
        inlineData: { mimeType: file.mediaType, data: toCCAPIBase64(file) as string },
      });
    } else {
      // Gemini only reads inline bytes here, so URL inputs are fetched first (validated URL).
      const downloaded = await downloadCCAPIFile({
        url: file.url,
        config,
        modelId,
        trusted: false,
        abortSignal: options.abortSignal,
      });
      imageParts.push({
        inlineData: {
          mimeType: downloaded.mediaType?.startsWith('image/') ? downloaded.mediaType : 'image/png',
          data: convertUint8ArrayToBase64(downloaded.data),
        },
      });
    }
  }

  const imageConfig = {
    ...(options.aspectRatio != null ? { aspectRatio: options.aspectRatio } : {}),
    ...(ccapiOptions.imageSize != null ? { imageSize: ccapiOptions.imageSize } : {}),
  };
  const body: CCAPIGeminiImageBody = {
    contents: [
      {
        role: 'user',
        parts: [...(options.prompt ? [{ text: options.prompt }] : []), ...imageParts],
      },
    ],
    generationConfig: {
      responseModalities: ['TEXT', 'IMAGE'],
      ...(Object.keys(imageConfig).length > 0 ? { imageConfig } : {}),
      ...(options.seed != null ? { seed: options.seed } : {}),
    },
    ...ccapiOptions.extraBody,
  };

  const path = `/v1beta/models/${modelId.split('/').map(encodeURIComponent).join('/')}:generateContent`;
  const { value: response, responseHeaders } = await postJsonToApi({
    url: config.urlFromRoot(path),
    // The native route authenticates with x-goog-api-key, as Google's own clients do.
    headers: combineHeaders(
      withoutAuthorization(config.headers()),
      { 'x-goog-api-key': config.apiKey() },
      options.headers,
    ),
    body,
    failedResponseHandler: createCCAPIFailedResponseHandler({ modelId }),
    successfulResponseHandler: createJsonResponseHandler(ccapiGeminiImageResponseSchema),
    abortSignal: options.abortSignal,
    fetch: config.fetch,
  });

  const images: string[] = [];
  const imageMetadata: Array<{ mediaType: string }> = [];
  const texts: string[] = [];
  const candidate = response.candidates?.[0];
  for (const part of candidate?.content?.parts ?? []) {
    const inline = part.inlineData ?? part.inline_data;
    if (inline != null) {
      images.push(inline.data);
      imageMetadata.push({
        mediaType:
          part.inlineData?.mimeType ??
          part.inline_data?.mime_type ??
          part.inline_data?.mimeType ??
          'image/png',
      });
    } else if (part.fileData != null) {
      const downloaded = await downloadCCAPIFile({
        url: part.fileData.fileUri,
        config,
        modelId,
        trusted: false,
        abortSignal: options.abortSignal,
      });
      images.push(convertUint8ArrayToBase64(downloaded.data));
      imageMetadata.push({
        mediaType: part.fileData.mimeType ?? downloaded.mediaType ?? 'image/png',
      });
    } else if (part.text != null && part.thought !== true) {
      texts.push(part.text);
    }
  }

  const finishReason = candidate?.finishReason ?? null;
  const blockReason = response.promptFeedback?.blockReason ?? null;
  if (images.length === 0) {
    warnings.push({
      type: 'other',
      message: `${modelId} returned no image (finish reason ${finishReason ?? 'none'}${blockReason ? `, blocked: ${blockReason}` : ''}).${texts.length > 0 ? ` It said: ${texts.join(' ')}` : ''}`,
    });
  }

  const usage = response.usageMetadata;
  return {
    images,
    // Retrying a prompt the safety filters blocked gives the same empty answer.
    ...(images.length === 0
      ? {
          isRetryable: !(
            blockReason != null ||
            (finishReason != null && BLOCKING_FINISH_REASONS.has(finishReason))
          ),
        }
      : {}),
    warnings,
    providerMetadata: {
      ccapi: {
        images: imageMetadata,
        text: texts.length > 0 ? texts.join('\n') : null,
        finishReason,
        blockReason,
      },
    },
    response: { timestamp: config.currentDate(), modelId, headers: responseHeaders },
    ...(usage != null
      ? {
          usage: {
            inputTokens: usage.promptTokenCount ?? undefined,
            outputTokens: usage.candidatesTokenCount ?? undefined,
            totalTokens: usage.totalTokenCount ?? undefined,
          },
        }
      : {}),
  };
}

/** The config headers minus `Authorization` (in any letter case). */
function withoutAuthorization(
  headers: Record<string, string | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'),
  );
}
