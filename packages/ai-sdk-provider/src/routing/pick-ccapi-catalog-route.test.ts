import { describe, expect, it } from 'vitest';
import { pickCCAPICatalogRoute, routesFromCCAPIEndpointTypes } from './pick-ccapi-catalog-route';

describe('pickCCAPICatalogRoute', () => {
  it('keeps the id’s route when the catalog serves it', () => {
    expect(pickCCAPICatalogRoute(['anthropic', 'openai'], 'messages')).toBe('messages');
    expect(pickCCAPICatalogRoute(['openai'], 'completion')).toBe('completion');
    expect(pickCCAPICatalogRoute(['openai', 'openai-response'], 'chat')).toBe('chat');
  });

  it('moves a model to a route the catalog serves', () => {
    expect(pickCCAPICatalogRoute(['anthropic'], 'chat')).toBe('messages');
    expect(pickCCAPICatalogRoute(['openai-response'], 'chat')).toBe('responses');
    expect(pickCCAPICatalogRoute(['gemini'], 'chat')).toBe('gemini');
    expect(pickCCAPICatalogRoute(['openai'], 'messages')).toBe('chat');
    // Chat comes first among several.
    expect(pickCCAPICatalogRoute(['gemini', 'anthropic', 'openai'], 'responses')).toBe('chat');
  });

  it('leaves the choice to the id when the catalog names no language route', () => {
    expect(pickCCAPICatalogRoute(['embeddings'], 'chat')).toBeUndefined();
    expect(pickCCAPICatalogRoute([], 'messages')).toBeUndefined();
  });

  it('maps endpoint types to routes in preference order', () => {
    expect(
      routesFromCCAPIEndpointTypes(['gemini', 'openai-response', 'anthropic', 'openai']),
    ).toEqual(['chat', 'completion', 'messages', 'responses', 'gemini']);
    expect(routesFromCCAPIEndpointTypes(['image-generation', 'jina-rerank'])).toEqual([]);
  });
});
