import type { EmulatorRoute } from '../emulator-types';
import { chatCompletionsRoute } from './chat-completions-route';

// Routes of this area; start-emulator.ts mounts them in order.
export const chatRoutes: EmulatorRoute[] = [chatCompletionsRoute];
