import { pathToFileURL } from 'node:url';
import { createCCAPI } from '@ccapi/ai-sdk-provider';
import { startEmulator } from '@ccapi/emulator';
import { cosineSimilarity, embed, embedMany } from 'ai';

/**
 * Semantic search with CCAPI embeddings: embed a few documents in one batch, embed a query, rank
 * by cosine similarity. Live when CCAPI_API_KEY is set, otherwise on the embedded emulator
 * (whose vectors are deterministic and favour shared words).
 *
 *   pnpm --filter @example/media exec tsx --conditions=@ccapi/source src/embed-semantic-search.ts
 */
export async function main(): Promise<void> {
  const live = Boolean(process.env.CCAPI_API_KEY);
  const emulator = live ? undefined : await startEmulator();
  try {
    const ccapi = emulator
      ? createCCAPI({ baseURL: emulator.baseURL, apiKey: emulator.apiKey })
      : createCCAPI({ baseURL: process.env.CCAPI_BASE_URL });
    const model = ccapi.embeddingModel(process.env.EMBEDDING_MODEL ?? 'text-embedding-3-small');

    const documents = [
      'Our office is closed on public holidays.',
      'Refunds are issued within 14 days of a return.',
      'The support team answers emails within one business day.',
      'Shipping to Europe takes three to five days.',
    ];
    // embedMany splits large lists by the model's maxEmbeddingsPerCall and runs calls in parallel.
    const { embeddings, usage } = await embedMany({ model, values: documents, dimensions: 256 });
    const { embedding: query } = await embed({
      model,
      value: 'How many days until I get a refund?',
      dimensions: 256,
    });

    const ranked = documents
      .map((document, index) => ({
        document,
        score: cosineSimilarity(query, embeddings[index] as number[]),
      }))
      .sort((a, b) => b.score - a.score);

    console.log(
      `${live ? 'Live CCAPI' : `Emulator at ${emulator?.baseURL}`}, ${usage.tokens} tokens`,
    );
    for (const { document, score } of ranked) console.log(`${score.toFixed(3)}  ${document}`);
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
