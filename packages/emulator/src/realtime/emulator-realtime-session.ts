import type { WebSocket } from 'ws';
import type { PlannedToolCall } from '../chat/chat-plan';
import { deterministicId } from '../chat/deterministic-id';
import { estimateTokens } from '../chat/estimate-tokens';
import { splitArgumentFragments, splitTextDeltas } from '../chat/split-stream-deltas';
import type { EmulatorState } from '../emulator-types';
import type { EmulatorFault } from '../faults/emulator-fault';
import { currentRequestId } from '../http/request-id';
import { delay } from '../http/sse-writer';
import { createTranscript } from '../media/audio-transcript';
import { createPcm16, WAV_SAMPLE_RATE } from '../media-bytes/create-wav';
import { planRealtimeResponse } from './plan-realtime-response';
import type { RealtimeItem, RealtimeSessionSettings, RealtimeTool } from './realtime-conversation';
import { type RealtimeDialect, realtimeDialectFor, realtimeEventName } from './realtime-dialect';

type WireEvent = Record<string, unknown> & { type: string };

// Seconds of speech per word of the spoken answer: short, so tests stay fast.
const SECONDS_PER_WORD = 0.05;

/**
 * One emulated OpenAI Realtime session over a WebSocket: `session.created` on connect,
 * `session.update` → `session.updated`, conversation items (text, audio, function call outputs),
 * `response.create` → a scripted response streamed as text or audio deltas (real PCM16 from the
 * WAV generator, with its transcript) or a function call, and `response.done` with usage. Bad
 * client events get `error` events, as OpenAI (and the relay, unchanged) sends them.
 *
 * Faults: `stream-error` answers `response.create` with an `error` event instead of a
 * response; `drop-mid-stream` closes the socket without a close frame in the middle of the
 * response.
 */
export class EmulatorRealtimeSession {
  private readonly dialect: RealtimeDialect;
  private readonly settings: RealtimeSessionSettings;
  private readonly items: RealtimeItem[] = [];
  private inputAudio: Buffer[] = [];
  private responding = false;
  private cancelled = false;
  private responseCount = 0;
  private itemCount = 0;
  private eventCount = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly options: {
      model: string;
      fault: EmulatorFault | undefined;
      state: EmulatorState;
    },
  ) {
    this.dialect = realtimeDialectFor(options.model);
    const sessionId = `sess_${deterministicId(`${options.model}:${currentRequestId()}`, 24)}`;
    this.settings = {
      id: sessionId,
      model: options.model,
      instructions: '',
      outputModalities: this.dialect === 'beta' ? ['text', 'audio'] : ['audio'],
      voice: 'alloy',
      tools: [],
      toolChoice: 'auto',
      inputTranscriptionModel: undefined,
      turnDetection: {
        type: 'server_vad',
        threshold: 0.5,
        prefix_padding_ms: 300,
        silence_duration_ms: 200,
      },
    };
    socket.on('message', (data, isBinary) => {
      void this.receive(isBinary ? undefined : data.toString());
    });
    this.send({ type: 'session.created', session: this.describeSession() });
  }

  private async receive(text: string | undefined): Promise<void> {
    let event: unknown;
    try {
      event = text == null ? undefined : JSON.parse(text);
    } catch {
      event = undefined;
    }
    if (event == null || typeof event !== 'object' || Array.isArray(event)) {
      this.sendError({
        type: 'invalid_request_error',
        code: 'invalid_json',
        message:
          "The server failed to parse the client event: expected a JSON object with a 'type'.",
      });
      return;
    }
    const clientEvent = event as Record<string, unknown>;
    const eventId = typeof clientEvent.event_id === 'string' ? clientEvent.event_id : undefined;
    switch (clientEvent.type) {
      case 'session.update':
        this.updateSession(clientEvent.session, eventId);
        return;
      case 'conversation.item.create':
        this.createItem(clientEvent.item, eventId);
        return;
      case 'input_audio_buffer.append':
        if (typeof clientEvent.audio !== 'string') {
          this.sendError({
            type: 'invalid_request_error',
            code: 'missing_required_parameter',
            message: "Missing required parameter: 'audio'.",
            param: 'audio',
            eventId,
          });
          return;
        }
        this.inputAudio.push(Buffer.from(clientEvent.audio, 'base64'));
        return;
      case 'input_audio_buffer.clear':
        this.inputAudio = [];
        this.send({ type: 'input_audio_buffer.cleared' });
        return;
      case 'input_audio_buffer.commit':
        this.commitAudio(eventId);
        return;
      case 'response.create':
        await this.respond(eventId);
        return;
      case 'response.cancel':
        if (this.responding) this.cancelled = true;
        else
          this.sendError({
            type: 'invalid_request_error',
            code: 'response_cancel_not_active',
            message: 'Cancellation failed: no active response found',
            eventId,
          });
        return;
      default:
        this.sendError({
          type: 'invalid_request_error',
          code: 'invalid_value',
          message: `Invalid value: '${String(clientEvent.type)}'. Supported values are: 'session.update', 'input_audio_buffer.append', 'input_audio_buffer.commit', 'input_audio_buffer.clear', 'conversation.item.create', 'response.create' and 'response.cancel'.`,
          param: 'type',
          eventId,
        });
    }
  }

  private updateSession(session: unknown, eventId: string | undefined): void {
    if (session == null || typeof session !== 'object') {
      this.sendError({
        type: 'invalid_request_error',
        code: 'missing_required_parameter',
        message: "Missing required parameter: 'session'.",
        param: 'session',
        eventId,
      });
      return;
    }
    const update = session as Record<string, unknown>;
    // The two protocol versions reject each other's session shape, as OpenAI does.
    if (this.dialect === 'ga' && update.type !== 'realtime') {
      this.sendError({
        type: 'invalid_request_error',
        code: 'missing_required_parameter',
        message: "Missing required parameter: 'session.type'.",
        param: 'session.type',
        eventId,
      });
      return;
    }
    if (this.dialect === 'beta' && (update.type != null || update.audio != null)) {
      const param = update.type != null ? 'session.type' : 'session.audio';
      this.sendError({
        type: 'invalid_request_error',
        code: 'unknown_parameter',
        message: `Unknown parameter: '${param}'.`,
        param,
        eventId,
      });
      return;
    }
    const audio = asRecord(update.audio);
    const input = asRecord(audio?.input);
    const output = asRecord(audio?.output);
    const modalities = update.output_modalities ?? update.modalities;
    if (modalities != null) {
      if (!Array.isArray(modalities) || modalities.some((m) => m !== 'text' && m !== 'audio')) {
        this.sendError({
          type: 'invalid_request_error',
          code: 'invalid_value',
          message: "Invalid 'session.output_modalities': use ['text'] or ['audio'].",
          param: 'session.output_modalities',
          eventId,
        });
        return;
      }
      this.settings.outputModalities = modalities as Array<'text' | 'audio'>;
    }
    if (update.tools != null) {
      const tools = readTools(update.tools);
      if (typeof tools === 'string') {
        this.sendError({
          type: 'invalid_request_error',
          code: 'invalid_value',
          message: tools,
          param: 'session.tools',
          eventId,
        });
        return;
      }
      this.settings.tools = tools;
    }
    if (typeof update.instructions === 'string') this.settings.instructions = update.instructions;
    if (update.tool_choice != null) this.settings.toolChoice = update.tool_choice;
    const voice = output?.voice ?? update.voice;
    if (typeof voice === 'string') this.settings.voice = voice;
    const transcription =
      input != null && 'transcription' in input
        ? input.transcription
        : update.input_audio_transcription;
    if (transcription !== undefined) {
      const model = asRecord(transcription)?.model;
      this.settings.inputTranscriptionModel =
        transcription == null ? undefined : typeof model === 'string' ? model : 'whisper-1';
    }
    const turnDetection =
      input != null && 'turn_detection' in input ? input.turn_detection : update.turn_detection;
    if (turnDetection !== undefined) this.settings.turnDetection = turnDetection;
    this.send({ type: 'session.updated', session: this.describeSession() });
  }

  private createItem(value: unknown, eventId: string | undefined): void {
    const item = asRecord(value);
    const id = typeof item?.id === 'string' ? item.id : this.nextItemId();
    let created: RealtimeItem | undefined;
    if (item?.type === 'message') {
      const role = item.role;
      const parts = Array.isArray(item.content) ? item.content : [];
      const texts = parts.map((part) => {
        const record = asRecord(part);
        if (
          record?.type === 'input_text' ||
          record?.type === 'text' ||
          record?.type === 'output_text'
        )
          return String(record.text ?? '');
        if (record?.type === 'input_audio' && typeof record.audio === 'string') {
          return createTranscript({
            audio: Buffer.from(record.audio, 'base64'),
            task: 'transcribe',
          }).text;
        }
        return '';
      });
      if ((role === 'user' || role === 'assistant' || role === 'system') && parts.length > 0) {
        created = { id, type: 'message', role, text: texts.join(' ').trim() };
      }
    } else if (item?.type === 'function_call_output') {
      if (typeof item.call_id === 'string' && typeof item.output === 'string') {
        created = { id, type: 'function_call_output', callId: item.call_id, output: item.output };
      }
    } else if (item?.type === 'function_call') {
      if (typeof item.call_id === 'string' && typeof item.name === 'string') {
        created = {
          id,
          type: 'function_call',
          callId: item.call_id,
          name: item.name,
          arguments: String(item.arguments ?? '{}'),
        };
      }
    }
    if (created == null) {
      this.sendError({
        type: 'invalid_request_error',
        code: 'invalid_value',
        message:
          "Invalid 'item': expected a 'message' with content parts, a 'function_call_output' with 'call_id' and 'output' strings, or a 'function_call'.",
        param: 'item',
        eventId,
      });
      return;
    }
    const previous = this.items[this.items.length - 1];
    this.items.push(created);
    this.send({
      type: realtimeEventName(this.dialect, 'conversation.item.added'),
      previous_item_id: previous?.id ?? null,
      item: describeItem(created, 'completed'),
    });
  }

  private commitAudio(eventId: string | undefined): void {
    const audio = Buffer.concat(this.inputAudio);
    this.inputAudio = [];
    if (audio.length === 0) {
      this.sendError({
        type: 'invalid_request_error',
        code: 'input_audio_buffer_commit_empty',
        message:
          'Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer only has 0.00ms of audio.',
        eventId,
      });
      return;
    }
    const id = this.nextItemId();
    const previous = this.items[this.items.length - 1];
    const transcript = createTranscript({ audio, task: 'transcribe' }).text;
    const item: RealtimeItem = { id, type: 'message', role: 'user', text: transcript };
    this.items.push(item);
    this.send({
      type: 'input_audio_buffer.committed',
      previous_item_id: previous?.id ?? null,
      item_id: id,
    });
    this.send({
      type: realtimeEventName(this.dialect, 'conversation.item.added'),
      previous_item_id: previous?.id ?? null,
      item: describeItem(item, 'completed'),
    });
    if (this.settings.inputTranscriptionModel != null) {
      this.send({
        type: 'conversation.item.input_audio_transcription.completed',
        item_id: id,
        content_index: 0,
        transcript,
        usage: {
          type: 'duration',
          seconds: Math.round((audio.length / 2 / WAV_SAMPLE_RATE) * 100) / 100,
        },
      });
    }
  }

  private async respond(eventId: string | undefined): Promise<void> {
    if (this.responding) {
      this.sendError({
        type: 'invalid_request_error',
        code: 'conversation_already_has_active_response',
        message: 'Conversation already has an active response in progress.',
        eventId,
      });
      return;
    }
    if (this.options.fault === 'stream-error') {
      this.sendError({
        type: 'server_error',
        code: 'upstream_error',
        message: `upstream error: realtime upstream connection failed (request id: ${currentRequestId()})`,
        eventId,
      });
      return;
    }
    this.responding = true;
    this.cancelled = false;
    try {
      await this.streamResponse();
    } finally {
      this.responding = false;
    }
  }

  private async streamResponse(): Promise<void> {
    const plan = planRealtimeResponse(this.settings, this.items, this.options.state);
    this.responseCount += 1;
    const responseId = `resp_${deterministicId(`${this.settings.id}:response:${this.responseCount}`)}`;
    const output: Record<string, unknown>[] = [];
    this.send({
      type: 'response.created',
      response: {
        id: responseId,
        object: 'realtime.response',
        status: 'in_progress',
        output: [],
        usage: null,
      },
    });

    let sentDeltas = 0;
    const step = async () => {
      sentDeltas += 1;
      if (this.options.fault === 'drop-mid-stream' && sentDeltas === 3) {
        this.socket.terminate();
        return false;
      }
      await delay(this.options.state.options.chunkDelayMs);
      return !this.cancelled && this.socket.readyState === this.socket.OPEN;
    };

    let audioSamples = 0;
    let complete = true;
    if (plan.toolCalls.length > 0) {
      for (const [outputIndex, call] of plan.toolCalls.entries()) {
        complete = await this.streamFunctionCall(responseId, outputIndex, call, output, step);
        if (!complete) break;
      }
    } else {
      const result = await this.streamMessage(responseId, plan.text, output, step);
      complete = result != null;
      audioSamples = result?.audioSamples ?? 0;
    }
    // A dropped socket gets nothing more; a `response.cancel` ends with a cancelled response.
    if (this.socket.readyState !== this.socket.OPEN) return;

    const audioTokens = Math.ceil(audioSamples / 1200);
    const textTokens =
      estimateTokens(plan.text) +
      plan.toolCalls.reduce((sum, call) => sum + estimateTokens(call.name + call.arguments), 0);
    const inputTokens = plan.usage.promptTokens;
    this.send({
      type: 'response.done',
      response: {
        id: responseId,
        object: 'realtime.response',
        status: complete ? 'completed' : 'cancelled',
        output,
        usage: {
          total_tokens: inputTokens + textTokens + audioTokens,
          input_tokens: inputTokens,
          output_tokens: textTokens + audioTokens,
          input_token_details: {
            text_tokens: inputTokens,
            audio_tokens: 0,
            cached_tokens: 0,
            cached_tokens_details: { text_tokens: 0, audio_tokens: 0 },
          },
          output_token_details: { text_tokens: textTokens, audio_tokens: audioTokens },
        },
      },
    });
  }

  private async streamFunctionCall(
    responseId: string,
    outputIndex: number,
    call: PlannedToolCall,
    output: Record<string, unknown>[],
    step: () => Promise<boolean>,
  ): Promise<boolean> {
    const item: RealtimeItem = {
      id: this.nextItemId(),
      type: 'function_call',
      callId: call.id,
      name: call.name,
      arguments: call.arguments,
    };
    const base = { response_id: responseId, item_id: item.id, output_index: outputIndex };
    this.send({
      type: 'response.output_item.added',
      response_id: responseId,
      output_index: outputIndex,
      item: { ...describeItem(item, 'in_progress'), arguments: '' },
    });
    for (const delta of splitArgumentFragments(call.arguments)) {
      this.send({
        type: 'response.function_call_arguments.delta',
        ...base,
        call_id: call.id,
        delta,
      });
      if (!(await step())) return false;
    }
    this.send({
      type: 'response.function_call_arguments.done',
      ...base,
      call_id: call.id,
      name: call.name,
      arguments: call.arguments,
    });
    this.items.push(item);
    const done = describeItem(item, 'completed');
    output.push(done);
    this.send({
      type: 'response.output_item.done',
      response_id: responseId,
      output_index: outputIndex,
      item: done,
    });
    return true;
  }

  private async streamMessage(
    responseId: string,
    text: string,
    output: Record<string, unknown>[],
    step: () => Promise<boolean>,
  ): Promise<{ audioSamples: number } | undefined> {
    const item: RealtimeItem = { id: this.nextItemId(), type: 'message', role: 'assistant', text };
    const withAudio = this.settings.outputModalities.includes('audio');
    const partType =
      this.dialect === 'beta'
        ? withAudio
          ? 'audio'
          : 'text'
        : withAudio
          ? 'output_audio'
          : 'output_text';
    const base = { response_id: responseId, item_id: item.id, output_index: 0, content_index: 0 };
    const previous = this.items[this.items.length - 1];
    const started = {
      id: item.id,
      object: 'realtime.item',
      type: 'message',
      role: 'assistant',
      status: 'in_progress',
      content: [],
    };
    this.send({
      type: 'response.output_item.added',
      response_id: responseId,
      output_index: 0,
      item: started,
    });
    this.send({
      type: realtimeEventName(this.dialect, 'conversation.item.added'),
      previous_item_id: previous?.id ?? null,
      item: started,
    });
    this.send({
      type: 'response.content_part.added',
      ...base,
      part: { type: partType, ...(withAudio ? { transcript: '' } : { text: '' }) },
    });

    const deltas = splitTextDeltas(text);
    const pcm = withAudio
      ? Buffer.from(
          createPcm16({
            durationSeconds: Math.max(0.2, deltas.length * SECONDS_PER_WORD),
            seed: this.settings.voice,
          }),
        )
      : Buffer.alloc(0);
    // Whole samples per audio delta, spread over the transcript deltas.
    const bytesPerDelta = Math.ceil(pcm.length / 2 / Math.max(1, deltas.length)) * 2;
    for (const [index, delta] of deltas.entries()) {
      if (withAudio) {
        const chunk = pcm.subarray(index * bytesPerDelta, (index + 1) * bytesPerDelta);
        if (chunk.length > 0)
          this.send({
            type: realtimeEventName(this.dialect, 'response.output_audio.delta'),
            ...base,
            delta: chunk.toString('base64'),
          });
        this.send({
          type: realtimeEventName(this.dialect, 'response.output_audio_transcript.delta'),
          ...base,
          delta,
        });
      } else {
        this.send({
          type: realtimeEventName(this.dialect, 'response.output_text.delta'),
          ...base,
          delta,
        });
      }
      if (!(await step())) return undefined;
    }
    if (withAudio) {
      this.send({ type: realtimeEventName(this.dialect, 'response.output_audio.done'), ...base });
      this.send({
        type: realtimeEventName(this.dialect, 'response.output_audio_transcript.done'),
        ...base,
        transcript: text,
      });
    } else {
      this.send({
        type: realtimeEventName(this.dialect, 'response.output_text.done'),
        ...base,
        text,
      });
    }
    const part = { type: partType, ...(withAudio ? { transcript: text } : { text }) };
    this.send({ type: 'response.content_part.done', ...base, part });
    this.items.push(item);
    const done = {
      id: item.id,
      object: 'realtime.item',
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [part],
    };
    output.push(done);
    this.send({
      type: 'response.output_item.done',
      response_id: responseId,
      output_index: 0,
      item: done,
    });
    return { audioSamples: pcm.length / 2 };
  }

  private describeSession(): Record<string, unknown> {
    const s = this.settings;
    const tools = s.tools.map((tool) => ({
      type: 'function',
      name: tool.name,
      description: tool.description ?? '',
      parameters: tool.parameters ?? {},
    }));
    const transcription =
      s.inputTranscriptionModel == null ? null : { model: s.inputTranscriptionModel };
    if (this.dialect === 'beta') {
      return {
        id: s.id,
        object: 'realtime.session',
        model: s.model,
        modalities: s.outputModalities,
        instructions: s.instructions,
        voice: s.voice,
        input_audio_format: 'pcm16',
        output_audio_format: 'pcm16',
        input_audio_transcription: transcription,
        turn_detection: s.turnDetection,
        tools,
        tool_choice: s.toolChoice,
        temperature: 0.8,
        max_response_output_tokens: 'inf',
      };
    }
    const format = { type: 'audio/pcm', rate: WAV_SAMPLE_RATE };
    return {
      type: 'realtime',
      object: 'realtime.session',
      id: s.id,
      model: s.model,
      output_modalities: s.outputModalities,
      instructions: s.instructions,
      tools,
      tool_choice: s.toolChoice,
      max_output_tokens: 'inf',
      audio: {
        input: { format, transcription, noise_reduction: null, turn_detection: s.turnDetection },
        output: { format, voice: s.voice, speed: 1 },
      },
    };
  }

  private sendError(error: {
    type: string;
    code: string;
    message: string;
    param?: string;
    eventId?: string;
  }): void {
    // new-api's own errors carry `evt_<request id>`; upstream ones pass through with their id.
    this.send({
      event_id: `evt_${currentRequestId()}`,
      type: 'error',
      error: {
        type: error.type,
        code: error.code,
        message: error.message,
        param: error.param ?? null,
        event_id: error.eventId ?? null,
      },
    });
  }

  private send(event: WireEvent): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    this.eventCount += 1;
    const withId =
      event.event_id == null
        ? {
            event_id: `event_${deterministicId(`${this.settings.id}:event:${this.eventCount}`, 22)}`,
            ...event,
          }
        : event;
    this.socket.send(JSON.stringify(withId));
  }

  private nextItemId(): string {
    this.itemCount += 1;
    return `item_${deterministicId(`${this.settings.id}:item:${this.itemCount}`, 21)}`;
  }
}

function describeItem(
  item: RealtimeItem,
  status: 'in_progress' | 'completed',
): Record<string, unknown> {
  if (item.type === 'function_call') {
    return {
      id: item.id,
      object: 'realtime.item',
      type: 'function_call',
      status,
      name: item.name,
      call_id: item.callId,
      arguments: item.arguments,
    };
  }
  if (item.type === 'function_call_output') {
    return {
      id: item.id,
      object: 'realtime.item',
      type: 'function_call_output',
      call_id: item.callId,
      output: item.output,
    };
  }
  const partType = item.role === 'user' ? 'input_text' : 'output_text';
  return {
    id: item.id,
    object: 'realtime.item',
    type: 'message',
    status,
    role: item.role,
    content: [{ type: partType, text: item.text }],
  };
}

function readTools(value: unknown): RealtimeTool[] | string {
  if (!Array.isArray(value)) return "Invalid 'session.tools': expected an array of function tools.";
  const tools: RealtimeTool[] = [];
  for (const [index, entry] of value.entries()) {
    const tool = asRecord(entry);
    if (
      tool == null ||
      (tool.type != null && tool.type !== 'function') ||
      typeof tool.name !== 'string' ||
      tool.name.length === 0
    ) {
      return `Invalid 'session.tools[${index}]': expected {"type":"function","name":"…","parameters":{…}}.`;
    }
    tools.push({
      type: 'function',
      name: tool.name,
      ...(typeof tool.description === 'string' && { description: tool.description }),
      ...(asRecord(tool.parameters) != null && { parameters: asRecord(tool.parameters) }),
    });
  }
  return tools;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value != null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
