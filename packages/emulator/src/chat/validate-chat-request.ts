import { splitModelFault } from '../faults/emulator-fault';
import { currentRequestId } from '../http/request-id';
import type { ChatDialectRejection } from './dialects/chat-dialect';

/**
 * The checks new-api makes before any channel sees the request, the same for every brand:
 * the distributor middleware needs a `model` (its errors have no `param` key), then the relay
 * needs a non-empty `messages` array (a relay error: `param: ""`, `code: "invalid_request"`).
 * Both messages end with the request id, as every gateway-made message does.
 */
export function validateChatRequest(body: unknown): ChatDialectRejection | undefined {
  const record = body != null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const model = typeof record.model === 'string' ? splitModelFault(record.model).model.trim() : '';
  if (model === '') {
    return {
      status: 400,
      body: {
        error: {
          message: `Model name not specified, model name cannot be empty (request id: ${currentRequestId()})`,
          type: 'new_api_error',
          code: '',
        },
      },
    };
  }
  if (!Array.isArray(record.messages) || record.messages.length === 0) {
    return {
      status: 400,
      body: {
        error: {
          message: `field messages is required (request id: ${currentRequestId()})`,
          type: 'new_api_error',
          param: '',
          code: 'invalid_request',
        },
      },
    };
  }
  return undefined;
}
