import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPIBrandAdapter } from './ccapi-brand-adapter';
import type { CCAPIChatLanguageModelImplementation } from './ccapi-chat-language-model-implementation';

export interface CCAPIChatConfig extends CCAPIConfig {
  /**
   * The brand adapter for this model, chosen by the provider; a promise while its chunk loads
   * (awaited by the first call).
   */
  adapter: CCAPIBrandAdapter | Promise<CCAPIBrandAdapter>;
}

type ImplementationModule = typeof import('./ccapi-chat-language-model-implementation');
let implementationModule: Promise<ImplementationModule> | undefined;

/** Loads the chat wire once; a failed load is retried by the next model or call. */
function loadImplementation(): Promise<ImplementationModule> {
  if (implementationModule == null) {
    implementationModule = import('./ccapi-chat-language-model-implementation');
    implementationModule.catch(() => {
      implementationModule = undefined;
    });
  }
  return implementationModule;
}

/**
 * A chat-completions model (`POST /v1/chat/completions`) for every brand behind CCAPI.
 *
 * The wire (request shaping, SSE parsing, tool-call assembly, usage, errors) lives in
 * `ccapi-chat-language-model-implementation.ts`. Creating a model starts loading it, together
 * with the model's brand adapter, so it is in by the first call, and an app that only makes
 * images or embeddings never loads it.
 */
export class CCAPIChatLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  readonly supportedUrls: Record<string, RegExp[]> = {
    // CCAPI's relay downloads image URLs itself.
    'image/*': [/^https?:\/\/.*$/],
  };
  private implementation: CCAPIChatLanguageModelImplementation | undefined;

  constructor(
    readonly modelId: string,
    private readonly config: CCAPIChatConfig,
  ) {
    void loadImplementation().catch(() => {});
  }

  get provider(): string {
    return this.config.provider;
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    return (await this.load()).doGenerate(options);
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    return (await this.load()).doStream(options);
  }

  private async load(): Promise<CCAPIChatLanguageModelImplementation> {
    if (this.implementation == null) {
      const { CCAPIChatLanguageModelImplementation } = await loadImplementation();
      this.implementation ??= new CCAPIChatLanguageModelImplementation(this.modelId, this.config);
    }
    return this.implementation;
  }
}
