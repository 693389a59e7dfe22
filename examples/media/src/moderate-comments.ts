import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';

/**
 * Screens user comments with `ccapi.moderate()`: one result per comment, typed camelCase
 * categories and scores. Live when CCAPI_API_KEY is set, otherwise on the embedded emulator
 * (which flags obvious trigger words such as "kill" or "hate").
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/moderate-comments.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator();
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });

    const comments = [
      'Great article, thanks for sharing!',
      'I hate people like you.',
      'Do that again and I will kill you.',
    ];
    const moderation = await ccapi.moderate({ input: comments, model: 'omni-moderation-latest' });

    console.log(`${moderation.model} (${moderation.id}): any flagged = ${moderation.flagged}`);
    moderation.results.forEach((result, index) => {
      const flaggedCategories = Object.entries(result.categories)
        .filter(([, flagged]) => flagged === true)
        .map(([category]) => `${category} ${result.categoryScores[category]?.toFixed(2)}`);
      console.log(
        `${result.flagged ? '✗ blocked' : '✓ allowed'}  ${comments[index]}${
          flaggedCategories.length > 0 ? `  (${flaggedCategories.join(', ')})` : ''
        }`,
      );
    });
  } finally {
    await emulator?.close();
  }
}

if (process.argv[1] != null && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
