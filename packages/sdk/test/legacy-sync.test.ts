/**
 * Issue 14, item 2: `@dvc-kit/sdk/legacy-sync` round-trips dossiers of the six reference procedures,
 * each filed at its agency's counter in the sandbox and taken through receive, start, a supplement,
 * completion with an electronic result and return: the `DongBoHoSoMC` record and the
 * `CapNhatTienDoHoSoMC` record of each progress entry go through JSON and read back to what the
 * API said (times to the second, in Asia/Ho_Chi_Minh on the wire). Malformed records from another
 * system are refused with the field named.
 */
import { procedureDefinitions, procedureSamples } from '@dvc-kit/procedures';
import { createClient, type AgencyDossier } from '@dvc-kit/sdk';
import {
  fromLegacyDate,
  fromLegacyDossier,
  fromLegacyProgress,
  LegacySyncError,
  toLegacyDate,
  toLegacyDossier,
  toLegacyProgress,
  type LegacySyncBody,
} from '@dvc-kit/sdk/legacy-sync';
import { manualClock } from '@dvc-kit/sandbox';
import { describe, expect, it } from 'vitest';
import { agencySystem, pdfBytes, start } from './support/sandbox.js';

/** The agency system that settles each reference procedure in the sandbox. */
const SYSTEM_OF: Record<string, string> = {
  'birth-registration': 'sandbox-agency-hoan-kiem',
  'death-registration': 'sandbox-agency-hoan-kiem',
  'household-business-registration': 'sandbox-agency-hoan-kiem',
  'marriage-registration': 'sandbox-agency-hoan-kiem',
  'permanent-residence-registration': 'sandbox-agency-ca-hoan-kiem',
  'judicial-record-certificate': 'sandbox-agency-ca-ha-noi',
};

/** To the second, as the legacy format keeps it. */
const sec = (iso: string | null) =>
  iso === null ? null : new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();
/** Through the wire: serialised and parsed, as another system receives it. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Files a dossier of `slug` at the counter and settles it with a supplement on the way. */
async function settled(api: string, slug: string): Promise<AgencyDossier> {
  const agency = agencySystem(api, SYSTEM_OF[slug] ?? '');
  const definition = procedureDefinitions.find((d) => d.slug === slug);
  const filed = await agency.agency.dossiers.fileAtCounter({
    procedureCode: definition?.procedure.code ?? '',
    applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345' },
    data: procedureSamples(slug).valid as Record<string, unknown>,
  });
  await agency.agency.dossiers.receive(filed.id, { handler: 'Phạm Thị Lan' });
  await agency.agency.dossiers.start(filed.id);
  await agency.agency.dossiers.requestSupplement(filed.id, {
    items: [{ documentCode: 'TO-KHAI', description: 'Tờ khai ký lại.' }, { description: 'Bản sao giấy tờ.' }],
    deadline: '2026-11-30T10:00:00Z',
  });
  const citizen = createClient({ baseUrl: api, auth: 'sandbox-citizen-an' });
  await citizen.dossiers.supplement(filed.id, { note: 'Đã bổ sung.' });
  await agency.agency.dossiers.complete(filed.id, {
    resultDocuments: [
      {
        code: 'KQ-1',
        name: 'Kết quả giải quyết',
        file: { fileName: 'ket-qua.pdf', content: Buffer.from(pdfBytes('Kết quả')).toString('base64') },
      },
    ],
  });
  await agency.agency.dossiers.returnResult(filed.id);
  return agency.agency.dossiers.retrieve(filed.id);
}

describe('legacy sync round trip', () => {
  it('round-trips the six reference procedures and their progress', { timeout: 120_000 }, async () => {
    // A clock with milliseconds, so that the test sees them dropped.
    const sandbox = await start({ clock: manualClock(new Date('2026-11-23T02:03:04.567Z')) });
    expect(Object.keys(SYSTEM_OF).sort()).toEqual(procedureDefinitions.map((d) => d.slug).sort());
    let feeLines = 0;
    for (const definition of procedureDefinitions) {
      const { dossier, history, attachments } = await settled(sandbox.api, definition.slug);
      expect(dossier.status).toBe(10);
      const names = new Map(attachments.map((a) => [a.id, a.fileName]));
      const record = toLegacyDossier(dossier, {
        procedureName: definition.procedure.name.vi,
        agencyName: 'Ủy ban nhân dân phường Hoàn Kiếm',
        applicant: { fullName: 'Nguyễn Văn An', identifier: '001090012345', phone: '0912345678' },
        history,
        fileName: (id) => names.get(id) ?? '',
        fileUrl: (id) => `https://mot-cua.example.vn/tep/${id}`,
      });
      const body: LegacySyncBody<typeof record> = {
        service: 'DongBoHoSoMC',
        isUpdating: false,
        data: [record],
      };
      const received = (wire(body) as typeof body).data[0];
      expect(received?.NgayTiepNhan).toMatch(/^\d{14}$/);
      const back = fromLegacyDossier(received);
      const returnedAt = history.find((h) => h.status === 10)?.at ?? null;
      expect(back).toEqual({
        code: dossier.code,
        procedureCode: definition.procedure.code,
        procedureName: definition.procedure.name.vi,
        fieldCode: '',
        fieldName: '',
        agencyName: 'Ủy ban nhân dân phường Hoàn Kiếm',
        receiptNumber: '',
        applicantType: dossier.applicantType,
        channel: 1,
        applicant: {
          fullName: 'Nguyễn Văn An',
          identifier: '001090012345',
          email: '',
          phone: '0912345678',
          fax: '',
        },
        summary: '',
        note: '',
        status: 10,
        receivedAt: sec(dossier.receivedAt),
        appointmentDate: sec(dossier.appointmentDate),
        completedAt: sec(dossier.completedAt),
        returnedAt: sec(returnedAt),
        resultByPost: false,
        documents: dossier.documents.map((d) => {
          const id = 'attachmentId' in d ? d.attachmentId : d.electronicCopyId;
          return {
            documentCode: d.documentCode,
            attachmentId: id,
            fileName: names.get(id) ?? '',
            url: `https://mot-cua.example.vn/tep/${id}`,
            deleted: false,
          };
        }),
        fees: dossier.fees.map((f) => ({ code: f.code, name: f.name.vi, kind: f.kind, total: f.total })),
        supplementPeriods: dossier.supplementPeriods.map((p) => ({
          requestedBy: history.find((h) => h.status === 5)?.handler,
          startedAt: sec(p.startedAt),
          endedAt: sec(p.endedAt),
          deadline: sec(p.deadline),
          items: p.items,
        })),
        resultDocuments: dossier.resultDocuments.map((r) => ({
          code: r.code,
          name: r.name,
          attachmentId: r.attachmentId,
          url: `https://mot-cua.example.vn/tep/${r.attachmentId ?? ''}`,
        })),
      });
      feeLines += back.fees.length;
      expect(back.supplementPeriods).toHaveLength(1);
      expect(back.resultDocuments).toHaveLength(1);

      expect(history.map((h) => h.status)).toEqual([1, 2, 4, 5, 4, 9, 10]);
      for (const entry of history) {
        const progress = fromLegacyProgress(
          wire(toLegacyProgress(dossier.code ?? '', entry, { position: 'Chuyên viên' })),
        );
        const { title: _title, ...rest } = entry;
        expect(progress).toEqual({
          dossierCode: dossier.code,
          position: 'Chuyên viên',
          entry: { ...rest, at: sec(entry.at), startDate: sec(entry.startDate), dueDate: sec(entry.dueDate) },
        });
      }
    }
    expect(feeLines).toBeGreaterThan(0);
  });
});

describe('legacy dates and bad records', () => {
  it('writes times in Asia/Ho_Chi_Minh, across midnight, and reads them back', () => {
    expect(toLegacyDate('2026-11-23T17:30:05.999Z')).toBe('20261124003005');
    expect(fromLegacyDate('20261124003005', 'NgayHenTra')).toBe('2026-11-23T17:30:05.000Z');
    expect(toLegacyDate(null)).toBe('');
    expect(fromLegacyDate('', 'NgayHenTra')).toBeNull();
  });

  it('refuses a malformed record, naming the field', () => {
    const good = {
      MaHoSo: 'SBX.UB.00070.T01-261123-0001',
      MaTTHC: '1.001193',
      TrangThaiHoSo: '2',
      NgayTiepNhan: '20261123090000',
      DanhSachLePhi: [{ MaPhiLePhi: 'LP-1', TenPhiLePhi: 'Lệ phí', Gia: '8000', LoaiPhiLePhi: '2' }],
    };
    expect(fromLegacyDossier(good)).toMatchObject({ status: 2, receivedAt: '2026-11-23T02:00:00.000Z' });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, NgayHenTra: '20260231090000' }, 'NgayHenTra'],
      [{ ...good, NgayHenTra: '2026-11-23' }, 'NgayHenTra'],
      [{ ...good, TrangThaiHoSo: '11' }, 'TrangThaiHoSo'],
      [{ ...good, MaHoSo: '' }, 'MaHoSo'],
      [{ ...good, LoaiDoiTuong: 5 }, 'LoaiDoiTuong'],
      [
        { ...good, DanhSachLePhi: [{ MaPhiLePhi: 'LP-1', Gia: '8.000', LoaiPhiLePhi: '2' }] },
        'DanhSachLePhi[0].Gia',
      ],
      [{ ...good, TaiLieuNop: 'none' }, 'TaiLieuNop'],
    ];
    for (const [record, field] of cases) {
      const error = (() => {
        try {
          fromLegacyDossier(record);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error, field).toBeInstanceOf(LegacySyncError);
      expect((error as LegacySyncError).field).toBe(field);
      expect((error as LegacySyncError).message).toContain(field);
    }
    expect(() => fromLegacyProgress({ MaHoSo: 'X', TrangThai: '4' })).toThrow(LegacySyncError);
  });
});
