// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
export type { CCAPIRealtimeModelId } from '../catalog/generated/ccapi-realtime-model-ids';
