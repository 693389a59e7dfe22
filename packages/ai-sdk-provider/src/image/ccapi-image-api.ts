import type { ImageModelV4CallOptions, ImageModelV4Result } from '@ai-sdk/provider';
import { lazySchema, zodSchema } from '@ai-sdk/provider-utils';
import { z } from 'zod/v4';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPITaskModelSettings } from '../tasks/ccapi-task-model-settings';
import type { CCAPIImageModelOptions } from './ccapi-image-model-options';

/** What every image backend receives from `CCAPIImageModel.doGenerate`. */
export interface CCAPIImageBackendInput {
  modelId: string;
  config: CCAPIConfig;
  options: ImageModelV4CallOptions;
  ccapiOptions: CCAPIImageModelOptions;
  settings: CCAPITaskModelSettings;
}

export type CCAPIImageBackend = (input: CCAPIImageBackendInput) => Promise<ImageModelV4Result>;

/** Body of `POST /v1beta/models/{id}:generateContent` for image output. */
export interface CCAPIGeminiImageBody {
  contents: Array<{
    role: 'user';
    parts: Array<{ text: string } | { inlineData: { mimeType: string; data: string } }>;
  }>;
  generationConfig: {
    responseModalities: ['TEXT', 'IMAGE'];
    imageConfig?: { aspectRatio?: string; imageSize?: string };
    seed?: number;
  };
  [vendorField: string]: unknown;
}

// Only the fields we read; every one nullish so new fields or omissions do not break parsing.
const geminiPartSchema = z.object({
  text: z.string().nullish(),
  thought: z.boolean().nullish(),
  inlineData: z.object({ mimeType: z.string().nullish(), data: z.string() }).nullish(),
  // Some relays answer snake_case.
  inline_data: z
    .object({ mime_type: z.string().nullish(), mimeType: z.string().nullish(), data: z.string() })
    .nullish(),
  // CCAPI's `image_response_format: url` variant.
  fileData: z.object({ mimeType: z.string().nullish(), fileUri: z.string() }).nullish(),
});

export const ccapiGeminiImageResponseSchema = lazySchema(() =>
  zodSchema(
    z.object({
      candidates: z
        .array(
          z.object({
            content: z.object({ parts: z.array(geminiPartSchema).nullish() }).nullish(),
            finishReason: z.string().nullish(),
          }),
        )
        .nullish(),
      promptFeedback: z.object({ blockReason: z.string().nullish() }).nullish(),
      usageMetadata: z
        .object({
          promptTokenCount: z.number().nullish(),
          candidatesTokenCount: z.number().nullish(),
          totalTokenCount: z.number().nullish(),
        })
        .nullish(),
    }),
  ),
);

/** Body of `POST /v1/images/generations` (OpenAI's images body plus CCAPI's `aspect_ratio`). */
export interface CCAPIImagesGenerationsBody {
  model: string;
  prompt: string;
  n: number;
  size?: string;
  aspect_ratio?: string;
  response_format?: 'url' | 'b64_json';
  [vendorField: string]: unknown;
}

export const ccapiImagesGenerationsResponseSchema = lazySchema(() =>
  zodSchema(
    z.object({
      data: z
        .array(
          z.object({
            url: z.string().nullish(),
            b64_json: z.string().nullish(),
            revised_prompt: z.string().nullish(),
          }),
        )
        .nullish(),
      usage: z
        .object({
          input_tokens: z.number().nullish(),
          output_tokens: z.number().nullish(),
          total_tokens: z.number().nullish(),
        })
        .nullish(),
    }),
  ),
);

/** Body of Jimeng's `CVSync2AsyncSubmitTask` (Volcengine visual API). */
export interface CCAPIJimengSubmitBody {
  req_key: string;
  prompt: string;
  width?: number;
  height?: number;
  seed?: number;
  image_urls?: string[];
  binary_data_base64?: string[];
  [vendorField: string]: unknown;
}

/** Body of `POST /mj/submit/imagine` (midjourney-proxy). */
export interface CCAPIMidjourneyImagineBody {
  prompt: string;
  botType: 'MID_JOURNEY' | 'NIJI_JOURNEY';
  base64Array?: string[];
  [vendorField: string]: unknown;
}

/** Midjourney's submit answer: `code` 1 (submitted), 21 (exists), 22 (queued) carry the id. */
export const ccapiMidjourneySubmitSchema = z.object({
  code: z.union([z.number(), z.string()]).nullish(),
  description: z.string().nullish(),
  result: z.union([z.string(), z.number()]).nullish(),
});

/** The Midjourney task fields we read besides status and progress. */
export const ccapiMidjourneyTaskSchema = z.object({
  imageUrl: z.string().nullish(),
  promptEn: z.string().nullish(),
  buttons: z
    .array(
      z.object({
        customId: z.string().nullish(),
        label: z.string().nullish(),
        emoji: z.string().nullish(),
      }),
    )
    .nullish(),
});
