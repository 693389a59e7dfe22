/** A complete user text message. */
export type CCAPIRealtimeTextMessage = {
  type: 'text-message';
  role: 'user';
  text: string;
};

/** A complete user audio message (not streamed). */
export type CCAPIRealtimeAudioMessage = {
  type: 'audio-message';
  role: 'user';
  /** Base64-encoded audio. */
  audio: string;
};

/** A tool result, sent back so the model can go on with its response. */
export type CCAPIRealtimeFunctionCallOutput = {
  type: 'function-call-output';
  /** The `callId` of the `function-call-arguments-done` event it answers. */
  callId: string;
  /** The function's name (some providers route the result by it). */
  name?: string;
  /** The result as a JSON string. */
  output: string;
};

/** An item the client adds to the conversation (`conversation-item-create`). */
export type CCAPIRealtimeConversationItem =
  | CCAPIRealtimeTextMessage
  | CCAPIRealtimeAudioMessage
  | CCAPIRealtimeFunctionCallOutput;
