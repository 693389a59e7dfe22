/**
 * A recorded-style chat-completions stream, built in memory: DeepSeek-like reasoning deltas,
 * then text deltas, then two tool calls with token-sized argument fragments, the finish chunk
 * and a usage chunk — the shapes the fixtures show, repeated to the requested size.
 */
export function buildBenchStream(options: {
  reasoningChunks: number;
  textChunks: number;
  toolArgumentChunks: number;
}): string {
  const head = {
    id: 'chatcmpl-bench',
    object: 'chat.completion.chunk',
    created: 1_765_000_000,
    model: 'deepseek-v3.2',
    system_fingerprint: 'fp_bench',
  };
  const frame = (
    delta: Record<string, unknown>,
    finish: string | null = null,
    usage: unknown = null,
  ) =>
    `data: ${JSON.stringify({ ...head, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage })}\n\n`;
  const words = [
    'The',
    ' user',
    ' wants',
    ' the',
    ' weather',
    ' in',
    ' Paris',
    ',',
    ' so',
    ' I',
    ' should',
    ' call',
    ' the',
    ' tool',
    '.',
  ];

  const frames: string[] = [frame({ role: 'assistant', content: null, reasoning_content: '' })];
  for (let i = 0; i < options.reasoningChunks; i++) {
    frames.push(frame({ content: null, reasoning_content: words[i % words.length] }));
  }
  for (let i = 0; i < options.textChunks; i++) {
    frames.push(frame({ content: words[i % words.length], reasoning_content: null }));
  }
  const argumentPieces = ['{"', 'city', '":"', 'Par', 'is', '","', 'unit', '":"', 'celsius', '"}'];
  for (const [index, id] of [
    'call_00_aaaaaaaaaaaaaaaaaaaaaaaa',
    'call_01_bbbbbbbbbbbbbbbbbbbbbbbb',
  ].entries()) {
    frames.push(
      frame({
        tool_calls: [
          { index, id, type: 'function', function: { name: 'get_weather', arguments: '' } },
        ],
      }),
    );
    for (let i = 0; i < options.toolArgumentChunks / 2; i++) {
      const piece = i < argumentPieces.length ? argumentPieces[i] : '';
      frames.push(frame({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  }
  frames.push(
    frame({ content: '', reasoning_content: null }, 'tool_calls', {
      prompt_tokens: 1200,
      completion_tokens: 9000,
      total_tokens: 10200,
      prompt_tokens_details: { cached_tokens: 1024 },
      completion_tokens_details: { reasoning_tokens: 5000 },
      prompt_cache_hit_tokens: 1024,
      prompt_cache_miss_tokens: 176,
    }),
  );
  frames.push(': keep-alive\n\n', 'data: [DONE]\n\n');
  return frames.join('');
}

/** Splits bytes into network-sized pieces, as a socket delivers them. */
export function toNetworkChunks(text: string, size = 1400): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size)
    chunks.push(bytes.subarray(offset, offset + size));
  return chunks;
}

export function responseFrom(chunks: Uint8Array[]): Response {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]!);
      else controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}
