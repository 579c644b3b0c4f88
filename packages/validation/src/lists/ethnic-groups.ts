/**
 * The 54 ethnic groups of Viet Nam with their codes, from the "Danh mục các thành phần dân tộc Việt
 * Nam" annexed to Quyết định 121-TCTK/PPCĐ of 2 March 1979 (General Statistics Office), which the
 * national databases still use (it is the code list the health-insurance data standard QĐ 4750/QĐ-BYT
 * cites). The codes follow the 1979 order by population; Quyết định 1019/QĐ-TCTK (2008) renumbered
 * some groups for the 2009 census and is not used here. Codes 55 (foreign national) and 56 (unknown)
 * are the customary extra codes of the same catalogues: they are not ethnic groups of Vietnamese
 * citizens and are kept apart. Names: the decision's, with the usual present spelling; other names
 * (in the search key) from the same annex.
 */
import { searchKeyOf, type ListItem } from './list-item.js';

const ROWS: readonly (readonly [code: string, vi: string, en: string, otherNames?: string])[] = [
  ['01', 'Kinh', 'Kinh (Viet)', 'Việt'],
  ['02', 'Tày', 'Tay', 'Thổ Ngạn Phén'],
  ['03', 'Thái', 'Thai'],
  ['04', 'Hoa', 'Hoa (Chinese)', 'Hán'],
  ['05', 'Khơ-me', 'Khmer', 'Khmer Khơ me Krôm'],
  ['06', 'Mường', 'Muong'],
  ['07', 'Nùng', 'Nung'],
  ['08', 'Mông', 'Hmong', "HMông H'Mông Mèo"],
  ['09', 'Dao', 'Dao (Yao)', 'Mán'],
  ['10', 'Gia-rai', 'Jarai', 'Giơ-rai Jrai'],
  ['11', 'Ngái', 'Ngai'],
  ['12', 'Ê-đê', 'Ede', 'Ra-đê Rhade'],
  ['13', 'Ba-na', 'Bahnar', 'Ba Na'],
  ['14', 'Xơ-đăng', 'Sedang', 'Xơ Teng'],
  ['15', 'Sán Chay', 'San Chay', 'Cao Lan Sán Chỉ'],
  ['16', 'Cơ-ho', 'Koho', "K'Ho"],
  ['17', 'Chăm', 'Cham', 'Chàm'],
  ['18', 'Sán Dìu', 'San Diu'],
  ['19', 'Hrê', 'Hre'],
  ['20', 'Mnông', 'Mnong', "M'Nông"],
  ['21', 'Ra-glai', 'Raglai', 'Ra Glai'],
  ['22', 'Xtiêng', 'Stieng', "X'Tiêng"],
  ['23', 'Bru-Vân Kiều', 'Bru-Van Kieu', 'Vân Kiều'],
  ['24', 'Thổ', 'Tho'],
  ['25', 'Giáy', 'Giay', 'Nhắng'],
  ['26', 'Cơ-tu', 'Katu', 'Ca Tu'],
  ['27', 'Gié-Triêng', 'Gie-Trieng', 'Giẻ Triêng'],
  ['28', 'Mạ', 'Ma'],
  ['29', 'Khơ-mú', 'Khmu', 'Khơ Mú'],
  ['30', 'Co', 'Cor'],
  ['31', 'Tà-ôi', 'Ta Oi', 'Ta Ôi'],
  ['32', 'Chơ-ro', 'Cho Ro', 'Châu Ro'],
  ['33', 'Kháng', 'Khang'],
  ['34', 'Xinh-mun', 'Xinh Mun'],
  ['35', 'Hà Nhì', 'Ha Nhi'],
  ['36', 'Chu-ru', 'Churu', 'Chu Ru'],
  ['37', 'Lào', 'Lao'],
  ['38', 'La Chí', 'La Chi'],
  ['39', 'La Ha', 'La Ha'],
  ['40', 'Phù Lá', 'Phu La'],
  ['41', 'La Hủ', 'La Hu'],
  ['42', 'Lự', 'Lu'],
  ['43', 'Lô Lô', 'Lo Lo'],
  ['44', 'Chứt', 'Chut'],
  ['45', 'Mảng', 'Mang'],
  ['46', 'Pà Thẻn', 'Pa Then'],
  ['47', 'Cờ Lao', 'Co Lao', 'Cơ Lao'],
  ['48', 'Cống', 'Cong'],
  ['49', 'Bố Y', 'Bo Y'],
  ['50', 'Si La', 'Si La'],
  ['51', 'Pu Péo', 'Pu Peo'],
  ['52', 'Brâu', 'Brau'],
  ['53', 'Ơ Đu', 'O Du', 'Ơ-đu'],
  ['54', 'Rơ-măm', 'Ro Mam', 'Rơ Măm'],
];

const EXTRA_ROWS: readonly (readonly [code: string, vi: string, en: string])[] = [
  ['55', 'Người nước ngoài', 'Foreign national'],
  ['56', 'Không rõ', 'Unknown'],
];

function item(code: string, vi: string, en: string, otherNames = ''): ListItem {
  return Object.freeze({ code, vi, en, searchKey: searchKeyOf(`${vi} ${otherNames} ${en}`) });
}

/** The 54 ethnic groups of Viet Nam, codes `01` (Kinh) to `54` (Rơ-măm), in code order. */
export const ethnicGroups: readonly ListItem[] = Object.freeze(
  ROWS.map(([code, vi, en, other]) => item(code, vi, en, other)),
);

/** The customary extra codes of the same catalogues: `55` foreign national, `56` unknown. */
export const ethnicGroupExtraCodes: readonly ListItem[] = Object.freeze(
  EXTRA_ROWS.map(([code, vi, en]) => item(code, vi, en)),
);

const BY_CODE: ReadonlyMap<string, ListItem> = new Map(ethnicGroups.map((g) => [g.code, g]));

/** The ethnic group of a 2-digit code (`01`-`54`), or `undefined`. */
export function ethnicGroup(code: string): ListItem | undefined {
  return BY_CODE.get(code);
}

/**
 * The ethnic group a typed name designates ("Kinh", "kinh", "Ê Đê", "H'Mông", "Khmer"), for reading
 * values that forms used to ask people to type; `undefined` when no group or several match.
 */
export function ethnicGroupByName(name: string): ListItem | undefined {
  const key = searchKeyOf(name);
  if (key.length === 0) return undefined;
  const exact = ethnicGroups.filter((g) => searchKeyOf(g.vi) === key || searchKeyOf(g.en) === key);
  if (exact.length === 1) return exact[0];
  const named = ethnicGroups.filter((g) => ` ${g.searchKey} `.includes(` ${key} `));
  return named.length === 1 ? named[0] : undefined;
}
