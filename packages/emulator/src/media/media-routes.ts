import type { EmulatorRoute } from '../emulator-types';
import { syncMediaRoutes } from './sync-media-routes';
import { taskMediaRoutes } from './task-media-routes';

// Media routes: synchronous ones (embeddings, audio, moderation, images) and task-based ones
// (video, Kling, Jimeng, Midjourney). start-emulator.ts mounts them after chat and native routes.
export const mediaRoutes: EmulatorRoute[] = [...syncMediaRoutes, ...taskMediaRoutes];
