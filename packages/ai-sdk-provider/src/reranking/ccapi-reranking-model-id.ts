// Generated from the catalog snapshot (docs/models-and-routing.md#generated-model-ids).
export type { CCAPIRerankingModelId } from '../catalog/generated/ccapi-reranking-model-ids';
