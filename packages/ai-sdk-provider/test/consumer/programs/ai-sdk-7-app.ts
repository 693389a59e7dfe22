// An app on AI SDK 7 (ai@7), as the consumer test installs it from the packed package: the main
// entry, ESM. Type-checked, then run against the emulator (CCAPI_BASE_URL / CCAPI_API_KEY).
// Prints one JSON line the test reads.
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { type CCAPIProvider, CCAPITaskFailedError, createCCAPI } from '@ccapi/ai-sdk-provider';
import {
  embed,
  generateImage,
  generateSpeech,
  generateText,
  Output,
  stepCountIs,
  streamText,
  tool,
  transcribe,
} from 'ai';
import { z } from 'zod';

const ccapi: CCAPIProvider = createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
const model: LanguageModelV4 = ccapi('deepseek-v3.2');

const weather = tool({
  description: 'Get the weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21 }),
});

const thinking = await generateText({
  model,
  prompt: 'Think about why the sky is blue',
  reasoning: 'high',
});
// The AI SDK 6 spelling keeps working after the move to AI SDK 7.
const thinkingAsOnAISDK6 = await generateText({
  model,
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
for await (const part of loop.stream) partTypes.add(part.type);

const structured = await generateText({
  model: ccapi('gpt-5'),
  prompt: 'A person',
  output: Output.object({ schema: z.object({ name: z.string(), age: z.number() }) }),
});

const { embedding } = await embed({
  model: ccapi.embeddingModel('text-embedding-3-small'),
  value: 'hello',
  dimensions: 8,
});
const { images } = await generateImage({
  model: ccapi.imageModel('gpt-image-1'),
  prompt: 'a lighthouse',
  n: 2,
});
const { audio } = await generateSpeech({
  model: ccapi.speechModel('tts-1'),
  text: 'Hello from AI SDK 7.',
  outputFormat: 'wav',
});
const transcript = await transcribe({
  model: ccapi.transcriptionModel('whisper-1'),
  audio: audio.uint8Array,
});
const failed = await generateImage({
  model: ccapi.imageModel('jimeng_t2i_v40').withSettings({ pollIntervalMs: 10 }),
  prompt: 'nope [fail]',
}).catch((error: unknown) => error);

console.log(
  JSON.stringify({
    specificationVersion: model.specificationVersion,
    thinking: {
      text: thinking.text.length > 0,
      reasoning: (thinking.reasoningText ?? '').length > 0,
    },
    thinkingAsOnAISDK6: (thinkingAsOnAISDK6.reasoningText ?? '').length > 0,
    loop: { text: await loop.text, steps: (await loop.steps).length, partTypes: [...partTypes] },
    structured: structured.output,
    embedding: embedding.length,
    images: images.map((image) => image.mediaType),
    audio: audio.mediaType,
    transcript: transcript.text,
    taskFailed: CCAPITaskFailedError.isInstance(failed),
  }),
);
