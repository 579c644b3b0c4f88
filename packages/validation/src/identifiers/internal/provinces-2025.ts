/**
 * The 34 province-level units since 1 July 2025 (Nghị quyết 202/2025/QH15; codes of Quyết định
 * 19/2025/QĐ-TTg), keyed by their 2-digit code, with their official names. The same table as
 * `@dvc-kit/admin-units` (which validation may not import); a test checks that the two agree.
 * `merged` is false for the 11 provinces the 2025 reorganisation left unchanged.
 */
export const PROVINCES_2025: ReadonlyMap<string, { name: string; merged: boolean }> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ (
    [
      ['01', 'Thành phố Hà Nội', false],
      ['04', 'Tỉnh Cao Bằng', false],
      ['08', 'Tỉnh Tuyên Quang', true],
      ['11', 'Tỉnh Điện Biên', false],
      ['12', 'Tỉnh Lai Châu', false],
      ['14', 'Tỉnh Sơn La', false],
      ['15', 'Tỉnh Lào Cai', true],
      ['19', 'Tỉnh Thái Nguyên', true],
      ['20', 'Tỉnh Lạng Sơn', false],
      ['22', 'Tỉnh Quảng Ninh', false],
      ['24', 'Tỉnh Bắc Ninh', true],
      ['25', 'Tỉnh Phú Thọ', true],
      ['31', 'Thành phố Hải Phòng', true],
      ['33', 'Tỉnh Hưng Yên', true],
      ['37', 'Tỉnh Ninh Bình', true],
      ['38', 'Tỉnh Thanh Hóa', false],
      ['40', 'Tỉnh Nghệ An', false],
      ['42', 'Tỉnh Hà Tĩnh', false],
      ['44', 'Tỉnh Quảng Trị', true],
      ['46', 'Thành phố Huế', false],
      ['48', 'Thành phố Đà Nẵng', true],
      ['51', 'Tỉnh Quảng Ngãi', true],
      ['52', 'Tỉnh Gia Lai', true],
      ['56', 'Tỉnh Khánh Hòa', true],
      ['66', 'Tỉnh Đắk Lắk', true],
      ['68', 'Tỉnh Lâm Đồng', true],
      ['75', 'Tỉnh Đồng Nai', true],
      ['79', 'Thành phố Hồ Chí Minh', true],
      ['80', 'Tỉnh Tây Ninh', true],
      ['82', 'Tỉnh Đồng Tháp', true],
      ['86', 'Tỉnh Vĩnh Long', true],
      ['91', 'Tỉnh An Giang', true],
      ['92', 'Thành phố Cần Thơ', true],
      ['96', 'Tỉnh Cà Mau', true],
    ] as const
  ).map(([code, name, merged]) => [code, { name, merged }]),
);
