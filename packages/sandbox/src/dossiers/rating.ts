/**
 * A citizen's rating of a settled dossier (the satisfaction group of Decision 766): once, a score
 * from 1 to 5 and an optional comment, after the result is returned (10), or the dossier was not
 * accepted (3) or stopped (8). The scale is the sandbox's choice (the national survey's own scale is
 * not modelled).
 */
import { ApiError } from '../errors.js';
import type { DossierRating, DossierRecord, DossierStatus } from '../store/records.js';

/** Statuses in which a dossier can be rated. */
export const RATABLE: readonly DossierStatus[] = [3, 8, 10];

/** The body of `POST /v1/dossiers/{id}/rating`. */
export interface RatingBody {
  score: DossierRating['score'];
  comment?: string;
}

/**
 * `record` with the rating of `body` at `now`.
 * @throws ApiError 409 `dossier_not_settled` or `already_rated`.
 */
export function rated(record: DossierRecord, body: RatingBody, now: Date): DossierRecord {
  if (record.status === null || !RATABLE.includes(record.status)) {
    throw new ApiError(409, 'dossier_not_settled', {
      vi: 'Chỉ đánh giá được hồ sơ đã trả kết quả, không được tiếp nhận hoặc đã dừng xử lý.',
      en: 'Only a dossier whose result was returned, or that was not accepted or stopped, can be rated.',
    });
  }
  if (record.rating !== undefined && record.rating !== null) {
    throw new ApiError(409, 'already_rated', {
      vi: 'Hồ sơ đã được đánh giá.',
      en: 'The dossier has already been rated.',
    });
  }
  const at = now.toISOString();
  return {
    ...record,
    updatedAt: at,
    rating: { score: body.score, comment: body.comment ?? null, ratedAt: at },
  };
}
