/**
 * The benchmark fixture `residence-application.schema.json` written by hand in zod 4 classic, the
 * way an application team would: strict objects, the package's identifier predicates in `.refine`,
 * and the schema's `if`/`then` rules as `.superRefine`. Messages are Vietnamese.
 *
 * zod decides at construction whether an object uses its JIT fast path, so build one schema after
 * `z.config({ jitless })` is set the way the measurement needs.
 */
import { z } from 'zod';
import {
  isCommuneCode,
  isMobilePhone,
  isOldIdCard,
  isPersonName,
  isPersonalId,
  isPostalCode,
  isProvinceCode,
  isSocialInsuranceCode,
  isTaxCode,
} from '@dvc-kit/validation';

const RELATIONSHIPS = [
  'head',
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other',
] as const;

const personName = (): z.ZodString =>
  z.string().max(100).refine(isPersonName, { message: 'Họ và tên chỉ gồm chữ cái tiếng Việt và dấu cách.' });
const personalId = (): z.ZodString =>
  z.string().refine((s) => isPersonalId(s), { message: 'Số định danh cá nhân không hợp lệ.' });
const mobile = (): z.ZodString =>
  z.string().refine(isMobilePhone, { message: 'Số điện thoại di động không hợp lệ.' });
const isoDate = (): z.ZodISODate => z.iso.date({ message: 'Ngày không hợp lệ (yyyy-mm-dd).' });
const nationality = (): z.ZodString =>
  z.string().regex(/^[A-Z]{2}$/u, { message: 'Mã quốc tịch gồm 2 chữ in hoa.' });

function address(): z.ZodType {
  return z.strictObject({
    provinceCode: z.string().refine((s) => isProvinceCode(s), { message: 'Mã tỉnh không hợp lệ.' }),
    communeCode: z.string().refine((s) => isCommuneCode(s), { message: 'Mã xã không hợp lệ.' }),
    detail: z.string().min(5).max(200),
    postalCode: z.string().refine(isPostalCode, { message: 'Mã bưu chính không hợp lệ.' }).optional(),
  });
}

function member(): z.ZodType {
  return z.strictObject({
    fullName: personName(),
    personalId: personalId(),
    dateOfBirth: isoDate(),
    sex: z.enum(['male', 'female']),
    relationship: z.enum(RELATIONSHIPS),
    ethnicity: z.string().min(2).max(50),
    nationality: nationality(),
    phone: mobile().optional(),
    occupation: z.string().max(100).optional(),
  });
}

function document(): z.ZodType {
  return z.strictObject({
    kind: z.enum([
      'land-use-certificate',
      'house-ownership',
      'rental-contract',
      'loan-agreement',
      'relative-confirmation',
      'other',
    ]),
    number: z.string().min(1).max(50),
    issuedDate: isoDate(),
    issuer: z.string().max(200).optional(),
  });
}

const required = (ctx: z.RefinementCtx, path: PropertyKey[]): void => {
  ctx.addIssue({ code: 'custom', message: 'Vui lòng nhập thông tin bắt buộc.', path });
};

/** Builds the hand-written zod schema of the residence application. */
export function buildResidenceZod(): z.ZodType {
  const applicant = z
    .strictObject({
      fullName: personName(),
      personalId: personalId(),
      oldIdCard: z.string().refine(isOldIdCard, { message: 'Số CMND gồm 9 chữ số.' }).optional(),
      oldIdCardIssuedDate: isoDate().optional(),
      dateOfBirth: isoDate(),
      sex: z.enum(['male', 'female']),
      phone: mobile(),
      email: z.email({ message: 'Thư điện tử không hợp lệ.' }).max(254).optional(),
      taxCode: z
        .string()
        .refine((s) => isTaxCode(s, { allowPersonalId: true }), { message: 'Mã số thuế không hợp lệ.' })
        .optional(),
      socialInsuranceCode: z
        .string()
        .refine(isSocialInsuranceCode, { message: 'Mã số BHXH gồm 10 chữ số.' })
        .optional(),
      ethnicity: z.string().min(2).max(50),
      religion: z.string().max(50).optional(),
      nationality: nationality(),
      occupation: z.string().max(100).optional(),
    })
    .superRefine((a, ctx) => {
      if (a.oldIdCard !== undefined && a.oldIdCardIssuedDate === undefined)
        required(ctx, ['oldIdCardIssuedDate']);
    });

  const housing = z
    .strictObject({
      ownership: z.enum(['owner', 'renter', 'borrowed', 'relative']),
      ownerName: personName().optional(),
      ownerPersonalId: personalId().optional(),
      ownerConsent: z.boolean().optional(),
      documents: z.array(document()).min(1).max(10),
      floorArea: z.number().gt(0).max(100000),
      areaPerPerson: z.number().min(8).optional(),
    })
    .superRefine((h, ctx) => {
      if (h.ownership === 'owner') return;
      if (h.ownerName === undefined) required(ctx, ['ownerName']);
      if (h.ownerPersonalId === undefined) required(ctx, ['ownerPersonalId']);
      if (h.areaPerPerson === undefined) required(ctx, ['areaPerPerson']);
      if (h.ownerConsent !== true)
        ctx.addIssue({ code: 'custom', message: 'Cần có sự đồng ý của chủ sở hữu.', path: ['ownerConsent'] });
    });

  const household = z
    .strictObject({
      joinExisting: z.boolean(),
      headName: personName().optional(),
      headPersonalId: personalId().optional(),
      relationshipToHead: z.enum(RELATIONSHIPS),
    })
    .superRefine((h, ctx) => {
      if (!h.joinExisting) return;
      if (h.headName === undefined) required(ctx, ['headName']);
      if (h.headPersonalId === undefined) required(ctx, ['headPersonalId']);
    });

  const fees = z
    .strictObject({
      amount: z.number().int().min(0).max(1_000_000).multipleOf(1000),
      exempt: z.boolean(),
      exemptionReason: z.string().min(5).max(200).optional(),
      paymentChannel: z.enum(['national-payment-platform', 'counter', 'bank-transfer']).optional(),
    })
    .superRefine((f, ctx) => {
      if (f.exempt) {
        if (f.exemptionReason === undefined) required(ctx, ['exemptionReason']);
        if (f.amount !== 0)
          ctx.addIssue({ code: 'custom', message: 'Hồ sơ được miễn thì lệ phí bằng 0.', path: ['amount'] });
      } else {
        if (f.paymentChannel === undefined) required(ctx, ['paymentChannel']);
        if (f.amount <= 0)
          ctx.addIssue({ code: 'custom', message: 'Lệ phí phải lớn hơn 0.', path: ['amount'] });
      }
    });

  return z
    .strictObject({
      procedureCode: z.literal('1.004222'),
      applicant,
      permanentAddress: address(),
      currentAddress: address(),
      movingFrom: address().optional(),
      reason: z.enum(['own-house', 'rented', 'relative', 'religious', 'social-care', 'other']),
      reasonDetail: z.string().max(500).optional(),
      housing,
      household,
      members: z.array(member()).max(10),
      declarations: z.strictObject({
        truthful: z.literal(true),
        notUnderRestriction: z.literal(true),
        militaryServiceRegistered: z.boolean().optional(),
      }),
      consent: z.strictObject({
        dataReuse: z.boolean(),
        terms: z.literal(true),
        notifyBySms: z.boolean().optional(),
      }),
      fees,
      submission: z.strictObject({
        channel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        submittedAt: z.iso.datetime({ offset: true }),
        resultDelivery: z.enum(['in-person', 'post', 'online']),
      }),
    })
    .superRefine((d, ctx) => {
      if (d.reason === 'other' && (d.reasonDetail === undefined || d.reasonDetail.length < 10)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Trình bày lý do ít nhất 10 ký tự.',
          path: ['reasonDetail'],
        });
      }
      const current = d.currentAddress as { postalCode?: string };
      if (d.submission.resultDelivery === 'post' && current.postalCode === undefined)
        required(ctx, ['currentAddress', 'postalCode']);
      if (d.movingFrom === undefined && d.reason === 'relative') {
        ctx.addIssue({
          code: 'custom',
          message: 'Cần khai nơi thường trú trước khi chuyển đến.',
          path: ['reason'],
        });
      }
    });
}
