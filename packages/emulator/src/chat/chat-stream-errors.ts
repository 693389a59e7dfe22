import { currentRequestId } from '../http/request-id';

/**
 * The error frame an OpenAI pass-through channel forwards mid-stream as an ordinary
 * `data: {"error":…}` frame (2026-12-03-wire-rules.md#errors-and-stream-endings, 2026-12-03-wire-rules.md#openai).
 */
export function upstreamStreamError() {
  return {
    error: {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: 'server_error',
    },
  };
}

/**
 * What new-api appends when a Claude/Gemini upstream fails mid-stream: `c.JSON` after the SSE
 * headers, i.e. this object as bare JSON with no `data:` prefix and no newline (§1d).
 */
export function relayOverloadedError() {
  return {
    error: {
      message: `Overloaded (request id: ${currentRequestId()})`,
      type: 'overloaded_error',
      param: '',
      code: 'overloaded_error',
    },
  };
}
