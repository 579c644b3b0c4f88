/**
 * What the sandbox holds, asked over HTTP as the citizen (`GET /v1/dossiers?procedureCode=...`,
 * `GET /v1/dossiers/{id}`), and data compared field by field (one JSON pointer per answer).
 */
import type { Persona } from '@dvc-kit/sandbox';

/** A dossier as the citizen API returns it (the parts the tests read). */
export interface HeldDossier {
  id: string;
  code: string | null;
  procedureCode: string;
  data?: unknown;
  documents?: { documentCode: string }[];
}

async function get<T>(url: string, persona: Persona): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${persona.token}` } });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Every dossier of `persona` for `procedureCode`, drafts included, each read in full. */
export async function heldDossiers(
  base: string,
  persona: Persona,
  procedureCode: string,
): Promise<HeldDossier[]> {
  const query = new URLSearchParams({ procedureCode, limit: '100' });
  const list = await get<{ data: HeldDossier[] }>(`${base}v1/dossiers?${query}`, persona);
  return Promise.all(list.data.map((d) => get<HeldDossier>(`${base}v1/dossiers/${d.id}`, persona)));
}

/** `data` as one entry per answer: JSON pointer → value (arrays and objects walked, empty ones kept). */
export function fields(data: unknown, pointer = ''): Record<string, unknown> {
  if (typeof data !== 'object' || data === null) return { [pointer]: data };
  const entries = Array.isArray(data) ? data.map((v, i) => [String(i), v] as const) : Object.entries(data);
  if (entries.length === 0) return { [pointer]: data };
  return Object.assign({}, ...entries.map(([key, value]) => fields(value, `${pointer}/${key}`))) as Record<
    string,
    unknown
  >;
}
