/**
 * Cases of the JSON Schema Test Suite (draft 2020-12, required tests) this implementation does not
 * pass, each with the reason. Keys: `<file>` (whole file), `<file>/<group description>` (whole
 * group) or `<file>/<group description>/<test description>` (one case).
 */
export const conformanceSkips: Record<string, string> = {};
