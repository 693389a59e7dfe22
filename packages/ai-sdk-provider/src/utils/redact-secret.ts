/**
 * Removes an API key from text that may reach an error message, a log or metadata.
 * Upstream messages sometimes echo the token (older new-api builds print `[sk-abc***xyz]`,
 * a misconfigured proxy may print it whole).
 */
export function redactSecret(text: string, secret: string | undefined): string {
  if (secret == null || secret.length < 8) return text;
  let result = text.split(secret).join('[redacted]');
  // Also catch the key without the conventional `sk-` prefix.
  if (secret.startsWith('sk-')) result = result.split(secret.slice(3)).join('[redacted]');
  return result;
}
