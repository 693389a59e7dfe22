// The app every loader test runs, in plain JavaScript so each consumer runs it as written. It
// gets the packages from its entry (`esm-app.js` imports them, `cjs/app.js` requires them, the
// bundles inline them), so the same calls prove each way of loading. It starts the emulator from
// the installed `@ccapi/emulator` tarball and returns what the test asserts.

/**
 * @param {{ createCCAPI: Function, startEmulator: Function, ai: Record<string, Function>, z: any }} modules
 */
export async function runChatAndMedia({ createCCAPI, startEmulator, ai, z }) {
  // Tasks take 200 ms and are polled every 10 ms (the provider's minimum), so the video call
  // polls several times however busy the machine is.
  const emulator = await startEmulator({ taskDurationMs: 200 });
  try {
    const ccapi = createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey });
    const model = ccapi('deepseek-v3.2');

    const chat = await ai.generateText({ model, prompt: 'Say hello' });

    const weather = ai.tool({
      description: 'Get the weather for a city',
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }) => ({ city, temperature: 21 }),
    });
    const loop = ai.streamText({
      model,
      prompt: 'What is the weather in Paris? Use get_weather.',
      tools: { get_weather: weather },
      stopWhen: ai.stepCountIs(3),
    });
    const toolResults = [];
    for await (const part of loop.stream) {
      if (part.type === 'tool-result') toolResults.push(part.output);
    }

    const { embedding } = await ai.embed({
      model: ccapi.embeddingModel('text-embedding-3-small'),
      value: 'hello',
      dimensions: 8,
    });

    const { image } = await ai.generateImage({
      model: ccapi.imageModel('gpt-image-1'),
      prompt: 'a lighthouse',
    });

    const { video, providerMetadata } = await ai.experimental_generateVideo({
      model: ccapi.videoModel('bytedance/seedance-2.0').withSettings({ pollIntervalMs: 10 }),
      prompt: 'a paper boat on a river',
      providerOptions: { ccapi: { maxPollIntervalMs: 10 } },
    });
    const { taskId, pollCount } = providerMetadata.ccapi;
    const statusRequests = emulator.requests.filter(
      (request) => request.method === 'GET' && request.path === `/v1/video/generations/${taskId}`,
    ).length;

    return {
      node: process.version,
      chat: { text: chat.text, finishReason: chat.finishReason },
      loop: { text: await loop.text, steps: (await loop.steps).length, toolResults },
      embedding: { length: embedding.length, numbers: embedding.every(Number.isFinite) },
      image: { mediaType: image.mediaType, bytes: image.uint8Array.length },
      video: {
        mediaType: video.mediaType,
        bytes: video.uint8Array.length,
        pollCount,
        statusRequests,
      },
    };
  } finally {
    await emulator.close();
  }
}
