/**
 * What the back end does with a dossier, decided from its current status (so handling an event
 * twice, after a crash before the cursor was stored, does nothing twice):
 * - newly registered (1): validate its data against the procedure's form definition with
 *   @dvc-kit/validation; refuse it with the issues, or receive it, start processing and ask the
 *   citizen for a supplement;
 * - processing again after a supplement was answered (4): complete it with a result file and
 *   return the result.
 * Every action carries an Idempotency-Key the sdk makes, so a retried action is applied once.
 */
import type { Dossier, PortalClient } from '@dvc-kit/sdk';
import { compileProcedure } from '@dvc-kit/procedures';
import type { Validator } from '@dvc-kit/validation';

/** What happened to a dossier, for the log (codes and statuses only: no personal data). */
export interface Outcome {
  code: string | null;
  action: 'refused' | 'asked-supplement' | 'returned' | 'none';
}

/** A tiny PDF standing in for the signed result (giấy tờ kết quả điện tử). */
function resultPdf(code: string): string {
  const text = `%PDF-1.4\n% Ket qua giai quyet ho so ${code}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`;
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Processes the agency's dossiers. */
export class DossierProcessor {
  readonly #client: PortalClient;
  readonly #validators = new Map<string, Promise<Validator>>();
  readonly #supplementDays: number;

  constructor(client: PortalClient, options: { supplementDays?: number } = {}) {
    this.#client = client;
    this.#supplementDays = options.supplementDays ?? 5;
  }

  /** The validator of a procedure's form data, compiled once per procedure and version. */
  #validator(dossier: Dossier): Promise<Validator> {
    const key = `${dossier.procedureCode}@${dossier.procedureVersion}`;
    let validator = this.#validators.get(key);
    if (validator === undefined) {
      // The portal's own check: the shared lists' formats and the 2025 unit codes included.
      validator = this.#client.procedures
        .retrieve(dossier.procedureCode)
        .then((procedure) => compileProcedure(procedure.definition));
      validator.catch(() => this.#validators.delete(key));
      this.#validators.set(key, validator);
    }
    return validator;
  }

  /** Brings the dossier `id` one stage further, as its current status says. */
  async process(id: string): Promise<Outcome> {
    const agency = this.#client.agency.dossiers;
    const { dossier } = await agency.retrieve(id);
    if (dossier.status === 1) {
      const result = (await this.#validator(dossier)).validate(dossier.data);
      if (!result.ok) {
        const issues = result.issues.map((i) => `${i.pointer}: ${i.message}`).join('; ');
        await agency.refuse(id, { reason: `Hồ sơ chưa hợp lệ: ${issues}`.slice(0, 2000) });
        return { code: dossier.code, action: 'refused' };
      }
      await agency.receive(id, { note: 'Hệ thống một cửa tỉnh đã tiếp nhận hồ sơ.' });
      await agency.start(id);
      const deadline = new Date(Date.now() + this.#supplementDays * 24 * 60 * 60 * 1000);
      await agency.requestSupplement(id, {
        items: [{ description: 'Bản sao giấy tờ tùy thân có chứng thực.' }],
        deadline: deadline.toISOString(),
      });
      return { code: dossier.code, action: 'asked-supplement' };
    }
    const answered = dossier.supplementPeriods.some((p) => p.endedAt !== null);
    if (dossier.status === 4 && answered && dossier.resultDocuments.length === 0) {
      await agency.complete(id, {
        resultDocuments: [
          {
            code: 'KQ-1',
            name: 'Kết quả giải quyết thủ tục hành chính',
            file: { fileName: 'ket-qua.pdf', content: resultPdf(dossier.code ?? id) },
          },
        ],
      });
      await agency.returnResult(id);
      return { code: dossier.code, action: 'returned' };
    }
    return { code: dossier.code, action: 'none' };
  }
}
