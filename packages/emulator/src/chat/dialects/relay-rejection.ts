import { currentRequestId } from '../../http/request-id';
import type { ChatDialectRejection } from './chat-dialect';

/**
 * A rejected request as new-api relays it: the OpenAI error envelope, with the relay's
 * `(request id: …)` appended to the message. Brands differ only in `type`, `param` and `code`.
 */
export function relayRejection(
  message: string,
  error: { status?: number; type: string; param?: string | null; code: string | number | null },
): ChatDialectRejection {
  return {
    status: error.status ?? 400,
    body: {
      error: {
        message: `${message} (request id: ${currentRequestId()})`,
        type: error.type,
        param: error.param === undefined ? '' : error.param,
        code: error.code,
      },
    },
  };
}
