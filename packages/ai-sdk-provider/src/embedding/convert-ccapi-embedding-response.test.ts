import { InvalidResponseDataError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  convertCCAPIEmbeddingResponse,
  decodeBase64Float32,
} from './convert-ccapi-embedding-response';

function float32Base64(values: number[]): string {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((value, index) => {
    bytes.writeFloatLE(value, index * 4);
  });
  return bytes.toString('base64');
}

describe('convertCCAPIEmbeddingResponse', () => {
  it('orders vectors by index and reads prompt tokens', () => {
    expect(
      convertCCAPIEmbeddingResponse({
        data: [
          { index: 1, embedding: [0.3, 0.4] },
          { index: 0, embedding: [0.1, 0.2] },
        ],
        usage: { prompt_tokens: 7, total_tokens: 7 },
      }),
    ).toEqual({
      embeddings: [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
      usage: { tokens: 7 },
    });
  });

  it('keeps the received order when indexes are missing and falls back to total_tokens', () => {
    expect(
      convertCCAPIEmbeddingResponse({
        data: [{ embedding: [1] }, { index: null, embedding: [2] }],
        usage: { total_tokens: 3 },
      }),
    ).toEqual({ embeddings: [[1], [2]], usage: { tokens: 3 } });
  });

  it('decodes base64 float32 vectors, mixed with float ones', () => {
    const result = convertCCAPIEmbeddingResponse({
      data: [
        { index: 0, embedding: float32Base64([0.5, -1.25, 3]) },
        { index: 1, embedding: [0.25] },
      ],
    });
    expect(result).toEqual({ embeddings: [[0.5, -1.25, 3], [0.25]], usage: undefined });
  });

  it('rejects a base64 payload that is not whole float32 values', () => {
    expect(() => decodeBase64Float32(Buffer.from([1, 2, 3]).toString('base64'))).toThrow(
      InvalidResponseDataError,
    );
  });
});
