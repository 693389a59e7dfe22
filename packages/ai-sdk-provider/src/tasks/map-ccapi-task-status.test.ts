import { describe, expect, it } from 'vitest';
import { mapCCAPITaskStatus } from './map-ccapi-task-status';

describe('mapCCAPITaskStatus', () => {
  it.each([
    // OpenAI video object
    ['queued', 'queued'],
    ['in_progress', 'running'],
    ['completed', 'succeeded'],
    ['failed', 'failed'],
    ['unknown', 'unknown'],
    // new-api TaskDto
    ['NOT_START', 'queued'],
    ['SUBMITTED', 'queued'],
    ['QUEUED', 'queued'],
    ['IN_PROGRESS', 'running'],
    ['SUCCESS', 'succeeded'],
    ['FAILURE', 'failed'],
    ['UNKNOWN', 'unknown'],
    // Kling native
    ['submitted', 'queued'],
    ['processing', 'running'],
    ['succeed', 'succeeded'],
    // Midjourney
    ['MODAL', 'running'],
    ['CANCEL', 'failed'],
    ['', 'unknown'],
    // Gemini / Vertex live poll
    ['succeeded', 'succeeded'],
    // Jimeng (Volcengine)
    ['in_queue', 'queued'],
    ['generating', 'running'],
    ['done', 'succeeded'],
    ['expired', 'failed'],
    ['not_found', 'failed'],
    // CCAPI's older camelCase docs
    ['PENDING', 'queued'],
  ])('maps %j to %s', (raw, expected) => {
    expect(mapCCAPITaskStatus(raw)).toBe(expected);
  });

  it('ignores case and surrounding spaces', () => {
    expect(mapCCAPITaskStatus('  Success ')).toBe('succeeded');
    expect(mapCCAPITaskStatus('In_Progress')).toBe('running');
  });

  it('keeps polling on words no vocabulary knows, and on a missing status', () => {
    expect(mapCCAPITaskStatus('WARMING_UP')).toBe('unknown');
    expect(mapCCAPITaskStatus(undefined)).toBe('unknown');
    expect(mapCCAPITaskStatus(null)).toBe('unknown');
  });
});
