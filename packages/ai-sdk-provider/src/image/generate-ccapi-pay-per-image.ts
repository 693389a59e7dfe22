import type { ImageModelV4Result, SharedV4Warning } from '@ai-sdk/provider';
import {
  combineHeaders,
  convertUint8ArrayToBase64,
  createJsonResponseHandler,
  postJsonToApi,
} from '@ai-sdk/provider-utils';
import { createCCAPIFailedResponseHandler } from '../errors/create-ccapi-api-call-error';
import { downloadCCAPIFile } from '../tasks/download-ccapi-file';
import {
  type CCAPIImageBackendInput,
  type CCAPIImagesGenerationsBody,
  ccapiImagesGenerationsResponseSchema,
} from './ccapi-image-api';
import { requireCCAPIImagePrompt } from './require-ccapi-image-prompt';

/**
 * Pay-per-image `POST /v1/images/generations` (OpenAI's images body; nano banana, GPT Image,
 * Imagen, Seedream… on CCAPI). `url` results are downloaded to bytes, so the caller always gets
 * image data.
 */
export async function generateCCAPIPayPerImage(
  input: CCAPIImageBackendInput,
): Promise<ImageModelV4Result> {
  const { modelId, config, options, ccapiOptions } = input;
  const prompt = requireCCAPIImagePrompt(options.prompt, modelId, 'POST /v1/images/generations');
  const warnings: SharedV4Warning[] = [];

  if (options.seed != null) {
    warnings.push({
      type: 'unsupported',
      feature: 'seed',
      details: 'The pay-per-image route takes no seed; results are not reproducible.',
    });
  }
  if ((options.files?.length ?? 0) > 0 || options.mask != null) {
    warnings.push({
      type: 'unsupported',
      feature: options.mask != null ? 'mask' : 'files',
      details:
        "The pay-per-image generation route does not edit images; the input images were not sent. For editing use a nano banana id (Gemini-native route, providerOptions.ccapi.api: 'gemini').",
    });
  }
  const body: CCAPIImagesGenerationsBody = {
    model: modelId,
    prompt,
    n: options.n,
    ...(options.size != null ? { size: options.size } : {}),
    ...(options.aspectRatio != null ? { aspect_ratio: options.aspectRatio } : {}),
    ...(ccapiOptions.responseFormat != null
      ? { response_format: ccapiOptions.responseFormat }
      : {}),
    ...ccapiOptions.extraBody,
  };

  const { value: response, responseHeaders } = await postJsonToApi({
    url: config.url('/images/generations'),
    headers: combineHeaders(config.headers(), options.headers),
    body,
    failedResponseHandler: createCCAPIFailedResponseHandler({ modelId }),
    successfulResponseHandler: createJsonResponseHandler(ccapiImagesGenerationsResponseSchema),
    abortSignal: options.abortSignal,
    fetch: config.fetch,
  });

  const images: string[] = [];
  const imageMetadata: Array<{ revisedPrompt: string | null; url: string | null }> = [];
  for (const item of response.data ?? []) {
    if (item.b64_json != null) {
      images.push(item.b64_json);
    } else if (item.url != null) {
      const downloaded = await downloadCCAPIFile({
        url: item.url,
        config,
        modelId,
        trusted: false,
        abortSignal: options.abortSignal,
      });
      images.push(convertUint8ArrayToBase64(downloaded.data));
    } else {
      continue;
    }
    imageMetadata.push({ revisedPrompt: item.revised_prompt ?? null, url: item.url ?? null });
  }

  const usage = response.usage;
  return {
    images,
    warnings,
    providerMetadata: { ccapi: { images: imageMetadata } },
    response: { timestamp: config.currentDate(), modelId, headers: responseHeaders },
    ...(usage != null
      ? {
          usage: {
            inputTokens: usage.input_tokens ?? undefined,
            outputTokens: usage.output_tokens ?? undefined,
            totalTokens: usage.total_tokens ?? undefined,
          },
        }
      : {}),
  };
}
