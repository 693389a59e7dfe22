/**
 * A setting that was not applied as asked, or a guess the caller should check. The kinds
 * AI SDK 6 and AI SDK 7 both know, so a CCAPI warning fits either SDK's `Warning`.
 */
export type CCAPIWarning =
  | {
      /** A feature the model or platform does not support; it was left out. */
      type: 'unsupported';
      feature: string;
      details?: string;
    }
  | {
      /** A feature that works in a compatibility mode, which may give weaker results. */
      type: 'compatibility';
      feature: string;
      details?: string;
    }
  | {
      type: 'other';
      message: string;
    };
