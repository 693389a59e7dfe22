import type { JSONSchema7 } from '@ai-sdk/provider';

/** A function the realtime model may call, declared in the session configuration. */
export type CCAPIRealtimeToolDefinition = {
  type: 'function';
  /** Unique within the session. */
  name: string;
  /** What the function does; the model reads it to decide when to call it. */
  description?: string;
  /** The JSON Schema of the function's arguments. */
  parameters: JSONSchema7;
};
