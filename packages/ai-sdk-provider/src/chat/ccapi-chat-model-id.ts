// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
export type { CCAPIChatModelId } from '../catalog/generated/ccapi-chat-model-ids';
