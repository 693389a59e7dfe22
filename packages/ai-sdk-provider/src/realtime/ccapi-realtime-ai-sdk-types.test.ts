import type {
  Experimental_RealtimeModelV4AudioMessage as AudioMessageV4,
  Experimental_RealtimeModelV4ClientEvent as ClientEventV4,
  Experimental_RealtimeModelV4ConversationItem as ConversationItemV4,
  Experimental_RealtimeModelV4FunctionCallOutput as FunctionCallOutputV4,
  Experimental_RealtimeModelV4 as RealtimeModelV4,
  Experimental_RealtimeModelV4ServerConnection as ServerConnectionV4,
  Experimental_RealtimeModelV4ServerEvent as ServerEventV4,
  Experimental_RealtimeModelV4SessionConfig as SessionConfigV4,
  Experimental_RealtimeModelV4SessionIntent as SessionIntentV4,
  Experimental_RealtimeModelV4TextMessage as TextMessageV4,
  Experimental_RealtimeModelV4ToolDefinition as ToolDefinitionV4,
  Experimental_RealtimeModelV4Usage as UsageV4,
} from '@ai-sdk/provider';
import type {
  Experimental_RealtimeModel as AIRealtimeModel,
  experimental_getRealtimeToolDefinitions as getRealtimeToolDefinitions,
} from 'ai';
import { describe, expectTypeOf, it } from 'vitest';
import type { CCAPIRealtimeClientEvent } from './ccapi-realtime-client-event';
import type { CCAPIRealtimeConnection } from './ccapi-realtime-connection';
import type {
  CCAPIRealtimeAudioMessage,
  CCAPIRealtimeConversationItem,
  CCAPIRealtimeFunctionCallOutput,
  CCAPIRealtimeTextMessage,
} from './ccapi-realtime-conversation-item';
import type { CCAPIRealtimeError } from './ccapi-realtime-error';
import type { CCAPIRealtimeModel } from './ccapi-realtime-model';
import type {
  CCAPIRealtimeServerConnection,
  CCAPIRealtimeSessionIntent,
} from './ccapi-realtime-server-connection';
import type { CCAPIRealtimeServerEvent } from './ccapi-realtime-server-event';
import type { CCAPIRealtimeSessionConfig } from './ccapi-realtime-session-config';
import type { CCAPIRealtimeToolDefinition } from './ccapi-realtime-tool-definition';
import type { CCAPIRealtimeUsage } from './ccapi-realtime-usage';

// Realtime has CCAPI's own types so the AI SDK 6 entry, which has no realtime spec, shows no
// AI SDK 7 type. They must stay the AI SDK 7 shapes: an ai@7 app hands our model to its realtime
// session and our values to its code, and passes its values to us. Checked by `pnpm type-check`.
describe('CCAPI realtime types are AI SDK 7’s realtime types', () => {
  it('the model is an AI SDK 7 realtime model', () => {
    expectTypeOf<CCAPIRealtimeModel>().toExtend<RealtimeModelV4>();
    expectTypeOf<CCAPIRealtimeModel>().toExtend<AIRealtimeModel>();
    expectTypeOf<CCAPIRealtimeModel['specificationVersion']>().toEqualTypeOf<'v4'>();
  });

  it('an ai@7 app’s realtime tool definitions go into our session configuration', () => {
    expectTypeOf<Awaited<ReturnType<typeof getRealtimeToolDefinitions>>>().toExtend<
      CCAPIRealtimeSessionConfig['tools']
    >();
  });

  it('client events go both ways, so an ai@7 event can be sent and ours can be handed on', () => {
    expectTypeOf<ClientEventV4>().toExtend<CCAPIRealtimeClientEvent>();
    expectTypeOf<CCAPIRealtimeClientEvent>().toExtend<ClientEventV4>();
    expectTypeOf<CCAPIRealtimeClientEvent['type']>().toEqualTypeOf<ClientEventV4['type']>();
    expectTypeOf<ClientEventV4>().toExtend<Parameters<CCAPIRealtimeConnection['send']>[0]>();
    expectTypeOf<ClientEventV4>().toExtend<
      Parameters<CCAPIRealtimeModel['serializeClientEvent']>[0]
    >();
  });

  it('server events are AI SDK 7 server events, and every kind of them is ours', () => {
    expectTypeOf<CCAPIRealtimeServerEvent>().toExtend<ServerEventV4>();
    expectTypeOf<CCAPIRealtimeServerEvent['type']>().toEqualTypeOf<ServerEventV4['type']>();
    expectTypeOf<Exclude<ServerEventV4, { type: 'error' }>>().toExtend<CCAPIRealtimeServerEvent>();
    expectTypeOf<ReturnType<CCAPIRealtimeModel['parseServerEvent']>>().toExtend<ServerEventV4>();
  });

  it('our error events carry the typed error, which an AI SDK 7 error event lacks', () => {
    type ErrorEvent = Extract<CCAPIRealtimeServerEvent, { type: 'error' }>;
    expectTypeOf<ErrorEvent['error']>().toEqualTypeOf<CCAPIRealtimeError>();
    expectTypeOf<Extract<ServerEventV4, { type: 'error' }>>().not.toExtend<ErrorEvent>();
  });

  it('session configuration, tools and conversation items are the same shapes', () => {
    expectTypeOf<CCAPIRealtimeSessionConfig>().toEqualTypeOf<SessionConfigV4>();
    expectTypeOf<CCAPIRealtimeToolDefinition>().toEqualTypeOf<ToolDefinitionV4>();
    expectTypeOf<CCAPIRealtimeConversationItem>().toEqualTypeOf<ConversationItemV4>();
    expectTypeOf<CCAPIRealtimeTextMessage>().toEqualTypeOf<TextMessageV4>();
    expectTypeOf<CCAPIRealtimeAudioMessage>().toEqualTypeOf<AudioMessageV4>();
    expectTypeOf<CCAPIRealtimeFunctionCallOutput>().toEqualTypeOf<FunctionCallOutputV4>();
    expectTypeOf<SessionConfigV4>().toExtend<
      Parameters<CCAPIRealtimeModel['buildSessionConfig']>[0]
    >();
  });

  it('the server connection, the intent and usage are the same shapes', () => {
    expectTypeOf<CCAPIRealtimeServerConnection>().toEqualTypeOf<ServerConnectionV4>();
    expectTypeOf<CCAPIRealtimeSessionIntent>().toEqualTypeOf<SessionIntentV4>();
    expectTypeOf<CCAPIRealtimeUsage>().toEqualTypeOf<UsageV4>();
    expectTypeOf<
      Awaited<ReturnType<CCAPIRealtimeModel['getServerWebSocketConfig']>>
    >().toExtend<ServerConnectionV4>();
  });

  it('rejects what the AI SDK 7 types reject', () => {
    expectTypeOf<{ type: 'session-update' }>().not.toExtend<CCAPIRealtimeClientEvent>();
    expectTypeOf<{
      type: 'conversation-item-create';
      item: { type: 'text-message'; role: 'assistant'; text: string };
    }>().not.toExtend<CCAPIRealtimeClientEvent>();
    expectTypeOf<{
      type: 'text-delta';
      delta: string;
      raw: unknown;
    }>().not.toExtend<CCAPIRealtimeServerEvent>();
  });
});
