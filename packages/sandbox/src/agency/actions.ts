/**
 * The agency's actions on a dossier, as a table: each names the contract schema of its body, the
 * status it moves the dossier to (through {@link officialMove}, so the status table is checked in
 * one place) and what else it records. `extend` keeps the status (the extension rules of
 * lifecycle/extension.ts).
 */
import type { FeeCharge } from '@dvc-kit/procedures';
import { invalidBody } from '../internal/problems.js';
import { extended } from '../lifecycle/extension.js';
import { officialMove } from '../lifecycle/official-moves.js';
import type { DossierRecord, DossierStatus, StoreOp, SupplementPeriod } from '../store/records.js';
import { noteOf, type AgencyCaller } from './caller.js';
import { issueResults, type ResultDocumentInput } from './results.js';

/** The fields every action body may carry. */
interface Common {
  note?: string;
  handler?: string;
  department?: string;
}

/** The body of any action (each action reads its own fields; the contract checked them). */
export interface ActionBody extends Common {
  reason?: string;
  items?: SupplementPeriod['items'];
  deadline?: string;
  fees?: {
    code: string;
    kind?: 'fee' | 'charge';
    name: FeeCharge['name'];
    amount: number;
    quantity?: number;
  }[];
  appointmentDate?: string;
  resultDocuments?: ResultDocumentInput[];
}

/** What an action needs besides the dossier and the body. */
export interface ActionContext {
  caller: AgencyCaller;
  at: Date;
  en: boolean;
}

/** The dossier after an action, and the other ops of its commit (result files). */
export interface ActionResult {
  next: DossierRecord;
  ops: StoreOp[];
  /** Bytes to keep in the blob store before the commit. */
  blobs: { sha256: string; bytes: Uint8Array }[];
}

/** One action of the table. */
export interface AgencyAction {
  /** The contract schema of the body. */
  schema: string;
  /** Whether the body may be empty. */
  optionalBody: boolean;
  /** The status it moves to; `null` for `extend`. */
  to: DossierStatus | null;
  run(record: DossierRecord, body: ActionBody, context: ActionContext): ActionResult;
}

function only(next: DossierRecord): ActionResult {
  return { next, ops: [], blobs: [] };
}

/** A plain move to `to` with `content` (the body's note first). */
function move(to: DossierStatus, content: (body: ActionBody) => string, optionalBody = true): AgencyAction {
  return {
    schema: optionalBody ? 'AgencyNote' : 'AgencyReason',
    optionalBody,
    to,
    run: (record, body, { caller, at }) =>
      only(officialMove(record, to, at, noteOf(caller, body, content(body)))),
  };
}

function requireStatus(record: DossierRecord, to: DossierStatus, at: Date, caller: AgencyCaller): void {
  // Checked before the body's own rules, so a wrong status is always the 409.
  officialMove(record, to, at, noteOf(caller, {}, ''));
}

/** Every agency action, by its path segment. */
export const AGENCY_ACTIONS = {
  receive: move(2, (b) => b.note ?? 'Tiếp nhận hồ sơ đầy đủ, hợp lệ.'),
  refuse: move(3, (b) => `Từ chối tiếp nhận hồ sơ: ${b.reason ?? ''}`, false),
  start: move(4, (b) => b.note ?? 'Chuyển hồ sơ cho chuyên viên thụ lý.'),
  'request-supplement': {
    schema: 'AgencySupplementRequest',
    optionalBody: false,
    to: 5,
    run(record, body, { caller, at, en }) {
      requireStatus(record, 5, at, caller);
      const deadline = new Date(body.deadline ?? '');
      if (!(deadline.getTime() > at.getTime())) {
        throw invalidBody([
          {
            pointer: '/deadline',
            code: 'deadline_past',
            message: en ? 'The deadline must be in the future.' : 'Hạn bổ sung phải sau thời điểm hiện tại.',
          },
        ]);
      }
      const items = body.items ?? [];
      const content =
        body.note ?? `Yêu cầu bổ sung, hoàn thiện hồ sơ: ${items.map((i) => i.description).join('; ')}`;
      const ask = { deadline: deadline.toISOString(), items };
      return only(officialMove(record, 5, at, noteOf(caller, body, content), ask));
    },
  },
  'request-payment': {
    schema: 'AgencyPaymentRequest',
    optionalBody: false,
    to: 6,
    run(record, body, { caller, at, en }) {
      requireStatus(record, 6, at, caller);
      const lines: FeeCharge[] = (body.fees ?? []).map((f) => ({
        code: f.code,
        kind: f.kind ?? 'fee',
        name: f.name,
        amount: f.amount,
        quantity: f.quantity ?? 1,
        total: f.amount * (f.quantity ?? 1),
      }));
      const taken = new Set(record.fees.map((f) => f.code));
      const issues = lines.flatMap((line, index) => {
        const duplicate = taken.has(line.code);
        taken.add(line.code);
        return duplicate
          ? [
              {
                pointer: `/fees/${index}/code`,
                code: 'duplicate_fee',
                message: en
                  ? 'The dossier already has a fee line with this code.'
                  : 'Hồ sơ đã có khoản phí với mã này.',
              },
            ]
          : [];
      });
      if (issues.length > 0) throw invalidBody(issues);
      const total = lines.reduce((sum, line) => sum + line.total, 0);
      const content =
        body.note ?? `Yêu cầu thực hiện nghĩa vụ tài chính: ${total.toLocaleString('vi-VN')} đồng.`;
      const fees = [...record.fees, ...lines];
      const withFees: DossierRecord = {
        ...record,
        fees,
        feeTotal: fees.reduce((sum, line) => sum + line.total, 0),
        obligationFees: [...(record.obligationFees ?? []), ...lines],
      };
      return only(officialMove(withFees, 6, at, noteOf(caller, body, content)));
    },
  },
  extend: {
    schema: 'AgencyExtension',
    optionalBody: false,
    to: null,
    run(record, body, { caller, at }) {
      const note = noteOf(caller, body, '');
      const request = { appointmentDate: body.appointmentDate ?? '', reason: body.reason ?? '' };
      return only(extended(record, request, at, { handler: note.handler, department: note.department }));
    },
  },
  stop: move(8, (b) => `Dừng xử lý hồ sơ: ${b.reason ?? ''}`, false),
  complete: {
    schema: 'AgencyCompletion',
    optionalBody: false,
    to: 9,
    run(record, body, { caller, at, en }) {
      requireStatus(record, 9, at, caller);
      const results = issueResults(record, body.resultDocuments ?? [], at, en);
      const content =
        body.note ?? `Hoàn thành giải quyết; kết quả: ${results.documents.map((d) => d.name).join('; ')}.`;
      const withResults: DossierRecord = {
        ...record,
        resultDocuments: [...(record.resultDocuments ?? []), ...results.documents],
      };
      return {
        next: officialMove(withResults, 9, at, noteOf(caller, body, content)),
        ops: results.attachments.map(({ record: value }) => ({ op: 'attachment.put', value })),
        blobs: results.attachments.map(({ record: r, bytes }) => ({ sha256: r.sha256, bytes })),
      };
    },
  },
  return: move(10, (b) => b.note ?? 'Trả kết quả giải quyết cho công dân.'),
} satisfies Record<string, AgencyAction>;

/** The name of an agency action (its path segment). */
export type AgencyActionName = keyof typeof AGENCY_ACTIONS;
