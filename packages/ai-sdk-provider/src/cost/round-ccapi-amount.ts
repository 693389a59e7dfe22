/**
 * Rounds a USD amount or price to ten decimals: float sums of tiny prices print as
 * 0.00012300000000000001, while ten decimals keep every sub-cent value a price can have.
 */
export function roundCCAPIAmount(value: number): number {
  return Number(value.toFixed(10));
}
