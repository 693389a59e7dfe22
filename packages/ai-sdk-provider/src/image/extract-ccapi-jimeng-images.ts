import { asRecord } from '../utils/json-record';

/**
 * The images of a finished Jimeng task, from new-api's TaskDto (`result_url`, and Jimeng's own
 * result in `data`: `data.data.binary_data_base64` / `data.data.image_urls`) or from Jimeng's
 * native answer (`binary_data_base64`, `image_urls`). Inline base64 wins over URLs.
 */
export function extractCCAPIJimengImages(raw: unknown): { base64: string[]; urls: string[] } {
  const record = asRecord(raw);
  const data = asRecord(record?.data);
  const innerData = asRecord(data?.data);
  const base64 = [record, data, innerData].flatMap((level) => strings(level?.binary_data_base64));
  const urls = [
    ...new Set(
      [record, data, innerData]
        .flatMap((level) => strings(level?.image_urls))
        .concat(strings([record?.result_url]))
        .filter((url) => /^(https?:|data:)/i.test(url)),
    ),
  ];
  return { base64, urls };
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.length > 0)
    : [];
}
