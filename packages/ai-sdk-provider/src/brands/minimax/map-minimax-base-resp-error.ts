import type { CCAPIInBandError } from '../../errors/read-ccapi-error';

/**
 * MiniMax reports many failures as HTTP 200 with `base_resp.status_code != 0` (and `choices`
 * null), on whole bodies and as a lone stream chunk; CCAPI's relay passes both through
 * (2026-12-03-wire-rules.md#minimax, 2026-12-03-wire-rules.md#deepseek-minimax-and-glm-channels). Each code gets the HTTP status it means, so
 * `APICallError.isRetryable` and the error message come out right:
 * 1002/1039/1041/2045/2056 limits → 429 (retryable); 1004/2049 auth → 401; 1008 balance → 402;
 * 1026/1027 sensitive input/output → 400 content policy; 1042/2013 invalid input → 400;
 * 2061 model not in the plan → 403; 1001 timeout → 408; 1000/1013 → 500; unknown → 502.
 * Codes from MiniMax's error-code table as mapped by GoModel's `status_error.go`.
 */
const STATUS_BY_CODE: Record<number, { status: number; label: string }> = {
  1000: { status: 500, label: 'unknown upstream error' },
  1001: { status: 408, label: 'upstream timeout' },
  1002: { status: 429, label: 'rate limit' },
  1004: { status: 401, label: 'authentication failed' },
  1008: { status: 402, label: 'insufficient balance' },
  1013: { status: 500, label: 'internal upstream error' },
  1026: { status: 400, label: 'content policy: sensitive input' },
  1027: { status: 400, label: 'content policy: sensitive output' },
  1039: { status: 429, label: 'token rate limit' },
  1041: { status: 429, label: 'connection limit' },
  1042: { status: 400, label: 'invalid input: too many invisible characters' },
  2013: { status: 400, label: 'invalid parameters' },
  2045: { status: 429, label: 'rate growth limit' },
  2049: { status: 401, label: 'invalid API key' },
  2056: { status: 429, label: 'usage limit' },
  2061: { status: 403, label: 'model not included in the plan' },
};

/** The error a `base_resp` carries, or undefined when there is none (status 0 or absent). */
export function mapMiniMaxBaseRespError(
  value: Record<string, unknown>,
): CCAPIInBandError | undefined {
  const baseResp = value.base_resp;
  if (baseResp == null || typeof baseResp !== 'object' || Array.isArray(baseResp)) return undefined;
  const record = baseResp as Record<string, unknown>;
  const raw = record.status_code;
  const code = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(code) || code === 0) return undefined;

  const known = STATUS_BY_CODE[code];
  const statusMessage = typeof record.status_msg === 'string' ? record.status_msg.trim() : '';
  const label = known?.label ?? 'upstream error';
  return {
    statusCode: known?.status ?? 502,
    code: String(code),
    message: `MiniMax ${label} (base_resp ${code})${statusMessage.length > 0 ? `: ${statusMessage}` : ''}`,
  };
}
