/**
 * The two OpenAI Realtime protocol versions a relay can hand through. The GA protocol
 * (`gpt-realtime`, 2025-08) names output events `response.output_text.*` /
 * `response.output_audio.*`; the beta protocol (`OpenAI-Beta: realtime=v1`, the
 * `*-realtime-preview` models) names them `response.text.*` / `response.audio.*` and announces
 * items with `conversation.item.created`. new-api builds before 2026 force the beta header
 * upstream for every model; later builds only for preview models, which is what the emulator
 * does: preview model ids speak beta, the others GA.
 */
export type RealtimeDialect = 'ga' | 'beta';

export function realtimeDialectFor(model: string): RealtimeDialect {
  return model.includes('-realtime-preview') ? 'beta' : 'ga';
}

const BETA_NAMES: Record<string, string> = {
  'response.output_text.delta': 'response.text.delta',
  'response.output_text.done': 'response.text.done',
  'response.output_audio.delta': 'response.audio.delta',
  'response.output_audio.done': 'response.audio.done',
  'response.output_audio_transcript.delta': 'response.audio_transcript.delta',
  'response.output_audio_transcript.done': 'response.audio_transcript.done',
  'conversation.item.added': 'conversation.item.created',
};

/** The wire name of a (GA-named) server event in the dialect. */
export function realtimeEventName(dialect: RealtimeDialect, gaName: string): string {
  return dialect === 'beta' ? (BETA_NAMES[gaName] ?? gaName) : gaName;
}
