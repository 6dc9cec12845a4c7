/** Deterministic, realistic Vietnamese names for demo officials (the same seed gives the same province). */

const familyNames = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lý',
  'Giàng',
  'Lò',
  'Vàng',
  'Sùng',
  'Hà',
  'Đinh',
];
const middleMale = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Xuân', 'Công', 'Mạnh', 'Seo'];
const middleFemale = ['Thị', 'Thu', 'Thanh', 'Hồng', 'Ngọc', 'Minh', 'Phương', 'Kim'];
const givenMale = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Long',
  'Nam',
  'Quân',
  'Sơn',
  'Tuấn',
  'Việt',
  'Thắng',
  'Phong',
  'Trung',
  'Khoa',
  'Lực',
  'Chiến',
];
const givenFemale = [
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Phương',
  'Thảo',
  'Trang',
  'Yến',
  'Dung',
  'Huyền',
  'Ngân',
  'Vân',
];

/** mulberry32: a small seeded generator, enough for demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function nameGenerator(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return () => {
    const female = random() < 0.45;
    return `${pick(familyNames)} ${pick(female ? middleFemale : middleMale)} ${pick(female ? givenFemale : givenMale)}`;
  };
}

/** Latin letters only: "Nguyễn Thị Hương" → "nguyen thi huong". */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
