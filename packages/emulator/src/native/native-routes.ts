import type { EmulatorRoute } from '../emulator-types';
import { completionsRoute } from './completions-route';
import { geminiRoute } from './gemini-route';
import { messagesRoute } from './messages-route';
import { responsesRoute } from './responses-route';

// CCAPI's native wires: Anthropic Messages, Gemini generateContent, OpenAI Responses and legacy
// completions. start-emulator.ts mounts them after the chat routes.
export const nativeRoutes: EmulatorRoute[] = [
  messagesRoute,
  geminiRoute,
  responsesRoute,
  completionsRoute,
];
