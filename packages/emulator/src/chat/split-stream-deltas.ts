/**
 * Splits answer text into stream deltas the way OpenAI does: one word per delta with its leading
 * whitespace (`"Hello"`, `" World"`, `"!"`). Long runs without spaces (JSON) are cut into pieces
 * of at most `maxLength` characters. The pieces always join back to the input.
 */
export function splitTextDeltas(text: string, maxLength = 12): string[] {
  const words = text.match(/\s*[^\s]+|\s+$/g) ?? [];
  return words.flatMap((word) => chunk(word, maxLength));
}

/**
 * Splits tool-call arguments into fragments so clients must concatenate them, as OpenAI streams
 * `{"`, `location`, `":"`, … . Always at least two fragments when the text has two characters.
 */
export function splitArgumentFragments(args: string, maxLength = 8): string[] {
  if (args.length < 2) return [args];
  const size = Math.min(maxLength, Math.ceil(args.length / 2));
  return chunk(args, size);
}

function chunk(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}
