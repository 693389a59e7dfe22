import type { EmulatorRoute } from '../emulator-types';

// Routes of this area; start-emulator.ts mounts them in order.
export const mediaRoutes: EmulatorRoute[] = [];
