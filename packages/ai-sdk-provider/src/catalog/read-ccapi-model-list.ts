import type { CCAPIModelListResponse } from './ccapi-catalog-api';
import type { CCAPICatalogModel, CCAPIModelList } from './ccapi-catalog-model';
import { parseCCAPICatalogEntry } from './parse-ccapi-catalog-entry';

/**
 * Reads every entry of a model list. Entries without an id, entries that are not objects and
 * repeated ids are reported in `skipped` (with their position and why), never thrown: one bad
 * entry must not hide every other model from a picker.
 */
export function readCCAPIModelList(body: CCAPIModelListResponse): CCAPIModelList {
  const entries = body.data ?? body.models ?? [];
  const models: CCAPICatalogModel[] = [];
  const skipped: CCAPIModelList['skipped'] = [];
  const seen = new Set<string>();
  entries.forEach((raw, index) => {
    const parsed = parseCCAPICatalogEntry(raw);
    if ('skipped' in parsed) {
      skipped.push({ index, reason: parsed.skipped, raw });
    } else if (seen.has(parsed.model.id)) {
      skipped.push({ index, reason: `it repeats the id '${parsed.model.id}'`, raw });
    } else {
      seen.add(parsed.model.id);
      models.push(parsed.model);
    }
  });
  return { models, skipped };
}
