import { isRecord } from '../utils/json-record';

/**
 * What we can learn from any error body CCAPI (new-api) or an upstream brand sends:
 * - OpenAI / new-api relay: `{"error":{"message","type","param","code"}}` (code string or number)
 * - Anthropic route: `{"type":"error","error":{"type","message"}}`
 * - task routes: `{"code":"<not success>","message":"...","data":null}`
 * - Midjourney: `{"code":4,"description":"..."}`
 * - MiniMax HTTP-200 errors: `{"base_resp":{"status_code":1008,"status_msg":"..."}}`
 * - plain text, an empty body, or an HTML page (a wrong base URL).
 */
export interface CCAPIErrorDetails {
  message?: string;
  code?: string;
  type?: string;
  param?: string;
  /** True when the body is an HTML page: almost always a wrong base URL. */
  isHtml: boolean;
}

export function extractCCAPIErrorDetails(body: string | undefined): CCAPIErrorDetails {
  const text = body?.trim() ?? '';
  if (text.length === 0) return { isHtml: false };
  if (/^<!doctype html|^<html[\s>]/i.test(text)) return { isHtml: true };

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { message: text.length > 500 ? `${text.slice(0, 500)}…` : text, isHtml: false };
  }
  return { ...extractFromValue(parsed), isHtml: false };
}

export function extractFromValue(value: unknown): Omit<CCAPIErrorDetails, 'isHtml'> {
  if (!isRecord(value)) return {};
  const error = value.error;
  if (isRecord(error)) {
    return {
      message: asString(error.message) ?? asString(error.msg),
      code: asCode(error.code),
      type: asString(error.type),
      param: asString(error.param),
    };
  }
  if (typeof error === 'string') return { message: error };

  const baseResp = value.base_resp;
  if (
    isRecord(baseResp) &&
    typeof baseResp.status_code === 'number' &&
    baseResp.status_code !== 0
  ) {
    return { message: asString(baseResp.status_msg), code: String(baseResp.status_code) };
  }

  return {
    message: asString(value.message) ?? asString(value.msg) ?? asString(value.description),
    code: asCode(value.code),
    type: asString(value.type),
  };
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function asCode(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return asString(value);
}
