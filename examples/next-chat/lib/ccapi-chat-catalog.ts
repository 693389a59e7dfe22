// Server-side only: the provider holds the key.
import { type CCAPIProvider, createCCAPI } from '@ccapi/ai-sdk-provider';
import type { CCAPIConnection } from './ccapi-connection';
import { FALLBACK_CHAT_MODELS, type PickerModelList, toPickerModel } from './chat-models';
import { describeChatError } from './describe-chat-error';

// One provider per key and base URL, kept across requests: it keeps the catalog it read (for
// 5 minutes) and the catalog's prices, which give every answer its cost estimate.
const providers = new Map<string, CCAPIProvider>();

export function providerFor(connection: CCAPIConnection): CCAPIProvider {
  const key = `${connection.baseURL}\n${connection.apiKey ?? ''}`;
  let provider = providers.get(key);
  if (provider == null) {
    provider = createCCAPI({ apiKey: connection.apiKey, baseURL: connection.baseURL });
    providers.set(key, provider);
  }
  return provider;
}

/**
 * The chat models of CCAPI's catalog for the picker. When the catalog cannot be read, the
 * fallback list keeps the page usable; the chat then shows the real error on the first message.
 */
export async function listPickerModels(connection: CCAPIConnection): Promise<PickerModelList> {
  try {
    const { models } = await providerFor(connection).models.list({ type: 'chat' });
    if (models.length > 0) return { models: models.map(toPickerModel), source: 'catalog' };
  } catch (error) {
    console.error(`[next-chat] model catalog: ${describeChatError(error, [connection.apiKey])}`);
  }
  return { models: [...FALLBACK_CHAT_MODELS], source: 'fallback' };
}
