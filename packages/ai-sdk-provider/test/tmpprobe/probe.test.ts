import { generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { it } from 'vitest';
import { createCCAPI } from '../../src/ccapi-provider';
import { loadFixture, startFixtureServer } from '../fixture-server';

it('probe', async () => {
  const server = await startFixtureServer();
  const dir = new URL('../../src', import.meta.url).pathname + '/brands/deepseek/__fixtures__/';
  server.respond(
    loadFixture(
      dir +
        'deepseek-reasoner_v3.2_tool-call__id-on-first-delta_args-split__usage-in-finish-chunk.chunks.jsonl',
    ),
    loadFixture(dir + 'deepseek-reasoner_v3.2_json-mode-after-tool-result__nonstream.json'),
  );
  const ccapi = createCCAPI({ baseURL: server.baseURL, apiKey: 'k' });
  const r = streamText({
    model: ccapi('deepseek-reasoner'),
    prompt: 'weather in SF?',
    tools: {
      weather: tool({
        inputSchema: jsonSchema({ type: 'object', properties: { location: { type: 'string' } } }),
        execute: async () => ({ location: 'San Francisco', condition: 'cloudy', temperature: 7 }),
      }),
    },
    stopWhen: stepCountIs(2),
    reasoning: 'high',
  });
  console.log(JSON.stringify((await r.response).messages, null, 1).slice(0, 3000));
  console.log(
    JSON.stringify(
      server.requests.map((r) => r.body),
      null,
      1,
    ).slice(0, 4000),
  );
  console.log(await r.warnings, (await r.steps)[0].warnings);
  await server.close();
});
