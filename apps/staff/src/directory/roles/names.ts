/** A role or permission name in the current language. */
export function localName(item: { nameVi: string; nameEn: string }, language: string | undefined): string {
  return language === 'en' ? item.nameEn : item.nameVi;
}
