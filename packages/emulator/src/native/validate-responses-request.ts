import { type ResponsesRequest, readResponsesItems } from './responses-request';

export interface ResponsesRejection {
  status: number;
  body: { error: { message: string; type: string; param: string | null; code: string | null } };
}

/**
 * OpenAI's 400s for Responses bodies, with its wording: `input` missing, and a
 * `function_call_output` whose `call_id` matches no `function_call` in the input (what a client
 * sees when it sends results without the calls, e.g. relying on stored items that do not exist).
 */
export function validateResponsesRequest(
  request: ResponsesRequest,
): ResponsesRejection | undefined {
  if (request.input == null || (Array.isArray(request.input) && request.input.length === 0)) {
    return reject("Missing required parameter: 'input'.", 'input', 'missing_required_parameter');
  }
  const items = readResponsesItems(request);
  const callIds = new Set(
    items.filter((item) => item.type === 'function_call').map((item) => item.call_id),
  );
  const orphan = items.find(
    (item) => item.type === 'function_call_output' && !callIds.has(item.call_id),
  );
  if (orphan != null) {
    return reject(
      `No tool call found for function call output with call_id ${orphan.call_id}.`,
      'input',
      null,
    );
  }
  return undefined;
}

function reject(message: string, param: string | null, code: string | null): ResponsesRejection {
  return { status: 400, body: { error: { message, type: 'invalid_request_error', param, code } } };
}
