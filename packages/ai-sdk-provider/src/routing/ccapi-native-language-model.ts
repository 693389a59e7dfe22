import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import type { CCAPIConfig } from '../ccapi-config';
import type { CCAPINativeRoute } from './ccapi-native-routes';

/**
 * A language model on one of CCAPI's native routes (`/v1/messages`, `/v1beta`, `/v1/responses`,
 * `/v1/completions`). The official AI SDK model for that protocol does the protocol work; this
 * class gives it the face every CCAPI model has: provider `ccapi.<route>`, `providerOptions.ccapi`,
 * `providerMetadata.ccapi`, typed CCAPI errors and a stream that always ends with `finish`.
 *
 * The official model is built per call so the API key is read at request time: a missing key
 * fails the call with `LoadAPIKeyError` naming `CCAPI_API_KEY`, not the vendor's variable. The
 * work lives in `ccapi-native-language-model-implementation.ts`, loaded on the first call, so an
 * app that never takes a native route never loads it or the official packages.
 */
export class CCAPINativeLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  private supportedUrlsPromise: Promise<Record<string, RegExp[]>> | undefined;

  constructor(
    readonly modelId: string,
    private readonly config: CCAPIConfig,
    private readonly route: CCAPINativeRoute,
  ) {}

  /** The route's URL pass-through, read from the route table once the AI SDK first asks. */
  get supportedUrls(): PromiseLike<Record<string, RegExp[]>> {
    this.supportedUrlsPromise ??= import('./ccapi-native-routes').then(
      ({ CCAPI_NATIVE_ROUTES }) => CCAPI_NATIVE_ROUTES[this.route].supportedUrls,
    );
    return this.supportedUrlsPromise;
  }

  get provider(): string {
    return this.config.provider;
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    return (await this.implementation()).doGenerate(options);
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    return (await this.implementation()).doStream(options);
  }

  private async implementation() {
    const [{ CCAPINativeLanguageModelImplementation }, { CCAPI_NATIVE_ROUTES }] = await Promise.all(
      [import('./ccapi-native-language-model-implementation'), import('./ccapi-native-routes')],
    );
    return new CCAPINativeLanguageModelImplementation(
      this.modelId,
      this.config,
      CCAPI_NATIVE_ROUTES[this.route],
    );
  }
}
