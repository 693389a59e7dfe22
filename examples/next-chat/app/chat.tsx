'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ChatMessage } from '../lib/chat-message';
import {
  DEFAULT_CHAT_MODEL_ID,
  FALLBACK_CHAT_MODELS,
  type PickerModel,
  type PickerModelList,
  REASONING_LEVELS,
  type ReasoningLevel,
  SIMULATED_FAULTS,
  type SimulatedFault,
} from '../lib/chat-models';
import { MessageView } from './message-view';

export interface ChatProps {
  connection: { mode: 'live' | 'emulator' | 'missing-key'; label: string; detail: string };
}

const SUGGESTIONS = [
  'What is the weather in Berlin?',
  'Use the calculator to multiply 12.5 and 8.',
  'Compare the weather in Paris and Tokyo.',
];

export function Chat({ connection }: ChatProps) {
  const [modelId, setModelId] = useState<string>(DEFAULT_CHAT_MODEL_ID);
  // The picker starts with a short built-in list and fills from CCAPI's catalog (`/api/models`).
  const [models, setModels] = useState<readonly PickerModel[]>(FALLBACK_CHAT_MODELS);
  const [modelSource, setModelSource] = useState<'loading' | PickerModelList['source']>('loading');
  const [reasoning, setReasoning] = useState<ReasoningLevel>('default');
  const [simulate, setSimulate] = useState<SimulatedFault | ''>('');
  const [input, setInput] = useState('');
  const [files, setFiles] = useState<FileList | undefined>(undefined);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const bottomRef = useRef<HTMLDivElement>(null);

  const [transport] = useState(() => new DefaultChatTransport<ChatMessage>({ api: '/api/chat' }));
  const { messages, sendMessage, regenerate, stop, status, error, clearError } =
    useChat<ChatMessage>({ transport });

  const model = models.find((option) => option.id === modelId);
  const busy = status === 'submitted' || status === 'streaming';
  const hasImages = files != null && files.length > 0;
  const imagesBlocked = hasImages && model?.vision !== true;

  // The model, reasoning level and (emulator only) simulated error travel in the request body.
  const requestOptions = () => ({
    body: {
      model: modelId,
      reasoning,
      ...(connection.mode === 'emulator' && simulate ? { simulate } : {}),
    },
  });

  useEffect(() => {
    if (messages.length > 0 || error) bottomRef.current?.scrollIntoView({ block: 'end' });
  }, [messages, error]);

  useEffect(() => {
    let active = true;
    fetch('/api/models')
      .then((response) => response.json() as Promise<PickerModelList>)
      .then((list) => {
        if (!active || list.models.length === 0) return;
        setModels(list.models);
        setModelSource(list.source);
      })
      .catch(() => {
        if (active) setModelSource('fallback');
      });
    return () => {
      active = false;
    };
  }, []);

  const send = (text: string) => {
    const trimmed = text.trim();
    if (busy || imagesBlocked || (trimmed === '' && !hasImages)) return;
    if (error) clearError();
    void sendMessage(hasImages ? { text: trimmed, files } : { text: trimmed }, requestOptions());
    setInput('');
    setFiles(undefined);
    if (fileInputRef.current) fileInputRef.current.value = '';
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(input);
  };

  return (
    <main className="chat" data-status={status}>
      <header className="chat-header">
        <div>
          <h1>CCAPI chat</h1>
          <p className="subtitle">One key, six brands, through the AI SDK.</p>
        </div>
        <span
          className={`mode-badge mode-${connection.mode}`}
          data-testid="mode-badge"
          title={connection.detail}
        >
          {connection.label}
          <small>{connection.detail}</small>
        </span>
      </header>

      <section className="toolbar" aria-label="Chat settings">
        <label>
          Model
          <select
            data-testid="model-picker"
            data-source={modelSource}
            value={modelId}
            onChange={(event) => setModelId(event.target.value)}
          >
            {groupByBrand(models).map(([brand, options]) => (
              <optgroup key={brand} label={brand}>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          Reasoning
          <select
            data-testid="reasoning-picker"
            value={reasoning}
            onChange={(event) => setReasoning(event.target.value as ReasoningLevel)}
          >
            {REASONING_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level === 'default' ? 'model default' : level}
              </option>
            ))}
          </select>
        </label>
        {connection.mode === 'emulator' ? (
          <label title="The local emulator plays this error on the next request.">
            Simulate
            <select
              data-testid="simulate-picker"
              value={simulate}
              onChange={(event) => setSimulate(event.target.value as SimulatedFault | '')}
            >
              <option value="">no error</option>
              {SIMULATED_FAULTS.map((fault) => (
                <option key={fault.id} value={fault.id}>
                  {fault.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </section>

      <section className="messages" aria-live="polite">
        {messages.length === 0 ? (
          <div className="empty">
            <p>Ask something, or try one of these:</p>
            <div className="suggestions">
              {SUGGESTIONS.map((suggestion) => (
                <button
                  key={suggestion}
                  type="button"
                  onClick={() => send(suggestion)}
                  disabled={busy}
                >
                  {suggestion}
                </button>
              ))}
            </div>
          </div>
        ) : (
          messages.map((message, index) => (
            <MessageView
              key={message.id}
              message={message}
              streaming={busy && index === messages.length - 1}
            />
          ))
        )}
        {status === 'submitted' ? (
          <p className="pending" data-testid="pending">
            Waiting for {model?.label ?? modelId}…
          </p>
        ) : null}
        {error ? (
          <div className="chat-error" role="alert" data-testid="chat-error">
            <strong>The request failed.</strong>
            <p>{error.message || 'Something went wrong. Try again.'}</p>
            <div className="chat-error-actions">
              <button type="button" onClick={() => void regenerate(requestOptions())}>
                Retry
              </button>
              <button type="button" onClick={() => clearError()}>
                Dismiss
              </button>
            </div>
          </div>
        ) : null}
        <div ref={bottomRef} />
      </section>

      <form className="composer" onSubmit={onSubmit}>
        {hasImages ? (
          <div className="attachments" data-testid="attachments">
            {Array.from(files).map((file) => (
              <span key={`${file.name}-${file.size}`} className="attachment">
                {file.name}
              </span>
            ))}
            <button
              type="button"
              className="link"
              onClick={() => {
                setFiles(undefined);
                if (fileInputRef.current) fileInputRef.current.value = '';
              }}
            >
              remove
            </button>
            {imagesBlocked ? (
              <span className="warning">
                {model?.label ?? modelId} does not read images; pick a vision model such as GPT-5,
                Claude or Gemini.
              </span>
            ) : null}
          </div>
        ) : null}
        <div className="composer-row">
          <label className="attach" title="Attach images (vision models)">
            <input
              ref={fileInputRef}
              data-testid="file-input"
              type="file"
              accept="image/*"
              multiple
              onChange={(event) => setFiles(event.target.files ?? undefined)}
            />
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none">
              <path
                d="M21 11.5l-8.6 8.6a5.5 5.5 0 01-7.8-7.8l8.6-8.6a3.7 3.7 0 015.2 5.2l-8.6 8.6a1.8 1.8 0 01-2.6-2.6l7.9-7.9"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span className="visually-hidden">Attach images</span>
          </label>
          <input
            data-testid="chat-input"
            className="text-input"
            value={input}
            placeholder={`Message ${model?.label ?? modelId}…`}
            onChange={(event) => setInput(event.target.value)}
            aria-label="Message"
          />
          {busy ? (
            <button type="button" onClick={() => void stop()} data-testid="stop">
              Stop
            </button>
          ) : (
            <button
              type="submit"
              data-testid="send"
              disabled={imagesBlocked || (input.trim() === '' && !hasImages)}
            >
              Send
            </button>
          )}
        </div>
      </form>
    </main>
  );
}

/** The picker's groups: one per provider, in the order the catalog lists them. */
function groupByBrand(models: readonly PickerModel[]): Array<[string, PickerModel[]]> {
  const groups = new Map<string, PickerModel[]>();
  for (const model of models) {
    const group = groups.get(model.brand);
    if (group == null) groups.set(model.brand, [model]);
    else group.push(model);
  }
  return [...groups];
}
