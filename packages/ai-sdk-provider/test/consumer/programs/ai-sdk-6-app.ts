// An app on AI SDK 6 (ai@6, @ai-sdk/provider@3), as the consumer test installs it from the packed
// package. Type-checked with the app's own ai@6 types, then run against the emulator
// (CCAPI_BASE_URL / CCAPI_API_KEY). Prints one JSON line the test reads.
import type {
  EmbeddingModelV3,
  Experimental_VideoModelV3,
  ImageModelV3,
  LanguageModelV3,
  RerankingModelV3,
  SpeechModelV3,
  TranscriptionModelV3,
} from '@ai-sdk/provider';
import {
  type CCAPIProvider as AISDK7Provider,
  createCCAPI as createCCAPIForAISDK7,
} from '@ccapi/ai-sdk-provider';
import {
  type CCAPIProvider,
  CCAPITaskFailedError,
  createCCAPI,
  generateMusic,
} from '@ccapi/ai-sdk-provider/ai-sdk-6';
import {
  embed,
  experimental_generateImage,
  experimental_generateSpeech,
  experimental_transcribe,
  generateText,
  Output,
  rerank,
  stepCountIs,
  streamText,
  tool,
} from 'ai';
import { z } from 'zod';

const ccapi: CCAPIProvider = createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });

// The models are the app's own V3 types.
const models: [
  LanguageModelV3,
  EmbeddingModelV3,
  ImageModelV3,
  SpeechModelV3,
  TranscriptionModelV3,
  Experimental_VideoModelV3,
  RerankingModelV3,
] = [
  ccapi('deepseek-v3.2'),
  ccapi.embeddingModel('text-embedding-3-small'),
  ccapi.imageModel('gpt-image-1'),
  ccapi.speechModel('tts-1'),
  ccapi.transcriptionModel('whisper-1'),
  ccapi.videoModel('kling-v2-1'),
  ccapi.rerankingModel('rerank-v3.5'),
];
// @ts-expect-error The main entry's models are AI SDK 7 (V4) models, which AI SDK 6 rejects.
const notForAISDK6: LanguageModelV3 = createCCAPIForAISDK7({ apiKey: 'unused' })('gpt-5');
// @ts-expect-error And the other way round: these types are real, not `any`.
const notForAISDK7: AISDK7Provider = ccapi;

const weather = tool({
  description: 'Get the weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});

const thinking = await generateText({
  model: ccapi('deepseek-v3.2'),
  prompt: 'Think about why the sky is blue',
  providerOptions: { ccapi: { reasoning: 'high' } },
});

const loop = streamText({
  model: ccapi('glm-5'),
  prompt: 'What is the weather in Paris? Use get_weather.',
  tools: { get_weather: weather },
  stopWhen: stepCountIs(3),
});
const partTypes = new Set<string>();
for await (const part of loop.fullStream) partTypes.add(part.type);

const structured = await generateText({
  model: ccapi('gpt-5'),
  prompt: 'A person',
  output: Output.object({ schema: z.object({ name: z.string(), age: z.number() }) }),
});

const { embedding } = await embed({
  model: ccapi.embeddingModel('text-embedding-3-small'),
  value: 'hello',
  providerOptions: { ccapi: { dimensions: 8 } },
});
const { images } = await experimental_generateImage({
  model: ccapi.imageModel('gpt-image-1'),
  prompt: 'a lighthouse',
  n: 2,
});
const { audio } = await experimental_generateSpeech({
  model: ccapi.speechModel('tts-1'),
  text: 'Hello from AI SDK 6.',
  outputFormat: 'wav',
});
const transcript = await experimental_transcribe({
  model: ccapi.transcriptionModel('whisper-1'),
  audio: audio.uint8Array,
});
const failed = await experimental_generateImage({
  model: ccapi.imageModel('jimeng_t2i_v40').withSettings({ pollIntervalMs: 10 }),
  prompt: 'nope [fail]',
}).catch((error: unknown) => error);

const reranked = await rerank({
  model: ccapi.rerankingModel('rerank-v3.5'),
  documents: ['quarterly tax filing deadlines', 'a sunny beach'],
  query: 'sunny beach',
});

// CCAPI's own features are the same on AI SDK 6: the catalog and music.
const { models: catalog } = await ccapi.models.list();
const song = await generateMusic({
  model: ccapi.musicModel('suno'),
  prompt: 'rain on a tin roof',
  poll: { pollIntervalMs: 10, maxPollIntervalMs: 10 },
});

console.log(
  JSON.stringify({
    specificationVersions: models.map((model) => model.specificationVersion),
    rejectedV4: notForAISDK6.specificationVersion,
    rejectedV3: notForAISDK7.specificationVersion,
    thinking: {
      text: thinking.text.length > 0,
      reasoning: (thinking.reasoningText ?? '').length > 0,
    },
    loop: { text: await loop.text, steps: (await loop.steps).length, partTypes: [...partTypes] },
    structured: structured.output,
    embedding: embedding.length,
    images: images.map((image) => image.mediaType),
    audio: audio.mediaType,
    transcript: transcript.text,
    taskFailed: CCAPITaskFailedError.isInstance(failed),
    reranked: reranked.rerankedDocuments[0],
    catalogListsDeepSeek: catalog.some((model) => model.id === 'deepseek-v3.2'),
    musicTracks: song.tracks.length,
  }),
);
