import type { ServerResponse } from 'node:http';
import type { EmulatorRoute } from '../emulator-types';
import { nextRequestId, sendCCAPIError } from '../http/send-response';
import type { EmulatorFault } from './emulator-fault';

/**
 * Answers the faults that replace the whole response (status errors, HTML). Returns false for
 * stream faults, which the route itself plays out.
 */
export function applyStatusFault(
  res: ServerResponse,
  fault: EmulatorFault,
  route: EmulatorRoute,
  body: unknown,
): boolean {
  const model = String((body as { model?: unknown } | undefined)?.model ?? 'unknown').split('~')[0];
  const requestId = nextRequestId();
  switch (fault) {
    case 'rate-limit':
      sendCCAPIError(
        res,
        429,
        {
          message: `Rate limit reached for requests (request id: ${requestId})`,
          type: 'rate_limit_error',
          code: 'rate_limit_exceeded',
        },
        { 'retry-after': '1' },
      );
      return true;
    case 'server-error':
      sendCCAPIError(res, 500, {
        message: `upstream error: do request failed (request id: ${requestId})`,
        type: 'upstream_error',
        code: 'do_request_failed',
      });
      return true;
    case 'insufficient-balance':
      sendCCAPIError(res, 402, {
        message: 'Insufficient balance',
        type: 'billing_error',
        code: 'insufficient_funds',
      });
      return true;
    case 'insufficient-quota':
      sendCCAPIError(res, 403, {
        message: `用户额度不足, 剩余额度: ＄0.000000 (request id: ${requestId})`,
        code: 'insufficient_user_quota',
      });
      return true;
    case 'model-not-found':
      sendCCAPIError(res, 503, {
        message: `No available channel for model ${model} under group default (distributor) (request id: ${requestId})`,
        code: 'model_not_found',
      });
      return true;
    case 'unauthorized':
      sendCCAPIError(res, 401, { message: `Invalid token (request id: ${requestId})` });
      return true;
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><head><title>New API</title></head><body></body></html>');
      return true;
    default:
      void route;
      return false;
  }
}
