import { describe, expect, it } from 'vitest';
import { createCCAPIAPICallError } from './create-ccapi-api-call-error';

const make = (statusCode: number, body: unknown, extra: Record<string, unknown> = {}) =>
  createCCAPIAPICallError({
    url: 'https://api.ccapi.ai/v1/chat/completions',
    requestBodyValues: {},
    statusCode,
    responseBody: typeof body === 'string' ? body : JSON.stringify(body),
    modelId: 'deepseek-v3.2',
    ...extra,
  });

describe('createCCAPIAPICallError', () => {
  it('401: says the key was rejected and how to fix it; not retryable', () => {
    const error = make(401, {
      error: { message: 'Invalid token (request id: 1)', type: 'new_api_error', code: '' },
    });
    expect(error.message).toMatch(/rejected the API key/);
    expect(error.message).toMatch(/CCAPI_API_KEY/);
    expect(error.message).toContain('Invalid token');
    expect(error.isRetryable).toBe(false);
  });

  it('402 and 403 insufficient_user_quota: balance is insufficient, not retryable', () => {
    for (const error of [
      make(402, { error: { message: 'Insufficient balance', code: 'insufficient_funds' } }),
      make(403, { error: { message: '用户额度不足', code: 'insufficient_user_quota' } }),
    ]) {
      expect(error.message).toMatch(/balance is insufficient/);
      expect(error.isRetryable).toBe(false);
    }
  });

  it('503 model_not_found names the model', () => {
    const error = make(503, {
      error: { message: 'No available channel', code: 'model_not_found' },
    });
    expect(error.message).toContain("'deepseek-v3.2'");
    expect(error.isRetryable).toBe(true);
  });

  it('429 and 5xx are retryable; 400 and 404 are not', () => {
    expect(make(429, '').isRetryable).toBe(true);
    expect(make(500, '').isRetryable).toBe(true);
    expect(make(400, { error: { message: 'bad' } }).isRetryable).toBe(false);
    expect(make(404, '').isRetryable).toBe(false);
  });

  it('an HTML page says the base URL is probably wrong', () => {
    const error = make(200, '<!doctype html><html><body></body></html>');
    expect(error.message).toMatch(/base URL is probably wrong/);
  });

  it('reads Anthropic, task and MiniMax error shapes', () => {
    expect(
      make(400, {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'bad thinking' },
      }).message,
    ).toBe('bad thinking');
    expect(
      make(400, { code: 'invalid_request', message: 'invalid_action', data: null }).message,
    ).toBe('invalid_action');
    expect(
      make(400, { base_resp: { status_code: 2013, status_msg: 'invalid params' } }).message,
    ).toBe('invalid params');
  });

  it('data is a CCAPIErrorData: code, type, param, message and the request id', () => {
    const error = make(
      400,
      {
        error: {
          message: 'Invalid value for top_p (request id: 20261203)',
          type: 'invalid_request_error',
          param: 'top_p',
          code: 'invalid_value',
        },
      },
      { responseHeaders: { 'x-oneapi-request-id': '20261203' } },
    );
    expect(error.data).toEqual({
      code: 'invalid_value',
      type: 'invalid_request_error',
      param: 'top_p',
      message: 'Invalid value for top_p (request id: 20261203)',
      requestId: '20261203',
    });
  });

  it('lifts new-api codes out of Anthropic-style bodies (the /v1/messages route)', () => {
    const error = make(503, {
      type: 'error',
      error: { type: 'model_not_found', message: 'No available channel' },
    });
    expect(error.data).toMatchObject({ code: 'model_not_found' });
    expect(error.message).toContain("'deepseek-v3.2'");
  });
});
