import type { EmulatorRoute } from '../emulator-types';

export const syncMediaRoutes: EmulatorRoute[] = [];
