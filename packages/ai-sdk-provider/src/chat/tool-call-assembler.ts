import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';

interface AssembledToolCall {
  id: string;
  name: string | undefined;
  arguments: string;
  /** Whether `tool-input-start` went out (needs the name). */
  started: boolean;
  extraContent: unknown;
}

/**
 * Assembles streamed tool-call deltas from every brand into complete calls (2026-12-03-wire-rules.md#normalization):
 * - keyed by id, with `index` only a hint: indexes may be missing (Gemini), sparse or 1-based
 *   (Claude content-block indexes), reused for parallel calls (old relay builds) or restarted;
 * - a delta with a new non-empty id starts a new call; repeated id/name on a continuation does not;
 * - empty-string ids count as missing and get a generated id;
 * - arguments may arrive split, whole, or as an object; an empty result becomes `{}`;
 * - calls are finalised only when the stream ends, never because the arguments happen to parse.
 */
export class ToolCallAssembler {
  private readonly calls: AssembledToolCall[] = [];
  private readonly byId = new Map<string, AssembledToolCall>();
  private readonly byIndex = new Map<number, AssembledToolCall>();

  constructor(
    private readonly emit: (part: LanguageModelV4StreamPart) => void,
    private readonly generateId: () => string,
  ) {}

  get count(): number {
    return this.calls.length;
  }

  add(delta: Record<string, unknown>): void {
    const fn = delta.function as Record<string, unknown> | undefined | null;
    const rawId = delta.id;
    const id = typeof rawId === 'string' && rawId.length > 0 ? rawId : undefined;
    const index = typeof delta.index === 'number' ? delta.index : undefined;
    const name = typeof fn?.name === 'string' && fn.name.length > 0 ? fn.name : undefined;
    const args = fn?.arguments;

    let call = id != null ? this.byId.get(id) : undefined;
    if (call == null && id == null) {
      const candidate = index != null ? this.byIndex.get(index) : this.calls[this.calls.length - 1];
      // A named delta without an id on top of a finished, named call is a new call (Gemini sends
      // parallel calls whole, in separate chunks, sometimes with `"id":""` and no index).
      const startsNewCall =
        candidate != null &&
        name != null &&
        candidate.name != null &&
        candidate.arguments.length > 0 &&
        isCompleteJson(candidate.arguments);
      if (!startsNewCall) call = candidate;
    }

    if (call == null) {
      call = {
        id: id ?? this.generateId(),
        name,
        arguments: '',
        started: false,
        extraContent: undefined,
      };
      this.calls.push(call);
      this.byId.set(call.id, call);
    } else if (call.name == null && name != null) {
      call.name = name;
    }
    if (index != null) this.byIndex.set(index, call);
    if (delta.extra_content != null && call.extraContent == null)
      call.extraContent = delta.extra_content;

    let fragment = '';
    if (typeof args === 'string') fragment = args;
    else if (args != null && typeof args === 'object') {
      // GLM documents `arguments` as an object; it is always the whole input.
      call.arguments = '';
      fragment = JSON.stringify(args);
    }

    if (!call.started) {
      call.arguments += fragment;
      if (call.name != null) {
        call.started = true;
        this.emit({ type: 'tool-input-start', id: call.id, toolName: call.name });
        if (call.arguments.length > 0) {
          this.emit({ type: 'tool-input-delta', id: call.id, delta: call.arguments });
        }
      }
      return;
    }
    if (fragment.length > 0) {
      call.arguments += fragment;
      this.emit({ type: 'tool-input-delta', id: call.id, delta: fragment });
    }
  }

  /** Emits `tool-input-end` and `tool-call` for every call, in arrival order. */
  finish(): void {
    for (const call of this.calls) {
      if (call.name == null) continue; // a call that never got a name cannot be executed
      if (!call.started) {
        call.started = true;
        this.emit({ type: 'tool-input-start', id: call.id, toolName: call.name });
        if (call.arguments.length > 0) {
          this.emit({ type: 'tool-input-delta', id: call.id, delta: call.arguments });
        }
      }
      const input = call.arguments.trim().length === 0 ? '{}' : call.arguments.trim();
      this.emit({ type: 'tool-input-end', id: call.id });
      this.emit({
        type: 'tool-call',
        toolCallId: call.id,
        toolName: call.name,
        input,
        ...(call.extraContent != null
          ? { providerMetadata: { ccapi: { extraContent: call.extraContent as never } } }
          : {}),
      });
    }
  }
}

function isCompleteJson(text: string): boolean {
  const trimmed = text.trim();
  if (!(trimmed.startsWith('{') && trimmed.endsWith('}'))) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}
