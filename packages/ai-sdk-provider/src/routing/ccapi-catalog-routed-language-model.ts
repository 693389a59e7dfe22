import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  SharedV4Warning,
} from '@ai-sdk/provider';
import { pickCCAPICatalogRoute } from './pick-ccapi-catalog-route';
import type { CCAPIRoute } from './resolve-ccapi-route';

/**
 * A language model whose route comes from CCAPI's catalog (`routing: 'catalog'`). Models are
 * created synchronously, so the route is decided at the first call: the catalog is read then
 * (once per provider, shared by every model), the route picked from the model's
 * `supported_endpoint_types`, and the model for that route created and kept. Until then, and for
 * ids the catalog does not list, the route chosen from the id applies. When the catalog cannot be
 * read, the call still runs on the id's route and carries a warning saying so.
 */
export class CCAPICatalogRoutedLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  private routed: LanguageModelV4 | undefined;
  private idRouted: LanguageModelV4 | undefined;

  constructor(
    readonly modelId: string,
    private readonly options: {
      /** The route the id alone gives (defaults; `api` and `routes` never reach this class). */
      idRoute: CCAPIRoute;
      createModel: (route: CCAPIRoute) => LanguageModelV4;
      /** The model's endpoint types from the catalog; undefined when it is not listed. */
      lookupEndpointTypes: (
        modelId: string,
        abortSignal: AbortSignal | undefined,
      ) => Promise<readonly string[] | undefined>;
    },
  ) {}

  /** `ccapi.<route>`: the id's route until the first call has read the catalog. */
  get provider(): string {
    return (this.routed ?? this.modelForIdRoute()).provider;
  }

  /** The AI SDK reads this at the start of each call, so it is where the route is settled. */
  get supportedUrls(): PromiseLike<Record<string, RegExp[]>> {
    return this.resolve(undefined).then(({ model }) => model.supportedUrls);
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const { model, warnings } = await this.resolve(options.abortSignal);
    const result = await model.doGenerate(options);
    return warnings.length === 0
      ? result
      : { ...result, warnings: [...warnings, ...result.warnings] };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const { model, warnings } = await this.resolve(options.abortSignal);
    const result = await model.doStream(options);
    if (warnings.length === 0) return result;
    return { ...result, stream: result.stream.pipeThrough(prependWarnings(warnings)) };
  }

  private async resolve(
    abortSignal: AbortSignal | undefined,
  ): Promise<{ model: LanguageModelV4; warnings: SharedV4Warning[] }> {
    if (this.routed != null) return { model: this.routed, warnings: [] };
    let endpointTypes: readonly string[] | undefined;
    try {
      endpointTypes = await this.options.lookupEndpointTypes(this.modelId, abortSignal);
    } catch (error) {
      if (abortSignal?.aborted) throw error;
      const { idRoute } = this.options;
      return {
        model: this.modelForIdRoute(),
        warnings: [
          {
            type: 'other',
            message: `routing: 'catalog' could not read CCAPI's model catalog (${describe(error)}), so '${this.modelId}' used the route its id gives ('${idRoute}'). The catalog is read again on a later call.`,
          },
        ],
      };
    }
    const route =
      (endpointTypes != null
        ? pickCCAPICatalogRoute(endpointTypes, this.options.idRoute)
        : undefined) ?? this.options.idRoute;
    this.routed =
      route === this.options.idRoute ? this.modelForIdRoute() : this.options.createModel(route);
    return { model: this.routed, warnings: [] };
  }

  private modelForIdRoute(): LanguageModelV4 {
    this.idRouted ??= this.options.createModel(this.options.idRoute);
    return this.idRouted;
  }
}

function prependWarnings(
  warnings: SharedV4Warning[],
): TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart> {
  let first = true;
  return new TransformStream({
    transform(part, controller) {
      if (first) {
        first = false;
        if (part.type === 'stream-start') {
          controller.enqueue({ ...part, warnings: [...warnings, ...part.warnings] });
          return;
        }
        controller.enqueue({ type: 'stream-start', warnings });
      }
      controller.enqueue(part);
    },
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
