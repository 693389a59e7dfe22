/**
 * `keysOf<T>()([...])` accepts the list only if it names every key of `T` and nothing else, so a
 * runtime list of option keys cannot drift from the type it mirrors. It lets a key list stand in
 * for a schema or an official package that should not be loaded up front.
 */
export function keysOf<T>() {
  return <const K extends readonly (keyof NonNullable<T> & string)[]>(
    keys: K & ([Exclude<keyof NonNullable<T>, K[number]>] extends [never] ? unknown : never),
  ): readonly string[] => keys;
}
