/**
 * The HTTP-equivalent status of a Zhipu / Z.ai business error code (GLM sends codes as strings,
 * `{"error":{"code":"1214","message":"…"}}`). Used for errors that arrive inside a 200 body or a
 * stream chunk, where there is no HTTP status to go by. Ranges from Z.ai's error-code table
 * (https://docs.z.ai/api-reference/api-code); unknown codes are treated as server errors.
 */
export function mapGLMErrorCode(code: string): number {
  const value = Number(code);
  if (!Number.isInteger(value)) return 500;
  if (value >= 400 && value < 600) return value; // plain HTTP codes (e.g. "500")
  if (value >= 1000 && value <= 1004) return 401; // authentication, token missing/invalid/expired
  if (value === 1113) return 402; // account in arrears (insufficient balance)
  if (value >= 1100 && value < 1200) return 403; // account inactive, locked or abnormal
  if (value === 1211 || value === 1221 || value === 1222) return 404; // model / API not found
  if (value === 1220) return 403; // no permission for this API
  if (value >= 1230 && value < 1240) return 500; // processing or network error upstream
  if (value >= 1200 && value < 1300) return 400; // invalid or missing parameters, prompt too long
  if (value === 1301) return 400; // content flagged as unsafe or sensitive
  if (value >= 1302 && value < 1320) return 429; // concurrency, rate, daily or plan limits
  return 500;
}
