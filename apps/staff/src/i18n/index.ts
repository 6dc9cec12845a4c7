import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { vi } from './vi.ts';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'congso.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  dayjs.locale(language);
}

/** Vietnamese unless the user chose English earlier (kept in localStorage). */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyToDocument(currentLanguage());

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18n.changeLanguage(language);
  applyToDocument(language);
}
