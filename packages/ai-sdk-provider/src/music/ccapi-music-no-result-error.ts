import { AISDKError } from '@ai-sdk/provider';
import { CCAPITaskError } from '../tasks/ccapi-task-error';

const name = 'AI_CCAPIMusicNoResultError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

const WHERE: Record<CCAPIMusicNoResultError['expected'], string> = {
  audio:
    'result_url, data[].audio_url / audioUrl, data.clips[].audio_url, or an audio_url on data itself',
  lyrics: 'data.text, data.lyrics or data.results[].lyrics',
  tags: 'data.upsampled_tags, data.tags or a text data',
};

/**
 * A music task ended with `SUCCESS` but its answer holds nothing to return: no audio URL for a
 * song, no text for lyrics or tags. This is a CCAPI or upstream problem, not bad input.
 * `response` holds the last status answer; check the task again later with `getMusicStatus`
 * (a URL sometimes appears after the status), or submit a new task.
 */
export class CCAPIMusicNoResultError extends CCAPITaskError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for.
  private readonly [symbol] = true;

  /** What the task should have produced. */
  readonly expected: 'audio' | 'lyrics' | 'tags';
  /** The task's platform and action, e.g. `suno` and `MUSIC`. */
  readonly platform: string;
  readonly action: string | undefined;
  /** The last status answer (envelope removed). */
  readonly response: unknown;

  constructor(options: {
    taskId: string;
    platform: string;
    action: string | undefined;
    expected: 'audio' | 'lyrics' | 'tags';
    response: unknown;
    /** Why individual clips had no audio, when the answer said (`error_message`). */
    clipErrors?: string[];
  }) {
    const clips =
      options.clipErrors != null && options.clipErrors.length > 0
        ? ` The clips reported: ${options.clipErrors.join('; ')}.`
        : '';
    super({
      name,
      taskId: options.taskId,
      message: `CCAPI task ${options.taskId} (${options.platform} ${options.action ?? 'task'}) reported SUCCESS but its answer holds no ${options.expected} (looked in ${WHERE[options.expected]}), so there is nothing to return.${clips} This is a CCAPI or upstream problem, not your input: check the task again in a minute with getMusicStatus({ model, taskId: '${options.taskId}' }), or submit a new task.`,
    });
    this.expected = options.expected;
    this.platform = options.platform;
    this.action = options.action;
    this.response = options.response;
  }

  static override isInstance(error: unknown): error is CCAPIMusicNoResultError {
    return AISDKError.hasMarker(error, marker);
  }
}
