import type { EmulatorContext, EmulatorRoute } from '../emulator-types';
import { applyOneShotFault } from '../faults/apply-one-shot-fault';
import { currentRequestId } from '../http/request-id';
import { sendCCAPIError, sendJson } from '../http/send-response';
import { readEmulatorBody, readModel } from './read-emulator-body';
import { scoreRerankDocument } from './rerank-scores';

/**
 * `POST /v1/rerank` in the Jina/Cohere shape new-api relays (2026-12-03-wire-rules.md#reranking):
 * `results[]` sorted by a deterministic word-overlap score, `top_n`, `return_documents` (Jina's
 * default: on), `usage` at roughly four characters per token. Bad bodies get new-api's answers:
 * `query is empty`, `documents is empty` (400 `invalid_request`).
 */
export const rerankRoutes: EmulatorRoute[] = [
  { method: 'POST', path: '/v1/rerank', auth: 'bearer', handle: handleRerank },
];

async function handleRerank(context: EmulatorContext): Promise<void> {
  if (await applyOneShotFault(context)) return;
  if (context.request.body == null || typeof context.request.body !== 'object') {
    invalid(context, 'The request body must be JSON: {"model","query","documents"}.');
    return;
  }
  const body = readEmulatorBody(context.request.body);
  const model = readModel(body.model);
  if (model == null) {
    invalid(context, 'Model name not specified, model name cannot be empty');
    return;
  }
  if (typeof body.query !== 'string' || body.query.length === 0) {
    invalid(context, 'query is empty');
    return;
  }
  if (!Array.isArray(body.documents) || body.documents.length === 0) {
    invalid(context, 'documents is empty');
    return;
  }
  const texts = body.documents.map(documentText);
  const badIndex = texts.findIndex((text) => text == null);
  if (badIndex !== -1) {
    invalid(context, `documents[${badIndex}] must be a string or an object with a text field.`);
    return;
  }
  const topN = body.top_n;
  if (topN != null && (typeof topN !== 'number' || !Number.isInteger(topN) || topN < 0)) {
    invalid(context, `Invalid 'top_n': ${JSON.stringify(topN)}. Use a positive integer.`);
    return;
  }
  const returnDocuments = body.return_documents !== false;
  const query = body.query;

  const ranked = (texts as string[])
    .map((text, index) => ({ index, relevance_score: scoreRerankDocument(query, text) }))
    .sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index);
  // new-api (like Jina) treats a missing or zero top_n as "all".
  const limited = topN != null && topN > 0 ? ranked.slice(0, topN) : ranked;

  const tokens = (texts as string[]).reduce(
    (sum, text) => sum + Math.max(1, Math.ceil((query.length + text.length) / 4)),
    0,
  );
  sendJson(context.res, 200, {
    model,
    results: limited.map((item) => ({
      ...item,
      ...(returnDocuments && { document: { text: texts[item.index] } }),
    })),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

/** Jina accepts strings and `{text}` objects; anything else is read as its JSON text. */
function documentText(document: unknown): string | undefined {
  if (typeof document === 'string') return document;
  if (document != null && typeof document === 'object' && !Array.isArray(document)) {
    const text = (document as { text?: unknown }).text;
    return typeof text === 'string' ? text : JSON.stringify(document);
  }
  return undefined;
}

function invalid(context: EmulatorContext, message: string): void {
  sendCCAPIError(context.res, 400, {
    message: `${message} (request id: ${currentRequestId()})`,
    code: 'invalid_request',
  });
}
