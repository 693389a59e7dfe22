import { describe, expect, it } from 'vitest';
import { SSEEventSplitter } from './sse-event-splitter';

function split(...pieces: string[]): string[] {
  const events: string[] = [];
  const splitter = new SSEEventSplitter((data) => events.push(data));
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  return events;
}

describe('SSEEventSplitter', () => {
  it('splits data events and ignores comments, blank lines and other fields', () => {
    expect(
      split(': keep-alive\n\nevent: message\nid: 1\ndata: {"a":1}\n\n\n\ndata: [DONE]\n\n'),
    ).toEqual(['{"a":1}', '[DONE]']);
  });

  it('joins multi-line data fields with newlines', () => {
    expect(split('data: one\ndata: two\n\n')).toEqual(['one\ntwo']);
  });

  it('accepts data without a space after the colon', () => {
    expect(split('data:{"a":1}\n\n')).toEqual(['{"a":1}']);
  });

  it('reassembles events split at every position', () => {
    const stream = 'data: {"x":"héllo 😀"}\n\ndata: [DONE]\n\n';
    for (let at = 1; at < stream.length; at++) {
      expect(split(stream.slice(0, at), stream.slice(at))).toEqual(['{"x":"héllo 😀"}', '[DONE]']);
    }
  });

  it('handles CRLF and lone CR line ends, including a CR at a chunk boundary', () => {
    expect(split('data: a\r\n\r\ndata: b\r\r')).toEqual(['a', 'b']);
    expect(split('data: a\r', '\n\r\n')).toEqual(['a']);
  });

  it('dispatches a bare JSON error line without data: and without a trailing newline', () => {
    expect(split('data: {"a":1}\n\n{"error":{"message":"Overloaded"}}')).toEqual([
      '{"a":1}',
      '{"error":{"message":"Overloaded"}}',
    ]);
  });

  it('dispatches a final event that lacks its blank line', () => {
    expect(split('data: {"a":1}\n')).toEqual(['{"a":1}']);
    expect(split('data: {"a":1}')).toEqual(['{"a":1}']);
  });
});
