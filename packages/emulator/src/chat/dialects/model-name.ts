/**
 * A model id's own name: its last `/` segment, trimmed and lower-cased
 * (`deepseek/DeepSeek-V4-Pro` → `deepseek-v4-pro`). Callers strip emulator suffixes first.
 */
export function modelName(modelId: string): string {
  const segments = modelId.trim().toLowerCase().split('/');
  return segments[segments.length - 1] ?? '';
}
