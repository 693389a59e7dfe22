// Beta output event names (`OpenAI-Beta: realtime=v1`) and their GA equivalents, which the
// official parser reads.
const GA_NAMES: Record<string, string> = {
  'response.text.delta': 'response.output_text.delta',
  'response.text.done': 'response.output_text.done',
  'response.audio.delta': 'response.output_audio.delta',
  'response.audio.done': 'response.output_audio.done',
  'response.audio_transcript.delta': 'response.output_audio_transcript.delta',
  'response.audio_transcript.done': 'response.output_audio_transcript.done',
  'conversation.item.created': 'conversation.item.added',
};

/**
 * The event with a beta event name renamed to its GA name (same fields otherwise), so one parser
 * reads both protocol versions; any other event is returned unchanged.
 */
export function aliasCCAPIRealtimeBetaEvent(raw: unknown): unknown {
  if (raw == null || typeof raw !== 'object') return raw;
  const type = (raw as { type?: unknown }).type;
  const gaName = typeof type === 'string' ? GA_NAMES[type] : undefined;
  return gaName == null ? raw : { ...(raw as object), type: gaName };
}
