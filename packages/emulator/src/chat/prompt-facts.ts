/** What the scripted model "understood" from a prompt: the words and numbers it can reuse. */
export interface PromptFacts {
  /** The prompt, whitespace-collapsed. */
  text: string;
  /** Numbers in order of appearance. */
  numbers: number[];
  /** A capitalised word that is not just a sentence start (a place or a name), if any. */
  properNoun: string | undefined;
  /** The last meaningful word (not a number, not a stop word), if any. */
  lastWord: string | undefined;
}

// Words too common to stand for "what the user is talking about".
const STOP_WORDS = new Set(
  'a an and are as at be by do for from how i in is it me my of on or please the to what with you'.split(
    ' ',
  ),
);

export function extractPromptFacts(prompt: string): PromptFacts {
  const text = prompt.replace(/\s+/g, ' ').trim();
  const numbers = (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{N}_'-]*/gu)].map((match) => ({
    word: match[0],
    // A word right after the start or after `.!?` is capitalised by grammar, not by meaning.
    sentenceStart: /(^|[.!?]\s*)$/.test(text.slice(0, match.index)),
  }));
  const capitalised = words.filter(
    ({ word }) => /^\p{Lu}/u.test(word) && !STOP_WORDS.has(word.toLowerCase()),
  );
  const properNoun = (capitalised.find((w) => !w.sentenceStart) ?? capitalised[0])?.word;
  const meaningful = words.filter(({ word }) => !STOP_WORDS.has(word.toLowerCase()));
  const lastWord = meaningful[meaningful.length - 1]?.word;
  return { text, numbers, properNoun, lastWord };
}
