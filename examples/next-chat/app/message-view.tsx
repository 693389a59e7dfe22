'use client';

import type { ReasoningUIPart } from 'ai';
import { useEffect, useState } from 'react';
import type { ChatMessage } from '../lib/chat-message';

type ChatMessagePart = ChatMessage['parts'][number];
type ToolPart = Extract<ChatMessagePart, { type: `tool-${string}` }>;

export function MessageView({ message, streaming }: { message: ChatMessage; streaming: boolean }) {
  const isUser = message.role === 'user';
  // A failed request can leave an assistant message with nothing in it; the error says enough.
  if (!isUser && !streaming && !message.parts.some(isVisible)) return null;
  return (
    <article
      className={`message message-${message.role}`}
      data-testid={`message-${message.role}`}
      data-streaming={streaming ? 'true' : 'false'}
    >
      <div className="message-role">{isUser ? 'You' : assistantName(message)}</div>
      <div className="message-body">
        {message.parts.map((part, index) => (
          // Parts have no ids of their own; their order never changes once streamed.
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are append-only
          <PartView key={index} part={part} />
        ))}
      </div>
      {!isUser && message.metadata?.usage ? <UsageLine message={message} /> : null}
    </article>
  );
}

function isVisible(part: ChatMessagePart): boolean {
  if (part.type === 'text' || part.type === 'reasoning') return part.text.trim() !== '';
  return part.type === 'file' || part.type.startsWith('tool-');
}

function assistantName(message: ChatMessage): string {
  return message.metadata?.modelLabel ?? message.metadata?.model ?? 'Assistant';
}

function PartView({ part }: { part: ChatMessagePart }) {
  switch (part.type) {
    case 'text':
      return part.text ? (
        <p className="text" data-testid="text-part">
          {part.text}
        </p>
      ) : null;
    case 'reasoning':
      return <ReasoningPanel part={part} />;
    case 'file':
      return part.mediaType.startsWith('image') ? (
        // biome-ignore lint/performance/noImgElement: data URLs from the user, not optimisable
        <img className="attachment-image" src={part.url} alt={part.filename ?? 'attached image'} />
      ) : (
        <span className="attachment">{part.filename ?? part.mediaType}</span>
      );
    case 'tool-weather':
    case 'tool-calculator':
      return <ToolCard part={part} />;
    default:
      return null;
  }
}

function ReasoningPanel({ part }: { part: ReasoningUIPart }) {
  const streaming = part.state === 'streaming';
  const [open, setOpen] = useState(streaming);
  const [touched, setTouched] = useState(false);

  // Open while the model thinks; fold away once it answers, unless the reader opened it.
  useEffect(() => {
    if (!touched) setOpen(streaming);
  }, [streaming, touched]);

  if (part.text.trim() === '') return null;
  return (
    <details
      className="reasoning"
      data-testid="reasoning-panel"
      data-state={part.state ?? 'done'}
      open={open}
      onToggle={(event) => {
        // Fires for our own changes too; only a change we did not make is the reader's.
        const isOpen = event.currentTarget.open;
        if (isOpen !== open) {
          setTouched(true);
          setOpen(isOpen);
        }
      }}
    >
      <summary>{streaming ? 'Thinking…' : 'Reasoning'}</summary>
      <p className="reasoning-text">{part.text}</p>
    </details>
  );
}

function ToolCard({ part }: { part: ToolPart }) {
  const name = part.type.slice('tool-'.length);
  const running = part.state === 'input-streaming' || part.state === 'input-available';
  return (
    <div
      className={`tool tool-${part.state}`}
      data-testid="tool-call"
      data-tool={name}
      data-state={part.state}
    >
      <div className="tool-head">
        <span className="tool-name">{name}</span>
        <code className="tool-input">{part.input ? JSON.stringify(part.input) : '…'}</code>
        <span className="tool-state">{running ? 'running…' : stateLabel(part.state)}</span>
      </div>
      {part.state === 'output-available' ? (
        <pre className="tool-output" data-testid="tool-output">
          {JSON.stringify(part.output, null, 2)}
        </pre>
      ) : null}
      {part.state === 'output-error' ? (
        <p className="tool-error" data-testid="tool-error">
          {part.errorText}
        </p>
      ) : null}
    </div>
  );
}

function stateLabel(state: ToolPart['state']): string {
  switch (state) {
    case 'output-available':
      return 'done';
    case 'output-error':
      return 'failed';
    case 'output-denied':
      return 'denied';
    default:
      return state;
  }
}

function UsageLine({ message }: { message: ChatMessage }) {
  const usage = message.metadata?.usage;
  const cost = message.metadata?.estimatedCostUSD;
  if (!usage) return null;
  const reasoningTokens = usage.outputTokenDetails?.reasoningTokens;
  const items = [
    `${format(usage.inputTokens)} in`,
    `${format(usage.outputTokens)} out`,
    reasoningTokens ? `${format(reasoningTokens)} reasoning` : undefined,
    `${format(usage.totalTokens)} total`,
  ].filter(Boolean);
  return (
    <footer className="usage">
      <span data-testid="usage">{items.join(' · ')} tokens</span>
      {cost != null ? (
        <span
          className="cost"
          data-testid="cost"
          title="Estimated from the token usage and the model's prices in CCAPI's catalog; not the bill."
        >
          {' · ≈ '}
          {formatUSD(cost)} (estimate)
        </span>
      ) : null}
    </footer>
  );
}

function formatUSD(value: number): string {
  return value.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumSignificantDigits: 3,
  });
}

function format(value: number | undefined): string {
  return value == null ? '?' : value.toLocaleString('en-US');
}
