/**
 * Column names of tables and CSVs are the English catalog's, in every language: stable, machine-
 * readable snake_case (a CSV is read by code). A translation spreads them in with `englishColumns`.
 */
export function englishColumns<C extends Record<string, string>, P extends string>(
  catalog: C,
  prefix: P,
): Pick<C, Extract<keyof C, `${P}${string}`>> {
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => key.startsWith(prefix))) as Pick<C, Extract<keyof C, `${P}${string}`>>;
}
