import type { ServerResponse } from 'node:http';
import type { EmulatorRoute } from '../emulator-types';
import { currentRequestId } from '../http/request-id';
import { sendCCAPIError, sendGatewayError } from '../http/send-response';
import { sendModelNotFound, withoutEmulatorSuffixes } from '../models/reject-unknown-model';
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
  const model = withoutEmulatorSuffixes(
    String((body as { model?: unknown } | undefined)?.model ?? 'unknown'),
  );
  const requestId = currentRequestId();
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
      sendModelNotFound(res, route.auth, model);
      return true;
    case 'unauthorized':
      sendGatewayError(res, route.auth, 401, { message: 'Invalid token', code: '' });
      return true;
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><head><title>New API</title></head><body></body></html>');
      return true;
    default:
      return false;
  }
}
