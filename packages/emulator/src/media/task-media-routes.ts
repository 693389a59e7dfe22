import type { EmulatorRoute } from '../emulator-types';
import { emulatorMediaFileRoutes } from './emulator-media-files';
import { imageGenerationRoutes } from './image-generation-routes';
import { jimengImageRoutes } from './jimeng-image-routes';
import { klingVideoRoutes } from './kling-video-routes';
import { midjourneyRoutes } from './midjourney-routes';
import { musicRoutes } from './music-routes';
import { videoGenerationRoutes } from './video-generation-routes';

/**
 * Task-based media routes (video, Kling, Jimeng, Midjourney, Suno/Producer music), the pay-per-image route, and the
 * unauthenticated file host their result URLs point at. Task lifecycles take
 * `taskDurationMs` (default 30 ms); prompt markers script failures (see emulator-task-store.ts:
 * `[fail]`, `[slow]`, `[flaky]`, `[banned]`, `[expired-url]`).
 */
export const taskMediaRoutes: EmulatorRoute[] = [
  ...videoGenerationRoutes,
  ...klingVideoRoutes,
  ...jimengImageRoutes,
  ...midjourneyRoutes,
  ...musicRoutes,
  ...imageGenerationRoutes,
  ...emulatorMediaFileRoutes,
];
