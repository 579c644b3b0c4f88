/**
 * The first two digits of the national postal codes of each 2025 province, from the annex of Quyết
 * định 2334/QĐ-BKHCN of 24/08/2025 (Ministry of Science and Technology: "Danh mục mã bưu chính quốc
 * gia cho đối tượng là phường, xã và đơn vị hành chính tương đương"), table of contents on its first
 * page, as flattened in github.com/nlqd/zipvit sources/qd2334-provinces.tsv (retrieved 2026-10-08);
 * spot-checked against the commune codes of the same annex (every commune of An Giang, Bắc Ninh, Cà
 * Mau, Cao Bằng, Cần Thơ, Đà Nẵng, Hồ Chí Minh City, Huế, Hưng Yên and Khánh Hòa has a code with one of
 * its province's prefixes). A legal text (facts, not a work under copyright): no licence applies.
 * Keyed by the 2025 province code (Quyết định 19/2025/QĐ-TTg).
 */
const ROWS: readonly (readonly [province: string, prefixes: string])[] = [
  ['01', '10 11 12 13 14'], // Hà Nội
  ['04', '21'], // Cao Bằng
  ['08', '20 22'], // Tuyên Quang
  ['11', '32'], // Điện Biên
  ['12', '30'], // Lai Châu
  ['14', '34'], // Sơn La
  ['15', '31 33'], // Lào Cai
  ['19', '23 24'], // Thái Nguyên
  ['20', '25'], // Lạng Sơn
  ['22', '01 02'], // Quảng Ninh
  ['24', '16 26'], // Bắc Ninh
  ['25', '15 35 36'], // Phú Thọ
  ['31', '03 04 05'], // Hải Phòng
  ['33', '06 17'], // Hưng Yên
  ['37', '07 08 18'], // Ninh Bình
  ['38', '40 41 42'], // Thanh Hóa
  ['40', '43 44'], // Nghệ An
  ['42', '45 46'], // Hà Tĩnh
  ['44', '47 48'], // Quảng Trị
  ['46', '49'], // Huế
  ['48', '50 51 52'], // Đà Nẵng
  ['51', '53 54 60'], // Quảng Ngãi
  ['52', '55 61 62'], // Gia Lai
  ['56', '57 59'], // Khánh Hòa
  ['66', '56 63 64'], // Đắk Lắk
  ['68', '65 66 77'], // Lâm Đồng
  ['75', '67 76'], // Đồng Nai
  ['79', '70 71 72 73 74 75 78'], // Hồ Chí Minh
  ['80', '80 82 83'], // Tây Ninh
  ['82', '81 84'], // Đồng Tháp
  ['86', '85 86 87'], // Vĩnh Long
  ['91', '90 91 92'], // An Giang
  ['92', '94 95 96'], // Cần Thơ
  ['96', '97 98'], // Cà Mau
];

/** The 2025 province code of each postal prefix (two digits). */
export const PROVINCE_OF_POSTAL_PREFIX: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  ROWS.flatMap(([province, prefixes]) => prefixes.split(' ').map((prefix) => [prefix, province] as const)),
);

/** The postal prefixes of each 2025 province code (built in a function: a bundler drops an unused pure call, not its arguments). */
function prefixesOfProvince(): ReadonlyMap<string, readonly string[]> {
  return new Map(ROWS.map(([province, prefixes]) => [province, prefixes.split(' ')]));
}

/** The postal prefixes of each 2025 province code, in order. */
export const POSTAL_PREFIXES_OF_PROVINCE: ReadonlyMap<string, readonly string[]> =
  /* @__PURE__ */ prefixesOfProvince();
