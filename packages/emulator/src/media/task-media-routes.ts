import type { EmulatorRoute } from '../emulator-types';

export const taskMediaRoutes: EmulatorRoute[] = [];
