/**
 * What an emulated realtime session holds: its settings (as the client last set them with
 * `session.update`) and the conversation items in order.
 */
export interface RealtimeTool {
  type: 'function';
  name: string;
  description?: string;
  parameters?: Record<string, unknown>;
}

export interface RealtimeSessionSettings {
  id: string;
  model: string;
  instructions: string;
  outputModalities: Array<'text' | 'audio'>;
  voice: string;
  tools: RealtimeTool[];
  toolChoice: unknown;
  /** Input transcription model, when the client turned transcription on. */
  inputTranscriptionModel: string | undefined;
  turnDetection: unknown;
}

export type RealtimeItem =
  | { id: string; type: 'message'; role: 'user' | 'assistant' | 'system'; text: string }
  | { id: string; type: 'function_call'; callId: string; name: string; arguments: string }
  | { id: string; type: 'function_call_output'; callId: string; output: string };
